import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  checkPostmortemFiles
} from "./chunk-4JOU5XML.js";
import {
  checkPolicy,
  compareFindings
} from "./chunk-TMNAEG5I.js";

// src/validate.ts
function validatePolicy(files, options = {}) {
  const { policy, findings } = checkPolicy(files, options);
  for (const f of checkPostmortemFiles(files, policy, options)) findings.push(f);
  findings.sort(compareFindings);
  return { policy, findings, files: files.length };
}

export {
  validatePolicy
};
