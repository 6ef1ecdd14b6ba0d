/**
 * `oncall swap`: writes the swap file for a shift swap, checks the whole policy with it, shows the
 * affected shifts before and after, and prints the commands that open the pull request.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readPolicyFiles } from '../io/read-policy.js';
import type { SwapFile } from '../model/types.js';
import { renderShiftsText } from '../render/schedule.js';
import { renderText } from '../render/text.js';
import { buildTimeline, shiftsIn } from '../schedule/timeline.js';
import { swapFileName, swapFileText } from '../swaps/file.js';
import { DAY_MS, isoUtc } from '../util/time.js';
import { validatePolicy } from '../validate/index.js';
import { wantsColor, type CliIO } from './io.js';
import { parseInstant } from './policy.js';

export interface SwapOptions {
  schedule: string;
  at: string;
  until?: string;
  from: string;
  to: string;
  reason: string;
  payback?: string;
  dryRun?: boolean;
}

export async function runSwap(root: string, o: SwapOptions, io: CliIO): Promise<number> {
  const now = Date.now();
  const start = parseInstant(o.at, '--at', now);
  const data: SwapFile = {
    schedule: o.schedule,
    start: isoUtc(start),
    ...(o.until ? { end: isoUtc(parseInstant(o.until, '--until', now)) } : {}),
    relieved: o.from,
    covering: o.to,
    reason: o.reason,
    ...(o.payback ? { payback: o.payback } : {}),
  };
  const files = await readPolicyFiles(root);
  const path = swapFileName(data, (p) => files.some((f) => f.path === p) || existsSync(join(root, p)));
  const text = swapFileText(data);
  const withSwap = [...files, { path, bytes: Buffer.from(text) }];
  const before = validatePolicy(files, { now });
  const after = validatePolicy(withSwap, { now });

  // Only what this swap adds counts against it; problems the policy already had are not its fault.
  const known = new Set(before.findings.map((f) => `${f.ruleId}|${f.message}`));
  const introduced = after.findings.filter((f) => f.severity === 'error' && !known.has(`${f.ruleId}|${f.message}`));
  if (introduced.length) {
    io.stderr(
      `The swap would break the policy; nothing was written.\n\n${renderText(introduced, { color: wantsColor(io), files: withSwap.length })}`,
    );
    return 1;
  }

  const window = { start: start - 3 * DAY_MS, end: (data.end ? Date.parse(data.end) : start) + 10 * DAY_MS };
  const pick = (policy: typeof before.policy) =>
    shiftsIn(buildTimeline(policy, window)).filter((s) => s.schedule === o.schedule);
  const people = new Map((after.policy.team?.people ?? []).map((p) => [p.id, p]));
  const outcome = buildTimeline(after.policy, window).swaps.find((s) => s.swap.file === path);
  io.stdout(
    `Swap: ${o.to} covers ${o.from} on ${o.schedule} from ${isoUtc(start)} to ${outcome?.end !== undefined ? isoUtc(outcome.end) : '?'}.\n\nBefore:\n`,
  );
  io.stdout(renderShiftsText(pick(before.policy), people, { color: wantsColor(io) }));
  io.stdout('\nAfter:\n');
  io.stdout(renderShiftsText(pick(after.policy), people, { color: wantsColor(io) }));

  if (o.dryRun) {
    io.stdout(`\n--dry-run: would write ${path}:\n\n${text}`);
    return 0;
  }
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), text);
  const branch = `swap/${path.replace(/^oncall\/swaps\//, '').replace(/\.yaml$/, '')}`;
  const title = `Swap: ${o.to} covers ${o.from} on ${o.schedule} from ${isoUtc(start).slice(0, 10)}`;
  io.stdout(
    `\nWrote ${path}. To propose it (at least 48 h before ${isoUtc(start)}):\n\n` +
      `  git switch -c ${branch}\n  git add ${path}\n  git commit -m ${JSON.stringify(title)}\n  git push -u origin ${branch}\n` +
      `  gh pr create --title ${JSON.stringify(title)} --template swap.md\n\n` +
      `Then ${o.from === o.to ? '' : `ask the other engineer to approve it; `}the swap check notifies your managers.\n`,
  );
  return 0;
}
