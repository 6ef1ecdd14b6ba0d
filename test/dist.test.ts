/**
 * dist/ is committed (actions run it without installing anything), so it must be exactly what
 * `npm run bundle` makes from src/ now: a stale bundle would ship old behaviour.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { REPO_ROOT } from './helpers/policy.js';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

describe('dist/', () => {
  it('is byte-identical to a fresh bundle of src/ (run `npm run bundle` and commit dist/ if this fails)', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'oncall-dist-'));
    onTestFinished(() => rmSync(fresh, { recursive: true, force: true }));
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/bundle.mjs'), fresh], { cwd: REPO_ROOT });
    const committed = join(REPO_ROOT, 'dist');
    expect(listFiles(committed)).toEqual(listFiles(fresh));
    for (const file of listFiles(fresh)) {
      expect(readFileSync(join(committed, file)).equals(readFileSync(join(fresh, file))), `dist/${file} is stale`).toBe(
        true,
      );
    }
  });
});

describe('src/model/validators.generated.js', () => {
  it('is what scripts/gen-validators.mjs compiles from schemas/ now (run `npm run gen:validators` if this fails)', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'oncall-validators-'));
    onTestFinished(() => rmSync(fresh, { recursive: true, force: true }));
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/gen-validators.mjs'), join(fresh, 'validators.js')], {
      cwd: REPO_ROOT,
    });
    const committed = readFileSync(join(REPO_ROOT, 'src/model/validators.generated.js'), 'utf8');
    expect(
      readFileSync(join(fresh, 'validators.js'), 'utf8') === committed,
      'src/model/validators.generated.js is stale',
    ).toBe(true);
  });
});
