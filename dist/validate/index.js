import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  blobUrl,
  readRunContext,
  secretInput
} from "../shared/chunk-5X6HWPBO.js";
import {
  inert,
  inertCode
} from "../shared/chunk-JUWO424D.js";
import "../shared/chunk-JDEQIK3C.js";
import {
  validateRepository
} from "../shared/chunk-K4LECUPU.js";
import {
  renderText
} from "../shared/chunk-LBNA22IB.js";
import "../shared/chunk-YI5L3PFJ.js";
import {
  emitAnnotations
} from "../shared/chunk-X32DJ6MM.js";
import {
  countFindings
} from "../shared/chunk-WMNTHIWY.js";
import "../shared/chunk-5N34RSQA.js";
import {
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

// src/actions/validate/main.ts
import { posix, relative, resolve } from "node:path";

// src/github/proposed-at.ts
async function proposedByPullRequest(ctx, token, warn) {
  const pr = ctx.event.pull_request;
  if (!pr?.number || !pr.created_at || !token || !ctx.repository) return void 0;
  const [owner, repo] = ctx.repository.split("/");
  try {
    const { createGitHub } = await import("../shared/octokit-UWLBL7DS.js");
    const octokit = createGitHub({ token, baseUrl: ctx.apiUrl });
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner,
      repo,
      pull_number: pr.number,
      per_page: 100
    });
    const added = new Set(
      files.filter((f) => f.status === "added" && f.filename.startsWith("postmortems/")).map((f) => f.filename)
    );
    const opened = Date.parse(pr.created_at);
    return (file) => added.has(file) ? opened : void 0;
  } catch (error) {
    warn(
      `Could not list the pull request's files (${error.message}); the 24-hour rule for postmortems is skipped.`
    );
    return void 0;
  }
}

// src/render/markdown.ts
var ICON = { error: "\u274C error", warning: "\u26A0\uFE0F warning", notice: "\u2139\uFE0F notice" };
function renderMarkdown(findings, options) {
  const counts = countFindings(findings);
  const out = [`## ${options.title}`, ""];
  if (findings.length === 0) {
    out.push(`\u2705 ${options.files} files checked: no problems.`, "");
    return out.join("\n");
  }
  out.push(
    `${counts.error ? "\u274C" : "\u26A0\uFE0F"} **${counts.error} error${counts.error === 1 ? "" : "s"}, ${counts.warning} warning${counts.warning === 1 ? "" : "s"}** in ${options.files} files checked.`,
    "",
    "| Severity | Location | Problem | Rule |",
    "| --- | --- | --- | --- |"
  );
  for (const f of findings) {
    const where = `${f.file}:${f.line}:${f.column}`;
    const url = options.link?.(f);
    const location = url ? `[${inert(where, 300)}](${url})` : inertCode(where, 300);
    out.push(`| ${ICON[f.severity]} | ${location} | ${inert(f.message, 1e3)} | \`${f.ruleId}\` |`);
  }
  out.push("");
  return out.join("\n");
}

// src/actions/validate/main.ts
var ANNOTATIONS_PER_SEVERITY = 10;
async function run() {
  try {
    const ctx = readRunContext();
    const token = secretInput("github-token");
    const root = resolve(ctx.workspace, getInput("root") || ".");
    const prefix = relative(ctx.workspace, root).split(/[\\/]/).filter(Boolean).join("/");
    const inRepo = (file) => prefix ? posix.join(prefix, file) : file;
    const proposedAt = await proposedByPullRequest(ctx, token, warning);
    const result = await validateRepository(root, proposedAt ? { proposedAt } : {});
    const counts = countFindings(result.findings);
    info(renderText(result.findings, { color: false, files: result.files }));
    const omitted = emitAnnotations(result.findings, {
      pathPrefix: prefix,
      limitPerSeverity: ANNOTATIONS_PER_SEVERITY
    });
    if (omitted > 0)
      info(`${omitted} more findings than GitHub shows as annotations: all are in the job summary.`);
    if (process.env.GITHUB_STEP_SUMMARY) {
      const markdown = renderMarkdown(result.findings, {
        title: "On-call policy",
        files: result.files,
        link: (f) => blobUrl(ctx, inRepo(f.file), f.line)
      });
      await summary.addRaw(markdown).write();
    }
    setOutput("errors", counts.error);
    setOutput("warnings", counts.warning);
    if (counts.error > 0)
      setFailed(
        `The on-call policy has ${counts.error} error${counts.error === 1 ? "" : "s"}; see the annotations and the job summary.`
      );
  } catch (error) {
    setFailed(`oncall validate could not run: ${error.message}`);
  }
}

// src/actions/validate/index.ts
await run();
