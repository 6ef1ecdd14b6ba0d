import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  instantMs,
  isoUtc
} from "./chunk-EXLADYM2.js";
import {
  require_dist
} from "./chunk-RWRK4OFQ.js";
import {
  __toESM
} from "./chunk-HPB5NIOG.js";

// src/swaps/file.ts
var import_yaml = __toESM(require_dist(), 1);
function swapFileText(data) {
  const ordered = { schedule: data.schedule, start: data.start };
  if (data.end !== void 0) ordered.end = data.end;
  Object.assign(ordered, { relieved: data.relieved, covering: data.covering, reason: data.reason });
  if (data.payback !== void 0) ordered.payback = data.payback;
  const doc = new import_yaml.Document(ordered);
  for (const key of ["start", "end"])
    if (doc.has(key)) {
      const node = new import_yaml.Scalar(doc.get(key));
      node.type = import_yaml.Scalar.QUOTE_DOUBLE;
      doc.set(key, node);
    }
  return `# yaml-language-server: $schema=../../schemas/swap.schema.json
${doc.toString({ lineWidth: 0 })}`;
}
function swapFileName(data, taken) {
  const stem = `oncall/swaps/${isoUtc(instantMs(data.start)).slice(0, 10)}-${data.schedule}-${data.relieved}`;
  for (let n = 1; ; n++) {
    const path = n === 1 ? `${stem}.yaml` : `${stem}-${n}.yaml`;
    if (!taken(path)) return path;
  }
}

export {
  swapFileText,
  swapFileName
};
