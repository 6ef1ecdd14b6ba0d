/**
 * plan and apply, composed: validate the policy, compute the timeline and the desired state, read
 * the account, diff, and (for apply) write. Nothing is written when the policy has errors.
 */
import type { RawFile } from '../model/load.js';
import type { Finding } from '../render/finding.js';
import { buildTimeline } from '../schedule/timeline.js';
import { WEEK_MS } from '../util/time.js';
import { validatePolicy } from '../validate/index.js';
import { readActual, type PdSchedule } from './actual.js';
import { applyPlan, type ApplyResult } from './apply.js';
import type { PagerDutyClient } from './client.js';
import { bindObject, sealerFor } from './binding.js';
import { desiredState } from './desired.js';
import { plan, type Plan } from './plan.js';
import { swapInstants } from '../schedule/swaps.js';

export interface SyncOptions {
  mode: 'plan' | 'apply';
  now: number;
  prune?: boolean;
  /** How far ahead overrides are read and written (default 26 weeks, or the last swap). */
  horizonWeeks?: number;
  /** The secret the marks binding PagerDuty objects to the policy are made with (PAGERDUTY_MARK_KEY). */
  markKey: string | undefined;
}

export interface SyncResult {
  plan?: Plan;
  applied?: ApplyResult;
  /** Errors of the policy itself: when present nothing was read or written. */
  policyErrors: Finding[];
}

export async function syncPagerDuty(
  client: PagerDutyClient,
  files: readonly RawFile[],
  options: SyncOptions,
): Promise<SyncResult> {
  const sealer = sealerFor(options.markKey);
  const { policy, findings } = validatePolicy(files, { now: options.now });
  const policyErrors = findings.filter((f) => f.severity === 'error');
  if (policyErrors.length) return { policyErrors };
  let until = options.now + (options.horizonWeeks ?? 26) * WEEK_MS;
  for (const s of policy.swaps) until = Math.max(until, swapInstants(s).end ?? swapInstants(s).start + WEEK_MS);
  const timeline = buildTimeline(policy, { start: options.now, end: until });
  const desired = desiredState(policy, timeline, options.now);
  // Overrides are read for the schedules the policy is bound to, whatever they are called now.
  const bound = (schedules: readonly PdSchedule[]) =>
    desired.schedules.flatMap((d) => {
      const b = bindObject(sealer, 'schedule', { id: d.id, name: d.name, pagerdutyId: d.pagerdutyId }, schedules);
      return b.kind === 'bound' ? [b.object.id] : [];
    });
  const actual = await readActual(client, bound, options.now, until);
  const p = plan(desired, actual, { now: options.now, prune: options.prune, sealer });
  if (options.mode === 'plan' || p.errors.length) return { plan: p, policyErrors };
  return { plan: p, applied: await applyPlan(client, p, desired, actual, options.now, sealer), policyErrors };
}
