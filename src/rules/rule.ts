/**
 * A rule is a pure function from the policy to problems, each naming a file and a path into it.
 * The runner turns problems into Findings with positions, so rules never deal with lines.
 */
import type { FileKinds, KindName } from '../model/kinds.js';
import type { Policy } from '../model/load.js';
import { locate, type Path } from '../model/source.js';
import type { Finding, Severity } from '../render/finding.js';
import type { Timeline } from '../schedule/timeline.js';
import type { Interval } from '../schedule/types.js';

export interface Problem {
  file: string;
  path: Path;
  message: string;
  /** Point at the key rather than the value (e.g. a map key naming an unknown severity). */
  key?: boolean;
}

export type PolicyWith<K extends KindName> = Policy & Pick<FileKinds, K>;

/** What time-dependent rules evaluate against, shared by all rules of one run. */
export interface RuleContext {
  /** The instant "now" for rules about the future (default: the current time). */
  now: number;
  /** The window coverage rules look at: [now, now + horizon). */
  horizon: Interval;
  /** The final timeline over the horizon and every swap that has not ended, computed once per run. */
  timeline(): Timeline;
}

export interface Rule<K extends KindName = KindName> {
  id: string;
  severity: Severity;
  /** One line for docs and `--list-rules`: what the rule guarantees. */
  description: string;
  /** The files that must have passed their schema for the rule to say anything meaningful. */
  needs: readonly K[];
  check(policy: PolicyWith<K>, context: RuleContext): Problem[];
}

export function defineRule<K extends KindName>(rule: Rule<K>): Rule {
  return rule as unknown as Rule;
}

export function runRules(policy: Policy, rules: readonly Rule[], context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (!rule.needs.every((k) => policy[k] !== undefined)) continue;
    for (const p of rule.check(policy as PolicyWith<KindName>, context)) {
      const source = policy.sources.get(p.file);
      const span = source ? locate(source, p.path, { key: p.key }) : { line: 1, column: 1 };
      findings.push({ ruleId: rule.id, severity: rule.severity, message: p.message, file: p.file, ...span });
    }
  }
  return findings;
}

/** Index items by a key; `duplicates` receives every item whose key was seen before. */
export function indexBy<T>(
  items: readonly T[],
  key: (t: T) => string,
): { index: Map<string, T>; duplicates: [T, number][] } {
  const index = new Map<string, T>();
  const duplicates: [T, number][] = [];
  items.forEach((item, i) => {
    const k = key(item);
    if (index.has(k)) duplicates.push([item, i]);
    else index.set(k, item);
  });
  return { index, duplicates };
}
