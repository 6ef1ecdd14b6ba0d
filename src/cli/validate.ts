/** `oncall validate`: every file and rule; exit 0 clean, 1 when any finding is an error. */
import { readPolicyFiles } from '../io/read-policy.js';
import { emitAnnotations } from '../report/annotations.js';
import { hasErrors } from '../report/finding.js';
import { renderJson } from '../report/json.js';
import { renderText } from '../report/text.js';
import { validatePolicy } from '../validate.js';
import { wantsColor, type CliIO } from './io.js';

export type OutputFormat = 'text' | 'json' | 'github';

export async function runValidate(root: string, format: OutputFormat, io: CliIO): Promise<number> {
  const files = await readPolicyFiles(root);
  const result = validatePolicy(files);
  if (format === 'json') io.stdout(renderJson(result.findings, result.files));
  else if (format === 'github') emitAnnotations(result.findings);
  else io.stdout(renderText(result.findings, { color: wantsColor(io), files: result.files }));
  return hasErrors(result.findings) ? 1 : 0;
}
