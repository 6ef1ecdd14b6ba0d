/** Handoff briefs and quarterly duties, end to end against the fake GitHub. */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { faults, startFakeGitHub, type FakeGitHub, type FakeRepo } from './fakes/github.js';
import { REPO_ROOT } from './helpers/policy.js';
import { runNode, runnerEnv, tempPolicy } from './helpers/run.js';

const ACTION = 'dist/rota-issues/index.js';
let gh: FakeGitHub | undefined;
afterEach(async () => {
  expect(gh?.state.violations ?? []).toEqual([]);
  await gh?.close();
  gh = undefined;
});

async function setup(): Promise<FakeRepo> {
  gh = await startFakeGitHub({ tokens: { t: 'github-actions[bot]' } });
  const repo = gh.state.repo('edustream/oncall', {
    collaborators: ['edustream-eng-a', 'edustream-eng-b', 'edustream-eng-c', 'edustream-eng-d'],
  });
  repo.commit({ 'README.md': 'x' });
  return repo;
}

async function run(mode: string, now: string, o: { root?: string; code?: number } = {}) {
  const { env } = runnerEnv(o.root ?? REPO_ROOT, {
    GITHUB_API_URL: gh!.url,
    GITHUB_REPOSITORY: 'edustream/oncall',
    GITHUB_EVENT_NAME: 'schedule',
    'INPUT_GITHUB-TOKEN': 't',
    INPUT_MODE: mode,
    INPUT_NOW: now,
    ONCALL_HTTP_RETRY_BASE_MS: '1',
  });
  writeFileSync(env.GITHUB_EVENT_PATH!, '{}');
  const r = await runNode(ACTION, [], { env });
  expect(r.code, r.stdout).toBe(o.code ?? 0);
  return r;
}

const issues = (repo: FakeRepo) => [...repo.issues.values()].filter((i) => !i.pull);

describe('rota issues', () => {
  it('one brief per turn, assigned to the incoming on-call; the previous one closed with a request for handoff notes', async () => {
    const repo = await setup();
    await run('handoff', '2026-12-06T10:30:00Z');
    await run('handoff', '2026-12-06T11:30:00Z'); // hourly reruns change nothing
    let all = issues(repo);
    expect(all).toHaveLength(1);
    expect(all[0]!.title).toBe('On-call handoff 2026-12-06: primary Engineer A, secondary Engineer B');
    expect(all[0]!.assignees.sort()).toEqual(['edustream-eng-a', 'edustream-eng-b']);
    expect(all[0]!.body).toContain('- [ ] Verify PagerDuty access');
    expect(all[0]!.body).toContain('- **primary**: Engineer A (@edustream-eng-a) until 2026-12-13T10:00:00Z');

    await run('handoff', '2026-12-13T10:07:00Z');
    all = issues(repo);
    expect(all).toHaveLength(2);
    const [previous, current] = all.sort((a, b) => a.number - b.number);
    expect(previous!.state).toBe('closed');
    expect(current!.state).toBe('open');
    const note = [...repo.comments.values()].find((c) => c.issueNumber === previous!.number)!;
    expect(note.body).toMatch(/@edustream-eng-a @edustream-eng-b: please leave your end-of-shift notes here/);
    expect(note.body).toContain('- [ ] Brief incoming on-call');
  });

  it('one issue per quarterly duty, once per quarter, assigned in turn', async () => {
    const repo = await setup();
    await run('quarterly', '2026-10-01T08:00:00Z');
    await run('quarterly', '2026-11-15T08:00:00Z');
    expect(
      issues(repo)
        .map((i) => i.title)
        .sort(),
    ).toEqual(['Access audit — 2026Q4', 'Incident response drill — 2026Q4', 'Runbook review and update — 2026Q4']);
    expect(new Set(issues(repo).map((i) => i.assignees[0])).size).toBe(3);
    await run('quarterly', '2027-01-02T08:00:00Z');
    expect(issues(repo)).toHaveLength(6);
  });

  it('identities: one issue while a login no longer leads to its person, naming the fix; closed once all match', async () => {
    const repo = await setup();
    const team = readFileSync(join(REPO_ROOT, 'oncall/team.yaml'), 'utf8');
    const logins = [...team.matchAll(/^ +github: (\S+)$/gm)].map((m) => m[1]!);
    // Everyone has an account and a recorded id, except engineer-d, who never registered theirs.
    const ids = new Map(logins.filter((l) => l !== 'edustream-eng-d').map((l) => [l, gh!.state.user(l).id]));
    const withIds = (text: string) =>
      text.replace(/^( +)github: (\S+)$/gm, (line, indent: string, l: string) =>
        ids.has(l) && l !== 'edustream-eng-c' ? `${line}\n${indent}github_id: ${ids.get(l)}` : line,
      );
    const root = tempPolicy({ 'oncall/team.yaml': withIds(team) });
    // engineer-a renamed their account; someone else took their old login.
    gh!.state.renameUser('edustream-eng-a', 'eng-a-renamed');
    gh!.state.user('edustream-eng-a');
    const now = '2026-12-02T06:41:00Z';
    await run('identities', now, { root });
    await run('identities', now, { root }); // daily runs keep one issue
    const open = issues(repo).filter((i) => i.state === 'open');
    expect(open).toHaveLength(1);
    const body = open[0]!.body;
    expect(body).toContain(
      `| Engineer A | edustream\\-eng\\-a | the login now belongs to account ${gh!.state.user('edustream-eng-a').id}; their account ${ids.get('edustream-eng-a')} is now called eng\\-a\\-renamed | set \`github: eng\\-a\\-renamed\` in team.yaml |`,
    );
    expect(body).toContain(`| Engineer C | edustream\\-eng\\-c | no \`github_id\` is recorded`);
    expect(body).toContain(`add \`github_id: ${ids.get('edustream-eng-c')}\``);
    expect(body).toMatch(/\| Engineer D \| edustream\\-eng\\-d \| no GitHub account has this login \|/);
    expect(body).not.toMatch(/@[a-z]/i); // nobody is pinged by it

    // Fixed: team.yaml follows the rename, and every id is recorded once D has registered.
    const d = gh!.state.user('edustream-eng-d').id;
    const fixed = team.replace(/^( +)github: (\S+)$/gm, (line, indent: string, l: string) => {
      const id = l === 'edustream-eng-d' ? d : ids.get(l);
      return `${indent}github: ${l === 'edustream-eng-a' ? 'eng-a-renamed' : l}\n${indent}github_id: ${id}`;
    });
    await run('identities', now, { root: tempPolicy({ 'oncall/team.yaml': fixed }) });
    expect(issues(repo).filter((i) => i.state === 'open')).toEqual([]);
  });

  it('identities: a read that fails for any other reason stops the run and leaves the issue as it was', async () => {
    const repo = await setup();
    gh!.inject({ ...faults.serverError(), method: 'GET', path: '/users/{username}', times: Infinity });
    await run('identities', '2026-12-02T06:41:00Z', { code: 1 });
    expect(issues(repo)).toEqual([]);
  });
});
