/**
 * A roster change reaches PagerDuty without resetting anyone's position: the old layer keeps its
 * rotation_virtual_start and members and gains an end, the new layer starts there with its own
 * virtual start. Who PagerDuty would page — computed from the fake's stored layers the way
 * PagerDuty turns them — equals the policy's answer at sampled instants, and a second sync is a no-op.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PagerDutyClient } from '../src/pagerduty/client.js';
import { syncPagerDuty } from '../src/pagerduty/sync.js';
import { planRosterChange } from '../src/rota/roster-change.js';
import { writeRosterChange } from '../src/rota/roster-yaml.js';
import { onCallAt } from '../src/schedule/timeline.js';
import { validatePolicy } from '../src/validate/index.js';
import { startFakePagerDuty, type FakeLayer, type FakePagerDuty } from './fakes/pagerduty.js';
import { MARK_KEY } from './helpers/mark-key.js';
import { repoPolicyFiles, TEST_NOW, textOf, withFile } from './helpers/policy.js';

const TOKEN = 'u+sentinelTOKENvalue1234';
const H = 3_600_000;
let pd: FakePagerDuty | undefined;

afterEach(async () => {
  expect(pd?.state.violations ?? [], 'requests the OpenAPI description forbids').toEqual([]);
  await pd?.close();
  pd = undefined;
});

/** The user PagerDuty puts on call at t: the lowest layer running then, turns counted from its virtual start. */
function pagerDutyOnCall(layers: readonly FakeLayer[], t: number): string | undefined {
  for (const l of [...layers].reverse()) {
    if (t < l.start || (l.end !== null && t >= l.end)) continue;
    const turn = Math.floor((t - l.rotationVirtualStart) / (l.rotationTurnLengthSeconds * 1000));
    return l.users[((turn % l.users.length) + l.users.length) % l.users.length];
  }
  return undefined;
}

describe('a roster change through the PagerDuty sync', () => {
  it('ends the old layer and adds the new one; nobody’s position is reset; a second sync writes nothing', async () => {
    const people = ['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d'];
    pd = await startFakePagerDuty({
      now: () => new Date(TEST_NOW),
      users: [...people, 'eng-manager', 'cto'].map((p) => ({ name: p, email: `${p}@example.com` })),
      keys: { [TOKEN]: 'full' },
    });
    const client = new PagerDutyClient({ token: TOKEN, baseUrl: pd.url, retryBaseMs: 1, defaultRateLimitWaitMs: 5 });
    const sync = (files: ReturnType<typeof repoPolicyFiles>) =>
      syncPagerDuty(client, files, { mode: 'apply', now: TEST_NOW, prune: false, markKey: MARK_KEY });

    const files = repoPolicyFiles();
    expect((await sync(files)).policyErrors).toEqual([]);
    const primary = [...pd.state.schedules.values()].find((s) => s.name === 'Primary on-call')!;
    const before = { ...primary.layers[0]! };

    const { policy } = validatePolicy(files, { now: TEST_NOW });
    const change = planRosterChange(policy.rotations!.schedules, new Set(people), {
      schedule: 'primary',
      edits: [{ kind: 'order', members: ['engineer-a', 'engineer-d', 'engineer-c', 'engineer-b'] }],
      effective: { kind: 'after-rotation' },
      now: TEST_NOW,
    });
    expect(change.effective).toBe(Date.parse('2026-12-06T10:00:00Z')); // week 49: a four-week cycle starts
    const changed = withFile(
      files,
      'oncall/rotations.yaml',
      writeRosterChange(textOf(files, 'oncall/rotations.yaml'), change),
    );
    const r = await sync(changed);
    expect(r.policyErrors).toEqual([]);
    expect(r.plan!.changes.map((c) => c.kind)).toEqual(['update-schedule']);
    expect(r.plan!.warnings.join()).not.toMatch(/recomputes the rotation/);

    const [old, added, ...more] = primary.layers;
    expect(more).toEqual([]);
    // The running layer is the same object, turned the same way: only its end is new.
    expect(old).toMatchObject({
      id: before.id,
      rotationVirtualStart: before.rotationVirtualStart,
      users: before.users,
      end: change.effective,
    });
    expect(added).toMatchObject({
      name: 'Weekly rotation from 2026-12-06',
      start: change.effective,
      rotationVirtualStart: change.effective,
    });

    const after = validatePolicy(changed, { now: TEST_NOW }).policy;
    const email = (id: string) => pd!.state.userByEmail(`${id}@example.com`)!.id;
    const holder = (p: typeof policy, t: number) => onCallAt(p, t).find((o) => o.schedule === 'primary')!.shift!.person;
    let moved = 0;
    for (let t = TEST_NOW; t < TEST_NOW + 26 * 7 * 24 * H; t += 13 * H) {
      expect(pagerDutyOnCall(primary.layers, t), new Date(t).toISOString()).toBe(email(holder(after, t)));
      if (holder(after, t) !== holder(policy, t)) moved++;
    }
    expect(moved).toBeGreaterThan(0); // the samples do see the new order
    expect((await sync(changed)).plan!.changes).toEqual([]);
  });
});
