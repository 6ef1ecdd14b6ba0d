import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/render/plain.ts
var CONTROLS = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]+/gu;
var CONTROLS_BUT_NEWLINE = /(?:(?!\n)[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069])+/gu;
function oneLine(text, max) {
  return capped(text.replace(CONTROLS, " ").trim(), max);
}
function withoutControls(text) {
  return text.replace(/\r\n?/g, "\n").replace(CONTROLS_BUT_NEWLINE, (m) => m.includes("	") ? " " : "");
}
function capped(text, max) {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}\u2026` : text;
}

export {
  oneLine,
  withoutControls
};
