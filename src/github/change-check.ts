/**
 * The change check for one pull request, as a use case: gather what GitHub records, judge it
 * (src/changes, pure), ask the managers who must be told, judge again with that recorded, and
 * publish the verdict. The caller only wires inputs and outputs.
 */
import type { ReviewFact, Sighting } from '../changes/evidence.js';
import { commitsToRead } from '../changes/evidence.js';
import { evaluateChanges, type ChangeEvaluation, type ChangeFacts } from '../changes/evaluate.js';
import { moved } from '../changes/checks.js';
import type { RawFile } from '../model/load.js';
import type { Person } from '../model/types.js';
import { renderChangeComment } from '../render/change-comment.js';
import { inert } from '../render/inert.js';
import type { GitHubClient, RepoRef } from './octokit.js';
import { PolicyTreeReader, Unreadable } from './policy-tree.js';
import {
  baseTip,
  changedFiles,
  headSightings,
  MAX_LISTED_FILES,
  notifiedLogins,
  reviewsOf,
  type PullRequestInfo,
} from './pull-request.js';
import { findSticky, upsertSticky } from './sticky-comment.js';

export const STATUS_CONTEXT = 'oncall/swap-policy';
/** Earlier heads read per run: the newest first, so a long PR can only make a change look newer. */
export const MAX_EARLIER_HEADS = 20;
const MAX_DESCRIPTION = 140;

export interface CheckOptions {
  botLogin: string;
  now: number;
  /** Writes a read-only token cannot make are reported here and skipped; the verdict stands. */
  warn: (message: string) => void;
  /** The default branch's checkout (GITHUB_WORKSPACE): files there with the tree's blob id need no API read. */
  workspace?: string;
}

export interface CheckResult {
  pr: PullRequestInfo;
  evaluation: ChangeEvaluation;
  body: string;
}

/**
 * The two commits whose policies are compared: the PR's base and head, or in the merge queue the
 * group's parent and the merge commit GitHub built (the PR on top of everything queued before it).
 */
export interface Compared {
  base: string;
  head: string;
}

/** The merge queue's group for one PR: its parent and merge commit (`…/gh-readonly-queue/<base>/pr-<n>-<sha>`). */
export interface MergeGroup extends Compared {
  number: number;
}

export async function gatherFacts(
  octokit: GitHubClient,
  where: RepoRef,
  pr: PullRequestInfo,
  compared: Compared,
  now: number,
  workspace?: string,
): Promise<ChangeFacts> {
  const unreadable: string[] = [];
  if (pr.changedFileCount >= MAX_LISTED_FILES)
    unreadable.push(`the PR changes ${pr.changedFileCount} files; GitHub lists at most ${MAX_LISTED_FILES}.`);
  const reader = new PolicyTreeReader(octokit, where, workspace);
  const read = async (sha: string): Promise<RawFile[]> => {
    try {
      return await reader.at(sha);
    } catch (error) {
      if (error instanceof Unreadable) unreadable.push(error.message);
      else throw error;
      return [];
    }
  };
  const [baseFiles, headFiles, files, reviews, sightings, notified] = await Promise.all([
    read(compared.base),
    read(compared.head),
    changedFiles(octokit, where, pr.number),
    reviewsOf(octokit, where, pr.number),
    headSightings(octokit, where, pr),
    notifiedLogins(octokit, where, pr.number),
  ]);
  // A merge commit is no head of the PR: the PR's own head is then one more commit to hold changes against.
  const extra = compared.head === pr.headSha ? [] : [pr.headSha];
  const filesAt = await earlierHeads(reader, sightings, reviews, compared.head, extra);
  return {
    pr: {
      number: pr.number,
      author: { login: pr.author, ...(pr.authorId !== undefined ? { userId: pr.authorId } : {}) },
      createdAt: pr.createdAt,
      labels: pr.labels,
      changedFiles: files,
      headSha: compared.head,
    },
    baseFiles,
    headFiles,
    sightings,
    filesAt,
    reviews,
    notified,
    unreadable: [...new Set(unreadable)],
    now,
  };
}

/** The policy at earlier heads; one that cannot be read (gone after a force-push) holds nothing. */
async function earlierHeads(
  reader: PolicyTreeReader,
  sightings: readonly Sighting[],
  reviews: readonly ReviewFact[],
  headSha: string,
  extra: readonly string[],
): Promise<Map<string, RawFile[]>> {
  const read = commitsToRead(sightings, reviews, MAX_EARLIER_HEADS + 1);
  const shas = [...new Set([...extra, ...read])].filter((s) => s !== headSha);
  const out = new Map<string, RawFile[]>();
  for (const sha of shas) {
    try {
      out.set(sha, await reader.at(sha));
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (!(error instanceof Unreadable) && status !== 404 && status !== 422) throw error;
    }
  }
  return out;
}

export async function checkPullRequest(
  octokit: GitHubClient,
  where: RepoRef,
  pr: PullRequestInfo,
  options: CheckOptions,
): Promise<CheckResult> {
  // The effect of merging: the base branch as it is now against the head (branch protection keeps
  // the head up to date with it, so a head that is behind only over-reports, failing closed).
  const compared = { base: await baseTip(octokit, where, pr), head: pr.headSha };
  const facts = await gatherFacts(octokit, where, pr, compared, options.now, options.workspace);
  let evaluation = evaluateChanges(facts);
  // Ask the managers to review (never the author: GitHub refuses that), then judge again with it recorded.
  const asked = await requestReviews(octokit, where, pr, evaluation.verdict.notify, options.warn);
  if (asked.length)
    evaluation = evaluateChanges({ ...facts, notified: new Set([...facts.notified, ...asked.map(lower)]) });
  const mention = mentionable(evaluation, facts.notified, pr.author);
  const body = renderChangeComment(evaluation.verdict, evaluation.people, mention);
  await tolerate(options.warn, 'post the commit status', () =>
    octokit.rest.repos.createCommitStatus({
      ...where,
      sha: pr.headSha,
      state: evaluation.verdict.ok ? 'success' : 'failure',
      context: STATUS_CONTEXT,
      description: clip(evaluation.verdict.summary),
      target_url: pr.htmlUrl,
    }),
  );
  // A PR that moves nobody, binds nothing and validates gets no new comment, only an update of one it already has.
  const quiet =
    evaluation.verdict.ok && evaluation.verdict.reports.length === 0 && evaluation.verdict.bindings.length === 0;
  await publishComment(octokit, where, pr.number, options, body, quiet);
  return { pr, evaluation, body };
}

/**
 * The verdict in the merge queue: the group's merge commit against its parent, so the PR is judged
 * on exactly what merging it does, at the moment it merges. Nothing is written to the PR: the job's
 * conclusion on the merge-group commit is what the queue waits for.
 */
export async function checkMergeGroup(
  octokit: GitHubClient,
  where: RepoRef,
  pr: PullRequestInfo,
  group: Compared,
  options: CheckOptions,
): Promise<CheckResult> {
  const facts = await gatherFacts(octokit, where, pr, group, options.now, options.workspace);
  const evaluation = evaluateChanges(facts);
  return { pr, evaluation, body: renderChangeComment(evaluation.verdict, evaluation.people) };
}

/** A failing verdict where the check itself could not finish: the PR never waits without one. */
export async function reportFailure(
  octokit: GitHubClient,
  where: RepoRef,
  pr: PullRequestInfo,
  options: CheckOptions,
  why: string,
): Promise<string> {
  const body = `## On-call swap check: ❌ does not pass\n\nThe check could not finish, so it fails: ${inert(why, 300)}\n\nRe-run the job once the cause is fixed.\n`;
  await tolerate(options.warn, 'post the commit status', () =>
    octokit.rest.repos.createCommitStatus({
      ...where,
      sha: pr.headSha,
      state: 'failure',
      context: STATUS_CONTEXT,
      description: clip(`The check could not finish: ${why}`),
      target_url: pr.htmlUrl,
    }),
  );
  await publishComment(octokit, where, pr.number, options, body).catch(() => undefined);
  return body;
}

async function publishComment(
  octokit: GitHubClient,
  where: RepoRef,
  number: number,
  options: CheckOptions,
  body: string,
  onlyUpdate = false,
): Promise<void> {
  const sticky = await findSticky(octokit, where, number, 'swap-check', options.botLogin);
  if (onlyUpdate && !sticky) return;
  await tolerate(options.warn, 'update the PR comment', () =>
    upsertSticky(octokit, where, number, 'swap-check', sticky, body),
  );
}

/** People moved, and managers to tell, whom GitHub does not yet record as told: mentioned once. */
function mentionable(evaluation: ChangeEvaluation, notified: ReadonlySet<string>, author: string): Person[] {
  const ids = new Set(evaluation.verdict.reports.flatMap((r) => moved(r.change)));
  const out = [...ids].map((id) => evaluation.people.get(id)).filter((p): p is Person => p !== undefined);
  return out.filter((p) => p.github && !notified.has(lower(p.github)) && lower(p.github) !== lower(author));
}

async function requestReviews(
  octokit: GitHubClient,
  where: RepoRef,
  pr: PullRequestInfo,
  managers: readonly Person[],
  warn: CheckOptions['warn'],
): Promise<string[]> {
  const logins = managers.flatMap((m) => (m.github && lower(m.github) !== lower(pr.author) ? [m.github] : []));
  if (logins.length === 0) return [];
  const ok = await tolerate(warn, 'ask managers for review', () =>
    octokit.rest.pulls.requestReviewers({ ...where, pull_number: pr.number, reviewers: logins }),
  );
  return ok ? logins : [];
}

/** Writes a read-only token (fork PRs) or a refusing API cannot make: warn, and let the verdict stand. */
async function tolerate(warn: CheckOptions['warn'], what: string, write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 404 || status === 422) {
      warn(
        `Could not ${what} (HTTP ${status}: the token may be read-only, as on pull requests from forks); the verdict is in the job summary and the exit code.`,
      );
      return false;
    }
    throw error;
  }
}

function clip(text: string): string {
  return text.length > MAX_DESCRIPTION ? `${text.slice(0, MAX_DESCRIPTION - 1)}…` : text;
}

const lower = (s: string) => s.toLowerCase();
