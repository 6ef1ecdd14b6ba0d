/**
 * Bytes → YAML document with positions, or findings that say why not. Nothing here throws on bad
 * input: binary, huge, empty, malformed, duplicate-keyed and alias-bombed files all come back as
 * findings at a line.
 */
import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  LineCounter,
  parseDocument,
  visit,
  YAMLParseError,
  type Document,
  type Node,
  type YAMLError,
} from 'yaml';
import type { Finding } from '../render/finding.js';
import { spanAt, type SourceFile } from './source.js';

/** Policy files are hand-written; anything larger is a mistake and would only slow CI down. */
export const MAX_FILE_BYTES = 1024 * 1024;
/**
 * A swap file is a few lines. They come by the hundred in one PR, read in privileged runs, and a
 * YAML parse costs hundreds of times its size in memory: one of them may not be a megabyte.
 */
export const MAX_SWAP_BYTES = 64 * 1024;

/** The most a file at this path may hold. */
export function maxBytesOf(path: string): number {
  return path.startsWith('oncall/swaps/') || path.startsWith('oncall/time-off/') ? MAX_SWAP_BYTES : MAX_FILE_BYTES;
}
/**
 * Findings of one kind reported per file (repeated keys, parser warnings). A 1 MiB file can repeat a
 * key 500,000 times; nobody reads past the first hundred, and passing half a million findings on
 * (`push(...findings)`) overflows the stack.
 */
const MAX_REPORTED = 100;
/** Aliases expand on conversion; this stops a "billion laughs" file long before memory runs out. */
const MAX_ALIAS_COUNT = 100;

export interface ParsedYaml {
  source: SourceFile;
  /** The document as plain data; undefined when the file could not be read as YAML. */
  data?: unknown;
  findings: Finding[];
}

export function parseYamlFile(path: string, bytes: Uint8Array): ParsedYaml {
  const lineCounter = new LineCounter();
  const bare: SourceFile = { path, text: '', lineCounter };
  const at = (line: number) => ({ file: path, line, column: 1, endLine: line, endColumn: 1 });

  const limit = maxBytesOf(path);
  if (bytes.length > limit) {
    return {
      source: bare,
      findings: [
        {
          ruleId: 'file/too-large',
          severity: 'error',
          message:
            limit === MAX_FILE_BYTES
              ? `The file is larger than ${MAX_FILE_BYTES} bytes (1 MiB), the most a policy file may be. Split it or remove what does not belong.`
              : `The swap file is larger than ${limit} bytes (64 KiB); a swap is a few lines. Remove what does not belong.`,
          ...at(1),
        },
      ],
    };
  }

  const notText = notTextFinding(path, bytes);
  if (notText) return { source: bare, findings: [notText] };

  // TextDecoder drops a leading byte-order mark, which YAML would otherwise read as content.
  const text = new TextDecoder('utf-8').decode(bytes);
  const source: SourceFile = { path, text, lineCounter };
  let doc;
  try {
    // The library's own duplicate-key check compares each key with every earlier one: a file of 60,000
    // keys would take minutes. inspectKeys finds the same repeats in one pass. logLevel keeps the
    // library from printing warnings to stderr, where they are neither findings nor positioned.
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: true, logLevel: 'error' });
  } catch (error) {
    // The parser recurses per nesting level; pathological nesting can exhaust the stack.
    return {
      source,
      findings: [
        {
          ruleId: 'yaml/syntax',
          severity: 'error',
          message: `The file cannot be parsed as YAML (${(error as Error).message}). Simplify its structure.`,
          ...at(1),
        },
      ],
    };
  }
  source.doc = doc;

  const { duplicates, complexKeys } = inspectKeys(doc);
  const errors = [...doc.errors, ...duplicates];
  const findings: Finding[] = [
    ...syntaxFindings(source, errors),
    ...reported(doc.warnings, (e) => yamlFinding(source, e, 'warning'), 'YAML warnings'),
  ];
  if (errors.length > 0) return { source, findings };
  if (complexKeys.length > 0) {
    for (const offset of complexKeys.slice(0, MAX_REPORTED))
      findings.push({
        ruleId: 'yaml/complex-key',
        severity: 'error',
        message: 'A key here is a list, a mapping or an alias; policy keys are plain names. Write the key as text.',
        file: path,
        ...spanAt(source, offset),
      });
    return { source, findings };
  }

  if (doc.contents === null) {
    findings.push({
      ruleId: 'file/empty',
      severity: 'error',
      message: 'The file has no content. Fill it in (see its schema in schemas/) or delete it.',
      ...at(1),
    });
    return { source, findings };
  }

  try {
    const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { source, data, findings };
  } catch (error) {
    const alias = firstAliasOffset(doc);
    findings.push({
      ruleId: alias !== undefined ? 'yaml/alias-limit' : 'yaml/syntax',
      severity: 'error',
      message:
        alias !== undefined
          ? `The file's aliases (*name) expand too far (${(error as Error).message}). Write the values out instead of nesting aliases.`
          : `The file cannot be read as data: ${(error as Error).message}.`,
      file: path,
      ...spanAt(source, alias ?? 0),
    });
    return { source, findings };
  }
}

/**
 * Repeated keys (as the library's uniqueKeys would report them: scalars with the same value) and
 * keys that are collections or aliases, which toJS would silently turn into strings. Walks with a
 * stack of its own, so a document nested as deep as the parser allows cannot overflow it.
 */
function inspectKeys(doc: Document.Parsed): { duplicates: YAMLParseError[]; complexKeys: number[] } {
  const duplicates: YAMLParseError[] = [];
  const complexKeys: number[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isCollection(node)) continue;
    const seen = new Set<unknown>();
    for (const item of node.items as unknown[]) {
      if (!isPair(item)) {
        stack.push(item);
        continue;
      }
      const key = item.key as Node | null;
      if (isMap(node) && isScalar(key) && !Number.isNaN(key.value)) {
        const start = key.range?.[0] ?? 0;
        if (seen.has(key.value))
          duplicates.push(new YAMLParseError([start, start + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        seen.add(key.value);
      } else if (isCollection(key) || isAlias(key)) complexKeys.push(key.range?.[0] ?? 0);
      stack.push(item.key, item.value);
    }
  }
  return { duplicates: duplicates.sort((a, b) => a.pos[0] - b.pos[0]), complexKeys: complexKeys.sort((a, b) => a - b) };
}

function firstAliasOffset(doc: Document.Parsed): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/**
 * YAML errors cascade: one unclosed bracket or bad indent makes the parser misread every line after
 * it (tab-indented files even produce phantom duplicate keys). So the first syntax error is reported,
 * at the place a person must edit, with a count of the rest; duplicate keys alone are each reported.
 */
function syntaxFindings(source: SourceFile, errors: readonly YAMLError[]): Finding[] {
  const syntax = errors.filter((e) => e.code !== 'DUPLICATE_KEY');
  if (syntax.length === 0) return reported(errors, (e) => yamlFinding(source, e, 'error'), 'repeated keys');
  const first = [...syntax].sort((a, b) => a.pos[0] - b.pos[0])[0]!;
  const finding = yamlFinding(source, first, 'error');
  if (errors.length > 1)
    finding.message += ` (${errors.length - 1} more YAML error${errors.length === 2 ? '' : 's'} may follow from this one: fix it first.)`;
  return [finding];
}

/** Findings for the first MAX_REPORTED errors, the last of them saying how many more there are. */
function reported(errors: readonly YAMLError[], toFinding: (e: YAMLError) => Finding, what: string): Finding[] {
  const shown = errors.slice(0, MAX_REPORTED).map(toFinding);
  if (errors.length > MAX_REPORTED)
    shown[MAX_REPORTED - 1]!.message +=
      ` (${errors.length - MAX_REPORTED} more ${what} follow in this file; only the first ${MAX_REPORTED} are listed.)`;
  return shown;
}

/** Hints by what the parser says, since its error codes are shared by unrelated mistakes. */
const YAML_HINTS: [RegExp, string][] = [
  [/^Map keys must be unique/, 'Each key may appear once in a mapping; remove or rename the repeat.'],
  [/tab/i, 'YAML indents with spaces only; replace the tabs with spaces.'],
  [/end with a [\]}]/, 'The bracket opened here is never closed: add the closing bracket (or brace).'],
  [/^Missing closing .?quote/, 'The quote opened here is never closed: add the closing quote.'],
  [/Source contains multiple documents/, 'A policy file holds one document; remove the extra `---` section.'],
  [
    /Nested mappings are not allowed in compact mappings|Implicit keys need to be on a single line/,
    'This line is indented further than its siblings, so YAML reads it as part of the value above. Align it with the keys above.',
  ],
  [/Sequence item without - indicator/, 'Check the indentation of this line against the list items above it.'],
  [
    /Implicit map keys need to be followed by map values/,
    'A key needs a colon after it; check for a missing colon or a stray line.',
  ],
  [/sufficiently indented|indentation|indent/i, 'Check the indentation of this line against the lines above it.'],
  [/Unexpected/, 'Check for a stray character, a missing colon, or an unquoted value with ": " in it.'],
  [/Maximum call stack/, 'The data is nested far too deeply to be a policy; flatten it.'],
];

function yamlFinding(source: SourceFile, e: YAMLError, severity: 'error' | 'warning'): Finding {
  const duplicate = e.code === 'DUPLICATE_KEY';
  const message = e.message.replace(/\s+at line \d+, column \d+:?[\s\S]*$/, '').trim();
  const hint = YAML_HINTS.find(([re]) => re.test(message))?.[1];
  const [start, end] = wherePersonEdits(source.text, message, e.pos);
  return {
    ruleId: duplicate ? 'yaml/duplicate-key' : severity === 'warning' ? 'yaml/warning' : 'yaml/syntax',
    severity,
    message: `${message.replace(/\.$/, '')}.${hint ? ` ${hint}` : ''}`,
    file: source.path,
    ...spanAt(source, start, end),
  };
}

/**
 * The parser notices some mistakes only where it runs out of input: an unclosed bracket at the next
 * key, an unclosed quote at the end of the file, an over-indented key on the line above. Move such
 * errors back to the character a person has to fix.
 */
function wherePersonEdits(text: string, message: string, pos: [number, number]): [number, number] {
  const bracket = /end with a ([\]}])/.exec(message);
  if (bracket) {
    const open = unclosedOpener(text, pos[0], bracket[1] === ']' ? '[' : '{', bracket[1]!);
    if (open !== undefined) return [open, open + 1];
  }
  const quote = /^Missing closing (["'])?quote/.exec(message);
  if (quote) {
    const q = quote[1] ?? (message.includes("'") ? "'" : '"');
    const open = openingQuote(text, pos[0], q);
    if (open !== undefined) return [open, open + 1];
  }
  if (/Nested mappings are not allowed in compact mappings|Implicit keys need to be on a single line/.test(message)) {
    const nextLine = text.indexOf('\n', pos[0]);
    // A colon later on the same line ("P0: high:") is the mistake itself; otherwise the next line is.
    const sameLine = text.slice(pos[0], nextLine < 0 ? undefined : nextLine);
    if (nextLine >= 0 && !/:(\s|$)/.test(sameLine)) {
      const indent = /^[ \t]*/.exec(text.slice(nextLine + 1))![0].length;
      const lineStart = nextLine + 1 + indent;
      if (lineStart < text.length) return [lineStart, lineStart + 1];
    }
  }
  return pos;
}

/** The last `open` before `from` that no `close` matches. */
function unclosedOpener(text: string, from: number, open: string, close: string): number | undefined {
  let depth = 0;
  for (let i = Math.min(from, text.length) - 1; i >= 0; i--) {
    if (text[i] === close) depth++;
    else if (text[i] === open) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}

/** The last quote before `from` that starts a scalar (after a colon, dash, bracket, comma or indent). */
function openingQuote(text: string, from: number, quote: string): number | undefined {
  for (let i = Math.min(from, text.length) - 1; i >= 0; i--) {
    if (text[i] === quote && (i === 0 || /[\s:\-[{,]/.test(text[i - 1]!))) return i;
  }
  return undefined;
}

/** 1-based number of the first line that is not UTF-8 text or holds a NUL byte, if any. */
/** `file/not-text` at the first line that is not UTF-8 text, for every file kind (YAML and markdown alike). */
export function notTextFinding(path: string, bytes: Uint8Array): Finding | undefined {
  const line = firstNonTextLine(bytes);
  if (line === undefined) return undefined;
  return {
    ruleId: 'file/not-text',
    severity: 'error',
    message: `Line ${line} holds bytes that are not UTF-8 text (binary data or a NUL byte). Policy files must be UTF-8 text; re-save it as UTF-8.`,
    file: path,
    line,
    column: 1,
    endLine: line,
    endColumn: 1,
  };
}

function firstNonTextLine(bytes: Uint8Array): number | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      const slice = bytes.subarray(start, i);
      if (slice.includes(0)) return line;
      try {
        decoder.decode(slice);
      } catch {
        return line;
      }
      line += 1;
      start = i + 1;
    }
  }
  return undefined;
}
