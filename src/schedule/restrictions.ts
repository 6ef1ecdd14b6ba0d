/**
 * Restrictions limit a layer to windows of the day or week, read in the layer's time zone, as
 * PagerDuty's daily and weekly restrictions do. Outside them a lower layer (or nobody) answers.
 */
import { Temporal } from 'temporal-polyfill';
import type { Restriction } from '../model/types.js';
import { WEEKDAYS } from '../model/types.js';
import { clockMinutes } from '../util/time.js';
import { normalize } from './intervals.js';
import type { Interval } from './types.js';

/** Restriction windows overlapping [span.start, span.end), merged. */
export function restrictionWindows(restrictions: readonly Restriction[], timeZone: string, span: Interval): Interval[] {
  const first = Temporal.Instant.fromEpochMilliseconds(span.start).toZonedDateTimeISO(timeZone).toPlainDate().subtract({ days: 1 });
  const last = Temporal.Instant.fromEpochMilliseconds(span.end).toZonedDateTimeISO(timeZone).toPlainDate();
  const windows: Interval[] = [];
  for (let day = first; Temporal.PlainDate.compare(day, last) <= 0; day = day.add({ days: 1 })) {
    const weekday = WEEKDAYS[day.dayOfWeek - 1]!;
    for (const r of restrictions) {
      if (r.days && !r.days.includes(weekday)) continue;
      const startMin = clockMinutes(r.start);
      const endMin = clockMinutes(r.end);
      // An end at or before the start runs past midnight; equal start and end is a whole day.
      const lengthMin = endMin > startMin ? endMin - startMin : endMin + 1440 - startMin;
      const start = at(day, startMin, timeZone);
      const endDay = day.add({ days: Math.floor((startMin + lengthMin) / 1440) });
      const end = at(endDay, (startMin + lengthMin) % 1440, timeZone);
      if (end > span.start && start < span.end) windows.push({ start, end });
    }
  }
  return normalize(windows);
}

function at(day: Temporal.PlainDate, minutes: number, timeZone: string): number {
  return day
    .toPlainDateTime({ hour: Math.floor(minutes / 60), minute: minutes % 60 })
    .toZonedDateTime(timeZone, { disambiguation: 'compatible' }).epochMilliseconds;
}
