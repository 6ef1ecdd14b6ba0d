import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  checkPostmortemFiles,
  finishPostmortem,
  postmortemPolicy,
  preparePostmortem
} from "./chunk-MOBQN466.js";
import "./chunk-WMRUHAKD.js";
import "./chunk-MZKY6JGW.js";
import "./chunk-SMHP3H4Q.js";
import "./chunk-HPB5NIOG.js";
export {
  checkPostmortemFiles,
  finishPostmortem,
  postmortemPolicy,
  preparePostmortem
};
