/**
 * Roster changes that keep the rotation (#16 item 3): the expected turns are computed by hand from
 * the rule in src/rota/roster-change.ts, so a test fails when a turn moves that did not have to.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Layer, Schedule } from '../src/model/types.js';
import { planRosterChange, RosterChangeError, type RosterChangeRequest } from '../src/rota/roster-change.js';
import { rotationShifts } from '../src/schedule/rotation.js';
import { instantMs, isoUtc } from '../src/util/time.js';

const PEOPLE = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
const WEEK = 7 * 24 * 3_600_000;

function schedule(layer: Partial<Layer> = {}): Schedule {
  return {
    id: 'primary',
    layers: [
      {
        id: 'weekly',
        name: 'Weekly rotation',
        time_zone: 'Etc/UTC',
        start: '2027-01-03T10:00', // a Sunday: turn k starts k weeks later
        turn_length: { weeks: 1 },
        members: ['a', 'b', 'c', 'd'],
        ...layer,
      },
    ],
  };
}

/** Who holds each turn from `from` on, as [start, person]. */
function turns(s: Schedule, from: string, count: number, step = WEEK): [string, string][] {
  const start = instantMs(from);
  return rotationShifts(s, { start, end: start + count * step }).map((x) => [isoUtc(x.start), x.person]);
}

const NOW = instantMs('2027-01-05T00:00:00Z'); // inside turn 0 (a)

function plan(edits: RosterChangeRequest['edits'], effective: RosterChangeRequest['effective'], s = schedule()) {
  return planRosterChange([s], PEOPLE, { schedule: 'primary', edits, effective, now: NOW });
}

const weekly = (people: string) =>
  [...people].map((p, i): [string, string] => [isoUtc(instantMs('2027-01-10T10:00:00Z') + i * WEEK), p]);

describe('adding a member', () => {
  it('takes the slot where they are inserted; only the turns after it move, one week each', () => {
    const change = plan([{ kind: 'add', person: 'e', position: 3 }], { kind: 'next-handoff' });
    expect(change.ended).toMatchObject({ id: 'weekly', end: '2027-01-10T10:00', members: ['a', 'b', 'c', 'd'] });
    expect(change.added).toEqual({
      id: 'weekly-2027-01-10',
      name: 'Weekly rotation from 2027-01-10',
      time_zone: 'Etc/UTC',
      start: '2027-01-10T10:00',
      turn_length: { weeks: 1 },
      members: ['b', 'e', 'c', 'd', 'a'],
    });
    // Before: b c d a b c d a from the change on. The new order is a b e c d; after a's turn comes b.
    expect(turns(schedule(), '2027-01-10T10:00:00Z', 8)).toEqual(weekly('bcdabcda'));
    const after = change.schedules[0]!;
    expect(turns(after, '2027-01-10T10:00:00Z', 8)).toEqual(weekly('becdabec'));
    // The turn in progress and b's next turn stay where they were.
    expect(turns(after, '2027-01-03T10:00:00Z', 2)).toEqual(turns(schedule(), '2027-01-03T10:00:00Z', 2));
  });

  it('after-rotation: the cycle a b c d completes, then the member added last takes the next turn', () => {
    const change = plan([{ kind: 'add', person: 'e' }], { kind: 'after-rotation' });
    expect(change.added.start).toBe('2027-01-31T10:00');
    expect(change.added.members).toEqual(['e', 'a', 'b', 'c', 'd']);
    expect(turns(change.schedules[0]!, '2027-01-03T10:00:00Z', 9).map(([, p]) => p)).toEqual([...'abcdeabcd']);
  });
});

describe('removing a member', () => {
  it('closes up the cycle: those after them come one turn earlier, those before keep theirs', () => {
    const change = plan([{ kind: 'remove', person: 'c' }], { kind: 'next-handoff' });
    expect(change.added.members).toEqual(['b', 'd', 'a']);
    expect(turns(change.schedules[0]!, '2027-01-10T10:00:00Z', 6)).toEqual(weekly('bdabda'));
  });

  it('of the member whose turn is next: the one after them takes it, never the one just off', () => {
    const change = plan([{ kind: 'remove', person: 'b' }], { kind: 'next-handoff' });
    expect(change.added.members).toEqual(['c', 'd', 'a']);
    expect(turns(change.schedules[0]!, '2027-01-03T10:00:00Z', 4).map(([, p]) => p)).toEqual([...'acda']);
  });
});

describe('reordering', () => {
  it('moves only the people whose places changed', () => {
    const at = instantMs('2027-01-17T10:00:00Z'); // turn 2: c, d, a, b to come
    const change = plan([{ kind: 'order', members: ['b', 'a', 'c', 'd'] }], { kind: 'instant', at });
    expect(change.added.members).toEqual(['c', 'd', 'b', 'a']);
    const rows = (s: Schedule) => turns(s, '2027-01-17T10:00:00Z', 4).map(([, p]) => p);
    expect(rows(schedule())).toEqual([...'cdab']);
    expect(rows(change.schedules[0]!)).toEqual([...'cdba']);
  });

  it('never gives the first turn to whoever held the last, even when that keeps more turns', () => {
    // From turn 4 a b c d were to come, after d's turn 3. Starting the order d b c a with d would keep
    // b's and c's turns, but d would hold two in a row; of the rest, b c a d and a d b c keep one
    // turn each, and b c a d continues the cycle (b follows d in the new order).
    const change = plan([{ kind: 'order', members: ['d', 'b', 'c', 'a'] }], { kind: 'after-rotation' });
    expect(change.added.members).toEqual(['b', 'c', 'a', 'd']);
  });
});

describe('when it takes effect', () => {
  it('next-handoff leaves the turn in progress whole: no gap, no overlap at the seam', () => {
    const change = plan([{ kind: 'remove', person: 'd' }], { kind: 'next-handoff' });
    const shifts = rotationShifts(change.schedules[0]!, {
      start: instantMs('2027-01-03T10:00:00Z'),
      end: instantMs('2027-02-14T10:00:00Z'),
    });
    expect(shifts[0]).toMatchObject({ person: 'a', end: instantMs('2027-01-10T10:00:00Z'), layer: 'weekly' });
    expect(shifts[1]).toMatchObject({ start: instantMs('2027-01-10T10:00:00Z'), layer: 'weekly-2027-01-10' });
    for (let i = 1; i < shifts.length; i++) expect(shifts[i]!.start).toBe(shifts[i - 1]!.end);
  });

  it('an instant must be a future handoff of the layer, before its end', () => {
    const at = (iso: string) => ({ kind: 'instant' as const, at: instantMs(iso) });
    const add = [{ kind: 'add' as const, person: 'e' }];
    expect(() => plan(add, at('2027-01-04T10:00:00Z'))).toThrow(/has passed/);
    expect(() => plan(add, at('2027-01-12T10:00:00Z'))).toThrow(
      /not a handoff.*nearest handoffs are 2027-01-10T10:00:00Z and 2027-01-17T10:00:00Z/,
    );
    const ending = schedule({ end: '2027-01-20T10:00' });
    expect(() => plan(add, at('2027-01-24T10:00:00Z'), ending)).toThrow(/ends at 2027-01-20T10:00:00Z/);
    // The new layer keeps the old one's end.
    expect(plan(add, at('2027-01-17T10:00:00Z'), ending).added.end).toBe('2027-01-20T10:00');
  });
});

describe('time zones', () => {
  const london = (start: string, extra: Partial<Layer> = {}) =>
    schedule({ time_zone: 'Europe/London', start, turn_length: { days: 1 }, members: ['a', 'b', 'c'], ...extra });

  it('a daily Europe/London layer keeps its 09:00 handoff across the spring change', () => {
    const s = london('2027-03-25T09:00');
    const change = planRosterChange([s], PEOPLE, {
      schedule: 'primary',
      edits: [{ kind: 'add', person: 'd' }],
      effective: { kind: 'instant', at: instantMs('2027-03-29T08:00:00Z') }, // 09:00 BST
      now: instantMs('2027-03-26T12:00:00Z'),
    });
    expect(change.added.start).toBe('2027-03-29T09:00');
    const day = 24 * 3_600_000;
    // 25–28 March: a b c a (09:00 GMT, then 09:00 BST from the 28th); from the 29th b c d a b.
    expect(turns(change.schedules[0]!, '2027-03-25T09:00:00Z', 9, day).slice(0, 9)).toEqual([
      ['2027-03-25T09:00:00Z', 'a'],
      ['2027-03-26T09:00:00Z', 'b'],
      ['2027-03-27T09:00:00Z', 'c'],
      ['2027-03-28T08:00:00Z', 'a'],
      ['2027-03-29T08:00:00Z', 'b'],
      ['2027-03-30T08:00:00Z', 'c'],
      ['2027-03-31T08:00:00Z', 'd'],
      ['2027-04-01T08:00:00Z', 'a'],
      ['2027-04-02T08:00:00Z', 'b'],
    ]);
  });

  it('a handoff in the skipped hour is written as the layer wrote it, so the next day is 01:30 again', () => {
    const s = london('2027-03-26T01:30');
    const change = planRosterChange([s], PEOPLE, {
      schedule: 'primary',
      edits: [{ kind: 'remove', person: 'c' }],
      effective: { kind: 'next-handoff' },
      now: instantMs('2027-03-27T12:00:00Z'),
    });
    // 28 March 01:30 does not exist in London: the handoff is 02:30 BST (01:30Z), the next 01:30 BST.
    expect(change.effective).toBe(instantMs('2027-03-28T01:30:00Z'));
    expect(change.added.start).toBe('2027-03-28T01:30');
    const shifts = rotationShifts(change.schedules[0]!, {
      start: change.effective,
      end: instantMs('2027-03-30T00:00:00Z'),
    });
    expect(shifts.map((x) => isoUtc(x.start))).toEqual(['2027-03-28T01:30:00Z', '2027-03-29T00:30:00Z']);
  });

  it('an hourly handoff in the repeated hour of autumn cannot be named, and says so', () => {
    const s = london('2027-10-30T00:00', { turn_length: { hours: 1 } });
    const at = (iso: string) => ({
      schedule: 'primary',
      edits: [{ kind: 'add' as const, person: 'd' }],
      effective: { kind: 'instant' as const, at: instantMs(iso) },
      now: instantMs('2027-10-30T12:00:00Z'),
    });
    expect(planRosterChange([s], PEOPLE, at('2027-10-31T00:00:00Z')).added.start).toBe('2027-10-31T01:00');
    expect(() => planRosterChange([s], PEOPLE, at('2027-10-31T01:00:00Z'))).toThrow(/second 2027-10-31T01:00/);
  });
});

describe('bad input', () => {
  const cases: [string, RosterChangeRequest['edits'], RegExp][] = [
    ['an unknown person', [{ kind: 'add', person: 'zed' }], /no person "zed" in oncall\/team.yaml/],
    ['a member added twice', [{ kind: 'add', person: 'a' }], /already a member/],
    ['a place past the end', [{ kind: 'add', person: 'e', position: 6 }], /place must be 1 to 5/],
    ['removing a non-member', [{ kind: 'remove', person: 'e' }], /not a member of layer "weekly"/],
    ['an order missing someone', [{ kind: 'order', members: ['a', 'b', 'c'] }], /missing d/],
    ['an order with a newcomer', [{ kind: 'order', members: ['a', 'b', 'c', 'd', 'e'] }], /not members: e/],
    ['nothing to do', [], /nothing to change/],
  ];
  it.each(cases)('%s', (_, edits, message) => {
    expect(() => plan(edits, { kind: 'next-handoff' })).toThrow(RosterChangeError);
    expect(() => plan(edits, { kind: 'next-handoff' })).toThrow(message);
  });

  it('an unknown schedule, or a layer to choose', () => {
    const req = { edits: [{ kind: 'add' as const, person: 'e' }], effective: { kind: 'next-handoff' as const } };
    expect(() => planRosterChange([schedule()], PEOPLE, { ...req, schedule: 'nope', now: NOW })).toThrow(
      /no schedule "nope".*primary/,
    );
    const two = { ...schedule(), layers: [...schedule().layers, { ...schedule().layers[0]!, id: 'night' }] };
    expect(() => planRosterChange([two], PEOPLE, { ...req, schedule: 'primary', now: NOW })).toThrow(/--layer/);
    const change = planRosterChange([two], PEOPLE, { ...req, schedule: 'primary', layer: 'night', now: NOW });
    expect(change.schedules[0]!.layers.map((l) => l.id)).toEqual(['weekly', 'night', 'night-2027-01-10']);
  });

  it('a second change of the same layer on the same day gets its own id and name', () => {
    const first = plan([{ kind: 'add', person: 'e' }], { kind: 'next-handoff' });
    const second = planRosterChange(first.schedules, PEOPLE, {
      schedule: 'primary',
      layer: 'weekly-2027-01-10',
      edits: [{ kind: 'add', person: 'f' }],
      effective: { kind: 'next-handoff' },
      now: NOW,
    });
    expect(second.added).toMatchObject({ id: 'weekly-2027-01-17', name: 'Weekly rotation from 2027-01-17' });
  });
});

describe('any add or remove, at any handoff', () => {
  it('leaves every turn before it, covers every turn after it, and keeps the seam free of back-to-back turns', () => {
    const arb = fc.record({
      size: fc.integer({ min: 3, max: 6 }),
      turn: fc.integer({ min: 1, max: 20 }),
      add: fc.boolean(),
      pick: fc.nat(),
    });
    fc.assert(
      fc.property(arb, ({ size, turn, add, pick }) => {
        const members = [...'abcdefg'].slice(0, size);
        const s = schedule({ members: add ? members.slice(0, size - 1) : members });
        const n = s.layers[0]!.members.length;
        const edit = add
          ? { kind: 'add' as const, person: members[size - 1]!, position: (pick % (n + 1)) + 1 }
          : { kind: 'remove' as const, person: members[pick % n]! };
        const at = instantMs('2027-01-03T10:00:00Z') + turn * WEEK;
        const change = planRosterChange([s], PEOPLE, {
          schedule: 'primary',
          edits: [edit],
          effective: { kind: 'instant', at },
          now: NOW,
        });
        const window = { start: instantMs('2027-01-03T10:00:00Z'), end: at + 12 * WEEK };
        const before = rotationShifts(s, window);
        const after = rotationShifts(change.schedules[0]!, window);
        expect(after.filter((x) => x.start < at)).toEqual(before.filter((x) => x.start < at));
        for (let i = 1; i < after.length; i++) expect(after[i]!.start).toBe(after[i - 1]!.end);
        const seam = after.findIndex((x) => x.start === at);
        expect(after[seam]!.person).not.toBe(after[seam - 1]!.person);
        // Those before the change's slot in the coming cycle keep their next turn.
        const next = (list: typeof before, p: string) => list.find((x) => x.start >= at && x.person === p)?.start;
        const kept = change.added.members.filter((p) => next(before, p) === next(after, p));
        const firstMoved = change.added.members.findIndex((p) => next(before, p) !== next(after, p));
        expect(kept).toEqual(firstMoved < 0 ? change.added.members : change.added.members.slice(0, firstMoved));
      }),
    );
  });
});
