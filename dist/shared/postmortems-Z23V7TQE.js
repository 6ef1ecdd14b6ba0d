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
} from "./chunk-RSBKXA5I.js";
import "./chunk-73OYBMYQ.js";
import "./chunk-ETVPNU4B.js";
import "./chunk-Q2XF5J2X.js";
import "./chunk-AOXM2EAM.js";
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
