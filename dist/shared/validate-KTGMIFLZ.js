import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  renderJson
} from "./chunk-UX6G35WG.js";
import {
  parseInstant
} from "./chunk-4AZCVYM2.js";
import {
  UsageError,
  wantsColor
} from "./chunk-7GEI5QHS.js";
import {
  validateRepository
} from "./chunk-K4LECUPU.js";
import {
  renderText
} from "./chunk-LBNA22IB.js";
import "./chunk-YI5L3PFJ.js";
import {
  emitAnnotations
} from "./chunk-X32DJ6MM.js";
import {
  hasErrors
} from "./chunk-WMNTHIWY.js";
import {
  firstCommitTimes
} from "./chunk-5N34RSQA.js";
import "./chunk-OGM2ZFWQ.js";
import "./chunk-5AWG3TPM.js";
import "./chunk-EXLADYM2.js";
import "./chunk-ETVPNU4B.js";
import "./chunk-DQA6EP7E.js";
import "./chunk-RWRK4OFQ.js";
import "./chunk-HPB5NIOG.js";

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
