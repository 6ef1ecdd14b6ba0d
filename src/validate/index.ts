/**
 * The whole check: files → policy → rules → postmortems → sorted findings. Pure; the CLI and actions
 * feed it files.
 */
import type { Policy, RawFile } from '../model/load.js';
import { compareFindings, type Finding } from '../render/finding.js';
import { checkPolicy, type ValidateOptions } from './policy.js';
import { checkPostmortemFiles } from './postmortems.js';

export { DEFAULT_HORIZON_WEEKS, ruleContext, type ValidateOptions } from './policy.js';

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
