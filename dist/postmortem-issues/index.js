import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  findSticky,
  upsertSticky
} from "../shared/chunk-LP3KRU2X.js";
import {
  assignability
} from "../shared/chunk-FOX7Q7YX.js";
import {
  reconcileSingletonIssue
} from "../shared/chunk-BDTEWIRT.js";
import {
  actionGitHub
} from "../shared/chunk-5L3L44LN.js";
import "../shared/chunk-MDJBTUMF.js";
import {
  readRunContext,
  secretInput
} from "../shared/chunk-YMCJUIJZ.js";
import {
  finishPostmortem,
  preparePostmortem
} from "../shared/chunk-PHNO5SUP.js";
import {
  readPolicyFiles
} from "../shared/chunk-QOTSTP3X.js";
import {
  getInput,
  info,
  setFailed,
  setOutput,
  warning
} from "../shared/chunk-RKWCCJ37.js";
import {
  checkPolicy
} from "../shared/chunk-CGDBWENJ.js";
import "../shared/chunk-ISHFTXVE.js";
import "../shared/chunk-ETVPNU4B.js";
import "../shared/chunk-HRFNZW6R.js";
import {
  isCheckedPostmortem
} from "../shared/chunk-M6BHET4E.js";
import "../shared/chunk-HPB5NIOG.js";

// src/actions/postmortem-issues/main.ts
import { resolve } from "node:path";

// src/postmortems/issues.ts
var ITEM_LABEL = "postmortem";
var REMOVED_LABEL = "removed-from-postmortem";
var markerOf = (key) => `<!-- oncall-as-code:action-item ${key} -->`;
var MARKER = /<!-- oncall-as-code:action-item (\S+) -->/;
function keyOf(body) {
  return body ? MARKER.exec(body)?.[1] : void 0;
}
function itemIssues(postmortems, ctx) {
  const people = ctx.policy.team?.people ?? [];
  return postmortems.flatMap(
    (pm) => pm.actionItems.filter((item) => item.id).map((item) => {
      const person = people.find((p) => p.id === item.owner || p.name === item.owner);
      const key = `${pm.file}#${item.id}`;
      const severity = pm.fields?.severity ?? "";
      const body = [
        markerOf(key),
        `Action item from the postmortem [${pm.fields?.title ?? pm.file}](${ctx.blobBase}/${pm.file}).`,
        "",
        `- **Action**: ${item.action}`,
        `- **Owner**: ${person ? `${person.name} (@${person.github})` : item.owner}`,
        `- **Due**: ${item.due}`,
        `- **Severity**: ${severity}`,
        `- **Type**: ${item.type ?? ""}`,
        `- **Priority**: ${item.priority ?? ""}`
      ].join("\n");
      return {
        key,
        postmortem: pm.file,
        title: item.action,
        body,
        labels: [ITEM_LABEL, ...severity ? [severity] : [], ...item.type ? [item.type] : []],
        ...person ? { assignee: person.github } : {},
        owner: item.owner,
        due: item.due
      };
    })
  );
}
function planIssues(wanted, existing, scope) {
  const byKey = /* @__PURE__ */ new Map();
  for (const e of existing) {
    const key = keyOf(e.body);
    if (key)
      byKey.set(
        key,
        [...byKey.get(key) ?? [], e].sort((a, b) => a.number - b.number)
      );
  }
  const plan = { create: [], retitle: [], removed: [], duplicates: [] };
  for (const w of wanted) {
    const [first, ...rest] = byKey.get(w.key) ?? [];
    if (!first) plan.create.push(w);
    else if (first.title !== w.title) plan.retitle.push({ number: first.number, title: w.title });
    plan.duplicates.push(...rest.filter((r) => r.state === "open").map((r) => r.number));
  }
  const keys = new Set(wanted.map((w) => w.key));
  for (const [key, issues] of byKey)
    if (!keys.has(key) && scope.has(key.split("#")[0])) {
      const first = issues[0];
      if (!first.labels.includes(REMOVED_LABEL)) plan.removed.push(first.number);
    }
  return plan;
}
function overdueDigest(open, today, link) {
  const overdue = open.map((i) => ({
    i,
    due: /- \*\*Due\*\*: (\d{4}-\d{2}-\d{2})/.exec(i.body)?.[1],
    owner: /- \*\*Owner\*\*: (.+)/.exec(i.body)?.[1] ?? "nobody"
  })).filter((x) => x.due && x.due < today && x.i.state === "open");
  if (overdue.length === 0) return void 0;
  const owners = [...new Set(overdue.map((x) => x.owner))].sort();
  return [
    `${overdue.length} postmortem action item(s) are past their due date (as of ${today}).`,
    "",
    ...owners.flatMap((o) => [
      `### ${o}`,
      "",
      ...overdue.filter((x) => x.owner === o).map((x) => `- [ ] [#${x.i.number} ${x.i.title}](${link(x.i.number)}) \u2014 due ${x.due}`),
      ""
    ])
  ].join("\n");
}

// src/github/postmortem-issues.ts
async function reconcileOverdueDigest(octokit, where, repoUrl, today) {
  const open = await listItemIssues(octokit, where, "open");
  return reconcileSingletonIssue(octokit, where, {
    label: "postmortem-digest",
    key: "postmortem-digest",
    title: "Overdue postmortem action items",
    body: overdueDigest(open, today, (n) => `${repoUrl}/issues/${n}`),
    closingComment: "No action item is overdue any more; closing."
  });
}
async function fileActionItems(octokit, where, input, log) {
  const { policy } = checkPolicy(input.files);
  const postmortems = input.files.filter((f) => isCheckedPostmortem(f.path)).flatMap((f) => {
    const prepared = preparePostmortem(f);
    const errors = finishPostmortem(prepared, policy, {}).filter((x) => x.severity === "error");
    if (errors.length) {
      log.warning(
        `${f.path} has ${errors.length} error(s) (oncall validate); its action items are not filed until they are fixed.`
      );
      return [];
    }
    return [prepared.postmortem];
  });
  const wanted = itemIssues(postmortems, { policy, blobBase: `${input.repoUrl}/blob/${input.sha}` });
  const existing = await listItemIssues(octokit, where, "all");
  const plan = planIssues(wanted, existing, new Set(postmortems.map((p) => p.file)));
  const canAssign = assignability(octokit, where);
  for (const item of plan.create) await createOnce(octokit, where, item, canAssign, log);
  for (const r of plan.retitle) await octokit.rest.issues.update({ ...where, issue_number: r.number, title: r.title });
  for (const n of plan.removed) {
    await octokit.rest.issues.createComment({
      ...where,
      issue_number: n,
      body: "This action item was removed from its postmortem. Close this issue if the work is no longer needed."
    });
    await octokit.rest.issues.addLabels({ ...where, issue_number: n, labels: [REMOVED_LABEL] });
  }
  const after = plan.create.length ? await listItemIssues(octokit, where, "all") : existing;
  for (const n of [.../* @__PURE__ */ new Set([...plan.duplicates, ...planIssues(wanted, after, /* @__PURE__ */ new Set()).duplicates])])
    await octokit.rest.issues.update({ ...where, issue_number: n, state: "closed", state_reason: "not_planned" });
  log.info(
    `Action items: ${plan.create.length} filed, ${plan.retitle.length} retitled, ${plan.removed.length} removed, ${wanted.length - plan.create.length} already filed.`
  );
  await commentOnMergedPr(octokit, where, input, wanted, after, log);
  return plan.create.length;
}
async function listItemIssues(octokit, where, state) {
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    ...where,
    labels: ITEM_LABEL,
    state,
    per_page: 100
  });
  return issues.filter((i) => !i.pull_request).map((i) => ({
    number: i.number,
    title: i.title,
    state: i.state,
    body: i.body ?? "",
    labels: i.labels.map((l) => typeof l === "string" ? l : l.name ?? "")
  }));
}
var SETTLE_MS = Number(process.env.ONCALL_SETTLE_MS) || 5e3;
async function createOnce(octokit, where, item, canAssign, log) {
  let assignees = [];
  let body = item.body;
  if (item.assignee) {
    if (await canAssign(item.assignee)) assignees = [item.assignee];
    else {
      log.warning(
        `@${item.assignee} (owner of "${item.title}") cannot be assigned in this repository; the issue names them instead.`
      );
      body += `

@${item.assignee} could not be assigned here: please take this on or hand it over.`;
    }
  } else body += `

The owner "${item.owner}" has no GitHub login in team.yaml.`;
  for (let attempt = 0; ; attempt++) {
    try {
      const { data } = await octokit.rest.issues.create({
        ...where,
        title: item.title,
        body,
        labels: item.labels,
        assignees,
        request: { retries: 0 }
      });
      return data.number;
    } catch (error) {
      const find = async () => (await listItemIssues(octokit, where, "all")).find((i) => keyOf(i.body) === item.key);
      const found = await find() ?? (await new Promise((r) => setTimeout(r, SETTLE_MS)), await find());
      if (found) return found.number;
      if (attempt >= 1)
        throw new Error(`creating the issue for ${item.key} failed: ${error.message}`, { cause: error });
    }
  }
}
async function commentOnMergedPr(octokit, where, input, wanted, issues, log) {
  const sha = input.sha;
  const commits = input.event.commits ?? [];
  const touched = new Set(commits.flatMap((c) => [...c.added ?? [], ...c.modified ?? []]));
  const mine = wanted.filter((w) => touched.has(w.postmortem));
  if (!sha || mine.length === 0) return;
  try {
    const { data: pulls } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      ...where,
      commit_sha: sha
    });
    const pr = pulls[0];
    if (!pr) return;
    const lines = mine.map((w) => {
      const issue = issues.find((i) => i.body.includes(markerOf(w.key)) && i.state === "open") ?? issues.find((i) => i.body.includes(markerOf(w.key)));
      return `- ${issue ? `#${issue.number}` : "(not filed)"} ${w.title} \u2014 ${w.postmortem}`;
    });
    const sticky = await findSticky(octokit, where, pr.number, "postmortem-issues", input.botLogin);
    await upsertSticky(
      octokit,
      where,
      pr.number,
      "postmortem-issues",
      sticky,
      `## Postmortem action items filed

${lines.join("\n")}
`
    );
  } catch (error) {
    log.warning(`Could not comment on the merged pull request: ${error.message}`);
  }
}

// src/actions/postmortem-issues/main.ts
async function run() {
  try {
    const ctx = readRunContext();
    const token = secretInput("github-token", process.env.GITHUB_TOKEN);
    const { octokit, where } = actionGitHub(ctx, token, warning);
    const mode = getInput("mode") || (ctx.eventName === "schedule" ? "digest" : "file");
    const repoUrl = `${ctx.serverUrl}/${where.owner}/${where.repo}`;
    if (mode === "digest") {
      info(await reconcileOverdueDigest(octokit, where, repoUrl, (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)));
      return;
    }
    const files = await readPolicyFiles(resolve(ctx.workspace, getInput("root") || "."));
    const botLogin = getInput("bot-login") || "github-actions[bot]";
    const input = { files, repoUrl, sha: ctx.sha, event: ctx.event, botLogin };
    const created = await fileActionItems(octokit, where, input, { info, warning });
    setOutput("created", String(created));
  } catch (error) {
    setFailed(`postmortem issues could not be filed: ${error.message}`);
  }
}

// src/actions/postmortem-issues/index.ts
await run();
