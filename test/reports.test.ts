/** Fairness and pay reports, with hours worked out by hand on the repository's rotation. */
import { describe, expect, it } from 'vitest';
import { compensation, fairness, payPeriodWindow, quarterWindow } from '../src/reports/hours.js';
import { validatePolicy } from '../src/validate/index.js';
import { repoPolicyFiles, TEST_NOW, withFile } from './helpers/policy.js';
import { withSwaps } from './helpers/swaps.js';
import { runNode, tempPolicy } from './helpers/run.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TIME_OFF = '# yaml-language-server: $schema=../../schemas/time-off.schema.json\nperiods:\n';
const timeOff = (...periods: string[]) => TIME_OFF + periods.map((p) => `  - ${p}\n`).join('');

const policyOf = (files = repoPolicyFiles()) => validatePolicy(files, { now: TEST_NOW }).policy;

describe('fairness', () => {
  it('splits one Christmas week by hand: engineer-c holds primary 2026-12-20 10:00 to 12-27 10:00', () => {
    // Window Mon 2026-12-21 00:00Z to Mon 12-28 00:00Z (London is on GMT: UTC = local).
    const rows = fairness(policyOf(), {
      start: Date.parse('2026-12-21T00:00:00Z'),
      end: Date.parse('2026-12-28T00:00:00Z'),
    });
    const c = rows.find((r) => r.person === 'engineer-c')!;
    // 6 days 10 h on primary = 154 h: Christmas Day (Fri) 24 h holiday; Sat 24 h + Sun to 10:00 = 34 h
    // weekend; Mon–Thu 09:00–18:00 = 36 h business; the remaining 60 h after hours.
    expect(c).toMatchObject({ total: 154, holiday: 24, weekend: 34, business: 36, afterHours: 60, shifts: 1 });
    // Secondary that week is engineer-d (154 h), then engineer-a from Sunday 10:00 (14 h), plus
    // engineer-d's primary from Sunday 10:00 (14 h).
    expect(rows.find((r) => r.person === 'engineer-d')).toMatchObject({ total: 168, shifts: 2 });
    expect(rows.reduce((h, r) => h + r.total, 0)).toBe(2 * 168);
  });

  it('follows London’s clock change: Sunday 2026-03-29 has 23 weekend hours, and the weekday starts at 23:00Z', () => {
    // Clocks go forward at 01:00Z; local Sunday ends at 23:00Z, when Monday 00:00 BST begins.
    const rows = fairness(policyOf(), {
      start: Date.parse('2026-03-29T00:00:00Z'),
      end: Date.parse('2026-03-30T00:00:00Z'),
    });
    const sum = (k: 'total' | 'weekend' | 'afterHours' | 'business') => rows.reduce((h, r) => h + r[k], 0);
    expect([sum('total'), sum('weekend'), sum('afterHours'), sum('business')]).toEqual([48, 46, 2, 0]);
    // Monday in BST: business hours 09:00–18:00 local are 08:00–17:00Z.
    const monday = fairness(policyOf(), {
      start: Date.parse('2026-03-30T00:00:00Z'),
      end: Date.parse('2026-03-31T00:00:00Z'),
    });
    expect(monday.find((r) => r.person === 'engineer-a')).toMatchObject({
      total: 24,
      business: 9,
      afterHours: 15,
      weekend: 0,
    });
  });

  it('counts swaps given and taken, and the deviation from the team mean', () => {
    const files = withSwaps(repoPolicyFiles(), {
      start: '2026-12-06T10:00:00Z',
      relieved: 'engineer-a',
      covering: 'engineer-c',
    });
    const rows = fairness(policyOf(files), quarterWindow('2026Q4')!);
    expect(rows.find((r) => r.person === 'engineer-a')).toMatchObject({ swapsGiven: 1, swapsTaken: 0 });
    expect(rows.find((r) => r.person === 'engineer-c')).toMatchObject({ swapsGiven: 0, swapsTaken: 1 });
    expect(rows.reduce((h, r) => h + r.deviation, 0)).toBeCloseTo(0, 6);
    for (const r of rows) expect(r.business + r.afterHours + r.weekend + r.holiday).toBeCloseTo(r.total, 6);
  });
});

describe('fairness against availability', () => {
  const week = { start: Date.parse('2026-12-21T00:00:00Z'), end: Date.parse('2026-12-28T00:00:00Z') };
  const withLeave = () =>
    withFile(
      withFile(
        repoPolicyFiles(),
        'oncall/time-off/engineer-a.yaml', // London: GMT in December, so local days are UTC days
        timeOff(
          '{ start: 2026-12-22, end: 2026-12-23, kind: leave }',
          '{ start: 2026-12-23T14:00, end: 2026-12-23T17:00, kind: training }',
        ),
      ),
      'oncall/time-off/engineer-b.yaml', // Berlin: local 2026-12-21 starts at 2026-12-20T23:00Z
      timeOff('{ start: 2026-12-21, end: 2026-12-22, kind: leave }'),
    );

  it('counts days away in each person’s calendar and compares hours with the hours each was there', () => {
    const rows = new Map(fairness(policyOf(withLeave()), week).map((r) => [r.person, r]));
    // engineer-a: two whole days (48 h); the training inside them counts once in the total.
    expect(rows.get('engineer-a')).toMatchObject({
      total: 14,
      awayDays: 2,
      awayByKind: { leave: 2, training: 0.13 },
      availableHours: 168 - 48,
    });
    // engineer-b held nothing this week but is in rotation: the 23 h of local Monday inside the
    // window are 23/24 of a day, Tuesday is whole: 47 h away.
    expect(rows.get('engineer-b')).toMatchObject({ total: 0, shifts: 0, awayDays: 1.96, availableHours: 121 });
    expect(rows.get('engineer-c')).toMatchObject({ total: 154, awayDays: 0, availableHours: 168 });
    // 336 h held over 120 + 121 + 168 + 168 = 577 available: each person's fair share is 336/577 of
    // the hours they were there.
    const share = 336 / 577;
    expect(rows.get('engineer-a')!.vsAvailable).toBeCloseTo(14 - share * 120, 2); // -55.88
    expect(rows.get('engineer-b')!.vsAvailable).toBeCloseTo(0 - share * 121, 2); // -70.46
    expect(rows.get('engineer-c')!.vsAvailable).toBeCloseTo(154 - share * 168, 2); // +56.17
    expect(rows.get('engineer-d')!.vsAvailable).toBeCloseTo(168 - share * 168, 2); // +70.17
    expect([...rows.values()].reduce((h, r) => h + r.vsAvailable, 0)).toBeCloseTo(0, 1);
    // The mean now counts engineer-b, who was in rotation: 336 / 4.
    expect(rows.get('engineer-c')!.deviation).toBe(154 - 84);
    // Christmas week on primary: 36 business + 60 after hours × 1.5 + 34 weekend × 2 + 24 holiday × 3.
    expect(rows.get('engineer-c')!.weighted).toBe(36 + 90 + 68 + 72);
  });

  it('a day off on which summer time ends is one day of 25 hours', () => {
    const files = withFile(
      repoPolicyFiles(),
      'oncall/time-off/engineer-b.yaml',
      timeOff('{ start: 2026-10-25, end: 2026-10-25, kind: public-holiday }'),
    );
    const b = fairness(policyOf(files), quarterWindow('2026Q4')!).find((r) => r.person === 'engineer-b')!;
    expect(b).toMatchObject({ awayDays: 1, awayByKind: { 'public-holiday': 1 } });
    expect(b.availableHours).toBe(92 * 24 - 25); // a UTC quarter knows no clock change: 2,208 h
  });

  it('prints days away and the comparison with availability, and gives them as JSON', async () => {
    const dir = tempPolicy();
    mkdirSync(join(dir, 'oncall/time-off'), { recursive: true });
    writeFileSync(
      join(dir, 'oncall/time-off/engineer-a.yaml'),
      timeOff('{ start: 2026-12-22, end: 2026-12-23, kind: leave }'),
    );
    const table = await runNode('bin/oncall.js', ['report', 'fairness', '--quarter', '2026Q4', '--root', dir]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/\| vs mean \| Weighted \| Days away \| vs availability \|/);
    expect(table.stdout).toMatch(/^\| Engineer A \| .* \| 2 \| [+-][\d.]+ \|$/m);
    const json = await runNode('bin/oncall.js', ['report', 'fairness', '--quarter', '2026Q4', '--json', '--root', dir]);
    const a = (JSON.parse(json.stdout) as { people: Record<string, unknown>[] }).people.find(
      (r) => r.person === 'engineer-a',
    )!;
    expect(a).toMatchObject({ away_days: 2, away_days_by_kind: { leave: 2 }, available_hours: 2208 - 48 });
    expect(typeof a.vs_available).toBe('number');
  });
});

describe('compensation', () => {
  it('a week covered without payback is overtime; a payback in the month makes both a time trade; Christmas is holiday rate', () => {
    const files = withSwaps(
      repoPolicyFiles(),
      {
        start: '2026-12-06T10:00:00Z',
        relieved: 'engineer-a',
        covering: 'engineer-c',
        payback: '2026-12-24-primary-engineer-c',
      },
      {
        start: '2026-12-24T10:00:00Z',
        end: '2026-12-26T10:00:00Z',
        relieved: 'engineer-c',
        covering: 'engineer-a',
        payback: '2026-12-06-primary-engineer-a',
      },
      { start: '2026-12-13T10:00:00Z', end: '2026-12-14T10:00:00Z', relieved: 'engineer-b', covering: 'engineer-d' },
    );
    const period = payPeriodWindow(policyOf(files), '2026-12')!;
    expect(period.label).toBe('2026-12-01 to 2026-12-31');
    expect(compensation(policyOf(files), period)).toEqual([
      // Dec 24 10:00 – Dec 26 10:00: 24 h of Christmas Day at holiday rate, 24 h traded.
      { person: 'engineer-a', time_trade: 24, overtime: 0, holiday: 24 },
      // engineer-c works in Lisbon: Tuesday Dec 8 (Immaculate Conception) is their holiday.
      { person: 'engineer-c', time_trade: 144, overtime: 0, holiday: 24 },
      { person: 'engineer-d', time_trade: 0, overtime: 24, holiday: 0 },
    ]);
  });

  it('prints CSV for payroll', async () => {
    const r = await runNode('bin/oncall.js', ['report', 'compensation', '--period', '2026-12', '--csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('person,name,time_trade_hours,overtime_hours,holiday_hours');
    expect((await runNode('bin/oncall.js', ['report', 'fairness', '--quarter', 'Q4'])).code).toBe(2);
  });
});
