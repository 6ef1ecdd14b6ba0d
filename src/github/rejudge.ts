/**
 * Keeping the gate current. The required check is the swap-check job of a `pull_request_target`
 * run (the default branch's workflow), and its conclusion only changes when that run runs again.
 * So a review (relayed through `workflow_run`) and the hourly schedule re-run the PR's latest judge
 * run: the re-run reads only the PR number from its event and judges the PR as GitHub records it
 * then, reviews and the clock included.
 *
 * Which run judged which PR: the workflow names each judge run `swap check #<n>` (`run-name:` in
 * swap-check.yml, from the event's PR number, never its title). Runs are listed from that workflow
 * file with event `pull_request_target` — runs GitHub starts only from the default branch's file —
 * so neither a PR author nor a branch workflow can add a run to the list or rename one in it.
 */
import type { GitHubClient, RepoRef } from './octokit.js';

export const judgeTitle = (pr: number): string => `swap check #${pr}`;

/** GitHub re-runs a run only "up to 30 days after the initial run"; older runs need not be read. */
export const RERUN_WINDOW_MS = 30 * 86_400_000;
/** Pages of 100 judge runs read: GitHub answers at most 1,000 runs to a filtered listing. */
const MAX_RUN_PAGES = 10;
/** Open PRs without a recent judge run looked at per hourly run (one request each). */
export const MAX_UNJUDGED_LOOKUPS = 100;
/** Re-runs one hourly run starts: each costs a judge run (tens of requests) of the hourly budget. */
export const MAX_RERUNS_PER_SWEEP = 10;

export interface JudgeRun {
  id: number;
  status: string;
  conclusion: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface RejudgeOptions {
  /** The judge workflow's path (`.github/workflows/swap-check.yml`), from GITHUB_WORKFLOW_REF. */
  workflowPath: string;
  now: number;
  /** How long to wait for a judge run that is still going, and how often to look. */
  waitMs: number;
  intervalMs: number;
  sleep: (ms: number) => Promise<void>;
}

export interface Rejudged {
  pr: number;
  /** The run re-run, when one was. */
  runId?: number;
  ok: boolean;
  message: string;
}

/**
 * What GitHub records of one PR's judge runs within the re-run window. A teammate can re-run an
 * older run, and the check the PR shows is then that attempt's: so what counts for expiry is
 * whether any run's latest attempt passed, while the one re-run is always the newest (newest code).
 */
export interface JudgeRuns {
  /** The newest-created run: the one a re-judge re-runs. */
  latest: JudgeRun;
  /** Some run's latest attempt passed: a verdict that time can expire may stand. */
  passed: boolean;
  /** Some run is queued or running. */
  running: boolean;
}

/**
 * The judge runs of each PR created within the re-run window, newest first as GitHub lists them;
 * `stopAt` ends the walk once that PR's newest run is found. `complete` is false when GitHub's
 * 1,000-run answer ended before the window did.
 */
export async function recentJudgeRuns(
  octokit: GitHubClient,
  where: RepoRef,
  workflowPath: string,
  now: number,
  stopAt?: number,
): Promise<{ runs: Map<number, JudgeRuns>; complete: boolean }> {
  const runs = new Map<number, JudgeRuns>();
  const file = workflowPath.split('/').pop()!;
  for (let page = 1; page <= MAX_RUN_PAGES; page++) {
    const data = await listJudgeRuns(octokit, where, file, page);
    if (!data) return { runs, complete: true }; // no such workflow: it never ran
    for (const run of data.workflow_runs) {
      if (now - Date.parse(run.created_at) > RERUN_WINDOW_MS) return { runs, complete: true };
      const pr = Number(/^swap check #(\d+)$/.exec(run.display_title ?? '')?.[1]);
      // The listing is of this file's pull_request_target runs already; checked again all the same.
      if (!pr || run.event !== 'pull_request_target' || run.path !== workflowPath) continue;
      const judge = toJudgeRun(run);
      const seen = runs.get(pr) ?? { latest: judge, passed: false, running: false };
      seen.passed ||= judge.status === 'completed' && judge.conclusion === 'success';
      seen.running ||= judge.status !== 'completed';
      runs.set(pr, seen);
      if (pr === stopAt) return { runs, complete: true };
    }
    if (data.workflow_runs.length < 100) return { runs, complete: true };
  }
  return { runs, complete: false };
}

/** Re-runs the PR's latest judge run, waiting for it first if it is still going. */
export async function rejudge(
  octokit: GitHubClient,
  where: RepoRef,
  pr: number,
  options: RejudgeOptions,
): Promise<Rejudged> {
  const { runs, complete } = await recentJudgeRuns(octokit, where, options.workflowPath, options.now, pr);
  let run = runs.get(pr)?.latest;
  const judgeIt = 'push to the PR (or close and reopen it) to judge it.';
  if (!run)
    return {
      pr,
      ok: false,
      message: complete
        ? `No judge run of ${options.workflowPath} in the last 30 days is recorded for #${pr}; ${judgeIt}`
        : `#${pr}'s judge run is not among the 1,000 newest GitHub lists; ${judgeIt}`,
    };
  for (let waited = 0; run.status !== 'completed' && waited < options.waitMs; waited += options.intervalMs) {
    await options.sleep(options.intervalMs);
    const now = await getRun(octokit, where, run.id);
    if (now) run = toJudgeRun(now);
  }
  if (run.status !== 'completed')
    return {
      pr,
      runId: run.id,
      ok: false,
      message: `The judge run ${run.id} of #${pr} was still ${run.status} after ${Math.round(options.waitMs / 60_000)} min; re-run it once it ends.`,
    };
  return rerun(octokit, where, pr, run);
}

export interface SweepRow extends Rejudged {
  /** Passed over (the message says why), not re-run. */
  skipped?: true;
}

/**
 * The hourly sweep: a passing verdict expires when a shift it moves begins before the merge, so the
 * newest judge run of every open, ready PR that touches the policy is re-run when any of its runs
 * stands passed, the oldest verdicts first, within a bound on re-runs per hour. Failing verdicts never improve with
 * time. Driven by the judge runs, not the PR list, so no number of other PRs can crowd one out;
 * whatever is left undone (deferred, unreadable, unjudged) fails the sweep, so it is seen.
 */
export async function sweepOpenPullRequests(
  octokit: GitHubClient,
  where: RepoRef,
  options: RejudgeOptions & { maxReruns?: number; maxLookups?: number },
): Promise<SweepRow[]> {
  const maxReruns = options.maxReruns ?? MAX_RERUNS_PER_SWEEP;
  const maxLookups = options.maxLookups ?? MAX_UNJUDGED_LOOKUPS;
  const { runs, complete } = await recentJudgeRuns(octokit, where, options.workflowPath, options.now);
  const open = await octokit.paginate(octokit.rest.pulls.list, { ...where, state: 'open', per_page: 100 });
  const rows: SweepRow[] = [];
  const due: { pr: number; run: JudgeRun }[] = [];
  const skip = (pr: number, why: string, ok = true) => rows.push({ pr, ok, message: why, skipped: true });
  let lookups = 0;
  for (const p of open.filter((x) => !x.draft)) {
    const judged = runs.get(p.number);
    const run = judged?.latest;
    if (judged?.running) skip(p.number, 'being judged now');
    else if (judged && !judged.passed)
      skip(p.number, `no judge run of it passed (latest: ${run!.conclusion ?? 'unknown'}); time cannot make it pass`);
    else if (!run && lookups++ >= maxLookups) skip(p.number, `not looked at (over ${maxLookups} unjudged PRs)`, false);
    else if (!(await touchesPolicy(octokit, where, p.number))) skip(p.number, 'changes nothing under oncall/');
    else if (!run)
      skip(
        p.number,
        complete ? 'no judge run in the last 30 days: push to judge it' : 'its judge run was not listed',
        false,
      );
    else due.push({ pr: p.number, run });
  }
  due.sort((a, b) => a.run.updatedAt - b.run.updatedAt);
  for (const [i, { pr, run }] of due.entries())
    if (i < maxReruns) rows.push(await rerun(octokit, where, pr, run));
    else skip(pr, `deferred: over ${maxReruns} re-runs this hour`, false);
  return rows.sort((a, b) => a.pr - b.pr);
}

/** Re-runs a run the listing found, so one created within GitHub's 30-day re-run window. */
async function rerun(octokit: GitHubClient, where: RepoRef, pr: number, run: JudgeRun): Promise<Rejudged> {
  try {
    await octokit.rest.actions.reRunWorkflow({ ...where, run_id: run.id });
    return { pr, runId: run.id, ok: true, message: `Re-running judge run ${run.id} of #${pr}.` };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status !== 403) throw error;
    // Someone (another review's relay) re-ran it a moment ago: that attempt reads the same records.
    const latest = await getRun(octokit, where, run.id);
    if (latest && latest.status !== 'completed')
      return { pr, runId: run.id, ok: true, message: `Judge run ${run.id} of #${pr} is already running again.` };
    return {
      pr,
      runId: run.id,
      ok: false,
      message: `GitHub refused to re-run judge run ${run.id} of #${pr} (HTTP 403); re-run it by hand.`,
    };
  }
}

/** Whether the PR touches oncall/ (a PR of over 100 files is taken to: only the first page is read). */
async function touchesPolicy(octokit: GitHubClient, where: RepoRef, pr: number): Promise<boolean> {
  const { data } = await octokit.rest.pulls.listFiles({ ...where, pull_number: pr, per_page: 100 });
  return (
    data.length >= 100 || data.some((f) => [f.filename, f.previous_filename].some((n) => n?.startsWith('oncall/')))
  );
}

type Run = Awaited<ReturnType<GitHubClient['rest']['actions']['getWorkflowRun']>>['data'];
type RunList = Awaited<ReturnType<GitHubClient['rest']['actions']['listWorkflowRuns']>>['data'];

async function listJudgeRuns(
  octokit: GitHubClient,
  where: RepoRef,
  file: string,
  page: number,
): Promise<RunList | undefined> {
  try {
    const params = { event: 'pull_request_target', exclude_pull_requests: true, per_page: 100, page };
    return (await octokit.rest.actions.listWorkflowRuns({ ...where, workflow_id: file, ...params })).data;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}

async function getRun(octokit: GitHubClient, where: RepoRef, id: number): Promise<Run | undefined> {
  try {
    return (await octokit.rest.actions.getWorkflowRun({ ...where, run_id: id, exclude_pull_requests: true })).data;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined; // deleted
    throw error;
  }
}

function toJudgeRun(run: Run): JudgeRun {
  return {
    id: run.id,
    status: run.status ?? 'unknown',
    conclusion: run.conclusion ?? null,
    createdAt: Date.parse(run.created_at),
    updatedAt: Date.parse(run.updated_at),
  };
}
