/**
 * Attacks on the swap check's cover advice and per-person holiday calendars, as a fork author (no
 * write access) and as a team member (from an attack review): a long calendar must not multiply
 * the check's work, no list may push the comment past GitHub's limit, and a swap PR may not
 * classify its own pay by a compensation.yaml it edits.
 */
import { describe, expect, it } from 'vitest';
import { evaluateChanges, type ChangeFacts } from '../src/changes/evaluate.js';
import type { ReviewFact } from '../src/changes/evidence.js';
import type { RawFile } from '../src/model/load.js';
import { renderChangeComment } from '../src/render/change-comment.js';
import { holidayHours } from '../src/swaps/compensation.js';
import { validatePolicy } from '../src/validate/index.js';
import { edit, repoPolicyFiles, TEST_NOW, textOf, withFile } from './helpers/policy.js';
import { withSwaps, type SwapSpec } from './helpers/swaps.js';

const H = 3_600_000;
const MAX_COMMENT = 65_536;
const base = repoPolicyFiles();
const HEAD = 'h'.repeat(40);
const login = (id: string) => `edustream-${id.replace('engineer-', 'eng-')}`;
const approve = (id: string): ReviewFact => ({
  login: login(id),
  state: 'APPROVED',
  submittedAt: TEST_NOW - H,
  commitId: HEAD,
});

function facts(headFiles: RawFile[], over: Partial<ChangeFacts> & { changedFiles?: string[] } = {}): ChangeFacts {
  const { changedFiles = ['oncall/rotations.yaml'], ...rest } = over;
  return {
    pr: {
      number: 7,
      author: { login: login('engineer-a') },
      createdAt: TEST_NOW - 2 * H,
      labels: [],
      changedFiles,
      headSha: HEAD,
    },
    baseFiles: base,
    headFiles,
    sightings: [{ sha: HEAD, at: TEST_NOW - 2 * H, source: 'push', actor: { login: login('engineer-a') } }],
    filesAt: new Map(),
    reviews: [],
    notified: new Set([login('eng-manager').toLowerCase()]),
    unreadable: [],
    now: TEST_NOW,
    ...rest,
  };
}

/** `n` distinct holiday dates from 1900 on, as a YAML flow list: about 29 bytes each. */
function flowDates(n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++)
    out.push(`{date: ${new Date(Date.UTC(1900, 0, 1) + i * 24 * H).toISOString().slice(0, 10)}, name: x}`);
  return `[${out.join(', ')}]`;
}

/**
 * A fork PR: primary and secondary reordered into daily turns (about 1,000 changed stretches, under
 * the 2,000 bound), and a compensation.yaml whose company calendar holds `n` dates, which every
 * holiday_calendar reuses by a YAML alias (4 aliases, far under the 100 allowed). Neither file is
 * code-owned, and the check reads both from the head before anyone reviews them.
 */
function heavyHead(n: number): RawFile[] {
  let { files } = edit(
    base,
    'oncall/rotations.yaml',
    'turn_length: { weeks: 1 }\n        members: [engineer-a, engineer-b, engineer-c, engineer-d]',
    'turn_length: { days: 1 }\n        members: [engineer-b, engineer-a, engineer-c, engineer-d]',
  );
  ({ files } = edit(
    files,
    'oncall/rotations.yaml',
    'turn_length: { weeks: 1 }\n        members: [engineer-b, engineer-c, engineer-d, engineer-a]',
    'turn_length: { days: 1 }\n        members: [engineer-c, engineer-b, engineer-a, engineer-d]',
  ));
  let comp = textOf(files, 'oncall/compensation.yaml');
  const from = comp.indexOf('holidays:\n');
  const to = comp.indexOf('\n#', from);
  comp = `${comp.slice(0, from)}holidays:\n  calendar: E\n  time_zone: Europe/London\n  dates: &big ${flowDates(n)}${comp.slice(to)}`;
  comp = comp.replace(/\n {4}dates:\n(?: {6}- .*\n)+/g, '\n    dates: *big\n');
  return withFile(files, 'oncall/compensation.yaml', comp);
}

describe('ATTACK 1 (fork author): a long holiday calendar in the head compensation.yaml', () => {
  // The check classifies up to 2,000 changes; converting every date of the calendar for each made
  // the cost changes × dates (4,000 dates took 133 s). Now each calendar is converted once, and
  // the schema bounds calendars and dates.
  it('each calendar’s dates are read once, however many stretches ask about it', () => {
    let reads = 0;
    const dates = Array.from({ length: 600 }, (_, i) => ({
      date: new Date(Date.UTC(1900, 0, 1) + i * 24 * H).toISOString().slice(0, 10),
      name: 'x',
    }));
    const calendar = {
      calendar: 'Long',
      time_zone: 'Europe/London',
      get dates() {
        reads += 1;
        return dates;
      },
    };
    let hours = 0;
    for (let i = 0; i < 1000; i++) {
      const start = Date.UTC(1900, 0, 1) + i * 12 * H;
      hours += holidayHours({ start, end: start + 12 * H }, calendar);
    }
    expect(hours).toBe(1000 * 12); // the 1,000 half-days fall within the 600 holidays
    expect(reads).toBe(1);
  });

  it('the schema takes at most 1,000 dates a calendar and 50 calendars', () => {
    const long = heavyHead(1001);
    const errors = validatePolicy(long, { now: TEST_NOW }).findings.filter(
      (f) => f.file === 'oncall/compensation.yaml' && f.severity === 'error',
    );
    expect(errors.length).toBeGreaterThan(0);
    const ok = heavyHead(1000);
    expect(
      validatePolicy(ok, { now: TEST_NOW }).findings.filter(
        (f) => f.file === 'oncall/compensation.yaml' && f.severity === 'error',
      ),
    ).toEqual([]);
    const many = Array.from(
      { length: 51 },
      (_, i) => `  c${i}: { name: C, time_zone: Etc/UTC, dates: [{ date: 2027-01-01, name: x }] }`,
    ).join('\n');
    const comp = textOf(base, 'oncall/compensation.yaml').replace(
      'holiday_calendars:\n',
      `holiday_calendars:\n${many}\n`,
    );
    const found = validatePolicy(withFile(base, 'oncall/compensation.yaml', comp), { now: TEST_NOW }).findings;
    expect(found.some((f) => f.file === 'oncall/compensation.yaml' && f.severity === 'error')).toBe(true);
  });
});

describe('ATTACK 2 (fork author): the sticky comment grows past GitHub’s 65,536-character limit', () => {
  // The "Who is moved" table (one row per person), the protected files and the bindings were not
  // bounded: GitHub answers 422, and the PR kept an earlier sticky comment that could still read
  // "passes". Each list is capped now, and the rows make room for what follows them.
  it('a rotation of 1,500 people in 12-hour turns: the impact table is capped and the body fits', () => {
    const members = Array.from({ length: 1500 }, (_, i) => `person-${i}`);
    const { files } = edit(
      base,
      'oncall/rotations.yaml',
      'turn_length: { weeks: 1 }\n        members: [engineer-a, engineer-b, engineer-c, engineer-d]',
      `turn_length: { hours: 12 }\n        members: [${members.join(', ')}]`,
    );
    const e = evaluateChanges(facts(files));
    expect(e.verdict.refusal).toBeUndefined();
    const body = renderChangeComment(e.verdict, e.people);
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT);
  }, 60_000);

  it('a swap plus 2,000 changed files under src/: ten are named and the body fits', () => {
    const day: SwapSpec = {
      start: '2026-12-09T00:00:00Z',
      end: '2026-12-10T00:00:00Z',
      relieved: 'engineer-a',
      covering: 'engineer-d',
    };
    const changed = ['oncall/swaps/x.yaml', ...Array.from({ length: 2000 }, (_, i) => `src/${'d'.repeat(60)}/${i}.ts`)];
    const e = evaluateChanges(facts(withSwaps(base, day), { changedFiles: changed }));
    const body = renderChangeComment(e.verdict, e.people);
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT);
  });
});

describe('ATTACK 3 (two team members): a swap PR that edits compensation.yaml classifies its own pay', () => {
  // engineer-a (author, relieved) and engineer-d (covering, whose approval is consent) add a
  // "holiday" on the day of their swap to the calendar of engineer-d. The check classifies by the
  // base branch's pay rules and calendars, so the PR's own holiday earns no holiday rate; the rule
  // change itself needs the code owners' review (CODEOWNERS names compensation.yaml).
  const DAY: SwapSpec = {
    start: '2026-12-09T00:00:00Z',
    end: '2026-12-10T00:00:00Z',
    relieved: 'engineer-a',
    covering: 'engineer-d',
    reason: 'Family event',
  };
  const { files: ownHoliday } = edit(
    withSwaps(base, DAY),
    'oncall/compensation.yaml',
    "    time_zone: America/New_York\n    dates:\n      - { date: 2026-01-01, name: New Year's Day }",
    "    time_zone: America/New_York\n    dates:\n      - { date: 2026-12-09, name: Company day }\n      - { date: 2026-01-01, name: New Year's Day }",
  );

  it('the PR’s own holiday is not counted until the rule change is approved by whoever owns pay', () => {
    expect(validatePolicy(ownHoliday, { now: TEST_NOW }).findings.filter((f) => f.severity === 'error')).toEqual([]);
    const e = evaluateChanges(
      facts(ownHoliday, {
        changedFiles: ['oncall/swaps/2026-12-09-primary-engineer-a.yaml', 'oncall/compensation.yaml'],
        reviews: [approve('engineer-d')],
      }),
    );
    const r = e.verdict.reports[0]!;
    const body = renderChangeComment(e.verdict, e.people);
    // Either the check refuses to pass without a manager's approval of the pay rule change, or it
    // classifies by the base branch's rules (0 h holiday) — it does neither:
    const safe = !e.verdict.ok || (r.compensation?.hours.holiday ?? 0) === 0;
    expect(
      safe,
      `ok=${e.verdict.ok}, holiday=${r.compensation?.hours.holiday} h; comment mentions compensation.yaml: ${body.includes('compensation.yaml')}`,
    ).toBe(true);
  });
});
