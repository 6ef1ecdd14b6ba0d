/**
 * Postmortem action items as GitHub issues, as use cases. On a push to main: one issue per action
 * item of every postmortem, exactly once (found again by its marker, through the issues list
 * filtered by label, never the lagging Search API), titles kept in step with rewording, a comment
 * on issues whose item was removed, and one comment on the merged PR listing the issues. Weekly:
 * one issue listing the overdue items by owner, closed when none are.
 */
import { isCheckedPostmortem } from '../model/kinds.js';
import type { RawFile } from '../model/load.js';
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
} from '../postmortems/issues.js';
import { checkPolicy } from '../validate/policy.js';
import { finishPostmortem, preparePostmortem } from '../validate/postmortems.js';
import { assignability } from './assignees.js';
import type { GitHubClient, RepoRef } from './octokit.js';
import { reconcileSingletonIssue } from './singleton-issue.js';
import { findSticky, upsertSticky } from './sticky-comment.js';

export interface Log {
  info: (message: string) => void;
  warning: (message: string) => void;
}

export interface FilingInput {
  files: readonly RawFile[];
  /** Where issues link to: `<server>/<owner>/<repo>`. */
  repoUrl: string;
  /** The pushed commit: links point at it, and the merged PR is found by it. */
  sha: string | undefined;
  /** The push event's commits, to tell which postmortems this push touched. */
  event: Record<string, unknown>;
  botLogin: string;
}

/** The weekly digest of overdue items: one issue, updated while any are overdue. */
export async function reconcileOverdueDigest(
  octokit: GitHubClient,
  where: RepoRef,
  repoUrl: string,
  today: string,
): Promise<string> {
  const open = await listItemIssues(octokit, where, 'open');
  return reconcileSingletonIssue(octokit, where, {
    label: 'postmortem-digest',
    key: 'postmortem-digest',
    title: 'Overdue postmortem action items',
    body: overdueDigest(open, today, (n) => `${repoUrl}/issues/${n}`),
    closingComment: 'No action item is overdue any more; closing.',
  });
}

/** Files every action item's issue once; returns how many were created. */
export async function fileActionItems(
  octokit: GitHubClient,
  where: RepoRef,
  input: FilingInput,
  log: Log,
): Promise<number> {
  // Each postmortem is parsed once: the same parse is checked and, when clean, filed from.
  const { policy } = checkPolicy(input.files);
  const postmortems = input.files
    .filter((f) => isCheckedPostmortem(f.path))
    .flatMap((f) => {
      const prepared = preparePostmortem(f);
      // A postmortem with errors is not filed from: its items may be half written.
      const errors = finishPostmortem(prepared, policy, {}).filter((x) => x.severity === 'error');
      if (errors.length) {
        log.warning(
          `${f.path} has ${errors.length} error(s) (oncall validate); its action items are not filed until they are fixed.`,
        );
        return [];
      }
      return [prepared.postmortem];
    });
  const wanted = itemIssues(postmortems, { policy, blobBase: `${input.repoUrl}/blob/${input.sha}` });
  const existing = await listItemIssues(octokit, where, 'all');
  const plan = planIssues(wanted, existing, new Set(postmortems.map((p) => p.file)));

  const canAssign = assignability(octokit, where);
  for (const item of plan.create) await createOnce(octokit, where, item, canAssign, log);
  for (const r of plan.retitle) await octokit.rest.issues.update({ ...where, issue_number: r.number, title: r.title });
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
  log.info(
    `Action items: ${plan.create.length} filed, ${plan.retitle.length} retitled, ${plan.removed.length} removed, ${wanted.length - plan.create.length} already filed.`,
  );
  await commentOnMergedPr(octokit, where, input, wanted, after, log);
  return plan.create.length;
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
  log: Log,
): Promise<number> {
  let assignees: string[] = [];
  let body = item.body;
  if (item.assignee) {
    if (await canAssign(item.assignee)) assignees = [item.assignee];
    else {
      log.warning(
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
  input: FilingInput,
  wanted: readonly ItemIssue[],
  issues: readonly ExistingIssue[],
  log: Log,
): Promise<void> {
  const sha = input.sha;
  const commits = (input.event.commits as { added?: string[]; modified?: string[] }[] | undefined) ?? [];
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
    const sticky = await findSticky(octokit, where, pr.number, 'postmortem-issues', input.botLogin);
    await upsertSticky(
      octokit,
      where,
      pr.number,
      'postmortem-issues',
      sticky,
      `## Postmortem action items filed\n\n${lines.join('\n')}\n`,
    );
  } catch (error) {
    log.warning(`Could not comment on the merged pull request: ${(error as Error).message}`);
  }
}
