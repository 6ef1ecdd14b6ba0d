/**
 * The swap-check action: wiring only. It reads inputs and lets src/github/change-gate.ts handle the
 * event: judge a PR (the job's conclusion is the gate), judge a merge group, or re-run the judge
 * after a review or on the hour. The comment, status, annotations and summary explain the verdict.
 */
import * as core from '@actions/core';
import { runGate } from '../../github/change-gate.js';
import { readRunContext } from '../../github/context.js';
import { actionGitHub } from '../../github/octokit.js';
import { emitAnnotations } from '../../render/annotations.js';
import { mergeGroupOf, pullRequestNumber, reviewedPullRequests, thisRun, workflowPathOf } from './event.js';
import { secretInput } from '../secret-input.js';

export async function run(): Promise<void> {
  try {
    const ctx = readRunContext();
    const token = secretInput('github-token', process.env.GITHUB_TOKEN);
    const webhook = secretInput('slack-webhook-url');
    const { octokit, where } = actionGitHub(ctx, token, core.warning);
    const outcome = await runGate(octokit, where, ctx, {
      botLogin: core.getInput('bot-login') || 'github-actions[bot]',
      now: Date.now(),
      warn: core.warning,
      workspace: ctx.workspace,
      webhook,
      workflowPath: workflowPathOf(),
      pullRequestNumber: pullRequestNumber(ctx),
      reviewedPullRequests: () => reviewedPullRequests(octokit, where, ctx),
      mergeGroup: mergeGroupOf(ctx),
      run: thisRun(),
      waitMs: numberInput('wait-minutes', 8) * 60_000,
      intervalMs: numberInput('poll-seconds', 15) * 1000,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    });
    core.info(outcome.summary);
    emitAnnotations(outcome.findings, { limitPerSeverity: 10 });
    if (outcome.body && process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(outcome.body).write();
    core.setOutput('ok', String(outcome.ok));
    if (!outcome.ok) core.setFailed(outcome.summary);
  } catch (error) {
    core.setOutput('ok', 'false');
    core.setFailed(`swap check could not run: ${(error as Error).message}`);
  }
}

/** A non-negative number input (minutes or seconds); fractions are for tests. */
function numberInput(name: string, fallback: number): number {
  const value = Number(core.getInput(name) || fallback);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}
