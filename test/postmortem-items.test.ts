/**
 * The pure half of filing: which entry is which row, which issue is which item, and how writes are
 * paced. End to end through the bundled action: test/action-postmortem-issues.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WriteCapReached, WritePacer, type Clock } from '../src/github/pacing.js';
import { itemIssues, planIssues, type ExistingIssue } from '../src/postmortems/issues.js';
import { parsePostmortem } from '../src/postmortems/parse.js';
import { validatePolicy } from '../src/validate/index.js';
import { repoPolicyFiles, REPO_ROOT, TEST_NOW, withFile } from './helpers/policy.js';

const PM = 'postmortems/2026-03-14-payments-webhook-backlog.md';
const VALID = readFileSync(join(REPO_ROOT, 'test/fixtures/postmortems/valid.md'), 'utf8');
const ALERT = 'Alert when the webhook queue backs up';
/** The fixture with its last two entries bound by position, as postmortems written before `action:` are. */
const POSITIONAL = VALID.replace('    action: Cap retries per payment\n', '').replace(
  '    action: Add a webhook section to the runbook\n',
  '',
);

function findings(text: string, severity: 'error' | 'warning' = 'error') {
  return validatePolicy(withFile(repoPolicyFiles(), PM, text), { now: TEST_NOW }).findings.filter(
    (f) => f.file === PM && f.severity === severity,
  );
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('rows and front matter', () => {
  it('the fixture is clean: every entry names its row', () => {
    expect(findings(VALID)).toEqual([]);
    expect(findings(VALID, 'warning')).toEqual([]);
  });

  it('an entry bound by position only is a warning at its id, saying which action to name', () => {
    expect(findings(POSITIONAL)).toEqual([]);
    const warnings = findings(POSITIONAL, 'warning').filter((f) => f.ruleId === 'postmortem/action-rows');
    expect(warnings.map((f) => f.line)).toEqual([lineOf(POSITIONAL, 'retry-budget'), lineOf(POSITIONAL, 'runbook-')]);
    expect(warnings[0]!.message).toMatch(
      /"retry-budget" is row 2 .* by position only.*Add action: "Cap retries per payment"/,
    );
  });

  it('a bound entry follows its row when the rows are reordered', () => {
    const rows = POSITIONAL.split('\n').filter((l) => /^\| (Alert|Cap|Add) /.test(l));
    // Row 1 moves to position 2: the positional entry of row 2 would now be the bound row.
    const text = POSITIONAL.replace(rows.join('\n'), [rows[1], rows[0], rows[2]].join('\n'));
    const errors = findings(text).filter((f) => f.ruleId === 'postmortem/action-rows');
    expect(errors.map((f) => f.line)).toEqual([lineOf(text, `| ${ALERT}`)]);
    expect(errors[0]!.message).toMatch(/"retry-budget" has no action, so it would be row 2/);
  });

  it('a row reworded without its entry is reported at the entry, naming what the row reads', () => {
    const text = POSITIONAL.replace(`| ${ALERT}`, '| Alert on queue depth');
    const errors = findings(text).filter((f) => f.ruleId === 'postmortem/action-rows');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toBe(lineOf(text, 'action_items:'));
    expect(errors[0]!.message).toMatch(/names the action "Alert when .*row 1 reads "Alert on queue depth"/);
  });

  it('when every entry names its row, a row without one is reported at the row', () => {
    const text = VALID.replace('    action: Cap retries per payment\n', '    action: Cap retries\n');
    const errors = findings(text).filter((f) => f.ruleId === 'postmortem/action-rows');
    expect(errors.map((f) => f.line).sort()).toEqual(
      [lineOf(text, 'action_items:'), lineOf(text, '| Cap retries per payment')].sort(),
    );
  });
});

describe('item keys across postmortems', () => {
  const OTHER = 'postmortems/2026-03-14-search-outage.md';
  const both = (other: string) =>
    validatePolicy(withFile(withFile(repoPolicyFiles(), PM, VALID), OTHER, other), { now: TEST_NOW }).findings.filter(
      (f) => f.ruleId === 'postmortem/item-key',
    );

  it("two postmortems of one day sharing an item id: an error at the later file's id, naming the first", () => {
    const other = VALID.replace('  - id: retry-budget\n', '  - id: search-retries\n');
    const found = both(other);
    // Files sort by path: the payments postmortem comes first, so only the search one is told.
    expect(found.map((f) => [f.file, f.line])).toEqual([
      [OTHER, lineOf(other, 'id: alert-on-backlog')],
      [OTHER, lineOf(other, 'id: runbook-webhooks')],
    ]);
    expect(found[0]!.message).toMatch(
      /"alert-on-backlog" has the same date and id as one in postmortems\/2026-03-14-pay/,
    );
  });

  it('the same ids on another day are separate issues: no finding', () => {
    expect(both(VALID.replace('date: 2026-03-14', 'date: 2026-03-13'))).toEqual([]);
  });
});

describe('planning issues', () => {
  const policy = validatePolicy(repoPolicyFiles(), { now: TEST_NOW }).policy;
  const wantedOf = (text: string, file = PM) =>
    itemIssues([parsePostmortem(file, text).postmortem], { policy, blobBase: 'https://github.com/o/r/blob/x' });
  const asIssues = (wanted: ReturnType<typeof wantedOf>, from = 1): ExistingIssue[] =>
    wanted.map((w, i) => ({ number: from + i, title: w.title, state: 'open', body: w.body, labels: w.labels }));

  it('keys are the date and the id: a rename only updates the bodies', () => {
    const filed = asIssues(wantedOf(VALID));
    const plan = planIssues(wantedOf(VALID, 'postmortems/2026-03-14-renamed.md'), filed, new Set());
    expect(plan.create).toEqual([]);
    expect(plan.update.map((u) => [u.number, u.title, u.body])).toEqual([
      [1, undefined, true],
      [2, undefined, true],
      [3, undefined, true],
    ]);
  });

  it('a date corrected in place keeps the issues, found by path and id', () => {
    const filed = asIssues(wantedOf(VALID));
    const plan = planIssues(wantedOf(VALID.replace('date: 2026-03-14', 'date: 2026-03-13')), filed, new Set([PM]));
    expect(plan.create).toEqual([]);
    expect(plan.removed).toEqual([]);
    expect(plan.update).toHaveLength(3);
  });

  it('issues filed with the first marker (path#id) are adopted', () => {
    const filed = asIssues(wantedOf(VALID)).map((i) => ({
      ...i,
      body: i.body.replace(
        /^<!-- [^\n]* -->/,
        `<!-- oncall-as-code:action-item ${PM}#${/key=\S+\/(\S+)/.exec(i.body)![1]} -->`,
      ),
    }));
    const plan = planIssues(wantedOf(VALID), filed, new Set([PM]));
    expect(plan.create).toEqual([]);
    expect(plan.removed).toEqual([]);
    expect(plan.filed.size).toBe(3);
  });

  it('two postmortems sharing a key are not filed, nor are their issues marked removed', () => {
    const copy = wantedOf(VALID, 'postmortems/2026-03-14-copy.md');
    const plan = planIssues([...wantedOf(VALID), ...copy], asIssues(wantedOf(VALID)), new Set([PM]));
    expect(plan.create).toEqual([]);
    expect(plan.conflicts.map((c) => c.key)).toEqual([
      '2026-03-14/alert-on-backlog',
      '2026-03-14/retry-budget',
      '2026-03-14/runbook-webhooks',
    ]);
    expect(plan.removed).toEqual([]);
  });

  it('the oldest issue of an item is its own; newer open ones are duplicates', () => {
    const wanted = wantedOf(VALID);
    const plan = planIssues(wanted, [...asIssues(wanted, 10), ...asIssues(wanted, 1)], new Set());
    expect([...plan.filed.values()]).toEqual([1, 2, 3]);
    expect(plan.duplicates).toEqual([10, 11, 12]);
  });
});

describe('write pacing', () => {
  function clock(): Clock & { t: number } {
    const c = {
      t: 0,
      now: () => c.t,
      sleep: async (ms: number) => {
        c.t += ms;
      },
    };
    return c;
  }

  it('keeps the interval and at most 80 writes in any minute', async () => {
    const c = clock();
    const pacer = new WritePacer({ intervalMs: 100, perMinute: 80, perHour: 500, maxWaitMs: 65_000 }, c);
    const starts: number[] = [];
    for (let i = 0; i < 81; i++) {
      await pacer.beforeWrite();
      starts.push(c.t);
    }
    expect(starts[1]! - starts[0]!).toBe(100);
    expect(starts[80]).toBe(starts[0]! + 60_000);
  });

  it('stops before the 501st write in an hour, and before a wait longer than allowed', async () => {
    const c = clock();
    const pacer = new WritePacer({ intervalMs: 0, perMinute: 1000, perHour: 500, maxWaitMs: 1000 }, c);
    for (let i = 0; i < 500; i++) await pacer.beforeWrite();
    await expect(pacer.beforeWrite()).rejects.toBeInstanceOf(WriteCapReached);
    const slow = new WritePacer({ intervalMs: 5000, perMinute: 80, perHour: 500, maxWaitMs: 1000 }, clock());
    await slow.beforeWrite();
    await expect(slow.beforeWrite()).rejects.toThrow(/would wait 5 s/);
  });
});
