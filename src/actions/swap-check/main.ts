/**
 * The swap-check action: wiring only. It reads inputs, lets src/github/change-check.ts gather what
 * GitHub records and judge every shift change the PR makes, and writes the verdict out: the job's
 * conclusion is the gate; the comment, status, annotations and summary explain it.
 */
import * as core from '@actions/core';
import { checkPullRequest, reportFailure } from '../../github/change-check.js';
import { readRunContext } from '../../github/context.js';
import { createGitHub } from '../../github/octokit.js';
import { getPullRequest, type PullRequestInfo } from '../../github/pull-request.js';
import { announceMergedSwaps } from '../../github/swap-announce.js';
import { emitAnnotations } from '../../report/annotations.js';
import { pullRequestNumber } from './event.js';

export async function run(): Promise<void> {
  let pr: PullRequestInfo | undefined;
  let failed: ((why: string) => Promise<unknown>) | undefined;
  try {
    const ctx = readRunContext();
    const token = core.getInput('github-token') || process.env.GITHUB_TOKEN || '';
    if (!token) throw new Error('no GitHub token: pass github-token (the default is the workflow token).');
    core.setSecret(token);
    const webhook = core.getInput('slack-webhook-url');
    if (webhook) core.setSecret(webhook); // masked before anything could print it
    const [owner, repo] = (ctx.repository ?? '').split('/');
    if (!owner || !repo) throw new Error('GITHUB_REPOSITORY is not set.');
    const where = { owner, repo };
    const octokit = createGitHub({ token, baseUrl: ctx.apiUrl, log: (m) => core.warning(m) });
    const options = {
      botLogin: core.getInput('bot-login') || 'github-actions[bot]',
      now: Date.now(),
      warn: core.warning,
      workspace: ctx.workspace,
    };

    const number = await pullRequestNumber(octokit, where, ctx);
    if (number === undefined) return core.info('This event concerns no open pull request; nothing to check.');
    pr = await getPullRequest(octokit, where, number);
    if (pr.merged) return core.info(await announceMergedSwaps(octokit, where, pr, { ...options, webhook }));
    const known = pr;
    failed = (why) => reportFailure(octokit, where, known, options, why);

    const { evaluation, body } = await checkPullRequest(octokit, where, pr, options);
    core.info(evaluation.verdict.summary);
    emitAnnotations(evaluation.findings, { limitPerSeverity: 10 });
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(body).write();
    core.setOutput('ok', String(evaluation.verdict.ok));
    if (!evaluation.verdict.ok) core.setFailed(evaluation.verdict.summary);
  } catch (error) {
    const why = (error as Error).message;
    // Every path ends in a verdict: a PR the check knows of gets a failing status and comment too.
    await failed?.(why).catch(() => undefined);
    core.setOutput('ok', 'false');
    core.setFailed(`swap check could not run: ${why}`);
  }
}
