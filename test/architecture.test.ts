/**
 * The direction of imports that docs/architecture.md draws: the functional core never reaches the
 * imperative shell. A module under a pure folder that imports src/actions, src/cli, src/github,
 * src/io or src/notify fails here, naming the file and the import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/policy.js';

const SRC = join(REPO_ROOT, 'src');
const PURE = [
  'changes',
  'swaps',
  'schedule',
  'rules',
  'postmortems',
  'model',
  'reports',
  'validate',
  'render',
  'docs',
  'rota',
  'util',
];
const PURE_FILES = ['pagerduty/plan.ts', 'pagerduty/desired.ts'];
const SHELL = ['actions', 'cli', 'github', 'io', 'notify'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

/** Each relative import of a file, resolved to a path under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+'(\.[^']+)'/gm)].map((m) =>
    relative(SRC, resolve(dirname(file), m[1]!)),
  );
}

/** "file imports src/x" for each import of a pure module that reaches the shell. */
function violations(modules: readonly { file: string; imports: readonly string[] }[]): string[] {
  return modules.flatMap(({ file, imports }) =>
    imports
      .filter((target) => SHELL.some((s) => target === s || target.startsWith(`${s}/`)))
      .map((target) => `${relative(REPO_ROOT, file)} imports src/${target}`),
  );
}

describe('import direction', () => {
  const pure = [...PURE.flatMap((d) => filesUnder(join(SRC, d))), ...PURE_FILES.map((f) => join(SRC, f))];

  it('finds the pure modules it guards', () => {
    expect(pure.length).toBeGreaterThan(50);
  });

  it('no pure module imports the shell (actions, cli, github, io, notify)', () => {
    expect(violations(pure.map((file) => ({ file, imports: importsOf(file) })))).toEqual([]);
  });

  it('the rule fires on a shell import, and resolves relative paths as the compiler does', () => {
    const file = join(SRC, 'changes/evaluate.ts');
    expect(importsOf(file)).toContain('validate/index.js');
    const reaching = relative(SRC, resolve(dirname(file), '../github/octokit.js'));
    expect(violations([{ file, imports: [reaching, 'schedule/timeline.js'] }])).toEqual([
      'src/changes/evaluate.ts imports src/github/octokit.js',
    ]);
  });
});
