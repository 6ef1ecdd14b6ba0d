/**
 * Findings as GitHub workflow commands (`::error file=…,line=…::message`), written through
 * @actions/core so escaping matches what the runner expects.
 */
import * as core from '@actions/core';
import { posix } from 'node:path';
import type { Finding } from './finding.js';

export interface AnnotationOptions {
  /** Prefix that makes finding paths relative to the repository (when the policy root is a subfolder). */
  pathPrefix?: string;
  /** Annotations per severity; GitHub shows 10 of each per step, so more would be noise. */
  limitPerSeverity?: number;
}

/** Emits annotations; returns how many findings were left out by the limit. */
export function emitAnnotations(findings: readonly Finding[], options: AnnotationOptions = {}): number {
  const limit = options.limitPerSeverity ?? Infinity;
  const emitted = { error: 0, warning: 0, notice: 0 };
  let omitted = 0;
  for (const f of findings) {
    if (emitted[f.severity] >= limit) {
      omitted += 1;
      continue;
    }
    emitted[f.severity] += 1;
    const properties: core.AnnotationProperties = {
      title: f.ruleId,
      file: options.pathPrefix ? posix.join(options.pathPrefix, f.file) : f.file,
      startLine: f.line,
      startColumn: f.column,
    };
    if (f.endLine !== undefined && f.endLine === f.line) {
      properties.endLine = f.endLine;
      properties.endColumn = f.endColumn;
    }
    core[f.severity](f.message, properties);
  }
  return omitted;
}
