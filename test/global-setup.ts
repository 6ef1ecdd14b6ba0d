/**
 * Says once per `npm test`, not once per test file, that ../shared/ is missing and which tests
 * skip for it; the workers inherit the variable that tells them it was said.
 */
import { existsSync } from 'node:fs';
import { SHARED_DIR } from './helpers/shared.js';

export default function setup(): void {
  if (existsSync(SHARED_DIR)) return;
  console.warn(
    `NOTICE: ${SHARED_DIR} not found (set ONCALL_SHARED_DIR): the tests that read the procedures or check requests against the OpenAPI descriptions are skipped.`,
  );
  process.env.ONCALL_SHARED_NOTICE = 'said';
}
