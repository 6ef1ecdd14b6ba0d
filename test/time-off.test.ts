/**
 * Time off: periods read in each person's zone, nobody on call while away (found at the line that
 * causes it), and cover suggested lightest-load first with the weights shown.
 */
import { describe, expect, it } from 'vitest';
import type { RawFile } from '../src/model/load.js';
import { findCover } from '../src/reports/cover.js';
import { fairness, quarterWindow, weightedHours, weightsOf } from '../src/reports/hours.js';
import { absencesOf } from '../src/schedule/time-off.js';
import { validatePolicy } from '../src/validate/index.js';
import { edit, lineOf, repoPolicyFiles, TEST_NOW, withFile } from './helpers/policy.js';
import { swapPath, withSwaps } from './helpers/swaps.js';

const H = 3_600_000;
const base = repoPolicyFiles();
const HEADER = '# yaml-language-server: $schema=../../schemas/time-off.schema.json\nperiods:\n';
const timeOff = (files: readonly RawFile[], person: string, ...periods: string[]) =>
  withFile(files, `oncall/time-off/${person}.yaml`, HEADER + periods.map((p) => `  - ${p}\n`).join(''));
const findings = (files: readonly RawFile[], rule: string) =>
  validatePolicy(files, { now: TEST_NOW }).findings.filter((f) => f.ruleId === rule);

describe('periods', () => {
  it('a date is a whole local day: 25 hours in Berlin on the day summer time ends, 23 on the day it starts', () => {
    const files = timeOff(
      base,
      'engineer-b', // Europe/Berlin
      '{ start: 2026-10-25, end: 2026-10-25, kind: leave }',
      '{ start: 2027-03-28, end: 2027-03-28, kind: public-holiday }',
      '{ start: 2027-02-10T13:00, end: 2027-02-10T17:00, kind: training }',
    );
    const { absences, problems } = absencesOf(validatePolicy(files, { now: TEST_NOW }).policy);
    expect(problems).toEqual([]);
    const b = absences.filter((a) => a.person === 'engineer-b');
    expect(b.map((a) => [new Date(a.start).toISOString(), (a.end - a.start) / H])).toEqual([
      ['2026-10-24T22:00:00.000Z', 25],
      ['2027-02-10T12:00:00.000Z', 4],
      ['2027-03-27T23:00:00.000Z', 23],
    ]);
  });

  it('an impossible date, an end before the start and a file named after nobody are errors at their lines', () => {
    const files = timeOff(
      timeOff(
        base,
        'engineer-b',
        '{ start: 2027-02-30, end: 2027-03-01, kind: leave }',
        '{ start: 2027-03-05, end: 2027-03-04, kind: leave }',
      ),
      'engineer-z',
      '{ start: 2027-03-05, end: 2027-03-06, kind: leave }',
    );
    const found = findings(files, 'time-off/period');
    expect(found.map((f) => [f.file, f.line])).toEqual([
      ['oncall/time-off/engineer-b.yaml', 3],
      ['oncall/time-off/engineer-b.yaml', 4],
      ['oncall/time-off/engineer-z.yaml', 2],
    ]);
    expect(found[0]!.message).toMatch(/"2027-02-30" is not a real date/);
    expect(found[1]!.message).toMatch(/ends \(2027-03-04\) before it starts/);
    expect(found[2]!.message).toMatch(/"engineer-z", who is not in team\.yaml/);
  });
});

describe('schedule/on-leave', () => {
  // engineer-a (Europe/London) is primary for the week from 2026-12-06 10:00Z.
  const leave = timeOff(base, 'engineer-a', '{ start: 2026-12-09, end: 2026-12-10, kind: leave, note: Dentist }');

  it('a rotation turn during declared leave is an error at the period, with the command that finds cover', () => {
    const found = findings(leave, 'schedule/on-leave');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'oncall/time-off/engineer-a.yaml', line: 3 });
    expect(found[0]!.message).toBe(
      'engineer-a is on call for "primary" from 2026-12-09T00:00:00Z to 2026-12-11T00:00:00Z, during their declared leave (oncall/time-off/engineer-a.yaml, period 1). Find cover and propose the swap: npx oncall cover --schedule primary --at 2026-12-09T00:00:00Z --until 2026-12-11T00:00:00Z --from engineer-a',
    );
  });

  it('the swap that cover suggests clears it; a swap onto someone who is away is an error at its covering line', () => {
    const cover = { start: '2026-12-09T00:00:00Z', end: '2026-12-11T00:00:00Z', relieved: 'engineer-a' };
    expect(findings(withSwaps(leave, { ...cover, covering: 'engineer-c' }), 'schedule/on-leave')).toEqual([]);
    const onto = withSwaps(timeOff(leave, 'engineer-c', '{ start: 2026-12-10, end: 2026-12-10, kind: training }'), {
      ...cover,
      covering: 'engineer-c',
    });
    const found = findings(onto, 'schedule/on-leave');
    const path = swapPath({ ...cover, covering: 'engineer-c' });
    expect(found.map((f) => [f.file, f.line])).toEqual([[path, lineOf(onto, path, 'covering:')]]);
    expect(found[0]!.message).toMatch(
      /engineer-c is on call for "primary" .* during their declared training .*because swap/,
    );
  });

  it('leave beyond the horizon is not yet an error; the repository’s own time off conflicts with nothing', () => {
    expect(
      findings(timeOff(base, 'engineer-a', '{ start: 2027-12-08, end: 2027-12-09, kind: leave }'), 'schedule/on-leave'),
    ).toEqual([]);
    expect(findings(base, 'schedule/on-leave')).toEqual([]);
  });
});

describe('oncall cover', () => {
  const policy = (files: readonly RawFile[]) => validatePolicy(files, { now: TEST_NOW }).policy;

  it('Christmas Eve and Day on primary: the stretch by kind and weighted, candidates lightest first, the rest excluded with reasons', () => {
    // Week of 2026-12-20: engineer-c is primary, engineer-d secondary; engineer-a is away.
    const files = timeOff(base, 'engineer-a', '{ start: 2026-12-23, end: 2026-12-24, kind: leave }');
    const p = policy(files);
    const result = findCover(p, {
      schedule: 'primary',
      at: Date.parse('2026-12-24T00:00:00Z'),
      until: Date.parse('2026-12-26T00:00:00Z'),
      from: 'engineer-c',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const a = result.answer;
    // Thursday 24th: 09:00–18:00 business, 15 h after hours; Friday 25th: a holiday (London = UTC).
    expect(a.hours).toEqual({ total: 48, business: 9, afterHours: 15, weekend: 0, holiday: 24 });
    expect(a.weights).toEqual({ business: 1, afterHours: 1.5, weekend: 2, holiday: 3 });
    expect(a.weighted).toBe(9 + 15 * 1.5 + 24 * 3);
    expect(a.quarter).toBe('2026Q4');
    expect(a.candidates.map((c) => c.person)).toEqual(['engineer-b']);
    expect(a.excluded).toEqual([
      { person: 'engineer-a', reason: 'away (leave) from 2026-12-23T00:00:00Z to 2026-12-25T00:00:00Z' },
      {
        person: 'engineer-d',
        reason: 'already on call for "secondary" from 2026-12-20T10:00:00Z to 2026-12-27T10:00:00Z',
      },
    ]);
    const row = fairness(p, quarterWindow('2026Q4')!).find((r) => r.person === 'engineer-b')!;
    expect(a.candidates[0]!.weighted).toBeCloseTo(weightedHours(row, weightsOf(p)), 1);
    // For engineer-b, in Berlin, Christmas Day starts an hour earlier (23:00Z) and the Second Day of
    // Christmas follows it: 25 holiday hours, and one after-hours hour fewer.
    expect(a.candidates[0]!.hours).toEqual({ total: 48, business: 9, afterHours: 14, weekend: 0, holiday: 25 });
    expect(a.candidates[0]!.weightedAfter).toBeCloseTo(a.candidates[0]!.weighted + 9 + 14 * 1.5 + 25 * 3, 1);
    expect(a.candidates[0]!.command).toBe(
      'npx oncall swap --schedule primary --at 2026-12-24T00:00:00Z --until 2026-12-26T00:00:00Z --from engineer-c --to engineer-b --reason "Cover for engineer-c"',
    );
  });

  it('ranks by this quarter’s load weighted as compensation.yaml says, lightest first', () => {
    const request = {
      schedule: 'primary',
      at: Date.parse('2026-12-09T00:00:00Z'),
      until: Date.parse('2026-12-10T00:00:00Z'),
      from: 'engineer-a',
    };
    const weighted = edit(
      base,
      'oncall/compensation.yaml',
      'fairness:\n',
      'fairness:\n  weights: { business: 1, after_hours: 1, weekend: 10, holiday: 1 }\n',
    ).files;
    const p = policy(weighted);
    const r = findCover(p, request);
    if (!r.ok) throw new Error(r.message);
    expect(r.answer.weights).toEqual({ business: 1, afterHours: 1, weekend: 10, holiday: 1 });
    const rows = new Map(fairness(p, quarterWindow('2026Q4')!).map((x) => [x.person, x]));
    const expected = r.answer.candidates.map((c) => weightedHours(rows.get(c.person)!, weightsOf(p)));
    r.answer.candidates.forEach((c, i) => expect(c.weighted).toBeCloseTo(expected[i]!, 1));
    expect([...expected].sort((x, y) => x - y)).toEqual(expected);
    // engineer-b is secondary that week.
    expect(r.answer.excluded.map((e) => e.person)).toEqual(['engineer-b']);
  });

  it('across London’s clock change on Easter Sunday 2027: the weekend ends at 23:00Z and Easter Monday begins', () => {
    // engineer-a takes primary at 2027-03-28 10:00Z; clocks went forward at 01:00Z that morning, so
    // local Sunday ends at 23:00Z, and Easter Monday (a bank holiday) runs from 23:00Z.
    const rested = edit(base, 'oncall/compensation.yaml', 'fairness:\n', 'fairness:\n  min_rest_hours: 0\n').files;
    const p = policy(rested);
    const r = findCover(p, {
      schedule: 'primary',
      at: Date.parse('2027-03-28T10:00:00Z'),
      until: Date.parse('2027-03-29T12:00:00Z'),
      from: 'engineer-a',
    });
    if (!r.ok) throw new Error(r.message);
    // 13 h of Sunday (10:00Z–23:00Z) and 13 h of Easter Monday (23:00Z–12:00Z); on GMT it would be 14 and 12.
    expect(r.answer.hours).toEqual({ total: 26, business: 0, afterHours: 0, weekend: 13, holiday: 13 });
    expect(r.answer.weighted).toBe(13 * 2 + 13 * 3);
    expect(r.answer.quarter).toBe('2027Q1');
    // engineer-b is secondary that week; with no rest required, engineer-d, just off primary, may cover.
    expect(r.answer.excluded.map((e) => e.person)).toEqual(['engineer-b']);
    const rows = new Map(fairness(p, quarterWindow('2027Q1')!).map((x) => [x.person, x]));
    const loads = r.answer.candidates.map((c) => [c.person, c.weighted]);
    expect(loads.map(([person]) => person).sort()).toEqual(['engineer-c', 'engineer-d']);
    for (const [person, weighted] of loads) expect(weighted).toBeCloseTo(rows.get(person as string)!.weighted, 1);
    expect(loads[0]![1]! <= loads[1]![1]!).toBe(true);
    // Each candidate's own calendar: for engineer-c in Lisbon, Easter Sunday is a public holiday and
    // Easter Monday a working day (09:00–18:00 London, from 08:00Z); for engineer-d (United States)
    // Sunday is a weekend and Monday a working day.
    const mine = new Map(r.answer.candidates.map((c) => [c.person, c]));
    expect(mine.get('engineer-c')!.hours).toEqual({ total: 26, business: 4, afterHours: 9, weekend: 0, holiday: 13 });
    expect(mine.get('engineer-d')!.hours).toEqual({ total: 26, business: 4, afterHours: 9, weekend: 13, holiday: 0 });
    expect(mine.get('engineer-c')!.weightedAfter).toBeCloseTo(mine.get('engineer-c')!.weighted + 13 * 3 + 4 + 13.5, 1);
    expect(mine.get('engineer-d')!.weightedAfter).toBeCloseTo(mine.get('engineer-d')!.weighted + 13 * 2 + 4 + 13.5, 1);
  });

  it('a stretch the person does not hold, or one spanning a handoff, is refused with what to do', () => {
    const p = policy(base);
    const notHeld = findCover(p, { schedule: 'primary', at: Date.parse('2026-12-09T00:00:00Z'), from: 'engineer-b' });
    expect(notHeld).toMatchObject({
      ok: false,
      message: expect.stringMatching(/engineer-b is not on call for "primary"/),
    });
    const across = findCover(p, {
      schedule: 'primary',
      at: Date.parse('2026-12-12T00:00:00Z'),
      until: Date.parse('2026-12-14T00:00:00Z'),
      from: 'engineer-a',
    });
    expect(across).toMatchObject({ ok: false, message: expect.stringMatching(/cover one of their shifts at a time/) });
  });
});
