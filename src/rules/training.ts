/** The procedures' quarterly duties: runbook review, incident drill and access audit, kept current. */
import { Temporal } from 'temporal-polyfill';
import { fileOf } from '../model/kinds.js';
import { QUARTERLY_ITEMS } from '../model/types.js';
import { defineRule, type Problem } from './rule.js';

const LABEL = { runbook_review: 'runbook review and update', incident_drill: 'incident response drill', access_audit: 'access audit' } as const;

export const quarterlyDuties = defineRule({
  id: 'training/quarterly',
  severity: 'warning',
  description: 'Everyone in a rotation has done each quarterly duty (runbook review, incident drill, access audit) within the last three months.',
  needs: ['team', 'rotations'],
  check(p, ctx) {
    const inRotation = new Set(p.rotations.schedules.flatMap((s) => s.layers.flatMap((l) => l.members)));
    const today = Temporal.Instant.fromEpochMilliseconds(ctx.now).toZonedDateTimeISO('Etc/UTC').toPlainDate();
    const cutoff = today.subtract({ months: 3 });
    const out: Problem[] = [];
    p.team.people.forEach((person, i) => {
      if (!inRotation.has(person.id)) return;
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
