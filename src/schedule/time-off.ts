/**
 * Declared time off → absences: instants in UTC, read in each person's own time zone. A date is a
 * whole local day (from its midnight to the next, so 23 or 25 hours across a DST change); a local
 * date and time is that wall-clock instant. Pure; what cannot be read is a problem, not a throw.
 */
import { Temporal } from 'temporal-polyfill';
import type { Policy } from '../model/load.js';
import type { TimeOffKind } from '../model/types.js';
import { zoned } from '../util/time.js';
import type { Interval } from './types.js';

export interface Absence extends Interval {
  person: string;
  kind: TimeOffKind;
  note?: string;
  /** The time-off file and the period's index in it, for positions. */
  file: string;
  index: number;
}

export interface AbsenceProblem {
  file: string;
  path: (string | number)[];
  message: string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The instant a period's bound stands for: a date's first midnight, or after its last day (`end`). */
function instantOf(when: string, timeZone: string, bound: 'start' | 'end'): number {
  if (!DATE_ONLY.test(when)) return zoned(when, timeZone).epochMilliseconds;
  const day = Temporal.PlainDate.from(when, { overflow: 'reject' });
  return (bound === 'end' ? day.add({ days: 1 }) : day).toZonedDateTime({ timeZone }).epochMilliseconds;
}

export function absencesOf(policy: Policy): { absences: Absence[]; problems: AbsenceProblem[] } {
  const zones = new Map((policy.team?.people ?? []).map((p) => [p.id, p.time_zone]));
  const absences: Absence[] = [];
  const problems: AbsenceProblem[] = [];
  for (const entry of policy.timeOff ?? []) {
    const timeZone = zones.get(entry.person);
    if (timeZone === undefined) {
      // Without team.yaml nothing can be said; with it, the file names nobody.
      if (policy.team)
        problems.push({
          file: entry.file,
          path: [],
          message: `${entry.file} is named after "${entry.person}", who is not in team.yaml. Name the file after the person's id.`,
        });
      continue;
    }
    entry.data.periods.forEach((period, index) => {
      const bounds: Partial<Record<'start' | 'end', number>> = {};
      for (const bound of ['start', 'end'] as const)
        try {
          bounds[bound] = instantOf(period[bound], timeZone, bound);
        } catch {
          problems.push({
            file: entry.file,
            path: ['periods', index, bound],
            message: `"${period[bound]}" is not a real date${DATE_ONLY.test(period[bound]) ? '' : ' and time'}. Write YYYY-MM-DD or YYYY-MM-DDTHH:MM.`,
          });
        }
      const { start, end } = bounds;
      if (start === undefined || end === undefined) return;
      if (end <= start) {
        problems.push({
          file: entry.file,
          path: ['periods', index, 'end'],
          message: `The period ends (${period.end}) before it starts (${period.start}). A date end is the last day off; a time end is when the person is back.`,
        });
        return;
      }
      absences.push({
        start,
        end,
        person: entry.person,
        kind: period.kind,
        ...(period.note !== undefined ? { note: period.note } : {}),
        file: entry.file,
        index,
      });
    });
  }
  return { absences: absences.sort((a, b) => a.start - b.start), problems };
}

/** Whether a person is away at any moment of an interval. */
export function awayDuring(absences: readonly Absence[], person: string, span: Interval): Absence | undefined {
  return absences.find((a) => a.person === person && a.start < span.end && a.end > span.start);
}
