import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  checkPostmortemFiles,
  finishPostmortem,
  postmortemPolicy,
  postmortemRunFindings,
  preparePostmortem,
  readTemplate
} from "./chunk-3I7MO5WC.js";
import "./chunk-I3YUTWXH.js";
import "./chunk-44Z7O2AQ.js";
import "./chunk-D6I5HHGS.js";
import "./chunk-HPB5NIOG.js";
export {
  checkPostmortemFiles,
  finishPostmortem,
  postmortemPolicy,
  postmortemRunFindings,
  preparePostmortem,
  readTemplate
};
