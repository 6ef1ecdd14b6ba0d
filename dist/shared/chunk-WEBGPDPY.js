import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  TRAINING_LABELS,
  absencesOf,
  awayDuring,
  buildTimeline,
  fairness,
  hourKinds,
  missingBeforeFirstShift,
  pending,
  quarterWindow,
  round,
  weightedHours,
  weightsOf
} from "./chunk-5AWG3TPM.js";
import {
  HOUR_MS,
  isoUtc
} from "./chunk-EXLADYM2.js";
import {
  Temporal
} from "./chunk-ETVPNU4B.js";

// src/reports/cover.ts
var DEFAULT_REST_HOURS = 12;
var quarterOf = (ms) => {
  const d = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO("Etc/UTC");
  return `${d.year}Q${Math.floor((d.month - 1) / 3) + 1}`;
};
function findCover(policy, request) {
  const schedule = policy.rotations?.schedules.find((s) => s.id === request.schedule);
  if (!schedule) return { ok: false, message: `No schedule "${request.schedule}" in rotations.yaml.` };
  const people = policy.team?.people ?? [];
  if (!people.some((p) => p.id === request.from))
    return { ok: false, message: `No person "${request.from}" in team.yaml.` };
  const quarter = quarterOf(request.at);
  const window = quarterWindow(quarter);
  const rest = (policy.compensation?.fairness?.min_rest_hours ?? DEFAULT_REST_HOURS) * HOUR_MS;
  const horizon = { start: window.start - rest, end: Math.max(window.end, (request.until ?? request.at) + rest) };
  const timeline = buildTimeline(policy, horizon);
  const own = timeline.schedules.get(schedule.id) ?? [];
  const held = own.find((s) => s.person === request.from && s.start <= request.at && s.end > request.at);
  if (!held)
    return {
      ok: false,
      message: `${request.from} is not on call for "${schedule.id}" at ${isoUtc(request.at)}: nothing to cover. See npx oncall who --at ${isoUtc(request.at)}`
    };
  const stretch = { start: request.at, end: request.until ?? held.end };
  if (stretch.end <= stretch.start)
    return { ok: false, message: `--until (${isoUtc(stretch.end)}) must be after --at (${isoUtc(stretch.start)}).` };
  if (own.some((s) => s.start < stretch.end && s.end > stretch.start && s.person !== request.from))
    return {
      ok: false,
      message: `${request.from} does not hold "${schedule.id}" for all of ${isoUtc(stretch.start)} to ${isoUtc(stretch.end)}; cover one of their shifts at a time.`
    };
  const weights = weightsOf(policy);
  const kinds = hourKinds(policy, {
    start: Math.min(window.start, stretch.start),
    end: Math.max(window.end, stretch.end)
  });
  const hours = kinds(stretch, request.from);
  const inQuarter = { start: Math.max(stretch.start, window.start), end: Math.min(stretch.end, window.end) };
  const coverInQuarter = (person) => inQuarter.end > inQuarter.start ? kinds(inQuarter, person) : zero();
  const loads = new Map(fairness(policy, window, timeline).map((r) => [r.person, r]));
  const { absences } = absencesOf(policy);
  const byPerson = /* @__PURE__ */ new Map();
  for (const shifts of timeline.schedules.values())
    for (const s of shifts) byPerson.set(s.person, [...byPerson.get(s.person) ?? [], s]);
  const limit = policy.compensation?.fairness?.max_hours_per_quarter;
  const candidates = [];
  const excluded = [];
  for (const person of people) {
    if (person.id === request.from || person.role !== "engineer") continue;
    const shifts = byPerson.get(person.id) ?? [];
    const busy = shifts.find((s) => s.start < stretch.end && s.end > stretch.start);
    const before = shifts.find((s) => s.end <= stretch.start && s.end > stretch.start - rest);
    const after = shifts.find((s) => s.start >= stretch.end && s.start < stretch.end + rest);
    const away = awayDuring(absences, person.id, stretch);
    const missing = pending(person, "training") ? void 0 : missingBeforeFirstShift(person);
    const load = toKinds(loads.get(person.id));
    const cover = coverInQuarter(person.id);
    const hoursAfter = round(load.total + cover.total);
    const reason = pending(person, "training") ? "training record still to be filled in (todo)" : missing && missing.length ? `not trained: ${missing.map((m) => TRAINING_LABELS[m]).join(", ")}` : away ? `away (${away.kind}) from ${isoUtc(away.start)} to ${isoUtc(away.end)}` : busy ? `already on call for "${busy.schedule}" from ${isoUtc(busy.start)} to ${isoUtc(busy.end)}` : before ? `just off a shift ("${before.schedule}" until ${isoUtc(before.end)}; ${rest / HOUR_MS} h rest)` : after ? `starts a shift soon after ("${after.schedule}" at ${isoUtc(after.start)}; ${rest / HOUR_MS} h rest)` : limit !== void 0 && hoursAfter > limit ? `would hold ${hoursAfter} h in ${quarter}, above the ${limit} allowed` : void 0;
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
      command: swapCommand(schedule.id, stretch, request.from, person.id)
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
      ...limit !== void 0 ? { limit } : {},
      candidates,
      excluded
    }
  };
}
function swapCommand(schedule, stretch, from, to) {
  return `npx oncall swap --schedule ${schedule} --at ${isoUtc(stretch.start)} --until ${isoUtc(stretch.end)} --from ${from} --to ${to} --reason "Cover for ${from}"`;
}
var zero = () => ({ total: 0, business: 0, afterHours: 0, weekend: 0, holiday: 0 });
function toKinds(r) {
  return r ? { total: r.total, business: r.business, afterHours: r.afterHours, weekend: r.weekend, holiday: r.holiday } : zero();
}
function roundKinds(h) {
  return {
    total: round(h.total),
    business: round(h.business),
    afterHours: round(h.afterHours),
    weekend: round(h.weekend),
    holiday: round(h.holiday)
  };
}

export {
  findCover
};
