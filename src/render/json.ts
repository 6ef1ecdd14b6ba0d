/** Findings as JSON for scripts: a stable envelope around the Finding objects themselves. */
import { countFindings, type Finding } from './finding.js';

export interface JsonReport {
  ok: boolean;
  files: number;
  errors: number;
  warnings: number;
  notices: number;
  findings: Finding[];
}

export function toJsonReport(findings: readonly Finding[], files: number): JsonReport {
  const counts = countFindings(findings);
  return {
    ok: counts.error === 0,
    files,
    errors: counts.error,
    warnings: counts.warning,
    notices: counts.notice,
    findings: [...findings],
  };
}

export function renderJson(findings: readonly Finding[], files: number): string {
  return JSON.stringify(toJsonReport(findings, files), null, 2) + '\n';
}
