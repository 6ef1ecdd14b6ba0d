/**
 * Who can take a stretch of someone's shift, best first — the "find coverage" step of the
 * procedures. A candidate must be trained, not away, not on call anywhere during the stretch, rested
 * (off call for the rest hours either side) and stay under the quarter's hour limit; the rest are
 * ranked by this quarter's weighted load (nights, weekends and holidays weigh more), lightest
 * first, with the exact `oncall swap` command. Holidays are each person's own calendar, so the same
 * stretch can weigh more for a candidate whose public holiday it is. Pure: the policy in, the list out.
 */
import { Temporal } from 'temporal-polyfill';
import type { Policy } from '../model/load.js';
import { missingBeforeFirstShift, TRAINING_LABELS } from '../model/training.js';
import { pending } from '../model/types.js';
import { absencesOf, awayDuring } from '../schedule/time-off.js';
import { buildTimeline } from '../schedule/timeline.js';
import type { Interval, Shift } from '../schedule/types.js';
import { round } from '../swaps/compensation.js';
import { HOUR_MS, isoUtc } from '../util/time.js';
import {
  fairness,
  hourKinds,
  quarterWindow,
  weightedHours,
  weightsOf,
  type HourWeights,
  type HoursByKind,
} from './hours.js';

export const DEFAULT_REST_HOURS = 12;

export interface CoverRequest {
  schedule: string;
  /** The stretch to cover; `until` defaults to the end of `from`'s shift that contains `at`. */
  at: number;
  until?: number;
  from: string;
}

export interface Candidate {
  person: string;
  /** This quarter's load before the cover, by kind, and weighted. */
  load: HoursByKind;
  weighted: number;
  /** The stretch's hours by kind for this candidate: holidays by their own calendar. */
  hours: HoursByKind;
  /** The weighted load with the cover. */
  weightedAfter: number;
  /** Hours this quarter with the cover, against the limit (if any). */
  hoursAfter: number;
  command: string;
}

export interface Excluded {
  person: string;
  reason: string;
}

export interface CoverAnswer {
  schedule: string;
  from: string;
  stretch: Interval;
  /** The stretch's hours by kind for the person it is taken from (holidays by their calendar), and weighted. */
  hours: HoursByKind;
  weighted: number;
  quarter: string;
  weights: HourWeights;
  restHours: number;
  limit?: number;
  candidates: Candidate[];
  excluded: Excluded[];
}

export type CoverResult = { ok: true; answer: CoverAnswer } | { ok: false; message: string };

const quarterOf = (ms: number) => {
  const d = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO('Etc/UTC');
  return `${d.year}Q${Math.floor((d.month - 1) / 3) + 1}`;
};

export function findCover(policy: Policy, request: CoverRequest): CoverResult {
  const schedule = policy.rotations?.schedules.find((s) => s.id === request.schedule);
  if (!schedule) return { ok: false, message: `No schedule "${request.schedule}" in rotations.yaml.` };
  const people = policy.team?.people ?? [];
  if (!people.some((p) => p.id === request.from))
    return { ok: false, message: `No person "${request.from}" in team.yaml.` };
  const quarter = quarterOf(request.at);
  const window = quarterWindow(quarter)!;
  const rest = (policy.compensation?.fairness?.min_rest_hours ?? DEFAULT_REST_HOURS) * HOUR_MS;
  // The stretch may run past the quarter, and rest is judged either side of it.
  const horizon = { start: window.start - rest, end: Math.max(window.end, (request.until ?? request.at) + rest) };
  const timeline = buildTimeline(policy, horizon);
  const own = timeline.schedules.get(schedule.id) ?? [];
  const held = own.find((s) => s.person === request.from && s.start <= request.at && s.end > request.at);
  if (!held)
    return {
      ok: false,
      message: `${request.from} is not on call for "${schedule.id}" at ${isoUtc(request.at)}: nothing to cover. See npx oncall who --at ${isoUtc(request.at)}`,
    };
  const stretch = { start: request.at, end: request.until ?? held.end };
  if (stretch.end <= stretch.start)
    return { ok: false, message: `--until (${isoUtc(stretch.end)}) must be after --at (${isoUtc(stretch.start)}).` };
  if (own.some((s) => s.start < stretch.end && s.end > stretch.start && s.person !== request.from))
    return {
      ok: false,
      message: `${request.from} does not hold "${schedule.id}" for all of ${isoUtc(stretch.start)} to ${isoUtc(stretch.end)}; cover one of their shifts at a time.`,
    };

  const weights = weightsOf(policy);
  const kinds = hourKinds(policy, {
    start: Math.min(window.start, stretch.start),
    end: Math.max(window.end, stretch.end),
  });
  const hours = kinds(stretch, request.from);
  const inQuarter = { start: Math.max(stretch.start, window.start), end: Math.min(stretch.end, window.end) };
  // What the stretch adds to a candidate's quarter: a holiday of their calendar weighs as one.
  const coverInQuarter = (person: string) => (inQuarter.end > inQuarter.start ? kinds(inQuarter, person) : zero());
  const loads = new Map(fairness(policy, window, timeline).map((r) => [r.person, r]));
  const { absences } = absencesOf(policy);
  const byPerson = new Map<string, Shift[]>();
  for (const shifts of timeline.schedules.values())
    for (const s of shifts) byPerson.set(s.person, [...(byPerson.get(s.person) ?? []), s]);
  const limit = policy.compensation?.fairness?.max_hours_per_quarter;

  const candidates: Candidate[] = [];
  const excluded: Excluded[] = [];
  for (const person of people) {
    if (person.id === request.from || person.role !== 'engineer') continue;
    const shifts = byPerson.get(person.id) ?? [];
    const busy = shifts.find((s) => s.start < stretch.end && s.end > stretch.start);
    const before = shifts.find((s) => s.end <= stretch.start && s.end > stretch.start - rest);
    const after = shifts.find((s) => s.start >= stretch.end && s.start < stretch.end + rest);
    const away = awayDuring(absences, person.id, stretch);
    const missing = pending(person, 'training') ? undefined : missingBeforeFirstShift(person);
    const load = toKinds(loads.get(person.id));
    const cover = coverInQuarter(person.id);
    const hoursAfter = round(load.total + cover.total);
    const reason = pending(person, 'training')
      ? 'training record still to be filled in (todo)'
      : missing && missing.length
        ? `not trained: ${missing.map((m) => TRAINING_LABELS[m]).join(', ')}`
        : away
          ? `away (${away.kind}) from ${isoUtc(away.start)} to ${isoUtc(away.end)}`
          : busy
            ? `already on call for "${busy.schedule}" from ${isoUtc(busy.start)} to ${isoUtc(busy.end)}`
            : before
              ? `just off a shift ("${before.schedule}" until ${isoUtc(before.end)}; ${rest / HOUR_MS} h rest)`
              : after
                ? `starts a shift soon after ("${after.schedule}" at ${isoUtc(after.start)}; ${rest / HOUR_MS} h rest)`
                : limit !== undefined && hoursAfter > limit
                  ? `would hold ${hoursAfter} h in ${quarter}, above the ${limit} allowed`
                  : undefined;
    if (reason) {
      excluded.push({ person: person.id, reason });
      continue;
    }
    const weighted = round(weightedHours(load, weights));
    candidates.push({
      person: person.id,
      load,
      weighted,
      hours: roundKinds(kinds(stretch, person.id)),
      weightedAfter: round(weighted + weightedHours(cover, weights)),
      hoursAfter,
      command: swapCommand(schedule.id, stretch, request.from, person.id),
    });
  }
  candidates.sort((a, b) => a.weighted - b.weighted || (a.person < b.person ? -1 : 1));
  return {
    ok: true,
    answer: {
      schedule: schedule.id,
      from: request.from,
      stretch,
      hours: roundKinds(hours),
      weighted: round(weightedHours(hours, weights)),
      quarter,
      weights,
      restHours: rest / HOUR_MS,
      ...(limit !== undefined ? { limit } : {}),
      candidates,
      excluded,
    },
  };
}

/** Ids are schema-checked ([a-z0-9-]), instants are ours: the command needs no quoting but the reason's. */
export function swapCommand(schedule: string, stretch: Interval, from: string, to: string): string {
  return `npx oncall swap --schedule ${schedule} --at ${isoUtc(stretch.start)} --until ${isoUtc(stretch.end)} --from ${from} --to ${to} --reason "Cover for ${from}"`;
}

const zero = (): HoursByKind => ({ total: 0, business: 0, afterHours: 0, weekend: 0, holiday: 0 });

function toKinds(r: HoursByKind | undefined): HoursByKind {
  return r
    ? { total: r.total, business: r.business, afterHours: r.afterHours, weekend: r.weekend, holiday: r.holiday }
    : zero();
}

function roundKinds(h: HoursByKind): HoursByKind {
  return {
    total: round(h.total),
    business: round(h.business),
    afterHours: round(h.afterHours),
    weekend: round(h.weekend),
    holiday: round(h.holiday),
  };
}
