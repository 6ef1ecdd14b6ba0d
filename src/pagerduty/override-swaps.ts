/**
 * One PagerDuty override → the swaps that explain it: one per person the layers give over its period
 * (a swap relieves one person). Pure; shared by `pagerduty import` and `pagerduty adopt`, so both
 * write what the plan then matches to that override.
 */
import type { Schedule, SwapFile } from '../model/types.js';
import { rotationShifts } from '../schedule/rotation.js';
import { SWAP_AHEAD_WEEKS } from '../rules/swaps.js';
import { isoUtc, WEEK_MS } from '../util/time.js';
import type { PdOverride } from './actual.js';

export interface OverrideSwaps {
  /** Empty when the override cannot be a swap; `problem` then says why. */
  swaps: Omit<SwapFile, 'reason'>[];
  /** What is not as it should be, for the report: set also when only part of the override is a swap. */
  problem?: string;
}

/** PagerDuty's ids are short and alphanumeric; anything else is not repeated in what we write. */
export function overrideRef(o: PdOverride): string {
  return /^[A-Z0-9]{1,20}$/.test(o.id) ? `override ${o.id}` : 'an override';
}

/** How a report names an override: schedule (already one line), id, period. */
export function overrideLabel(o: PdOverride, schedule: string): string {
  return `Override ${overrideRef(o).replace(/^override /, '')} on schedule "${schedule}" (${isoUtc(Date.parse(o.start))} to ${isoUtc(Date.parse(o.end))})`;
}

export function swapsForOverride(
  schedule: Schedule,
  o: PdOverride,
  covering: string,
  now: number,
  label: string,
): OverrideSwaps {
  // An override may run for centuries; a swap starts at most two years ahead, and splitting a
  // long one turn by turn would cost a piece per turn: it is reported, not written.
  if (Date.parse(o.end) > now + SWAP_AHEAD_WEEKS * WEEK_MS)
    return {
      swaps: [],
      problem: `${label} ends after the ${SWAP_AHEAD_WEEKS}-week bound on swaps; shorten it in PagerDuty, or change the rotation instead.`,
    };
  const pieces = holders(schedule, Date.parse(o.start), Date.parse(o.end));
  if (pieces.some((p) => p.person === undefined))
    return {
      swaps: [],
      problem: `${label} covers time when the layers give nobody; a swap relieves someone, so it is not written as a swap.`,
    };
  const relieving = pieces.filter((p) => p.person !== covering && p.end > now);
  const swaps = relieving.map((p) => ({
    schedule: schedule.id,
    start: isoUtc(p.start),
    end: isoUtc(p.end),
    relieved: p.person!,
    covering,
  }));
  if (relieving.length === pieces.filter((p) => p.end > now).length) return { swaps };
  return {
    swaps,
    problem: relieving.length
      ? `${label} also covers its own user's turn; only the parts relieving someone else are written as swaps, so the plan will report it as unexplained.`
      : `${label} gives the user a turn that is already theirs; it changes nothing and is not written as a swap.`,
  };
}

/** Who the layers give over [start, end), one piece per person in a row; person undefined where nobody is. */
function holders(schedule: Schedule, start: number, end: number): { start: number; end: number; person?: string }[] {
  const margin = 2 * WEEK_MS + (end - start);
  const shifts = rotationShifts(schedule, { start: start - margin, end: end + margin });
  const out: { start: number; end: number; person?: string }[] = [];
  const push = (p: { start: number; end: number; person?: string }) => {
    const last = out[out.length - 1];
    if (last && last.person === p.person && last.end === p.start) last.end = p.end;
    else out.push(p);
  };
  let cursor = start;
  for (const s of shifts) {
    if (s.end <= cursor || s.start >= end) continue;
    if (s.start > cursor) push({ start: cursor, end: s.start });
    push({ start: Math.max(s.start, cursor), end: Math.min(s.end, end), person: s.person });
    cursor = Math.min(s.end, end);
  }
  if (cursor < end) push({ start: cursor, end });
  return out;
}
