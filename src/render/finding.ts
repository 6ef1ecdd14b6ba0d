/**
 * A Finding is the one shape every check reports and every renderer prints: the same object becomes
 * a terminal line, a JSON entry, a GitHub annotation and a job-summary row.
 */
export type Severity = 'error' | 'warning' | 'notice';

export interface Finding {
  /** Stable id of the rule that fired, e.g. `reference/unknown-person`. */
  ruleId: string;
  severity: Severity;
  /** What is wrong and how to fix it, in one or two sentences. */
  message: string;
  /** Path relative to the policy root, with forward slashes. */
  file: string;
  /** 1-based line and column of the offending node. */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

export interface FindingCounts {
  error: number;
  warning: number;
  notice: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
