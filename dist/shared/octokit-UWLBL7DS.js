import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  GitHub,
  actionGitHub,
  createGitHub,
  firstPages
} from "./chunk-GY72BW2S.js";
import "./chunk-MDJBTUMF.js";
import "./chunk-HPB5NIOG.js";
export {
  GitHub,
  actionGitHub,
  createGitHub,
  firstPages
};
