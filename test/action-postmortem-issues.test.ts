/**
 * The bundled postmortem-issues action end to end against the fake GitHub: one issue per action
 * item, exactly once, whatever happens to the runs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions, type FakeRepo } from './fakes/github.js';
import { REPO_ROOT } from './helpers/policy.js';
import { readOutputs, runNode, runnerEnv, tempPolicy } from './helpers/run.js';

const ACTION = 'dist/postmortem-issues/index.js';
const TOKEN = 'ghs_postmortem_token';
const PM = 'postmortems/2026-03-14-payments-webhook-backlog.md';
const VALID = readFileSync(join(REPO_ROOT, 'test/fixtures/postmortems/valid.md'), 'utf8');
/** VALID with every front-matter entry naming its row, so the rows may be reordered. */
const ALERT = 'Alert when the webhook queue backs up';
let gh: FakeGitHub | undefined;

afterEach(async () => {
  expect(gh?.state.violations ?? []).toEqual([]);
  await gh?.close();
  gh = undefined;
});

async function setup(
  text = VALID,
  options: Omit<FakeGitHubOptions, 'tokens'> = {},
): Promise<{ repo: FakeRepo; workspace: string }> {
  gh = await startFakeGitHub({ tokens: { [TOKEN]: 'github-actions[bot]' }, ...options });
  const repo = gh.state.repo('edustream/oncall', { collaborators: ['edustream-eng-b', 'edustream-eng-c'] });
  repo.commit({ 'README.md': 'x' });
  const workspace = tempPolicy();
  mkdirSync(join(workspace, 'postmortems'));
  writeFileSync(join(workspace, PM), text);
  return { repo, workspace };
}

function write(workspace: string, text: string) {
  writeFileSync(join(workspace, PM), text);
}

async function run(
  workspace: string,
  event: object = { commits: [{ added: [PM] }] },
  name = 'push',
  extra: NodeJS.ProcessEnv = {},
) {
  const { env, output } = runnerEnv(workspace, {
    GITHUB_API_URL: gh!.url,
    GITHUB_REPOSITORY: 'edustream/oncall',
    GITHUB_EVENT_NAME: name,
    'INPUT_GITHUB-TOKEN': TOKEN,
    ONCALL_HTTP_RETRY_BASE_MS: '1',
    ONCALL_WRITE_INTERVAL_MS: '1',
    ONCALL_SETTLE_MS: '1',
    ...extra,
  });
  writeFileSync(env.GITHUB_EVENT_PATH!, JSON.stringify(event));
  const r = await runNode(ACTION, [], { env });
  expect(r.stderr).toBe('');
  // Octokit's raw request log ("POST /repos/… - 500 with id …") is never an annotation.
  expect(r.stdout).not.toMatch(/^::(warning|error)::(GET|POST|PATCH|PUT|DELETE) \//m);
  return { ...r, outputs: readOutputs(output) };
}

/** Every action-item issue, whatever its labels: found by the marker, as the action finds them. */
const items = (repo: FakeRepo) =>
  [...repo.issues.values()].filter((i) => !i.pull && i.body?.includes('<!-- oncall-as-code:action-item'));
const open = (repo: FakeRepo) => items(repo).filter((i) => i.state === 'open');
const byTitle = (repo: FakeRepo, start: string) => items(repo).find((i) => i.title.startsWith(start))!;
const writes = () => gh!.requests.filter((q) => q.method !== 'GET').length;

describe('postmortem issues', () => {
  it('3 items → 3 issues with owner, due date, labels and a permalink; a rerun writes nothing', async () => {
    const { repo, workspace } = await setup();
    const r = await run(workspace);
    expect(r.code).toBe(0);
    expect(r.outputs.created).toBe('3');
    const filed = open(repo);
    expect(filed.map((i) => i.title).sort()).toEqual([
      'Add a webhook section to the runbook',
      'Alert when the webhook queue backs up',
      'Cap retries per payment',
    ]);
    const alert = filed.find((i) => i.title.startsWith('Alert'))!;
    expect(alert.body).toContain(`https://github.com/edustream/oncall/blob/${'b'.repeat(40)}/${PM}`);
    expect(alert.body).toContain('- **Due**: 2026-03-28');
    expect(alert.assignees).toEqual(['edustream-eng-b']);
    // Engineer D is not a collaborator: named in the body, and the run warns.
    const runbook = filed.find((i) => i.title.startsWith('Add'))!;
    expect(runbook.assignees).toEqual([]);
    expect(runbook.body).toContain('@edustream-eng-d could not be assigned here');
    expect(r.stdout).toMatch(
      /^::warning::@edustream-eng-d \(owner of "Add a webhook section to the runbook"\) cannot be assigned/m,
    );

    const before = writes();
    const again = await run(workspace);
    expect(again.outputs.created).toBe('0');
    expect(writes()).toBe(before);
  });

  it('a reworded item keeps its issue and updates its title; a removed item gets a comment once', async () => {
    const { repo, workspace } = await setup();
    await run(workspace);
    // Each row reworded with its entry.
    write(
      workspace,
      VALID.replaceAll('Cap retries per payment', 'Cap webhook retries per payment').replaceAll(
        ALERT,
        'Alert on queue depth',
      ),
    );
    await run(workspace, { commits: [{ modified: [PM] }] });
    expect(open(repo).map((i) => i.title)).toEqual(
      expect.arrayContaining(['Cap webhook retries per payment', 'Alert on queue depth']),
    );
    expect(byTitle(repo, 'Alert on').body).toContain('- **Action**: Alert on queue depth');
    expect(items(repo)).toHaveLength(3);

    const removed = VALID.replace(
      '  - id: runbook-webhooks\n    action: Add a webhook section to the runbook\n    type: process\n    priority: low\n',
      '',
    ).replace(/\| Add a webhook section[^\n]*\n/, '');
    write(workspace, removed);
    await run(workspace, { commits: [{ modified: [PM] }] });
    await run(workspace, { commits: [{ modified: [PM] }] });
    const runbook = items(repo).find((i) => i.title.startsWith('Add'))!;
    const comments = [...repo.comments.values()].filter((c) => c.issueNumber === runbook.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/removed from its postmortem/);
  });

  it('two runs started together leave exactly one open issue per item', async () => {
    const { repo, workspace } = await setup();
    await Promise.all([run(workspace), run(workspace)]);
    expect(open(repo)).toHaveLength(3);
  });

  it('an issue create whose answer is lost is not created twice', async () => {
    const { repo, workspace } = await setup();
    gh!.inject({ method: 'POST', path: '/repos/edustream/oncall/issues', drop: true });
    const r = await run(workspace);
    expect(r.code).toBe(0);
    expect(items(repo)).toHaveLength(3);
  });

  it('an issue create that times out and is retried is not created twice', async () => {
    const { repo, workspace } = await setup();
    // The fake answers only after the client's 300 ms deadline, but does create the issue.
    gh!.inject({ method: 'POST', path: '/repos/edustream/oncall/issues', delayMs: 800 });
    const { env } = runnerEnv(workspace, {
      GITHUB_API_URL: gh!.url,
      GITHUB_REPOSITORY: 'edustream/oncall',
      GITHUB_EVENT_NAME: 'push',
      'INPUT_GITHUB-TOKEN': TOKEN,
      ONCALL_HTTP_RETRY_BASE_MS: '1',
      ONCALL_HTTP_TIMEOUT_MS: '300',
      ONCALL_WRITE_INTERVAL_MS: '1',
      ONCALL_SETTLE_MS: '1200',
    });
    writeFileSync(env.GITHUB_EVENT_PATH!, JSON.stringify({ commits: [] }));
    const r = await runNode(ACTION, [], { env });
    expect(r.code).toBe(0);
    expect(items(repo)).toHaveLength(3);
  });

  it('comments once on the merged pull request with the issues', async () => {
    const { repo, workspace } = await setup();
    const pr = repo.addPull({ head: 'postmortem', changes: { [PM]: VALID }, merged: true });
    const event = { commits: [{ added: [PM] }] };
    // The push's commit is the PR's merge commit.
    await runWithSha(workspace, pr.mergeCommitSha!, event);
    await runWithSha(workspace, pr.mergeCommitSha!, event);
    const comments = [...repo.comments.values()].filter((c) => c.issueNumber === pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.match(/^- #\d+ /gm)).toHaveLength(3);
  });

  it('a weekly digest lists overdue items by owner, is updated, and closes itself when none are overdue', async () => {
    const { repo, workspace } = await setup();
    await run(workspace); // due dates in March 2026: overdue today
    const digest = await run(workspace, {}, 'schedule');
    expect(digest.stdout).toMatch(/Overdue postmortem action items: opened #\d+\./);
    const issue = [...repo.issues.values()].find((i) => i.title === 'Overdue postmortem action items')!;
    expect(issue.body).toMatch(
      /### Engineer B \(@edustream-eng-b\)\n\n- \[ \] \[#\d+ Alert when the webhook queue backs up\]/,
    );
    expect((await run(workspace, {}, 'schedule')).stdout).toMatch(/updated #\d+/);
    for (const i of open(repo)) i.state = 'closed';
    expect((await run(workspace, {}, 'schedule')).stdout).toMatch(/Overdue postmortem action items: closed #\d+\./);
  });

  it('a renamed postmortem keeps its issues; their permalinks follow the new name', async () => {
    const { repo, workspace } = await setup();
    await run(workspace);
    const before = items(repo).map((i) => [i.number, i.title]);
    const renamed = 'postmortems/2026-03-14-payments-webhooks.md';
    rmSync(join(workspace, PM));
    writeFileSync(join(workspace, renamed), VALID);
    const sha = 'c'.repeat(40);
    const r = await run(workspace, { commits: [{ added: [renamed], removed: [PM] }] }, 'push', { GITHUB_SHA: sha });
    expect(r.code).toBe(0);
    expect(r.outputs.created).toBe('0');
    expect(items(repo).map((i) => [i.number, i.title])).toEqual(before);
    for (const i of items(repo)) {
      expect(i.body).toContain(`https://github.com/edustream/oncall/blob/${sha}/${renamed}`);
      expect(i.body).not.toContain(PM);
    }
    expect([...repo.comments.values()]).toEqual([]);
  });

  it('reordered rows keep their issues, titles and assignees; rows and front matter that disagree are not filed', async () => {
    const { repo, workspace } = await setup(VALID);
    await run(workspace);
    const before = items(repo).map((i) => ({ number: i.number, title: i.title, assignees: i.assignees }));
    expect(before).toHaveLength(3);
    const rows = VALID.split('\n').filter((l) => /^\| (Alert|Cap|Add) /.test(l));
    write(workspace, VALID.replace(`${rows.join('\n')}`, [rows[2], rows[0], rows[1]].join('\n')));
    const writesBefore = writes();
    const r = await run(workspace, { commits: [{ modified: [PM] }] });
    expect(r.code).toBe(0);
    expect(items(repo).map((i) => ({ number: i.number, title: i.title, assignees: i.assignees }))).toEqual(before);
    expect(writes()).toBe(writesBefore);

    // The row reworded without its entry: validate's error, and nothing is filed or retitled.
    write(workspace, VALID.replace(`| ${ALERT}  `, '| Alert on queue depth   '));
    const bad = await run(workspace, { commits: [{ modified: [PM] }] });
    expect(bad.stdout).toMatch(/has 2 error\(s\)/);
    expect(items(repo).map((i) => i.title)).toEqual(before.map((b) => b.title));
  });

  it('an action longer than GitHub’s 256-character title limit is filed with a shortened title and the whole text in the body', async () => {
    const long =
      `Alert when the webhook queue backs up ${'and page the payments team before anyone retries '.repeat(6)}`.trim();
    expect(long.length).toBeGreaterThan(256);
    const { repo, workspace } = await setup(VALID.replaceAll(ALERT, long));
    const r = await run(workspace);
    expect(r.code).toBe(0);
    expect(r.outputs.created).toBe('3');
    const issue = byTitle(repo, 'Alert when');
    expect([...issue.title].length).toBeLessThanOrEqual(256);
    expect(issue.title.endsWith('…')).toBe(true);
    expect(issue.body).toContain(`- **Action**: ${long}`);
    // The next run compares with the shortened title: nothing to change.
    const before = writes();
    await run(workspace, { commits: [{ modified: [PM] }] });
    expect(writes()).toBe(before);
  });

  it('one failing create is reported, the rest are filed, the run fails naming it, and the next run files it', async () => {
    const { repo, workspace } = await setup();
    // The first create fails, and so does its one retry.
    gh!.inject({ method: 'POST', path: '/repos/edustream/oncall/issues', status: 500, times: 2 });
    const r = await run(workspace);
    expect(r.code).not.toBe(0);
    expect(items(repo)).toHaveLength(2);
    expect(r.stdout).toMatch(/^::warning::Could not file the issue for "Alert when the webhook queue backs up"/m);
    expect(r.stdout).toMatch(
      /^::error::.*filing "Alert when the webhook queue backs up" \(2026-03-14\/alert-on-backlog/m,
    );
    const again = await run(workspace);
    expect(again.code).toBe(0);
    expect(again.outputs.created).toBe('1');
    expect(open(repo)).toHaveLength(3);
  });

  it('mentions and HTML from the postmortem are inert in the issue and the PR comment; only the owner is mentioned', async () => {
    const hostile = 'Page @everyone and @edustream/oncall-team <img src=x onerror=alert(1)> **now**';
    // The front matter names the row as it reads, markup aside.
    const text = VALID.replace(`action: ${ALERT}`, `action: ${hostile.replace('**now**', 'now')}`).replace(
      `| ${ALERT}`,
      `| ${hostile}`,
    );
    const { repo, workspace } = await setup(text);
    const pr = repo.addPull({ head: 'postmortem', changes: { [PM]: text }, merged: true });
    const r = await runWithSha(workspace, pr.mergeCommitSha!, { commits: [{ added: [PM] }] });
    expect(r.stdout).not.toMatch(/error\(s\)/);
    const issue = byTitle(repo, 'Page');
    const comment = [...repo.comments.values()].find((c) => c.issueNumber === pr.number)!;
    for (const written of [issue.body!, comment.body]) {
      // Unescaped: a live mention, or a tag GitHub would render.
      expect(written).not.toMatch(/@everyone|@edustream\/oncall-team|(?<!\\)<img/);
      expect(written).toContain('@\u200deveryone');
    }
    expect(issue.body).toContain('- **Owner**: Engineer B (@edustream-eng-b)');
    expect(issue.assignees).toEqual(['edustream-eng-b']);
  });

  it('an issue whose postmortem label was removed is still found: no duplicate', async () => {
    const { repo, workspace } = await setup();
    await run(workspace);
    for (const i of items(repo)) i.labels = [];
    const r = await run(workspace, { commits: [{ modified: [PM] }] });
    expect(r.outputs.created).toBe('0');
    expect(items(repo)).toHaveLength(3);
  });

  it('two runs at once leave one open issue per item and one PR comment that lists them', async () => {
    const { repo, workspace } = await setup();
    const pr = repo.addPull({ head: 'postmortem', changes: { [PM]: VALID }, merged: true });
    // Each run's first create and its comment answer late, so both runs read before either writes.
    gh!.inject({ method: 'POST', path: '/repos/edustream/oncall/issues', delayMs: 1500, times: 2 });
    gh!.inject({
      method: 'POST',
      path: `/repos/edustream/oncall/issues/${pr.number}/comments`,
      delayMs: 1500,
      times: 2,
    });
    const event = { commits: [{ added: [PM] }] };
    await Promise.all([
      runWithSha(workspace, pr.mergeCommitSha!, event),
      runWithSha(workspace, pr.mergeCommitSha!, event),
    ]);
    expect(items(repo).length).toBeGreaterThan(3); // the race did happen
    expect(open(repo)).toHaveLength(3);
    const comments = [...repo.comments.values()].filter((c) => c.issueNumber === pr.number);
    expect(comments).toHaveLength(1);
    const listed = [...comments[0]!.body.matchAll(/^- #(\d+) /gm)].map((m) => Number(m[1]));
    expect(listed.sort()).toEqual(
      open(repo)
        .map((i) => i.number)
        .sort(),
    );
  });

  it('writes are paced under a content-creation limit; a run that reaches GitHub’s cap stops cleanly and the next resumes', async () => {
    // GitHub's per-minute limit, scaled down: at most 2 writes in any second.
    const { repo, workspace } = await setup(VALID, { contentLimit: { windows: [{ limit: 2, ms: 1000 }] } });
    const r = await run(workspace, undefined, 'push', { ONCALL_WRITE_INTERVAL_MS: '600' });
    expect(r.code).toBe(0);
    expect(gh!.state.contentRefusals).toEqual([]);
    expect(items(repo)).toHaveLength(3);

    // The hourly cap: two writes, then GitHub asks for an hour. The run does not wait or hammer.
    expect(gh!.state.violations).toEqual([]);
    await gh!.close();
    const next = await setup(VALID, {
      contentLimit: { windows: [{ limit: 2, ms: 3_600_000 }], retryAfterSeconds: 3600 },
    });
    const capped = await run(next.workspace);
    expect(capped.code).not.toBe(0);
    expect(gh!.state.contentRefusals).toHaveLength(1);
    expect(items(next.repo)).toHaveLength(2);
    expect(capped.stdout).toMatch(
      /^::error::Stopped: GitHub's secondary rate limit refused a write \(retry after 3600 s\)/m,
    );
    expect(capped.stdout).toMatch(/filing "Add a webhook section to the runbook"/);
    gh!.state.contentLimit = undefined;
    const resumed = await run(next.workspace);
    expect(resumed.code).toBe(0);
    expect(resumed.outputs.created).toBe('1');
    expect(open(next.repo)).toHaveLength(3);
  });
});

async function runWithSha(workspace: string, sha: string, event: object) {
  const { env } = runnerEnv(workspace, {
    GITHUB_API_URL: gh!.url,
    GITHUB_REPOSITORY: 'edustream/oncall',
    GITHUB_EVENT_NAME: 'push',
    'INPUT_GITHUB-TOKEN': TOKEN,
    ONCALL_HTTP_RETRY_BASE_MS: '1',
    ONCALL_WRITE_INTERVAL_MS: '1',
    ONCALL_SETTLE_MS: '1',
    GITHUB_SHA: sha,
  });
  writeFileSync(env.GITHUB_EVENT_PATH!, JSON.stringify(event));
  const r = await runNode(ACTION, [], { env });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
}
