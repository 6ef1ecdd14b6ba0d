/**
 * Where ../shared/ (the team's procedures, API descriptions) is found: ONCALL_SHARED_DIR, or the
 * folder beside the repository. Tests that need it skip with a printed notice when it is absent,
 * so `npm test` passes on a fresh clone of this repository alone.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from './policy.js';

export const SHARED_DIR = resolve(process.env.ONCALL_SHARED_DIR ?? join(REPO_ROOT, '..', 'shared'));

/** The path of a file in shared/, or undefined after printing why tests that need it are skipped. */
export function sharedFile(relative: string): string | undefined {
  const path = join(SHARED_DIR, relative);
  if (existsSync(path)) return path;
  // The whole folder missing was announced once by test/global-setup.ts; a single missing file is news.
  if (process.env.ONCALL_SHARED_NOTICE !== 'said')
    console.warn(`NOTICE: ${path} not found (set ONCALL_SHARED_DIR); the tests that need it are skipped.`);
  return undefined;
}
