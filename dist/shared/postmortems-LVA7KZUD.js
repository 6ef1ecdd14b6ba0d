import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  checkItemKeys,
  checkPostmortemFiles,
  finishPostmortem,
  postmortemPolicy,
  postmortemRunFindings,
  preparePostmortem,
  readTemplate
} from "./chunk-R44C577F.js";
import "./chunk-PFSLBIJC.js";
import "./chunk-ETVPNU4B.js";
import "./chunk-BIR7Y55D.js";
import "./chunk-S7N4522P.js";
import "./chunk-HPB5NIOG.js";
export {
  checkItemKeys,
  checkPostmortemFiles,
  finishPostmortem,
  postmortemPolicy,
  postmortemRunFindings,
  preparePostmortem,
  readTemplate
};
