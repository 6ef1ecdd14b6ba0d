/**
 * When each postmortem was proposed, for the 24-hour rule: on a pull request, the postmortems it
 * adds were proposed when it was opened (commit dates can be set by anyone; the PR's creation time
 * cannot). Elsewhere nothing is known, and the rule uses what the checkout says.
 */
import type { RunContext } from './context.js';

/**
 * The 24-hour rule on a pull request: postmortems the PR adds were proposed when it was opened.
 * (Commit dates can be set by anyone; the PR's creation time cannot.)
 */
export async function proposedByPullRequest(
  ctx: RunContext,
  token: string,
  warn: (message: string) => void,
): Promise<((file: string) => number | undefined) | undefined> {
  const pr = ctx.event.pull_request as { number?: number; created_at?: string } | undefined;
  if (!pr?.number || !pr.created_at || !token || !ctx.repository) return undefined;
  const [owner, repo] = ctx.repository.split('/');
  try {
    // Loaded only here: most runs have no pull request to ask about, and Octokit is slow to load.
    const { createGitHub } = await import('./octokit.js');
    const octokit = createGitHub({ token, baseUrl: ctx.apiUrl });
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: owner!,
      repo: repo!,
      pull_number: pr.number,
      per_page: 100,
    });
    const added = new Set(
      files.filter((f) => f.status === 'added' && f.filename.startsWith('postmortems/')).map((f) => f.filename),
    );
    const opened = Date.parse(pr.created_at);
    return (file) => (added.has(file) ? opened : undefined);
  } catch (error) {
    warn(
      `Could not list the pull request's files (${(error as Error).message}); the 24-hour rule for postmortems is skipped.`,
    );
    return undefined;
  }
}
