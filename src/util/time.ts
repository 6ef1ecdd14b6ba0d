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
