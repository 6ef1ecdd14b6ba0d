import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/render/finding.ts
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function compareFindings(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
function countFindings(findings) {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
function hasErrors(findings) {
  return findings.some((f) => f.severity === "error");
}

export {
  compareFindings,
  countFindings,
  hasErrors
};
