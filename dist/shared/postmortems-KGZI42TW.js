import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  checkPostmortemFiles,
  finishPostmortem,
  postmortemPolicy,
  preparePostmortem
} from "./chunk-7LUNP5NZ.js";
import "./chunk-7DAWDYWV.js";
import "./chunk-3UY5SWLF.js";
import "./chunk-DCUAZPK3.js";
import "./chunk-HPB5NIOG.js";
export {
  checkPostmortemFiles,
  finishPostmortem,
  postmortemPolicy,
  preparePostmortem
};
