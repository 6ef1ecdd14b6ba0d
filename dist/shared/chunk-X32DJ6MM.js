import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  core_exports
} from "./chunk-OGM2ZFWQ.js";

// src/render/annotations.ts
import { posix } from "node:path";
function emitAnnotations(findings, options = {}) {
  const limit = options.limitPerSeverity ?? Infinity;
  const emitted = { error: 0, warning: 0, notice: 0 };
  let omitted = 0;
  for (const f of findings) {
    if (emitted[f.severity] >= limit) {
      omitted += 1;
      continue;
    }
    emitted[f.severity] += 1;
    const properties = {
      title: f.ruleId,
      file: options.pathPrefix ? posix.join(options.pathPrefix, f.file) : f.file,
      startLine: f.line,
      startColumn: f.column
    };
    if (f.endLine !== void 0 && f.endLine === f.line) {
      properties.endLine = f.endLine;
      properties.endColumn = f.endColumn;
    }
    core_exports[f.severity](f.message, properties);
  }
  return omitted;
}

export {
  emitAnnotations
};
