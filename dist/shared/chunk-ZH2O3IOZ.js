import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  oneLine
} from "./chunk-JDEQIK3C.js";

// src/render/inert.ts
var MAX = 200;
function inert(text, max = MAX) {
  return oneLine(text, max).replace(/[\\`*_{}[\]()#+!|<>~=:&-]/g, (c) => `\\${c}`).replace(/@/g, "@\u200D").replace(/(https?|ftp|mailto|www)(\\?[:.])/gi, "$1\u200D$2");
}
function inertCode(text, max = MAX) {
  const safe = oneLine(text, max).replace(/`/g, "'").replace(/</g, "\u2039").replace(/>/g, "\u203A").replace(/\|/g, "\xA6");
  return `\`${safe.trim() === "" ? "(empty)" : safe}\``;
}

export {
  inert,
  inertCode
};
