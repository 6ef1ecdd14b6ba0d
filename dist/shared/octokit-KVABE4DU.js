import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  GitHub,
  createGitHub
} from "./chunk-KOZKRULO.js";
import "./chunk-MDJBTUMF.js";
import "./chunk-HPB5NIOG.js";
export {
  GitHub,
  createGitHub
};
