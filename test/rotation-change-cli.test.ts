/**
 * `oncall rotation change` end to end on a copy of the repository's policy: rotations.yaml is edited
 * in place (nothing else in it changes), the result validates, and bad input is a plain message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planRosterChange } from '../src/rota/roster-change.js';
import { writeRosterChange } from '../src/rota/roster-yaml.js';
import { checkPolicy } from '../src/validate/policy.js';
import { REPO_ROOT, repoPolicyFiles, textOf, withFile } from './helpers/policy.js';
import { cleanEnv, runNode, tempPolicy } from './helpers/run.js';

const CLI = 'bin/oncall.js';
const REORDER = ['--schedule', 'primary', '--order', 'engineer-a,engineer-d,engineer-c,engineer-b'];
const run = (root: string, args: string[]) =>
  runNode(CLI, ['rotation', 'change', ...args], { cwd: root, env: cleanEnv() });

/** Lines of `after` that are not in `before`, with `before` otherwise intact and in order. */
function addedLines(before: string, after: string): string[] {
  const old = before.split('\n');
  const added: string[] = [];
  let i = 0;
  for (const line of after.split('\n'))
    if (i < old.length && line === old[i]) i++;
    else added.push(line);
  expect(i).toBe(old.length);
  return added;
}

describe('writing the change into rotations.yaml', () => {
  const now = Date.now();
  const files = repoPolicyFiles();
  const text = textOf(files, 'oncall/rotations.yaml');
  const people = new Set(['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d']);

  it('adds the end line and the new layer; every other line stays as written, comments included', () => {
    const { policy } = checkPolicy(files, { now });
    const change = planRosterChange(policy.rotations!.schedules, people, {
      schedule: 'secondary',
      edits: [{ kind: 'order', members: ['engineer-b', 'engineer-a', 'engineer-d', 'engineer-c'] }],
      effective: { kind: 'next-handoff' },
      now,
    });
    const out = writeRosterChange(text, change);
    const date = change.ended.end!;
    expect(addedLines(text, out)).toEqual([
      `        end: ${date}`,
      `      - id: weekly-${date.slice(0, 10)}`,
      `        name: Weekly rotation from ${date.slice(0, 10)}`,
      '        time_zone: Etc/UTC',
      `        start: ${date}`,
      '        turn_length: { weeks: 1 }',
      `        members: [${change.added.members.join(', ')}]`,
    ]);
    expect(checkPolicy(withFile(files, 'oncall/rotations.yaml', out), { now }).policy.rotations!.schedules).toEqual(
      change.schedules,
    );
  });

  it('keeps a block list a block list, copies restrictions as written, and replaces an end it already had', () => {
    const block = [
      'schedules:',
      '  - id: nights',
      '    layers:',
      '      - id: late',
      '        time_zone: Europe/London',
      '        start: "2027-01-04T18:00" # Monday',
      '        end: 2027-06-01T18:00',
      '        turn_length:',
      '          days: 1',
      '        members:',
      '          - a',
      '          - b',
      '        restrictions:',
      '          - { days: [monday, tuesday], start: "18:00", end: "23:00" }',
      '        pagerduty_id: PLAYER1',
      '',
    ].join('\n');
    const schedules = [
      {
        id: 'nights',
        layers: [
          {
            id: 'late',
            time_zone: 'Europe/London',
            start: '2027-01-04T18:00',
            end: '2027-06-01T18:00',
            turn_length: { days: 1 },
            members: ['a', 'b'],
            restrictions: [{ days: ['monday' as const, 'tuesday' as const], start: '18:00', end: '23:00' }],
          },
        ],
      },
    ];
    const change = planRosterChange(schedules, new Set(['a', 'b', 'c']), {
      schedule: 'nights',
      edits: [{ kind: 'add', person: 'c' }],
      effective: { kind: 'instant', at: Date.parse('2027-02-01T18:00:00Z') },
      now: Date.parse('2027-01-10T00:00:00Z'),
    });
    expect(writeRosterChange(block, change)).toBe(
      [
        ...block.split('\n').slice(0, 6),
        '        end: 2027-02-01T18:00',
        ...block.split('\n').slice(7, 15),
        '      - id: late-2027-02-01',
        '        time_zone: Europe/London',
        '        start: 2027-02-01T18:00',
        '        end: 2027-06-01T18:00',
        '        turn_length:',
        '          days: 1',
        '        members:',
        ...change.added.members.map((m) => `          - ${m}`),
        '        restrictions:',
        '          - { days: [monday, tuesday], start: "18:00", end: "23:00" }',
        '',
      ].join('\n'),
    );
  });

  it('a block list ending the layer, with another schedule after it, gets the new layer before that schedule', () => {
    // Found on the generated corpus: the yaml range of a block list runs into the next line.
    const block = [
      'schedules:',
      '  - id: nights',
      '    layers:',
      '      - id: late',
      '        time_zone: Europe/London',
      '        start: 2027-01-04T18:00',
      '        turn_length:',
      '          days: 1',
      '        members:',
      '          - a',
      '          - b # last',
      '  - id: days',
      '    layers:',
      '      - { id: early, time_zone: Etc/UTC, start: 2027-01-04T06:00, turn_length: { days: 1 }, members: [a] }',
      '',
    ].join('\n');
    const layer = { time_zone: 'Europe/London', turn_length: { days: 1 }, members: ['a', 'b'] };
    const early = { id: 'early', time_zone: 'Etc/UTC', start: '2027-01-04T06:00', turn_length: { days: 1 } };
    const schedules = [
      { id: 'nights', layers: [{ id: 'late', start: '2027-01-04T18:00', ...layer }] },
      { id: 'days', layers: [{ ...early, members: ['a'] }] },
    ];
    const change = planRosterChange(schedules, new Set(['a', 'b', 'c']), {
      schedule: 'nights',
      edits: [{ kind: 'add', person: 'c' }],
      effective: { kind: 'instant', at: Date.parse('2027-02-01T18:00:00Z') },
      now: Date.parse('2027-01-10T00:00:00Z'),
    });
    const lines = block.split('\n');
    expect(writeRosterChange(block, change)).toBe(
      [
        ...lines.slice(0, 6),
        '        end: 2027-02-01T18:00',
        ...lines.slice(6, 11),
        '      - id: late-2027-02-01',
        '        time_zone: Europe/London',
        '        start: 2027-02-01T18:00',
        '        turn_length:',
        '          days: 1',
        '        members:',
        ...change.added.members.map((m) => `          - ${m}`),
        ...lines.slice(11),
      ].join('\n'),
    );
  });

  it('a file that ends on the layer’s last line, without a newline, still gets the new layer on its own line', () => {
    const { policy } = checkPolicy(files, { now });
    const change = planRosterChange(policy.rotations!.schedules, people, {
      schedule: 'secondary',
      edits: [{ kind: 'remove', person: 'engineer-a' }],
      effective: { kind: 'next-handoff' },
      now,
    });
    const out = writeRosterChange(text.trimEnd(), change);
    expect(checkPolicy(withFile(files, 'oncall/rotations.yaml', out), { now }).policy.rotations!.schedules).toEqual(
      change.schedules,
    );
  });
});

describe('oncall rotation change', () => {
  it('writes rotations.yaml, shows who moves, and the result validates', async () => {
    const root = tempPolicy();
    const r = await run(root, [...REORDER, '--effective', 'after-rotation']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Layer "weekly" of primary ends at \S+Z; layer "weekly-\d{4}-\d{2}-\d{2}"/);
    expect(r.stdout).toMatch(/Engineer A \(engineer-a\)\n {2}before:\n/);
    expect(r.stdout).toMatch(/The swap check asks for the approval of .*engineer-a/);
    const text = readFileSync(join(root, 'oncall/rotations.yaml'), 'utf8');
    expect(text).toMatch(/members: \[engineer-c, engineer-b, engineer-a, engineer-d\]/);
    const v = await runNode(CLI, ['validate'], { cwd: root, env: cleanEnv() });
    expect(v.code).toBe(0);
  });

  it('--json lists each affected person’s shifts before and after; --dry-run writes nothing', async () => {
    const root = tempPolicy();
    const r = await run(root, [...REORDER, '--effective', 'after-rotation', '--json', '--dry-run']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      written: boolean;
      effective: string;
      people: { person: string; before: { start: string }[]; after: { start: string }[] }[];
      consent: string[];
    };
    expect(out.written).toBe(false);
    // c b a d replaces a d c b: only a and c change places in the first cycle.
    expect(out.people.map((p) => p.person).sort()).toEqual(['engineer-a', 'engineer-c']);
    const a = out.people.find((p) => p.person === 'engineer-a')!;
    expect(a.before[0]!.start).toBe(out.effective);
    expect(a.after[0]!.start).not.toBe(out.effective);
    expect(readFileSync(join(root, 'oncall/rotations.yaml'), 'utf8')).toBe(
      readFileSync(join(REPO_ROOT, 'oncall/rotations.yaml'), 'utf8'),
    );
  });

  it.each([
    [['--schedule', 'primary', '--add', 'nobody', '--effective', 'next-handoff'], /no person "nobody"/],
    [['--schedule', 'tertiary', '--add', 'cto', '--effective', 'next-handoff'], /no schedule "tertiary"/],
    [[...REORDER, '--effective', '2020-01-05T10:00:00Z'], /has passed/],
    [[...REORDER, '--effective', '2099-01-06T10:00:00Z'], /not a handoff of layer "weekly"/],
    [[...REORDER, '--effective', 'tomorrow'], /--effective must be an ISO-8601 instant/],
    [['--schedule', 'primary', '--add', 'cto@x', '--effective', 'next-handoff'], /--add takes a person id/],
  ])('refuses %j with a plain message (exit 2)', async (args, message) => {
    const root = tempPolicy();
    const r = await run(root, args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a change that breaks the policy, naming the finding, and writes nothing (exit 1)', async () => {
    const root = tempPolicy();
    // Without engineer-a the secondary rotation runs into the primary's turns.
    const r = await run(root, ['--schedule', 'secondary', '--remove', 'engineer-a', '--effective', 'after-rotation']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/The change would break the policy; nothing was written/);
    expect(r.stderr).toMatch(/schedule\/double-role/);
    expect(readFileSync(join(root, 'oncall/rotations.yaml'), 'utf8')).toBe(
      readFileSync(join(REPO_ROOT, 'oncall/rotations.yaml'), 'utf8'),
    );
  });
});
