/**
 * Adopt, don't fight: each future override on a managed schedule that no swap explains (someone used
 * PagerDuty's app at 3 a.m.) → the swap files that explain it, so the next plan leaves it alone and
 * people review it as a swap. Pure: the plan, the policy and its timeline in; files and reports out.
 *
 * Nothing is guessed. An override whose user is no person in team.yaml, one that overlaps a swap
 * already filed (PagerDuty lets the later one win: which one is meant is for people to say), or one
 * that overlaps another override being adopted is reported, not adopted. What is written is our own
 * serialization of ids, instants and a fixed reason: nothing PagerDuty holds but the override's id,
 * and that only when it looks like one.
 */
import type { Policy } from '../model/load.js';
import type { SwapFile } from '../model/types.js';
import { oneLine } from '../render/plain.js';
import type { Timeline } from '../schedule/timeline.js';
import { swapFileName, swapFileText } from '../swaps/file.js';
import { isoUtc } from '../util/time.js';
import type { PdOverride } from './actual.js';
import { overrideLabel, overrideRef, swapsForOverride } from './override-swaps.js';
import type { Plan } from './plan.js';

export interface AdoptedSwap {
  /** Relative to the policy root: oncall/swaps/<date>-<schedule>-<relieved>.yaml. */
  path: string;
  text: string;
  data: SwapFile;
  /** The override it explains, as reports name it. */
  override: string;
}

export interface AdoptResult {
  written: AdoptedSwap[];
  /** Overrides left as they are, each with why and what to do. */
  reported: string[];
}

/** A PagerDuty user as reports name them: their id, and their name bounded to one line. */
function userOf(o: PdOverride): string {
  const name = o.user.summary ? oneLine(o.user.summary, 60) : '';
  return name ? `"${name}" (${o.user.id})` : o.user.id;
}

export function adoptOverrides(
  plan: Plan,
  policy: Policy,
  timeline: Timeline,
  now: number,
  taken: (path: string) => boolean,
): AdoptResult {
  const personOf = new Map([...plan.users].map(([person, user]) => [user, person]));
  const written: AdoptedSwap[] = [];
  const reported: string[] = [];
  const claimed: { schedule: string; start: number; end: number; label: string }[] = [];
  const ordered = [...plan.unexplained].sort((a, b) => Date.parse(a.override.start) - Date.parse(b.override.start));
  for (const { schedule: id, override: o } of ordered) {
    const label = overrideLabel(o, id);
    const schedule = policy.rotations?.schedules.find((s) => s.id === id);
    const covering = personOf.get(o.user.id);
    if (!schedule) continue; // the plan only lists overrides of the policy's schedules
    if (!covering) {
      reported.push(
        `${label}: its user ${userOf(o)} is no person in team.yaml (no email there is theirs in PagerDuty). Add them to team.yaml with their PagerDuty email and adopt again, or remove the override in PagerDuty.`,
      );
      continue;
    }
    const start = Math.max(Date.parse(o.start), now);
    const end = Date.parse(o.end);
    const filed = timeline.swaps.find(
      (s) => s.swap.data.schedule === id && s.start < end && start < (s.end ?? s.start),
    );
    if (filed) {
      reported.push(
        `${label} overlaps swap ${filed.swap.id} (${isoUtc(filed.start)} to ${isoUtc(filed.end ?? filed.start)}), already filed; PagerDuty lets the later of the two win. Correct the swap file or remove the override in PagerDuty: it is not adopted.`,
      );
      continue;
    }
    const clash = claimed.find((c) => c.schedule === id && c.start < end && start < c.end);
    if (clash) {
      reported.push(
        `${label} overlaps ${clash.label}, also unexplained; a swap cannot relieve a swap of part of its period. Remove one of them in PagerDuty: neither is guessed, this one is not adopted.`,
      );
      continue;
    }
    const { swaps, problem } = swapsForOverride(schedule, o, covering, now, label);
    if (problem) reported.push(problem);
    if (!swaps.length) continue;
    claimed.push({ schedule: id, start, end, label });
    for (const piece of swaps) {
      const data: SwapFile = {
        ...piece,
        reason: `Adopted from PagerDuty ${overrideRef(o)}, made in PagerDuty without a swap file.`,
      };
      const path = swapFileName(data, (p) => taken(p) || written.some((w) => w.path === p));
      written.push({ path, text: swapFileText(data), data, override: label });
    }
  }
  return { written, reported };
}
