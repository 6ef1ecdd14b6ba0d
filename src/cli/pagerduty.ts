/** `oncall pagerduty plan|apply|import|adopt`: the same sync the action runs, from a terminal; and adoption. */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readPolicyFiles } from '../io/read-policy.js';
import { POLICY_DIR } from '../model/kinds.js';
import { readAccount } from '../pagerduty/actual.js';
import type { AdoptResult } from '../pagerduty/adopt.js';
import { importAccount, type ImportResult } from '../pagerduty/import.js';
import { SWAP_AHEAD_WEEKS } from '../rules/swaps.js';
import { WEEK_MS } from '../util/time.js';
import { ApplyError } from '../pagerduty/apply.js';
import { sealerFor } from '../pagerduty/binding.js';
import { PagerDutyClient, PagerDutyError } from '../pagerduty/client.js';
import { markPublicKeyOf, syncPagerDuty } from '../pagerduty/sync.js';
import { planJson, renderPlanText } from '../render/pagerduty-plan.js';
import type { Finding } from '../render/finding.js';
import { oneLine } from '../render/plain.js';
import { renderText } from '../render/text.js';
import { UsageError, wantsColor, type CliIO } from './io.js';

/** The client and mark keys a sync needs, or a usage error saying what to set. */
function connect(root: string, mode: 'plan' | 'apply' | 'adopt', io: CliIO) {
  const token = io.env.PAGERDUTY_TOKEN;
  if (!token) throw new UsageError(`set PAGERDUTY_TOKEN to an API key (read-only is enough for ${mode}).`);
  const markKey = io.env.PAGERDUTY_MARK_KEY;
  const markPublicKey = io.env.PAGERDUTY_MARK_PUBLIC_KEY || markPublicKeyOf(root);
  try {
    const sealer = sealerFor(markKey, markPublicKey);
    if (mode === 'apply' && !sealer.canSign)
      throw new Error('apply marks what it creates and needs the private mark key: set PAGERDUTY_MARK_KEY.');
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const baseUrl = io.env.PAGERDUTY_API_URL || 'https://api.pagerduty.com';
  const client = new PagerDutyClient({ token, baseUrl, log: (m) => io.stderr(`${m}\n`) });
  return { client, baseUrl, markKey, markPublicKey };
}

export async function runPagerDuty(
  root: string,
  mode: 'plan' | 'apply',
  o: { prune?: boolean; json?: boolean },
  io: CliIO,
): Promise<number> {
  const { client, baseUrl, markKey, markPublicKey } = connect(root, mode, io);
  const files = await readPolicyFiles(root);
  try {
    const result = await syncPagerDuty(client, files, {
      mode,
      now: Date.now(),
      prune: o.prune,
      markKey,
      markPublicKey,
    });
    if (result.policyErrors.length) return refuse(result.policyErrors, files.length, io);
    const p = result.plan!;
    if (o.json)
      io.stdout(
        JSON.stringify(
          { mode, ...planJson(p), applied: result.applied?.done ?? [], requests: client.counts },
          null,
          2,
        ) + '\n',
      );
    else {
      io.stdout(renderPlanText(p, baseUrl));
      if (result.applied)
        io.stdout(
          `\nApplied: ${result.applied.done.length} write(s).\n${result.applied.done.map((d) => `  ✓ ${d}\n`).join('')}`,
        );
    }
    return p.errors.length || p.blocked.length ? 1 : 0;
  } catch (error) {
    if (error instanceof ApplyError) {
      io.stderr(
        `oncall: ${error.message}\nDone before it: ${error.done.length ? error.done.join('; ') : 'nothing'}. Run apply again: it continues from the account as it now is.\n`,
      );
      return 1;
    }
    if (error instanceof PagerDutyError) {
      io.stderr(`oncall: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

/**
 * `oncall pagerduty import`: reads the account (a read-only key is enough) and writes DIR/oncall/.
 * The conversion is src/pagerduty/import.ts; this only reads, refuses or replaces, and writes.
 */
export async function runPagerDutyImport(
  root: string,
  o: { force?: boolean; json?: boolean },
  io: CliIO,
): Promise<number> {
  const token = io.env.PAGERDUTY_TOKEN;
  if (!token) throw new UsageError('set PAGERDUTY_TOKEN to an API key (read-only is enough for import).');
  const dir = join(root, POLICY_DIR);
  const existing = await policyFilesIn(dir);
  if (existing.length && !o.force)
    throw new UsageError(
      `${dir} already holds a policy (${existing.slice(0, 3).join(', ')}${existing.length > 3 ? ', …' : ''}); nothing was read or written. Import into another folder with --root, or pass --force to replace it.`,
    );
  const baseUrl = io.env.PAGERDUTY_API_URL || 'https://api.pagerduty.com';
  const client = new PagerDutyClient({ token, baseUrl, log: (m) => io.stderr(`${m}\n`) });
  const now = Date.now();
  let result: ImportResult;
  try {
    // Every override a swap may hold: one may start at most two years ahead.
    result = importAccount(await readAccount(client, now, now + SWAP_AHEAD_WEEKS * WEEK_MS), now);
  } catch (error) {
    if (error instanceof PagerDutyError) {
      io.stderr(`oncall: ${error.message}\nNothing was written.\n`);
      return 1;
    }
    throw error;
  }
  // --force replaces the policy: swap files of the old one would relieve people of shifts that are not theirs.
  for (const path of existing) await rm(join(root, path));
  for (const f of result.files) {
    await mkdir(dirname(join(root, f.path)), { recursive: true });
    await writeFile(join(root, f.path), f.text);
  }
  const c = result.counts;
  if (o.json) {
    io.stdout(
      `${JSON.stringify({ root, files: result.files.map((f) => f.path), counts: c, problems: result.problems, replaced: existing }, null, 2)}\n`,
    );
    return 0;
  }
  for (const p of result.problems) io.stderr(`not imported as it is: ${p}\n`);
  io.stdout(
    [
      `Imported ${baseUrl} into ${dir}${existing.length ? ` (replacing ${existing.length} file(s))` : ''}:`,
      `  ${c.people} people, ${c.schedules} schedules with ${c.layers} layers, ${c.swaps} swaps from future overrides, ${c.policies} escalation policies, ${c.services} services.`,
      result.problems.length
        ? `  ${result.problems.length} object(s) could not be imported as they are (listed above on stderr):\n${result.problems.map((p) => `    - ${p}`).join('\n')}`
        : '  Everything was imported as it is.',
      'Next:',
      `  oncall validate --root ${root}         its warnings list what PagerDuty does not hold (todo in team.yaml, placeholders)`,
      `  oncall pagerduty plan --root ${root}   should change nothing but bind (mark) the imported objects`,
      '',
    ].join('\n'),
  );
  return 0;
}

/** The files of a policy already in oncall/: its kind files and swaps. */
async function policyFilesIn(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const [sub, prefix] of [
    [dir, POLICY_DIR],
    [join(dir, 'swaps'), `${POLICY_DIR}/swaps`],
  ] as const) {
    let names: string[];
    try {
      names = await readdir(sub);
    } catch {
      continue; // no folder: nothing to replace
    }
    out.push(...names.filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).map((n) => `${prefix}/${n}`));
  }
  return out.sort();
}

function refuse(errors: readonly Finding[], files: number, io: CliIO): number {
  io.stderr(
    `The policy does not validate; nothing was read from or written to PagerDuty.\n\n${renderText(errors, { color: wantsColor(io), files })}`,
  );
  return 1;
}

/**
 * `oncall pagerduty adopt`: the plan's unexplained overrides become swap files (src/pagerduty/adopt.ts);
 * this reads, writes them, and says what it wrote and what it left. Run twice, it writes nothing new.
 */
export async function runPagerDutyAdopt(root: string, o: { json?: boolean }, io: CliIO): Promise<number> {
  const { client, markKey, markPublicKey } = connect(root, 'adopt', io);
  const files = await readPolicyFiles(root);
  let result: AdoptResult;
  try {
    const sync = await syncPagerDuty(client, files, {
      mode: 'plan',
      now: Date.now(),
      adopt: true,
      markKey,
      markPublicKey,
    });
    if (sync.policyErrors.length) return refuse(sync.policyErrors, files.length, io);
    result = sync.adopted!;
  } catch (error) {
    if (error instanceof PagerDutyError) {
      io.stderr(`oncall: ${error.message}\nNothing was written.\n`);
      return 1;
    }
    throw error;
  }
  for (const w of result.written) {
    await mkdir(dirname(join(root, w.path)), { recursive: true });
    await writeFile(join(root, w.path), w.text, { flag: 'wx' });
  }
  if (o.json) {
    io.stdout(
      `${JSON.stringify({ written: result.written.map((w) => ({ path: w.path, ...w.data })), reported: result.reported }, null, 2)}\n`,
    );
    return 0;
  }
  const lines = result.written.map(
    (w) =>
      `  + ${w.path}: ${w.data.covering} covers ${w.data.relieved} on ${w.data.schedule}, ${w.data.start} to ${w.data.end} (${w.override.replace(/ on schedule .*/, '').toLowerCase()})`,
  );
  io.stdout(
    [
      result.written.length
        ? `Adopted ${result.written.length} swap(s) from overrides made in PagerDuty; review them and open a pull request (the swap check asks for the consent and notice the procedures require):`
        : 'Nothing to adopt: every future override on the managed schedules is explained by a swap.',
      ...lines,
      ...(result.reported.length
        ? [`Not adopted (${result.reported.length}):`, ...result.reported.map((r) => `  - ${oneLine(r, 400)}`)]
        : []),
      '',
    ].join('\n'),
  );
  return 0;
}
