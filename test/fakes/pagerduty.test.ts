/**
 * The fake PagerDuty itself, driven with plain fetch: its quirks happen as real clients meet them,
 * it rejects what PagerDuty's OpenAPI description forbids, rate-limits per key, and fails on demand.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { sharedFile } from '../helpers/shared.js';
import {
  formatInZone,
  pagerDutyFaults,
  startFakePagerDuty,
  type FakePagerDuty,
  type FakePagerDutyOptions,
  type UserSeed,
} from './pagerduty.js';

const SPEC = sharedFile('specs/pagerduty-rest-openapi.json');

/** Sunday 1 March 2026, 12:00 UTC: the fake's clock unless a test moves it. */
const NOW = '2026-03-01T12:00:00Z';
const HOUR = 3_600_000;
const WEEK = 604_800;

const TEAM: UserSeed[] = [
  { id: 'PANNLEE', name: 'Ann Lee', email: 'ann.lee@acme.test' },
  { id: 'PJOANNA', name: 'Joanna Smith', email: 'jo@acme.test' },
  { id: 'PBOBSTO', name: 'Bob Stone', email: 'bob.annex@acme.test' },
  { id: 'PCARLOS', name: 'Carl Os', email: 'carl@acme.test' },
];

// Response bodies are read as loosely typed JSON: the assertions are the types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

let pd: FakePagerDuty | undefined;

async function start(options: FakePagerDutyOptions = {}): Promise<FakePagerDuty> {
  pd = await startFakePagerDuty({ spec: SPEC ?? null, now: NOW, users: TEAM, ...options });
  return pd;
}

interface CallOptions {
  key?: string | null;
  /** Replaces the default headers of the same name; undefined removes one. */
  headers?: Record<string, string | undefined>;
  signal?: AbortSignal;
}

/** A request as a careful client sends it: Token auth, the pinned version, JSON bodies. */
async function call(
  method: string,
  path: string,
  body?: unknown,
  options: CallOptions = {},
): Promise<{ status: number; headers: Headers; body: Json }> {
  if (!pd) throw new Error('start the fake first');
  const key = options.key === undefined ? 'full-key' : options.key;
  const headers: Record<string, string | undefined> = {
    accept: 'application/vnd.pagerduty+json;version=2',
    ...(key === null ? {} : { authorization: `Token token=${key}` }),
    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    ...options.headers,
  };
  const res = await fetch(pd.url + path, {
    method,
    headers: Object.fromEntries(Object.entries(headers).filter((e): e is [string, string] => e[1] !== undefined)),
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: options.signal,
  });
  const text = await res.text();
  let parsed: Json = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // a non-JSON body (a 502 page) stays a string
  }
  return { status: res.status, headers: res.headers, body: parsed };
}

const ref = (id: string) => ({ user: { id, type: 'user_reference' } });

function layer(over: Record<string, unknown> = {}) {
  return {
    name: 'Weekly',
    start: '2026-01-04T10:00:00Z',
    rotation_virtual_start: '2026-01-04T10:00:00Z',
    rotation_turn_length_seconds: WEEK,
    users: [ref('PANNLEE'), ref('PBOBSTO')],
    ...over,
  };
}

const instant = (s: string) => Date.parse(s);

afterEach(async () => {
  if (!pd) return;
  const { violations, responseViolations } = pd.state;
  await pd.close();
  pd = undefined;
  // The fake answers in PagerDuty's shapes, and every test except the [contract] ones sends only
  // requests the description allows.
  expect(responseViolations).toEqual([]);
  if (!expect.getState().currentTestName?.includes('[contract]')) expect(violations).toEqual([]);
});

describe('fake PagerDuty: users and pagination', () => {
  it('query is a case-insensitive substring match on name AND email', async () => {
    await start();
    const res = await call('GET', '/users?query=ANN');
    expect(res.status).toBe(200);
    expect(res.body.users.map((u: Json) => u.name)).toEqual(['Ann Lee', 'Bob Stone', 'Joanna Smith']);
    expect(res.body.users[0]).toMatchObject({
      id: 'PANNLEE',
      type: 'user',
      summary: 'Ann Lee',
      email: 'ann.lee@acme.test',
      self: `${pd!.url}/users/PANNLEE`,
      html_url: 'https://acme.pagerduty.com/users/PANNLEE',
    });
    // The exact, case-insensitive email filter is the client's job.
    expect((await call('GET', '/users?query=Ann.Lee@ACME.test')).body.users.map((u: Json) => u.id)).toEqual([
      'PANNLEE',
    ]);
    expect((await call('GET', '/users/PCARLOS')).body.user.email).toBe('carl@acme.test');
    expect(await call('GET', '/users/PNOPE00')).toMatchObject({
      status: 404,
      body: { error: { message: 'Not Found', code: 2100 } },
    });
  });

  it('offset pagination: limit 25 by default, at most 100, more/offset/total, and offset + limit ≤ 10 000', async () => {
    await start();
    for (let i = 1; i <= 130; i++)
      pd!.state.addUser({ name: `Zed ${String(i).padStart(3, '0')}`, email: `zed${i}@acme.test` });
    const first = await call('GET', '/users');
    expect(first.body).toMatchObject({ limit: 25, offset: 0, more: true, total: null });
    expect(first.body.users).toHaveLength(25);
    expect(first.body.users[0].id).toMatch(/^P[A-Z0-9]{6}$/);

    const big = await call('GET', '/users?limit=500&offset=100&total=true');
    expect(big.body).toMatchObject({ limit: 100, offset: 100, more: false, total: 134 });
    expect(big.body.users).toHaveLength(34);

    // A client that follows `more` with offset += limit sees everyone exactly once.
    const seen: string[] = [];
    for (let offset = 0, more = true; more; offset += 40) {
      const page = await call('GET', `/users?limit=40&offset=${offset}`);
      seen.push(...page.body.users.map((u: Json) => u.id));
      more = page.body.more;
    }
    expect(new Set(seen).size).toBe(134);

    expect((await call('GET', '/users?limit=100&offset=9900')).body).toMatchObject({ users: [], more: false });
    const capped = await call('GET', '/users?limit=100&offset=9901');
    expect(capped.status).toBe(400);
    expect(capped.body.error).toMatchObject({
      message: 'Invalid Input Provided',
      code: 2001,
      errors: [expect.stringContaining('10000')],
    });
  });
});

describe('fake PagerDuty: schedules and their layer quirks', () => {
  it('POST creates layers with ids; GET answers them reversed, start reset to now, virtual start in the schedule’s offset', async () => {
    await start();
    const created = await call('POST', '/schedules', {
      schedule: {
        type: 'schedule',
        name: 'Primary',
        time_zone: 'Europe/Berlin',
        description: 'managed by gitops',
        schedule_layers: [
          layer({ name: 'Past start' }),
          layer({ name: 'Future start', start: '2026-03-08T10:00:00Z' }),
        ],
      },
    });
    expect(created.status).toBe(201);
    const s = created.body.schedule;
    expect(s).toMatchObject({
      type: 'schedule',
      name: 'Primary',
      time_zone: 'Europe/Berlin',
      summary: 'Primary',
      self: `${pd!.url}/schedules/${s.id}`,
    });
    expect(s.id).toMatch(/^P[A-Z0-9]{6}$/);

    const got = (await call('GET', `/schedules/${s.id}`)).body.schedule;
    const layers = got.schedule_layers;
    // Reversed: the last layer sent comes first.
    expect(layers.map((l: Json) => l.name)).toEqual(['Future start', 'Past start']);
    for (const l of layers) expect(l.id).toMatch(/^P[A-Z0-9]{6}$/);
    const [future, past] = layers;
    // A start in the past becomes the time of the write; a future one is kept. Both in +01:00.
    expect(past.start).toBe('2026-03-01T13:00:00+01:00');
    expect(future.start).toBe('2026-03-08T11:00:00+01:00');
    // rotation_virtual_start: another string, the same instant.
    expect(past.rotation_virtual_start).toBe('2026-01-04T11:00:00+01:00');
    expect(past.rotation_virtual_start).not.toBe('2026-01-04T10:00:00Z');
    expect(instant(past.rotation_virtual_start)).toBe(instant('2026-01-04T10:00:00Z'));
    expect(past).toMatchObject({
      end: null,
      rotation_turn_length_seconds: WEEK,
      users: [{ user: { id: 'PANNLEE', type: 'user_reference', summary: 'Ann Lee' } }, { user: { id: 'PBOBSTO' } }],
    });
    expect(got.users.map((u: Json) => u.id)).toEqual(['PANNLEE', 'PBOBSTO']);

    // In a UTC schedule the offset is +00:00, never the Z that was sent.
    const utc = await call('POST', '/schedules', {
      schedule: { type: 'schedule', name: 'UTC', time_zone: 'Etc/UTC', schedule_layers: [layer()] },
    });
    expect(utc.body.schedule.schedule_layers[0].rotation_virtual_start).toBe('2026-01-04T10:00:00+00:00');

    // The list omits layers unless asked, and filters by name substring.
    const list = await call('GET', '/schedules?query=prim');
    expect(list.body).toMatchObject({ limit: 25, offset: 0, more: false, total: null });
    expect(list.body.schedules.map((x: Json) => x.name)).toEqual(['Primary']);
    expect(list.body.schedules[0].schedule_layers).toBeUndefined();
    const withLayers = await call('GET', '/schedules?include[]=schedule_layers');
    expect(withLayers.body.schedules.map((x: Json) => x.schedule_layers.length)).toEqual([2, 1]);
  });

  it('PUT merges layers by id: sent with id → updated, without → created, missing → unchanged; layers are ended, not deleted', async () => {
    await start();
    const s = (
      await call('POST', '/schedules', {
        schedule: {
          type: 'schedule',
          name: 'Primary',
          time_zone: 'Etc/UTC',
          schedule_layers: [layer({ name: 'A' }), layer({ name: 'B' })],
        },
      })
    ).body.schedule;
    const [b0, a0] = s.schedule_layers;
    expect([a0.name, b0.name]).toEqual(['A', 'B']);

    pd!.state.advance(HOUR); // 13:00
    const put = await call('PUT', `/schedules/${s.id}`, {
      schedule: {
        type: 'schedule',
        time_zone: 'Etc/UTC',
        schedule_layers: [
          layer({ id: b0.id, name: 'B', users: [ref('PCARLOS')] }),
          layer({ name: 'C', start: '2026-03-08T10:00:00Z' }),
        ],
      },
    });
    expect(put.status).toBe(200);
    const after = put.body.schedule;
    expect(after.name).toBe('Primary'); // top-level fields not sent are kept too
    expect(after.schedule_layers.map((l: Json) => l.name)).toEqual(['C', 'B', 'A']);
    const [c1, b1, a1] = after.schedule_layers;
    expect(c1.id).not.toBe(a0.id);
    expect(c1.id).not.toBe(b0.id);
    expect(b1).toMatchObject({ id: b0.id, users: [{ user: { id: 'PCARLOS' } }], start: '2026-03-01T13:00:00+00:00' }); // start = this update
    expect(a1).toEqual(a0); // not sent: untouched, its start still the creation time
    expect(a1.start).toBe('2026-03-01T12:00:00+00:00');

    // Ending A: it stays in the answer, with its end.
    pd!.state.advance(HOUR); // 14:00
    const ended = await call('PUT', `/schedules/${s.id}`, {
      schedule: {
        type: 'schedule',
        time_zone: 'Etc/UTC',
        schedule_layers: [layer({ id: a0.id, name: 'A', end: '2026-03-01T14:00:00Z' })],
      },
    });
    expect(ended.status).toBe(200);
    pd!.state.advance(24 * HOUR);
    const got = (await call('GET', `/schedules/${s.id}`)).body.schedule.schedule_layers;
    expect(got.map((l: Json) => [l.name, l.end])).toEqual([
      ['C', null],
      ['B', null],
      ['A', '2026-03-01T14:00:00+00:00'],
    ]);

    // Sending "end": null clears an end (the description types end as a non-nullable date-time).
    const reopened = await call('PUT', `/schedules/${s.id}`, {
      schedule: {
        type: 'schedule',
        time_zone: 'Etc/UTC',
        schedule_layers: [layer({ id: a0.id, name: 'A', end: null })],
      },
    });
    expect(reopened.status).toBe(200);
    expect(reopened.body.schedule.schedule_layers[2]).toMatchObject({ id: a0.id, end: null });
    expect(
      await call('PUT', `/schedules/${s.id}`, {
        schedule: { type: 'schedule', time_zone: 'Etc/UTC', schedule_layers: [layer({ id: 'PNOLAYR' })] },
      }),
    ).toMatchObject({
      status: 400,
      body: { error: { code: 2001, errors: ['schedule_layers[0]: "PNOLAYR" is not a layer of this schedule'] } },
    });
  });

  it('times off the whole minute are a 500 and change nothing; turn lengths outside 1 h … 365 d and unknown users are 400', async () => {
    await start();
    const post = (l: Record<string, unknown>) =>
      call('POST', '/schedules', {
        schedule: { type: 'schedule', name: 'S', time_zone: 'Etc/UTC', schedule_layers: [layer(l)] },
      });
    expect(await post({ rotation_virtual_start: '2026-01-04T10:00:30Z' })).toMatchObject({
      status: 500,
      body: { error: { code: 2000 } },
    });
    expect((await post({ start: '2026-03-08T10:00:00.500Z' })).status).toBe(500);
    expect(pd!.state.schedules.size).toBe(0);

    expect(await post({ rotation_turn_length_seconds: 1800 })).toMatchObject({
      status: 400,
      body: {
        error: {
          message: 'Invalid Input Provided',
          code: 2001,
          errors: [
            'schedule_layers[0].rotation_turn_length_seconds must be between 3600 (1 hour) and 31536000 (365 days)',
          ],
        },
      },
    });
    expect((await post({ rotation_turn_length_seconds: 31_536_001 })).status).toBe(400);
    expect((await post({ rotation_turn_length_seconds: 3600 })).status).toBe(201);
    expect((await post({ users: [ref('PNOBODY')] })).body.error.errors).toEqual([
      'schedule_layers[0].users[0]: user PNOBODY not found',
    ]);
    expect((await post({ start: '2026-03-08T10:00:00Z', end: '2026-03-08T10:00:00Z' })).status).toBe(400);
    const mars = await call('POST', '/schedules', {
      schedule: { type: 'schedule', name: 'S', time_zone: 'Mars/Olympus_Mons', schedule_layers: [layer()] },
    });
    expect(mars.body.error.errors).toEqual(['Time zone "Mars/Olympus_Mons" is not a valid time zone']);
    // ActiveSupport names (the description's format) are time zones too.
    const eastern = await call('POST', '/schedules', {
      schedule: { type: 'schedule', name: 'NY', time_zone: 'Eastern Time (US & Canada)', schedule_layers: [layer()] },
    });
    expect(eastern.body.schedule.schedule_layers[0].rotation_virtual_start).toBe('2026-01-04T05:00:00-05:00');

    // A PUT with a bad time changes nothing either.
    const s = [...pd!.state.schedules.values()].find((x) => x.name === 'S')!;
    const before = JSON.stringify(s.layers);
    const put = await call('PUT', `/schedules/${s.id}`, {
      schedule: {
        type: 'schedule',
        time_zone: 'Etc/UTC',
        schedule_layers: [layer({ id: s.layers[0]!.id, end: '2026-04-01T00:00:01Z' }), layer()],
      },
    });
    expect(put.status).toBe(500);
    expect(JSON.stringify(s.layers)).toBe(before);
  });

  it('answers POST /schedules with 200 when createScheduleStatus is 200 (api-schema#497)', async () => {
    await start({ createScheduleStatus: 200 });
    const res = await call('POST', '/schedules', {
      schedule: { type: 'schedule', name: 'S', time_zone: 'Etc/UTC', schedule_layers: [layer()] },
    });
    expect(res.status).toBe(200);
    expect(res.body.schedule.id).toMatch(/^P[A-Z0-9]{6}$/);
  });

  it('an upgraded (schedule_v3) schedule: GET says so, PUT is 400, the list leaves it out; DELETE of a schedule an EP uses is 400', async () => {
    await start();
    const v3 = pd!.state.addSchedule({ id: 'PFLEX01', type: 'schedule_v3', name: 'Flexible', time_zone: 'Etc/UTC' });
    pd!.state.addSchedule({
      id: 'PCLASS1',
      name: 'Classic',
      layers: [{ start: NOW, rotation_virtual_start: NOW, rotation_turn_length_seconds: WEEK, users: ['PANNLEE'] }],
    });
    expect((await call('GET', `/schedules/${v3.id}`)).body.schedule).toMatchObject({
      id: 'PFLEX01',
      type: 'schedule_v3',
    });
    const put = await call('PUT', `/schedules/${v3.id}`, {
      schedule: { type: 'schedule', time_zone: 'Etc/UTC', name: 'x' },
    });
    expect(put).toMatchObject({ status: 400, body: { error: { message: 'Invalid Schedule', code: 3001 } } });
    expect((await call('GET', '/schedules')).body.schedules.map((s: Json) => s.id)).toEqual(['PCLASS1']);
    expect(await call('GET', '/schedules/PNOSUCH')).toMatchObject({ status: 404, body: { error: { code: 3004 } } });

    pd!.state.addEscalationPolicy({
      name: 'EP',
      rules: [{ delay: 15, targets: [{ id: 'PCLASS1', type: 'schedule_reference' }] }],
    });
    expect((await call('DELETE', '/schedules/PCLASS1')).status).toBe(400);
    expect((await call('DELETE', '/schedules/PFLEX01')).status).toBe(204);
  });
});

describe('fake PagerDuty: overrides', () => {
  it('POST answers HTTP 201 with a top-level array of per-item statuses; only the good ones are created', async () => {
    await start();
    const s = pd!.state.addSchedule({ name: 'Primary', time_zone: 'Europe/Berlin' });
    const res = await call('POST', `/schedules/${s.id}/overrides`, {
      overrides: [
        { start: '2026-03-02T10:00:00Z', end: '2026-03-09T10:00:00Z', user: { id: 'PBOBSTO', type: 'user_reference' } },
        { start: '2026-03-10T10:00:00Z', end: '2026-03-10T10:00:00Z', user: { id: 'PBOBSTO', type: 'user_reference' } },
        { start: '2026-03-11T10:00:00Z', end: '2026-03-12T10:00:00Z', user: { id: 'PGHOST1', type: 'user_reference' } },
      ],
    });
    expect(res.status).toBe(201);
    expect(Array.isArray(res.body)).toBe(true);
    expect(res.body.map((r: Json) => r.status)).toEqual([201, 400, 400]);
    expect(res.body[0].override).toEqual({
      id: expect.stringMatching(/^Q[A-Z0-9]{13}$/),
      start: '2026-03-02T11:00:00+01:00',
      end: '2026-03-09T11:00:00+01:00',
      user: {
        id: 'PBOBSTO',
        type: 'user_reference',
        summary: 'Bob Stone',
        self: `${pd!.url}/users/PBOBSTO`,
        html_url: 'https://acme.pagerduty.com/users/PBOBSTO',
      },
    });
    expect(res.body[1]).toMatchObject({
      errors: ['Override must end after its start'],
      override: { start: '2026-03-10T10:00:00Z' },
    });
    expect(res.body[1].override.id).toBeUndefined();
    expect(res.body[2].errors).toEqual(['User PGHOST1 not found']);
    expect(s.overrides.size).toBe(1);

    // GET needs since and until; answers 200 (the description says 201) with {overrides}, no paging, no names.
    const list = await call(
      'GET',
      `/schedules/${s.id}/overrides?since=2026-03-01T00:00:00Z&until=2026-04-01T00:00:00Z`,
    );
    expect(list.status).toBe(200);
    expect(Object.keys(list.body)).toEqual(['overrides']);
    expect(list.body.overrides).toEqual([res.body[0].override]);
    expect(
      (await call('GET', `/schedules/${s.id}/overrides?since=2026-03-09T10:00:00Z&until=2026-04-01T00:00:00Z`)).body
        .overrides,
    ).toEqual([]);

    // The schedule renders the overrides layer for a window.
    const got = (await call('GET', `/schedules/${s.id}?since=2026-03-01T00:00:00Z&until=2026-03-05T00:00:00Z`)).body
      .schedule;
    expect(got.overrides_subschedule.rendered_schedule_entries).toEqual([
      {
        start: '2026-03-02T11:00:00+01:00',
        end: '2026-03-05T01:00:00+01:00',
        user: expect.objectContaining({ id: 'PBOBSTO' }),
      },
    ]);

    // The deprecated single-object form still works.
    const single = await call('POST', `/schedules/${s.id}/overrides`, {
      override: {
        start: '2026-04-01T10:00:00Z',
        end: '2026-04-02T10:00:00Z',
        user: { id: 'PANNLEE', type: 'user_reference' },
      },
    });
    expect(single).toMatchObject({ status: 201, body: { override: { user: { id: 'PANNLEE' } } } });
  });

  it('DELETE: 204 for a future override, 200 and truncated to now for one in progress, 400 for a past one, 404 for an unknown one', async () => {
    await start();
    const s = pd!.state.addSchedule({ name: 'Primary', time_zone: 'Etc/UTC' });
    const past = pd!.state.addOverride(s.id, {
      start: '2026-02-20T10:00:00Z',
      end: '2026-02-21T10:00:00Z',
      user: 'PANNLEE',
    });
    const current = pd!.state.addOverride(s.id, {
      start: '2026-03-01T10:00:00Z',
      end: '2026-03-02T10:00:00Z',
      user: 'PANNLEE',
    });
    const future = pd!.state.addOverride(s.id, {
      start: '2026-03-05T10:00:00Z',
      end: '2026-03-06T10:00:00Z',
      user: 'PANNLEE',
    });

    expect((await call('DELETE', `/schedules/${s.id}/overrides/${future.id}`)).status).toBe(204);
    expect(s.overrides.has(future.id)).toBe(false);

    expect((await call('DELETE', `/schedules/${s.id}/overrides/${current.id}`)).status).toBe(200);
    const left = (
      await call('GET', `/schedules/${s.id}/overrides?since=2026-02-01T00:00:00Z&until=2026-04-01T00:00:00Z`)
    ).body.overrides;
    expect(left.map((o: Json) => [o.id, o.end])).toEqual([
      [past.id, '2026-02-21T10:00:00+00:00'],
      [current.id, '2026-03-01T12:00:00+00:00'],
    ]);

    expect(await call('DELETE', `/schedules/${s.id}/overrides/${past.id}`)).toMatchObject({
      status: 400,
      body: { error: { message: 'Invalid Override', code: 4004 } },
    });
    // The truncated one has now ended, so it is past as well.
    expect((await call('DELETE', `/schedules/${s.id}/overrides/${current.id}`)).status).toBe(400);
    expect(await call('DELETE', `/schedules/${s.id}/overrides/QNOSUCHOVERRIDE`)).toMatchObject({
      status: 404,
      body: { error: { code: 4004 } },
    });

    // Only future overrides are editable.
    pd!.state.addOverride(s.id, { start: '2026-03-07T10:00:00Z', end: '2026-03-08T10:00:00Z', user: 'PBOBSTO' });
    const editable = await call(
      'GET',
      `/schedules/${s.id}/overrides?since=2026-02-01T00:00:00Z&until=2026-04-01T00:00:00Z&editable=true`,
    );
    expect(editable.body.overrides.map((o: Json) => o.user.id)).toEqual(['PBOBSTO']);
  });
});

describe('fake PagerDuty: escalation policies and services', () => {
  it('escalation policies: 201 with rule ids; delays < 1, unknown targets and num_loops > 9 are 400; PUT replaces rules', async () => {
    await start();
    const pri = pd!.state.addSchedule({ id: 'PSCHPRI', name: 'Primary' });
    const policy = {
      type: 'escalation_policy',
      name: 'Eng on-call',
      num_loops: 2,
      escalation_rules: [
        { escalation_delay_in_minutes: 15, targets: [{ id: pri.id, type: 'schedule_reference' }] },
        { escalation_delay_in_minutes: 30, targets: [{ id: 'PCARLOS', type: 'user_reference' }] },
      ],
    };
    const created = await call(
      'POST',
      '/escalation_policies',
      { escalation_policy: policy },
      { headers: { from: 'bot@acme.test' } },
    );
    expect(created.status).toBe(201);
    const ep = created.body.escalation_policy;
    expect(ep).toMatchObject({
      type: 'escalation_policy',
      name: 'Eng on-call',
      num_loops: 2,
      on_call_handoff_notifications: 'if_has_services',
      services: [],
    });
    expect(
      ep.escalation_rules.map((r: Json) => [r.escalation_delay_in_minutes, r.targets[0].type, r.targets[0].summary]),
    ).toEqual([
      [15, 'schedule_reference', 'Primary'],
      [30, 'user_reference', 'Carl Os'],
    ]);
    for (const r of ep.escalation_rules) expect(r.id).toMatch(/^P[A-Z0-9]{6}$/);
    expect(
      (await call('GET', `/schedules/${pri.id}`)).body.schedule.escalation_policies.map((e: Json) => e.id),
    ).toEqual([ep.id]);

    const bad = (over: Record<string, unknown>) =>
      call('POST', '/escalation_policies', { escalation_policy: { ...policy, name: 'Other', ...over } });
    expect(
      (
        await bad({
          escalation_rules: [{ escalation_delay_in_minutes: 0, targets: [{ id: 'PCARLOS', type: 'user_reference' }] }],
        })
      ).body.error.errors,
    ).toEqual(['escalation_rules[0].escalation_delay_in_minutes must be at least 1']);
    expect(
      (
        await bad({
          escalation_rules: [
            { escalation_delay_in_minutes: 5, targets: [{ id: 'PNOSCHD', type: 'schedule_reference' }] },
          ],
        })
      ).body.error.errors,
    ).toEqual(['escalation_rules[0].targets[0]: schedule_reference PNOSCHD not found']);
    expect((await bad({ num_loops: 10 })).status).toBe(400);
    expect((await bad({ name: 'Eng on-call' })).status).toBe(400); // names are unique

    const kept = ep.escalation_rules[0];
    const put = await call('PUT', `/escalation_policies/${ep.id}`, {
      escalation_policy: {
        ...policy,
        escalation_rules: [
          { id: kept.id, escalation_delay_in_minutes: 10, targets: [{ id: 'PANNLEE', type: 'user_reference' }] },
        ],
      },
    });
    expect(put.body.escalation_policy.escalation_rules).toEqual([
      expect.objectContaining({ id: kept.id, escalation_delay_in_minutes: 10 }),
    ]);
    expect(
      (await call('GET', '/escalation_policies?query=ENG')).body.escalation_policies.map((e: Json) => e.id),
    ).toEqual([ep.id]);
    expect((await call('GET', '/escalation_policies?query=ops')).body).toMatchObject({
      escalation_policies: [],
      more: false,
    });
  });

  it('services: the escalation policy must exist; urgency rule and support hours are stored as sent; a policy in use cannot be deleted', async () => {
    await start();
    const ep = pd!.state.addEscalationPolicy({
      name: 'EP',
      rules: [{ delay: 15, targets: [{ id: 'PANNLEE', type: 'user_reference' }] }],
    });
    const urgency = {
      type: 'use_support_hours',
      during_support_hours: { type: 'constant', urgency: 'high' },
      outside_support_hours: { type: 'constant', urgency: 'low' },
    };
    const supportHours = {
      type: 'fixed_time_per_day',
      time_zone: 'Europe/Berlin',
      start_time: '09:00:00',
      end_time: '17:00:00',
      days_of_week: [1, 2, 3, 4, 5],
    };
    const service = {
      type: 'service',
      name: 'EduStream',
      escalation_policy: { id: ep.id, type: 'escalation_policy_reference' },
      incident_urgency_rule: urgency,
      support_hours: supportHours,
    };
    const created = await call('POST', '/services', { service });
    expect(created.status).toBe(201);
    const svc = created.body.service;
    expect(svc).toMatchObject({
      type: 'service',
      name: 'EduStream',
      escalation_policy: { id: ep.id, summary: 'EP' },
      incident_urgency_rule: urgency,
      support_hours: supportHours,
    });
    expect(svc.html_url).toBe(`https://acme.pagerduty.com/service-directory/${svc.id}`);

    expect(
      (
        await call('POST', '/services', {
          service: {
            ...service,
            name: 'Other',
            escalation_policy: { id: 'PNOEPOL', type: 'escalation_policy_reference' },
          },
        })
      ).body.error.errors,
    ).toEqual(['Escalation policy PNOEPOL not found']);
    const { support_hours: _omit, ...withoutHours } = service;
    expect((await call('POST', '/services', { service: { ...withoutHours, name: 'Other' } })).status).toBe(400);

    const put = await call('PUT', `/services/${svc.id}`, {
      service: {
        type: 'service',
        escalation_policy: { id: ep.id, type: 'escalation_policy_reference' },
        incident_urgency_rule: { type: 'constant', urgency: 'low' },
      },
    });
    expect(put.body.service).toMatchObject({
      name: 'EduStream',
      incident_urgency_rule: { type: 'constant', urgency: 'low' },
      support_hours: supportHours,
    });
    expect(
      (await call('GET', `/escalation_policies/${ep.id}`)).body.escalation_policy.services.map((x: Json) => x.id),
    ).toEqual([svc.id]);
    expect((await call('GET', '/services?query=stream')).body.services.map((x: Json) => x.id)).toEqual([svc.id]);

    expect((await call('DELETE', `/escalation_policies/${ep.id}`)).status).toBe(400);
    expect((await call('DELETE', `/services/${svc.id}`)).status).toBe(204);
    expect(await call('GET', `/services/${svc.id}`)).toMatchObject({ status: 404, body: { error: { code: 5002 } } });
    expect((await call('DELETE', `/escalation_policies/${ep.id}`)).status).toBe(204);
  });
});

describe('fake PagerDuty: auth, versioning, rate limits', () => {
  it('only "Token token=<key>" is accepted (else 401 in PagerDuty’s error shape); a read-only key gets 403 on writes', async () => {
    await start({ keys: { 'full-key': 'full', 'ro-key': 'read-only' } });
    const unauthorized = { status: 401, body: { error: { message: 'Authentication failed', code: 2006 } } };
    expect(await call('GET', '/users', undefined, { key: null })).toMatchObject(unauthorized);
    expect(await call('GET', '/users', undefined, { headers: { authorization: 'Bearer full-key' } })).toMatchObject(
      unauthorized,
    );
    expect(await call('GET', '/users', undefined, { headers: { authorization: 'full-key' } })).toMatchObject(
      unauthorized,
    );
    expect(await call('GET', '/users', undefined, { key: 'stolen-key' })).toMatchObject(unauthorized);
    expect((await call('GET', '/users', undefined, { key: 'ro-key' })).status).toBe(200);
    const write = await call(
      'POST',
      '/schedules',
      { schedule: { type: 'schedule', name: 'S', time_zone: 'Etc/UTC', schedule_layers: [layer()] } },
      { key: 'ro-key' },
    );
    expect(write).toMatchObject({ status: 403, body: { error: { message: 'Access Denied', code: 2010 } } });
    expect(pd!.state.schedules.size).toBe(0);
    expect(pd!.requests.map((r) => r.status)).toEqual([401, 401, 401, 401, 200, 403]);
  });

  it('[contract] Accept must pin version 2; without a description nothing else is checked', async () => {
    await start();
    const res = await call('GET', '/users', undefined, { headers: { accept: 'application/json' } });
    expect(res).toMatchObject({ status: 400, body: { error: { message: 'Invalid Input Provided', code: 2001 } } });
    expect(res.body.error.errors).toEqual([
      'header parameter "Accept" must be application/vnd.pagerduty+json;version=2 to pin the API version (got "application/json")',
    ]);
    expect((await call('GET', '/users', undefined, { headers: { accept: undefined } })).status).toBe(400);
    expect(
      (await call('GET', '/users', undefined, { headers: { accept: 'application/vnd.pagerduty+json; version=2' } }))
        .status,
    ).toBe(200);
    expect(pd!.state.violations).toHaveLength(2);
    await pd!.close();

    pd = await startFakePagerDuty({ spec: null, now: NOW, users: TEAM });
    expect(pd.checked).toBe(false);
    const unchecked = await call('POST', '/schedules/PX/overrides', {
      overrides: [{ start: '2026-03-02T10:00:00Z', end: '2026-03-03T10:00:00Z', user: 'PANNLEE' }],
    });
    expect(unchecked.status).toBe(404); // reaches the handler: no contract check
  });

  it('rate limit per key per minute: ratelimit-* headers on every answer, then 429 with code 2020 until the window resets', async () => {
    await start({ rateLimit: 3 });
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await call('GET', '/users');
      expect(res.status).toBe(200);
      expect(res.headers.get('ratelimit-limit')).toBe('3');
      expect(res.headers.get('ratelimit-reset')).toBe('60');
      remaining.push(res.headers.get('ratelimit-remaining'));
    }
    expect(remaining).toEqual(['2', '1', '0']);
    pd!.state.advance(15_000);
    const limited = await call('GET', '/users');
    expect(limited).toMatchObject({ status: 429, body: { error: { message: 'Rate Limit Exceeded', code: 2020 } } });
    expect([limited.headers.get('ratelimit-remaining'), limited.headers.get('ratelimit-reset')]).toEqual(['0', '45']);
    expect((await call('GET', '/users', undefined, { key: 'another-key' })).status).toBe(200); // counted per key
    pd!.state.advance(45_000);
    const again = await call('GET', '/users');
    expect(again.status).toBe(200);
    expect(again.headers.get('ratelimit-remaining')).toBe('2');
    await pd!.close();

    pd = await startFakePagerDuty({ spec: SPEC ?? null, now: NOW });
    expect((await call('GET', '/users')).headers.get('ratelimit-limit')).toBe('960');
  });
});

describe('fake PagerDuty: injected faults', () => {
  it('status faults by method and path template, counted; 429 with and without ratelimit-reset; a 502 page is HTML', async () => {
    await start();
    const s = pd!.state.addSchedule({ name: 'Primary' });
    const five = pd!.inject({ method: 'GET', path: '/schedules/{id}/overrides', status: 500, times: 2 });
    const q = `/schedules/${s.id}/overrides?since=2026-03-01T00:00:00Z&until=2026-03-08T00:00:00Z`;
    expect(await call('GET', q)).toMatchObject({ status: 500, body: { error: { code: 2000 } } });
    expect((await call('GET', q)).status).toBe(500);
    expect((await call('GET', q)).status).toBe(200);
    expect([five.hits, five.remaining]).toEqual([2, 0]);

    pd!.inject({ ...pagerDutyFaults.rateLimited(7), path: /^\/users/ });
    const limited = await call('GET', '/users');
    expect(limited).toMatchObject({ status: 429, body: { error: { code: 2020 } } });
    expect(limited.headers.get('ratelimit-reset')).toBe('7');

    pd!.inject({ ...pagerDutyFaults.rateLimitedBare(), path: '/users' });
    const bare = await call('GET', '/users');
    expect(bare.status).toBe(429);
    expect(bare.body).toBeUndefined();
    expect(bare.headers.get('ratelimit-reset')).toBeNull();

    pd!.inject({ ...pagerDutyFaults.badGateway(), method: 'POST' });
    const gateway = await call('POST', `/schedules/${s.id}/overrides`, {
      overrides: [
        { start: '2026-03-02T10:00:00Z', end: '2026-03-03T10:00:00Z', user: { id: 'PANNLEE', type: 'user_reference' } },
      ],
    });
    expect(gateway.status).toBe(502);
    expect(gateway.headers.get('content-type')).toMatch(/^text\/html/);
    expect(s.overrides.size).toBe(0); // a status fault does not apply the write
    expect(pd!.requests.filter((r) => r.fault).map((r) => `${r.method} ${r.fault}`)).toEqual([
      'GET 500',
      'GET 500',
      'GET 429',
      'GET 429',
      'POST 502',
    ]);
  });

  it('delayMs outlasts a client timeout; drop applies the write and then cuts the connection', async () => {
    await start();
    const s = pd!.state.addSchedule({ name: 'Primary' });
    pd!.inject({ path: '/users', delayMs: 5_000 });
    await expect(call('GET', '/users', undefined, { signal: AbortSignal.timeout(150) })).rejects.toThrow();

    pd!.inject({ method: 'POST', path: '/schedules/{id}/overrides', drop: true });
    const body = {
      overrides: [
        { start: '2026-03-02T10:00:00Z', end: '2026-03-03T10:00:00Z', user: { id: 'PANNLEE', type: 'user_reference' } },
      ],
    };
    await expect(call('POST', `/schedules/${s.id}/overrides`, body)).rejects.toThrow();
    expect(s.overrides.size).toBe(1); // the client cannot know: it must read back before retrying
    const dropped = pd!.requests.at(-1)!;
    expect(dropped).toMatchObject({ method: 'POST', status: 201, fault: 'drop', dropped: true });
    expect((await call('POST', `/schedules/${s.id}/overrides`, body)).status).toBe(201);
    expect(s.overrides.size).toBe(2);
  });

  it('failRandomly deals ~20 % faults among 500/502/429/drop, the same ones for the same seed', async () => {
    const run = async (seed: number) => {
      await start();
      const faults = pd!.failRandomly(0.2, seed);
      const s = pd!.state.addSchedule({ name: 'Primary' });
      const outcomes: string[] = [];
      for (let i = 0; i < 150; i++) {
        const write = i % 3 === 0;
        const path = write ? `/schedules/${s.id}/overrides` : '/users';
        const body = write
          ? {
              overrides: [
                {
                  start: '2026-03-02T10:00:00Z',
                  end: '2026-03-03T10:00:00Z',
                  user: { id: 'PANNLEE', type: 'user_reference' },
                },
              ],
            }
          : undefined;
        outcomes.push(
          await call(write ? 'POST' : 'GET', path, body).then(
            (r) => String(r.status),
            () => 'dropped',
          ),
        );
      }
      const created = s.overrides.size;
      const hits = { ...faults.hits };
      faults.cancel();
      expect((await call('GET', '/users')).status).toBe(200);
      await pd!.close();
      pd = undefined;
      return { outcomes, created, hits };
    };
    const a = await run(7);
    const failed = a.outcomes.filter((o) => o !== '200' && o !== '201').length;
    expect(failed).toBeGreaterThanOrEqual(18);
    expect(failed).toBeLessThanOrEqual(45);
    expect(Object.values(a.hits).every((n) => n > 0)).toBe(true);
    expect(a.hits.drop).toBe(a.outcomes.filter((o) => o === 'dropped').length);
    // Dropped writes were applied: more overrides exist than 201s were seen.
    expect(a.created).toBe(
      a.outcomes.filter((o, i) => i % 3 === 0 && o === '201').length +
        a.outcomes.filter((o, i) => i % 3 === 0 && o === 'dropped').length,
    );
    expect(await run(7)).toEqual(a);
    expect((await run(8)).outcomes).not.toEqual(a.outcomes);
  });

  it('the request log tells reads from writes', async () => {
    await start();
    const s = pd!.state.addSchedule({ name: 'Primary' });
    await call('GET', '/users?query=ann');
    await call('POST', `/schedules/${s.id}/overrides`, {
      overrides: [
        { start: '2026-03-02T10:00:00Z', end: '2026-03-03T10:00:00Z', user: { id: 'PANNLEE', type: 'user_reference' } },
      ],
    });
    await call('GET', `/schedules/${s.id}`);
    expect(pd!.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ['GET', '/users', 200],
      ['POST', `/schedules/${s.id}/overrides`, 201],
      ['GET', `/schedules/${s.id}`, 200],
    ]);
    expect(pd!.requests[0]).toMatchObject({ query: { query: 'ann' }, key: 'full-key' });
    expect(pd!.requests[1]!.body).toMatchObject({ overrides: [{ user: { id: 'PANNLEE' } }] });
    expect(pd!.requests.filter((r) => r.method !== 'GET')).toHaveLength(1);
  });

  it('formats instants in a zone’s offset across DST', () => {
    expect(formatInZone(Date.parse('2026-03-29T00:30:00Z'), 'Europe/Berlin')).toBe('2026-03-29T01:30:00+01:00');
    expect(formatInZone(Date.parse('2026-03-29T01:30:00Z'), 'Europe/Berlin')).toBe('2026-03-29T03:30:00+02:00');
    expect(formatInZone(Date.parse('2026-11-01T12:00:00Z'), 'America/New_York')).toBe('2026-11-01T07:00:00-05:00');
  });
});

describe.skipIf(!SPEC)('fake PagerDuty rejects what PagerDuty’s OpenAPI description forbids', () => {
  it('[contract] an override with a string user is 400 with the violation, recorded, and nothing is created', async () => {
    await start();
    const s = pd!.state.addSchedule({ name: 'Primary' });
    const res = await call('POST', `/schedules/${s.id}/overrides`, {
      overrides: [{ start: '2026-03-02T10:00:00Z', end: '2026-03-03T10:00:00Z', user: 'PANNLEE' }],
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ message: 'Invalid Input Provided', code: 2001 });
    expect(res.body.error.errors).toEqual(['request body /overrides/0/user must be object (got "PANNLEE")']);
    expect(pd!.state.violations).toEqual([
      {
        method: 'POST',
        path: `/schedules/${s.id}/overrides`,
        operation: '/schedules/{id}/overrides',
        violations: res.body.error.errors,
      },
    ]);
    expect(s.overrides.size).toBe(0);
  });

  it('[contract] a schedule without time_zone, a layer without users, overrides without since/until, a non-JSON content type', async () => {
    await start();
    const noZone = await call('POST', '/schedules', {
      schedule: { type: 'schedule', name: 'S', schedule_layers: [layer()] },
    });
    expect(noZone.body.error.errors).toEqual(['request body /schedule is missing required property "time_zone"']);
    const { users: _users, ...noUsers } = layer();
    const badLayer = await call('POST', '/schedules', {
      schedule: {
        type: 'schedule',
        name: 'S',
        time_zone: 'Etc/UTC',
        schedule_layers: [{ ...noUsers, rotation_turn_length_seconds: '604800' }],
      },
    });
    expect(badLayer.body.error.errors).toEqual([
      'request body /schedule/schedule_layers/0 is missing required property "users"',
      'request body /schedule/schedule_layers/0/rotation_turn_length_seconds must be integer (got "604800")',
    ]);
    const s = pd!.state.addSchedule({ name: 'Primary' });
    expect((await call('GET', `/schedules/${s.id}/overrides?since=2026-03-01T00:00:00Z`)).body.error.errors).toEqual([
      'missing required query parameter "until"',
    ]);
    expect((await call('GET', '/users?colour=red')).body.error.errors).toEqual(['unknown query parameter "colour"']);
    const text = await call(
      'POST',
      '/schedules',
      { schedule: { type: 'schedule', name: 'S', time_zone: 'Etc/UTC', schedule_layers: [layer()] } },
      { headers: { 'content-type': 'text/plain' } },
    );
    expect(text.body.error.errors).toEqual([
      'header parameter "Content-Type" must be application/json (got "text/plain")',
      'request content-type text/plain is not one of application/json',
    ]);
    // An operation PagerDuty has but the fake lacks is 501, not a silent 404.
    expect(await call('GET', '/teams')).toMatchObject({
      status: 501,
      body: { error: { message: 'The fake PagerDuty does not implement GET /teams' } },
    });
    expect(pd!.state.violations).toHaveLength(5);
    expect(pd!.state.schedules.size).toBe(1);
  });

  it('[contract] Content-Type is required on GETs too when asked to follow the description to the letter', async () => {
    await start({ contentTypeOnEveryRequest: true });
    expect((await call('GET', '/users')).body.error.errors).toEqual([
      'missing required header parameter "Content-Type"',
    ]);
    expect((await call('GET', '/users', undefined, { headers: { 'content-type': 'application/json' } })).status).toBe(
      200,
    );
  });
});
