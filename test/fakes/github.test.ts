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
import { faults, startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from './github.js';
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
