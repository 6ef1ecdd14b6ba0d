/**
 * `oncall swap`: writes the swap file for a shift swap, checks the whole policy with it, shows the
 * affected shifts before and after, and prints the commands that open the pull request.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readPolicyFiles } from '../io/read-policy.js';
import type { SwapFile } from '../model/types.js';
import { EMERGENCY_LABEL, NOTICE_HOURS } from '../changes/checks.js';
import type { Finding } from '../render/finding.js';
import { toJsonReport } from '../render/json.js';
import { renderShiftsText, shiftJson } from '../render/schedule.js';
import { renderText } from '../render/text.js';
import { buildTimeline, shiftsIn } from '../schedule/timeline.js';
import { swapFileName, swapFileText } from '../swaps/file.js';
import { DAY_MS, isoUtc } from '../util/time.js';
import { validatePolicy } from '../validate/index.js';
import { UsageError, wantsColor, type CliIO } from './io.js';
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

export async function runSwap(root: string, o: SwapOptions & { json?: boolean }, io: CliIO): Promise<number> {
  const now = Date.now();
  const start = parseInstant(o.at, '--at', now);
  if (start < now)
    throw new UsageError(
      `--at ${isoUtc(start)} has passed: a swap changes who will be on call, never who was. Give a start in the future.`,
    );
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
  const errors = (findings: readonly Finding[]) => findings.filter((f) => f.severity === 'error');

  // A swap is judged against a policy that holds: on a broken one, no error can be told apart from its own.
  const refusal = errors(before.findings).length
    ? {
        why: 'The policy has errors already; nothing was written. Fix them first (oncall validate).',
        found: errors(before.findings),
        files,
      }
    : errors(after.findings).length
      ? { why: 'The swap would break the policy; nothing was written.', found: errors(after.findings), files: withSwap }
      : undefined;
  if (refusal) {
    if (o.json)
      io.stdout(
        JSON.stringify(
          { written: false, reason: refusal.why, ...toJsonReport(refusal.found, refusal.files.length) },
          null,
          2,
        ) + '\n',
      );
    else
      io.stderr(
        `${refusal.why}\n\n${renderText(refusal.found, { color: wantsColor(io), files: refusal.files.length })}`,
      );
    return 1;
  }

  const window = { start: start - 3 * DAY_MS, end: (data.end ? Date.parse(data.end) : start) + 10 * DAY_MS };
  const pick = (policy: typeof before.policy) =>
    shiftsIn(buildTimeline(policy, window)).filter((s) => s.schedule === o.schedule);
  const people = new Map((after.policy.team?.people ?? []).map((p) => [p.id, p]));
  const outcome = buildTimeline(after.policy, window).swaps.find((s) => s.swap.file === path);
  const noticeHours = Math.floor((start - now) / 3_600_000);
  const late = noticeHours < NOTICE_HOURS;
  const notice = late
    ? `Only ${noticeHours} h notice (${NOTICE_HOURS} h required): the swap check fails it unless the pull request has the ${EMERGENCY_LABEL} label and a manager of the people it moves approves.`
    : `${noticeHours} h notice: open the pull request at least ${NOTICE_HOURS} h before ${isoUtc(start)}.`;
  const branch = `swap/${path.replace(/^oncall\/swaps\//, '').replace(/\.yaml$/, '')}`;
  const title = `Swap: ${o.to} covers ${o.from} on ${o.schedule} from ${isoUtc(start).slice(0, 10)}`;
  const commands = [
    `git switch -c ${branch}`,
    `git add ${path}`,
    `git commit -m ${JSON.stringify(title)}`,
    `git push -u origin ${branch}`,
    `gh pr create --title ${JSON.stringify(title)} --template swap.md${late ? ` --label ${EMERGENCY_LABEL}` : ''}`,
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
          swap: { ...data, end: outcome?.end !== undefined ? isoUtc(outcome.end) : null },
          notice_hours: noticeHours,
          emergency: late,
          before: pick(before.policy).map(shiftJson),
          after: pick(after.policy).map(shiftJson),
          commands,
        },
        null,
        2,
      ) + '\n',
    );
    return 0;
  }
  io.stdout(
    `Swap: ${o.to} covers ${o.from} on ${o.schedule} from ${isoUtc(start)} to ${outcome?.end !== undefined ? isoUtc(outcome.end) : '?'}.\n\nBefore:\n`,
  );
  io.stdout(renderShiftsText(pick(before.policy), people, { color: wantsColor(io) }));
  io.stdout('\nAfter:\n');
  io.stdout(renderShiftsText(pick(after.policy), people, { color: wantsColor(io) }));
  io.stdout(`\n${late ? '⚠ ' : ''}${notice}\n`);
  if (o.dryRun) {
    io.stdout(`\n--dry-run: would write ${path}:\n\n${text}`);
    return 0;
  }
  io.stdout(
    `\nWrote ${path}. To propose it:\n\n${commands.map((c) => `  ${c}\n`).join('')}\n` +
      `Then ${o.from === o.to ? '' : `ask the other engineer to approve it; `}the swap check notifies your managers.\n`,
  );
  return 0;
}
