/**
 * The postmortem-issues action: wiring only. On a push to main it files one issue per action item,
 * exactly once (src/github/postmortem-issues.ts); weekly (mode digest) it keeps the overdue digest.
 */
import * as core from '@actions/core';
import { resolve } from 'node:path';
import { readRunContext } from '../../github/context.js';
import { actionGitHub } from '../../github/octokit.js';
import { fileActionItems, reconcileOverdueDigest } from '../../github/postmortem-issues.js';
import { readPolicyFiles } from '../../io/read-policy.js';
import { secretInput } from '../secret-input.js';

export async function run(): Promise<void> {
  try {
    const ctx = readRunContext();
    const token = secretInput('github-token', process.env.GITHUB_TOKEN);
    // Octokit's own request log goes to debug output: a failed request is reported once, by us.
    const { octokit, where } = actionGitHub(ctx, token, core.warning, core.debug);
    const mode = core.getInput('mode') || (ctx.eventName === 'schedule' ? 'digest' : 'file');
    const repoUrl = `${ctx.serverUrl}/${where.owner}/${where.repo}`;
    const botLogin = core.getInput('bot-login') || 'github-actions[bot]';
    if (mode === 'digest') {
      const today = new Date().toISOString().slice(0, 10);
      core.info(await reconcileOverdueDigest(octokit, where, { repoUrl, botLogin, today }));
      return;
    }
    const files = await readPolicyFiles(resolve(ctx.workspace, core.getInput('root') || '.'));
    const input = { files, repoUrl, sha: ctx.sha, event: ctx.event, botLogin };
    const result = await fileActionItems(octokit, where, input, { info: core.info, warning: core.warning });
    core.setOutput('created', String(result.created));
    if (result.incomplete) core.setFailed(result.incomplete);
  } catch (error) {
    core.setFailed(`postmortem issues could not be filed: ${(error as Error).message}`);
  }
}
