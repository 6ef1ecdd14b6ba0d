/**
 * One issue that tracks drift between the policy and PagerDuty: opened when the daily check finds
 * any, updated while it lasts, closed when it is gone. Found through the label, never duplicated.
 */
import type { GitHubClient } from './octokit.js';
import type { RepoRef } from './policy-files.js';

export const DRIFT_LABEL = 'pagerduty-drift';
const MARKER = '<!-- oncall-as-code:pagerduty-drift -->';

export async function reconcileDriftIssue(octokit: GitHubClient, where: RepoRef, drift: string | undefined): Promise<string> {
  const open = (await octokit.paginate(octokit.rest.issues.listForRepo, { ...where, labels: DRIFT_LABEL, state: 'open', per_page: 100 })).filter(
    (i) => !i.pull_request && i.body?.includes(MARKER),
  );
  const [issue, ...duplicates] = open;
  for (const d of duplicates) await octokit.rest.issues.update({ ...where, issue_number: d.number, state: 'closed', state_reason: 'not_planned' });
  if (!drift) {
    if (!issue) return 'No drift, no drift issue.';
    await octokit.rest.issues.createComment({ ...where, issue_number: issue.number, body: 'PagerDuty matches the policy again; closing.' });
    await octokit.rest.issues.update({ ...where, issue_number: issue.number, state: 'closed', state_reason: 'completed' });
    return `No drift: closed #${issue.number}.`;
  }
  const body = `${MARKER}\nPagerDuty differs from the policy in this repository. Until it is resolved, PagerDuty pages differently from what \`oncall/\` says. Merge a change to \`oncall/\` or run the sync (apply) to make PagerDuty match.\n\n${drift}`;
  if (issue) {
    if (issue.body !== body) await octokit.rest.issues.update({ ...where, issue_number: issue.number, body });
    return `Drift: updated #${issue.number}.`;
  }
  const { data } = await octokit.rest.issues.create({ ...where, title: 'PagerDuty has drifted from the on-call policy', body, labels: [DRIFT_LABEL] });
  return `Drift: opened #${data.number}.`;
}
