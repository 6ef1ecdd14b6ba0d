/**
 * P1–P3: `oncall validate` on a large synthetic organisation (scripts/gen-corpus.mjs) against the
 * parse floor and against the tools a team would script instead, and the validate action's cold
 * start against a bare `node`. Every figure is the median wall time of several runs of a separate
 * process, measured in the same session, so the ratios compare like with like.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { median, table } from './stats.js';

const NOW = '2026-11-27T12:00:00Z';
const root = resolve('.');
const bin = (name: string) => join(root, 'node_modules/.bin', name);

interface Timed {
  ms: number;
  status: number | null;
}

function timed(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Timed {
  const t0 = performance.now();
  const r = spawnSync(command, args, {
    cwd: options.cwd ?? root,
    env: options.env ?? process.env,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  if (r.error) throw r.error;
  return { ms, status: r.status };
}

/** The median of `runs` runs of `step`, which must succeed (a failing run measures nothing). */
function medianOf(runs: number, label: string, step: () => Timed | Timed[]): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const results = [step()].flat();
    const failed = results.find((r) => r.status !== 0);
    if (failed) throw new Error(`${label} exited ${failed.status}`);
    times.push(results.reduce((ms, r) => ms + r.ms, 0));
  }
  return median(times);
}

/** Writes the corpus inside node_modules/.cache, so remark-cli resolves its plugins from the repository. */
export function generateCorpus(scale: number): string {
  const cache = join(root, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const out = mkdtempSync(join(cache, 'oncall-corpus-'));
  const r = spawnSync(
    process.execPath,
    ['scripts/gen-corpus.mjs', '--scale', String(scale), '--out', out, '--now', NOW],
    { cwd: root, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`gen-corpus failed: ${r.stderr}`);
  return out;
}

/**
 * What a team would script instead (P2): YAML to JSON (ajv-cli's YAML reader turns timestamps into
 * dates, which fail `type: string`), ajv-cli once per schema, then remark-cli with the same lint
 * preset. It checks far less: no positions in YAML, no cross-file rule, no schedule, no postmortem
 * rule beyond style.
 */
function alternative(corpus: string): Timed[] {
  const json = mkdtempSync(join(tmpdir(), 'oncall-json-'));
  try {
    const t0 = performance.now();
    const groups = new Map<string, string[]>();
    const convert = (folder: string, schema: (name: string) => string) => {
      for (const name of readdirSync(join(corpus, folder)).filter((n) => n.endsWith('.yaml'))) {
        const kind = schema(name);
        const target = join(json, kind, `${groups.get(kind)?.length ?? 0}.json`);
        mkdirSync(join(json, kind), { recursive: true });
        writeFileSync(target, JSON.stringify(parseDocument(readFileSync(join(corpus, folder, name), 'utf8')).toJS()));
        groups.set(kind, [...(groups.get(kind) ?? []), target]);
      }
    };
    convert('oncall', (name) => name.replace(/\.yaml$/, '.schema.json'));
    convert('oncall/swaps', () => 'swap.schema.json');
    const conversion: Timed = { ms: performance.now() - t0, status: 0 };
    const ajv = [...groups.keys()].map((schema) =>
      timed(bin('ajv'), [
        'validate',
        '--spec=draft2020',
        '--strict=false',
        '--errors=line',
        '-c',
        'ajv-formats',
        '-s',
        join(root, 'schemas', schema),
        '-r',
        join(root, 'schemas/common.schema.json'),
        '-d',
        join(json, schema, '*.json'),
      ]),
    );
    const remark = timed(
      bin('remark'),
      [
        '--frail',
        '--quiet',
        '--no-stdout',
        '--use',
        'remark-frontmatter',
        '--use',
        'remark-gfm',
        '--use',
        'remark-preset-lint-recommended',
        'postmortems',
      ],
      { cwd: corpus },
    );
    return [conversion, ...ajv, remark];
  } finally {
    rmSync(json, { recursive: true, force: true });
  }
}

export function benchValidate(options: { runs?: number; scale?: number } = {}): string {
  const runs = options.runs ?? 3;
  const scale = options.scale ?? 1;
  const corpus = generateCorpus(scale);
  try {
    const files =
      readdirSync(join(corpus, 'oncall/swaps')).length +
      readdirSync(join(corpus, 'postmortems')).length +
      readdirSync(join(corpus, 'oncall')).length -
      1;
    const validate = (jobs?: number) => () =>
      timed(process.execPath, [
        'bin/oncall.js',
        'validate',
        '--root',
        corpus,
        '--now',
        NOW,
        ...(jobs ? ['--jobs', String(jobs)] : []),
      ]);
    const ours = medianOf(runs, 'oncall validate', validate());
    const oursOneThread = medianOf(runs, 'oncall validate --jobs 1', validate(1));
    const floor = medianOf(runs, 'parse floor', () => timed(process.execPath, ['bench/parse-floor.mjs', corpus]));
    const alt = medianOf(runs, 'ajv-cli + remark-cli', () => alternative(corpus));
    const s = (ms: number) => (ms / 1000).toFixed(2);
    const rows = [
      ['oncall validate', s(ours), (ours / floor).toFixed(2), (alt / ours).toFixed(1)],
      [
        'oncall validate --jobs 1',
        s(oursOneThread),
        (oursOneThread / floor).toFixed(2),
        (alt / oursOneThread).toFixed(1),
      ],
      ['parse floor (yaml + remark only)', s(floor), '1.00', (alt / floor).toFixed(1)],
      ['YAML→JSON + ajv-cli + remark-cli', s(alt), (alt / floor).toFixed(2), '1.0'],
    ];
    return (
      `Corpus: scale ${scale} — ${files} files (scripts/gen-corpus.mjs), ${availableParallelism()} cores, median of ${runs} runs\n\n` +
      table(['run', 'median s', '× parse floor', 'alternative ÷ this'], rows) +
      '\nTargets: P1 oncall validate ≤ 1.3× the parse floor; P2 the alternative ≥ 3× slower than oncall validate.\n'
    );
  } finally {
    rmSync(corpus, { recursive: true, force: true });
  }
}

/** P3: the bundled validate action on this repository's policy, as a runner starts it, vs `node -e 0`. */
export function benchColdStart(runs = 15): string {
  const scratch = mkdtempSync(join(tmpdir(), 'oncall-cold-'));
  try {
    const env = {
      ...process.env,
      GITHUB_WORKSPACE: root,
      GITHUB_REPOSITORY: 'edustream/oncall',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_STEP_SUMMARY: join(scratch, 'summary.md'),
      GITHUB_OUTPUT: join(scratch, 'output'),
    };
    writeFileSync(env.GITHUB_STEP_SUMMARY, '');
    writeFileSync(env.GITHUB_OUTPUT, '');
    const node = medianOf(runs, 'node -e 0', () => timed(process.execPath, ['-e', '0']));
    const action = medianOf(runs, 'validate action', () =>
      timed(process.execPath, [join(root, 'dist/validate/index.js')], { env }),
    );
    const cli = medianOf(runs, 'oncall validate', () =>
      timed(process.execPath, ['bin/oncall.js', 'validate', '--root', root]),
    );
    const who = medianOf(runs, 'oncall who', () => timed(process.execPath, ['bin/oncall.js', 'who', '--root', root]));
    const rows = [
      ['node -e 0', node.toFixed(0), '1.0'],
      [`validate action (this repository)`, action.toFixed(0), (action / node).toFixed(1)],
      ['oncall validate', cli.toFixed(0), (cli / node).toFixed(1)],
      ['oncall who', who.toFixed(0), (who / node).toFixed(1)],
    ];
    return (
      table(['process', 'median ms', '× node -e 0'], rows) +
      `\nMedian of ${runs} runs. Target: the validate action ≤ 4× node -e 0.\n`
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
