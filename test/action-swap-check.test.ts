/**
 * The bundled swap-check action (dist/swap-check/index.js) end to end: a child process with the
 * runner's environment and event payloads, against the fake GitHub on 127.0.0.1, which rejects any
 * request GitHub's OpenAPI description forbids. Dates are relative to the real clock, because the
 * action reads it; who holds a shift is asked of the schedule engine.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { onCallAt } from '../src/schedule/timeline.js';
import { validatePolicy } from '../src/validate.js';
import { startFakeGitHub, type FakeGitHub, type FakeRepo, type ReviewState } from './fakes/github.js';
import { repoPolicyFiles, REPO_ROOT } from './helpers/policy.js';
import { readOutputs, runNode, runnerEnv } from './helpers/run.js';
import { swapPath, swapYaml, type SwapSpec } from './helpers/swaps.js';

const ACTION = 'dist/swap-check/index.js';
const H = 3_600_000;
const DAY = 24 * H;
const TOKEN = 'ghs_test_token';
const READ_ONLY = 'ghs_fork_token';
const policyFiles = repoPolicyFiles();
const { policy } = validatePolicy(policyFiles);
const login = (id: string) => policy.team!.people.find((p) => p.id === id)!.github;
const holder = (schedule: string, t: number) => onCallAt(policy, t).find((o) => o.schedule === schedule)!.shift!.person;
const iso = (ms: number) => new Date(Math.floor(ms / 60_000) * 60_000).toISOString().replace('.000Z', 'Z');

/** A partial swap of `hours` on primary, starting `inHours` from now, between people free to do it. */
function swapIn(inHours: number, hours = 4): SwapSpec & { startMs: number } {
  const startMs = Math.floor((Date.now() + inHours * H) / 60_000) * 60_000;
  const relieved = holder('primary', startMs);
  const busy = new Set([relieved, holder('secondary', startMs), holder('secondary', startMs + hours * H)]);
  const covering = ['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d'].find((p) => !busy.has(p))!;
  // A handoff inside the period would hand part of it to someone else: keep clear of Sunday 10:00Z.
  if (holder('primary', startMs + hours * H - 1) !== relieved) return swapIn(inHours + hours, hours);
  return { start: iso(startMs), end: iso(startMs + hours * H), relieved, covering, startMs };
}

let gh: FakeGitHub | undefined;
afterEach(async () => {
  expect(gh?.state.violations ?? [], 'requests the OpenAPI description forbids').toEqual([]);
  await gh?.close();
  gh = undefined;
});

async function repoWith(baseSwaps: SwapSpec[] = []): Promise<FakeRepo> {
  gh = await startFakeGitHub({
    tokens: { [TOKEN]: 'github-actions[bot]', [READ_ONLY]: { login: 'github-actions[bot]', readOnly: true } },
  });
  const repo = gh.state.repo('edustream/oncall', { collaborators: policy.team!.people.map((p) => p.github) });
  const files: Record<string, string> = {};
  for (const f of policyFiles) files[f.path] = Buffer.from(f.bytes).toString('utf8');
  for (const s of baseSwaps) files[swapPath(s)] = swapYaml(s);
  repo.commit(files);
  return repo;
}

interface Run {
  code: number | null;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
}

async function runAction(
  event: { name: string; payload: object },
  options: { token?: string; inputs?: Record<string, string> } = {},
): Promise<Run> {
  const { env, summary, output } = runnerEnv(REPO_ROOT, {
    GITHUB_API_URL: gh!.url,
    GITHUB_REPOSITORY: 'edustream/oncall',
    GITHUB_EVENT_NAME: event.name,
    'INPUT_GITHUB-TOKEN': options.token ?? TOKEN,
    ONCALL_HTTP_RETRY_BASE_MS: '1',
    ...Object.fromEntries(Object.entries(options.inputs ?? {}).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  });
  writeFileSync(env.GITHUB_EVENT_PATH!, JSON.stringify(event.payload));
  const r = await runNode(ACTION, [], { env });
  expect(r.stderr).toBe('');
  return { code: r.code, stdout: r.stdout, summary: readFileSync(summary, 'utf8'), outputs: readOutputs(output) };
}

const prEvent = (number: number, action = 'opened') => ({
  name: 'pull_request_target',
  payload: { action, pull_request: { number } },
});

function openPr(
  repo: FakeRepo,
  swaps: SwapSpec[],
  o: { author: string; createdAgoHours?: number; labels?: string[]; remove?: SwapSpec[] },
) {
  const changes: Record<string, string | null> = {};
  for (const s of swaps) changes[swapPath(s)] = swapYaml(s);
  for (const s of o.remove ?? []) changes[swapPath(s)] = null;
  // By default the PR was opened two minutes ago, as the check's opened run would see it.
  return repo.addPull({
    head: 'swap',
    user: login(o.author),
    changes,
    labels: o.labels,
    createdAt: new Date(Date.now() - (o.createdAgoHours ?? 2 / 60) * H),
  });
}

function review(repo: FakeRepo, number: number, who: string, state: ReviewState = 'APPROVED', agoMs = 60_000) {
  repo.addReview(number, { user: login(who), state, submittedAt: new Date(Date.now() - agoMs) });
}

const statuses = (repo: FakeRepo, sha: string) =>
  repo.statuses.filter((s) => s.sha === sha && s.context === 'oncall/swap-policy');
const comments = (repo: FakeRepo, number: number) =>
  [...repo.comments.values()].filter((c) => c.issueNumber === number);

describe('swap check, end to end', () => {
  it('a swap in time, approved by the covering engineer: success status, one comment, managers asked', async () => {
    const repo = await repoWith();
    const s = swapIn(8 * 24);
    const pr = openPr(repo, [s], { author: s.relieved });
    review(repo, pr.number, s.covering);
    const r = await runAction(prEvent(pr.number));
    expect(r.code).toBe(0);
    expect(r.outputs.ok).toBe('true');
    const [status, ...more] = statuses(repo, pr.head.sha);
    expect(more).toEqual([]);
    expect(status).toMatchObject({ state: 'success', creator: 'github-actions[bot]' });
    expect(status!.description).toMatch(/^1 swap change meet the swap policy\. · seen [0-9a-f]{12}$/);
    const [comment, ...others] = comments(repo, pr.number);
    expect(others).toEqual([]);
    expect(comment!.body).toContain('## On-call swap check: ✅ passes');
    expect(comment!.body).toContain(`| ✅ | 48-hour notice |`);
    expect(comment!.body).toContain('```mermaid\ngantt');
    expect(comment!.body).toContain(`cc @${login('eng-manager')}`);
    expect(repo.pulls.get(pr.number)!.requestedReviewers).toEqual([login('eng-manager')]);
    expect(r.stdout).not.toMatch(/^::error/m);
    expect(r.summary).toContain('## On-call swap check: ✅ passes');
  });

  it('47 h 59 min of notice fails: failure status, the reason in the comment, an annotation on the swap file', async () => {
    const repo = await repoWith();
    const s = swapIn(47);
    const createdAt = s.startMs - (47 * 60 + 59) * 60_000;
    const pr = openPr(repo, [s], { author: s.relieved, createdAgoHours: (Date.now() - createdAt) / H });
    review(repo, pr.number, s.covering);
    const r = await runAction(prEvent(pr.number));
    expect(r.code).toBe(1);
    expect(statuses(repo, pr.head.sha)[0]).toMatchObject({ state: 'failure' });
    expect(comments(repo, pr.number)[0]!.body).toMatch(/\| ❌ \| 48-hour notice \| Only 47 h 59 min notice before/);
    expect(r.stdout).toMatch(
      new RegExp(`^::error title=swap/notice,file=${swapPath(s)},line=3,.*::Only 47 h 59 min notice`, 'm'),
    ); // the start: line
  });

  it('a swap moved nearer by a later push counts its notice from that push; the earlier approval goes stale', async () => {
    const repo = await repoWith();
    const far = swapIn(10 * 24);
    const pr = openPr(repo, [far], { author: far.relieved, createdAgoHours: 24 * 3 });
    review(repo, pr.number, far.covering, 'APPROVED', 3_000);
    expect((await runAction(prEvent(pr.number))).code).toBe(0);

    const near = swapIn(30);
    repo.commit({ [swapPath(far)]: null, [swapPath(near)]: swapYaml(near) }, { branch: 'swap' });
    const r = await runAction(prEvent(pr.number, 'synchronize'));
    expect(r.code).toBe(1);
    const body = comments(repo, pr.number).map((c) => c.body);
    expect(body).toHaveLength(1); // the same comment, updated
    expect(body[0]).toMatch(/\| ❌ \| 48-hour notice \| Only (29|30) h/);
    expect(statuses(repo, repo.pulls.get(pr.number)!.head.sha)[0]).toMatchObject({ state: 'failure' });
  });

  it('an approval from before the swap last changed does not count', async () => {
    const repo = await repoWith();
    const first = swapIn(10 * 24);
    const pr = openPr(repo, [first], { author: first.relieved, createdAgoHours: 2 });
    await runAction(prEvent(pr.number)); // the check sees the first version
    review(repo, pr.number, first.covering, 'APPROVED', 0);
    await new Promise((r) => setTimeout(r, 20));
    const edited = { ...first, reason: 'Moved the wedding' };
    repo.commit({ [swapPath(first)]: swapYaml(edited) }, { branch: 'swap' });
    const r = await runAction(prEvent(pr.number, 'synchronize'));
    expect(r.code).toBe(1);
    expect(comments(repo, pr.number)[0]!.body).toMatch(
      /\| ❌ \| Both engineers agree \| Waiting for Engineer .* \(approvals from before the swap last changed/,
    );
  });

  it.each([
    ['a stranger', () => ({ user: 'someone-else', state: 'APPROVED' as const })],
    ['the author approving themself', (s: SwapSpec) => ({ user: login(s.relieved), state: 'APPROVED' as const })],
    ['a dismissed review', (s: SwapSpec) => ({ user: login(s.covering), state: 'DISMISSED' as const })],
  ])('an approval by %s does not count', async (_, reviewOf) => {
    const repo = await repoWith();
    const s = swapIn(8 * 24);
    const pr = openPr(repo, [s], { author: s.relieved });
    repo.addReview(pr.number, { ...reviewOf(s), submittedAt: new Date(Date.now() - 60_000) });
    const r = await runAction(prEvent(pr.number));
    expect(r.code).toBe(1);
    expect(statuses(repo, pr.head.sha)[0]).toMatchObject({ state: 'failure' });
    expect(comments(repo, pr.number)[0]!.body).toMatch(/\| ❌ \| Both engineers agree \|/);
  });

  it('an emergency passes with the label and a manager’s approval, and fails without the manager', async () => {
    const repo = await repoWith();
    const s = swapIn(20);
    const pr = openPr(repo, [s], { author: s.relieved, labels: ['emergency-swap'] });
    review(repo, pr.number, s.covering);
    const without = await runAction(prEvent(pr.number));
    expect(without.code).toBe(1);
    expect(comments(repo, pr.number)[0]!.body).toMatch(/As an emergency it needs an approval from a manager/);
    review(repo, pr.number, 'eng-manager');
    const withManager = await runAction({
      name: 'pull_request_target',
      payload: { action: 'labeled', pull_request: { number: pr.number } },
    });
    expect(withManager.code).toBe(0);
    expect(comments(repo, pr.number)).toHaveLength(1);
    expect(comments(repo, pr.number)[0]!.body).toMatch(
      /\(added, emergency\)[\s\S]*Emergency: only \d+ h( \d+ min)? notice/,
    );
  });

  it('removing a future swap needs the engineer who takes the shift back', async () => {
    const s = swapIn(9 * 24);
    const repo = await repoWith([s]);
    const pr = openPr(repo, [], { author: s.covering, remove: [s] });
    const r1 = await runAction(prEvent(pr.number));
    expect(r1.code).toBe(1);
    expect(comments(repo, pr.number)[0]!.body).toMatch(/\(removed\)[\s\S]*Waiting for Engineer/);
    review(repo, pr.number, s.relieved);
    const r2 = await runAction(prEvent(pr.number, 'edited'));
    expect(r2.code, comments(repo, pr.number)[0]!.body).toBe(0);
  });

  it('two swaps in one PR are reported one by one', async () => {
    const repo = await repoWith();
    const a = swapIn(8 * 24);
    const b = swapIn(15 * 24);
    const pr = openPr(repo, [a, b], { author: a.relieved });
    review(repo, pr.number, a.covering);
    const r1 = await runAction(prEvent(pr.number));
    const consented = new Set([a.relieved, a.covering]);
    // The second swap passes only once both of its engineers agree too.
    expect(r1.code).toBe(consented.has(b.relieved) && consented.has(b.covering) ? 0 : 1);
    for (const p of [b.relieved, b.covering]) if (!consented.has(p)) review(repo, pr.number, p);
    const r2 = await runAction(prEvent(pr.number, 'edited'));
    expect(r2.code).toBe(0);
    const body = comments(repo, pr.number)[0]!.body;
    expect(body.match(/^### `oncall\/swaps\//gm)).toHaveLength(2);
    expect(body).toContain('2 swap changes meet the swap policy.');
  });

  it('a swap paid back in the same pay period is a time trade for both engineers', async () => {
    // Two 8-hour stretches in one calendar month (London), each held by the other engineer.
    const month = (t: number) =>
      new Date(t).toLocaleDateString('en-GB', { timeZone: 'Europe/London', month: 'numeric', year: 'numeric' });
    const holidays = new Set(policy.compensation!.holidays.dates.map((d) => d.date));
    const free = (t: number) => !holidays.has(new Date(t).toISOString().slice(0, 10));
    const day0 = Math.ceil((Date.now() + 4 * DAY) / DAY) * DAY + 12 * H;
    let pair: [SwapSpec, SwapSpec] | undefined;
    for (let d1 = day0; !pair && d1 < day0 + 60 * DAY; d1 += DAY)
      for (let d2 = d1 + DAY; !pair && month(d2) === month(d1); d2 += DAY) {
        const p = holder('primary', d1);
        const c = holder('primary', d2);
        const clear = (who: string, t: number) =>
          holder('secondary', t) !== who &&
          holder('secondary', t + 8 * H - 1) !== who &&
          holder('primary', t + 8 * H - 1) === holder('primary', t);
        if (p === c || !clear(c, d1) || !clear(p, d2) || !free(d1) || !free(d2)) continue;
        const first: SwapSpec = { start: iso(d1), end: iso(d1 + 8 * H), relieved: p, covering: c };
        const back: SwapSpec = { start: iso(d2), end: iso(d2 + 8 * H), relieved: c, covering: p };
        pair = [
          { ...first, payback: swapPath(back).slice(13, -5) },
          { ...back, payback: swapPath(first).slice(13, -5) },
        ];
      }
    expect(pair, 'two stretches in one month').toBeDefined();
    const [first, back] = pair!;
    const repo = await repoWith();
    const pr = openPr(repo, [first, back], { author: first.relieved });
    review(repo, pr.number, first.covering);
    expect((await runAction(prEvent(pr.number))).code).toBe(0);
    const body = comments(repo, pr.number)[0]!.body;
    const name = (id: string) => policy.team!.people.find((p) => p.id === id)!.name;
    expect(body).toContain(`| ${name(first.covering)} | 8 | 0 | 0 |`);
    expect(body).toContain(`| ${name(back.covering)} | 8 | 0 | 0 |`);
    expect(body).toMatch(/paid back by swap .* in the same pay period/);
  });

  it('holiday hours and overtime appear in the compensation table', async () => {
    const holidays = policy
      .compensation!.holidays.dates.map((d) => d.date)
      .filter((d) => Date.parse(`${d}T11:00:00Z`) > Date.now() + 4 * DAY);
    const day = holidays[0];
    if (!day) return console.warn('NOTICE: no holiday left in compensation.yaml to test with; extend the calendar.');
    const startMs = Date.parse(`${day}T11:00:00Z`);
    const relieved = holder('primary', startMs);
    const covering = ['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d'].find(
      (p) => p !== relieved && p !== holder('secondary', startMs) && p !== holder('secondary', startMs + 12 * H),
    )!;
    const s: SwapSpec = { start: iso(startMs), end: iso(startMs + 12 * H), relieved, covering };
    const repo = await repoWith();
    const pr = openPr(repo, [s], { author: relieved });
    review(repo, pr.number, covering);
    await runAction(prEvent(pr.number));
    const name = policy.team!.people.find((p) => p.id === covering)!.name;
    // 11:00–23:00 UTC is inside the London holiday (GMT in winter, BST in summer: 12 or 11 h).
    expect(comments(repo, pr.number)[0]!.body).toMatch(new RegExp(`\\| ${name} \\| 0 \\| (0|1) \\| (12|11) \\|`));
  });

  it('a fork PR whose token cannot write still gets its verdict in the summary and the exit code', async () => {
    const repo = await repoWith();
    const s = swapIn(8 * 24);
    const pr = openPr(repo, [s], { author: s.relieved });
    review(repo, pr.number, s.covering);
    const r = await runAction(prEvent(pr.number), { token: READ_ONLY });
    expect(r.code).toBe(0);
    expect(r.summary).toContain('## On-call swap check: ✅ passes');
    expect(r.stdout).toMatch(/^::warning::Could not update the PR comment \(HTTP 403/m);
    expect(comments(repo, pr.number)).toEqual([]);
    expect(statuses(repo, pr.head.sha)).toEqual([]);
  });

  it('the same event delivered twice leaves one comment and asks the managers once', async () => {
    const repo = await repoWith();
    const s = swapIn(8 * 24);
    const pr = openPr(repo, [s], { author: s.relieved });
    review(repo, pr.number, s.covering);
    await runAction(prEvent(pr.number));
    await runAction(prEvent(pr.number));
    expect(comments(repo, pr.number)).toHaveLength(1);
    const requests = gh!.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/requested_reviewers'));
    expect(requests).toHaveLength(1);
  });

  it('a review relayed through workflow_run re-evaluates the PR with the base branch’s code', async () => {
    const repo = await repoWith();
    const s = swapIn(8 * 24);
    const pr = openPr(repo, [s], { author: s.relieved });
    expect((await runAction(prEvent(pr.number))).code).toBe(1); // no approval yet
    review(repo, pr.number, s.covering, 'APPROVED', 0);
    const run = {
      head_sha: pr.head.sha,
      head_branch: 'swap',
      head_repository: { owner: { login: 'edustream' } },
      pull_requests: [],
    };
    const r = await runAction({ name: 'workflow_run', payload: { action: 'completed', workflow_run: run } });
    expect(r.code).toBe(0);
    expect(statuses(repo, pr.head.sha).map((x) => x.state)).toEqual(['failure', 'success']);
  });

  it('a merged swap is announced to the team channel once', async () => {
    const posts: string[] = [];
    const receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        posts.push(body);
        res.end('ok');
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const webhook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    try {
      const repo = await repoWith();
      const s = swapIn(8 * 24);
      const pr = openPr(repo, [s], { author: s.relieved });
      repo.pulls.get(pr.number)!.merged = true;
      const event = {
        name: 'pull_request_target',
        payload: { action: 'closed', pull_request: { number: pr.number, merged: true } },
      };
      expect((await runAction(event, { inputs: { 'slack-webhook-url': webhook } })).code).toBe(0);
      expect((await runAction(event, { inputs: { 'slack-webhook-url': webhook } })).code).toBe(0);
      expect(posts).toHaveLength(1);
      expect(JSON.parse(posts[0]!).text).toMatch(/On-call swap merged: Engineer . covers Engineer . on \*primary\*/);
      const none = await runAction(event);
      expect(none.stdout).toContain('Merged: no slack-webhook-url, nothing to announce.');
    } finally {
      await new Promise((r) => receiver.close(r));
    }
  });
});
