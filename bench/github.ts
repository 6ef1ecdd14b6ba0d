/**
 * P5 (GitHub): what filing postmortem action items costs against the fake GitHub. N items should
 * cost N creates plus ⌈labelled issues / 100⌉ list calls; a rerun only the lists.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeGitHub } from '../test/fakes/github.js';
import { table } from './stats.js';

const PM = 'postmortems/2026-03-14-payments-webhook-backlog.md';

function postmortemWith(n: number): string {
  const valid = readFileSync('test/fixtures/postmortems/valid.md', 'utf8');
  const items = Array.from(
    { length: n },
    (_, i) => `  - id: item-${i}\n    action: Follow-up number ${i}\n    type: prevent\n    priority: low\n`,
  ).join('');
  const rows = Array.from(
    { length: n },
    (_, i) => `| Follow-up number ${i} | engineer-c | 2026-04-${String((i % 28) + 1).padStart(2, '0')} | ⬜ |\n`,
  ).join('');
  return valid
    .replace(/action_items:\n[\s\S]*?---\n/, `action_items:\n${items}---\n`)
    .replace(/\| Alert when[\s\S]*$/, rows);
}

async function measure(n: number): Promise<string[][]> {
  const gh = await startFakeGitHub({ spec: null });
  const workspace = mkdtempSync(join(tmpdir(), 'oncall-bench-'));
  try {
    cpSync('oncall', join(workspace, 'oncall'), { recursive: true });
    mkdirSync(join(workspace, 'postmortems'));
    writeFileSync(join(workspace, PM), postmortemWith(n));
    const repo = gh.state.repo('edustream/oncall', { collaborators: ['edustream-eng-c'] });
    repo.commit({ 'README.md': 'x' });
    const event = join(workspace, 'event.json');
    writeFileSync(event, JSON.stringify({ commits: [] }));
    const rows: string[][] = [];
    for (const run of ['first run', 'rerun']) {
      const before = gh.requests.length;
      // Asynchronous: the fake answers from this very process.
      const env = {
        ...process.env,
        GITHUB_WORKSPACE: workspace,
        GITHUB_API_URL: gh.url,
        GITHUB_REPOSITORY: 'edustream/oncall',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: event,
        GITHUB_SHA: 'b'.repeat(40),
        'INPUT_GITHUB-TOKEN': 't',
        ONCALL_HTTP_RETRY_BASE_MS: '1',
      };
      const code = await new Promise<number | null>((resolve) =>
        spawn(process.execPath, ['dist/postmortem-issues/index.js'], { env, stdio: 'ignore' }).on('close', resolve),
      );
      if (code !== 0) throw new Error(`the action exited ${code}`);
      const reqs = gh.requests.slice(before);
      const count = (method: string, re: RegExp) => reqs.filter((q) => q.method === method && re.test(q.path)).length;
      const lists = count('GET', /\/issues$/);
      rows.push([
        String(n),
        run,
        String(count('POST', /\/issues$/)),
        String(lists),
        String(reqs.length - count('POST', /\/issues$/) - lists),
        `${Math.ceil(n / 100)} per list pass`,
      ]);
    }
    return rows;
  } finally {
    await gh.close();
    rmSync(workspace, { recursive: true, force: true });
  }
}

export async function benchGitHub(): Promise<string> {
  const rows = [...(await measure(3)), ...(await measure(120))];
  return (
    table(['action items', 'run', 'creates', 'list pages', 'other requests', 'expected list pages'], rows) +
    '\nOther requests: one assignability check per owner, on the first run only.\n'
  );
}
