/**
 * Hostile input for the property tests of test/hostile.test.ts: generators of bytes, YAML-ish and
 * markdown-ish text, look-alike identifiers and structure attacks, and the one check every outcome
 * must pass (findings that name their file, a position inside it and a plain message).
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Finding } from '../../src/render/finding.js';

/** A line of a JavaScript stack trace ("    at parse (file.js:1:2)"). */
export const STACK_FRAME = /^\s*at .*(:\d+:\d+\)?|<anonymous>|native)\s*$/m;
const SEVERITIES = new Set(['error', 'warning', 'notice']);
const RULE_ID = /^[a-z]+(\/[A-Za-z0-9-]+)+$/;

/**
 * How many lines a position may name. Every line break any reader might count (LF, CRLF, lone CR,
 * U+2028/9) counts, so the check does not favour one reader's idea of a line over another's.
 */
export function lineCount(content: string | Uint8Array): number {
  if (typeof content === 'string') return content.split(/\r\n|\r|\n|\u2028|\u2029/).length;
  return lineCount(Buffer.from(content).toString('latin1'));
}

/**
 * Every finding names one of `contents`' files, a line within that file and a column ≥ 1, a known
 * severity, a rule id and a message with no stack trace in it. Checked in plain code and asserted
 * once, so a case with thousands of findings costs little.
 */
export function expectSoundFindings(
  findings: readonly Finding[],
  contents: ReadonlyMap<string, string | Uint8Array>,
): void {
  const lines = new Map<string, number>();
  const linesOf = (file: string) => {
    let n = lines.get(file);
    if (n === undefined) lines.set(file, (n = lineCount(contents.get(file)!)));
    return n;
  };
  const isPosition = (n: unknown, max = Infinity) => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= max;
  const problems: string[] = [];
  for (const f of findings) {
    const wrong: string[] = [];
    if (typeof f.ruleId !== 'string' || !RULE_ID.test(f.ruleId)) wrong.push('rule id');
    if (!SEVERITIES.has(f.severity)) wrong.push('severity');
    if (typeof f.message !== 'string' || f.message.trim() === '') wrong.push('no message');
    else if (STACK_FRAME.test(f.message)) wrong.push('a stack trace in the message');
    if (!contents.has(f.file)) wrong.push('a file that was not given');
    else {
      const last = linesOf(f.file);
      if (!isPosition(f.line, last)) wrong.push(`line outside 1..${last}`);
      if (f.endLine !== undefined && (!isPosition(f.endLine, last) || f.endLine < f.line))
        wrong.push(`endLine outside ${f.line}..${last}`);
    }
    if (!isPosition(f.column)) wrong.push('column');
    if (f.endColumn !== undefined && !isPosition(f.endColumn)) wrong.push('endColumn');
    if (wrong.length)
      problems.push(
        `${f.file}:${f.line}:${f.column} ${f.ruleId} (${wrong.join(', ')}): ${String(f.message).slice(0, 160)}`,
      );
  }
  if (problems.length > 0) expect(problems).toEqual([]);
}

/** Characters that trip decoders, parsers and line counters. */
export const NASTY_CHARS = [
  '\u0000', // NUL
  '\uD800', // lone high surrogate
  '\uDC00', // lone low surrogate
  '\uFEFF', // BOM / zero-width no-break space
  '\r\n',
  '\r',
  '\n',
  '\u2028', // line separator
  '\u2029', // paragraph separator
  '\u0085', // next line
  '\t',
  '\u000B',
  '\u000C',
  '\u200B', // zero-width space
  '\u200D', // zero-width joiner
  '\u202E', // right-to-left override
  '\u2066', // left-to-right isolate
  '\u00A0', // no-break space
  '\u0301', // combining acute accent
  '\uFFFD',
  '\uFFFF',
  '\u{1F600}',
  '\u{10FFFF}',
];

const YAML_PIECES = [
  'key: ',
  'a: b',
  '- ',
  '-',
  ': ',
  ':',
  '? ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '&b ',
  '*b',
  '<<: *a',
  '!!str ',
  '!!binary ',
  '!!set ',
  '!tag ',
  '!<x> ',
  '"',
  "'",
  '\\',
  '\\u',
  '|',
  '|-',
  '>',
  '>+',
  '#',
  ' #c',
  '---',
  '...',
  '%YAML 1.2',
  '%TAG ! x',
  ' ',
  '  ',
  '    ',
  'null',
  '~',
  '0x1F',
  '1e999',
  '-.inf',
  '.nan',
  '2026-01-04',
  '2026-01-04T10:00',
  'true',
  'no',
  'engineer-a',
  'people',
  'id',
  'schedules',
  '__proto__: ',
  'constructor: ',
  'а',
  'е',
  'é',
  '𝒜',
];

/** YAML syntax, stray characters and arbitrary code points, concatenated. */
export const yamlishText = (maxPieces = 40): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...YAML_PIECES),
        fc.constantFrom(...NASTY_CHARS),
        fc.string({ unit: 'binary', maxLength: 4 }),
      ),
      { maxLength: maxPieces },
    )
    .map((p) => p.join(''));

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

/** Bytes as a file may arrive: random, UTF-8 text, text after a BOM, text with raw non-UTF-8 bytes in it. */
export const hostileBytes = (maxPieces = 40): fc.Arbitrary<Uint8Array> =>
  fc.oneof(
    fc.uint8Array({ maxLength: 512 }),
    yamlishText(maxPieces).map(utf8),
    yamlishText(maxPieces).map((t) => utf8(`\uFEFF${t}`)),
    fc
      .tuple(yamlishText(maxPieces), fc.uint8Array({ minLength: 1, maxLength: 8 }), yamlishText(maxPieces))
      .map(([a, raw, b]) => new Uint8Array(Buffer.concat([Buffer.from(a), raw, Buffer.from(b)]))),
  );

/** Latin letters and the Cyrillic, Greek and fullwidth letters that look like them. */
const HOMOGLYPHS: Record<string, string[]> = {
  a: ['а', 'ɑ', 'ａ'],
  c: ['с', 'ϲ'],
  e: ['е', 'ｅ'],
  i: ['і', 'ı'],
  j: ['ј'],
  o: ['о', 'ο', '０'],
  p: ['р', 'ρ'],
  s: ['ѕ'],
  x: ['х'],
  y: ['у'],
  d: ['ԁ'],
  g: ['ɡ'],
  h: ['һ'],
  n: ['ո'],
  r: ['г'],
  l: ['ӏ', '1'],
  '-': ['‐', '‑', '–', '−'],
  '.': ['․'],
  '@': ['＠'],
  '0': ['О', 'ο'],
  '1': ['l', 'Ӏ'],
};
const INVISIBLE = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\u00AD',
  '\uFEFF',
  '\u202E',
  '\u202D',
  '\u2066',
  '\u2069',
  '\u0301',
  '\u00A0',
];

/**
 * A string that renders like `id` but is not it: one letter swapped for a homoglyph, an invisible
 * or bidi character inserted, or both.
 */
export function lookalike(id: string): fc.Arbitrary<string> {
  const swappable = [...id].flatMap((c, i) => (HOMOGLYPHS[c] ? [i] : []));
  const swap = swappable.length
    ? fc.tuple(fc.constantFrom(...swappable), fc.nat()).map(([i, k]) => {
        const chars = [...id];
        const options = HOMOGLYPHS[chars[i]!]!;
        chars[i] = options[k % options.length]!;
        return chars.join('');
      })
    : undefined;
  const insert = (s: string) =>
    fc
      .tuple(fc.integer({ min: 0, max: s.length }), fc.constantFrom(...INVISIBLE))
      .map(([at, c]) => s.slice(0, at) + c + s.slice(at));
  return fc.oneof(insert(id), ...(swap ? [swap, swap.chain(insert)] : [])).filter((s) => s !== id);
}

/** Strings that make parsers, date libraries, regexes and renderers work. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.array(fc.constantFrom(...NASTY_CHARS, 'a', '-', ':', ' ', '#', '"'), { maxLength: 12 }).map((p) => p.join('')),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\uD800',
    '\uFEFF',
    '2026-02-30',
    '2026-13-01',
    '0000-01-01',
    '9999-12-31',
    '+275760-09-13',
    '2026-01-04T24:00',
    '2026-01-04T10:00:60',
    '2026-03-29T01:30',
    '2026-10-25T01:30',
    '9999-12-31T23:59:59Z',
    '2026-12-13T23:59:60Z',
    '0001-01-01T00:00:00Z',
    '1970-01-01T00:00:00+14:00',
    '24:00',
    '23:59',
    '00:00',
    'Europe/Londоn',
    'etc/utc',
    'UTC',
    'Local',
    '../../etc/passwd',
    'Etc/GMT+14',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'NaN',
    'Infinity',
    '-0',
    '1e308',
    '#',
    '#a',
    'https://',
    'javascript:alert(1)',
    'a@b',
    '@',
    '${{ secrets.X }}',
    '%s%s%s',
    '\\u0000',
  ),
  fc.integer({ min: 1, max: 12 }).map((n) => 'x'.repeat(2 ** n)),
);

/** Values a YAML file may hold where a policy expects something else. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 3, arbitrary: hostileString },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      0,
      -1,
      1,
      2 ** 31,
      2 ** 53,
      -(2 ** 53),
      1e308,
      0.5,
      -0.5,
      525601,
      8761,
      53,
      true,
      false,
      null,
      [],
      {},
    ),
  },
  {
    weight: 1,
    arbitrary: fc.dictionary(
      fc.constantFrom('__proto__', 'constructor', 'toString', 'hours', 'days', 'weeks', 'id', 'person', 'schedule'),
      fc.jsonValue({ maxDepth: 1 }),
      { maxKeys: 3 },
    ),
  },
);

/** A markdown fragment: syntax of every block and inline kind, and the characters above. */
const MARKDOWN_PIECES = [
  '# ',
  '## ',
  '### ',
  '#',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '> ',
  '>',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '1) ',
  '    ',
  '\t',
  '```',
  '~~~',
  '`',
  '*',
  '**',
  '_',
  '__',
  '~~',
  '[',
  ']',
  '(',
  ')',
  '[x]',
  '[ ]',
  '![',
  '](',
  '<',
  '>',
  '<!--',
  '-->',
  '<div>',
  '</div>',
  '&amp;',
  '&#0;',
  '&#xD800;',
  '|',
  '| a | b |',
  '| --- | --- |',
  '| - |',
  ':-:',
  '---',
  '***',
  '___',
  '===',
  '\\',
  '[^1]',
  '[^1]: ',
  'http://x',
  'www.x.com',
  'a@b.c',
  '$$',
  'HH:MM',
  '10:00',
  '09:00',
  '2026-03-14 10:00',
  '⬜',
  '✅',
  'engineer-a',
  'Engineer A',
  '## Summary',
  '## Timeline',
  '## Root Cause',
  '## Impact',
  '## What Went Well',
  '## What Could Be Improved',
  '## Action Items',
  '# Incident Postmortem: ',
  '| Action | Owner | Due Date | Status |',
  '**Date**: ',
  '**Author**: ',
];

export const markdownishText = (maxPieces = 40): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...MARKDOWN_PIECES),
        fc.constantFrom(...NASTY_CHARS),
        fc.string({ unit: 'binary', maxLength: 3 }),
      ),
      { maxLength: maxPieces },
    )
    .map((p) => p.join(''));
