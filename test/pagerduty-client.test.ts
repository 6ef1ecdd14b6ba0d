/** The PagerDuty client's transport rules, against the fake PagerDuty's injected faults. */
import { afterEach, describe, expect, it } from 'vitest';
import { PagerDutyClient } from '../src/pagerduty/client.js';
import { pagerDutyFaults, startFakePagerDuty, type FakePagerDuty } from './fakes/pagerduty.js';

let pd: FakePagerDuty | undefined;
afterEach(async () => {
  expect(pd?.state.violations ?? []).toEqual([]);
  await pd?.close();
  pd = undefined;
});

async function setup(options: { timeoutMs?: number; requestsPerMinute?: number; paceWindowMs?: number } = {}) {
  pd = await startFakePagerDuty({
    users: Array.from({ length: 250 }, (_, i) => ({ name: `User ${i}`, email: `user${i}@example.com` })),
  });
  const waits: string[] = [];
  const client = new PagerDutyClient({
    token: 't',
    baseUrl: pd.url,
    retryBaseMs: 1,
    defaultRateLimitWaitMs: 20,
    log: (m) => waits.push(m),
    ...options,
  });
  return { client, waits };
}

describe('PagerDuty client', () => {
  it('pages with limit 100 until more is false', async () => {
    const { client } = await setup();
    const users = await client.list<{ email: string }>('/users', 'users');
    expect(users).toHaveLength(250);
    expect(pd!.requests.map((r) => r.query.offset)).toEqual(['0', '100', '200']);
    expect(pd!.requests.every((r) => r.query.limit === '100')).toBe(true);
  });

  it('waits out a 429 for ratelimit-reset seconds, or a default when the header is missing', async () => {
    const { client, waits } = await setup();
    pd!.inject({ ...pagerDutyFaults.rateLimited(1), path: '/users', times: 1 });
    const t0 = Date.now();
    await client.list('/users', 'users');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1000);
    pd!.inject({ ...pagerDutyFaults.rateLimitedBare(), path: '/users', times: 1 });
    await client.list('/users', 'users');
    expect(waits.filter((w) => w.includes('rate limited'))).toHaveLength(2);
  });

  it('a 429 is retried even for a POST: it was rejected before it was applied', async () => {
    const { client } = await setup();
    pd!.inject({ ...pagerDutyFaults.rateLimitedBare(), method: 'POST', path: '/escalation_policies', times: 1 });
    const user = pd!.state.userByEmail('user1@example.com')!;
    const body = {
      escalation_policy: {
        type: 'escalation_policy',
        name: 'P',
        escalation_rules: [{ escalation_delay_in_minutes: 5, targets: [{ id: user.id, type: 'user_reference' }] }],
      },
    };
    await client.request('POST', '/escalation_policies', { body });
    expect(pd!.state.escalationPolicies.size).toBe(1);
  });

  it('retries reads on 5xx with back-off, but never repeats a write whose outcome is unknown', async () => {
    const { client } = await setup();
    pd!.inject({ ...pagerDutyFaults.badGateway(), method: 'GET', path: '/users', times: 2 });
    await expect(client.list('/users', 'users')).resolves.toHaveLength(250);
    pd!.inject({ ...pagerDutyFaults.serverError(), method: 'POST', path: '/escalation_policies' });
    const user = pd!.state.userByEmail('user1@example.com')!;
    const body = {
      escalation_policy: {
        type: 'escalation_policy',
        name: 'P',
        escalation_rules: [{ escalation_delay_in_minutes: 5, targets: [{ id: user.id, type: 'user_reference' }] }],
      },
    };
    await expect(client.request('POST', '/escalation_policies', { body })).rejects.toThrow(
      /^PagerDuty POST \/escalation_policies failed with HTTP 500/,
    );
    expect(pd!.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('times out a request that hangs, naming the operation', async () => {
    const { client } = await setup({ timeoutMs: 100 });
    pd!.inject({ ...pagerDutyFaults.hang(2_000), method: 'DELETE', path: '/services/PNOPE00', times: 10 });
    await expect(client.request('DELETE', '/services/PNOPE00')).rejects.toThrow(
      /^PagerDuty DELETE \/services\/PNOPE00 failed: timed out$/,
    );
  });

  it('paces under the budget: waits only when the window is full', async () => {
    const { client, waits } = await setup({ requestsPerMinute: 3, paceWindowMs: 400 });
    const t0 = Date.now();
    for (let i = 0; i < 3; i++) await client.request('GET', '/users', { query: { limit: 1 } });
    expect(waits).toEqual([]); // a small run is not slowed down
    await client.request('GET', '/users', { query: { limit: 1 } });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(380);
    expect(waits).toHaveLength(1);
    expect(pd!.requests.every((r) => r.status !== 429)).toBe(true);
    expect(client.counts).toEqual({ reads: 4, writes: 0 });
  });
});
