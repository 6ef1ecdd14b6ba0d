/** The procedures' quarterly duties: runbook review, incident drill and access audit, kept current. */
import { Temporal } from 'temporal-polyfill';
import { fileOf } from '../model/kinds.js';
import { QUARTERLY_ITEMS } from '../model/types.js';
import type { Policy } from '../model/load.js';
import { quarterWindow } from '../reports/hours.js';
import { buildTimeline } from '../schedule/timeline.js';
import type { Interval } from '../schedule/types.js';
import { round } from '../swaps/compensation.js';
import { HOUR_MS } from '../util/time.js';
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
      for (const r of quarterTotals(p, quarterWindow(quarter)!))
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

/**
 * Each person's on-call hours in a window, as the fairness report totals them. The report also
 * splits hours into business, weekend and holiday by re-walking every window per shift, which with
 * hourly turns took seconds per quarter; the rule needs only the totals.
 */
function quarterTotals(p: Policy, window: Interval): { person: string; total: number }[] {
  const totals = new Map<string, number>();
  for (const shifts of buildTimeline(p, window).schedules.values())
    for (const s of shifts) {
      const hours = (Math.min(s.end, window.end) - Math.max(s.start, window.start)) / HOUR_MS;
      if (hours > 0) totals.set(s.person, (totals.get(s.person) ?? 0) + hours);
    }
  return [...totals].sort(([a], [b]) => (a < b ? -1 : 1)).map(([person, total]) => ({ person, total: round(total) }));
}
