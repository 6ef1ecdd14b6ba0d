import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  HOUR_MS,
  isoUtc
} from "./chunk-EXLADYM2.js";

// src/changes/evidence.ts
function isPerson(actor, person) {
  if (person.todo?.length || person.github === void 0) return false;
  if (person.github_id !== void 0) return actor.userId === person.github_id;
  return actor.login.toLowerCase() === person.github.toLowerCase();
}
function streakOf(sightings, held, now) {
  const streak = [];
  for (const s of [...sightings].sort((a, b) => b.at - a.at)) {
    if (s.at > now) continue;
    if (held(s.sha) !== true) break;
    streak.push(s);
  }
  return streak;
}
function standingSince(sightings, held, prCreatedAt, now) {
  const streak = streakOf(sightings, held, now);
  const since = streak.length ? streak[streak.length - 1].at : now;
  return Math.max(since, Math.min(prCreatedAt, now));
}
function standingApprovals(reviews, since, held) {
  const latest = /* @__PURE__ */ new Map();
  for (const r of reviews) {
    if (r.state === "COMMENTED" || r.state === "PENDING") continue;
    const who2 = r.userId !== void 0 ? `#${r.userId}` : r.login.toLowerCase();
    const prior = latest.get(who2);
    if (!prior || r.submittedAt >= prior.submittedAt) latest.set(who2, r);
  }
  return [...latest.values()].filter((r) => r.state === "APPROVED" && r.submittedAt >= since && held(r.commitId));
}
function sameAccount(a, b) {
  if (a.userId !== void 0 && b.userId !== void 0) return a.userId === b.userId;
  return a.login.toLowerCase() === b.login.toLowerCase();
}
function pushedOnlyBy(sightings, held, author, now) {
  const streak = streakOf(sightings, held, now);
  return streak.length > 0 && streak.every((s) => s.actor !== void 0 && sameAccount(s.actor, author));
}
function commitsToRead(sightings, reviews, limit) {
  const newestFirst = [...sightings].sort((a, b) => b.at - a.at).map((s) => s.sha);
  const shas = [.../* @__PURE__ */ new Set([...newestFirst, ...reviews.map((r) => r.commitId)])];
  return shas.slice(0, limit);
}

// src/changes/checks.ts
var NOTICE_HOURS = 48;
var EMERGENCY_LABEL = "emergency-swap";
var who = (p, id) => p ? `${p.name} (${p.github ? `@${p.github}` : "no GitHub login yet"})` : `${id ?? "nobody"} (not on the roster)`;
function moved(change) {
  return [...new Set([change.loses, change.gains].filter((p) => p !== void 0))];
}
function managersOf(change, people) {
  const ids = moved(change).map((id) => people.get(id)?.manager).filter((m) => m !== void 0);
  return [...new Set(ids)].map((id) => people.get(id)).filter((m) => m !== void 0);
}
var agreed = (p, ctx) => ctx.authorPushed && isPerson(ctx.author, p) || ctx.approvals.some((r) => isPerson(r, p));
function noticeCheck(ctx) {
  const { change, since } = ctx;
  if (change.begun || change.start <= since)
    return {
      id: "notice",
      ok: false,
      emergency: false,
      message: `The stretch starting ${isoUtc(change.start)} ${change.begun ? "had already begun" : "began before the change was proposed"}: a shift that has begun cannot be moved by PR. Hand over directly and tell the team.`
    };
  const hours = (change.start - since) / HOUR_MS;
  if (hours >= NOTICE_HOURS)
    return {
      id: "notice",
      ok: true,
      emergency: false,
      message: `Proposed ${isoUtc(since)}, ${Math.floor(hours)} h before it starts (${isoUtc(change.start)}); at least ${NOTICE_HOURS} h are required.`
    };
  const managers = managersOf(change, ctx.people);
  const label = ctx.labels.includes(EMERGENCY_LABEL);
  const manager = managers.find((m) => agreed(m, ctx) && !isPerson(ctx.author, m));
  if (label && manager)
    return {
      id: "notice",
      ok: true,
      emergency: true,
      message: `Emergency: only ${fmtNotice(hours)} notice (${NOTICE_HOURS} h required), accepted because of the ${EMERGENCY_LABEL} label and ${manager.name}'s approval as manager.`
    };
  const missing = [
    !label && `the ${EMERGENCY_LABEL} label`,
    !manager && `an approval from a manager (${managers.flatMap((m) => m.github ? [`@${m.github}`] : []).join(" or ") || "none on the roster"})`
  ].filter(Boolean);
  return {
    id: "notice",
    ok: false,
    emergency: false,
    message: `Only ${fmtNotice(hours)} notice before ${isoUtc(change.start)}; ${NOTICE_HOURS} h are required. As an emergency it needs ${missing.join(" and ")}.`
  };
}
function incomplete(ids, people) {
  const waiting = ids.flatMap((id) => {
    const todo = people.get(id)?.todo;
    return todo?.length ? [`${id} (todo: ${todo.join(", ")})`] : [];
  });
  return waiting.length ? `; ${waiting.join(" and ")} cannot consent until their record in team.yaml is complete and the todo is removed` : "";
}
function consentCheck(ctx) {
  const ids = moved(ctx.change);
  const missing = ids.filter((id) => {
    const p = ctx.people.get(id);
    return !p || !agreed(p, ctx);
  });
  if (missing.length === 0)
    return {
      id: "consent",
      ok: true,
      waitingFor: [],
      message: `${ids.map((id) => who(ctx.people.get(id), id)).join(" and ")} agreed (authored the PR, or approved a head with this change after it last changed).`
    };
  return {
    id: "consent",
    ok: false,
    waitingFor: missing,
    message: `Waiting for ${missing.map((id) => who(ctx.people.get(id), id)).join(" and ")} to approve the PR${incomplete(missing, ctx.people)} (approvals of an earlier version, dismissed reviews and approvals by people not on the roster do not count${ctx.authorPushed ? "" : "; someone other than the author pushed this change, so authorship does not count as consent"}).`
  };
}
function managersCheck(change, people, notified) {
  const managers = managersOf(change, people);
  if (managers.length === 0)
    return {
      id: "managers",
      ok: false,
      toNotify: [],
      message: "No one moved by this change has a manager in team.yaml to notify."
    };
  const toNotify = managers.filter((m) => !m.github || !notified.has(m.github.toLowerCase()));
  return {
    id: "managers",
    ok: toNotify.length === 0,
    toNotify,
    message: toNotify.length ? `${toNotify.map((m) => who(m)).join(" and ")} not yet notified: GitHub records no review request or mention of them on this PR.` : `${managers.map((m) => who(m)).join(" and ")} notified (GitHub records a review request, review or mention).`
  };
}
function compensationCheck(change, c, people) {
  const h = c.hours;
  return {
    id: "compensation",
    ok: null,
    message: `${who(people.get(change.gains ?? ""), change.gains)}: ${fmtHours(h.time_trade)} h time trade, ${fmtHours(h.overtime)} h overtime, ${fmtHours(h.holiday)} h holiday rate \u2014 ${c.reason}.`
  };
}
function fmtNotice(hours) {
  const minutes = Math.floor(hours * 60);
  return `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ""}`;
}
function fmtHours(h) {
  return Number.isInteger(h) ? String(h) : h.toFixed(1);
}

export {
  isPerson,
  standingSince,
  standingApprovals,
  pushedOnlyBy,
  commitsToRead,
  NOTICE_HOURS,
  EMERGENCY_LABEL,
  who,
  moved,
  noticeCheck,
  consentCheck,
  managersCheck,
  compensationCheck
};
