/**
 * Issue #8: no bundled action lets a secret out in clear text. Each one runs as the runner runs it (a
 * child process with the runner's environment, against the fakes on 127.0.0.1) with sentinel secrets,
 * through a success and through failures built to leak: HTTP errors whose bodies echo the request,
 * Authorization included; refused connections; timeouts; and secrets that fetch itself quotes in the
 * error it throws. A sentinel, raw or encoded, may appear on stdout only in the `::add-mask::` command
 * that tells the runner to hide it: the runner's masking is the last line of defence, not the only
 * one (a local run, a misspelt secret, an encoding it misses), so nothing relies on it here.
 */
import { describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parse } from 'yaml';
import { redact, redactError } from '../src/util/redact.js';
import { startFakeGitHub, type FakeGitHub } from './fakes/github.js';
import { requestEcho, withRequestEcho } from './fakes/http.js';
import { startFakePagerDuty, type FakePagerDuty } from './fakes/pagerduty.js';
import { repoPolicyFiles, REPO_ROOT } from './helpers/policy.js';
import { readOutputs, runNode, runnerEnv, tempPolicy } from './helpers/run.js';
import { swapPath, swapYaml } from './helpers/swaps.js';
import { MARK_KEY } from './helpers/mark-key.js';

type Api = 'github' | 'pagerduty' | 'slack';
type HttpFault = { status: 401 | 403 | 422 | 500 };
type Fault = HttpFault | 'refused' | 'timeout' | 'quoted-by-fetch';

/** Distinct per secret, so a leak names its source. PagerDuty keys contain `+`, which percent-encoding changes. */
const SENTINEL = {
  github: 'ghs_SENTINELgithub0a1b2c3d4e5f',
  githubEnv: 'ghs_SENTINELenvtoken6a7b8c9d',
  pagerduty: 'u+SENTINEL-pagerduty_9f8e7d6c',
  slack: 'SENTINELslackHook3c4d5e6f7a',
  /** Not sent anywhere: the private key the PagerDuty sync signs its marks with (its base64 line). */
  markKey: MARK_KEY.split('\n')[1]!,
};
/** A secret pasted with a line break inside: fetch refuses it as a header value, and its TypeError quotes the value in full. */
const twoLines = (secret: string) => `${secret}\n${secret.replace('SENTINEL', 'SENTINELline2')}`;
const HTTP_FAULTS: HttpFault[] = [{ status: 401 }, { status: 403 }, { status: 422 }, { status: 500 }];
/** The action input that carries each service's secret. */
const INPUT: Record<Api, string> = { github: 'github-token', pagerduty: 'pagerduty-token', slack: 'slack-webhook-url' };

interface Fakes {
  gh: FakeGitHub;
  pd: FakePagerDuty;
  hook: Webhook;
}

/** What a run that succeeds looks like for one action: its event, workspace and extra inputs. */
interface Arranged {
  event: string;
  payload: object;
  workspace?: string;
  inputs?: Record<string, string>;
}

interface Scenario {
  action: 'validate' | 'swap-check' | 'pagerduty-sync' | 'postmortem-issues' | 'rota-issues';
  /** The services it sends a secret to. */
  apis: Api[];
  /** Falls back to the GITHUB_TOKEN variable when the github-token input is empty. */
  envToken: boolean;
  /** Secret inputs sent to no service, by input name. */
  localSecrets?: Record<string, string>;
  arrange(f: Fakes): Promise<Arranged> | Arranged;
}

const PM = 'postmortems/2026-03-14-payments-webhook-backlog.md';

const SCENARIOS: Scenario[] = [
  {
    action: 'validate',
    apis: ['github'],
    envToken: false,
    // On a pull request it lists the PR's files (the 24-hour rule for postmortems).
    arrange: ({ gh }) => {
      const pr = gh.state.repo('edustream/oncall').addPull({ head: 'change', changes: { 'README.md': 'y' } });
      return {
        event: 'pull_request',
        payload: {
          pull_request: { number: pr.number, created_at: '2026-03-16T12:00:00Z', head: { sha: 'a'.repeat(40) } },
        },
      };
    },
  },
  {
    action: 'swap-check',
    apis: ['github', 'slack'],
    envToken: true,
    // A merged swap: read through the API, announced to the channel, the announcement recorded.
    arrange: ({ gh }) => {
      const repo = gh.state.repo('edustream/oncall');
      repo.commit(Object.fromEntries(repoPolicyFiles().map((f) => [f.path, Buffer.from(f.bytes).toString('utf8')])));
      const swap = {
        start: '2030-01-08T12:00:00Z',
        end: '2030-01-08T16:00:00Z',
        relieved: 'engineer-a',
        covering: 'engineer-c',
      };
      const pr = repo.addPull({ head: 'swap', changes: { [swapPath(swap)]: swapYaml(swap) }, merged: true });
      return {
        event: 'pull_request_target',
        payload: { action: 'closed', pull_request: { number: pr.number, merged: true } },
      };
    },
  },
  {
    action: 'pagerduty-sync',
    apis: ['pagerduty', 'github'],
    envToken: false,
    localSecrets: { 'mark-key': MARK_KEY },
    // Daily drift: reads PagerDuty, then files the drift issue on GitHub.
    arrange: () => ({ event: 'schedule', payload: {}, inputs: { prune: 'false' } }),
  },
  {
    action: 'postmortem-issues',
    apis: ['github'],
    envToken: true,
    arrange: () => {
      const workspace = tempPolicy();
      mkdirSync(join(workspace, 'postmortems'));
      writeFileSync(join(workspace, PM), readFileSync(join(REPO_ROOT, 'test/fixtures/postmortems/valid.md')));
      return { event: 'push', payload: { commits: [{ added: [PM] }] }, workspace };
    },
  },
  {
    action: 'rota-issues',
    apis: ['github'],
    envToken: true,
    arrange: () => ({ event: 'schedule', payload: {}, inputs: { mode: 'quarterly', now: '2026-10-01T08:00:00Z' } }),
  },
];

interface Case {
  name: string;
  /** The service that misbehaves, and how; none for the success paths. */
  api?: Api;
  fault?: Fault;
  /** The GitHub token comes from the environment instead of the input. */
  envToken?: boolean;
}

function casesOf(s: Scenario): Case[] {
  const cases: Case[] = [{ name: 'succeeds' }];
  if (s.envToken) cases.push({ name: 'succeeds with the token from GITHUB_TOKEN', envToken: true });
  for (const api of s.apis) {
    for (const fault of HTTP_FAULTS)
      cases.push({ name: `${api} answers HTTP ${fault.status} echoing the request`, api, fault });
    cases.push({ name: `${api} refuses the connection`, api, fault: 'refused' });
    cases.push({ name: `${api} never answers`, api, fault: 'timeout' });
    cases.push({ name: `fetch quotes a malformed ${api} secret in its error`, api, fault: 'quoted-by-fetch' });
  }
  return cases;
}

it('covers every action in .github/actions and every secret input it declares', () => {
  const actions = readdirSync(join(REPO_ROOT, '.github/actions')).sort();
  expect(SCENARIOS.map((s) => s.action).sort()).toEqual(actions);
  for (const s of SCENARIOS) {
    const meta = parse(readFileSync(join(REPO_ROOT, '.github/actions', s.action, 'action.yml'), 'utf8')) as {
      inputs?: Record<string, unknown>;
    };
    // A public key is not a secret: it is meant to be committed.
    const secretInputs = Object.keys(meta.inputs ?? {}).filter(
      (name) => /token|webhook|secret|key|password/i.test(name) && !/public/i.test(name),
    );
    const declared = [...s.apis.map((api) => INPUT[api]), ...Object.keys(s.localSecrets ?? {})];
    expect(secretInputs.sort(), s.action).toEqual(declared.sort());
  }
});

describe.each(SCENARIOS)('secrets of the $action action', (scenario) => {
  // Concurrent because each case is a child process or two; generous because the fakes answering
  // them all share this one process.
  it.concurrent.each(casesOf(scenario))('$name', { timeout: 60_000 }, async (c) => {
    const fakes = await startFakes();
    try {
      const run = await runWithFault(scenario, c, fakes);
      expectNoLeak(run, [...Object.values(SENTINEL), ...Object.values(run.secrets)]);
      for (const api of scenario.apis)
        if (run.secrets[api] !== undefined)
          expect(run.stdout).toContain(`::add-mask::${commandData(run.secrets[api])}`);
      if (c.envToken) expect(run.stdout).toContain(`::add-mask::${SENTINEL.githubEnv}`);
      // A PEM key is masked line by line, as the runner matches what it is told to hide.
      for (const secret of Object.values(scenario.localSecrets ?? {}))
        for (const line of secret.split('\n').filter((l) => l.length >= 8))
          expect(run.stdout).toContain(`::add-mask::${line}`);
      expect(run.stderr).toBe('');
      expect(fakes.gh.state.violations).toEqual([]);
      expect(fakes.pd.state.violations).toEqual([]);
      if (!c.fault) {
        expect(run.code, run.stdout).toBe(0);
        expect(used(fakes, scenario.apis)).toEqual(scenario.apis.map(() => true));
      } else {
        // The failure was reached and reported, so the check above covered the error path.
        expect(run.stdout).toMatch(/^::(error|warning)::/m);
        if (typeof c.fault === 'object') {
          expect(faultHits(fakes, c.api!)).toBeGreaterThan(0);
          // The echo was read and reported, secrets taken out: the check above saw it, not silence.
          expect(run.stdout).toContain(c.api === 'slack' ? `HTTP ${c.fault.status}` : '(request: {');
        }
      }
    } finally {
      await fakes.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// Running

interface SecretRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: string;
  /** Every secret the run was given, by the service it is for. */
  secrets: Partial<Record<Api, string>> & { githubEnv?: string };
}

async function runWithFault(s: Scenario, c: Case, f: Fakes): Promise<SecretRun> {
  const arranged = await s.arrange(f);
  const malformed = c.fault === 'quoted-by-fetch';
  let githubUrl = f.gh.url;
  let pagerdutyUrl = f.pd.url;
  let slackUrl = `${f.hook.url}/services/T0000/B0000/${SENTINEL.slack}`;
  // Pasted without its scheme: fetch cannot parse it, and says so quoting it.
  if (malformed && c.api === 'slack') slackUrl = `hooks.slack.invalid/services/T0000/B0000/${SENTINEL.slack}`;
  if (typeof c.fault === 'object') {
    if (c.api === 'github') f.gh.inject({ status: c.fault.status, times: Infinity });
    if (c.api === 'pagerduty') f.pd.inject({ status: c.fault.status, times: Infinity });
    if (c.api === 'slack') f.hook.status = c.fault.status;
  }
  if (c.fault === 'timeout') {
    if (c.api === 'github') f.gh.inject({ delayMs: 10_000, times: Infinity });
    if (c.api === 'pagerduty') f.pd.inject({ delayMs: 10_000, times: Infinity });
    if (c.api === 'slack') f.hook.status = 'hang';
  }
  if (c.fault === 'refused') {
    const closed = await closedPortUrl();
    if (c.api === 'github') githubUrl = closed;
    if (c.api === 'pagerduty') pagerdutyUrl = closed;
    if (c.api === 'slack') slackUrl = `${closed}/services/T0000/B0000/${SENTINEL.slack}`;
  }
  const secrets: SecretRun['secrets'] = {};
  for (const api of s.apis) {
    if (api === 'slack') secrets.slack = slackUrl;
    else if (!(api === 'github' && c.envToken))
      secrets[api] = malformed && c.api === api ? twoLines(SENTINEL[api]) : SENTINEL[api];
  }
  if (c.envToken) secrets.githubEnv = SENTINEL.githubEnv;

  const inputs = {
    ...arranged.inputs,
    ...s.localSecrets,
    ...Object.fromEntries(s.apis.map((api) => [INPUT[api], secrets[api] ?? ''])),
  };
  if (s.apis.includes('pagerduty')) inputs['pagerduty-api-url'] = pagerdutyUrl;
  const { env, summary, output } = runnerEnv(arranged.workspace ?? REPO_ROOT, {
    GITHUB_API_URL: githubUrl,
    GITHUB_REPOSITORY: 'edustream/oncall',
    GITHUB_EVENT_NAME: arranged.event,
    ...(c.envToken ? { GITHUB_TOKEN: SENTINEL.githubEnv } : {}),
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ONCALL_HTTP_RETRY_BASE_MS: '1',
    ONCALL_SETTLE_MS: '10',
    // Only where it is the point: the fakes share this busy process, and a tight deadline would
    // turn every other case into a timeout.
    ...(c.fault === 'timeout' ? { ONCALL_HTTP_TIMEOUT_MS: '1000' } : {}),
  });
  writeFileSync(env.GITHUB_EVENT_PATH!, JSON.stringify(arranged.payload));
  const r = await runNode(`dist/${s.action}/index.js`, [], { env });
  // Outputs parse as well as read raw: a leak in a malformed output block still counts.
  const outputs = readFileSync(output, 'utf8');
  return {
    ...r,
    summary: readFileSync(summary, 'utf8'),
    outputs: `${outputs}\n${JSON.stringify(readOutputs(output))}`,
    secrets,
  };
}

async function startFakes(): Promise<Fakes & { close(): Promise<void> }> {
  const users = ['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d', 'eng-manager', 'cto'].map((id) => ({
    name: id,
    email: `${id}@example.com`,
  }));
  const gh = await startFakeGitHub({
    tokens: { [SENTINEL.github]: 'github-actions[bot]', [SENTINEL.githubEnv]: 'github-actions[bot]' },
    echoHeadersOnError: true,
  });
  const pd = await startFakePagerDuty({ users, keys: { [SENTINEL.pagerduty]: 'full' }, echoHeadersOnError: true });
  const hook = await startWebhook();
  const repo = gh.state.repo('edustream/oncall', {
    collaborators: ['edustream-eng-a', 'edustream-eng-b', 'edustream-eng-c', 'edustream-eng-d'],
  });
  repo.commit({ 'README.md': 'x' });
  return { gh, pd, hook, close: async () => void (await Promise.all([gh.close(), pd.close(), hook.close()])) };
}

/** Whether each service got a request carrying its secret. */
function used(f: Fakes, apis: Api[]): boolean[] {
  return apis.map((api) => {
    if (api === 'github') return f.gh.requests.some((r) => r.login !== undefined);
    if (api === 'pagerduty') return f.pd.requests.some((r) => r.key === SENTINEL.pagerduty);
    return f.hook.posts.length > 0;
  });
}

function faultHits(f: Fakes, api: Api): number {
  if (api === 'github') return f.gh.requests.filter((r) => r.fault).length;
  if (api === 'pagerduty') return f.pd.requests.filter((r) => r.fault).length;
  return f.hook.posts.length;
}

// ---------------------------------------------------------------------------------------------------
// A Slack-compatible webhook that can fail the way the fakes do

interface Webhook {
  readonly url: string;
  readonly posts: string[];
  /** Answer every post with this status (an error echoes the request), or never. */
  status: number | 'hang';
  close(): Promise<void>;
}

async function startWebhook(): Promise<Webhook> {
  const posts: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      posts.push(body);
      if (hook.status === 'hang') return;
      if (hook.status < 400) return void res.end('ok');
      res.writeHead(hook.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(withRequestEcho({ ok: false, error: 'invalid_token' }, requestEcho(req, hook.url))));
    });
  });
  const url = `http://127.0.0.1:${await listen(server)}`;
  const close = () =>
    new Promise<void>((r) => {
      server.close(() => r());
      server.closeAllConnections(); // the hanging ones too
    });
  const hook: Webhook = { url, posts, status: 200, close };
  return hook;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

/** A URL on which nothing listens: a port just freed. */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  const port = await listen(server);
  await new Promise((r) => server.close(r));
  return `http://127.0.0.1:${port}`;
}

// ---------------------------------------------------------------------------------------------------
// Looking for leaks

/** How @actions/core escapes a command's data: the form `::add-mask::` carries the secret in. */
function commandData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function expectNoLeak(run: SecretRun, secrets: string[]): void {
  const places = {
    stdout: run.stdout.replace(/^::add-mask::.*$/gm, ''),
    stderr: run.stderr,
    summary: run.summary,
    outputs: run.outputs,
  };
  for (const secret of secrets) {
    // Each line of a multi-line secret on its own too: the runner masks the log line by line.
    for (const piece of new Set([secret, ...secret.split('\n')])) {
      for (const [where, text] of Object.entries(places))
        expect(revealed(text, piece), `${JSON.stringify(piece)} in ${where}:\n${text}`).toBe(false);
    }
  }
}

/**
 * Whether the text shows the secret as is, percent-encoded, JSON-escaped, or base64-encoded at any
 * alignment (a Basic header encodes `user:token`): decoded here rather than encoded, so this check
 * shares nothing with the redaction it checks.
 */
function revealed(text: string, secret: string): boolean {
  const percentDecoded = text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (m) => {
    try {
      return decodeURIComponent(m);
    } catch {
      return m;
    }
  });
  const jsonUnescaped = text.replace(/\\(["\\/nrt])/g, (_, ch: string) => ({ n: '\n', r: '\r', t: '\t' })[ch] ?? ch);
  const base64Decoded = [...text.matchAll(/[A-Za-z0-9+/_-]{12,}/g)].flatMap(([run]) =>
    [0, 1, 2, 3].map((skip) => Buffer.from(run.slice(skip), 'base64').toString('latin1')),
  );
  return [text, percentDecoded, jsonUnescaped, ...base64Decoded].some((t) => t.includes(secret));
}

describe('the leak check, and the redaction it checks', () => {
  it('finds a secret raw, percent-encoded, JSON-escaped and base64-encoded at every alignment', () => {
    const secret = twoLines(SENTINEL.pagerduty);
    expect(revealed(`x ${secret} y`, secret)).toBe(true);
    expect(revealed(`?q=${encodeURIComponent(secret)}&`, secret)).toBe(true);
    expect(revealed(JSON.stringify({ m: secret }), secret)).toBe(true);
    for (const prefix of ['', 'x', 'xy', 'x-access-token:'])
      expect(revealed(`Authorization: Basic ${Buffer.from(prefix + secret).toString('base64')}`, secret), prefix).toBe(
        true,
      );
    expect(revealed(`${Buffer.from(secret).toString('base64url')}.`, secret)).toBe(true);
    expect(revealed('Authorization: token ***', secret)).toBe(false);
  });

  it('redaction leaves no form of a secret that the check finds, and keeps the rest of the text', () => {
    const secret = twoLines(SENTINEL.pagerduty);
    const encodings = [
      secret,
      encodeURIComponent(secret),
      JSON.stringify(secret),
      Buffer.from(secret).toString('base64url'),
    ];
    for (const prefix of ['', 'x', 'xy', 'x-access-token:'])
      encodings.push(Buffer.from(prefix + secret).toString('base64'));
    const clean = redact(`before | ${encodings.join(' | ')} | after`, [secret]);
    for (const piece of [secret, ...secret.split('\n')]) expect(revealed(clean, piece), clean).toBe(false);
    expect(clean).toMatch(/^before \| .* \| after$/);
  });

  it('redacts an error through its cause and whatever else it carries', () => {
    const secret = SENTINEL.github;
    const cause = Object.assign(new TypeError('Invalid URL'), { input: `https://hooks.example/${secret}` });
    const error = Object.assign(new Error(`failed: ${secret}`, { cause }), {
      request: { headers: { authorization: `token ${secret}` } },
      response: { data: { echo: secret } },
    });
    expect(redactError(error, [secret])).toBe(error);
    expect(error.message).toBe('failed: ***');
    const everything = [
      error.stack,
      cause.input,
      cause.stack,
      JSON.stringify({ request: error.request, response: error.response }),
    ];
    expect(everything.filter((t) => revealed(String(t), secret))).toEqual([]);
  });
});
