import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  countFindings
} from "./chunk-WMNTHIWY.js";

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

export {
  toJsonReport,
  renderJson
};
