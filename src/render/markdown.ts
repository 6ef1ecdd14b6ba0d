/** Findings as a markdown table: the job summary, and later PR comments. */
import { countFindings, type Finding } from './finding.js';
import { inert, inertCode } from './inert.js';

export interface MarkdownOptions {
  title: string;
  files: number;
  /** Turns a finding's file and line into a link (e.g. to the blob on GitHub); plain text when absent. */
  link?: (f: Finding) => string | undefined;
}

const ICON = { error: '❌ error', warning: '⚠️ warning', notice: 'ℹ️ notice' } as const;

export function renderMarkdown(findings: readonly Finding[], options: MarkdownOptions): string {
  const counts = countFindings(findings);
  const out = [`## ${options.title}`, ''];
  if (findings.length === 0) {
    out.push(`✅ ${options.files} files checked: no problems.`, '');
    return out.join('\n');
  }
  out.push(
    `${counts.error ? '❌' : '⚠️'} **${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}** in ${options.files} files checked.`,
    '',
    '| Severity | Location | Problem | Rule |',
    '| --- | --- | --- | --- |',
  );
  for (const f of findings) {
    const where = `${f.file}:${f.line}:${f.column}`;
    const url = options.link?.(f);
    const location = url ? `[${inert(where, 300)}](${url})` : inertCode(where, 300);
    out.push(`| ${ICON[f.severity]} | ${location} | ${inert(f.message, 1000)} | \`${f.ruleId}\` |`);
  }
  out.push('');
  return out.join('\n');
}
