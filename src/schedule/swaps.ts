/**
 * Swaps on top of the rotation. A swap gives its whole period to the covering person, as a
 * PagerDuty override does; it is valid when the relieved person holds that whole period in the
 * timeline beneath it.
 *
 * Two swaps of the same period: the timeline beneath a swap includes the other swaps, so a chain
 * (A→B, then B→C) is valid whatever the order of the files, while two swaps that both relieve A
 * of the same period conflict: the first by start and file name applies, the second is reported
 * as not held, naming the swap that took the period. Nothing is silently overwritten.
 */
import type { SwapEntry } from '../model/load.js';
import { instantMs } from '../util/time.js';
import { firstEndingAfter } from './intervals.js';
import type { Shift } from './types.js';

export type SwapStatus = 'applied' | 'not-held' | 'unknown-schedule' | 'empty-period';

/** Who held part of a swap's period instead of the relieved person; no person means nobody did. */
export interface Holder {
  start: number;
  end: number;
  person?: string;
  swap?: string;
}

export interface SwapOutcome {
  swap: SwapEntry;
  status: SwapStatus;
  /** The period, with a default end resolved; end is undefined when it could not be resolved. */
  start: number;
  end?: number;
  /** For not-held: the parts of the period someone else (or nobody) held. */
  others: Holder[];
}

const instants = new WeakMap<SwapEntry, { start: number; end?: number }>();

/** A swap's start and (explicit) end as epoch ms, parsed once per swap. */
export function swapInstants(swap: SwapEntry): { start: number; end?: number } {
  let parsed = instants.get(swap);
  if (!parsed) {
    parsed = {
      start: instantMs(swap.data.start),
      ...(swap.data.end !== undefined ? { end: instantMs(swap.data.end) } : {}),
    };
    instants.set(swap, parsed);
  }
  return parsed;
}

export function applySwaps(
  rotation: ReadonlyMap<string, Shift[]>,
  swaps: readonly SwapEntry[],
): { schedules: Map<string, Shift[]>; outcomes: SwapOutcome[] } {
  const schedules = new Map([...rotation].map(([id, shifts]) => [id, [...shifts]]));
  const outcomes = new Map<SwapEntry, SwapOutcome>();
  let pending = [...swaps].sort((a, b) => swapInstants(a).start - swapInstants(b).start || (a.id < b.id ? -1 : 1));

  // Apply every swap whose relieved person holds its period; repeat while that unlocks more (chains).
  for (let progress = true; progress;) {
    progress = false;
    const next: SwapEntry[] = [];
    for (const swap of pending) {
      const timeline = schedules.get(swap.data.schedule);
      if (!timeline) {
        outcomes.set(swap, { swap, status: 'unknown-schedule', start: swapInstants(swap).start, others: [] });
        continue;
      }
      const period = resolvePeriod(swap, timeline);
      if (period.end !== undefined && period.end <= period.start) {
        outcomes.set(swap, { swap, status: 'empty-period', ...period, others: [] });
        continue;
      }
      const others =
        period.end === undefined
          ? [{ start: period.start, end: period.start }]
          : othersIn(timeline, period.start, period.end, swap.data.relieved);
      if (others.length === 0) {
        override(timeline, swap, period.start, period.end!);
        outcomes.set(swap, { swap, status: 'applied', ...period, others: [] });
        progress = true;
      } else next.push(swap);
    }
    pending = next;
  }

  // What is left conflicts. It still takes effect, as PagerDuty would render the override, so every
  // view shows what syncing this policy would do; validation reports it as an error.
  // Each is judged against the timeline the valid swaps made, before any leftover is laid on it.
  const leftovers = pending.map((swap) => {
    const timeline = schedules.get(swap.data.schedule)!;
    const period = resolvePeriod(swap, timeline, true);
    outcomes.set(swap, {
      swap,
      status: 'not-held',
      ...period,
      others: othersIn(timeline, period.start, period.end!, swap.data.relieved),
    });
    return { swap, timeline, period };
  });
  for (const { swap, timeline, period } of leftovers) override(timeline, swap, period.start, period.end!);
  return { schedules, outcomes: swaps.map((s) => outcomes.get(s)!) };
}

/**
 * The swap's period. Without an end it runs to the end of the relieved person's shift that
 * contains start; with `force`, to the end of whoever's shift contains it (or one turn-free hour).
 */
function resolvePeriod(swap: SwapEntry, timeline: readonly Shift[], force = false): { start: number; end?: number } {
  const { start, end } = swapInstants(swap);
  if (end !== undefined) return { start, end };
  const shift = timeline[firstEndingAfter(timeline, start)];
  const contains = shift !== undefined && shift.start <= start;
  if (contains && (shift.person === swap.data.relieved || force)) return { start, end: shift.end };
  return force ? { start, end: start + 3_600_000 } : { start };
}

/** The parts of [start, end) not held by `person`: other holders and gaps. */
function othersIn(timeline: readonly Shift[], start: number, end: number, person: string): Holder[] {
  const out: Holder[] = [];
  let cursor = start;
  for (let i = firstEndingAfter(timeline, start); i < timeline.length && timeline[i]!.start < end; i++) {
    const s = timeline[i]!;
    if (s.start > cursor) out.push({ start: cursor, end: s.start });
    if (s.person !== person)
      out.push({ start: Math.max(s.start, start), end: Math.min(s.end, end), person: s.person, swap: s.swap });
    cursor = Math.max(cursor, s.end);
  }
  if (cursor < end) out.push({ start: cursor, end });
  return out;
}

/** Replaces [start, end) of a schedule's shifts with the swap's shift. */
function override(timeline: Shift[], swap: SwapEntry, start: number, end: number): void {
  const first = firstEndingAfter(timeline, start);
  let last = first;
  while (last < timeline.length && timeline[last]!.start < end) last++;
  const replaced: Shift[] = [];
  const before = timeline[first];
  if (before && before.start < start) replaced.push({ ...before, end: start });
  replaced.push({
    schedule: swap.data.schedule,
    person: swap.data.covering,
    start,
    end,
    source: 'swap',
    swap: swap.id,
  });
  const after = timeline[last - 1];
  if (after && last > first && after.end > end) replaced.push({ ...after, start: end });
  timeline.splice(first, last - first, ...replaced);
}
