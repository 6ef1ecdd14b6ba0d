/**
 * The schedule engine (src/schedule) on schedules built as plain data: rotations, DST, leap years,
 * layer precedence and ends, restrictions, swaps, and properties over random schedules and swaps.
 * Every expected local time is computed with Temporal, never with a hand-written UTC offset.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import type { SwapEntry } from '../src/model/load.js';
import type { Layer, Restriction, Schedule, SwapFile, TurnLength, Weekday } from '../src/model/types.js';
import { WEEKDAYS } from '../src/model/types.js';
import { buildTimeline, onCallAt, type SchedulePolicy, type Timeline } from '../src/schedule/timeline.js';
import type { Interval, Shift } from '../src/schedule/types.js';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/** A local date-time in a zone as epoch ms, with the engine's documented rule ('compatible'). */
function at(local: string, zone: string, disambiguation: 'compatible' | 'earlier' | 'later' = 'compatible'): number {
  return Temporal.PlainDateTime.from(local).toZonedDateTime(zone, { disambiguation }).epochMilliseconds;
}

/** An RFC 3339 instant as epoch ms. */
function utc(iso: string): number {
  return Temporal.Instant.from(iso).epochMilliseconds;
}

function zdt(ms: number, zone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);
}

function isoZ(ms: number): string {
  return Temporal.Instant.fromEpochMilliseconds(ms).toString();
}

/** HH:MM of an instant read in a zone. */
function clock(ms: number, zone: string): string {
  return zdt(ms, zone).toPlainTime().toString({ smallestUnit: 'minute' });
}

/** The transitions (DST changes) of a zone in [from, until), via Temporal. */
function transitions(zone: string, from: string, until: string): Temporal.ZonedDateTime[] {
  const out: Temporal.ZonedDateTime[] = [];
  const end = utc(until);
  let cur: Temporal.ZonedDateTime | null = zdt(utc(from), zone);
  for (;;) {
    cur = cur.getTimeZoneTransition('next');
    if (!cur || cur.epochMilliseconds >= end) return out;
    out.push(cur);
  }
}

function layer(l: Partial<Layer> & Pick<Layer, 'start' | 'members'>): Layer {
  return { id: 'l1', time_zone: 'Etc/UTC', turn_length: { weeks: 1 }, ...l };
}

function policyOf(schedules: Schedule[], swaps: SwapEntry[] = []): SchedulePolicy {
  return { rotations: { schedules }, swaps };
}

function single(layers: Layer[], swaps: SwapEntry[] = []): SchedulePolicy {
  return policyOf([{ id: 's', layers }], swaps);
}

function shiftsOf(policy: SchedulePolicy, window: Interval, schedule = 's'): Shift[] {
  const shifts = buildTimeline(policy, window).schedules.get(schedule);
  if (!shifts) throw new Error(`no schedule ${schedule}`);
  return shifts;
}

/** A compact, readable view of shifts: "person start→end" in UTC. */
function view(shifts: readonly Shift[]): string[] {
  return shifts.map((s) => `${s.person} ${isoZ(s.start)}→${isoZ(s.end)}`);
}

function holderAt(shifts: readonly Shift[], t: number): Shift | undefined {
  return shifts.find((s) => s.start <= t && t < s.end);
}

function swapEntry(id: string, data: Partial<SwapFile> & Pick<SwapFile, 'start' | 'relieved' | 'covering'>): SwapEntry {
  return { id, file: `oncall/swaps/${id}.yaml`, data: { schedule: 'primary', reason: 'test', ...data } };
}

// ---------------------------------------------------------------------------------------------
// 1. The doc's rotation
// ---------------------------------------------------------------------------------------------

const A = 'engineer-a';
const B = 'engineer-b';
const C = 'engineer-c';
const D = 'engineer-d';

const DOC_SCHEDULES: Schedule[] = [
  {
    id: 'primary',
    layers: [layer({ id: 'weekly', time_zone: 'Etc/UTC', start: '2026-01-04T10:00', members: [A, B, C, D] })],
  },
  {
    id: 'secondary',
    layers: [layer({ id: 'weekly', time_zone: 'Etc/UTC', start: '2026-01-04T10:00', members: [B, C, D, A] })],
  },
];
const DOC_START = utc('2026-01-04T10:00:00Z');

describe("the doc's rotation (weekly, Sundays 10:00 UTC)", () => {
  const policy = policyOf(DOC_SCHEDULES);
  const window = { start: DOC_START, end: utc('2028-01-01T00:00:00Z') };
  const tl = buildTimeline(policy, window);
  const primary = tl.schedules.get('primary')!;
  const secondary = tl.schedules.get('secondary')!;

  it('weeks 1–4 are the table: A/B, B/C, C/D, D/A', () => {
    const table = [
      [A, B],
      [B, C],
      [C, D],
      [D, A],
    ];
    for (const [i, [p, s]] of table.entries()) {
      const t = DOC_START + i * WEEK + HOUR;
      expect(holderAt(primary, t)?.person, `week ${i + 1} primary`).toBe(p);
      expect(holderAt(secondary, t)?.person, `week ${i + 1} secondary`).toBe(s);
      expect(onCallAt(policy, t).map((o) => o.shift?.person)).toEqual([p, s]);
    }
    expect(isoZ(primary[0]!.start)).toBe('2026-01-04T10:00:00Z');
  });

  it('the table repeats every four weeks through 2026 and 2027', () => {
    const weeks = Math.ceil((window.end - window.start) / WEEK);
    expect(primary).toHaveLength(weeks);
    expect(secondary).toHaveLength(weeks);
    const order = [A, B, C, D];
    for (let k = 0; k < weeks; k++) {
      expect(primary[k]!.person, `primary week ${k + 1}`).toBe(order[k % 4]);
      expect(secondary[k]!.person, `secondary week ${k + 1}`).toBe(order[(k + 1) % 4]);
      expect(primary[k]!.start).toBe(secondary[k]!.start);
    }
    // The last week of 2027 is week 104 (2027-12-26): D on primary, A on secondary.
    expect(
      zdt(primary[weeks - 1]!.start, 'Etc/UTC')
        .toPlainDate()
        .toString(),
    ).toBe('2027-12-26');
    expect([primary[weeks - 1]!.person, secondary[weeks - 1]!.person]).toEqual([D, A]);
  });

  it('every shift boundary over the two years is a Sunday at 10:00:00Z, a week apart', () => {
    for (const shifts of [primary, secondary]) {
      for (const [i, s] of shifts.entries()) {
        for (const edge of [s.start, s.end]) {
          const z = zdt(edge, 'UTC');
          expect(z.dayOfWeek).toBe(7);
          expect([z.hour, z.minute, z.second, z.millisecond]).toEqual([10, 0, 0, 0]);
        }
        expect(s.end - s.start).toBe(WEEK);
        if (i > 0) expect(s.start).toBe(shifts[i - 1]!.end);
      }
    }
  });

  it('nobody is on call before the first handoff', () => {
    const before = buildTimeline(policy, { start: utc('2026-01-01T00:00:00Z'), end: DOC_START });
    expect(before.schedules.get('primary')).toEqual([]);
    expect(onCallAt(policy, DOC_START - 1).map((o) => o.shift)).toEqual([undefined, undefined]);
  });
});

// ---------------------------------------------------------------------------------------------
// 2–3. DST
// ---------------------------------------------------------------------------------------------

describe('DST: a daily 09:00 handoff', () => {
  const cases = [
    { zone: 'America/New_York', spring: '2026-03-08', autumn: '2026-11-01' },
    { zone: 'Europe/Berlin', spring: '2026-03-29', autumn: '2026-10-25' },
  ];
  it.each(cases)(
    '$zone: every handoff at 09:00 local; 23 h over the spring change, 25 h over the autumn one',
    ({ zone, spring, autumn }) => {
      const [springChange, autumnChange, ...rest] = transitions(zone, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
      expect(rest).toEqual([]);
      expect(springChange!.toPlainDate().toString()).toBe(spring);
      expect(autumnChange!.toPlainDate().toString()).toBe(autumn);

      const policy = single([
        layer({ time_zone: zone, start: '2026-01-01T09:00', turn_length: { days: 1 }, members: ['x', 'y', 'z'] }),
      ]);
      const shifts = shiftsOf(policy, { start: at('2026-01-01T09:00', zone), end: at('2027-01-01T09:00', zone) });
      expect(shifts).toHaveLength(365);
      for (const [i, s] of shifts.entries()) {
        expect(s.start).toBe(at(Temporal.PlainDate.from('2026-01-01').add({ days: i }).toString() + 'T09:00', zone));
        expect(clock(s.start, zone)).toBe('09:00');
        expect(clock(s.end, zone)).toBe('09:00');
        expect(s.person).toBe(['x', 'y', 'z'][i % 3]);
        const hours = (s.end - s.start) / HOUR;
        if (s.start < springChange!.epochMilliseconds && springChange!.epochMilliseconds < s.end)
          expect(hours).toBe(23);
        else if (s.start < autumnChange!.epochMilliseconds && autumnChange!.epochMilliseconds < s.end)
          expect(hours).toBe(25);
        else expect(hours).toBe(24);
      }
      expect(
        holderAt(shifts, springChange!.epochMilliseconds)!.end -
          holderAt(shifts, springChange!.epochMilliseconds)!.start,
      ).toBe(23 * HOUR);
      expect(
        holderAt(shifts, autumnChange!.epochMilliseconds)!.end -
          holderAt(shifts, autumnChange!.epochMilliseconds)!.start,
      ).toBe(25 * HOUR);
    },
  );
});

describe('DST: handoffs at times that do not exist or happen twice', () => {
  const NY = 'America/New_York';

  it('a daily 02:30 handoff on spring-forward day 2026-03-08 happens at 03:30 EDT (07:30Z), and at 02:30 the next day', () => {
    const policy = single([
      layer({ time_zone: NY, start: '2026-03-01T02:30', turn_length: { days: 1 }, members: ['x', 'y'] }),
    ]);
    const shifts = shiftsOf(policy, { start: at('2026-03-06T12:00', NY), end: at('2026-03-10T12:00', NY) });
    const starts = shifts.map((s) => zdt(s.start, NY).toString());
    const skipped = Temporal.PlainDateTime.from('2026-03-08T02:30').toZonedDateTime(NY, { disambiguation: 'later' });
    expect(skipped.toPlainDateTime().toString({ smallestUnit: 'minute' })).toBe('2026-03-08T03:30');
    expect(starts).toEqual([
      Temporal.ZonedDateTime.from({ timeZone: NY, year: 2026, month: 3, day: 6, hour: 2, minute: 30 }).toString(),
      Temporal.ZonedDateTime.from({ timeZone: NY, year: 2026, month: 3, day: 7, hour: 2, minute: 30 }).toString(),
      skipped.toString(),
      Temporal.ZonedDateTime.from({ timeZone: NY, year: 2026, month: 3, day: 9, hour: 2, minute: 30 }).toString(),
      Temporal.ZonedDateTime.from({ timeZone: NY, year: 2026, month: 3, day: 10, hour: 2, minute: 30 }).toString(),
    ]);
    const onDay = shifts[2]!;
    expect(isoZ(onDay.start)).toBe('2026-03-08T07:30:00Z');
    expect(zdt(onDay.start, NY).offset).toBe(zdt(utc('2026-07-01T00:00:00Z'), NY).offset); // EDT
    expect(clock(onDay.end, NY)).toBe('02:30');
    expect((onDay.end - onDay.start) / HOUR).toBe(23);
  });

  it('a daily 01:30 handoff on fall-back day 2026-11-01 happens at the first 01:30 (EDT, 05:30Z)', () => {
    const policy = single([
      layer({ time_zone: NY, start: '2026-10-25T01:30', turn_length: { days: 1 }, members: ['x', 'y'] }),
    ]);
    const shifts = shiftsOf(policy, { start: at('2026-10-31T12:00', NY), end: at('2026-11-02T12:00', NY) });
    const earlier = at('2026-11-01T01:30', NY, 'earlier');
    expect(earlier).not.toBe(at('2026-11-01T01:30', NY, 'later'));
    const onDay = holderAt(shifts, earlier)!;
    expect(onDay.start).toBe(earlier);
    expect(isoZ(onDay.start)).toBe('2026-11-01T05:30:00Z');
    expect(zdt(onDay.start, NY).offset).toBe(zdt(utc('2026-07-01T00:00:00Z'), NY).offset); // EDT
    expect(onDay.end).toBe(at('2026-11-02T01:30', NY));
    expect((onDay.end - onDay.start) / HOUR).toBe(25);
    expect(holderAt(shifts, onDay.start - 1)!.start).toBe(at('2026-10-31T01:30', NY));
  });

  // Regression: before f14cebd the engine added the turns to `start` already moved to 03:30, so
  // every later handoff drifted to 03:30 local. Calendar steps are now added to the local start.
  it('a layer that starts at a skipped time (2026-03-08T02:30 New York) starts at 03:30 and hands off at 02:30 local the next day', () => {
    const policy = single([
      layer({ time_zone: NY, start: '2026-03-08T02:30', turn_length: { days: 1 }, members: ['x', 'y'] }),
    ]);
    const shifts = shiftsOf(policy, { start: at('2026-03-08T12:00', NY), end: at('2026-03-10T12:00', NY) });
    expect(shifts[0]!.start).toBe(at('2026-03-08T03:30', NY)); // holds: the skipped start moves forward by the gap
    expect(clock(shifts[0]!.end, NY)).toBe('02:30');
    expect(clock(shifts[1]!.start, NY)).toBe('02:30');
  });
});

// ---------------------------------------------------------------------------------------------
// 4. Australia/Sydney
// ---------------------------------------------------------------------------------------------

describe('a weekly Sunday 10:00 handoff in Australia/Sydney over 2026', () => {
  const SYD = 'Australia/Sydney';
  it('every handoff is Sunday 10:00 local through both transitions', () => {
    const changes = transitions(SYD, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
    expect(changes.map((c) => c.toPlainDate().toString())).toEqual(['2026-04-05', '2026-10-04']);
    expect(Temporal.PlainDate.from('2026-01-04').dayOfWeek).toBe(7);

    const policy = single([layer({ time_zone: SYD, start: '2026-01-04T10:00', members: ['x', 'y', 'z'] })]);
    const shifts = shiftsOf(policy, { start: at('2026-01-04T10:00', SYD), end: at('2027-01-01T00:00', SYD) });
    expect(shifts).toHaveLength(52);
    for (const [i, s] of shifts.entries()) {
      for (const edge of [s.start, s.end]) {
        expect(zdt(edge, SYD).dayOfWeek).toBe(7);
        expect(clock(edge, SYD)).toBe('10:00');
      }
      expect(s.start).toBe(at(Temporal.PlainDate.from('2026-01-04').add({ weeks: i }).toString() + 'T10:00', SYD));
      expect(s.person).toBe(['x', 'y', 'z'][i % 3]);
    }
    // DST ends in April (the week is an hour longer), starts in October (an hour shorter).
    const april = holderAt(shifts, changes[0]!.epochMilliseconds)!;
    const october = holderAt(shifts, changes[1]!.epochMilliseconds)!;
    expect((april.end - april.start) / HOUR).toBe(169);
    expect((october.end - october.start) / HOUR).toBe(167);
    expect(zdt(april.end, SYD).toPlainDate().toString()).toBe('2026-04-05');
    expect(zdt(october.end, SYD).toPlainDate().toString()).toBe('2026-10-04');
  });
});

// ---------------------------------------------------------------------------------------------
// 5. Leap years
// ---------------------------------------------------------------------------------------------

describe('leap years', () => {
  const BER = 'Europe/Berlin';

  it('a daily rotation across 2028-02-29 has a shift starting 2028-02-29 at the handoff time', () => {
    const policy = single([
      layer({ time_zone: BER, start: '2028-02-20T08:00', turn_length: { days: 1 }, members: ['x', 'y'] }),
    ]);
    const shifts = shiftsOf(policy, { start: at('2028-02-27T12:00', BER), end: at('2028-03-02T12:00', BER) });
    expect(shifts.map((s) => zdt(s.start, BER).toPlainDateTime().toString({ smallestUnit: 'minute' }))).toEqual([
      '2028-02-27T08:00',
      '2028-02-28T08:00',
      '2028-02-29T08:00',
      '2028-03-01T08:00',
      '2028-03-02T08:00',
    ]);
    // 2028-02-20 is turn 0 (x); 2028-02-29 is turn 9 (y).
    expect(holderAt(shifts, at('2028-02-29T12:00', BER))!.person).toBe('y');
  });

  it('a layer with turn_length weeks: 52 hands off every 364 days on a Sunday at 10:00, across 2028', () => {
    const policy = single([layer({ start: '2026-01-04T10:00', turn_length: { weeks: 52 }, members: ['x', 'y'] })]);
    const shifts = shiftsOf(policy, { start: utc('2026-01-04T10:00:00Z'), end: utc('2030-01-01T00:00:00Z') });
    expect(shifts.map((s) => zdt(s.start, 'UTC').toPlainDate().toString())).toEqual([
      '2026-01-04',
      '2027-01-03',
      '2028-01-02',
      '2028-12-31',
      '2029-12-30',
    ]);
    for (const s of shifts) {
      expect(s.end - s.start).toBe(364 * DAY);
      expect(zdt(s.start, 'UTC').dayOfWeek).toBe(7);
      expect(clock(s.start, 'UTC')).toBe('10:00');
    }
    expect(shifts.map((s) => s.person)).toEqual(['x', 'y', 'x', 'y', 'x']);
    // onCallAt's own window (twice the longest turn either side) still finds the same shift.
    const t = utc('2028-02-29T00:00:00Z');
    const [oc] = onCallAt(policy, t);
    expect(oc!.shift).toEqual(holderAt(shifts, t));
  });

  it('a weekly layer starting on 2028-02-29 hands off every Tuesday at the same local time', () => {
    expect(Temporal.PlainDate.from('2028-02-29').dayOfWeek).toBe(2);
    const policy = single([layer({ time_zone: BER, start: '2028-02-29T09:00', members: ['x', 'y', 'z'] })]);
    const shifts = shiftsOf(policy, { start: at('2028-02-01T00:00', BER), end: at('2029-03-01T00:00', BER) });
    expect(zdt(shifts[0]!.start, BER).toPlainDateTime().toString({ smallestUnit: 'minute' })).toBe('2028-02-29T09:00');
    for (const [i, s] of shifts.entries()) {
      expect(s.start).toBe(at(Temporal.PlainDate.from('2028-02-29').add({ weeks: i }).toString() + 'T09:00', BER));
      expect(zdt(s.start, BER).dayOfWeek).toBe(2);
      expect(clock(s.start, BER)).toBe('09:00');
    }
    // 2029 has no 29 February: the layer goes on weekly regardless.
    expect(holderAt(shifts, at('2029-02-28T12:00', BER))).toBeDefined();
    expect(onCallAt(policy, at('2028-02-29T08:59', BER))[0]!.shift).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// 6. Midnight handoffs
// ---------------------------------------------------------------------------------------------

describe('midnight handoffs in Europe/London', () => {
  it('a daily 00:00 handoff stays at 00:00 local across both UK changes', () => {
    const LON = 'Europe/London';
    const changes = transitions(LON, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
    expect(changes).toHaveLength(2);
    const policy = single([
      layer({ time_zone: LON, start: '2026-01-01T00:00', turn_length: { days: 1 }, members: ['x', 'y', 'z', 'w'] }),
    ]);
    const shifts = shiftsOf(policy, { start: at('2026-01-01T00:00', LON), end: at('2027-01-01T00:00', LON) });
    expect(shifts).toHaveLength(365);
    for (const [i, s] of shifts.entries()) {
      const day = Temporal.PlainDate.from('2026-01-01').add({ days: i });
      expect(zdt(s.start, LON).toPlainDate().equals(day)).toBe(true);
      expect(clock(s.start, LON)).toBe('00:00');
      expect(clock(s.end, LON)).toBe('00:00');
      expect(s.start).toBe(day.toZonedDateTime({ timeZone: LON }).epochMilliseconds);
    }
    const lengths = changes.map((c) => {
      const s = holderAt(shifts, c.epochMilliseconds)!;
      return [zdt(s.start, LON).toPlainDate().toString(), (s.end - s.start) / HOUR];
    });
    expect(lengths).toEqual([
      [changes[0]!.toPlainDate().toString(), 23],
      [changes[1]!.toPlainDate().toString(), 25],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// 7. Layer precedence and end
// ---------------------------------------------------------------------------------------------

describe('layer precedence and end', () => {
  const BER = 'Europe/Berlin';
  const base = layer({ id: 'base', start: '2026-01-05T00:00', members: ['a', 'b'] }); // weekly, Mondays 00:00 UTC, forever
  const cover = layer({
    id: 'cover',
    time_zone: BER,
    start: '2026-01-14T12:00',
    end: '2026-01-17T18:00',
    turn_length: { days: 1 },
    members: ['c', 'd'],
  });
  const window = { start: utc('2026-01-12T00:00:00Z'), end: utc('2026-01-26T00:00:00Z') };

  it('the last-listed layer holds the schedule during its span, the first outside it', () => {
    const shifts = shiftsOf(single([base, cover]), window);
    expect(view(shifts)).toEqual([
      `b ${isoZ(utc('2026-01-12T00:00:00Z'))}→${isoZ(at('2026-01-14T12:00', BER))}`,
      `c ${isoZ(at('2026-01-14T12:00', BER))}→${isoZ(at('2026-01-15T12:00', BER))}`,
      `d ${isoZ(at('2026-01-15T12:00', BER))}→${isoZ(at('2026-01-16T12:00', BER))}`,
      `c ${isoZ(at('2026-01-16T12:00', BER))}→${isoZ(at('2026-01-17T12:00', BER))}`,
      // the layer ends mid-turn: d's turn is cut at 18:00 Berlin, and b's week resumes there
      `d ${isoZ(at('2026-01-17T12:00', BER))}→${isoZ(at('2026-01-17T18:00', BER))}`,
      `b ${isoZ(at('2026-01-17T18:00', BER))}→${isoZ(utc('2026-01-19T00:00:00Z'))}`,
      `a ${isoZ(utc('2026-01-19T00:00:00Z'))}→${isoZ(utc('2026-01-26T00:00:00Z'))}`,
    ]);
    expect(shifts.map((s) => s.layer)).toEqual(['base', 'cover', 'cover', 'cover', 'cover', 'base', 'base']);
    expect(onCallAt(single([base, cover]), at('2026-01-17T17:59', BER))[0]!.shift?.person).toBe('d');
    expect(onCallAt(single([base, cover]), at('2026-01-17T18:00', BER))[0]!.shift?.person).toBe('b');
  });

  it('listed first, the later layer is hidden under the other', () => {
    const shifts = shiftsOf(single([cover, base]), window);
    expect(shifts.map((s) => [s.person, s.layer])).toEqual([
      ['b', 'base'],
      ['a', 'base'],
    ]);
  });

  it('a layer ending mid-turn cuts the shift there, with nobody after it', () => {
    const ending = layer({
      time_zone: BER,
      start: '2026-01-05T09:00',
      end: '2026-01-21T15:30',
      members: ['a', 'b', 'c'],
    });
    const shifts = shiftsOf(single([ending]), window);
    expect(view(shifts)).toEqual([
      `a ${isoZ(at('2026-01-05T09:00', BER))}→${isoZ(at('2026-01-12T09:00', BER))}`, // overlaps the window: returned whole
      `b ${isoZ(at('2026-01-12T09:00', BER))}→${isoZ(at('2026-01-19T09:00', BER))}`,
      `c ${isoZ(at('2026-01-19T09:00', BER))}→${isoZ(at('2026-01-21T15:30', BER))}`,
    ]);
    expect(onCallAt(single([ending]), at('2026-01-21T15:30', BER))[0]!.shift).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// 8. Restrictions
// ---------------------------------------------------------------------------------------------

describe('restrictions', () => {
  const LON = 'Europe/London';
  const base = layer({ id: 'base', time_zone: LON, start: '2026-01-05T00:00', members: ['a', 'b'] });
  const weekdays: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

  function expectHourly(
    policy: SchedulePolicy,
    from: string,
    until: string,
    expected: (local: Temporal.ZonedDateTime, basePerson: string) => string,
  ): void {
    const basePolicy = single([base]);
    const window = { start: at(from, LON), end: at(until, LON) };
    const shifts = shiftsOf(policy, window);
    const baseShifts = shiftsOf(basePolicy, window);
    for (let t = window.start, i = 0; t < window.end; t += HOUR / 2, i++) {
      const local = zdt(t, LON);
      const want = expected(local, holderAt(baseShifts, t)!.person);
      expect(holderAt(shifts, t)?.person, local.toString()).toBe(want);
      if (i % 13 === 0) expect(onCallAt(policy, t)[0]!.shift?.person, local.toString()).toBe(want);
    }
  }

  it('Mon–Fri 09:00–18:00: business hours to the restricted layer, all else to the base layer (across the UK spring change)', () => {
    const business = layer({
      id: 'business',
      time_zone: LON,
      start: '2026-01-05T00:00',
      members: ['c', 'd'],
      restrictions: [{ days: weekdays, start: '09:00', end: '18:00' }],
    });
    const policy = single([base, business]);
    // Week of 2026-03-23 (base b, business d) into the week of 2026-03-30 (base a, business c), past 2026-03-29.
    expectHourly(policy, '2026-03-21T00:00', '2026-04-04T00:00', (local, basePerson) => {
      const inHours = local.dayOfWeek <= 5 && local.hour >= 9 && local.hour < 18;
      if (!inHours) return basePerson;
      const weeks = Math.floor(local.toPlainDate().since('2026-01-05').days / 7);
      return ['c', 'd'][weeks % 2]!;
    });
    const monday = shiftsOf(policy, { start: at('2026-03-30T00:00', LON), end: at('2026-03-31T00:00', LON) });
    expect(monday.map((s) => `${s.person} ${clock(s.start, LON)}-${clock(s.end, LON)}`)).toEqual([
      'a 00:00-09:00',
      'c 09:00-18:00',
      'a 18:00-09:00',
    ]);
  });

  it('an overnight restriction 22:00–06:00 covers every night, and `days` names the night it starts', () => {
    // Daily turns from 18:00, so each night lies in the turn of the day it starts on.
    const nights = layer({
      id: 'nights',
      time_zone: LON,
      start: '2026-01-05T18:00',
      turn_length: { days: 1 },
      members: ['n1', 'n2'],
      restrictions: [{ start: '22:00', end: '06:00' }],
    });
    expectHourly(single([base, nights]), '2026-03-26T00:00', '2026-04-01T00:00', (local, basePerson) => {
      const night = local.hour >= 22 || local.hour < 6;
      if (!night) return basePerson;
      const started = local.hour >= 22 ? local.toPlainDate() : local.toPlainDate().subtract({ days: 1 });
      return ['n1', 'n2'][started.since('2026-01-05').days % 2]!;
    });
    // With midnight turns, a night is split between two turns at 00:00 local.
    const nightOf = (day: string) => ['n1', 'n2'][Temporal.PlainDate.from(day).since('2026-01-05').days % 2];
    const midnight = layer({ ...nights, start: '2026-01-05T00:00' });
    const split = shiftsOf(single([base, midnight]), {
      start: at('2026-03-27T23:00', LON),
      end: at('2026-03-28T01:00', LON),
    });
    expect(split.map((s) => `${s.person} ${clock(s.start, LON)}-${clock(s.end, LON)}`)).toEqual([
      `${nightOf('2026-03-27')} 22:00-00:00`,
      `${nightOf('2026-03-28')} 00:00-06:00`,
    ]);
    expect(nightOf('2026-03-27')).not.toBe(nightOf('2026-03-28'));
    const friday = layer({
      id: 'friday',
      time_zone: LON,
      start: '2026-01-05T00:00',
      members: ['f'],
      restrictions: [{ days: ['friday'], start: '22:00', end: '06:00' }],
    });
    expectHourly(single([base, friday]), '2026-03-26T00:00', '2026-04-01T00:00', (local, basePerson) => {
      const fridayNight = (local.dayOfWeek === 5 && local.hour >= 22) || (local.dayOfWeek === 6 && local.hour < 6);
      return fridayNight ? 'f' : basePerson;
    });
  });

  // Regression: a restriction may start at 24:00 (the schema's clockTime allows it: "24:00 is the end of
  // the day"), but restrictionWindows() builds the start with PlainDate.toPlainDateTime({ hour: 24 }),
  // which Temporal constrains to 23:00 — so a Monday 24:00–06:00 window opens at Monday 23:00
  // instead of Tuesday 00:00 (an hour too early: 7 h, not 6 h).
  it('a restriction starting at 24:00 opens at midnight, not at 23:00 (was clamped by Temporal)', () => {
    const late = layer({
      id: 'late',
      time_zone: LON,
      start: '2026-01-05T00:00',
      members: ['r'],
      restrictions: [{ days: ['monday'], start: '24:00', end: '06:00' }],
    });
    const policy = single([base, late]);
    const at2300 = at('2026-03-23T23:00', LON);
    const midnight = at('2026-03-24T00:00', LON);
    expect(holderAt(shiftsOf(policy, { start: midnight, end: midnight + HOUR }), midnight)?.person).toBe('r');
    expect(onCallAt(policy, at2300)[0]!.shift?.person).toBe('b'); // fails: 'r'
    const r = shiftsOf(policy, { start: at2300, end: midnight + DAY }).find((x) => x.person === 'r')!;
    expect([r.start, r.end]).toEqual([midnight, at('2026-03-24T06:00', LON)]);
  });
});

// ---------------------------------------------------------------------------------------------
// 9. Swaps
// ---------------------------------------------------------------------------------------------

describe('swaps on the doc rotation (primary: A from 2026-01-04 10:00Z, B from 01-11, C from 01-18)', () => {
  const W = { start: utc('2026-01-04T10:00:00Z'), end: utc('2026-02-01T10:00:00Z') };
  const timeline = (...swaps: SwapEntry[]) => buildTimeline(policyOf(DOC_SCHEDULES, swaps), W);
  const primary = (...swaps: SwapEntry[]) => timeline(...swaps).schedules.get('primary')!;

  it('a swap across a handoff gives the whole period to the covering person and is reported not-held, naming the other holder', () => {
    const s = swapEntry('across', {
      start: '2026-01-10T10:00:00Z',
      end: '2026-01-12T10:00:00Z',
      relieved: A,
      covering: C,
    });
    const tl = timeline(s);
    expect(tl.swaps).toEqual([
      {
        swap: s,
        status: 'not-held',
        start: utc('2026-01-10T10:00:00Z'),
        end: utc('2026-01-12T10:00:00Z'),
        others: [{ start: utc('2026-01-11T10:00:00Z'), end: utc('2026-01-12T10:00:00Z'), person: B, swap: undefined }],
      },
    ]);
    expect(view(tl.schedules.get('primary')!.slice(0, 3))).toEqual([
      `${A} 2026-01-04T10:00:00Z→2026-01-10T10:00:00Z`,
      `${C} 2026-01-10T10:00:00Z→2026-01-12T10:00:00Z`,
      `${B} 2026-01-12T10:00:00Z→2026-01-18T10:00:00Z`,
    ]);
    expect(tl.schedules.get('primary')![1]).toMatchObject({ source: 'swap', swap: 'across' });
    // the secondary schedule is untouched
    expect(view(tl.schedules.get('secondary')!)).toEqual(
      view(buildTimeline(policyOf(DOC_SCHEDULES), W).schedules.get('secondary')!),
    );
  });

  it('a partial swap inside a shift splits it into three', () => {
    const s = swapEntry('partial', {
      start: '2026-01-06T18:00:00Z',
      end: '2026-01-07T06:00:00Z',
      relieved: A,
      covering: D,
    });
    const tl = timeline(s);
    expect(tl.swaps[0]).toMatchObject({ status: 'applied', others: [] });
    expect(view(tl.schedules.get('primary')!.slice(0, 4))).toEqual([
      `${A} 2026-01-04T10:00:00Z→2026-01-06T18:00:00Z`,
      `${D} 2026-01-06T18:00:00Z→2026-01-07T06:00:00Z`,
      `${A} 2026-01-07T06:00:00Z→2026-01-11T10:00:00Z`,
      `${B} 2026-01-11T10:00:00Z→2026-01-18T10:00:00Z`,
    ]);
    expect(
      tl.schedules
        .get('primary')!
        .map((x) => x.source)
        .slice(0, 3),
    ).toEqual(['rotation', 'swap', 'rotation']);
  });

  it('a swap without an end covers the rest of the relieved person’s shift', () => {
    const s = swapEntry('rest', { start: '2026-01-08T10:00:00Z', relieved: A, covering: C });
    const tl = timeline(s);
    expect(tl.swaps[0]).toMatchObject({
      status: 'applied',
      start: utc('2026-01-08T10:00:00Z'),
      end: utc('2026-01-11T10:00:00Z'),
    });
    expect(view(tl.schedules.get('primary')!.slice(0, 3))).toEqual([
      `${A} 2026-01-04T10:00:00Z→2026-01-08T10:00:00Z`,
      `${C} 2026-01-08T10:00:00Z→2026-01-11T10:00:00Z`,
      `${B} 2026-01-11T10:00:00Z→2026-01-18T10:00:00Z`,
    ]);
  });

  it('a chain A→B then B→C resolves to C whatever the input order and file names', () => {
    const period = { start: '2026-01-05T10:00:00Z', end: '2026-01-06T10:00:00Z' };
    for (const [idAB, idBC] of [
      ['1-ab', '2-bc'],
      ['2-ab', '1-bc'],
    ] as const) {
      const ab = swapEntry(idAB, { ...period, relieved: A, covering: B });
      const bc = swapEntry(idBC, { ...period, relieved: B, covering: C });
      for (const input of [
        [ab, bc],
        [bc, ab],
      ]) {
        const tl = timeline(...input);
        expect(tl.swaps.map((o) => [o.swap.id, o.status])).toEqual(input.map((s) => [s.id, 'applied']));
        const held = holderAt(tl.schedules.get('primary')!, utc(period.start))!;
        expect(held).toMatchObject({ person: C, start: utc(period.start), end: utc(period.end), swap: idBC });
      }
    }
    // without end, too: B→C covers the rest of B's (swap) shift
    const ab = swapEntry('x-ab', { start: '2026-01-09T10:00:00Z', relieved: A, covering: B });
    const bc = swapEntry('a-bc', { start: '2026-01-09T10:00:00Z', relieved: B, covering: C });
    const tl = timeline(bc, ab);
    expect(tl.swaps.map((o) => o.status)).toEqual(['applied', 'applied']);
    expect(holderAt(tl.schedules.get('primary')!, utc('2026-01-10T00:00:00Z'))).toMatchObject({
      person: C,
      start: utc('2026-01-09T10:00:00Z'),
      end: utc('2026-01-11T10:00:00Z'),
    });
  });

  it('two swaps relieving the same person of the same period: the first by file name applies, the other is not-held naming it', () => {
    const period = { start: '2026-01-05T10:00:00Z', end: '2026-01-06T10:00:00Z' };
    const first = swapEntry('2026-01-05-primary-engineer-a', { ...period, relieved: A, covering: B });
    const second = swapEntry('2026-01-05-primary-engineer-a-2', { ...period, relieved: A, covering: C });
    for (const input of [
      [first, second],
      [second, first],
    ]) {
      const tl = timeline(...input);
      const byId = new Map(tl.swaps.map((o) => [o.swap.id, o]));
      expect(tl.swaps.filter((o) => o.status === 'applied')).toHaveLength(1);
      expect(byId.get(first.id)).toMatchObject({ status: 'applied', others: [] });
      expect(byId.get(second.id)).toMatchObject({
        status: 'not-held',
        others: [{ start: utc(period.start), end: utc(period.end), person: B, swap: first.id }],
      });
      // As PagerDuty would render the overrides, the conflicting one still shows, on top.
      expect(holderAt(tl.schedules.get('primary')!, utc(period.start))).toMatchObject({ person: C, swap: second.id });
    }
  });

  // Regression: a swap could come out 'not-held' with an empty `others`, so the swap/not-held rule prints
  // "engineer-b does not hold "primary" for the whole period … : ." naming nobody. In applySwaps'
  // last phase, swaps left pending are rendered one by one, and each one's `others` is recomputed
  // on a timeline that already contains the earlier pending swaps. Here '2' (A→B 10:00–12:00) is
  // pending because '1' gave 10:00–11:00 to B; '3' (B→C 10:00–12:00) is pending because A holds
  // 11:00–12:00 — until '2' is rendered, after which B holds the whole period and '3' gets
  // status 'not-held' with others [] (neither applied nor explained).
  it('a not-held swap always names who held the period instead (leftovers are judged before any is laid down)', () => {
    const one = swapEntry('1', {
      start: '2026-01-05T10:00:00Z',
      end: '2026-01-05T11:00:00Z',
      relieved: A,
      covering: B,
    });
    const two = swapEntry('2', {
      start: '2026-01-05T10:00:00Z',
      end: '2026-01-05T12:00:00Z',
      relieved: A,
      covering: B,
    });
    const three = swapEntry('3', {
      start: '2026-01-05T10:00:00Z',
      end: '2026-01-05T12:00:00Z',
      relieved: B,
      covering: C,
    });
    const tl = timeline(one, two, three);
    expect(tl.swaps.map((o) => o.status)).toEqual(['applied', 'not-held', 'not-held']);
    expect(tl.swaps[1]!.others).toEqual([
      { start: utc('2026-01-05T10:00:00Z'), end: utc('2026-01-05T11:00:00Z'), person: B, swap: '1' },
    ]);
    for (const o of tl.swaps.filter((x) => x.status === 'not-held')) expect(o.others, o.swap.id).not.toEqual([]); // fails for '3'
  });

  it('a swap on an unknown schedule is reported and changes nothing', () => {
    const s = swapEntry('nowhere', {
      schedule: 'tertiary',
      start: '2026-01-05T10:00:00Z',
      end: '2026-01-06T10:00:00Z',
      relieved: A,
      covering: B,
    });
    const tl = timeline(s);
    expect(tl.swaps[0]!.status).toBe('unknown-schedule');
    expect(view(tl.schedules.get('primary')!)).toEqual(view(primary()));
  });
});

// ---------------------------------------------------------------------------------------------
// Window-dependence of shift bounds (bug)
// ---------------------------------------------------------------------------------------------

describe('the timeline does not depend on the window asked for', () => {
  // A shift longer than any finite computation could not be returned whole, so turns are never
  // joined: a one-member layer is one shift per turn, and onCallAt gives the same bounds for every
  // instant of a turn, whatever the window.
  it('a one-member layer is one shift per turn, with the same bounds whatever t onCallAt is asked about', () => {
    const policy = single([layer({ start: '2026-01-01T00:00', members: ['a'] })]);
    const june1 = onCallAt(policy, utc('2026-06-01T00:00:00Z'))[0]!.shift!;
    const june2 = onCallAt(policy, utc('2026-06-02T00:00:00Z'))[0]!.shift!;
    expect([isoZ(june2.start), isoZ(june2.end)]).toEqual([isoZ(june1.start), isoZ(june1.end)]);
    // 2026-01-01 is a Thursday: the weekly turn holding June 1 runs Thursday May 28 to Thursday June 4.
    expect([isoZ(june1.start), isoZ(june1.end)]).toEqual(['2026-05-28T00:00:00Z', '2026-06-04T00:00:00Z']);
  });

  // Regression: buildTimeline only resolved the swaps that touch the window, but whether a swap touching
  // it holds can depend on one that does not. Here s0 (a→x 08:00–09:30) makes s1 (a→b 09:00–11:00)
  // not-held, so s1 is rendered last and s3 (a→c 10:30–12:00) applies beneath it: b holds 10:45.
  // Asked from 10:00, s0 (over by 09:30) is left out, s1 applies, and s3 becomes not-held and is
  // rendered on top: c holds 10:45. So 10:45 has two answers, and `oncall validate` flips s3 from
  // valid to swap/not-held (and s1 the other way) merely because "now" passed 09:30.
  it('a swap outside the window still decides which swaps inside it hold (whole clusters of overlapping swaps are resolved)', () => {
    const swaps = [
      swapEntry('s0', { start: '2026-01-07T08:00:00Z', end: '2026-01-07T09:30:00Z', relieved: 'a', covering: 'x' }),
      swapEntry('s1', { start: '2026-01-07T09:00:00Z', end: '2026-01-07T11:00:00Z', relieved: 'a', covering: 'b' }),
      swapEntry('s3', { start: '2026-01-07T10:30:00Z', end: '2026-01-07T12:00:00Z', relieved: 'a', covering: 'c' }),
    ];
    const policy = policyOf(
      [{ id: 'primary', layers: [layer({ start: '2026-01-04T10:00', members: ['a', 'b'] })] }],
      swaps,
    );
    const end = utc('2026-01-08T00:00:00Z');
    const t = utc('2026-01-07T10:45:00Z');
    const fromMidnight = buildTimeline(policy, { start: utc('2026-01-07T00:00:00Z'), end });
    const fromTen = buildTimeline(policy, { start: utc('2026-01-07T10:00:00Z'), end });
    const status = (tl: typeof fromTen) => Object.fromEntries(tl.swaps.map((o) => [o.swap.id, o.status]));
    expect(status(fromMidnight)).toEqual({ s0: 'applied', s1: 'not-held', s3: 'applied' });
    expect(holderAt(fromMidnight.schedules.get('primary')!, t)?.person).toBe('b');
    expect(holderAt(fromTen.schedules.get('primary')!, t)?.person).toBe('b'); // fails: c
    expect(status(fromTen)).toMatchObject({ s1: 'not-held', s3: 'applied' }); // actual: s1 applied, s3 not-held
  });
});

// ---------------------------------------------------------------------------------------------
// 10. Properties over random schedules and swaps
// ---------------------------------------------------------------------------------------------

const ZONES = [
  'Etc/UTC',
  'America/New_York',
  'Europe/Berlin',
  'Australia/Sydney',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'America/St_Johns',
  'Europe/London',
] as const;
const PEOPLE = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'] as const;
const MINUTE = 60_000;
const RANGE_START = utc('2025-05-01T00:00:00Z'); // minus up to 120 days: first layers start in 2025–2027
const RANGE_MINUTES = Math.floor((utc('2027-12-01T00:00:00Z') - RANGE_START) / MINUTE);

const turnArb: fc.Arbitrary<TurnLength> = fc.oneof(
  fc.integer({ min: 1, max: 48 }).map((hours) => ({ hours })),
  fc.integer({ min: 1, max: 14 }).map((days) => ({ days })),
  fc.integer({ min: 1, max: 4 }).map((weeks) => ({ weeks })),
);
const clockArb = fc
  .oneof(
    fc.integer({ min: 0, max: 95 }).map((q) => q * 15),
    fc.integer({ min: 0, max: 1439 }),
  )
  .map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
const restrictionArb: fc.Arbitrary<Restriction> = fc.record({
  days: fc.option(fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 }), { nil: undefined }),
  start: clockArb,
  end: clockArb,
});

interface LayerSpec {
  zone: string;
  turn: TurnLength;
  members: string[];
  /** Minutes from the window's start to the layer's start (negative: before). */
  startOffset: number;
  /** Minutes from the layer's start to its end, if it ends. */
  length?: number;
  restrictions?: Restriction[];
}

function layerArb(members: fc.Arbitrary<string[]>, first: boolean): fc.Arbitrary<LayerSpec> {
  return fc.record({
    zone: fc.constantFrom(...ZONES),
    turn: turnArb,
    members,
    // The first layer starts 2 h to 120 days before the window (2 h: a start in a DST gap moves by ≤ 1 h).
    startOffset: first ? fc.integer({ min: -120 * 1440, max: -120 }) : fc.integer({ min: -60 * 1440, max: 30 * 1440 }),
    length: first ? fc.constant(undefined) : fc.option(fc.integer({ min: 60, max: 40 * 1440 }), { nil: undefined }),
    restrictions: first
      ? fc.constant(undefined)
      : fc.option(fc.array(restrictionArb, { minLength: 1, maxLength: 2 }), { nil: undefined }),
  });
}

interface SwapSpec {
  schedule: number;
  startFrac: number;
  lengthMin: number;
  mode: 'holder' | 'random' | 'chain' | 'snap';
  person: number;
  cover: number;
}

const swapArb: fc.Arbitrary<SwapSpec> = fc.record({
  schedule: fc.nat({ max: 1 }),
  startFrac: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  lengthMin: fc.oneof(fc.integer({ min: 1, max: 24 * 60 }), fc.integer({ min: 1, max: 10 * 1440 })),
  mode: fc.constantFrom('holder', 'random', 'chain', 'snap'),
  person: fc.nat({ max: PEOPLE.length - 1 }),
  cover: fc.nat({ max: PEOPLE.length - 1 }),
});

function scenarioArb(members: fc.Arbitrary<string[]>) {
  const schedule = fc.tuple(layerArb(members, true), fc.array(layerArb(members, false), { maxLength: 2 }));
  return fc.record({
    windowStart: fc.integer({ min: 0, max: RANGE_MINUTES }),
    windowLength: fc.oneof(fc.integer({ min: 60, max: 3 * 1440 }), fc.integer({ min: 60, max: 21 * 1440 })),
    schedules: fc.array(schedule, { minLength: 1, maxLength: 2 }),
    swaps: fc.array(swapArb, { maxLength: 10 }),
    probes: fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 2, maxLength: 2 }),
  });
}
type Scenario = ReturnType<typeof scenarioArb> extends fc.Arbitrary<infer T> ? T : never;

const minuteLocal = (ms: number, zone: string) => zdt(ms, zone).toPlainDateTime().toString({ smallestUnit: 'minute' });

interface Built {
  policy: SchedulePolicy;
  window: Interval;
  probes: number[];
  /** The timeline without swaps (what swaps are drawn against). */
  rotation: Timeline;
  /** The final timeline, built on first use. */
  final?: Timeline;
}

// The properties draw the same scenarios (same arbitrary, same seed): build each one once.
const built = new Map<string, Built>();

function scenario(sc: Scenario): Built & { final: Timeline } {
  const key = JSON.stringify(sc);
  let b = built.get(key);
  if (!b) built.set(key, (b = buildScenario(sc)));
  b.final ??= buildTimeline(b.policy, b.window);
  return b as Built & { final: Timeline };
}

function buildScenario(sc: Scenario): Built {
  const start = RANGE_START + sc.windowStart * MINUTE;
  const window = { start, end: start + sc.windowLength * MINUTE };
  const schedules: Schedule[] = sc.schedules.map(([first, rest], si) => ({
    id: `s${si}`,
    layers: [first, ...rest].map((l, li): Layer => {
      const layerStart = minuteLocal(start + l.startOffset * MINUTE, l.zone);
      return {
        id: `l${li}`,
        time_zone: l.zone,
        start: layerStart,
        ...(l.length !== undefined
          ? {
              end: Temporal.PlainDateTime.from(layerStart)
                .add({ minutes: l.length })
                .toString({ smallestUnit: 'minute' }),
            }
          : {}),
        turn_length: l.turn,
        members: l.members,
        ...(l.restrictions ? { restrictions: l.restrictions } : {}),
      };
    }),
  }));
  const rotation = buildTimeline(policyOf(schedules), window);
  const swaps: SwapEntry[] = [];
  for (const [i, s] of sc.swaps.entries()) {
    const schedule = schedules[s.schedule % schedules.length]!.id;
    const shifts = rotation.schedules.get(schedule)!;
    let from = window.start + Math.floor((s.startFrac * (window.end - window.start - MINUTE)) / MINUTE) * MINUTE;
    let until = Math.min(window.end, from + s.lengthMin * MINUTE);
    let relieved: string = PEOPLE[s.person]!;
    const previous = swaps[i - 1];
    if (s.mode === 'chain' && previous) {
      from = utc(previous.data.start);
      until = utc(previous.data.end!);
      relieved = previous.data.covering;
    } else if (s.mode === 'holder' || s.mode === 'snap') {
      const holder = holderAt(shifts, from)!;
      relieved = holder.person;
      if (s.mode === 'snap') {
        if (holder.start >= window.start) from = holder.start;
        until = Math.min(window.end, holder.end);
      }
    }
    let covering: string = PEOPLE[s.cover]!;
    if (covering === relieved) covering = PEOPLE[(s.cover + 1) % PEOPLE.length]!;
    const schedIdx = s.mode === 'chain' && previous ? previous.data.schedule : schedule;
    swaps.push(
      swapEntry(`sw${String(i).padStart(2, '0')}`, {
        schedule: schedIdx,
        start: isoZ(from),
        end: isoZ(until),
        relieved,
        covering,
      }),
    );
  }
  const probes = sc.probes.map((f) => window.start + Math.floor(f * (window.end - window.start)));
  return { policy: policyOf(schedules, swaps), window, probes, rotation };
}

/** The longest nominal turn of any layer, at least a week: what the engine's margins are made of. */
function longestTurn(policy: SchedulePolicy): number {
  let longest = WEEK;
  for (const s of policy.rotations!.schedules)
    for (const l of s.layers) {
      const t = l.turn_length;
      longest = Math.max(longest, (t.hours ?? 0) * HOUR, (t.days ?? 0) * DAY, (t.weeks ?? 0) * WEEK);
    }
  return longest;
}

const anyMembers = fc.uniqueArray(fc.constantFrom(...PEOPLE), { minLength: 1, maxLength: 5 });
const RUNS = { numRuns: 200, seed: 20260104 } as const;

describe('properties over random schedules and swaps', () => {
  it('(a) every schedule’s shifts are sorted, never overlap, and tile the window without gaps', () => {
    fc.assert(
      fc.property(scenarioArb(anyMembers), (sc) => {
        const { policy, window, final: tl } = scenario(sc);
        expect([...tl.schedules.keys()]).toEqual(policy.rotations!.schedules.map((s) => s.id));
        for (const [id, shifts] of tl.schedules) {
          expect(shifts.length, id).toBeGreaterThan(0);
          expect(shifts[0]!.start).toBeLessThanOrEqual(window.start);
          expect(shifts.at(-1)!.end).toBeGreaterThanOrEqual(window.end);
          for (const [i, s] of shifts.entries()) {
            expect(s.start).toBeLessThan(s.end);
            expect(s.start < window.end && s.end > window.start).toBe(true);
            expect(s.schedule).toBe(id);
            if (i > 0) expect(s.start, `${id}: gap or overlap before shift ${i}`).toBe(shifts[i - 1]!.end);
          }
        }
      }),
      RUNS,
    );
  });

  it('(b) onCallAt(t) is exactly the shift of a wide buildTimeline that contains t', () => {
    let exact = 0;
    fc.assert(
      fc.property(scenarioArb(anyMembers), (sc) => {
        const { policy, window, probes } = scenario(sc);
        // Wide enough: the window plus the longest turn either side (the engine adds its own margin).
        const reach = longestTurn(policy);
        const wide = buildTimeline(policy, { start: window.start - reach, end: window.end + reach });
        const schedules = new Map(policy.rotations!.schedules.map((s) => [s.id, s]));
        for (const t of probes) {
          const answers = onCallAt(policy, t);
          expect(answers.map((a) => a.schedule)).toEqual([...schedules.keys()]);
          for (const { schedule, shift } of answers) {
            const expected = holderAt(wide.schedules.get(schedule)!, t);
            expect(expected, `${schedule} at ${isoZ(t)}`).toBeDefined();
            exact++;
            expect(shift, `${schedule} at ${isoZ(t)}`).toEqual(expected);
          }
        }
      }),
      RUNS,
    );
    expect(exact).toBeGreaterThan(200);
  });

  it('(c) every applied swap’s period is held by its covering person, or by a later swap that relieved them', () => {
    let applied = 0;
    let notHeld = 0;
    fc.assert(
      fc.property(scenarioArb(anyMembers), (sc) => {
        const { policy, final: tl, rotation } = scenario(sc);
        expect(tl.swaps).toHaveLength(policy.swaps.length);
        for (const o of tl.swaps) {
          expect(o.swap).toBe(policy.swaps[tl.swaps.indexOf(o)]);
          expect(['applied', 'not-held']).toContain(o.status);
          expect(o.start).toBe(utc(o.swap.data.start));
          expect(o.end).toBe(utc(o.swap.data.end!));
          if (o.status === 'not-held') {
            notHeld++;
            expect(o.others.length).toBeGreaterThan(0);
            for (const h of o.others) expect(h.person).not.toBe(o.swap.data.relieved);
          } else {
            applied++;
            expect(o.others).toEqual([]);
          }
        }
        const containing = (t: number, schedule: string) =>
          tl.swaps.filter((o) => o.swap.data.schedule === schedule && o.start <= t && t < o.end!);
        for (const o of tl.swaps.filter((x) => x.status === 'applied')) {
          const { schedule, covering, relieved } = o.swap.data;
          const shifts = tl.schedules.get(schedule)!;
          // Instants where anything can change inside the period: its start, every swap and shift edge.
          const points = new Set<number>([o.start]);
          for (const x of tl.swaps) for (const e of [x.start, x.end!]) if (e > o.start && e < o.end!) points.add(e);
          for (const s of shifts) for (const e of [s.start, s.end]) if (e > o.start && e < o.end!) points.add(e);
          for (const p of points) {
            const final = holderAt(shifts, p)!;
            const here = containing(p, schedule);
            const others = here.filter((x) => x !== o);
            // No other swap here: the swap's own shift, its covering person.
            if (others.length === 0) {
              expect(final, `${o.swap.id} at ${isoZ(p)}`).toMatchObject({
                person: covering,
                source: 'swap',
                swap: o.swap.id,
              });
              expect(holderAt(rotation.schedules.get(schedule)!, p)!.person).toBe(relieved);
              continue;
            }
            // Otherwise a swap's shift, of a swap covering p, holding as that swap's covering person.
            expect(final.source).toBe('swap');
            const holderSwap = here.find((x) => x.swap.id === final.swap)!;
            expect(holderSwap, `${o.swap.id} at ${isoZ(p)}: held by ${final.swap}`).toBeDefined();
            expect(final.person).toBe(holderSwap.swap.data.covering);
            // Only applied swaps here: they relieved one another in turn, so the final holder is
            // reached from this swap's covering person by following relieved → covering.
            if (here.every((x) => x.status === 'applied')) {
              const seen = new Set([covering]);
              for (let grew = true; grew;) {
                grew = false;
                for (const x of others)
                  if (seen.has(x.swap.data.relieved) && !seen.has(x.swap.data.covering)) {
                    seen.add(x.swap.data.covering);
                    grew = true;
                  }
              }
              expect(
                seen.has(final.person),
                `${o.swap.id} at ${isoZ(p)}: ${final.person} not reached from ${covering}`,
              ).toBe(true);
            }
          }
        }
      }),
      RUNS,
    );
    // The generator does exercise both outcomes.
    expect(applied).toBeGreaterThan(100);
    expect(notHeld).toBeGreaterThan(50);
  });

  it('(d) every handoff is Temporal’s start + k turns in the layer’s zone (through DST, in every zone)', () => {
    // Starts near the small hours around the 2026 transitions, to land on skipped and repeated times.
    const local = fc.record({
      date: fc.oneof(
        fc.integer({ min: 0, max: 3 * 365 }).map((d) => Temporal.PlainDate.from('2025-01-01').add({ days: d })),
        fc
          .constantFrom(
            '2026-03-08',
            '2026-03-29',
            '2026-04-05',
            '2026-09-27',
            '2026-10-04',
            '2026-10-25',
            '2026-11-01',
          )
          .map((d) => Temporal.PlainDate.from(d)),
      ),
      minute: fc.oneof(
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 0, max: 16 }).map((q) => q * 15),
      ),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        turnArb,
        local,
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 120 }),
        (zone, turn, { date, minute }, dayOffset, days) => {
          const start = date.toPlainDateTime({ hour: Math.floor(minute / 60), minute: minute % 60 });
          const members = ['x', 'y', 'z'];
          const policy = single([
            layer({ time_zone: zone, start: start.toString({ smallestUnit: 'minute' }), turn_length: turn, members }),
          ]);
          const [unit, count] = Object.entries(turn)[0] as ['hours' | 'days' | 'weeks', number];
          const origin = start.toZonedDateTime(zone, { disambiguation: 'compatible' });
          const turnStart = (k: number) =>
            unit === 'hours'
              ? origin.epochMilliseconds + k * count * HOUR
              : start.add({ [unit]: k * count }).toZonedDateTime(zone, { disambiguation: 'compatible' })
                  .epochMilliseconds;
          const from = origin.epochMilliseconds + dayOffset * DAY;
          const shifts = shiftsOf(policy, { start: from, end: from + days * DAY });
          expect(shifts.length).toBeGreaterThan(0);
          const nominal = count * (unit === 'hours' ? HOUR : unit === 'days' ? DAY : WEEK);
          const estimate = Math.max(0, Math.round((shifts[0]!.start - origin.epochMilliseconds) / nominal));
          const k0 = [estimate, estimate - 1, estimate + 1, estimate - 2, estimate + 2].find(
            (k) => k >= 0 && turnStart(k) === shifts[0]!.start,
          );
          expect(k0, `first shift ${isoZ(shifts[0]!.start)} is no turn start`).toBeDefined();
          for (const [i, s] of shifts.entries()) {
            const k = k0! + i;
            expect([isoZ(s.start), isoZ(s.end), s.person]).toEqual([
              isoZ(turnStart(k)),
              isoZ(turnStart(k + 1)),
              members[k % 3],
            ]);
          }
        },
      ),
      RUNS,
    );
  });

  it('(e) a restricted layer holds exactly the restriction windows Temporal computes in its zone', () => {
    const endClock = fc.oneof(clockArb, fc.constant('24:00'));
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.array(fc.record({ days: restrictionArb.map((r) => r.days), start: clockArb, end: endClock }), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.integer({ min: 0, max: 3 * 365 }),
        fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 10, maxLength: 10 }),
        (zone, restrictions, dayOffset, fracs) => {
          const base = layer({
            id: 'base',
            time_zone: zone,
            start: '2024-12-01T00:00',
            turn_length: { days: 1 },
            members: ['b1', 'b2'],
          });
          const restricted = layer({
            id: 'r',
            time_zone: zone,
            start: '2024-12-01T00:00',
            members: ['r'],
            restrictions,
          });
          const policy = single([base, restricted]);
          const day0 = Temporal.PlainDate.from('2025-01-01').add({ days: dayOffset });
          const window = {
            start: day0.toZonedDateTime({ timeZone: zone }).epochMilliseconds,
            end: day0.add({ days: 3 }).toZonedDateTime({ timeZone: zone }).epochMilliseconds,
          };
          // The model: every day d, every restriction on d's weekday gives [d start, d (+1) end).
          const windows: Interval[] = [];
          for (
            let d = day0.subtract({ days: 1 });
            Temporal.PlainDate.compare(d, day0.add({ days: 3 })) <= 0;
            d = d.add({ days: 1 })
          ) {
            for (const r of restrictions) {
              if (r.days && !r.days.includes(WEEKDAYS[d.dayOfWeek - 1]!)) continue;
              const startTime = Temporal.PlainTime.from(r.start);
              const endDay = r.end === '24:00' || r.end <= r.start ? d.add({ days: 1 }) : d;
              const endTime = r.end === '24:00' ? Temporal.PlainTime.from('00:00') : Temporal.PlainTime.from(r.end);
              const open = d
                .toPlainDateTime(startTime)
                .toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
              const close = endDay
                .toPlainDateTime(endTime)
                .toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
              windows.push({ start: open, end: close });
            }
          }
          const inWindow = (t: number) => windows.some((w) => w.start <= t && t < w.end);
          const shifts = shiftsOf(policy, window);
          const probes = fracs.map((f) => window.start + Math.floor(f * (window.end - window.start)));
          for (const w of windows) probes.push(w.start, w.end - 1, w.end);
          for (const t of probes.filter((x) => x >= window.start && x < window.end)) {
            const held = holderAt(shifts, t)!;
            expect(held.person === 'r', `${zdt(t, zone).toString()} in ${JSON.stringify(restrictions)}`).toBe(
              inWindow(t),
            );
          }
        },
      ),
      RUNS,
    );
  });
});
