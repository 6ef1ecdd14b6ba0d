/**
 * The one answer to "who holds which schedule when": layers, then swaps, for a window. Every view
 * (who, schedule, calendar, reports, PagerDuty sync, swap checks) asks this module.
 */
import type { Policy, SwapEntry } from '../model/load.js';
import { WEEK_MS } from '../util/time.js';
import { firstEndingAfter } from './intervals.js';
import { layerTurns } from './layers.js';
import { rotationShifts } from './rotation.js';
import { applySwaps, swapInstants, type SwapOutcome } from './swaps.js';
import type { Interval, Shift } from './types.js';

export interface Timeline {
  window: Interval;
  /**
   * Final shifts per schedule id, in rotations.yaml order, each list sorted and non-overlapping:
   * every shift that overlaps the window, whole (a shift is not cut at the window's edges).
   */
  schedules: Map<string, Shift[]>;
  /** How each swap that touches the window resolved. */
  swaps: SwapOutcome[];
}

export type SchedulePolicy = Pick<Policy, 'rotations' | 'swaps'>;

/** The longest turn of any layer: how far outside a window a swap or shift can reach into it. */
function reach(policy: SchedulePolicy): number {
  let longest = WEEK_MS;
  for (const s of policy.rotations?.schedules ?? [])
    for (const l of s.layers) longest = Math.max(longest, layerTurns(l).nominalMs);
  return longest;
}

export function buildTimeline(policy: SchedulePolicy, window: Interval): Timeline {
  const margin = 2 * reach(policy);
  const swaps = swapsReaching(policy.swaps, { start: window.start - margin, end: window.end + margin }, margin);
  // Compute beyond the window, so swaps overlapping its edges see the shifts they relieve whole.
  let from = window.start - margin;
  let until = window.end + margin;
  for (const s of swaps) {
    const { start, end } = swapInstants(s);
    from = Math.min(from, start - margin);
    if (end !== undefined) until = Math.max(until, end + margin);
  }
  const rotation = new Map(
    (policy.rotations?.schedules ?? []).map((s) => [s.id, rotationShifts(s, { start: from, end: until })]),
  );
  const { schedules, outcomes } = applySwaps(rotation, swaps);
  for (const [id, shifts] of schedules) schedules.set(id, overlapping(shifts, window));
  return { window, schedules, swaps: outcomes };
}

/**
 * The swaps that can matter in a range: those overlapping it, and every swap overlapping those, and
 * so on. Whether a swap holds depends on the swaps beneath it, which may reach outside the range;
 * taking whole clusters of overlapping swaps makes the answer the same whatever range is asked.
 */
function swapsReaching(all: readonly SwapEntry[], range: Interval, margin: number): SwapEntry[] {
  const spans = all
    .map((swap) => {
      const { start, end = start + margin } = swapInstants(swap);
      return { swap, start, end };
    })
    .sort((a, b) => a.start - b.start);
  const chosen = new Set<SwapEntry>();
  for (let i = 0; i < spans.length;) {
    let j = i;
    let clusterEnd = spans[i]!.end;
    while (j + 1 < spans.length && spans[j + 1]!.start < clusterEnd) clusterEnd = Math.max(clusterEnd, spans[++j]!.end);
    if (spans[i]!.start < range.end && clusterEnd > range.start)
      for (let k = i; k <= j; k++) chosen.add(spans[k]!.swap);
    i = j + 1;
  }
  return all.filter((s) => chosen.has(s)); // in the policy's order, as outcomes are reported
}

function overlapping(shifts: readonly Shift[], window: Interval): Shift[] {
  const first = firstEndingAfter(shifts, window.start);
  let last = first;
  while (last < shifts.length && shifts[last]!.start < window.end) last++;
  return shifts.slice(first, last);
}

/** The shift of each schedule that contains instant t (none where nobody is on call). */
export function onCallAt(policy: SchedulePolicy, t: number): { schedule: string; shift?: Shift }[] {
  const margin = 2 * reach(policy);
  const timeline = buildTimeline(policy, { start: t - margin, end: t + margin });
  return [...timeline.schedules].map(([schedule, shifts]) => {
    const s = shifts[firstEndingAfter(shifts, t)];
    return { schedule, shift: s && s.start <= t ? s : undefined };
  });
}

/** All final shifts in a window, sorted by start, then schedule order. */
export function shiftsIn(timeline: Timeline): Shift[] {
  const order = [...timeline.schedules.keys()];
  return [...timeline.schedules.values()]
    .flat()
    .sort((a, b) => a.start - b.start || order.indexOf(a.schedule) - order.indexOf(b.schedule));
}
