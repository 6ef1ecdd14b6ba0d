import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  checkPostmortemFiles,
  finishPostmortem,
  postmortemPolicy,
  preparePostmortem
} from "./chunk-2TNLYMI7.js";
import "./chunk-QVLEVHRT.js";
import "./chunk-MZKY6JGW.js";
import "./chunk-KXU5BYD4.js";
import "./chunk-HPB5NIOG.js";
export {
  checkPostmortemFiles,
  finishPostmortem,
  postmortemPolicy,
  preparePostmortem
};
