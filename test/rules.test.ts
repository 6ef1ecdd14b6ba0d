/**
 * Each rule of `oncall validate`: silent on the repository's own policy, and firing at the right
 * file and line when one line of it is broken.
 */
import { describe, expect, it } from 'vitest';
import type { RawFile } from '../src/model/load.js';
import { RULES } from '../src/rules/index.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { edit, findingsOf, lineOf, REPO_ROOT, repoPolicyFiles, textOf, withFile } from './helpers/policy.js';

const base = repoPolicyFiles();

interface Case {
  rule: string;
  file: string;
  from: string;
  to: string;
  /** Where the finding must point when it is not the edited line (file and line). */
  at?: (files: RawFile[]) => string;
  message: RegExp;
  /** Other rules the same edit rightly trips (a renamed id is also an unknown reference elsewhere). */
  also?: string[];
}

const CASES: Case[] = [
  {
    rule: 'identity/unique-id',
    file: 'oncall/team.yaml',
    from: '  - id: engineer-b\n',
    to: '  - id: engineer-a\n',
    message: /person id "engineer-a" is used twice/,
    also: ['reference/unknown-person'],
  },
  {
    rule: 'identity/unique-id',
    file: 'oncall/services.yaml',
    from: '  - id: edustream-general\n',
    to: '  - id: edustream-database\n',
    message: /service id "edustream-database" is used twice/,
  },
  {
    rule: 'identity/unique-account',
    file: 'oncall/team.yaml',
    from: 'github: edustream-eng-c',
    to: 'github: EduStream-Eng-A',
    message: /GitHub login "edustream-eng-a" is used twice/,
  },
  {
    rule: 'identity/unique-account',
    file: 'oncall/team.yaml',
    from: 'email: engineer-d@example.com',
    to: 'email: Engineer-B@example.com',
    message: /email "engineer-b@example.com" is used twice/,
  },
  {
    rule: 'reference/unknown-person',
    file: 'oncall/team.yaml',
    from: '    manager: cto\n',
    to: '    manager: ceo\n',
    message: /Unknown person "ceo".*Did you mean "cto"\?/,
  },
  {
    rule: 'reference/unknown-person',
    file: 'oncall/rotations.yaml',
    from: 'members: [engineer-a, engineer-b, engineer-c, engineer-d]',
    to: 'members: [engineer-a, engineer-b, engineer-c, engineer-e]',
    message: /Unknown person "engineer-e"/,
  },
  {
    rule: 'reference/unknown-person',
    file: 'oncall/escalation.yaml',
    from: '          - person: eng-manager\n',
    to: '          - person: em\n',
    message: /Unknown person "em"/,
    also: ['contacts/path-matches-policy'],
  },
  {
    rule: 'reference/unknown-schedule',
    file: 'oncall/escalation.yaml',
    from: '          - schedule: secondary\n',
    to: '          - schedule: secundary\n',
    message: /Unknown schedule "secundary".*Did you mean "secondary"\?/,
    also: ['contacts/path-matches-policy', 'escalation/unused-schedule'],
  },
  {
    rule: 'reference/unknown-policy',
    file: 'oncall/services.yaml',
    from: '    description: Non-critical alerts\n    escalation_policy: edustream-engineering\n',
    to: '    description: Non-critical alerts\n    escalation_policy: edustream-eng\n',
    at: (f) => `oncall/services.yaml:${lineOf(f, 'oncall/services.yaml', 'escalation_policy: edustream-eng\n')}`,
    message: /Unknown escalation policy "edustream-eng"/,
  },
  {
    rule: 'reference/unknown-policy',
    file: 'oncall/contacts.yaml',
    from: '  policy: edustream-engineering\n',
    to: '  policy: default\n',
    message: /Unknown escalation policy "default"/,
  },
  {
    rule: 'reference/unknown-severity',
    file: 'oncall/services.yaml',
    from: '      P2: low\n',
    to: '      P4: low\n',
    message: /Unknown severity "P4"/,
  },
  {
    rule: 'reference/unknown-severity',
    file: 'oncall/coverage.yaml',
    from: '  P1:\n',
    to: '  P9:\n',
    message: /Unknown severity "P9"/,
    also: ['coverage/response-target'],
  },
  {
    rule: 'team/manager-required',
    file: 'oncall/team.yaml',
    from: '    role: engineer\n    manager: eng-manager\n    training:\n      before_first_shift:\n        training_session: 2025-09-01\n        shadow_shift: 2025-09-28',
    to: '    role: engineer\n    training:\n      before_first_shift:\n        training_session: 2025-09-01\n        shadow_shift: 2025-09-28',
    at: (f) => `oncall/team.yaml:${lineOf(f, 'oncall/team.yaml', '  - id: engineer-d')}`,
    message: /Engineer "engineer-d" has no manager/,
  },
  {
    // A manager still to be filled in is a warning at its todo line, not team/manager-required.
    rule: 'team/todo',
    file: 'oncall/team.yaml',
    from: '    role: engineer\n    manager: eng-manager\n    training:\n      before_first_shift:\n        training_session: 2025-09-01\n        shadow_shift: 2025-09-28',
    to: '    role: engineer\n    todo: [manager]\n    training:\n      before_first_shift:\n        training_session: 2025-09-01\n        shadow_shift: 2025-09-28',
    at: (f) => `oncall/team.yaml:${lineOf(f, 'oncall/team.yaml', '    todo: [manager]')}`,
    message: /"engineer-d" has no manager yet \(todo\).*engineer-d cannot consent to a swap/,
  },
  {
    rule: 'team/manager-cycle',
    file: 'oncall/team.yaml',
    from: '    role: cto\n',
    to: '    role: cto\n    manager: eng-manager\n',
    at: (f) => `oncall/team.yaml:${lineOf(f, 'oncall/team.yaml', '    manager: cto')}`,
    message: /Managers loop back to "eng-manager" \(eng-manager → cto → eng-manager\)/,
  },
  {
    rule: 'escalation/minimum-delay',
    file: 'oncall/escalation.yaml',
    from: '      - escalation_delay_minutes: 30\n        targets:\n          - person: cto',
    to: '      - escalation_delay_minutes: 0\n        targets:\n          - person: cto',
    message: /escalates after 0 minutes; PagerDuty needs at least 1/,
  },
  {
    rule: 'escalation/first-delay-within-target',
    file: 'oncall/escalation.yaml',
    from: '      - escalation_delay_minutes: 15\n        targets:\n          - schedule: primary',
    to: '      - escalation_delay_minutes: 20\n        targets:\n          - schedule: primary',
    message: /waits 20 minutes before escalating.*P0, which must be acknowledged within 15 minutes business hours/,
  },
  {
    rule: 'escalation/first-delay-within-target',
    file: 'oncall/coverage.yaml',
    from: '    business_hours: 15\n',
    to: '    business_hours: 10\n',
    at: (f) => `oncall/escalation.yaml:${lineOf(f, 'oncall/escalation.yaml', 'escalation_delay_minutes: 15')}`,
    message: /within 10 minutes business hours/,
  },
  {
    rule: 'escalation/unused-policy',
    file: 'oncall/escalation.yaml',
    from: 'policies:\n',
    to: 'policies:\n  - id: spare\n    name: Spare\n    rules:\n      - escalation_delay_minutes: 5\n        targets: [{ person: cto }]\n',
    at: (f) => `oncall/escalation.yaml:${lineOf(f, 'oncall/escalation.yaml', '  - id: spare')}`,
    message: /No service in services.yaml uses policy "spare"/,
  },
  {
    rule: 'escalation/unused-schedule',
    file: 'oncall/rotations.yaml',
    from: 'schedules:\n',
    to: 'schedules:\n  - id: shadow\n    layers:\n      - id: weekly\n        time_zone: Etc/UTC\n        start: 2026-01-04T10:00\n        turn_length: { weeks: 1 }\n        members: [engineer-a]\n',
    at: (f) => `oncall/rotations.yaml:${lineOf(f, 'oncall/rotations.yaml', '  - id: shadow')}`,
    message: /No escalation rule pages schedule "shadow"/,
    also: ['fairness/quarter-hours'], // engineer-a would hold the shadow schedule around the clock
  },
  {
    rule: 'contacts/path-matches-policy',
    file: 'oncall/contacts.yaml',
    from: '      contact: { person: eng-manager }\n',
    to: '      contact: { person: cto }\n',
    message: /Level 3 names person cto, but rule 3 of policy "edustream-engineering" pages person eng-manager/,
  },
  {
    rule: 'contacts/path-matches-policy',
    file: 'oncall/contacts.yaml',
    from: '    - level: 4\n      contact: { person: cto }\n      when: Critical/extended outage\n',
    to: '',
    at: (f) => `oncall/contacts.yaml:${lineOf(f, 'oncall/contacts.yaml', '  levels:')}`,
    message: /lists 3 levels but policy "edustream-engineering" has 4 rules/,
  },
  {
    rule: 'rotation/end-after-start',
    file: 'oncall/rotations.yaml',
    from: '        start: 2026-01-04T10:00 # Sunday, 10:00 UTC: week 1 starts\n',
    to: '        start: 2026-01-04T10:00 # Sunday, 10:00 UTC: week 1 starts\n        end: 2025-12-31T10:00\n',
    at: (f) => `oncall/rotations.yaml:${lineOf(f, 'oncall/rotations.yaml', 'end: 2025-12-31T10:00')}`,
    message: /ends \(2025-12-31T10:00\) before it starts/,
    also: ['schedule/coverage-gap'],
  },
  {
    rule: 'coverage/business-hours-order',
    file: 'oncall/coverage.yaml',
    from: '  end: "18:00"\n',
    to: '  end: "08:00"\n',
    message: /Business hours end at 08:00, not after they start at 09:00/,
  },
  {
    rule: 'coverage/response-target',
    file: 'oncall/coverage.yaml',
    from: '  P1:\n    business_hours: 60\n    after_hours: 240\n',
    to: '',
    at: (f) => `oncall/severities.yaml:${lineOf(f, 'oncall/severities.yaml', '  - id: P1')}`,
    message: /Severity P1 opens an incident but has no response target/,
  },
  {
    rule: 'compensation/pay-period-anchor',
    file: 'oncall/compensation.yaml',
    from: '  kind: monthly\n',
    to: '  kind: biweekly\n',
    at: (f) => `oncall/compensation.yaml:${lineOf(f, 'oncall/compensation.yaml', '  kind: biweekly')}`,
    message: /A biweekly pay period needs anchor/,
  },
  {
    rule: 'training/quarterly',
    file: 'oncall/team.yaml',
    from: '      quarterly:\n        runbook_review: 2026-10-05\n        incident_drill: 2026-10-14\n        access_audit: 2026-10-07\n\n  - id: engineer-b',
    to: '      quarterly:\n        runbook_review: 2026-06-05\n        incident_drill: 2026-10-14\n        access_audit: 2026-10-07\n\n  - id: engineer-b',
    at: (f) => `oncall/team.yaml:${lineOf(f, 'oncall/team.yaml', 'runbook_review: 2026-06-05')}`,
    message:
      /engineer-a's last runbook review and update was 2026-06-05, more than a quarter ago \(before 2026-08-27\)/,
  },
  {
    rule: 'fairness/quarter-hours',
    file: 'oncall/compensation.yaml',
    from: '  max_hours_per_quarter: 1400\n',
    to: '  max_hours_per_quarter: 1150\n',
    at: (f) => `oncall/team.yaml:${lineOf(f, 'oncall/team.yaml', '  - id: engineer-d')}`,
    message: /engineer-d would hold 1200 on-call hours in 2026Q4, above the 1150 allowed/,
  },
  {
    rule: 'compensation/duplicate-holiday',
    file: 'oncall/compensation.yaml',
    from: "    - { date: 2027-01-01, name: New Year's Day }\n    - { date: 2027-03-26, name: Good Friday }\n",
    to: "    - { date: 2026-01-01, name: New Year's Day }\n    - { date: 2027-03-26, name: Good Friday }\n",
    message: /2026-01-01 is listed as a holiday twice\. Remove the repeat/,
  },
  {
    rule: 'compensation/duplicate-holiday',
    file: 'oncall/compensation.yaml',
    from: '      - { date: 2027-05-06, name: Ascension Day (Christi Himmelfahrt) }\n',
    to: '      - { date: 2027-05-01, name: Ascension Day (Christi Himmelfahrt) }\n',
    message: /2027-05-01 is listed as a holiday twice in holiday calendar "germany-berlin"\. Remove the repeat/,
  },
  {
    rule: 'reference/unknown-holiday-calendar',
    file: 'oncall/team.yaml',
    from: '    holiday_calendar: germany-berlin\n',
    to: '    holiday_calendar: germany-berln\n',
    message:
      /^Unknown holiday calendar "germany-berln" for engineer-b: oncall\/compensation\.yaml has no holiday_calendars entry with that id \(its ids are "germany-berlin", "portugal-lisbon", "united-states"\)\. Did you mean "germany-berlin"\? Add the calendar there, or remove holiday_calendar so engineer-b has the company's holidays \(England and Wales bank holidays\)\.$/,
  },
];

describe('the repository policy', () => {
  it('passes every rule with no finding at all', () => {
    expect(findingsOf(base)).toEqual([]);
  });
});

describe.each(CASES)('$rule ($file: $to)', (c) => {
  it('fires at the offending line with a message that says how to fix it', () => {
    const { files, line } = edit(base, c.file, c.from, c.to);
    const found = findingsOf(files, c.rule);
    expect(found.map((f) => `${f.file}:${f.line}`)).toContain(c.at ? c.at(files) : `${c.file}:${line}`);
    expect(found.some((f) => c.message.test(f.message))).toBe(true);
    // Nothing else broke: the edit is reported by this rule, and by the knock-on rules named.
    const others = new Set(
      findingsOf(files)
        .map((f) => f.ruleId)
        .filter((id) => id !== c.rule),
    );
    expect([...others].sort()).toEqual([...(c.also ?? [])].sort());
  });
});

describe('rule catalogue', () => {
  it('has a firing case in some test for every rule', () => {
    const tests = readdirSync(join(REPO_ROOT, 'test'))
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => readFileSync(join(REPO_ROOT, 'test', f), 'utf8'))
      .join('\n');
    expect(RULES.map((r) => r.id).filter((id) => !tests.includes(`'${id}'`))).toEqual([]);
  });

  it('gives every rule a unique id and a description', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) expect(r.description.length).toBeGreaterThan(20);
  });
});

describe('positions', () => {
  it('point at the column of the offending value, not the start of the line', () => {
    const { files, line } = edit(base, 'oncall/team.yaml', '    manager: cto\n', '    manager: ceo\n');
    const [f] = findingsOf(files, 'reference/unknown-person');
    expect(f).toMatchObject({ file: 'oncall/team.yaml', line, column: 14, endLine: line, endColumn: 17 });
  });

  it('point at a person’s unknown holiday calendar, at the id itself', () => {
    const { files, line } = edit(
      base,
      'oncall/team.yaml',
      '    holiday_calendar: portugal-lisbon\n',
      '    holiday_calendar: portugal\n',
    );
    const [f] = findingsOf(files, 'reference/unknown-holiday-calendar');
    expect(f).toMatchObject({ file: 'oncall/team.yaml', line, column: 23, endLine: line, endColumn: 31 });
    expect(f!.message).toMatch(/Unknown holiday calendar "portugal" for engineer-c/);
  });

  it('point at the key of a misspelt property', () => {
    const text = textOf(base, 'oncall/services.yaml').replace(
      '    description: Frontend errors',
      '    descripton: Frontend errors',
    );
    const files = withFile(base, 'oncall/services.yaml', text);
    const unknown = findingsOf(files, 'schema/unknown-property');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ line: lineOf(files, 'oncall/services.yaml', 'descripton'), column: 5 });
    expect(unknown[0]!.message).toMatch(/did you mean "description"\?/);
  });
});
