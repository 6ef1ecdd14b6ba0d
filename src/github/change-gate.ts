/**
 * What the swap-check action does for each event that starts it, as one use case per event:
 *   pull_request_target — judge the PR (the gate: this job's conclusion), comment, status;
 *   merge_group         — judge the PR on the queue's merge commit, writing nothing to the PR;
 *   workflow_run        — a review was submitted: re-run the PR's judge run so the gate follows it;
 *   schedule            — re-run passing judge runs, so a pass expires when a moved shift begins.
 * Every path ends in an outcome; a PR the judge knows of also gets a failing status and comment
 * when the judge cannot finish.
 */
import type { Finding } from '../render/finding.js';
import {
  checkMergeGroup,
  checkPullRequest,
  reportFailure,
  type CheckOptions,
  type MergeGroup,
} from './change-check.js';
import type { RunContext } from './context.js';
import type { GitHubClient, RepoRef } from './octokit.js';
import { getPullRequest } from './pull-request.js';
import { rejudge, sweepOpenPullRequests, type Rejudged, type RejudgeOptions, type SweepRow } from './rejudge.js';
import { announceMergedSwaps, type ThisRun } from './swap-announce.js';

export interface GateOptions extends CheckOptions, Omit<RejudgeOptions, 'workflowPath'> {
  webhook: string;
  workflowPath: string | undefined;
  /** Which PR, reviewed PRs and merge group an event is about (src/actions/swap-check/event.ts). */
  pullRequestNumber: number | undefined;
  reviewedPullRequests: () => Promise<number[]>;
  mergeGroup: MergeGroup | undefined;
  /** This run and attempt, so a re-run of the merge announcement posts nothing twice. */
  run?: ThisRun;
}

export interface GateOutcome {
  ok: boolean;
  summary: string;
  /** Markdown for the job summary. */
  body?: string;
  findings: Finding[];
}

const done = (ok: boolean, summary: string, body?: string): GateOutcome => ({ ok, summary, body, findings: [] });

export async function runGate(
  octokit: GitHubClient,
  where: RepoRef,
  ctx: RunContext,
  options: GateOptions,
): Promise<GateOutcome> {
  switch (ctx.eventName) {
    case 'workflow_run':
    case 'schedule':
    case 'workflow_dispatch':
      return rejudgeFor(octokit, where, ctx.eventName, options);
    case 'merge_group':
      return judgeMergeGroup(octokit, where, options);
    default:
      return judgePullRequest(octokit, where, options);
  }
}

async function judgePullRequest(octokit: GitHubClient, where: RepoRef, options: GateOptions): Promise<GateOutcome> {
  const number = options.pullRequestNumber;
  if (number === undefined) return done(true, 'This event concerns no open pull request; nothing to check.');
  const pr = await getPullRequest(octokit, where, number);
  if (pr.merged) return done(true, await announceMergedSwaps(octokit, where, pr, options));
  try {
    const { evaluation, body } = await checkPullRequest(octokit, where, pr, options);
    return { ok: evaluation.verdict.ok, summary: evaluation.verdict.summary, body, findings: evaluation.findings };
  } catch (error) {
    const why = (error as Error).message;
    await reportFailure(octokit, where, pr, options, why).catch(() => undefined);
    throw error;
  }
}

async function judgeMergeGroup(octokit: GitHubClient, where: RepoRef, options: GateOptions): Promise<GateOutcome> {
  const group = options.mergeGroup;
  if (!group) return done(false, 'The merge group names no pull request (gh-readonly-queue/<base>/pr-<n>-<sha>).');
  const pr = await getPullRequest(octokit, where, group.number);
  const { evaluation, body } = await checkMergeGroup(octokit, where, pr, group, options);
  const summary = `Merge queue, #${pr.number}: ${evaluation.verdict.summary}`;
  return { ok: evaluation.verdict.ok, summary, body, findings: evaluation.findings };
}

async function rejudgeFor(
  octokit: GitHubClient,
  where: RepoRef,
  event: string,
  options: GateOptions,
): Promise<GateOutcome> {
  const workflowPath = options.workflowPath;
  if (!workflowPath) return done(false, 'GITHUB_WORKFLOW_REF is not set, so the judge runs cannot be found.');
  const rejudgeOptions = { ...options, workflowPath };
  if (event === 'workflow_run') {
    const numbers = await options.reviewedPullRequests();
    if (numbers.length === 0) return done(true, 'The review concerns no open pull request; nothing to re-judge.');
    const results: Rejudged[] = [];
    for (const n of numbers) results.push(await rejudge(octokit, where, n, rejudgeOptions));
    return done(
      results.every((r) => r.ok),
      results.map((r) => r.message).join(' '),
    );
  }
  const rows = await sweepOpenPullRequests(octokit, where, rejudgeOptions);
  const failed = rows.filter((r) => !r.ok);
  const rerun = rows.filter((r) => r.ok && !r.skipped);
  const summary = `Hourly sweep: ${rerun.length} judge run${rerun.length === 1 ? '' : 's'} re-run, ${failed.length} could not be.`;
  return done(failed.length === 0, summary, sweepTable(summary, rows));
}

function sweepTable(summary: string, rows: readonly SweepRow[]): string {
  const lines = [`## On-call swap check: hourly sweep`, '', summary, ''];
  if (rows.length) lines.push('| PR | Outcome |', '| --- | --- |', ...rows.map((r) => `| #${r.pr} | ${cell(r)} |`));
  return `${lines.join('\n')}\n`;
}

const cell = (r: SweepRow) => `${r.ok ? '' : '❌ '}${r.skipped ? 'skipped: ' : ''}${r.message}`;
