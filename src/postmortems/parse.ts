/**
 * A postmortem's markdown → Postmortem, with unified/remark (GFM tables, YAML front matter). The
 * front matter is parsed by the same YAML loader as the policy, so its findings point at its lines;
 * a postmortem written in the procedures' own `**Date**: …` style is read too, with a finding that
 * says how to convert it.
 */
import type { Heading, Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { POSTMORTEMS } from '../model/kinds.js';
import { parseYamlFile } from '../model/parse.js';
import { checkSchema, validatorFor } from '../model/schema.js';
import { locate } from '../model/source.js';
import type { Finding } from '../render/finding.js';
import { headerLines, parseMarkdown, positionOf as pos, rendersEmpty } from './markdown.js';
import { ACTION_ITEMS, TABLE_COLUMNS, TIMELINE, type Template } from './template.js';
import type { ActionItem, Link, Position, Postmortem, PostmortemFields } from './types.js';

export { parseMarkdown } from './markdown.js';
export { TABLE_COLUMNS } from './template.js';

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
    header: [],
    sections: [],
    timeline: [],
    actionItems: [],
    links: [],
    placeholders: [],
    unread: true,
  };
  return { postmortem, tree: { type: 'root', children: [] }, findings: [finding] };
}

/** Refused unread with this finding (not UTF-8, too large, too deep): no other check applies. */
export function refusedPostmortem(file: string, finding: Finding): { postmortem: Postmortem; findings: Finding[] } {
  const { postmortem, findings } = unreadPostmortem(file, finding);
  return { postmortem, findings };
}

/** A first line of `---` that remark-frontmatter did not close: a block the author meant as front matter. */
const OPENING_FENCE = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/;

/** Variation selectors (U+FE00–U+FE0F) pick a glyph's style; `⬜️` and `⬜` are the same status. */
const VARIATION_SELECTORS = /[\uFE00-\uFE0F]/g;

export function parsePostmortem(
  file: string,
  text: string,
  template?: Template,
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
  let fieldAt: Postmortem['fieldAt'] = () => ({ line: 1, column: 1 });
  const yamlNode = tree.children.find((n) => n.type === 'yaml') as
    { value: string; position?: { start: { line: number } } } | undefined;
  const unclosed = !yamlNode && OPENING_FENCE.test(text);
  // Read the rest as if the block had been closed at its first blank line: its YAML lines would
  // otherwise become a title (`# yaml-language-server: …`), references and lists, each a finding.
  if (unclosed) tree = parseMarkdown(blankedFrontMatter(text));
  if (yamlNode) {
    const offset = yamlNode.position?.start.line ?? 1;
    const parsed = parseYamlFile(file, Buffer.from(`${'\n'.repeat(offset)}${yamlNode.value}`));
    findings.push(...parsed.findings.filter((f) => f.ruleId !== 'file/empty'));
    if (parsed.data !== undefined) {
      const schemaFindings = checkSchema(parsed.source, POSTMORTEMS.kind, parsed.data);
      findings.push(...schemaFindings);
      fields = schemaFindings.length ? validFields(parsed.data) : (parsed.data as Partial<PostmortemFields>);
      fieldAt = (field) => {
        const span = locate(parsed.source, typeof field === 'string' ? [field] : field, {
          key: typeof field === 'string',
        });
        return { line: span.line, column: span.column };
      };
    }
  } else if (unclosed)
    findings.push({
      ruleId: 'postmortem/front-matter',
      severity: 'error',
      message:
        'The front matter opened by the --- on line 1 is not closed. Add a line holding only --- after its last field, before the # title.',
      file,
      line: 1,
      column: 1,
    });

  const header = headerLines(tree, text);
  // The procedures' style: **Date**: …, **Duration**: …, **Severity**: …, **Author**: …
  const bold = new Map(
    header
      .filter((h) => ['Date', 'Duration', 'Severity', 'Author'].includes(h.label))
      .map((h) => [h.label.toLowerCase(), h] as const),
  );
  if (!fields && !unclosed) {
    if (bold.size) {
      fields = Object.fromEntries([...bold].map(([k, v]) => [k, v.value]));
      fieldAt = (field) => (typeof field === 'string' ? bold.get(field)?.at : undefined) ?? { line: 1, column: 1 };
      findings.push({
        ruleId: 'postmortem/front-matter',
        severity: 'error',
        message: `This postmortem uses the procedures' **Date**: style, which has no instants, services, status or action-item types. Add a YAML front matter block at the top, as in ${POSTMORTEMS.template}, starting with:\n---\ntitle: ...\ndate: ${bold.get('date')?.value ?? 'YYYY-MM-DD'}\nseverity: ${bold.get('severity')?.value ?? 'P1'}\nauthor: ${bold.get('author')?.value ?? '...'}\n---`,
        ...at(bold.values().next().value!.at),
      });
    } else {
      findings.push({
        ruleId: 'postmortem/front-matter',
        severity: 'error',
        message: `The postmortem has no front matter. Start it with the --- block of ${POSTMORTEMS.template}.`,
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
    return [{ name: toString(n).trim(), at: pos(n), empty: rendersEmpty(body) }];
  });
  const firstBlockAfter = (name: string) => {
    const heading = tree.children.findIndex(
      (n) => n.type === 'heading' && n.depth === 2 && toString(n).trim() === name,
    );
    if (heading < 0) return undefined;
    return tree.children
      .slice(heading + 1)
      .find((n) => n.type === 'list' || n.type === 'table' || (n.type === 'heading' && n.depth <= 2));
  };

  const timeline: Postmortem['timeline'] = [];
  const list = firstBlockAfter(TIMELINE);
  if (list?.type === 'list')
    for (const item of list.children) {
      // Any h:mm shape is taken as the entry's time, so one that is not a time of day is reported here.
      const m = /^\s*((\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2})\b/.exec(toString(item));
      if (m) timeline.push({ time: m[1]!, at: pos(item) });
    }

  const actionItems: ActionItem[] = [];
  const table = firstBlockAfter(ACTION_ITEMS) as Table | Heading | undefined;
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
        status: cell(3).normalize('NFC').replace(VARIATION_SELECTORS, ''),
        ...(meta ? { id: meta.id, type: meta.type, priority: meta.priority } : {}),
        at: pos(row),
        cells: row.children.map((c) => pos(c)),
      });
    });
  }

  return {
    postmortem: {
      file,
      ...(fields ? { fields } : {}),
      ...(yamlNode ? { frontMatter: true } : {}),
      fieldAt,
      ...(h1 ? { title: { text: toString(h1).trim(), at: pos(h1) } } : {}),
      header,
      sections,
      timeline,
      actionItems,
      links: linksOf(tree, text),
      placeholders: template ? placeholdersOf(tree, text, template.placeholders) : [],
    },
    tree,
    findings,
  };
}

/** The text with its unclosed front matter (up to the first blank line) blanked, keeping every offset. */
function blankedFrontMatter(text: string): string {
  const end = text.search(/(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/);
  const cut = end < 0 ? text.length : end;
  return text.slice(0, cut).replace(/[^\r\n]/g, ' ') + text.slice(cut);
}

/** Every way markdown names a target: inline links and images, autolinks, reference definitions. */
function linksOf(tree: Root, text: string): Link[] {
  const links: Link[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const { start, end } = node.position ?? {};
    const source = start?.offset !== undefined && end?.offset !== undefined ? text.slice(start.offset, end.offset) : '';
    links.push({ url: node.url, source, at: pos(node) });
  });
  return links;
}

/** Where the template's placeholders still stand in the body, grouped by line. */
function placeholdersOf(tree: Root, text: string, placeholders: readonly string[]): Postmortem['placeholders'] {
  if (placeholders.length === 0) return [];
  const escaped = placeholders.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(escaped.join('|'), 'g');
  const body = tree.children.find((n) => n.type !== 'yaml')?.position?.start.offset ?? text.length;
  const byLine = new Map<number, Postmortem['placeholders'][number]>();
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const m of text.slice(body).matchAll(pattern)) {
    const offset = body + m.index;
    for (; scanned < offset; scanned++)
      if (text[scanned] === '\n' || (text[scanned] === '\r' && text[scanned + 1] !== '\n')) {
        line++;
        lineStart = scanned + 1;
      }
    const entry = byLine.get(line);
    if (entry) entry.texts.push(m[0]);
    else byLine.set(line, { texts: [m[0]], at: { line, column: offset - lineStart + 1 } });
  }
  return [...byLine.values()];
}
