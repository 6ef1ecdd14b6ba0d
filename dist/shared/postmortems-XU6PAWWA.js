import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  checkPostmortemFiles,
  finishPostmortem,
  postmortemPolicy,
  postmortemRunFindings,
  preparePostmortem,
  readTemplate
} from "./chunk-PHNO5SUP.js";
import "./chunk-ISHFTXVE.js";
import "./chunk-ETVPNU4B.js";
import "./chunk-HRFNZW6R.js";
import "./chunk-M6BHET4E.js";
import "./chunk-HPB5NIOG.js";
export {
  checkPostmortemFiles,
  finishPostmortem,
  postmortemPolicy,
  postmortemRunFindings,
  preparePostmortem,
  readTemplate
};
