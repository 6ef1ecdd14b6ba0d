/** The `oncall` command as a user runs it: bin/oncall.js in a child process. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './helpers/policy.js';
import { cleanEnv, runNode, tempPolicy } from './helpers/run.js';

const CLI = 'bin/oncall.js';
const ESC = String.fromCharCode(27);

describe('oncall validate', () => {
  it('passes the repository policy with exit 0 and a clean report', async () => {
    const r = await runNode(CLI, ['validate']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/✔ 8 files checked: no problems\./);
    expect(r.stdout).not.toContain(`${ESC}[`); // not a terminal: no colour
  });

  it('finds the policy from a subfolder of the repository', async () => {
    const r = await runNode(CLI, ['validate'], { cwd: join(REPO_ROOT, 'oncall') });
    expect(r.code).toBe(0);
  });

  it('reports a broken line at file:line with exit 1, grouped by file', async () => {
    const team = readFileSync(join(REPO_ROOT, 'oncall/team.yaml'), 'utf8').replace('    manager: cto', '    manager: ceo');
    const root = tempPolicy({ 'oncall/team.yaml': team });
    const line = team.split('\n').findIndex((l) => l === '    manager: ceo') + 1;
    const r = await runNode(CLI, ['validate', '--root', root]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('oncall/team.yaml\n');
    expect(r.stdout).toMatch(new RegExp(`  ${line}:14 +error +Unknown person "ceo".*reference/unknown-person`));
    expect(r.stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings\) in 8 files checked\./);
  });

  it('prints the same findings as JSON with --json', async () => {
    const root = tempPolicy({ 'oncall/coverage.yaml': '# yaml-language-server: $schema=../schemas/coverage.schema.json\ntime_zone: Mars/Olympus\n' });
    const r = await runNode(CLI, ['validate', '--root', root, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ ok: false, files: 8 });
    expect(report.errors).toBe(report.findings.length);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'schema/format', file: 'oncall/coverage.yaml', line: 2, column: 12, severity: 'error' }),
    );
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: 'schema/required', file: 'oncall/coverage.yaml' }));
  });

  it('prints GitHub workflow commands with --format github', async () => {
    const root = tempPolicy({ 'oncall/severities.yaml': '# yaml-language-server: $schema=../schemas/severities.schema.json\nseverities: 3\n' });
    const r = await runNode(CLI, ['validate', '--root', root, '--format', 'github']);
    expect(r.code).toBe(1);
    const [command] = r.stdout.split('\n');
    expect(command).toMatch(/^::error .*::severities must be a list, not 3\.$/);
    for (const property of ['title=schema/type', 'file=oncall/severities.yaml', 'line=2', 'col=13']) expect(command).toContain(property);
  });

  it('colours output on request and never with NO_COLOR', async () => {
    const root = tempPolicy({ 'oncall/severities.yaml': '# yaml-language-server: $schema=../schemas/severities.schema.json\nseverities: 3\n' });
    const coloured = await runNode(CLI, ['validate', '--root', root], { env: cleanEnv({ FORCE_COLOR: '1' }) });
    expect(coloured.stdout).toContain(`${ESC}[31m`);
    const plain = await runNode(CLI, ['validate', '--root', root], { env: cleanEnv({ FORCE_COLOR: '1', NO_COLOR: '1' }) });
    expect(plain.stdout).not.toContain(`${ESC}[`);
  });

  it('reports every missing file of an empty folder', async () => {
    const root = tempPolicy();
    const { rmSync } = await import('node:fs');
    rmSync(join(root, 'oncall'), { recursive: true });
    const r = await runNode(CLI, ['validate', '--root', root, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.findings.filter((f: { ruleId: string }) => f.ruleId === 'file/missing')).toHaveLength(8);
  });
});

describe('usage errors', () => {
  it('exit 2 for an unknown command, option or format, with a hint and no stack', async () => {
    for (const args of [['frobnicate'], ['validate', '--frob'], ['validate', '--format', 'xml'], []]) {
      const r = await runNode(CLI, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('exit 0 for --help', async () => {
    const r = await runNode(CLI, ['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('validate');
  });
});
