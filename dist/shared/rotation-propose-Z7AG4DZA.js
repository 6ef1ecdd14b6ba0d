import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  RosterChangeError,
  landChange,
  planRosterChange,
  refuseBroken
} from "./chunk-GMTQJWMT.js";
import "./chunk-OSZ4JBSJ.js";
import "./chunk-ASW6XEZL.js";
import "./chunk-YKDLSHO4.js";
import "./chunk-PN6AARRH.js";
import "./chunk-JUWO424D.js";
import "./chunk-JDEQIK3C.js";
import "./chunk-UX6G35WG.js";
import "./chunk-4AZCVYM2.js";
import {
  UsageError
} from "./chunk-7GEI5QHS.js";
import "./chunk-LBNA22IB.js";
import "./chunk-YI5L3PFJ.js";
import "./chunk-WMNTHIWY.js";
import {
  readPolicyFiles
} from "./chunk-5N34RSQA.js";
import {
  absencesOf,
  awayDuring,
  buildTimeline,
  checkPolicy,
  hourKinds,
  layerSpan,
  layerTurns,
  quarterWindow,
  rotationShifts,
  round,
  turnIndexAt,
  weightedHours,
  weightsOf
} from "./chunk-5AWG3TPM.js";
import {
  isoUtc
} from "./chunk-EXLADYM2.js";
import {
  Temporal
} from "./chunk-ETVPNU4B.js";
import "./chunk-DQA6EP7E.js";
import "./chunk-RWRK4OFQ.js";
import "./chunk-HPB5NIOG.js";

// src/schedule/turn-order.ts
var quantize = (x) => Math.round(x * 1e6);
function bestTurnOrder(problem) {
  const n2 = problem.people.length;
  if (n2 === 0) return { feasible: true, order: [], loads: [], spread: 0 };
  const positionWeight = problem.people.map(() => Array.from({ length: n2 }, () => 0));
  const positionTurns = Array.from({ length: n2 }, () => []);
  for (let k = 0; k < problem.turnWeights[0].length; k++) {
    positionTurns[k % n2].push(k);
    problem.people.forEach((_, p) => positionWeight[p][k % n2] += problem.turnWeights[p][k]);
  }
  const allowed = problem.people.map(
    (_, p) => positionTurns.map((turns) => turns.every((k) => !problem.blocked(p, k)))
  );
  const load = (p, j) => quantize(problem.base[p] + positionWeight[p][j]);
  const everything = match(n2, allowed, () => true);
  if (!everything.complete)
    return { feasible: false, unplaceable: everything.unmatched.map((p) => problem.people[p]) };
  const values = [...new Set(allowed.flatMap((row, p) => row.flatMap((ok, j) => ok ? [load(p, j)] : [])))].sort(
    (a, b) => a - b
  );
  const within = (lo2, hi2) => (p, j) => load(p, j) >= lo2 && load(p, j) <= hi2;
  let best;
  for (let i = 0, h = 0; i < values.length; i++) {
    h = Math.max(h, i);
    while (h < values.length && !match(n2, allowed, within(values[i], values[h])).complete) h++;
    if (h === values.length) break;
    const spread = values[h] - values[i];
    const bestSpread = best ? best.hi - best.lo : Infinity;
    if (spread < bestSpread || spread === bestSpread && values[h] < best.hi)
      best = { lo: values[i], hi: values[h] };
  }
  const { lo, hi } = best;
  const final = match(n2, allowed, within(lo, hi));
  const order = Array.from({ length: n2 }, (_, j) => problem.people[final.personAt[j]]);
  const loads = problem.people.map((_, p) => problem.base[p] + positionWeight[p][final.positionOf[p]]);
  return { feasible: true, order, loads, spread: Math.max(...loads) - Math.min(...loads) };
}
function match(n2, allowed, inWindow) {
  const personAt = Array.from({ length: n2 }, () => -1);
  const preference = (p) => [p, ...Array.from({ length: n2 }, (_, j) => j).filter((j) => j !== p)];
  const ok = (p, j) => allowed[p][j] && inWindow(p, j);
  const augment = (p, seen) => {
    for (const j of preference(p)) {
      if (!ok(p, j) || seen[j]) continue;
      seen[j] = true;
      if (personAt[j] === -1 || augment(personAt[j], seen)) {
        personAt[j] = p;
        return true;
      }
    }
    return false;
  };
  const unmatched = [];
  for (let p = 0; p < n2; p++)
    if (!augment(
      p,
      Array.from({ length: n2 }, () => false)
    ))
      unmatched.push(p);
  const positionOf = Array.from({ length: n2 }, () => -1);
  personAt.forEach((p, j) => {
    if (p >= 0) positionOf[p] = j;
  });
  return { complete: unmatched.length === 0, positionOf, personAt, unmatched };
}

// src/rota/propose.ts
function previousQuarter(quarter) {
  const [year, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(5))];
  return q === 1 ? `${year - 1}Q4` : `${year}Q${q - 1}`;
}
function proposeTurnOrder(policy, request) {
  try {
    return { ok: true, proposal: propose(policy, request) };
  } catch (error) {
    if (error instanceof RosterChangeError) return { ok: false, message: error.message };
    throw error;
  }
}
function propose(policy, request) {
  const window = quarterWindow(request.quarter);
  if (!window) throw new RosterChangeError(`--quarter takes a quarter such as 2027Q2 (got "${request.quarter}").`);
  if (window.start <= request.now)
    throw new RosterChangeError(
      `${request.quarter} has begun: a proposal orders a quarter still to come. Try ${nextQuarterAfter(request.now)}.`
    );
  const schedules = policy.rotations?.schedules ?? [];
  const schedule = schedules.find((s) => s.id === request.schedule);
  if (!schedule)
    throw new RosterChangeError(
      `no schedule "${request.schedule}" in oncall/rotations.yaml; the schedules are ${schedules.map((s) => s.id).join(", ")}.`
    );
  const running = schedule.layers.filter((l) => {
    const span2 = layerSpan(l);
    return span2.start <= window.start && span2.end > window.start;
  });
  if (running.length !== 1)
    throw new RosterChangeError(
      running.length === 0 ? `no layer of schedule "${schedule.id}" is running when ${request.quarter} starts; there is no order to propose.` : `schedule "${schedule.id}" has ${running.length} layers running when ${request.quarter} starts (${running.map((l) => l.id).join(", ")}); a proposal orders one layer.`
    );
  const layer = running[0];
  const span = layerSpan(layer);
  const turns = layerTurns(layer);
  let k0 = turnIndexAt(turns, span.start, window.start);
  if (turns.startOf(k0) < window.start) k0 += 1;
  if (turns.startOf(k0) >= span.end) {
    const next = schedule.layers.find((l) => layerSpan(l).start === span.end);
    throw new RosterChangeError(
      `schedule "${schedule.id}" already changes order at ${request.quarter}'s first handoff (${isoUtc(span.end)})${next ? `: layer "${next.id}" starts there` : ""}. Edit that layer's members in rotations.yaml, or remove it and the end line of layer "${layer.id}" to propose again.`
    );
  }
  const n2 = layer.members.length;
  const continuing = Array.from({ length: n2 }, (_, j) => layer.members[(k0 + j) % n2]);
  const people = new Set((policy.team?.people ?? []).map((p) => p.id));
  const changeTo = (members) => planRosterChange(schedules, people, {
    schedule: schedule.id,
    layer: layer.id,
    edits: [{ kind: "order", members, exact: true }],
    effective: { kind: "instant", at: turns.startOf(k0) },
    now: request.now
  });
  const placeholder = changeTo(continuing);
  const effective = placeholder.effective;
  const added = placeholder.added;
  const newTurns = layerTurns(added);
  const lastTurnEnd = (k) => Math.min(newTurns.startOf(k + 1), span.end);
  let count = 0;
  while (newTurns.startOf(count) < Math.min(window.end, span.end)) count++;
  const spill = { start: effective, end: lastTurnEnd(count - 1) };
  const baseWindow = quarterWindow(previousQuarter(request.quarter));
  const kinds = hourKinds(policy, { start: baseWindow.start, end: Math.max(window.end, spill.end) });
  const weights = weightsOf(policy);
  const weigh = (i, person) => weightedHours(kinds(i, person), weights);
  const base = /* @__PURE__ */ new Map();
  const addBase = (person, i) => {
    const clipped = { start: Math.max(i.start, baseWindow.start), end: Math.min(i.end, window.end) };
    if (clipped.end > clipped.start) base.set(person, (base.get(person) ?? 0) + weigh(clipped, person));
  };
  const changed = { ...policy.rotations, schedules: placeholder.schedules };
  const timeline = buildTimeline(
    { rotations: changed, swaps: policy.swaps },
    { start: baseWindow.start, end: spill.end }
  );
  const others = [];
  for (const [id, shifts] of timeline.schedules)
    for (const s of shifts) {
      if (id !== schedule.id) others.push(s);
      if (id !== schedule.id || s.start < effective) addBase(s.person, s);
    }
  const pieces = Array.from({ length: count }, () => []);
  const target = placeholder.schedules.find((s) => s.id === schedule.id);
  for (const s of rotationShifts(target, spill))
    if (s.layer === added.id) pieces[turnIndexAt(newTurns, effective, s.start)]?.push(s);
    else if (s.start >= effective) addBase(s.person, s);
  const turnWeights = continuing.map((person) => pieces.map((list) => list.reduce((h, i) => h + weigh(i, person), 0)));
  const weightOf = (person, k) => turnWeights[continuing.indexOf(person)][k];
  const { absences } = absencesOf(policy);
  const ownShifts = timeline.schedules.get(schedule.id) ?? [];
  const seam = ownShifts.find((s) => s.start < effective && s.end >= effective)?.person;
  const reasonFor = blockReasons(pieces, absences, others, n2 > 1 ? seam : void 0);
  const answer = bestTurnOrder({
    people: continuing,
    turnWeights,
    base: continuing.map((p) => base.get(p) ?? 0),
    blocked: (p, k) => reasonFor(continuing[p], k) !== void 0
  });
  if (!answer.feasible)
    throw new RosterChangeError(
      `no order of layer "${layer.id}" keeps everyone off the turns they may not take in ${request.quarter}: ` + answer.unplaceable.map((p) => `${p} (${blockedSummary(p, count, reasonFor)})`).join("; ") + ". Change the leave, the other schedule, or the layer\u2019s members first."
    );
  const loadOf = (order) => {
    const load = new Map(continuing.map((p) => [p, base.get(p) ?? 0]));
    const held = new Map(continuing.map((p) => [p, 0]));
    pieces.forEach((_, k) => {
      const p = order[k % n2];
      load.set(p, load.get(p) + weightOf(p, k));
      held.set(p, held.get(p) + 1);
    });
    return { load, held };
  };
  const before = loadOf(continuing);
  const after = loadOf(answer.order);
  const spread = (load) => round(Math.max(...load.values()) - Math.min(...load.values()));
  const unchanged = answer.order.every((p, j) => p === continuing[j]);
  return {
    schedule: schedule.id,
    layer: layer.id,
    quarter: request.quarter,
    baseQuarter: previousQuarter(request.quarter),
    effective,
    weights,
    turns: pieces.map((_, k) => ({
      start: newTurns.startOf(k),
      end: lastTurnEnd(k),
      weighted: round(weightOf(answer.order[k % n2], k)),
      weightedBefore: round(weightOf(continuing[k % n2], k)),
      before: continuing[k % n2],
      after: answer.order[k % n2]
    })),
    people: continuing.map((person) => ({
      person,
      base: round(base.get(person) ?? 0),
      before: round(before.load.get(person)),
      after: round(after.load.get(person)),
      turnsBefore: before.held.get(person),
      turnsAfter: after.held.get(person)
    })).sort((a, b) => a.person < b.person ? -1 : 1),
    spreadBefore: spread(before.load),
    spreadAfter: spread(after.load),
    conflictsBefore: pieces.flatMap((_, k) => {
      const person = continuing[k % n2];
      const reason = reasonFor(person, k);
      return reason ? [{ turn: k, person, reason }] : [];
    }),
    ...unchanged ? {} : { change: changeTo(answer.order) }
  };
}
function blockReasons(pieces, absences, others, seam) {
  const memo = /* @__PURE__ */ new Map();
  return (person, k) => {
    const key = `${person}\0${k}`;
    if (memo.has(key)) return memo.get(key);
    let reason;
    for (const piece of pieces[k]) {
      const away = awayDuring(absences, person, piece);
      const busy = others.find((s) => s.person === person && s.start < piece.end && s.end > piece.start);
      reason = away ? `away (${away.kind}) from ${isoUtc(away.start)} to ${isoUtc(away.end)}` : busy ? `on call for "${busy.schedule}" from ${isoUtc(busy.start)} to ${isoUtc(busy.end)}` : void 0;
      if (reason) break;
    }
    if (!reason && k === 0 && person === seam) reason = "holds the turn before (no back-to-back turns)";
    memo.set(key, reason);
    return reason;
  };
}
function blockedSummary(person, count, reasonFor) {
  const reasons = Array.from({ length: count }, (_, k) => reasonFor(person, k)).filter((r) => r !== void 0);
  const shown = [...new Set(reasons)].slice(0, 3);
  return `${shown.join(", ")}${reasons.length > shown.length ? ", \u2026" : ""}`;
}
function nextQuarterAfter(now) {
  const d = Temporal.Instant.fromEpochMilliseconds(now).toZonedDateTimeISO("Etc/UTC");
  const q = Math.floor((d.month - 1) / 3) + 1;
  return q === 4 ? `${d.year + 1}Q1` : `${d.year}Q${q + 1}`;
}

// src/cli/rotation-propose.ts
async function runRotationPropose(root, o, io) {
  const now = Date.now();
  const files = await readPolicyFiles(root, { postmortems: false });
  const { policy, findings } = checkPolicy(files, { now });
  if (findings.some((f) => f.severity === "error")) return refuseBroken(findings, files.length, o, io);
  const result = proposeTurnOrder(policy, { schedule: o.schedule, quarter: o.quarter, now });
  if (!result.ok) throw new UsageError(result.message);
  const p = result.proposal;
  const preface = { text: renderProposal(p), json: { proposal: proposalJson(p) } };
  if (p.change) return landChange(root, { files, policy, change: p.change, now, preface }, o, io);
  const same = `The current order is already the best for ${p.quarter}; nothing to write.
`;
  io.stdout(o.json ? `${JSON.stringify({ ...preface.json, written: false }, null, 2)}
` : `${preface.text}
${same}`);
  return 0;
}
var n = (h) => Number.isInteger(h) ? String(h) : h.toFixed(1);
function renderProposal(p) {
  const w = p.weights;
  const width = Math.max(6, ...p.people.map((r) => r.person.length));
  const row = (cells) => cells.map((c, i) => i === 0 ? c.padEnd(width) : c.padStart(14)).join("  ");
  const out = [
    `Proposed order for "${p.schedule}" (layer "${p.layer}") in ${p.quarter}: ${p.turns.length} turns from ${isoUtc(p.effective)}.`,
    `Load: weighted hours on every schedule in ${p.baseQuarter} and ${p.quarter} (business \xD7${w.business}, after hours \xD7${w.afterHours}, weekend \xD7${w.weekend}, holiday \xD7${w.holiday}; holidays by each person's calendar); a turn counts whole for whoever starts it.`,
    "",
    row(["person", "already", "current order", "proposed"]),
    ...p.people.map(
      (r) => row([r.person, n(r.base), `${n(r.before)} (${r.turnsBefore})`, `${n(r.after)} (${r.turnsAfter})`])
    ),
    row(["spread", "", n(p.spreadBefore), n(p.spreadAfter)])
  ];
  if (p.conflictsBefore.length) {
    out.push("", "The current order gives turns to people who may not take them:");
    for (const c of p.conflictsBefore)
      out.push(`  turn from ${isoUtc(p.turns[c.turn].start)}: ${c.person}, ${c.reason}`);
  }
  const moved = p.turns.filter((t) => t.before !== t.after);
  if (moved.length) {
    out.push("", "Turns that change hands:");
    for (const t of moved) {
      const weight = t.weightedBefore === t.weighted ? n(t.weighted) : `${n(t.weightedBefore)} \u2192 ${n(t.weighted)}`;
      out.push(`  ${isoUtc(t.start)} to ${isoUtc(t.end)} (${weight}): ${t.before} \u2192 ${t.after}`);
    }
  }
  return `${out.join("\n")}
`;
}
function proposalJson(p) {
  const w = p.weights;
  return {
    schedule: p.schedule,
    layer: p.layer,
    quarter: p.quarter,
    base_quarter: p.baseQuarter,
    effective: isoUtc(p.effective),
    weights: { business: w.business, after_hours: w.afterHours, weekend: w.weekend, holiday: w.holiday },
    spread_before: p.spreadBefore,
    spread_after: p.spreadAfter,
    people: p.people.map((r) => ({
      person: r.person,
      base: r.base,
      before: r.before,
      after: r.after,
      turns_before: r.turnsBefore,
      turns_after: r.turnsAfter
    })),
    turns: p.turns.map((t) => ({
      start: isoUtc(t.start),
      end: isoUtc(t.end),
      weighted: t.weighted,
      weighted_before: t.weightedBefore,
      before: t.before,
      after: t.after
    })),
    conflicts_before: p.conflictsBefore.map((c) => ({
      start: isoUtc(p.turns[c.turn].start),
      person: c.person,
      reason: c.reason
    }))
  };
}
export {
  proposalJson,
  renderProposal,
  runRotationPropose
};
