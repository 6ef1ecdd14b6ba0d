/**
 * The policy says what the team's procedures say: the tables of on-call-procedures.md, read from
 * the document itself, against oncall/*.yaml.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findingsOf, repoPolicyFiles } from './helpers/policy.js';
import { sharedFile } from './helpers/shared.js';
import { validatePolicy } from '../src/validate/index.js';

const docPath = sharedFile('seed/on-call-procedures.md');
const doc = docPath ? readFileSync(docPath, 'utf8') : '';
const { policy } = validatePolicy(repoPolicyFiles());

/** The rows of the first markdown table after a heading, as arrays of trimmed cells. */
function table(heading: string): string[][] {
  const start = doc.indexOf(heading);
  if (start < 0) throw new Error(`no "${heading}" in the procedures`);
  const lines = doc.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const l of lines.slice(first)) {
    if (!l.startsWith('|')) break;
    rows.push(
      l
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  }
  return rows.slice(2); // header and separator
}

const personByName = (name: string) => policy.team!.people.find((p) => p.name === name)?.id;

describe.skipIf(!docPath)('oncall/ transcribes on-call-procedures.md', () => {
  it('has no findings', () => {
    expect(findingsOf(repoPolicyFiles())).toEqual([]);
  });

  it('rotation: weeks 1–4 of the table, primary and secondary, in weekly turns from one Sunday 10:00 UTC', () => {
    const rows = table('### Rotation Schedule');
    expect(rows).toHaveLength(4);
    const [primary, secondary] = ['primary', 'secondary'].map((id) =>
      policy.rotations!.schedules.find((s) => s.id === id)!,
    );
    for (const [n, row] of rows.entries()) {
      expect(row[0]).toBe(`Week ${n + 1}`);
      for (const [schedule, name] of [
        [primary!, row[1]!],
        [secondary!, row[2]!],
      ] as const) {
        const layer = schedule.layers[0]!;
        expect(layer.members[n % layer.members.length], `${schedule.id} week ${n + 1}`).toBe(personByName(name));
      }
    }
    expect(doc).toContain('**Rotation changes**: Sundays at 10:00 AM UTC');
    for (const s of [primary!, secondary!]) {
      const layer = s.layers[0]!;
      expect(layer).toMatchObject({ time_zone: 'Etc/UTC', turn_length: { weeks: 1 } });
      expect(new Date(`${layer.start}:00Z`).getUTCDay()).toBe(0); // a Sunday
      expect(layer.start.slice(11)).toBe('10:00');
    }
  });

  it('services: the five PagerDuty services with their descriptions and severities', () => {
    const rows = table('### PagerDuty Services');
    expect(policy.services!.services.map((s) => [s.id, s.description, Object.keys(s.urgency).join('/')])).toEqual(
      rows.map((r) => [r[0], r[1], r[2]]),
    );
  });

  it('severities: P0–P3 with criteria and action', () => {
    const rows = table('### Step 2: Assess Severity');
    expect(policy.severities!.severities.map((s) => [`**${s.id}**`, s.criteria, s.action])).toEqual(rows);
  });

  it('coverage: business hours Mon–Fri 9am–6pm and the response times per window', () => {
    const rows = table('### Coverage Hours');
    expect(rows[0]).toEqual(['Business Hours', 'Mon-Fri 9am-6pm', '15 minutes (P0), 1 hour (P1)']);
    expect(rows[1]).toEqual(['After Hours', 'All other times', '30 minutes (P0), 4 hours (P1)']);
    const c = policy.coverage!;
    expect(c.business_hours).toEqual({
      days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      start: '09:00',
      end: '18:00',
    });
    expect(c.response_minutes).toEqual({
      P0: { business_hours: 15, after_hours: 30 },
      P1: { business_hours: 60, after_hours: 240 },
    });
  });

  it('escalation: primary 15 min → secondary 15 min → engineering manager → CTO, as both routing and path say', () => {
    const [policyRules] = policy.escalation!.policies.map((p) => p.rules);
    expect(policyRules!.map((r) => r.targets)).toEqual([
      [{ schedule: 'primary' }],
      [{ schedule: 'secondary' }],
      [{ person: 'eng-manager' }],
      [{ person: 'cto' }],
    ]);
    expect(policyRules!.slice(0, 2).map((r) => r.escalation_delay_minutes)).toEqual([15, 15]);
    const path = table('### Escalation Path');
    expect(path.map((r) => r[1])).toEqual(['Primary On-Call', 'Secondary On-Call', 'Engineering Manager', 'CTO']);
    expect(path[2]![2]).toBe('30 min no response');
    expect(policyRules![0]!.escalation_delay_minutes + policyRules![1]!.escalation_delay_minutes).toBe(30);
    expect(policy.contacts!.escalation_path.levels.map((l) => l.when)).toEqual(path.map((r) => r[2]));
  });

  it('contacts: the external services of the emergency contacts table', () => {
    const rows = table('### External Services');
    expect(policy.contacts!.external.map((e) => [e.name, e.issue_type])).toEqual(rows.map((r) => [r[0], r[2]]));
  });

  it('training: every "Before First Shift" and "Quarterly" item has a field in the roster', () => {
    const before = doc.slice(doc.indexOf('### Before First Shift'), doc.indexOf('### Quarterly')).match(/- \[ \]/g);
    expect(before).toHaveLength(6);
    for (const p of policy.team!.people.filter((x) => x.role === 'engineer')) {
      expect(Object.keys(p.training?.before_first_shift ?? {})).toHaveLength(6);
      expect(Object.keys(p.training?.quarterly ?? {})).toHaveLength(3);
    }
  });
});
