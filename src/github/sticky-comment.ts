/**
 * One comment per pull request and purpose, found again by a hidden marker and updated in place:
 * the same event delivered twice, or twenty pushes, still leave exactly one comment.
 */
import { firstPages, type GitHubClient, type RepoRef } from './octokit.js';
import { MAX_LISTED_PAGES } from './pull-request.js';

export interface StickyComment {
  id: number;
  body: string;
}

/** The hidden line that marks a sticky comment; exported for callers that must settle duplicates. */
export const stickyMarker = (key: string) => `<!-- oncall-as-code:${key} -->`;
const marker = stickyMarker;

export async function findSticky(
  octokit: GitHubClient,
  where: RepoRef,
  issue: number,
  key: string,
  author: string,
): Promise<StickyComment | undefined> {
  // The bot's comment comes with its first run: the first pages hold it, however many follow.
  const comments = await octokit.paginate(
    octokit.rest.issues.listComments,
    { ...where, issue_number: issue, per_page: 100 },
    firstPages(MAX_LISTED_PAGES),
  );
  const mine = comments.filter(
    (c) => c.body?.startsWith(marker(key)) && c.user?.login.toLowerCase() === author.toLowerCase(),
  );
  const c = mine[0];
  return c ? { id: c.id, body: c.body ?? '' } : undefined;
}

/** Creates or updates the comment; does nothing when the body is unchanged. */
export async function upsertSticky(
  octokit: GitHubClient,
  where: RepoRef,
  issue: number,
  key: string,
  existing: StickyComment | undefined,
  body: string,
): Promise<number> {
  const full = `${marker(key)}\n${body}`;
  if (existing) {
    if (existing.body !== full)
      await octokit.rest.issues.updateComment({ ...where, comment_id: existing.id, body: full });
    return existing.id;
  }
  const { data } = await octokit.rest.issues.createComment({ ...where, issue_number: issue, body: full });
  return data.id;
}
