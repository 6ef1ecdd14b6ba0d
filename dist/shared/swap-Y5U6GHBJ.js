import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  renderShiftsText,
  shiftJson
} from "./chunk-ASW6XEZL.js";
import {
  swapFileName,
  swapFileText
} from "./chunk-K6L23WSI.js";
import {
  EMERGENCY_LABEL,
  NOTICE_HOURS
} from "./chunk-YKDLSHO4.js";
import "./chunk-PN6AARRH.js";
import {
  validatePolicy
} from "./chunk-HHWMYBGA.js";
import "./chunk-JUWO424D.js";
import "./chunk-JDEQIK3C.js";
import "./chunk-V6IP6AW7.js";
import {
  toJsonReport
} from "./chunk-UX6G35WG.js";
import {
  parseInstant
} from "./chunk-4AZCVYM2.js";
import {
  UsageError,
  wantsColor
} from "./chunk-7GEI5QHS.js";
import {
  renderText
} from "./chunk-LBNA22IB.js";
import "./chunk-YI5L3PFJ.js";
import "./chunk-WMNTHIWY.js";
import {
  readPolicyFiles
} from "./chunk-5N34RSQA.js";
import {
  buildTimeline,
  shiftsIn
} from "./chunk-5AWG3TPM.js";
import {
  DAY_MS,
  isoUtc
} from "./chunk-EXLADYM2.js";
import "./chunk-ETVPNU4B.js";
import "./chunk-DQA6EP7E.js";
import "./chunk-RWRK4OFQ.js";
import "./chunk-HPB5NIOG.js";

// src/cli/swap.ts
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
async function runSwap(root, o, io) {
  const now = Date.now();
  const start = parseInstant(o.at, "--at", now);
  if (start < now)
    throw new UsageError(
      `--at ${isoUtc(start)} has passed: a swap changes who will be on call, never who was. Give a start in the future.`
    );
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
  const errors = (findings) => findings.filter((f) => f.severity === "error");
  const refusal = errors(before.findings).length ? {
    why: "The policy has errors already; nothing was written. Fix them first (oncall validate).",
    found: errors(before.findings),
    files
  } : errors(after.findings).length ? { why: "The swap would break the policy; nothing was written.", found: errors(after.findings), files: withSwap } : void 0;
  if (refusal) {
    if (o.json)
      io.stdout(
        JSON.stringify(
          { written: false, reason: refusal.why, ...toJsonReport(refusal.found, refusal.files.length) },
          null,
          2
        ) + "\n"
      );
    else
      io.stderr(
        `${refusal.why}

${renderText(refusal.found, { color: wantsColor(io), files: refusal.files.length })}`
      );
    return 1;
  }
  const window = { start: start - 3 * DAY_MS, end: (data.end ? Date.parse(data.end) : start) + 10 * DAY_MS };
  const pick = (policy) => shiftsIn(buildTimeline(policy, window)).filter((s) => s.schedule === o.schedule);
  const people = new Map((after.policy.team?.people ?? []).map((p) => [p.id, p]));
  const outcome = buildTimeline(after.policy, window).swaps.find((s) => s.swap.file === path);
  const noticeHours = Math.floor((start - now) / 36e5);
  const late = noticeHours < NOTICE_HOURS;
  const notice = late ? `Only ${noticeHours} h notice (${NOTICE_HOURS} h required): the swap check fails it unless the pull request has the ${EMERGENCY_LABEL} label and a manager of the people it moves approves.` : `${noticeHours} h notice: open the pull request at least ${NOTICE_HOURS} h before ${isoUtc(start)}.`;
  const branch = `swap/${path.replace(/^oncall\/swaps\//, "").replace(/\.yaml$/, "")}`;
  const title = `Swap: ${o.to} covers ${o.from} on ${o.schedule} from ${isoUtc(start).slice(0, 10)}`;
  const commands = [
    `git switch -c ${branch}`,
    `git add ${path}`,
    `git commit -m ${JSON.stringify(title)}`,
    `git push -u origin ${branch}`,
    `gh pr create --title ${JSON.stringify(title)} --template swap.md${late ? ` --label ${EMERGENCY_LABEL}` : ""}`
  ];
  if (!o.dryRun) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  if (o.json) {
    io.stdout(
      JSON.stringify(
        {
          written: !o.dryRun,
          file: path,
          content: text,
          swap: { ...data, end: outcome?.end !== void 0 ? isoUtc(outcome.end) : null },
          notice_hours: noticeHours,
          emergency: late,
          before: pick(before.policy).map(shiftJson),
          after: pick(after.policy).map(shiftJson),
          commands
        },
        null,
        2
      ) + "\n"
    );
    return 0;
  }
  io.stdout(
    `Swap: ${o.to} covers ${o.from} on ${o.schedule} from ${isoUtc(start)} to ${outcome?.end !== void 0 ? isoUtc(outcome.end) : "?"}.

Before:
`
  );
  io.stdout(renderShiftsText(pick(before.policy), people, { color: wantsColor(io) }));
  io.stdout("\nAfter:\n");
  io.stdout(renderShiftsText(pick(after.policy), people, { color: wantsColor(io) }));
  io.stdout(`
${late ? "\u26A0 " : ""}${notice}
`);
  if (o.dryRun) {
    io.stdout(`
--dry-run: would write ${path}:

${text}`);
    return 0;
  }
  io.stdout(
    `
Wrote ${path}. To propose it:

${commands.map((c) => `  ${c}
`).join("")}
Then ${o.from === o.to ? "" : `ask the other engineer to approve it; `}the swap check notifies your managers.
`
  );
  return 0;
}
export {
  runSwap
};
