/**
 * The bundled swap-check action (dist/swap-check/index.js) end to end: a child process with the
 * runner's environment and event payloads, against the fake GitHub on 127.0.0.1, which rejects any
 * request GitHub's OpenAPI description forbids. Dates are relative to the real clock, because the
 * action reads it; who holds a shift is asked of the schedule engine.
 *
 * The check judges every shift change a PR makes (base and head timelines compared from now on),
 * with evidence only from what GitHub records: pushes (repository activity) and the `pull_request`
 * runs of validate.yml date each head, reviews count by the commit they reviewed, and the issue
 * timeline says who was asked. The second half replays each bypass of issue 13 as the attacker
 * would: a teammate with write access, or a fork author.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { Temporal } from 'temporal-polyfill';
import { findCover, type Candidate } from '../src/reports/cover.js';
import { onCallAt } from '../src/schedule/timeline.js';
import { holidaysOf } from '../src/swaps/compensation.js';
import { swapHash } from '../src/swaps/diff.js';
import { validatePolicy } from '../src/validate/index.js';
import { startFakeGitHub, type FakeGitHub, type FakeRepo, type ReviewState } from './fakes/github.js';
import { repoPolicyFiles, REPO_ROOT, textOf } from './helpers/policy.js';
import { readOutputs, runNode, runnerEnv, tempPolicy } from './helpers/run.js';
import { pastSwaps } from './helpers/swap-check.js';
import { swapPath, swapYaml, withSwaps, type SwapSpec } from './helpers/swaps.js';
import { liveMarkup, liveMentions, parseMarkdown, shown } from './helpers/markdown.js';
import { startWebhook } from './helpers/webhook.js';

const ACTION = 'dist/swap-check/index.js';
const H = 3_600_000;
const DAY = 24 * H;
const TOKEN = 'ghs_test_token';
const READ_ONLY = 'ghs_fork_token';
const BOT = 'github-actions[bot]';
const CONTEXT = 'oncall/swap-policy';
/** The repository's validate.yml runs on `pull_request`: GitHub creates one run per push to a PR's head. */
const VALIDATE = { path: '.github/workflows/validate.yml', name: 'validate policy' };
/** GitHub refuses a comment body longer than this (422 "body is too long"). */
const MAX_COMMENT = 65_536;
const policyFiles = repoPolicyFiles();
const { policy } = validatePolicy(policyFiles);
const person = (id: string) => policy.team!.people.find((p) => p.id === id)!;
const login = (id: string) => person(id).github!;
const name = (id: string) => person(id).name;
const holder = (schedule: string, t: number) => onCallAt(policy, t).find((o) => o.schedule === schedule)!.shift!.person;
const iso = (ms: number) => new Date(Math.floor(ms / 60_000) * 60_000).toISOString().replace('.000Z', 'Z');
const ago = (hours: number) => new Date(Date.now() - hours * H);
const re = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

/**
 * A partial swap onto someone `oncall cover` ranks below a lighter engineer who could take it, as
 * the schedule engine and the loads stand on the real clock's quarter.
 */
function heavierCover(): { s: SwapSpec & { startMs: number }; best: Candidate; chosen: Candidate } {
  for (let inHours = 8 * 24; inHours < 36 * 24; inHours += 4) {
    const s = swapIn(inHours);
    const r = findCover(policy, { schedule: 'primary', at: s.startMs, until: Date.parse(s.end!), from: s.relieved });
    if (!r.ok) continue;
    const [best, ...rest] = r.answer.candidates;
    const chosen = rest.find((c) => c.weighted > best!.weighted);
    if (best && chosen) return { s: { ...s, covering: chosen.person }, best, chosen };
  }
  throw new Error('no stretch in four weeks where oncall cover ranks someone lighter first');
}

/** The same stretch `weeks` later: the rotation repeats every four weeks, so the same people hold it. */
function weeksLater(s: SwapSpec & { startMs: number }, weeks: number): SwapSpec & { startMs: number } {
  const hours = (Date.parse(s.end!) - s.startMs) / H;
  const later = swapIn((s.startMs - Date.now()) / H + weeks * 7 * 24, hours);
  expect([later.relieved, later.covering]).toEqual([s.relieved, s.covering]);
  return later;
}

/** What the old check's ledger took as evidence: a swap's content hash, as its statuses listed it. */
function oldLedgerHash(s: SwapSpec): string {
  return swapHash(validatePolicy(withSwaps(policyFiles, s)).policy.swaps[0]!.data);
}

let gh: FakeGitHub | undefined;
afterEach(async () => {
  expect(gh?.state.violations ?? [], 'requests the OpenAPI description forbids').toEqual([]);
  await gh?.close();
  gh = undefined;
});

interface RepoOptions {
  /** Files of the base commit besides the repository's policy (null removes one). */
  files?: Record<string, string | null>;
  /** Record every person's GitHub user id in team.yaml (`github_id`), as the fake knows them. */
  githubIds?: boolean;
}

async function repoWith(baseSwaps: SwapSpec[] = [], o: RepoOptions = {}): Promise<FakeRepo> {
  gh = await startFakeGitHub({
    tokens: { [TOKEN]: BOT, [READ_ONLY]: { login: BOT, readOnly: true } },
  });
  const repo = gh.state.repo('edustream/oncall', {
    collaborators: policy.team!.people.map((p) => p.github!),
    pullRequestWorkflow: VALIDATE,
  });
  const files: Record<string, string> = {};
  for (const f of policyFiles) files[f.path] = Buffer.from(f.bytes).toString('utf8');
  if (o.githubIds)
    files['oncall/team.yaml'] = files['oncall/team.yaml']!.replace(
      /^( +)github: (\S+)$/gm,
      (line, indent: string, l: string) => `${line}\n${indent}github_id: ${gh!.state.user(l).id}`,
    );
  for (const s of baseSwaps) files[swapPath(s)] = swapYaml(s);
  for (const [path, text] of Object.entries(o.files ?? {}))
    if (text === null) delete files[path];
    else files[path] = text;
  repo.commit(files, { pushedAt: ago(30 * 24) });
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
  options: { token?: string; inputs?: Record<string, string>; env?: Record<string, string> } = {},
): Promise<Run> {
  const { env, summary, output } = runnerEnv(REPO_ROOT, {
    GITHUB_API_URL: gh!.url,
    GITHUB_REPOSITORY: 'edustream/oncall',
    GITHUB_EVENT_NAME: event.name,
    'INPUT_GITHUB-TOKEN': options.token ?? TOKEN,
    ONCALL_HTTP_RETRY_BASE_MS: '1',
    ...Object.fromEntries(Object.entries(options.inputs ?? {}).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...options.env,
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
  o: {
    author: string;
    createdAgoHours?: number;
    /** When GitHub received the head (default: when the PR was opened). */
    pushedAgoHours?: number;
    labels?: string[];
    remove?: SwapSpec[];
    changes?: Record<string, string | null>;
    head?: string;
    headRepo?: string;
    requestedReviewers?: string[];
  },
) {
  const changes: Record<string, string | null> = { ...o.changes };
  for (const s of swaps) changes[swapPath(s)] = swapYaml(s);
  for (const s of o.remove ?? []) changes[swapPath(s)] = null;
  // By default the PR was opened two minutes ago, as the check's opened run would see it.
  const createdAt = ago(o.createdAgoHours ?? 2 / 60);
  return repo.addPull({
    head: o.head ?? 'swap',
    user: login(o.author),
    changes,
    labels: o.labels,
    createdAt,
    pushedAt: o.pushedAgoHours === undefined ? createdAt : ago(o.pushedAgoHours),
    ...(o.headRepo ? { headRepo: o.headRepo } : {}),
    ...(o.requestedReviewers ? { requestedReviewers: o.requestedReviewers.map(login) } : {}),
  });
}

function review(repo: FakeRepo, number: number, who: string, state: ReviewState = 'APPROVED', agoMs = 60_000) {
  repo.addReview(number, { user: login(who), state, submittedAt: new Date(Date.now() - agoMs) });
}

const statuses = (repo: FakeRepo, sha: string) => repo.statuses.filter((s) => s.sha === sha && s.context === CONTEXT);
const comments = (repo: FakeRepo, number: number) =>
  [...repo.comments.values()].filter((c) => c.issueNumber === number);
const headOf = (repo: FakeRepo, number: number) => repo.pulls.get(number)!.head.sha;
const JUDGE = '.github/workflows/swap-check.yml';
/** What the runner sets for a job of swap-check.yml on the default branch. */
const WORKFLOW_REF = { GITHUB_WORKFLOW_REF: `edustream/oncall/${JUDGE}@refs/heads/main` };

/**
 * The judge run GitHub starts for a PR event: pull_request_target runs on the default branch's
 * commit, and swap-check.yml's run-name names it after the PR.
 */
function judgeRun(
  repo: FakeRepo,
  number: number,
  o: { createdAt?: Date; status?: 'queued' | 'in_progress' | 'completed'; conclusion?: 'success' | 'failure' } = {},
) {
  const createdAt = o.createdAt ?? new Date();
  const run = repo.addRun({
    workflowPath: JUDGE,
    name: 'swap check',
    event: 'pull_request_target',
    headSha: repo.branches.get('main')!,
    headBranch: 'main',
    createdAt,
    displayTitle: `swap check #${number}`,
    ...(o.status ? { status: o.status } : {}),
    ...(o.conclusion ? { conclusion: o.conclusion } : {}),
  });
  return run;
}

/** "swap review relay" completed: the workflow_run event the rejudge job gets for a review. */
const reviewRelayed = (pull: { head: { sha: string; ref: string } }) => ({
  name: 'workflow_run',
  payload: {
    action: 'completed',
    workflow_run: {
      head_sha: pull.head.sha,
      head_branch: pull.head.ref,
      head_repository: { owner: { login: 'edustream' } },
      pull_requests: [],
    },
  },
});
/** The rows of every rule table: what the verdict says, without the parts that name when it ran. */
const ruleRows = (body: string) => body.split('\n').filter((l) => /^\| (✅|❌|ℹ️) \|/.test(l));
const reviewRequests = () => gh!.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/requested_reviewers'));

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
    expect(status).toMatchObject({ state: 'success', creator: BOT });
    expect(status!.description).toBe('1 shift change meet the swap policy.');
    const [comment, ...others] = comments(repo, pr.number);
    expect(others).toEqual([]);
    const body = shown(comment!.body);
    expect(body).toContain('## On-call swap check: ✅ passes');
    expect(body).toContain(`### primary: ${name(s.relieved)} → ${name(s.covering)} (swap \``);
    expect(body).toContain(`| ✅ | 48-hour notice |`);
    expect(body).toContain(`| ✅ | Everyone moved agrees |`);
    expect(body).toContain(`| ✅ | Managers notified | ${name('eng-manager')} (@${login('eng-manager')}) notified`);
    expect(body).toContain('```mermaid\ngantt');
    // The manager is asked for review (the timeline records it), and then counts as notified.
    expect(repo.pulls.get(pr.number)!.requestedReviewers).toEqual([login('eng-manager')]);
    expect(repo.events.filter((e) => e.issueNumber === pr.number && e.event === 'review_requested')).toMatchObject([
      { actor: BOT, requestedReviewer: login('eng-manager') },
    ]);
    expect(r.stdout).not.toMatch(/^::error/m);
    expect(r.summary).toContain('## On-call swap check: ✅ passes');
  });

  it('a swap onto a heavier engineer than oncall cover would pick: the list in the comment, and the swap still passes', async () => {
    const repo = await repoWith();
    const { s, best, chosen } = heavierCover();
    const pr = openPr(repo, [s], { author: s.relieved });
    review(repo, pr.number, s.covering);
    const r = await runAction(prEvent(pr.number));
    expect(r.code).toBe(0);
    const body = shown(comments(repo, pr.number)[0]!.body);
    const num = (h: number) => (Number.isInteger(h) ? String(h) : h.toFixed(1));
    expect(body).toContain(
      `**Cover** (advice only: it does not change the verdict): ${name(chosen.person)} is not the lightest choice`,
    );
    expect(body).toContain(`| 1 | ${name(best.person)} | ${num(best.weighted)} | ${num(best.weightedAfter)} |`);
    expect(body).toMatch(
      new RegExp(`\\| \\d \\| ${re(name(chosen.person))} \\(chosen\\) \\| ${re(num(chosen.weighted))} \\|`),
    );
    expect(body).toContain(`\n${best.command}\n`);
    expect(r.summary).toContain('**Cover**');
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
    expect(shown(comments(repo, pr.number)[0]!.body)).toMatch(
      /\| ❌ \| 48-hour notice \| Only 47 h 59 min notice before/,
    );
    expect(r.stdout).toMatch(
      new RegExp(`^::error title=change/notice,file=${re(swapPath(s))},line=3,.*::Only 47 h 59 min notice`, 'm'),
    ); // the start: line
  });

  it('a swap moved nearer by a later push counts its notice from that push; the earlier approval goes stale', async () => {
    const repo = await repoWith();
    const far = swapIn(10 * 24);
    const pr = openPr(repo, [far], { author: far.relieved, createdAgoHours: 24 * 3 });
    review(repo, pr.number, far.covering, 'APPROVED', 3_000);
    expect((await runAction(prEvent(pr.number))).code).toBe(0);

    const near = swapIn(30);
    // The commit claims to be ten days old; only when GitHub received the push counts.
    repo.commit(
      { [swapPath(far)]: null, [swapPath(near)]: swapYaml(near) },
      { branch: 'swap', author: login(far.relieved), date: ago(10 * 24), pushedAt: new Date() },
    );
    const r = await runAction(prEvent(pr.number, 'synchronize'));
    expect(r.code).toBe(1);
    const body = comments(repo, pr.number).map((c) => shown(c.body));
    expect(body).toHaveLength(1); // the same comment, updated
    expect(body[0]).toMatch(/\| ❌ \| 48-hour notice \| Only (29|30) h/);
    if (near.covering === far.covering)
      expect(body[0]).toMatch(/\| ❌ \| Everyone moved agrees \| Waiting for .*approvals of an earlier version/);
    expect(statuses(repo, headOf(repo, pr.number))[0]).toMatchObject({ state: 'failure' });
  });

  it('an approval from before the swap last changed does not count', async () => {
    const repo = await repoWith();
    const s = swapIn(10 * 24, 5);
    const first = { ...s, end: iso(s.startMs + 4 * H) };
    const pr = openPr(repo, [first], { author: first.relieved, createdAgoHours: 2 });
    await runAction(prEvent(pr.number)); // the check sees the first version
    review(repo, pr.number, first.covering, 'APPROVED', 0);
    // One more hour of cover: a different shift change, which the approval of the first version did not see.
    const edited = { ...s, reason: 'Moved the wedding' };
    repo.commit(
      { [swapPath(first)]: swapYaml(edited) },
      { branch: 'swap', pushedAt: new Date(), author: login(first.relieved) },
    );
    const r = await runAction(prEvent(pr.number, 'synchronize'));
    expect(r.code).toBe(1);
    expect(shown(comments(repo, pr.number)[0]!.body)).toMatch(
      new RegExp(
        `\\| ❌ \\| Everyone moved agrees \\| Waiting for ${name(first.covering)} .*\\(approvals of an earlier version`,
      ),
    );
    // A change of wording only (the same shifts, the same people) keeps the approval.
    review(repo, pr.number, first.covering, 'APPROVED', 0);
    repo.commit(
      { [swapPath(first)]: swapYaml({ ...edited, reason: 'Moved the wedding, again' }) },
      { branch: 'swap', pushedAt: new Date(), author: login(first.relieved) },
    );
    expect((await runAction(prEvent(pr.number, 'synchronize'))).code).toBe(0);
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
    expect(shown(comments(repo, pr.number)[0]!.body)).toMatch(
      new RegExp(`\\| ❌ \\| Everyone moved agrees \\| Waiting for ${name(s.covering)} \\(@${login(s.covering)}\\)`),
    );
  });

  it('an emergency passes with the label and a manager’s approval, and fails without the manager', async () => {
    const repo = await repoWith();
    const s = swapIn(20);
    const pr = openPr(repo, [s], { author: s.relieved, labels: ['emergency-swap'] });
    review(repo, pr.number, s.covering);
    const without = await runAction(prEvent(pr.number));
    expect(without.code).toBe(1);
    expect(shown(comments(repo, pr.number)[0]!.body)).toMatch(/As an emergency it needs an approval from a manager/);
    review(repo, pr.number, 'eng-manager');
    const withManager = await runAction({
      name: 'pull_request_target',
      payload: { action: 'labeled', pull_request: { number: pr.number } },
    });
    expect(withManager.code).toBe(0);
    expect(comments(repo, pr.number)).toHaveLength(1);
    expect(shown(comments(repo, pr.number)[0]!.body)).toMatch(
      /\(swap `[^`]+`, emergency\)[\s\S]*Emergency: only \d+ h( \d+ min)? notice/,
    );
    expect(statuses(repo, pr.head.sha)[1]!.description).toBe('1 shift change meet the swap policy (emergency).');
  });

  it('removing a future swap needs the engineer who takes the shift back', async () => {
    const s = swapIn(9 * 24);
    const repo = await repoWith([s]);
    const pr = openPr(repo, [], { author: s.covering, remove: [s] });
    const r1 = await runAction(prEvent(pr.number));
    expect(r1.code).toBe(1);
    expect(shown(comments(repo, pr.number)[0]!.body)).toMatch(
      new RegExp(
        `### primary: ${name(s.covering)} → ${name(s.relieved)} \\(swap [\\s\\S]*Waiting for ${name(s.relieved)}`,
      ),
    );
    review(repo, pr.number, s.relieved);
    const r2 = await runAction(prEvent(pr.number, 'edited'));
    expect(r2.code, shown(comments(repo, pr.number)[0]!.body)).toBe(0);
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
    const body = shown(comments(repo, pr.number)[0]!.body);
    expect(body.match(/^### primary: .* \(swap `/gm)).toHaveLength(2);
    expect(body).toContain('2 shift changes meet the swap policy.');
  });

  it('a swap paid back in the same pay period is a time trade for both engineers', async () => {
    // Two 8-hour stretches in one calendar month (London), each held by the other engineer.
    const month = (t: number) =>
      new Date(t).toLocaleDateString('en-GB', { timeZone: 'Europe/London', month: 'numeric', year: 'numeric' });
    // Neither stretch on a holiday of the engineer who covers it (each has their own calendar).
    const free = (t: number, who: string) =>
      !holidaysOf(policy.compensation!, policy.team, who).dates.some(
        (d) => d.date === new Date(t).toISOString().slice(0, 10),
      );
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
        if (p === c || !clear(c, d1) || !clear(p, d2) || !free(d1, c) || !free(d2, p)) continue;
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
    const body = shown(comments(repo, pr.number)[0]!.body);
    // Who is moved: each gains 8 h and loses 8 h, all of it a time trade.
    for (const id of [first.covering, back.covering])
      expect(body).toMatch(new RegExp(`\\| ${name(id)} \\| 8 \\([^)]*\\) \\| 8 \\([^)]*\\) \\| 8 \\| 0 \\| 0 \\|`));
    expect(body).toMatch(/paid back by swap .* in the same pay period/);
  });

  it('holiday hours and overtime appear in the compensation table', async () => {
    // The first holiday still to come of an engineer free to cover 11:00–23:00 UTC that day, by
    // that engineer's own calendar (London's, Berlin's, Lisbon's or New York's).
    const options = ['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d'].flatMap((covering) =>
      holidaysOf(policy.compensation!, policy.team, covering)
        .dates.map((d) => Date.parse(`${d.date}T11:00:00Z`))
        .filter((startMs) => startMs > Date.now() + 4 * DAY)
        .filter((startMs) => {
          const relieved = holder('primary', startMs);
          return (
            covering !== relieved &&
            holder('primary', startMs + 12 * H - 1) === relieved &&
            covering !== holder('secondary', startMs) &&
            covering !== holder('secondary', startMs + 12 * H)
          );
        })
        .map((startMs) => ({ startMs, covering })),
    );
    const first = options.sort((x, y) => x.startMs - y.startMs)[0];
    if (!first) return console.warn('NOTICE: no holiday left in compensation.yaml to test with; extend the calendars.');
    const { startMs, covering } = first;
    const relieved = holder('primary', startMs);
    const s: SwapSpec = { start: iso(startMs), end: iso(startMs + 12 * H), relieved, covering };
    const repo = await repoWith();
    const pr = openPr(repo, [s], { author: relieved });
    review(repo, pr.number, covering);
    await runAction(prEvent(pr.number));
    // 11:00–23:00 UTC is inside the holiday in the covering engineer's zone, or all but its last
    // hour where the day ends at 22:00Z (Berlin in summer): 12 or 11 h.
    expect(shown(comments(repo, pr.number)[0]!.body)).toMatch(
      new RegExp(`\\| ${name(covering)} \\| 12 \\([^)]*\\) \\| — \\| 0 \\| (0|1) \\| (12|11) \\|`),
    );
  });

  it('a fork PR whose token cannot write still gets its verdict in the summary and the exit code', async () => {
    const repo = await repoWith();
    const s = swapIn(8 * 24);
    // From a fork: GitHub records no push in this repository, only the pull_request runs of its head.
    // The author asked the manager when opening it (a read-only token could not).
    const pr = openPr(repo, [s], {
      author: s.relieved,
      headRepo: `${login(s.relieved)}/oncall`,
      requestedReviewers: ['eng-manager'],
    });
    review(repo, pr.number, s.covering);
    const r = await runAction(prEvent(pr.number), { token: READ_ONLY });
    expect(r.code, r.summary).toBe(0);
    expect(r.summary).toContain('## On-call swap check: ✅ passes');
    expect(r.summary).toMatch(/standing in this PR since/);
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
    expect(reviewRequests()).toHaveLength(1);
  });

  it('a swap reason and roster names reach the channel and the PR comment as text: no ping, no link, no markup', async () => {
    const receiver = await startWebhook();
    const { posts, url: webhook } = receiver;
    const phishing = '<!channel> <https://evil.example|Confirm your PagerDuty swap here> @here evil.example';
    const hostileName =
      '@edustream/everyone [Confirm](https://evil.example) ![](https://evil.example/p.png) <img src=x>';
    try {
      const s = { ...swapIn(8 * 24), reason: JSON.stringify(phishing) };
      const base = policyFiles.find((f) => f.path === 'oncall/team.yaml')!;
      const team = Buffer.from(base.bytes)
        .toString('utf8')
        .replace(new RegExp(`(id: ${s.covering}\\n\\s+name: ).*`), `$1${JSON.stringify(hostileName)}`);
      expect(team).toContain('edustream/everyone');
      const repo = await repoWith([], { files: { 'oncall/team.yaml': team } });
      const pr = openPr(repo, [s], { author: s.relieved });
      expect((await runAction(prEvent(pr.number))).code).toBe(1); // the covering engineer has not approved yet
      const comment = comments(repo, pr.number)[0]!.body;
      expect(shown(comment)).toContain('edustream/everyone [Confirm]');
      const tool = policy.team!.people.map((p) => p.github);
      expect(liveMentions(comment).filter((m) => !tool.includes(m))).toEqual([]);
      expect(liveMarkup(parseMarkdown(comment))).toEqual([]);

      repo.pulls.get(pr.number)!.merged = true;
      const closed = {
        name: 'pull_request_target',
        payload: { action: 'closed', pull_request: { number: pr.number, merged: true } },
      };
      expect((await runAction(closed, { inputs: { 'slack-webhook-url': webhook } })).code).toBe(0);
      expect(posts).toHaveLength(1);
      const post = JSON.parse(posts[0]!) as { text: string; unfurl_links: boolean; unfurl_media: boolean };
      expect(post).toMatchObject({ unfurl_links: false, unfurl_media: false });
      // Slack acts on <…> (mentions, links), on @here and on addresses it recognises; none is left.
      const links = [...post.text.matchAll(/<([^>]*)>/g)].map((m) => m[1]);
      expect(links).toEqual([expect.stringMatching(/^https:\/\/github\.com\/edustream\/oncall\/pull\/\d+\|/)]);
      expect(post.text).not.toMatch(/@here|@channel|@edustream|evil\.example/);
      expect(post.text).toContain('Confirm your PagerDuty swap here');
    } finally {
      await receiver.close();
    }
  });

  it('a merge announces the swaps the PR added, not one main deleted since the PR forked', async () => {
    const receiver = await startWebhook();
    const { posts, url: webhook } = receiver;
    try {
      const old = { ...swapIn(9 * 24), reason: 'Cancelled since' };
      const repo = await repoWith([old]);
      const s = { ...weeksLater(swapIn(8 * 24), 4), reason: 'Family wedding' };
      const pr = openPr(repo, [s], { author: s.relieved });
      // main drops the old swap; the PR's recorded base moves on with it, its head still has it.
      const tip = repo.commit({ [swapPath(old)]: null }, { message: 'Cancel a swap' });
      Object.assign(repo.pulls.get(pr.number)!, { merged: true, base: { ref: 'main', sha: tip } });
      const closed = {
        name: 'pull_request_target',
        payload: { action: 'closed', pull_request: { number: pr.number, merged: true } },
      };
      const r = await runAction(closed, { inputs: { 'slack-webhook-url': webhook } });
      expect(r.stdout).toContain('Merged: announced 1 swap.');
      expect(posts.map((p) => (JSON.parse(p) as { text: string }).text)).toEqual([
        expect.stringContaining('Reason: Family wedding.'),
      ]);
    } finally {
      await receiver.close();
    }
  });

  it('a merged swap is announced to the team channel once', async () => {
    const receiver = await startWebhook();
    const { posts, url: webhook } = receiver;
    try {
      const repo = await repoWith();
      const s = swapIn(8 * 24);
      const pr = openPr(repo, [s], { author: s.relieved });
      repo.pulls.get(pr.number)!.merged = true;
      const event = {
        name: 'pull_request_target',
        payload: { action: 'closed', pull_request: { number: pr.number, merged: true } },
      };
      // A forged "already announced" record, as the old check kept in its comment, suppresses nothing.
      repo.addComment(pr.number, {
        user: BOT,
        body: `<!-- oncall-as-code:swap-check -->\n<!-- oncall-state {"announced":["${oldLedgerHash(s)}"]} -->`,
      });
      const run = repo.addRun({
        workflowPath: '.github/workflows/swap-announce.yml',
        event: 'pull_request_target',
        headSha: repo.branches.get('main')!,
        headBranch: 'main',
        status: 'in_progress',
      });
      const attempt = (n: number) => ({ GITHUB_RUN_ID: String(run.id), GITHUB_RUN_ATTEMPT: String(n) });
      const inputs = { 'slack-webhook-url': webhook };
      expect((await runAction(event, { inputs, env: attempt(1) })).code).toBe(0);
      Object.assign(run, { status: 'completed', conclusion: 'success' });
      // "Re-run all jobs": attempt 2 of the same run finds attempt 1 succeeded and posts nothing.
      repo.rerun(run.id, { status: 'in_progress' });
      const again = await runAction(event, { inputs, env: attempt(2) });
      expect(again.code).toBe(0);
      expect(again.stdout).toContain('an earlier attempt of this run announced the swaps already');
      expect(posts).toHaveLength(1);
      expect(JSON.parse(posts[0]!).text).toMatch(/On-call swap merged: Engineer . covers Engineer . on \*primary\*/);
      const none = await runAction(event);
      expect(none.stdout).toContain('Merged: no slack-webhook-url, nothing to announce.');
    } finally {
      await receiver.close();
    }
  });

  it('a teammate with write access who pushes onto the author’s branch cannot make the author cover a shift unasked', async () => {
    const repo = await repoWith();
    const s = swapIn(8 * 24);
    // The covering engineer opened a harmless PR; the relieved one pushes their own swap onto it.
    const rotations = textOf(policyFiles, 'oncall/rotations.yaml');
    const pr = openPr(repo, [], {
      author: s.covering,
      createdAgoHours: 72,
      changes: {
        'oncall/rotations.yaml': rotations.replace('First responder for every EduStream alert.', 'First responder.'),
      },
    });
    repo.commit({ [swapPath(s)]: swapYaml(s) }, { branch: 'swap', pushedAt: ago(70), author: login(s.relieved) });
    const r = await runAction(prEvent(pr.number, 'synchronize'));
    expect(r.code).toBe(1);
    expect(shown(comments(repo, pr.number)[0]!.body)).toMatch(
      new RegExp(`Waiting for .*${name(s.covering)} .*someone other than the author pushed this change`),
    );
    // Consent is then asked of everyone moved, the pusher included: approvals settle it.
    review(repo, pr.number, s.covering);
    review(repo, pr.number, s.relieved);
    expect((await runAction(prEvent(pr.number, 'edited'))).code).toBe(0);
  });

  it('a PR that moves nobody and validates passes, asking and telling nobody', async () => {
    const repo = await repoWith();
    const rotations = textOf(policyFiles, 'oncall/rotations.yaml');
    const pr = openPr(repo, [], {
      author: 'engineer-d',
      head: 'wording',
      changes: {
        'oncall/rotations.yaml': rotations.replace(
          'First responder for every EduStream alert.',
          'First responder for every alert.',
        ),
      },
    });
    const r = await runAction(prEvent(pr.number));
    expect(r.code).toBe(0);
    expect(statuses(repo, pr.head.sha)).toMatchObject([
      { state: 'success', description: 'Moves nobody; the policy validates.' },
    ]);
    // No comment on a PR that moves nobody: the verdict is in the status, the summary and the job.
    expect(comments(repo, pr.number)).toEqual([]);
    expect(r.summary).toContain('## On-call swap check: ✅ passes');
    expect(reviewRequests()).toEqual([]);
  });

  it('a swap onto someone on declared leave is refused like one onto an untrained engineer, at its covering line', async () => {
    const s = swapIn(8 * 24);
    const covering = policy.team!.people.find((p) => p.id === s.covering)!;
    const day = Temporal.Instant.fromEpochMilliseconds(s.startMs).toZonedDateTimeISO(covering.time_zone).toPlainDate();
    const leave = `# yaml-language-server: $schema=../../schemas/time-off.schema.json\nperiods:\n  - { start: ${day.subtract({ days: 1 })}, end: ${day.add({ days: 1 })}, kind: leave }\n`;
    const repo = await repoWith([], { files: { [`oncall/time-off/${s.covering}.yaml`]: leave } });
    const pr = openPr(repo, [s], { author: s.relieved });
    review(repo, pr.number, s.covering);
    const r = await runAction(prEvent(pr.number));
    expect(r.code).toBe(1);
    expect(statuses(repo, pr.head.sha)[0]).toMatchObject({ state: 'failure' });
    const line =
      swapYaml(s)
        .split('\n')
        .findIndex((l) => l.startsWith('covering:')) + 1;
    expect(r.stdout).toMatch(
      new RegExp(`^::error title=schedule/on-leave,file=${swapPath(s).replaceAll('.', '\\.')},line=${line},`, 'm'),
    );
    expect(r.stdout).toMatch(/during their declared leave/);
  });

  it('a member and an ordinary approver cannot bind a PagerDuty service: an engineering manager must approve', async () => {
    const repo = await repoWith();
    const services = textOf(policyFiles, 'oncall/services.yaml');
    const id = services.match(/^ {2}- id: (\S+)$/m)![1]!;
    const bound = services.replace(`  - id: ${id}\n`, `  - id: ${id}\n    pagerduty_id: PTHEIRS1\n`);
    const pr = openPr(repo, [], { author: 'engineer-d', head: 'bind', changes: { 'oncall/services.yaml': bound } });
    review(repo, pr.number, 'engineer-b');
    const r = await runAction(prEvent(pr.number));
    expect(r.code).toBe(1);
    expect(statuses(repo, pr.head.sha)[0]!.description).toMatch(/1 new PagerDuty binding, 1 not approved/);
    expect(shown(comments(repo, pr.number)[0]!.body)).toMatch(
      /### PagerDuty bindings[\s\S]*\| ❌ \| Binding approved \|/,
    );
    const line = bound.split('\n').findIndex((l) => l.includes('PTHEIRS1')) + 1;
    expect(r.stdout).toMatch(
      new RegExp(`^::error title=change/binding,file=oncall/services\\.yaml,line=${line},`, 'm'),
    );

    review(repo, pr.number, 'eng-manager');
    const approved = await runAction(prEvent(pr.number, 'synchronize'));
    expect(approved.code).toBe(0);
    expect(statuses(repo, pr.head.sha).at(-1)).toMatchObject({ state: 'success' });
  });

  it('a PR that moves nobody but breaks the policy fails, with an annotation where it breaks', async () => {
    const repo = await repoWith();
    const escalation = textOf(policyFiles, 'oncall/escalation.yaml');
    const pr = openPr(repo, [], {
      author: 'engineer-d',
      head: 'typo',
      changes: { 'oncall/escalation.yaml': escalation.replace('- schedule: secondary', '- schedule: secondry') },
    });
    const r = await runAction(prEvent(pr.number));
    expect(r.code).toBe(1);
    expect(statuses(repo, pr.head.sha)[0]).toMatchObject({ state: 'failure' });
    expect(statuses(repo, pr.head.sha)[0]!.description).toMatch(/^Moves nobody, but the policy does not validate\./);
    expect(shown(comments(repo, pr.number)[0]!.body)).toMatch(/❌ \*\*Policy still holds\*\*/);
    expect(r.stdout).toMatch(/^::error title=reference\/unknown-schedule,file=oncall\/escalation\.yaml,line=\d+/m);
  });
});

describe('the gate follows reviews, the clock and the merge queue', () => {
  it('a review re-runs the PR’s judge run, and the re-run’s verdict follows the review', async () => {
    const repo = await repoWith();
    const s = swapIn(8 * 24);
    const pr = openPr(repo, [s], { author: s.relieved });
    const run = judgeRun(repo, pr.number);
    expect((await runAction(prEvent(pr.number))).code).toBe(1); // no approval yet
    review(repo, pr.number, s.covering, 'APPROVED', 0);
    const relay = await runAction(reviewRelayed(pr), { env: WORKFLOW_REF });
    expect(relay.code).toBe(0);
    expect(relay.stdout).toContain(`Re-running judge run ${run.id} of #${pr.number}.`);
    expect(repo.rerunRequests).toEqual([expect.objectContaining({ runId: run.id, by: BOT })]);
    // The re-run replays the opened event; it judges the PR as GitHub records it now.
    const again = await runAction(prEvent(pr.number), {
      env: { GITHUB_RUN_ID: String(run.id), GITHUB_RUN_ATTEMPT: '2' },
    });
    expect(again.code).toBe(0);
    expect(statuses(repo, pr.head.sha).map((x) => x.state)).toEqual(['failure', 'success']);
  });

  it('a run of that name from any other workflow or event points nowhere; a judge run still going is waited for', async () => {
    const repo = await repoWith();
    const s = swapIn(8 * 24);
    const pr = openPr(repo, [s], { author: s.relieved });
    const real = judgeRun(repo, pr.number, { status: 'in_progress', createdAt: ago(1) });
    // A branch's copy of the judge file (a pull_request run) and another workflow, both titled as the judge.
    for (const [path, event] of [
      [JUDGE, 'pull_request'],
      ['.github/workflows/labeler.yml', 'pull_request_target'],
    ] as const)
      repo.addRun({
        workflowPath: path,
        event,
        headSha: pr.head.sha,
        headBranch: 'swap',
        displayTitle: `swap check #${pr.number}`,
      });
    setTimeout(() => {
      real.status = 'completed';
      real.conclusion = 'failure';
    }, 300);
    const relay = await runAction(reviewRelayed(pr), {
      env: WORKFLOW_REF,
      inputs: { 'poll-seconds': '0.1', 'wait-minutes': '0.5' },
    });
    expect(relay.code).toBe(0);
    expect(repo.rerunRequests.map((r) => r.runId)).toEqual([real.id]);
  });

  it('re-runs of older judge runs do not hide the latest one; a second PR from the same fork branch does not capture the review', async () => {
    const repo = await repoWith();
    repo.commit({}, { branch: 'release-1', parent: 'main' });
    const s = swapIn(8 * 24);
    const fork = `${login(s.relieved)}/oncall`;
    const pr = openPr(repo, [s], { author: s.relieved, headRepo: fork });
    const runs = [6, 5, 4, 3, 2, 1].map((h) => judgeRun(repo, pr.number, { createdAt: ago(h), conclusion: 'success' }));
    for (const old of runs.slice(0, 5)) repo.rerun(old.id, { actor: login('engineer-d') });
    const decoy = openPr(repo, [], { author: s.relieved, headRepo: fork });
    Object.assign(repo.pulls.get(decoy.number)!.base, { ref: 'release-1' });
    repo.pulls.get(decoy.number)!.head.sha = pr.head.sha;
    const decoyRun = judgeRun(repo, decoy.number, { conclusion: 'success' });
    const run = {
      head_sha: pr.head.sha,
      head_branch: 'swap',
      head_repository: { owner: { login: login(s.relieved) } },
      pull_requests: [],
    };
    const relay = await runAction(
      { name: 'workflow_run', payload: { action: 'completed', workflow_run: run } },
      { env: WORKFLOW_REF },
    );
    expect(relay.code).toBe(0);
    expect(repo.rerunRequests.map((r) => r.runId).sort()).toEqual([runs[5]!.id, decoyRun.id].sort());
  });

  it('with no judge run to re-run, or only one too old to re-run, the rejudge fails saying what to do', async () => {
    const repo = await repoWith();
    const s = swapIn(8 * 24);
    const pr = openPr(repo, [s], { author: s.relieved, createdAgoHours: 40 * 24 });
    const none = await runAction(reviewRelayed(pr), { env: WORKFLOW_REF });
    expect(none.code).toBe(1);
    expect(none.stdout).toContain(`No judge run of ${JUDGE} in the last 30 days is recorded for #${pr.number}; push`);
    judgeRun(repo, pr.number, { createdAt: ago(31 * 24) }); // GitHub would refuse to re-run it
    const old = await runAction(reviewRelayed(pr), { env: WORKFLOW_REF });
    expect(old.code).toBe(1);
    expect(old.stdout).toContain('in the last 30 days is recorded');
    expect(repo.rerunRequests).toEqual([]);
  });

  it('bypass 8 — a pass expires: the hourly sweep re-runs the passing judge runs of PRs that change the policy, oldest first', async () => {
    const repo = await repoWith();
    const a = swapIn(8 * 24);
    const b = weeksLater(a, 4);
    const c = weeksLater(a, 8);
    const older = openPr(repo, [a], { author: a.relieved, head: 'swap-a' });
    const failing = openPr(repo, [b], { author: b.relieved, head: 'swap-b' });
    const newer = openPr(repo, [c], { author: c.relieved, head: 'swap-c' });
    const docs = openPr(repo, [], { author: a.relieved, head: 'docs', changes: { 'README.md': '# Hello\n' } });
    const newerRun = judgeRun(repo, newer.number, { createdAt: ago(1), conclusion: 'success' });
    const olderRun = judgeRun(repo, older.number, { createdAt: ago(3), conclusion: 'success' });
    judgeRun(repo, failing.number, { createdAt: ago(2), conclusion: 'failure' });
    judgeRun(repo, docs.number, { createdAt: ago(2), conclusion: 'success' });
    const sweep = await runAction({ name: 'schedule', payload: { schedule: '17 * * * *' } }, { env: WORKFLOW_REF });
    expect(sweep.code).toBe(0);
    expect(repo.rerunRequests.map((r) => r.runId)).toEqual([olderRun.id, newerRun.id]);
    expect(sweep.summary).toContain('Hourly sweep: 2 judge runs re-run, 0 could not be.');
    expect(sweep.summary).toContain(
      `| #${failing.number} | skipped: no judge run of it passed (latest: failure); time cannot make it pass |`,
    );
    expect(sweep.summary).toContain(`| #${docs.number} | skipped: changes nothing under oncall/ |`);
  });

  it('no number of other open PRs crowds a passing PR out of the sweep; what is left undone fails it', async () => {
    const repo = await repoWith();
    for (let k = 0; k < 101; k++)
      openPr(repo, [], { author: 'engineer-d', head: `junk-${k}`, changes: { [`docs/j${k}.md`]: 'x\n' } });
    const s = swapIn(8 * 24);
    const pr = openPr(repo, [s], { author: s.relieved });
    const real = judgeRun(repo, pr.number, { createdAt: ago(2), conclusion: 'success' });
    const sweep = await runAction({ name: 'schedule', payload: {} }, { env: WORKFLOW_REF });
    expect(repo.rerunRequests.map((r) => r.runId)).toEqual([real.id]);
    expect(sweep.code).toBe(1); // the 101st PR with no judge run was not looked at
    expect(sweep.summary).toMatch(/\| #\d+ \| ❌ skipped: not looked at \(over 100 unjudged PRs\) \|/);
  }, 60_000);

  it('a teammate who re-runs an older passing judge run over a newer one cannot keep the pass from expiring', async () => {
    const repo = await repoWith();
    const s = swapIn(8 * 24);
    const pr = openPr(repo, [s], { author: s.relieved });
    const older = judgeRun(repo, pr.number, { createdAt: ago(3), conclusion: 'success' });
    const newest = judgeRun(repo, pr.number, { createdAt: ago(2), conclusion: 'success' });
    repo.rerun(newest.id, { at: ago(1.5), actor: login('engineer-d'), status: 'completed', conclusion: 'cancelled' });
    repo.rerun(older.id, { at: ago(1), actor: login('engineer-d'), status: 'completed', conclusion: 'success' });
    const sweep = await runAction({ name: 'schedule', payload: {} }, { env: WORKFLOW_REF });
    expect(sweep.code).toBe(0);
    // The newest run is re-run (the newest checker); its attempt replaces the old pass on the PR.
    expect(repo.rerunRequests.map((r) => r.runId)).toEqual([newest.id]);
  });

  it('a PR whose judge run is beyond the 1,000 runs GitHub lists is not called unjudged', async () => {
    const repo = await repoWith();
    const s = swapIn(8 * 24);
    const pr = openPr(repo, [s], { author: s.relieved });
    judgeRun(repo, pr.number, { createdAt: ago(5), conclusion: 'success' });
    const other = openPr(repo, [], { author: 'engineer-d', head: 'busy', changes: { 'README.md': 'x\n' } });
    for (let k = 0; k < 1000; k++) judgeRun(repo, other.number, { createdAt: ago(4 - k / 1000) });
    const relay = await runAction(reviewRelayed(pr), { env: WORKFLOW_REF });
    expect(relay.code).toBe(1);
    expect(relay.stdout).toContain(`#${pr.number}'s judge run is not among the 1,000 newest GitHub lists`);
  }, 60_000);

  it('the merge queue judges the merge commit: the approved PR passes, a change the PR never held fails, nothing is written', async () => {
    const repo = await repoWith();
    const s = swapIn(8 * 24);
    const extra = weeksLater(s, 4);
    const pr = openPr(repo, [s], { author: s.relieved });
    review(repo, pr.number, s.covering);
    expect((await runAction(prEvent(pr.number))).code).toBe(0); // the PR's own judge asks the managers
    const group = (files: Record<string, string>) => {
      const ref = `gh-readonly-queue/main/pr-${pr.number}-${pr.head.sha}`;
      const head = repo.commit(files, {
        branch: ref,
        parent: pr.head.sha,
        message: `Merge pull request #${pr.number}`,
      });
      const payload = { merge_group: { head_sha: head, head_ref: `refs/heads/${ref}`, base_sha: pr.base.sha } };
      return { name: 'merge_group', payload: { action: 'checks_requested', ...payload } };
    };
    const writes = () => gh!.requests.filter((q) => q.method !== 'GET').length;
    const before = writes();
    const clean = await runAction(group({}));
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain(`Merge queue, #${pr.number}:`);
    // A group whose merge commit carries a swap no head of the PR ever held (nobody approved it).
    const smuggled = await runAction(group({ [swapPath(extra)]: swapYaml(extra) }));
    expect(smuggled.code).toBe(1);
    expect(ruleRows(smuggled.summary)).toContainEqual(expect.stringMatching(/^\| ❌ \| Everyone moved agrees/));
    expect(writes()).toBe(before);
    expect(comments(repo, pr.number)).toHaveLength(1);
  });
});

describe('issue 13: each bypass, replayed by the attacker against the bundled action', () => {
  it('bypass 1 — a teammate reorders the members in rotations.yaml, no swap file: fails, naming each moved shift and who must approve', async () => {
    const repo = await repoWith();
    const rotations = textOf(policyFiles, 'oncall/rotations.yaml');
    const pr = openPr(repo, [], {
      author: 'engineer-c',
      head: 'reorder',
      changes: {
        'oncall/rotations.yaml': rotations.replace(
          'members: [engineer-a, engineer-b, engineer-c, engineer-d]',
          'members: [engineer-b, engineer-a, engineer-c, engineer-d]',
        ),
      },
    });
    const r = await runAction(prEvent(pr.number));
    expect(r.code).toBe(1);
    expect(statuses(repo, pr.head.sha)[0]).toMatchObject({ state: 'failure' });
    const body = shown(comments(repo, pr.number)[0]!.body);
    // Two years of weekly turns: the first changes get a section each, the rest a row, within GitHub's limit.
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT);
    expect(body).toContain('### More shift changes');
    const [a, b] = [name('engineer-a'), name('engineer-b')];
    expect(body).toContain(`### primary: ${a} → ${b} (rotation change)`);
    expect(body).toContain(`### primary: ${b} → ${a} (rotation change)`);
    expect(body).toMatch(
      new RegExp(
        `Waiting for (${a} \\(@${login('engineer-a')}\\) and ${b} \\(@${login('engineer-b')}\\)|${b} \\(@${login('engineer-b')}\\) and ${a} \\(@${login('engineer-a')}\\)) to approve`,
      ),
    );
    // Both are named in the table of who is moved, and the manager was asked.
    expect(body).toMatch(new RegExp(`^\\| ${a} \\| \\d+`, 'm'));
    expect(body).toMatch(new RegExp(`^\\| ${b} \\| \\d+`, 'm'));
    expect(repo.pulls.get(pr.number)!.requestedReviewers).toEqual([login('eng-manager')]);
    // The annotation lands on the schedule in rotations.yaml (line 6: "- id: primary").
    expect(r.stdout).toMatch(/^::error title=change\/consent,file=oncall\/rotations\.yaml,line=6,/m);
  });

  it('bypass 1 — a teammate adds a short lowest layer that pages someone else in 3 h: fails on notice and consent', async () => {
    const repo = await repoWith();
    const s = swapIn(3);
    const layer = [
      '      - id: late-cover',
      '        name: Late cover',
      '        time_zone: Etc/UTC',
      `        start: ${s.start.slice(0, 16)}`,
      `        end: ${s.end!.slice(0, 16)}`,
      '        turn_length: { hours: 4 }',
      `        members: [${s.covering}]`,
      '',
    ].join('\n');
    const rotations = textOf(policyFiles, 'oncall/rotations.yaml').replace(
      '  - id: secondary',
      `${layer}\n  - id: secondary`,
    );
    const author = ['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d'].find(
      (p) => p !== s.relieved && p !== s.covering,
    )!;
    const pr = openPr(repo, [], { author, head: 'late-cover', changes: { 'oncall/rotations.yaml': rotations } });
    const r = await runAction(prEvent(pr.number));
    expect(r.code).toBe(1);
    const body = shown(comments(repo, pr.number)[0]!.body);
    expect(body).toContain(`### primary: ${name(s.relieved)} → ${name(s.covering)} (rotation change)`);
    expect(body).toContain(`${s.start} → ${s.end}`);
    expect(body).toMatch(/\| ❌ \| 48-hour notice \| Only [23] h( \d+ min)? notice before/);
    expect(body).toMatch(
      new RegExp(`\\| ❌ \\| Everyone moved agrees \\| Waiting for ${name(s.relieved)} .* and ${name(s.covering)}`),
    );
    expect(r.stdout).toMatch(/^::error title=change\/notice,file=oncall\/rotations\.yaml,line=6,/m);
    expect(statuses(repo, pr.head.sha)[0]).toMatchObject({ state: 'failure' });
  });

  it('bypass 2 — a teammate’s branch workflow forges oncall/swap-policy statuses as github-actions[bot]: a 47 h swap still fails', async () => {
    const repo = await repoWith();
    const near = swapIn(47);
    const far = weeksLater(near, 4);
    const pr = openPr(repo, [far], { author: near.relieved, createdAgoHours: 4 * 24 });
    // Three days ago a workflow on the attacker's branch (on: push; gone again from the PR's final
    // diff) posted with its GITHUB_TOKEN, as github-actions[bot], a "seen" entry for a swap not yet pushed.
    repo.addRun({
      workflowPath: '.github/workflows/forge.yml',
      event: 'push',
      headSha: pr.head.sha,
      headBranch: 'swap',
    });
    repo.addStatus(pr.head.sha, {
      state: 'pending',
      context: CONTEXT,
      description: `1 swap change meet the swap policy. · seen ${oldLedgerHash(near)}`,
      creator: BOT,
      createdAt: ago(3 * 24),
    });
    // Now the 47 h swap itself, approved by the covering engineer.
    repo.commit(
      { [swapPath(far)]: null, [swapPath(near)]: swapYaml(near) },
      { branch: 'swap', author: login(near.relieved), pushedAt: new Date() },
    );
    review(repo, pr.number, near.covering);
    const r = await runAction(prEvent(pr.number, 'synchronize'));
    expect(r.code).toBe(1);
    expect(r.outputs.ok).toBe('false');
    const head = headOf(repo, pr.number);
    expect(statuses(repo, head).at(-1)).toMatchObject({ state: 'failure', creator: BOT });
    expect(shown(comments(repo, pr.number)[0]!.body)).toMatch(
      /\| ❌ \| 48-hour notice \| Only 4[67] h( \d+ min)? notice/,
    );

    // Then a "success" over the real failure: the next run still fails (its job is the gate).
    repo.addStatus(head, {
      state: 'success',
      context: CONTEXT,
      description: '1 shift change meet the swap policy.',
      creator: BOT,
    });
    const again = await runAction(prEvent(pr.number, 'labeled'));
    expect(again.code).toBe(1);
    expect(statuses(repo, head).at(-1)).toMatchObject({ state: 'failure' });
    // Statuses are never read: they are not evidence.
    expect(gh!.requests.filter((q) => q.method === 'GET' && /\/status(es)?$/.test(q.path))).toEqual([]);
  });

  it('bypass 3 — the author re-runs the PR’s original `opened` run after pushing a near swap: the same verdict as a fresh run', async () => {
    const repo = await repoWith();
    const near = swapIn(40);
    const far = weeksLater(near, 4);
    const pr = openPr(repo, [far], { author: near.relieved, createdAgoHours: 5 * 24 });
    const openedHead = pr.head.sha;
    const opened = repo.addRun({
      workflowPath: '.github/workflows/swap-check.yml',
      name: 'swap check',
      event: 'pull_request_target',
      headSha: repo.branches.get('main')!,
      headBranch: 'main',
      createdAt: ago(5 * 24),
    });
    repo.commit(
      { [swapPath(far)]: null, [swapPath(near)]: swapYaml(near) },
      { branch: 'swap', author: login(near.relieved), pushedAt: ago(1) },
    );
    review(repo, pr.number, near.covering); // approves the near swap: only notice is short
    // "Re-run jobs": the same run, attempt 2, with the payload of the day the PR was opened.
    repo.rerun(opened.id, { actor: login(near.relieved) });
    const replay = {
      name: 'pull_request_target',
      payload: {
        action: 'opened',
        number: pr.number,
        pull_request: { number: pr.number, head: { sha: openedHead, ref: 'swap' }, created_at: ago(5 * 24) },
      },
    };
    const rerun = await runAction(replay, {
      env: { GITHUB_RUN_ID: String(opened.id), GITHUB_RUN_ATTEMPT: '2', GITHUB_SHA: opened.headSha },
    });
    const fresh = await runAction(prEvent(pr.number, 'synchronize'));
    expect(rerun.code).toBe(1);
    expect(fresh.code).toBe(1);
    expect(ruleRows(rerun.summary)).toEqual(ruleRows(fresh.summary));
    expect(ruleRows(rerun.summary)).toContainEqual(expect.stringMatching(/^\| ❌ \| 48-hour notice \| Only (40|41) h/));
    const [first, second] = statuses(repo, headOf(repo, pr.number));
    expect(first).toMatchObject({ state: 'failure' });
    expect(second).toMatchObject({ state: 'failure', description: first!.description });
  });

  it('bypass 4 — a forged bot comment with hidden oncall-state does not stop the managers being asked', async () => {
    const repo = await repoWith();
    const s = swapIn(8 * 24);
    const pr = openPr(repo, [s], { author: s.relieved });
    review(repo, pr.number, s.covering);
    // Posted by a branch workflow's GITHUB_TOKEN, so it is the bot's, with the sticky marker.
    const state = { notified: [login('eng-manager')], shas: [pr.head.sha], announced: [] };
    repo.addComment(pr.number, {
      user: BOT,
      body: `<!-- oncall-as-code:swap-check -->\nAll good.\n<!-- oncall-state ${JSON.stringify(state)} -->`,
    });
    const r = await runAction(prEvent(pr.number));
    expect(repo.pulls.get(pr.number)!.requestedReviewers).toEqual([login('eng-manager')]);
    expect(reviewRequests()).toHaveLength(1);
    expect(r.code).toBe(0); // asked now, so notified now
    const all = comments(repo, pr.number);
    expect(all).toHaveLength(1); // the forged comment is the sticky one, rewritten
    expect(all[0]!.body).toContain('## On-call swap check: ✅ passes');
    expect(all[0]!.body).not.toContain('oncall-state');
  });

  it('bypass 4 — a swap file named with <!-- oncall-state … --> and a mention renders inert and the managers are still asked', async () => {
    const repo = await repoWith();
    const s = swapIn(8 * 24);
    const hostile = `${swapPath(s).slice(0, -5)} <!-- oncall-state {"notified":["${login('eng-manager')}"],"announced":["x"]} --> @${login('cto')}.yaml`;
    const pr = openPr(repo, [], { author: s.relieved, changes: { [hostile]: swapYaml(s) } });
    review(repo, pr.number, s.covering);
    const r = await runAction(prEvent(pr.number));
    expect(repo.pulls.get(pr.number)!.requestedReviewers).toEqual([login('eng-manager')]);
    expect(r.code).toBe(0); // the name only earns a swap/file-name warning
    const body = comments(repo, pr.number)[0]!.body;
    expect(body).not.toMatch(/<!-- oncall-state/);
    expect(body).not.toContain(`@${login('cto')}`);
    expect(body).toContain(`(swap \`${swapPath(s).slice(13, -5)} ‹!-- oncall-state {"notified"`);
    expect(repo.events.filter((e) => e.event === 'mentioned' && e.actor === login('cto'))).toEqual([]);
  });

  it('bypass 5 — the author force-pushes back to content A after the covering engineer approved content B: the approval does not count', async () => {
    const repo = await repoWith();
    const s = swapIn(8 * 24, 5);
    const contentA = { ...s, end: iso(s.startMs + 4 * H) };
    const contentB = { ...s, start: iso(s.startMs + H) }; // an hour later: another stretch
    const pr = openPr(repo, [contentA], { author: s.relieved });
    const shaA = pr.head.sha;
    await runAction(prEvent(pr.number)); // the check sees A
    repo.commit(
      { [swapPath(contentA)]: null, [swapPath(contentB)]: swapYaml(contentB) },
      { branch: 'swap', author: login(s.relieved), pushedAt: new Date() },
    );
    await runAction(prEvent(pr.number, 'synchronize')); // and B
    review(repo, pr.number, s.covering, 'APPROVED', 0); // the covering engineer agrees to B
    await new Promise((r) => setTimeout(r, 1100)); // GitHub's timestamps are to the second
    repo.forcePush('swap', shaA, { actor: login(s.relieved) });
    expect(headOf(repo, pr.number)).toBe(shaA);

    const r = await runAction(prEvent(pr.number, 'synchronize'));
    expect(r.code).toBe(1);
    const body = shown(comments(repo, pr.number)[0]!.body);
    expect(body).toMatch(new RegExp(`\\| ❌ \\| Everyone moved agrees \\| Waiting for ${name(s.covering)}`));
    expect(body).toMatch(/\| ✅ \| 48-hour notice \|/); // notice counts from the force-push: still ~8 days
    // Approving A as it now stands counts.
    review(repo, pr.number, s.covering, 'APPROVED', 0);
    expect((await runAction(prEvent(pr.number, 'edited'))).code).toBe(0);
  });

  it('bypass 5b — a branch that merges main in, then deletes a swap that landed there, is judged against main as it is now', async () => {
    const repo = await repoWith();
    const rotations = textOf(policyFiles, 'oncall/rotations.yaml');
    const wording = {
      'oncall/rotations.yaml': rotations.replace('First responder for every EduStream alert.', 'First responder.'),
    };
    const pr = openPr(repo, [], { author: 'engineer-d', head: 'wording', changes: wording });
    const s = swapIn(8 * 24);
    repo.commit({ [swapPath(s)]: swapYaml(s) }, { branch: 'main' }); // a consented swap lands
    repo.commit({ [swapPath(s)]: swapYaml(s) }, { branch: 'wording', pushedAt: new Date() }); // "update branch"
    repo.commit({ [swapPath(s)]: null }, { branch: 'wording', pushedAt: new Date() });
    const r = await runAction(prEvent(pr.number, 'synchronize'));
    expect(r.code).toBe(1);
    expect(ruleRows(r.summary)).toContainEqual(expect.stringMatching(/^\| ❌ \| Everyone moved agrees/));
  });

  it('bypass 6 — with over 1,000 files in oncall/swaps/ on base, a new swap is still judged (trees API, not the contents listing)', async () => {
    const archive = pastSwaps(policy, 1001);
    const files = Object.fromEntries(archive.map((x) => [x.path, swapYaml(x.swap)]));
    expect(
      validatePolicy([
        ...policyFiles,
        ...Object.entries(files).map(([path, t]) => ({ path, bytes: Buffer.from(t) })),
      ]).findings.filter((f) => f.severity === 'error'),
    ).toEqual([]);
    const repo = await repoWith([], { files });
    const s = swapIn(8 * 24);
    const pr = openPr(repo, [s], { author: s.relieved });
    // The default branch as actions/checkout leaves it in the workspace: its files need no API read.
    const workspace = tempPolicy(files);
    const r = await runAction(prEvent(pr.number), { env: { GITHUB_WORKSPACE: workspace } });
    expect(r.code).toBe(1); // judged: the covering engineer has not approved
    const body = shown(comments(repo, pr.number)[0]!.body);
    expect(body).toContain(`### primary: ${name(s.relieved)} → ${name(s.covering)} (swap \``);
    expect(body).toMatch(new RegExp(`Waiting for ${name(s.covering)}`));
    review(repo, pr.number, s.covering, 'APPROVED', 0);
    const ok = await runAction(prEvent(pr.number, 'edited'), { env: { GITHUB_WORKSPACE: workspace } });
    expect(ok.code).toBe(0);
    expect(gh!.requests.filter((q) => q.path.includes('/contents/'))).toEqual([]);
    // Each run read the one new swap by its blob, and nothing it already had.
    expect(gh!.requests.filter((q) => q.path.includes('/git/blobs/')).length).toBeLessThanOrEqual(4);

    // Without the files at hand the reads would exceed the run's budget: it fails, saying so.
    const cold = await runAction(prEvent(pr.number, 'edited'));
    expect(cold.code).toBe(1);
    const refused = shown(comments(repo, pr.number)[0]!.body);
    expect(refused).toMatch(/^❌ .* more than the 200 one run may make; split it, or archive old swap files\.$/m);
    expect(refused).not.toContain('Policy still holds'); // files it could not read are not missing
    expect(cold.stdout).not.toMatch(/^::error title=file\/missing/m);
  });

  it('a fork PR of 1,000 swap files costs a few dozen requests and no file read: it fails, saying why', async () => {
    const repo = await repoWith();
    const changes: Record<string, string> = {};
    const first = Date.parse('2027-01-01T00:00:00Z');
    for (let i = 0; i < 1000; i++) {
      const start = iso(first + i * H);
      const spec = { start, end: iso(first + i * H + 60_000), relieved: 'engineer-a', covering: 'engineer-b' };
      changes[`oncall/swaps/junk-${i}.yaml`] = swapYaml(spec);
    }
    const pr = openPr(repo, [], { author: 'engineer-a', headRepo: 'mallory/oncall', changes });
    gh!.requests.length = 0;
    const r = await runAction(prEvent(pr.number, 'edited'));
    expect(r.code).toBe(1);
    const body = shown(comments(repo, pr.number)[0]!.body);
    expect(body).toMatch(/more than the 200 one run may make; split it, or archive old swap files\./);
    expect(gh!.requests.filter((q) => q.path.includes('/git/blobs/'))).toEqual([]);
    // The listing of 1,000 files is 10 pages; the rest is the PR, trees, reviews, pushes and the verdict.
    expect(gh!.requests.length).toBeLessThanOrEqual(40);
  });

  it('a fork PR of large swap files under the read count is refused by size before any read', async () => {
    const repo = await repoWith();
    const flow = `# ${'x'.repeat(70)}\n`.repeat(Math.floor((60 * 1024) / 73)); // 60 KiB of comment lines
    const changes: Record<string, string> = {};
    for (let i = 0; i < 150; i++) changes[`oncall/swaps/big-${i}.yaml`] = `${flow}schedule: primary-${i}\n`;
    changes['oncall/swaps/huge.yaml'] = `${flow.repeat(2)}schedule: primary\n`; // over 64 KiB: not even counted
    const pr = openPr(repo, [], { author: 'engineer-a', headRepo: 'mallory/oncall', changes });
    gh!.requests.length = 0;
    const r = await runAction(prEvent(pr.number));
    expect(r.code).toBe(1);
    expect(shown(comments(repo, pr.number)[0]!.body)).toMatch(
      /the PR's policy files come to \d+ KiB to read, more than the 8192 KiB one run may parse; split it\./,
    );
    expect(gh!.requests.filter((q) => q.path.includes('/git/blobs/'))).toEqual([]);
  });

  it('a flood of comments and reviews costs a bounded number of requests; past 1,000 reviews the verdict fails closed', async () => {
    const repo = await repoWith();
    const s = swapIn(8 * 24);
    const pr = openPr(repo, [s], { author: s.relieved });
    for (let i = 0; i < 2500; i++) repo.addComment(pr.number, { user: 'mallory', body: `spam ${i}` });
    gh!.requests.length = 0;
    await runAction(prEvent(pr.number));
    // Ten pages at most each time the comment is looked for (before writing it, and after).
    expect(gh!.requests.filter((q) => q.path.endsWith(`/issues/${pr.number}/comments`)).length).toBeLessThanOrEqual(20);
    for (let i = 0; i < 1001; i++) repo.addReview(pr.number, { user: 'mallory', state: 'COMMENTED' });
    gh!.requests.length = 0;
    const r = await runAction(prEvent(pr.number));
    expect(r.code).toBe(1);
    expect(gh!.requests.filter((q) => q.path.endsWith(`/pulls/${pr.number}/reviews`)).length).toBeLessThanOrEqual(10);
    expect(shown(statuses(repo, headOf(repo, pr.number)).at(-1)!.description ?? '')).toMatch(/more than 1000 reviews/);
  });

  it('hourly turns and a swap in the year 3000 are judged in bounded memory and requests', async () => {
    const repo = await repoWith();
    const rotations = textOf(policyFiles, 'oncall/rotations.yaml').replace(
      /turn_length: \{ weeks: 1 \}/g,
      'turn_length: { hours: 1 }',
    );
    const far = {
      start: '3000-01-05T10:00:00Z',
      end: '3000-01-05T11:00:00Z',
      relieved: 'engineer-a',
      covering: 'engineer-c',
    };
    const pr = openPr(repo, [far], { author: 'engineer-a', changes: { 'oncall/rotations.yaml': rotations } });
    gh!.requests.length = 0;
    // A heap of 192 MB: the year-3000 run once took 2.3 GB.
    const r = await runAction(prEvent(pr.number), { env: { NODE_OPTIONS: '--max-old-space-size=192' } });
    expect(r.code).toBe(1);
    const body = shown(comments(repo, pr.number)[0]!.body);
    expect(body).toMatch(/in 26,\d{3} stretches of the next two years, more than the 2,000 one check judges/);
    expect(r.stdout).toMatch(
      /^::error title=swap\/too-far-ahead,file=oncall\/swaps\/3000-01-05-primary-engineer-a\.yaml/m,
    );
    expect(gh!.requests.length).toBeLessThanOrEqual(40);
  });

  it('bypass 6 — an unparseable swap file and a truncated tree fail, saying why; neither is "no change"', async () => {
    const repo = await repoWith();
    const broken = openPr(repo, [], {
      author: 'engineer-a',
      head: 'broken',
      changes: { [swapPath(swapIn(9 * 24))]: 'schedule: primary\nstart: [\n' },
    });
    const r = await runAction(prEvent(broken.number));
    expect(r.code).toBe(1);
    expect(statuses(repo, broken.head.sha)[0]).toMatchObject({ state: 'failure' });
    expect(statuses(repo, broken.head.sha)[0]!.description).toMatch(/policy does not validate/);
    expect(comments(repo, broken.number)[0]!.body).toMatch(/❌ \*\*Policy still holds\*\*/);
    expect(r.stdout).toMatch(/^::error title=yaml\/[^,]+,file=oncall\/swaps\//m);

    const s = swapIn(8 * 24);
    const pr = openPr(repo, [s], { author: s.relieved });
    review(repo, pr.number, s.covering);
    repo.treeEntryLimit = 5;
    const truncated = await runAction(prEvent(pr.number));
    expect(truncated.code).toBe(1);
    expect(statuses(repo, pr.head.sha)[0]).toMatchObject({ state: 'failure' });
    expect(statuses(repo, pr.head.sha)[0]!.description).toMatch(
      /^Cannot judge this PR: GitHub truncated the file tree/,
    );
    expect(shown(comments(repo, pr.number)[0]!.body)).toMatch(/❌ GitHub truncated the file tree of [0-9a-f]{7}/);
    expect(truncated.stdout).not.toMatch(/^::error title=file\/missing/m);
  });

  it('bypass 7 — a manager authors the swap: a verdict, no review requested from the author, no crash', async () => {
    const repo = await repoWith();
    const s = swapIn(8 * 24);
    const pr = openPr(repo, [s], { author: 'eng-manager' });
    review(repo, pr.number, s.relieved);
    review(repo, pr.number, s.covering);
    const r = await runAction(prEvent(pr.number));
    expect(r.stdout).not.toMatch(/could not run/);
    expect(r.code).toBe(0);
    expect(reviewRequests()).toEqual([]);
    expect(statuses(repo, pr.head.sha)).toMatchObject([{ state: 'success' }]);
    expect(shown(comments(repo, pr.number)[0]!.body)).toContain('| ✅ | Managers notified |');
  });

  it('bypass 7 — a PR with 12 swaps gets a status within 140 characters and a comment within GitHub’s limit', async () => {
    const repo = await repoWith();
    const swaps = Array.from({ length: 12 }, (_, k) => swapIn((8 + 2 * k) * 24 + 3 * k));
    expect(new Set(swaps.map((x) => swapPath(x))).size).toBe(12);
    const pr = openPr(repo, swaps, { author: 'engineer-a' });
    const r = await runAction(prEvent(pr.number));
    expect(r.stdout).not.toMatch(/could not run/);
    expect(r.code).toBe(1); // nobody approved
    const [status] = statuses(repo, pr.head.sha);
    expect(status).toMatchObject({ state: 'failure' });
    expect(status!.description!.length).toBeLessThanOrEqual(140);
    expect(status!.description).toMatch(/^12 of 12 shift changes do not meet the swap policy/);
    const body = shown(comments(repo, pr.number)[0]!.body);
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT);
    expect(body.match(/^### primary: /gm)).toHaveLength(12);
  });

  it('bypass 7 — an API error that outlasts the retries still leaves a failing status and a comment saying why', async () => {
    const repo = await repoWith();
    const s = swapIn(8 * 24);
    const pr = openPr(repo, [s], { author: s.relieved });
    review(repo, pr.number, s.covering);
    gh!.inject({
      method: 'GET',
      path: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
      status: 500,
      times: Infinity,
    });
    const r = await runAction(prEvent(pr.number));
    expect(r.code).toBe(1);
    expect(r.outputs.ok).toBe('false');
    expect(r.stdout).toMatch(/^::error::swap check could not run: /m);
    const [status] = statuses(repo, pr.head.sha);
    expect(status).toMatchObject({ state: 'failure' });
    expect(status!.description).toMatch(/^The check could not finish: /);
    expect(status!.description!.length).toBeLessThanOrEqual(140);
    expect(shown(comments(repo, pr.number)[0]!.body)).toMatch(/The check could not finish, so it fails: /);
    // Retried before giving up.
    expect(gh!.requests.filter((q) => q.path.endsWith('/reviews')).length).toBeGreaterThan(1);
  });

  it('bypass 9 — someone takes over the covering engineer’s renamed login and approves: it does not count where team.yaml has github_id', async () => {
    const repo = await repoWith([], { githubIds: true });
    const s = swapIn(8 * 24);
    const pr = openPr(repo, [s], { author: s.relieved });
    const realId = gh!.state.user(login(s.covering)).id;
    gh!.state.renameUser(login(s.covering), `${login(s.covering)}-renamed`);
    const impostor = gh!.state.user(login(s.covering)); // the freed login, registered by someone else
    expect(impostor.id).not.toBe(realId);
    review(repo, pr.number, s.covering); // by login: the impostor
    const r = await runAction(prEvent(pr.number));
    expect(r.code).toBe(1);
    expect(shown(comments(repo, pr.number)[0]!.body)).toMatch(
      new RegExp(`\\| ❌ \\| Everyone moved agrees \\| Waiting for ${name(s.covering)}`),
    );
    // The real engineer, under the new login, approves: the id matches.
    repo.addReview(pr.number, { user: `${login(s.covering)}-renamed`, state: 'APPROVED', submittedAt: new Date() });
    expect((await runAction(prEvent(pr.number, 'edited'))).code).toBe(0);
  });
});
