/**
 * Which pull request an event is about. PR events carry it; a `workflow_run` (the trusted re-run
 * after a review) names the head branch and commit, and the PR is looked up by them.
 */
import type { RunContext } from '../../github/context.js';
import type { GitHubClient, RepoRef } from '../../github/octokit.js';

interface WorkflowRun {
  head_sha?: string;
  head_branch?: string;
  head_repository?: { owner?: { login?: string } };
  pull_requests?: { number: number }[];
}

export async function pullRequestNumber(
  octokit: GitHubClient,
  where: RepoRef,
  ctx: RunContext,
): Promise<number | undefined> {
  const pr = ctx.event.pull_request as { number?: number } | undefined;
  if (typeof pr?.number === 'number') return pr.number;
  const run = ctx.event.workflow_run as WorkflowRun | undefined;
  if (!run?.head_sha) return undefined;
  const direct = run.pull_requests?.[0]?.number;
  if (typeof direct === 'number') return direct;
  // Pull requests from forks are not listed on the run: find the open PR whose head is that commit.
  const owner = run.head_repository?.owner?.login;
  if (!owner || !run.head_branch) return undefined;
  const pulls = await octokit.paginate(octokit.rest.pulls.list, {
    ...where,
    state: 'open',
    head: `${owner}:${run.head_branch}`,
    per_page: 100,
  });
  return pulls.find((p) => p.head.sha === run.head_sha)?.number;
}

/** The merge queue's group, which GitHub names after the PR: `…/gh-readonly-queue/<base>/pr-<n>-<sha>`. */
export interface MergeGroup {
  number: number;
  base: string;
  head: string;
}

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
