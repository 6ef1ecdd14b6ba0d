/**
 * A postmortem's markdown → Postmortem, with unified/remark (GFM tables, YAML front matter). The
 * front matter is parsed by the same YAML loader as the policy, so its findings point at its lines;
 * a postmortem written in the procedures' own `**Date**: …` style is read too, with a finding that
 * says how to convert it.
 */
import type { Heading, Root, Table, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { POSTMORTEMS } from '../model/kinds.js';
import { parseYamlFile } from '../model/parse.js';
import { checkSchema, validatorFor } from '../model/schema.js';
import { locate } from '../model/source.js';
import type { Finding } from '../render/finding.js';
import type { ActionItem, Position, Postmortem, PostmortemFields } from './types.js';

export const SECTIONS = [
  'Summary',
  'Timeline',
  'Root Cause',
  'Impact',
  'What Went Well',
  'What Could Be Improved',
  'Action Items',
] as const;
export const TABLE_COLUMNS = ['Action', 'Owner', 'Due Date', 'Status'] as const;

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/**
 * A postmortem is a few pages (the template filled in is 2 KiB). The markdown parser's time grows
 * with the square of some constructs (a run of unmatched `*a`, a long paragraph of `[x]` lines):
 * 16 KiB of them take a second, 64 KiB twenty, and 1 MiB, the read limit, hours.
 */
export const MAX_POSTMORTEM_BYTES = 16 * 1024;
/**
 * Quotes and list items one line may open (`> - > 1. x`). Each costs the parser time in proportion
 * to the depth already open, and 4,000 `>` exhaust its stack; prose never needs more than a few.
 */
const MAX_LINE_NESTING = 10;
const CONTAINER_MARKER = /^[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;
const THEMATIC_BREAK = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

const pos = (node: { position?: { start: { line: number; column: number } } } | undefined): Position => ({
  line: node?.position?.start.line ?? 1,
  column: node?.position?.start.column ?? 1,
});

/** Why the file cannot be parsed in bounded time, and where; undefined when it can. */
function refusal(text: string): { ruleId: string; message: string; line: number } | undefined {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_POSTMORTEM_BYTES)
    return {
      ruleId: 'postmortem/too-large',
      line: 1,
      message: `The postmortem is ${bytes} bytes, more than the ${MAX_POSTMORTEM_BYTES} (16 KiB) a postmortem may be. Shorten it, or link to long logs instead of pasting them.`,
    };
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    let rest = lines[i]!;
    if (THEMATIC_BREAK.test(rest)) continue;
    let depth = 0;
    for (let m = CONTAINER_MARKER.exec(rest); m && depth <= MAX_LINE_NESTING; m = CONTAINER_MARKER.exec(rest)) {
      depth++;
      rest = rest.slice(m[0].length);
    }
    if (depth > MAX_LINE_NESTING)
      return {
        ruleId: 'postmortem/too-deep',
        line: i + 1,
        message: `This line opens more than ${MAX_LINE_NESTING} nested quotes or list items (>, -, *, +, 1.). Flatten it.`,
      };
  }
  return undefined;
}

/**
 * The front matter's fields that passed the schema. Its findings already say what is wrong with the
 * rest, and the checks, which read fields as their schema types (a list of action items, a date
 * Temporal can parse), would throw on them.
 */
function validFields(data: unknown): Partial<PostmortemFields> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  const validate = validatorFor(POSTMORTEMS.kind);
  validate(data);
  const wrong = new Set(
    (validate.errors ?? []).map((e) => e.instancePath.split('/')[1]).filter((k) => k !== undefined),
  );
  return Object.fromEntries(
    Object.entries(data).filter(([k]) => !wrong.has(k.replace(/~/g, '~0').replace(/\//g, '~1'))),
  );
}

function unreadPostmortem(file: string, finding: Finding): { postmortem: Postmortem; tree: Root; findings: Finding[] } {
  const postmortem: Postmortem = {
    file,
    fieldAt: () => ({ line: 1, column: 1 }),
    sections: [],
    timeline: [],
    actionItems: [],
    links: [],
    unread: true,
  };
  return { postmortem, tree: { type: 'root', children: [] }, findings: [finding] };
}

export function parsePostmortem(
  file: string,
  text: string,
): { postmortem: Postmortem; tree: Root; findings: Finding[] } {
  const findings: Finding[] = [];
  const at = (p: Position) => ({ file, line: p.line, column: p.column });
  const refused = refusal(text);
  if (refused)
    return unreadPostmortem(file, {
      ruleId: refused.ruleId,
      severity: 'error',
      message: refused.message,
      file,
      line: refused.line,
      column: 1,
    });
  let tree: Root;
  try {
    tree = parseMarkdown(text);
  } catch (error) {
    // The parser recurses per nesting level; what refusal() lets through should never exhaust it.
    return unreadPostmortem(file, {
      ruleId: 'postmortem/too-deep',
      severity: 'error',
      message: `The postmortem cannot be read as markdown (${(error as Error).message}). Flatten its nesting.`,
      file,
      line: 1,
      column: 1,
    });
  }

  // Front matter: padded with blank lines so the YAML parser's lines are the file's lines.
  let fields: Partial<PostmortemFields> | undefined;
  let fieldAt = (_field: string): Position => ({ line: 1, column: 1 });
  const yamlNode = tree.children.find((n) => n.type === 'yaml') as
    { value: string; position?: { start: { line: number } } } | undefined;
  if (yamlNode) {
    const offset = yamlNode.position?.start.line ?? 1;
    const parsed = parseYamlFile(file, Buffer.from(`${'\n'.repeat(offset)}${yamlNode.value}`));
    findings.push(...parsed.findings.filter((f) => f.ruleId !== 'file/empty'));
    if (parsed.data !== undefined) {
      const schemaFindings = checkSchema(parsed.source, POSTMORTEMS.kind, parsed.data);
      findings.push(...schemaFindings);
      fields = schemaFindings.length ? validFields(parsed.data) : (parsed.data as Partial<PostmortemFields>);
      fieldAt = (field) => {
        const span = locate(parsed.source, [field], { key: true });
        return { line: span.line, column: span.column };
      };
    }
  }

  // The procedures' style: **Date**: …, **Duration**: …, **Severity**: …, **Author**: …
  const bold = new Map<string, { value: string; at: Position }>();
  visit(tree, 'strong', (node, index, parent) => {
    const label = toString(node).trim();
    const next = parent?.children[(index ?? 0) + 1] as Text | undefined;
    if (['Date', 'Duration', 'Severity', 'Author'].includes(label) && next?.type === 'text') {
      const value = next.value.replace(/^:\s*/, '').split('\n')[0]!.trim();
      bold.set(label.toLowerCase(), { value, at: pos(node) });
    }
  });
  if (!fields) {
    if (bold.size) {
      fields = Object.fromEntries([...bold].map(([k, v]) => [k, v.value]));
      fieldAt = (field) => bold.get(field)?.at ?? { line: 1, column: 1 };
      findings.push({
        ruleId: 'postmortem/front-matter',
        severity: 'error',
        message: `This postmortem uses the procedures' **Date**: style, which has no instants, services, status or action-item types. Add a YAML front matter block at the top, as in postmortems/TEMPLATE.md, starting with:\n---\ntitle: ...\ndate: ${bold.get('date')?.value ?? 'YYYY-MM-DD'}\nseverity: ${bold.get('severity')?.value ?? 'P1'}\nauthor: ${bold.get('author')?.value ?? '...'}\n---`,
        ...at(bold.values().next().value!.at),
      });
    } else {
      findings.push({
        ruleId: 'postmortem/front-matter',
        severity: 'error',
        message: 'The postmortem has no front matter. Start it with the --- block of postmortems/TEMPLATE.md.',
        file,
        line: 1,
        column: 1,
      });
    }
  }

  const headings = tree.children.filter((n): n is Heading => n.type === 'heading');
  const h1 = headings.find((h) => h.depth === 1);
  const sections = tree.children.flatMap((n, i) => {
    if (n.type !== 'heading' || n.depth !== 2) return [];
    const next = tree.children.slice(i + 1).findIndex((m) => m.type === 'heading' && m.depth <= 2);
    const body = next < 0 ? tree.children.slice(i + 1) : tree.children.slice(i + 1, i + 1 + next);
    return [{ name: toString(n).trim(), at: pos(n), empty: body.every((b) => toString(b).trim() === '') }];
  });

  const timeline: Postmortem['timeline'] = [];
  const timelineHeading = tree.children.findIndex(
    (n) => n.type === 'heading' && n.depth === 2 && toString(n).trim() === 'Timeline',
  );
  if (timelineHeading >= 0) {
    const list = tree.children
      .slice(timelineHeading + 1)
      .find((n) => n.type === 'list' || (n.type === 'heading' && n.depth <= 2));
    if (list?.type === 'list')
      for (const item of list.children) {
        const m = /^\s*((\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2})\b/.exec(toString(item));
        if (m) timeline.push({ time: m[1]!, at: pos(item) });
      }
  }

  const actionItems: ActionItem[] = [];
  const actionsHeading = tree.children.findIndex(
    (n) => n.type === 'heading' && n.depth === 2 && toString(n).trim() === 'Action Items',
  );
  const table =
    actionsHeading >= 0
      ? (tree.children
          .slice(actionsHeading + 1)
          .find((n) => n.type === 'table' || (n.type === 'heading' && n.depth <= 2)) as Table | Heading | undefined)
      : undefined;
  if (table?.type === 'table') {
    const [header, ...rows] = table.children;
    const columns = header?.children.map((c) => toString(c).trim()) ?? [];
    if (columns.join('|') !== TABLE_COLUMNS.join('|'))
      findings.push({
        ruleId: 'postmortem/action-table',
        severity: 'error',
        message: `The Action Items table must have exactly the columns ${TABLE_COLUMNS.join(' | ')}; it has ${columns.join(' | ') || 'none'}.`,
        ...at(pos(header)),
      });
    rows.forEach((row, index) => {
      // GFM lets a row carry more or fewer cells than the header: count them.
      if (row.children.length !== TABLE_COLUMNS.length)
        findings.push({
          ruleId: 'postmortem/action-table',
          severity: 'error',
          message: `Row ${index + 1} has ${row.children.length} cells; every row needs exactly ${TABLE_COLUMNS.length} (${TABLE_COLUMNS.join(', ')}). Check for a stray or missing |.`,
          ...at(pos(row)),
        });
      const cell = (i: number) => toString(row.children[i] ?? { type: 'text', value: '' }).trim();
      const meta = fields?.action_items?.[index];
      actionItems.push({
        index,
        action: cell(0),
        owner: cell(1),
        due: cell(2),
        status: cell(3),
        ...(meta ? { id: meta.id, type: meta.type, priority: meta.priority } : {}),
        at: pos(row),
        cells: row.children.map((c) => pos(c)),
      });
    });
  }

  const links: Postmortem['links'] = [];
  visit(tree, 'link', (node) => {
    links.push({ url: node.url, at: pos(node) });
  });

  return {
    postmortem: {
      file,
      ...(fields ? { fields } : {}),
      fieldAt,
      ...(h1 ? { title: { text: toString(h1).trim(), at: pos(h1) } } : {}),
      sections,
      timeline,
      actionItems,
      links,
    },
    tree,
    findings,
  };
}
