/**
 * The policy half of `oncall validate`: files → policy → rules → the generated doc. Pure. Imports
 * nothing of the markdown stack, so a repository without postmortems never loads it.
 */
import type { Policy, RawFile } from '../model/load.js';
import { checkoutAttributeFindings } from '../model/checkout-attributes.js';
import { loadPolicy } from '../model/load.js';
import { DOC_PATH, staleTables } from '../docs/tables.js';
import type { Finding } from '../render/finding.js';
import { RULES } from '../rules/index.js';
import { runRules, type RuleContext } from '../rules/rule.js';
import { SWAP_AHEAD_WEEKS } from '../rules/swaps.js';
import { buildTimeline, type Timeline } from '../schedule/timeline.js';
import { instantMs, WEEK_MS } from '../util/time.js';

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

/** Every policy file and rule, without the postmortems; findings unsorted. */
export function checkPolicy(
  files: readonly RawFile[],
  options: ValidateOptions = {},
): { policy: Policy; findings: Finding[] } {
  const { policy, findings } = loadPolicy(files);
  // One at a time: a hostile file can yield more findings than a spread's arguments may hold.
  for (const f of runRules(policy, RULES, ruleContext(policy, options))) findings.push(f);
  for (const f of checkGeneratedDoc(files, policy, findings)) findings.push(f);
  for (const f of checkoutAttributeFindings(files)) findings.push(f);
  return { policy, findings };
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
        // Swaps still to come are checked whole, even beyond the horizon — up to the furthest a swap
        // may lie ahead (swap/too-far-ahead reports the others), so one swap dated 9999 cannot make
        // validate compute thousands of years of shifts.
        // The cap bounds what swaps add; the horizon asked for is always computed whole, or the part
        // left out would read as a coverage gap.
        let swapsEnd = horizon.end;
        for (const s of policy.swaps) {
          const last = s.data.end !== undefined ? instantMs(s.data.end) : instantMs(s.data.start) + WEEK_MS;
          swapsEnd = Math.max(swapsEnd, last);
        }
        const end = Math.max(horizon.end, Math.min(swapsEnd, now + SWAP_AHEAD_WEEKS * WEEK_MS + WEEK_MS));
        timeline = buildTimeline(policy, { start: now, end });
      }
      return timeline;
    },
  };
}
