/**
 * On-call hours per person, split the way pay and fairness care about: holidays (of each person's
 * own calendar), weekends, business hours and the rest — and, for pay, by rate class. Pure, from
 * the final timeline.
 */
import { Temporal } from 'temporal-polyfill';
import type { Policy } from '../model/load.js';
import type { HolidayDates } from '../model/types.js';
import { hoursIn, normalize, subtract } from '../schedule/intervals.js';
import { restrictionWindows } from '../schedule/restrictions.js';
import { buildTimeline, type Timeline } from '../schedule/timeline.js';
import type { Interval } from '../schedule/types.js';
import { classifySwap, holidayIntervals, holidaysOf, payPeriodOf, round, type Hours } from '../swaps/compensation.js';
import type { TimeOffKind } from '../model/types.js';
import { HOUR_MS } from '../util/time.js';
import { availabilityIn } from './availability.js';

export interface FairnessRow {
  person: string;
  total: number;
  business: number;
  afterHours: number;
  weekend: number;
  holiday: number;
  shifts: number;
  swapsGiven: number;
  swapsTaken: number;
  /** Total minus the mean of everyone in the report. */
  deviation: number;
  /** Hours of each kind times its weight (compensation.yaml): the load `oncall cover` ranks by. */
  weighted: number;
  awayDays: number;
  awayByKind: Partial<Record<TimeOffKind, number>>;
  /** Hours of the window the person was not away. */
  availableHours: number;
  /** Total minus the person's share of everyone's hours in proportion to the hours they were there. */
  vsAvailable: number;
}

/** A quarter such as 2026Q4 → its instants in UTC. */
export function quarterWindow(quarter: string): Interval | undefined {
  const m = /^(\d{4})Q([1-4])$/.exec(quarter);
  if (!m) return undefined;
  const first = Temporal.PlainDate.from({ year: Number(m[1]), month: (Number(m[2]) - 1) * 3 + 1, day: 1 });
  const at = (d: Temporal.PlainDate) => d.toZonedDateTime({ timeZone: 'Etc/UTC' }).epochMilliseconds;
  return { start: at(first), end: at(first.add({ months: 3 })) };
}

export interface HoursByKind {
  total: number;
  business: number;
  afterHours: number;
  weekend: number;
  holiday: number;
}

/** Splits a span of one person's on-call time into kinds of hour. */
export type HourKinds = (span: Interval, person: string) => HoursByKind;

/**
 * A classifier of spans inside `window` into kinds of hour. Each hour falls in one kind: a holiday
 * counts as a holiday even on a weekend, and a weekend hour is never a business hour. Business hours
 * and weekends are the company's (coverage.yaml); holidays are the person's own calendar
 * (`holidaysOf`), so the same span can be a holiday for one person and a weekday for another. The
 * windows are computed once per calendar, so each span costs a few binary searches.
 */
export function hourKinds(policy: Policy, window: Interval): HourKinds {
  const coverage = policy.coverage;
  const compensation = policy.compensation;
  const tz = coverage?.time_zone ?? 'Etc/UTC';
  const business = normalize(
    coverage
      ? restrictionWindows(
          [
            {
              days: coverage.business_hours.days,
              start: coverage.business_hours.start,
              end: coverage.business_hours.end,
            },
          ],
          tz,
          window,
        )
      : [],
  );
  const weekend = normalize(
    restrictionWindows([{ days: ['saturday', 'sunday'], start: '00:00', end: '24:00' }], tz, window),
  );
  const minus = (windows: readonly Interval[], cut: readonly Interval[]) => windows.flatMap((w) => subtract(w, cut));
  const classify = (holidays: readonly Interval[]) => {
    const weekendOnly = minus(weekend, holidays);
    const businessOnly = minus(minus(business, holidays), weekend);
    return (span: Interval): HoursByKind => {
      const total = (span.end - span.start) / HOUR_MS;
      const holiday = hoursIn(span, holidays);
      const weekendHours = hoursIn(span, weekendOnly);
      const businessHours = hoursIn(span, businessOnly);
      const afterHours = total - holiday - weekendHours - businessHours;
      return { total, business: businessHours, afterHours, weekend: weekendHours, holiday };
    };
  };
  if (!compensation) return classify([]);
  const byCalendar = new Map<HolidayDates, (span: Interval) => HoursByKind>();
  const byPerson = new Map<string, (span: Interval) => HoursByKind>();
  return (span, person) => {
    let kinds = byPerson.get(person);
    if (!kinds) {
      const holidays = holidaysOf(compensation, policy.team, person);
      kinds = byCalendar.get(holidays);
      if (!kinds) byCalendar.set(holidays, (kinds = classify(holidayIntervals(holidays, window))));
      byPerson.set(person, kinds);
    }
    return kinds(span);
  };
}

export interface HourWeights {
  business: number;
  afterHours: number;
  weekend: number;
  holiday: number;
}

/** Nights, weekends and holidays cost a person more than office hours: compensation.yaml says how much. */
export function weightsOf(policy: Policy): HourWeights {
  const w = policy.compensation?.fairness?.weights;
  return {
    business: w?.business ?? 1,
    afterHours: w?.after_hours ?? 1.5,
    weekend: w?.weekend ?? 2,
    holiday: w?.holiday ?? 3,
  };
}

/** One number to compare load by: hours of each kind times its weight. */
export function weightedHours(h: Omit<HoursByKind, 'total'>, w: HourWeights): number {
  return h.business * w.business + h.afterHours * w.afterHours + h.weekend * w.weekend + h.holiday * w.holiday;
}

/** `timeline` may span more than the window (a caller that has one spares computing it again). */
export function fairness(
  policy: Policy,
  window: Interval,
  timeline: Timeline = buildTimeline(policy, window),
): FairnessRow[] {
  const kinds = hourKinds(policy, window);
  const weights = weightsOf(policy);
  const availability = availabilityIn(policy, window);
  const windowHours = (window.end - window.start) / HOUR_MS;
  const rows = new Map<string, FairnessRow>();
  const row = (person: string) => {
    let r = rows.get(person);
    if (!r) {
      const a = availability.get(person);
      rows.set(
        person,
        (r = {
          person,
          total: 0,
          business: 0,
          afterHours: 0,
          weekend: 0,
          holiday: 0,
          shifts: 0,
          swapsGiven: 0,
          swapsTaken: 0,
          deviation: 0,
          weighted: 0,
          awayDays: a?.awayDays ?? 0,
          awayByKind: a?.awayByKind ?? {},
          availableHours: a?.availableHours ?? windowHours,
          vsAvailable: 0,
        }),
      );
    }
    return r;
  };
  for (const shifts of timeline.schedules.values())
    for (const s of shifts) {
      const span = { start: Math.max(s.start, window.start), end: Math.min(s.end, window.end) };
      if (span.end <= span.start) continue;
      const r = row(s.person);
      const k = kinds(span, s.person);
      r.total += k.total;
      r.holiday += k.holiday;
      r.weekend += k.weekend;
      r.business += k.business;
      r.afterHours += k.afterHours;
      r.shifts += 1;
    }
  for (const o of timeline.swaps)
    if (o.end !== undefined && o.start < window.end && o.end > window.start) {
      row(o.swap.data.relieved).swapsGiven += 1;
      row(o.swap.data.covering).swapsTaken += 1;
    }
  // Someone in rotation who was away and so held nothing is still part of the comparison.
  const members = new Set(policy.rotations?.schedules.flatMap((s) => s.layers.flatMap((l) => l.members)) ?? []);
  for (const person of availability.keys()) if (members.has(person)) row(person);
  const list = [...rows.values()]
    .filter((r) => r.total > 0 || r.swapsGiven > 0 || r.awayDays > 0)
    .sort((a, b) => (a.person < b.person ? -1 : 1));
  const sum = (f: (r: FairnessRow) => number) => list.reduce((h, r) => h + f(r), 0);
  const mean = sum((r) => r.total) / Math.max(1, list.length);
  const available = sum((r) => r.availableHours);
  const perAvailableHour = available > 0 ? sum((r) => r.total) / available : 0;
  for (const r of list) {
    r.deviation = r.total - mean;
    r.weighted = weightedHours(r, weights);
    r.vsAvailable = r.total - perAvailableHour * r.availableHours;
    for (const k of Object.keys(r.awayByKind) as TimeOffKind[]) r.awayByKind[k] = round(r.awayByKind[k]!);
    for (const k of [
      'total',
      'business',
      'afterHours',
      'weekend',
      'holiday',
      'deviation',
      'weighted',
      'awayDays',
      'availableHours',
      'vsAvailable',
    ] as const)
      r[k] = round(r[k]);
  }
  return list;
}

export interface CompensationRow extends Hours {
  person: string;
}

/** The pay period that contains `day` (YYYY-MM-DD, or YYYY-MM for a monthly period). */
export function payPeriodWindow(policy: Policy, period: string): (Interval & { label: string }) | undefined {
  const rule = policy.compensation?.pay_periods;
  if (!rule || !/^\d{4}-\d{2}(-\d{2})?$/.test(period)) return undefined;
  const day = Temporal.PlainDate.from(period.length === 7 ? `${period}-01` : period);
  return payPeriodOf(day.toZonedDateTime({ timeZone: rule.time_zone, plainTime: '12:00' }).epochMilliseconds, rule);
}

/** Hours per rate class for everyone who covered a swap in the pay period. */
export function compensation(policy: Policy, period: Interval): CompensationRow[] {
  if (!policy.compensation) return [];
  const timeline = buildTimeline(policy, period);
  const periods = new Map(
    timeline.swaps.filter((o) => o.end !== undefined).map((o) => [o.swap.id, { start: o.start, end: o.end! }]),
  );
  const rows = new Map<string, CompensationRow>();
  for (const o of timeline.swaps) {
    if (o.end === undefined || o.status !== 'applied' || o.start >= period.end || o.end <= period.start) continue;
    const c = classifySwap(
      o.swap,
      { start: o.start, end: o.end },
      policy.swaps,
      periods,
      policy.compensation,
      policy.team,
    );
    const r = rows.get(o.swap.data.covering) ?? {
      person: o.swap.data.covering,
      time_trade: 0,
      overtime: 0,
      holiday: 0,
    };
    r.time_trade = round(r.time_trade + c.hours.time_trade);
    r.overtime = round(r.overtime + c.hours.overtime);
    r.holiday = round(r.holiday + c.hours.holiday);
    rows.set(r.person, r);
  }
  return [...rows.values()].sort((a, b) => (a.person < b.person ? -1 : 1));
}
