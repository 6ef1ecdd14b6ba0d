/**
 * What the rota asks of people, as issues: a handoff brief for each turn of the primary schedule
 * (with the procedures' "Start of Shift" checklist), and the quarterly duties. Pure: who, when, what.
 */
import { Temporal } from 'temporal-polyfill';
import type { Policy } from '../model/load.js';
import { QUARTERLY_ITEMS } from '../model/types.js';
import { onCallAt } from '../schedule/timeline.js';
import { inert, inertCode } from '../render/inert.js';
import { isoUtc } from '../util/time.js';

export const HANDOFF_LABEL = 'handoff-brief';
export const QUARTERLY_LABEL = 'quarterly-duty';

export interface PlannedIssue {
  key: string;
  title: string;
  body: string;
  assignees: string[];
  labels: string[];
}

const START_OF_SHIFT = [
  'Verify PagerDuty access',
  'Check current alert status',
  'Review any ongoing incidents',
  'Verify VPN/access works',
  'Check laptop battery/charger',
  'Confirm secondary contact',
];
export const END_OF_SHIFT = [
  'Handoff any active issues',
  'Update incident documentation',
  'Brief incoming on-call',
  'Update rotation calendar if swapped',
];

/** The brief for the turn of the first schedule that holds instant t. */
export function handoffBrief(
  policy: Policy,
  t: number,
): (PlannedIssue & { start: number; outgoing: string[] }) | undefined {
  const schedules = policy.rotations?.schedules ?? [];
  const at = onCallAt(policy, t);
  const lead = at.find((a) => a.schedule === schedules[0]?.id)?.shift;
  if (!lead) return undefined;
  const people = policy.team?.people ?? [];
  const person = (id: string) => people.find((p) => p.id === id);
  const holders = at.filter((a) => a.shift).map((a) => ({ schedule: a.schedule, shift: a.shift! }));
  const before = onCallAt(policy, lead.start - 1);
  const lines = holders.map(
    ({ schedule, shift }) =>
      // The holder's login is the brief's own mention; the name and the swap's file name are only text.
      `- **${schedule}**: ${inert(person(shift.person)?.name ?? shift.person, 100)} ` +
      `(@${person(shift.person)?.github ?? shift.person}) until ${isoUtc(shift.end)}` +
      (shift.source === 'swap' ? ` (swap ${inertCode(shift.swap ?? '', 100)})` : ''),
  );
  return {
    key: `handoff:${isoUtc(lead.start)}`,
    start: lead.start,
    title: `On-call handoff ${isoUtc(lead.start).slice(0, 10)}: ${holders.map(({ schedule, shift }) => `${schedule} ${person(shift.person)?.name ?? shift.person}`).join(', ')}`,
    body: [
      `On call from ${isoUtc(lead.start)}:`,
      '',
      ...lines,
      '',
      '### Start of shift',
      '',
      ...START_OF_SHIFT.map((c) => `- [ ] ${c}`),
      '',
    ].join('\n'),
    assignees: [
      ...new Set(holders.map(({ shift }) => person(shift.person)?.github).filter((g): g is string => Boolean(g))),
    ],
    labels: [HANDOFF_LABEL],
    outgoing: [
      ...new Set(
        before
          .map((b) => (b.shift ? person(b.shift.person)?.github : undefined))
          .filter((g): g is string => Boolean(g)),
      ),
    ],
  };
}

const DUTY = {
  runbook_review: 'Runbook review and update',
  incident_drill: 'Incident response drill',
  access_audit: 'Access audit',
} as const;

/** One issue per quarterly duty, assigned in turn to the engineers in rotation. */
export function quarterlyDuties(policy: Policy, t: number): PlannedIssue[] {
  const day = Temporal.Instant.fromEpochMilliseconds(t).toZonedDateTimeISO('Etc/UTC').toPlainDate();
  const quarter = `${day.year}Q${Math.floor((day.month - 1) / 3) + 1}`;
  const index = day.year * 4 + Math.floor((day.month - 1) / 3);
  const members = [
    ...new Set((policy.rotations?.schedules ?? []).flatMap((s) => s.layers.flatMap((l) => l.members))),
  ].sort();
  const people = policy.team?.people ?? [];
  return QUARTERLY_ITEMS.map((item, i) => {
    const owner = people.find((p) => p.id === members[(index + i) % Math.max(1, members.length)]);
    return {
      key: `quarterly:${quarter}:${item}`,
      title: `${DUTY[item]} — ${quarter}`,
      body: `The procedures ask for this every quarter. When it is done, record the date in \`oncall/team.yaml\` (\`training.quarterly.${item}\`) for everyone who took part, then close this issue.`,
      assignees: owner?.github ? [owner.github] : [],
      labels: [QUARTERLY_LABEL],
    };
  });
}
