/**
 * Every check a reviewer makes of a postmortem, one case per way it went unnoticed before (issue
 * #14): the broken postmortem gets its finding at the exact line, with nothing else, and an
 * equivalent correct one is clean.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPolicyFiles } from '../src/io/read-policy.js';
import type { RawFile } from '../src/model/load.js';
import { validatePolicy } from '../src/validate/index.js';
import { edit, repoPolicyFiles, REPO_ROOT, TEST_NOW, withFile } from './helpers/policy.js';

const VALID = readFileSync(join(REPO_ROOT, 'test/fixtures/postmortems/valid.md'), 'utf8');
const TEMPLATE = readFileSync(join(REPO_ROOT, 'postmortems/TEMPLATE.md'), 'utf8');
const TEMPLATE_PATH = 'postmortems/TEMPLATE.md';
const PATH = 'postmortems/2026-03-14-payments-webhook-backlog.md';
const EXISTING = ['docs/architecture.md', 'docs/img/queue-depth.png', 'docs/é.md'];

function files(postmortems: Record<string, string | Uint8Array>, template: string | null = TEMPLATE): RawFile[] {
  let out = repoPolicyFiles();
  if (template !== null) out = withFile(out, TEMPLATE_PATH, template);
  for (const [path, text] of Object.entries(postmortems)) out = withFile(out, path, text);
  return out;
}

function findingsOf(input: readonly RawFile[]) {
  return validatePolicy(input, {
    now: TEST_NOW,
    fileExists: (p) => EXISTING.includes(p),
    proposedAt: () => Date.parse('2026-03-14T15:00:00Z'),
  }).findings.map(({ ruleId, severity, message, file, line }) => ({ ruleId, severity, message, file, line }));
}

const check = (text: string | Uint8Array) => findingsOf(files({ [PATH]: text }));

/** 1-based line of the `nth` occurrence of `needle`. */
/** The same postmortem under other item ids: two postmortems of one day may not share one (postmortem/item-key). */
const another = (text: string) => text.replaceAll('  - id: ', '  - id: other-');

function lineOf(text: string, needle: string, nth = 1): number {
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" not in the text`);
  return text.slice(0, at).split('\n').length;
}

function replaced(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`${String(from)} not in the text`);
  return out;
}

const TABLE = VALID.slice(VALID.indexOf('## Action Items'));
const UNTIL_TABLE = VALID.slice(0, VALID.indexOf('## Action Items'));

describe('a postmortem as a reviewer reads it', () => {
  it('the filled-in fixture, the baseline of every case, is clean', () => {
    expect(check(VALID)).toEqual([]);
  });

  it.each<[string, (t: string) => string, (t: string) => string, string, [string, number?], RegExp]>([
    [
      'a **Duration** line that disagrees with the instants',
      (t) => replaced(t, '**Duration**: 1 hour 50 minutes', '**Duration**: 2 hours 50 minutes'),
      (t) => replaced(t, '**Duration**: 1 hour 50 minutes', '**Duration**: 110 minutes'),
      'postmortem/header',
      ['**Duration**'],
      /\*\*Duration\*\* says "2 hours 50 minutes" but resolved − started is 1 hour 50 minutes/,
    ],
    [
      'a **Date** line that disagrees with the front matter',
      (t) => replaced(t, '**Date**: 2026-03-14', '**Date**: 2026-03-15'),
      (t) => t,
      'postmortem/header',
      ['**Date**'],
      /\*\*Date\*\* says "2026-03-15" but the front matter's date is 2026-03-14/,
    ],
    [
      'a **Severity** line that disagrees with the front matter',
      (t) => replaced(t, '**Severity**: P1', '**Severity**: P2'),
      (t) => t,
      'postmortem/header',
      ['**Severity**'],
      /\*\*Severity\*\* says "P2" but the front matter's severity is P1/,
    ],
    [
      'an **Author** line naming another person than the front matter',
      (t) => replaced(t, '**Author**: Engineer B', '**Author**: Engineer C'),
      // The same person by id instead of name.
      (t) => replaced(t, '**Author**: Engineer B', '**Author**: engineer-b'),
      'postmortem/header',
      ['**Author**'],
      /\*\*Author\*\* names Engineer C but the front matter's author is engineer-b/,
    ],
    [
      'a reference definition to a missing runbook',
      (t) =>
        replaced(
          t,
          '- Nothing alerted on the queue depth itself.',
          '- Nothing alerted ([runbook][rb]).\n\n[rb]: ./runbooks/missing.md',
        ),
      (t) =>
        replaced(
          t,
          '- Nothing alerted on the queue depth itself.',
          '- Nothing alerted ([runbook][rb]).\n\n[rb]: ../docs/architecture.md',
        ),
      'postmortem/link',
      ['[rb]:'],
      /\[rb\]: \.\/runbooks\/missing\.md points to postmortems\/runbooks\/missing\.md, which is not in the repository/,
    ],
    [
      'an image of a missing file',
      (t) =>
        replaced(
          t,
          '- The alert fired within 8 minutes.',
          '- The alert fired within 8 minutes.\n\n![queue](./img/x.png)',
        ),
      (t) =>
        replaced(
          t,
          '- The alert fired within 8 minutes.',
          '- The alert fired within 8 minutes.\n\n![queue](/docs/img/queue-depth.png)',
        ),
      'postmortem/link',
      ['![queue]'],
      /points to postmortems\/img\/x\.png, which is not in the repository/,
    ],
    [
      'a link with a malformed percent-escape (validate exited 3, "URI malformed")',
      (t) =>
        replaced(t, '- The alert fired within 8 minutes.', '- The alert fired within 8 minutes ([log](%E0%A4%A)).'),
      (t) =>
        replaced(
          t,
          '- The alert fired within 8 minutes.',
          '- The alert fired within 8 minutes ([log](../docs/%C3%A9.md)).',
        ),
      'postmortem/link',
      ['[log]'],
      /The link \[log\]\(%E0%A4%A\) has a percent-escape that is not a whole UTF-8 character/,
    ],
    [
      'a section holding only an HTML comment',
      (t) => replaced(t, '- The alert fired within 8 minutes.', '<!-- TODO -->'),
      (t) =>
        replaced(
          t,
          '- The alert fired within 8 minutes.',
          '<!-- TODO: more -->\n\n- The alert fired within 8 minutes.',
        ),
      'postmortem/sections',
      ['## What Went Well'],
      /The section "What Went Well" is empty \(a comment does not count\)/,
    ],
    [
      'front matter that is not closed',
      (t) => replaced(t, '---\n\n# Incident', '\n# Incident'),
      (t) => t,
      'postmortem/front-matter',
      ['---'],
      /The front matter opened by the --- on line 1 is not closed/,
    ],
    [
      '25:10 in the timeline',
      (t) => replaced(t, '- 09:20 - PagerDuty', '- 25:10 - PagerDuty'),
      (t) => replaced(t, '- 09:20 - PagerDuty', '- 9:20 - PagerDuty'),
      'postmortem/timeline-time',
      ['- 25:10'],
      /"25:10" is not a time of day \(00:00 to 23:59\)/,
    ],
    [
      '"Action Items" moved above "Timeline"',
      () => replaced(UNTIL_TABLE, '## Timeline', `${TABLE}\n## Timeline`),
      // Sections of one's own are welcome anywhere.
      (t) => replaced(t, '## Timeline', '## Detection\n\nThe pager.\n\n## Timeline'),
      'postmortem/sections',
      ['## Action Items'],
      /"Action Items" is out of place: postmortems\/TEMPLATE\.md has it after "What Could Be Improved"/,
    ],
    [
      'a duplicate action-item id',
      (t) => replaced(t, '  - id: runbook-webhooks', '  - id: alert-on-backlog'),
      (t) => replaced(t, '  - id: runbook-webhooks', '  - id: webhook-runbook'),
      'postmortem/action-items',
      ['  - id: alert-on-backlog', 2],
      /The action item id "alert-on-backlog" is used again here \(item 3; item 1 has it\)/,
    ],
    [
      'a status that only looks like ⬜',
      (t) => replaced(t, '| 2026-03-21 | ⬜     |', '| 2026-03-21 | ⬛     |'),
      // ⬜️ with U+FE0F, what many keyboards type, is ⬜.
      (t) => replaced(t, '| 2026-03-21 | ⬜     |', '| 2026-03-21 | ⬜\uFE0F     |'),
      'postmortem/action-items',
      ['| 2026-03-21 |'],
      /Status "⬛" \(U\+2B1B\) of "Add a webhook section to the runbook" must be ⬜ \(U\+2B1C, open\) or ✅ \(U\+2705, done\)/,
    ],
  ])(
    '%s: one finding at its line, and an equivalent postmortem is clean',
    (_, breakIt, fixIt, ruleId, needle, message) => {
      const broken = breakIt(VALID);
      const found = check(broken);
      expect(found).toEqual([
        {
          ruleId,
          severity: 'error',
          message: expect.stringMatching(message),
          file: PATH,
          line: lineOf(broken, ...needle),
        },
      ]);
      expect(check(fixIt(VALID))).toEqual([]);
    },
  );

  it.each([
    ['invalid UTF-8', Buffer.from([0xc3, 0x28])],
    ['a NUL byte', Buffer.from([0x00])],
  ])('%s is file/not-text at its line, exactly as for policy YAML', (_, bytes) => {
    const at = VALID.indexOf('Users affected');
    const broken = Buffer.concat([Buffer.from(VALID.slice(0, at)), bytes, Buffer.from(VALID.slice(at))]);
    const line = lineOf(VALID, 'Users affected');
    expect(check(broken)).toEqual([
      {
        ruleId: 'file/not-text',
        severity: 'error',
        message: `Line ${line} holds bytes that are not UTF-8 text (binary data or a NUL byte). Policy files must be UTF-8 text; re-save it as UTF-8.`,
        file: PATH,
        line,
      },
    ]);
    const yaml = findingsOf(withFile(repoPolicyFiles(), 'oncall/team.yaml', broken)).find(
      (f) => f.file === 'oncall/team.yaml',
    );
    expect(yaml).toMatchObject({ ruleId: 'file/not-text', line });
    expect(check(Buffer.from(VALID.replace('Users affected', 'Users affectés')))).toEqual([]);
  });

  it('one person without github in team.yaml is one schema error and one notice, not "not in team.yaml" for every owner', () => {
    const team = edit(repoPolicyFiles(), 'oncall/team.yaml', '    github: edustream-eng-a\n', '');
    const input = [...withFile(team.files, TEMPLATE_PATH, TEMPLATE), { path: PATH, bytes: Buffer.from(VALID) }];
    const found = findingsOf(input);
    expect(found.filter((f) => f.file === PATH)).toEqual([]);
    expect(found.filter((f) => f.ruleId.startsWith('postmortem/'))).toEqual([
      {
        ruleId: 'postmortem/unchecked',
        severity: 'notice',
        message: expect.stringMatching(
          /owners and authors of 1 postmortem\(s\) are not checked: oncall\/team\.yaml did not pass its schema/,
        ),
        file: 'oncall/team.yaml',
        line: 1,
      },
    ]);
    expect(found.filter((f) => f.file === 'oncall/team.yaml' && f.severity === 'error')).toHaveLength(1);
  });

  it('postmortems at any depth and named *.MD are checked; the reader lists them', async () => {
    const broken = replaced(VALID, '**Severity**: P1', '**Severity**: P2');
    const nested = 'postmortems/2026/03/2026-03-14-payments.md';
    const upper = 'postmortems/2026-03-14-PAYMENTS.MD';
    const found = findingsOf(files({ [nested]: broken, [upper]: another(broken) }));
    expect(found.map((f) => [f.file, f.ruleId, f.line])).toEqual([
      [upper, 'postmortem/header', lineOf(broken, '**Severity**')],
      [nested, 'postmortem/header', lineOf(broken, '**Severity**')],
    ]);
    expect(findingsOf(files({ [nested]: VALID, [upper]: another(VALID) }))).toEqual([]);

    const root = mkdtempSync(join(tmpdir(), 'oncall-postmortems-'));
    mkdirSync(join(root, 'postmortems/2026/03'), { recursive: true });
    for (const p of [nested, upper, TEMPLATE_PATH, 'postmortems/2026/notes.txt']) writeFileSync(join(root, p), 'x');
    expect((await readPolicyFiles(root)).map((f) => f.path)).toEqual([upper, nested, TEMPLATE_PATH]);
  });
});

describe('postmortems/TEMPLATE.md is the source of truth', () => {
  it('a section added to the template is required of every postmortem, with a message that is true', () => {
    const template = replaced(TEMPLATE, '## Root Cause', '## Detection\n\n[How we found out]\n\n## Root Cause');
    const found = findingsOf(files({ [PATH]: VALID }, template));
    expect(found).toEqual([
      {
        ruleId: 'postmortem/sections',
        severity: 'error',
        message: 'The section "## Detection" is missing. Add it after "Timeline", as in postmortems/TEMPLATE.md.',
        file: PATH,
        line: lineOf(VALID, '## Timeline'),
      },
    ]);
    const filled = replaced(VALID, '## Root Cause', '## Detection\n\nThe pager, 8 minutes in.\n\n## Root Cause');
    expect(findingsOf(files({ [PATH]: filled }, template))).toEqual([]);
  });

  it('a header line added to the template is required, and one taken out of it is not', () => {
    const more = replaced(TEMPLATE, '**Author**: [Name]', '**Author**: [Name]\n**Incident Commander**: [Name]');
    expect(findingsOf(files({ [PATH]: VALID }, more))).toEqual([
      expect.objectContaining({
        ruleId: 'postmortem/header',
        message: expect.stringMatching(/The header line "\*\*Incident Commander\*\*: …" is missing/),
        line: lineOf(VALID, '# Incident Postmortem'),
      }),
    ]);
    const fewer = replaced(TEMPLATE, '**Author**: [Name]\n', '');
    expect(findingsOf(files({ [PATH]: replaced(VALID, '**Author**: Engineer B\n', '') }, fewer))).toEqual([]);
  });

  it('a missing or broken template is one finding on the template, not one per postmortem', () => {
    const other = 'postmortems/2026-03-15-other.md';
    const missing = findingsOf(files({ [PATH]: VALID, [other]: another(VALID) }, null));
    expect(missing).toEqual([
      expect.objectContaining({
        ruleId: 'postmortem/template',
        severity: 'error',
        file: TEMPLATE_PATH,
        message: expect.stringMatching(/postmortems\/TEMPLATE\.md is missing\. Postmortems take their sections/),
      }),
    ]);
    const headingless = TEMPLATE.replace(/^#.*$/gm, '');
    expect(findingsOf(files({ [PATH]: VALID, [other]: another(VALID) }, headingless))).toEqual([
      expect.objectContaining({ ruleId: 'postmortem/template', file: TEMPLATE_PATH }),
    ]);
    // With no postmortem to check, nothing reads the template.
    expect(findingsOf(files({}, null))).toEqual([]);
  });
});
