import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  renderShiftsText
} from "./chunk-F3SHSLSU.js";
import "./chunk-PN6AARRH.js";
import {
  validatePolicy
} from "./chunk-WIAKQVKD.js";
import "./chunk-ZH2O3IOZ.js";
import "./chunk-JDEQIK3C.js";
import "./chunk-XGJKLASW.js";
import {
  parseInstant
} from "./chunk-APA5OFH7.js";
import {
  wantsColor
} from "./chunk-7Q35EZ5Y.js";
import {
  renderText
} from "./chunk-LBNA22IB.js";
import "./chunk-YI5L3PFJ.js";
import "./chunk-WMNTHIWY.js";
import {
  readPolicyFiles
} from "./chunk-CASGGX6Q.js";
import {
  buildTimeline,
  shiftsIn
} from "./chunk-3KAQNQNP.js";
import {
  DAY_MS,
  instantMs,
  isoUtc
} from "./chunk-YCQVRORP.js";
import {
  require_dist
} from "./chunk-MZKY6JGW.js";
import "./chunk-E5RRFD7T.js";
import {
  __toESM
} from "./chunk-HPB5NIOG.js";

// src/cli/swap.ts
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

// src/swaps/file.ts
var import_yaml = __toESM(require_dist(), 1);
function swapFileText(data) {
  const ordered = { schedule: data.schedule, start: data.start };
  if (data.end !== void 0) ordered.end = data.end;
  Object.assign(ordered, { relieved: data.relieved, covering: data.covering, reason: data.reason });
  if (data.payback !== void 0) ordered.payback = data.payback;
  return `# yaml-language-server: $schema=../../schemas/swap.schema.json
${new import_yaml.Document(ordered).toString({ lineWidth: 0 })}`;
}
function swapFileName(data, taken) {
  const stem = `oncall/swaps/${isoUtc(instantMs(data.start)).slice(0, 10)}-${data.schedule}-${data.relieved}`;
  for (let n = 1; ; n++) {
    const path = n === 1 ? `${stem}.yaml` : `${stem}-${n}.yaml`;
    if (!taken(path)) return path;
  }
}

// src/cli/swap.ts
async function runSwap(root, o, io) {
  const now = Date.now();
  const start = parseInstant(o.at, "--at", now);
  const data = {
    schedule: o.schedule,
    start: isoUtc(start),
    ...o.until ? { end: isoUtc(parseInstant(o.until, "--until", now)) } : {},
    relieved: o.from,
    covering: o.to,
    reason: o.reason,
    ...o.payback ? { payback: o.payback } : {}
  };
  const files = await readPolicyFiles(root);
  const path = swapFileName(data, (p) => files.some((f) => f.path === p) || existsSync(join(root, p)));
  const text = swapFileText(data);
  const withSwap = [...files, { path, bytes: Buffer.from(text) }];
  const before = validatePolicy(files, { now });
  const after = validatePolicy(withSwap, { now });
  const known = new Set(before.findings.map((f) => `${f.ruleId}|${f.message}`));
  const introduced = after.findings.filter((f) => f.severity === "error" && !known.has(`${f.ruleId}|${f.message}`));
  if (introduced.length) {
    io.stderr(
      `The swap would break the policy; nothing was written.

${renderText(introduced, { color: wantsColor(io), files: withSwap.length })}`
    );
    return 1;
  }
  const window = { start: start - 3 * DAY_MS, end: (data.end ? Date.parse(data.end) : start) + 10 * DAY_MS };
  const pick = (policy) => shiftsIn(buildTimeline(policy, window)).filter((s) => s.schedule === o.schedule);
  const people = new Map((after.policy.team?.people ?? []).map((p) => [p.id, p]));
  const outcome = buildTimeline(after.policy, window).swaps.find((s) => s.swap.file === path);
  io.stdout(
    `Swap: ${o.to} covers ${o.from} on ${o.schedule} from ${isoUtc(start)} to ${outcome?.end !== void 0 ? isoUtc(outcome.end) : "?"}.

Before:
`
  );
  io.stdout(renderShiftsText(pick(before.policy), people, { color: wantsColor(io) }));
  io.stdout("\nAfter:\n");
  io.stdout(renderShiftsText(pick(after.policy), people, { color: wantsColor(io) }));
  if (o.dryRun) {
    io.stdout(`
--dry-run: would write ${path}:

${text}`);
    return 0;
  }
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), text);
  const branch = `swap/${path.replace(/^oncall\/swaps\//, "").replace(/\.yaml$/, "")}`;
  const title = `Swap: ${o.to} covers ${o.from} on ${o.schedule} from ${isoUtc(start).slice(0, 10)}`;
  io.stdout(
    `
Wrote ${path}. To propose it (at least 48 h before ${isoUtc(start)}):

  git switch -c ${branch}
  git add ${path}
  git commit -m ${JSON.stringify(title)}
  git push -u origin ${branch}
  gh pr create --title ${JSON.stringify(title)} --template swap.md

Then ${o.from === o.to ? "" : `ask the other engineer to approve it; `}the swap check notifies your managers.
`
  );
  return 0;
}
export {
  runSwap
};
