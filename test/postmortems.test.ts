/**
 * Postmortems as checked markdown: the procedures' template, filled in, passes; each way of
 * breaking it gives a finding at its line.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validatePolicy } from '../src/validate/index.js';
import { repoPolicyFiles, REPO_ROOT, TEST_NOW, withFile } from './helpers/policy.js';

const VALID = readFileSync(join(REPO_ROOT, 'test/fixtures/postmortems/valid.md'), 'utf8');
const TEMPLATE = readFileSync(join(REPO_ROOT, 'postmortems/TEMPLATE.md'), 'utf8');
const PATH = 'postmortems/2026-03-14-payments-webhook-backlog.md';

/** The repository's policy and template, with this postmortem. */
function check(text: string | Uint8Array, options: { proposedAt?: number; exists?: string[] } = {}) {
  const files = withFile(withFile(repoPolicyFiles(), 'postmortems/TEMPLATE.md', TEMPLATE), PATH, text);
  return validatePolicy(files, {
    now: TEST_NOW,
    fileExists: (p) => (options.exists ?? ['docs/architecture.md']).includes(p),
    proposedAt: () => options.proposedAt ?? Date.parse('2026-03-14T15:00:00Z'),
  }).findings.filter((f) => f.file === PATH);
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
const errors = (findings: ReturnType<typeof check>) => findings.filter((f) => f.severity === 'error');

describe('postmortems', () => {
  it('the template filled in correctly passes with no finding at all', () => {
    expect(check(VALID)).toEqual([]);
  });

  it('the repository’s TEMPLATE.md is valid front matter and markdown, and is not itself checked as a postmortem', () => {
    const template = readFileSync(join(REPO_ROOT, 'postmortems/TEMPLATE.md'), 'utf8');
    expect(template).toContain('## Action Items\n\n| Action   | Owner  | Due Date | Status |');
    expect(
      validatePolicy(withFile(repoPolicyFiles(), 'postmortems/TEMPLATE.md', template), { now: TEST_NOW }).findings,
    ).toEqual([]);
  });

  it.each([
    [
      'a missing section',
      (t: string) =>
        t.replace('## Root Cause\n\nA configuration default changed in deploy 4812 halved the worker pool.\n\n', ''),
      'postmortem/sections',
      '## Timeline',
      /"## Root Cause" is missing\. Add it after "Timeline"/,
    ],
    [
      'an empty section',
      (t: string) => t.replace('- The alert fired within 8 minutes.\n', ''),
      'postmortem/sections',
      '## What Went Well',
      /The section "What Went Well" is empty/,
    ],
    [
      'an unknown owner',
      (t: string) => t.replace('| engineer-c |', '| Engineer Z |'),
      'postmortem/action-items',
      '| Cap retries per payment',
      /Owner "Engineer Z" of "Cap retries per payment" is not in team\.yaml/,
    ],
    [
      'an impossible date',
      (t: string) => t.replace('2026-04-10', '2026-04-31'),
      'postmortem/action-items',
      '| Cap retries per payment',
      /Due date "2026-04-31" .* is not a real date/,
    ],
    [
      'a due date before the incident',
      (t: string) => t.replace('2026-03-21', '2026-03-01'),
      'postmortem/action-items',
      '| Add a webhook section',
      /Due date 2026-03-01 .* is not after the incident \(2026-03-14\)/,
    ],
    [
      'a 5-cell row',
      (t: string) => t.replace('| Engineer D | 2026-03-21 | ⬜     |', '| Engineer D | 2026-03-21 | ⬜     | extra |'),
      'postmortem/action-table',
      '| Add a webhook section',
      /Row 3 has 5 cells; every row needs exactly 4/,
    ],
    [
      'an unknown severity',
      (t: string) => t.replace('severity: P1', 'severity: P7'),
      'postmortem/severity',
      'severity: P7',
      /Severity "P7" is not in severities\.yaml/,
    ],
    [
      'a duration that disagrees with the instants',
      (t: string) => t.replace('duration: 1 hour 50 minutes', 'duration: 2 hours'),
      'postmortem/duration',
      'duration: 2 hours',
      /resolved − started is 1 hour 50 minutes/,
    ],
    [
      'a timeline out of order',
      (t: string) => t.replace('- 10:05 - Root cause', '- 09:05 - Root cause'),
      'postmortem/timeline-order',
      '- 09:05',
      /Timeline entry 09:05 comes after a later time/,
    ],
    [
      'a broken link',
      (t: string) =>
        t.replace(
          '- The alert fired within 8 minutes.',
          '- The alert fired within 8 minutes (see [the runbook](../docs/runbooks/payments.md)).',
        ),
      'postmortem/link',
      '[the runbook]',
      /points to docs\/runbooks\/payments\.md, which is not in the repository/,
    ],
    [
      'the wrong table columns',
      (t: string) =>
        t.replace(
          '| Action                                  | Owner      | Due Date   | Status |',
          '| Action                                  | Owner      | Due        | Status |',
        ),
      'postmortem/action-table',
      '| Action ',
      /must have exactly the columns Action \| Owner \| Due Date \| Status/,
    ],
    [
      'fewer front matter items than rows',
      (t: string) =>
        t.replace(
          '  - id: runbook-webhooks\n    action: Add a webhook section to the runbook\n    type: process\n    priority: low\n',
          '',
        ),
      'postmortem/action-items',
      'action_items:',
      /lists 2 action item\(s\) but the table has 3 row\(s\)/,
    ],
  ])('%s gives a finding at its line', (_, breakIt, ruleId, needle, message) => {
    const text = breakIt(VALID);
    expect(text).not.toBe(VALID);
    const found = errors(check(text)).filter((f) => f.ruleId === ruleId);
    expect(found.map((f) => f.line)).toContain(lineOf(text, needle));
    expect(found.some((f) => message.test(f.message))).toBe(true);
  });

  it('a postmortem proposed more than 24 h after resolution is flagged late, as a warning only', () => {
    const late = check(VALID, { proposedAt: Date.parse('2026-03-16T11:02:00Z') });
    expect(late).toEqual([
      expect.objectContaining({ ruleId: 'postmortem/late', severity: 'warning', line: lineOf(VALID, 'resolved:') }),
    ]);
    expect(late[0]!.message).toMatch(
      /Proposed 48 h after the incident was resolved; the procedures ask for a postmortem within 24 hours/,
    );
  });

  it('the procedures’ own **Date**: style is read, with a finding that says how to convert it', () => {
    const docStyle = VALID.slice(VALID.indexOf('# Incident Postmortem'));
    const found = check(docStyle);
    const convert = found.find((f) => f.ruleId === 'postmortem/front-matter')!;
    expect(convert).toMatchObject({ severity: 'error', line: lineOf(docStyle, '**Date**') });
    expect(convert.message).toMatch(
      /Add a YAML front matter block .*\n---\ntitle: \.\.\.\ndate: 2026-03-14\nseverity: P1\nauthor: Engineer B\n---/,
    );
  });

  it('front matter errors point at their line in the file', () => {
    const text = VALID.replace('status: final', 'status: done');
    const [f] = errors(check(text));
    expect(f).toMatchObject({ ruleId: 'schema/enum', line: lineOf(text, 'status: done'), column: 9 });
  });

  it('style problems are warnings from remark-lint', () => {
    const text = VALID.replace(
      '- The alert fired within 8 minutes.',
      '- The alert fired within 8 minutes, see https://status.example.com.',
    );
    const found = check(text).filter((f) => f.ruleId.startsWith('postmortem/lint/'));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
  });
});
