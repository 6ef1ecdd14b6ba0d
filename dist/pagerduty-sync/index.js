import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  ApplyError,
  PagerDutyClient,
  counts,
  renderPlanMarkdown,
  syncPagerDuty
} from "../shared/chunk-N32XIRY4.js";
import {
  findSticky,
  upsertSticky
} from "../shared/chunk-NT5KCLF7.js";
import "../shared/chunk-Z6Y7ID3B.js";
import {
  reconcileSingletonIssue
} from "../shared/chunk-BDTEWIRT.js";
import {
  createGitHub
} from "../shared/chunk-KOZKRULO.js";
import "../shared/chunk-MDJBTUMF.js";
import {
  readRunContext
} from "../shared/chunk-DUN7GSSF.js";
import "../shared/chunk-2TNLYMI7.js";
import {
  emitAnnotations
} from "../shared/chunk-PKC3QZRH.js";
import "../shared/chunk-WMNTHIWY.js";
import {
  readPolicyFiles
} from "../shared/chunk-DH7IB462.js";
import {
  getBooleanInput,
  getInput,
  info,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "../shared/chunk-RKWCCJ37.js";
import "../shared/chunk-LEF7UEZT.js";
import "../shared/chunk-QVLEVHRT.js";
import "../shared/chunk-MZKY6JGW.js";
import "../shared/chunk-KXU5BYD4.js";
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

// src/actions/pagerduty-sync/main.ts
async function run() {
  try {
    const ctx = readRunContext();
    const token = getInput("pagerduty-token");
    if (token) setSecret(token);
    const githubToken = getInput("github-token");
    if (githubToken) setSecret(githubToken);
    const mode = getInput("mode") || (ctx.eventName === "pull_request" ? "plan" : ctx.eventName === "schedule" ? "drift" : "apply");
    if (!["plan", "apply", "drift"].includes(mode))
      throw new Error(`mode must be plan, apply or drift, not "${mode}".`);
    if (!token) {
      setFailed(
        "No pagerduty-token: set the PAGERDUTY_TOKEN secret (pull requests from forks get no secrets, so they cannot be planned)."
      );
      return;
    }
    const baseUrl = getInput("pagerduty-api-url") || process.env.PAGERDUTY_API_URL || "https://api.pagerduty.com";
    const client = new PagerDutyClient({ token, baseUrl, log: (m) => info(m) });
    const files = await readPolicyFiles(resolve(ctx.workspace, getInput("root") || "."));
    const result = await syncPagerDuty(client, files, {
      mode: mode === "apply" ? "apply" : "plan",
      now: Date.now(),
      prune: getBooleanInput("prune")
    });
    if (result.policyErrors.length) {
      emitAnnotations(result.policyErrors, { limitPerSeverity: 10 });
      setFailed(
        `The policy does not validate (${result.policyErrors.length} errors); nothing was read from or written to PagerDuty.`
      );
      return;
    }
    const p = result.plan;
    const markdown = renderPlanMarkdown(p, baseUrl);
    const applied = result.applied ? `
**Applied:** ${result.applied.done.length} write(s).

${result.applied.done.map((d) => `- \u2705 ${d}`).join("\n")}
` : "";
    if (process.env.GITHUB_STEP_SUMMARY)
      await summary.addRaw(`${markdown}${applied}
Requests: ${client.counts.reads} reads, ${client.counts.writes} writes.
`).write();
    info(markdown);
    const n = counts(p);
    setOutput("changes", String(p.changes.length));
    setOutput("creates", String(n.create));
    setOutput("updates", String(n.update));
    setOutput("deletes", String(n.delete));
    const [owner, repo] = (ctx.repository ?? "/").split("/");
    const where = { owner, repo };
    if (mode === "plan" && ctx.event.pull_request && githubToken) {
      const number = ctx.event.pull_request.number;
      const octokit = createGitHub({ token: githubToken, baseUrl: ctx.apiUrl });
      try {
        const sticky = await findSticky(
          octokit,
          where,
          number,
          "pagerduty-plan",
          getInput("bot-login") || "github-actions[bot]"
        );
        await upsertSticky(
          octokit,
          where,
          number,
          "pagerduty-plan",
          sticky,
          `${markdown}
Nothing is written to PagerDuty until this merges.`
        );
      } catch (error) {
        warning(
          `Could not comment the plan on the pull request (${error.message}); it is in the job summary.`
        );
      }
    }
    if (mode === "drift" && githubToken) {
      const octokit = createGitHub({ token: githubToken, baseUrl: ctx.apiUrl });
      const drifted = p.changes.length > 0 || p.warnings.length > 0 || p.errors.length > 0;
      info(await reconcileDriftIssue(octokit, where, drifted ? markdown : void 0));
    }
    if (p.errors.length) setFailed(`The plan has ${p.errors.length} error(s); nothing was written to PagerDuty.`);
  } catch (error) {
    if (error instanceof ApplyError)
      setFailed(
        `${error.message}. Done before it: ${error.done.join("; ") || "nothing"}. The next run continues from the account as it is.`
      );
    else setFailed(`PagerDuty sync could not run: ${error.message}`);
  }
}

// src/actions/pagerduty-sync/index.ts
await run();
