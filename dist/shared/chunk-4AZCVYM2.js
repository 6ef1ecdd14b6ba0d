import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  PolicyError,
  UsageError,
  wantsColor
} from "./chunk-7GEI5QHS.js";
import {
  renderText
} from "./chunk-LBNA22IB.js";
import {
  compareFindings
} from "./chunk-WMNTHIWY.js";
import {
  readPolicyFiles
} from "./chunk-5N34RSQA.js";
import {
  checkPolicy
} from "./chunk-5AWG3TPM.js";
import {
  Temporal
} from "./chunk-ETVPNU4B.js";

// src/cli/policy.ts
async function loadScheduledPolicy(root, io, now) {
  const files = await readPolicyFiles(root, { postmortems: false });
  const { policy, findings } = checkPolicy(files, { now });
  findings.sort(compareFindings);
  const blocking = findings.filter(
    (f) => f.severity === "error" && (f.file === "oncall/rotations.yaml" || f.file.startsWith("oncall/swaps/")) && !f.ruleId.startsWith("schedule/") && !f.ruleId.startsWith("swap/not-held")
  );
  if (!policy.rotations || policy.brokenSwaps.length > 0 || blocking.length > 0) {
    io.stderr(renderText(relevant(findings), { color: wantsColor(io), files: files.length }));
    throw new PolicyError("the schedule cannot be computed until these errors are fixed (oncall validate lists all).");
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  if (errors > 0) io.stderr(`note: the policy has ${errors} error${errors === 1 ? "" : "s"}; run oncall validate.
`);
  return policy;
}
function relevant(findings) {
  return findings.filter((f) => f.severity === "error");
}
function parseInstant(text, option, fallback) {
  if (text === void 0 || text === "now") return fallback;
  try {
    return Temporal.Instant.from(text).epochMilliseconds;
  } catch {
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(text))
      throw new UsageError(`${option} ${text} is not a real date and time; give one such as 2026-12-13T10:00:00Z.`);
    throw new UsageError(
      `${option} must be an ISO-8601 instant with a UTC offset, such as 2026-12-13T10:00:00Z (got "${text}").`
    );
  }
}

export {
  loadScheduledPolicy,
  parseInstant
};
