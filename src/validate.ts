/** The whole check: files → policy → rules → sorted findings. Pure; the CLI and actions feed it files. */
import { loadPolicy, type Policy, type RawFile } from './model/load.js';
import { compareFindings, type Finding } from './report/finding.js';
import { RULES } from './rules/index.js';
import { runRules } from './rules/rule.js';

export interface ValidationResult {
  policy: Policy;
  findings: Finding[];
  files: number;
}

export function validatePolicy(files: readonly RawFile[]): ValidationResult {
  const { policy, findings } = loadPolicy(files);
  findings.push(...runRules(policy, RULES));
  findings.sort(compareFindings);
  return { policy, findings, files: files.length };
}
