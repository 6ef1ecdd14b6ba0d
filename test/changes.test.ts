/**
 * Change governance, pure: base and head timelines compared, each shift change judged from what
 * GitHub records (sightings of the PR's heads, reviews by commit), whatever file caused it.
 */
import { describe, expect, it } from 'vitest';
import { evaluateChanges, type ChangeFacts } from '../src/changes/evaluate.js';
import type { ReviewFact, Sighting } from '../src/changes/evidence.js';
import { MAX_ADVISED } from '../src/changes/cover-advice.js';
import { shiftChanges, changeWindow } from '../src/changes/shift-changes.js';
import type { RawFile } from '../src/model/load.js';
import { renderChangeComment } from '../src/render/change-comment.js';
import { fairness, quarterWindow, weightedHours, weightsOf } from '../src/reports/hours.js';
import { validatePolicy } from '../src/validate/index.js';
import { buildTimeline } from '../src/schedule/timeline.js';
import { kinds, liveMarkup, liveMentions, parseMarkdown, shown, textOf } from './helpers/markdown.js';
import { edit, repoPolicyFiles, TEST_NOW } from './helpers/policy.js';
import { withSwaps, type SwapSpec } from './helpers/swaps.js';

const H = 3_600_000;
const base = repoPolicyFiles();
/** Week of 2026-12-06 10:00Z: engineer-a is primary, engineer-b secondary. */
const A_WEEK: SwapSpec = { start: '2026-12-06T10:00:00Z', relieved: 'engineer-a', covering: 'engineer-c' };
const login = (id: string) => `edustream-${id.replace('engineer-', 'eng-')}`;
const HEAD = 'h'.repeat(40);
/** engineer-a, the default author, pushed it. */
const BY_A = { login: login('engineer-a') };
const approve = (id: string, at = TEST_NOW - H, commitId = HEAD): ReviewFact => ({
  login: login(id),
  state: 'APPROVED',
  submittedAt: at,
  commitId,
});

function facts(over: Partial<ChangeFacts> & { headFiles?: RawFile[]; author?: string } = {}): ChangeFacts {
  const { author = 'engineer-a', ...rest } = over;
  return {
    pr: {
      number: 7,
      author: { login: login(author) },
      createdAt: TEST_NOW - 2 * H,
      labels: [],
      changedFiles: ['oncall/swaps/x.yaml'],
      headSha: HEAD,
    },
    baseFiles: base,
    headFiles: withSwaps(base, A_WEEK),
    sightings: [{ sha: HEAD, at: TEST_NOW - 2 * H, source: 'push', actor: { login: login(author) } }],
    filesAt: new Map(),
    reviews: [approve('engineer-c')],
    notified: new Set([login('eng-manager').toLowerCase()]),
    unreadable: [],
    now: TEST_NOW,
    ...rest,
  };
}

const check = (e: ReturnType<typeof evaluateChanges>, id: string, i = 0) =>
  e.verdict.reports[i]!.checks.find((c) => c.id === id)!;

describe('shift changes', () => {
  it('a swap file gives one change: its period, who loses it, who gains it', () => {
    const window = changeWindow(TEST_NOW);
    const b = buildTimeline(validatePolicy(base).policy, window);
    const h = buildTimeline(validatePolicy(withSwaps(base, A_WEEK)).policy, window);
    const changes = shiftChanges(b, h, window);
    expect(changes).toMatchObject([
      {
        schedule: 'primary',
        start: Date.parse('2026-12-06T10:00:00Z'),
        end: Date.parse('2026-12-13T10:00:00Z'),
        loses: 'engineer-a',
        gains: 'engineer-c',
        begun: false,
      },
    ]);
  });

  it('a reordered rotation moves shifts with no swap file, week by week from now on', () => {
    const { files } = edit(
      base,
      'oncall/rotations.yaml',
      'members: [engineer-a, engineer-b, engineer-c, engineer-d]',
      'members: [engineer-b, engineer-a, engineer-c, engineer-d]',
    );
    const window = changeWindow(TEST_NOW);
    const b = buildTimeline(validatePolicy(base).policy, window);
    const h = buildTimeline(validatePolicy(files).policy, window);
    const changes = shiftChanges(b, h, window).filter((c) => c.start < Date.parse('2026-12-20T10:00:00Z'));
    expect(changes.map((c) => [new Date(c.start).toISOString(), c.loses, c.gains])).toEqual([
      ['2026-12-06T10:00:00.000Z', 'engineer-a', 'engineer-b'],
      ['2026-12-13T10:00:00.000Z', 'engineer-b', 'engineer-a'],
    ]);
  });

  it('a stretch under way is marked begun, from now', () => {
    const window = changeWindow(TEST_NOW);
    const now = {
      start: '2026-11-27T08:00:00Z',
      end: '2026-11-27T20:00:00Z',
      relieved: 'engineer-c',
      covering: 'engineer-a',
    };
    const b = buildTimeline(validatePolicy(base).policy, window);
    const h = buildTimeline(validatePolicy(withSwaps(base, now)).policy, window);
    expect(shiftChanges(b, h, window)).toMatchObject([{ start: TEST_NOW, begun: true }]);
  });
});

describe('a swap proposed in time and approved by the covering engineer', () => {
  const e = evaluateChanges(facts());
  it('passes every rule', () => {
    expect(e.verdict.ok, e.verdict.summary).toBe(true);
    expect(e.verdict.reports.map((r) => r.checks.map((c) => [c.id, c.ok]))).toEqual([
      [
        ['notice', true],
        ['consent', true],
        ['managers', true],
        ['compensation', null],
      ],
    ]);
    expect(check(e, 'notice').message).toMatch(/Proposed 2026-11-27T10:00:00Z, 216 h before it starts/);
    expect(e.verdict.reports[0]!.swapId).toBe('2026-12-06-primary-engineer-a');
    // engineer-c works in Lisbon: Tuesday 2026-12-08 (Immaculate Conception) is their holiday.
    expect(e.verdict.reports[0]!.compensation?.hours).toEqual({ time_trade: 0, overtime: 144, holiday: 24 });
  });
  it('expires when the period begins before the merge (bypass 8): the same facts judged later fail notice', () => {
    const start = Date.parse(A_WEEK.start);
    const later = evaluateChanges(facts({ now: start + H }));
    expect(later.verdict.ok).toBe(false);
    expect(check(later, 'notice')).toMatchObject({ ok: false, message: expect.stringMatching(/had already begun/) });
  });
  it('shows who is moved, by kind of hour', () => {
    expect(e.verdict.impact.map((r) => [r.person, r.gained.total, r.lost.total])).toEqual([
      ['engineer-a', 0, 168],
      ['engineer-c', 168, 0],
    ]);
  });
  it('asks the manager when GitHub records no notification of them', () => {
    const n = evaluateChanges(facts({ notified: new Set() }));
    expect(n.verdict.notify.map((m) => m.id)).toEqual(['eng-manager']);
    expect(check(n, 'managers').ok).toBe(false);
  });
});

describe('hours by each person’s own holiday calendar', () => {
  // engineer-b (Berlin) takes Berlin's Christmas Day, 2026-12-24T23:00Z to 12-25T23:00Z, from
  // engineer-c (Lisbon), primary that week.
  const xmas = { start: '2026-12-24T23:00:00Z', end: '2026-12-25T23:00:00Z', relieved: 'engineer-c' };
  const e = evaluateChanges(
    facts({ headFiles: withSwaps(base, { ...xmas, covering: 'engineer-b' }), reviews: [approve('engineer-b')] }),
  );
  it('the same stretch is 24 holiday hours gained in Berlin and 23 lost in Lisbon, whose Christmas starts an hour later', () => {
    expect(e.verdict.impact.map((r) => [r.person, r.gained, r.lost])).toEqual([
      [
        'engineer-b',
        { total: 24, business: 0, afterHours: 0, weekend: 0, holiday: 24 },
        { total: 0, business: 0, afterHours: 0, weekend: 0, holiday: 0 },
      ],
      [
        'engineer-c',
        { total: 0, business: 0, afterHours: 0, weekend: 0, holiday: 0 },
        // 23:00–24:00Z on the 24th is a Thursday night in London and in Lisbon.
        { total: 24, business: 0, afterHours: 1, weekend: 0, holiday: 23 },
      ],
    ]);
  });
  it('pays the covering engineer’s holidays at the holiday rate: all 24 h for engineer-b, 23 for engineer-c', () => {
    expect(e.verdict.reports[0]!.compensation?.hours).toEqual({ time_trade: 0, overtime: 0, holiday: 24 });
    const back = evaluateChanges(
      facts({
        headFiles: withSwaps(base, { ...xmas, relieved: 'engineer-c', covering: 'engineer-a' }),
        reviews: [approve('engineer-a')],
      }),
    );
    // engineer-a (London): Christmas Day is 12-25T00:00Z to 12-26T00:00Z, as in Lisbon.
    expect(back.verdict.reports[0]!.compensation?.hours).toEqual({ time_trade: 0, overtime: 1, holiday: 23 });
  });
});

describe('a rotation edit is judged like a swap (bypass 1)', () => {
  const { files } = edit(
    base,
    'oncall/rotations.yaml',
    'members: [engineer-a, engineer-b, engineer-c, engineer-d]',
    'members: [engineer-b, engineer-a, engineer-c, engineer-d]',
  );
  it('fails without the consent of each person moved, naming them, on the schedule in rotations.yaml', () => {
    const e = evaluateChanges(facts({ headFiles: files, reviews: [], author: 'engineer-c' }));
    expect(e.verdict.ok).toBe(false);
    expect(check(e, 'consent').message).toMatch(/Waiting for Engineer A \(@edustream-eng-a\) and Engineer B/);
    expect(e.findings.find((f) => f.ruleId === 'change/consent')).toMatchObject({
      file: 'oncall/rotations.yaml',
      line: 6,
    });
  });
  it('a 4-hour lowest layer that pages someone else 3 hours from now fails notice (5 h after the PR opened)', () => {
    const layer = [
      '      - id: override',
      '        name: Late cover',
      '        time_zone: Etc/UTC',
      '        start: 2026-11-27T15:00',
      '        end: 2026-11-27T19:00',
      '        turn_length: { hours: 4 }',
      '        members: [engineer-b]',
      '',
    ].join('\n');
    const { files: added } = edit(base, 'oncall/rotations.yaml', '  - id: secondary', `${layer}\n  - id: secondary`);
    const e = evaluateChanges(facts({ headFiles: added, reviews: [approve('engineer-c'), approve('engineer-b')] }));
    expect(e.verdict.ok).toBe(false);
    expect(e.verdict.reports.map((r) => [r.change.loses, r.change.gains])).toContainEqual(['engineer-c', 'engineer-b']);
    expect(check(e, 'notice').message).toMatch(/^Only 5 h notice/);
  });
});

describe('evidence: only what GitHub records', () => {
  it('notice counts from the first sighting of a head holding the change; a later push restarts it', () => {
    const old = 'o'.repeat(40);
    const sightings: Sighting[] = [
      { sha: old, at: TEST_NOW - 100 * H, source: 'push', actor: BY_A },
      { sha: HEAD, at: TEST_NOW - H, source: 'push', actor: BY_A },
    ];
    const filesAt = new Map([[old, base]]); // the old head moved nobody
    const e = evaluateChanges(facts({ sightings, filesAt, pr: { ...facts().pr, createdAt: TEST_NOW - 100 * H } }));
    expect(e.verdict.reports[0]!.since).toBe(TEST_NOW - H);
    const held = evaluateChanges(
      facts({
        sightings,
        filesAt: new Map([[old, withSwaps(base, A_WEEK)]]),
        pr: { ...facts().pr, createdAt: TEST_NOW - 100 * H },
      }),
    );
    expect(held.verdict.reports[0]!.since).toBe(TEST_NOW - 100 * H);
  });

  it('never before the PR was opened: a branch pushed days earlier was proposed to nobody', () => {
    const e = evaluateChanges(
      facts({ sightings: [{ sha: HEAD, at: TEST_NOW - 200 * H, source: 'push', actor: BY_A }] }),
    );
    expect(e.verdict.reports[0]!.since).toBe(TEST_NOW - 2 * H);
  });

  it('an unreadable earlier head ends the walk: the change is taken as newer, never older', () => {
    const gone = 'g'.repeat(40);
    const sightings: Sighting[] = [
      { sha: gone, at: TEST_NOW - 90 * H, source: 'run', actor: BY_A },
      { sha: HEAD, at: TEST_NOW - 30 * H, source: 'run', actor: BY_A },
    ];
    const e = evaluateChanges(facts({ sightings, pr: { ...facts().pr, createdAt: TEST_NOW - 90 * H } }));
    expect(e.verdict.reports[0]!.since).toBe(TEST_NOW - 30 * H);
  });

  it('an approval of content B does not count after a revert to content A (bypass 5)', () => {
    const a1 = 'a'.repeat(40);
    const b = 'b'.repeat(40);
    const other: SwapSpec = { ...A_WEEK, covering: 'engineer-d' };
    const sightings: Sighting[] = [
      { sha: a1, at: TEST_NOW - 100 * H, source: 'push', actor: BY_A },
      { sha: b, at: TEST_NOW - 80 * H, source: 'push', actor: BY_A },
      { sha: HEAD, at: TEST_NOW - 60 * H, source: 'push', actor: BY_A }, // A again
    ];
    const filesAt = new Map([
      [a1, withSwaps(base, A_WEEK)],
      [b, withSwaps(base, other)],
    ]);
    const pr = { ...facts().pr, createdAt: TEST_NOW - 100 * H };
    const stale = evaluateChanges(
      facts({ sightings, filesAt, pr, reviews: [approve('engineer-c', TEST_NOW - 70 * H, b)] }),
    );
    expect(check(stale, 'consent').ok).toBe(false);
    expect(stale.verdict.reports[0]!.since).toBe(TEST_NOW - 60 * H);
    // An approval of A's first version, given before the detour through B, is stale as well.
    const early = evaluateChanges(
      facts({ sightings, filesAt, pr, reviews: [approve('engineer-c', TEST_NOW - 90 * H, a1)] }),
    );
    expect(check(early, 'consent').ok).toBe(false);
    const fresh = evaluateChanges(
      facts({ sightings, filesAt, pr, reviews: [approve('engineer-c', TEST_NOW - 50 * H, HEAD)] }),
    );
    expect(check(fresh, 'consent').ok).toBe(true);
  });

  it('a person whose record still lists a todo cannot consent, even from their own login, until it is done', () => {
    const { files } = edit(
      base,
      'oncall/team.yaml',
      'github: edustream-eng-c',
      'github: edustream-eng-c\n    todo: [manager]',
    );
    const e = evaluateChanges(
      facts({ baseFiles: files, headFiles: withSwaps(files, A_WEEK), reviews: [approve('engineer-c')] }),
    );
    expect(check(e, 'consent').ok).toBe(false);
    expect(check(e, 'consent').message).toMatch(
      /engineer-c \(todo: manager\) cannot consent until their record in team\.yaml is complete/,
    );
    // The same approval counts once the record is complete.
    expect(check(evaluateChanges(facts({ reviews: [approve('engineer-c')] })), 'consent').ok).toBe(true);
  });

  it('a login renamed and taken by someone else cannot consent where team.yaml records the id (bypass 9)', () => {
    const { files } = edit(
      base,
      'oncall/team.yaml',
      'github: edustream-eng-c',
      'github: edustream-eng-c\n    github_id: 4242',
    );
    const impostor = { ...approve('engineer-c'), userId: 9999 };
    const e = evaluateChanges(facts({ baseFiles: files, headFiles: withSwaps(files, A_WEEK), reviews: [impostor] }));
    expect(check(e, 'consent').ok).toBe(false);
    const real = evaluateChanges(
      facts({ baseFiles: files, headFiles: withSwaps(files, A_WEEK), reviews: [{ ...impostor, userId: 4242 }] }),
    );
    expect(check(real, 'consent').ok).toBe(true);
  });
});

describe('authorship is consent only for the author’s own pushes', () => {
  it('a teammate who pushes onto the author’s PR branch cannot make the author cover a shift unasked', () => {
    // engineer-c pushes a swap onto engineer-a's PR that hands engineer-c's week to engineer-a.
    const dump: SwapSpec = { start: '2026-12-20T10:00:00Z', relieved: 'engineer-c', covering: 'engineer-a' };
    const pushedByC = [{ sha: HEAD, at: TEST_NOW - H, source: 'push' as const, actor: { login: login('engineer-c') } }];
    const e = evaluateChanges(
      facts({ headFiles: withSwaps(base, dump), sightings: pushedByC, reviews: [], author: 'engineer-a' }),
    );
    expect(check(e, 'consent').ok).toBe(false);
    expect(check(e, 'consent').message).toMatch(/Engineer A .* someone other than the author pushed this change/);
    const own = evaluateChanges(
      facts({ headFiles: withSwaps(base, dump), reviews: [approve('engineer-c')], author: 'engineer-a' }),
    );
    expect(check(own, 'consent').ok).toBe(true);
  });
});

describe('fail closed, always a verdict', () => {
  it('what could not be read fails, saying why', () => {
    const e = evaluateChanges(facts({ unreadable: ['GitHub truncated the file tree of abc1234.'] }));
    expect(e.verdict.ok).toBe(false);
    expect(e.verdict.summary).toMatch(/^Cannot judge this PR: GitHub truncated/);
  });
  it('an unparseable swap file fails; it is never "no change" (bypass 6)', () => {
    const broken = [
      ...base,
      { path: 'oncall/swaps/2026-12-06-primary-engineer-a.yaml', bytes: Buffer.from('start: [') },
    ];
    const e = evaluateChanges(facts({ headFiles: broken }));
    expect(e.verdict.ok).toBe(false);
    expect(e.verdict.policyErrors.length).toBeGreaterThan(0);
  });
  it('a PR that moves nobody passes when the policy validates', () => {
    const e = evaluateChanges(facts({ headFiles: base }));
    expect(e.verdict).toMatchObject({ ok: true, reports: [], summary: 'Moves nobody; the policy validates.' });
  });
  it('a rotation with hourly turns on many layers is refused within bounds, not computed', () => {
    const layers = Array.from({ length: 30 }, (_, i) =>
      [
        `      - id: hourly-${i}`,
        '        time_zone: Etc/UTC',
        '        start: 2026-01-04T10:00',
        '        turn_length: { hours: 1 }',
        '        members: [engineer-a, engineer-b]',
        '',
      ].join('\n'),
    ).join('');
    const { files } = edit(base, 'oncall/rotations.yaml', '  - id: secondary', `${layers}  - id: secondary`);
    const e = evaluateChanges(facts({ headFiles: files }));
    expect(e.verdict).toMatchObject({ ok: false });
    expect(e.verdict.refusal).toMatch(/too many turns/);
  });
  it('the emergency path: under 48 h passes with the label and a manager’s approval', () => {
    const soon: SwapSpec = {
      start: '2026-11-28T10:00:00Z',
      end: '2026-11-28T18:00:00Z',
      relieved: 'engineer-c',
      covering: 'engineer-a',
    };
    const f = facts({ headFiles: withSwaps(base, soon), author: 'engineer-c', reviews: [approve('engineer-a')] });
    expect(check(evaluateChanges(f), 'notice').message).toMatch(
      /As an emergency it needs the emergency-swap label and an approval/,
    );
    const e = evaluateChanges({
      ...f,
      pr: { ...f.pr, labels: ['emergency-swap'] },
      reviews: [approve('engineer-a'), approve('eng-manager')],
    });
    expect(e.verdict.ok, e.verdict.summary).toBe(true);
    expect(e.verdict.reports[0]!.emergency).toBe(true);
  });
  it('a PR that also changes the checker cannot pass the shifts it moves', () => {
    const e = evaluateChanges(
      facts({ pr: { ...facts().pr, changedFiles: ['oncall/swaps/x.yaml', 'dist/swap-check/index.js'] } }),
    );
    expect(check(e, 'trust').ok).toBe(false);
  });
});

describe('a new pagerduty_id needs an engineering manager or the CTO', () => {
  const bindPrimary = (id: string) =>
    edit(base, 'oncall/rotations.yaml', '  - id: primary\n', `  - id: primary\n    pagerduty_id: ${id}\n`).files;
  const binding = (over: Partial<ChangeFacts> & { headFiles?: RawFile[] } = {}) =>
    evaluateChanges(
      facts({
        headFiles: bindPrimary('PABC123'),
        reviews: [],
        pr: { ...facts().pr, changedFiles: ['oncall/rotations.yaml'] },
        ...over,
      }),
    );

  it('an ordinary approval does not bind: the check fails at the pagerduty_id line, naming who can approve', () => {
    const e = binding({ reviews: [approve('engineer-b')] });
    expect(e.verdict.reports).toEqual([]);
    expect(e.verdict.ok).toBe(false);
    const [b] = e.verdict.bindings;
    expect(b!.change).toMatchObject({ what: 'schedule "primary"', pagerdutyId: 'PABC123' });
    expect(b!.checks[0]!.message).toMatch(
      /needs an approval from an engineering manager or the CTO \(Engineering Manager \(@edustream-eng-manager\) or CTO/,
    );
    const finding = e.findings.find((f) => f.ruleId === 'change/binding')!;
    const text = bindPrimary('PABC123')
      .find((f) => f.path === 'oncall/rotations.yaml')!
      .bytes.toString();
    expect(finding.line).toBe(text.split('\n').findIndex((l) => l.includes('pagerduty_id: PABC123')) + 1);
    expect(finding.file).toBe('oncall/rotations.yaml');
    expect(e.verdict.summary).toMatch(/1 new PagerDuty binding, 1 not approved/);
  });

  it('the engineering manager’s approval of the head binds it', () => {
    const e = binding({ reviews: [approve('eng-manager')] });
    expect(e.verdict.ok, e.verdict.summary).toBe(true);
    expect(e.verdict.bindings[0]!.checks[0]).toMatchObject({ ok: true });
  });

  it('an approval of an earlier head that bound another id does not count for the new one', () => {
    const earlier = 'e'.repeat(40);
    const e = binding({
      sightings: [
        { sha: earlier, at: TEST_NOW - 2 * H, source: 'push', actor: BY_A },
        { sha: HEAD, at: TEST_NOW - H / 2, source: 'push', actor: BY_A },
      ],
      filesAt: new Map([[earlier, bindPrimary('PZZZ999')]]),
      reviews: [approve('eng-manager', TEST_NOW - H, earlier)],
    });
    expect(e.verdict.ok).toBe(false);
  });

  it('changing the checker in the same PR fails it, and an id already bound on the base needs nothing', () => {
    const e = binding({
      reviews: [approve('cto')],
      pr: { ...facts().pr, changedFiles: ['oncall/rotations.yaml', '.github/workflows/swap-check.yml'] },
    });
    expect(e.verdict.bindings[0]!.checks.map((c) => [c.id, c.ok])).toEqual([
      ['trust', false],
      ['binding', true],
    ]);
    const same = evaluateChanges(
      facts({ baseFiles: bindPrimary('PABC123'), headFiles: bindPrimary('PABC123'), reviews: [] }),
    );
    expect(same.verdict.bindings).toEqual([]);
    expect(same.verdict.ok).toBe(true);
  });
});

describe('.gitattributes changes how checkout writes the files the sync reads', () => {
  it.each(['oncall/.gitattributes', '.gitattributes', 'oncall/swaps/.GitAttributes'])(
    'a PR changing %s is refused, even one that moves nobody: the check could read other bytes than the apply',
    (path) => {
      const e = evaluateChanges(
        facts({ headFiles: base, reviews: [approve('eng-manager')], pr: { ...facts().pr, changedFiles: [path] } }),
      );
      expect(e.verdict.ok).toBe(false);
      expect(e.verdict.refusal).toMatch(/decides how git writes files on checkout/);
    },
  );
});

describe('cover advice: oncall cover’s list beside the verdict when someone lighter is free', () => {
  /** Wednesday 2026-12-09, a whole day of engineer-a's primary week; engineer-b is secondary. */
  const DAY: SwapSpec = {
    start: '2026-12-09T00:00:00Z',
    end: '2026-12-10T00:00:00Z',
    relieved: 'engineer-a',
    covering: 'engineer-d',
  };
  const toD = evaluateChanges(
    facts({ headFiles: withSwaps(base, DAY), reviews: [approve('engineer-d')], author: 'engineer-a' }),
  );
  const toC = evaluateChanges(
    facts({
      headFiles: withSwaps(base, { ...DAY, covering: 'engineer-c' }),
      reviews: [approve('engineer-c')],
      author: 'engineer-a',
    }),
  );
  const p = validatePolicy(base, { now: TEST_NOW }).policy;
  const load = new Map(fairness(p, quarterWindow('2026Q4')!).map((r) => [r.person, weightedHours(r, weightsOf(p))]));

  it('engineer-d is heavier than engineer-c this quarter: the list, best first, with the numbers of the base branch', () => {
    const a = toD.verdict.reports[0]!.cover!;
    expect(a.best.map((c) => c.person)).toEqual(['engineer-c', 'engineer-d']);
    expect(a.candidates).toBe(2);
    expect(a).toMatchObject({ chosen: 'engineer-d', rank: 2, quarter: '2026Q4' });
    expect(a.reason).toBeUndefined();
    expect(load.get('engineer-c')!).toBeLessThan(load.get('engineer-d')!);
    for (const c of a.best) {
      expect(c.weighted).toBeCloseTo(load.get(c.person)!, 1);
      // London: 09:00–18:00 business, 15 h after hours at ×1.5.
      expect(c.weightedAfter - c.weighted).toBeCloseTo(9 + 15 * 1.5, 5);
    }
    expect(a.weighted).toBe(31.5);
    expect(a.best[0]!.command).toBe(
      'npx oncall swap --schedule primary --at 2026-12-09T00:00:00Z --until 2026-12-10T00:00:00Z --from engineer-a --to engineer-c --reason "Cover for engineer-a"',
    );
    expect(a.command).toBe(
      'npx oncall cover --schedule primary --at 2026-12-09T00:00:00Z --until 2026-12-10T00:00:00Z --from engineer-a',
    );
  });

  it('the lightest choice gets no advice, and advice never changes the verdict', () => {
    expect(toC.verdict.reports[0]!.cover).toBeUndefined();
    expect(renderChangeComment(toC.verdict, toC.people)).not.toContain('**Cover**');
    expect(toD.verdict.ok, toD.verdict.summary).toBe(true);
    const rules = (e: typeof toD) => e.verdict.reports.map((r) => r.checks.map((c) => [c.id, c.ok]));
    expect(rules(toD)).toEqual(rules(toC));
    expect(toD.verdict.summary).toBe(toC.verdict.summary);
    expect(toD.findings).toEqual([]);
  });

  it('the comment shows the list as a table and the commands in a code block', () => {
    const body = renderChangeComment(toD.verdict, toD.people);
    const section = body.slice(body.indexOf('**Cover**'), body.indexOf('<details>'));
    expect(shown(section)).toContain(
      'Engineer D is not the lightest choice for this stretch; ranked 2 of the 2 who can take it.',
    );
    expect(section).toContain('| 1 | Engineer C | 1703 | 1734.5 |');
    expect(section).toContain('| 2 | Engineer D (chosen) | 1885 | 1916.5 |');
    const tree = parseMarkdown(section);
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph', 'table', 'paragraph', 'code']);
    expect(textOf(kinds(tree, ['code'])[0]!).split('\n')).toEqual([
      toD.verdict.reports[0]!.cover!.command,
      toD.verdict.reports[0]!.cover!.best[0]!.command,
    ]);
  });

  it('a cover just off a shift is named with the reason oncall cover excludes them', () => {
    // engineer-d hands primary to engineer-a at 2026-12-06T10:00Z; 12 h rest either side.
    const early = { ...DAY, start: '2026-12-06T10:00:00Z', end: '2026-12-06T20:00:00Z' };
    const e = evaluateChanges(facts({ headFiles: withSwaps(base, early), reviews: [approve('engineer-d')] }));
    const a = e.verdict.reports[0]!.cover!;
    expect(a.rank).toBeUndefined();
    expect(a.reason).toBe('just off a shift ("primary" until 2026-12-06T10:00:00Z; 12 h rest)');
    expect(a.best.map((c) => c.person)).toEqual(['engineer-c']);
    expect(shown(renderChangeComment(e.verdict, e.people))).toContain(
      '`oncall cover` does not list them: just off a shift ("primary" until 2026-12-06T10:00:00Z; 12 h rest).',
    );
  });

  it(`a reordered rotation is compared for its first ${MAX_ADVISED} handoffs only, and says how many more`, () => {
    const { files } = edit(
      base,
      'oncall/rotations.yaml',
      'members: [engineer-a, engineer-b, engineer-c, engineer-d]',
      'members: [engineer-b, engineer-a, engineer-c, engineer-d]',
    );
    const e = evaluateChanges(facts({ headFiles: files }));
    const handoffs = e.verdict.reports.filter((r) => r.change.loses && r.change.gains);
    expect(handoffs.length).toBeGreaterThan(20);
    expect(e.verdict.reports.filter((r) => r.cover).every((r) => handoffs.indexOf(r) < MAX_ADVISED)).toBe(true);
    expect(e.verdict.coverUnchecked).toBe(handoffs.length - MAX_ADVISED);
    expect(renderChangeComment(e.verdict, e.people)).toContain(
      `…and ${handoffs.length - MAX_ADVISED} more were not compared.`,
    );
  });

  it('a roster name written by a PR author (a mention, an image, a link, a fence) stays text in the advice', () => {
    // The attacker renames engineer-c, whom oncall cover lists first, in an earlier PR.
    const hostile =
      '@edustream/all <img src=x onerror=alert(1)> ``` [Confirm](https://evil.example) ![](https://e.x/i)';
    const { files: renamed } = edit(base, 'oncall/team.yaml', 'name: Engineer C', `name: ${JSON.stringify(hostile)}`);
    expect(validatePolicy(renamed, { now: TEST_NOW }).findings.filter((f) => f.severity === 'error')).toEqual([]);
    const e = evaluateChanges(
      facts({ baseFiles: renamed, headFiles: withSwaps(renamed, DAY), reviews: [approve('engineer-d')] }),
    );
    expect(e.verdict.reports[0]!.cover?.best[0]?.person).toBe('engineer-c');
    const body = renderChangeComment(e.verdict, e.people);
    const section = body.slice(body.indexOf('**Cover**'), body.indexOf('<details>'));
    expect(shown(section)).toContain(`| 1 | ${hostile} |`);
    expect(liveMentions(section)).toEqual([]);
    const tree = parseMarkdown(section);
    expect(liveMarkup(tree)).toEqual([]);
    // The fence in the name closes nothing: one table, then the one code block of commands.
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph', 'table', 'paragraph', 'code']);
    expect(textOf(kinds(tree, ['code'])[0]!)).not.toContain('evil');
  });
});
