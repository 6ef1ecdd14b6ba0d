import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  require_picocolors
} from "./chunk-YI5L3PFJ.js";
import {
  countFindings
} from "./chunk-WMNTHIWY.js";
import {
  __toESM
} from "./chunk-HPB5NIOG.js";

// src/render/text.ts
var import_picocolors = __toESM(require_picocolors(), 1);
function renderText(findings, options) {
  const c = (0, import_picocolors.createColors)(options.color);
  const lines = [];
  let current;
  for (const f of findings) {
    if (f.file !== current) {
      if (current !== void 0) lines.push("");
      lines.push(c.underline(f.file));
      current = f.file;
    }
    const where = `${f.line}:${f.column}`.padEnd(7);
    const severity = f.severity === "error" ? c.red("error  ") : f.severity === "warning" ? c.yellow("warning") : c.blue("notice ");
    lines.push(`  ${c.dim(where)} ${severity}  ${f.message}  ${c.dim(f.ruleId)}`);
  }
  const counts = countFindings(findings);
  const checked = `${options.files} file${options.files === 1 ? "" : "s"} checked`;
  if (findings.length === 0) {
    lines.push(c.green(`\u2714 ${checked}: no problems.`));
  } else {
    if (lines.length) lines.push("");
    const parts = [plural(counts.error, "error"), plural(counts.warning, "warning")];
    if (counts.notice) parts.push(plural(counts.notice, "notice"));
    const mark = counts.error ? c.red("\u2716") : c.yellow("\u26A0");
    lines.push(`${mark} ${plural(findings.length, "problem")} (${parts.join(", ")}) in ${checked}.`);
  }
  return lines.join("\n") + "\n";
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export {
  renderText
};
