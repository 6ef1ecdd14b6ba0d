import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  parseInstant
} from "./chunk-APA5OFH7.js";
import {
  UsageError,
  wantsColor
} from "./chunk-7Q35EZ5Y.js";
import {
  validateRepository
} from "./chunk-LYU4B2T2.js";
import {
  renderText
} from "./chunk-LBNA22IB.js";
import "./chunk-YI5L3PFJ.js";
import {
  emitAnnotations
} from "./chunk-X32DJ6MM.js";
import {
  countFindings,
  hasErrors
} from "./chunk-WMNTHIWY.js";
import {
  firstCommitTimes
} from "./chunk-CASGGX6Q.js";
import "./chunk-OGM2ZFWQ.js";
import "./chunk-3KAQNQNP.js";
import "./chunk-YCQVRORP.js";
import "./chunk-MZKY6JGW.js";
import "./chunk-E5RRFD7T.js";
import "./chunk-HPB5NIOG.js";

// src/render/json.ts
function toJsonReport(findings, files) {
  const counts = countFindings(findings);
  return {
    ok: counts.error === 0,
    files,
    errors: counts.error,
    warnings: counts.warning,
    notices: counts.notice,
    findings: [...findings]
  };
}
function renderJson(findings, files) {
  return JSON.stringify(toJsonReport(findings, files), null, 2) + "\n";
}

// src/cli/validate.ts
async function runValidate(root, options, io) {
  const now = parseInstant(options.now, "--now", Date.now());
  const horizonWeeks = Number(options.horizon ?? 12);
  if (!Number.isInteger(horizonWeeks) || horizonWeeks < 1 || horizonWeeks > 520)
    throw new UsageError("--horizon must be a whole number of weeks from 1 to 520.");
  const jobs = options.jobs === void 0 ? void 0 : Number(options.jobs);
  if (jobs !== void 0 && (!Number.isInteger(jobs) || jobs < 1 || jobs > 64))
    throw new UsageError("--jobs must be a whole number of threads from 1 to 64.");
  const result = await validateRepository(root, {
    now,
    horizonWeeks,
    proposedAt: firstCommitTimes(root),
    ...jobs !== void 0 ? { jobs } : {}
  });
  if (options.format === "json") io.stdout(renderJson(result.findings, result.files));
  else if (options.format === "github") emitAnnotations(result.findings);
  else io.stdout(renderText(result.findings, { color: wantsColor(io), files: result.files }));
  return hasErrors(result.findings) ? 1 : 0;
}
export {
  runValidate
};
