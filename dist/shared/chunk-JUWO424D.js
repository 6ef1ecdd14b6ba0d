import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  oneLine
} from "./chunk-JDEQIK3C.js";

// src/render/inert.ts
var MAX = 200;
function inert(text, max = MAX) {
  return oneLine(text, max).replace(/#(?=\d)/g, "#\u200D").replace(/\bGH-(?=\d)/gi, (m) => `${m.slice(0, 2)}\u200D-`).replace(/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b/gi, (hex) => hex.match(/.{1,3}/g).join("\u200D")).replace(/[\\`*_{}[\]()#+!|<>~=:&-]/g, (c) => `\\${c}`).replace(/@/g, "@\u200D").replace(/(https?|ftp|mailto|www)(\\?[:.])/gi, "$1\u200D$2");
}
function inertCode(text, max = MAX) {
  const safe = oneLine(text, max).replace(/`/g, "'").replace(/</g, "\u2039").replace(/>/g, "\u203A").replace(/\|/g, "\xA6");
  return `\`${safe.trim() === "" ? "(empty)" : safe}\``;
}

export {
  inert,
  inertCode
};
