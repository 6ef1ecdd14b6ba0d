/** Findings for a terminal: grouped by file, aligned, coloured only when asked to be. */
import { createColors } from 'picocolors';
import { countFindings, type Finding } from './finding.js';

export interface TextOptions {
  color: boolean;
  /** How many files were checked, for the closing line. */
  files: number;
}

export function renderText(findings: readonly Finding[], options: TextOptions): string {
  const c = createColors(options.color);
  const lines: string[] = [];
  let current: string | undefined;
  for (const f of findings) {
    if (f.file !== current) {
      if (current !== undefined) lines.push('');
      lines.push(c.underline(f.file));
      current = f.file;
    }
    const where = `${f.line}:${f.column}`.padEnd(7);
    const severity =
      f.severity === 'error' ? c.red('error  ') : f.severity === 'warning' ? c.yellow('warning') : c.blue('notice ');
    lines.push(`  ${c.dim(where)} ${severity}  ${f.message}  ${c.dim(f.ruleId)}`);
  }
  const counts = countFindings(findings);
  const checked = `${options.files} file${options.files === 1 ? '' : 's'} checked`;
  if (findings.length === 0) {
    lines.push(c.green(`✔ ${checked}: no problems.`));
  } else {
    if (lines.length) lines.push('');
    const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
    if (counts.notice) parts.push(plural(counts.notice, 'notice'));
    const mark = counts.error ? c.red('✖') : c.yellow('⚠');
    lines.push(`${mark} ${plural(findings.length, 'problem')} (${parts.join(', ')}) in ${checked}.`);
  }
  return lines.join('\n') + '\n';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
