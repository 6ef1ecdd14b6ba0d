/**
 * The swap policy decided on facts (src/swaps/evaluate.ts): no GitHub here, just the repository's
 * policy as base, a head with swap files, reviews and sightings. "Now" is TEST_NOW (2026-11-27T12:00Z).
 * Rotation: engineer-d primary from 2026-11-29T10:00Z, engineer-a from 2026-12-06, engineer-b from
 * 2026-12-13, engineer-c from 2026-12-20; secondary one engineer ahead.
 */
import { describe, expect, it } from 'vitest';
import type { RawFile } from '../src/model/load.js';
import type { Review } from '../src/swaps/consent.js';
import { swapHash } from '../src/swaps/diff.js';
import { evaluateSwapPr, type SwapPrFacts } from '../src/swaps/evaluate.js';
import { statusDescription } from '../src/swaps/ledger.js';
import { repoPolicyFiles, TEST_NOW, textOf, withFile } from './helpers/policy.js';
import { swapPath, withSwaps, type SwapSpec } from './helpers/swaps.js';

const H = 3_600_000;
const base = repoPolicyFiles();
const A_WEEK: SwapSpec = { start: '2026-12-06T10:00:00Z', relieved: 'engineer-a', covering: 'engineer-c' };
const login = (id: string) => `edustream-${id.replace('engineer-', 'eng-')}`;
const approve = (id: string, at = TEST_NOW - H): Review => ({ login: login(id), state: 'APPROVED', submittedAt: at });

function facts(over: Partial<SwapPrFacts> & { swaps?: SwapSpec[]; baseSwaps?: SwapSpec[] } = {}): SwapPrFacts {
  const { swaps = [A_WEEK], baseSwaps = [], ...rest } = over;
  const baseFiles: RawFile[] = withSwaps(base, ...baseSwaps);
  return {
    number: 7,
    author: login('engineer-a'),
    createdAt: TEST_NOW - 2 * H,
    labels: [],
    changedFiles: swaps.map((s) => swapPath(s)),
    reviews: [approve('engineer-c')],
    baseFiles,
    headFiles: withSwaps(base, ...swaps),
    statuses: [],
    openedEvent: true,
    notified: new Set(),
    now: TEST_NOW,
    ...rest,
  };
}

const check = (e: ReturnType<typeof evaluateSwapPr>, id: string, i = 0) =>
  e.verdict.reports[i]!.checks.find((c) => c.id === id)!;

describe('a swap proposed in time and approved by the covering engineer', () => {
  const e = evaluateSwapPr(facts());

  it('passes every rule', () => {
    expect(e.verdict.ok).toBe(true);
    expect(e.verdict.reports.map((r) => r.checks.map((c) => [c.id, c.ok]))).toEqual([
      [
        ['notice', true],
        ['consent', true],
        ['managers', true],
        ['compensation', null],
        ['policy', true],
      ],
    ]);
    expect(check(e, 'notice').message).toMatch(
      /Proposed 2026-11-27T10:00:00Z, 216 h before the period starts \(2026-12-06T10:00:00Z\)/,
    );
  });

  it('asks both engineers’ manager for review, once', () => {
    expect(e.verdict.notify).toEqual(['edustream-eng-manager']);
    expect(evaluateSwapPr(facts({ notified: new Set(['edustream-eng-manager']) })).verdict.notify).toEqual([]);
  });

  it('classifies the covered week as overtime: no payback', () => {
    expect(e.verdict.reports[0]!.compensation?.hours).toEqual({ time_trade: 0, overtime: 168, holiday: 0 });
  });

  it('shows before and after around the period', () => {
    const v = e.views[0]!;
    expect(v.before.find((s) => s.start === Date.parse('2026-12-06T10:00:00Z'))?.person).toBe('engineer-a');
    expect(v.after.find((s) => s.start === Date.parse('2026-12-06T10:00:00Z'))).toMatchObject({
      person: 'engineer-c',
      source: 'swap',
    });
  });
});

describe('notice', () => {
  it('fails at 47 h 59 min and passes at 48 h', () => {
    const swap: SwapSpec = { start: '2026-11-29T10:00:00Z', relieved: 'engineer-d', covering: 'engineer-b' };
    const reviews = [approve('engineer-b', TEST_NOW - 60_000)];
    const late = evaluateSwapPr(
      facts({ swaps: [swap], author: login('engineer-d'), createdAt: Date.parse('2026-11-27T10:01:00Z'), reviews }),
    );
    expect(late.verdict.ok).toBe(false);
    expect(check(late, 'notice').message).toMatch(
      /^Only 47 h 59 min notice before 2026-11-29T10:00:00Z; 48 h are required\./,
    );
    const onTime = evaluateSwapPr(
      facts({ swaps: [swap], author: login('engineer-d'), createdAt: Date.parse('2026-11-27T10:00:00Z'), reviews }),
    );
    expect(check(onTime, 'notice').ok).toBe(true);
  });

  it('counts from when the swap as it now reads was first seen: moving it nearer by a later push restarts the clock', () => {
    const before: SwapSpec = { start: '2026-12-13T10:00:00Z', relieved: 'engineer-b', covering: 'engineer-d' };
    const nearer: SwapSpec = { start: '2026-11-29T10:00:00Z', relieved: 'engineer-d', covering: 'engineer-b' };
    // The PR was opened a week ago with `before`; the check saw it then. Today's push moved it nearer.
    const e = evaluateSwapPr(
      facts({
        swaps: [nearer],
        author: login('engineer-d'),
        createdAt: TEST_NOW - 7 * 24 * H,
        openedEvent: false,
        statuses: [
          { createdAt: TEST_NOW - 7 * 24 * H + 60_000, description: statusDescription('ok', [swapHashOf(before)]) },
        ],
        reviews: [approve('engineer-b', TEST_NOW - 60_000)],
      }),
    );
    expect(e.verdict.reports[0]!.proposedAt).toBe(TEST_NOW);
    expect(check(e, 'notice').ok).toBe(false);
    expect(check(e, 'notice').message).toMatch(/^Only 46 h notice before 2026-11-29T10:00:00Z/);
  });

  it('fails for a period that has already started', () => {
    const started: SwapSpec = {
      start: '2026-11-22T10:00:00Z',
      end: '2026-11-29T10:00:00Z',
      relieved: 'engineer-c',
      covering: 'engineer-a',
    };
    const e = evaluateSwapPr(
      facts({ swaps: [started], author: login('engineer-c'), reviews: [approve('engineer-a')] }),
    );
    expect(check(e, 'notice')).toMatchObject({ ok: false });
    expect(check(e, 'notice').message).toMatch(/The period started 2026-11-22T10:00:00Z, before the swap was proposed/);
  });
});

describe('consent', () => {
  it('an approval from before the swap last changed does not count', () => {
    const e = evaluateSwapPr(facts({ reviews: [approve('engineer-c', TEST_NOW - 3 * H)] }));
    expect(check(e, 'consent')).toMatchObject({ ok: false });
    expect(check(e, 'consent').message).toMatch(/Waiting for Engineer C \(@edustream-eng-c\)/);
  });

  it('a failing check is a finding on the swap file line it is about', () => {
    const e = evaluateSwapPr(facts({ reviews: [] }));
    expect(e.checkFindings).toEqual([
      expect.objectContaining({
        ruleId: 'swap/consent',
        severity: 'error',
        file: swapPath(A_WEEK),
        line: 5,
        column: 11,
      }),
    ]);
  });

  it('an approval by someone not on the roster does not count', () => {
    const e = evaluateSwapPr(facts({ reviews: [{ login: 'stranger', state: 'APPROVED', submittedAt: TEST_NOW - H }] }));
    expect(check(e, 'consent').ok).toBe(false);
  });

  it('the author approving themself does not stand in for the covering engineer', () => {
    const e = evaluateSwapPr(facts({ reviews: [approve('engineer-a')] }));
    expect(check(e, 'consent').ok).toBe(false);
    expect(check(e, 'consent').message).toMatch(/Waiting for Engineer C/);
  });

  it('a dismissed review does not count, and a later comment does not withdraw an approval', () => {
    const dismissed = evaluateSwapPr(facts({ reviews: [{ ...approve('engineer-c'), state: 'DISMISSED' }] }));
    expect(check(dismissed, 'consent').ok).toBe(false);
    const commented = evaluateSwapPr(
      facts({
        reviews: [
          approve('engineer-c'),
          { login: login('engineer-c'), state: 'COMMENTED', submittedAt: TEST_NOW - 60_000 },
        ],
      }),
    );
    expect(check(commented, 'consent').ok).toBe(true);
  });

  it('the covering engineer may open the PR; then the relieved one must approve', () => {
    const e = evaluateSwapPr(facts({ author: login('engineer-c'), reviews: [] }));
    expect(check(e, 'consent').message).toMatch(/Waiting for Engineer A \(@edustream-eng-a\)/);
    expect(evaluateSwapPr(facts({ author: login('engineer-c'), reviews: [approve('engineer-a')] })).verdict.ok).toBe(
      true,
    );
  });
});

describe('emergency', () => {
  const soon: SwapSpec = {
    start: '2026-11-28T10:00:00Z',
    end: '2026-11-28T22:00:00Z',
    relieved: 'engineer-c',
    covering: 'engineer-b',
  };
  const base = { swaps: [soon], author: login('engineer-c'), reviews: [approve('engineer-b')] };

  it('under 48 h fails without the label and a manager approval', () => {
    const e = evaluateSwapPr(facts(base));
    expect(check(e, 'notice').message).toMatch(
      /needs the emergency-swap label and an approval from a manager \(@edustream-eng-manager\)/,
    );
    const labelOnly = evaluateSwapPr(facts({ ...base, labels: ['emergency-swap'] }));
    expect(check(labelOnly, 'notice').ok).toBe(false);
  });

  it('passes with the label and the manager’s approval, and says it was an emergency', () => {
    const e = evaluateSwapPr(
      facts({
        ...base,
        labels: ['emergency-swap'],
        reviews: [
          approve('engineer-b'),
          { login: 'edustream-eng-manager', state: 'APPROVED', submittedAt: TEST_NOW - H },
        ],
      }),
    );
    expect(e.verdict.ok).toBe(true);
    expect(e.verdict.reports[0]!.emergency).toBe(true);
    expect(e.verdict.summary).toMatch(/\(emergency\)/);
  });
});

describe('compensation', () => {
  it('a payback in the same pay period makes both a time trade', () => {
    const payback: SwapSpec = {
      start: '2026-12-20T10:00:00Z',
      relieved: 'engineer-c',
      covering: 'engineer-a',
      payback: '2026-12-06-primary-engineer-a',
    };
    const e = evaluateSwapPr(
      facts({
        swaps: [{ ...A_WEEK, payback: '2026-12-20-primary-engineer-c' }, payback],
        reviews: [approve('engineer-c')],
      }),
    );
    const [first, second] = e.verdict.reports;
    expect(first!.compensation?.hours).toEqual({ time_trade: 168, overtime: 0, holiday: 0 });
    // The payback week holds Christmas Day (a London bank holiday): 24 h at holiday rate.
    expect(second!.compensation?.hours).toEqual({ time_trade: 144, overtime: 0, holiday: 24 });
    expect(second!.compensation?.reason).toMatch(/time trade; 24 h fall on a holiday/);
  });

  it('a payback in the next pay period leaves overtime', () => {
    const payback: SwapSpec = {
      start: '2027-01-03T10:00:00Z',
      relieved: 'engineer-c',
      covering: 'engineer-a',
      payback: '2026-12-06-primary-engineer-a',
    };
    const e = evaluateSwapPr(facts({ swaps: [{ ...A_WEEK, payback: '2027-01-03-primary-engineer-c' }, payback] }));
    expect(e.verdict.reports[0]!.compensation?.hours).toEqual({ time_trade: 0, overtime: 168, holiday: 0 });
    expect(e.verdict.reports[0]!.compensation?.reason).toMatch(
      /falls outside this pay period \(2026-12-01 to 2026-12-31\)/,
    );
  });
});

describe('changes the PR makes', () => {
  it('removing a future swap needs the engineer who takes the shift back', () => {
    const e = evaluateSwapPr(
      facts({
        baseSwaps: [A_WEEK],
        swaps: [],
        changedFiles: [swapPath(A_WEEK)],
        author: login('engineer-c'),
        reviews: [],
      }),
    );
    expect(e.verdict.reports.map((r) => r.change.kind)).toEqual(['removed']);
    expect(check(e, 'consent').message).toMatch(/Waiting for Engineer A/);
    expect(
      evaluateSwapPr(
        facts({ baseSwaps: [A_WEEK], swaps: [], author: login('engineer-c'), reviews: [approve('engineer-a')] }),
      ).verdict.ok,
    ).toBe(true);
  });

  it('two swaps in one PR are judged one by one', () => {
    const second: SwapSpec = { start: '2026-12-13T10:00:00Z', relieved: 'engineer-b', covering: 'engineer-d' };
    const e = evaluateSwapPr(facts({ swaps: [A_WEEK, second] }));
    expect(e.verdict.reports).toHaveLength(2);
    expect(e.verdict.ok).toBe(false);
    expect(check(e, 'consent', 1).message).toMatch(/Waiting for Engineer B .* and Engineer D/);
    expect(e.verdict.summary).toBe('1 of 2 swap changes do not meet the swap policy: consent.');
  });

  it('editing a swap in place also undoes the old one: its notice and its engineers count', () => {
    // The base gives engineer-a's week from 2026-12-06 to engineer-c; the edit repurposes the file for
    // another week and other people, in a PR opened 23 h before the old period starts.
    const now = Date.parse('2026-12-05T12:00:00Z');
    const old: SwapSpec = { start: '2026-12-06T10:00:00Z', relieved: 'engineer-a', covering: 'engineer-c' };
    const repurposed: SwapSpec = {
      ...old,
      start: '2026-12-27T10:00:00Z',
      relieved: 'engineer-d',
      covering: 'engineer-c',
    };
    const e = evaluateSwapPr(
      facts({
        now,
        createdAt: now - H,
        baseSwaps: [old],
        swaps: [{ ...repurposed, path: swapPath(old) } as SwapSpec],
        author: login('engineer-c'),
        reviews: [approve('engineer-d', now - 60_000)],
      }),
    );
    expect(e.changes.map((c) => c.kind)).toEqual(['changed']);
    expect(check(e, 'notice').ok).toBe(false);
    expect(check(e, 'notice').message).toMatch(/^Only 23 h notice before 2026-12-06T10:00:00Z/);
    expect(check(e, 'consent').message).toMatch(/Waiting for Engineer A/);
  });

  it('a first status long after the PR opened is not taken for the opened run (a force-push cannot backdate a swap)', () => {
    const soon: SwapSpec = { start: '2026-11-29T10:00:00Z', relieved: 'engineer-d', covering: 'engineer-b' };
    const hash = swapHashOf(soon);
    const opened = TEST_NOW - 7 * 24 * H;
    const ledger = [
      {
        createdAt: TEST_NOW - 60_000,
        description: statusDescription('1 of 1 swap change do not meet the swap policy: notice.', [hash]),
      },
    ];
    const e = evaluateSwapPr(
      facts({
        swaps: [soon],
        author: login('engineer-d'),
        createdAt: opened,
        openedEvent: false,
        statuses: ledger,
        reviews: [approve('engineer-b', TEST_NOW - 30_000)],
      }),
    );
    expect(e.verdict.reports[0]!.proposedAt).toBe(TEST_NOW - 60_000);
    expect(check(e, 'notice').ok).toBe(false);
  });

  it('a PR without swap changes passes, even when the policy has errors: those are the validate check’s', () => {
    const broken = withFile(
      base,
      'oncall/escalation.yaml',
      textOf(base, 'oncall/escalation.yaml').replace('- schedule: secondary', '- schedule: tertiary'),
    );
    const e = evaluateSwapPr(
      facts({ swaps: [], baseFiles: broken, headFiles: broken, changedFiles: ['oncall/escalation.yaml'] }),
    );
    expect(e.verdict).toMatchObject({ ok: true, summary: 'No swap changes in this PR.' });
  });

  it('a renamed swap file is no change; an edited one is', () => {
    const renamed = evaluateSwapPr(
      facts({
        baseSwaps: [A_WEEK],
        swaps: [{ ...A_WEEK, path: 'oncall/swaps/2026-12-06-primary-engineer-a-2.yaml' } as SwapSpec],
      }),
    );
    expect(renamed.changes).toEqual([]);
    const edited = evaluateSwapPr(facts({ baseSwaps: [A_WEEK], swaps: [{ ...A_WEEK, covering: 'engineer-d' }] }));
    expect(edited.changes.map((c) => c.kind)).toEqual(['changed']);
  });

  it('a PR that also edits the roster or the checker cannot pass its own swap', () => {
    const e = evaluateSwapPr(
      facts({ changedFiles: [swapPath(A_WEEK), 'oncall/team.yaml', '.github/workflows/swap-check.yml'] }),
    );
    expect(e.verdict.ok).toBe(false);
    expect(check(e, 'trust').message).toMatch(/also changes oncall\/team\.yaml, \.github\/workflows\/swap-check\.yml/);
  });

  it('a swap that breaks the policy (the covering engineer is on the other schedule) fails the policy check', () => {
    const e = evaluateSwapPr(
      facts({ swaps: [{ ...A_WEEK, covering: 'engineer-b' }], reviews: [approve('engineer-b')] }),
    );
    expect(check(e, 'policy')).toMatchObject({ ok: false });
    expect(check(e, 'policy').message).toMatch(/engineer-b would hold both "primary" and "secondary"/);
  });
});

function swapHashOf(s: SwapSpec): string {
  return swapHash({
    schedule: s.schedule ?? 'primary',
    start: s.start,
    ...(s.end ? { end: s.end } : {}),
    relieved: s.relieved,
    covering: s.covering,
    reason: s.reason ?? 'Family event',
  });
}
