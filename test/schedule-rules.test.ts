/**
 * The rules over the final timeline and swap files, on the repository's policy plus swaps, with
 * "now" fixed at TEST_NOW (2026-11-27T12:00Z). In the doc's rotation, the week from Sunday
 * 2026-12-06 10:00Z has engineer-a on primary and engineer-b on secondary; from 2026-12-13,
 * engineer-b and engineer-c; from 2026-12-20, engineer-c and engineer-d.
 */
import { describe, expect, it } from 'vitest';
import { edit, findingsOf, lineOf, repoPolicyFiles, textOf, withFile } from './helpers/policy.js';
import { swapPath, withSwaps } from './helpers/swaps.js';

const base = repoPolicyFiles();
const A_WEEK = '2026-12-06T10:00:00Z';

function only(files: ReturnType<typeof repoPolicyFiles>) {
  return findingsOf(files).map((f) => `${f.ruleId} ${f.file}:${f.line}`);
}

describe('valid swaps', () => {
  it('a whole-week swap with the default end passes every rule', () => {
    expect(findingsOf(withSwaps(base, { start: A_WEEK, relieved: 'engineer-a', covering: 'engineer-c' }))).toEqual([]);
  });

  it('a partial swap inside a shift passes', () => {
    const files = withSwaps(base, {
      start: '2026-12-08T18:00:00Z',
      end: '2026-12-09T06:00:00Z',
      relieved: 'engineer-a',
      covering: 'engineer-d',
    });
    expect(findingsOf(files)).toEqual([]);
  });

  it('a chain A→C then C→D of the same period passes whichever file sorts first', () => {
    const chain = withSwaps(
      base,
      {
        start: A_WEEK,
        relieved: 'engineer-a',
        covering: 'engineer-c',
        path: 'oncall/swaps/2026-12-06-primary-engineer-a.yaml',
      },
      {
        start: A_WEEK,
        relieved: 'engineer-c',
        covering: 'engineer-d',
        path: 'oncall/swaps/2026-12-06-primary-engineer-c.yaml',
      },
    );
    expect(findingsOf(chain)).toEqual([]);
    const reversed = withSwaps(
      base,
      {
        start: A_WEEK,
        relieved: 'engineer-a',
        covering: 'engineer-c',
        path: 'oncall/swaps/2026-12-06-primary-engineer-a-2.yaml',
      },
      {
        start: A_WEEK,
        relieved: 'engineer-c',
        covering: 'engineer-d',
        path: 'oncall/swaps/2026-12-06-primary-engineer-a-1.yaml'.replace('engineer-a-1', 'engineer-c'),
      },
    );
    expect(findingsOf(reversed)).toEqual([]);
  });

  it('a swap and its payback in reverse are accepted', () => {
    const files = withSwaps(
      base,
      { start: A_WEEK, relieved: 'engineer-a', covering: 'engineer-c', payback: '2026-12-20-primary-engineer-c' },
      {
        start: '2026-12-20T10:00:00Z',
        relieved: 'engineer-c',
        covering: 'engineer-a',
        payback: '2026-12-06-primary-engineer-a',
      },
    );
    expect(findingsOf(files)).toEqual([]);
  });

  it('swaps that ended before now are history and not re-checked against the rotation', () => {
    const files = withSwaps(base, { start: '2026-01-04T10:00:00Z', relieved: 'engineer-d', covering: 'engineer-c' });
    expect(findingsOf(files)).toEqual([]);
  });
});

describe.each([
  {
    rule: 'swap/not-held',
    swaps: [{ start: '2026-12-13T10:00:00Z', relieved: 'engineer-a', covering: 'engineer-c' }],
    line: 4,
    message:
      /engineer-a does not hold "primary" for the whole period 2026-12-13T10:00:00Z to 2026-12-20T10:00:00Z: engineer-b holds 2026-12-13T10:00:00Z to 2026-12-20T10:00:00Z/,
    also: ['schedule/double-role'],
  },
  {
    rule: 'swap/not-held',
    swaps: [
      { start: '2026-12-12T10:00:00Z', end: '2026-12-14T10:00:00Z', relieved: 'engineer-a', covering: 'engineer-d' },
    ],
    line: 5,
    message: /engineer-b holds 2026-12-13T10:00:00Z to 2026-12-14T10:00:00Z\. .*split a swap that crosses a handoff/,
  },
  {
    rule: 'swap/period',
    swaps: [
      { start: '2026-12-09T10:00:00Z', end: '2026-12-08T10:00:00Z', relieved: 'engineer-a', covering: 'engineer-c' },
    ],
    line: 4,
    message: /ends \(2026-12-08T10:00:00Z\) before it starts/,
  },
  {
    rule: 'swap/period',
    swaps: [{ start: A_WEEK, relieved: 'engineer-a', covering: 'engineer-a' }],
    line: 5,
    message: /engineer-a would cover their own shift/,
  },
  {
    rule: 'swap/period',
    swaps: [
      { start: '2026-12-08T10:00:30Z', end: '2026-12-08T12:00:00Z', relieved: 'engineer-a', covering: 'engineer-c' },
    ],
    line: 3,
    message: /start 2026-12-08T10:00:30Z is not on a whole minute; PagerDuty drops seconds/,
  },
  {
    rule: 'swap/payback',
    swaps: [
      { start: A_WEEK, relieved: 'engineer-a', covering: 'engineer-c', payback: '2027-01-10-primary-engineer-c' },
    ],
    line: 7,
    message: /No swap file oncall\/swaps\/2027-01-10-primary-engineer-c\.yaml exists/,
  },
  {
    rule: 'swap/payback',
    swaps: [
      { start: A_WEEK, relieved: 'engineer-a', covering: 'engineer-c', payback: '2026-12-20-primary-engineer-c' },
      { start: '2026-12-20T10:00:00Z', relieved: 'engineer-c', covering: 'engineer-b' },
    ],
    line: 7,
    message: /a payback of this swap must relieve engineer-c and be covered by engineer-a/,
  },
  {
    rule: 'swap/file-name',
    swaps: [{ start: A_WEEK, relieved: 'engineer-a', covering: 'engineer-c', path: 'oncall/swaps/my-swap.yaml' }],
    line: 2,
    message: /Name this file 2026-12-06-primary-engineer-a\.yaml/,
  },
  {
    // 104 weeks ahead is 2028-11-24; the timeline stops there instead of running to the swap.
    rule: 'swap/too-far-ahead',
    swaps: [{ start: '2029-01-07T10:00:00Z', relieved: 'engineer-b', covering: 'engineer-c' }],
    line: 3,
    message: /starts 2029-01-07T10:00:00Z, more than two years ahead \(after 2028-11-24T12:00:00Z\)/,
  },
  {
    rule: 'schedule/double-role',
    swaps: [{ start: A_WEEK, relieved: 'engineer-a', covering: 'engineer-b' }],
    line: 5,
    message: /engineer-b would hold both "primary" and "secondary" from 2026-12-06T10:00:00Z to 2026-12-13T10:00:00Z/,
  },
  {
    rule: 'reference/unknown-schedule',
    swaps: [{ schedule: 'tertiary', start: A_WEEK, relieved: 'engineer-a', covering: 'engineer-c' }],
    line: 2,
    message: /Unknown schedule "tertiary"/,
  },
  {
    rule: 'reference/unknown-person',
    swaps: [{ start: A_WEEK, relieved: 'engineer-a', covering: 'engineer-z' }],
    line: 5,
    message: /Unknown person "engineer-z"/,
  },
])('$rule: $message', ({ rule, swaps, line, message, also }) => {
  it('fires in the swap file at the offending line', () => {
    const files = withSwaps(base, ...swaps);
    const found = findingsOf(files, rule);
    const file = (swaps[0] as { path?: string }).path ?? swapPath(swaps[0]!);
    expect(found.map((f) => `${f.file}:${f.line}`)).toContain(`${file}:${line}`);
    expect(found.some((f) => message.test(f.message))).toBe(true);
    expect([...new Set(findingsOf(files).map((f) => f.ruleId))].filter((r) => r !== rule).sort()).toEqual(also ?? []);
  });
});

describe('two swaps of the same period', () => {
  it('is an error on the second, naming the swap that took the period — never a silent last-one-wins', () => {
    const files = withSwaps(
      base,
      { start: A_WEEK, relieved: 'engineer-a', covering: 'engineer-c' },
      {
        start: A_WEEK,
        relieved: 'engineer-a',
        covering: 'engineer-d',
        path: 'oncall/swaps/2026-12-06-primary-engineer-a-2.yaml',
      },
    );
    const found = findingsOf(files, 'swap/not-held');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'oncall/swaps/2026-12-06-primary-engineer-a-2.yaml', line: 4 });
    expect(found[0]!.message).toMatch(
      /engineer-c holds 2026-12-06T10:00:00Z to 2026-12-13T10:00:00Z \(by swap 2026-12-06-primary-engineer-a\)/,
    );
  });
});

describe('schedule/untrained', () => {
  const newcomer =
    '  - id: engineer-e\n    name: Engineer E\n    github: edustream-eng-e\n    email: engineer-e@example.com\n    time_zone: Europe/London\n    role: engineer\n    manager: eng-manager\n    training:\n      before_first_shift:\n        training_session: 2026-11-01\n        shadow_shift: 2026-11-08\n';
  const withNewcomer = withFile(
    base,
    'oncall/team.yaml',
    textOf(base, 'oncall/team.yaml').replace('people:\n', `people:\n${newcomer}`),
  );

  it('fires on a swap that puts an untrained engineer on call, at the covering line', () => {
    const files = withSwaps(withNewcomer, { start: A_WEEK, relieved: 'engineer-a', covering: 'engineer-e' });
    const [f, ...rest] = findingsOf(files, 'schedule/untrained');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      file: swapPath({ start: A_WEEK, relieved: 'engineer-a', covering: 'engineer-e' }),
      line: 5,
    });
    expect(f!.message).toMatch(
      /engineer-e is on call for "primary" from 2026-12-06T10:00:00Z but has not completed: runbook review, access verified .*, alert test to phone, incident response drill/,
    );
  });

  it('fires on a rotation member, at their entry in members', () => {
    const { files } = edit(
      withNewcomer,
      'oncall/rotations.yaml',
      'members: [engineer-a, engineer-b, engineer-c, engineer-d]',
      'members: [engineer-a, engineer-b, engineer-c, engineer-d, engineer-e]',
    );
    const found = findingsOf(files, 'schedule/untrained');
    expect(found).toHaveLength(1);
    const line = lineOf(files, 'oncall/rotations.yaml', 'engineer-e]');
    const column = textOf(files, 'oncall/rotations.yaml').split('\n')[line - 1]!.indexOf('engineer-e') + 1;
    expect(found[0]).toMatchObject({ file: 'oncall/rotations.yaml', line, column });
  });

  it('is silent for someone untrained who holds no shift', () => {
    expect(only(withNewcomer)).toEqual([]);
  });
});

describe('coverage and roster changes', () => {
  const startLine = '        start: 2026-01-04T10:00 # Sunday, 10:00 UTC: week 1 starts\n';

  it('schedule/coverage-gap: a layer that ends leaves its schedule uncovered', () => {
    const { files } = edit(base, 'oncall/rotations.yaml', startLine, `${startLine}        end: 2027-01-03T10:00\n`);
    const found = findingsOf(files, 'schedule/coverage-gap');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      file: 'oncall/rotations.yaml',
      line: lineOf(files, 'oncall/rotations.yaml', 'id: primary'),
    });
    expect(found[0]!.message).toMatch(
      /Nobody is on call for schedule "primary" from 2027-01-03T10:00:00Z to 2027-02-19T12:00:00Z \(1130 h\)/,
    );
    expect(only(files).filter((f) => !f.startsWith('schedule/coverage-gap'))).toEqual([]);
  });

  it('a roster change at a handoff passes', () => {
    const next = `        end: 2027-01-03T10:00\n      - id: weekly-2027\n        time_zone: Etc/UTC\n        start: 2027-01-03T10:00\n        turn_length: { weeks: 1 }\n        members: [engineer-c, engineer-d, engineer-a, engineer-b]\n`;
    const { files } = edit(
      base,
      'oncall/rotations.yaml',
      startLine +
        '        turn_length: { weeks: 1 }\n        members: [engineer-a, engineer-b, engineer-c, engineer-d]\n',
      startLine +
        '        turn_length: { weeks: 1 }\n        members: [engineer-a, engineer-b, engineer-c, engineer-d]\n' +
        next,
    );
    expect(only(files)).toEqual([]);
  });

  it('rotation/roster-seam: the next layer starting a day late is a gap at the seam', () => {
    const next = `        end: 2027-01-03T10:00\n      - id: weekly-2027\n        time_zone: Etc/UTC\n        start: 2027-01-04T10:00\n        turn_length: { weeks: 1 }\n        members: [engineer-c, engineer-d, engineer-a, engineer-b]\n`;
    const { files } = edit(
      base,
      'oncall/rotations.yaml',
      startLine +
        '        turn_length: { weeks: 1 }\n        members: [engineer-a, engineer-b, engineer-c, engineer-d]\n',
      startLine +
        '        turn_length: { weeks: 1 }\n        members: [engineer-a, engineer-b, engineer-c, engineer-d]\n' +
        next,
    );
    const found = findingsOf(files, 'rotation/roster-seam');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: lineOf(files, 'oncall/rotations.yaml', 'start: 2027-01-04T10:00') });
    expect(found[0]!.message).toMatch(/a gap of 24 h at the roster change/);
    expect(findingsOf(files, 'schedule/coverage-gap')[0]!.message).toMatch(
      /from 2027-01-03T10:00:00Z to 2027-01-04T10:00:00Z \(24 h\)/,
    );
  });

  it('rotation/mid-turn-change: a roster change in the middle of a turn warns', () => {
    const next = `        end: 2027-01-06T10:00\n      - id: weekly-2027\n        time_zone: Etc/UTC\n        start: 2027-01-06T10:00\n        turn_length: { weeks: 1 }\n        members: [engineer-c, engineer-d, engineer-a, engineer-b]\n`;
    const { files } = edit(
      base,
      'oncall/rotations.yaml',
      startLine +
        '        turn_length: { weeks: 1 }\n        members: [engineer-a, engineer-b, engineer-c, engineer-d]\n',
      startLine +
        '        turn_length: { weeks: 1 }\n        members: [engineer-a, engineer-b, engineer-c, engineer-d]\n' +
        next,
    );
    const found = findingsOf(files, 'rotation/mid-turn-change');
    expect(found.map((f) => [f.severity, f.line])).toEqual([
      ['warning', lineOf(files, 'oncall/rotations.yaml', 'end: 2027-01-06T10:00')],
    ]);
    // Handoffs move from Sundays to Wednesdays, so the new primary overlaps the secondary's turns.
    expect(new Set(findingsOf(files).map((f) => f.ruleId))).toEqual(
      new Set(['rotation/mid-turn-change', 'schedule/double-role']),
    );
    expect(found[0]!.message).toMatch(
      /ends mid-turn \(2027-01-06T10:00:00Z\); its handoffs around then are 2027-01-03T10:00:00Z and 2027-01-10T10:00:00Z/,
    );
  });
});
