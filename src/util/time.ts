/**
 * Time-zone and calendar checks through the Temporal polyfill: every date question in this project
 * goes through Temporal, never through hand-written calendar arithmetic.
 */
import { Temporal } from 'temporal-polyfill';

const zoneCache = new Map<string, boolean>();

/** True for an IANA zone name written exactly as IANA spells it (Etc/UTC, Europe/London). */
export function isTimeZone(name: string): boolean {
  let known = zoneCache.get(name);
  if (known === undefined) {
    known = false;
    // Temporal also accepts UTC offsets ("+01:00") as zones; a rota needs a named zone that follows DST.
    if (/[A-Za-z]/.test(name)) {
      try {
        known = Temporal.ZonedDateTime.from({ year: 2000, month: 1, day: 1, timeZone: name }).timeZoneId === name;
      } catch {
        known = false;
      }
    }
    zoneCache.set(name, known);
  }
  return known;
}

/** True for YYYY-MM-DDTHH:MM[:SS] naming a real wall-clock time on a real calendar day. */
export function isLocalDateTime(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text)) return false;
  try {
    Temporal.PlainDateTime.from(text, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

export function parseLocalDateTime(text: string): Temporal.PlainDateTime {
  return Temporal.PlainDateTime.from(text, { overflow: 'reject' });
}

/** Minutes since midnight of an HH:MM clock time; 24:00 is 1440. */
export function clockMinutes(text: string): number {
  const [h, m] = text.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/**
 * A wall-clock time in a zone as an instant. A time that does not exist (the hour skipped when
 * clocks spring forward) moves forward by the length of the gap, and a time that happens twice
 * (clocks fall back) is the first of the two: Temporal's 'compatible' rule, the one RFC 5545
 * calendars and PagerDuty's own rendering follow.
 */
export function zoned(local: string, timeZone: string): Temporal.ZonedDateTime {
  return Temporal.PlainDateTime.from(local, { overflow: 'reject' }).toZonedDateTime(timeZone, {
    disambiguation: 'compatible',
  });
}

/** Epoch milliseconds of an RFC 3339 instant (with offset). */
export function instantMs(iso: string): number {
  return Temporal.Instant.from(iso).epochMilliseconds;
}

/** An instant as RFC 3339 in UTC, e.g. 2026-01-04T10:00:00Z. */
export function isoUtc(ms: number): string {
  return Temporal.Instant.fromEpochMilliseconds(ms).toString();
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const WEEK_MS = 7 * DAY_MS;

/**
 * Instants of a wall-clock time repeated every `count` days or weeks from `local` in `timeZone`:
 * the k-th is (local + k·step) read in the zone by `zoned`'s rule for skipped and repeated times.
 *
 * Temporal is asked once per stretch between two offset transitions of the zone (a few per year):
 * within such a stretch the offset is constant, so one local day is exactly 86,400,000 ms and the
 * k-th instant is an anchor plus whole days. When a step would reach the next transition, or the
 * anchor itself was moved off its wall-clock time by a skipped hour, Temporal computes the instant
 * afresh and names the next transition. The result is exactly Temporal's, at a fraction of the cost.
 */
export function wallClockSeries(
  local: Temporal.PlainDateTime,
  timeZone: string,
  unit: 'days' | 'weeks',
  count: number,
): (k: number) => number {
  const stepMs = count * (unit === 'weeks' ? WEEK_MS : DAY_MS);
  let anchorK = Number.POSITIVE_INFINITY;
  let anchorMs = 0;
  let nextTransition = Number.NEGATIVE_INFINITY;
  const exact = (k: number): number => {
    const wall = local.add({ [unit]: count * k });
    const zdt = wall.toZonedDateTime(timeZone, { disambiguation: 'compatible' });
    // Only an instant that shows its intended wall-clock time can anchor whole-day steps.
    if (Temporal.PlainDateTime.compare(zdt.toPlainDateTime(), wall) === 0) {
      anchorK = k;
      anchorMs = zdt.epochMilliseconds;
      nextTransition = zdt.getTimeZoneTransition('next')?.epochMilliseconds ?? Number.POSITIVE_INFINITY;
    }
    return zdt.epochMilliseconds;
  };
  return (k) => {
    if (k >= anchorK) {
      const candidate = anchorMs + (k - anchorK) * stepMs;
      if (candidate < nextTransition) return candidate;
    }
    return exact(k);
  };
}
