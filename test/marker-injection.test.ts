/**
 * A PagerDuty name is raw text inside the bot's drift issue, and every workflow's token is the same
 * bot: a name that spells a hidden marker must not make that issue anyone else's. Markers count
 * only where the tool writes them, at the start of a body.
 */
import { afterEach, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeGitHub, type FakeGitHub } from './fakes/github.js';
import { startFakePagerDuty, type FakePagerDuty } from './fakes/pagerduty.js';
import { REPO_ROOT } from './helpers/policy.js';
import { readOutputs, runNode, runnerEnv, tempPolicy } from './helpers/run.js';
import { MARK_KEY } from './helpers/mark-key.js';

const PD_TOKEN = 'pd-SENTINEL-9f8e7d6c5b4a';
const GH_TOKEN = 'ghs_SENTINEL_0a1b2c3d4e5f';
const PM = 'postmortems/2026-03-14-payments-webhook-backlog.md';
const VALID = readFileSync(join(REPO_ROOT, 'test/fixtures/postmortems/valid.md'), 'utf8');
let pd: FakePagerDuty | undefined;
let gh: FakeGitHub | undefined;
afterEach(async () => {
  await pd?.close();
  await gh?.close();
});

async function runPd(event: string, payload: object) {
  const { env } = runnerEnv(REPO_ROOT, {
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
  return runNode('dist/pagerduty-sync/index.js', [], { env });
}
async function runPm(workspace: string, event: object) {
  const { env, output } = runnerEnv(workspace, {
    GITHUB_API_URL: gh!.url,
    GITHUB_REPOSITORY: 'edustream/oncall',
    GITHUB_EVENT_NAME: 'push',
    'INPUT_GITHUB-TOKEN': GH_TOKEN,
    ONCALL_HTTP_RETRY_BASE_MS: '1',
    ONCALL_WRITE_INTERVAL_MS: '1',
    ONCALL_SETTLE_MS: '1',
  });
  writeFileSync(env.GITHUB_EVENT_PATH!, JSON.stringify(event));
  const r = await runNode('dist/postmortem-issues/index.js', [], { env });
  return { ...r, outputs: readOutputs(output) };
}

it('a layer named like an action-item marker leaves the drift issue the drift issue; the item gets its own', async () => {
  const users = ['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d', 'eng-manager', 'cto'].map((id) => ({
    name: id,
    email: `${id}@example.com`,
  }));
  pd = await startFakePagerDuty({ users, keys: { [PD_TOKEN]: 'full' } });
  gh = await startFakeGitHub({ tokens: { [GH_TOKEN]: 'github-actions[bot]' } });
  const repo = gh.state.repo('edustream/oncall', { collaborators: ['edustream-eng-b', 'edustream-eng-c'] });
  repo.commit({ 'README.md': 'x' });
  expect((await runPd('push', { ref: 'refs/heads/main' })).code).toBe(0);
  const primary = [...pd.state.schedules.values()].find((s) => s.name === 'Primary on-call')!;
  const marker = `<!-- oncall-as-code:action-item v2 key=2026-03-14/alert-on-backlog path=${encodeURIComponent(PM)} -->`;
  primary.layers.push({ ...primary.layers[0]!, id: 'PHOSTILE', name: marker });
  expect((await runPd('schedule', {})).stdout).toMatch(/drifted from the on-call policy: opened #\d+/);
  // The PagerDuty editor removes the layer again: the next drift run closes the issue.
  primary.layers = primary.layers.filter((l) => l.id !== 'PHOSTILE');
  expect((await runPd('schedule', {})).stdout).toMatch(/drifted from the on-call policy: closed #\d+/);
  const drift = [...repo.issues.values()].find((i) => !i.pull)!;
  const before = { title: drift.title, body: drift.body, state: drift.state };

  // Later, the postmortem lands.
  const workspace = tempPolicy();
  mkdirSync(join(workspace, 'postmortems'));
  writeFileSync(join(workspace, PM), VALID);
  expect((await runPm(workspace, { commits: [{ added: [PM] }] })).code).toBe(0);
  expect({ title: drift.title, body: drift.body, state: drift.state }).toEqual(before);
  const alert = [...repo.issues.values()].filter((i) => i.title.startsWith('Alert'));
  expect(alert.map((i) => i.state)).toEqual(['open']);
  expect(alert[0]!.number).not.toBe(drift.number);
});
