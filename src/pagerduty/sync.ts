/**
 * plan and apply, composed: validate the policy, compute the timeline and the desired state, read
 * the account, diff, and (for apply) write. Nothing is written when the policy has errors.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawFile } from '../model/load.js';
import type { Finding } from '../render/finding.js';
import type { Policy } from '../model/load.js';
import { buildTimeline, type Timeline } from '../schedule/timeline.js';
import { WEEK_MS } from '../util/time.js';
import { validatePolicy } from '../validate/index.js';
import { readActual, type PdPolicy, type PdSchedule } from './actual.js';
import { applyPlan, type ApplyResult } from './apply.js';
import type { PagerDutyClient } from './client.js';
import { bindObject, MarkKeyError, sealerFor } from './binding.js';
import { desiredState } from './desired.js';
import { plan, type Plan } from './plan.js';
import { swapInstants } from '../schedule/swaps.js';
import { SWAP_AHEAD_WEEKS } from '../rules/swaps.js';
import { adoptOverrides, type AdoptResult } from './adopt.js';

export interface SyncOptions {
  mode: 'plan' | 'apply';
  now: number;
  prune?: boolean;
  /** How far ahead overrides are read and written (default 26 weeks, or the last swap). */
  horizonWeeks?: number;
  /** Also turn the overrides no swap explains into swap files (`adopt`); reads overrides to the two-year bound. */
  adopt?: boolean;
  /** The Ed25519 private key that makes the marks binding PagerDuty objects (PEM; apply needs it). */
  markKey: string | undefined;
  /** Its public key, which is enough to check marks (plan, drift). */
  markPublicKey?: string;
}

export interface SyncResult {
  plan?: Plan;
  /** The policy and its timeline the plan was made from (when it validated): what adopt builds on. */
  policy?: Policy;
  timeline?: Timeline;
  /** With `adopt`: the swap files that explain the plan's unexplained overrides, and what was left. */
  adopted?: AdoptResult;
  applied?: ApplyResult;
  /** Errors of the policy itself: when present nothing was read or written. */
  policyErrors: Finding[];
}

export async function syncPagerDuty(
  client: PagerDutyClient,
  files: readonly RawFile[],
  options: SyncOptions,
): Promise<SyncResult> {
  const sealer = sealerFor(options.markKey, options.markPublicKey);
  if (options.mode === 'apply' && !sealer.canSign)
    throw new MarkKeyError('apply marks what it creates and needs the private mark key (PAGERDUTY_MARK_KEY).');
  const { policy, findings } = validatePolicy(files, { now: options.now });
  const policyErrors = findings.filter((f) => f.severity === 'error');
  if (policyErrors.length) return { policyErrors };
  // PagerDuty lists only the overrides of the window asked for: adopt asks for every one a swap may hold.
  const weeks = options.horizonWeeks ?? (options.adopt ? SWAP_AHEAD_WEEKS : 26);
  let until = options.now + weeks * WEEK_MS;
  for (const s of policy.swaps) until = Math.max(until, swapInstants(s).end ?? swapInstants(s).start + WEEK_MS);
  const timeline = buildTimeline(policy, { start: options.now, end: until });
  const desired = desiredState(policy, timeline, options.now);
  // Read further only what the policy is bound to, whatever it is called now.
  const interest = {
    schedules: (schedules: readonly PdSchedule[]) =>
      desired.schedules.flatMap((d) => {
        const b = bindObject(sealer, 'schedule', { id: d.id, name: d.name, pagerdutyId: d.pagerdutyId }, schedules);
        return b.kind === 'bound' ? [b.object.id] : [];
      }),
    policies: (policies: readonly PdPolicy[]) =>
      desired.policies.flatMap((d) => {
        const b = bindObject(sealer, 'escalation_policy', d, policies);
        return b.kind === 'bound' ? [b.object.id] : [];
      }),
  };
  const actual = await readActual(client, interest, options.now, until);
  const p = plan(desired, actual, { now: options.now, prune: options.prune, sealer });
  const paths = new Set(files.map((f) => f.path));
  const adopted = options.adopt ? adoptOverrides(p, policy, timeline, options.now, (x) => paths.has(x)) : undefined;
  const made = { plan: p, policy, timeline, adopted, policyErrors };
  if (options.mode === 'plan' || p.errors.length) return made;
  return { ...made, applied: await applyPlan(client, p, desired, actual, options.now, sealer) };
}

/** Where a repository keeps the public mark key, code-owned with the workflows. */
export const MARK_PUBLIC_KEY_FILE = '.github/pagerduty-mark.pub';

/** The repository's public mark key, when it has one. */
export function markPublicKeyOf(root: string): string | undefined {
  const file = join(root, MARK_PUBLIC_KEY_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
