import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  checkPostmortemFiles,
  finishPostmortem,
  postmortemPolicy,
  preparePostmortem
} from "./chunk-NRFPY3DE.js";
import "./chunk-3TREJ2OB.js";
import "./chunk-MZKY6JGW.js";
import "./chunk-YB3RO5VE.js";
import "./chunk-HPB5NIOG.js";
export {
  checkPostmortemFiles,
  finishPostmortem,
  postmortemPolicy,
  preparePostmortem
};
