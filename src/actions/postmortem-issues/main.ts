/**
 * The postmortem-issues action. On a push to main: one GitHub issue per action item of every
 * postmortem, exactly once (found again by its marker, through the issues list filtered by label,
 * never the lagging Search API), titles kept in step with rewording, a comment on issues whose item
 * was removed, and one comment on the merged PR listing the issues. Weekly (mode digest): one issue
 * listing the overdue items by owner, closed when none are.
 */
import * as core from '@actions/core';
import { resolve } from 'node:path';
import { readRunContext } from '../../github/context.js';
import { assignability } from '../../github/assignees.js';
import { createGitHub, type GitHubClient } from '../../github/octokit.js';
import type { RepoRef } from '../../github/octokit.js';
import { reconcileSingletonIssue } from '../../github/singleton-issue.js';
import { findSticky, upsertSticky } from '../../github/sticky-comment.js';
import { readPolicyFiles } from '../../io/read-policy.js';
import { isCheckedPostmortem } from '../../model/kinds.js';
import {
  itemIssues,
  ITEM_LABEL,
  keyOf,
  markerOf,
  overdueDigest,
  planIssues,
  REMOVED_LABEL,
  type ExistingIssue,
  type ItemIssue,
} from '../../postmortems/issues.js';
import { checkPolicy } from '../../validate/policy.js';
import { finishPostmortem, preparePostmortem } from '../../validate/postmortems.js';

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
    const mode = core.getInput('mode') || (ctx.eventName === 'schedule' ? 'digest' : 'file');

    if (mode === 'digest') {
      const open = await listItemIssues(octokit, where, 'open');
      const body = overdueDigest(
        open,
        new Date().toISOString().slice(0, 10),
        (n) => `${ctx.serverUrl}/${owner}/${repo}/issues/${n}`,
      );
      core.info(
        await reconcileSingletonIssue(octokit, where, {
          label: 'postmortem-digest',
          key: 'postmortem-digest',
          title: 'Overdue postmortem action items',
          body,
          closingComment: 'No action item is overdue any more; closing.',
        }),
      );
      return;
    }

    const root = resolve(ctx.workspace, core.getInput('root') || '.');
    const files = await readPolicyFiles(root);
    // Each postmortem is parsed once: the same parse is checked and, when clean, filed from.
    const { policy } = checkPolicy(files);
    const postmortems = files
      .filter((f) => isCheckedPostmortem(f.path))
      .flatMap((f) => {
        const prepared = preparePostmortem(f);
        // A postmortem with errors is not filed from: its items may be half written.
        const errors = finishPostmortem(prepared, policy, {}).filter((x) => x.severity === 'error');
        if (errors.length) {
          core.warning(
            `${f.path} has ${errors.length} error(s) (oncall validate); its action items are not filed until they are fixed.`,
          );
          return [];
        }
        return [prepared.postmortem];
      });
    const wanted = itemIssues(postmortems, { policy, blobBase: `${ctx.serverUrl}/${owner}/${repo}/blob/${ctx.sha}` });
    const existing = await listItemIssues(octokit, where, 'all');
    const plan = planIssues(wanted, existing, new Set(postmortems.map((p) => p.file)));

    const canAssign = assignability(octokit, where);
    for (const item of plan.create) await createOnce(octokit, where, item, canAssign);
    for (const r of plan.retitle)
      await octokit.rest.issues.update({ ...where, issue_number: r.number, title: r.title });
    for (const n of plan.removed) {
      await octokit.rest.issues.createComment({
        ...where,
        issue_number: n,
        body: 'This action item was removed from its postmortem. Close this issue if the work is no longer needed.',
      });
      await octokit.rest.issues.addLabels({ ...where, issue_number: n, labels: [REMOVED_LABEL] });
    }
    // Two runs at once can both create an item's issue; keep the first, close the rest. A run that
    // created nothing has nothing to look at again: a rerun costs only the list.
    const after = plan.create.length ? await listItemIssues(octokit, where, 'all') : existing;
    for (const n of [...new Set([...plan.duplicates, ...planIssues(wanted, after, new Set()).duplicates])])
      await octokit.rest.issues.update({ ...where, issue_number: n, state: 'closed', state_reason: 'not_planned' });
    core.info(
      `Action items: ${plan.create.length} filed, ${plan.retitle.length} retitled, ${plan.removed.length} removed, ${wanted.length - plan.create.length} already filed.`,
    );
    core.setOutput('created', String(plan.create.length));

    await commentOnMergedPr(octokit, where, ctx.sha, wanted, after, ctx.event);
  } catch (error) {
    core.setFailed(`postmortem issues could not be filed: ${(error as Error).message}`);
  }
}

async function listItemIssues(octokit: GitHubClient, where: RepoRef, state: 'open' | 'all'): Promise<ExistingIssue[]> {
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    ...where,
    labels: ITEM_LABEL,
    state,
    per_page: 100,
  });
  return issues
    .filter((i) => !i.pull_request)
    .map((i) => ({
      number: i.number,
      title: i.title,
      state: i.state,
      body: i.body ?? '',
      labels: i.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
    }));
}

/**
 * Creates an item's issue without the client's automatic retry (a create whose answer was lost may
 * have happened): after a failure, look for the marker, and only then try once more.
 */
/** How long a failed create is given to land before it is tried again (ONCALL_SETTLE_MS in tests). */
const SETTLE_MS = Number(process.env.ONCALL_SETTLE_MS) || 5_000;

async function createOnce(
  octokit: GitHubClient,
  where: RepoRef,
  item: ItemIssue,
  canAssign: (login: string) => Promise<boolean>,
): Promise<number> {
  let assignees: string[] = [];
  let body = item.body;
  if (item.assignee) {
    if (await canAssign(item.assignee)) assignees = [item.assignee];
    else {
      core.warning(
        `@${item.assignee} (owner of "${item.title}") cannot be assigned in this repository; the issue names them instead.`,
      );
      body += `\n\n@${item.assignee} could not be assigned here: please take this on or hand it over.`;
    }
  } else body += `\n\nThe owner "${item.owner}" has no GitHub login in team.yaml.`;
  for (let attempt = 0; ; attempt++) {
    try {
      const { data } = await octokit.rest.issues.create({
        ...where,
        title: item.title,
        body,
        labels: item.labels,
        assignees,
        request: { retries: 0 },
      });
      return data.number;
    } catch (error) {
      // A create that failed or timed out may still land: look, give it a moment, look again.
      const find = async () => (await listItemIssues(octokit, where, 'all')).find((i) => keyOf(i.body) === item.key);
      const found = (await find()) ?? (await new Promise((r) => setTimeout(r, SETTLE_MS)), await find());
      if (found) return found.number;
      if (attempt >= 1)
        throw new Error(`creating the issue for ${item.key} failed: ${(error as Error).message}`, { cause: error });
    }
  }
}

async function commentOnMergedPr(
  octokit: GitHubClient,
  where: RepoRef,
  sha: string | undefined,
  wanted: readonly ItemIssue[],
  issues: readonly ExistingIssue[],
  event: Record<string, unknown>,
): Promise<void> {
  const commits = (event.commits as { added?: string[]; modified?: string[] }[] | undefined) ?? [];
  const touched = new Set(commits.flatMap((c) => [...(c.added ?? []), ...(c.modified ?? [])]));
  const mine = wanted.filter((w) => touched.has(w.postmortem));
  if (!sha || mine.length === 0) return;
  try {
    const { data: pulls } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      ...where,
      commit_sha: sha,
    });
    const pr = pulls[0];
    if (!pr) return;
    const lines = mine.map((w) => {
      const issue =
        issues.find((i) => i.body.includes(markerOf(w.key)) && i.state === 'open') ??
        issues.find((i) => i.body.includes(markerOf(w.key)));
      return `- ${issue ? `#${issue.number}` : '(not filed)'} ${w.title} — ${w.postmortem}`;
    });
    const sticky = await findSticky(
      octokit,
      where,
      pr.number,
      'postmortem-issues',
      core.getInput('bot-login') || 'github-actions[bot]',
    );
    await upsertSticky(
      octokit,
      where,
      pr.number,
      'postmortem-issues',
      sticky,
      `## Postmortem action items filed\n\n${lines.join('\n')}\n`,
    );
  } catch (error) {
    core.warning(`Could not comment on the merged pull request: ${(error as Error).message}`);
  }
}
