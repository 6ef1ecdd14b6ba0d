import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  GitHub,
  actionGitHub,
  createGitHub,
  firstPages
} from "./chunk-2VWYOFRO.js";
import "./chunk-MDJBTUMF.js";
import "./chunk-HPB5NIOG.js";
export {
  GitHub,
  actionGitHub,
  createGitHub,
  firstPages
};
