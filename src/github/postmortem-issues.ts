/**
 * Postmortem action items as GitHub issues, as use cases. On a push to main: one issue per action
 * item of every postmortem, exactly once. Issues are found again by their hidden marker among all
 * issues the bot opened (the list endpoint is consistent, the Search API lags; a label can be
 * removed by anyone who triages, and an issue anyone else opens with a marker in it is not ours).
 * Each create stands alone: a failure is reported, the rest are filed, and the run fails naming
 * what is left for the next run. Writes are paced under GitHub's content-creation limits. Weekly:
 * one issue listing the overdue items by owner, closed when none are.
 */
import { isCheckedPostmortem } from '../model/kinds.js';
import type { RawFile } from '../model/load.js';
import {
  itemIssues,
  markerIn,
  overdueDigest,
  planIssues,
  REMOVED_LABEL,
  withNote,
  type ExistingIssue,
  type IssueUpdate,
  type ItemIssue,
} from '../postmortems/issues.js';
import { inert, inertCode } from '../render/inert.js';
import { oneLine } from '../render/plain.js';
import { checkPolicy } from '../validate/policy.js';
import { finishPostmortem, preparePostmortem, readTemplate } from '../validate/postmortems.js';
import { assignability } from './assignees.js';
import { firstPages, type GitHubClient, type RepoRef } from './octokit.js';
import { MAX_LISTED_PAGES } from './pull-request.js';
import { githubContentLimits, paceWrites, secondaryLimitOf, WriteCapReached, WritePacer } from './pacing.js';
import { reconcileSingletonIssue } from './singleton-issue.js';
import { findSticky, stickyMarker, upsertSticky } from './sticky-comment.js';

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
  /** The login the token acts as: only issues and comments it wrote are its own. */
  botLogin: string;
}

export interface FilingResult {
  created: number;
  /** Why the run must fail: what is left for the next run. */
  incomplete?: string;
}

/**
 * More issues than this by the bot and the run refuses to file: GitHub documents no limit on the
 * list, so this is the run's own bound (100 pages), failing closed rather than filing a duplicate
 * of an issue it could not read.
 */
const MAX_LISTED = 10_000;

/** The weekly digest of overdue items: one issue, updated while any are overdue. */
export async function reconcileOverdueDigest(
  octokit: GitHubClient,
  where: RepoRef,
  input: { repoUrl: string; botLogin: string; today: string },
): Promise<string> {
  const open = await listItemIssues(octokit, where, input.botLogin, 'open');
  return reconcileSingletonIssue(octokit, where, {
    label: 'postmortem-digest',
    key: 'postmortem-digest',
    title: 'Overdue postmortem action items',
    body: overdueDigest(open, input.today, (n) => `${input.repoUrl}/issues/${n}`),
    closingComment: 'No action item is overdue any more; closing.',
  });
}

/** Files every action item's issue once. */
export async function fileActionItems(
  octokit: GitHubClient,
  where: RepoRef,
  input: FilingInput,
  log: Log,
  pacer = new WritePacer(githubContentLimits()),
): Promise<FilingResult> {
  paceWrites(octokit, pacer);
  // Each postmortem is parsed once: the same parse is checked and, when clean, filed from.
  const { policy } = checkPolicy(input.files);
  // Checked against the template as validate checks it: a postmortem missing a section is not filed from.
  const { template } = readTemplate(input.files);
  const postmortems = input.files
    .filter((f) => isCheckedPostmortem(f.path))
    .flatMap((f) => {
      const prepared = preparePostmortem(f, template);
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
  const existing = await listItemIssues(octokit, where, input.botLogin, 'all');
  const plan = planIssues(wanted, existing, new Set(postmortems.map((p) => p.file)));

  const left: string[] = [];
  const name = (item: ItemIssue) => `"${oneLine(item.title, 80)}" (${item.key}, ${item.postmortem})`;
  for (const c of plan.conflicts) {
    log.warning(
      `Action item ${c.key} is in ${c.postmortems.join(' and ')}: an item's date and id must be unique. Neither is filed until one is renamed.`,
    );
    left.push(`${c.key} (in ${c.postmortems.join(', ')}: give one a new id)`);
  }

  const canAssign = assignability(octokit, where);
  const noteFor = async (item: ItemIssue): Promise<{ assignees: string[]; note?: string }> => {
    if (!item.assignee)
      return { assignees: [], note: `The owner ${inert(item.owner)} has no GitHub login in team.yaml.` };
    if (await canAssign(item.assignee)) return { assignees: [item.assignee] };
    log.warning(
      `@${item.assignee} (owner of "${oneLine(item.title, 80)}") cannot be assigned in this repository; the issue names them instead.`,
    );
    return {
      assignees: [],
      note: `@${item.assignee} could not be assigned here: please take this on or hand it over.`,
    };
  };

  // Writes, one at a time. A cap (the pacer's, or GitHub's answer) stops them all; any other
  // failure is this item's alone.
  let stopped: WriteCapReached | undefined;
  let created = 0;
  const attempt = async (item: ItemIssue, write: () => Promise<unknown>, what: string): Promise<boolean> => {
    if (stopped) return false;
    try {
      await write();
      return true;
    } catch (error) {
      stopped = error instanceof WriteCapReached ? error : secondaryLimitOf(error);
      if (!stopped) log.warning(`Could not ${what} the issue for ${name(item)}: ${(error as Error).message}`);
      return false;
    }
  };
  const unfiled: ItemIssue[] = [];
  for (const item of plan.create)
    if (await attempt(item, () => createOnce(octokit, where, item, noteFor, input.botLogin), 'file')) created++;
    else unfiled.push(item);
  const unupdated: IssueUpdate[] = [];
  for (const u of plan.update)
    if (!(await attempt(u.item, () => applyUpdate(octokit, where, u, noteFor), 'update'))) unupdated.push(u);
  for (const n of plan.removed) {
    if (stopped) break;
    try {
      await octokit.rest.issues.createComment({
        ...where,
        issue_number: n,
        body: 'This action item was removed from its postmortem. Close this issue if the work is no longer needed.',
      });
      await octokit.rest.issues.addLabels({ ...where, issue_number: n, labels: [REMOVED_LABEL] });
    } catch (error) {
      stopped = error instanceof WriteCapReached ? error : secondaryLimitOf(error);
      if (!stopped) log.warning(`Could not mark #${n} as removed from its postmortem: ${(error as Error).message}`);
      left.push(`marking #${n} as removed`);
    }
  }

  // Two runs at once can both create an item's issue; the oldest is the item's, the rest are
  // closed. A run that created nothing has nothing to look at again: a rerun costs only the list.
  const after = created ? await listItemIssues(octokit, where, input.botLogin, 'all') : existing;
  const settled = planIssues(wanted, after, new Set());
  for (const n of new Set([...plan.duplicates, ...settled.duplicates])) {
    if (stopped) break;
    try {
      await octokit.rest.issues.update({ ...where, issue_number: n, state: 'closed', state_reason: 'not_planned' });
    } catch (error) {
      stopped = error instanceof WriteCapReached ? error : secondaryLimitOf(error);
      if (!stopped) log.warning(`Could not close the duplicate #${n}: ${(error as Error).message}`);
      left.push(`closing the duplicate #${n}`);
    }
  }
  log.info(
    `Action items: ${created} filed, ${plan.update.length - unupdated.length} updated, ${plan.removed.length} removed, ${settled.filed.size - created} already filed.`,
  );
  if (!stopped) await commentOnMergedPr(octokit, where, input, wanted, settled.filed, log);

  left.push(
    ...unfiled.map((i) => `filing ${name(i)}`),
    ...unupdated.map((u) => `updating #${u.number} ${name(u.item)}`),
  );
  if (!stopped && left.length === 0) return { created };
  const why = stopped
    ? `Stopped: ${stopped.message}. The next run (or a re-run of this one${stopped.retryAfterSeconds !== undefined ? ` after ${stopped.retryAfterSeconds} s` : ''}) resumes. `
    : '';
  return {
    created,
    incomplete: `${why}${left.length} action item step(s) are left: ${left.join('; ')}.${stopped ? '' : ' The next run finishes them.'}`,
  };
}

/** Every issue the bot opened with an action-item marker; fails closed beyond MAX_LISTED. */
async function listItemIssues(
  octokit: GitHubClient,
  where: RepoRef,
  creator: string,
  state: 'open' | 'all',
): Promise<ExistingIssue[]> {
  let seen = 0;
  const issues = await octokit.paginate(
    octokit.rest.issues.listForRepo,
    { ...where, creator, state, per_page: 100, sort: 'created', direction: 'asc' },
    (response) => {
      seen += response.data.length;
      if (seen > MAX_LISTED)
        throw new Error(
          `${creator} has opened more than ${MAX_LISTED} issues here; not filing, since an item's issue might be among those unread.`,
        );
      return response.data;
    },
  );
  return issues
    .filter((i) => !i.pull_request && markerIn(i.body))
    .map((i) => ({
      number: i.number,
      title: i.title,
      state: i.state,
      body: i.body ?? '',
      labels: i.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
    }));
}

/** How long a failed create is given to land before it is tried again (ONCALL_SETTLE_MS in tests). */
const SETTLE_MS = Number(process.env.ONCALL_SETTLE_MS) || 5_000;

/**
 * Creates an item's issue without the client's automatic retry (a create whose answer was lost may
 * have happened): after a failure that might have landed, look for the marker, and only then try
 * once more. A 4xx answer (but a rate limit) was refused: it is not looked for, nor tried again.
 */
async function createOnce(
  octokit: GitHubClient,
  where: RepoRef,
  item: ItemIssue,
  noteFor: (item: ItemIssue) => Promise<{ assignees: string[]; note?: string }>,
  botLogin: string,
): Promise<number> {
  const { assignees, note } = await noteFor(item);
  const body = withNote(item.body, note);
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
      const status = (error as { status?: number }).status;
      if (error instanceof WriteCapReached || secondaryLimitOf(error) || (status && status >= 400 && status < 500))
        throw error;
      // A create that failed or timed out may still land: look, give it a moment, look again.
      const find = async () =>
        (await listItemIssues(octokit, where, botLogin, 'all')).find((i) => markerIn(i.body)?.key === item.key);
      const found = (await find()) ?? (await new Promise((r) => setTimeout(r, SETTLE_MS)), await find());
      if (found) return found.number;
      if (attempt >= 1) throw error;
    }
  }
}

async function applyUpdate(
  octokit: GitHubClient,
  where: RepoRef,
  u: IssueUpdate,
  noteFor: (item: ItemIssue) => Promise<{ assignees: string[]; note?: string }>,
): Promise<void> {
  const { assignees, note } = u.body || u.reassign ? await noteFor(u.item) : { assignees: [] };
  await octokit.rest.issues.update({
    ...where,
    issue_number: u.number,
    ...(u.title !== undefined ? { title: u.title } : {}),
    ...(u.body ? { body: withNote(u.item.body, note) } : {}),
    ...(u.reassign ? { assignees } : {}),
  });
}

async function commentOnMergedPr(
  octokit: GitHubClient,
  where: RepoRef,
  input: FilingInput,
  wanted: readonly ItemIssue[],
  filed: ReadonlyMap<string, number>,
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
    // The oldest issue of each item: the one a duplicate-closing run keeps open.
    const lines = mine.map((w) => {
      const n = filed.get(w.key);
      return `- ${n ? `#${n}` : '(not filed yet)'} ${inert(w.title)} — ${inertCode(w.postmortem)}`;
    });
    const body = `## Postmortem action items filed\n\n${lines.join('\n')}\n`;
    const sticky = await findSticky(octokit, where, pr.number, 'postmortem-issues', input.botLogin);
    await upsertSticky(octokit, where, pr.number, 'postmortem-issues', sticky, body);
    await settleComments(octokit, where, pr.number, `${stickyMarker('postmortem-issues')}\n${body}`, input.botLogin);
  } catch (error) {
    if (error instanceof WriteCapReached || secondaryLimitOf(error)) throw error;
    log.warning(`Could not comment on the merged pull request: ${(error as Error).message}`);
  }
}

/**
 * Two runs at once can each find no comment and create one. After writing, look again: the oldest
 * of the bot's marked comments stays, with this body; the others go (one may already be gone, deleted
 * by the other run).
 */
async function settleComments(
  octokit: GitHubClient,
  where: RepoRef,
  pr: number,
  full: string,
  botLogin: string,
): Promise<void> {
  const marker = stickyMarker('postmortem-issues');
  const comments = (
    await octokit.paginate(
      octokit.rest.issues.listComments,
      { ...where, issue_number: pr, per_page: 100 },
      firstPages(MAX_LISTED_PAGES),
    )
  )
    // The marker opens the tool's own comment; one quoted further in is someone's text.
    .filter((c) => c.body?.startsWith(marker) && c.user?.login.toLowerCase() === botLogin.toLowerCase())
    .sort((a, b) => a.id - b.id);
  const [keep, ...extra] = comments;
  for (const c of extra)
    await octokit.rest.issues.deleteComment({ ...where, comment_id: c.id }).catch((error: { status?: number }) => {
      if (error.status !== 404) throw error;
    });
  if (keep && keep.body !== full)
    await octokit.rest.issues.updateComment({ ...where, comment_id: keep.id, body: full });
}
