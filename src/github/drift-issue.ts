/** The issue that tracks drift between the policy and PagerDuty (a singleton issue). */
import type { GitHubClient, RepoRef } from './octokit.js';
import { reconcileSingletonIssue } from './singleton-issue.js';

export const DRIFT_LABEL = 'pagerduty-drift';

export async function reconcileDriftIssue(
  octokit: GitHubClient,
  where: RepoRef,
  drift: string | undefined,
  adoptPr?: number,
): Promise<string> {
  const adopt =
    adoptPr === undefined
      ? ''
      : `Overrides made in PagerDuty that no swap explains are adopted as swap files in #${adoptPr}: review and merge it, or remove the overrides in PagerDuty.\n\n`;
  return reconcileSingletonIssue(octokit, where, {
    label: DRIFT_LABEL,
    key: 'pagerduty-drift',
    title: 'PagerDuty has drifted from the on-call policy',
    body:
      drift &&
      `PagerDuty differs from the policy in this repository. Until it is resolved, PagerDuty pages differently from what \`oncall/\` says. Merge a change to \`oncall/\` or run the sync (apply) to make PagerDuty match.\n\n${adopt}${drift}`,
    closingComment: 'PagerDuty matches the policy again; closing.',
  });
}
