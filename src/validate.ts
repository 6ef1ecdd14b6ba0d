/** The whole check: files → policy → rules → postmortems → sorted findings. Pure; the CLI and actions feed it files. */
import type { Policy, RawFile } from './model/load.js';
import { compareFindings, type Finding } from './report/finding.js';
import { checkPolicy, type ValidateOptions } from './validate/policy.js';
import { checkPostmortemFiles } from './validate/postmortems.js';

export { DEFAULT_HORIZON_WEEKS, ruleContext, type ValidateOptions } from './validate/policy.js';

export interface ValidationResult {
  policy: Policy;
  findings: Finding[];
  files: number;
}

export function validatePolicy(files: readonly RawFile[], options: ValidateOptions = {}): ValidationResult {
  const { policy, findings } = checkPolicy(files, options);
  for (const f of checkPostmortemFiles(files, policy, options)) findings.push(f);
  findings.sort(compareFindings);
  return { policy, findings, files: files.length };
}
