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
} from "./chunk-Q4VCZWXY.js";
import "./chunk-LOBUB4XV.js";
import "./chunk-ETVPNU4B.js";
import "./chunk-TNT4ZGX7.js";
import "./chunk-VBK24MNS.js";
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
