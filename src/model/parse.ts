/**
 * Bytes → YAML document with positions, or findings that say why not. Nothing here throws on bad
 * input: binary, huge, empty, malformed, duplicate-keyed and alias-bombed files all come back as
 * findings at a line.
 */
import { LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import type { Finding } from '../report/finding.js';
import { spanAt, type SourceFile } from './source.js';

/** Policy files are hand-written; anything larger is a mistake and would only slow CI down. */
export const MAX_FILE_BYTES = 1024 * 1024;
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

  if (bytes.length > MAX_FILE_BYTES) {
    return {
      source: bare,
      findings: [
        {
          ruleId: 'file/too-large',
          severity: 'error',
          message: `The file is larger than ${MAX_FILE_BYTES} bytes (1 MiB), the most a policy file may be. Split it or remove what does not belong.`,
          ...at(1),
        },
      ],
    };
  }

  const badLine = firstNonTextLine(bytes);
  if (badLine !== undefined) {
    return {
      source: bare,
      findings: [
        {
          ruleId: 'file/not-text',
          severity: 'error',
          message: `Line ${badLine} holds bytes that are not UTF-8 text (binary data or a NUL byte). Policy files must be UTF-8 text; re-save it as UTF-8.`,
          ...at(badLine),
        },
      ],
    };
  }

  // TextDecoder drops a leading byte-order mark, which YAML would otherwise read as content.
  const text = new TextDecoder('utf-8').decode(bytes);
  const source: SourceFile = { path, text, lineCounter };
  let doc;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
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

  const findings: Finding[] = [
    ...doc.errors.map((e) => yamlFinding(source, e, 'error')),
    ...doc.warnings.map((e) => yamlFinding(source, e, 'warning')),
  ];
  if (doc.errors.length > 0) return { source, findings };

  if (doc.contents === null) {
    findings.push({
      ruleId: 'file/empty',
      severity: 'error',
      message: 'The file has no content. Fill it in (see its schema in schemas/) or delete it.',
      ...at(Math.max(1, lineCounter.lineStarts.length)),
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

const YAML_HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'Each key may appear once in a mapping; remove or rename the repeat.',
  TAB_AS_INDENT: 'YAML indents with spaces only; replace the tabs with spaces.',
  BAD_INDENT: 'Check the indentation of this line against the lines above it.',
  MULTIPLE_DOCS: 'A policy file holds one document; remove the extra `---` section.',
  MISSING_CHAR: 'A bracket, brace or quote was opened and not closed.',
  BLOCK_AS_IMPLICIT_KEY: 'A key must fit on one line; check for a missing colon or a stray indent.',
  UNEXPECTED_TOKEN: 'Check for a stray character, a missing colon, or an unquoted value with ": " in it.',
};

function yamlFinding(source: SourceFile, e: YAMLError, severity: 'error' | 'warning'): Finding {
  const code = String(e.code);
  const duplicate = code === 'DUPLICATE_KEY';
  const hint = YAML_HINTS[code];
  const message = e.message.replace(/\s+at line \d+, column \d+:?[\s\S]*$/, '').trim();
  return {
    ruleId: duplicate ? 'yaml/duplicate-key' : severity === 'warning' ? 'yaml/warning' : 'yaml/syntax',
    severity,
    message: hint ? `${message}. ${hint}` : `${message}.`,
    file: source.path,
    ...spanAt(source, e.pos[0], e.pos[1]),
  };
}

/** 1-based number of the first line that is not UTF-8 text or holds a NUL byte, if any. */
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
