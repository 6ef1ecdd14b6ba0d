/**
 * Rules over the final timeline (layers + swaps) from now to the horizon: coverage without gaps,
 * nobody on two schedules of one escalation policy at once, only trained people on call.
 */
import { fileOf } from '../model/kinds.js';
import type { Policy } from '../model/load.js';
import { missingBeforeFirstShift, TRAINING_LABELS } from '../model/training.js';
import type { Path } from '../model/source.js';
import { pending } from '../model/types.js';
import type { Shift } from '../schedule/types.js';
import { isoUtc } from '../util/time.js';
import { defineRule, type Problem } from './rule.js';

const MAX_PER_SUBJECT = 3;

/** Where a shift comes from: the swap's covering line, or the person's entry in the layer's members. */
export function originOf(policy: Policy, shift: Shift): { file: string; path: Path } {
  if (shift.source === 'swap') {
    const swap = policy.swaps.find((s) => s.id === shift.swap);
    if (swap) return { file: swap.file, path: ['covering'] };
  }
  const schedules = policy.rotations?.schedules ?? [];
  const si = schedules.findIndex((s) => s.id === shift.schedule);
  const layers = schedules[si]?.layers ?? [];
  const li = layers.findIndex((l) => l.id === shift.layer);
  const mi = layers[li]?.members.indexOf(shift.person) ?? -1;
  return {
    file: fileOf('rotations'),
    path: mi >= 0 ? ['schedules', si, 'layers', li, 'members', mi] : ['schedules', Math.max(si, 0), 'id'],
  };
}

function span(start: number, end: number): string {
  return `${isoUtc(start)} to ${isoUtc(end)}`;
}

function hours(ms: number): string {
  const h = ms / 3_600_000;
  return Number.isInteger(h) ? `${h} h` : `${h.toFixed(1)} h`;
}

export const coverageGaps = defineRule({
  id: 'schedule/coverage-gap',
  severity: 'error',
  description: 'Every instant from now to the horizon has someone on call on every schedule.',
  needs: ['rotations'],
  check(p, ctx) {
    const out: Problem[] = [];
    const { start, end } = ctx.horizon;
    const timeline = ctx.timeline();
    p.rotations.schedules.forEach((schedule, si) => {
      const gaps: [number, number][] = [];
      let cursor = start;
      for (const s of timeline.schedules.get(schedule.id) ?? []) {
        if (s.start >= end) break;
        if (s.start > cursor) gaps.push([cursor, s.start]);
        cursor = Math.max(cursor, s.end);
      }
      if (cursor < end) gaps.push([cursor, end]);
      if (gaps.length === 0) return;
      const shown = gaps.slice(0, MAX_PER_SUBJECT).map(([a, b]) => `${span(a, b)} (${hours(b - a)})`);
      out.push({
        file: fileOf('rotations'),
        path: ['schedules', si, 'id'],
        message:
          `Nobody is on call for schedule "${schedule.id}" from ${shown.join('; ')}` +
          (gaps.length > MAX_PER_SUBJECT ? `; and ${gaps.length - MAX_PER_SUBJECT} more gaps` : '') +
          '. Extend or add a layer so that every instant is covered (a layer without end runs forever).',
      });
    });
    return out;
  },
});

export const doubleRole = defineRule({
  id: 'schedule/double-role',
  severity: 'error',
  description:
    'Nobody holds two schedules that one escalation policy pages (e.g. primary and secondary) at the same time.',
  needs: ['rotations', 'escalation'],
  check(p, ctx) {
    const out: Problem[] = [];
    const timeline = ctx.timeline();
    const pairs = new Set<string>();
    for (const policy of p.escalation.policies) {
      const ids = [
        ...new Set(
          policy.rules.flatMap((r) => r.targets.map((t) => t.schedule)).filter((x): x is string => x !== undefined),
        ),
      ];
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++) pairs.add(`${ids[i]}\u0000${ids[j]}`);
    }
    const seen = new Set<string>();
    for (const pair of pairs) {
      const [a, b] = pair.split('\u0000') as [string, string];
      const overlaps = overlapsOf(timeline.schedules.get(a) ?? [], timeline.schedules.get(b) ?? [], ctx.horizon.start);
      let reported = 0;
      for (const [x, y, start, end] of overlaps) {
        // Point at the side a person can change: a swap if either side is one, else the later schedule's layer.
        const origin = y.source === 'swap' || x.source !== 'swap' ? originOf(p, y) : originOf(p, x);
        const key = `${origin.file}|${origin.path.join('.')}|${x.person}`;
        if (reported >= MAX_PER_SUBJECT || seen.has(key)) continue;
        seen.add(key);
        reported++;
        out.push({
          ...origin,
          message: `${x.person} would hold both "${a}" and "${b}" from ${span(start, end)}, so one page would reach the same person twice. Choose someone else for one of them.`,
        });
      }
    }
    return out;
  },
});

/** Pairs of shifts with the same person that overlap in time, with the overlap, from `from` on. */
function overlapsOf(a: readonly Shift[], b: readonly Shift[], from: number): [Shift, Shift, number, number][] {
  const out: [Shift, Shift, number, number][] = [];
  let j = 0;
  for (const x of a) {
    if (x.end <= from) continue;
    while (j < b.length && b[j]!.end <= x.start) j++;
    for (let k = j; k < b.length && b[k]!.start < x.end; k++) {
      const y = b[k]!;
      if (y.person !== x.person) continue;
      const start = Math.max(x.start, y.start, from);
      const end = Math.min(x.end, y.end);
      if (end > start) out.push([x, y, start, end]);
    }
  }
  return out;
}

export const trainedOnCall = defineRule({
  id: 'schedule/untrained',
  severity: 'error',
  description: 'Nobody holds a shift before completing every "Before First Shift" training item.',
  needs: ['rotations', 'team'],
  check(p, ctx) {
    const out: Problem[] = [];
    const people = new Map(p.team.people.map((x) => [x.id, x]));
    const seen = new Set<string>();
    for (const shifts of ctx.timeline().schedules.values())
      for (const s of shifts) {
        if (s.end <= ctx.horizon.start) continue;
        const person = people.get(s.person);
        // A record still to be filled in is reported once, by team/todo, not at every shift.
        if (!person || pending(person, 'training')) continue;
        const missing = missingBeforeFirstShift(person);
        if (missing.length === 0) continue;
        const origin = originOf(p, s);
        const key = `${origin.file}|${origin.path.join('.')}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          ...origin,
          message: `${s.person} is on call for "${s.schedule}" from ${isoUtc(s.start)} but has not completed: ${missing.map((m) => TRAINING_LABELS[m]).join(', ')}. Record the dates in team.yaml or choose someone trained.`,
        });
      }
    return out;
  },
});
