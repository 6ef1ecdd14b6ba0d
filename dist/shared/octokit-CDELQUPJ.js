import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  GitHub,
  createGitHub
} from "./chunk-5CIR2YRK.js";
import "./chunk-YAJ6HZKK.js";
import "./chunk-HPB5NIOG.js";
export {
  GitHub,
  createGitHub
};
