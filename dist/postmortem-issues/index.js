import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  MAX_LISTED_PAGES,
  findSticky,
  stickyMarker,
  upsertSticky
} from "../shared/chunk-OI6R3OR5.js";
import {
  assignability
} from "../shared/chunk-FOX7Q7YX.js";
import {
  reconcileSingletonIssue
} from "../shared/chunk-A53FSVZC.js";
import {
  actionGitHub,
  firstPages
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
import {
  oneLine
} from "../shared/chunk-JDEQIK3C.js";
import {
  bindItems,
  finishPostmortem,
  preparePostmortem,
  readTemplate
} from "../shared/chunk-V6IP6AW7.js";
import {
  readPolicyFiles
} from "../shared/chunk-5N34RSQA.js";
import {
  debug,
  getInput,
  info,
  setFailed,
  setOutput,
  warning
} from "../shared/chunk-OGM2ZFWQ.js";
import {
  checkPolicy
} from "../shared/chunk-5AWG3TPM.js";
import "../shared/chunk-EXLADYM2.js";
import "../shared/chunk-ETVPNU4B.js";
import "../shared/chunk-DQA6EP7E.js";
import {
  isCheckedPostmortem
} from "../shared/chunk-RWRK4OFQ.js";
import "../shared/chunk-HPB5NIOG.js";

// src/actions/postmortem-issues/main.ts
import { resolve } from "node:path";

// src/postmortems/issues.ts
var ITEM_LABEL = "postmortem";
var REMOVED_LABEL = "removed-from-postmortem";
var TITLE_MAX = 256;
var BODY_TEXT_MAX = 16 * 1024;
var NOTE_MARKER = "<!-- oncall-as-code:note -->";
var markerOf = (item) => `<!-- oncall-as-code:action-item v2 key=${item.key} path=${encodeURIComponent(item.postmortem)} -->`;
var MARKER_V2 = /^<!-- oncall-as-code:action-item v2 key=(\S+) path=(\S+) -->/;
var MARKER_V1 = /^<!-- oncall-as-code:action-item (\S+)#(\S+) -->/;
function markerIn(body) {
  if (!body) return void 0;
  const v2 = MARKER_V2.exec(body);
  if (v2) {
    let path;
    try {
      path = decodeURIComponent(v2[2]);
    } catch {
      return void 0;
    }
    return { key: v2[1], path, id: v2[1].slice(v2[1].indexOf("/") + 1) };
  }
  const v1 = MARKER_V1.exec(body);
  return v1 ? { path: v1[1], id: v1[2] } : void 0;
}
var coreOf = (body) => body.split(`

${NOTE_MARKER}`)[0].trimEnd();
var ownerLine = (body) => /^- \*\*Owner\*\*: (.*)$/m.exec(body)?.[1];
function withNote(body, note) {
  return note ? `${body}

${NOTE_MARKER}
${note}` : body;
}
var LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
function itemIssues(postmortems, ctx) {
  const people = ctx.policy.team?.people ?? [];
  return postmortems.flatMap((pm) => {
    const date = pm.fields?.date;
    if (!date) return [];
    return bindItems(pm).bound.map(({ row: item, id, type, priority }) => {
      const person = people.find((p) => p.id === item.owner || p.name === item.owner);
      const login = person?.github && LOGIN.test(person.github) ? person.github : void 0;
      const severity = pm.fields?.severity ?? "";
      const link = `${ctx.blobBase}/${pm.file.split("/").map(encodeURIComponent).join("/")}`;
      const key = `${date}/${id}`;
      const body = [
        markerOf({ key, postmortem: pm.file }),
        `Action item ${inertCode(id)} of the postmortem [${inert(pm.fields?.title ?? pm.file)}](${link}) (${inertCode(pm.file)}).`,
        "",
        `- **Action**: ${inert(item.action, BODY_TEXT_MAX)}`,
        // The owner's mention is the tool's own, from team.yaml: the only live one in the body.
        `- **Owner**: ${person ? `${inert(person.name)}${login ? ` (@${login})` : ""}` : inert(item.owner)}`,
        `- **Due**: ${/^\d{4}-\d{2}-\d{2}$/.test(item.due) ? item.due : inert(item.due)}`,
        `- **Severity**: ${inert(severity)}`,
        `- **Type**: ${inert(type ?? "")}`,
        `- **Priority**: ${inert(priority ?? "")}`
      ].join("\n");
      return {
        key,
        id,
        postmortem: pm.file,
        // Titles render as plain text; GitHub limits their length, the body has the whole action.
        title: oneLine(item.action, TITLE_MAX),
        body,
        labels: [ITEM_LABEL, ...severity ? [severity] : [], ...type ? [type] : []],
        ...login ? { assignee: login } : {},
        owner: item.owner,
        due: item.due
      };
    });
  });
}
function match(wanted, existing) {
  const marked = existing.flatMap((issue) => {
    const marker = markerIn(issue.body);
    return marker ? [{ issue, marker }] : [];
  }).sort((a, b) => a.issue.number - b.issue.number);
  const keys = new Set(wanted.map((w) => w.key));
  const out = /* @__PURE__ */ new Map();
  for (const w of wanted) {
    const byKey = marked.filter((m) => m.marker.key === w.key);
    out.set(
      w.key,
      byKey.length ? byKey : marked.filter(
        (m) => m.marker.path === w.postmortem && m.marker.id === w.id && !(m.marker.key && keys.has(m.marker.key))
      )
    );
  }
  return out;
}
function planIssues(wanted, existing, scope) {
  const count = /* @__PURE__ */ new Map();
  for (const w of wanted) count.set(w.key, [...count.get(w.key) ?? [], w.postmortem]);
  const conflicts = [...count].filter(([, files]) => files.length > 1).map(([key, postmortems]) => ({ key, postmortems }));
  const conflicted = new Set(conflicts.map((c) => c.key));
  const filable = wanted.filter((w) => !conflicted.has(w.key));
  const matched = match(filable, existing);
  const plan = { create: [], update: [], removed: [], duplicates: [], conflicts, filed: /* @__PURE__ */ new Map() };
  const claimed = /* @__PURE__ */ new Set();
  for (const w of filable) {
    const [first, ...rest] = matched.get(w.key) ?? [];
    for (const m of [first, ...rest]) if (m) claimed.add(m.issue.number);
    if (!first) {
      plan.create.push(w);
      continue;
    }
    plan.filed.set(w.key, first.issue.number);
    const update = { number: first.issue.number, item: w };
    if (first.issue.title !== w.title) update.title = w.title;
    if (coreOf(first.issue.body) !== w.body) update.body = true;
    if (ownerLine(first.issue.body) !== ownerLine(w.body)) update.reassign = true;
    if (update.title !== void 0 || update.body || update.reassign) plan.update.push(update);
    plan.duplicates.push(...rest.filter((r) => r.issue.state === "open").map((r) => r.issue.number));
  }
  const seen = /* @__PURE__ */ new Set();
  for (const issue of [...existing].sort((a, b) => a.number - b.number)) {
    const marker = markerIn(issue.body);
    if (!marker || claimed.has(issue.number) || !scope.has(marker.path)) continue;
    if (marker.key && conflicted.has(marker.key)) continue;
    const identity = marker.key ?? `${marker.path}#${marker.id}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    if (!issue.labels.includes(REMOVED_LABEL)) plan.removed.push(issue.number);
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
      ...overdue.filter((x) => x.owner === o).map((x) => `- [ ] [#${x.i.number} ${inert(x.i.title)}](${link(x.i.number)}) \u2014 due ${x.due}`),
      ""
    ])
  ].join("\n");
}

// src/github/pacing.ts
function githubContentLimits(env = process.env) {
  const interval = env.ONCALL_WRITE_INTERVAL_MS ? Number(env.ONCALL_WRITE_INTERVAL_MS) : NaN;
  return {
    intervalMs: interval >= 0 ? interval : 1e3,
    perMinute: 80,
    perHour: 500,
    maxWaitMs: 65e3
  };
}
var WriteCapReached = class extends Error {
  constructor(message, retryAfterSeconds) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
    this.name = "WriteCapReached";
  }
  retryAfterSeconds;
};
var realClock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };
var WritePacer = class {
  constructor(limits, clock = realClock) {
    this.limits = limits;
    this.clock = clock;
  }
  limits;
  clock;
  /** Start times of this run's writes in the last hour. */
  starts = [];
  queue = Promise.resolve();
  get writes() {
    return this.starts.length;
  }
  /** Waits until the next write may start, or throws WriteCapReached. Writes are let through one at a time. */
  beforeWrite() {
    const turn = this.queue.then(() => this.admit());
    this.queue = turn.catch(() => {
    });
    return turn;
  }
  async admit() {
    const { intervalMs, perMinute, perHour, maxWaitMs } = this.limits;
    const now = this.clock.now();
    while (this.starts.length && this.starts[0] <= now - 36e5) this.starts.shift();
    if (this.starts.length >= perHour)
      throw new WriteCapReached(
        `this run made ${perHour} writes in an hour, GitHub's content-creation limit; it stops here`
      );
    const inMinute = this.starts.filter((t) => t > now - 6e4);
    const last = this.starts.at(-1);
    const at = Math.max(
      last === void 0 ? now : last + intervalMs,
      inMinute.length >= perMinute ? inMinute[inMinute.length - perMinute] + 6e4 : now
    );
    if (at - now > maxWaitMs)
      throw new WriteCapReached(`the next write would wait ${Math.ceil((at - now) / 1e3)} s for GitHub's limits`);
    if (at > now) await this.clock.sleep(at - now);
    this.starts.push(Math.max(at, now));
  }
};
function paceWrites(octokit, pacer) {
  octokit.hook.before("request", async (options) => {
    if (!["GET", "HEAD"].includes(String(options.method).toUpperCase())) await pacer.beforeWrite();
  });
}
function secondaryLimitOf(error) {
  const e = error;
  if (e?.status !== 403 && e?.status !== 429) return void 0;
  const retryAfter = Number(e.response?.headers?.["retry-after"]);
  if (e.status === 403 && !/secondary rate limit/i.test(e.message ?? "") && !Number.isFinite(retryAfter))
    return void 0;
  return new WriteCapReached(
    `GitHub's secondary rate limit refused a write${Number.isFinite(retryAfter) ? ` (retry after ${retryAfter} s)` : ""}`,
    Number.isFinite(retryAfter) ? retryAfter : void 0
  );
}

// src/github/postmortem-issues.ts
var MAX_LISTED = 1e4;
async function reconcileOverdueDigest(octokit, where, input) {
  const open = await listItemIssues(octokit, where, input.botLogin, "open");
  return reconcileSingletonIssue(octokit, where, {
    label: "postmortem-digest",
    key: "postmortem-digest",
    title: "Overdue postmortem action items",
    body: overdueDigest(open, input.today, (n) => `${input.repoUrl}/issues/${n}`),
    closingComment: "No action item is overdue any more; closing."
  });
}
async function fileActionItems(octokit, where, input, log, pacer = new WritePacer(githubContentLimits())) {
  paceWrites(octokit, pacer);
  const { policy } = checkPolicy(input.files);
  const { template } = readTemplate(input.files);
  const postmortems = input.files.filter((f) => isCheckedPostmortem(f.path)).flatMap((f) => {
    const prepared = preparePostmortem(f, template);
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
  const existing = await listItemIssues(octokit, where, input.botLogin, "all");
  const plan = planIssues(wanted, existing, new Set(postmortems.map((p) => p.file)));
  const left = [];
  const name = (item) => `"${oneLine(item.title, 80)}" (${item.key}, ${item.postmortem})`;
  for (const c of plan.conflicts) {
    log.warning(
      `Action item ${c.key} is in ${c.postmortems.join(" and ")}: an item's date and id must be unique. Neither is filed until one is renamed.`
    );
    left.push(`${c.key} (in ${c.postmortems.join(", ")}: give one a new id)`);
  }
  const canAssign = assignability(octokit, where);
  const noteFor = async (item) => {
    if (!item.assignee)
      return { assignees: [], note: `The owner ${inert(item.owner)} has no GitHub login in team.yaml.` };
    if (await canAssign(item.assignee)) return { assignees: [item.assignee] };
    log.warning(
      `@${item.assignee} (owner of "${oneLine(item.title, 80)}") cannot be assigned in this repository; the issue names them instead.`
    );
    return {
      assignees: [],
      note: `@${item.assignee} could not be assigned here: please take this on or hand it over.`
    };
  };
  let stopped;
  let created = 0;
  const attempt = async (item, write, what) => {
    if (stopped) return false;
    try {
      await write();
      return true;
    } catch (error) {
      stopped = error instanceof WriteCapReached ? error : secondaryLimitOf(error);
      if (!stopped) log.warning(`Could not ${what} the issue for ${name(item)}: ${error.message}`);
      return false;
    }
  };
  const unfiled = [];
  for (const item of plan.create)
    if (await attempt(item, () => createOnce(octokit, where, item, noteFor, input.botLogin), "file")) created++;
    else unfiled.push(item);
  const unupdated = [];
  for (const u of plan.update)
    if (!await attempt(u.item, () => applyUpdate(octokit, where, u, noteFor), "update")) unupdated.push(u);
  for (const n of plan.removed) {
    if (stopped) break;
    try {
      await octokit.rest.issues.createComment({
        ...where,
        issue_number: n,
        body: "This action item was removed from its postmortem. Close this issue if the work is no longer needed."
      });
      await octokit.rest.issues.addLabels({ ...where, issue_number: n, labels: [REMOVED_LABEL] });
    } catch (error) {
      stopped = error instanceof WriteCapReached ? error : secondaryLimitOf(error);
      if (!stopped) log.warning(`Could not mark #${n} as removed from its postmortem: ${error.message}`);
      left.push(`marking #${n} as removed`);
    }
  }
  const after = created ? await listItemIssues(octokit, where, input.botLogin, "all") : existing;
  const settled = planIssues(wanted, after, /* @__PURE__ */ new Set());
  for (const n of /* @__PURE__ */ new Set([...plan.duplicates, ...settled.duplicates])) {
    if (stopped) break;
    try {
      await octokit.rest.issues.update({ ...where, issue_number: n, state: "closed", state_reason: "not_planned" });
    } catch (error) {
      stopped = error instanceof WriteCapReached ? error : secondaryLimitOf(error);
      if (!stopped) log.warning(`Could not close the duplicate #${n}: ${error.message}`);
      left.push(`closing the duplicate #${n}`);
    }
  }
  log.info(
    `Action items: ${created} filed, ${plan.update.length - unupdated.length} updated, ${plan.removed.length} removed, ${settled.filed.size - created} already filed.`
  );
  if (!stopped) await commentOnMergedPr(octokit, where, input, wanted, settled.filed, log);
  left.push(
    ...unfiled.map((i) => `filing ${name(i)}`),
    ...unupdated.map((u) => `updating #${u.number} ${name(u.item)}`)
  );
  if (!stopped && left.length === 0) return { created };
  const why = stopped ? `Stopped: ${stopped.message}. The next run (or a re-run of this one${stopped.retryAfterSeconds !== void 0 ? ` after ${stopped.retryAfterSeconds} s` : ""}) resumes. ` : "";
  return {
    created,
    incomplete: `${why}${left.length} action item step(s) are left: ${left.join("; ")}.${stopped ? "" : " The next run finishes them."}`
  };
}
async function listItemIssues(octokit, where, creator, state) {
  let seen = 0;
  const issues = await octokit.paginate(
    octokit.rest.issues.listForRepo,
    { ...where, creator, state, per_page: 100, sort: "created", direction: "asc" },
    (response) => {
      seen += response.data.length;
      if (seen > MAX_LISTED)
        throw new Error(
          `${creator} has opened more than ${MAX_LISTED} issues here; not filing, since an item's issue might be among those unread.`
        );
      return response.data;
    }
  );
  return issues.filter((i) => !i.pull_request && markerIn(i.body)).map((i) => ({
    number: i.number,
    title: i.title,
    state: i.state,
    body: i.body ?? "",
    labels: i.labels.map((l) => typeof l === "string" ? l : l.name ?? "")
  }));
}
var SETTLE_MS = Number(process.env.ONCALL_SETTLE_MS) || 5e3;
async function createOnce(octokit, where, item, noteFor, botLogin) {
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
        request: { retries: 0 }
      });
      return data.number;
    } catch (error) {
      const status = error.status;
      if (error instanceof WriteCapReached || secondaryLimitOf(error) || status && status >= 400 && status < 500)
        throw error;
      const find = async () => (await listItemIssues(octokit, where, botLogin, "all")).find((i) => markerIn(i.body)?.key === item.key);
      const found = await find() ?? (await new Promise((r) => setTimeout(r, SETTLE_MS)), await find());
      if (found) return found.number;
      if (attempt >= 1) throw error;
    }
  }
}
async function applyUpdate(octokit, where, u, noteFor) {
  const { assignees, note } = u.body || u.reassign ? await noteFor(u.item) : { assignees: [] };
  await octokit.rest.issues.update({
    ...where,
    issue_number: u.number,
    ...u.title !== void 0 ? { title: u.title } : {},
    ...u.body ? { body: withNote(u.item.body, note) } : {},
    ...u.reassign ? { assignees } : {}
  });
}
async function commentOnMergedPr(octokit, where, input, wanted, filed, log) {
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
      const n = filed.get(w.key);
      return `- ${n ? `#${n}` : "(not filed yet)"} ${inert(w.title)} \u2014 ${inertCode(w.postmortem)}`;
    });
    const body = `## Postmortem action items filed

${lines.join("\n")}
`;
    const sticky = await findSticky(octokit, where, pr.number, "postmortem-issues", input.botLogin);
    await upsertSticky(octokit, where, pr.number, "postmortem-issues", sticky, body);
    await settleComments(octokit, where, pr.number, `${stickyMarker("postmortem-issues")}
${body}`, input.botLogin);
  } catch (error) {
    if (error instanceof WriteCapReached || secondaryLimitOf(error)) throw error;
    log.warning(`Could not comment on the merged pull request: ${error.message}`);
  }
}
async function settleComments(octokit, where, pr, full, botLogin) {
  const marker = stickyMarker("postmortem-issues");
  const comments = (await octokit.paginate(
    octokit.rest.issues.listComments,
    { ...where, issue_number: pr, per_page: 100 },
    firstPages(MAX_LISTED_PAGES)
  )).filter((c) => c.body?.startsWith(marker) && c.user?.login.toLowerCase() === botLogin.toLowerCase()).sort((a, b) => a.id - b.id);
  const [keep, ...extra] = comments;
  for (const c of extra)
    await octokit.rest.issues.deleteComment({ ...where, comment_id: c.id }).catch((error) => {
      if (error.status !== 404) throw error;
    });
  if (keep && keep.body !== full)
    await octokit.rest.issues.updateComment({ ...where, comment_id: keep.id, body: full });
}

// src/actions/postmortem-issues/main.ts
async function run() {
  try {
    const ctx = readRunContext();
    const token = secretInput("github-token", process.env.GITHUB_TOKEN);
    const { octokit, where } = actionGitHub(ctx, token, warning, debug);
    const mode = getInput("mode") || (ctx.eventName === "schedule" ? "digest" : "file");
    const repoUrl = `${ctx.serverUrl}/${where.owner}/${where.repo}`;
    const botLogin = getInput("bot-login") || "github-actions[bot]";
    if (mode === "digest") {
      const today = (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
      info(await reconcileOverdueDigest(octokit, where, { repoUrl, botLogin, today }));
      return;
    }
    const files = await readPolicyFiles(resolve(ctx.workspace, getInput("root") || "."));
    const input = { files, repoUrl, sha: ctx.sha, event: ctx.event, botLogin };
    const result = await fileActionItems(octokit, where, input, { info, warning });
    setOutput("created", String(result.created));
    if (result.incomplete) setFailed(result.incomplete);
  } catch (error) {
    setFailed(`postmortem issues could not be filed: ${error.message}`);
  }
}

// src/actions/postmortem-issues/index.ts
await run();
