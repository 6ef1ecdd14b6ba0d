import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  renderShiftsGantt,
  renderShiftsMarkdown
} from "../shared/chunk-PQEA3KD4.js";
import {
  findSticky,
  readState,
  upsertSticky,
  writeState
} from "../shared/chunk-NT5KCLF7.js";
import {
  validatePolicy
} from "../shared/chunk-55AXIXA7.js";
import {
  createGitHub
} from "../shared/chunk-KOZKRULO.js";
import {
  redactError
} from "../shared/chunk-MDJBTUMF.js";
import {
  readRunContext
} from "../shared/chunk-DUN7GSSF.js";
import "../shared/chunk-MOBQN466.js";
import "../shared/chunk-YI5L3PFJ.js";
import {
  emitAnnotations
} from "../shared/chunk-Q5W7JWKC.js";
import "../shared/chunk-JYIEA5HI.js";
import {
  getInput,
  info,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "../shared/chunk-RKWCCJ37.js";
import {
  buildTimeline,
  classifySwap,
  shiftsIn
} from "../shared/chunk-AUFG2WU2.js";
import {
  DAY_MS,
  HOUR_MS,
  instantMs,
  isoUtc
} from "../shared/chunk-WMRUHAKD.js";
import {
  MAX_FILE_BYTES,
  locate
} from "../shared/chunk-MZKY6JGW.js";
import {
  POLICY_DIR,
  SWAPS
} from "../shared/chunk-SMHP3H4Q.js";
import "../shared/chunk-HPB5NIOG.js";

// src/github/policy-files.ts
async function readPolicyAt(octokit, where, ref) {
  const files = [];
  for (const dir of [POLICY_DIR, SWAPS.dir]) {
    for (const entry of await listDir(octokit, where, dir, ref)) {
      if (entry.type !== "file" || entry.name.startsWith(".") || entry.name.endsWith(".md")) continue;
      if (entry.size > MAX_FILE_BYTES) {
        files.push({ path: entry.path, bytes: new Uint8Array(MAX_FILE_BYTES + 1) });
        continue;
      }
      const { data } = await octokit.rest.repos.getContent({ ...where, path: entry.path, ref });
      if (Array.isArray(data) || data.type !== "file" || !("content" in data)) continue;
      files.push({ path: entry.path, bytes: Buffer.from(data.content, "base64") });
    }
  }
  return files;
}
async function listDir(octokit, where, path, ref) {
  try {
    const { data } = await octokit.rest.repos.getContent({ ...where, path, ref });
    return Array.isArray(data) ? data : [];
  } catch (error) {
    if (error.status === 404) return [];
    throw error;
  }
}

// src/swaps/ledger.ts
var SWAP_STATUS_CONTEXT = "oncall/swap-policy";
var SEEN = / · seen ([0-9a-f]{12}(?:,[0-9a-f]{12})*)$/;
var MAX_DESCRIPTION = 140;
var OPENED_RUN_WINDOW_MS = 10 * 6e4;
function ledgerFrom(statuses) {
  const seen = /* @__PURE__ */ new Map();
  let first;
  for (const s of statuses) {
    const hashes = SEEN.exec(s.description)?.[1]?.split(",") ?? [];
    for (const h of hashes) seen.set(h, Math.min(seen.get(h) ?? Infinity, s.createdAt));
    if (!first || s.createdAt < first.createdAt) first = s;
  }
  return {
    seen,
    ...first ? { first: { createdAt: first.createdAt, hashes: new Set(SEEN.exec(first.description)?.[1]?.split(",") ?? []) } } : {}
  };
}
function proposedAt(ledger, prCreatedAt, now, openedEvent) {
  const openedRun = ledger.first && ledger.first.createdAt - prCreatedAt <= OPENED_RUN_WINDOW_MS ? ledger.first.hashes : /* @__PURE__ */ new Set();
  return (hash) => {
    if (openedEvent || openedRun.has(hash)) return prCreatedAt;
    return ledger.seen.get(hash) ?? now;
  };
}
function statusDescription(summary2, hashes) {
  const tail = hashes.length ? ` \xB7 seen ${hashes.join(",")}` : "";
  const room = MAX_DESCRIPTION - tail.length;
  const text = summary2.length > room ? `${summary2.slice(0, Math.max(0, room - 1))}\u2026` : summary2;
  return `${text}${tail}`;
}

// src/github/pull-request.ts
async function getPullRequest(octokit, where, number) {
  const { data } = await octokit.rest.pulls.get({ ...where, pull_number: number });
  return {
    number,
    author: data.user?.login ?? "",
    createdAt: Date.parse(data.created_at),
    state: data.state,
    merged: Boolean(data.merged),
    headSha: data.head.sha,
    baseSha: data.base.sha,
    labels: data.labels.map((l) => l.name ?? "").filter(Boolean),
    htmlUrl: data.html_url
  };
}
async function changedFiles(octokit, where, number) {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, { ...where, pull_number: number, per_page: 100 });
  return [...new Set(files.flatMap((f) => [f.filename, ...f.previous_filename ? [f.previous_filename] : []]))];
}
async function reviewsOf(octokit, where, number) {
  const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, {
    ...where,
    pull_number: number,
    per_page: 100
  });
  return reviews.filter((r) => r.user && r.submitted_at).map((r) => ({ login: r.user.login, state: r.state, submittedAt: Date.parse(r.submitted_at) }));
}
async function reviewersAsked(octokit, where, number, reviews) {
  const { data } = await octokit.rest.pulls.listRequestedReviewers({ ...where, pull_number: number });
  return /* @__PURE__ */ new Set([...data.users.map((u) => u.login.toLowerCase()), ...reviews.map((r) => r.login.toLowerCase())]);
}
async function ledgerStatuses(octokit, where, number, extraShas, botLogin) {
  const commits = await octokit.paginate(octokit.rest.pulls.listCommits, {
    ...where,
    pull_number: number,
    per_page: 100
  });
  const shas = [.../* @__PURE__ */ new Set([...commits.map((c) => c.sha), ...extraShas.filter((s) => /^[0-9a-f]{40}$/.test(s))])];
  const statuses = [];
  for (const sha of shas) {
    let list;
    try {
      list = await octokit.paginate(octokit.rest.repos.listCommitStatusesForRef, { ...where, ref: sha, per_page: 100 });
    } catch (error) {
      if (error.status === 404 || error.status === 422) continue;
      throw error;
    }
    for (const s of list)
      if (s.context === SWAP_STATUS_CONTEXT && s.creator?.login.toLowerCase() === botLogin.toLowerCase())
        statuses.push({ createdAt: Date.parse(s.created_at), description: s.description ?? "" });
  }
  return { statuses, shas };
}

// src/notify/slack.ts
function swapAnnouncement(swap, policy, link) {
  const name = (id) => policy.team?.people.find((p) => p.id === id)?.name ?? id;
  const d = swap.data;
  const until = d.end ? ` to ${isoUtc(instantMs(d.end))}` : " for the rest of the shift";
  return `:arrows_counterclockwise: On-call swap merged: ${name(d.covering)} covers ${name(d.relieved)} on *${d.schedule}* from ${isoUtc(instantMs(d.start))}${until}. Reason: ${d.reason}. ${link}`;
}
async function postSwapToChannel(webhook, swap, policy, link) {
  let response;
  try {
    response = await fetch(webhook, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: swapAnnouncement(swap, policy, link) }),
      signal: AbortSignal.timeout(Number(process.env.ONCALL_HTTP_TIMEOUT_MS) || 1e4)
    });
  } catch (error) {
    const e = redactError(error, [webhook]);
    const why = e.cause instanceof Error ? ` (${e.cause.message})` : "";
    throw new Error(`the team channel's webhook could not be reached: ${e.message}${why}`, { cause: error });
  }
  if (!response.ok) throw new Error(`the team channel's webhook answered HTTP ${response.status}`);
}

// src/report/swap-comment.ts
var ICON = { true: "\u2705", false: "\u274C", null: "\u2139\uFE0F" };
var LABEL = {
  trust: "Trusted change",
  notice: "48-hour notice",
  consent: "Both engineers agree",
  managers: "Managers notified",
  compensation: "Compensation",
  policy: "Policy still holds"
};
function renderSwapComment(verdict, views, people) {
  const out = [`## On-call swap check: ${verdict.ok ? "\u2705 passes" : "\u274C does not pass"}`, "", verdict.summary, ""];
  for (const { report, before, after } of views) {
    const s = report.swap.data;
    const name = (id) => people.get(id)?.name ?? id;
    const when = report.period ? `${isoUtc(report.period.start)} \u2192 ${isoUtc(report.period.end)}` : `from ${s.start}`;
    out.push(`### \`${report.swap.file}\` (${report.change.kind}${report.emergency ? ", emergency" : ""})`, "");
    out.push(`**${s.schedule}**, ${when}: ${name(s.relieved)} \u2192 ${name(s.covering)}. Reason: ${escape(s.reason)}`, "");
    out.push("| | Rule | Detail |", "| --- | --- | --- |");
    for (const c of report.checks)
      out.push(`| ${ICON[String(c.ok)]} | ${LABEL[c.id]} | ${escape(c.message)} |`);
    out.push("");
    if (report.compensation) {
      const h = report.compensation.hours;
      out.push(
        "| Covering engineer | Time trade (h) | Overtime (h) | Holiday rate (h) |",
        "| --- | --- | --- | --- |",
        `| ${name(s.covering)} | ${num(h.time_trade)} | ${num(h.overtime)} | ${num(h.holiday)} |`,
        ""
      );
    }
    out.push(
      "<details><summary>Before and after</summary>",
      "",
      "**Before**",
      "",
      renderShiftsMarkdown(before, people),
      "**After**",
      "",
      renderShiftsMarkdown(after, people)
    );
    out.push(renderShiftsGantt(after, people, `${s.schedule} after this change`), "</details>", "");
  }
  if (verdict.protectedChanges.length)
    out.push(
      `\u26A0\uFE0F This PR changes ${verdict.protectedChanges.map((f) => `\`${f}\``).join(", ")}, so its swaps cannot pass: send the swap in a PR of its own.`,
      ""
    );
  return out.join("\n");
}
function num(h) {
  return Number.isInteger(h) ? String(h) : h.toFixed(2);
}
function escape(text) {
  return text.replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/\r?\n/g, " ");
}

// src/swaps/diff.ts
import { createHash } from "node:crypto";
function swapHash(data) {
  const canonical = JSON.stringify(
    Object.keys(data).sort().map((k) => [k, data[k]])
  );
  return createHash("sha256").update(canonical).digest("hex").slice(0, 12);
}
function diffSwaps(base, head) {
  const baseByHash = new Map(base.map((s) => [swapHash(s.data), s]));
  const headByHash = new Map(head.map((s) => [swapHash(s.data), s]));
  const baseByFile = new Map(base.map((s) => [s.file, s]));
  const changes = [];
  const matchedBase = /* @__PURE__ */ new Set();
  for (const [hash, s] of headByHash) {
    const same = baseByHash.get(hash);
    if (same) {
      matchedBase.add(same);
      continue;
    }
    const previous = baseByFile.get(s.file);
    if (previous && !headByHash.has(swapHash(previous.data))) {
      matchedBase.add(previous);
      changes.push({ kind: "changed", head: s, base: previous, hash });
    } else changes.push({ kind: "added", head: s, hash });
  }
  for (const s of base) if (!matchedBase.has(s)) changes.push({ kind: "removed", base: s, hash: swapHash(s.data) });
  return changes;
}

// src/swaps/consent.ts
function approversSince(reviews, since) {
  const latest = /* @__PURE__ */ new Map();
  for (const r of reviews) {
    if (r.state === "COMMENTED" || r.state === "PENDING") continue;
    const login = r.login.toLowerCase();
    const prior = latest.get(login);
    if (!prior || r.submittedAt >= prior.submittedAt) latest.set(login, r);
  }
  const out = /* @__PURE__ */ new Set();
  for (const [login, r] of latest) if (r.state === "APPROVED" && r.submittedAt > since) out.add(login);
  return out;
}

// src/swaps/verdict.ts
var NOTICE_HOURS = 48;
var EMERGENCY_LABEL = "emergency-swap";
var PROTECTED_PATHS = [
  /^\.github\//,
  /^src\//,
  /^dist\//,
  /^schemas\//,
  /^scripts\//,
  /^bin\//,
  /^package(-lock)?\.json$/,
  /^oncall\/team\.yaml$/
];
function decide(input) {
  const people = input.base.team?.people ?? [];
  const byId = new Map(people.map((p) => [p.id, p]));
  const protectedChanges = input.changes.length ? input.pr.changedFiles.filter((f) => PROTECTED_PATHS.some((re) => re.test(f))) : [];
  const policyErrors = input.headFindings.filter((f) => f.severity === "error");
  const emergencyLabel = input.pr.labels.includes(EMERGENCY_LABEL);
  const periods = new Map(
    input.headSwaps.filter((o) => o.end !== void 0).map((o) => [o.swap.id, { start: o.start, end: o.end }])
  );
  const notify = /* @__PURE__ */ new Set();
  const reports = input.changes.map((change) => {
    const swap = change.head ?? change.base;
    const outcome = (change.head ? input.headSwaps : input.baseSwaps).find((o) => o.swap === swap);
    const period = outcome?.end !== void 0 ? { start: outcome.start, end: outcome.end } : void 0;
    const proposedAt2 = input.proposedAt(change.hash);
    const checks = [];
    const prior = change.kind === "changed" && change.base && !samePeriodAndPeople(change.base, swap) ? change.base : void 0;
    const priorOutcome = prior ? input.baseSwaps.find((o) => o.swap === prior) : void 0;
    const priorParties = prior ? [byId.get(prior.data.relieved), byId.get(prior.data.covering)] : [];
    if (protectedChanges.length)
      checks.push({
        id: "trust",
        ok: false,
        message: `This PR also changes ${protectedChanges.join(", ")}: a swap must come in a PR of its own, judged by the roster and checker already on the base branch.`
      });
    const ownStart = period?.start ?? outcome?.start ?? Date.parse(swap.data.start);
    const start = Math.min(ownStart, priorOutcome?.start ?? (prior ? Date.parse(prior.data.start) : ownStart));
    const noticeHours = (start - proposedAt2) / HOUR_MS;
    const shortNotice = noticeHours < NOTICE_HOURS;
    const relieved = byId.get(swap.data.relieved);
    const covering = byId.get(swap.data.covering);
    const approvers = approversSince(input.pr.reviews, proposedAt2);
    const author = input.pr.author.toLowerCase();
    const consents = (p) => p !== void 0 && (p.github.toLowerCase() === author || approvers.has(p.github.toLowerCase()));
    const managers = [
      ...new Set(
        [relieved, covering, ...priorParties].map((p) => p?.manager).filter((m) => m !== void 0)
      )
    ].map((id) => byId.get(id)).filter((m) => m !== void 0);
    const managerApproved = managers.find((m) => approvers.has(m.github.toLowerCase()));
    let emergency = false;
    if (start <= input.now || start <= proposedAt2) {
      checks.push({
        id: "notice",
        ok: false,
        message: `The period started ${isoUtc(start)}${start <= proposedAt2 ? `, before the swap was proposed (${isoUtc(proposedAt2)})` : ""}: a shift that has begun cannot be swapped or un-swapped by PR. Hand over directly and tell the team.`
      });
    } else if (!shortNotice) {
      checks.push({
        id: "notice",
        ok: true,
        message: `Proposed ${isoUtc(proposedAt2)}, ${Math.floor(noticeHours)} h before the period starts (${isoUtc(start)}); at least ${NOTICE_HOURS} h are required.`
      });
    } else if (emergencyLabel && managerApproved) {
      emergency = true;
      checks.push({
        id: "notice",
        ok: true,
        message: `Emergency: only ${fmtNotice(noticeHours)} notice (${NOTICE_HOURS} h required), accepted because of the ${EMERGENCY_LABEL} label and ${managerApproved.name}'s approval as manager.`
      });
    } else {
      const missing = [
        !emergencyLabel && `the ${EMERGENCY_LABEL} label`,
        !managerApproved && `an approval from a manager (${managers.map((m) => `@${m.github}`).join(" or ") || "none on the roster"})`
      ].filter(Boolean);
      checks.push({
        id: "notice",
        ok: false,
        message: `Only ${fmtNotice(noticeHours)} notice before ${isoUtc(start)}; ${NOTICE_HOURS} h are required. As an emergency it needs ${missing.join(" and ")}.`
      });
    }
    const parties = [
      ...new Set(change.kind === "removed" ? [covering, relieved] : [relieved, covering, ...priorParties])
    ];
    const missingConsent = parties.filter((p) => !consents(p));
    checks.push(
      missingConsent.length === 0 ? {
        id: "consent",
        ok: true,
        message: `${parties.map((p) => `${p.name} (@${p.github})`).join(" and ")} agreed (authored the PR or approved it after the swap last changed).`
      } : {
        id: "consent",
        ok: false,
        message: `Waiting for ${missingConsent.map((p) => p ? `${p.name} (@${p.github})` : "a person not on the roster").join(" and ")} to approve the PR${input.pr.reviews.length ? " (approvals from before the swap last changed, dismissed reviews and approvals by people not on the roster do not count)" : ""}.`
      }
    );
    const unnotified = managers.filter((m) => !input.notified.has(m.github.toLowerCase()));
    for (const m of unnotified) notify.add(m.github);
    checks.push({
      id: "managers",
      ok: managers.length > 0,
      message: managers.length ? `${managers.map((m) => `${m.name} (@${m.github})`).join(" and ")} ${unnotified.length ? "asked for review now" : "notified (asked for review)"}.` : "Neither engineer has a manager in team.yaml to notify."
    });
    let compensation;
    if (change.kind !== "removed" && period && input.head.compensation) {
      compensation = classifySwap(swap, period, input.head.swaps, periods, input.head.compensation);
      const h = compensation.hours;
      checks.push({
        id: "compensation",
        ok: null,
        message: `${covering?.name ?? swap.data.covering}: ${fmtHours(h.time_trade)} h time trade, ${fmtHours(h.overtime)} h overtime, ${fmtHours(h.holiday)} h holiday rate \u2014 ${compensation.reason}.`
      });
    }
    const ownErrors = policyErrors.filter((f) => f.file === swap.file);
    checks.push(
      change.kind === "removed" ? {
        id: "policy",
        ok: policyErrors.length === 0,
        message: policyErrors.length ? `With this swap removed the policy has ${policyErrors.length} error(s); see the annotations.` : "The policy holds without it."
      } : ownErrors.length || policyErrors.length ? {
        id: "policy",
        ok: false,
        message: `${ownErrors.length ? ownErrors.map((f) => f.message).join(" ") : `The policy has ${policyErrors.length} error(s) with this change; see the annotations.`}`
      } : {
        id: "policy",
        ok: true,
        message: "All oncall validate rules hold with the swap (coverage, double role, training)."
      }
    );
    return { change, swap, period, proposedAt: proposedAt2, emergency, checks, compensation };
  });
  const ok = reports.every((r) => r.checks.every((c) => c.ok !== false));
  const failing = reports.filter((r) => r.checks.some((c) => c.ok === false));
  const summary2 = reports.length === 0 ? "No swap changes in this PR." : ok ? `${reports.length} swap change${reports.length === 1 ? "" : "s"} meet the swap policy${reports.some((r) => r.emergency) ? " (emergency)" : ""}.` : `${failing.length} of ${reports.length} swap change${reports.length === 1 ? "" : "s"} do not meet the swap policy: ${[...new Set(failing.flatMap((r) => r.checks.filter((c) => c.ok === false).map((c) => c.id)))].join(", ")}.`;
  return { ok, reports, notify: [...notify], protectedChanges, policyErrors, summary: summary2 };
}
function fmtNotice(hours) {
  const minutes = Math.floor(hours * 60);
  return `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ""}`;
}
function samePeriodAndPeople(a, b) {
  const keys = ["schedule", "start", "end", "relieved", "covering"];
  return keys.every((k) => a.data[k] === b.data[k]);
}
function fmtHours(h) {
  return Number.isInteger(h) ? String(h) : h.toFixed(1);
}

// src/swaps/evaluate.ts
var FIELD = { notice: "start", consent: "covering", managers: "relieved" };
function evaluateSwapPr(facts) {
  const base = validatePolicy(facts.baseFiles, { now: facts.now });
  const head = validatePolicy(facts.headFiles, { now: facts.now });
  const changes = diffSwaps(base.policy.swaps, head.policy.swaps);
  const starts = changes.map((c) => Date.parse((c.head ?? c.base).data.start));
  const window = starts.length ? { start: Math.min(...starts) - 7 * DAY_MS, end: Math.max(...starts) + 21 * DAY_MS } : { start: facts.now, end: facts.now + DAY_MS };
  const before = buildTimeline(base.policy, window);
  const after = buildTimeline(head.policy, window);
  const verdict = decide({
    pr: facts,
    base: base.policy,
    baseSwaps: before.swaps,
    head: head.policy,
    headFindings: head.findings,
    headSwaps: after.swaps,
    changes,
    proposedAt: proposedAt(ledgerFrom(facts.statuses), facts.createdAt, facts.now, facts.openedEvent),
    notified: facts.notified,
    now: facts.now
  });
  const views = verdict.reports.map((report) => {
    const period = report.period ?? {
      start: Date.parse(report.swap.data.start),
      end: Date.parse(report.swap.data.start) + DAY_MS
    };
    const around = (t) => shiftsIn(t).filter(
      (s) => s.schedule === report.swap.data.schedule && s.end > period.start - 3 * DAY_MS && s.start < period.end + 3 * DAY_MS
    );
    return { report, before: around(before), after: around(after) };
  });
  const people = new Map((base.policy.team?.people ?? []).map((p) => [p.id, p]));
  const checkFindings = verdict.reports.flatMap((r) => {
    const source = (r.change.head ? head : base).policy.sources.get(r.swap.file);
    return r.checks.filter((c) => c.ok === false && c.id !== "policy").map((c) => {
      const field = FIELD[c.id];
      const span = source && field ? locate(source, [field]) : { line: 1, column: 1 };
      return { ruleId: `swap/${c.id}`, severity: "error", message: c.message, file: r.swap.file, ...span };
    });
  });
  return { verdict, changes, views, people, headFindings: head.findings, checkFindings };
}

// src/actions/swap-check/event.ts
async function pullRequestNumber(octokit, where, ctx) {
  const pr = ctx.event.pull_request;
  if (typeof pr?.number === "number") return pr.number;
  const run2 = ctx.event.workflow_run;
  if (!run2?.head_sha) return void 0;
  const direct = run2.pull_requests?.[0]?.number;
  if (typeof direct === "number") return direct;
  const owner = run2.head_repository?.owner?.login;
  if (!owner || !run2.head_branch) return void 0;
  const pulls = await octokit.paginate(octokit.rest.pulls.list, {
    ...where,
    state: "open",
    head: `${owner}:${run2.head_branch}`,
    per_page: 100
  });
  return pulls.find((p) => p.head.sha === run2.head_sha)?.number;
}

// src/actions/swap-check/main.ts
async function run() {
  try {
    const ctx = readRunContext();
    const token = getInput("github-token") || process.env.GITHUB_TOKEN || "";
    if (!token) throw new Error("no GitHub token: pass github-token (the default is the workflow token).");
    setSecret(token);
    const webhook = getInput("slack-webhook-url");
    if (webhook) setSecret(webhook);
    const botLogin = getInput("bot-login") || "github-actions[bot]";
    const [owner, repo] = (ctx.repository ?? "").split("/");
    if (!owner || !repo) throw new Error("GITHUB_REPOSITORY is not set.");
    const where = { owner, repo };
    const octokit = createGitHub({ token, baseUrl: ctx.apiUrl, log: (m) => warning(m) });
    const number = await pullRequestNumber(octokit, where, ctx);
    if (number === void 0) {
      info("This event concerns no open pull request; nothing to check.");
      return;
    }
    const now = Date.now();
    const pr = await getPullRequest(octokit, where, number);
    const [baseFiles, headFiles, files, reviews, sticky] = await Promise.all([
      readPolicyAt(octokit, where, pr.baseSha),
      readPolicyAt(octokit, where, pr.headSha),
      changedFiles(octokit, where, number),
      reviewsOf(octokit, where, number),
      findSticky(octokit, where, number, "swap-check", botLogin)
    ]);
    const state = readState(sticky?.body);
    if (pr.merged) {
      await announce(octokit, where, pr, headFiles, baseFiles, state, sticky, number, now);
      return;
    }
    const ledger = await ledgerStatuses(octokit, where, number, state.shas ?? [], botLogin);
    const asked = await reviewersAsked(octokit, where, number, reviews);
    const { verdict, changes, views, people, headFindings, checkFindings } = evaluateSwapPr({
      number,
      author: pr.author,
      createdAt: pr.createdAt,
      labels: pr.labels,
      changedFiles: files,
      reviews,
      baseFiles,
      headFiles,
      statuses: ledger.statuses,
      openedEvent: ctx.eventName?.startsWith("pull_request") === true && ctx.event.action === "opened",
      notified: /* @__PURE__ */ new Set([...(state.notified ?? []).map((l) => l.toLowerCase()), ...asked]),
      now
    });
    const newlyNotified = await requestReviews(octokit, where, number, verdict.notify);
    const body = renderSwapComment(verdict, views, people);
    info(verdict.summary);
    emitAnnotations([...checkFindings, ...headFindings.filter((f) => f.severity === "error")], {
      limitPerSeverity: 10
    });
    if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(body).write();
    const hashes = changes.map((c) => c.hash);
    await tolerate(
      "post the commit status",
      () => octokit.rest.repos.createCommitStatus({
        ...where,
        sha: pr.headSha,
        state: verdict.ok ? "success" : "failure",
        context: SWAP_STATUS_CONTEXT,
        description: statusDescription(verdict.summary, hashes),
        target_url: pr.htmlUrl
      })
    );
    if (changes.length > 0 || sticky) {
      const nextState = {
        notified: [.../* @__PURE__ */ new Set([...state.notified ?? [], ...newlyNotified])],
        shas: [.../* @__PURE__ */ new Set([...state.shas ?? [], ...ledger.shas, pr.headSha])].slice(-50),
        announced: state.announced ?? []
      };
      const mention = newlyNotified.length ? `

cc ${newlyNotified.map((l) => `@${l}`).join(" ")}: a swap between your reports needs your awareness.` : "";
      await tolerate(
        "update the PR comment",
        () => upsertSticky(octokit, where, number, "swap-check", sticky, `${body}${mention}
${writeState(nextState)}`)
      );
    }
    setOutput("ok", String(verdict.ok));
    if (!verdict.ok) setFailed(verdict.summary);
  } catch (error) {
    setFailed(`swap check could not run: ${error.message}`);
  }
}
async function requestReviews(octokit, where, number, logins) {
  if (logins.length === 0) return [];
  await tolerate(
    "ask managers for review",
    () => octokit.rest.pulls.requestReviewers({ ...where, pull_number: number, reviewers: [...logins] })
  );
  return [...logins];
}
async function tolerate(what, write) {
  try {
    await write();
    return true;
  } catch (error) {
    const status = error.status;
    if (status === 403 || status === 404) {
      warning(
        `Could not ${what} (HTTP ${status}: the token may be read-only, as on pull requests from forks); the verdict is in the job summary and the exit code.`
      );
      return false;
    }
    throw error;
  }
}
async function announce(octokit, where, pr, headFiles, baseFiles, state, sticky, number, now) {
  const webhook = getInput("slack-webhook-url");
  const head = validatePolicy(headFiles, { now });
  const added = diffSwaps(validatePolicy(baseFiles, { now }).policy.swaps, head.policy.swaps).filter(
    (c) => c.head && !(state.announced ?? []).includes(c.hash)
  );
  if (!webhook || added.length === 0) {
    info(
      webhook ? "Merged: every swap was already announced." : "Merged: no slack-webhook-url, nothing to announce."
    );
    return;
  }
  const announced = [...state.announced ?? []];
  for (const c of added) {
    await postSwapToChannel(webhook, c.head, head.policy, pr.htmlUrl);
    announced.push(c.hash);
  }
  const body = (sticky?.body ?? "").replace(/<!-- oncall-state .*? -->/s, "").replace(/^<!-- oncall-as-code:swap-check -->\n/, "");
  await tolerate(
    "record the announcement",
    () => upsertSticky(octokit, where, number, "swap-check", sticky, `${body}
${writeState({ ...state, announced })}`)
  );
}

// src/actions/swap-check/index.ts
await run();
