/** `oncall docs [--write]`: bring the generated tables of docs/on-call.md up to date, or say which are stale. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readPolicyFiles } from '../io/read-policy.js';
import { DOC_PATH, renderDoc, staleTables } from '../docs/tables.js';
import { validatePolicy } from '../validate/index.js';
import { UsageError, type CliIO } from './io.js';

export async function runDocs(root: string, o: { write?: boolean }, io: CliIO): Promise<number> {
  const { policy, findings } = validatePolicy(await readPolicyFiles(root));
  if (findings.some((f) => f.severity === 'error' && f.file.startsWith('oncall/')))
    throw new UsageError('the policy has errors; run oncall validate and fix them first.');
  const path = join(root, DOC_PATH);
  const text = await readFile(path, 'utf8').catch(() => {
    throw new UsageError(`${DOC_PATH} does not exist.`);
  });
  const stale = staleTables(text, policy);
  if (!o.write) {
    io.stdout(
      stale.length
        ? `Stale tables in ${DOC_PATH}: ${stale.map((s) => s.key).join(', ')}. Run: npx oncall docs --write\n`
        : `${DOC_PATH} is up to date.\n`,
    );
    return stale.length ? 1 : 0;
  }
  if (stale.length) await writeFile(path, renderDoc(text, policy));
  io.stdout(
    stale.length ? `Updated ${stale.map((s) => s.key).join(', ')} in ${DOC_PATH}.\n` : `${DOC_PATH} is up to date.\n`,
  );
  return 0;
}
