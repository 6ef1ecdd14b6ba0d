/**
 * `oncall rotation propose`: next quarter's turn order for one layer, chosen so that nobody is on
 * call while away or on another schedule, and the weighted load of the two quarters together is as
 * even as it can be. Pure: the policy in, a proposal (and the roster change that makes it) out.
 *
 * - The layer is the one running when the quarter starts; the new order takes over at its first
 *   handoff at or after the quarter's start, through the normal roster change (so the swap check
 *   asks for notice and the consent of everyone moved). Layers, handoffs and turn length stay.
 * - A turn weighs the weighted hours (compensation.yaml `fairness.weights`) of the shifts the layer
 *   gives it — restrictions and higher layers applied — and counts whole for whoever starts it,
 *   even where its last days fall in the next quarter. Holidays are each person's own calendar, so
 *   a turn over Berlin's public holidays weighs more for the engineer in Berlin than for the others.
 * - Each member's starting load is their weighted hours in the quarter before, on every schedule,
 *   plus their hours in this quarter that the order does not decide (other schedules, the turn
 *   running at the quarter's start). Swaps already filed on this schedule after the handoff are
 *   left out of the loads; the check after the change judges them again.
 * - A member may not take a turn during which they are away (oncall/time-off), on call for another
 *   schedule, or the first turn when they hold the one before it (no back-to-back turns at the seam).
 * The order itself is exact (src/schedule/turn-order.ts): the least spread of loads across the
 * layer's members. Among orders of that spread it takes the lowest top load, then keeps people where
 * they stand as far as a greedy matching allows (fewer moves, not always the fewest).
 */
import { Temporal } from 'temporal-polyfill';
import type { Policy } from '../model/load.js';
import { absencesOf, awayDuring, type Absence } from '../schedule/time-off.js';
import { layerSpan, layerTurns, turnIndexAt } from '../schedule/layers.js';
import { rotationShifts } from '../schedule/rotation.js';
import { buildTimeline } from '../schedule/timeline.js';
import { bestTurnOrder } from '../schedule/turn-order.js';
import type { Interval, Shift } from '../schedule/types.js';
import { round } from '../swaps/compensation.js';
import { hourKinds, quarterWindow, weightedHours, weightsOf, type HourWeights } from '../reports/hours.js';
import { isoUtc } from '../util/time.js';
import { planRosterChange, RosterChangeError, type RosterChange } from './roster-change.js';

export interface ProposeRequest {
  schedule: string;
  quarter: string;
  now: number;
}

export interface ProposedTurn extends Interval {
  /** Its weight for the person the proposal gives it to (`after`), and for its holder now (`before`). */
  weighted: number;
  weightedBefore: number;
  before: string;
  after: string;
}

export interface PersonLoad {
  person: string;
  /** Weighted hours the order does not decide (the quarter before, other schedules). */
  base: number;
  before: number;
  after: number;
  turnsBefore: number;
  turnsAfter: number;
}

export interface Conflict {
  turn: number;
  person: string;
  reason: string;
}

export interface Proposal {
  schedule: string;
  layer: string;
  quarter: string;
  baseQuarter: string;
  /** The first handoff of the quarter, where the new order takes over. */
  effective: number;
  weights: HourWeights;
  turns: ProposedTurn[];
  people: PersonLoad[];
  spreadBefore: number;
  spreadAfter: number;
  /** Turns the current order gives to someone who may not take them. */
  conflictsBefore: Conflict[];
  /** The roster change to write; none when the current order is already the best. */
  change?: RosterChange;
}

export type ProposeResult = { ok: true; proposal: Proposal } | { ok: false; message: string };

export function previousQuarter(quarter: string): string {
  const [year, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(5))];
  return q === 1 ? `${year - 1}Q4` : `${year}Q${q - 1}`;
}

export function proposeTurnOrder(policy: Policy, request: ProposeRequest): ProposeResult {
  try {
    return { ok: true, proposal: propose(policy, request) };
  } catch (error) {
    if (error instanceof RosterChangeError) return { ok: false, message: error.message };
    throw error;
  }
}

function propose(policy: Policy, request: ProposeRequest): Proposal {
  const window = quarterWindow(request.quarter);
  if (!window) throw new RosterChangeError(`--quarter takes a quarter such as 2027Q2 (got "${request.quarter}").`);
  if (window.start <= request.now)
    throw new RosterChangeError(
      `${request.quarter} has begun: a proposal orders a quarter still to come. Try ${nextQuarterAfter(request.now)}.`,
    );
  const schedules = policy.rotations?.schedules ?? [];
  const schedule = schedules.find((s) => s.id === request.schedule);
  if (!schedule)
    throw new RosterChangeError(
      `no schedule "${request.schedule}" in oncall/rotations.yaml; the schedules are ${schedules.map((s) => s.id).join(', ')}.`,
    );
  const running = schedule.layers.filter((l) => {
    const span = layerSpan(l);
    return span.start <= window.start && span.end > window.start;
  });
  if (running.length !== 1)
    throw new RosterChangeError(
      running.length === 0
        ? `no layer of schedule "${schedule.id}" is running when ${request.quarter} starts; there is no order to propose.`
        : `schedule "${schedule.id}" has ${running.length} layers running when ${request.quarter} starts (${running.map((l) => l.id).join(', ')}); a proposal orders one layer.`,
    );
  const layer = running[0]!;
  const span = layerSpan(layer);
  const turns = layerTurns(layer);
  let k0 = turnIndexAt(turns, span.start, window.start);
  if (turns.startOf(k0) < window.start) k0 += 1;
  if (turns.startOf(k0) >= span.end) {
    const next = schedule.layers.find((l) => layerSpan(l).start === span.end);
    throw new RosterChangeError(
      `schedule "${schedule.id}" already changes order at ${request.quarter}'s first handoff (${isoUtc(span.end)})` +
        `${next ? `: layer "${next.id}" starts there` : ''}. Edit that layer's members in rotations.yaml, or remove it ` +
        `and the end line of layer "${layer.id}" to propose again.`,
    );
  }
  const n = layer.members.length;
  const continuing = Array.from({ length: n }, (_, j) => layer.members[(k0 + j) % n]!);
  const people = new Set((policy.team?.people ?? []).map((p) => p.id));
  const changeTo = (members: string[]) =>
    planRosterChange(schedules, people, {
      schedule: schedule.id,
      layer: layer.id,
      edits: [{ kind: 'order', members, exact: true }],
      effective: { kind: 'instant', at: turns.startOf(k0) },
      now: request.now,
    });
  // The current order written as a change: the same shifts, and the new layer's turns to place.
  const placeholder = changeTo(continuing);
  const effective = placeholder.effective;
  const added = placeholder.added;
  const newTurns = layerTurns(added);
  const lastTurnEnd = (k: number) => Math.min(newTurns.startOf(k + 1), span.end);
  let count = 0;
  while (newTurns.startOf(count) < Math.min(window.end, span.end)) count++;
  const spill = { start: effective, end: lastTurnEnd(count - 1) };
  const baseWindow = quarterWindow(previousQuarter(request.quarter))!;
  const kinds = hourKinds(policy, { start: baseWindow.start, end: Math.max(window.end, spill.end) });
  const weights = weightsOf(policy);
  const weigh = (i: Interval, person: string) => weightedHours(kinds(i, person), weights);

  const base = new Map<string, number>();
  const addBase = (person: string, i: Interval) => {
    const clipped = { start: Math.max(i.start, baseWindow.start), end: Math.min(i.end, window.end) };
    if (clipped.end > clipped.start) base.set(person, (base.get(person) ?? 0) + weigh(clipped, person));
  };
  const changed = { ...policy.rotations!, schedules: placeholder.schedules };
  const timeline = buildTimeline(
    { rotations: changed, swaps: policy.swaps },
    { start: baseWindow.start, end: spill.end },
  );
  const others: Shift[] = [];
  for (const [id, shifts] of timeline.schedules)
    for (const s of shifts) {
      if (id !== schedule.id) others.push(s);
      if (id !== schedule.id || s.start < effective) addBase(s.person, s);
    }
  const pieces: Interval[][] = Array.from({ length: count }, () => []);
  const target = placeholder.schedules.find((s) => s.id === schedule.id)!;
  for (const s of rotationShifts(target, spill))
    if (s.layer === added.id) pieces[turnIndexAt(newTurns, effective, s.start)]?.push(s);
    else if (s.start >= effective) addBase(s.person, s);
  // turnWeights[p][k]: turn k's weight if continuing[p] takes it.
  const turnWeights = continuing.map((person) => pieces.map((list) => list.reduce((h, i) => h + weigh(i, person), 0)));
  const weightOf = (person: string, k: number) => turnWeights[continuing.indexOf(person)]![k]!;

  const { absences } = absencesOf(policy);
  const ownShifts = timeline.schedules.get(schedule.id) ?? [];
  const seam = ownShifts.find((s) => s.start < effective && s.end >= effective)?.person;
  const reasonFor = blockReasons(pieces, absences, others, n > 1 ? seam : undefined);
  const answer = bestTurnOrder({
    people: continuing,
    turnWeights,
    base: continuing.map((p) => base.get(p) ?? 0),
    blocked: (p, k) => reasonFor(continuing[p]!, k) !== undefined,
  });
  if (!answer.feasible)
    throw new RosterChangeError(
      `no order of layer "${layer.id}" keeps everyone off the turns they may not take in ${request.quarter}: ` +
        answer.unplaceable.map((p) => `${p} (${blockedSummary(p, count, reasonFor)})`).join('; ') +
        '. Change the leave, the other schedule, or the layer’s members first.',
    );

  const loadOf = (order: readonly string[]) => {
    const load = new Map(continuing.map((p) => [p, base.get(p) ?? 0]));
    const held = new Map(continuing.map((p) => [p, 0]));
    pieces.forEach((_, k) => {
      const p = order[k % n]!;
      load.set(p, load.get(p)! + weightOf(p, k));
      held.set(p, held.get(p)! + 1);
    });
    return { load, held };
  };
  const before = loadOf(continuing);
  const after = loadOf(answer.order);
  const spread = (load: Map<string, number>) => round(Math.max(...load.values()) - Math.min(...load.values()));
  const unchanged = answer.order.every((p, j) => p === continuing[j]);
  return {
    schedule: schedule.id,
    layer: layer.id,
    quarter: request.quarter,
    baseQuarter: previousQuarter(request.quarter),
    effective,
    weights,
    turns: pieces.map((_, k) => ({
      start: newTurns.startOf(k),
      end: lastTurnEnd(k),
      weighted: round(weightOf(answer.order[k % n]!, k)),
      weightedBefore: round(weightOf(continuing[k % n]!, k)),
      before: continuing[k % n]!,
      after: answer.order[k % n]!,
    })),
    people: continuing
      .map((person) => ({
        person,
        base: round(base.get(person) ?? 0),
        before: round(before.load.get(person)!),
        after: round(after.load.get(person)!),
        turnsBefore: before.held.get(person)!,
        turnsAfter: after.held.get(person)!,
      }))
      .sort((a, b) => (a.person < b.person ? -1 : 1)),
    spreadBefore: spread(before.load),
    spreadAfter: spread(after.load),
    conflictsBefore: pieces.flatMap((_, k) => {
      const person = continuing[k % n]!;
      const reason = reasonFor(person, k);
      return reason ? [{ turn: k, person, reason }] : [];
    }),
    ...(unchanged ? {} : { change: changeTo(answer.order) }),
  };
}

/** Why a person may not take turn k, or undefined: away, on another schedule, or back to back. */
function blockReasons(
  pieces: readonly Interval[][],
  absences: readonly Absence[],
  others: readonly Shift[],
  seam: string | undefined,
): (person: string, k: number) => string | undefined {
  const memo = new Map<string, string | undefined>();
  return (person, k) => {
    const key = `${person}\u0000${k}`;
    if (memo.has(key)) return memo.get(key);
    let reason: string | undefined;
    for (const piece of pieces[k]!) {
      const away = awayDuring(absences, person, piece);
      const busy = others.find((s) => s.person === person && s.start < piece.end && s.end > piece.start);
      reason = away
        ? `away (${away.kind}) from ${isoUtc(away.start)} to ${isoUtc(away.end)}`
        : busy
          ? `on call for "${busy.schedule}" from ${isoUtc(busy.start)} to ${isoUtc(busy.end)}`
          : undefined;
      if (reason) break;
    }
    if (!reason && k === 0 && person === seam) reason = 'holds the turn before (no back-to-back turns)';
    memo.set(key, reason);
    return reason;
  };
}

function blockedSummary(person: string, count: number, reasonFor: (p: string, k: number) => string | undefined) {
  const reasons = Array.from({ length: count }, (_, k) => reasonFor(person, k)).filter((r) => r !== undefined);
  const shown = [...new Set(reasons)].slice(0, 3);
  return `${shown.join(', ')}${reasons.length > shown.length ? ', …' : ''}`;
}

function nextQuarterAfter(now: number): string {
  const d = Temporal.Instant.fromEpochMilliseconds(now).toZonedDateTimeISO('Etc/UTC');
  const q = Math.floor((d.month - 1) / 3) + 1;
  return q === 4 ? `${d.year + 1}Q1` : `${d.year}Q${q + 1}`;
}
