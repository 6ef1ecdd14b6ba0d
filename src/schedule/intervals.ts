/** Operations on sorted, non-overlapping lists of half-open intervals. */
import { HOUR_MS } from '../util/time.js';
import type { Interval } from './types.js';

/** Sorts and joins overlapping or touching intervals. */
export function normalize<T extends Interval>(intervals: readonly T[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const i of sorted) {
    if (i.end <= i.start) continue;
    const last = out[out.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ start: i.start, end: i.end });
  }
  return out;
}

/** The parts of `piece` not covered by `covered` (sorted, disjoint). */
export function subtract(piece: Interval, covered: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let cursor = piece.start;
  for (let i = firstEndingAfter(covered, piece.start); i < covered.length; i++) {
    const c = covered[i]!;
    if (c.start >= piece.end) break;
    if (c.start > cursor) out.push({ start: cursor, end: Math.min(c.start, piece.end) });
    cursor = Math.max(cursor, c.end);
    if (cursor >= piece.end) break;
  }
  if (cursor < piece.end) out.push({ start: cursor, end: piece.end });
  return out;
}

/** The parts of `piece` inside `windows` (sorted, disjoint). */
export function intersect(piece: Interval, windows: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (let i = firstEndingAfter(windows, piece.start); i < windows.length; i++) {
    const w = windows[i]!;
    if (w.start >= piece.end) break;
    const start = Math.max(w.start, piece.start);
    const end = Math.min(w.end, piece.end);
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** Index of the first interval whose end is after `t` (binary search). */
export function firstEndingAfter(intervals: readonly Interval[], t: number): number {
  let lo = 0;
  let hi = intervals.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (intervals[mid]!.end <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Hours of `piece` inside `windows` (sorted, disjoint). */
export function hoursIn(piece: Interval, windows: readonly Interval[]): number {
  return intersect(piece, windows).reduce((h, i) => h + (i.end - i.start) / HOUR_MS, 0);
}
