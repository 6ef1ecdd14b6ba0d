/**
 * Where a PagerDuty plan is shown on GitHub: on a pull request, one sticky comment (nothing is
 * written to PagerDuty until it merges); on the daily drift run, the one drift issue, opened while
 * PagerDuty differs from the policy and closed once it matches, and the one pull request that adopts
 * overrides made in PagerDuty as swaps, which the issue links.
 */
import type { SyncResult } from '../pagerduty/sync.js';
import { reconcileAdoptPullRequest } from './adopt-pr.js';
import type { RunContext } from './context.js';
import { reconcileDriftIssue } from './drift-issue.js';
import { createGitHub } from './octokit.js';
import { findSticky, upsertSticky } from './sticky-comment.js';

export async function publishPlan(
  ctx: RunContext,
  token: string,
  mode: 'plan' | 'drift',
  result: SyncResult,
  markdown: string,
  options: { botLogin: string; info: (m: string) => void; warning: (m: string) => void },
): Promise<void> {
  const [owner, repo] = (ctx.repository ?? '/').split('/');
  const where = { owner: owner!, repo: repo! };
  const octokit = createGitHub({ token, baseUrl: ctx.apiUrl });
  if (mode === 'drift') {
    const plan = result.plan!;
    const drifted = [plan.changes, plan.warnings, plan.errors, plan.blocked].some((list) => list.length > 0);
    let adoptPr: number | undefined;
    if (result.adopted)
      try {
        const pr = await reconcileAdoptPullRequest(octokit, where, result.adopted, options.botLogin);
        options.info(pr.message);
        adoptPr = pr.number;
      } catch (error) {
        // The issue still says what drifted; the pull request is a convenience on top of it.
        options.warning(`Could not update the pull request that adopts overrides: ${(error as Error).message}`);
      }
    options.info(await reconcileDriftIssue(octokit, where, drifted ? markdown : undefined, adoptPr));
    return;
  }
  const number = (ctx.event.pull_request as { number?: number } | undefined)?.number;
  if (number === undefined) return;
  try {
    const sticky = await findSticky(octokit, where, number, 'pagerduty-plan', options.botLogin);
    const body = `${markdown}\nNothing is written to PagerDuty until this merges.`;
    await upsertSticky(octokit, where, number, 'pagerduty-plan', sticky, body);
  } catch (error) {
    options.warning(
      `Could not comment the plan on the pull request (${(error as Error).message}); it is in the job summary.`,
    );
  }
}
