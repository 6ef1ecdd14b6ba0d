/**
 * The rota-issues action: wiring only. mode handoff (run hourly): the brief of the turn that has
 * begun, the previous one closed; mode quarterly: the quarter's duties; mode identities (run daily):
 * one issue kept open while a login in team.yaml no longer leads to its person. All idempotent.
 */
import * as core from '@actions/core';
import { resolve } from 'node:path';
import { readRunContext } from '../../github/context.js';
import { reconcileIdentityIssue } from '../../github/identity-issue.js';
import { actionGitHub } from '../../github/octokit.js';
import { fileHandoffBrief, fileQuarterlyDuties } from '../../github/rota-issues.js';
import { readPolicyFiles } from '../../io/read-policy.js';
import { validatePolicy } from '../../validate/index.js';
import { secretInput } from '../secret-input.js';

const MODES = ['handoff', 'quarterly', 'identities'];

export async function run(): Promise<void> {
  try {
    const ctx = readRunContext();
    const token = secretInput('github-token', process.env.GITHUB_TOKEN);
    const { octokit, where } = actionGitHub(ctx, token, core.warning);
    const mode = core.getInput('mode') || 'handoff';
    if (!MODES.includes(mode)) throw new Error(`mode must be one of ${MODES.join(', ')}, not "${mode}".`);
    const at = core.getInput('now');
    const now = at ? Date.parse(at) : Date.now();
    if (Number.isNaN(now)) throw new Error(`now must be an ISO-8601 instant, not "${at}".`);
    const root = resolve(ctx.workspace, core.getInput('root') || '.');
    const { policy, findings } = validatePolicy(await readPolicyFiles(root), { now });
    if (findings.some((f) => f.severity === 'error' && f.file.startsWith('oncall/')))
      throw new Error('the policy has errors (oncall validate); no issue is filed from it.');

    const desk = { octokit, where, log: { info: core.info, warning: core.warning } };
    if (mode === 'identities') core.info(await reconcileIdentityIssue(octokit, where, policy.team?.people ?? []));
    else if (mode === 'quarterly') await fileQuarterlyDuties(desk, policy, now);
    else await fileHandoffBrief(desk, policy, now);
  } catch (error) {
    core.setFailed(`rota issues could not be filed: ${(error as Error).message}`);
  }
}
