/**
 * The rota-issues action. mode handoff (run hourly): at each handoff of the first schedule, one
 * brief for the incoming on-call, with the "Start of Shift" checklist; the previous brief is closed
 * with a request for the outgoing on-call's "End of Shift" notes. mode quarterly (run daily): one
 * issue per quarterly duty for the current quarter. Both idempotent: an issue per key, once.
 */
import * as core from '@actions/core';
import { resolve } from 'node:path';
import { readRunContext } from '../../github/context.js';
import { assignability } from '../../github/assignees.js';
import { createGitHub, type GitHubClient } from '../../github/octokit.js';
import type { RepoRef } from '../../github/octokit.js';
import { readPolicyFiles } from '../../io/read-policy.js';
import {
  END_OF_SHIFT,
  handoffBrief,
  HANDOFF_LABEL,
  quarterlyDuties,
  QUARTERLY_LABEL,
  type PlannedIssue,
} from '../../rota/briefs.js';
import { validatePolicy } from '../../validate.js';

const marker = (key: string) => `<!-- oncall-as-code:${key} -->`;

export async function run(): Promise<void> {
  try {
    const ctx = readRunContext();
    const token = core.getInput('github-token') || process.env.GITHUB_TOKEN || '';
    if (!token) throw new Error('no GitHub token: pass github-token (the default is the workflow token).');
    core.setSecret(token);
    const [owner, repo] = (ctx.repository ?? '').split('/');
    if (!owner || !repo) throw new Error('GITHUB_REPOSITORY is not set.');
    const where: RepoRef = { owner, repo };
    const octokit = createGitHub({ token, baseUrl: ctx.apiUrl, log: (m) => core.warning(m) });
    const mode = core.getInput('mode') || 'handoff';
    const at = core.getInput('now');
    const now = at ? Date.parse(at) : Date.now();
    if (Number.isNaN(now)) throw new Error(`now must be an ISO-8601 instant, not "${at}".`);
    const { policy, findings } = validatePolicy(
      await readPolicyFiles(resolve(ctx.workspace, core.getInput('root') || '.')),
      { now },
    );
    if (findings.some((f) => f.severity === 'error' && f.file.startsWith('oncall/')))
      throw new Error('the policy has errors (oncall validate); no issue is filed from it.');

    if (mode === 'quarterly') {
      const existing = await listByLabel(octokit, where, QUARTERLY_LABEL);
      for (const duty of quarterlyDuties(policy, now)) core.info(await ensure(octokit, where, duty, existing));
      return;
    }
    const brief = handoffBrief(policy, now);
    if (!brief) throw new Error('nobody holds the first schedule now: no brief to write.');
    const existing = await listByLabel(octokit, where, HANDOFF_LABEL);
    core.info(await ensure(octokit, where, brief, existing));
    const mine = existing.find((i) => i.body.includes(marker(brief.key)));
    for (const previous of existing.filter((i) => i.state === 'open' && !i.body.includes(marker(brief.key)))) {
      await octokit.rest.issues.createComment({
        ...where,
        issue_number: previous.number,
        body: `The next turn has begun${mine ? ` (#${mine.number})` : ''}. ${brief.outgoing.map((l) => `@${l}`).join(' ')}: please leave your end-of-shift notes here:\n\n${END_OF_SHIFT.map((c) => `- [ ] ${c}`).join('\n')}`,
      });
      await octokit.rest.issues.update({
        ...where,
        issue_number: previous.number,
        state: 'closed',
        state_reason: 'completed',
      });
      core.info(`Closed the previous brief #${previous.number}.`);
    }
  } catch (error) {
    core.setFailed(`rota issues could not be filed: ${(error as Error).message}`);
  }
}

interface Listed {
  number: number;
  state: string;
  body: string;
}

async function listByLabel(octokit: GitHubClient, where: RepoRef, label: string): Promise<Listed[]> {
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    ...where,
    labels: label,
    state: 'all',
    per_page: 100,
  });
  return issues.filter((i) => !i.pull_request).map((i) => ({ number: i.number, state: i.state, body: i.body ?? '' }));
}

/** Files the issue for a key unless one exists; assigns whoever the repository allows. */
async function ensure(
  octokit: GitHubClient,
  where: RepoRef,
  planned: PlannedIssue,
  existing: Listed[],
): Promise<string> {
  const found = existing.find((i) => i.body.includes(marker(planned.key)));
  if (found) return `${planned.title}: #${found.number} exists.`;
  const canAssign = assignability(octokit, where);
  const assignees: string[] = [];
  for (const login of planned.assignees) {
    if (await canAssign(login)) assignees.push(login);
    else core.warning(`@${login} cannot be assigned in this repository; the issue names them instead.`);
  }
  const body = `${marker(planned.key)}\n${planned.body}${assignees.length < planned.assignees.length ? `\n\ncc ${planned.assignees.map((l) => `@${l}`).join(' ')}` : ''}`;
  const { data } = await octokit.rest.issues.create({
    ...where,
    title: planned.title,
    body,
    labels: planned.labels,
    assignees,
    request: { retries: 0 },
  });
  existing.push({ number: data.number, state: 'open', body });
  return `${planned.title}: opened #${data.number}.`;
}
