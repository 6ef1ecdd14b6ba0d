/**
 * The PagerDuty sync action: a plan on pull requests (sticky comment and job summary, no writes),
 * apply on pushes to main, and a daily drift check that keeps one issue up to date.
 */
import * as core from '@actions/core';
import { resolve } from 'node:path';
import { readRunContext } from '../../github/context.js';
import { reconcileDriftIssue } from '../../github/drift-issue.js';
import { createGitHub } from '../../github/octokit.js';
import { findSticky, upsertSticky } from '../../github/sticky-comment.js';
import { readPolicyFiles } from '../../io/read-policy.js';
import { ApplyError } from '../../pagerduty/apply.js';
import { PagerDutyClient } from '../../pagerduty/client.js';
import { syncPagerDuty } from '../../pagerduty/sync.js';
import { emitAnnotations } from '../../render/annotations.js';
import { counts, renderPlanMarkdown } from '../../render/pagerduty-plan.js';

type Mode = 'plan' | 'apply' | 'drift';

export async function run(): Promise<void> {
  try {
    const ctx = readRunContext();
    const token = core.getInput('pagerduty-token');
    if (token) core.setSecret(token);
    const githubToken = core.getInput('github-token');
    if (githubToken) core.setSecret(githubToken);
    const mode = (core.getInput('mode') ||
      (ctx.eventName === 'pull_request' ? 'plan' : ctx.eventName === 'schedule' ? 'drift' : 'apply')) as Mode;
    if (!['plan', 'apply', 'drift'].includes(mode))
      throw new Error(`mode must be plan, apply or drift, not "${mode}".`);
    if (!token) {
      core.setFailed(
        'No pagerduty-token: set the PAGERDUTY_TOKEN secret (pull requests from forks get no secrets, so they cannot be planned).',
      );
      return;
    }
    const baseUrl = core.getInput('pagerduty-api-url') || process.env.PAGERDUTY_API_URL || 'https://api.pagerduty.com';
    const client = new PagerDutyClient({ token, baseUrl, log: (m) => core.info(m) });
    const files = await readPolicyFiles(resolve(ctx.workspace, core.getInput('root') || '.'));
    const result = await syncPagerDuty(client, files, {
      mode: mode === 'apply' ? 'apply' : 'plan',
      now: Date.now(),
      prune: core.getBooleanInput('prune'),
    });

    if (result.policyErrors.length) {
      emitAnnotations(result.policyErrors, { limitPerSeverity: 10 });
      core.setFailed(
        `The policy does not validate (${result.policyErrors.length} errors); nothing was read from or written to PagerDuty.`,
      );
      return;
    }
    const p = result.plan!;
    const markdown = renderPlanMarkdown(p, baseUrl);
    const applied = result.applied
      ? `\n**Applied:** ${result.applied.done.length} write(s).\n\n${result.applied.done.map((d) => `- ✅ ${d}`).join('\n')}\n`
      : '';
    if (process.env.GITHUB_STEP_SUMMARY)
      await core.summary
        .addRaw(`${markdown}${applied}\nRequests: ${client.counts.reads} reads, ${client.counts.writes} writes.\n`)
        .write();
    core.info(markdown);
    const n = counts(p);
    core.setOutput('changes', String(p.changes.length));
    core.setOutput('creates', String(n.create));
    core.setOutput('updates', String(n.update));
    core.setOutput('deletes', String(n.delete));

    const [owner, repo] = (ctx.repository ?? '/').split('/');
    const where = { owner: owner!, repo: repo! };
    if (mode === 'plan' && ctx.event.pull_request && githubToken) {
      const number = (ctx.event.pull_request as { number: number }).number;
      const octokit = createGitHub({ token: githubToken, baseUrl: ctx.apiUrl });
      try {
        const sticky = await findSticky(
          octokit,
          where,
          number,
          'pagerduty-plan',
          core.getInput('bot-login') || 'github-actions[bot]',
        );
        await upsertSticky(
          octokit,
          where,
          number,
          'pagerduty-plan',
          sticky,
          `${markdown}\nNothing is written to PagerDuty until this merges.`,
        );
      } catch (error) {
        core.warning(
          `Could not comment the plan on the pull request (${(error as Error).message}); it is in the job summary.`,
        );
      }
    }
    if (mode === 'drift' && githubToken) {
      const octokit = createGitHub({ token: githubToken, baseUrl: ctx.apiUrl });
      const drifted = p.changes.length > 0 || p.warnings.length > 0 || p.errors.length > 0;
      core.info(await reconcileDriftIssue(octokit, where, drifted ? markdown : undefined));
    }
    if (p.errors.length) core.setFailed(`The plan has ${p.errors.length} error(s); nothing was written to PagerDuty.`);
  } catch (error) {
    if (error instanceof ApplyError)
      core.setFailed(
        `${error.message}. Done before it: ${error.done.join('; ') || 'nothing'}. The next run continues from the account as it is.`,
      );
    else core.setFailed(`PagerDuty sync could not run: ${(error as Error).message}`);
  }
}
