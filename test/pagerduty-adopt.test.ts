/**
 * `oncall pagerduty adopt` as a user runs it: an account imported with bin/oncall.js, then overrides
 * made in PagerDuty's app (one across a handoff and a DST change, one by a stranger with a hostile
 * name, one over a swap already filed), then adopt, validate and plan against the fake PagerDuty.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { parse, parseDocument } from 'yaml';
import { startFakePagerDuty, type FakeOverride, type FakePagerDuty, type FakeSchedule } from './fakes/pagerduty.js';
import { cleanEnv, runNode } from './helpers/run.js';
import { MARK_KEY, MARK_PUBLIC_KEY } from './helpers/mark-key.js';

const CLI = 'bin/oncall.js';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const NOW = Math.floor(Date.now() / HOUR) * HOUR; // the CLI reads the real clock
const HOSTILE_NAME = '@everyone\n# Owned <img src=x onerror=alert(1)> [click](https://evil.example) ```';

let pd: FakePagerDuty;
let london: FakeSchedule;
let root: string;
let env: NodeJS.ProcessEnv;
const made: Record<'handoff' | 'stranger' | 'overlap', FakeOverride> = {} as never;

const nextTransition = (zone: string, from: number) =>
  Temporal.Instant.fromEpochMilliseconds(from).toZonedDateTimeISO(zone).getTimeZoneTransition('next')!
    .epochMilliseconds;

interface PlanJson {
  changes: { action: string; summary: string; layers_as_edited?: string }[];
  warnings: string[];
  errors: string[];
}
const planOf = async () => {
  const r = await runNode(CLI, ['pagerduty', 'plan', '--root', root, '--json'], {
    env: { ...env, PAGERDUTY_MARK_KEY: MARK_KEY },
  });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as PlanJson;
};
const adopt = async () => {
  const r = await runNode(CLI, ['pagerduty', 'adopt', '--root', root, '--json'], { env });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as {
    written: { path: string; relieved: string; covering: string }[];
    reported: string[];
  };
};

beforeAll(async () => {
  const users = Array.from({ length: 6 }, (_, i) => ({ name: `Person ${i}`, email: `person-${i}@example.com` }));
  pd = await startFakePagerDuty({ users, keys: { 'read-only-key': 'read-only' } });
  const id = (n: number) => pd.state.userByEmail(`person-${n}@example.com`)!.id;
  const anchor = Temporal.Instant.fromEpochMilliseconds(NOW - 20 * WEEK)
    .toZonedDateTimeISO('Europe/London')
    .with({ hour: 9, minute: 0 }).epochMilliseconds;
  london = pd.state.addSchedule({
    name: 'Primary',
    time_zone: 'Europe/London',
    layers: [
      {
        name: 'Layer 1',
        start: NOW - 20 * WEEK,
        rotation_virtual_start: anchor,
        rotation_turn_length_seconds: 604_800,
        users: [id(0), id(1), id(2), id(3)],
      },
    ],
  });
  const policy = pd.state.addEscalationPolicy({
    name: 'Engineering',
    rules: [{ delay: 30, targets: [{ id: london.id, type: 'schedule_reference' }] }],
  });
  pd.state.addService({
    name: 'Checkout API',
    escalation_policy: policy.id,
    fields: { incident_urgency_rule: { type: 'constant', urgency: 'high' } },
  });
  // Filed before the import, so it is a swap in the policy.
  pd.state.addOverride(london.id, { start: NOW + 10 * DAY, end: NOW + 10 * DAY + 6 * HOUR, user: id(5) });
  root = mkdtempSync(join(tmpdir(), 'oncall-adopt-'));
  env = cleanEnv({
    PAGERDUTY_API_URL: pd.url,
    PAGERDUTY_TOKEN: 'read-only-key',
    PAGERDUTY_MARK_PUBLIC_KEY: MARK_PUBLIC_KEY, // adopt only reads: the public key checks the marks
    ONCALL_HTTP_RETRY_BASE_MS: '1',
  });
  const imported = await runNode(CLI, ['pagerduty', 'import', '--root', root], { env });
  expect(imported.code, imported.stderr).toBe(0);

  // Then, at 3 a.m., in PagerDuty's app: a week across the next DST change (so across a handoff),
  // covered by someone outside the layer; one by a user team.yaml does not know; one over the filed swap.
  const dst = nextTransition('Europe/London', NOW + 3 * DAY);
  made.handoff = pd.state.addOverride(london.id, { start: dst - 2 * DAY, end: dst + 5 * DAY, user: id(4) });
  const stranger = pd.state.addUser({ name: HOSTILE_NAME, email: 'stranger@example.com' });
  made.stranger = pd.state.addOverride(london.id, {
    start: NOW + 3 * DAY,
    end: NOW + 3 * DAY + 4 * HOUR,
    user: stranger.id,
  });
  made.overlap = pd.state.addOverride(london.id, {
    start: NOW + 10 * DAY + 2 * HOUR,
    end: NOW + 10 * DAY + 8 * HOUR,
    user: id(4),
  });
}, 60_000);

afterAll(async () => {
  expect(pd.state.violations, 'requests the OpenAPI description forbids').toEqual([]);
  expect(pd.state.responseViolations).toEqual([]);
  await pd.close();
  rmSync(root, { recursive: true, force: true });
});

describe('oncall pagerduty adopt', () => {
  it('writes the swaps that explain an override made in PagerDuty, so the next plan leaves it alone', async () => {
    const before = await planOf();
    expect(before.warnings.filter((w) => w.includes(made.handoff.id))).toHaveLength(1);

    const swapsBefore = readdirSync(join(root, 'oncall/swaps'));
    const r = await adopt();
    // One swap per person the week relieves: it spans a Monday handoff.
    expect(r.written).toHaveLength(2);
    expect(r.written.every((w) => w.covering === 'person-4')).toBe(true);
    expect(new Set(r.written.map((w) => w.relieved)).size).toBe(2);
    for (const w of r.written) {
      const text = readFileSync(join(root, w.path), 'utf8');
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/swap.schema.json');
      expect(parse(text)).toMatchObject({
        schedule: 'primary',
        covering: 'person-4',
        reason: `Adopted from PagerDuty override ${made.handoff.id}, made in PagerDuty without a swap file.`,
      });
    }
    const pieces = r.written.map(
      (w) => parse(readFileSync(join(root, w.path), 'utf8')) as { start: string; end: string },
    );
    pieces.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    expect(Date.parse(pieces[0]!.start)).toBe(made.handoff.start);
    expect(pieces[0]!.end).toBe(pieces[1]!.start);
    expect(Date.parse(pieces[1]!.end)).toBe(made.handoff.end);
    expect(readdirSync(join(root, 'oncall/swaps'))).toHaveLength(swapsBefore.length + 2);

    // The stranger and the override over the filed swap are reported, not guessed.
    expect(r.reported).toHaveLength(2);
    expect(r.reported.find((x) => x.includes(made.stranger.id))).toMatch(/is no person in team\.yaml/);
    expect(r.reported.find((x) => x.includes(made.overlap.id))).toMatch(/overlaps swap \S+ \(.*\), already filed/);

    const v = await runNode(CLI, ['validate', '--root', root, '--json'], { env });
    expect((JSON.parse(v.stdout) as { errors: number }).errors).toBe(0);

    const after = await planOf();
    expect(after.errors).toEqual([]);
    expect(after.changes.filter((c) => c.action.endsWith('-override'))).toEqual([]);
    expect(after.warnings.filter((w) => w.includes(made.handoff.id))).toEqual([]);
    expect(after.warnings.filter((w) => w.includes(made.stranger.id) || w.includes(made.overlap.id))).toHaveLength(2);
  }, 120_000);

  it('is idempotent: run again, it writes nothing new and reports the same', async () => {
    const files = readdirSync(join(root, 'oncall/swaps'));
    const r = await adopt();
    expect(r.written).toEqual([]);
    expect(r.reported).toHaveLength(2);
    expect(readdirSync(join(root, 'oncall/swaps'))).toEqual(files);
  }, 60_000);

  it('names the unknown user on one line, with the hostile name bounded and nothing else of it', async () => {
    const r = await runNode(CLI, ['pagerduty', 'adopt', '--root', root], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Nothing to adopt/);
    const line = r.stdout.split('\n').find((l) => l.includes(made.stranger.id))!;
    expect(line).toContain('"@everyone # Owned');
    expect(r.stdout).not.toContain('@everyone\n');
    // What adopt wrote holds nothing of PagerDuty's names.
    for (const f of readdirSync(join(root, 'oncall/swaps')))
      expect(readFileSync(join(root, 'oncall/swaps', f), 'utf8')).not.toMatch(/everyone|Owned|evil/);
  }, 60_000);

  it('shows a layer edited in PagerDuty’s UI as the rotations.yaml that reproduces it', async () => {
    // Someone reorders the members and makes the turns daily, in PagerDuty.
    const layer = london.layers[0]!;
    layer.users = [...layer.users].reverse();
    layer.rotationTurnLengthSeconds = 86_400;
    const text = await runNode(CLI, ['pagerduty', 'plan', '--root', root], {
      env: { ...env, PAGERDUTY_MARK_KEY: MARK_KEY },
    });
    expect(text.stdout).toMatch(/Layers of "primary" as edited in PagerDuty; to keep them, write these/);
    expect(text.stdout).toContain('      members: [ person-3, person-2, person-1, person-0 ]');
    const change = (await planOf()).changes.find((c) => c.action === 'update-schedule')!;
    expect(change.summary).toMatch(/~ layer "Layer 1": turn 86400 s → 604800 s; members/);
    const layers = parse(change.layers_as_edited!) as object[];
    expect(layers).toEqual([
      expect.objectContaining({
        id: 'layer-1',
        name: 'Layer 1',
        time_zone: 'Europe/London',
        turn_length: { days: 1 },
        members: ['person-3', 'person-2', 'person-1', 'person-0'],
      }),
    ]);
    // Written into rotations.yaml, it is what PagerDuty has: the plan no longer changes the layer.
    // (The swaps were of weekly turns; with daily ones they would not be held, so they go.)
    rmSync(join(root, 'oncall/swaps'), { recursive: true });
    const file = join(root, 'oncall/rotations.yaml');
    const doc = parseDocument(readFileSync(file, 'utf8'));
    doc.setIn(['schedules', 0, 'layers'], doc.createNode(layers));
    writeFileSync(file, doc.toString());
    const after = await planOf();
    expect(after.changes.filter((c) => c.summary.includes('~ layer'))).toEqual([]);
  }, 60_000);
});
