/**
 * A stateful fake of PagerDuty's REST API v2 over real HTTP on 127.0.0.1, for tests of code that
 * syncs schedules, overrides, escalation policies and services.
 *
 * Every request is first checked against PagerDuty's official OpenAPI description (../shared/specs/):
 * one the description forbids gets 400 `{error:{message:'Invalid Input Provided', code:2001, errors}}`
 * and is recorded in `state.violations`, so a test can assert that its client never sent one. The
 * fake's own responses are checked too (recorded in `state.responseViolations`). When the description
 * is missing, one NOTICE is printed and nothing is checked.
 *
 * Beyond the description it reproduces what real clients trip over (see ../shared/research/pagerduty.md):
 * layers read back in the reverse order, `start` reset to the update time, `rotation_virtual_start`
 * returned in the schedule's offset, PUT merging layers by id (layers are ended, never deleted),
 * whole-minute times or a 500, per-item statuses in the override POST answer, override DELETE
 * 204/200/400, offset pagination capped at 10 000, per-key rate limits with `ratelimit-*` headers.
 *
 *   const pd = await startFakePagerDuty({ now: '2026-03-01T12:00:00Z', users: [{ name: 'Ann', email: 'ann@acme.test' }] });
 *   const ann = pd.state.userByEmail('ann@acme.test')!;
 *   pd.inject({ method: 'POST', path: '/schedules/{id}/overrides', status: 502 });
 *   …
 *   expect(pd.state.violations).toEqual([]);
 *   await pd.close();
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import {
  checkRequest,
  checkResponse,
  loadOpenApi,
  matchOperation,
  type OperationRef,
  type PathTemplate,
} from './openapi.js';
import {
  FaultQueue,
  pathMatches,
  pathTemplateOf,
  type InjectedFault as GenericInjectedFault,
  type ReplyFault,
} from './faults.js';
import {
  deliver,
  header,
  mulberry32,
  parseJsonBody,
  receive,
  requestEcho,
  RouteTable,
  serveLoopback,
  sharedFileOnce,
  withRequestEcho,
  type BaseRecordedRequest,
  type RecordedViolation,
} from './http.js';

export type { RecordedViolation } from './http.js';

// ---------------------------------------------------------------------------------------------------
// Public types

export type KeyAccess = 'full' | 'read-only';

export interface FakePagerDutyOptions {
  /**
   * API key → access. When given, any other key gets 401. When absent, every `Token token=<key>` is
   * accepted with full access.
   */
  keys?: Record<string, KeyAccess>;
  /**
   * Path of PagerDuty's OpenAPI description. Default: shared/specs/pagerduty-rest-openapi.json (when
   * it is missing, requests go unchecked after one printed NOTICE). null: never check.
   */
  spec?: string | null;
  /** Check the fake's own responses too (default true when a description is loaded). */
  checkResponses?: boolean;
  /**
   * The clock for "past"/"future" decisions, timestamps and rate-limit windows: a fixed instant, or a
   * function. Default the real clock. `state.setNow()` / `state.advance()` change it later.
   */
  now?: Date | string | (() => Date);
  /** Requests per minute per API key (default 960, as PagerDuty's account keys). */
  rateLimit?: number;
  /** Status of a successful POST /schedules: 201 as documented, or 200 as api-schema#497 reports. */
  createScheduleStatus?: 200 | 201;
  /** Base of html_url fields; default https://acme.pagerduty.com. */
  htmlUrl?: string;
  /**
   * The description makes Content-Type a required header of EVERY operation, GETs included. By
   * default the fake requires it only on requests with a body; true: on every request, as written.
   */
  contentTypeOnEveryRequest?: boolean;
  /** Require `Accept: application/vnd.pagerduty+json;version=2` (pinning the version); default true. */
  requireVersionedAccept?: boolean;
  /** Users to create. */
  users?: UserSeed[];
  /** Echo each request (method, URL, headers with Authorization) into every error answer (status ≥ 400) that has a body. */
  echoHeadersOnError?: boolean;
}

/**
 * A path is exact ("/schedules/PABC123"), a template ("/schedules/{id}/overrides"), or a RegExp. A body
 * is JSON, or a string sent as text/html (as a proxy's 502 page); by default PagerDuty's error body.
 */
export interface Fault extends ReplyFault {
  /** Send no ratelimit-* headers and no body (PagerDuty: "a 429 … without the rate limit headers or the response body"). */
  bare?: boolean;
}

export type InjectedFault = GenericInjectedFault<Fault>;

export type RandomFaultKind = '500' | '502' | '429' | 'drop';

export interface RandomFaultOptions {
  /** Which faults to choose among (uniformly); default all four. */
  kinds?: RandomFaultKind[];
  /** Only requests with this method; default every method (reads and writes). */
  method?: string;
  /** Only this path (as in Fault.path). */
  path?: string | RegExp;
  /** The `ratelimit-reset` of random 429s, in seconds; default 0 (so retrying clients stay fast). */
  resetSeconds?: number;
}

export interface RandomFaults {
  readonly rate: number;
  readonly seed: number;
  /** Faults dealt so far, by kind. */
  readonly hits: Record<RandomFaultKind, number>;
  cancel(): void;
}

export interface RecordedRequest extends BaseRecordedRequest {
  /** The API key used, when there was one. */
  key?: string;
  /** Set when an injected or random fault applied: its status, 'delay' or 'drop'. */
  fault?: string;
}

export interface FakePagerDuty {
  /** http://127.0.0.1:PORT — the REST root (what https://api.pagerduty.com is in production). */
  readonly url: string;
  readonly state: FakePagerDutyState;
  readonly requests: RecordedRequest[];
  /** Whether requests are checked against the OpenAPI description. */
  readonly checked: boolean;
  inject(fault: Fault): InjectedFault;
  /**
   * From now on, each matching request fails with probability `rate` (after the contract check, when
   * no injected fault applies), with a fault chosen among 500/502/429/drop by a PRNG seeded with
   * `seed`: the same requests in the same order fail the same way on every run. Replaces an earlier
   * call; cancel() stops it.
   */
  failRandomly(rate: number, seed: number, options?: RandomFaultOptions): RandomFaults;
  close(): Promise<void>;
}

/** Ready-made faults to spread into `inject({ ...pagerDutyFaults.rateLimited(2), path: … })`. */
export const pagerDutyFaults = {
  serverError: (): Fault => ({ status: 500 }),
  badGateway: (): Fault => ({ status: 502 }),
  /** A 429 with PagerDuty's headers and body; the client should wait `resetSeconds`. */
  rateLimited: (resetSeconds = 1): Fault => ({
    status: 429,
    headers: { 'ratelimit-remaining': '0', 'ratelimit-reset': String(resetSeconds) },
  }),
  /** A 429 with neither rate-limit headers nor body. */
  rateLimitedBare: (): Fault => ({ status: 429, bare: true }),
  hang: (delayMs: number): Fault => ({ delayMs }),
  drop: (): Fault => ({ drop: true }),
};

// ---------------------------------------------------------------------------------------------------
// State

export interface UserSeed {
  id?: string;
  name: string;
  email: string;
  time_zone?: string;
  role?: string;
  job_title?: string;
}

export interface FakeUser {
  id: string;
  name: string;
  email: string;
  timeZone: string;
  role: string;
  jobTitle: string | null;
  color: string;
}

export interface Reference {
  id: string;
  type: string;
}

export interface FakeLayer {
  id: string;
  name: string;
  /** Epoch ms: the start as PagerDuty keeps it (never before the layer's last update). */
  start: number;
  end: number | null;
  rotationVirtualStart: number;
  rotationTurnLengthSeconds: number;
  /** User ids, in rotation order. */
  users: string[];
  /** As sent. */
  restrictions: unknown[];
  updatedAt: number;
}

export interface FakeOverride {
  id: string;
  start: number;
  end: number;
  userId: string;
  createdAt: number;
}

export interface FakeSchedule {
  id: string;
  /** 'schedule_v3': upgraded to a flexible schedule; /schedules lists it no more and PUT is refused. */
  type: 'schedule' | 'schedule_v3';
  name: string;
  description: string | null;
  timeZone: string;
  /** In the order they were sent (GET answers the reverse). */
  layers: FakeLayer[];
  overrides: Map<string, FakeOverride>;
  teams: Reference[];
}

export interface FakeRule {
  id: string;
  delayMinutes: number;
  targets: Reference[];
  assignmentStrategy?: unknown;
}

export interface FakeEscalationPolicy {
  id: string;
  name: string;
  description: string | null;
  numLoops: number;
  onCallHandoffNotifications: string;
  rules: FakeRule[];
  teams: Reference[];
}

export interface FakeService {
  id: string;
  name: string;
  escalationPolicyId: string;
  createdAt: string;
  /** Every other field as sent (incident_urgency_rule, support_hours, …). */
  fields: Record<string, unknown>;
}

type When = Date | string | number;

export interface LayerSeed {
  id?: string;
  name?: string;
  start: When;
  end?: When | null;
  rotation_virtual_start: When;
  rotation_turn_length_seconds: number;
  /** User ids. */
  users: string[];
  restrictions?: unknown[];
}

export interface ScheduleSeed {
  id?: string;
  type?: 'schedule' | 'schedule_v3';
  name: string;
  description?: string | null;
  time_zone?: string;
  /** In the order a client would send them. */
  layers?: LayerSeed[];
}

export class FakePagerDutyState {
  readonly users = new Map<string, FakeUser>();
  readonly schedules = new Map<string, FakeSchedule>();
  readonly escalationPolicies = new Map<string, FakeEscalationPolicy>();
  readonly services = new Map<string, FakeService>();
  readonly keys = new Map<string, KeyAccess>();
  /** Requests the description forbids (each also answered 400). */
  readonly violations: RecordedViolation[] = [];
  /** Responses of the fake that its description contradicts: a bug in the fake. */
  readonly responseViolations: RecordedViolation[] = [];
  private readonly ids = new Set<string>();
  private readonly idRandom = mulberry32(0x5eed);
  private clock: () => Date;

  constructor(
    now: Date | string | (() => Date) | undefined,
    /** Whether keys not in `keys` are refused. */
    readonly strictKeys: boolean,
  ) {
    this.clock = typeof now === 'function' ? now : now === undefined ? () => new Date() : fixed(new Date(now));
  }

  now(): Date {
    return this.clock();
  }

  nowMs(): number {
    return this.clock().getTime();
  }

  setNow(when: Date | string): void {
    this.clock = fixed(new Date(when));
  }

  /** Moves the clock forward (and freezes it there). */
  advance(ms: number): void {
    this.clock = fixed(new Date(this.nowMs() + ms));
  }

  /** A fresh id: `P` + 6 upper-case letters or digits (overrides: `Q` + 13), deterministic per fake. */
  newId(prefix = 'P', length = 6): string {
    for (;;) {
      let id = prefix;
      for (let i = 0; i < length; i++) id += ID_CHARS[Math.floor(this.idRandom() * ID_CHARS.length)];
      if (!this.ids.has(id)) {
        this.ids.add(id);
        return id;
      }
    }
  }

  private claim(id: string | undefined, prefix = 'P', length = 6): string {
    if (id === undefined) return this.newId(prefix, length);
    if (this.ids.has(id)) throw new Error(`id ${id} is taken`);
    this.ids.add(id);
    return id;
  }

  setKey(key: string, access: KeyAccess = 'full'): void {
    this.keys.set(key, access);
  }

  addUser(seed: UserSeed): FakeUser {
    const id = this.claim(seed.id);
    const user: FakeUser = {
      id,
      name: seed.name,
      email: seed.email,
      timeZone: seed.time_zone ?? 'Etc/UTC',
      role: seed.role ?? 'user',
      jobTitle: seed.job_title ?? null,
      color: USER_COLORS[this.users.size % USER_COLORS.length] as string,
    };
    this.users.set(id, user);
    return user;
  }

  /** The user with this email (case-insensitive). */
  userByEmail(email: string): FakeUser | undefined {
    return [...this.users.values()].find((u) => u.email.toLowerCase() === email.toLowerCase());
  }

  /** A schedule as it would be after a POST at `now`, but without the API's quirks (start kept as given). */
  addSchedule(seed: ScheduleSeed): FakeSchedule {
    const schedule: FakeSchedule = {
      id: this.claim(seed.id),
      type: seed.type ?? 'schedule',
      name: seed.name,
      description: seed.description ?? null,
      timeZone: seed.time_zone ?? 'Etc/UTC',
      layers: [],
      overrides: new Map(),
      teams: [],
    };
    for (const [i, l] of (seed.layers ?? []).entries()) {
      for (const u of l.users) if (!this.users.has(u)) throw new Error(`no user ${u}`);
      schedule.layers.push({
        id: this.claim(l.id),
        name: l.name ?? `Layer ${i + 1}`,
        start: ms(l.start),
        end: l.end === undefined || l.end === null ? null : ms(l.end),
        rotationVirtualStart: ms(l.rotation_virtual_start),
        rotationTurnLengthSeconds: l.rotation_turn_length_seconds,
        users: [...l.users],
        restrictions: [...(l.restrictions ?? [])],
        updatedAt: this.nowMs(),
      });
    }
    this.schedules.set(schedule.id, schedule);
    return schedule;
  }

  addOverride(
    scheduleId: string,
    seed: { id?: string; start: When; end: When; user: string; createdAt?: When },
  ): FakeOverride {
    const schedule = this.schedules.get(scheduleId);
    if (!schedule) throw new Error(`no schedule ${scheduleId}`);
    if (!this.users.has(seed.user)) throw new Error(`no user ${seed.user}`);
    const o: FakeOverride = {
      id: this.claim(seed.id, 'Q', 13),
      start: ms(seed.start),
      end: ms(seed.end),
      userId: seed.user,
      createdAt: seed.createdAt === undefined ? this.nowMs() : ms(seed.createdAt),
    };
    schedule.overrides.set(o.id, o);
    return o;
  }

  addEscalationPolicy(seed: {
    id?: string;
    name: string;
    description?: string | null;
    num_loops?: number;
    rules: { delay: number; targets: Reference[] }[];
  }): FakeEscalationPolicy {
    const ep: FakeEscalationPolicy = {
      id: this.claim(seed.id),
      name: seed.name,
      description: seed.description ?? null,
      numLoops: seed.num_loops ?? 0,
      onCallHandoffNotifications: 'if_has_services',
      rules: seed.rules.map((r) => ({
        id: this.newId(),
        delayMinutes: r.delay,
        targets: r.targets.map((t) => ({ id: t.id, type: referenceType(t.type) })),
      })),
      teams: [],
    };
    this.escalationPolicies.set(ep.id, ep);
    return ep;
  }

  addService(seed: {
    id?: string;
    name: string;
    escalation_policy: string;
    fields?: Record<string, unknown>;
  }): FakeService {
    if (!this.escalationPolicies.has(seed.escalation_policy))
      throw new Error(`no escalation policy ${seed.escalation_policy}`);
    const svc: FakeService = {
      id: this.claim(seed.id),
      name: seed.name,
      escalationPolicyId: seed.escalation_policy,
      createdAt: isoUtc(this.nowMs()),
      fields: { ...(seed.fields ?? {}) },
    };
    this.services.set(svc.id, svc);
    return svc;
  }

  /** Whether the Authorization header's key is accepted, and with which access. */
  access(key: string | undefined): KeyAccess | undefined {
    if (key === undefined) return undefined;
    const known = this.keys.get(key);
    if (known) return known;
    return this.strictKeys ? undefined : 'full';
  }
}

// ---------------------------------------------------------------------------------------------------
// The server

const pagerDutySpecPath = sharedFileOnce('specs/pagerduty-rest-openapi.json');

const VERSIONED_ACCEPT = 'application/vnd.pagerduty+json;version=2';
const MINUTE = 60_000;

export async function startFakePagerDuty(options: FakePagerDutyOptions = {}): Promise<FakePagerDuty> {
  const state = new FakePagerDutyState(options.now, options.keys !== undefined);
  for (const [key, access] of Object.entries(options.keys ?? {})) state.setKey(key, access);
  for (const seed of options.users ?? []) state.addUser(seed);
  const specPath = options.spec === null ? undefined : (options.spec ?? pagerDutySpecPath());
  const spec = specPath ? loadOpenApi(specPath) : undefined;
  const checkResponses = spec !== undefined && (options.checkResponses ?? true);
  const rateLimit = options.rateLimit ?? 960;
  const requests: RecordedRequest[] = [];
  const faults = new FaultQueue<Fault>();
  let random: RandomState | undefined;
  const windows = new Map<string, { start: number; used: number }>();
  const loop = await serveLoopback(handle, (e) => ({
    error: { message: `fake PagerDuty failed: ${(e as Error).stack ?? String(e)}`, code: 2000 },
  }));
  const url = loop.url;
  const render = new Renderer(state, url, (options.htmlUrl ?? 'https://acme.pagerduty.com').replace(/\/+$/, ''));
  const settings: Settings = { createScheduleStatus: options.createScheduleStatus ?? 201 };
  const sleep = loop.sleep;

  function takeFault(method: string, pathname: string): Fault | undefined {
    const injected = faults.take(method, pathname);
    if (injected) return injected;
    if (!random || random.cancelled) return undefined;
    const o = random.options;
    if (o.method && o.method.toUpperCase() !== method) return undefined;
    if (!pathMatches(o.path, random.template, pathname)) return undefined;
    if (random.next() >= random.rate) return undefined;
    const kinds = o.kinds && o.kinds.length > 0 ? o.kinds : (['500', '502', '429', 'drop'] as const);
    const kind = kinds[Math.floor(random.next() * kinds.length)] as RandomFaultKind;
    random.hits[kind]++;
    if (kind === 'drop') return { drop: true };
    if (kind === '429') return pagerDutyFaults.rateLimited(o.resetSeconds ?? 0);
    return { status: Number(kind) };
  }

  /** Counts a request against its key's one-minute window; the ratelimit-* headers after it. */
  function countRequest(key: string): { over: boolean; headers: Record<string, string> } {
    const now = state.nowMs();
    let w = windows.get(key);
    if (!w || now - w.start >= MINUTE || now < w.start) {
      w = { start: now, used: 0 };
      windows.set(key, w);
    }
    w.used++;
    const limit = Number.isFinite(rateLimit) ? rateLimit : Number.MAX_SAFE_INTEGER;
    return {
      over: w.used > limit,
      headers: {
        'ratelimit-limit': String(limit),
        'ratelimit-remaining': String(Math.max(0, limit - w.used)),
        'ratelimit-reset': String(Math.max(1, Math.ceil((w.start + MINUTE - now) / 1000))),
      },
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const received = await receive(req, url, requests);
    const { method, url: u, pathname, record } = received;

    const authorization = header(req, 'authorization');
    const key = /^token\s+token=(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    if (key !== undefined) record.key = key;
    const rate = countRequest(key ?? `(no key) ${authorization ?? ''}`);

    const send = (reply: Reply, bare = false) => {
      record.status = reply.status;
      if (res.destroyed || loop.closed) return;
      const headers: Record<string, string> = { ...(bare ? {} : rate.headers), ...reply.headers };
      const body =
        options.echoHeadersOnError && reply.status >= 400
          ? withRequestEcho(reply.body, requestEcho(req, url))
          : reply.body;
      if (bare || body === undefined) {
        res.writeHead(reply.status, headers);
        res.end();
      } else if (typeof body === 'string') {
        res.writeHead(reply.status, { 'content-type': 'text/html; charset=utf-8', ...headers });
        res.end(body);
      } else {
        res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(JSON.stringify(body));
      }
    };

    const parsed = parseJsonBody(received, state.violations);
    if (!parsed.ok) return send(pdError(400, 'Invalid Input Provided', 2001, ['request body is not JSON']));
    const body = parsed.body;

    const access = state.access(key);
    if (!access) return send(pdError(401, 'Authentication failed', 2006));
    if (rate.over) return send(pdError(429, 'Rate Limit Exceeded', 2020));

    let op: OperationRef | undefined;
    const violations: string[] = [];
    const accept = header(req, 'accept');
    if (options.requireVersionedAccept ?? true) {
      if (accept === undefined) {
        if (!spec) violations.push('missing required header parameter "Accept"');
      } else if (!accept.split(',').some((a) => a.replace(/\s+/g, '').toLowerCase() === VERSIONED_ACCEPT)) {
        violations.push(
          `header parameter "Accept" must be ${VERSIONED_ACCEPT} to pin the API version (got ${JSON.stringify(accept)})`,
        );
      }
    }
    if (spec) {
      op = matchOperation(spec, method, pathname);
      record.operation = op?.template;
      const found = op
        ? checkRequest(op, { method, pathname, query: u.searchParams, headers: req.headers, body: withoutNulls(body) })
        : [`${method} ${pathname} is not an operation of ${spec.title}`];
      const contentTypeOptional = body === undefined && !options.contentTypeOnEveryRequest;
      violations.push(
        ...found.filter((v) => !(contentTypeOptional && v === 'missing required header parameter "Content-Type"')),
      );
    }
    if (violations.length > 0) {
      state.violations.push({ method, path: pathname, operation: op?.template, violations });
      return send(pdError(400, 'Invalid Input Provided', 2001, violations));
    }

    const fault = takeFault(method, pathname);
    if (fault) record.fault = fault.drop ? 'drop' : fault.status !== undefined ? String(fault.status) : 'delay';
    if (fault?.delayMs) await sleep(fault.delayMs);
    if (loop.closed) return;
    if (fault?.status !== undefined && !fault.drop) {
      return send(
        {
          status: fault.status,
          body: fault.body ?? defaultFaultBody(fault.status),
          headers: fault.headers,
        },
        fault.bare ?? false,
      );
    }

    const found = ROUTES.find(method, pathname);
    if (!found) {
      if (op) return send(pdError(501, `The fake PagerDuty does not implement ${method} ${op.template}`, 2000));
      return send(pdError(404, 'Not Found', 2100));
    }
    record.operation ??= found.template;
    if (access === 'read-only' && method !== 'GET' && method !== 'HEAD')
      return send(pdError(403, 'Access Denied', 2010, ['This API key is read-only']));

    let reply: Reply;
    try {
      reply = found.handler({
        method,
        pathname,
        params: found.params,
        query: u.searchParams,
        body,
        state,
        render,
        settings,
      });
    } catch (e) {
      if (!(e instanceof HttpError)) throw e;
      reply = e.reply;
    }
    if (checkResponses && op && !reply.unchecked && reply.status < 500 && typeof reply.body !== 'string') {
      const v = checkResponse(op, { status: reply.status, body: withoutNulls(reply.body) });
      if (v.length > 0)
        state.responseViolations.push({ method, path: pathname, operation: op.template, violations: v });
    }
    deliver(req, record, fault?.drop, reply.status, () => send(reply));
  }

  return {
    url,
    state,
    requests,
    checked: spec !== undefined,
    inject: (fault: Fault): InjectedFault => faults.inject(fault),
    failRandomly(rate: number, seed: number, opts: RandomFaultOptions = {}): RandomFaults {
      if (random) random.cancelled = true;
      const next = mulberry32(seed);
      const r: RandomState = {
        rate,
        options: opts,
        next,
        hits: { '500': 0, '502': 0, '429': 0, drop: 0 },
        cancelled: false,
        template: pathTemplateOf(opts.path),
      };
      random = r;
      return {
        rate,
        seed,
        hits: r.hits,
        cancel() {
          r.cancelled = true;
        },
      };
    },
    close: () => loop.close(),
  };
}

interface RandomState {
  rate: number;
  options: RandomFaultOptions;
  next: () => number;
  hits: Record<RandomFaultKind, number>;
  cancelled: boolean;
  template?: PathTemplate;
}

function defaultFaultBody(status: number): unknown {
  switch (status) {
    case 429:
      return { error: { message: 'Rate Limit Exceeded', code: 2020 } };
    case 502:
      return '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>\n';
    case 500:
      return { error: { message: 'An internal error has occurred. PagerDuty team has been notified.', code: 2000 } };
    default:
      return { error: { message: `Injected ${status}`, code: 2000 } };
  }
}

// ---------------------------------------------------------------------------------------------------
// Routing

interface Reply {
  status: number;
  /** JSON, or a string sent as text/html. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Not checked against the description (a deliberate deviation, as a v3 schedule's type). */
  unchecked?: boolean;
}

interface Settings {
  createScheduleStatus: 200 | 201;
}

interface Ctx {
  method: string;
  pathname: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  state: FakePagerDutyState;
  render: Renderer;
  settings: Settings;
}

class HttpError extends Error {
  constructor(readonly reply: Reply) {
    super(String((reply.body as { error?: { message?: string } } | undefined)?.error?.message ?? reply.status));
  }
}

function pdError(status: number, message: string, code?: number, errors?: string[]): Reply {
  return {
    status,
    body: { error: { message, ...(code !== undefined ? { code } : {}), ...(errors ? { errors } : {}) } },
  };
}

function fail(status: number, message: string, code?: number, errors?: string[]): never {
  throw new HttpError(pdError(status, message, code, errors));
}

function invalid(errors: string[]): never {
  fail(400, 'Invalid Input Provided', 2001, errors);
}

const ROUTES = new RouteTable<(c: Ctx) => Reply>();

function route(method: string, template: string, handler: (c: Ctx) => Reply): void {
  ROUTES.add(method, template, handler);
}

function bodyField(c: Ctx, name: string): Obj {
  const b = isObj(c.body) ? c.body[name] : undefined;
  if (!isObj(b)) invalid([`${name} is required`]);
  return b;
}

/** Classic offset pagination: limit (default 25, at most 100), offset, more, total (null unless total=true). */
function paginate<T>(c: Ctx, collection: string, items: readonly T[], map: (item: T) => unknown): Reply {
  const rawLimit = c.query.get('limit');
  const rawOffset = c.query.get('offset');
  const limit =
    rawLimit === null || !/^\d+$/.test(rawLimit) || Number(rawLimit) < 1 ? 25 : Math.min(Number(rawLimit), 100);
  const offset = rawOffset === null || !/^\d+$/.test(rawOffset) ? 0 : Number(rawOffset);
  if (rawOffset !== null && !/^\d+$/.test(rawOffset)) invalid(['Offset must be a non-negative integer']);
  if (offset + limit > 10_000) invalid([`offset + limit must not exceed 10000 (got ${offset} + ${limit})`]);
  return {
    status: 200,
    body: {
      [collection]: items.slice(offset, offset + limit).map(map),
      limit,
      offset,
      more: offset + limit < items.length,
      total: c.query.get('total') === 'true' ? items.length : null,
    },
  };
}

function byName<T extends { name: string }>(items: Iterable<T>, desc = false): T[] {
  const out = [...items].sort((a, b) => a.name.localeCompare(b.name) || 0);
  return desc ? out.reverse() : out;
}

function matchesQuery(q: string | null, ...fields: (string | null | undefined)[]): boolean {
  if (!q) return true;
  const needle = q.toLowerCase();
  return fields.some((f) => f?.toLowerCase().includes(needle));
}

// ----- users

route('GET', '/users', (c) => {
  const q = c.query.get('query');
  const users = byName([...c.state.users.values()].filter((u) => matchesQuery(q, u.name, u.email)));
  return paginate(c, 'users', users, (u) => c.render.user(u));
});

route('GET', '/users/{id}', (c) => {
  const u = c.state.users.get(c.params.id as string);
  if (!u) fail(404, 'Not Found', 2100);
  return { status: 200, body: { user: c.render.user(u) } };
});

// ----- schedules

function scheduleOf(c: Ctx): FakeSchedule {
  const s = c.state.schedules.get(c.params.id as string);
  if (!s) fail(404, 'Schedule Not Found', 3004);
  return s;
}

function renderZone(c: Ctx, s: FakeSchedule): string {
  const asked = c.query.get('time_zone');
  return (asked && ianaZone(asked)) || (ianaZone(s.timeZone) as string);
}

route('GET', '/schedules', (c) => {
  const q = c.query.get('query');
  const include = new Set(c.query.getAll('include[]'));
  const list = byName([...c.state.schedules.values()].filter((s) => s.type === 'schedule' && matchesQuery(q, s.name)));
  return paginate(c, 'schedules', list, (s) =>
    c.render.schedule(s, { zone: renderZone(c, s), layers: include.has('schedule_layers') }),
  );
});

route('POST', '/schedules', (c) => {
  const sent = bodyField(c, 'schedule');
  const errors: string[] = [];
  const zone = typeof sent.time_zone === 'string' ? sent.time_zone : undefined;
  if (!zone) errors.push('time_zone is required');
  else if (!ianaZone(zone)) errors.push(`Time zone ${JSON.stringify(zone)} is not a valid time zone`);
  if (!Array.isArray(sent.schedule_layers) || sent.schedule_layers.length === 0)
    errors.push('Schedule must have at least one schedule layer');
  if (errors.length > 0) invalid(errors);
  const layers = planLayers(c, [], sent.schedule_layers);
  const schedule: FakeSchedule = {
    id: c.state.newId(),
    type: 'schedule',
    name: typeof sent.name === 'string' ? sent.name : 'New Schedule',
    description: typeof sent.description === 'string' ? sent.description : null,
    timeZone: zone as string,
    layers,
    overrides: new Map(),
    teams: references(sent.teams),
  };
  c.state.schedules.set(schedule.id, schedule);
  return {
    status: c.settings.createScheduleStatus,
    body: { schedule: c.render.schedule(schedule, { zone: renderZone(c, schedule), layers: true }) },
  };
});

route('GET', '/schedules/{id}', (c) => {
  const s = scheduleOf(c);
  const window = sinceUntil(c, false);
  return {
    status: 200,
    body: {
      schedule: c.render.schedule(s, {
        zone: renderZone(c, s),
        layers: true,
        overrides: window ?? 'empty',
        details: true,
      }),
    },
    // An upgraded schedule's type is schedule_v3, which the description's enum does not know.
    unchecked: s.type !== 'schedule',
  };
});

route('PUT', '/schedules/{id}', (c) => {
  const s = scheduleOf(c);
  if (s.type !== 'schedule') {
    fail(400, 'Invalid Schedule', 3001, [
      'This schedule has been upgraded to a flexible schedule (schedule_v3) and can only be changed with /v3/schedules',
    ]);
  }
  const sent = bodyField(c, 'schedule');
  const zone = typeof sent.time_zone === 'string' ? sent.time_zone : s.timeZone;
  if (!ianaZone(zone)) invalid([`Time zone ${JSON.stringify(zone)} is not a valid time zone`]);
  const layers = sent.schedule_layers === undefined ? s.layers : planLayers(c, s.layers, sent.schedule_layers);
  s.layers = layers;
  s.timeZone = zone;
  if (typeof sent.name === 'string') s.name = sent.name;
  if ('description' in sent) s.description = typeof sent.description === 'string' ? sent.description : null;
  if ('teams' in sent) s.teams = references(sent.teams);
  return { status: 200, body: { schedule: c.render.schedule(s, { zone: renderZone(c, s), layers: true }) } };
});

route('DELETE', '/schedules/{id}', (c) => {
  const s = scheduleOf(c);
  const users = [...c.state.escalationPolicies.values()].filter((ep) =>
    ep.rules.some((r) => r.targets.some((t) => t.type.startsWith('schedule') && t.id === s.id)),
  );
  if (users.length > 0) {
    invalid(
      users.map(
        (ep) => `Schedule is a target of escalation policy ${ep.id} (${ep.name}); remove it from the policy first`,
      ),
    );
  }
  c.state.schedules.delete(s.id);
  return { status: 204 };
});

/**
 * The layers of a schedule after a POST (existing = []) or PUT: a sent layer with an id updates that
 * layer, one without an id is created and appended, and existing layers not sent are left as they
 * are (layers are never deleted, only ended). Validates everything before anything changes.
 */
function planLayers(c: Ctx, existing: readonly FakeLayer[], raw: unknown): FakeLayer[] {
  if (!Array.isArray(raw)) invalid(['schedule_layers must be an array']);
  const now = c.state.nowMs();
  const result = existing.map((l) => ({ ...l, users: [...l.users] }));
  const errors: string[] = [];
  const notWholeMinute: string[] = [];
  raw.forEach((item: unknown, i: number) => {
    const where = `schedule_layers[${i}]`;
    if (!isObj(item)) {
      errors.push(`${where} must be an object`);
      return;
    }
    let target: FakeLayer | undefined;
    if (item.id !== undefined && item.id !== null) {
      target = result.find((l) => l.id === item.id);
      if (!target) {
        errors.push(`${where}: ${JSON.stringify(item.id)} is not a layer of this schedule`);
        return;
      }
    }
    const unparsable = new Set<string>();
    const time = (name: string): number | null | undefined => {
      const v = item[name];
      if (v === undefined || v === null) return v;
      const t = typeof v === 'string' ? Date.parse(v) : NaN;
      if (Number.isNaN(t)) {
        errors.push(`${where}.${name} must be an ISO 8601 date-time`);
        unparsable.add(name);
        return undefined;
      }
      if (t % MINUTE !== 0) notWholeMinute.push(`${where}.${name} ${String(v)}`);
      return t;
    };
    const start = time('start');
    const end = time('end');
    const virtualStart = time('rotation_virtual_start');
    if (start === null || (start === undefined && !target && !unparsable.has('start')))
      errors.push(`${where}.start is required`);
    if (virtualStart === null || (virtualStart === undefined && !target && !unparsable.has('rotation_virtual_start'))) {
      errors.push(`${where}.rotation_virtual_start is required`);
    }
    const turn = item.rotation_turn_length_seconds;
    if (turn === undefined && !target) errors.push(`${where}.rotation_turn_length_seconds is required`);
    else if (
      turn !== undefined &&
      (typeof turn !== 'number' || !Number.isInteger(turn) || turn < 3600 || turn > 31_536_000)
    ) {
      errors.push(`${where}.rotation_turn_length_seconds must be between 3600 (1 hour) and 31536000 (365 days)`);
    }
    let users: string[] | undefined;
    if (item.users !== undefined) {
      if (!Array.isArray(item.users) || item.users.length === 0)
        errors.push(`${where}.users must list at least one user`);
      else {
        users = [];
        for (const [j, entry] of item.users.entries()) {
          const id = isObj(entry) && isObj(entry.user) && typeof entry.user.id === 'string' ? entry.user.id : undefined;
          if (id === undefined)
            errors.push(`${where}.users[${j}] must be {"user": {"id": …, "type": "user_reference"}}`);
          else if (!c.state.users.has(id)) errors.push(`${where}.users[${j}]: user ${id} not found`);
          else users.push(id);
        }
      }
    } else if (!target) errors.push(`${where}.users is required`);
    const sentStart = typeof start === 'number' ? start : target?.start;
    if (typeof end === 'number' && sentStart !== undefined && end <= sentStart)
      errors.push(`${where}: the layer must end after it starts`);
    if (errors.length > 0 || notWholeMinute.length > 0) return;

    const layer: FakeLayer = target ?? {
      id: c.state.newId(),
      name: `Layer ${result.length + 1}`,
      start: 0,
      end: null,
      rotationVirtualStart: 0,
      rotationTurnLengthSeconds: 0,
      users: [],
      restrictions: [],
      updatedAt: now,
    };
    if (typeof item.name === 'string') layer.name = item.name;
    // PagerDuty: a start in the past becomes "now"; what is read back is the layer's last update.
    if (typeof start === 'number') layer.start = Math.max(start, floorSecond(now));
    if ('end' in item) layer.end = typeof end === 'number' ? end : null;
    if (typeof virtualStart === 'number') layer.rotationVirtualStart = virtualStart;
    if (typeof turn === 'number') layer.rotationTurnLengthSeconds = turn;
    if (users) layer.users = users;
    if (Array.isArray(item.restrictions)) layer.restrictions = item.restrictions;
    layer.updatedAt = now;
    if (!target) result.push(layer);
  });
  if (errors.length > 0) invalid(errors);
  if (notWholeMinute.length > 0) {
    // TF provider PR #483: PagerDuty "zeros out" times that are not whole minutes, and errors with a 500.
    fail(500, 'An internal error has occurred. PagerDuty team has been notified.', 2000);
  }
  return result;
}

// ----- overrides

function sinceUntil(c: Ctx, required: boolean): { since: number; until: number } | undefined {
  const since = c.query.get('since');
  const until = c.query.get('until');
  if (since === null || until === null) {
    if (required) fail(400, 'Missing Arguments', 2003, ['since and until are required']);
    return undefined;
  }
  const s = Date.parse(since);
  const u = Date.parse(until);
  if (Number.isNaN(s) || Number.isNaN(u)) fail(400, "Invalid time values in 'since' and/or 'until' parameters", 2004);
  if (u < s) fail(400, 'Invalid Query Date Range', 2005);
  return { since: s, until: u };
}

route('GET', '/schedules/{id}/overrides', (c) => {
  const s = scheduleOf(c);
  const { since, until } = sinceUntil(c, true) as { since: number; until: number };
  const now = c.state.nowMs();
  const editable = c.query.get('editable') === 'true';
  const list = [...s.overrides.values()]
    .filter((o) => o.start < until && o.end > since && (!editable || o.start > now))
    .sort((a, b) => a.start - b.start || a.createdAt - b.createdAt);
  const zone = renderZone(c, s);
  // The description documents 201 for this GET; PagerDuty answers 200.
  return { status: 200, body: { overrides: list.map((o) => c.render.override(o, zone)) } };
});

route('POST', '/schedules/{id}/overrides', (c) => {
  const s = scheduleOf(c);
  const body = isObj(c.body) ? c.body : {};
  const zone = renderZone(c, s);
  const create = (item: unknown): { status: number; errors?: string[]; override: unknown } => {
    const o = isObj(item) ? item : {};
    const errors: string[] = [];
    const start = typeof o.start === 'string' ? Date.parse(o.start) : NaN;
    const end = typeof o.end === 'string' ? Date.parse(o.end) : NaN;
    if (Number.isNaN(start)) errors.push('Override must have a valid start');
    if (Number.isNaN(end)) errors.push('Override must have a valid end');
    if (!Number.isNaN(start) && !Number.isNaN(end) && end <= start) errors.push('Override must end after its start');
    const userId = isObj(o.user) && typeof o.user.id === 'string' ? o.user.id : undefined;
    if (userId === undefined) errors.push('Override must have a user');
    else if (!c.state.users.has(userId)) errors.push(`User ${userId} not found`);
    if (errors.length > 0) {
      const echo: Obj = {
        start: o.start,
        end: o.end,
        user: userId && c.state.users.has(userId) ? c.render.userRef(userId) : o.user,
      };
      return { status: 400, errors, override: echo };
    }
    const created: FakeOverride = {
      id: c.state.newId('Q', 13),
      start,
      end,
      userId: userId as string,
      createdAt: c.state.nowMs(),
    };
    s.overrides.set(created.id, created);
    return { status: 201, override: c.render.override(created, zone) };
  };
  if (Array.isArray(body.overrides)) {
    if (body.overrides.length === 0) invalid(['overrides must not be empty']);
    // HTTP 201 even when some items failed: each item carries its own status.
    return { status: 201, body: body.overrides.map(create) };
  }
  if (isObj(body.override)) {
    // The deprecated single-object form: the description documents only the array answer.
    const r = create(body.override);
    if (r.status !== 201) fail(400, 'Invalid Override', 4004, r.errors);
    return { status: 201, body: { override: r.override }, unchecked: true };
  }
  return invalid(['overrides is required']);
});

route('DELETE', '/schedules/{id}/overrides/{override_id}', (c) => {
  const s = scheduleOf(c);
  const o = s.overrides.get(c.params.override_id as string);
  if (!o) fail(404, 'Override Not Found', 4004);
  const now = c.state.nowMs();
  if (o.end <= now) fail(400, 'Invalid Override', 4004, ['You cannot remove a past override']);
  if (o.start < now) {
    // In progress: truncated to the current time (PagerDuty answers 200; the body is not documented).
    o.end = floorSecond(now);
    return { status: 200 };
  }
  s.overrides.delete(o.id);
  return { status: 204 };
});

// ----- escalation policies

function policyOf(c: Ctx): FakeEscalationPolicy {
  const ep = c.state.escalationPolicies.get(c.params.id as string);
  if (!ep) fail(404, 'Escalation Policy Not Found', 5001);
  return ep;
}

function planRules(c: Ctx, existing: readonly FakeRule[], raw: unknown): FakeRule[] {
  if (!Array.isArray(raw) || raw.length === 0) invalid(['escalation_rules must have at least one rule']);
  const errors: string[] = [];
  const out: FakeRule[] = [];
  raw.forEach((item: unknown, i: number) => {
    const where = `escalation_rules[${i}]`;
    if (!isObj(item)) {
      errors.push(`${where} must be an object`);
      return;
    }
    const delay = item.escalation_delay_in_minutes;
    if (typeof delay !== 'number' || !Number.isInteger(delay) || delay < 1)
      errors.push(`${where}.escalation_delay_in_minutes must be at least 1`);
    const targets: Reference[] = [];
    if (!Array.isArray(item.targets) || item.targets.length === 0 || item.targets.length > 10)
      errors.push(`${where}.targets must have 1 to 10 targets`);
    else {
      for (const [j, t] of item.targets.entries()) {
        const id = isObj(t) && typeof t.id === 'string' ? t.id : undefined;
        const type = isObj(t) && typeof t.type === 'string' ? t.type : '';
        const schedule = id ? c.state.schedules.get(id) : undefined;
        const ok =
          id !== undefined &&
          (type === 'user' || type === 'user_reference'
            ? c.state.users.has(id)
            : type === 'schedule' || type === 'schedule_reference'
              ? schedule?.type === 'schedule'
              : type === 'schedule_v3_reference'
                ? schedule?.type === 'schedule_v3'
                : false);
        if (!ok) errors.push(`${where}.targets[${j}]: ${type || 'target'} ${id ?? '(no id)'} not found`);
        else targets.push({ id: id as string, type: referenceType(type) });
      }
    }
    const keep = typeof item.id === 'string' ? existing.find((r) => r.id === item.id) : undefined;
    out.push({
      id: keep?.id ?? c.state.newId(),
      delayMinutes: typeof delay === 'number' ? delay : 0,
      targets,
      ...(item.escalation_rule_assignment_strategy !== undefined
        ? { assignmentStrategy: item.escalation_rule_assignment_strategy }
        : {}),
    });
  });
  if (errors.length > 0) invalid(errors);
  return out;
}

function applyPolicyFields(c: Ctx, ep: FakeEscalationPolicy, sent: Obj): void {
  const errors: string[] = [];
  if (
    sent.num_loops !== undefined &&
    (typeof sent.num_loops !== 'number' ||
      !Number.isInteger(sent.num_loops) ||
      sent.num_loops < 0 ||
      sent.num_loops > 9)
  ) {
    errors.push('num_loops must be between 0 and 9');
  }
  if (Array.isArray(sent.teams) && sent.teams.length > 1)
    errors.push('An escalation policy can belong to at most one team');
  if (errors.length > 0) invalid(errors);
  const rules = sent.escalation_rules === undefined ? ep.rules : planRules(c, ep.rules, sent.escalation_rules);
  ep.rules = rules;
  if (typeof sent.name === 'string') ep.name = sent.name;
  if ('description' in sent) ep.description = typeof sent.description === 'string' ? sent.description : null;
  if (typeof sent.num_loops === 'number') ep.numLoops = sent.num_loops;
  if (typeof sent.on_call_handoff_notifications === 'string')
    ep.onCallHandoffNotifications = sent.on_call_handoff_notifications;
  if ('teams' in sent) ep.teams = references(sent.teams);
}

route('GET', '/escalation_policies', (c) => {
  const q = c.query.get('query');
  const userIds = c.query.getAll('user_ids[]');
  const list = byName(
    [...c.state.escalationPolicies.values()].filter(
      (ep) =>
        matchesQuery(q, ep.name) &&
        (userIds.length === 0 ||
          ep.rules.some((r) => r.targets.some((t) => t.type === 'user_reference' && userIds.includes(t.id)))),
    ),
    c.query.get('sort_by') === 'name:desc',
  );
  return paginate(c, 'escalation_policies', list, (ep) => c.render.escalationPolicy(ep));
});

route('POST', '/escalation_policies', (c) => {
  const sent = bodyField(c, 'escalation_policy');
  if (typeof sent.name !== 'string' || sent.name === '') invalid(['name is required']);
  if ([...c.state.escalationPolicies.values()].some((ep) => ep.name === sent.name))
    invalid(['Name has already been taken']);
  const ep: FakeEscalationPolicy = {
    id: '',
    name: sent.name,
    description: null,
    numLoops: 0,
    onCallHandoffNotifications: 'if_has_services',
    rules: [],
    teams: [],
  };
  if (sent.escalation_rules === undefined) invalid(['escalation_rules must have at least one rule']);
  applyPolicyFields(c, ep, sent);
  ep.id = c.state.newId();
  c.state.escalationPolicies.set(ep.id, ep);
  return { status: 201, body: { escalation_policy: c.render.escalationPolicy(ep) } };
});

route('GET', '/escalation_policies/{id}', (c) => ({
  status: 200,
  body: { escalation_policy: c.render.escalationPolicy(policyOf(c)) },
}));

route('PUT', '/escalation_policies/{id}', (c) => {
  const ep = policyOf(c);
  const sent = bodyField(c, 'escalation_policy');
  // Names are unique in the account on update as on create.
  if ([...c.state.escalationPolicies.values()].some((x) => x.id !== ep.id && x.name === sent.name))
    invalid(['Name has already been taken']);
  const copy: FakeEscalationPolicy = { ...ep };
  applyPolicyFields(c, copy, sent);
  Object.assign(ep, copy);
  return { status: 200, body: { escalation_policy: c.render.escalationPolicy(ep) } };
});

route('DELETE', '/escalation_policies/{id}', (c) => {
  const ep = policyOf(c);
  const using = [...c.state.services.values()].filter((svc) => svc.escalationPolicyId === ep.id);
  if (using.length > 0) invalid(using.map((svc) => `Escalation policy is in use by service ${svc.id} (${svc.name})`));
  c.state.escalationPolicies.delete(ep.id);
  return { status: 204 };
});

// ----- services

const SERVICE_READ_ONLY = new Set([
  'id',
  'type',
  'summary',
  'self',
  'html_url',
  'created_at',
  'last_incident_timestamp',
  'teams',
  'integrations',
  'addons',
  'escalation_policy',
  'name',
]);

function serviceOf(c: Ctx): FakeService {
  const svc = c.state.services.get(c.params.id as string);
  if (!svc) fail(404, 'Service Not Found', 5002);
  return svc;
}

function planService(
  c: Ctx,
  sent: Obj,
  current?: FakeService,
): { escalationPolicyId: string; fields: Record<string, unknown> } {
  const errors: string[] = [];
  let escalationPolicyId = current?.escalationPolicyId;
  if (sent.escalation_policy !== undefined) {
    const ref = sent.escalation_policy;
    const id = isObj(ref) && typeof ref.id === 'string' ? ref.id : undefined;
    if (!id || !c.state.escalationPolicies.has(id)) errors.push(`Escalation policy ${id ?? '(no id)'} not found`);
    else escalationPolicyId = id;
  } else if (!current) errors.push('escalation_policy is required');
  const fields: Record<string, unknown> = { ...(current?.fields ?? {}) };
  for (const [k, v] of Object.entries(sent)) if (!SERVICE_READ_ONLY.has(k)) fields[k] = v;
  const rule = fields.incident_urgency_rule;
  if (isObj(rule) && rule.type === 'use_support_hours') {
    if (!isObj(fields.support_hours))
      errors.push('support_hours are required when incident_urgency_rule.type is use_support_hours');
    if (!isObj(rule.during_support_hours) || !isObj(rule.outside_support_hours)) {
      errors.push(
        'incident_urgency_rule needs during_support_hours and outside_support_hours when its type is use_support_hours',
      );
    }
  }
  if (errors.length > 0) invalid(errors);
  return { escalationPolicyId: escalationPolicyId as string, fields };
}

route('GET', '/services', (c) => {
  const q = c.query.get('query');
  const name = c.query.get('name');
  const list = byName(
    [...c.state.services.values()].filter((svc) => matchesQuery(q, svc.name) && (name === null || svc.name === name)),
    c.query.get('sort_by') === 'name:desc',
  );
  return paginate(c, 'services', list, (svc) => c.render.service(svc));
});

route('POST', '/services', (c) => {
  const sent = bodyField(c, 'service');
  if (typeof sent.name !== 'string' || sent.name === '') invalid(['name is required']);
  if ([...c.state.services.values()].some((svc) => svc.name === sent.name)) invalid(['Name has already been taken']);
  const plan = planService(c, sent);
  const svc: FakeService = {
    id: c.state.newId(),
    name: sent.name,
    escalationPolicyId: plan.escalationPolicyId,
    createdAt: isoUtc(c.state.nowMs()),
    fields: plan.fields,
  };
  c.state.services.set(svc.id, svc);
  return { status: 201, body: { service: c.render.service(svc) } };
});

route('GET', '/services/{id}', (c) => ({ status: 200, body: { service: c.render.service(serviceOf(c)) } }));

route('PUT', '/services/{id}', (c) => {
  const svc = serviceOf(c);
  const sent = bodyField(c, 'service');
  if ([...c.state.services.values()].some((x) => x.id !== svc.id && x.name === sent.name))
    invalid(['Name has already been taken']);
  const plan = planService(c, sent, svc);
  svc.escalationPolicyId = plan.escalationPolicyId;
  svc.fields = plan.fields;
  if (typeof sent.name === 'string') svc.name = sent.name;
  return { status: 200, body: { service: c.render.service(svc) } };
});

route('DELETE', '/services/{id}', (c) => {
  const svc = serviceOf(c);
  c.state.services.delete(svc.id);
  return { status: 204 };
});

// ---------------------------------------------------------------------------------------------------
// Rendering: PagerDuty's shapes

class Renderer {
  constructor(
    readonly state: FakePagerDutyState,
    /** The fake's own URL: `self` links point back at it. */
    readonly api: string,
    readonly html: string,
  ) {}

  private base(kind: string, id: string, type: string, summary: string, htmlPath: string = kind): Obj {
    return { id, type, summary, self: `${this.api}/${kind}/${id}`, html_url: `${this.html}/${htmlPath}/${id}` };
  }

  userRef(id: string): Obj {
    const u = this.state.users.get(id);
    return this.base('users', id, 'user_reference', u?.name ?? id);
  }

  user(u: FakeUser): Obj {
    return {
      ...this.base('users', u.id, 'user', u.name),
      name: u.name,
      email: u.email,
      time_zone: u.timeZone,
      color: u.color,
      avatar_url: `https://secure.gravatar.com/avatar/${createHash('md5').update(u.email.toLowerCase()).digest('hex')}.png?d=mm&r=PG`,
      description: null,
      invitation_sent: false,
      job_title: u.jobTitle,
      role: u.role,
      teams: [],
      contact_methods: [],
      notification_rules: [],
      coordinated_incidents: [],
    };
  }

  scheduleRef(id: string): Obj {
    const s = this.state.schedules.get(id);
    return this.base('schedules', id, 'schedule_reference', s?.name ?? id);
  }

  escalationPolicyRef(id: string): Obj {
    const ep = this.state.escalationPolicies.get(id);
    return this.base('escalation_policies', id, 'escalation_policy_reference', ep?.name ?? id);
  }

  serviceRef(svc: FakeService): Obj {
    return this.base('services', svc.id, 'service_reference', svc.name, 'service-directory');
  }

  teamRef(t: Reference): Obj {
    return this.base('teams', t.id, 'team_reference', t.id);
  }

  target(t: Reference): Obj {
    return t.type === 'user_reference' ? this.userRef(t.id) : { ...this.scheduleRef(t.id), type: t.type };
  }

  layer(l: FakeLayer, zone: string): Obj {
    return {
      id: l.id,
      name: l.name,
      start: formatInZone(l.start, zone),
      end: l.end === null ? null : formatInZone(l.end, zone),
      rotation_virtual_start: formatInZone(l.rotationVirtualStart, zone),
      rotation_turn_length_seconds: l.rotationTurnLengthSeconds,
      users: l.users.map((id) => ({ user: this.userRef(id) })),
      restrictions: l.restrictions,
    };
  }

  override(o: FakeOverride, zone: string): Obj {
    return {
      id: o.id,
      start: formatInZone(o.start, zone),
      end: formatInZone(o.end, zone),
      user: this.userRef(o.userId),
    };
  }

  schedule(
    s: FakeSchedule,
    opts: { zone: string; layers: boolean; overrides?: { since: number; until: number } | 'empty'; details?: boolean },
  ): Obj {
    const userIds = [...new Set(s.layers.flatMap((l) => l.users))];
    const policies = [...this.state.escalationPolicies.values()].filter((ep) =>
      ep.rules.some((r) => r.targets.some((t) => t.type.startsWith('schedule') && t.id === s.id)),
    );
    const out: Obj = {
      ...this.base('schedules', s.id, s.type, s.name),
      name: s.name,
      time_zone: s.timeZone,
      description: s.description,
      escalation_policies: policies.map((ep) => this.escalationPolicyRef(ep.id)),
      users: userIds.map((id) => this.userRef(id)),
      teams: s.teams.map((t) => this.teamRef(t)),
    };
    // PagerDuty answers layers in the reverse of the order they were sent (TF flattenScheduleLayers).
    if (opts.layers) out.schedule_layers = [...s.layers].reverse().map((l) => this.layer(l, opts.zone));
    if (opts.overrides) {
      const entries =
        opts.overrides === 'empty'
          ? []
          : renderOverrides([...s.overrides.values()], opts.overrides.since, opts.overrides.until);
      const span = opts.overrides === 'empty' ? 0 : opts.overrides.until - opts.overrides.since;
      const covered = entries.reduce((n, e) => n + (e.end - e.start), 0);
      out.overrides_subschedule = {
        name: 'Overrides',
        rendered_schedule_entries: entries.map((e) => ({
          start: formatInZone(e.start, opts.zone),
          end: formatInZone(e.end, opts.zone),
          user: this.userRef(e.userId),
        })),
        rendered_coverage_percentage: span > 0 ? Math.round((covered / span) * 10_000) / 100 : 0,
      };
    }
    return out;
  }

  escalationPolicy(ep: FakeEscalationPolicy): Obj {
    const services = [...this.state.services.values()].filter((svc) => svc.escalationPolicyId === ep.id);
    return {
      ...this.base('escalation_policies', ep.id, 'escalation_policy', ep.name),
      name: ep.name,
      description: ep.description,
      num_loops: ep.numLoops,
      on_call_handoff_notifications: ep.onCallHandoffNotifications,
      escalation_rules: ep.rules.map((r) => ({
        id: r.id,
        escalation_delay_in_minutes: r.delayMinutes,
        targets: r.targets.map((t) => this.target(t)),
        ...(r.assignmentStrategy !== undefined ? { escalation_rule_assignment_strategy: r.assignmentStrategy } : {}),
      })),
      services: services.map((svc) => this.serviceRef(svc)),
      teams: ep.teams.map((t) => this.teamRef(t)),
    };
  }

  service(svc: FakeService): Obj {
    return {
      ...this.base('services', svc.id, 'service', svc.name, 'service-directory'),
      name: svc.name,
      description: null,
      auto_resolve_timeout: 14400,
      acknowledgement_timeout: 1800,
      status: 'active',
      incident_urgency_rule: { type: 'constant', urgency: 'high' },
      scheduled_actions: [],
      ...svc.fields,
      created_at: svc.createdAt,
      escalation_policy: this.escalationPolicyRef(svc.escalationPolicyId),
      teams: [],
      integrations: [],
      addons: [],
    };
  }
}

/** The Overrides sub-schedule: where overrides overlap, the last created wins. */
function renderOverrides(
  list: FakeOverride[],
  since: number,
  until: number,
): { start: number; end: number; userId: string }[] {
  const inWindow = list.filter((o) => o.start < until && o.end > since);
  const cuts = [...new Set([since, until, ...inWindow.flatMap((o) => [o.start, o.end])])]
    .filter((t) => t >= since && t <= until)
    .sort((a, b) => a - b);
  const out: { start: number; end: number; userId: string; id: string }[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i] as number;
    const b = cuts[i + 1] as number;
    const winner = inWindow.filter((o) => o.start <= a && o.end >= b).sort((x, y) => y.createdAt - x.createdAt)[0];
    if (!winner) continue;
    const last = out.at(-1);
    if (last && last.id === winner.id && last.end === a) last.end = b;
    else out.push({ start: a, end: b, userId: winner.userId, id: winner.id });
  }
  return out.map(({ start, end, userId }) => ({ start, end, userId }));
}

// ---------------------------------------------------------------------------------------------------
// Helpers

type Obj = Record<string, unknown>;

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const USER_COLORS = ['purple', 'green', 'red', 'teal', 'orange', 'brown', 'blue', 'dark-slate-grey'];

/** Time zone names PagerDuty takes besides IANA ones (ActiveSupport's, as its `activesupport-time-zone` format). */
const ACTIVE_SUPPORT_ZONES: Record<string, string> = {
  UTC: 'Etc/UTC',
  London: 'Europe/London',
  Dublin: 'Europe/Dublin',
  Lisbon: 'Europe/Lisbon',
  Amsterdam: 'Europe/Amsterdam',
  Berlin: 'Europe/Berlin',
  Paris: 'Europe/Paris',
  Madrid: 'Europe/Madrid',
  Rome: 'Europe/Rome',
  Stockholm: 'Europe/Stockholm',
  Warsaw: 'Europe/Warsaw',
  Helsinki: 'Europe/Helsinki',
  'Eastern Time (US & Canada)': 'America/New_York',
  'Central Time (US & Canada)': 'America/Chicago',
  'Mountain Time (US & Canada)': 'America/Denver',
  'Pacific Time (US & Canada)': 'America/Los_Angeles',
  Tokyo: 'Asia/Tokyo',
  Singapore: 'Asia/Singapore',
  Sydney: 'Australia/Sydney',
};

const zoneFormats = new Map<string, Intl.DateTimeFormat | null>();

function zoneFormat(zone: string): Intl.DateTimeFormat | null {
  let f = zoneFormats.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      f = null;
    }
    zoneFormats.set(zone, f);
  }
  return f;
}

/** The IANA zone for a PagerDuty time zone name, or undefined when it is not one. */
export function ianaZone(name: string): string | undefined {
  const zone = ACTIVE_SUPPORT_ZONES[name] ?? name;
  return zoneFormat(zone) ? zone : undefined;
}

/** `2026-01-04T11:00:00+01:00`: the instant in the zone's offset, as PagerDuty writes times (never `Z`). */
export function formatInZone(epochMs: number, zone: string): string {
  const at = floorSecond(epochMs);
  const f = zoneFormat(zone) ?? (zoneFormat('Etc/UTC') as Intl.DateTimeFormat);
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(new Date(at))) parts[p.type] = p.value;
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  const offset = Math.round((wall - at) / MINUTE);
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${new Date(wall).toISOString().slice(0, 19)}${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function isoUtc(epochMs: number): string {
  return new Date(floorSecond(epochMs)).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function floorSecond(epochMs: number): number {
  return Math.floor(epochMs / 1000) * 1000;
}

function ms(when: When): number {
  const t = typeof when === 'number' ? when : typeof when === 'string' ? Date.parse(when) : when.getTime();
  if (Number.isNaN(t)) throw new Error(`not a time: ${String(when)}`);
  return t;
}

function fixed(d: Date): () => Date {
  const t = d.getTime();
  if (Number.isNaN(t)) throw new Error('not a time');
  return () => new Date(t);
}

/** `user` → `user_reference`, `schedule` → `schedule_reference` (how PagerDuty answers targets). */
function referenceType(type: string): string {
  return type.endsWith('_reference') ? type : `${type}_reference`;
}

function references(raw: unknown): Reference[] {
  return Array.isArray(raw)
    ? raw
        .filter(isObj)
        .filter((r) => typeof r.id === 'string')
        .map((r) => ({ id: r.id as string, type: String(r.type ?? 'team_reference') }))
    : [];
}

function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * The value without null-valued object properties. PagerDuty's developer docs (06-Types.md): "unless
 * noted, any field may be null; required fields never are" — a rule its OpenAPI schemas do not encode
 * (`"end": null` on a layer, which clients must send to clear an end, fails `format: date-time`).
 * Checking without them accepts a null optional field and still rejects a null required one (it is
 * then missing).
 */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (!isObj(value)) return value;
  const out: Obj = {};
  for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = withoutNulls(v);
  return out;
}
