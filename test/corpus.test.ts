/**
 * The broken-file corpus (test/corpus.cases.ts): each case replaces one file of the repository's
 * policy and must produce exactly its finding, at its position, as an error with a plain message.
 * A handful also go through the real CLI in a child process.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../src/model/kinds.js';
import type { Finding } from '../src/render/finding.js';
import { validatePolicy } from '../src/validate/index.js';
import { BROKEN_CASES, CORPUS_DIR, VALID_CASES, kindOf, type CorpusCase } from './corpus.cases.js';
import { REPO_ROOT, TEST_NOW, repoPolicyFiles, withFile } from './helpers/policy.js';
import { runNode, tempPolicy } from './helpers/run.js';

const BASE = repoPolicyFiles();
const KIND_NAMES = new Set<string>(KINDS.map((k) => k.kind));

const target = (c: Pick<CorpusCase, 'file'>) => `oncall/${kindOf(c)}.yaml`;

function bytesOf(c: Pick<CorpusCase, 'file' | 'generate'>): Uint8Array {
  return c.generate ? c.generate() : readFileSync(join(CORPUS_DIR, c.file));
}

/** Validated as of the suite's fixed "now", so time rules give the same answer on any day. */
function findingsFor(c: Pick<CorpusCase, 'file' | 'generate'>): Finding[] {
  return validatePolicy(withFile(BASE, target(c), bytesOf(c)), { now: TEST_NOW }).findings;
}

/** A line of a JavaScript stack trace ("    at parse (file.js:1:2)"). */
const STACK_FRAME = /^\s*at .*(:\d+:\d+\)?|<anonymous>|native)\s*$/m;

function expectPlainMessage(f: Finding): void {
  expect(typeof f.message).toBe('string');
  expect(f.message.trim()).not.toBe('');
  expect(f.message).not.toContain('    at ');
  expect(f.message).not.toMatch(STACK_FRAME);
}

/** `12:5 error yaml/syntax`: how a failed assertion lists what was found. */
const show = (f: Finding) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId}`;

describe('the corpus manifest', () => {
  it('has at least 30 broken cases, at least 30 of them without a known validator bug', () => {
    expect(BROKEN_CASES.length).toBeGreaterThanOrEqual(30);
    expect(BROKEN_CASES.filter((c) => !c.bug).length).toBeGreaterThanOrEqual(30);
  });

  it('names every case <kind>.<case>.yaml after a policy file, once', () => {
    const names = [...BROKEN_CASES, ...VALID_CASES].map((c) => c.file);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(name).toMatch(/^[a-z]+\.[a-z0-9-]+\.yaml$/);
      expect(KIND_NAMES, name).toContain(kindOf({ file: name }));
    }
    for (const c of BROKEN_CASES) {
      expect(c.line, c.file).toBeGreaterThanOrEqual(1);
      expect(c.description.trim(), c.file).not.toBe('');
    }
  });

  it('has a fixture for every committed case and no fixture without a case', () => {
    const committed = [...BROKEN_CASES.filter((c) => !c.generate), ...VALID_CASES].map((c) => c.file).sort();
    const onDisk = readdirSync(CORPUS_DIR)
      .filter((n) => !n.startsWith('.'))
      .sort();
    expect(onDisk).toEqual(committed);
    for (const c of BROKEN_CASES.filter((x) => x.generate))
      expect(existsSync(join(CORPUS_DIR, c.file)), c.file).toBe(false);
  });

  it('keeps line 1 of the real file in every fixture, except where line 1 is the point', () => {
    for (const c of [...BROKEN_CASES, ...VALID_CASES]) {
      if ('noSchemaLine' in c && c.noSchemaLine) continue;
      const real = readFileSync(join(REPO_ROOT, target(c)), 'utf8').split('\n', 1)[0];
      const first = new TextDecoder().decode(bytesOf(c)).split(/\r?\n/, 1)[0];
      expect(first, c.file).toBe(real);
    }
  });

  it('changes something in every fixture', () => {
    for (const c of [...BROKEN_CASES, ...VALID_CASES]) {
      const real = readFileSync(join(REPO_ROOT, target(c)));
      expect(Buffer.compare(Buffer.from(bytesOf(c)), real), c.file).not.toBe(0);
    }
  });
});

describe.each(BROKEN_CASES.map((c) => [c.file, c] as const))('%s', (_, c) => {
  it(`reports ${c.ruleId} as an error in ${target(c)}, and nothing unrelated`, () => {
    const findings = findingsFor(c);
    const hits = findings.filter((f) => f.ruleId === c.ruleId && f.file === target(c));
    expect(hits.map(show), findings.map(show).join('\n')).not.toEqual([]);
    for (const f of hits) expect(f.severity).toBe('error');
    for (const f of findings) expectPlainMessage(f);
    // One defect, one file: nothing else in the policy is reported.
    const allowed = new Set([c.ruleId, ...(c.alsoReported ?? [])]);
    expect(findings.filter((f) => f.file !== target(c) || !allowed.has(f.ruleId)).map(show)).toEqual([]);
  });

  const at = `${c.line}${c.column !== undefined ? `:${c.column}` : ''}`;
  (c.bug ? it.fails : it)(`points at ${target(c)}:${at}${c.bug ? ' (known bug, see the manifest)' : ''}`, () => {
    const findings = findingsFor(c);
    const want = {
      ruleId: c.ruleId,
      severity: 'error',
      file: target(c),
      line: c.line,
      ...(c.column !== undefined ? { column: c.column } : {}),
    };
    expect(findings).toContainEqual(expect.objectContaining(want));
  });
});

describe.each(VALID_CASES.map((c) => [c.file, c] as const))('%s (valid control)', (_, c) => {
  it('validates with no findings at all', () => {
    expect(findingsFor(c).map((f) => `${show(f)}: ${f.message}`)).toEqual([]);
  });
});

// ── The real CLI ─────────────────────────────────────────────────────────────────────────────────

const CLI_CASES = [
  'team.binary.yaml',
  'severities.alias-bomb.yaml',
  'team.huge-5mb.yaml',
  'services.empty.yaml',
  'team.tab-indent.yaml',
  'team.crlf-unknown-manager.yaml',
];

describe.each(CLI_CASES.map((file) => [file, BROKEN_CASES.find((c) => c.file === file)!] as const))(
  'oncall validate --json with %s',
  (_, c) => {
    it(`exits 1 and reports ${c.ruleId} at ${target(c)}:${c.line}, with nothing on stderr`, async () => {
      const r = await runNode('bin/oncall.js', [
        'validate',
        '--root',
        tempPolicy({ [target(c)]: bytesOf(c) }),
        '--json',
      ]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout) as { ok: boolean; findings: Finding[] };
      expect(report.ok).toBe(false);
      expect(report.findings).toContainEqual(
        expect.objectContaining({
          ruleId: c.ruleId,
          severity: 'error',
          file: target(c),
          line: c.line,
          ...(c.column !== undefined ? { column: c.column } : {}),
        }),
      );
      for (const f of report.findings) expectPlainMessage(f);
    });
  },
);
