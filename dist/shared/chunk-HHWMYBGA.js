import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  checkPostmortemFiles
} from "./chunk-V6IP6AW7.js";
import {
  compareFindings
} from "./chunk-WMNTHIWY.js";
import {
  checkPolicy
} from "./chunk-5AWG3TPM.js";

// src/validate/index.ts
function validatePolicy(files, options = {}) {
  const { policy, findings } = checkPolicy(files, options);
  for (const f of checkPostmortemFiles(files, policy, options)) findings.push(f);
  findings.sort(compareFindings);
  return { policy, findings, files: files.length };
}

export {
  validatePolicy
};
