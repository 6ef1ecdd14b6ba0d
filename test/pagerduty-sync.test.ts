/**
 * PagerDuty sync against the fake PagerDuty on 127.0.0.1 (which rejects what the official
 * description forbids and behaves with the API's quirks). "Now" is TEST_NOW on both sides.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { RawFile } from '../src/model/load.js';
import { PagerDutyClient } from '../src/pagerduty/client.js';
import { syncPagerDuty } from '../src/pagerduty/sync.js';
import { renderPlanText } from '../src/render/pagerduty-plan.js';
import { startFakePagerDuty, type FakePagerDuty } from './fakes/pagerduty.js';
import { edit, repoPolicyFiles, TEST_NOW } from './helpers/policy.js';
import { withSwaps } from './helpers/swaps.js';
import { MARK_KEY, MARK_PUBLIC_KEY } from './helpers/mark-key.js';

const TOKEN = 'u+sentinelTOKENvalue1234';
const base = repoPolicyFiles();
let pd: FakePagerDuty | undefined;

afterEach(async () => {
  expect(pd?.state.violations ?? [], 'requests the OpenAPI description forbids').toEqual([]);
  await pd?.close();
  pd = undefined;
});

async function account(options: { withUsers?: boolean } = {}): Promise<FakePagerDuty> {
  const users =
    options.withUsers === false
      ? []
      : [
          ['Engineer A', 'Engineer-A@example.com'], // emails match case-insensitively
          ['Engineer B', 'engineer-b@example.com'],
          ['Engineer C', 'engineer-c@example.com'],
          ['Engineer D', 'engineer-d@example.com'],
          ['Engineering Manager', 'eng-manager@example.com'],
          ['CTO', 'cto@example.com'],
          ['Another A', 'not-engineer-a@example.com'], // a substring match that must not be taken
        ].map(([name, email]) => ({ name: name!, email: email! }));
  pd = await startFakePagerDuty({ now: () => new Date(TEST_NOW), users, keys: { [TOKEN]: 'full' } });
  return pd;
}

const client = () => new PagerDutyClient({ token: TOKEN, baseUrl: pd!.url, retryBaseMs: 1, defaultRateLimitWaitMs: 5 });
const sync = (files: RawFile[], mode: 'plan' | 'apply' = 'apply', c = client(), prune = false) =>
  syncPagerDuty(c, files, { mode, now: TEST_NOW, prune, markKey: MARK_KEY });
const writes = () => pd!.requests.filter((r) => r.method !== 'GET');
const A_WEEK = { start: '2026-12-06T10:00:00Z', relieved: 'engineer-a', covering: 'engineer-c' };

describe('PagerDuty sync', () => {
  it('creates everything in an empty account, then a second run writes nothing', async () => {
    await account();
    const first = await sync(base);
    expect(first.policyErrors).toEqual([]);
    expect(first.plan!.errors).toEqual([]);
    // Each object is marked as soon as it exists: its mark names its PagerDuty id.
    expect(first.applied!.done).toEqual([
      'create schedule "primary"',
      'mark schedule "primary"',
      'create schedule "secondary"',
      'mark schedule "secondary"',
      'create escalation policy "EduStream engineering"',
      'mark escalation policy "EduStream engineering"',
      ...['backend-critical', 'frontend-critical', 'database', 'payments', 'general'].flatMap((s) => [
        `create service "edustream-${s}"`,
        `mark service "edustream-${s}"`,
      ]),
    ]);
    const [primary] = [...pd!.state.schedules.values()];
    expect(primary).toMatchObject({ name: 'Primary on-call', timeZone: 'Etc/UTC' });
    expect(primary!.layers[0]).toMatchObject({
      name: 'Weekly rotation',
      rotationTurnLengthSeconds: 604_800,
      rotationVirtualStart: Date.parse('2026-01-04T10:00:00Z'),
    });
    const userIds = (emails: string[]) => emails.map((e) => pd!.state.userByEmail(e)!.id);
    expect(primary!.layers[0]!.users).toEqual(
      userIds(['engineer-a@example.com', 'engineer-b@example.com', 'engineer-c@example.com', 'engineer-d@example.com']),
    );
    const policy = [...pd!.state.escalationPolicies.values()][0]!;
    expect(policy.rules.map((r) => [r.delayMinutes, r.targets.map((t) => t.type)])).toEqual([
      [15, ['schedule_reference']],
      [15, ['schedule_reference']],
      [30, ['user_reference']],
      [30, ['user_reference']],
    ]);
    expect(policy.numLoops).toBe(2);
    const payments = [...pd!.state.services.values()].find((s) => s.name === 'edustream-payments')!;
    expect(payments.fields.incident_urgency_rule).toEqual({ type: 'constant', urgency: 'high' });

    const before = pd!.requests.length;
    const second = await sync(base);
    expect(second.plan!.changes).toEqual([]);
    expect(pd!.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);
    // Reads: one page each of users, schedules, policies, services, plus each schedule's overrides.
    expect(pd!.requests.slice(before).length).toBeLessThanOrEqual(2 + 1 + 5 + 1 + 1);
  });

  it('a new swap is exactly one override POST; removing it deletes exactly that override', async () => {
    await account();
    await sync(base);
    const mark = writes().length;
    const withSwap = withSwaps(base, A_WEEK);
    const added = await sync(withSwap);
    expect(added.plan!.changes.map((c) => c.kind)).toEqual(['create-override']);
    const posts = writes()
      .slice(mark)
      .filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.path).toMatch(/^\/schedules\/\w+\/overrides$/);
    const primary = [...pd!.state.schedules.values()].find((s) => s.name === 'Primary on-call')!;
    expect([...primary.overrides.values()].map((o) => [o.start, o.end, o.userId])).toEqual([
      [
        Date.parse('2026-12-06T10:00:00Z'),
        Date.parse('2026-12-13T10:00:00Z'),
        pd!.state.userByEmail('engineer-c@example.com')!.id,
      ],
    ]);
    expect((await sync(withSwap)).plan!.changes).toEqual([]); // idempotent

    const removed = await sync(base);
    expect(removed.plan!.changes.map((c) => c.kind)).toEqual(['delete-override']);
    expect(primary.overrides.size).toBe(0);
  });

  it('an override no swap explains is reported, and deleted only with --prune', async () => {
    await account();
    await sync(base);
    const primary = [...pd!.state.schedules.values()].find((s) => s.name === 'Primary on-call')!;
    pd!.state.addOverride(primary.id, {
      start: '2026-12-20T10:00:00Z',
      end: '2026-12-21T10:00:00Z',
      user: pd!.state.userByEmail('cto@example.com')!.id,
    });
    const planned = await sync(base, 'plan');
    expect(planned.plan!.changes).toEqual([]);
    expect(planned.plan!.warnings.join()).toMatch(/is explained by no swap in oncall\/swaps\/.*--prune/);
    const pruned = await sync(base, 'apply', client(), true);
    expect(pruned.plan!.changes.map((c) => c.kind)).toEqual(['delete-override']);
    expect(primary.overrides.size).toBe(0);
  });

  it('a member change updates the layer in place and warns that it may move the current on-call', async () => {
    await account();
    await sync(base);
    const { files } = edit(
      base,
      'oncall/rotations.yaml',
      'members: [engineer-a, engineer-b, engineer-c, engineer-d]',
      'members: [engineer-a, engineer-d, engineer-c, engineer-b]',
    );
    const r = await sync(files);
    expect(r.plan!.changes.map((c) => c.kind)).toEqual(['update-schedule']);
    expect(r.plan!.warnings.join()).toMatch(/recomputes the rotation from its start/);
    const primary = [...pd!.state.schedules.values()].find((s) => s.name === 'Primary on-call')!;
    expect(primary.layers).toHaveLength(1); // updated by id, not added
    expect((await sync(files)).plan!.changes).toEqual([]);
  });

  it('an escalation delay change updates the policy', async () => {
    await account();
    await sync(base);
    const { files } = edit(
      base,
      'oncall/escalation.yaml',
      '      - escalation_delay_minutes: 30\n        targets:\n          - person: cto',
      '      - escalation_delay_minutes: 45\n        targets:\n          - person: cto',
    );
    const r = await sync(files);
    expect(r.plan!.changes.map((c) => c.kind)).toEqual(['update-policy']);
    expect(renderPlanText(r.plan!, 'fake')).toContain(
      '~ escalation policy "EduStream engineering": rule 4 delay 30 → 45 min',
    );
    expect([...pd!.state.escalationPolicies.values()][0]!.rules[3]!.delayMinutes).toBe(45);
  });

  it('a person without a PagerDuty user stops the run before any write', async () => {
    await account({ withUsers: false });
    const r = await sync(base);
    expect(r.applied).toBeUndefined();
    expect(r.plan!.errors.join('\n')).toMatch(/No PagerDuty user has the email engineer-a@example\.com of engineer-a/);
    expect(writes()).toEqual([]);
  });

  it('two layers survive GET’s reversed order; a layer removed from the policy is ended, not deleted', async () => {
    await account();
    const startLine =
      '        start: 2026-01-04T10:00 # Sunday, 10:00 UTC: week 1 starts\n        turn_length: { weeks: 1 }\n        members: [engineer-a, engineer-b, engineer-c, engineer-d]\n';
    const extra = `      - id: weekday-days\n        time_zone: Etc/UTC\n        start: 2026-01-05T09:00\n        turn_length: { weeks: 1 }\n        members: [engineer-c, engineer-d, engineer-a, engineer-b]\n        restrictions: [{ days: [monday, tuesday, wednesday, thursday, friday], start: "09:00", end: "17:00" }]\n`;
    const { files } = edit(base, 'oncall/rotations.yaml', startLine, startLine + extra);
    const first = await sync(files);
    expect(first.policyErrors.map((f) => f.ruleId)).toEqual([]);
    expect((await sync(files)).plan!.changes).toEqual([]); // matched by name, not by position
    const primary = [...pd!.state.schedules.values()].find((x) => x.name === 'Primary on-call')!;
    expect(primary.layers.map((l) => l.name)).toEqual(['Weekly rotation', 'weekday-days']);
    expect(primary.layers[1]!.restrictions).toHaveLength(5);

    const removed = await sync(base);
    expect(removed.plan!.changes.map((c) => c.kind)).toEqual(['update-schedule']);
    expect(renderPlanText(removed.plan!, 'fake')).toMatch(
      /- layer "weekday-days" ended now \(layers cannot be deleted\)/,
    );
    expect(primary.layers).toHaveLength(2);
    expect(primary.layers[1]!.end).toBe(TEST_NOW + 60_000); // created this very minute: ended one minute on
    expect((await sync(base)).plan!.changes).toEqual([]); // an ended layer is history
  });

  it('a schedule upgraded to schedule_v3 stops the run with an explanation', async () => {
    await account();
    await sync(base);
    const primary = [...pd!.state.schedules.values()].find((x) => x.name === 'Primary on-call')!;
    primary.type = 'schedule_v3';
    const r = await sync(base, 'plan');
    expect(r.plan!.blocked.join()).toMatch(/flexible \(schedule_v3\) schedule, which the layer API cannot update/);
  });

  it('an override PagerDuty refuses item by item is reported, and the ones it created are kept', async () => {
    await account();
    await sync(base);
    pd!.inject({
      method: 'POST',
      path: '/schedules/{id}/overrides',
      status: 201,
      body: [{ status: 400, errors: ['Override must end after its start'] }],
    });
    const error = await sync(withSwaps(base, A_WEEK)).catch((e: Error) => e);
    expect(String(error)).toMatch(
      /create 1 override\(s\) on "primary" failed: PagerDuty refused 1 of them: 2026-12-06T10:00:00.000Z \(2026-12-06-primary-engineer-a\): Override must end after its start/,
    );
    expect((await sync(withSwaps(base, A_WEEK))).plan!.changes.map((c) => c.kind)).toEqual(['create-override']);
  });

  it('writes only to the objects the plan matched, never to a same-named one another tool manages', async () => {
    await account();
    await sync(base);
    const foreign = pd!.state.addSchedule({
      name: 'Primary on-call',
      description: 'Owned by team X [managed by terraform]',
      time_zone: 'Etc/UTC',
      layers: [],
    });
    await sync(withSwaps(base, A_WEEK));
    expect(foreign.overrides.size).toBe(0);
    expect(foreign.description).toBe('Owned by team X [managed by terraform]');
    const ours = [...pd!.state.schedules.values()].find((x) => x.name === 'Primary on-call' && x !== foreign)!;
    expect(ours.overrides.size).toBe(1);
  });

  it('a swap under way is left alone on later syncs, not truncated and written again', async () => {
    await account();
    await sync(withSwaps(base, A_WEEK));
    for (const now of [Date.parse('2026-12-08T12:00:30Z'), Date.parse('2026-12-08T13:00:30Z')]) {
      pd!.state.setNow(new Date(now));
      const r = await syncPagerDuty(client(), withSwaps(base, A_WEEK), { mode: 'apply', now, markKey: MARK_KEY });
      expect(r.plan!.changes).toEqual([]);
    }
    const primary = [...pd!.state.schedules.values()].find((x) => x.name === 'Primary on-call')!;
    expect(primary.overrides.size).toBe(1);
  });

  it('a roster change whose old layer has ended does not break later writes to the schedule', async () => {
    const startLine =
      '        start: 2026-01-04T10:00 # Sunday, 10:00 UTC: week 1 starts\n        turn_length: { weeks: 1 }\n        members: [engineer-a, engineer-b, engineer-c, engineer-d]\n';
    const next = `        end: 2026-11-22T10:00\n      - id: weekly-2\n        time_zone: Etc/UTC\n        start: 2026-11-22T10:00\n        turn_length: { weeks: 1 }\n        members: [engineer-c, engineer-d, engineer-a, engineer-b]\n`;
    const { files } = edit(base, 'oncall/rotations.yaml', startLine, startLine + next);
    await account();
    const first = await sync(files);
    expect(first.policyErrors).toEqual([]);
    const swap = { start: '2026-12-06T10:00:00Z', relieved: 'engineer-a', covering: 'engineer-d' }; // weekly-2 puts engineer-a on primary then
    const r = await sync(withSwaps(files, swap));
    expect(r.plan!.changes.map((c) => c.kind)).toEqual(['create-override']);
    expect((await sync(withSwaps(files, swap))).plan!.changes).toEqual([]);
    const removed = await sync(files);
    expect(removed.plan!.changes.map((c) => c.kind)).toEqual(['delete-override']); // recorded, so removable
  });

  it('a service whose severities all page by business hours gets the support-hours urgency rule', async () => {
    await account();
    const { files } = edit(base, 'oncall/services.yaml', '      P2: low\n', '      P1: business-hours\n');
    const r = await sync(files);
    expect(r.plan!.errors).toEqual([]);
    const general = [...pd!.state.services.values()].find((s) => s.name === 'edustream-general')!;
    expect(general.fields.incident_urgency_rule).toEqual({
      type: 'use_support_hours',
      during_support_hours: { type: 'constant', urgency: 'high' },
      outside_support_hours: { type: 'constant', urgency: 'low' },
    });
    expect(general.fields.support_hours).toMatchObject({
      type: 'fixed_time_per_day',
      time_zone: 'Europe/London',
      days_of_week: [1, 2, 3, 4, 5],
      start_time: '09:00:00',
      end_time: '18:00:00',
    });
    expect((await sync(files)).plan!.changes).toEqual([]);
  });

  it('an unmanaged schedule with the same name is reported and left alone; the rest is synced', async () => {
    await account();
    const hand = pd!.state.addSchedule({
      name: 'Primary on-call',
      description: 'Hand-made',
      time_zone: 'Etc/UTC',
      layers: [],
    });
    const r = await sync(base);
    expect(r.plan!.errors).toEqual([]);
    expect(r.plan!.blocked).toEqual([
      expect.stringMatching(
        new RegExp(`already has a schedule named "Primary on-call" \\(${hand.id}\\).*pagerduty_id: ${hand.id}`),
      ),
      'Escalation policy "EduStream engineering" is not synced: it pages schedule "primary", which cannot be (see above).',
      ...['backend-critical', 'frontend-critical', 'database', 'payments', 'general'].map(
        (s) =>
          `Service "edustream-${s}" is not synced: it uses escalation policy "edustream-engineering", which is not (see above).`,
      ),
    ]);
    expect(r.applied!.done).toEqual(['create schedule "secondary"', 'mark schedule "secondary"']);
    expect(hand).toMatchObject({ description: 'Hand-made', layers: [] });
  });

  it('a schedule pre-created with a new schedule’s name and the plain marker is not adopted', async () => {
    await account();
    const bait = pd!.state.addSchedule({
      name: 'Primary on-call',
      description: '[managed by oncall-as-code] Edit oncall/rotations.yaml in the policy repository, not here.',
      time_zone: 'Etc/UTC',
      layers: [],
    });
    const r = await sync(base);
    expect(r.plan!.blocked[0]).toMatch(/a mark in its description does not make it so/);
    expect(writes().filter((w) => w.path.includes(bait.id))).toEqual([]);
    expect(pd!.state.escalationPolicies.size).toBe(0); // nothing pages the bait
  });

  it('a mark copied onto another object binds nothing: the real one is still the one written', async () => {
    await account();
    await sync(base);
    const real = [...pd!.state.schedules.values()].find((x) => x.name === 'Primary on-call')!;
    const copy = pd!.state.addSchedule({
      name: 'Primary on-call',
      description: real.description,
      time_zone: 'Etc/UTC',
    });
    const { files } = edit(
      base,
      'oncall/escalation.yaml',
      '      - escalation_delay_minutes: 15\n        targets:\n          - schedule: primary',
      '      - escalation_delay_minutes: 10\n        targets:\n          - schedule: primary',
    );
    const r = await sync(files);
    expect(r.plan!.blocked).toEqual([]);
    const policy = [...pd!.state.escalationPolicies.values()][0]!;
    expect(policy.rules[0]!.targets[0]!.id).toBe(real.id);
    expect(writes().filter((w) => w.path.includes(copy.id))).toEqual([]);
  });

  it('an override id written into a managed schedule’s ledger by hand is not deleted: it is reported and dropped', async () => {
    await account();
    await sync(withSwaps(base, A_WEEK));
    const primary = [...pd!.state.schedules.values()].find((x) => x.name === 'Primary on-call')!;
    const manual = pd!.state.addOverride(primary.id, {
      start: '2026-12-20T10:00:00Z',
      end: '2026-12-20T12:00:00Z',
      user: pd!.state.userByEmail('engineer-b@example.com')!.id,
    });
    const [tool] = primary.overrides.keys();
    primary.description = primary.description!.replace(/overrides: (\S+) #/, `overrides: $1,${manual.id} #`);
    const r = await sync(withSwaps(base, A_WEEK));
    expect(r.plan!.changes.filter((c) => c.kind === 'delete-override')).toEqual([]);
    expect(primary.overrides.has(manual.id)).toBe(true);
    expect(r.plan!.warnings.join()).toMatch(
      new RegExp(`lists override\\(s\\) ${tool}, ${manual.id} that this tool did not sign`),
    );
    expect(primary.description).toMatch(new RegExp(`overrides: ${tool} #[\\w-]{86}$`));
  });

  it('pagerduty_id adopts an existing object: the first apply updates and marks it, the next writes nothing', async () => {
    await account();
    const hand = pd!.state.addSchedule({ name: 'Primary (old)', description: 'Hand-made', time_zone: 'Etc/UTC' });
    const { files } = edit(
      base,
      'oncall/rotations.yaml',
      '  - id: primary\n',
      `  - id: primary\n    pagerduty_id: ${hand.id}\n`,
    );
    const first = await sync(files);
    expect(first.plan!.blocked).toEqual([]);
    expect(first.applied!.done).toContain('update schedule "primary"');
    expect(first.applied!.done).not.toContain('create schedule "primary"');
    expect(hand.name).toBe('Primary on-call'); // the schedule's name in rotations.yaml
    const second = await sync(files);
    expect(second.plan!.changes).toEqual([]);
    // Once marked, the id is no longer needed: the mark binds it.
    expect((await sync(base)).plan!.changes).toEqual([]);
  });

  it('a bound policy renamed in PagerDuty, its name taken by a decoy, is held back; the swaps still reach PagerDuty', async () => {
    await account();
    await sync(base);
    const policy = [...pd!.state.escalationPolicies.values()][0]!;
    policy.name = 'Renamed in the UI';
    const decoy = pd!.state.addEscalationPolicy({ name: 'EduStream engineering', rules: [] });
    const before = writes().length;
    const r = await sync(withSwaps(base, A_WEEK));
    expect(r.plan!.blocked[0]).toMatch(
      new RegExp(`now called "Renamed in the UI", and another escalation policy \\(${decoy.id}\\) has taken the name`),
    );
    expect(r.applied!.done).toContain('create 1 override(s) on "primary"');
    const later = writes().slice(before);
    expect(later.filter((w) => w.path.includes(decoy.id) || w.path.includes(policy.id))).toEqual([]);
  });

  it('a pagerduty_id naming an object marked as another policy object adopts nothing', async () => {
    await account();
    await sync(base);
    const payments = [...pd!.state.services.values()].find((x) => x.name === 'edustream-payments')!;
    const { files } = edit(
      base,
      'oncall/services.yaml',
      '  - id: edustream-general\n',
      `  - id: edustream-general\n    pagerduty_id: ${payments.id}\n`,
    );
    const r = await sync(files, 'plan');
    expect(r.plan!.blocked).toEqual([
      expect.stringMatching(
        new RegExp(`names pagerduty_id ${payments.id}, which is marked as the policy's service "edustream-payments"`),
      ),
    ]);
  });

  it('another team’s policy pointing at a schedule that answers 403 costs the sync no request and no failure', async () => {
    await account();
    const theirs = pd!.state.addSchedule({
      name: 'Their flexible schedule',
      type: 'schedule_v3',
      time_zone: 'Etc/UTC',
    });
    pd!.state.addEscalationPolicy({
      name: 'Another team',
      rules: [{ delay: 10, targets: [{ id: theirs.id, type: 'schedule_reference' }] }],
    });
    pd!.inject({ method: 'GET', path: `/schedules/${theirs.id}`, status: 403, times: Infinity });
    const r = await sync(base);
    expect(r.plan!.errors).toEqual([]);
    expect(pd!.requests.filter((q) => q.path === `/schedules/${theirs.id}`)).toEqual([]);
  });

  it('without the private mark key nothing is written; with the public key alone a plan still binds', async () => {
    await account();
    await sync(base);
    await expect(syncPagerDuty(client(), base, { mode: 'apply', now: TEST_NOW, markKey: undefined })).rejects.toThrow(
      /no mark key/,
    );
    await expect(
      syncPagerDuty(client(), base, {
        mode: 'apply',
        now: TEST_NOW,
        markKey: undefined,
        markPublicKey: MARK_PUBLIC_KEY,
      }),
    ).rejects.toThrow(/apply marks what it creates and needs the private mark key/);
    const before = pd!.requests.length;
    const plan = await syncPagerDuty(client(), base, {
      mode: 'plan',
      now: TEST_NOW,
      markKey: undefined,
      markPublicKey: MARK_PUBLIC_KEY,
    });
    expect(plan.plan!.changes).toEqual([]);
    expect(plan.plan!.blocked).toEqual([]);
    expect(pd!.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('a policy that does not validate is neither read nor written', async () => {
    await account();
    const { files } = edit(base, 'oncall/escalation.yaml', '- schedule: secondary', '- schedule: tertiary');
    const r = await sync(files);
    expect(r.policyErrors.map((f) => f.ruleId)).toContain('reference/unknown-schedule');
    expect(pd!.requests).toEqual([]);
  });

  it('with 20 % of requests failing, runs converge within 3 to the state of a fault-free run, with no duplicate override', async () => {
    const files = withSwaps(base, A_WEEK, {
      start: '2026-12-20T10:00:00Z',
      end: '2026-12-21T10:00:00Z',
      relieved: 'engineer-c',
      covering: 'engineer-a',
    });
    await account();
    await sync(files);
    const clean = snapshot();
    await pd!.close();

    await account();
    const faults = pd!.failRandomly(0.2, 7);
    let converged = false;
    for (let run = 0; run < 3 && !converged; run++) {
      try {
        const r = await sync(files);
        converged = r.plan!.changes.length === 0;
      } catch {
        // a failed run leaves a state the next converges from
      }
    }
    faults.cancel();
    expect(Object.values(faults.hits as Record<string, number>).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    const last = await sync(files);
    expect(converged || last.plan!.changes.length === 0).toBe(true);
    expect(snapshot()).toEqual(clean);
  });

  it('the token never appears in output, even when an error body echoes the request', async () => {
    await account();
    pd!.inject({
      method: 'GET',
      path: '/users',
      status: 500,
      body: { error: { message: `bad request with Authorization: Token token=${TOKEN}`, code: 2001 } },
      times: 10,
    });
    const error = await sync(base).catch((e: Error) => e);
    expect(String((error as Error).message)).toMatch(/PagerDuty GET \/users failed with HTTP 500 \(error code 2001\)/);
    expect(String((error as Error).message)).not.toContain(TOKEN);
  });
});

/** The account's managed objects, ids left out: two runs over different faults must agree on this. */
function snapshot(): unknown {
  const s = pd!.state;
  const email = (id: string) => [...s.users.values()].find((u) => u.id === id)?.email;
  return {
    schedules: [...s.schedules.values()].map((x) => ({
      name: x.name,
      zone: x.timeZone,
      layers: x.layers.map((l) => ({
        name: l.name,
        start: l.rotationVirtualStart,
        turn: l.rotationTurnLengthSeconds,
        users: l.users.map(email),
        end: l.end,
      })),
      overrides: [...x.overrides.values()].map((o) => [o.start, o.end, email(o.userId)]).sort(),
    })),
    policies: [...s.escalationPolicies.values()].map((p) => ({
      name: p.name,
      loops: p.numLoops,
      rules: p.rules.map((r) => r.delayMinutes),
    })),
    services: [...s.services.values()]
      .map((x) => ({ name: x.name, urgency: x.fields.incident_urgency_rule }))
      .sort((a, b) => (a.name < b.name ? -1 : 1)),
  };
}
