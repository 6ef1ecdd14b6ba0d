/**
 * The one pull request that adopts overrides made in PagerDuty as swap files (the drift run's):
 * opened when there is something to adopt, its branch force-updated to one commit on the default
 * branch with exactly the files adopt wrote, closed when nothing is left. Its branch is rewritten
 * only when that commit would differ, so a quiet day pushes nothing and restarts no review.
 *
 * What goes in is data this tool serialized (src/pagerduty/adopt.ts); the body renders what came
 * from PagerDuty (user names in the reports) inert. The bot cannot approve its own pull request,
 * and the swap check judges it like any swap: consent of each person moved, and notice.
 */
import { EMERGENCY_LABEL } from '../changes/checks.js';
import type { AdoptResult } from '../pagerduty/adopt.js';
import { inert, inertCode } from '../render/inert.js';
import type { GitHubClient, RepoRef } from './octokit.js';

export const ADOPT_BRANCH = 'oncall-as-code/adopt-overrides';
const MARKER = '<!-- oncall-as-code:adopt-overrides -->';
const TITLE = 'Adopt overrides made in PagerDuty as swaps';
/** GitHub refuses a body over 65,536 characters: lists are cut, with a count, to stay well under it. */
const MAX_ITEMS = 100;
const MAX_LIST_CHARS = 24_000;

export interface AdoptPullRequest {
  message: string;
  /** The open pull request, when there is one after this run. */
  number?: number;
}

export async function reconcileAdoptPullRequest(
  octokit: GitHubClient,
  where: RepoRef,
  adopted: AdoptResult,
  botLogin: string,
): Promise<AdoptPullRequest> {
  const { data: repository } = await octokit.rest.repos.get({ ...where });
  const base = repository.default_branch;
  const { data: open } = await octokit.rest.pulls.list({
    ...where,
    head: `${where.owner}:${ADOPT_BRANCH}`,
    base,
    state: 'open',
    per_page: 100,
  });
  // Only the bot's own pull request is its: a member can open one from this branch, or start a
  // body with the marker. Anything else there stops the run before a push, naming it.
  const ours = (p: (typeof open)[number]) => p.user?.login === botLogin && p.body?.startsWith(MARKER) === true;
  const pull = open.find(ours);
  const foreign = open.filter((p) => !ours(p));
  if (foreign.length)
    return {
      message: `${TITLE}: not updated — the branch ${ADOPT_BRANCH} has pull request(s) the bot did not open (${foreign.map((p) => `#${p.number}`).join(', ')}). Close them so the drift check can open its own.`,
    };
  if (adopted.written.length === 0) {
    if (!pull) return { message: `${TITLE}: nothing to adopt.` };
    await octokit.rest.issues.createComment({
      ...where,
      issue_number: pull.number,
      body: 'Every override made in PagerDuty is explained by a swap or gone; closing.',
    });
    await octokit.rest.pulls.update({ ...where, pull_number: pull.number, state: 'closed' });
    return { message: `${TITLE}: closed #${pull.number}.` };
  }
  const tip = (await octokit.rest.git.getRef({ ...where, ref: `heads/${base}` })).data.object.sha;
  const baseTree = (await octokit.rest.git.getCommit({ ...where, commit_sha: tip })).data.tree.sha;
  const { data: tree } = await octokit.rest.git.createTree({
    ...where,
    base_tree: baseTree,
    tree: adopted.written.map((w) => ({
      path: w.path,
      mode: '100644' as const,
      type: 'blob' as const,
      content: w.text,
    })),
  });
  const head = pull && (await octokit.rest.git.getCommit({ ...where, commit_sha: pull.head.sha })).data;
  if (!head || head.tree.sha !== tree.sha || head.parents.map((p) => p.sha).join() !== tip) {
    const { data: commit } = await octokit.rest.git.createCommit({
      ...where,
      message: `Adopt ${adopted.written.length} override(s) made in PagerDuty as swap files`,
      tree: tree.sha,
      parents: [tip],
    });
    await moveBranch(octokit, where, commit.sha);
  }
  const body = adoptBody(adopted);
  if (pull) {
    if (pull.body !== body || pull.title !== TITLE)
      await octokit.rest.pulls.update({ ...where, pull_number: pull.number, title: TITLE, body });
    return { message: `${TITLE}: updated #${pull.number}.`, number: pull.number };
  }
  const { data } = await octokit.rest.pulls.create({ ...where, title: TITLE, head: ADOPT_BRANCH, base, body });
  return { message: `${TITLE}: opened #${data.number}.`, number: data.number };
}

/** The branch to `sha`, as a force push: it holds nothing but the bot's one commit. */
async function moveBranch(octokit: GitHubClient, where: RepoRef, sha: string): Promise<void> {
  try {
    await octokit.rest.git.getRef({ ...where, ref: `heads/${ADOPT_BRANCH}` });
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
    await octokit.rest.git.createRef({ ...where, ref: `refs/heads/${ADOPT_BRANCH}`, sha });
    return;
  }
  await octokit.rest.git.updateRef({ ...where, ref: `heads/${ADOPT_BRANCH}`, sha, force: true });
}

/** The first lines that fit both MAX_ITEMS and MAX_LIST_CHARS: inert escaping can double a line. */
function fitting(lines: readonly string[]): string[] {
  const out: string[] = [];
  let size = 0;
  for (const line of lines.slice(0, MAX_ITEMS)) {
    if (size + line.length + 1 > MAX_LIST_CHARS) break;
    out.push(line);
    size += line.length + 1;
  }
  return out;
}

export function adoptBody(adopted: AdoptResult): string {
  const rows = fitting(
    adopted.written.map(
      (w) =>
        `- ${inertCode(w.path)}: ${inertCode(w.data.covering)} covers ${inertCode(w.data.relieved)} on ${inertCode(w.data.schedule)}, ${inertCode(w.data.start)} to ${inertCode(w.data.end ?? '')}`,
    ),
  );
  const more = adopted.written.length - rows.length;
  const reported = fitting(adopted.reported.map((r) => `- ${inert(r, 400)}`));
  const unlisted = adopted.reported.length - reported.length;
  return [
    MARKER,
    'Someone made these overrides in PagerDuty without a swap file. This pull request adds the swap files that explain them, so the sync leaves them in place instead of reporting them (or deleting them with `--prune`).',
    '',
    ...rows,
    ...(more > 0 ? [`- … and ${more} more (see the files).`] : []),
    '',
    `**Review it like any swap.** The swap check asks each person moved to approve, and the override usually exists already, so it is short notice: as an emergency it needs the \`${EMERGENCY_LABEL}\` label and a manager's approval, as the procedures ask. The bot cannot approve its own pull request. Pull requests the workflow's token opens start no workflows: close and reopen this one (or push to it) to run the checks. If an override was a mistake, remove it in PagerDuty instead: the next drift run drops its file, and closes this pull request when nothing is left.`,
    ...(reported.length ? ['', '**Not adopted** (for people to resolve; nothing was guessed):', '', ...reported] : []),
    ...(unlisted > 0 ? [`- … and ${unlisted} more (see the drift issue).`] : []),
    '',
    'This pull request is rewritten by the daily drift check; changes pushed to its branch are replaced.',
  ].join('\n');
}
