/** docs/on-call.md: tables generated from the policy, and validate saying when they are stale. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOC_PATH, renderDoc } from '../src/docs/tables.js';
import { validatePolicy } from '../src/validate/index.js';
import { edit, REPO_ROOT, repoPolicyFiles, TEST_NOW, withFile } from './helpers/policy.js';
import { runNode, tempPolicy } from './helpers/run.js';

const doc = readFileSync(join(REPO_ROOT, DOC_PATH), 'utf8');
const withDoc = (files = repoPolicyFiles(), text = doc) => withFile(files, DOC_PATH, text);

describe('docs/on-call.md', () => {
  it('is up to date with the repository’s policy', () => {
    expect(validatePolicy(withDoc(), { now: TEST_NOW }).findings).toEqual([]);
    const { policy } = validatePolicy(repoPolicyFiles(), { now: TEST_NOW });
    expect(renderDoc(doc, policy)).toBe(doc);
  });

  it('shows the procedures’ rotation table and escalation path, generated', () => {
    expect(doc).toContain(
      '| Week 1 | Engineer A | Engineer B |\n| Week 2 | Engineer B | Engineer C |\n| Week 3 | Engineer C | Engineer D |\n| Week 4 | Engineer D | Engineer A |',
    );
    expect(doc).toContain('| 3 | Engineering Manager | 30 min no response |');
    expect(doc).toContain(
      '| Business Hours | Mon, Tue, Wed, Thu, Fri 09:00–18:00 (Europe/London) | 15 minutes (P0), 1 hour (P1) |',
    );
  });

  it('a policy change makes the affected table stale, reported at its marker with the command to fix it', () => {
    const { files } = edit(
      repoPolicyFiles(),
      'oncall/escalation.yaml',
      '      - escalation_delay_minutes: 15\n        targets:\n          - schedule: secondary',
      '      - escalation_delay_minutes: 10\n        targets:\n          - schedule: secondary',
    );
    const found = validatePolicy(withDoc(files), { now: TEST_NOW }).findings;
    expect(found).toEqual([
      expect.objectContaining({
        ruleId: 'docs/stale',
        file: DOC_PATH,
        line: doc.split('\n').indexOf('<!-- oncall:generated escalation -->') + 1,
        message: expect.stringContaining('Run: npx oncall docs --write'),
      }),
    ]);
  });

  it('a hand edit inside a generated table is stale too, and docs --write restores it', async () => {
    const edited = doc.replace('| Week 2 | Engineer B | Engineer C |', '| Week 2 | Engineer C | Engineer B |');
    expect(validatePolicy(withDoc(undefined, edited), { now: TEST_NOW }).findings.map((f) => f.ruleId)).toEqual([
      'docs/stale',
    ]);
    const root = tempPolicy({});
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, DOC_PATH), edited);
    expect((await runNode('bin/oncall.js', ['docs', '--root', root])).code).toBe(1);
    expect((await runNode('bin/oncall.js', ['docs', '--root', root, '--write'])).stdout).toContain(
      'Updated rotation in docs/on-call.md.',
    );
    expect(readFileSync(join(root, DOC_PATH), 'utf8')).toBe(doc);
  });
});
