import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  ApplyError,
  PagerDutyClient,
  planOutputs,
  renderPlanMarkdown,
  renderSyncSummary,
  syncPagerDuty
} from "../shared/chunk-KSGSVI7A.js";
import "../shared/chunk-PN6AARRH.js";
import {
  findSticky,
  upsertSticky
} from "../shared/chunk-HTDV7BK5.js";
import "../shared/chunk-WIAKQVKD.js";
import {
  reconcileSingletonIssue
} from "../shared/chunk-BDTEWIRT.js";
import {
  createGitHub
} from "../shared/chunk-OQOYJHAX.js";
import "../shared/chunk-MDJBTUMF.js";
import {
  readRunContext,
  secretInput
} from "../shared/chunk-24CMKLDF.js";
import "../shared/chunk-JDEQIK3C.js";
import "../shared/chunk-XGJKLASW.js";
import {
  emitAnnotations
} from "../shared/chunk-X32DJ6MM.js";
import "../shared/chunk-WMNTHIWY.js";
import {
  readPolicyFiles
} from "../shared/chunk-CASGGX6Q.js";
import {
  getBooleanInput,
  getInput,
  info,
  setFailed,
  setOutput,
  summary,
  warning
} from "../shared/chunk-OGM2ZFWQ.js";
import "../shared/chunk-3KAQNQNP.js";
import "../shared/chunk-YCQVRORP.js";
import "../shared/chunk-MZKY6JGW.js";
import "../shared/chunk-E5RRFD7T.js";
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
    const drifted = plan.changes.length > 0 || plan.warnings.length > 0 || plan.errors.length > 0;
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
var DEFAULT_MODE = { pull_request: "plan", schedule: "drift" };
async function run() {
  try {
    const ctx = readRunContext();
    const [token, githubToken] = [secretInput("pagerduty-token"), secretInput("github-token")];
    const mode = getInput("mode") || DEFAULT_MODE[ctx.eventName ?? ""] || "apply";
    if (!MODES.includes(mode)) throw new Error(`mode must be plan, apply or drift, not "${mode}".`);
    if (!token)
      return setFailed(
        "No pagerduty-token: set the PAGERDUTY_TOKEN secret (pull requests from forks get no secrets, so they cannot be planned)."
      );
    const baseUrl = getInput("pagerduty-api-url") || process.env.PAGERDUTY_API_URL || "https://api.pagerduty.com";
    const client = new PagerDutyClient({ token, baseUrl, log: (m) => info(m) });
    const files = await readPolicyFiles(resolve(ctx.workspace, getInput("root") || "."));
    const botLogin = getInput("bot-login") || "github-actions[bot]";
    const sync = { mode: mode === "apply" ? "apply" : "plan", now: Date.now() };
    const result = await syncPagerDuty(client, files, { ...sync, prune: getBooleanInput("prune") });
    if (result.policyErrors.length) {
      emitAnnotations(result.policyErrors, { limitPerSeverity: 10 });
      const n = `${result.policyErrors.length} errors`;
      return setFailed(`The policy does not validate (${n}); nothing was read from or written to PagerDuty.`);
    }
    const p = result.plan;
    const markdown = renderPlanMarkdown(p, baseUrl);
    const summary2 = renderSyncSummary(markdown, result.applied?.done, client.counts);
    if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(summary2).write();
    info(markdown);
    for (const [name, value] of Object.entries(planOutputs(p))) setOutput(name, String(value));
    if (githubToken && (mode === "plan" || mode === "drift"))
      await publishPlan(ctx, githubToken, mode, p, markdown, { botLogin, info, warning });
    if (p.errors.length) setFailed(`The plan has ${p.errors.length} error(s); nothing was written to PagerDuty.`);
  } catch (error) {
    const why = error instanceof ApplyError ? error.report : `could not run: ${error.message}`;
    setFailed(error instanceof ApplyError ? why : `PagerDuty sync ${why}`);
  }
}

// src/actions/pagerduty-sync/index.ts
await run();
