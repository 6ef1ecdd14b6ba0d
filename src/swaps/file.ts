/** A swap file as people write it: the schema line, the fields in reading order. */
import { Document, Scalar } from 'yaml';
import type { SwapFile } from '../model/types.js';
import { instantMs, isoUtc } from '../util/time.js';

export function swapFileText(data: SwapFile): string {
  const ordered: Record<string, unknown> = { schedule: data.schedule, start: data.start };
  if (data.end !== undefined) ordered.end = data.end;
  Object.assign(ordered, { relieved: data.relieved, covering: data.covering, reason: data.reason });
  if (data.payback !== undefined) ordered.payback = data.payback;
  const doc = new Document(ordered);
  // The files are YAML 1.2, where an instant is a string; YAML 1.1 readers (PyYAML) would make
  // an unquoted one a date object, so what the tool writes is quoted for them.
  for (const key of ['start', 'end'])
    if (doc.has(key)) {
      const node = new Scalar(doc.get(key));
      node.type = Scalar.QUOTE_DOUBLE;
      doc.set(key, node);
    }
  return `# yaml-language-server: $schema=../../schemas/swap.schema.json\n${doc.toString({ lineWidth: 0 })}`;
}

/** oncall/swaps/<start date, UTC>-<schedule>-<relieved>.yaml, with -2, -3… when taken. */
export function swapFileName(data: SwapFile, taken: (path: string) => boolean): string {
  const stem = `oncall/swaps/${isoUtc(instantMs(data.start)).slice(0, 10)}-${data.schedule}-${data.relieved}`;
  for (let n = 1; ; n++) {
    const path = n === 1 ? `${stem}.yaml` : `${stem}-${n}.yaml`;
    if (!taken(path)) return path;
  }
}
