/**
 * The repository's own policy as in-memory files, and ways to break it one line at a time, so each
 * test states exactly what it changed and where the finding must point.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { RawFile } from '../../src/model/load.js';
import type { Finding } from '../../src/render/finding.js';
import { validatePolicy } from '../../src/validate/index.js';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function repoPolicyFiles(): RawFile[] {
  const dir = join(REPO_ROOT, 'oncall');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.yaml'))
    .map((d) => ({ path: `oncall/${d.name}`, bytes: readFileSync(join(dir, d.name)) }));
}

export function textOf(files: readonly RawFile[], path: string): string {
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`no ${path} in fixture`);
  return Buffer.from(f.bytes).toString('utf8');
}

/** Replaces (or adds) one file. */
export function withFile(files: readonly RawFile[], path: string, content: string | Uint8Array): RawFile[] {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return [...files.filter((f) => f.path !== path), { path, bytes }];
}

export function withoutFile(files: readonly RawFile[], path: string): RawFile[] {
  return files.filter((f) => f.path !== path);
}

/**
 * Replaces the one occurrence of `from` in a file with `to`, and returns the 1-based line where
 * the replacement starts, so tests assert positions without hard-coding line numbers.
 */
export function edit(
  files: readonly RawFile[],
  path: string,
  from: string,
  to: string,
): { files: RawFile[]; line: number } {
  const text = textOf(files, path);
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" must occur exactly once in ${path}`);
  const line = text.slice(0, at).split('\n').length;
  return { files: withFile(files, path, text.slice(0, at) + to + text.slice(at + from.length)), line };
}

/** 1-based line of the first occurrence of `needle` in a file's text. */
export function lineOf(files: readonly RawFile[], path: string, needle: string): number {
  const text = textOf(files, path);
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not in ${path}`);
  return text.slice(0, at).split('\n').length;
}

/** "Now" for tests: time rules look ahead from here, so results do not change as the calendar moves. */
export const TEST_NOW = Date.parse('2026-11-27T12:00:00Z');

export function findingsOf(files: readonly RawFile[], ruleId?: string, now = TEST_NOW): Finding[] {
  const { findings } = validatePolicy(files, { now });
  return ruleId ? findings.filter((f) => f.ruleId === ruleId) : findings;
}
