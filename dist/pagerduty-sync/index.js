import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  ApplyError,
  PagerDutyClient,
  markPublicKeyOf,
  planFailure,
  planOutputs,
  renderPlanMarkdown,
  renderSyncSummary,
  syncPagerDuty
} from "../shared/chunk-S5KICEFG.js";
import "../shared/chunk-K6L23WSI.js";
import {
  EMERGENCY_LABEL
} from "../shared/chunk-YKDLSHO4.js";
import "../shared/chunk-PN6AARRH.js";
import {
  findSticky,
  upsertSticky
} from "../shared/chunk-OI6R3OR5.js";
import "../shared/chunk-HHWMYBGA.js";
import {
  reconcileSingletonIssue
} from "../shared/chunk-A53FSVZC.js";
import {
  createGitHub
} from "../shared/chunk-GY72BW2S.js";
import "../shared/chunk-MDJBTUMF.js";
import {
  readRunContext,
  secretInput
} from "../shared/chunk-5X6HWPBO.js";
import {
  inert,
  inertCode
} from "../shared/chunk-JUWO424D.js";
import "../shared/chunk-JDEQIK3C.js";
import "../shared/chunk-V6IP6AW7.js";
import {
  emitAnnotations
} from "../shared/chunk-X32DJ6MM.js";
import "../shared/chunk-WMNTHIWY.js";
import {
  readPolicyFiles
} from "../shared/chunk-5N34RSQA.js";
import {
  getBooleanInput,
  getInput,
  info,
  setFailed,
  setOutput,
  summary,
  warning
} from "../shared/chunk-OGM2ZFWQ.js";
import "../shared/chunk-5AWG3TPM.js";
import "../shared/chunk-EXLADYM2.js";
import "../shared/chunk-ETVPNU4B.js";
import "../shared/chunk-DQA6EP7E.js";
import "../shared/chunk-RWRK4OFQ.js";
import "../shared/chunk-HPB5NIOG.js";

// src/actions/pagerduty-sync/main.ts
import { resolve } from "node:path";

// src/github/adopt-pr.ts
var ADOPT_BRANCH = "oncall-as-code/adopt-overrides";
var MARKER = "<!-- oncall-as-code:adopt-overrides -->";
var TITLE = "Adopt overrides made in PagerDuty as swaps";
var MAX_ITEMS = 100;
var MAX_LIST_CHARS = 24e3;
async function reconcileAdoptPullRequest(octokit, where, adopted, botLogin) {
  const { data: repository } = await octokit.rest.repos.get({ ...where });
  const base = repository.default_branch;
  const { data: open } = await octokit.rest.pulls.list({
    ...where,
    head: `${where.owner}:${ADOPT_BRANCH}`,
    base,
    state: "open",
    per_page: 100
  });
  const ours = (p) => p.user?.login === botLogin && p.body?.startsWith(MARKER) === true;
  const pull = open.find(ours);
  const foreign = open.filter((p) => !ours(p));
  if (foreign.length)
    return {
      message: `${TITLE}: not updated \u2014 the branch ${ADOPT_BRANCH} has pull request(s) the bot did not open (${foreign.map((p) => `#${p.number}`).join(", ")}). Close them so the drift check can open its own.`
    };
  if (adopted.written.length === 0) {
    if (!pull) return { message: `${TITLE}: nothing to adopt.` };
    await octokit.rest.issues.createComment({
      ...where,
      issue_number: pull.number,
      body: "Every override made in PagerDuty is explained by a swap or gone; closing."
    });
    await octokit.rest.pulls.update({ ...where, pull_number: pull.number, state: "closed" });
    return { message: `${TITLE}: closed #${pull.number}.` };
  }
  const tip = (await octokit.rest.git.getRef({ ...where, ref: `heads/${base}` })).data.object.sha;
  const baseTree = (await octokit.rest.git.getCommit({ ...where, commit_sha: tip })).data.tree.sha;
  const { data: tree } = await octokit.rest.git.createTree({
    ...where,
    base_tree: baseTree,
    tree: adopted.written.map((w) => ({
      path: w.path,
      mode: "100644",
      type: "blob",
      content: w.text
    }))
  });
  const head = pull && (await octokit.rest.git.getCommit({ ...where, commit_sha: pull.head.sha })).data;
  if (!head || head.tree.sha !== tree.sha || head.parents.map((p) => p.sha).join() !== tip) {
    const { data: commit } = await octokit.rest.git.createCommit({
      ...where,
      message: `Adopt ${adopted.written.length} override(s) made in PagerDuty as swap files`,
      tree: tree.sha,
      parents: [tip]
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
async function moveBranch(octokit, where, sha) {
  try {
    await octokit.rest.git.getRef({ ...where, ref: `heads/${ADOPT_BRANCH}` });
  } catch (error) {
    if (error.status !== 404) throw error;
    await octokit.rest.git.createRef({ ...where, ref: `refs/heads/${ADOPT_BRANCH}`, sha });
    return;
  }
  await octokit.rest.git.updateRef({ ...where, ref: `heads/${ADOPT_BRANCH}`, sha, force: true });
}
function fitting(lines) {
  const out = [];
  let size = 0;
  for (const line of lines.slice(0, MAX_ITEMS)) {
    if (size + line.length + 1 > MAX_LIST_CHARS) break;
    out.push(line);
    size += line.length + 1;
  }
  return out;
}
function adoptBody(adopted) {
  const rows = fitting(
    adopted.written.map(
      (w) => `- ${inertCode(w.path)}: ${inertCode(w.data.covering)} covers ${inertCode(w.data.relieved)} on ${inertCode(w.data.schedule)}, ${inertCode(w.data.start)} to ${inertCode(w.data.end ?? "")}`
    )
  );
  const more = adopted.written.length - rows.length;
  const reported = fitting(adopted.reported.map((r) => `- ${inert(r, 400)}`));
  const unlisted = adopted.reported.length - reported.length;
  return [
    MARKER,
    "Someone made these overrides in PagerDuty without a swap file. This pull request adds the swap files that explain them, so the sync leaves them in place instead of reporting them (or deleting them with `--prune`).",
    "",
    ...rows,
    ...more > 0 ? [`- \u2026 and ${more} more (see the files).`] : [],
    "",
    `**Review it like any swap.** The swap check asks each person moved to approve, and the override usually exists already, so it is short notice: as an emergency it needs the \`${EMERGENCY_LABEL}\` label and a manager's approval, as the procedures ask. The bot cannot approve its own pull request. Pull requests the workflow's token opens start no workflows: close and reopen this one (or push to it) to run the checks. If an override was a mistake, remove it in PagerDuty instead: the next drift run drops its file, and closes this pull request when nothing is left.`,
    ...reported.length ? ["", "**Not adopted** (for people to resolve; nothing was guessed):", "", ...reported] : [],
    ...unlisted > 0 ? [`- \u2026 and ${unlisted} more (see the drift issue).`] : [],
    "",
    "This pull request is rewritten by the daily drift check; changes pushed to its branch are replaced."
  ].join("\n");
}

// src/github/drift-issue.ts
var DRIFT_LABEL = "pagerduty-drift";
async function reconcileDriftIssue(octokit, where, drift, adoptPr) {
  const adopt = adoptPr === void 0 ? "" : `Overrides made in PagerDuty that no swap explains are adopted as swap files in #${adoptPr}: review and merge it, or remove the overrides in PagerDuty.

`;
  return reconcileSingletonIssue(octokit, where, {
    label: DRIFT_LABEL,
    key: "pagerduty-drift",
    title: "PagerDuty has drifted from the on-call policy",
    body: drift && `PagerDuty differs from the policy in this repository. Until it is resolved, PagerDuty pages differently from what \`oncall/\` says. Merge a change to \`oncall/\` or run the sync (apply) to make PagerDuty match.

${adopt}${drift}`,
    closingComment: "PagerDuty matches the policy again; closing."
  });
}

// src/github/pagerduty-plan.ts
async function publishPlan(ctx, token, mode, result, markdown, options) {
  const [owner, repo] = (ctx.repository ?? "/").split("/");
  const where = { owner, repo };
  const octokit = createGitHub({ token, baseUrl: ctx.apiUrl });
  if (mode === "drift") {
    const plan = result.plan;
    const drifted = [plan.changes, plan.warnings, plan.errors, plan.blocked].some((list) => list.length > 0);
    let adoptPr;
    if (result.adopted)
      try {
        const pr = await reconcileAdoptPullRequest(octokit, where, result.adopted, options.botLogin);
        options.info(pr.message);
        adoptPr = pr.number;
      } catch (error) {
        options.warning(`Could not update the pull request that adopts overrides: ${error.message}`);
      }
    options.info(await reconcileDriftIssue(octokit, where, drifted ? markdown : void 0, adoptPr));
    return;
  }
  const number = ctx.event.pull_request?.number;
  if (number === void 0) return;
  try {
    const sticky = await findSticky(octokit, where, number, "pagerduty-plan", options.botLogin);
    const body = `${markdown}
Nothing is written to PagerDuty until this merges.`;
    await upsertSticky(octokit, where, number, "pagerduty-plan", sticky, body);
  } catch (error) {
    options.warning(
      `Could not comment the plan on the pull request (${error.message}); it is in the job summary.`
    );
  }
}

// src/actions/pagerduty-sync/main.ts
var MODES = ["plan", "apply", "drift"];
var NO_TOKEN = "No pagerduty-token: set the PAGERDUTY_TOKEN secret (pull requests from forks get no secrets, so they cannot be planned).";
var DEFAULT_MODE = { pull_request: "plan", schedule: "drift" };
async function run() {
  try {
    const ctx = readRunContext();
    const [token, githubToken] = [secretInput("pagerduty-token"), secretInput("github-token")];
    const mode = getInput("mode") || DEFAULT_MODE[ctx.eventName ?? ""] || "apply";
    if (!MODES.includes(mode)) throw new Error(`mode must be plan, apply or drift, not "${mode}".`);
    if (!token) return setFailed(NO_TOKEN);
    const baseUrl = getInput("pagerduty-api-url") || process.env.PAGERDUTY_API_URL || "https://api.pagerduty.com";
    const client = new PagerDutyClient({ token, baseUrl, log: (m) => info(m) });
    const files = await readPolicyFiles(resolve(ctx.workspace, getInput("root") || "."));
    const botLogin = getInput("bot-login") || "github-actions[bot]";
    const result = await syncPagerDuty(client, files, {
      mode: mode === "apply" ? "apply" : "plan",
      now: Date.now(),
      prune: getBooleanInput("prune"),
      adopt: mode === "drift",
      markKey: secretInput("mark-key", process.env.PAGERDUTY_MARK_KEY),
      markPublicKey: getInput("mark-public-key") || markPublicKeyOf(ctx.workspace)
    });
    if (result.policyErrors.length) {
      emitAnnotations(result.policyErrors, { limitPerSeverity: 10 });
      return setFailed(planFailure(result.policyErrors.length));
    }
    const p = result.plan;
    const markdown = renderPlanMarkdown(p, baseUrl);
    const summary2 = renderSyncSummary(markdown, result.applied?.done, client.counts);
    if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(summary2).write();
    info(markdown);
    for (const [name, value] of Object.entries(planOutputs(p))) setOutput(name, String(value));
    if (githubToken && (mode === "plan" || mode === "drift"))
      await publishPlan(ctx, githubToken, mode, result, markdown, { botLogin, info, warning });
    const failure = planFailure(0, p);
    if (failure) setFailed(failure);
  } catch (error) {
    const why = error instanceof ApplyError ? error.report : `could not run: ${error.message}`;
    setFailed(error instanceof ApplyError ? why : `PagerDuty sync ${why}`);
  }
}

// src/actions/pagerduty-sync/index.ts
await run();
