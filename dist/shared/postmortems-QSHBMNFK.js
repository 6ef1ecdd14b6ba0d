import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  checkPostmortemFiles,
  finishPostmortem,
  postmortemPolicy,
  preparePostmortem
} from "./chunk-2W3PRJ27.js";
import "./chunk-K4SA2T4E.js";
import "./chunk-MZKY6JGW.js";
import "./chunk-DCUAZPK3.js";
import "./chunk-HPB5NIOG.js";
export {
  checkPostmortemFiles,
  finishPostmortem,
  postmortemPolicy,
  preparePostmortem
};
