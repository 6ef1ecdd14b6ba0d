/**
 * The bundled postmortem-issues action end to end against the fake GitHub: one issue per action
 * item, exactly once, whatever happens to the runs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeGitHub, type FakeGitHub, type FakeRepo } from './fakes/github.js';
import { REPO_ROOT } from './helpers/policy.js';
import { readOutputs, runNode, runnerEnv, tempPolicy } from './helpers/run.js';

const ACTION = 'dist/postmortem-issues/index.js';
const TOKEN = 'ghs_postmortem_token';
const PM = 'postmortems/2026-03-14-payments-webhook-backlog.md';
const VALID = readFileSync(join(REPO_ROOT, 'test/fixtures/postmortems/valid.md'), 'utf8');
let gh: FakeGitHub | undefined;

afterEach(async () => {
  expect(gh?.state.violations ?? []).toEqual([]);
  await gh?.close();
  gh = undefined;
});

async function setup(text = VALID): Promise<{ repo: FakeRepo; workspace: string }> {
  gh = await startFakeGitHub({ tokens: { [TOKEN]: 'github-actions[bot]' } });
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

async function run(workspace: string, event: object = { commits: [{ added: [PM] }] }, name = 'push') {
  const { env, output } = runnerEnv(workspace, {
    GITHUB_API_URL: gh!.url,
    GITHUB_REPOSITORY: 'edustream/oncall',
    GITHUB_EVENT_NAME: name,
    'INPUT_GITHUB-TOKEN': TOKEN,
    ONCALL_HTTP_RETRY_BASE_MS: '1',
  });
  writeFileSync(env.GITHUB_EVENT_PATH!, JSON.stringify(event));
  const r = await runNode(ACTION, [], { env });
  expect(r.stderr).toBe('');
  return { ...r, outputs: readOutputs(output) };
}

const items = (repo: FakeRepo) =>
  [...repo.issues.values()].filter(
    (i) =>
      !i.pull && i.labels.some((l) => l === 'postmortem' || (l as unknown as { name?: string }).name === 'postmortem'),
  );
const open = (repo: FakeRepo) => items(repo).filter((i) => i.state === 'open');

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

    const writes = gh!.requests.filter((q) => q.method !== 'GET').length;
    const again = await run(workspace);
    expect(again.outputs.created).toBe('0');
    expect(gh!.requests.filter((q) => q.method !== 'GET').length).toBe(writes);
  });

  it('a reworded item keeps its issue and updates its title; a removed item gets a comment once', async () => {
    const { repo, workspace } = await setup();
    await run(workspace);
    write(workspace, VALID.replace('Cap retries per payment', 'Cap webhook retries per payment'));
    await run(workspace, { commits: [{ modified: [PM] }] });
    expect(open(repo).map((i) => i.title)).toContain('Cap webhook retries per payment');
    expect(items(repo)).toHaveLength(3);

    const removed = VALID.replace('  - id: runbook-webhooks\n    type: process\n    priority: low\n', '').replace(
      /\| Add a webhook section[^\n]*\n/,
      '',
    );
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
});

async function runWithSha(workspace: string, sha: string, event: object) {
  const { env } = runnerEnv(workspace, {
    GITHUB_API_URL: gh!.url,
    GITHUB_REPOSITORY: 'edustream/oncall',
    GITHUB_EVENT_NAME: 'push',
    'INPUT_GITHUB-TOKEN': TOKEN,
    ONCALL_HTTP_RETRY_BASE_MS: '1',
    GITHUB_SHA: sha,
  });
  writeFileSync(env.GITHUB_EVENT_PATH!, JSON.stringify(event));
  const r = await runNode(ACTION, [], { env });
  expect(r.code).toBe(0);
  return r;
}
