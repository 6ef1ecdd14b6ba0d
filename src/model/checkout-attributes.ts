/**
 * The swap check and the PagerDuty plan judge the policy as git stores it; validate, apply and the
 * postmortem filing read it as checkout writes it. A .gitattributes can make the two differ — a
 * working-tree-encoding turns a quoted "¥" into a backslash, and a string into a pagerduty_id key;
 * a filter or ident rewrites content — so any such attribute that reaches the policy is an error,
 * and nothing is written to PagerDuty or GitHub while it stands.
 */
import type { Finding } from '../render/finding.js';
import type { RawFile } from './load.js';

/** Attributes that change the bytes checkout writes (line endings aside, which YAML reads alike). */
const REWRITING = /^-?!?(working-tree-encoding|filter|ident)(=|$)/;

export const isAttributesFile = (path: string) => path === '.gitattributes' || path.endsWith('/.gitattributes');

export function checkoutAttributeFindings(files: readonly RawFile[]): Finding[] {
  const out: Finding[] = [];
  for (const file of files.filter((f) => isAttributesFile(f.path))) {
    const lines = new TextDecoder().decode(file.bytes).split(/\r?\n/);
    lines.forEach((line, i) => {
      const fields = line.trim().split(/\s+/);
      if (!fields[0] || fields[0].startsWith('#')) return;
      // A macro ([attr]name …) can carry the attribute as surely as a pattern line.
      const hit = fields.slice(1).find((f) => REWRITING.test(f));
      if (!hit) return;
      out.push({
        ruleId: 'file/checkout-attributes',
        severity: 'error',
        message: `${file.path} sets ${hit.split('=')[0]!.replace(/^[-!]+/, '')} for "${fields[0]}": checkout would write other bytes than git stores, so what the swap check judged is not what is synced. Remove the attribute.`,
        file: file.path,
        line: i + 1,
        column: line.indexOf(hit) + 1,
      });
    });
  }
  return out;
}
