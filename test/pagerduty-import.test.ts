/**
 * `oncall pagerduty import` as a user runs it: bin/oncall.js against the fake PagerDuty, then
 * `validate`, `pagerduty plan` and `who` on what it wrote. What the account implies is computed here
 * from the fake's own state, with Temporal, not with the schedule engine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { parse } from 'yaml';
import { startFakePagerDuty, type FakePagerDuty, type FakeSchedule } from './fakes/pagerduty.js';
import { cleanEnv, runNode } from './helpers/run.js';
import { MARK_KEY } from './helpers/mark-key.js';

const CLI = 'bin/oncall.js';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const NOW = Math.floor(Date.now() / HOUR) * HOUR; // the CLI reads the real clock; the fake shares it

let pd: FakePagerDuty;
let root: string;
let env: NodeJS.ProcessEnv;

/** The first instant after `from` when `zone` changes its offset (a DST change). */
const nextTransition = (zone: string, from: number) =>
  Temporal.Instant.fromEpochMilliseconds(from).toZonedDateTimeISO(zone).getTimeZoneTransition('next')!
    .epochMilliseconds;
/** A wall-clock time in a zone, `days` days before or after the local date of `ms`. */
const local = (zone: string, ms: number, days: number, time: string) =>
  Temporal.Instant.fromEpochMilliseconds(ms)
    .toZonedDateTimeISO(zone)
    .toPlainDate()
    .add({ days })
    .toPlainDateTime(Temporal.PlainTime.from(time))
    .toZonedDateTime(zone).epochMilliseconds;

beforeAll(async () => {
  // Over 100 users and schedules, so every listing takes two pages.
  const users = Array.from({ length: 104 }, (_, i) => ({
    name: `Person ${String(i).padStart(3, '0')}`,
    email: `person-${i}@example.com`,
  }));
  users.push({ name: 'Alex Kim', email: 'alex.kim@example.com' }, { name: 'Alex Kim', email: 'alex.kim2@example.com' });
  pd = await startFakePagerDuty({ users, keys: { 'read-only-key': 'read-only', 'full-key': 'full' } });
  const id = (n: number) => pd.state.userByEmail(`person-${n}@example.com`)!.id;
  const s = pd.state;

  // Weekly handoffs on Mondays 09:00 London, anchored weeks ago; an override across the next DST change.
  const london = s.addSchedule({
    name: 'Primary',
    time_zone: 'Europe/London',
    layers: [
      {
        name: 'Layer 1',
        start: NOW - 20 * WEEK,
        rotation_virtual_start: local('Europe/London', NOW - 20 * WEEK, 0, '09:00'),
        rotation_turn_length_seconds: 604_800,
        users: [id(0), id(1), id(2), id(3)],
      },
    ],
  });
  // Daily 08:00 New York, and a roster change at a future handoff: a layer with an end, then its successor.
  const change = local('America/New_York', NOW, 9, '08:00');
  const newYork = s.addSchedule({
    name: 'Secondary',
    time_zone: 'America/New_York',
    layers: [
      {
        name: 'Old roster',
        start: NOW - 10 * DAY,
        end: change,
        rotation_virtual_start: local('America/New_York', NOW - 30 * DAY, 0, '08:00'),
        rotation_turn_length_seconds: 86_400,
        users: [id(10), id(11), id(12)],
      },
      {
        name: 'New roster',
        start: change,
        rotation_virtual_start: change,
        rotation_turn_length_seconds: 86_400,
        users: [id(10), id(13), id(11)],
      },
    ],
  });
  // 12-hour turns in Tokyo, and a restricted layer below them: Monday 09:00 to Friday 17:00 as
  // PagerDuty's editor writes it (one weekly restriction of 4 days 8 hours).
  const tokyo = s.addSchedule({
    name: 'Follow the sun',
    time_zone: 'Asia/Tokyo',
    layers: [
      {
        name: 'Layer 1',
        start: NOW - 5 * WEEK,
        rotation_virtual_start: local('Asia/Tokyo', NOW - 5 * WEEK, 0, '09:00'),
        rotation_turn_length_seconds: 43_200,
        users: [id(20), id(21)],
      },
      {
        name: 'Office hours',
        start: NOW - 5 * WEEK,
        rotation_virtual_start: local('Asia/Tokyo', NOW - 5 * WEEK, 0, '09:00'),
        rotation_turn_length_seconds: 604_800,
        users: [id(22), id(23)],
        restrictions: [
          {
            type: 'weekly_restriction',
            start_day_of_week: 1,
            start_time_of_day: '09:00:00',
            duration_seconds: 376_800,
          },
        ],
      },
    ],
  });
  // A turn the policy cannot express: reported by name, left alone by the plan.
  s.addSchedule({
    name: 'Odd turns',
    time_zone: 'Etc/UTC',
    layers: [
      { start: NOW - WEEK, rotation_virtual_start: NOW - WEEK, rotation_turn_length_seconds: 5400, users: [id(30)] },
    ],
  });
  for (let i = 0; i < 98; i++)
    s.addSchedule({
      name: `Team ${String(i).padStart(2, '0')} on-call`,
      time_zone: 'Etc/UTC',
      layers: [
        {
          start: NOW - WEEK,
          rotation_virtual_start: NOW - WEEK,
          rotation_turn_length_seconds: 604_800,
          users: [id(40 + (i % 60))],
        },
      ],
    });

  // Overrides: across London's and New York's next DST changes (each spans a handoff, so it is one
  // swap per person relieved), one under way in Tokyo, and one more than 26 weeks ahead.
  const ldn = nextTransition('Europe/London', NOW + 3 * DAY);
  s.addOverride(london.id, { start: ldn - 2 * DAY - HOUR, end: ldn + 5 * DAY, user: id(5) });
  const nyc = nextTransition('America/New_York', NOW + 3 * DAY);
  s.addOverride(newYork.id, { start: nyc - DAY, end: nyc + DAY + 6 * HOUR, user: id(14) });
  s.addOverride(tokyo.id, { start: NOW - HOUR, end: NOW + 14 * HOUR, user: id(24) });
  s.addOverride(london.id, { start: NOW + 40 * WEEK, end: NOW + 40 * WEEK + 3 * DAY, user: id(6) });

  const engineering = s.addEscalationPolicy({
    name: 'Engineering',
    description: 'Primary, then secondary, then the CTO.',
    num_loops: 2,
    rules: [
      { delay: 30, targets: [{ id: london.id, type: 'schedule_reference' }] },
      { delay: 30, targets: [{ id: newYork.id, type: 'schedule_reference' }] },
      { delay: 20, targets: [{ id: id(90), type: 'user_reference' }] },
    ],
  });
  const platform = s.addEscalationPolicy({
    name: 'Platform',
    rules: [
      {
        delay: 15,
        targets: [
          { id: tokyo.id, type: 'schedule_reference' },
          { id: id(91), type: 'user_reference' },
        ],
      },
    ],
  });
  s.addService({
    name: 'Checkout API',
    escalation_policy: engineering.id,
    fields: { incident_urgency_rule: { type: 'constant', urgency: 'high' } },
  });
  s.addService({
    name: 'Reports',
    escalation_policy: platform.id,
    fields: { incident_urgency_rule: { type: 'constant', urgency: 'low' }, description: 'Nightly reports' },
  });
  s.addService({
    name: 'Billing',
    escalation_policy: engineering.id,
    fields: {
      incident_urgency_rule: {
        type: 'use_support_hours',
        during_support_hours: { type: 'constant', urgency: 'high' },
        outside_support_hours: { type: 'constant', urgency: 'low' },
      },
      support_hours: {
        type: 'fixed_time_per_day',
        time_zone: 'Europe/London',
        days_of_week: [1, 2, 3, 4, 5],
        start_time: '09:00:00',
        end_time: '17:30:00',
      },
    },
  });

  root = mkdtempSync(join(tmpdir(), 'oncall-import-'));
  env = cleanEnv({ PAGERDUTY_API_URL: pd.url, PAGERDUTY_TOKEN: 'read-only-key', ONCALL_HTTP_RETRY_BASE_MS: '1' });
});

afterAll(async () => {
  expect(pd.state.violations, 'requests the OpenAPI description forbids').toEqual([]);
  expect(pd.state.responseViolations).toEqual([]);
  await pd.close();
  rmSync(root, { recursive: true, force: true });
});

/** Who the account puts on call for a schedule at t, as PagerDuty documents it: override, else the lowest layer that covers t. */
function impliedAt(s: FakeSchedule, t: number): string | undefined {
  const override = [...s.overrides.values()]
    .filter((o) => o.start <= t && t < o.end)
    .sort((a, b) => b.createdAt - a.createdAt)[0];
  if (override) return override.userId;
  for (const l of [...s.layers].reverse()) {
    if (t < l.start || (l.end !== null && t >= l.end) || t < l.rotationVirtualStart) continue;
    const at = Temporal.Instant.fromEpochMilliseconds(t).toZonedDateTimeISO(s.timeZone);
    if (l.restrictions.length) {
      const minute = (at.dayOfWeek - 1) * 1440 + at.hour * 60 + at.minute;
      const inside = (
        l.restrictions as { start_day_of_week: number; start_time_of_day: string; duration_seconds: number }[]
      ).some((r) => {
        const [h, m] = r.start_time_of_day.split(':').map(Number);
        const from = (r.start_day_of_week - 1) * 1440 + h! * 60 + m!;
        return (((minute - from) % 10_080) + 10_080) % 10_080 < r.duration_seconds / 60;
      });
      if (!inside) continue;
    }
    const turn = l.rotationTurnLengthSeconds * 1000;
    let k: number;
    if (turn % DAY === 0) {
      // Whole days: the handoff keeps its wall-clock time across DST.
      const anchor = Temporal.Instant.fromEpochMilliseconds(l.rotationVirtualStart).toZonedDateTimeISO(s.timeZone);
      const handoff = (n: number) =>
        anchor
          .toPlainDateTime()
          .add({ days: (n * turn) / DAY })
          .toZonedDateTime(s.timeZone).epochMilliseconds;
      k = Math.floor((t - l.rotationVirtualStart) / turn);
      while (handoff(k + 1) <= t) k++;
      while (handoff(k) > t) k--;
    } else k = Math.floor((t - l.rotationVirtualStart) / turn);
    return l.users[k % l.users.length];
  }
  return undefined;
}

describe('oncall pagerduty import', () => {
  it('imports the account, validates with no errors, plans no change, and who agrees with the account', async () => {
    const r = await runNode(CLI, ['pagerduty', 'import', '--root', root], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /106 people, 101 schedules with 103 layers, \d+ swaps from future overrides, 2 escalation policies, 3 services/,
    );
    // The schedule it cannot express is named, with why, on stderr and in the summary.
    expect(r.stderr).toMatch(/Schedule "Odd turns" \(\w+\), layer "Layer 1": turns of 5400 s are not whole hours/);
    expect(r.stdout).toContain('Odd turns');
    expect(pd.requests.filter((q) => q.method !== 'GET')).toEqual([]);
    for (const path of ['/users', '/schedules'])
      expect(pd.requests.some((q) => q.path === path && q.query.offset === '100')).toBe(true);

    const read = (f: string) => readFileSync(join(root, f), 'utf8');
    for (const f of [
      'team',
      'rotations',
      'escalation',
      'services',
      'severities',
      'coverage',
      'compensation',
      'contacts',
    ])
      expect(read(`oncall/${f}.yaml`).split('\n')[0]).toBe(
        `# yaml-language-server: $schema=../schemas/${f}.schema.json`,
      );
    const rotations = parse(read('oncall/rotations.yaml')) as {
      schedules: {
        id: string;
        name: string;
        pagerduty_id: string;
        layers: { id: string; name: string; start: string; end?: string; restrictions?: unknown[] }[];
      }[];
    };
    const primary = rotations.schedules.find((x) => x.name === 'Primary')!;
    expect(primary).toMatchObject({
      id: 'primary',
      layers: [{ id: 'layer-1', name: 'Layer 1', start: expect.stringMatching(/T09:00$/) }],
    });
    const tokyo = rotations.schedules.find((x) => x.name === 'Follow the sun')!;
    expect(tokyo.id).toBe('follow-the-sun');
    expect(tokyo.layers.map((l) => l.name)).toEqual(['Layer 1', 'Office hours']); // the lowest (restricted) last
    expect(tokyo.layers[1]!.restrictions).toHaveLength(5);
    expect(rotations.schedules.find((x) => x.name === 'Secondary')!.layers[0]!.end).toMatch(/T08:00$/);
    const team = parse(read('oncall/team.yaml')) as { people: { id: string; email: string; todo: string[] }[] };
    expect(team.people.filter((p) => p.id.startsWith('alex-kim')).map((p) => p.id)).toEqual(['alex-kim', 'alex-kim-2']);
    expect(team.people[0]!.todo).toEqual(['github', 'manager', 'training']);
    const services = parse(read('oncall/services.yaml')) as { services: { name: string; urgency: object }[] };
    expect(services.services.map((x) => [x.name, Object.values(x.urgency)[0]])).toEqual(
      expect.arrayContaining([
        ['Checkout API', 'high'],
        ['Reports', 'low'],
        ['Billing', 'business-hours'],
      ]),
    );
    expect(parse(read('oncall/coverage.yaml'))).toMatchObject({
      time_zone: 'Europe/London',
      business_hours: { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], start: '09:00', end: '17:30' },
    });
    // The override across London's DST change spans a handoff: one swap per person relieved.
    const swaps = readdirSync(join(root, 'oncall/swaps'));
    const primarySwaps = swaps.filter((f) => f.includes('-primary-'));
    expect(primarySwaps.length).toBeGreaterThanOrEqual(3);
    expect(read(`oncall/swaps/${swaps[0]}`)).toMatch(/reason: Imported from PagerDuty override Q\w+\./);

    const v = await runNode(CLI, ['validate', '--root', root, '--json'], { env });
    const report = JSON.parse(v.stdout) as {
      errors: number;
      findings: { ruleId: string; severity: string; line: number; message: string }[];
    };
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(v.code).toBe(0);
    const todo = report.findings.filter((f) => f.ruleId === 'team/todo');
    expect(todo).toHaveLength(106 * 3);
    expect(todo.map((f) => f.message)).toContainEqual(
      expect.stringMatching(/"alex-kim" has no GitHub login yet \(todo\)/),
    );
    expect(todo.every((f) => f.line > 1)).toBe(true);

    const plan = await runNode(CLI, ['pagerduty', 'plan', '--root', root, '--json'], {
      env: { ...env, PAGERDUTY_MARK_KEY: MARK_KEY },
    });
    expect(plan.code, plan.stderr).toBe(0);
    const p = JSON.parse(plan.stdout) as {
      changes: { action: string; summary: string }[];
      errors: string[];
      blocked: string[];
      warnings: string[];
    };
    expect(p.errors).toEqual([]);
    expect(p.blocked).toEqual([]);
    expect(p.warnings).toEqual([]);
    // At most each imported object is marked as bound; nothing else changes.
    expect(
      p.changes.filter((c) => !(c.action.startsWith('update-') && c.summary.endsWith(': mark (bound to the policy)'))),
    ).toEqual([]);
    expect(p.changes.filter((c) => c.action === 'update-schedule')).toHaveLength(101);

    // who at sampled instants, and just after every override boundary and DST change.
    const scheduleOf = new Map(rotations.schedules.map((x) => [x.pagerduty_id, x.id]));
    const personOf = new Map(team.people.map((x) => [pd.state.userByEmail(x.email)!.id, x.id]));
    const samples = new Set<number>();
    for (let t = NOW + 7 * HOUR; t < NOW + 6 * WEEK; t += 29 * HOUR) samples.add(t);
    for (const sch of pd.state.schedules.values())
      for (const o of sch.overrides.values()) for (const t of [o.start, o.end]) samples.add(t + 60_000).add(t - 60_000);
    for (const zone of ['Europe/London', 'America/New_York'])
      samples.add(nextTransition(zone, NOW + 3 * DAY) + 3 * HOUR);
    const checked = [...samples].filter((t) => t > NOW + 60_000).sort((a, b) => a - b);
    for (let i = 0; i < checked.length; i += 8)
      await Promise.all(
        checked.slice(i, i + 8).map(async (t) => {
          const at = new Date(t).toISOString();
          const who = await runNode(CLI, ['who', '--root', root, '--at', at, '--json'], { env });
          expect(who.code, who.stderr).toBe(0);
          const got = (JSON.parse(who.stdout) as { oncall: { schedule: string; person: string }[] }).oncall;
          const want = [...pd.state.schedules.values()]
            .filter((sch) => scheduleOf.has(sch.id))
            .map((sch) => ({ schedule: scheduleOf.get(sch.id)!, person: personOf.get(impliedAt(sch, t)!)! }));
          expect(
            got.map((g) => ({ schedule: g.schedule, person: g.person })),
            at,
          ).toEqual(expect.arrayContaining(want));
          expect(got).toHaveLength(want.length);
        }),
      );
  }, 120_000);

  it('refuses to overwrite an existing policy; --force replaces it, old swap files included', async () => {
    const refused = await runNode(CLI, ['pagerduty', 'import', '--root', root], { env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already holds a policy .*pass --force to replace it/);
    const stray = join(root, 'oncall/swaps/2020-01-01-primary-nobody.yaml');
    writeFileSync(stray, '# yaml-language-server: $schema=../../schemas/swap.schema.json\n');
    const before = readFileSync(join(root, 'oncall/team.yaml'), 'utf8');
    writeFileSync(join(root, 'oncall/team.yaml'), 'edited by hand\n');
    const forced = await runNode(CLI, ['pagerduty', 'import', '--root', root, '--force'], { env });
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/replacing \d+ file\(s\)/);
    expect(existsSync(stray)).toBe(false);
    expect(readFileSync(join(root, 'oncall/team.yaml'), 'utf8')).toBe(before); // stable ids and order
  });

  it('without a token it is a usage error, and nothing is written', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'oncall-import-'));
    try {
      const r = await runNode(CLI, ['pagerduty', 'import', '--root', empty], { env: cleanEnv() });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/set PAGERDUTY_TOKEN/);
      expect(existsSync(join(empty, 'oncall'))).toBe(false);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
