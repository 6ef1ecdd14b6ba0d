/**
 * The bundled PagerDuty sync action end to end: a child process with the runner's environment,
 * against the fake PagerDuty and the fake GitHub on 127.0.0.1.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { startFakeGitHub, type FakeGitHub } from './fakes/github.js';
import { startFakePagerDuty, type FakePagerDuty } from './fakes/pagerduty.js';
import { REPO_ROOT } from './helpers/policy.js';
import { readOutputs, runNode, runnerEnv, tempPolicy } from './helpers/run.js';
import { kinds, liveMarkup, liveMentions, parseMarkdown, textOf } from './helpers/markdown.js';
import { MARK_KEY } from './helpers/mark-key.js';

const ACTION = 'dist/pagerduty-sync/index.js';
const PD_TOKEN = 'pd-SENTINEL-9f8e7d6c5b4a';
const GH_TOKEN = 'ghs_SENTINEL_0a1b2c3d4e5f';
let pd: FakePagerDuty | undefined;
let gh: FakeGitHub | undefined;

afterEach(async () => {
  expect(pd?.state.violations ?? []).toEqual([]);
  expect(gh?.state.violations ?? []).toEqual([]);
  await pd?.close();
  await gh?.close();
  pd = gh = undefined;
});

async function fakes() {
  const users = ['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d', 'eng-manager', 'cto'].map((id) => ({
    name: id,
    email: `${id}@example.com`,
  }));
  pd = await startFakePagerDuty({ users, keys: { [PD_TOKEN]: 'full' } });
  gh = await startFakeGitHub({ tokens: { [GH_TOKEN]: 'github-actions[bot]' } });
  const repo = gh.state.repo('edustream/oncall');
  repo.commit({ 'README.md': 'x' });
  return repo;
}

async function runAction(event: string, payload: object, workspace = REPO_ROOT) {
  const { env, summary, output } = runnerEnv(workspace, {
    GITHUB_API_URL: gh!.url,
    GITHUB_REPOSITORY: 'edustream/oncall',
    GITHUB_EVENT_NAME: event,
    'INPUT_PAGERDUTY-TOKEN': PD_TOKEN,
    'INPUT_MARK-KEY': MARK_KEY,
    'INPUT_PAGERDUTY-API-URL': pd!.url,
    'INPUT_GITHUB-TOKEN': GH_TOKEN,
    INPUT_PRUNE: 'false',
    ONCALL_HTTP_RETRY_BASE_MS: '1',
  });
  writeFileSync(env.GITHUB_EVENT_PATH!, JSON.stringify(payload));
  const r = await runNode(ACTION, [], { env });
  const result = { ...r, summary: readFileSync(summary, 'utf8'), outputs: readOutputs(output) };
  // The secrets never leave the process in clear text: not in stdout, stderr, summary or outputs —
  // except in the `::add-mask::` command itself, which is how the runner learns to hide them.
  const shown = { ...result, stdout: result.stdout.replace(/^::add-mask::.*$/gm, '') };
  // The private mark key's base64 line is its secret part: it must never appear either.
  const keyLine = MARK_KEY.split('\n')[1]!;
  for (const secret of [PD_TOKEN, GH_TOKEN, keyLine]) expect(JSON.stringify(shown)).not.toContain(secret);
  expect(result.stdout).toContain(`::add-mask::${PD_TOKEN}`);
  expect(result.stdout).toContain(`::add-mask::${keyLine}`);
  return result;
}

const pdWrites = () => pd!.requests.filter((r) => r.method !== 'GET');

describe('PagerDuty sync action', () => {
  it('on a pull request: plans into a sticky comment and the summary, and writes nothing to PagerDuty', async () => {
    const repo = await fakes();
    const pr = repo.addPull({ head: 'change', changes: { 'oncall/x.md': 'x' } });
    const r = await runAction('pull_request', { action: 'opened', pull_request: { number: pr.number } });
    expect(r.code).toBe(0);
    expect(pdWrites()).toEqual([]);
    expect(r.outputs).toMatchObject({ changes: '8', creates: '8' });
    const comments = [...repo.comments.values()];
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('## PagerDuty plan');
    expect(comments[0]!.body).toMatch(/\+ schedule "primary"/);
    expect(r.summary).toContain('## PagerDuty plan');
    await runAction('pull_request', { action: 'synchronize', pull_request: { number: pr.number } });
    expect([...repo.comments.values()]).toHaveLength(1);
  });

  it('on a push to main: applies, and a second push writes nothing', async () => {
    await fakes();
    const first = await runAction('push', { ref: 'refs/heads/main' });
    expect(first.code).toBe(0);
    expect(first.summary).toMatch(/\*\*Applied:\*\* 16 write\(s\)/);
    expect(pd!.state.schedules.size).toBe(2);
    const writes = pdWrites().length;
    const second = await runAction('push', { ref: 'refs/heads/main' });
    expect(second.code).toBe(0);
    expect(second.outputs.changes).toBe('0');
    expect(pdWrites().length).toBe(writes);
  });

  it('daily: opens one drift issue, updates it, and closes it once PagerDuty matches', async () => {
    const repo = await fakes();
    const opened = await runAction('schedule', {});
    expect(opened.stdout).toMatch(/drifted from the on-call policy: opened #\d+\./);
    expect((await runAction('schedule', {})).stdout).toMatch(/drifted from the on-call policy: updated #\d+\./);
    const open = [...repo.issues.values()].filter((i) => i.state === 'open' && !i.pull);
    expect(open).toHaveLength(1);
    await runAction('push', { ref: 'refs/heads/main' });
    const closed = await runAction('schedule', {});
    expect(closed.stdout).toMatch(/drifted from the on-call policy: closed #\d+\./);
    expect([...repo.issues.values()].filter((i) => i.state === 'open' && !i.pull)).toHaveLength(0);
  });

  it('a layer named in PagerDuty to break out of the plan block stays inside it, in the drift issue and the PR comment', async () => {
    const repo = await fakes();
    await runAction('push', { ref: 'refs/heads/main' });
    const primary = [...pd!.state.schedules.values()].find((s) => s.name === 'Primary on-call')!;
    const hostile =
      'x\n````\n# Urgent @edustream/everyone\n[Confirm your swap](https://evil.example) ![](https://evil.example/p.png)\n````';
    primary.layers.push({ ...primary.layers[0]!, id: 'PHOSTILE', name: hostile });

    const drift = await runAction('schedule', {});
    expect(drift.code).toBe(0);
    const issue = [...repo.issues.values()].find((i) => !i.pull && i.state === 'open')!;
    const pr = repo.addPull({ head: 'change', changes: { 'oncall/x.md': 'x' } });
    await runAction('pull_request', { action: 'opened', pull_request: { number: pr.number } });
    const comment = [...repo.comments.values()].find((c) => c.issueNumber === pr.number)!;
    for (const body of [issue.body ?? '', comment.body, drift.summary]) {
      expect(body).toContain('# Urgent'); // shown, as text
      const tree = parseMarkdown(body);
      expect(kinds(tree, ['heading']).map(textOf)).not.toContainEqual(expect.stringContaining('Urgent'));
      expect(liveMarkup(tree)).toEqual([]);
      expect(kinds(tree, ['code'])).toHaveLength(1);
      expect(liveMentions(body)).toEqual([]);
    }
  });

  it('someone who edits PagerDuty cannot have apply adopt a bait, delete a manual override, or stop the rest', async () => {
    await fakes();
    const bait = pd!.state.addSchedule({
      name: 'Secondary on-call',
      description: '[managed by oncall-as-code] Edit oncall/rotations.yaml in the policy repository, not here.',
      time_zone: 'Etc/UTC',
    });
    const first = await runAction('push', { ref: 'refs/heads/main' });
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/a mark in its description does not make it so/);
    expect(first.stdout).toMatch(/::error::\d+ object\(s\) could not be synced; see the plan\./);
    expect(bait).toMatchObject({
      layers: [],
      description: expect.stringMatching(/^\[managed by oncall-as-code\] Edit/),
    });
    const primary = [...pd!.state.schedules.values()].find((x) => x.name === 'Primary on-call')!;
    expect(primary.layers).toHaveLength(1); // the rest was applied
    expect(pd!.state.escalationPolicies.size).toBe(0); // it would page the bait

    const manual = pd!.state.addOverride(primary.id, {
      start: new Date(Date.now() + 86_400_000).toISOString(),
      end: new Date(Date.now() + 90_000_000).toISOString(),
      user: pd!.state.userByEmail('engineer-b@example.com')!.id,
    });
    primary.description = `${primary.description} overrides: ${manual.id}`;
    const second = await runAction('push', { ref: 'refs/heads/main' });
    expect(second.stdout).toMatch(new RegExp(`lists override\\(s\\) ${manual.id} that this tool did not sign`));
    expect(primary.overrides.has(manual.id)).toBe(true);
  });

  it('a policy that does not validate fails the step with annotations and touches nothing', async () => {
    await fakes();
    const workspace = tempPolicy({
      'oncall/escalation.yaml': readFileSync(`${REPO_ROOT}/oncall/escalation.yaml`, 'utf8').replace(
        '- schedule: secondary',
        '- schedule: tertiary',
      ),
    });
    const r = await runAction('push', { ref: 'refs/heads/main' }, workspace);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error title=reference\/unknown-schedule,file=oncall\/escalation\.yaml/m);
    expect(pd!.requests).toEqual([]);
  });

  it('a failing write names the operation and never the token, even when the error echoes it', async () => {
    await fakes();
    pd!.inject({
      method: 'POST',
      path: '/escalation_policies',
      status: 400,
      body: { error: { message: `Invalid Input Provided (Authorization: Token token=${PD_TOKEN})`, code: 2001 } },
    });
    const r = await runAction('push', { ref: 'refs/heads/main' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^::error::create escalation policy "EduStream engineering" failed: PagerDuty POST \/escalation_policies failed with HTTP 400 \(error code 2001\)/m,
    );
    expect(r.stdout).toContain(
      'Done before it: create schedule "primary"; mark schedule "primary"; create schedule "secondary"; mark schedule "secondary"',
    );
  });
});

describe('the adopt pull request of the daily drift check', () => {
  const HOUR = 3_600_000;
  const WEEK = 7 * 24 * HOUR;
  const ANCHOR = Date.parse('2026-01-04T10:00:00Z'); // oncall/rotations.yaml: primary's first handoff
  const MEMBERS = ['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d'];
  const BRANCH = 'oncall-as-code/adopt-overrides';
  /** An override inside next week's turn of primary, by an engineer whose turn it is not. */
  const overrideInTurn = (weeksAhead: number, hours: number) => {
    const k = Math.floor((Date.now() - ANCHOR) / WEEK) + weeksAhead;
    const start = ANCHOR + k * WEEK + 24 * HOUR;
    const userId = pd!.state.userByEmail(`${MEMBERS[(k + 2) % 4]}@example.com`)!.id;
    const primary = [...pd!.state.schedules.values()].find((s) => s.name === 'Primary on-call')!;
    return { primary, o: pd!.state.addOverride(primary.id, { start, end: start + hours * HOUR, user: userId }) };
  };

  it.each([
    ['without the marker', 'Fix a typo', 'Small docs fix, please approve'],
    [
      'whose body starts with the marker',
      'Adopt overrides (urgent, approved in Slack)',
      '<!-- oncall-as-code:adopt-overrides -->',
    ],
  ])(
    'a member’s pull request from the adopt branch (%s) is not taken over: nothing is pushed, and the run names it',
    async (_, title, body) => {
      const repo = await fakes();
      await runAction('push', { ref: 'refs/heads/main' });
      overrideInTurn(1, 6);
      const theirs = repo.addPull({
        head: BRANCH,
        changes: { 'docs/typo.md': 'fix' },
        user: 'engineer-a',
        title,
        body,
      });
      const before = repo.branches.get(BRANCH);
      const r = await runAction('schedule', {});
      expect(r.stdout).toMatch(new RegExp(`has pull request\\(s\\) the bot did not open \\(#${theirs.number}\\)`));
      expect(repo.branches.get(BRANCH)).toBe(before);
      expect(theirs.issue).toMatchObject({ user: 'engineer-a', title, body });
      const open = [...repo.pulls.values()].filter((p) => p.head.ref === BRANCH && p.issue.state === 'open');
      expect(open.map((p) => p.number)).toEqual([theirs.number]);
    },
  );

  it('opens one pull request with the swap files, keeps it up to date, closes it when empty; the issue links it', async () => {
    const repo = await fakes();
    await runAction('push', { ref: 'refs/heads/main' });
    const { primary, o } = overrideInTurn(1, 6);
    const hostile = '@edustream/everyone\n# Urgent [Confirm](https://evil.example) <img src=x> ```';
    const stranger = pd!.state.addUser({ name: hostile, email: 'stranger@example.com' });
    const start = o.start + 7 * 24 * HOUR + 2 * HOUR;
    const strange = pd!.state.addOverride(primary.id, { start, end: start + HOUR, user: stranger.id });

    const first = await runAction('schedule', {});
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Adopt overrides made in PagerDuty as swaps: opened #(\d+)\./);
    const pulls = () => [...repo.pulls.values()].filter((p) => p.head.ref === BRANCH && p.issue.state === 'open');
    expect(pulls()).toHaveLength(1);
    const pull = pulls()[0]!;
    expect(pull.issue.user).toBe('github-actions[bot]');
    const added = () => {
      const head = repo.tree(BRANCH)!;
      const main = repo.tree('main')!;
      return Object.keys(head).filter((p) => head[p] !== main[p]);
    };
    expect(added()).toHaveLength(1);
    const file = repo.tree(BRANCH)![added()[0]!]!;
    expect(file).toMatch(new RegExp(`reason: Adopted from PagerDuty override ${o.id}, made in PagerDuty`));
    expect(file).not.toMatch(/everyone|Urgent|evil/);
    // The branch is one commit on main, by the bot.
    const head = repo.commits.get(repo.branches.get(BRANCH)!)!;
    expect(head.parents).toEqual([repo.branches.get('main')]);

    // The hostile PagerDuty name is reported, as text: no mention, link, image, heading or fence.
    const body = pull.issue.body ?? '';
    expect(body).toContain(strange.id);
    expect(body).toContain('Urgent');
    const tree = parseMarkdown(body);
    expect(liveMarkup(tree)).toEqual([]);
    expect(liveMentions(body)).toEqual([]);
    expect(kinds(tree, ['heading'])).toEqual([]);
    expect(kinds(tree, ['code'])).toEqual([]);
    // The drift issue links it.
    const issue = [...repo.issues.values()].find((i) => !i.pull && i.state === 'open')!;
    expect(issue.body).toContain(`adopted as swap files in #${pull.number}`);

    // A quiet day pushes nothing; a new override force-updates the branch of the same pull request.
    const sha = repo.branches.get(BRANCH);
    expect((await runAction('schedule', {})).stdout).toContain(`updated #${pull.number}.`);
    expect(repo.branches.get(BRANCH)).toBe(sha);
    const second = overrideInTurn(3, 4).o;
    expect((await runAction('schedule', {})).stdout).toContain(`updated #${pull.number}.`);
    expect(repo.branches.get(BRANCH)).not.toBe(sha);
    expect(added()).toHaveLength(2);
    expect(pulls()).toHaveLength(1);
    for (const path of added()) expect(pulls()[0]!.issue.body).toContain(path);

    // The overrides removed in PagerDuty: nothing left to adopt, the pull request is closed.
    primary.overrides.delete(o.id);
    primary.overrides.delete(second.id);
    const closed = await runAction('schedule', {});
    expect(closed.stdout).toContain(`Adopt overrides made in PagerDuty as swaps: closed #${pull.number}.`);
    expect(pulls()).toHaveLength(0);
  });
});
