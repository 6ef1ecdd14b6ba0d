/** The whole check: files → policy → rules → sorted findings. Pure; the CLI and actions feed it files. */
import { posix } from 'node:path';
import { POSTMORTEMS } from './model/kinds.js';
import { loadPolicy, type Policy, type RawFile } from './model/load.js';
import { DOC_PATH, staleTables } from './docs/tables.js';
import { checkPostmortem } from './postmortems/checks.js';
import { parsePostmortem } from './postmortems/parse.js';
import { compareFindings, type Finding } from './report/finding.js';
import { RULES } from './rules/index.js';
import { runRules, type RuleContext } from './rules/rule.js';
import { buildTimeline, type Timeline } from './schedule/timeline.js';
import { instantMs, WEEK_MS } from './util/time.js';

export interface ValidationResult {
  policy: Policy;
  findings: Finding[];
  files: number;
}

export interface ValidateOptions {
  /** Whether a repository path exists, for links in postmortems (default: every link resolves). */
  fileExists?: (path: string) => boolean;
  /** When a postmortem was first proposed (its PR, or locally its first commit), for the 24-hour rule. */
  proposedAt?: (file: string) => number | undefined;
  /** Evaluate time rules as of this instant (epoch ms); default: the current time. */
  now?: number;
  /** How far ahead coverage, double-role and training rules look, in weeks (default 12). */
  horizonWeeks?: number;
}

export const DEFAULT_HORIZON_WEEKS = 12;

export function validatePolicy(files: readonly RawFile[], options: ValidateOptions = {}): ValidationResult {
  const { policy, findings } = loadPolicy(files);
  findings.push(...runRules(policy, RULES, ruleContext(policy, options)));
  findings.push(...checkPostmortems(files, policy, options));
  findings.push(...checkGeneratedDoc(files, policy, findings));
  findings.sort(compareFindings);
  return { policy, findings, files: files.length };
}

/** Every postmortem under postmortems/ (the template aside), parsed and checked against the policy. */
function checkPostmortems(files: readonly RawFile[], policy: Policy, options: ValidateOptions): Finding[] {
  const out: Finding[] = [];
  for (const f of files) {
    if (posix.dirname(f.path) !== POSTMORTEMS.dir || !f.path.endsWith('.md') || f.path === POSTMORTEMS.template) continue;
    const text = new TextDecoder().decode(f.bytes);
    const { postmortem, tree, findings } = parsePostmortem(f.path, text);
    out.push(...findings);
    const proposedAt = options.proposedAt?.(f.path);
    out.push(...checkPostmortem(postmortem, tree, text, { policy, fileExists: options.fileExists ?? (() => true), ...(proposedAt !== undefined ? { proposedAt } : {}) }));
  }
  return out;
}

/** docs/on-call.md's generated tables must say what the policy says (when the policy itself is sound). */
function checkGeneratedDoc(files: readonly RawFile[], policy: Policy, findings: readonly Finding[]): Finding[] {
  const doc = files.find((f) => f.path === DOC_PATH);
  if (!doc || findings.some((f) => f.severity === 'error' && f.file.startsWith('oncall/'))) return [];
  const text = new TextDecoder().decode(doc.bytes);
  return staleTables(text, policy).map(({ key, offset }) => ({
    ruleId: 'docs/stale',
    severity: 'error' as const,
    message: `The "${key}" table of ${DOC_PATH} no longer says what the policy says. Run: npx oncall docs --write`,
    file: DOC_PATH,
    line: text.slice(0, offset).split('\n').length,
    column: 1,
  }));
}

export function ruleContext(policy: Policy, options: ValidateOptions = {}): RuleContext {
  const now = options.now ?? Date.now();
  const horizon = { start: now, end: now + (options.horizonWeeks ?? DEFAULT_HORIZON_WEEKS) * WEEK_MS };
  let timeline: Timeline | undefined;
  return {
    now,
    horizon,
    timeline() {
      if (!timeline) {
        // Swaps still to come are checked whole, even beyond the horizon.
        let end = horizon.end;
        for (const s of policy.swaps) {
          const last = s.data.end !== undefined ? instantMs(s.data.end) : instantMs(s.data.start) + WEEK_MS;
          end = Math.max(end, last);
        }
        timeline = buildTimeline(policy, { start: now, end });
      }
      return timeline;
    },
  };
}
