/** Facts about one pull request, gathered through the REST API for the swap check. */
import type { Review } from '../swaps/consent.js';
import { SWAP_STATUS_CONTEXT, type LedgerStatus } from '../swaps/ledger.js';
import type { GitHubClient } from './octokit.js';
import type { RepoRef } from './policy-files.js';

export interface PullRequestInfo {
  number: number;
  author: string;
  createdAt: number;
  state: string;
  merged: boolean;
  headSha: string;
  baseSha: string;
  labels: string[];
  htmlUrl: string;
}

export async function getPullRequest(octokit: GitHubClient, where: RepoRef, number: number): Promise<PullRequestInfo> {
  const { data } = await octokit.rest.pulls.get({ ...where, pull_number: number });
  return {
    number,
    author: data.user?.login ?? '',
    createdAt: Date.parse(data.created_at),
    state: data.state,
    merged: Boolean(data.merged),
    headSha: data.head.sha,
    baseSha: data.base.sha,
    labels: data.labels.map((l) => l.name ?? '').filter(Boolean),
    htmlUrl: data.html_url,
  };
}

/** Every path the PR touches, including the old name of a renamed file. */
export async function changedFiles(octokit: GitHubClient, where: RepoRef, number: number): Promise<string[]> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, { ...where, pull_number: number, per_page: 100 });
  return [...new Set(files.flatMap((f) => [f.filename, ...(f.previous_filename ? [f.previous_filename] : [])]))];
}

export async function reviewsOf(octokit: GitHubClient, where: RepoRef, number: number): Promise<Review[]> {
  const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, {
    ...where,
    pull_number: number,
    per_page: 100,
  });
  return reviews
    .filter((r) => r.user && r.submitted_at)
    .map((r) => ({ login: r.user!.login, state: r.state, submittedAt: Date.parse(r.submitted_at!) }));
}

/** Logins already asked to review (pending requests and anyone who reviewed). */
export async function reviewersAsked(
  octokit: GitHubClient,
  where: RepoRef,
  number: number,
  reviews: readonly Review[],
): Promise<Set<string>> {
  const { data } = await octokit.rest.pulls.listRequestedReviewers({ ...where, pull_number: number });
  return new Set([...data.users.map((u) => u.login.toLowerCase()), ...reviews.map((r) => r.login.toLowerCase())]);
}

/** The swap check's own statuses on the given commits (the PR's, plus any recorded before a force-push). */
export async function ledgerStatuses(
  octokit: GitHubClient,
  where: RepoRef,
  number: number,
  extraShas: readonly string[],
  botLogin: string,
): Promise<{ statuses: LedgerStatus[]; shas: string[] }> {
  const commits = await octokit.paginate(octokit.rest.pulls.listCommits, {
    ...where,
    pull_number: number,
    per_page: 100,
  });
  const shas = [...new Set([...commits.map((c) => c.sha), ...extraShas.filter((s) => /^[0-9a-f]{40}$/.test(s))])];
  const statuses: LedgerStatus[] = [];
  for (const sha of shas) {
    let list;
    try {
      list = await octokit.paginate(octokit.rest.repos.listCommitStatusesForRef, { ...where, ref: sha, per_page: 100 });
    } catch (error) {
      if ((error as { status?: number }).status === 404 || (error as { status?: number }).status === 422) continue; // a SHA gone after a force-push
      throw error;
    }
    for (const s of list)
      if (s.context === SWAP_STATUS_CONTEXT && s.creator?.login.toLowerCase() === botLogin.toLowerCase())
        statuses.push({ createdAt: Date.parse(s.created_at), description: s.description ?? '' });
  }
  return { statuses, shas };
}
