/**
 * Runs the shipped entry points (bin/oncall.js, dist/<action>/index.js) as child processes, the way
 * a user's shell or GitHub's runner does. Asynchronous, so fakes served by this process keep answering.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { REPO_ROOT } from './policy.js';

/** Temp folders made by this test file, removed when it finishes. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runNode(
  script: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, script), ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env: options.env ?? cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The parent's environment minus anything that changes colour or GitHub behaviour. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(GITHUB_|RUNNER_|INPUT_|FORCE_COLOR|NO_COLOR|CI$)/.test(k)) continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

/** A copy of the repository's oncall/ (and schemas/) in a fresh temp folder, optionally with one file replaced. */
export function tempPolicy(replace: Record<string, string | Uint8Array> = {}): string {
  const dir = tempDir('oncall-test-');
  cpSync(join(REPO_ROOT, 'oncall'), join(dir, 'oncall'), { recursive: true });
  cpSync(join(REPO_ROOT, 'schemas'), join(dir, 'schemas'), { recursive: true });
  for (const [path, content] of Object.entries(replace)) writeFileSync(join(dir, path), content);
  return dir;
}

/** A runner-like temp environment: workspace, event, summary and output files. */
export function runnerEnv(
  workspace: string,
  extra: NodeJS.ProcessEnv = {},
): { env: NodeJS.ProcessEnv; summary: string; output: string } {
  const dir = tempDir('oncall-runner-');
  const summary = join(dir, 'summary.md');
  const output = join(dir, 'output.txt');
  const event = join(dir, 'event.json');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  writeFileSync(event, JSON.stringify({ pull_request: { number: 7, head: { sha: 'a'.repeat(40) } } }));
  const env = cleanEnv({
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    GITHUB_EVENT_PATH: event,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REPOSITORY: 'edustream/oncall',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_SHA: 'b'.repeat(40),
    RUNNER_TEMP: dir,
    ...extra,
  });
  return { env, summary, output };
}

/** Outputs written by @actions/core to GITHUB_OUTPUT (`name<<delimiter` blocks). */
export function readOutputs(path: string): Record<string, string> {
  const text = readFileSync(path, 'utf8');
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}
