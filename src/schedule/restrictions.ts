/**
 * Restrictions limit a layer to windows of the day or week, read in the layer's time zone, as
 * PagerDuty's daily and weekly restrictions do. Outside them a lower layer (or nobody) answers.
 */
import { Temporal } from 'temporal-polyfill';
import type { Restriction } from '../model/types.js';
import { WEEKDAYS } from '../model/types.js';
import { clockMinutes, wallClockSeries } from '../util/time.js';
import { normalize } from './intervals.js';
import type { Interval } from './types.js';

/** Restriction windows overlapping [span.start, span.end), merged. */
export function restrictionWindows(restrictions: readonly Restriction[], timeZone: string, span: Interval): Interval[] {
  const first = Temporal.Instant.fromEpochMilliseconds(span.start)
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .subtract({ days: 1 });
  const days =
    first.until(Temporal.Instant.fromEpochMilliseconds(span.end).toZonedDateTimeISO(timeZone).toPlainDate()).days + 1;
  const windows: Interval[] = [];
  for (const r of restrictions) {
    const startMin = clockMinutes(r.start);
    const endMin = clockMinutes(r.end);
    // An end at or before the start runs past midnight; equal start and end is a whole day.
    const lengthMin = endMin > startMin ? endMin - startMin : endMin + 1440 - startMin;
    const endOffsetDays = Math.floor((startMin + lengthMin) / 1440);
    // Day d's window opens at startOf(d) and closes at endOf(d + endOffsetDays), both wall-clock times.
    const startOf = wallClockSeries(at(first, startMin), timeZone, 'days', 1);
    const endOf = wallClockSeries(at(first, startMin + lengthMin - endOffsetDays * 1440), timeZone, 'days', 1);
    const firstWeekday = first.dayOfWeek - 1;
    for (let d = 0; d < days; d++) {
      if (r.days && !r.days.includes(WEEKDAYS[(firstWeekday + d) % 7]!)) continue;
      const start = startOf(d);
      const end = endOf(d + endOffsetDays);
      if (end > span.start && start < span.end) windows.push({ start, end });
    }
  }
  return normalize(windows);
}

/** Wall-clock time `minutes` after the start of `day`; 24:00 (1440) is the next day's midnight. */
function at(day: Temporal.PlainDate, minutes: number): Temporal.PlainDateTime {
  const m = minutes % 1440;
  return day.add({ days: Math.floor(minutes / 1440) }).toPlainDateTime({ hour: Math.floor(m / 60), minute: m % 60 });
}
