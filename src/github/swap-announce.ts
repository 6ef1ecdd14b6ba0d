/**
 * A merged PR's new swaps, posted once to the team channel ("Post in #on-call-swaps"). A merge
 * fires one `closed` event, so one run of swap-announce.yml; "once" is then that run's business:
 * a re-run (a new attempt of the same run) posts nothing when an earlier attempt succeeded, as
 * GitHub records it. No comment, status or label says "announced": any workflow could write one.
 */
import { postSwapToChannel } from '../notify/slack.js';
import { diffSwaps } from '../swaps/diff.js';
import { validatePolicy } from '../validate/index.js';
import type { GitHubClient, RepoRef } from './octokit.js';
import { PolicyTreeReader } from './policy-tree.js';
import type { PullRequestInfo } from './pull-request.js';

/** This run, as the runner names it (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT). */
export interface ThisRun {
  id: number;
  attempt: number;
}

/** GitHub allows a run 50 attempts at most. */
const MAX_ATTEMPTS = 50;

export async function announceMergedSwaps(
  octokit: GitHubClient,
  where: RepoRef,
  pr: PullRequestInfo,
  options: { webhook: string; now: number; run?: ThisRun; workspace?: string },
): Promise<string> {
  if (!options.webhook) return 'Merged: no slack-webhook-url, nothing to announce.';
  if (options.run && (await succeededBefore(octokit, where, options.run)))
    return 'Merged: an earlier attempt of this run announced the swaps already.';
  const reader = new PolicyTreeReader(octokit, where, options.workspace);
  // What the PR itself added: against where it forked from its base, not the recorded base.sha,
  // which may hold a later main that deleted a swap the PR's head still has.
  const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
    ...where,
    basehead: `${pr.baseSha}...${pr.headSha}`,
    per_page: 1,
  });
  const forked = data.merge_base_commit.sha;
  const [baseFiles, headFiles] = await Promise.all([reader.at(forked), reader.at(pr.headSha)]);
  const head = validatePolicy(headFiles, { now: options.now });
  const base = validatePolicy(baseFiles, { now: options.now });
  const added = diffSwaps(base.policy.swaps, head.policy.swaps).filter((c) => c.head);
  if (added.length === 0) return 'Merged: no new swap to announce.';
  for (const c of added) await postSwapToChannel(options.webhook, c.head!, head.policy, pr.htmlUrl);
  return `Merged: announced ${added.length} swap${added.length === 1 ? '' : 's'}.`;
}

async function succeededBefore(octokit: GitHubClient, where: RepoRef, run: ThisRun): Promise<boolean> {
  for (let attempt = 1; attempt < Math.min(run.attempt, MAX_ATTEMPTS + 1); attempt++) {
    const { data } = await octokit.rest.actions.getWorkflowRunAttempt({
      ...where,
      run_id: run.id,
      attempt_number: attempt,
      exclude_pull_requests: true,
    });
    if (data.conclusion === 'success') return true;
  }
  return false;
}
