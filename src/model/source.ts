/**
 * Policy files parsed with positions. Every later stage reports against a SourceFile through
 * `locate`, so a finding points at the offending node, not at the top of the document.
 */
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';

export type Path = readonly (string | number)[];

export interface SourceFile {
  /** Path relative to the policy root, forward slashes. */
  path: string;
  text: string;
  lineCounter: LineCounter;
  /** Absent when the file could not be read as YAML at all (binary, too large). */
  doc?: Document.Parsed;
}

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface LocateOptions {
  /** Point at the key of the last path segment rather than its value (unknown or misspelt keys). */
  key?: boolean;
}

/** Line/column of a character offset, as a one-character span. */
export function spanAt(file: Pick<SourceFile, 'lineCounter'>, offset: number, endOffset = offset + 1): Span {
  const start = file.lineCounter.linePos(offset);
  const end = file.lineCounter.linePos(Math.max(offset, endOffset));
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

/**
 * The span of the node at `path`, or of the deepest existing ancestor when the path runs out
 * (a missing property is reported on the object that lacks it).
 */
export function locate(file: SourceFile, path: Path, options: LocateOptions = {}): Span {
  const root = file.doc?.contents;
  if (!root) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  let node: Node = root as Node;
  let pair: Pair | undefined;
  for (const segment of path) {
    const next = child(node, segment);
    if (!next) break;
    node = next.node;
    pair = next.pair;
  }
  const target = options.key && pair && isScalar(pair.key) ? (pair.key as Node) : node;
  const range = target.range ?? [0, 0, 0];
  if (range[1] > range[0]) return spanAt(file, range[0], range[1]);
  // An empty node (a bare `:` key, a missing value) has no width: point at the next visible character.
  let at = range[0];
  while (at < file.text.length && (file.text[at] === ' ' || file.text[at] === '\t')) at++;
  return spanAt(file, at, at + 1);
}

/**
 * Each mapping's pairs by key, built on first use: a file with thousands of wrong keys gets a finding
 * per key, and searching the mapping for each would take time quadratic in its size.
 */
const pairsByKey = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  let index = pairsByKey.get(map);
  if (!index) {
    index = new Map();
    for (const item of map.items)
      if (isPair(item) && isScalar(item.key)) {
        const k = String(item.key.value ?? '');
        if (!index.has(k)) index.set(k, item as Pair);
      }
    pairsByKey.set(map, index);
  }
  return index.get(key);
}

function child(node: Node, segment: string | number): { node: Node; pair?: Pair } | undefined {
  if (isMap(node)) {
    const item = pairOf(node, String(segment));
    if (!item) return undefined;
    const value = item.value as Node | null;
    // `key:` with no value: point at the key, there is nothing else to point at.
    const empty =
      !value || !value.range || (isScalar(value) && value.value === null && value.range[0] === value.range[1]);
    return { node: empty ? (item.key as Node) : value, pair: item };
  }
  if (isSeq(node)) {
    const item = node.items[Number(segment)] as Node | undefined;
    return item && item.range ? { node: item } : undefined;
  }
  return undefined;
}
