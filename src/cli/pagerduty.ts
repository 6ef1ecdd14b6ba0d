/** `oncall pagerduty plan|apply`: the same sync the action runs, from a terminal. */
import { readPolicyFiles } from '../io/read-policy.js';
import { ApplyError } from '../pagerduty/apply.js';
import { sealerFor } from '../pagerduty/binding.js';
import { PagerDutyClient, PagerDutyError } from '../pagerduty/client.js';
import { markPublicKeyOf, syncPagerDuty } from '../pagerduty/sync.js';
import { planJson, renderPlanText } from '../render/pagerduty-plan.js';
import { renderText } from '../render/text.js';
import { UsageError, wantsColor, type CliIO } from './io.js';

export async function runPagerDuty(
  root: string,
  mode: 'plan' | 'apply',
  o: { prune?: boolean; json?: boolean },
  io: CliIO,
): Promise<number> {
  const token = io.env.PAGERDUTY_TOKEN;
  if (!token) throw new UsageError('set PAGERDUTY_TOKEN to an API key (read-only is enough for plan).');
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
  const files = await readPolicyFiles(root);
  try {
    const result = await syncPagerDuty(client, files, {
      mode,
      now: Date.now(),
      prune: o.prune,
      markKey,
      markPublicKey,
    });
    if (result.policyErrors.length) {
      io.stderr(
        `The policy does not validate; nothing was read from or written to PagerDuty.\n\n${renderText(result.policyErrors, { color: wantsColor(io), files: files.length })}`,
      );
      return 1;
    }
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
