/**
 * The PagerDuty sync action: a plan on pull requests (sticky comment and job summary, no writes),
 * apply on pushes to main, and a daily drift check that keeps one issue (and one adopt PR) up to date.
 */
import * as core from '@actions/core';
import { resolve } from 'node:path';
import { readRunContext } from '../../github/context.js';
import { publishPlan } from '../../github/pagerduty-plan.js';
import { readPolicyFiles } from '../../io/read-policy.js';
import { ApplyError } from '../../pagerduty/apply.js';
import { PagerDutyClient } from '../../pagerduty/client.js';
import { markPublicKeyOf, syncPagerDuty } from '../../pagerduty/sync.js';
import { emitAnnotations } from '../../render/annotations.js';
import { planFailure, planOutputs, renderPlanMarkdown, renderSyncSummary } from '../../render/pagerduty-plan.js';
import { secretInput } from '../secret-input.js';

const MODES = ['plan', 'apply', 'drift'] as const;
const NO_TOKEN =
  'No pagerduty-token: set the PAGERDUTY_TOKEN secret (pull requests from forks get no secrets, so they cannot be planned).';
/** Without a mode input: plan on pull requests, drift on the schedule, apply otherwise (pushes to main). */
const DEFAULT_MODE: Record<string, (typeof MODES)[number]> = { pull_request: 'plan', schedule: 'drift' };

export async function run(): Promise<void> {
  try {
    const ctx = readRunContext();
    const [token, githubToken] = [secretInput('pagerduty-token'), secretInput('github-token')];
    const mode = (core.getInput('mode') || DEFAULT_MODE[ctx.eventName ?? ''] || 'apply') as (typeof MODES)[number];
    if (!MODES.includes(mode)) throw new Error(`mode must be plan, apply or drift, not "${mode}".`);
    if (!token) return core.setFailed(NO_TOKEN);
    const baseUrl = core.getInput('pagerduty-api-url') || process.env.PAGERDUTY_API_URL || 'https://api.pagerduty.com';
    const client = new PagerDutyClient({ token, baseUrl, log: (m) => core.info(m) });
    const files = await readPolicyFiles(resolve(ctx.workspace, core.getInput('root') || '.'));
    const botLogin = core.getInput('bot-login') || 'github-actions[bot]';
    const result = await syncPagerDuty(client, files, {
      mode: mode === 'apply' ? 'apply' : 'plan',
      now: Date.now(),
      prune: core.getBooleanInput('prune'),
      adopt: mode === 'drift',
      markKey: secretInput('mark-key', process.env.PAGERDUTY_MARK_KEY),
      markPublicKey: core.getInput('mark-public-key') || markPublicKeyOf(ctx.workspace),
    });
    if (result.policyErrors.length) {
      emitAnnotations(result.policyErrors, { limitPerSeverity: 10 });
      return core.setFailed(planFailure(result.policyErrors.length)!);
    }
    const p = result.plan!;
    const markdown = renderPlanMarkdown(p, baseUrl);
    const summary = renderSyncSummary(markdown, result.applied?.done, client.counts);
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write();
    core.info(markdown);
    for (const [name, value] of Object.entries(planOutputs(p))) core.setOutput(name, String(value));
    if (githubToken && (mode === 'plan' || mode === 'drift'))
      await publishPlan(ctx, githubToken, mode, result, markdown, { botLogin, info: core.info, warning: core.warning });
    const failure = planFailure(0, p);
    if (failure) core.setFailed(failure);
  } catch (error) {
    const why = error instanceof ApplyError ? error.report : `could not run: ${(error as Error).message}`;
    core.setFailed(error instanceof ApplyError ? why : `PagerDuty sync ${why}`);
  }
}
