/**
 * Which pull requests an event is about. PR events carry the number; a `workflow_run` (a review,
 * relayed) names the head branch and commit, and the PRs are looked up by them.
 */
import type { RunContext } from '../../github/context.js';
import type { MergeGroup } from '../../github/change-check.js';
import type { GitHubClient, RepoRef } from '../../github/octokit.js';
import type { ThisRun } from '../../github/swap-announce.js';

interface WorkflowRun {
  head_sha?: string;
  head_branch?: string;
  head_repository?: { owner?: { login?: string } };
  pull_requests?: { number: number }[];
}

export function pullRequestNumber(ctx: RunContext): number | undefined {
  const pr = ctx.event.pull_request as { number?: number } | undefined;
  return typeof pr?.number === 'number' ? pr.number : undefined;
}

/**
 * Every open PR a relayed review may concern: those GitHub lists on the run, or for a fork (none
 * are listed) each open PR whose head is that fork's branch at that commit. All of them are
 * re-judged: a second PR from the same branch must not capture the review of the first.
 */
export async function reviewedPullRequests(octokit: GitHubClient, where: RepoRef, ctx: RunContext): Promise<number[]> {
  const run = ctx.event.workflow_run as WorkflowRun | undefined;
  if (!run?.head_sha) return [];
  const listed = (run.pull_requests ?? []).map((p) => p.number).filter((n) => typeof n === 'number');
  if (listed.length) return [...new Set(listed)];
  const owner = run.head_repository?.owner?.login;
  if (!owner || !run.head_branch) return [];
  const pulls = await octokit.paginate(octokit.rest.pulls.list, {
    ...where,
    state: 'open',
    head: `${owner}:${run.head_branch}`,
    per_page: 100,
  });
  return pulls.filter((p) => p.head.sha === run.head_sha).map((p) => p.number);
}

/** The merge queue's group, which GitHub names after the PR. */
export function mergeGroupOf(ctx: RunContext): MergeGroup | undefined {
  const group = ctx.event.merge_group as { head_ref?: string; head_sha?: string; base_sha?: string } | undefined;
  const m = /^refs\/heads\/gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]{40}$/.exec(group?.head_ref ?? '');
  if (!m || !group?.head_sha || !group.base_sha) return undefined;
  return { number: Number(m[1]), base: group.base_sha, head: group.head_sha };
}

/** The judge workflow's path in its repository, from GITHUB_WORKFLOW_REF (`owner/repo/<path>@<ref>`). */
export function workflowPathOf(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const m = /^[^/]+\/[^/]+\/(.+?)@/.exec(env.GITHUB_WORKFLOW_REF ?? '');
  return m?.[1];
}

/** This run and attempt, from GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT (absent outside Actions). */
export function thisRun(env: NodeJS.ProcessEnv = process.env): ThisRun | undefined {
  const id = Number(env.GITHUB_RUN_ID);
  const attempt = Number(env.GITHUB_RUN_ATTEMPT || 1);
  return Number.isInteger(id) && id > 0 && Number.isInteger(attempt) && attempt >= 1 ? { id, attempt } : undefined;
}
