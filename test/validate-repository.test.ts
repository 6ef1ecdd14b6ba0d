/**
 * `oncall validate` on a whole synthetic organisation (scripts/gen-corpus.mjs, small scale): the
 * generated corpus is valid, and checking postmortems on worker threads gives exactly the findings
 * of one thread — same findings, same order, same exit code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPolicyFiles, repoPathExists } from '../src/io/read-policy.js';
import { validateRepository } from '../src/io/validate-repository.js';
import { validatePolicy } from '../src/validate/index.js';
import { REPO_ROOT } from './helpers/policy.js';
import { runNode } from './helpers/run.js';

const NOW = '2026-11-27T12:00:00Z';
let corpus: string;

beforeAll(() => {
  corpus = mkdtempSync(join(tmpdir(), 'oncall-corpus-test-'));
  // Scale 0.06: 60 people, 6 schedules, 300 swaps, 120 postmortems — above the threshold for workers.
  execFileSync(process.execPath, [
    join(REPO_ROOT, 'scripts/gen-corpus.mjs'),
    '--scale',
    '0.06',
    '--out',
    corpus,
    '--now',
    NOW,
  ]);
});
afterAll(() => rmSync(corpus, { recursive: true, force: true }));

const validate = (...args: string[]) =>
  runNode('bin/oncall.js', ['validate', '--root', corpus, '--now', NOW, '--format', 'json', ...args]);

describe('scripts/gen-corpus.mjs', () => {
  it('writes the organisation it promises, and it is valid: no finding at all', async () => {
    expect(readdirSync(join(corpus, 'oncall/swaps'))).toHaveLength(300);
    expect(readdirSync(join(corpus, 'postmortems'))).toHaveLength(121); // and the template
    const result = await validate();
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).findings).toEqual([]);
    expect(result.code).toBe(0);
  }, 60_000);

  it('is deterministic: the same scale and seed write the same bytes', () => {
    const again = mkdtempSync(join(tmpdir(), 'oncall-corpus-test-'));
    try {
      execFileSync(process.execPath, [
        join(REPO_ROOT, 'scripts/gen-corpus.mjs'),
        '--scale',
        '0.06',
        '--out',
        again,
        '--now',
        NOW,
      ]);
      for (const dir of ['oncall', 'oncall/swaps', 'postmortems'])
        for (const name of readdirSync(join(corpus, dir), { withFileTypes: true })
          .filter((d) => d.isFile())
          .map((d) => d.name))
          expect(readFileSync(join(again, dir, name), 'utf8'), `${dir}/${name}`).toBe(
            readFileSync(join(corpus, dir, name), 'utf8'),
          );
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});

describe('postmortems on worker threads', () => {
  it('find exactly what one thread finds, in the same order', async () => {
    const postmortems = readdirSync(join(corpus, 'postmortems')).sort();
    const edit = (name: string, change: (text: string) => string) =>
      writeFileSync(join(corpus, 'postmortems', name), change(readFileSync(join(corpus, 'postmortems', name), 'utf8')));
    edit(postmortems[3]!, (t) => t.replace(/^author: .*$/m, 'author: nobody-we-know'));
    edit(postmortems[40]!, (t) =>
      t.replace('- Impact begins', '- Impact begins, see [the runbook](../runbooks/none.md)'),
    );
    edit(postmortems[77]!, (t) => t.replace(/^(\| Follow-up 1 of incident \d+ *)\|/m, '$1| stray cell |'));
    edit(postmortems[119]!, (t) => t.replace('## Root Cause', '## Root cause'));

    const one = await validate('--jobs', '1');
    const many = await validate('--jobs', '3');
    const auto = await validate();
    expect(one.code).toBe(1);
    const findings = JSON.parse(one.stdout).findings as { ruleId: string; file: string; line: number }[];
    expect(new Set(findings.map((f) => f.ruleId))).toEqual(
      new Set([
        'postmortem/author',
        'postmortem/link',
        'postmortem/action-table',
        'postmortem/action-items',
        'postmortem/sections',
      ]),
    );
    expect(findings.every((f) => f.line >= 1)).toBe(true);
    for (const other of [many, auto]) {
      expect(other.code).toBe(one.code);
      expect(other.stdout).toBe(one.stdout);
      expect(other.stderr).toBe('');
    }
  }, 120_000);

  it('in-process, the repository shell finds what validatePolicy finds on the same files', async () => {
    const options = { now: Date.parse(NOW) };
    const shell = await validateRepository(corpus, options);
    const pure = validatePolicy(await readPolicyFiles(corpus), { ...options, fileExists: repoPathExists(corpus) });
    expect(shell.findings).toEqual(pure.findings);
    expect(shell.files).toBe(pure.files);
  }, 60_000);

  it('rejects a --jobs that is not a whole number of threads', async () => {
    const result = await validate('--jobs', '0');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--jobs must be a whole number');
  });
});
