import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  findCover
} from "../shared/chunk-WEBGPDPY.js";
import {
  MAX_CHANGES,
  boundedTimeline,
  changeWindow,
  holds,
  shiftChanges
} from "../shared/chunk-OSZ4JBSJ.js";
import {
  renderShiftsGantt,
  renderShiftsMarkdown
} from "../shared/chunk-ASW6XEZL.js";
import {
  commitsToRead,
  compensationCheck,
  consentCheck,
  isPerson,
  managersCheck,
  moved,
  noticeCheck,
  pushedOnlyBy,
  standingApprovals,
  standingSince,
  who
} from "../shared/chunk-YKDLSHO4.js";
import {
  fenced
} from "../shared/chunk-PN6AARRH.js";
import {
  MAX_LISTED_FILES,
  baseTip,
  changedFiles,
  findSticky,
  getPullRequest,
  headSightings,
  notifiedLogins,
  reviewsOf,
  upsertSticky
} from "../shared/chunk-OI6R3OR5.js";
import {
  validatePolicy
} from "../shared/chunk-HHWMYBGA.js";
import {
  actionGitHub
} from "../shared/chunk-GY72BW2S.js";
import {
  redactError
} from "../shared/chunk-MDJBTUMF.js";
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
import "../shared/chunk-V6IP6AW7.js";
import "../shared/chunk-YI5L3PFJ.js";
import {
  emitAnnotations
} from "../shared/chunk-X32DJ6MM.js";
import "../shared/chunk-WMNTHIWY.js";
import {
  getInput,
  info,
  setFailed,
  setOutput,
  summary,
  warning
} from "../shared/chunk-OGM2ZFWQ.js";
import {
  boundObjects,
  classifySwap,
  holidayHours,
  holidaysOf,
  hourKinds,
  loadPolicy,
  payPeriodOf,
  round
} from "../shared/chunk-5AWG3TPM.js";
import {
  DAY_MS,
  HOUR_MS,
  REASON_MAX,
  instantMs,
  isoUtc
} from "../shared/chunk-EXLADYM2.js";
import "../shared/chunk-ETVPNU4B.js";
import {
  locate,
  maxBytesOf
} from "../shared/chunk-DQA6EP7E.js";
import {
  POLICY_DIR
} from "../shared/chunk-RWRK4OFQ.js";
import "../shared/chunk-HPB5NIOG.js";

// src/changes/bindings.ts
var APPROVER_ROLES = /* @__PURE__ */ new Set(["engineering-manager", "cto"]);
function bindingChanges(base, head) {
  const before = new Map(boundObjects(base).map((b) => [b.what, b.pagerdutyId]));
  return boundObjects(head).flatMap((b) => {
    const was = before.get(b.what);
    if (was === b.pagerdutyId) return [];
    return [{ ...b, ...was !== void 0 ? { was } : {} }];
  });
}
function bindingCheck(change, approvals, people) {
  const approvers = [...people.values()].filter((p) => APPROVER_ROLES.has(p.role));
  const by = approvers.find((p) => approvals.some((r) => isPerson(r, p)));
  const what = `${change.what} ${change.was ? `from PagerDuty ${change.was} to ${change.pagerdutyId}` : `to PagerDuty ${change.pagerdutyId}`}`;
  if (by)
    return {
      id: "binding",
      ok: true,
      message: `Binds ${what}; approved by ${who(by)}.`
    };
  return {
    id: "binding",
    ok: false,
    message: `Binds ${what}, which the next apply renames and rewrites: it needs an approval from an engineering manager or the CTO (${approvers.map((p) => who(p)).join(" or ") || "none on the roster"}) of a head with this binding, after it last changed.`
  };
}

// src/changes/cover-advice.ts
var MAX_ADVISED = 5;
var MAX_SHOWN = 3;
function adviseCover(base, changes) {
  const advice = /* @__PURE__ */ new Map();
  let compared = 0;
  let unchecked = 0;
  for (const change of changes) {
    if (change.loses === void 0 || change.gains === void 0) continue;
    if (compared >= MAX_ADVISED) {
      unchecked += 1;
      continue;
    }
    compared += 1;
    const a = coverAdvice(base, change, change.loses, change.gains);
    if (a) advice.set(change, a);
  }
  return { advice, unchecked };
}
function coverAdvice(base, change, from, chosen) {
  let result;
  try {
    result = findCover(base, { schedule: change.schedule, at: change.start, until: change.end, from });
  } catch {
    return void 0;
  }
  if (!result.ok) return void 0;
  const a = result.answer;
  const lightest = a.candidates[0];
  if (!lightest) return void 0;
  const index = a.candidates.findIndex((c) => c.person === chosen);
  const mine = a.candidates[index];
  if (mine && mine.weighted <= lightest.weighted) return void 0;
  const people = base.team?.people ?? [];
  const reason = mine ? void 0 : a.excluded.find((e) => e.person === chosen)?.reason ?? (people.some((p) => p.id === chosen) ? "not an engineer in team.yaml" : "not in team.yaml on the base branch");
  return {
    chosen,
    best: a.candidates.slice(0, MAX_SHOWN),
    candidates: a.candidates.length,
    ...mine ? { rank: index + 1, chosenCandidate: mine } : {},
    ...reason ? { reason } : {},
    quarter: a.quarter,
    weights: a.weights,
    weighted: a.weighted,
    command: `npx oncall cover --schedule ${a.schedule} --at ${isoUtc(a.stretch.start)} --until ${isoUtc(a.stretch.end)} --from ${from}`
  };
}

// src/changes/compensation.ts
function swapBehind(change, headSwaps, baseSwaps) {
  const overlaps = (o) => o.status === "applied" && o.end !== void 0 && o.swap.data.schedule === change.schedule && o.start < change.end && o.end > change.start;
  const head = headSwaps.find((o) => overlaps(o) && o.swap.data.covering === change.gains);
  if (head) return { outcome: head, side: "head" };
  const base = baseSwaps.find((o) => overlaps(o) && o.swap.data.covering === change.loses);
  return base ? { outcome: base, side: "base" } : void 0;
}
function classifyChange(change, all, head, headSwaps, behind, rules = head) {
  const compensation = rules.compensation;
  if (!compensation || change.gains === void 0) return void 0;
  const stretch = { start: change.start, end: change.end };
  if (behind?.side === "head") {
    const periods = new Map(headSwaps.filter((o) => o.end !== void 0).map((o) => [o.swap.id, span(o)]));
    return classifySwap(behind.outcome.swap, stretch, head.swaps, periods, compensation, rules.team);
  }
  const total = (stretch.end - stretch.start) / HOUR_MS;
  const holiday = holidayHours(stretch, holidaysOf(compensation, rules.team, change.gains));
  const payPeriod = payPeriodOf(stretch.start, compensation.pay_periods);
  const within = (i) => i.start >= payPeriod.start && i.end <= payPeriod.end;
  const back = all.find((o) => o !== change && o.gains === change.loses && o.loses === change.gains && within(o));
  const traded = back !== void 0 && within(stretch);
  const rest = total - holiday;
  const hours = { time_trade: traded ? rest : 0, overtime: traded ? 0 : rest, holiday };
  const reason = traded ? `handed back the other way in the same pay period (${payPeriod.label}): a time trade` : `nothing handed back in the pay period ${payPeriod.label}: overtime`;
  return { hours, payPeriod, reason: holiday > 0 ? `${reason}; ${round(holiday)} h fall on a holiday` : reason };
}
var span = (o) => ({ start: o.start, end: o.end });

// src/changes/evaluate.ts
var PROTECTED_PATHS = [
  /^\.github\//,
  /^src\//,
  /^dist\//,
  /^schemas\//,
  /^scripts\//,
  /^bin\//,
  /^package(-lock)?\.json$/
];
var GITATTRIBUTES = /(^|\/)\.gitattributes$/i;
var FIELD = { notice: "start", consent: "covering", managers: "relieved" };
function evaluateChanges(facts) {
  const base = validatePolicy(facts.baseFiles, { now: facts.now });
  const head = validatePolicy(facts.headFiles, { now: facts.now });
  const people = new Map((base.policy.team?.people ?? []).map((p) => [p.id, p]));
  const policyErrors = head.findings.filter((f) => f.severity === "error");
  const refuse = (refusal, errors = policyErrors) => ({
    verdict: {
      ok: false,
      refusal,
      reports: [],
      bindings: [],
      impact: [],
      notify: [],
      protectedChanges: [],
      policyErrors: errors,
      summary: `Cannot judge this PR: ${refusal}`
    },
    people,
    findings: errors
  });
  if (facts.unreadable.length) return refuse(facts.unreadable.join(" "), []);
  const attributes = facts.pr.changedFiles.filter((f) => GITATTRIBUTES.test(f));
  if (attributes.length)
    return refuse(
      `it changes ${attributes.map((f) => JSON.stringify(f)).join(", ")}, which decides how git writes files on checkout: what the PagerDuty sync would read could differ from what this check reads. Change it in a PR of its own that an administrator merges past this check after reading it.`,
      []
    );
  const window = changeWindow(facts.now);
  const before = boundedTimeline(base.policy, window);
  const after = boundedTimeline(head.policy, window);
  if (!before || !after)
    return refuse(
      `the ${before ? "head" : "base"} rotation has too many turns in the next two years to compare them within bounds; use longer turns.`
    );
  const changes = shiftChanges(before, after, window);
  if (changes.length > MAX_CHANGES)
    return refuse(
      `it changes who is on call in ${changes.length.toLocaleString("en-US")} stretches of the next two years, more than the ${MAX_CHANGES.toLocaleString("en-US")} one check judges; split it, or use longer turns.`
    );
  const held = heldAt(facts, changes);
  const cover = adviseCover(base.policy, changes);
  const payRules = base.policy.compensation ? base.policy : head.policy;
  const bindings = bindingChanges(base.policy, head.policy);
  const protectedChanges = changes.length || bindings.length ? facts.pr.changedFiles.filter((f) => PROTECTED_PATHS.some((re) => re.test(f))) : [];
  const trust = (what) => ({
    id: "trust",
    ok: false,
    message: `This PR also changes ${protectedChanges.map((f) => JSON.stringify(f)).join(", ")}: ${what} must come in a PR of its own, judged by the checker already on the base branch.`
  });
  const notified = /* @__PURE__ */ new Set([...facts.notified, facts.pr.author.login.toLowerCase()]);
  const notify = /* @__PURE__ */ new Map();
  const reports = changes.map((change) => {
    const isHeld = (sha) => sha === facts.pr.headSha ? true : held(sha, change);
    const since = standingSince(facts.sightings, isHeld, facts.pr.createdAt, facts.now);
    const approvals = standingApprovals(facts.reviews, since, isHeld);
    const authorPushed = pushedOnlyBy(facts.sightings, isHeld, facts.pr.author, facts.now);
    const ctx = {
      change,
      since,
      author: facts.pr.author,
      authorPushed,
      approvals,
      labels: facts.pr.labels,
      people,
      now: facts.now
    };
    const checks = [];
    if (protectedChanges.length) checks.push(trust("a change of who is on call"));
    const notice = noticeCheck(ctx);
    const managers = managersCheck(change, people, notified);
    for (const m of managers.toNotify) notify.set(m.id, m);
    checks.push(notice, consentCheck(ctx), managers);
    const behind = swapBehind(change, after.swaps, before.swaps);
    const compensation = classifyChange(change, changes, head.policy, after.swaps, behind, payRules);
    if (compensation) checks.push(compensationCheck(change, compensation, people));
    const advice = cover.advice.get(change);
    return {
      change,
      since,
      emergency: notice.emergency,
      checks,
      file: behind ? behind.outcome.swap.file : "oncall/rotations.yaml",
      ...behind ? { swapId: behind.outcome.swap.id } : {},
      ...compensation ? { compensation } : {},
      before: around(before, change),
      after: around(after, change),
      ...advice ? { cover: advice } : {}
    };
  });
  const bound = boundAt(facts);
  const bindingReports = bindings.map((change) => {
    const isHeld = (sha) => sha === facts.pr.headSha ? true : bound(sha, change);
    const since = standingSince(facts.sightings, isHeld, facts.pr.createdAt, facts.now);
    const checks = [bindingCheck(change, standingApprovals(facts.reviews, since, isHeld), people)];
    if (protectedChanges.length) checks.unshift(trust("binding a PagerDuty object"));
    return { change, since, checks };
  });
  const ok = policyErrors.length === 0 && [...reports, ...bindingReports].every((r) => r.checks.every((c) => c.ok !== false));
  const verdict = {
    ok,
    reports,
    bindings: bindingReports,
    impact: impactOf(head.policy, reports, window),
    notify: [...notify.values()],
    protectedChanges,
    policyErrors,
    summary: summarize(reports, bindingReports, policyErrors.length),
    ...cover.unchecked ? { coverUnchecked: cover.unchecked } : {}
  };
  return {
    verdict,
    people,
    findings: [
      ...checkFindings(reports, head.policy),
      ...bindingFindings(bindingReports, head.policy),
      ...policyErrors
    ]
  };
}
function heldAt(facts, changes) {
  if (changes.length === 0) return () => void 0;
  const span2 = { start: Math.min(...changes.map((c) => c.start)), end: Math.max(...changes.map((c) => c.end)) };
  const timelines = /* @__PURE__ */ new Map();
  return (sha, change) => {
    if (!timelines.has(sha)) {
      const files = facts.filesAt.get(sha);
      timelines.set(sha, files ? boundedTimeline(loadPolicy(files).policy, span2) : void 0);
    }
    const t = timelines.get(sha);
    return t ? holds(t, change) : void 0;
  };
}
function boundAt(facts) {
  const bindings = /* @__PURE__ */ new Map();
  return (sha, change) => {
    if (!bindings.has(sha)) {
      const files = facts.filesAt.get(sha);
      bindings.set(
        sha,
        files ? new Map(boundObjects(loadPolicy(files).policy).map((b) => [b.what, b.pagerdutyId])) : void 0
      );
    }
    const at = bindings.get(sha);
    return at ? at.get(change.what) === change.pagerdutyId : void 0;
  };
}
function bindingFindings(reports, head) {
  return reports.flatMap((r) => {
    const source = head.sources.get(r.change.file);
    const span2 = source ? locate(source, r.change.path) : { line: 1, column: 1 };
    return r.checks.filter((c) => c.ok === false).map((c) => ({
      ruleId: `change/${c.id}`,
      severity: "error",
      message: c.message,
      file: r.change.file,
      line: span2.line,
      column: span2.column
    }));
  });
}
function around(timeline, change) {
  return (timeline.schedules.get(change.schedule) ?? []).filter(
    (s) => s.end > change.start - 3 * DAY_MS && s.start < change.end + 3 * DAY_MS
  );
}
function impactOf(head, reports, window) {
  const kinds = hourKinds(head, window);
  const zero = () => ({ total: 0, business: 0, afterHours: 0, weekend: 0, holiday: 0 });
  const add = (to, h) => {
    for (const k of Object.keys(to)) to[k] += h[k];
  };
  const rows = /* @__PURE__ */ new Map();
  const row = (person) => {
    let r = rows.get(person);
    if (!r) {
      r = {
        person,
        gained: zero(),
        lost: zero(),
        shiftsGained: 0,
        shiftsLost: 0,
        pay: { time_trade: 0, overtime: 0, holiday: 0 }
      };
      rows.set(person, r);
    }
    return r;
  };
  for (const { change, compensation } of reports) {
    if (change.gains !== void 0) {
      const r = row(change.gains);
      add(r.gained, kinds(change, change.gains));
      r.shiftsGained += 1;
      if (compensation)
        for (const k of ["time_trade", "overtime", "holiday"]) r.pay[k] += compensation.hours[k];
    }
    if (change.loses !== void 0) {
      const r = row(change.loses);
      add(r.lost, kinds(change, change.loses));
      r.shiftsLost += 1;
    }
  }
  return [...rows.values()].sort((a, b) => a.person < b.person ? -1 : 1);
}
function checkFindings(reports, head) {
  const scheduleIndex = (id) => (head.rotations?.schedules ?? []).findIndex((s) => s.id === id);
  return reports.flatMap((r) => {
    const source = head.sources.get(r.file);
    return r.checks.filter((c) => c.ok === false).map((c) => {
      const field = FIELD[c.id];
      const path = r.swapId ? field ? [field] : [] : ["schedules", Math.max(0, scheduleIndex(r.change.schedule))];
      const span2 = source ? locate(source, path) : { line: 1, column: 1 };
      return {
        ruleId: `change/${c.id}`,
        severity: "error",
        message: c.message,
        file: r.file,
        line: span2.line,
        column: span2.column
      };
    });
  });
}
function summarize(reports, bindings, policyErrors) {
  const unapproved = bindings.filter((b) => b.checks.some((c) => c.ok === false)).length;
  const binds = bindings.length ? ` ${bindings.length} new PagerDuty binding${bindings.length === 1 ? "" : "s"}${unapproved ? `, ${unapproved} not approved by an engineering manager or the CTO` : ", approved"}.` : "";
  return shiftSummary(reports, policyErrors) + binds;
}
function shiftSummary(reports, policyErrors) {
  const failing = reports.filter((r) => r.checks.some((c) => c.ok === false));
  const n = reports.length;
  const plural = n === 1 ? "shift change" : "shift changes";
  const errors = policyErrors ? ` The policy has ${policyErrors} error${policyErrors === 1 ? "" : "s"}.` : "";
  if (n === 0)
    return policyErrors ? `Moves nobody, but the policy does not validate.${errors}` : "Moves nobody; the policy validates.";
  if (failing.length === 0 && !policyErrors)
    return `${n} ${plural} meet the swap policy${reports.some((r) => r.emergency) ? " (emergency)" : ""}.`;
  const ids = [...new Set(failing.flatMap((r) => r.checks.filter((c) => c.ok === false).map((c) => c.id)))];
  return failing.length ? `${failing.length} of ${n} ${plural} do not meet the swap policy: ${ids.join(", ")}.${errors}` : `${n} ${plural} meet the swap policy, but the policy does not validate.${errors}`;
}

// src/render/change-comment.ts
var ICON = { true: "\u2705", false: "\u274C", null: "\u2139\uFE0F" };
var SECTIONS = 4e4;
var BODY = 6e4;
var LABEL = {
  trust: "Trusted change",
  binding: "Binding approved",
  notice: "48-hour notice",
  consent: "Everyone moved agrees",
  managers: "Managers notified",
  compensation: "Compensation",
  policy: "Policy still holds"
};
function renderChangeComment(verdict, people, mention = []) {
  const name = (id) => id === void 0 ? "nobody" : inert(people.get(id)?.name ?? id);
  const out = [
    `## On-call swap check: ${verdict.ok ? "\u2705 passes" : "\u274C does not pass"}`,
    "",
    inert(verdict.summary, 400),
    ""
  ];
  if (verdict.refusal) out.push(`\u274C ${inert(verdict.refusal, 400)}`, "");
  if (verdict.impact.length) out.push(...renderImpact(verdict.impact, name), "");
  const tail = renderTail(verdict, mention);
  let size = out.join("\n").length;
  const rowsEnd = BODY - tail.join("\n").length;
  const rows = [];
  let omitted = 0;
  for (const r of verdict.reports) {
    const section = rows.length || omitted ? [] : renderReport(r, name);
    const length = section.join("\n").length + 1;
    if (section.length && size + length <= Math.min(SECTIONS, rowsEnd)) {
      out.push(...section);
      size += length;
      continue;
    }
    const row = renderRow(r, name);
    if (size + row.length + 1 <= rowsEnd) {
      rows.push(row);
      size += row.length + 1;
    } else omitted += 1;
  }
  if (rows.length || omitted)
    out.push(
      "### More shift changes",
      "",
      "| Schedule | Stretch (UTC) | Moves | Rules not met |",
      "| --- | --- | --- | --- |",
      ...rows,
      "",
      ...omitted ? [`\u2026and ${omitted} more, not listed here: the comment would exceed GitHub's length limit.`, ""] : []
    );
  out.push(...tail);
  return out.join("\n");
}
var MAX_IMPACT_ROWS = 50;
var MAX_BINDING_ROWS = 30;
var MAX_FILES_NAMED = 10;
var MAX_MENTIONS = 20;
var more = (n, what) => n > 0 ? [`\u2026and ${n} more ${what}.`] : [];
function renderTail(verdict, mention) {
  const out = [];
  if (verdict.coverUnchecked)
    out.push(
      `Cover advice compares the first ${MAX_ADVISED} handoffs with \`oncall cover\`; \u2026and ${verdict.coverUnchecked} more were not compared.`,
      ""
    );
  if (verdict.bindings.length) out.push(...renderBindings(verdict.bindings), "");
  if (verdict.policyErrors.length)
    out.push(
      `\u274C **Policy still holds**: the policy has ${verdict.policyErrors.length} error(s) with this PR; see the annotations or run \`npx oncall validate\`.`,
      ""
    );
  const files = verdict.protectedChanges;
  if (files.length) {
    const named = files.slice(0, MAX_FILES_NAMED).map((f) => inertCode(f, 100));
    const rest = files.length - named.length;
    out.push(
      `\u26A0\uFE0F This PR changes ${named.join(", ")}${rest ? ` and ${rest} more files` : ""}, so the shifts it moves cannot pass: move them in a PR of its own.`,
      ""
    );
  }
  if (mention.length) {
    const cc = mention.slice(0, MAX_MENTIONS).map((p) => `@${p.github}`);
    out.push(
      `cc ${cc.join(" ")}: this PR changes who is on call; see above.`,
      ...more(mention.length - cc.length, "people moved, not mentioned here"),
      ""
    );
  }
  return out;
}
function renderBindings(bindings) {
  const rows = bindings.flatMap(
    (b) => b.checks.map(
      (k) => `| ${ICON[String(k.ok)]} | ${LABEL[k.id]} | ${inert(k.message, 600)} |`
    )
  );
  return [
    "### PagerDuty bindings",
    "",
    "A `pagerduty_id` hands that PagerDuty object to this policy: the next apply renames and rewrites it.",
    "",
    "| | Rule | Detail |",
    "| --- | --- | --- |",
    ...rows.slice(0, MAX_BINDING_ROWS),
    ...more(rows.length - MAX_BINDING_ROWS, "binding rules, not listed here")
  ];
}
function renderImpact(impact, name) {
  const h = (k) => k.total ? `${num(k.total)} (${num(k.business)} / ${num(k.afterHours)} / ${num(k.weekend)} / ${num(k.holiday)})` : "\u2014";
  return [
    "### Who is moved",
    "",
    "Hours as total (business / after hours / weekend / holiday).",
    "",
    "| Person | Gains | Loses | Time trade (h) | Overtime (h) | Holiday rate (h) |",
    "| --- | --- | --- | --- | --- | --- |",
    ...impact.slice(0, MAX_IMPACT_ROWS).map(
      (r) => `| ${name(r.person)} | ${h(r.gained)} | ${h(r.lost)} | ${num(r.pay.time_trade)} | ${num(r.pay.overtime)} | ${num(r.pay.holiday)} |`
    ),
    ...impact.length > MAX_IMPACT_ROWS ? ["", ...more(impact.length - MAX_IMPACT_ROWS, "people moved, not listed here")] : []
  ];
}
function renderReport(r, name) {
  const c = r.change;
  const from = r.swapId ? `swap ${inertCode(r.swapId, 100)}` : "rotation change";
  const out = [
    `### ${inert(c.schedule, 60)}: ${name(c.loses)} \u2192 ${name(c.gains)} (${from}${r.emergency ? ", emergency" : ""})`,
    "",
    `${isoUtc(c.start)} \u2192 ${isoUtc(c.end)}, standing in this PR since ${isoUtc(r.since)}.`,
    "",
    "| | Rule | Detail |",
    "| --- | --- | --- |",
    ...r.checks.map(
      (k) => `| ${ICON[String(k.ok)]} | ${LABEL[k.id]} | ${inert(k.message, 600)} |`
    ),
    "",
    ...renderCover(r, name)
  ];
  const names = new Map(
    [...new Set([...r.before, ...r.after].map((s) => s.person))].map((id) => [id, { name: name(id) }])
  );
  const shown = (shifts) => shifts.map((s) => s.swap ? { ...s, swap: inert(s.swap, 100) } : s);
  out.push(
    "<details><summary>Before and after</summary>",
    "",
    "**Before**",
    "",
    renderShiftsMarkdown(shown(r.before), names),
    "**After**",
    "",
    renderShiftsMarkdown(shown(r.after), names),
    renderShiftsGantt(r.after, names, `${c.schedule} after this change`),
    "</details>",
    ""
  );
  return out;
}
function renderCover(r, name) {
  const a = r.cover;
  if (!a) return [];
  const w = a.weights;
  const where = a.rank !== void 0 ? `ranked ${a.rank} of the ${a.candidates} who can take it` : `\`oncall cover\` does not list them: ${inert(a.reason ?? "", 300)}`;
  const row = (c, rank) => `| ${rank} | ${name(c.person)}${c.person === a.chosen ? " (chosen)" : ""} | ${num(c.weighted)} | ${num(c.weightedAfter)} | ${num(c.hoursAfter)} |`;
  const below = a.chosenCandidate && a.rank !== void 0 && a.rank > a.best.length ? [row(a.chosenCandidate, a.rank)] : [];
  const more2 = a.candidates - a.best.length - below.length;
  const commands = [a.command, ...a.best.filter((c) => c.person !== a.chosen).map((c) => c.command)];
  return [
    `**Cover** (advice only: it does not change the verdict): ${name(a.chosen)} is not the lightest choice for this stretch; ${where}. Load is ${a.quarter}'s on-call hours on the base branch, weighted business \xD7${w.business}, after hours \xD7${w.afterHours}, weekend \xD7${w.weekend}, holiday \xD7${w.holiday}; this stretch weighs ${num(a.weighted)}. Best first:`,
    "",
    `| # | Who can take it | Weighted load | With this stretch | Hours in ${a.quarter} with it |`,
    "| --- | --- | --- | --- | --- |",
    ...a.best.map((c, i) => row(c, i + 1)),
    ...below,
    ...more2 > 0 ? [`| | \u2026and ${more2} more | | | |`] : [],
    "",
    r.swapId ? "To hand it to one of them instead, change `covering` in the swap file; from the base branch, the full list and each swap:" : "From the base branch, the full list and the swap to each:",
    "",
    fenced(commands.join("\n"), "sh"),
    ""
  ];
}
function renderRow(r, name) {
  const c = r.change;
  const failing = r.checks.filter((k) => k.ok === false).map((k) => LABEL[k.id]);
  return `| ${inert(c.schedule, 60)} | ${isoUtc(c.start)} \u2192 ${isoUtc(c.end)} | ${name(c.loses)} \u2192 ${name(c.gains)}${r.swapId ? ` (swap ${inertCode(r.swapId, 60)})` : ""} | ${failing.join(", ") || "\u2014"} |`;
}
function num(h) {
  return Number.isInteger(h) ? String(h) : h.toFixed(1);
}

// src/github/policy-tree.ts
import { createHash } from "node:crypto";
import { lstatSync, readFileSync } from "node:fs";
import { join } from "node:path";
var MAX_BLOB_READS = 200;
var MAX_READ_BYTES = 8 * 1024 * 1024;
var Unreadable = class extends Error {
};
var PolicyTreeReader = class {
  constructor(octokit, where, workspace) {
    this.octokit = octokit;
    this.where = where;
    this.workspace = workspace;
  }
  octokit;
  where;
  workspace;
  blobs = /* @__PURE__ */ new Map();
  reads = 0;
  bytesRead = 0;
  async at(sha) {
    const { data } = await this.octokit.rest.git.getTree({ ...this.where, tree_sha: sha, recursive: "true" });
    if (data.truncated)
      throw new Unreadable(
        `GitHub truncated the file tree of ${sha.slice(0, 7)} (over 100,000 entries), so the policy cannot be read whole.`
      );
    const entries = data.tree.filter(
      (e) => e.type === "blob" && e.path !== void 0 && e.sha !== void 0 && e.path.startsWith(`${POLICY_DIR}/`) && !e.path.endsWith(".md") && !e.path.split("/").some((part) => part.startsWith("."))
    );
    const files = entries.map((e) => {
      const limit = maxBytesOf(e.path);
      const oversized = (e.size ?? 0) > limit;
      const bytes2 = oversized ? new Uint8Array(limit + 1) : this.local(e.path, e.sha, e.size);
      return { path: e.path, sha: e.sha, size: e.size ?? 0, bytes: bytes2 };
    });
    const needed = new Map(files.filter((f) => !f.bytes && !this.blobs.has(f.sha)).map((f) => [f.sha, f.size]));
    if (this.reads + needed.size > MAX_BLOB_READS)
      throw new Unreadable(
        `the PR's policy files need ${this.reads + needed.size} file reads, more than the ${MAX_BLOB_READS} one run may make; split it, or archive old swap files.`
      );
    const bytes = [...needed.values()].reduce((a, b) => a + b, this.bytesRead);
    if (bytes > MAX_READ_BYTES)
      throw new Unreadable(
        `the PR's policy files come to ${Math.ceil(bytes / 1024)} KiB to read, more than the ${MAX_READ_BYTES / 1024} KiB one run may parse; split it.`
      );
    this.bytesRead = bytes;
    return Promise.all(files.map(async (f) => ({ path: f.path, bytes: f.bytes ?? await this.blob(f.sha) })));
  }
  /** The workspace's file at `path` when it is exactly the blob `sha` (a regular file, same git id). */
  local(path, sha, size) {
    if (!this.workspace || path.split("/").some((part) => part === ".." || part === "")) return void 0;
    try {
      const file = join(this.workspace, path);
      const stat = lstatSync(file);
      if (!stat.isFile() || size !== void 0 && stat.size !== size) return void 0;
      const bytes = readFileSync(file);
      const id = createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
      return id === sha.toLowerCase() ? bytes : void 0;
    } catch {
      return void 0;
    }
  }
  blob(sha) {
    let pending = this.blobs.get(sha);
    if (!pending) {
      this.reads++;
      pending = this.octokit.rest.git.getBlob({ ...this.where, file_sha: sha }).then(({ data }) => Buffer.from(data.content, data.encoding || "base64"));
      this.blobs.set(sha, pending);
    }
    return pending;
  }
};

// src/github/change-check.ts
var STATUS_CONTEXT = "oncall/swap-policy";
var MAX_EARLIER_HEADS = 20;
var MAX_DESCRIPTION = 140;
async function gatherFacts(octokit, where, pr, compared, now, workspace) {
  const unreadable = [];
  if (pr.changedFileCount >= MAX_LISTED_FILES)
    unreadable.push(`the PR changes ${pr.changedFileCount} files; GitHub lists at most ${MAX_LISTED_FILES}.`);
  const reader = new PolicyTreeReader(octokit, where, workspace);
  const read = async (sha) => {
    try {
      return await reader.at(sha);
    } catch (error) {
      if (error instanceof Unreadable) unreadable.push(error.message);
      else throw error;
      return [];
    }
  };
  const [baseFiles, headFiles, files, reviews, sightings, notified] = await Promise.all([
    read(compared.base),
    read(compared.head),
    changedFiles(octokit, where, pr.number),
    reviewsOf(octokit, where, pr.number),
    headSightings(octokit, where, pr),
    notifiedLogins(octokit, where, pr.number)
  ]);
  const extra = compared.head === pr.headSha ? [] : [pr.headSha];
  const filesAt = await earlierHeads(reader, sightings, reviews, compared.head, extra);
  return {
    pr: {
      number: pr.number,
      author: { login: pr.author, ...pr.authorId !== void 0 ? { userId: pr.authorId } : {} },
      createdAt: pr.createdAt,
      labels: pr.labels,
      changedFiles: files,
      headSha: compared.head
    },
    baseFiles,
    headFiles,
    sightings,
    filesAt,
    reviews,
    notified,
    unreadable: [...new Set(unreadable)],
    now
  };
}
async function earlierHeads(reader, sightings, reviews, headSha, extra) {
  const read = commitsToRead(sightings, reviews, MAX_EARLIER_HEADS + 1);
  const shas = [.../* @__PURE__ */ new Set([...extra, ...read])].filter((s) => s !== headSha);
  const out = /* @__PURE__ */ new Map();
  for (const sha of shas) {
    try {
      out.set(sha, await reader.at(sha));
    } catch (error) {
      const status = error.status;
      if (!(error instanceof Unreadable) && status !== 404 && status !== 422) throw error;
    }
  }
  return out;
}
async function checkPullRequest(octokit, where, pr, options) {
  const compared = { base: await baseTip(octokit, where, pr), head: pr.headSha };
  const facts = await gatherFacts(octokit, where, pr, compared, options.now, options.workspace);
  let evaluation = evaluateChanges(facts);
  const asked = await requestReviews(octokit, where, pr, evaluation.verdict.notify, options.warn);
  if (asked.length)
    evaluation = evaluateChanges({ ...facts, notified: /* @__PURE__ */ new Set([...facts.notified, ...asked.map(lower)]) });
  const mention = mentionable(evaluation, facts.notified, pr.author);
  const body = renderChangeComment(evaluation.verdict, evaluation.people, mention);
  await tolerate(
    options.warn,
    "post the commit status",
    () => octokit.rest.repos.createCommitStatus({
      ...where,
      sha: pr.headSha,
      state: evaluation.verdict.ok ? "success" : "failure",
      context: STATUS_CONTEXT,
      description: clip(evaluation.verdict.summary),
      target_url: pr.htmlUrl
    })
  );
  const quiet = evaluation.verdict.ok && evaluation.verdict.reports.length === 0 && evaluation.verdict.bindings.length === 0;
  await publishComment(octokit, where, pr.number, options, body, quiet);
  return { pr, evaluation, body };
}
async function checkMergeGroup(octokit, where, pr, group, options) {
  const facts = await gatherFacts(octokit, where, pr, group, options.now, options.workspace);
  const evaluation = evaluateChanges(facts);
  return { pr, evaluation, body: renderChangeComment(evaluation.verdict, evaluation.people) };
}
async function reportFailure(octokit, where, pr, options, why) {
  const body = `## On-call swap check: \u274C does not pass

The check could not finish, so it fails: ${inert(why, 300)}

Re-run the job once the cause is fixed.
`;
  await tolerate(
    options.warn,
    "post the commit status",
    () => octokit.rest.repos.createCommitStatus({
      ...where,
      sha: pr.headSha,
      state: "failure",
      context: STATUS_CONTEXT,
      description: clip(`The check could not finish: ${why}`),
      target_url: pr.htmlUrl
    })
  );
  await publishComment(octokit, where, pr.number, options, body).catch(() => void 0);
  return body;
}
async function publishComment(octokit, where, number, options, body, onlyUpdate = false) {
  const sticky = await findSticky(octokit, where, number, "swap-check", options.botLogin);
  if (onlyUpdate && !sticky) return;
  await tolerate(
    options.warn,
    "update the PR comment",
    () => upsertSticky(octokit, where, number, "swap-check", sticky, body)
  );
}
function mentionable(evaluation, notified, author) {
  const ids = new Set(evaluation.verdict.reports.flatMap((r) => moved(r.change)));
  const out = [...ids].map((id) => evaluation.people.get(id)).filter((p) => p !== void 0);
  return out.filter((p) => p.github && !notified.has(lower(p.github)) && lower(p.github) !== lower(author));
}
async function requestReviews(octokit, where, pr, managers, warn) {
  const logins = managers.flatMap((m) => m.github && lower(m.github) !== lower(pr.author) ? [m.github] : []);
  if (logins.length === 0) return [];
  const ok = await tolerate(
    warn,
    "ask managers for review",
    () => octokit.rest.pulls.requestReviewers({ ...where, pull_number: pr.number, reviewers: logins })
  );
  return ok ? logins : [];
}
async function tolerate(warn, what, write) {
  try {
    await write();
    return true;
  } catch (error) {
    const status = error.status;
    if (status === 403 || status === 404 || status === 422) {
      warn(
        `Could not ${what} (HTTP ${status}: the token may be read-only, as on pull requests from forks); the verdict is in the job summary and the exit code.`
      );
      return false;
    }
    throw error;
  }
}
function clip(text) {
  return text.length > MAX_DESCRIPTION ? `${text.slice(0, MAX_DESCRIPTION - 1)}\u2026` : text;
}
var lower = (s) => s.toLowerCase();

// src/github/rejudge.ts
var RERUN_WINDOW_MS = 30 * 864e5;
var MAX_RUN_PAGES = 10;
var MAX_UNJUDGED_LOOKUPS = 100;
var MAX_RERUNS_PER_SWEEP = 10;
async function recentJudgeRuns(octokit, where, workflowPath, now, stopAt) {
  const runs = /* @__PURE__ */ new Map();
  const file = workflowPath.split("/").pop();
  for (let page = 1; page <= MAX_RUN_PAGES; page++) {
    const data = await listJudgeRuns(octokit, where, file, page);
    if (!data) return { runs, complete: true };
    for (const run2 of data.workflow_runs) {
      if (now - Date.parse(run2.created_at) > RERUN_WINDOW_MS) return { runs, complete: true };
      const pr = Number(/^swap check #(\d+)$/.exec(run2.display_title ?? "")?.[1]);
      if (!pr || run2.event !== "pull_request_target" || run2.path !== workflowPath) continue;
      const judge = toJudgeRun(run2);
      const seen = runs.get(pr) ?? { latest: judge, passed: false, running: false };
      seen.passed ||= judge.status === "completed" && judge.conclusion === "success";
      seen.running ||= judge.status !== "completed";
      runs.set(pr, seen);
      if (pr === stopAt) return { runs, complete: true };
    }
    if (data.workflow_runs.length < 100) return { runs, complete: true };
  }
  return { runs, complete: false };
}
async function rejudge(octokit, where, pr, options) {
  const { runs, complete } = await recentJudgeRuns(octokit, where, options.workflowPath, options.now, pr);
  let run2 = runs.get(pr)?.latest;
  const judgeIt = "push to the PR (or close and reopen it) to judge it.";
  if (!run2)
    return {
      pr,
      ok: false,
      message: complete ? `No judge run of ${options.workflowPath} in the last 30 days is recorded for #${pr}; ${judgeIt}` : `#${pr}'s judge run is not among the 1,000 newest GitHub lists; ${judgeIt}`
    };
  for (let waited = 0; run2.status !== "completed" && waited < options.waitMs; waited += options.intervalMs) {
    await options.sleep(options.intervalMs);
    const now = await getRun(octokit, where, run2.id);
    if (now) run2 = toJudgeRun(now);
  }
  if (run2.status !== "completed")
    return {
      pr,
      runId: run2.id,
      ok: false,
      message: `The judge run ${run2.id} of #${pr} was still ${run2.status} after ${Math.round(options.waitMs / 6e4)} min; re-run it once it ends.`
    };
  return rerun(octokit, where, pr, run2);
}
async function sweepOpenPullRequests(octokit, where, options) {
  const maxReruns = options.maxReruns ?? MAX_RERUNS_PER_SWEEP;
  const maxLookups = options.maxLookups ?? MAX_UNJUDGED_LOOKUPS;
  const { runs, complete } = await recentJudgeRuns(octokit, where, options.workflowPath, options.now);
  const open = await octokit.paginate(octokit.rest.pulls.list, { ...where, state: "open", per_page: 100 });
  const rows = [];
  const due = [];
  const skip = (pr, why, ok = true) => rows.push({ pr, ok, message: why, skipped: true });
  let lookups = 0;
  for (const p of open.filter((x) => !x.draft)) {
    const judged = runs.get(p.number);
    const run2 = judged?.latest;
    if (judged?.running) skip(p.number, "being judged now");
    else if (judged && !judged.passed)
      skip(p.number, `no judge run of it passed (latest: ${run2.conclusion ?? "unknown"}); time cannot make it pass`);
    else if (!run2 && lookups++ >= maxLookups) skip(p.number, `not looked at (over ${maxLookups} unjudged PRs)`, false);
    else if (!await touchesPolicy(octokit, where, p.number)) skip(p.number, "changes nothing under oncall/");
    else if (!run2)
      skip(
        p.number,
        complete ? "no judge run in the last 30 days: push to judge it" : "its judge run was not listed",
        false
      );
    else due.push({ pr: p.number, run: run2 });
  }
  due.sort((a, b) => a.run.updatedAt - b.run.updatedAt);
  for (const [i, { pr, run: run2 }] of due.entries())
    if (i < maxReruns) rows.push(await rerun(octokit, where, pr, run2));
    else skip(pr, `deferred: over ${maxReruns} re-runs this hour`, false);
  return rows.sort((a, b) => a.pr - b.pr);
}
async function rerun(octokit, where, pr, run2) {
  try {
    await octokit.rest.actions.reRunWorkflow({ ...where, run_id: run2.id });
    return { pr, runId: run2.id, ok: true, message: `Re-running judge run ${run2.id} of #${pr}.` };
  } catch (error) {
    const status = error.status;
    if (status !== 403) throw error;
    const latest = await getRun(octokit, where, run2.id);
    if (latest && latest.status !== "completed")
      return { pr, runId: run2.id, ok: true, message: `Judge run ${run2.id} of #${pr} is already running again.` };
    return {
      pr,
      runId: run2.id,
      ok: false,
      message: `GitHub refused to re-run judge run ${run2.id} of #${pr} (HTTP 403); re-run it by hand.`
    };
  }
}
async function touchesPolicy(octokit, where, pr) {
  const { data } = await octokit.rest.pulls.listFiles({ ...where, pull_number: pr, per_page: 100 });
  return data.length >= 100 || data.some((f) => [f.filename, f.previous_filename].some((n) => n?.startsWith("oncall/")));
}
async function listJudgeRuns(octokit, where, file, page) {
  try {
    const params = { event: "pull_request_target", exclude_pull_requests: true, per_page: 100, page };
    return (await octokit.rest.actions.listWorkflowRuns({ ...where, workflow_id: file, ...params })).data;
  } catch (error) {
    if (error.status === 404) return void 0;
    throw error;
  }
}
async function getRun(octokit, where, id) {
  try {
    return (await octokit.rest.actions.getWorkflowRun({ ...where, run_id: id, exclude_pull_requests: true })).data;
  } catch (error) {
    if (error.status === 404) return void 0;
    throw error;
  }
}
function toJudgeRun(run2) {
  return {
    id: run2.id,
    status: run2.status ?? "unknown",
    conclusion: run2.conclusion ?? null,
    createdAt: Date.parse(run2.created_at),
    updatedAt: Date.parse(run2.updated_at)
  };
}

// src/render/slack.ts
function slackText(text, max = 200) {
  return oneLine(text, max).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@/g, "@\u200D").replace(/(https?|ftp|mailto|www)([:.])/gi, "$1\u200D$2").replace(/(?<=[\p{L}\p{N}])\.(?=[\p{L}\p{N}])/gu, "\u2024");
}
function slackLink(url, label) {
  return `<${url.replace(/[<>|\s]/g, encodeURIComponent)}|${slackText(label, 80)}>`;
}

// src/notify/slack.ts
function swapAnnouncement(swap, policy, link) {
  const name = (id) => slackText(policy.team?.people.find((p) => p.id === id)?.name ?? id, 80);
  const d = swap.data;
  const until = d.end ? ` to ${isoUtc(instantMs(d.end))}` : " for the rest of the shift";
  return `:arrows_counterclockwise: On-call swap merged: ${name(d.covering)} covers ${name(d.relieved)} on *${slackText(d.schedule, 64)}* from ${isoUtc(instantMs(d.start))}${until}. Reason: ${slackText(d.reason, REASON_MAX)}. ${slackLink(link, "the pull request")}`;
}
async function postSwapToChannel(webhook, swap, policy, link) {
  let response;
  try {
    response = await fetch(webhook, {
      method: "POST",
      headers: { "content-type": "application/json" },
      // Unfurling would fetch and preview whatever address the text holds; the tool's link needs none.
      body: JSON.stringify({ text: swapAnnouncement(swap, policy, link), unfurl_links: false, unfurl_media: false }),
      signal: AbortSignal.timeout(Number(process.env.ONCALL_HTTP_TIMEOUT_MS) || 1e4)
    });
  } catch (error) {
    const e = redactError(error, [webhook]);
    const why = e.cause instanceof Error ? ` (${e.cause.message})` : "";
    throw new Error(`the team channel's webhook could not be reached: ${e.message}${why}`, { cause: error });
  }
  if (!response.ok) throw new Error(`the team channel's webhook answered HTTP ${response.status}`);
}

// src/swaps/diff.ts
import { createHash as createHash2 } from "node:crypto";
function swapHash(data) {
  const canonical = JSON.stringify(
    Object.keys(data).sort().map((k) => [k, data[k]])
  );
  return createHash2("sha256").update(canonical).digest("hex").slice(0, 12);
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

// src/github/swap-announce.ts
var MAX_ATTEMPTS = 50;
async function announceMergedSwaps(octokit, where, pr, options) {
  if (!options.webhook) return "Merged: no slack-webhook-url, nothing to announce.";
  if (options.run && await succeededBefore(octokit, where, options.run))
    return "Merged: an earlier attempt of this run announced the swaps already.";
  const reader = new PolicyTreeReader(octokit, where, options.workspace);
  const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
    ...where,
    basehead: `${pr.baseSha}...${pr.headSha}`,
    per_page: 1
  });
  const forked = data.merge_base_commit.sha;
  const [baseFiles, headFiles] = await Promise.all([reader.at(forked), reader.at(pr.headSha)]);
  const head = validatePolicy(headFiles, { now: options.now });
  const base = validatePolicy(baseFiles, { now: options.now });
  const added = diffSwaps(base.policy.swaps, head.policy.swaps).filter((c) => c.head);
  if (added.length === 0) return "Merged: no new swap to announce.";
  for (const c of added) await postSwapToChannel(options.webhook, c.head, head.policy, pr.htmlUrl);
  return `Merged: announced ${added.length} swap${added.length === 1 ? "" : "s"}.`;
}
async function succeededBefore(octokit, where, run2) {
  for (let attempt = 1; attempt < Math.min(run2.attempt, MAX_ATTEMPTS + 1); attempt++) {
    const { data } = await octokit.rest.actions.getWorkflowRunAttempt({
      ...where,
      run_id: run2.id,
      attempt_number: attempt,
      exclude_pull_requests: true
    });
    if (data.conclusion === "success") return true;
  }
  return false;
}

// src/github/change-gate.ts
var done = (ok, summary2, body) => ({ ok, summary: summary2, body, findings: [] });
async function runGate(octokit, where, ctx, options) {
  switch (ctx.eventName) {
    case "workflow_run":
    case "schedule":
    case "workflow_dispatch":
      return rejudgeFor(octokit, where, ctx.eventName, options);
    case "merge_group":
      return judgeMergeGroup(octokit, where, options);
    default:
      return judgePullRequest(octokit, where, options);
  }
}
async function judgePullRequest(octokit, where, options) {
  const number = options.pullRequestNumber;
  if (number === void 0) return done(true, "This event concerns no open pull request; nothing to check.");
  const pr = await getPullRequest(octokit, where, number);
  if (pr.merged) return done(true, await announceMergedSwaps(octokit, where, pr, options));
  try {
    const { evaluation, body } = await checkPullRequest(octokit, where, pr, options);
    return { ok: evaluation.verdict.ok, summary: evaluation.verdict.summary, body, findings: evaluation.findings };
  } catch (error) {
    const why = error.message;
    await reportFailure(octokit, where, pr, options, why).catch(() => void 0);
    throw error;
  }
}
async function judgeMergeGroup(octokit, where, options) {
  const group = options.mergeGroup;
  if (!group) return done(false, "The merge group names no pull request (gh-readonly-queue/<base>/pr-<n>-<sha>).");
  const pr = await getPullRequest(octokit, where, group.number);
  const { evaluation, body } = await checkMergeGroup(octokit, where, pr, group, options);
  const summary2 = `Merge queue, #${pr.number}: ${evaluation.verdict.summary}`;
  return { ok: evaluation.verdict.ok, summary: summary2, body, findings: evaluation.findings };
}
async function rejudgeFor(octokit, where, event, options) {
  const workflowPath = options.workflowPath;
  if (!workflowPath) return done(false, "GITHUB_WORKFLOW_REF is not set, so the judge runs cannot be found.");
  const rejudgeOptions = { ...options, workflowPath };
  if (event === "workflow_run") {
    const numbers = await options.reviewedPullRequests();
    if (numbers.length === 0) return done(true, "The review concerns no open pull request; nothing to re-judge.");
    const results = [];
    for (const n of numbers) results.push(await rejudge(octokit, where, n, rejudgeOptions));
    return done(
      results.every((r) => r.ok),
      results.map((r) => r.message).join(" ")
    );
  }
  const rows = await sweepOpenPullRequests(octokit, where, rejudgeOptions);
  const failed = rows.filter((r) => !r.ok);
  const rerun2 = rows.filter((r) => r.ok && !r.skipped);
  const summary2 = `Hourly sweep: ${rerun2.length} judge run${rerun2.length === 1 ? "" : "s"} re-run, ${failed.length} could not be.`;
  return done(failed.length === 0, summary2, sweepTable(summary2, rows));
}
function sweepTable(summary2, rows) {
  const lines = [`## On-call swap check: hourly sweep`, "", summary2, ""];
  if (rows.length) lines.push("| PR | Outcome |", "| --- | --- |", ...rows.map((r) => `| #${r.pr} | ${cell(r)} |`));
  return `${lines.join("\n")}
`;
}
var cell = (r) => `${r.ok ? "" : "\u274C "}${r.skipped ? "skipped: " : ""}${r.message}`;

// src/actions/swap-check/event.ts
function pullRequestNumber(ctx) {
  const pr = ctx.event.pull_request;
  return typeof pr?.number === "number" ? pr.number : void 0;
}
async function reviewedPullRequests(octokit, where, ctx) {
  const run2 = ctx.event.workflow_run;
  if (!run2?.head_sha) return [];
  const listed = (run2.pull_requests ?? []).map((p) => p.number).filter((n) => typeof n === "number");
  if (listed.length) return [...new Set(listed)];
  const owner = run2.head_repository?.owner?.login;
  if (!owner || !run2.head_branch) return [];
  const pulls = await octokit.paginate(octokit.rest.pulls.list, {
    ...where,
    state: "open",
    head: `${owner}:${run2.head_branch}`,
    per_page: 100
  });
  return pulls.filter((p) => p.head.sha === run2.head_sha).map((p) => p.number);
}
function mergeGroupOf(ctx) {
  const group = ctx.event.merge_group;
  const m = /^refs\/heads\/gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]{40}$/.exec(group?.head_ref ?? "");
  if (!m || !group?.head_sha || !group.base_sha) return void 0;
  return { number: Number(m[1]), base: group.base_sha, head: group.head_sha };
}
function workflowPathOf(env = process.env) {
  const m = /^[^/]+\/[^/]+\/(.+?)@/.exec(env.GITHUB_WORKFLOW_REF ?? "");
  return m?.[1];
}
function thisRun(env = process.env) {
  const id = Number(env.GITHUB_RUN_ID);
  const attempt = Number(env.GITHUB_RUN_ATTEMPT || 1);
  return Number.isInteger(id) && id > 0 && Number.isInteger(attempt) && attempt >= 1 ? { id, attempt } : void 0;
}

// src/actions/swap-check/main.ts
async function run() {
  try {
    const ctx = readRunContext();
    const token = secretInput("github-token", process.env.GITHUB_TOKEN);
    const webhook = secretInput("slack-webhook-url");
    const { octokit, where } = actionGitHub(ctx, token, warning);
    const outcome = await runGate(octokit, where, ctx, {
      botLogin: getInput("bot-login") || "github-actions[bot]",
      now: Date.now(),
      warn: warning,
      workspace: ctx.workspace,
      webhook,
      workflowPath: workflowPathOf(),
      pullRequestNumber: pullRequestNumber(ctx),
      reviewedPullRequests: () => reviewedPullRequests(octokit, where, ctx),
      mergeGroup: mergeGroupOf(ctx),
      run: thisRun(),
      waitMs: numberInput("wait-minutes", 8) * 6e4,
      intervalMs: numberInput("poll-seconds", 15) * 1e3,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
    });
    info(outcome.summary);
    emitAnnotations(outcome.findings, { limitPerSeverity: 10 });
    if (outcome.body && process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(outcome.body).write();
    setOutput("ok", String(outcome.ok));
    if (!outcome.ok) setFailed(outcome.summary);
  } catch (error) {
    setOutput("ok", "false");
    setFailed(`swap check could not run: ${error.message}`);
  }
}
function numberInput(name, fallback) {
  const value = Number(getInput(name) || fallback);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

// src/actions/swap-check/index.ts
await run();
