/**
 * A roster change from `oncall rotation change`, opened as a pull request, is judged like any
 * change by the bundled swap-check action against the fake GitHub: the shift changes it finds are
 * exactly the turns the planner moved (hand-counted here), and only the people moved must approve.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from './fakes/github.js';
import { shown } from './helpers/markdown.js';
import { REPO_ROOT, repoPolicyFiles } from './helpers/policy.js';
import { cleanEnv, runNode, runnerEnv, tempPolicy } from './helpers/run.js';
import { validatePolicy } from '../src/validate/index.js';

const H = 3_600_000;
const WEEK = 7 * 24 * H;
const TOKEN = 'ghs_test_token';
const BOT = 'github-actions[bot]';
const CONTEXT = 'oncall/swap-policy';
const FIRST_HANDOFF = Date.parse('2026-01-04T10:00:00Z'); // primary's layer start, in rotations.yaml
const policyFiles = repoPolicyFiles();
const { policy } = validatePolicy(policyFiles);
const login = (id: string) => policy.team!.people.find((p) => p.id === id)!.github!;
const name = (id: string) => policy.team!.people.find((p) => p.id === id)!.name;

let gh: FakeGitHub | undefined;
afterEach(async () => {
  expect(gh?.state.violations ?? [], 'requests the OpenAPI description forbids').toEqual([]);
  await gh?.close();
  gh = undefined;
});

/** The first start of a four-week cycle of primary at least three days ahead: notice is never the question. */
function cycleStartAhead(): number {
  const cycles = Math.ceil((Date.now() + 72 * H - FIRST_HANDOFF) / (4 * WEEK));
  return FIRST_HANDOFF + cycles * 4 * WEEK;
}

describe('a roster change through the swap check', () => {
  it('finds exactly the turns the change moves, and waits for only the people it moves', async () => {
    const effective = cycleStartAhead();
    const root = tempPolicy();
    const cli = await runNode(
      'bin/oncall.js',
      [
        'rotation',
        'change',
        '--schedule',
        'primary',
        '--order',
        'engineer-a,engineer-d,engineer-c,engineer-b',
        '--effective',
        new Date(effective).toISOString(),
        '--json',
      ],
      { cwd: root, env: cleanEnv() },
    );
    expect(cli.code).toBe(0);
    expect((JSON.parse(cli.stdout) as { consent: string[] }).consent).toEqual(['engineer-a', 'engineer-c']);
    const rotations = readFileSync(join(root, 'oncall/rotations.yaml'), 'utf8');

    gh = await startFakeGitHub({ tokens: { [TOKEN]: BOT } });
    const repo = gh.state.repo('edustream/oncall', {
      collaborators: policy.team!.people.map((p) => p.github!),
      pullRequestWorkflow: { path: '.github/workflows/validate.yml', name: 'validate policy' },
    });
    repo.commit(Object.fromEntries(policyFiles.map((f) => [f.path, Buffer.from(f.bytes).toString('utf8')])), {
      pushedAt: new Date(Date.now() - 30 * 24 * H),
    });
    const createdAt = new Date(Date.now() - 2 * 60_000);
    const pr = repo.addPull({
      head: 'roster',
      user: login('engineer-b'),
      changes: { 'oncall/rotations.yaml': rotations },
      createdAt,
      pushedAt: createdAt,
    });
    const judge = async () => {
      const { env } = runnerEnv(REPO_ROOT, {
        GITHUB_API_URL: gh!.url,
        GITHUB_EVENT_NAME: 'pull_request_target',
        'INPUT_GITHUB-TOKEN': TOKEN,
        ONCALL_HTTP_RETRY_BASE_MS: '1',
      });
      writeFileSync(env.GITHUB_EVENT_PATH!, JSON.stringify({ action: 'opened', pull_request: { number: pr.number } }));
      const r = await runNode('dist/swap-check/index.js', [], { env });
      expect(r.stderr).toBe('');
      return r.code;
    };

    // By hand: a b c d becomes c b a d from the cycle start on, so in every four-week cycle c takes
    // a's first week and a takes c's third; b's and d's weeks stay. Over the check's two years:
    const horizon = Date.now() + 2 * 366 * 24 * H;
    let expected = 0;
    for (let t = effective; t < horizon; t += 4 * WEEK) expected += t + 2 * WEEK < horizon ? 2 : 1;

    expect(await judge()).toBe(1);
    const status = repo.statuses.filter((s) => s.sha === pr.head.sha && s.context === CONTEXT);
    expect(status.at(-1)).toMatchObject({ state: 'failure' });
    const body = shown([...repo.comments.values()].find((c) => c.issueNumber === pr.number)!.body);
    const [a, b, c, d] = ['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d'].map(name);
    expect(body).toContain(`### primary: ${a} → ${c} (rotation change)`);
    expect(body).toContain(`### primary: ${c} → ${a} (rotation change)`);
    expect(body).not.toMatch(new RegExp(`${b} →|→ ${b}|${d} →|→ ${d}`));
    expect(body).toMatch(new RegExp(`Waiting for (${a}|${c}) \\(@\\S+\\) and (${a}|${c}) \\(@\\S+\\) to approve`));

    for (const who of ['engineer-a', 'engineer-c'])
      repo.addReview(pr.number, { user: login(who), state: 'APPROVED', submittedAt: new Date(Date.now() - 60_000) });
    expect(await judge()).toBe(0);
    const passed = repo.statuses.filter((s) => s.sha === pr.head.sha && s.context === CONTEXT).at(-1)!;
    expect(passed).toMatchObject({ state: 'success' });
    expect(passed.description).toBe(`${expected} shift changes meet the swap policy.`);
  });
});
