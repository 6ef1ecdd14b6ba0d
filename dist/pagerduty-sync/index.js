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
} from "../shared/chunk-LQGRRVDB.js";
import "../shared/chunk-PN6AARRH.js";
import {
  findSticky,
  upsertSticky
} from "../shared/chunk-OI6R3OR5.js";
import "../shared/chunk-2T45UDW2.js";
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
import "../shared/chunk-JDEQIK3C.js";
import "../shared/chunk-R44C577F.js";
import {
  emitAnnotations
} from "../shared/chunk-X32DJ6MM.js";
import "../shared/chunk-WMNTHIWY.js";
import {
  readPolicyFiles
} from "../shared/chunk-RAOGG5HV.js";
import {
  getBooleanInput,
  getInput,
  info,
  setFailed,
  setOutput,
  summary,
  warning
} from "../shared/chunk-OGM2ZFWQ.js";
import "../shared/chunk-VQJCRL3W.js";
import "../shared/chunk-PFSLBIJC.js";
import "../shared/chunk-ETVPNU4B.js";
import "../shared/chunk-BIR7Y55D.js";
import "../shared/chunk-S7N4522P.js";
import "../shared/chunk-HPB5NIOG.js";

// src/actions/pagerduty-sync/main.ts
import { resolve } from "node:path";

// src/github/drift-issue.ts
var DRIFT_LABEL = "pagerduty-drift";
async function reconcileDriftIssue(octokit, where, drift) {
  return reconcileSingletonIssue(octokit, where, {
    label: DRIFT_LABEL,
    key: "pagerduty-drift",
    title: "PagerDuty has drifted from the on-call policy",
    body: drift && `PagerDuty differs from the policy in this repository. Until it is resolved, PagerDuty pages differently from what \`oncall/\` says. Merge a change to \`oncall/\` or run the sync (apply) to make PagerDuty match.

${drift}`,
    closingComment: "PagerDuty matches the policy again; closing."
  });
}

// src/github/pagerduty-plan.ts
async function publishPlan(ctx, token, mode, plan, markdown, options) {
  const [owner, repo] = (ctx.repository ?? "/").split("/");
  const where = { owner, repo };
  const octokit = createGitHub({ token, baseUrl: ctx.apiUrl });
  if (mode === "drift") {
    const drifted = [plan.changes, plan.warnings, plan.errors, plan.blocked].some((list) => list.length > 0);
    options.info(await reconcileDriftIssue(octokit, where, drifted ? markdown : void 0));
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
      await publishPlan(ctx, githubToken, mode, p, markdown, { botLogin, info, warning });
    const failure = planFailure(0, p);
    if (failure) setFailed(failure);
  } catch (error) {
    const why = error instanceof ApplyError ? error.report : `could not run: ${error.message}`;
    setFailed(error instanceof ApplyError ? why : `PagerDuty sync ${why}`);
  }
}

// src/actions/pagerduty-sync/index.ts
await run();
