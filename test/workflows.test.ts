/**
 * The workflows follow GitHub's hardening guide: read-only token by default, third-party actions
 * pinned to a commit, no persisted checkout credentials.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './helpers/policy.js';

const dir = join(REPO_ROOT, '.github/workflows');
const workflows = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));

describe.each(workflows)('.github/workflows/$file', ({ text }) => {
  const wf = parse(text);
  const steps = Object.values(wf.jobs as Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>).flatMap((j) => j.steps ?? []);

  it('grants a read-only token at the top level', () => {
    const p = wf.permissions;
    expect(p === 'read-all' || (typeof p === 'object' && Object.values(p).every((v) => v === 'read' || v === 'none'))).toBe(true);
  });

  it('pins every remote action to a full commit SHA with its version in a comment', () => {
    for (const s of steps.filter((x) => x.uses && !x.uses.startsWith('./'))) {
      expect(s.uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(text).toMatch(new RegExp(`${s.uses!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} # v\\d+\\.\\d+\\.\\d+`));
    }
  });

  it('checks out without persisting credentials', () => {
    for (const s of steps.filter((x) => x.uses?.startsWith('actions/checkout@'))) expect(s.with?.['persist-credentials']).toBe(false);
  });
});
