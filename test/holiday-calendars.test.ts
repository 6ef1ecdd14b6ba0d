/**
 * Holiday calendars by country: a public holiday of someone's own calendar makes their on-call
 * hours that day holiday hours — in the fairness report, in cover's ranking, in rotation propose
 * and in what a covered swap pays — while the same hours stay a weekday for a colleague elsewhere.
 * Hours worked out by hand on the repository's rotation (weekly turns, Sunday 10:00Z handoffs):
 * engineer-a is in London (the company's calendar), engineer-b in Berlin, engineer-c in Lisbon,
 * engineer-d in New York.
 */
import { describe, expect, it } from 'vitest';
import { coverJson, renderCover } from '../src/cli/cover.js';
import type { RawFile } from '../src/model/load.js';
import { validatorFor } from '../src/model/schema.js';
import { findCover } from '../src/reports/cover.js';
import {
  compensation,
  fairness,
  payPeriodWindow,
  quarterWindow,
  weightedHours,
  weightsOf,
} from '../src/reports/hours.js';
import { holidayIntervals, holidaysOf } from '../src/swaps/compensation.js';
import { validatePolicy } from '../src/validate/index.js';
import { edit, repoPolicyFiles, TEST_NOW } from './helpers/policy.js';
import { withSwaps } from './helpers/swaps.js';

const H = 3_600_000;
const base = repoPolicyFiles();
const policyOf = (files: readonly RawFile[]) => validatePolicy(files, { now: TEST_NOW }).policy;
const at = (iso: string) => Date.parse(iso);
const day = (start: string, end: string) => ({ start: at(start), end: at(end) });
const row = (files: readonly RawFile[], window: { start: number; end: number }, person: string) =>
  fairness(policyOf(files), window).find((r) => r.person === person);
/** The repository with engineer-b on the company's calendar instead of Berlin's. */
const bInLondon = edit(base, 'oncall/team.yaml', '    holiday_calendar: germany-berlin\n', '').files;

describe('the repository’s calendars', () => {
  it('gives each engineer the calendar of the country they work in, and passes validate', () => {
    const p = policyOf(base);
    const calendar = (person: string) => {
      const c = holidaysOf(p.compensation!, p.team, person);
      return 'name' in c ? c.name : p.compensation!.holidays.calendar;
    };
    expect(['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d', 'cto'].map(calendar)).toEqual([
      'England and Wales bank holidays',
      'Germany (Berlin) public holidays',
      'Portugal (Lisbon) public holidays',
      'United States federal holidays',
      'England and Wales bank holidays',
    ]);
    expect(validatePolicy(base, { now: TEST_NOW }).findings).toEqual([]);
  });
});

describe('fairness', () => {
  it('Ascension Day (Thu 2027-05-06) is 24 holiday hours for engineer-b in Berlin, a weekday for engineer-a in London', () => {
    // engineer-b holds primary all week; engineer-a takes secondary from engineer-c for Berlin's day,
    // midnight to midnight CEST = 2027-05-05T22:00Z to 05-06T22:00Z.
    const window = day('2027-05-05T22:00:00Z', '2027-05-06T22:00:00Z');
    const files = withSwaps(base, {
      schedule: 'secondary',
      start: '2027-05-05T22:00:00Z',
      end: '2027-05-06T22:00:00Z',
      relieved: 'engineer-c',
      covering: 'engineer-a',
    });
    expect(row(files, window, 'engineer-b')).toMatchObject({
      total: 24,
      holiday: 24,
      business: 0,
      afterHours: 0,
      weekend: 0,
    });
    // For engineer-a it is a Thursday: 09:00–18:00 BST (08:00–17:00Z) business, the other 15 h after hours.
    expect(row(files, window, 'engineer-a')).toMatchObject({
      total: 24,
      holiday: 0,
      business: 9,
      afterHours: 15,
      weekend: 0,
    });
    // On the company's calendar engineer-b's day would be the same Thursday.
    expect(row(bInLondon, window, 'engineer-b')).toMatchObject({ holiday: 0, business: 9, afterHours: 15 });
  });

  it('and the other way round: the Early May bank holiday (Mon 2027-05-03) is London’s, not Berlin’s', () => {
    // London's day in BST: 2027-05-02T23:00Z to 05-03T23:00Z.
    const window = day('2027-05-02T23:00:00Z', '2027-05-03T23:00:00Z');
    const files = withSwaps(base, {
      schedule: 'secondary',
      start: '2027-05-02T23:00:00Z',
      end: '2027-05-03T23:00:00Z',
      relieved: 'engineer-c',
      covering: 'engineer-a',
    });
    expect(row(files, window, 'engineer-a')).toMatchObject({ total: 24, holiday: 24, business: 0 });
    expect(row(files, window, 'engineer-b')).toMatchObject({ total: 24, holiday: 0, business: 9, afterHours: 15 });
  });

  it('a holiday on the day summer time starts is 23 hours: Easter Sunday 2027-03-28 in Lisbon', () => {
    // Clocks go forward at 01:00Z in Lisbon, London and Berlin alike. engineer-c takes primary for
    // Lisbon's Easter Sunday, 00:00 WET (00:00Z) to 00:00 WEST the next day (23:00Z), from engineer-d
    // (until the 10:00Z handoff) and engineer-a (after it).
    const files = withSwaps(
      base,
      { start: '2027-03-28T00:00:00Z', end: '2027-03-28T10:00:00Z', relieved: 'engineer-d', covering: 'engineer-c' },
      {
        start: '2027-03-28T10:00:00Z',
        end: '2027-03-28T23:00:00Z',
        relieved: 'engineer-a',
        covering: 'engineer-c',
        path: 'oncall/swaps/2027-03-28-primary-engineer-a.yaml',
      },
    );
    const window = day('2027-03-28T00:00:00Z', '2027-03-29T00:00:00Z');
    const rows = new Map(fairness(policyOf(files), window).map((r) => [r.person, r]));
    expect(rows.get('engineer-c')).toMatchObject({ total: 23, holiday: 23, weekend: 0 });
    // Secondary is engineer-a (London) until 10:00Z: ten hours of a London Sunday. engineer-a's own
    // last hour of primary (23:00Z) is Easter Monday in London, a bank holiday.
    expect(rows.get('engineer-a')).toMatchObject({ total: 11, weekend: 10, holiday: 1 });
    // engineer-b (Berlin) is secondary after 10:00Z; Berlin's Easter Monday begins at 00:00 CEST =
    // 22:00Z, two holiday hours before the UTC day ends.
    expect(rows.get('engineer-b')).toMatchObject({ total: 14, weekend: 12, holiday: 2 });
    expect(rows.get('engineer-d')).toMatchObject({ total: 0, swapsGiven: 1 });
  });

  it('a calendar day is 25 hours when summer time ends, in the calendar’s own zone', () => {
    const berlin = { time_zone: 'Europe/Berlin', dates: [{ date: '2026-10-25', name: 'A Sunday' }] };
    const [d] = holidayIntervals(berlin, day('2026-10-01T00:00:00Z', '2026-11-01T00:00:00Z'));
    expect(d).toEqual(day('2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z'));
    expect((d!.end - d!.start) / H).toBe(25);
  });
});

describe('oncall cover', () => {
  // Whit Monday 2027-05-17 is a holiday in Berlin only: 2027-05-16T22:00Z to 05-17T22:00Z.
  // engineer-d (New York) is primary that week, engineer-a secondary; b and c are free.
  const request = {
    schedule: 'primary',
    at: at('2027-05-16T22:00:00Z'),
    until: at('2027-05-17T22:00:00Z'),
    from: 'engineer-d',
  };

  it('weighs the stretch by each candidate’s own calendar: Whit Monday is 24 holiday hours for engineer-b only', () => {
    const p = policyOf(base);
    const r = findCover(p, request);
    if (!r.ok) throw new Error(r.message);
    const a = r.answer;
    // For engineer-d (and anyone not in Berlin): Sunday 23:00–24:00 BST is a weekend hour, then a
    // Monday — 9 business (08:00–17:00Z), 14 after hours.
    expect(a.hours).toEqual({ total: 24, business: 9, afterHours: 14, weekend: 1, holiday: 0 });
    expect(a.weighted).toBe(9 + 14 * 1.5 + 2);
    const b = a.candidates.find((c) => c.person === 'engineer-b')!;
    const c = a.candidates.find((x) => x.person === 'engineer-c')!;
    expect(b.hours).toEqual({ total: 24, business: 0, afterHours: 0, weekend: 0, holiday: 24 });
    expect(c.hours).toEqual(a.hours);
    expect(b.weightedAfter).toBeCloseTo(b.weighted + 24 * 3, 1);
    expect(c.weightedAfter).toBeCloseTo(c.weighted + a.weighted, 1);
    // Each load is the candidate's own fairness row, weighted: Berlin's holidays in engineer-b's.
    const q = new Map(fairness(p, quarterWindow('2027Q2')!).map((x) => [x.person, x]));
    expect(b.weighted).toBeCloseTo(weightedHours(q.get('engineer-b')!, weightsOf(p)), 1);
    expect(a.excluded.map((e) => e.person)).toEqual(['engineer-a']);
    // The text says so on engineer-b's line only; the JSON gives every candidate's hours.
    const lines = renderCover(a).split('\n');
    expect(lines.find((l) => / engineer-b: /.test(l))).toMatch(/; 24 h of the stretch are holiday hours for them$/);
    expect(lines.find((l) => / engineer-c: /.test(l))).not.toMatch(/holiday hours for them/);
    expect(coverJson(a).candidates.find((x) => x.person === 'engineer-b')!.hours).toEqual({
      total: 24,
      business: 0,
      after_hours: 0,
      weekend: 0,
      holiday: 24,
    });
  });

  it('engineer-b’s load counts Berlin’s holidays, not London’s: 16 weighted hours lighter by hand', () => {
    const berlin = findCover(policyOf(base), request);
    const london = findCover(policyOf(bInLondon), request);
    if (!berlin.ok || !london.ok) throw new Error('no cover');
    const inBerlin = berlin.answer.candidates.find((c) => c.person === 'engineer-b')!;
    const inLondon = london.answer.candidates.find((c) => c.person === 'engineer-b')!;
    // engineer-b in 2027Q2 is secondary from 04-25 10:00Z and primary from 05-02 and 05-30 10:00Z.
    // Berlin's calendar: Labour Day (Sat 05-01 CEST = 04-30T22:00Z to 05-01T22:00Z: 1 h of Friday
    // night ×1.5 and 23 h of Saturday ×2 become ×3: +24.5) and Ascension (Thu 05-06: 9 business and
    // 15 after-hours hours become holiday: +40.5). London's: the Early May and spring bank holidays
    // (Mondays 05-03 and 05-31) would be holidays instead: 2 × 40.5. Net: 24.5 + 40.5 − 81 = −16.
    expect([inBerlin.load.holiday, inLondon.load.holiday]).toEqual([48, 48]);
    expect(inBerlin.load.total).toBe(inLondon.load.total);
    expect(inLondon.weighted - inBerlin.weighted).toBeCloseTo(16, 6);
    // And on the company's calendar Whit Monday is just a Monday for engineer-b, too.
    expect(inLondon.hours.holiday).toBe(0);
    expect(inLondon.weightedAfter - inLondon.weighted).toBeCloseTo(berlin.answer.weighted, 6);
    expect(inBerlin.weightedAfter - inBerlin.weighted).toBeCloseTo(72, 6);
  });
});

describe('what a covered swap pays', () => {
  it('Whit Monday covered by engineer-b is holiday rate; covered by engineer-c it is overtime', () => {
    const swap = (covering: string) =>
      withSwaps(base, {
        start: '2027-05-16T22:00:00Z',
        end: '2027-05-17T22:00:00Z',
        relieved: 'engineer-d',
        covering,
      });
    const pay = (covering: string) => {
      const p = policyOf(swap(covering));
      return compensation(p, payPeriodWindow(p, '2027-05')!);
    };
    expect(pay('engineer-b')).toEqual([{ person: 'engineer-b', time_trade: 0, overtime: 0, holiday: 24 }]);
    expect(pay('engineer-c')).toEqual([{ person: 'engineer-c', time_trade: 0, overtime: 24, holiday: 0 }]);
  });
});

describe('schemas', () => {
  const compensationValid = validatorFor('compensation');
  const teamValid = validatorFor('team');
  const calendar = { name: 'Germany (Berlin)', time_zone: 'Europe/Berlin', dates: [{ date: '2027-05-06', name: 'x' }] };
  const file = (holiday_calendars: unknown) => ({
    pay_periods: { kind: 'monthly', time_zone: 'Europe/London' },
    rate_classes: { time_trade: 'a', overtime: 'b', holiday: 'c' },
    holidays: { time_zone: 'Europe/London', dates: [] },
    holiday_calendars,
  });

  it('compensation.yaml: holiday_calendars maps ids to a name, a zone and dates', () => {
    expect(compensationValid(file({ 'germany-berlin': calendar }))).toBe(true);
    expect(compensationValid(file({ Germany: calendar }))).toBe(false);
    expect(compensationValid(file({ germany: { time_zone: 'Europe/Berlin', dates: [] } }))).toBe(false);
    expect(compensationValid(file({ germany: { ...calendar, country: 'DE' } }))).toBe(false);
    expect(compensationValid(file({ germany: { ...calendar, dates: [{ date: '2027-13-01', name: 'x' }] } }))).toBe(
      false,
    );
  });

  it('team.yaml: holiday_calendar is an id', () => {
    const person = {
      id: 'engineer-b',
      name: 'B',
      github: 'b',
      email: 'b@example.com',
      time_zone: 'Europe/Berlin',
      role: 'engineer',
    };
    expect(teamValid({ people: [{ ...person, holiday_calendar: 'germany-berlin' }] })).toBe(true);
    expect(teamValid({ people: [{ ...person, holiday_calendar: 'Germany (Berlin)' }] })).toBe(false);
  });

  it('a schema error in holiday_calendars is reported at its line', () => {
    const { files, line } = edit(
      base,
      'oncall/compensation.yaml',
      '    name: Portugal (Lisbon) public holidays\n',
      '    nome: Portugal (Lisbon) public holidays\n',
    );
    const found = validatePolicy(files, { now: TEST_NOW }).findings.filter(
      (f) => f.file === 'oncall/compensation.yaml',
    );
    expect(found.map((f) => [f.ruleId, f.line])).toContainEqual(['schema/unknown-property', line]);
  });
});
