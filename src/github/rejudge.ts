/**
 * Keeping the gate current. The required check is the swap-check job of a `pull_request_target`
 * run (the default branch's workflow), and its conclusion only changes when that run runs again.
 * So a review (relayed through `workflow_run`) and the hourly schedule re-run the PR's latest judge
 * run: the re-run reads only the PR number from its event and judges the PR as GitHub records it
 * then, reviews and the clock included.
 *
 * Which run judged which PR: the judge job uploads an artifact named `swap-check-pr-<n>` before it
 * judges. Only a run can upload to itself, and a run counts only when GitHub records it as a
 * `pull_request_target` run of this very workflow file (which GitHub always takes from the default
 * branch), so neither a PR author nor a branch workflow can point a re-run elsewhere.
 */
import type { GitHubClient, RepoRef } from './octokit.js';

export const judgeArtifact = (pr: number): string => `swap-check-pr-${pr}`;

/** GitHub re-runs a run only "up to 30 days after the initial run". */
export const RERUN_WINDOW_MS = 30 * 86_400_000;
/** Runs looked up per PR: each re-run attempt uploads its record again, so a few cover the latest. */
const MAX_RUN_LOOKUPS = 5;
/** Open PRs looked at per hourly run, least recently updated first: about three requests each. */
export const MAX_PULLS_PER_SWEEP = 100;
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

/** The PR's latest judge run as GitHub records it, or undefined when none is. */
export async function latestJudgeRun(
  octokit: GitHubClient,
  where: RepoRef,
  pr: number,
  workflowPath: string,
): Promise<JudgeRun | undefined> {
  const { data } = await octokit.rest.actions.listArtifactsForRepo({
    ...where,
    name: judgeArtifact(pr),
    per_page: 100,
  });
  const ids = [
    ...new Set(data.artifacts.map((a) => a.workflow_run?.id).filter((id): id is number => id !== undefined)),
  ];
  let latest: JudgeRun | undefined;
  for (const id of ids.slice(0, MAX_RUN_LOOKUPS)) {
    const run = await getRun(octokit, where, id);
    // An artifact of that name from any other run (a branch workflow's, say) names nothing.
    if (!run || run.event !== 'pull_request_target' || run.path !== workflowPath) continue;
    const found = toJudgeRun(run);
    if (!latest || found.createdAt > latest.createdAt) latest = found;
  }
  return latest;
}

/** Re-runs the PR's latest judge run, waiting for it first if it is still going. */
export async function rejudge(
  octokit: GitHubClient,
  where: RepoRef,
  pr: number,
  options: RejudgeOptions,
): Promise<Rejudged> {
  let run = await latestJudgeRun(octokit, where, pr, options.workflowPath);
  if (!run)
    return {
      pr,
      ok: false,
      message: `No judge run of ${options.workflowPath} is recorded for #${pr}; push to the PR (or close and reopen it) to judge it.`,
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
  return rerun(octokit, where, pr, run, options.now);
}

export interface SweepRow extends Rejudged {
  /** Why a PR was passed over, when it was. */
  skipped?: string;
}

/**
 * The hourly sweep: a passing verdict expires when a shift it moves begins before the merge, so
 * every open PR whose latest judge run passed and that touches the policy is re-judged, the oldest
 * verdicts first, within a bound on re-runs per hour. Failing verdicts never improve with time.
 */
export async function sweepOpenPullRequests(
  octokit: GitHubClient,
  where: RepoRef,
  options: RejudgeOptions & { maxPulls?: number; maxReruns?: number },
): Promise<SweepRow[]> {
  const maxPulls = options.maxPulls ?? MAX_PULLS_PER_SWEEP;
  const maxReruns = options.maxReruns ?? MAX_RERUNS_PER_SWEEP;
  const open = await octokit.paginate(octokit.rest.pulls.list, { ...where, state: 'open', per_page: 100 });
  const ready = open.filter((p) => !p.draft).sort((a, b) => Date.parse(a.updated_at) - Date.parse(b.updated_at));
  const rows: SweepRow[] = [];
  const due: { pr: number; run: JudgeRun }[] = [];
  for (const [i, p] of ready.entries()) {
    const skip = (why: string) => rows.push({ pr: p.number, ok: true, message: why, skipped: why });
    if (i >= maxPulls) {
      skip(`not looked at this hour (over ${maxPulls} open PRs)`);
      continue;
    }
    if (!(await touchesPolicy(octokit, where, p.number))) {
      skip('changes nothing under oncall/');
      continue;
    }
    const run = await latestJudgeRun(octokit, where, p.number, options.workflowPath);
    if (!run) skip('no judge run recorded');
    else if (run.status !== 'completed') skip(`being judged now (${run.status})`);
    else if (run.conclusion !== 'success')
      skip(`its verdict is ${run.conclusion ?? 'unknown'}; time cannot make it pass`);
    else due.push({ pr: p.number, run });
  }
  due.sort((a, b) => a.run.updatedAt - b.run.updatedAt);
  for (const [i, { pr, run }] of due.entries())
    rows.push(
      i < maxReruns
        ? await rerun(octokit, where, pr, run, options.now)
        : { pr, ok: true, message: 'deferred to a later hour', skipped: `over ${maxReruns} re-runs this hour` },
    );
  return rows.sort((a, b) => a.pr - b.pr);
}

async function rerun(octokit: GitHubClient, where: RepoRef, pr: number, run: JudgeRun, now: number): Promise<Rejudged> {
  if (now - run.createdAt > RERUN_WINDOW_MS)
    return {
      pr,
      runId: run.id,
      ok: false,
      message: `GitHub re-runs a run only within 30 days, and #${pr}'s judge run ${run.id} is older: push to the PR (or close and reopen it) to judge it again.`,
    };
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
