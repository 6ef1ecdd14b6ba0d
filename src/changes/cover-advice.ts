/**
 * Advice beside the verdict, never part of it: when a change hands a stretch from one person to
 * another and `oncall cover` ranks someone lighter first, the comment shows its list. Asked of the
 * base policy: the head already holds the change, so there the covering person would look busy
 * during their own cover.
 */
import type { Policy } from '../model/load.js';
import { findCover, type Candidate } from '../reports/cover.js';
import type { HourWeights } from '../reports/hours.js';
import { isoUtc } from '../util/time.js';
import type { ShiftChange } from './shift-changes.js';

/**
 * Handoffs compared with `oncall cover` per run: each builds a quarter's timeline (about 20 ms),
 * and a PR can make 2,000 changes.
 */
export const MAX_ADVISED = 5;
/** Candidates shown, lightest first. */
export const MAX_SHOWN = 3;

export interface CoverAdvice {
  /** Who the change gives the stretch to. */
  chosen: string;
  /** The lightest who can take it, at most MAX_SHOWN, best first. */
  best: Candidate[];
  /** How many can take it in all. */
  candidates: number;
  /** The chosen cover's place among those who can take it (1 is the lightest), when they can. */
  rank?: number;
  chosenCandidate?: Candidate;
  /** Why `oncall cover` does not list the chosen cover, when it does not. */
  reason?: string;
  quarter: string;
  weights: HourWeights;
  /** The stretch's own weighted hours. */
  weighted: number;
  /** The `oncall cover` command that lists them all. */
  command: string;
}

export interface CoverAdvices {
  advice: Map<ShiftChange, CoverAdvice>;
  /** Handoffs past MAX_ADVISED, not compared. */
  unchecked: number;
}

/** Advice for the first MAX_ADVISED changes that hand a stretch from one person to another. */
export function adviseCover(base: Policy, changes: readonly ShiftChange[]): CoverAdvices {
  const advice = new Map<ShiftChange, CoverAdvice>();
  let compared = 0;
  let unchecked = 0;
  for (const change of changes) {
    if (change.loses === undefined || change.gains === undefined) continue;
    if (compared >= MAX_ADVISED) {
      unchecked += 1;
      continue;
    }
    compared += 1;
    const a = coverAdvice(base, change, change.loses, change.gains);
    if (a) advice.set(change, a);
  }
  return { advice, unchecked };
}

function coverAdvice(base: Policy, change: ShiftChange, from: string, chosen: string): CoverAdvice | undefined {
  let result: ReturnType<typeof findCover>;
  try {
    result = findCover(base, { schedule: change.schedule, at: change.start, until: change.end, from });
  } catch {
    // Advice must never decide the verdict: a base policy it cannot read (one that does not itself
    // validate) gives no advice rather than a failed check.
    return undefined;
  }
  if (!result.ok) return undefined;
  const a = result.answer;
  const lightest = a.candidates[0];
  // Nobody to suggest instead: the rules that matter (on leave, untrained) fail on their own.
  if (!lightest) return undefined;
  const index = a.candidates.findIndex((c) => c.person === chosen);
  const mine = a.candidates[index];
  // As light as the lightest (a tie broken by id) is as good a choice.
  if (mine && mine.weighted <= lightest.weighted) return undefined;
  const people = base.team?.people ?? [];
  const reason = mine
    ? undefined
    : (a.excluded.find((e) => e.person === chosen)?.reason ??
      (people.some((p) => p.id === chosen) ? 'not an engineer in team.yaml' : 'not in team.yaml on the base branch'));
  return {
    chosen,
    best: a.candidates.slice(0, MAX_SHOWN),
    candidates: a.candidates.length,
    ...(mine ? { rank: index + 1, chosenCandidate: mine } : {}),
    ...(reason ? { reason } : {}),
    quarter: a.quarter,
    weights: a.weights,
    weighted: a.weighted,
    command: `npx oncall cover --schedule ${a.schedule} --at ${isoUtc(a.stretch.start)} --until ${isoUtc(a.stretch.end)} --from ${from}`,
  };
}
