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
} from "./chunk-JDU53AXF.js";
import "./chunk-R3NTWP6V.js";
import "./chunk-RILQHEWP.js";
import "./chunk-LSELJAUP.js";
import "./chunk-MSVXG6EB.js";
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
