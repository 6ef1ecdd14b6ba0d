/** `oncall validate`: every file and rule; exit 0 clean, 1 when any finding is an error. */
import { firstCommitTimes } from '../io/read-policy.js';
import { validateRepository } from '../io/validate-repository.js';
import { emitAnnotations } from '../render/annotations.js';
import { hasErrors } from '../render/finding.js';
import { renderJson } from '../render/json.js';
import { renderText } from '../render/text.js';
import { UsageError, wantsColor, type CliIO } from './io.js';
import { parseInstant } from './policy.js';

export type OutputFormat = 'text' | 'json' | 'github';

export interface ValidateCliOptions {
  format: OutputFormat;
  now?: string;
  horizon?: string;
  jobs?: string;
}

export async function runValidate(root: string, options: ValidateCliOptions, io: CliIO): Promise<number> {
  const now = parseInstant(options.now, '--now', Date.now());
  const horizonWeeks = Number(options.horizon ?? 12);
  if (!Number.isInteger(horizonWeeks) || horizonWeeks < 1 || horizonWeeks > 520)
    throw new UsageError('--horizon must be a whole number of weeks from 1 to 520.');
  const jobs = options.jobs === undefined ? undefined : Number(options.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > 64))
    throw new UsageError('--jobs must be a whole number of threads from 1 to 64.');
  const result = await validateRepository(root, {
    now,
    horizonWeeks,
    proposedAt: firstCommitTimes(root),
    ...(jobs !== undefined ? { jobs } : {}),
  });
  if (options.format === 'json') io.stdout(renderJson(result.findings, result.files));
  else if (options.format === 'github') emitAnnotations(result.findings);
  else io.stdout(renderText(result.findings, { color: wantsColor(io), files: result.files }));
  return hasErrors(result.findings) ? 1 : 0;
}
