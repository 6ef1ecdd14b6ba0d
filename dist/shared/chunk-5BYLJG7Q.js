import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/render/inert.ts
var MAX = 200;
function inert(text, max = MAX) {
  const line = text.replace(/[\p{Cc}\u2028\u2029]+/gu, " ").trim();
  const cut = line.length > max ? `${line.slice(0, max - 1)}\u2026` : line;
  return cut.replace(/[\\`*_{}[\]()#+!|<>~=:-]/g, (c) => `\\${c}`).replace(/@/g, "@\u200D").replace(/(https?|ftp|mailto|www)(\\?[:.])/gi, "$1\u200D$2");
}

export {
  inert
};
