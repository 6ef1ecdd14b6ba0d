/**
 * postmortems/TEMPLATE.md → what a postmortem must hold: its title, its header (bold) lines, its
 * sections in order, and the template's placeholders. The template is the source of truth, so a
 * team that adds a section to it has every postmortem checked for that section.
 */
import type { Heading, Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { POSTMORTEMS } from '../model/kinds.js';
import type { RawFile } from '../model/load.js';
import { notTextFinding } from '../model/parse.js';
import type { Finding } from '../render/finding.js';
import { headerLines, parseMarkdown } from './markdown.js';

/** The sections whose content the checks read, and the table the issue filer reads its items from. */
export const TIMELINE = 'Timeline';
export const ACTION_ITEMS = 'Action Items';
export const TABLE_COLUMNS = ['Action', 'Owner', 'Due Date', 'Status'] as const;

export interface Template {
  file: string;
  /** The heading up to its placeholder: "Incident Postmortem: " for "# Incident Postmortem: [Title]". */
  titlePrefix: string;
  /** The bold labels of the lines under the title, in order: Date, Duration, Severity, Author. */
  headers: string[];
  /** The level-2 headings, in order. */
  sections: string[];
  /** Text a writer replaces: `[Event]`, `[YYYY-MM-DD]`, `HH:MM`. */
  placeholders: string[];
}

/** `[Anything]` on one line, and the time of day the timeline's entries start with. */
const PLACEHOLDER = /\[[^\]\n]+\]|\bHH:MM\b/g;

const cache = new Map<string, { template?: Template; findings: Finding[] }>();

/**
 * The template among the files. Its findings are about the template itself; a postmortem's checks
 * that depend on it are skipped when there is none, and these findings say why, once.
 */
export function readTemplate(files: readonly RawFile[]): { template?: Template; findings: Finding[] } {
  const raw = files.find((f) => f.path === POSTMORTEMS.template);
  const file = POSTMORTEMS.template;
  const broken = (message: string, line = 1): { findings: Finding[] } => ({
    findings: [{ ruleId: 'postmortem/template', severity: 'error', message, file, line, column: 1 }],
  });
  if (!raw)
    return broken(
      `${file} is missing. Postmortems take their sections, their order and their header lines from it; restore it (git checkout origin/main -- ${file}).`,
    );
  const notText = notTextFinding(file, raw.bytes);
  if (notText) return { findings: [notText] };
  const text = new TextDecoder().decode(raw.bytes);
  const known = cache.get(text);
  if (known) return known;

  let tree: Root;
  try {
    tree = parseMarkdown(text);
  } catch (error) {
    return broken(`${file} cannot be read as markdown (${(error as Error).message}).`);
  }
  const headings = tree.children.filter((n): n is Heading => n.type === 'heading');
  const h1 = headings.find((h) => h.depth === 1);
  const sections = headings.filter((h) => h.depth === 2).map((h) => toString(h).trim());
  let result: { template?: Template; findings: Finding[] };
  if (!h1) result = broken(`${file} has no "# " title heading; postmortems are checked against it. Add one.`);
  else if (sections.length === 0)
    result = broken(`${file} has no "## " sections; postmortems are checked for each. Add them.`, line(h1));
  else {
    const title = toString(h1).trim();
    const columns = actionTable(tree)?.children[0]?.children.map((c) => toString(c).trim());
    const findings: Finding[] = [];
    // The checks read the timeline and the table by these names; without them they would read nothing.
    for (const name of [TIMELINE, ACTION_ITEMS])
      if (!sections.includes(name))
        findings.push(broken(`${file} has no "## ${name}" section, which the checks read. Add it back.`).findings[0]!);
    if (columns && columns.join('|') !== TABLE_COLUMNS.join('|'))
      findings.push(
        broken(
          `The template's Action Items table has the columns ${columns.join(' | ')}; issues are filed from exactly ${TABLE_COLUMNS.join(' | ')}. Restore them.`,
        ).findings[0]!,
      );
    result = {
      template: {
        file,
        titlePrefix: title.slice(0, title.search(/\[|$/)),
        headers: headerLines(tree, text).map((h) => h.label),
        sections,
        placeholders: [...new Set(placeholdersIn(tree, text))],
      },
      findings,
    };
  }
  cache.set(text, result);
  return result;
}

function line(node: { position?: { start: { line: number } } }): number {
  return node.position?.start.line ?? 1;
}

function actionTable(tree: Root): Table | undefined {
  const at = tree.children.findIndex(
    (n) => n.type === 'heading' && n.depth === 2 && toString(n).trim() === ACTION_ITEMS,
  );
  if (at < 0) return undefined;
  const next = tree.children.slice(at + 1).find((n) => n.type === 'table' || (n.type === 'heading' && n.depth <= 2));
  return next?.type === 'table' ? next : undefined;
}

/** The placeholders of the template's body, read from its source (the front matter has none). */
function placeholdersIn(tree: Root, text: string): string[] {
  const start = tree.children.find((n) => n.type !== 'yaml')?.position?.start.offset ?? 0;
  return [...text.slice(start).matchAll(PLACEHOLDER)].map((m) => m[0]);
}
