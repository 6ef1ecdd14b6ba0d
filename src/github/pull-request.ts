/**
 * Facts about one pull request as GitHub records them, for the change check: never the event
 * payload (a re-run replays an old one), never anything a PR author or a branch workflow can write.
 */
import type { Actor, ReviewFact, Sighting } from '../changes/evidence.js';
import { firstPages, type GitHubClient, type RepoRef } from './octokit.js';

export interface PullRequestInfo {
  number: number;
  author: string;
  authorId?: number;
  createdAt: number;
  state: string;
  merged: boolean;
  headSha: string;
  headRef: string;
  /** owner/name of the head repository: a fork's for fork PRs. */
  headRepo: string;
  baseSha: string;
  /** The branch the PR merges into (`main`). */
  baseRef: string;
  labels: string[];
  htmlUrl: string;
  changedFileCount: number;
}

/** GitHub lists at most 3,000 files of a pull request. */
export const MAX_LISTED_FILES = 3000;
/** Pages of push and run records read per source; older records only ever make a change look older. */
const MAX_PAGES = 5;

export async function getPullRequest(octokit: GitHubClient, where: RepoRef, number: number): Promise<PullRequestInfo> {
  const { data } = await octokit.rest.pulls.get({ ...where, pull_number: number });
  return {
    number,
    author: data.user?.login ?? '',
    ...(data.user?.id !== undefined ? { authorId: data.user.id } : {}),
    createdAt: Date.parse(data.created_at),
    state: data.state,
    merged: Boolean(data.merged),
    headSha: data.head.sha,
    headRef: data.head.ref,
    headRepo: data.head.repo?.full_name ?? `${where.owner}/${where.repo}`,
    baseSha: data.base.sha,
    baseRef: data.base.ref,
    labels: data.labels.map((l) => l.name ?? '').filter(Boolean),
    htmlUrl: data.html_url,
    changedFileCount: data.changed_files ?? 0,
  };
}

/**
 * Where the PR's base branch points now. The PR's recorded `base.sha` can be older than the branch
 * (it is not refreshed when the base moves), and merging lands on the branch as it is.
 */
export async function baseTip(octokit: GitHubClient, where: RepoRef, pr: PullRequestInfo): Promise<string> {
  const { data } = await octokit.rest.git.getRef({ ...where, ref: `heads/${pr.baseRef}` });
  return data.object.sha;
}

/** Every path the PR touches, including the old name of a renamed file. */
export async function changedFiles(octokit: GitHubClient, where: RepoRef, number: number): Promise<string[]> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, { ...where, pull_number: number, per_page: 100 });
  return [...new Set(files.flatMap((f) => [f.filename, ...(f.previous_filename ? [f.previous_filename] : [])]))];
}

/**
 * Pages a privileged run lists of what anyone can add to a PR (reviews, comments, timeline events),
 * so a flood of them costs it a bounded number of requests.
 */
export const MAX_LISTED_PAGES = 10;

/** Thrown where what is left unread could change the verdict: the run fails closed, saying why. */
export class TooManyToRead extends Error {}

export async function reviewsOf(octokit: GitHubClient, where: RepoRef, number: number): Promise<ReviewFact[]> {
  // A later review (a change request, a dismissal) can undo an earlier approval: none may go unread.
  const reviews = await octokit.paginate(
    octokit.rest.pulls.listReviews,
    { ...where, pull_number: number, per_page: 100 },
    firstPages(MAX_LISTED_PAGES, () => {
      throw new TooManyToRead(
        `the PR has more than ${MAX_LISTED_PAGES * 100} reviews, more than one run reads; a review cannot be judged without the ones after it.`,
      );
    }),
  );
  return reviews
    .filter((r) => r.user && r.submitted_at && r.commit_id)
    .map((r) => ({
      login: r.user!.login,
      userId: r.user!.id,
      state: r.state,
      submittedAt: Date.parse(r.submitted_at!),
      commitId: r.commit_id!,
    }));
}

/**
 * The PR's heads as GitHub recorded them: pushes to a same-repository head branch (repository
 * activity), and `pull_request` workflow runs GitHub created for the head (which covers forks).
 * A source the server does not offer (older GHES, no such workflow) only means fewer sightings.
 */
export async function headSightings(octokit: GitHubClient, where: RepoRef, pr: PullRequestInfo): Promise<Sighting[]> {
  const out: Sighting[] = [];
  const sameRepo = pr.headRepo.toLowerCase() === `${where.owner}/${where.repo}`.toLowerCase();
  if (sameRepo) {
    const ref = `refs/heads/${pr.headRef}`;
    for await (const page of pages(
      octokit.paginate.iterator(octokit.rest.repos.listActivities, {
        ...where,
        ref,
        per_page: 100,
      }),
    )) {
      let older = false;
      for (const a of page)
        if (a.ref === ref && a.activity_type !== 'branch_deletion') {
          out.push({ sha: a.after, at: Date.parse(a.timestamp), source: 'push', ...actorOf(a.actor) });
          older ||= Date.parse(a.timestamp) < pr.createdAt;
        }
      if (older) break; // the last push before the PR opened is its head at opening; earlier ones never count
    }
  }
  for await (const page of pages(
    octokit.paginate.iterator(octokit.rest.actions.listWorkflowRunsForRepo, {
      ...where,
      event: 'pull_request',
      branch: pr.headRef,
      per_page: 100,
    }),
  )) {
    for (const run of page)
      if (
        Date.parse(run.created_at) >= pr.createdAt &&
        run.event === 'pull_request' &&
        run.head_branch === pr.headRef &&
        run.head_repository?.full_name?.toLowerCase() === pr.headRepo.toLowerCase()
      )
        out.push({
          sha: run.head_sha,
          at: Date.parse(run.created_at),
          source: 'run',
          // The run's actor pushed the head; triggering_actor is whoever re-ran it.
          ...actorOf(run.actor),
        });
    // Newest first: a page reaching back before the PR opened holds all that can count.
    if (page.some((run) => Date.parse(run.created_at) < pr.createdAt)) break;
  }
  return out;
}

function actorOf(user: { login?: string; id?: number } | null | undefined): { actor?: Actor } {
  return user?.login ? { actor: { login: user.login, ...(user.id !== undefined ? { userId: user.id } : {}) } } : {};
}

/** Up to MAX_PAGES pages of an iterator; a 404 (the endpoint is not there) ends it quietly. */
async function* pages<T>(iterator: AsyncIterable<{ data: T[] }>): AsyncGenerator<T[]> {
  let n = 0;
  try {
    for await (const { data } of iterator) {
      yield data;
      if (++n >= MAX_PAGES) return;
    }
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
  }
}

/**
 * Logins (lower case) GitHub records as told of the PR: asked for review, reviewed, commented or
 * mentioned. Each of these notifies the person; none can be backdated or forged by a workflow.
 */
export async function notifiedLogins(octokit: GitHubClient, where: RepoRef, number: number): Promise<Set<string>> {
  // The first pages, oldest first: a notification past them is missed, which can only fail the check.
  const events = await octokit.paginate(
    octokit.rest.issues.listEventsForTimeline,
    { ...where, issue_number: number, per_page: 100 },
    firstPages(MAX_LISTED_PAGES),
  );
  const out = new Set<string>();
  for (const e of events as Record<string, unknown>[]) {
    const login = (u: unknown) => (u as { login?: string } | undefined)?.login?.toLowerCase();
    const name =
      e.event === 'review_requested'
        ? login(e.requested_reviewer)
        : e.event === 'mentioned' || e.event === 'commented'
          ? login(e.actor)
          : e.event === 'reviewed'
            ? login(e.user)
            : undefined;
    if (name) out.add(name);
  }
  return out;
}
