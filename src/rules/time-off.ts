/**
 * Declared time off: files that say something readable about someone on the roster, and nobody on
 * call while away ("find coverage at least 48 hours in advance" — the swap check then judges the
 * cover like any swap). A shift a swap gave someone is reported at the swap's covering line, since
 * the swap is what to change; a rotation turn, at the period, with the command that finds cover.
 */
import { absencesOf } from '../schedule/time-off.js';
import type { Shift } from '../schedule/types.js';
import { isoUtc } from '../util/time.js';
import { defineRule, type Problem } from './rule.js';

const KIND_WORDS = { leave: 'leave', 'public-holiday': 'a public holiday', training: 'training', other: 'time off' };

export const timeOffPeriods = defineRule({
  id: 'time-off/period',
  severity: 'error',
  description:
    'Each time-off file is named after a person in team.yaml, and each period is real and ends after it starts.',
  needs: ['team'],
  check: (p) => absencesOf(p).problems,
});

export const onLeave = defineRule({
  id: 'schedule/on-leave',
  severity: 'error',
  description: 'Nobody is on call, after swaps, during their declared time off (from now to the horizon).',
  needs: ['team', 'rotations'],
  check(p, ctx) {
    const { absences } = absencesOf(p);
    if (absences.length === 0) return [];
    const byPerson = new Map<string, Shift[]>();
    for (const shifts of ctx.timeline().schedules.values())
      for (const s of shifts) byPerson.set(s.person, [...(byPerson.get(s.person) ?? []), s]);
    const out: Problem[] = [];
    const seen = new Set<string>();
    for (const a of absences) {
      const from = Math.max(a.start, ctx.horizon.start);
      const until = Math.min(a.end, ctx.horizon.end);
      if (from >= until) continue;
      for (const s of byPerson.get(a.person) ?? []) {
        const start = Math.max(s.start, from);
        const end = Math.min(s.end, until);
        if (end <= start) continue;
        const swap = s.source === 'swap' ? p.swaps.find((x) => x.id === s.swap) : undefined;
        const at = swap
          ? { file: swap.file, path: ['covering'] }
          : { file: a.file, path: ['periods', a.index, 'start'] };
        const key = `${at.file}|${a.index}|${s.schedule}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const what = `${a.person} is on call for "${s.schedule}" from ${isoUtc(start)} to ${isoUtc(end)}, during their declared ${KIND_WORDS[a.kind]} (${a.file}, period ${a.index + 1})`;
        out.push({
          ...at,
          message: swap
            ? `${what}, because swap ${swap.id} makes them cover it. Choose someone who is not away: npx oncall cover --schedule ${s.schedule} --at ${isoUtc(start)} --until ${isoUtc(end)} --from ${a.person}`
            : `${what}. Find cover and propose the swap: npx oncall cover --schedule ${s.schedule} --at ${isoUtc(start)} --until ${isoUtc(end)} --from ${a.person}`,
        });
      }
    }
    return out;
  },
});
