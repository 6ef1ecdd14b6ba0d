/**
 * A roster change that keeps the rotation: the changed layer ends at a handoff and a new layer with
 * the new members starts there, so turns already given out stay where they are. Editing a running
 * layer's members instead recomputes every turn from its start and moves everyone (PagerDuty's
 * "reset"). Pure: plain schedules in, the new layers out; the CLI and `rotation propose` write them.
 *
 * Who takes the new layer's first turn:
 * - add / remove: the cycle continues. The first turn goes to the member who follows, in the new
 *   order, the last person to hold a turn before the change. An added member takes the slot where
 *   they are inserted and those after them come one turn later; a removed member's turns close up,
 *   those after them come one turn earlier.
 * - order: of the new order's rotations, the one that leaves the most people's next turn where it
 *   was; never one that gives the first turn to whoever held the last (no back-to-back turns at the
 *   seam); on a tie, the cycle continues as above.
 */
import { Temporal } from 'temporal-polyfill';
import type { Layer, Schedule } from '../model/types.js';
import { layerSpan, layerTurns, turnIndexAt, turnLength, type Turns } from '../schedule/layers.js';
import { isoUtc, parseLocalDateTime, zoned } from '../util/time.js';

export type RosterEdit =
  | {
      kind: 'add';
      person: string;
      /** 1-based place in the layer's members as listed; default last. */ position?: number;
    }
  | { kind: 'remove'; person: string }
  | {
      kind: 'order';
      members: string[];
      /** members[0] takes the first turn, as given (a proposal places each turn); else see the header. */
      exact?: boolean;
    };

export type Effective = { kind: 'next-handoff' } | { kind: 'after-rotation' } | { kind: 'instant'; at: number };

export interface RosterChangeRequest {
  schedule: string;
  /** The layer's id; needed only when the schedule has more than one layer still running. */
  layer?: string;
  edits: RosterEdit[];
  effective: Effective;
  now: number;
}

export interface RosterChange {
  schedule: string;
  /** Index in the schedule's layers of the layer that ends. */
  layerIndex: number;
  /** The instant the new layer takes over (a handoff of the old one). */
  effective: number;
  /** The old layer with its new end. */
  ended: Layer;
  /** The new layer, listed right after the old one. */
  added: Layer;
  /** The schedules with the change made. */
  schedules: Schedule[];
}

/** Bad input, worded for the person who gave it. */
export class RosterChangeError extends Error {}

export function planRosterChange(
  schedules: readonly Schedule[],
  people: ReadonlySet<string>,
  request: RosterChangeRequest,
): RosterChange {
  const schedule = schedules.find((s) => s.id === request.schedule);
  if (!schedule)
    throw new RosterChangeError(
      `no schedule "${request.schedule}" in oncall/rotations.yaml; the schedules are ${schedules.map((s) => s.id).join(', ')}.`,
    );
  const layerIndex = pickLayer(schedule, request);
  const layer = schedule.layers[layerIndex]!;
  const members = newOrder(layer, people, request.edits);
  const turns = layerTurns(layer);
  const k0 = effectiveTurn(layer, turns, request);
  const effective = turns.startOf(k0);
  const local = handoffLocal(layer, k0, effective);
  const prev = lastHolderBefore(layer.members, k0, members);
  const only = request.edits.length === 1 ? request.edits[0] : undefined;
  const first =
    only?.kind === 'order'
      ? only.exact
        ? 0
        : bestRotation(layer.members, k0, members, prev)
      : (members.indexOf(prev!) + 1) % members.length;
  const taken = new Set(schedule.layers.flatMap((l) => [l.id, l.name ?? l.id]));
  const date = local.slice(0, 10);
  const id = unique(`${trimTo(layer.id.replace(/-\d{4}-\d{2}-\d{2}(-\d+)?$/, ''), 52)}-${date}`, taken, '-');
  const baseName = (layer.name ?? layer.id).replace(/ from \d{4}-\d{2}-\d{2}( \(\d+\))?$/, '');
  const ended: Layer = { ...layer, end: local };
  const added: Layer = {
    ...withoutEnd(layer),
    id,
    ...(layer.name !== undefined ? { name: unique(`${baseName} from ${date}`, taken, ' ') } : {}),
    start: local,
    ...(layer.end !== undefined ? { end: layer.end } : {}),
    members: [...members.slice(first), ...members.slice(0, first)],
  };
  const layers = [...schedule.layers.slice(0, layerIndex), ended, added, ...schedule.layers.slice(layerIndex + 1)];
  return {
    schedule: schedule.id,
    layerIndex,
    effective,
    ended,
    added,
    schedules: schedules.map((s) => (s === schedule ? { ...s, layers } : s)),
  };
}

function pickLayer(schedule: Schedule, request: RosterChangeRequest): number {
  const ids = schedule.layers.map((l) => l.id);
  if (request.layer !== undefined) {
    const i = ids.indexOf(request.layer);
    if (i < 0)
      throw new RosterChangeError(
        `schedule "${schedule.id}" has no layer "${request.layer}"; its layers are ${ids.join(', ')}.`,
      );
    return i;
  }
  const running = schedule.layers
    .map((l, i) => ({ i, span: layerSpan(l) }))
    .filter(({ span }) => span.end > request.now);
  if (running.length === 1) return running[0]!.i;
  throw new RosterChangeError(
    running.length === 0
      ? `every layer of schedule "${schedule.id}" has ended; there is no rotation to change.`
      : `schedule "${schedule.id}" has ${running.length} layers still running (${running.map(({ i }) => ids[i]).join(', ')}); say which with --layer.`,
  );
}

function newOrder(layer: Layer, people: ReadonlySet<string>, edits: readonly RosterEdit[]): string[] {
  const known = (p: string) => {
    if (!people.has(p)) throw new RosterChangeError(`no person "${p}" in oncall/team.yaml; add them there first.`);
  };
  if (edits.length === 0) throw new RosterChangeError('nothing to change: give --add, --remove or --order.');
  if (edits.some((e) => e.kind === 'order') && edits.length > 1)
    throw new RosterChangeError('--order gives the whole new order; give it alone, without --add or --remove.');
  let members = [...layer.members];
  for (const e of edits) {
    if (e.kind === 'order') {
      e.members.forEach(known);
      const missing = members.filter((m) => !e.members.includes(m));
      const extra = e.members.filter((m) => !members.includes(m));
      if (missing.length || extra.length || new Set(e.members).size !== e.members.length)
        throw new RosterChangeError(
          `--order must list each member of layer "${layer.id}" once (${members.join(', ')})` +
            `${missing.length ? `; missing ${missing.join(', ')}` : ''}${extra.length ? `; not members: ${extra.join(', ')} (use --add)` : ''}.`,
        );
      members = [...e.members];
    } else if (e.kind === 'add') {
      known(e.person);
      if (members.includes(e.person))
        throw new RosterChangeError(`${e.person} is already a member of layer "${layer.id}".`);
      const at = e.position ?? members.length + 1;
      if (!Number.isInteger(at) || at < 1 || at > members.length + 1)
        throw new RosterChangeError(
          `--add ${e.person}@${at}: the place must be 1 to ${members.length + 1} (the layer has ${members.length} members).`,
        );
      members.splice(at - 1, 0, e.person);
    } else {
      known(e.person);
      if (!members.includes(e.person))
        throw new RosterChangeError(
          `${e.person} is not a member of layer "${layer.id}" (its members: ${members.join(', ')}).`,
        );
      if (members.length === 1)
        throw new RosterChangeError(`${e.person} is the last member of layer "${layer.id}"; a layer needs one.`);
      members = members.filter((m) => m !== e.person);
    }
  }
  return members;
}

function effectiveTurn(layer: Layer, turns: Turns, request: RosterChangeRequest): number {
  const span = layerSpan(layer);
  const { now, effective } = request;
  const current = now < span.start ? -1 : turnIndexAt(turns, span.start, now);
  const n = layer.members.length;
  let k: number;
  if (effective.kind === 'next-handoff') k = Math.max(current + 1, 1);
  else if (effective.kind === 'after-rotation') k = Math.max((Math.floor(current / n) + 1) * n, n);
  else {
    const at = effective.at;
    if (at <= now)
      throw new RosterChangeError(
        `--effective ${isoUtc(at)} has passed: a roster change moves turns still to come. Give an instant after ${isoUtc(now)}.`,
      );
    if (at <= span.start)
      throw new RosterChangeError(
        `layer "${layer.id}" starts at ${isoUtc(span.start)}, not before ${isoUtc(at)}: change its members in rotations.yaml directly.`,
      );
    k = turnIndexAt(turns, span.start, at);
    if (turns.startOf(k) !== at) {
      const next = Math.max(k + 1, 1);
      throw new RosterChangeError(
        `--effective ${isoUtc(at)} is not a handoff of layer "${layer.id}": a turn would be cut in two. ` +
          `The nearest handoffs are ${k >= 1 ? `${isoUtc(turns.startOf(k))} and ` : ''}${isoUtc(turns.startOf(next))}.`,
      );
    }
  }
  const at = turns.startOf(k);
  if (at >= span.end)
    throw new RosterChangeError(
      `layer "${layer.id}" ends at ${isoUtc(span.end)}, before the change would take effect (${isoUtc(at)}).`,
    );
  return k;
}

/** The handoff's wall-clock time as rotations.yaml writes it, reading back to exactly that instant. */
function handoffLocal(layer: Layer, k: number, at: number): string {
  const { unit, count } = turnLength(layer.turn_length);
  // Days and weeks step the wall clock: the nominal time, even where a skipped hour moved the instant.
  const wall: Temporal.PlainDateTime =
    unit === 'hours'
      ? Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(layer.time_zone).toPlainDateTime()
      : parseLocalDateTime(layer.start).add({ [unit]: count * k });
  const text = wall.toString({ smallestUnit: wall.second === 0 ? 'minute' : 'second' });
  if (zoned(text, layer.time_zone).epochMilliseconds !== at)
    throw new RosterChangeError(
      `the handoff at ${isoUtc(at)} is the second ${text} in ${layer.time_zone} (clocks went back); ` +
        `rotations.yaml cannot name it. Choose another handoff.`,
    );
  return text;
}

/** The last person before turn k who is still in the new order (the cycle continues after them). */
function lastHolderBefore(old: readonly string[], k: number, members: readonly string[]): string | undefined {
  const n = old.length;
  for (let j = 1; j <= n; j++) {
    const p = old[(((k - j) % n) + n) % n]!;
    if (members.includes(p)) return p;
  }
  return undefined;
}

/** The rotation of `members` (index of its first) keeping the most next turns; see the header. */
function bestRotation(old: readonly string[], k: number, members: readonly string[], prev?: string): number {
  const n = old.length;
  const oldNext = new Map<string, number>();
  for (let j = n - 1; j >= 0; j--) oldNext.set(old[(k + j) % n]!, j);
  const continuing = (members.indexOf(prev!) + 1) % members.length;
  let best = continuing;
  let bestKept = -1;
  for (let r = 0; r < members.length; r++) {
    if (members.length > 1 && members[r] === prev) continue;
    let kept = 0;
    members.forEach((p, i) => (kept += oldNext.get(p) === (i - r + members.length) % members.length ? 1 : 0));
    if (kept > bestKept || (kept === bestKept && r === continuing)) [best, bestKept] = [r, kept];
  }
  return best;
}

function withoutEnd(layer: Layer): Layer {
  const { end: _end, ...rest } = layer;
  return rest;
}

function trimTo(text: string, length: number): string {
  return text.slice(0, length).replace(/-+$/, '');
}

function unique(text: string, taken: ReadonlySet<string>, sep: string): string {
  if (!taken.has(text)) return text;
  for (let n = 2; ; n++) {
    const candidate = sep === ' ' ? `${text} (${n})` : `${text}${sep}${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
