/**
 * What a pull request does to who is on call: the base and head timelines compared from now on,
 * whatever file caused the difference (a swap file, a layer's members, order, restrictions or end, a
 * new layer, a team change). Judging the effect and not the file is what keeps a rotation edit from
 * moving someone's shift without the notice and consent a swap file needs.
 */
import { createHash } from 'node:crypto';
import type { Policy } from '../model/load.js';
import { layerTurns } from '../schedule/layers.js';
import { buildTimeline, type Timeline } from '../schedule/timeline.js';
import type { Interval, Shift } from '../schedule/types.js';
import { DAY_MS } from '../util/time.js';

/** One stretch of one schedule whose holder differs between base and head. */
export interface ShiftChange extends Interval {
  schedule: string;
  /** Who holds it on the base branch; undefined when nobody does (a gap). */
  loses?: string;
  /** Who holds it with the PR; undefined when nobody would (a new gap). */
  gains?: string;
  /** The stretch had begun when the PR was judged: its start is `now`, not its real start. */
  begun: boolean;
  /** Stable over runs: the same stretch and people give the same key. */
  key: string;
}

/** How far ahead changes are looked for: the same bound as a swap's start (swap/too-far-ahead). */
export const CHANGE_HORIZON_MS = 2 * 366 * DAY_MS;

/**
 * Beyond this many turns across both timelines the comparison is refused, not attempted: a head
 * rotations.yaml with hourly turns on hundreds of layers must not make a privileged job run for minutes.
 */
export const MAX_TURNS = 400_000;

/**
 * Beyond this many changed stretches the PR is refused, not judged: each is checked against the
 * others (pay-period pairs, the swaps behind it), and hourly turns reordered over two years make
 * tens of thousands. A daily rotation reordered for two years is about 1,500.
 */
export const MAX_CHANGES = 2_000;

export function changeWindow(now: number): Interval {
  return { start: now, end: now + CHANGE_HORIZON_MS };
}

/** Turns the timelines of a policy would hold in a window, counted before any is computed. */
export function estimatedTurns(policy: Pick<Policy, 'rotations'>, window: Interval): number {
  let turns = 0;
  for (const s of policy.rotations?.schedules ?? [])
    for (const l of s.layers) turns += Math.ceil((window.end - window.start) / layerTurns(l).nominalMs) + 2;
  return turns;
}

/** A timeline over the change window, or undefined when computing it would exceed the bound. */
export function boundedTimeline(policy: Policy, window: Interval, budget = MAX_TURNS): Timeline | undefined {
  if (estimatedTurns(policy, window) > budget) return undefined;
  return buildTimeline(policy, window);
}

export function changeKey(c: Pick<ShiftChange, 'schedule' | 'start' | 'end' | 'loses' | 'gains'>): string {
  const text = JSON.stringify([c.schedule, c.start, c.end, c.loses ?? null, c.gains ?? null]);
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/**
 * Every stretch from `window.start` on where base and head disagree on who is on call, per schedule
 * in the head's order (then base-only schedules), adjacent stretches with the same people joined.
 */
export function shiftChanges(base: Timeline, head: Timeline, window: Interval): ShiftChange[] {
  const ids = [...new Set([...head.schedules.keys(), ...base.schedules.keys()])];
  const out: ShiftChange[] = [];
  for (const schedule of ids) {
    const before = base.schedules.get(schedule) ?? [];
    const after = head.schedules.get(schedule) ?? [];
    let open: Omit<ShiftChange, 'key'> | undefined;
    const flush = () => {
      if (open) out.push({ ...open, key: changeKey(open) });
      open = undefined;
    };
    for (const piece of pieces(before, after, window)) {
      if (piece.base === piece.head) {
        flush();
        continue;
      }
      if (open && open.end === piece.start && open.loses === piece.base && open.gains === piece.head) {
        open.end = piece.end;
        continue;
      }
      flush();
      open = {
        schedule,
        start: piece.start,
        end: piece.end,
        ...(piece.base !== undefined ? { loses: piece.base } : {}),
        ...(piece.head !== undefined ? { gains: piece.head } : {}),
        begun: piece.start === window.start && piece.begunBefore,
      };
    }
    flush();
  }
  return out;
}

interface Piece extends Interval {
  base?: string;
  head?: string;
  /** Both sides' holders at the window's start were already holding before it. */
  begunBefore: boolean;
}

/** The window cut at every shift boundary of either side, with each side's holder. */
function pieces(before: readonly Shift[], after: readonly Shift[], window: Interval): Piece[] {
  const cuts = new Set<number>([window.start, window.end]);
  for (const s of [...before, ...after]) {
    if (s.start > window.start && s.start < window.end) cuts.add(s.start);
    if (s.end > window.start && s.end < window.end) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  let i = 0;
  let j = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k]!;
    const end = points[k + 1]!;
    while (i < before.length && before[i]!.end <= start) i++;
    while (j < after.length && after[j]!.end <= start) j++;
    const b = before[i] && before[i]!.start <= start ? before[i] : undefined;
    const h = after[j] && after[j]!.start <= start ? after[j] : undefined;
    const begunBefore = (b?.start ?? start) < start || (h?.start ?? start) < start;
    out.push({ start, end, base: b?.person, head: h?.person, begunBefore });
  }
  return out;
}

/**
 * Whether a timeline gives the change's stretch to the person it gains, whole: the test of whether
 * a change, as it now reads, was already in an earlier head of the pull request.
 */
export function holds(timeline: Timeline, change: ShiftChange): boolean {
  const shifts = timeline.schedules.get(change.schedule) ?? [];
  let cursor = change.start;
  for (const s of shifts) {
    if (s.end <= cursor) continue;
    if (s.start > cursor) break; // a gap in the timeline before the stretch is covered
    if (s.person !== change.gains) return false;
    cursor = s.end;
    if (cursor >= change.end) return true;
  }
  // Nobody on call over what is left: only a change that gains nobody is held by a gap.
  return change.gains === undefined && !shifts.some((s) => s.start < change.end && s.end > cursor);
}
