/** The procedures' quarterly duties: runbook review, incident drill and access audit, kept current. */
import { Temporal } from 'temporal-polyfill';
import { fileOf } from '../model/kinds.js';
import { pending, QUARTERLY_ITEMS } from '../model/types.js';
import { fairness, quarterWindow } from '../reports/hours.js';
import { defineRule, type Problem } from './rule.js';

const LABEL = {
  runbook_review: 'runbook review and update',
  incident_drill: 'incident response drill',
  access_audit: 'access audit',
} as const;

export const quarterlyDuties = defineRule({
  id: 'training/quarterly',
  severity: 'warning',
  description:
    'Everyone in a rotation has done each quarterly duty (runbook review, incident drill, access audit) within the last three months.',
  needs: ['team', 'rotations'],
  check(p, ctx) {
    const inRotation = new Set(p.rotations.schedules.flatMap((s) => s.layers.flatMap((l) => l.members)));
    const today = Temporal.Instant.fromEpochMilliseconds(ctx.now).toZonedDateTimeISO('Etc/UTC').toPlainDate();
    const cutoff = today.subtract({ months: 3 });
    const out: Problem[] = [];
    p.team.people.forEach((person, i) => {
      if (!inRotation.has(person.id) || pending(person, 'training')) return;
      for (const item of QUARTERLY_ITEMS) {
        const done = person.training?.quarterly?.[item];
        if (done && Temporal.PlainDate.compare(Temporal.PlainDate.from(done), cutoff) >= 0) continue;
        out.push({
          file: fileOf('team'),
          path: done ? ['people', i, 'training', 'quarterly', item] : ['people', i],
          message: done
            ? `${person.id}'s last ${LABEL[item]} was ${done}, more than a quarter ago (before ${cutoff.toString()}). Do it and record the date.`
            : `${person.id} has no ${LABEL[item]} on record; the procedures ask for one every quarter. Record training.quarterly.${item}.`,
        });
      }
    });
    return out;
  },
});

export const quarterLoad = defineRule({
  id: 'fairness/quarter-hours',
  severity: 'warning',
  description: 'Nobody holds more on-call hours in a quarter (this one or the next) than compensation.yaml allows.',
  needs: ['rotations', 'compensation'],
  check(p, ctx) {
    const limit = p.compensation.fairness?.max_hours_per_quarter;
    if (!limit) return [];
    const out: Problem[] = [];
    const day = Temporal.Instant.fromEpochMilliseconds(ctx.now).toZonedDateTimeISO('Etc/UTC').toPlainDate();
    for (const offset of [0, 3]) {
      const d = day.add({ months: offset });
      const quarter = `${d.year}Q${Math.floor((d.month - 1) / 3) + 1}`;
      for (const r of fairness(p, quarterWindow(quarter)!))
        if (r.total > limit) {
          const i = p.team?.people.findIndex((x) => x.id === r.person) ?? -1;
          out.push({
            file: i >= 0 ? fileOf('team') : fileOf('compensation'),
            path: i >= 0 ? ['people', i, 'id'] : ['fairness', 'max_hours_per_quarter'],
            message: `${r.person} would hold ${r.total} on-call hours in ${quarter}, above the ${limit} allowed (compensation.yaml). Share the load: change the rotation or the swaps.`,
          });
        }
    }
    return out;
  },
});
