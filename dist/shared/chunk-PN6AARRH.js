import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  withoutControls
} from "./chunk-JDEQIK3C.js";

// src/render/fence.ts
function fenced(text, info = "") {
  const body = withoutControls(text).replace(/\n+$/, "");
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${info}
${body}
${fence}`;
}

export {
  fenced
};
