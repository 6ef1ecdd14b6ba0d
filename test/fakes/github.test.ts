/**
 * The fakes themselves: the fake GitHub answers Octokit (createGitHub, with its retry and throttling
 * plugins) the way GitHub does, rejects what GitHub's OpenAPI description forbids, and fails on
 * demand; the OpenAPI checker reads PagerDuty's description too. Octokit's throttling plugin spaces
 * writes ≥ 1 s apart (issue and comment creation 3 s) for the whole process, so the writes below that
 * go through Octokit are few; other writes use fetch.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createGitHub, type GitHubClient } from '../../src/github/octokit.js';
import { sharedFile } from '../helpers/shared.js';
import { blobSha, faults, startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from './github.js';
import { checkRequest, loadOpenApi, matchOperation, matchPath } from './openapi.js';

const GITHUB_SPEC = sharedFile('specs/github-rest-openapi.json');
const PAGERDUTY_SPEC = sharedFile('specs/pagerduty-rest-openapi.json');

let gh: FakeGitHub | undefined;

async function start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  gh = await startFakeGitHub({ repos: ['acme/oncall'], spec: GITHUB_SPEC ?? null, ...options });
  return gh;
}

function client(token = 'test-token'): GitHubClient {
  if (!gh) throw new Error('start the fake first');
  return createGitHub({ token, baseUrl: gh.url, retryBaseMs: 1 });
}

/** A request as any HTTP client would send it (no Octokit, so no write spacing and no retries). */
async function call(method: string, path: string, body?: unknown, token: string | null = 'test-token') {
  if (!gh) throw new Error('start the fake first');
  const res = await fetch(gh.url + path, {
    method,
    headers: {
      ...(token ? { authorization: `token ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
  };
}

afterEach(async () => {
  if (!gh) return;
  const { violations, responseViolations } = gh.state;
  await gh.close();
  gh = undefined;
  // Every test below except the contract tests sends only allowed requests, and the fake must answer
  // in GitHub's shapes.
  expect(responseViolations).toEqual([]);
  if (!expect.getState().currentTestName?.includes('[contract]')) expect(violations).toEqual([]);
});

describe('fake GitHub, driven by createGitHub', () => {
  it('paginates 250 issues with Link headers built from its own URL, so octokit.paginate gets them all', async () => {
    await start();
    const repo = gh!.state.repo('acme/oncall');
    for (let i = 1; i <= 250; i++) {
      repo.addIssue({
        title: `Action item ${i}`,
        labels: i % 5 === 0 ? ['postmortem-action-item', 'sev1'] : i % 2 === 0 ? ['postmortem-action-item'] : [],
        state: i % 10 === 0 ? 'closed' : 'open',
        createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
      });
    }
    repo.commit({ 'README.md': 'hi\n' });
    repo.addPull({
      head: 'swap',
      changes: { 'oncall/swaps.yaml': 'swaps: []\n' },
      user: 'alice',
      labels: ['postmortem-action-item'],
    });
    const octokit = client();

    const first = await octokit.rest.issues.listForRepo({ owner: 'acme', repo: 'oncall', state: 'all', per_page: 100 });
    expect(first.data).toHaveLength(100);
    expect(first.headers.link).toBe(
      `<${gh!.url}/repos/acme/oncall/issues?state=all&per_page=100&page=2>; rel="next", <${gh!.url}/repos/acme/oncall/issues?state=all&per_page=100&page=3>; rel="last"`,
    );
    expect(first.data[0]).toMatchObject({
      number: 251,
      pull_request: { url: `${gh!.url}/repos/acme/oncall/pulls/251` },
    });
    expect(first.data[1]).toMatchObject({
      number: 250,
      state: 'closed',
      user: { login: 'github-actions[bot]', type: 'Bot' },
    });
    expect(first.data[1]?.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    gh!.requests.length = 0;
    const all = await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner: 'acme',
      repo: 'oncall',
      state: 'all',
      per_page: 100,
    });
    expect(all).toHaveLength(251);
    expect(new Set(all.map((i) => i.number)).size).toBe(251);
    expect(gh!.requests.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);

    // Defaults as on GitHub: open only, 30 a page, newest first; labels is an AND of a comma list.
    const open = await octokit.paginate(octokit.rest.issues.listForRepo, { owner: 'acme', repo: 'oncall' });
    expect(open).toHaveLength(226);
    const sev1 = await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner: 'acme',
      repo: 'oncall',
      labels: 'postmortem-action-item,sev1',
      state: 'all',
      sort: 'created',
      direction: 'asc',
    });
    expect(sev1.map((i) => i.number)).toEqual(Array.from({ length: 50 }, (_, k) => (k + 1) * 5));
    const withPrs = await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner: 'acme',
      repo: 'oncall',
      labels: 'postmortem-action-item',
      per_page: 100,
    });
    expect(withPrs.filter((i) => i.pull_request)).toHaveLength(1);
  });

  it('issue comments, labels and assignees round-trip', async () => {
    await start();
    const repo = gh!.state.repo('acme/oncall', { collaborators: ['bob'] });
    const issue = repo.addIssue({ title: 'PM-2026-014: rotate the pager key', user: 'alice' });
    for (let i = 1; i <= 3; i++) repo.addComment(issue.number, { body: `note ${i}`, user: 'bob' });
    const octokit = client();
    const where = { owner: 'acme', repo: 'oncall', issue_number: issue.number };

    const created = await octokit.rest.issues.createComment({
      ...where,
      body: 'checked <!-- oncall-bot:validate:1 -->',
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      user: { login: 'github-actions[bot]' },
      body: 'checked <!-- oncall-bot:validate:1 -->',
    });
    const all = await octokit.paginate(octokit.rest.issues.listComments, { ...where, per_page: 2 });
    expect(all.map((c) => c.body)).toEqual(['note 1', 'note 2', 'note 3', 'checked <!-- oncall-bot:validate:1 -->']);
    const updated = await octokit.rest.issues.updateComment({
      owner: 'acme',
      repo: 'oncall',
      comment_id: created.data.id,
      body: 'rechecked',
    });
    expect(updated.data.body).toBe('rechecked');
    expect((await call('DELETE', `/repos/acme/oncall/issues/comments/${created.data.id}`)).status).toBe(204);
    expect(repo.comments.has(created.data.id)).toBe(false);
    expect((await octokit.rest.issues.get(where)).data.comments).toBe(3);

    expect(
      (await call('POST', '/repos/acme/oncall/issues/1/labels', { labels: ['postmortem-action-item', 'sev1'] })).body,
    ).toMatchObject([{ name: 'postmortem-action-item' }, { name: 'sev1' }]);
    expect((await call('DELETE', '/repos/acme/oncall/issues/1/labels/sev1')).body).toMatchObject([
      { name: 'postmortem-action-item' },
    ]);
    expect((await call('DELETE', '/repos/acme/oncall/issues/1/labels/sev1')).status).toBe(404);

    await expect(
      octokit.rest.issues.checkUserCanBeAssigned({ owner: 'acme', repo: 'oncall', assignee: 'bob' }),
    ).resolves.toMatchObject({ status: 204 });
    await expect(
      octokit.rest.issues.checkUserCanBeAssigned({ owner: 'acme', repo: 'oncall', assignee: 'mallory' }),
    ).rejects.toMatchObject({ status: 404 });
    const assigned = await call('POST', '/repos/acme/oncall/issues/1/assignees', { assignees: ['bob', 'mallory'] });
    expect(assigned).toMatchObject({ status: 201, body: { assignees: [{ login: 'bob' }] } });

    const closed = await call('PATCH', '/repos/acme/oncall/issues/1', { state: 'closed', state_reason: 'not_planned' });
    expect(closed.body).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    expect(closed.body?.closed_at).toMatch(/Z$/);
  });

  it('serves files and directories at any ref; two refs differ', async () => {
    await start();
    const repo = gh!.state.repo('acme/oncall');
    const v1 = repo.commit({
      'oncall/team.yaml': 'team: v1\n',
      'oncall/escalation.yaml': 'levels: 2\n',
      'README.md': 'hello\n',
    });
    const v2 = repo.commit({ 'oncall/team.yaml': 'team: v2 ✓\n' }, { branch: 'swap' });
    const octokit = client();
    const read = async (ref: string) => {
      const { data } = await octokit.rest.repos.getContent({
        owner: 'acme',
        repo: 'oncall',
        path: 'oncall/team.yaml',
        ref,
      });
      if (Array.isArray(data) || data.type !== 'file') throw new Error('not a file');
      return Buffer.from(data.content, 'base64').toString('utf8');
    };
    expect(await read('main')).toBe('team: v1\n');
    expect(await read(v1)).toBe('team: v1\n');
    expect(await read('swap')).toBe('team: v2 ✓\n');
    expect(await read(v2.slice(0, 7))).toBe('team: v2 ✓\n');

    const file = await octokit.rest.repos.getContent({ owner: 'acme', repo: 'oncall', path: 'README.md' });
    expect(file.data).toMatchObject({
      type: 'file',
      encoding: 'base64',
      name: 'README.md',
      size: 6,
      sha: 'ce013625030ba8dba906f756967f9e9ca394464a',
    });

    const dir = await octokit.rest.repos.getContent({ owner: 'acme', repo: 'oncall', path: 'oncall', ref: 'swap' });
    expect(Array.isArray(dir.data) && dir.data.map((e) => [e.type, e.path])).toEqual([
      ['file', 'oncall/escalation.yaml'],
      ['file', 'oncall/team.yaml'],
    ]);
    const root = await octokit.rest.repos.getContent({ owner: 'acme', repo: 'oncall', path: '' });
    expect(Array.isArray(root.data) && root.data.map((e) => `${e.type}:${e.name}`)).toEqual([
      'file:README.md',
      'dir:oncall',
    ]); // git's byte order

    const raw = await octokit.rest.repos.getContent({
      owner: 'acme',
      repo: 'oncall',
      path: 'oncall/team.yaml',
      ref: 'swap',
      mediaType: { format: 'raw' },
    });
    expect(raw.data).toBe('team: v2 ✓\n');

    await expect(
      octokit.rest.repos.getContent({ owner: 'acme', repo: 'oncall', path: 'nope.yaml' }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      octokit.rest.repos.getContent({ owner: 'acme', repo: 'oncall', path: 'README.md', ref: 'no-such-branch' }),
    ).rejects.toMatchObject({ status: 404 });
    const info = await octokit.rest.repos.get({ owner: 'acme', repo: 'oncall' });
    expect(info.data).toMatchObject({ full_name: 'acme/oncall', default_branch: 'main', owner: { login: 'acme' } });
    await expect(octokit.rest.repos.get({ owner: 'acme', repo: 'other' })).rejects.toMatchObject({ status: 404 });
  });

  it('pull requests: details, files with every status, commits, paginated reviews, requested reviewers', async () => {
    await start();
    const repo = gh!.state.repo('acme/oncall', { collaborators: ['bob', 'carol'] });
    const base = repo.commit({ 'a.yaml': 'a: 1\n', 'gone.yaml': 'x\n', 'old/name.yaml': 'same\n' });
    const pr = repo.addPull({
      head: 'swap/2026-w10',
      user: 'alice',
      title: 'Swap week 10',
      changes: {
        'a.yaml': 'a: 2\nb: 3\n',
        'new.yaml': 'n\n',
        'gone.yaml': null,
        'old/name.yaml': null,
        'new/name.yaml': 'same\n',
      },
      labels: ['shift-swap'],
      requestedReviewers: ['carol'],
    });
    const first = pr.head.sha;
    const second = repo.commit({ 'new.yaml': 'n2\n' }, { branch: 'swap/2026-w10', author: 'alice' });
    for (const [user, state] of [
      ['bob', 'COMMENTED'],
      ['bob', 'CHANGES_REQUESTED'],
      ['bob', 'APPROVED'],
      ['dave', 'DISMISSED'],
      ['erin', 'APPROVED'],
    ] as const) {
      repo.addReview(pr.number, { user, state, commitId: user === 'erin' ? base : undefined });
    }
    const octokit = client();
    const where = { owner: 'acme', repo: 'oncall', pull_number: pr.number };

    const { data: pull } = await octokit.rest.pulls.get(where);
    expect(pull).toMatchObject({
      number: 1,
      title: 'Swap week 10',
      user: { login: 'alice', type: 'User' },
      head: { ref: 'swap/2026-w10', sha: second, repo: { full_name: 'acme/oncall', fork: false } },
      base: { ref: 'main', sha: base, repo: { full_name: 'acme/oncall' } },
      labels: [{ name: 'shift-swap' }],
      requested_reviewers: [{ login: 'carol' }],
      draft: false,
      merged: false,
      merge_commit_sha: null,
      commits: 2,
      changed_files: 4,
    });

    const files = await octokit.paginate(octokit.rest.pulls.listFiles, { ...where, per_page: 2 });
    expect(files.map((f) => [f.status, f.filename, f.previous_filename])).toEqual([
      ['modified', 'a.yaml', undefined],
      ['removed', 'gone.yaml', undefined],
      ['added', 'new.yaml', undefined],
      ['renamed', 'new/name.yaml', 'old/name.yaml'],
    ]); // by path, in byte order, as git diffs
    expect(files[0]).toMatchObject({ additions: 2, deletions: 1, changes: 3 });

    const commits = await octokit.paginate(octokit.rest.pulls.listCommits, where);
    expect(commits.map((c) => [c.sha, c.parents[0]?.sha])).toEqual([
      [first, base],
      [second, first],
    ]);
    expect(commits[1]).toMatchObject({ author: { login: 'alice' }, commit: { message: 'Update new.yaml' } });

    const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, { ...where, per_page: 2 });
    expect(reviews.map((r) => [r.user?.login, r.state, r.commit_id === second])).toEqual([
      ['bob', 'COMMENTED', true],
      ['bob', 'CHANGES_REQUESTED', true],
      ['bob', 'APPROVED', true],
      ['dave', 'DISMISSED', true],
      ['erin', 'APPROVED', false],
    ]);
    expect(reviews[2]?.submitted_at).toMatch(/Z$/);
    expect(gh!.requests.filter((r) => r.path.endsWith('/reviews'))).toHaveLength(3);

    const requested = await octokit.rest.pulls.requestReviewers({ ...where, reviewers: ['bob'] });
    expect(requested.status).toBe(201);
    const now = await octokit.rest.pulls.listRequestedReviewers(where);
    expect(now.data.users.map((u) => u.login)).toEqual(['carol', 'bob']);
    // Only collaborators, never the author (fetch: no write spacing for errors).
    expect(
      (await call('POST', '/repos/acme/oncall/pulls/1/requested_reviewers', { reviewers: ['mallory'] })).status,
    ).toBe(422);
    expect(
      (await call('POST', '/repos/acme/oncall/pulls/1/requested_reviewers', { reviewers: ['alice'] })).status,
    ).toBe(422);
  });

  it('a pull request from a fork carries the fork as head.repo; its head commit is readable in the base', async () => {
    await start();
    const repo = gh!.state.repo('acme/oncall');
    repo.commit({ 'oncall/team.yaml': 'v1\n' });
    const pr = repo.addPull({
      head: 'patch-1',
      headRepo: 'forker/oncall',
      user: 'forker',
      changes: { 'oncall/team.yaml': 'v2\n' },
    });
    const octokit = client();
    const { data } = await octokit.rest.pulls.get({ owner: 'acme', repo: 'oncall', pull_number: pr.number });
    expect(data.head).toMatchObject({ label: 'forker:patch-1', repo: { full_name: 'forker/oncall', fork: true } });
    const file = await octokit.rest.repos.getContent({
      owner: 'acme',
      repo: 'oncall',
      path: 'oncall/team.yaml',
      ref: data.head.sha,
    });
    expect(Buffer.from((file.data as { content: string }).content, 'base64').toString()).toBe('v2\n');
  });

  it('commit statuses round-trip, created by the token’s login; the combined status takes the latest per context', async () => {
    await start({ tokens: { 'app-token': 'oncall-bot[bot]' } });
    const repo = gh!.state.repo('acme/oncall');
    const sha = repo.commit({ 'a.yaml': 'a\n' });
    repo.addStatus(sha, { state: 'pending', context: 'oncall/validate', creator: 'someone' });
    repo.addStatus(sha, { state: 'success', context: 'ci/build' });
    const octokit = client('app-token');

    const created = await octokit.rest.repos.createCommitStatus({
      owner: 'acme',
      repo: 'oncall',
      sha,
      state: 'failure',
      context: 'oncall/validate',
      description: 'swap is 20 h before the shift; 48 h needed',
      target_url: 'https://example.com/run/1',
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      state: 'failure',
      context: 'oncall/validate',
      creator: { login: 'oncall-bot[bot]', type: 'Bot' },
    });

    const list = await octokit.paginate(octokit.rest.repos.listCommitStatusesForRef, {
      owner: 'acme',
      repo: 'oncall',
      ref: 'main',
    });
    expect(list.map((s) => [s.context, s.state])).toEqual([
      ['oncall/validate', 'failure'],
      ['ci/build', 'success'],
      ['oncall/validate', 'pending'],
    ]);
    const combined = await octokit.rest.repos.getCombinedStatusForRef({ owner: 'acme', repo: 'oncall', ref: sha });
    expect(combined.data).toMatchObject({
      state: 'failure',
      sha,
      total_count: 2,
      repository: { full_name: 'acme/oncall' },
    });
    expect(combined.data.statuses.map((s) => [s.context, s.state])).toEqual([
      ['oncall/validate', 'failure'],
      ['ci/build', 'success'],
    ]);

    // What GitHub refuses: an unknown token, a description over 140 characters, an unknown sha.
    expect((await call('GET', '/repos/acme/oncall', undefined, 'wrong')).status).toBe(401);
    expect((await call('GET', '/repos/acme/oncall', undefined, null)).status).toBe(401);
    const long = await call(
      'POST',
      `/repos/acme/oncall/statuses/${sha}`,
      { state: 'success', description: 'x'.repeat(141) },
      'app-token',
    );
    expect(long).toMatchObject({ status: 422, body: { message: 'Validation Failed' } });
    expect(
      (await call('POST', `/repos/acme/oncall/statuses/${'0'.repeat(40)}`, { state: 'success' }, 'app-token')).status,
    ).toBe(422);
  });

  it('an injected 502 (twice) and a secondary rate limit are retried transparently by the plugins', async () => {
    await start();
    gh!.state.repo('acme/oncall').addIssue({ title: 'one' });
    const octokit = client();
    const fault = gh!.inject({
      method: 'GET',
      path: '/repos/{owner}/{repo}/issues/{issue_number}',
      ...faults.serverError(502),
      times: 2,
    });
    const { data } = await octokit.rest.issues.get({ owner: 'acme', repo: 'oncall', issue_number: 1 });
    expect(data.title).toBe('one');
    expect(fault).toMatchObject({ hits: 2, remaining: 0 });
    expect(gh!.requests.map((r) => r.status)).toEqual([502, 502, 200]);

    gh!.requests.length = 0;
    gh!.inject({ path: /\/issues$/, ...faults.secondaryRateLimit(0) });
    const list = await octokit.rest.issues.listForRepo({ owner: 'acme', repo: 'oncall' });
    expect(list.data).toHaveLength(1);
    expect(gh!.requests.map((r) => r.status)).toEqual([403, 200]);

    gh!.requests.length = 0;
    gh!.inject({ method: 'GET', path: '/repos/acme/oncall', ...faults.tooManyRequests(0) });
    await expect(octokit.rest.repos.get({ owner: 'acme', repo: 'oncall' })).resolves.toMatchObject({ status: 200 });
    expect(gh!.requests.map((r) => r.status)).toEqual([429, 200]);
  });

  it('a read-only token (a fork PR’s) reads but gets 403 "Resource not accessible by integration" on writes', async () => {
    await start({ tokens: { 'fork-token': { login: 'github-actions[bot]', readOnly: true } } });
    gh!.state.repo('acme/oncall').addIssue({ title: 'one' });
    const octokit = client('fork-token');
    await expect(octokit.rest.issues.get({ owner: 'acme', repo: 'oncall', issue_number: 1 })).resolves.toMatchObject({
      status: 200,
    });
    const write = await call('POST', '/repos/acme/oncall/issues/1/comments', { body: 'hi' }, 'fork-token');
    expect(write).toMatchObject({ status: 403, body: { message: 'Resource not accessible by integration' } });
    expect(gh!.state.repo('acme/oncall').comments.size).toBe(0);
  });

  it('a response held past the client’s timeout: the client gives up, the server still does the work', async () => {
    await start();
    const repo = gh!.state.repo('acme/oncall');
    repo.addIssue({ title: 'slow' });
    gh!.inject({ method: 'GET', path: /\/issues\/1$/, delayMs: 300 });
    const t0 = Date.now();
    await expect(
      client().rest.issues.get({
        owner: 'acme',
        repo: 'oncall',
        issue_number: 1,
        request: { signal: AbortSignal.timeout(50), retries: 0 },
      }),
    ).rejects.toThrow();
    expect(Date.now() - t0).toBeLessThan(250);

    gh!.inject({ method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', delayMs: 100 });
    await expect(
      fetch(`${gh!.url}/repos/acme/oncall/issues/1/comments`, {
        method: 'POST',
        headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
        body: JSON.stringify({ body: 'late' }),
        signal: AbortSignal.timeout(20),
      }),
    ).rejects.toThrow();
    expect(repo.comments.size).toBe(0);
    await new Promise((r) => setTimeout(r, 150));
    expect([...repo.comments.values()].map((c) => c.body)).toEqual(['late']);
  });
  it('a create whose response is dropped after the write leaves exactly one issue when the client re-lists by marker', async () => {
    await start();
    const octokit = client();
    const marker = '<!-- postmortem-item:v1 key=PM-2026-014#3 -->';
    const where = { owner: 'acme', repo: 'oncall' };
    gh!.inject({ method: 'POST', path: '/repos/acme/oncall/issues', drop: true });

    // The pattern the postmortem action must follow: no automatic retry of the create; re-list instead.
    await expect(
      octokit.rest.issues.create({
        ...where,
        title: 'Rotate the pager key',
        body: `Follow-up\n\n${marker}`,
        labels: ['postmortem-action-item'],
        request: { retries: 0 },
      }),
    ).rejects.toMatchObject({ status: 500 });
    const existing = await octokit.paginate(octokit.rest.issues.listForRepo, {
      ...where,
      labels: 'postmortem-action-item',
      state: 'all',
      per_page: 100,
    });
    const found = existing.filter((i) => !i.pull_request && i.body?.includes(marker));
    expect(found).toHaveLength(1);

    const issues = [...gh!.state.repo('acme/oncall').issues.values()];
    expect(issues).toHaveLength(1);
    expect(gh!.requests.filter((r) => r.method === 'POST').map((r) => [r.status, r.dropped])).toEqual([[201, true]]);
  });
});

describe('fake GitHub: git data, directory limits, pushes, workflow runs, timelines, users', () => {
  /** A clock the test moves: what the fake calls now. */
  function clock(start: string) {
    let t = Date.parse(start);
    return {
      now: () => new Date(t),
      advance(minutes: number) {
        t += minutes * 60_000;
        return new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
      },
    };
  }

  it('git trees and blobs carry git’s real object ids, in git’s order, by commit, ref or tree sha', async () => {
    await start();
    const repo = gh!.state.repo('acme/oncall');
    const files = {
      'README.md': 'hello\n',
      'oncall/team.yaml': 'team: v1\n',
      'oncall/people/alice.yaml': 'a: 1\n',
      'oncall.md': 'x\n',
    };
    const first = repo.commit(files);
    // The same files in a later commit on another branch: the same tree and blob ids.
    const second = repo.commit({ 'README.md': 'hello\n' }, { branch: 'swap', message: 'touch nothing' });
    const octokit = client();
    const where = { owner: 'acme', repo: 'oncall' };

    // As `git write-tree` and `git ls-tree -r -t` give for these files ('oncall.md' sorts before the
    // tree 'oncall', which git compares as 'oncall/').
    const ROOT = '33c90da3cc30686fe6c3029b1564e1e69109994d';
    const expected = [
      ['README.md', 'blob', 'ce013625030ba8dba906f756967f9e9ca394464a', 6],
      ['oncall.md', 'blob', '587be6b4c3f93f93c489c0111bba5596147a26cb', 2],
      ['oncall', 'tree', '7c3a2ee1417b8937f81128031ecdbebace975cf0', undefined],
      ['oncall/people', 'tree', '97ac30b010ac34ba2faacd794950526c2b521fe8', undefined],
      ['oncall/people/alice.yaml', 'blob', 'a8926a52d8dcba5c4386945476ab6a2ad008afd4', 5],
      ['oncall/team.yaml', 'blob', 'f8658ff91bf0e68625e9108ea86c84950fb834a2', 9],
    ];
    for (const ref of ['main', first, 'swap', second, ROOT]) {
      const { data } = await octokit.rest.git.getTree({ ...where, tree_sha: ref, recursive: '1' });
      expect(data).toMatchObject({
        sha: ROOT,
        truncated: false,
        url: `${gh!.url}/repos/acme/oncall/git/trees/${ROOT}`,
      });
      expect(data.tree.map((e) => [e.path, e.type, e.sha, e.size])).toEqual(expected);
    }
    const { data: top } = await octokit.rest.git.getTree({ ...where, tree_sha: 'main' });
    expect(top.tree.map((e) => [e.path, e.mode, e.type])).toEqual([
      ['README.md', '100644', 'blob'],
      ['oncall.md', '100644', 'blob'],
      ['oncall', '040000', 'tree'],
    ]);
    expect(top.tree[2]?.url).toBe(`${gh!.url}/repos/acme/oncall/git/trees/7c3a2ee1417b8937f81128031ecdbebace975cf0`);
    const { data: sub } = await octokit.rest.git.getTree({
      ...where,
      tree_sha: '7c3a2ee1417b8937f81128031ecdbebace975cf0',
    });
    expect(sub.tree.map((e) => e.path)).toEqual(['people', 'team.yaml']);
    // Any value of `recursive` asks for the whole tree, "0" and "false" too (as documented).
    const { data: zero } = await octokit.rest.git.getTree({ ...where, tree_sha: 'main', recursive: 'false' });
    expect(zero.tree).toHaveLength(6);

    // The contents API agrees: a directory's sha is its tree's, a file's its blob's.
    const dir = await octokit.rest.repos.getContent({ ...where, path: '' });
    expect(Array.isArray(dir.data) && dir.data.map((e) => [e.name, e.type, e.sha])).toEqual([
      ['README.md', 'file', 'ce013625030ba8dba906f756967f9e9ca394464a'],
      ['oncall.md', 'file', '587be6b4c3f93f93c489c0111bba5596147a26cb'],
      ['oncall', 'dir', '7c3a2ee1417b8937f81128031ecdbebace975cf0'],
    ]);
    const { data: gitCommit } = await octokit.rest.git.getCommit({ ...where, commit_sha: second });
    expect(gitCommit).toMatchObject({
      sha: second,
      message: 'touch nothing',
      tree: { sha: ROOT },
      parents: [{ sha: first, url: `${gh!.url}/repos/acme/oncall/git/commits/${first}` }],
      author: { name: 'acme' },
    });
    await expect(octokit.rest.git.getCommit({ ...where, commit_sha: 'f'.repeat(40) })).rejects.toMatchObject({
      status: 404,
    });

    // Blobs: base64 in 60-character lines, by git's id; unknown 404, malformed 422.
    const { data: blob } = await octokit.rest.git.getBlob({
      ...where,
      file_sha: 'f8658ff91bf0e68625e9108ea86c84950fb834a2',
    });
    expect(blob).toMatchObject({ sha: 'f8658ff91bf0e68625e9108ea86c84950fb834a2', size: 9, encoding: 'base64' });
    expect(Buffer.from(blob.content, 'base64').toString('utf8')).toBe('team: v1\n');
    await expect(octokit.rest.git.getBlob({ ...where, file_sha: 'e'.repeat(40) })).rejects.toMatchObject({
      status: 404,
    });
    await expect(octokit.rest.git.getBlob({ ...where, file_sha: 'abc' })).rejects.toMatchObject({ status: 422 });
    await expect(octokit.rest.git.getTree({ ...where, tree_sha: 'no-such-branch' })).rejects.toMatchObject({
      status: 404,
    });

    // A pull request's files name the same blob ids.
    const pr = repo.addPull({ head: 'edit', changes: { 'oncall/team.yaml': 'team: v2\n' }, user: 'alice' });
    const { data: prFiles } = await octokit.rest.pulls.listFiles({ ...where, pull_number: pr.number });
    const { data: headTree } = await octokit.rest.git.getTree({ ...where, tree_sha: pr.head.sha, recursive: '1' });
    expect(prFiles[0]?.sha).toBe(headTree.tree.find((e) => e.path === 'oncall/team.yaml')?.sha);
    expect(prFiles[0]?.sha).toBe(blobSha('team: v2\n'));
  });

  it('a tree over the repository’s entry limit lists that many and says truncated', async () => {
    await start({ repos: [{ fullName: 'acme/oncall', treeEntryLimit: 4 }] });
    const repo = gh!.state.repo('acme/oncall');
    repo.commit(Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`dir/f${i}.yaml`, `${i}\n`])));
    const octokit = client();
    const { data } = await octokit.rest.git.getTree({
      owner: 'acme',
      repo: 'oncall',
      tree_sha: 'main',
      recursive: '1',
    });
    expect(data.truncated).toBe(true);
    expect(data.tree.map((e) => e.path)).toEqual(['dir', 'dir/f0.yaml', 'dir/f1.yaml', 'dir/f2.yaml']);
    const { data: top } = await octokit.rest.git.getTree({ owner: 'acme', repo: 'oncall', tree_sha: 'main' });
    expect(top).toMatchObject({ truncated: false, tree: [{ path: 'dir', type: 'tree' }] });
    expect(gh!.state.repo('acme/oncall').treeEntryLimit).toBe(4);
    const other = gh!.state.repo('acme/other');
    expect(other.treeEntryLimit).toBe(100_000); // GitHub's documented limit
  });

  it('a directory of 1,005 files: the contents API lists the first 1,000 in git’s order, the tree all', async () => {
    await start();
    const repo = gh!.state.repo('acme/oncall');
    const names = Array.from({ length: 1005 }, (_, i) => `swap-${String(i).padStart(4, '0')}.yaml`);
    repo.commit({
      ...Object.fromEntries(names.map((n) => [`oncall/swaps/${n}`, `${n}\n`])),
      'oncall/swaps/Z.yaml': 'z\n',
    });
    const octokit = client();
    const { data } = await octokit.rest.repos.getContent({ owner: 'acme', repo: 'oncall', path: 'oncall/swaps' });
    if (!Array.isArray(data)) throw new Error('not a directory');
    expect(data).toHaveLength(1000);
    // Byte order: "Z" (0x5a) before "s" (0x73).
    expect(data.map((e) => e.name)).toEqual(['Z.yaml', ...names.slice(0, 999)]);
    const { data: parent } = await octokit.rest.repos.getContent({ owner: 'acme', repo: 'oncall', path: 'oncall' });
    const swaps = Array.isArray(parent) ? parent.find((e) => e.name === 'swaps') : undefined;
    const { data: tree } = await octokit.rest.git.getTree({ owner: 'acme', repo: 'oncall', tree_sha: swaps!.sha });
    expect(tree).toMatchObject({ truncated: false });
    expect(tree.tree).toHaveLength(1006);
  });

  it('pushes are recorded as repository activity at their push time, with cursor pagination octokit.paginate follows', async () => {
    const t = clock('2026-03-02T09:00:00Z');
    await start({ now: t.now });
    const repo = gh!.state.repo('acme/oncall');
    const c1 = repo.commit({ 'a.yaml': '1\n' }, { author: 'alice' }); // branch_creation of main
    const c2 = repo.commit(
      { 'a.yaml': '2\n' },
      { author: 'alice', pushedAt: t.advance(10), date: '2020-01-01T00:00:00Z' },
    );
    const s1 = repo.commit({ 'b.yaml': 'b\n' }, { branch: 'swap', author: 'bob', pushedAt: t.advance(10) });
    const s2 = repo.commit({ 'b.yaml': 'b2\n' }, { branch: 'swap', author: 'bob', pushedAt: t.advance(10) });
    // Rewritten history: a commit whose parent is not the tip, and a move back to older content.
    const s3 = repo.commit(
      { 'b.yaml': 'b3\n' },
      { branch: 'swap', parent: s1, author: 'bob', pushedAt: t.advance(10) },
    );
    const back = repo.forcePush('swap', s1, { pushedAt: t.advance(10), actor: 'carol' });
    expect(repo.branches.get('swap')).toBe(s1);
    expect(repo.forcePush('swap', s1)).toBeUndefined(); // the tip does not move: no push
    expect(repo.activities.map((a) => [a.activityType, a.ref, a.before, a.after, a.actor])).toEqual([
      ['branch_creation', 'refs/heads/main', '0'.repeat(40), c1, 'alice'],
      ['push', 'refs/heads/main', c1, c2, 'alice'],
      ['branch_creation', 'refs/heads/swap', '0'.repeat(40), s1, 'bob'],
      ['push', 'refs/heads/swap', s1, s2, 'bob'],
      ['force_push', 'refs/heads/swap', s2, s3, 'bob'],
      ['force_push', 'refs/heads/swap', s3, s1, 'carol'],
    ]);
    // The push time, never the (forged) commit date.
    expect(repo.activities[1]?.timestamp).toBe('2026-03-02T09:10:00Z');
    const octokit = client();
    const where = { owner: 'acme', repo: 'oncall' };
    expect((await octokit.rest.repos.get(where)).data.pushed_at).toBe('2026-03-02T09:50:00Z');

    const first = await octokit.rest.repos.listActivities({ ...where, per_page: 2 });
    expect(first.data.map((a) => [a.activity_type, a.timestamp, a.actor?.login])).toEqual([
      ['force_push', '2026-03-02T09:50:00Z', 'carol'],
      ['force_push', '2026-03-02T09:40:00Z', 'bob'],
    ]); // newest first by default
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.link ?? '')?.[1];
    expect(next).toBeDefined();
    expect(new URL(next!).searchParams.get('per_page')).toBe('2');
    expect(new URL(next!).searchParams.get('after')).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(first.headers.link).not.toContain('rel="prev"');

    gh!.requests.length = 0;
    const all = await octokit.paginate(octokit.rest.repos.listActivities, { ...where, per_page: 2 });
    expect(all.map((a) => a.after)).toEqual([s1, s3, s2, s1, c2, c1]);
    expect(gh!.requests.map((r) => r.query.after === undefined)).toEqual([true, false, false]);
    const asc = await octokit.paginate(octokit.rest.repos.listActivities, { ...where, direction: 'asc', per_page: 4 });
    expect(asc.map((a) => a.after)).toEqual([c1, c2, s1, s2, s3, s1]);

    // `before` is the way back: the page before the second page is the first.
    const second = await octokit.request(`GET ${next!.slice(gh!.url.length)}`);
    const prev = /<([^>]+)>; rel="prev"/.exec(second.headers.link ?? '')?.[1];
    const back1 = await octokit.request(`GET ${prev!.slice(gh!.url.length)}`);
    expect((back1.data as { id: number }[]).map((a) => a.id)).toEqual(first.data.map((a) => a.id));
    expect(back?.id).toBe(first.data[0]?.id);

    // Filters: ref (either form), activity_type, actor, time_period.
    const ids = async (q: Record<string, string>) =>
      (await octokit.paginate(octokit.rest.repos.listActivities, { ...where, ...q })).map((a) => a.after);
    expect(await ids({ ref: 'main' })).toEqual([c2, c1]);
    expect(await ids({ ref: 'refs/heads/main' })).toEqual([c2, c1]);
    expect(await ids({ ref: 'swap', activity_type: 'force_push' })).toEqual([s1, s3]);
    expect(await ids({ actor: 'Carol' })).toEqual([s1]);
    expect(await ids({ activity_type: 'branch_creation' })).toEqual([s1, c1]);
    t.advance(60 * 24 * 3);
    expect(await ids({ time_period: 'day' })).toEqual([]);
    expect(await ids({ time_period: 'week' })).toHaveLength(6);
    expect((await call('GET', '/repos/acme/oncall/activity?after=bogus')).status).toBe(422);
  });

  it('pull requests push: addPull at its createdAt (or pushedAt); a fork PR’s pushes are the fork’s activity', async () => {
    await start();
    const repo = gh!.state.repo('acme/oncall');
    repo.commit({ 'a.yaml': '1\n' }, { pushedAt: '2026-03-01T00:00:00Z' });
    const pr = repo.addPull({
      head: 'swap',
      changes: { 'a.yaml': '2\n' },
      user: 'alice',
      createdAt: '2026-03-02T10:00:00Z',
    });
    const late = repo.addPull({
      head: 'late',
      changes: { 'a.yaml': '3\n' },
      user: 'alice',
      createdAt: '2026-03-02T11:00:00Z',
      pushedAt: '2026-03-02T10:30:00Z',
    });
    expect(repo.activities.slice(1).map((a) => [a.ref, a.after, a.timestamp, a.actor])).toEqual([
      ['refs/heads/swap', pr.head.sha, '2026-03-02T10:00:00Z', 'alice'],
      ['refs/heads/late', late.head.sha, '2026-03-02T10:30:00Z', 'alice'],
    ]);

    const forkPr = repo.addPull({
      head: 'patch-1',
      headRepo: 'forker/oncall',
      user: 'forker',
      changes: { 'a.yaml': 'f\n' },
    });
    const forkHead = forkPr.head.sha;
    const fork = gh!.state.repo('forker/oncall');
    expect(repo.activities.some((a) => a.ref === 'refs/heads/patch-1')).toBe(false);
    expect(fork.activities.map((a) => [a.activityType, a.ref, a.after, a.actor])).toEqual([
      ['branch_creation', 'refs/heads/patch-1', forkHead, 'forker'],
    ]);
    // A later push to the fork's branch moves the PR's head in the base, where the commit is readable.
    const next = fork.commit({ 'a.yaml': 'f2\n' }, { branch: 'patch-1', author: 'forker' });
    expect(repo.pulls.get(forkPr.number)!.head.sha).toBe(next);
    expect(repo.tree(next)).toMatchObject({ 'a.yaml': 'f2\n' });
    expect(fork.activities).toHaveLength(2);
    expect(repo.activities.some((a) => a.after === next)).toBe(false);
    const { data } = await client().rest.repos.listActivities({ owner: 'forker', repo: 'oncall' });
    expect(data.map((a) => a.after)).toEqual([next, forkHead]);
  });

  it('workflow runs: one per PR opened and per push to its head, filtered as documented, newest first', async () => {
    const t = clock('2026-03-02T09:00:00Z');
    await start({
      now: t.now,
      repos: [
        {
          fullName: 'acme/oncall',
          files: { 'a.yaml': '1\n' },
          pullRequestWorkflow: { path: '.github/workflows/validate.yml', name: 'validate' },
        },
      ],
    });
    const repo = gh!.state.repo('acme/oncall');
    expect(repo.runs).toHaveLength(0); // a push to main is no pull_request event
    const pr = repo.addPull({ head: 'swap', changes: { 'a.yaml': '2\n' }, user: 'alice', title: 'Swap week 10' });
    const opened = pr.head.sha;
    const pushed = repo.commit({ 'a.yaml': '3\n' }, { branch: 'swap', author: 'alice', pushedAt: t.advance(30) });
    const forkPr = repo.addPull({
      head: 'patch-1',
      headRepo: 'forker/oncall',
      user: 'forker',
      changes: { 'a.yaml': 'f\n' },
      createdAt: t.advance(30),
    });
    repo.addRun({ event: 'push', headSha: 'main', headBranch: 'main', createdAt: t.advance(1), actor: 'acme' });
    const failed = repo.addRun({
      workflowPath: '.github/workflows/validate.yml',
      event: 'pull_request',
      headSha: pushed,
      headBranch: 'swap',
      createdAt: t.advance(1),
      conclusion: 'failure',
      actor: 'alice',
    });
    expect(repo.runs.map((r) => [r.event, r.headSha, r.createdAt, r.runNumber])).toEqual([
      ['pull_request', opened, '2026-03-02T09:00:00Z', 1],
      ['pull_request', pushed, '2026-03-02T09:30:00Z', 2],
      ['pull_request', forkPr.head.sha, '2026-03-02T10:00:00Z', 3],
      ['push', repo.branches.get('main'), '2026-03-02T10:01:00Z', 1],
      ['pull_request', pushed, '2026-03-02T10:02:00Z', 4],
    ]);
    const octokit = client();
    const where = { owner: 'acme', repo: 'oncall' };
    const { data } = await octokit.rest.actions.listWorkflowRunsForRepo({ ...where, event: 'pull_request' });
    expect(data.total_count).toBe(4);
    expect(data.workflow_runs.map((r) => r.id)).toEqual([
      failed.id,
      repo.runs[2]!.id,
      repo.runs[1]!.id,
      repo.runs[0]!.id,
    ]);
    const sync = data.workflow_runs[2]!;
    expect(sync).toMatchObject({
      name: 'validate',
      path: '.github/workflows/validate.yml',
      event: 'pull_request',
      status: 'completed',
      conclusion: 'success',
      head_sha: pushed,
      head_branch: 'swap',
      display_title: 'Swap week 10',
      run_attempt: 1,
      created_at: '2026-03-02T09:30:00Z',
      actor: { login: 'alice' },
      head_repository: { full_name: 'acme/oncall' },
      repository: { full_name: 'acme/oncall' },
      head_commit: { id: pushed, message: 'Update a.yaml' },
      pull_requests: [{ number: pr.number, head: { ref: 'swap', sha: pushed }, base: { ref: 'main' } }],
      url: `${gh!.url}/repos/acme/oncall/actions/runs/${sync.id}`,
    });
    // A fork PR's run: in the base, with the fork as head_repository and no pull_requests (as GitHub).
    expect(data.workflow_runs[1]).toMatchObject({
      head_branch: 'patch-1',
      head_repository: { full_name: 'forker/oncall' },
      repository: { full_name: 'acme/oncall' },
      pull_requests: [],
      actor: { login: 'forker' },
    });
    const ids = async (q: Record<string, string>) =>
      (await octokit.paginate(octokit.rest.actions.listWorkflowRunsForRepo, { ...where, ...q })).map((r) => r.id);
    expect(await ids({ branch: 'swap' })).toEqual([failed.id, repo.runs[1]!.id, repo.runs[0]!.id]);
    expect(await ids({ head_sha: pushed })).toEqual([failed.id, repo.runs[1]!.id]);
    expect(await ids({ status: 'failure' })).toEqual([failed.id]);
    expect(await ids({ status: 'completed', event: 'push' })).toEqual([repo.runs[3]!.id]);
    expect(await ids({ actor: 'forker' })).toEqual([repo.runs[2]!.id]);
    expect(await ids({ created: '2026-03-02T09:30:00Z' })).toEqual([repo.runs[1]!.id]);
    const excluded = await octokit.rest.actions.listWorkflowRunsForRepo({ ...where, exclude_pull_requests: true });
    expect(excluded.data.workflow_runs.every((r) => r.pull_requests?.length === 0)).toBe(true);
    const one = await octokit.rest.actions.getWorkflowRun({ ...where, run_id: failed.id });
    expect(one.data).toMatchObject({ id: failed.id, conclusion: 'failure', run_number: 4 });
    await expect(octokit.rest.actions.getWorkflowRun({ ...where, run_id: 1 })).rejects.toMatchObject({ status: 404 });

    // A re-run is a new attempt of the same run: created_at stays, run_started_at moves.
    repo.rerun(failed.id, { at: t.advance(5), actor: 'bob', conclusion: 'success' });
    const rerun = (await octokit.rest.actions.getWorkflowRun({ ...where, run_id: failed.id })).data;
    expect(rerun).toMatchObject({
      run_attempt: 2,
      created_at: '2026-03-02T10:02:00Z',
      run_started_at: '2026-03-02T10:07:00Z',
      updated_at: '2026-03-02T10:07:00Z',
      conclusion: 'success',
      actor: { login: 'alice' },
      triggering_actor: { login: 'bob' },
      previous_attempt_url: `${gh!.url}/repos/acme/oncall/actions/runs/${failed.id}/attempts/1`,
    });
  });

  it('workflow runs: `created` in GitHub’s search syntax (which the description’s date-time format forbids)', async () => {
    // The description types `created` as a date-time, but documents GitHub's search syntax for it
    // (">=2026-03-01", "a..b"); a checked fake answers those 400, so this test runs unchecked.
    gh = await startFakeGitHub({ repos: ['acme/oncall'], spec: null });
    const repo = gh.state.repo('acme/oncall');
    repo.commit({ 'a.yaml': '1\n' });
    const at = ['2026-02-28T23:59:59Z', '2026-03-01T00:00:00Z', '2026-03-01T12:00:00Z', '2026-03-02T00:00:00Z'];
    const runs = at.map((createdAt) => repo.addRun({ event: 'push', headSha: 'main', headBranch: 'main', createdAt }));
    const octokit = client();
    const ids = async (created: string) =>
      (
        await octokit.rest.actions.listWorkflowRunsForRepo({ owner: 'acme', repo: 'oncall', created })
      ).data.workflow_runs
        .map((r) => runs.findIndex((x) => x.id === r.id))
        .reverse();
    expect(await ids('>=2026-03-01')).toEqual([1, 2, 3]);
    expect(await ids('>2026-03-01')).toEqual([3]);
    expect(await ids('<2026-03-01')).toEqual([0]);
    expect(await ids('<=2026-03-01T12:00:00Z')).toEqual([0, 1, 2]);
    expect(await ids('2026-03-01')).toEqual([1, 2]);
    expect(await ids('2026-03-01T00:00:00Z..2026-03-01T12:00:00Z')).toEqual([1, 2]);
    expect(await ids('2026-03-01..*')).toEqual([1, 2, 3]);
    expect(await ids('*..2026-02-28')).toEqual([0]);
    expect(await ids('last week')).toEqual([]);
  });

  it('with a filter, the runs list stops at 1,000 results, as documented; without, it does not', async () => {
    await start();
    const repo = gh!.state.repo('acme/oncall');
    repo.commit({ 'a.yaml': '1\n' });
    const base = Date.parse('2026-01-01T00:00:00Z');
    for (let i = 0; i < 1005; i++)
      repo.addRun({ event: 'push', headSha: 'main', headBranch: 'main', createdAt: new Date(base + i * 60_000) });
    const octokit = client();
    const where = { owner: 'acme', repo: 'oncall', per_page: 100 };
    const unfiltered = await octokit.rest.actions.listWorkflowRunsForRepo({ ...where, page: 11 });
    expect(unfiltered.data.total_count).toBe(1005);
    expect(unfiltered.data.workflow_runs).toHaveLength(5);
    const filtered = await octokit.rest.actions.listWorkflowRunsForRepo({ ...where, event: 'push' });
    expect(filtered.data.total_count).toBe(1000);
    const all = await octokit.paginate(octokit.rest.actions.listWorkflowRunsForRepo, { ...where, branch: 'main' });
    expect(all).toHaveLength(1000);
    expect(all[0]?.created_at).toBe('2026-01-01T16:44:00Z'); // the newest
    expect(all.at(-1)?.run_number).toBe(6); // the 5 oldest are beyond the search's reach
  });

  it('an issue timeline lists review requests, reviews, labels, mentions, comments, commits and force pushes in order', async () => {
    const t = clock('2026-03-02T09:00:00Z');
    await start({ now: t.now });
    const repo = gh!.state.repo('acme/oncall', { collaborators: ['bob', 'carol', 'dave'] });
    repo.commit({ 'a.yaml': '1\n' }, { pushedAt: '2026-03-01T00:00:00Z', date: '2026-03-01T00:00:00Z' });
    for (const u of ['bob', 'carol']) gh!.state.user(u);
    const pr = repo.addPull({
      head: 'swap',
      changes: { 'a.yaml': '2\n' },
      user: 'alice',
      requestedReviewers: ['bob'],
      labels: ['shift-swap'],
      body: 'Swap with @carol, cc @nobody-known',
    });
    const first = pr.head.sha;
    t.advance(1);
    const where = { owner: 'acme', repo: 'oncall' };
    expect(
      (await call('POST', `/repos/acme/oncall/pulls/${pr.number}/requested_reviewers`, { reviewers: ['dave'] })).status,
    ).toBe(201);
    t.advance(1);
    repo.addComment(pr.number, {
      body: 'pinging @Bob and @bob; not `@carol`, not @acme/oncall-team, not x@carol.com',
      user: 'alice',
    });
    t.advance(1);
    const second = repo.commit({ 'a.yaml': '3\n' }, { branch: 'swap', author: 'alice', date: t.advance(1) });
    t.advance(1);
    const review = repo.addReview(pr.number, { user: 'bob', state: 'CHANGES_REQUESTED', body: 'no' });
    t.advance(1);
    expect((await call('DELETE', `/repos/acme/oncall/issues/${pr.number}/labels/shift-swap`)).status).toBe(200);
    t.advance(1);
    expect(
      (await call('POST', `/repos/acme/oncall/issues/${pr.number}/comments`, { body: 'over to @dave' })).status,
    ).toBe(201);
    t.advance(1);
    repo.forcePush('swap', first, { actor: 'alice' });

    const octokit = client();
    const events = await octokit.paginate(octokit.rest.issues.listEventsForTimeline, {
      ...where,
      issue_number: pr.number,
      per_page: 3,
    });
    type E = { event?: string; actor?: { login: string } | null; [k: string]: unknown };
    const login = (u: unknown) => (u as { login: string }).login;
    const short = (sha: unknown) => String(sha).slice(0, 7);
    const summary = (events as E[]).map((e) => {
      switch (e.event) {
        case 'review_requested':
          return `review_requested ${login(e.requested_reviewer)} by ${login(e.review_requester)}`;
        case 'labeled':
        case 'unlabeled':
          return `${e.event} ${(e.label as { name: string }).name} by ${e.actor?.login}`;
        case 'mentioned':
          return `mentioned ${e.actor?.login}`;
        case 'commented':
          return `commented by ${e.actor?.login}`;
        case 'committed':
          return `committed ${short(e.sha)}`;
        case 'reviewed':
          return `reviewed ${String(e.state)} by ${login(e.user)} at ${short(e.commit_id)}`;
        default:
          return `${e.event} by ${e.actor?.login} to ${short(e.commit_id)}`;
      }
    });
    // After the force push the PR has only its first commit: the second is no longer on the timeline.
    expect(summary).toEqual([
      `committed ${first.slice(0, 7)}`,
      'labeled shift-swap by alice',
      'mentioned carol',
      'review_requested bob by alice',
      'review_requested dave by github-actions[bot]',
      'commented by alice',
      'mentioned bob',
      `reviewed changes_requested by bob at ${second.slice(0, 7)}`,
      'unlabeled shift-swap by github-actions[bot]',
      'commented by github-actions[bot]',
      'mentioned dave',
      `head_ref_force_pushed by alice to ${first.slice(0, 7)}`,
    ]);
    const reviewed = (events as E[]).find((e) => e.event === 'reviewed');
    expect(reviewed).toMatchObject({
      id: review.id,
      commit_id: second,
      submitted_at: '2026-03-02T09:05:00Z',
      body: 'no',
    });
    const committed = (events as E[])[0];
    expect(committed).toMatchObject({
      sha: first,
      author: { name: 'alice', date: '2026-03-02T09:00:00Z' },
      committer: { name: 'alice' },
      message: 'Update a.yaml',
    });
    const excluded = await octokit.rest.issues.listEventsForTimeline({
      ...where,
      issue_number: pr.number,
      per_page: 100,
      // `exclude` is in the description but not in octokit's types
      ...({ exclude: 'committed,mentioned' } as object),
    });
    expect(excluded.data.map((e) => (e as E).event)).not.toContain('mentioned');
    expect(excluded.data).toHaveLength(8);

    // Before the force push, the timeline had the second commit, at its git date.
    repo.forcePush('swap', second, { actor: 'alice' });
    const again = await octokit.paginate(octokit.rest.issues.listEventsForTimeline, {
      ...where,
      issue_number: pr.number,
    });
    expect((again as E[]).filter((e) => e.event === 'committed').map((e) => e.sha)).toEqual([first, second]);
  });

  it('an issue’s timeline: labels replaced, closed and reopened, a review request withdrawn', async () => {
    await start();
    const repo = gh!.state.repo('acme/oncall', { collaborators: ['bob'] });
    repo.commit({ 'a.yaml': '1\n' });
    gh!.state.user('bob');
    const issue = repo.addIssue({ title: 'PM-2026-014', user: 'alice', labels: ['sev1'], body: 'owner: @bob' });
    const pr = repo.addPull({ head: 'swap', changes: { 'a.yaml': '2\n' }, user: 'alice', requestedReviewers: ['bob'] });
    expect((await call('PUT', `/repos/acme/oncall/issues/${issue.number}/labels`, { labels: ['sev2'] })).status).toBe(
      200,
    );
    expect(
      (
        await call('PATCH', `/repos/acme/oncall/issues/${issue.number}`, {
          state: 'closed',
          state_reason: 'not_planned',
        })
      ).status,
    ).toBe(200);
    expect((await call('PATCH', `/repos/acme/oncall/issues/${issue.number}`, { state: 'open' })).status).toBe(200);
    expect(
      (await call('DELETE', `/repos/acme/oncall/pulls/${pr.number}/requested_reviewers`, { reviewers: ['bob'] }))
        .status,
    ).toBe(200);
    const octokit = client();
    const events = await octokit.paginate(octokit.rest.issues.listEventsForTimeline, {
      owner: 'acme',
      repo: 'oncall',
      issue_number: issue.number,
    });
    type E = { event?: string; state_reason?: string; label?: { name: string }; actor?: { login: string } };
    const what = (e: E) => e.state_reason ?? e.label?.name ?? e.actor?.login;
    expect((events as E[]).map((e) => [e.event, what(e)])).toEqual([
      ['labeled', 'sev1'],
      ['mentioned', 'bob'],
      ['unlabeled', 'sev1'],
      ['labeled', 'sev2'],
      ['closed', 'not_planned'],
      ['reopened', 'reopened'],
    ]);
    const prEvents = await octokit.paginate(octokit.rest.issues.listEventsForTimeline, {
      owner: 'acme',
      repo: 'oncall',
      issue_number: pr.number,
    });
    expect(prEvents.map((e) => e.event)).toEqual(['committed', 'review_requested', 'review_request_removed']);
    expect(prEvents[2]).toMatchObject({
      requested_reviewer: { login: 'bob' },
      actor: { login: 'github-actions[bot]' },
    });
  });

  it('users keep their id across a rename; the old login can go to a new account', async () => {
    await start();
    const repo = gh!.state.repo('acme/oncall', { collaborators: ['alice'] });
    repo.commit({ 'a.yaml': '1\n' });
    const pr = repo.addPull({ head: 'swap', changes: { 'a.yaml': '2\n' }, user: 'alice' });
    repo.addReview(pr.number, { user: 'bob', state: 'APPROVED' });
    const alice = gh!.state.user('alice');
    const bob = gh!.state.user('bob');
    expect(gh!.state.user('ALICE').id).toBe(alice.id); // one account per login, any case
    const octokit = client();
    const { data } = await octokit.rest.users.getByUsername({ username: 'alice' });
    expect(data).toMatchObject({ login: 'alice', id: alice.id, type: 'User', public_repos: 0 });
    expect((await octokit.rest.users.getByUsername({ username: 'acme' })).data).toMatchObject({ public_repos: 1 });
    expect((await octokit.request('GET /user/{account_id}', { account_id: bob.id })).data).toMatchObject({
      login: 'bob',
    });
    await expect(octokit.rest.users.getByUsername({ username: 'never-seen' })).rejects.toMatchObject({ status: 404 });

    gh!.state.renameUser('bob', 'robert');
    expect(gh!.state.users.has('bob')).toBe(false);
    const reviews = await octokit.rest.pulls.listReviews({ owner: 'acme', repo: 'oncall', pull_number: pr.number });
    expect(reviews.data[0]?.user).toMatchObject({ login: 'robert', id: bob.id });
    expect((await octokit.request('GET /user/{account_id}', { account_id: bob.id })).data).toMatchObject({
      login: 'robert',
    });
    await expect(octokit.rest.users.getByUsername({ username: 'bob' })).rejects.toMatchObject({ status: 404 });
    // Someone else signs up as "bob": a new account, a new id.
    const newBob = gh!.state.user('bob');
    expect(newBob.id).not.toBe(bob.id);
    expect((await octokit.rest.users.getByUsername({ username: 'bob' })).data.id).toBe(newBob.id);

    gh!.state.renameUser('alice', 'alice-renamed');
    const { data: pull } = await octokit.rest.pulls.get({ owner: 'acme', repo: 'oncall', pull_number: pr.number });
    expect(pull.user).toMatchObject({ login: 'alice-renamed', id: alice.id });
    expect(pull.author_association).toBe('COLLABORATOR');
    expect(() => gh!.state.renameUser('alice-renamed', 'robert')).toThrow(/taken/);
    expect(() => gh!.state.renameUser('acme', 'acme2')).toThrow(/owns repositories/);
  });

  it('documented limits: 140-character status descriptions, no review from the author, 3,000 files of a PR', async () => {
    await start();
    const repo = gh!.state.repo('acme/oncall', { collaborators: ['bob'] });
    const sha = repo.commit({ 'a.yaml': '1\n' });
    const status = (description: string) =>
      call('POST', `/repos/acme/oncall/statuses/${sha}`, { state: 'success', description });
    expect((await status('x'.repeat(140))).status).toBe(201);
    expect(await status('x'.repeat(141))).toMatchObject({
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [{ resource: 'Status', field: 'description', code: 'custom' }],
      },
    });

    const changes = Object.fromEntries(
      Array.from({ length: 3005 }, (_, i) => [`f/${String(i).padStart(4, '0')}`, `${i}\n`]),
    );
    const pr = repo.addPull({ head: 'big', changes, user: 'alice' });
    const author = await call('POST', `/repos/acme/oncall/pulls/${pr.number}/requested_reviewers`, {
      reviewers: ['alice'],
    });
    expect(author).toMatchObject({
      status: 422,
      body: { message: 'Review cannot be requested from pull request author.' },
    });
    const octokit = client();
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: 'acme',
      repo: 'oncall',
      pull_number: pr.number,
      per_page: 100,
    });
    expect(files).toHaveLength(3000);
    expect(files.at(-1)?.filename).toBe('f/2999');
    expect(
      (await octokit.rest.pulls.get({ owner: 'acme', repo: 'oncall', pull_number: pr.number })).data.changed_files,
    ).toBe(3005);
  });
});

describe.skipIf(!GITHUB_SPEC)('fake GitHub rejects what GitHub’s OpenAPI description forbids', () => {
  it('[contract] POST /repos/{owner}/{repo}/issues without a title is 400 and recorded', async () => {
    await start();
    const res = await call('POST', '/repos/acme/oncall/issues', { body: 'no title', labels: 'not-an-array' });
    expect(res.status).toBe(400);
    expect(res.body?.violations).toEqual(expect.arrayContaining(['request body is missing required property "title"']));
    expect(gh!.state.violations).toHaveLength(1);
    expect(gh!.state.violations[0]).toMatchObject({ method: 'POST', operation: '/repos/{owner}/{repo}/issues' });
    expect(gh!.state.repo('acme/oncall').issues.size).toBe(0);
  });

  it('[contract] an unknown enum value or query parameter is 400 through Octokit too', async () => {
    await start();
    const octokit = client();
    await expect(
      octokit.request('GET /repos/{owner}/{repo}/issues', { owner: 'acme', repo: 'oncall', state: 'bogus' as 'open' }),
    ).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('query parameter "state" must be one of "open", "closed", "all" (got "bogus")'),
    });
    await expect(
      octokit.request('GET /repos/{owner}/{repo}/issues', { owner: 'acme', repo: 'oncall', colour: 'red' }),
    ).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('unknown query parameter "colour"'),
    });
    const bad = await call('POST', '/repos/acme/oncall/statuses/abc', { state: 'green' });
    expect(bad.body?.violations).toEqual([
      'request body /state must be one of "error", "failure", "pending", "success" (got "green")',
    ]);
    expect((await call('GET', '/repos/acme/oncall/not-a-thing')).body?.violations).toEqual([
      'GET /repos/acme/oncall/not-a-thing is not an operation of ' + loadOpenApi(GITHUB_SPEC!).title,
    ]);
    expect(gh!.state.violations).toHaveLength(4);
  });

  it('[contract] an operation GitHub has but the fake lacks is 501, not a silent 404', async () => {
    await start();
    const res = await call('GET', '/repos/acme/oncall/releases');
    expect(res).toMatchObject({
      status: 501,
      body: { message: 'The fake GitHub does not implement GET /repos/{owner}/{repo}/releases' },
    });
  });

  it('matches templated paths preferring literal segments, and checks parameters fast', () => {
    const spec = loadOpenApi(GITHUB_SPEC!);
    expect(matchOperation(spec, 'GET', '/repos/o/r/issues/comments')?.template).toBe(
      '/repos/{owner}/{repo}/issues/comments',
    );
    expect(matchOperation(spec, 'GET', '/repos/o/r/issues/7')).toMatchObject({
      template: '/repos/{owner}/{repo}/issues/{issue_number}',
      params: { issue_number: '7' },
    });
    expect(matchOperation(spec, 'GET', '/repos/o/r/contents/a/b%20c.yaml')?.params.path).toBe('a/b c.yaml');
    expect(matchOperation(spec, 'GET', '/repos/o/r/contents/a%2Fb.yaml')?.params.path).toBe('a/b.yaml');
    expect(matchOperation(spec, 'GET', '/repos/o/r/compare/main...swap')?.params).toMatchObject({
      base: 'main',
      head: 'swap',
    });
    expect(matchOperation(spec, 'PUT', '/repos/o/r/issues/comments')).toBeUndefined();
    expect(matchPath(spec, '/repos/o/r/issues/comments')[0]?.methods).toContain('GET');

    const op = matchOperation(spec, 'GET', '/repos/o/r/issues/abc');
    expect(op && checkRequest(op, { method: 'GET', pathname: '/repos/o/r/issues/abc' })).toEqual([
      'path parameter "issue_number" must be an integer (got "abc")',
    ]);
    const list = matchOperation(spec, 'GET', '/repos/o/r/issues')!;
    const req = { method: 'GET', pathname: '/repos/o/r/issues', query: 'labels=a,b&state=all&per_page=100&page=2' };
    expect(checkRequest(list, req)).toEqual([]);
    expect(checkRequest(list, { ...req, query: 'per_page=lots' })).toEqual([
      'query parameter "per_page" must be an integer (got "lots")',
    ]);
    const t0 = performance.now();
    for (let i = 0; i < 1000; i++) checkRequest(list, req);
    expect((performance.now() - t0) / 1000).toBeLessThan(1);
  });
});

describe.skipIf(!PAGERDUTY_SPEC)('OpenAPI checker on PagerDuty’s description', () => {
  const headers = {
    accept: 'application/vnd.pagerduty+json;version=2',
    'content-type': 'application/json; charset=utf-8',
  };
  const rule = { escalation_delay_in_minutes: 30, targets: [{ id: 'PUSER01', type: 'user_reference' }] };
  const policy = { type: 'escalation_policy', name: 'EduStream primary', num_loops: 2, escalation_rules: [rule] };

  it('loads, applies the documented fix, and resolves refs into the middle of other schemas', () => {
    const spec = loadOpenApi(PAGERDUTY_SPEC!);
    expect(spec.fixesApplied).toEqual([expect.stringContaining('escalation_rule_assignment_strategy')]);
    expect(spec.warnings).toEqual([]);
    expect(loadOpenApi(PAGERDUTY_SPEC!)).toBe(spec); // parsed once per process
    const op = matchOperation(spec, 'POST', '/schedules/PSCHED1/overrides')!;
    expect(op).toMatchObject({ operationId: 'createScheduleOverride', params: { id: 'PSCHED1' } });
    const check = (body: unknown) =>
      checkRequest(op, { method: 'POST', pathname: '/schedules/PSCHED1/overrides', headers, body });
    const override = {
      start: '2026-03-02T09:00:00+01:00',
      end: '2026-03-03T09:00:00+01:00',
      user: { id: 'PUSER01', type: 'user_reference' },
      time_zone: 'Europe/Berlin',
    };
    expect(check({ overrides: [override] })).toEqual([]);
    expect(check({ overrides: [{ ...override, start: 'tomorrow', end: 1772528400 }] })).toEqual([
      'request body /overrides/0/start must be a valid date-time (got "tomorrow")',
      'request body /overrides/0/end must be string (got 1772528400)',
    ]);
    // Override's "id" comes from #/components/schemas/Tag/allOf/0 (a ref into another schema's allOf).
    expect(check({ overrides: [{ ...override, id: 42 }] })).toEqual([
      'request body /overrides/0/id must be string (got 42)',
    ]);
    expect(
      checkRequest(op, {
        method: 'POST',
        pathname: '/schedules/PSCHED1/overrides',
        headers: {},
        body: { overrides: [override] },
      }),
    ).toEqual(['missing required header parameter "Accept"', 'missing required header parameter "Content-Type"']);
  });

  it('checks PUT /escalation_policies/{id}: wrong types rejected, the object assignment strategy clients send accepted', () => {
    const spec = loadOpenApi(PAGERDUTY_SPEC!);
    const op = matchOperation(spec, 'PUT', '/escalation_policies/PEP0001')!;
    const check = (body: unknown) =>
      checkRequest(op, { method: 'PUT', pathname: '/escalation_policies/PEP0001', headers, body });
    expect(check({ escalation_policy: policy })).toEqual([]);
    expect(
      check({
        escalation_policy: {
          ...policy,
          escalation_rules: [{ ...rule, escalation_rule_assignment_strategy: { type: 'round_robin' } }],
        },
      }),
    ).toEqual([]);
    expect(
      check({
        escalation_policy: {
          ...policy,
          escalation_rules: [{ ...rule, escalation_rule_assignment_strategy: 'assign_to_everyone' }],
        },
      }),
    ).toEqual([]);
    expect(
      check({
        escalation_policy: {
          ...policy,
          num_loops: '2',
          escalation_rules: [{ ...rule, escalation_delay_in_minutes: 'soon' }],
        },
      }),
    ).toEqual([
      'request body /escalation_policy/num_loops must be integer (got "2")',
      'request body /escalation_policy/escalation_rules/0/escalation_delay_in_minutes must be integer (got "soon")',
    ]);
    expect(check({ escalation_policy: { ...policy, on_call_handoff_notifications: 'sometimes' } })).toEqual([
      'request body /escalation_policy/on_call_handoff_notifications must be one of "if_has_services", "always" (got "sometimes")',
    ]);
    expect(check({ policy })).toEqual(['request body is missing required property "escalation_policy"']);
    expect(
      check({
        escalation_policy: {
          ...policy,
          escalation_rules: [{ ...rule, escalation_rule_assignment_strategy: { type: 'random' } }],
        },
      }),
    ).not.toEqual([]);
  });

  it('reads Rails-style array query parameters (include[]=a&include[]=b)', () => {
    const spec = loadOpenApi(PAGERDUTY_SPEC!);
    const op = matchOperation(spec, 'GET', '/oncalls')!;
    const check = (query: string) => checkRequest(op, { method: 'GET', pathname: '/oncalls', headers, query });
    expect(
      check(
        'schedule_ids[]=PS1&schedule_ids[]=PS2&include[]=users&include[]=schedules&since=2026-03-01T00:00:00Z&earliest=true&limit=100',
      ),
    ).toEqual([]);
    expect(check('include[]=pets&limit=many&earliest=yes&schedule_ids=PS1')).toEqual([
      'unknown query parameter "schedule_ids"',
      'query parameter "limit" must be an integer (got "many")',
      'query parameter "include[]" /0 must be one of "escalation_policies", "users", "schedules" (got "pets")',
      'query parameter "earliest" must be true or false (got "yes")',
    ]);
  });
});
