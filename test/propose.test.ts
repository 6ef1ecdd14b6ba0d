/**
 * `rotation propose`: next quarter's order keeps people off their leave and off a second schedule,
 * lowers the spread of the two quarters' load, and leaves coverage as it was.
 */
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { RawFile } from '../src/model/load.js';
import { writeRosterChange } from '../src/rota/roster-yaml.js';
import { previousQuarter, proposeTurnOrder, type Proposal } from '../src/rota/propose.js';
import { normalize } from '../src/schedule/intervals.js';
import { rotationShifts } from '../src/schedule/rotation.js';
import { absencesOf, awayDuring } from '../src/schedule/time-off.js';
import { buildTimeline } from '../src/schedule/timeline.js';
import { quarterWindow } from '../src/reports/hours.js';
import { validatePolicy } from '../src/validate/index.js';
import { edit, repoPolicyFiles, TEST_NOW, textOf, withFile } from './helpers/policy.js';
import { cleanEnv, runNode, tempPolicy } from './helpers/run.js';

const H = 3_600_000;
const HEADER = '# yaml-language-server: $schema=../../schemas/time-off.schema.json\nperiods:\n';
const timeOff = (files: readonly RawFile[], person: string, ...periods: string[]) =>
  withFile(files, `oncall/time-off/${person}.yaml`, HEADER + periods.map((p) => `  - ${p}\n`).join(''));
/** Every hour weighs 1, so loads are plain hours and can be counted by hand. */
const flat = edit(
  repoPolicyFiles(),
  'oncall/compensation.yaml',
  '  max_hours_per_quarter: 1400\n',
  '  max_hours_per_quarter: 1400\n  weights: { business: 1, after_hours: 1, weekend: 1, holiday: 1 }\n',
).files;
const policyOf = (files: readonly RawFile[]) => validatePolicy(files, { now: TEST_NOW }).policy;
const propose = (files: readonly RawFile[], schedule = 'primary', quarter = '2027Q2') => {
  const result = proposeTurnOrder(policyOf(files), { schedule, quarter, now: TEST_NOW });
  if (!result.ok) throw new Error(result.message);
  return result.proposal;
};

describe('a hand-counted quarter', () => {
  // 2027Q2 is 2027-04-01 to 07-01. Primary's first handoff in it is Sunday 04-04 10:00 UTC (turn 65
  // of the layer, engineer-b's), then 12 more Sundays: position 0 of the new order takes 4 turns
  // (the last runs to 07-04 and counts whole: 672 h), positions 1–3 take 3 (504 h).
  // Starting loads, 2027Q1 on both schedules plus 2027Q2 outside the new primary turns:
  //   a: primary 3·168 + 86 (from 03-28) + 82 (to 04-04), secondary 58 + 3·168 + 3·168 = 1738
  //   b: primary 3·168, secondary 3·168 + 86, then 82 + 3·168 = 1680
  //   c: primary 3·168, secondary 3·168, then 3·168 + 86 (to 07-01) = 1598
  //   d: primary 58 + 3·168, secondary 3·168, then 3·168 = 1570
  // Secondary holds c, d, a, b at positions 0–3 all quarter, so none of them may stand there on
  // primary; engineer-a holds the primary turn before 04-04, so not position 0 either.
  // engineer-c (Lisbon) is away 04-12 to 04-16: primary's turn 1 (04-11 to 04-18) at position 1.
  const files = timeOff(flat, 'engineer-c', '{ start: 2027-04-12, end: 2027-04-16, kind: leave }');
  const proposal = propose(files);

  it('moves the leave week to someone else and lowers the spread from 278 h to 140 h', () => {
    expect(proposal.effective).toBe(Date.parse('2027-04-04T10:00:00Z'));
    expect(proposal.baseQuarter).toBe('2027Q1');
    expect(proposal.turns).toHaveLength(13);
    expect(proposal.turns[0]).toMatchObject({ weighted: 168, before: 'engineer-b', after: 'engineer-d' });
    expect(proposal.turns[1]).toMatchObject({ before: 'engineer-c', after: 'engineer-b' });
    expect(proposal.conflictsBefore).toEqual([
      {
        turn: 1,
        person: 'engineer-c',
        reason: 'away (leave) from 2027-04-11T23:00:00Z to 2027-04-16T23:00:00Z',
      },
    ]);
    expect(proposal.people).toEqual([
      { person: 'engineer-a', base: 1738, before: 2242, after: 2242, turnsBefore: 3, turnsAfter: 3 },
      { person: 'engineer-b', base: 1680, before: 2352, after: 2184, turnsBefore: 4, turnsAfter: 3 },
      { person: 'engineer-c', base: 1598, before: 2102, after: 2102, turnsBefore: 3, turnsAfter: 3 },
      { person: 'engineer-d', base: 1570, before: 2074, after: 2242, turnsBefore: 3, turnsAfter: 4 },
    ]);
    expect([proposal.spreadBefore, proposal.spreadAfter]).toEqual([278, 140]);
    expect(proposal.change!.added).toMatchObject({
      start: '2027-04-04T10:00',
      members: ['engineer-d', 'engineer-b', 'engineer-c', 'engineer-a'],
    });
    expect(proposal.change!.ended.end).toBe('2027-04-04T10:00');
  });

  it('written into rotations.yaml, the change validates: no one on call while away, no double role', () => {
    const text = writeRosterChange(textOf(files, 'oncall/rotations.yaml'), proposal.change!);
    const errors = validatePolicy(withFile(files, 'oncall/rotations.yaml', text), { now: TEST_NOW }).findings.filter(
      (f) => f.severity === 'error',
    );
    expect(errors).toEqual([]);
  });
});

describe('what it will not do', () => {
  it('an order nobody can keep is a message naming who and why', () => {
    // Away the whole quarter: no position of primary is free for engineer-b.
    const files = timeOff(flat, 'engineer-b', '{ start: 2027-04-01, end: 2027-06-30, kind: leave }');
    const result = proposeTurnOrder(policyOf(files), { schedule: 'primary', quarter: '2027Q2', now: TEST_NOW });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(
      /^no order of layer "weekly" keeps everyone off the turns they may not take in 2027Q2: engineer-b \(away \(leave\) from 2027-03-31T22:00:00Z to 2027-06-30T22:00:00Z/,
    );
  });

  it('a quarter that has begun, or a schedule that does not exist, is refused', () => {
    const policy = policyOf(flat);
    const ask = (schedule: string, quarter: string) => proposeTurnOrder(policy, { schedule, quarter, now: TEST_NOW });
    expect(ask('primary', '2026Q4')).toEqual({
      ok: false,
      message: '2026Q4 has begun: a proposal orders a quarter still to come. Try 2027Q1.',
    });
    expect(ask('tertiary', '2027Q2')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no schedule "tertiary"/),
    });
    expect(ask('primary', '2027Q5')).toMatchObject({ ok: false, message: expect.stringMatching(/such as 2027Q2/) });
  });

  it('the quarter before 2027Q1 is 2026Q4', () => {
    expect(previousQuarter('2027Q1')).toBe('2026Q4');
    expect(previousQuarter('2027Q3')).toBe('2027Q2');
  });
});

describe('properties', () => {
  const people = ['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d'];
  const q2 = quarterWindow('2027Q2')!;
  const day = (offset: number) => new Date(q2.start + offset * 24 * H).toISOString().slice(0, 10);
  const leave = fc.array(
    fc.record({ person: fc.constantFrom(...people), from: fc.nat(88), days: fc.integer({ min: 1, max: 9 }) }),
    { maxLength: 4 },
  );
  const withLeave = (periods: { person: string; from: number; days: number }[]) =>
    people.reduce((files, person) => {
      const own = periods.filter((p) => p.person === person);
      return own.length
        ? timeOff(
            files,
            person,
            ...own.map((p) => `{ start: ${day(p.from)}, end: ${day(Math.min(p.from + p.days - 1, 90))}, kind: leave }`),
          )
        : files;
    }, flat as RawFile[]);
  const check = (files: RawFile[], proposal: Proposal) => {
    const policy = policyOf(files);
    const schedules = proposal.change?.schedules ?? policy.rotations!.schedules;
    const timeline = buildTimeline({ rotations: { ...policy.rotations!, schedules }, swaps: [] }, q2);
    const { absences } = absencesOf(policy);
    const primary = timeline.schedules.get('primary')!.filter((s) => s.start >= proposal.effective);
    const secondary = timeline.schedules.get('secondary')!;
    for (const s of primary) {
      expect(awayDuring(absences, s.person, s)).toBeUndefined();
      expect(secondary.filter((o) => o.person === s.person && o.start < s.end && o.end > s.start)).toEqual([]);
    }
    const covered = (list: typeof schedules) =>
      normalize(
        rotationShifts(
          list.find((s) => s.id === 'primary')!,
          q2,
        ),
      );
    expect(covered(schedules)).toEqual(covered(policy.rotations!.schedules));
  };

  it('never on call while away, never two schedules at once, coverage kept, the same every run', () => {
    fc.assert(
      fc.property(leave, (periods) => {
        const files = withLeave(periods);
        const first = proposeTurnOrder(policyOf(files), { schedule: 'primary', quarter: '2027Q2', now: TEST_NOW });
        const again = proposeTurnOrder(policyOf(files), { schedule: 'primary', quarter: '2027Q2', now: TEST_NOW });
        expect(again).toEqual(first);
        if (!first.ok) return;
        check(files, first.proposal);
        if (first.proposal.conflictsBefore.length === 0)
          expect(first.proposal.spreadAfter).toBeLessThanOrEqual(first.proposal.spreadBefore);
      }),
      { numRuns: 40 },
    );
  });
});

describe('oncall rotation propose', () => {
  const CLI = 'bin/oncall.js';
  const run = (root: string, args: string[]) =>
    runNode(CLI, ['rotation', 'propose', ...args], { cwd: root, env: cleanEnv() });
  // The quarter after next, by the real clock: always to come, with a whole quarter before it.
  const now = Temporal.Now.instant().toZonedDateTimeISO('Etc/UTC');
  const later = now.with({ day: 1 }).add({ months: 6 });
  const quarter = `${later.year}Q${Math.floor((later.month - 1) / 3) + 1}`;

  it('moves the first turn off the holder’s leave, writes rotations.yaml, and the policy still validates', async () => {
    const root = tempPolicy();
    const dry = await run(root, ['--schedule', 'primary', '--quarter', quarter, '--dry-run', '--json']);
    expect(dry.code).toBe(0);
    const first = (JSON.parse(dry.stdout) as { proposal: { turns: { start: string; before: string }[] } }).proposal
      .turns[0]!;
    // Monday to Wednesday of the first turn, which runs Sunday 10:00 UTC to Sunday: inside it in any zone.
    const monday = Temporal.Instant.from(first.start).toZonedDateTimeISO('Etc/UTC').toPlainDate().add({ days: 1 });
    mkdirSync(join(root, 'oncall/time-off'));
    writeFileSync(
      join(root, `oncall/time-off/${first.before}.yaml`),
      `${HEADER}  - { start: ${monday.toString()}, end: ${monday.add({ days: 2 }).toString()}, kind: leave }\n`,
    );
    const out = await run(root, ['--schedule', 'primary', '--quarter', quarter]);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/^Proposed order for "primary" \(layer "weekly"\) in \d{4}Q\d: 1[34] turns from /);
    expect(out.stdout).toContain(
      `The current order gives turns to people who may not take them:\n  turn from ${first.start}: ${first.before}, away (leave)`,
    );
    expect(out.stdout).toMatch(/^spread +\d+(\.\d)? +\d+(\.\d)?$/m);
    expect(out.stdout).toContain('oncall/rotations.yaml with the change:\n');
    expect(out.stdout).toContain('Wrote oncall/rotations.yaml.');
    expect(out.stdout).toMatch(
      new RegExp(`Turns that change hands:\\n  ${first.start} to \\S+ \\([\\d.]+\\): ${first.before} → `),
    );
    // Proposed once, the quarter has its layer: asking again says where to edit.
    const again = await run(root, ['--schedule', 'primary', '--quarter', quarter]);
    expect([again.code, again.stderr]).toEqual([
      2,
      expect.stringMatching(/already changes order at .*: layer "weekly-\d{4}-\d\d-\d\d" starts there/),
    ]);
    const v = await runNode(CLI, ['validate'], { cwd: root, env: cleanEnv() });
    expect(v.code, v.stdout).toBe(0);
  });

  it('bad input is a plain message with exit code 2', async () => {
    const root = tempPolicy();
    const begun = await run(root, [
      '--schedule',
      'primary',
      '--quarter',
      `${now.year}Q${Math.floor((now.month - 1) / 3) + 1}`,
    ]);
    expect([begun.code, begun.stderr]).toEqual([
      2,
      expect.stringMatching(/has begun: a proposal orders a quarter still to come/),
    ]);
    const none = await run(root, ['--schedule', 'tertiary', '--quarter', quarter]);
    expect([none.code, none.stderr]).toEqual([2, expect.stringMatching(/no schedule "tertiary"/)]);
  });
});

describe('holidays by each person’s own calendar', () => {
  // Every hour weighs 1 but a holiday, which weighs 2: a turn weighs 168 plus its holiday hours.
  const files = edit(
    repoPolicyFiles(),
    'oncall/compensation.yaml',
    '  max_hours_per_quarter: 1400\n',
    '  max_hours_per_quarter: 1400\n  weights: { business: 1, after_hours: 1, weekend: 1, holiday: 2 }\n',
  ).files;
  const proposal = propose(files);

  const turn = (start: string) => proposal.turns.find((t) => t.start === Date.parse(start))!;

  it('a turn over Whit Monday (2027-05-17) weighs 24 more for engineer-b, in Berlin, than for its holder now', () => {
    // The turn 05-16 10:00Z to 05-23 10:00Z holds Berlin's Whit Monday whole (05-16T22:00Z to
    // 05-17T22:00Z) and no holiday of London, Lisbon or New York.
    expect(turn('2027-05-16T10:00:00Z')).toMatchObject({
      before: 'engineer-d',
      weightedBefore: 168,
      after: 'engineer-b',
      weighted: 192,
    });
  });

  it('a turn over Lisbon’s Freedom Day and Labour Day weighs 37 more for engineer-c', () => {
    // 04-25 10:00Z to 05-02 10:00Z: Freedom Day (Sun 04-25, WEST: to 23:00Z) is 13 h of it, Labour
    // Day (Sat 05-01, 04-30T23:00Z to 05-01T23:00Z) 24 h. For engineer-a in London neither is a holiday.
    expect(turn('2027-04-25T10:00:00Z')).toMatchObject({
      before: 'engineer-a',
      weightedBefore: 168,
      after: 'engineer-c',
      weighted: 168 + 13 + 24,
    });
  });

  it('each load is the base plus the turns given to that person, weighed by their own calendar', () => {
    for (const r of proposal.people) {
      const sum = (side: 'before' | 'after') =>
        proposal.turns
          .filter((t) => t[side] === r.person)
          .reduce((h, t) => h + (side === 'after' ? t.weighted : t.weightedBefore), 0);
      expect(r.after).toBeCloseTo(r.base + sum('after'), 6);
      expect(r.before).toBeCloseTo(r.base + sum('before'), 6);
    }
  });
});
