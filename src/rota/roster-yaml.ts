/**
 * A roster change written into rotations.yaml as people would write it: the old layer gains an
 * `end` line under its `start`, the new layer follows it in the same style (a flow list stays a
 * flow list, restrictions are copied as written), and every other byte — comments, blank lines,
 * spacing, other schedules — is left as it was. The yaml Document finds the places; the text is
 * spliced, since re-printing the whole document would restyle lines nobody changed.
 */
import { isMap, isSeq, parseDocument, stringify, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { RosterChange } from './roster-change.js';

type Range = [number, number, number];

export function writeRosterChange(text: string, change: RosterChange): string {
  const doc = parseDocument(text);
  const schedules = doc.get('schedules');
  const schedule = isSeq(schedules)
    ? schedules.items.find((s): s is YAMLMap => isMap(s) && s.get('id') === change.schedule)
    : undefined;
  const layers = schedule?.get('layers');
  const old = isSeq(layers) ? layers.items[change.layerIndex] : undefined;
  if (!isMap(old) || old.get('id') !== change.ended.id || old.flow)
    throw new Error(
      `rotations.yaml does not hold layer "${change.ended.id}" of "${change.schedule}" as a block mapping where it was read`,
    );
  const pairs = old.items as Pair<{ value: unknown; range: Range }, { range: Range } | null>[];
  const keyStart = pairs[0]!.key.range[0];
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  const indent = ' '.repeat(keyStart - lineStart);
  const lineEnd = (at: number) => {
    const nl = text.indexOf('\n', at);
    return nl < 0 ? text.length : nl + 1;
  };
  const valueEnd = (p: (typeof pairs)[number]) => p.value?.range[1] ?? p.key.range[1];

  const lines: string[] = [];
  for (const p of pairs) {
    const key = String(p.key.value);
    const value = (change.added as unknown as Record<string, unknown>)[key];
    if (key === 'pagerduty_id' || (key === 'end' && value === undefined)) continue;
    if (key === 'members') lines.push(`members:${members(text, p.value as unknown as YAMLSeq, change.added.members)}`);
    else if (['id', 'name', 'start', 'end'].includes(key))
      lines.push(`${key}: ${stringify(value, { lineWidth: 0 }).trimEnd()}`);
    else lines.push(text.slice(p.key.range[0], valueEnd(p)).trimEnd());
  }
  const layerText = `${text.slice(lineStart, keyStart)}${lines.join(`\n${indent}`)}\n`;
  // A block list's range runs on to the next line's indentation: back up to its last character first.
  let last = valueEnd(pairs[pairs.length - 1]!);
  while (last > keyStart && /\s/.test(text[last - 1]!)) last--;
  const after = lineEnd(last);

  const start = pairs.find((p) => p.key.value === 'start')!;
  const endAt = pairs.find((p) => p.key.value === 'end');
  const endLine = `end: ${stringify(change.ended.end, { lineWidth: 0 }).trimEnd()}`;
  // A file whose last line is the layer's, without a newline, gets one before the new layer.
  const seam = after === text.length && !text.endsWith('\n') ? '\n' : '';
  const withLayer = text.slice(0, after) + seam + layerText + text.slice(after);
  if (endAt) return splice(withLayer, endAt.key.range[0], valueEnd(endAt), endLine);
  const at = lineEnd(valueEnd(start));
  return withLayer.slice(0, at) + `${indent}${endLine}\n` + withLayer.slice(at);
}

function splice(text: string, from: number, to: number, insert: string): string {
  return text.slice(0, from) + insert + text.slice(to);
}

/** The new members in the style of the old list: [a, b] spaced as it was, or one `- a` per line. */
function members(text: string, seq: YAMLSeq, ids: readonly string[]): string {
  const items = ids.map((id) => stringify(id, { lineWidth: 0 }).trimEnd());
  const range = seq.range!;
  if (seq.flow) {
    const pad = /^\[\s/.test(text.slice(range[0], range[1])) ? ' ' : '';
    return ` [${pad}${items.join(', ')}${pad}]`;
  }
  const first = (seq.items[0] as { range: Range }).range[0];
  const prefix = text.slice(text.lastIndexOf('\n', first - 1) + 1, first);
  return items.map((id) => `\n${prefix}${id}`).join('');
}
