/**
 * How much of a window each person was there for: declared time off counted in local days of
 * their own zone (a day away on which summer time starts is one day, though it has 23 hours) and
 * the hours left to hold on-call in. Fairness compares load against these hours, not against the
 * window, so two weeks of leave is not read as two weeks of shirking. Pure.
 */
import { Temporal } from 'temporal-polyfill';
import type { Policy } from '../model/load.js';
import type { TimeOffKind } from '../model/types.js';
import { intersect, normalize } from '../schedule/intervals.js';
import { absencesOf } from '../schedule/time-off.js';
import type { Interval } from '../schedule/types.js';
import { HOUR_MS } from '../util/time.js';

export interface Availability {
  /** Days away in the window, in the person's calendar; overlapping periods count once. */
  awayDays: number;
  awayByKind: Partial<Record<TimeOffKind, number>>;
  awayHours: number;
  /** Hours of the window the person was not away. */
  availableHours: number;
}

/** Everyone with time off in the window; a person absent from the map was there all of it. */
export function availabilityIn(policy: Policy, window: Interval): Map<string, Availability> {
  const zones = new Map((policy.team?.people ?? []).map((p) => [p.id, p.time_zone]));
  const byPerson = new Map<string, { kind: TimeOffKind; span: Interval }[]>();
  for (const a of absencesOf(policy).absences)
    for (const span of intersect(a, [window])) {
      const spans = byPerson.get(a.person) ?? [];
      spans.push({ kind: a.kind, span });
      byPerson.set(a.person, spans);
    }
  const out = new Map<string, Availability>();
  const windowHours = (window.end - window.start) / HOUR_MS;
  for (const [person, spans] of byPerson) {
    const timeZone = zones.get(person)!;
    const away = normalize(spans.map((s) => s.span));
    const awayHours = away.reduce((h, i) => h + (i.end - i.start) / HOUR_MS, 0);
    const awayByKind: Partial<Record<TimeOffKind, number>> = {};
    for (const kind of new Set(spans.map((s) => s.kind)))
      awayByKind[kind] = localDays(normalize(spans.filter((s) => s.kind === kind).map((s) => s.span)), timeZone);
    out.set(person, {
      awayDays: localDays(away, timeZone),
      awayByKind,
      awayHours,
      availableHours: windowHours - awayHours,
    });
  }
  return out;
}

/** Sorted, disjoint spans as days: each local day contributes the share of its own length covered. */
function localDays(spans: readonly Interval[], timeZone: string): number {
  let days = 0;
  for (const span of spans) {
    let day = Temporal.Instant.fromEpochMilliseconds(span.start).toZonedDateTimeISO(timeZone).toPlainDate();
    for (;;) {
      const start = day.toZonedDateTime({ timeZone }).epochMilliseconds;
      if (start >= span.end) break;
      const next = day.add({ days: 1 });
      const end = next.toZonedDateTime({ timeZone }).epochMilliseconds;
      const covered = Math.min(end, span.end) - Math.max(start, span.start);
      if (covered > 0) days += covered / (end - start);
      day = next;
    }
  }
  return days;
}
