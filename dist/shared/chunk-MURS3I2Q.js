import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  checkPostmortemFiles
} from "./chunk-QMJLVGQT.js";
import {
  compareFindings
} from "./chunk-JYIEA5HI.js";
import {
  checkPolicy
} from "./chunk-YVBOM6MV.js";

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
