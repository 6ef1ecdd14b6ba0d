/**
 * One layer → its segments in a window: member turns from the layer's start, every turn a whole
 * number of turn lengths after it in the layer's time zone (so a daily 09:00 handoff stays at
 * 09:00 local across DST), cut to the layer's restrictions.
 */
import type { Temporal } from 'temporal-polyfill';
import type { Layer, TurnLength } from '../model/types.js';
import { DAY_MS, HOUR_MS, parseLocalDateTime, WEEK_MS, wallClockSeries, zoned } from '../util/time.js';
import { intersect } from './intervals.js';
import { restrictionWindows } from './restrictions.js';
import type { Interval, Segment } from './types.js';

export interface Turns {
  /** Instant at which turn k (0 = the first, at the layer's start) begins. */
  startOf(k: number): number;
  /** Nominal length, for estimating which turn an instant falls in. */
  nominalMs: number;
}

export function turnLength(t: TurnLength): { unit: 'hours' | 'days' | 'weeks'; count: number } {
  if (t.hours !== undefined) return { unit: 'hours', count: t.hours };
  if (t.days !== undefined) return { unit: 'days', count: t.days };
  return { unit: 'weeks', count: t.weeks ?? 1 };
}

export function layerTurns(layer: Layer): Turns {
  const origin: Temporal.ZonedDateTime = zoned(layer.start, layer.time_zone);
  const { unit, count } = turnLength(layer.turn_length);
  const unitMs = unit === 'hours' ? HOUR_MS : unit === 'days' ? DAY_MS : WEEK_MS;
  // Hours are exact durations; days and weeks are calendar steps in the layer's zone. Each turn is
  // counted from the origin, so a shifted handoff on a DST day does not drift the ones after it.
  const originMs = origin.epochMilliseconds;
  const startOf =
    unit === 'hours'
      ? (k: number) => originMs + k * count * HOUR_MS
      : wallClockSeries(parseLocalDateTime(layer.start), layer.time_zone, unit, count);
  return { nominalMs: count * unitMs, startOf };
}

/** The layer's own span: from its start to its end (or forever). */
export function layerSpan(layer: Layer): Interval {
  return {
    start: zoned(layer.start, layer.time_zone).epochMilliseconds,
    end: layer.end !== undefined ? zoned(layer.end, layer.time_zone).epochMilliseconds : Number.POSITIVE_INFINITY,
  };
}

/** Index of the turn containing instant t (t at or after the layer's start). */
export function turnIndexAt(turns: Turns, origin: number, t: number): number {
  let k = Math.max(0, Math.floor((t - origin) / turns.nominalMs));
  while (k > 0 && turns.startOf(k) > t) k -= 1;
  while (turns.startOf(k + 1) <= t) k += 1;
  return k;
}

export function layerSegments(layer: Layer, window: Interval): Segment[] {
  const span = layerSpan(layer);
  const from = Math.max(window.start, span.start);
  const until = Math.min(window.end, span.end);
  if (from >= until || layer.members.length === 0) return [];
  const turns = layerTurns(layer);
  const windows = layer.restrictions?.length
    ? restrictionWindows(layer.restrictions, layer.time_zone, { start: from, end: until })
    : undefined;
  const out: Segment[] = [];
  for (let k = turnIndexAt(turns, span.start, from); ; k++) {
    const start = Math.max(turns.startOf(k), from);
    if (start >= until) break;
    const end = Math.min(turns.startOf(k + 1), until);
    const person = layer.members[k % layer.members.length]!;
    if (!windows) out.push({ start, end, person, layer: layer.id });
    else
      for (const p of intersect({ start, end }, windows))
        out.push({ start: p.start, end: p.end, person, layer: layer.id });
  }
  return out;
}
