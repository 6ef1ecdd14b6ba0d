/**
 * Copy-paste from the README works: every `npx oncall` line of its shell blocks runs, as written,
 * on a copy of the repository's policy, and exits 0.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/policy.js';
import { cleanEnv, runNode, tempPolicy } from './helpers/run.js';

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
// A block that talks to PagerDuty runs as a whole against the fake, in test/cli.test.ts and
// test/pagerduty-import.test.ts: its lines depend on each other and on an account.
const commands = [...readme.matchAll(/^```sh\n([\s\S]*?)^```/gm)]
  .filter((m) => !m[1]!.includes('PAGERDUTY_TOKEN='))
  .flatMap((m) => m[1]!.split('\n'))
  .map((line) => line.replace(/\s+#\s.*$/, '').trim())
  .filter((line) => line.startsWith('npx oncall '));

/** The words of a command line as a shell splits them (double quotes only, as the README uses). */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

describe('the README’s commands', () => {
  it('are found', () => expect(commands.length).toBeGreaterThanOrEqual(8));

  it.each(commands)('%s', async (line) => {
    const root = tempPolicy();
    // `> a.ics` is the shell's; the command's output is what it redirects.
    const args = words(line.replace(/\s*>\s*\S+$/, '')).slice(2);
    const r = await runNode('bin/oncall.js', args, { cwd: root, env: cleanEnv() });
    expect(r.stderr.replace(/^note: .*\n/gm, '')).toBe('');
    expect(r.code).toBe(0);
  });
});
