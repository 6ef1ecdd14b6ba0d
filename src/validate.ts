/** The whole check: files → policy → rules → sorted findings. Pure; the CLI and actions feed it files. */
import { loadPolicy, type Policy, type RawFile } from './model/load.js';
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
  /** Evaluate time rules as of this instant (epoch ms); default: the current time. */
  now?: number;
  /** How far ahead coverage, double-role and training rules look, in weeks (default 12). */
  horizonWeeks?: number;
}

export const DEFAULT_HORIZON_WEEKS = 12;

export function validatePolicy(files: readonly RawFile[], options: ValidateOptions = {}): ValidationResult {
  const { policy, findings } = loadPolicy(files);
  findings.push(...runRules(policy, RULES, ruleContext(policy, options)));
  findings.sort(compareFindings);
  return { policy, findings, files: files.length };
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
