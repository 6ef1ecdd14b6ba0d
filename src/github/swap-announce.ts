/**
 * A merged PR's new swaps, posted once to the team channel ("Post in #on-call-swaps"). Which swaps
 * were already posted is remembered in the bot's comment: that record only ever suppresses a repeat.
 */
import { postSwapToChannel } from '../notify/slack.js';
import { diffSwaps } from '../swaps/diff.js';
import { validatePolicy } from '../validate/index.js';
import type { GitHubClient, RepoRef } from './octokit.js';
import { PolicyTreeReader } from './policy-tree.js';
import type { PullRequestInfo } from './pull-request.js';
import { findSticky, readState, upsertSticky, writeState } from './sticky-comment.js';

export async function announceMergedSwaps(
  octokit: GitHubClient,
  where: RepoRef,
  pr: PullRequestInfo,
  options: { webhook: string; botLogin: string; now: number },
): Promise<string> {
  if (!options.webhook) return 'Merged: no slack-webhook-url, nothing to announce.';
  const reader = new PolicyTreeReader(octokit, where);
  const [baseFiles, headFiles, sticky] = await Promise.all([
    reader.at(pr.baseSha),
    reader.at(pr.headSha),
    findSticky(octokit, where, pr.number, 'swap-check', options.botLogin),
  ]);
  const state = readState<{ announced: string[] }>(sticky?.body);
  const announced = [...(state.announced ?? [])];
  const head = validatePolicy(headFiles, { now: options.now });
  const added = diffSwaps(validatePolicy(baseFiles, { now: options.now }).policy.swaps, head.policy.swaps).filter(
    (c) => c.head && !announced.includes(c.hash),
  );
  if (added.length === 0) return 'Merged: every swap was already announced.';
  for (const c of added) {
    await postSwapToChannel(options.webhook, c.head!, head.policy, pr.htmlUrl);
    announced.push(c.hash);
  }
  const body = (sticky?.body ?? '')
    .replace(/<!-- oncall-state .*? -->/s, '')
    .replace(/^<!-- oncall-as-code:swap-check -->\n/, '');
  await upsertSticky(octokit, where, pr.number, 'swap-check', sticky, `${body}\n${writeState({ announced })}`);
  return `Merged: announced ${added.length} swap${added.length === 1 ? '' : 's'}.`;
}
