/**
 * How the hours of a swap are paid ("Coverage Compensation"): hours on a holiday at the holiday
 * rate; the rest a time trade when a payback swap falls in the same pay period, overtime otherwise.
 * A holiday is one of the covering person's own calendar: the company's unless team.yaml names theirs.
 */
import { Temporal } from 'temporal-polyfill';
import type { SwapEntry } from '../model/load.js';
import type { CompensationFile, HolidayDates, TeamFile } from '../model/types.js';
import { firstEndingAfter, hoursIn, normalize } from '../schedule/intervals.js';
import type { Interval } from '../schedule/types.js';
import { HOUR_MS } from '../util/time.js';

export type RateClass = 'time_trade' | 'overtime' | 'holiday';
export type Hours = Record<RateClass, number>;

export interface PayPeriod extends Interval {
  label: string;
}

const midnight = (d: Temporal.PlainDate, tz: string) => d.toZonedDateTime({ timeZone: tz }).epochMilliseconds;

/** The pay period containing instant t. */
export function payPeriodOf(t: number, rule: CompensationFile['pay_periods']): PayPeriod {
  const tz = rule.time_zone;
  const day = Temporal.Instant.fromEpochMilliseconds(t).toZonedDateTimeISO(tz).toPlainDate();
  let first: Temporal.PlainDate;
  let next: Temporal.PlainDate;
  switch (rule.kind) {
    case 'monthly':
      first = day.with({ day: 1 });
      next = first.add({ months: 1 });
      break;
    case 'semi-monthly':
      first = day.day <= 15 ? day.with({ day: 1 }) : day.with({ day: 16 });
      next = day.day <= 15 ? day.with({ day: 16 }) : day.with({ day: 1 }).add({ months: 1 });
      break;
    default: {
      const length = rule.kind === 'weekly' ? 7 : 14;
      const anchor = Temporal.PlainDate.from(rule.anchor ?? '2026-01-05');
      const offset = anchor.until(day, { largestUnit: 'days' }).days;
      first = anchor.add({ days: Math.floor(offset / length) * length });
      next = first.add({ days: length });
    }
  }
  return {
    start: midnight(first, tz),
    end: midnight(next, tz),
    label: `${first.toString()} to ${next.subtract({ days: 1 }).toString()}`,
  };
}

/**
 * A person's holidays: the calendar team.yaml names for them (`holiday_calendar`), else the
 * company's (`holidays`). An id compensation.yaml does not define falls back to the company's;
 * validate reports it (reference/unknown-holiday-calendar).
 */
export function holidaysOf(
  compensation: CompensationFile,
  team: TeamFile | undefined,
  person: string | undefined,
): HolidayDates {
  const id = team?.people.find((p) => p.id === person)?.holiday_calendar;
  return (id !== undefined ? compensation.holiday_calendars?.[id] : undefined) ?? compensation.holidays;
}

/**
 * Every day of a calendar, midnight to midnight in its zone, sorted and joined. Worked out once
 * per calendar: a check asks it for each of up to thousands of changes, and a PR can write a long
 * calendar, so converting every date per question would multiply the two.
 */
const calendarDays = new WeakMap<HolidayDates, Interval[]>();
function daysOf(holidays: HolidayDates): Interval[] {
  let days = calendarDays.get(holidays);
  if (!days) {
    days = normalize(
      holidays.dates.map((h) => {
        const day = Temporal.PlainDate.from(h.date);
        return { start: midnight(day, holidays.time_zone), end: midnight(day.add({ days: 1 }), holidays.time_zone) };
      }),
    );
    calendarDays.set(holidays, days);
  }
  return days;
}

/** The holidays overlapping a window, each midnight to midnight in the holiday calendar's zone. */
export function holidayIntervals(holidays: HolidayDates, window: Interval): Interval[] {
  const days = daysOf(holidays);
  const out: Interval[] = [];
  for (let i = firstEndingAfter(days, window.start); i < days.length && days[i]!.start < window.end; i++)
    out.push({ ...days[i]! });
  return out;
}

export interface Classification {
  hours: Hours;
  payPeriod: PayPeriod;
  /** The swap that pays this one back within the same pay period, when there is one. */
  payback?: string;
  /** One sentence: why these classes. */
  reason: string;
}

/** Hours of `span` on the given holidays. */
export function holidayHours(span: Interval, holidays: HolidayDates): number {
  return hoursIn(span, daysOf(holidays));
}

/**
 * Classifies the covering engineer's hours of one swap, holidays by their own calendar (`team`
 * says which). `periods` gives every swap's resolved period (id → interval), so a payback is
 * judged by when it really happens.
 */
export function classifySwap(
  swap: SwapEntry,
  period: Interval,
  all: readonly SwapEntry[],
  periods: ReadonlyMap<string, Interval>,
  compensation: CompensationFile,
  team: TeamFile | undefined,
): Classification {
  const total = (period.end - period.start) / HOUR_MS;
  const holiday = holidayHours(period, holidaysOf(compensation, team, swap.data.covering));
  const payPeriod = payPeriodOf(period.start, compensation.pay_periods);
  const within = (i: Interval) => i.start >= payPeriod.start && i.end <= payPeriod.end;
  const partner = all.find(
    (other) =>
      other !== swap &&
      (swap.data.payback === other.id || other.data.payback === swap.id) &&
      other.data.relieved === swap.data.covering &&
      other.data.covering === swap.data.relieved,
  );
  const partnerPeriod = partner ? periods.get(partner.id) : undefined;
  const traded = partner !== undefined && partnerPeriod !== undefined && within(period) && within(partnerPeriod);
  const rest = total - holiday;
  const hours: Hours = { time_trade: traded ? rest : 0, overtime: traded ? 0 : rest, holiday };
  const reason = traded
    ? `paid back by swap ${partner!.id} in the same pay period (${payPeriod.label}): a time trade`
    : partner
      ? `the payback ${partner.id} falls outside this pay period (${payPeriod.label}): overtime`
      : `no payback swap in the pay period ${payPeriod.label}: overtime`;
  return {
    hours,
    payPeriod,
    ...(traded ? { payback: partner!.id } : {}),
    reason: holiday > 0 ? `${reason}; ${round(holiday)} h fall on a holiday` : reason,
  };
}

export function round(hours: number): number {
  return Math.round(hours * 100) / 100;
}
