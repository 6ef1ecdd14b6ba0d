/**
 * A .gitattributes that rewrites bytes on checkout would let the swap check (which reads git's
 * blobs) and the sync (which reads the checkout) see two policies: reported, so nothing is synced.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateRepository } from '../src/io/validate-repository.js';
import { REPO_ROOT, TEST_NOW } from './helpers/policy.js';

function repoWith(attributes: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'oncall-attributes-'));
  cpSync(join(REPO_ROOT, 'oncall'), join(root, 'oncall'), { recursive: true });
  for (const [path, text] of Object.entries(attributes)) writeFileSync(join(root, path), text);
  return root;
}

describe('checkout attributes', () => {
  it('working-tree-encoding, filter or ident reaching the policy is an error at its line, at any depth, macros too', async () => {
    const root = repoWith({
      '.gitattributes': '* text=auto eol=lf\n*.png binary\n',
      'oncall/.gitattributes': '# harmless\n*.yaml text eol=lf\nrotations.yaml working-tree-encoding=SHIFT-JIS\n',
      'oncall/swaps/.gitattributes': '[attr]sneaky filter=rewrite\n*.yaml sneaky\n*.yaml ident\n',
    });
    const { findings } = await validateRepository(root, { now: TEST_NOW });
    const found = findings.filter((f) => f.ruleId === 'file/checkout-attributes');
    expect(found.map((f) => [f.file, f.line, f.column])).toEqual([
      ['oncall/.gitattributes', 3, 16],
      ['oncall/swaps/.gitattributes', 1, 14],
      ['oncall/swaps/.gitattributes', 3, 8],
    ]);
    expect(found[0]!.message).toMatch(
      /sets working-tree-encoding for "rotations\.yaml": checkout would write other bytes/,
    );
  });

  it('this repository’s own .gitattributes (line endings, linguist, binary) is clean', async () => {
    const { findings } = await validateRepository(REPO_ROOT, { now: TEST_NOW });
    expect(findings.filter((f) => f.ruleId === 'file/checkout-attributes')).toEqual([]);
  });
});
