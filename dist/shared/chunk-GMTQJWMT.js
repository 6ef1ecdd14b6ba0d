import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  boundedTimeline,
  changeWindow,
  shiftChanges
} from "./chunk-OSZ4JBSJ.js";
import {
  displayName,
  renderShiftsText,
  shiftJson
} from "./chunk-ASW6XEZL.js";
import {
  NOTICE_HOURS
} from "./chunk-YKDLSHO4.js";
import {
  toJsonReport
} from "./chunk-UX6G35WG.js";
import {
  parseInstant
} from "./chunk-4AZCVYM2.js";
import {
  UsageError,
  wantsColor,
  writeOutput
} from "./chunk-7GEI5QHS.js";
import {
  renderText
} from "./chunk-LBNA22IB.js";
import {
  readPolicyFiles
} from "./chunk-5N34RSQA.js";
import {
  buildTimeline,
  checkPolicy,
  layerSpan,
  layerTurns,
  turnIndexAt,
  turnLength
} from "./chunk-5AWG3TPM.js";
import {
  isoUtc,
  parseLocalDateTime,
  zoned
} from "./chunk-EXLADYM2.js";
import {
  Temporal
} from "./chunk-ETVPNU4B.js";
import {
  require_dist
} from "./chunk-RWRK4OFQ.js";
import {
  __toESM
} from "./chunk-HPB5NIOG.js";

// src/cli/rotation.ts
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/rota/roster-change.ts
var RosterChangeError = class extends Error {
};
function planRosterChange(schedules, people, request) {
  const schedule = schedules.find((s) => s.id === request.schedule);
  if (!schedule)
    throw new RosterChangeError(
      `no schedule "${request.schedule}" in oncall/rotations.yaml; the schedules are ${schedules.map((s) => s.id).join(", ")}.`
    );
  const layerIndex = pickLayer(schedule, request);
  const layer = schedule.layers[layerIndex];
  const members2 = newOrder(layer, people, request.edits);
  const turns = layerTurns(layer);
  const k0 = effectiveTurn(layer, turns, request);
  const effective2 = turns.startOf(k0);
  const local = handoffLocal(layer, k0, effective2);
  const prev = lastHolderBefore(layer.members, k0, members2);
  const only = request.edits.length === 1 ? request.edits[0] : void 0;
  const first = only?.kind === "order" ? only.exact ? 0 : bestRotation(layer.members, k0, members2, prev) : (members2.indexOf(prev) + 1) % members2.length;
  const taken = new Set(schedule.layers.flatMap((l) => [l.id, l.name ?? l.id]));
  const date = local.slice(0, 10);
  const id = unique(`${trimTo(layer.id.replace(/-\d{4}-\d{2}-\d{2}(-\d+)?$/, ""), 52)}-${date}`, taken, "-");
  const baseName = (layer.name ?? layer.id).replace(/ from \d{4}-\d{2}-\d{2}( \(\d+\))?$/, "");
  const ended = { ...layer, end: local };
  const added = {
    ...withoutEnd(layer),
    id,
    ...layer.name !== void 0 ? { name: unique(`${baseName} from ${date}`, taken, " ") } : {},
    start: local,
    ...layer.end !== void 0 ? { end: layer.end } : {},
    members: [...members2.slice(first), ...members2.slice(0, first)]
  };
  const layers = [...schedule.layers.slice(0, layerIndex), ended, added, ...schedule.layers.slice(layerIndex + 1)];
  return {
    schedule: schedule.id,
    layerIndex,
    effective: effective2,
    ended,
    added,
    schedules: schedules.map((s) => s === schedule ? { ...s, layers } : s)
  };
}
function pickLayer(schedule, request) {
  const ids = schedule.layers.map((l) => l.id);
  if (request.layer !== void 0) {
    const i = ids.indexOf(request.layer);
    if (i < 0)
      throw new RosterChangeError(
        `schedule "${schedule.id}" has no layer "${request.layer}"; its layers are ${ids.join(", ")}.`
      );
    return i;
  }
  const running = schedule.layers.map((l, i) => ({ i, span: layerSpan(l) })).filter(({ span }) => span.end > request.now);
  if (running.length === 1) return running[0].i;
  throw new RosterChangeError(
    running.length === 0 ? `every layer of schedule "${schedule.id}" has ended; there is no rotation to change.` : `schedule "${schedule.id}" has ${running.length} layers still running (${running.map(({ i }) => ids[i]).join(", ")}); say which with --layer.`
  );
}
function newOrder(layer, people, edits2) {
  const known = (p) => {
    if (!people.has(p)) throw new RosterChangeError(`no person "${p}" in oncall/team.yaml; add them there first.`);
  };
  if (edits2.length === 0) throw new RosterChangeError("nothing to change: give --add, --remove or --order.");
  if (edits2.some((e) => e.kind === "order") && edits2.length > 1)
    throw new RosterChangeError("--order gives the whole new order; give it alone, without --add or --remove.");
  let members2 = [...layer.members];
  for (const e of edits2) {
    if (e.kind === "order") {
      e.members.forEach(known);
      const missing = members2.filter((m) => !e.members.includes(m));
      const extra = e.members.filter((m) => !members2.includes(m));
      if (missing.length || extra.length || new Set(e.members).size !== e.members.length)
        throw new RosterChangeError(
          `--order must list each member of layer "${layer.id}" once (${members2.join(", ")})${missing.length ? `; missing ${missing.join(", ")}` : ""}${extra.length ? `; not members: ${extra.join(", ")} (use --add)` : ""}.`
        );
      members2 = [...e.members];
    } else if (e.kind === "add") {
      known(e.person);
      if (members2.includes(e.person))
        throw new RosterChangeError(`${e.person} is already a member of layer "${layer.id}".`);
      const at = e.position ?? members2.length + 1;
      if (!Number.isInteger(at) || at < 1 || at > members2.length + 1)
        throw new RosterChangeError(
          `--add ${e.person}@${at}: the place must be 1 to ${members2.length + 1} (the layer has ${members2.length} members).`
        );
      members2.splice(at - 1, 0, e.person);
    } else {
      known(e.person);
      if (!members2.includes(e.person))
        throw new RosterChangeError(
          `${e.person} is not a member of layer "${layer.id}" (its members: ${members2.join(", ")}).`
        );
      if (members2.length === 1)
        throw new RosterChangeError(`${e.person} is the last member of layer "${layer.id}"; a layer needs one.`);
      members2 = members2.filter((m) => m !== e.person);
    }
  }
  return members2;
}
function effectiveTurn(layer, turns, request) {
  const span = layerSpan(layer);
  const { now, effective: effective2 } = request;
  const current = now < span.start ? -1 : turnIndexAt(turns, span.start, now);
  const n = layer.members.length;
  let k;
  if (effective2.kind === "next-handoff") k = Math.max(current + 1, 1);
  else if (effective2.kind === "after-rotation") k = Math.max((Math.floor(current / n) + 1) * n, n);
  else {
    const at2 = effective2.at;
    if (at2 <= now)
      throw new RosterChangeError(
        `--effective ${isoUtc(at2)} has passed: a roster change moves turns still to come. Give an instant after ${isoUtc(now)}.`
      );
    if (at2 <= span.start)
      throw new RosterChangeError(
        `layer "${layer.id}" starts at ${isoUtc(span.start)}, not before ${isoUtc(at2)}: change its members in rotations.yaml directly.`
      );
    k = turnIndexAt(turns, span.start, at2);
    if (turns.startOf(k) !== at2) {
      const next = Math.max(k + 1, 1);
      throw new RosterChangeError(
        `--effective ${isoUtc(at2)} is not a handoff of layer "${layer.id}": a turn would be cut in two. The nearest handoffs are ${k >= 1 ? `${isoUtc(turns.startOf(k))} and ` : ""}${isoUtc(turns.startOf(next))}.`
      );
    }
  }
  const at = turns.startOf(k);
  if (at >= span.end)
    throw new RosterChangeError(
      `layer "${layer.id}" ends at ${isoUtc(span.end)}, before the change would take effect (${isoUtc(at)}).`
    );
  return k;
}
function handoffLocal(layer, k, at) {
  const { unit, count } = turnLength(layer.turn_length);
  const wall = unit === "hours" ? Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(layer.time_zone).toPlainDateTime() : parseLocalDateTime(layer.start).add({ [unit]: count * k });
  const text = wall.toString({ smallestUnit: wall.second === 0 ? "minute" : "second" });
  if (zoned(text, layer.time_zone).epochMilliseconds !== at)
    throw new RosterChangeError(
      `the handoff at ${isoUtc(at)} is the second ${text} in ${layer.time_zone} (clocks went back); rotations.yaml cannot name it. Choose another handoff.`
    );
  return text;
}
function lastHolderBefore(old, k, members2) {
  const n = old.length;
  for (let j = 1; j <= n; j++) {
    const p = old[((k - j) % n + n) % n];
    if (members2.includes(p)) return p;
  }
  return void 0;
}
function bestRotation(old, k, members2, prev) {
  const n = old.length;
  const oldNext = /* @__PURE__ */ new Map();
  for (let j = n - 1; j >= 0; j--) oldNext.set(old[(k + j) % n], j);
  const continuing = (members2.indexOf(prev) + 1) % members2.length;
  let best = continuing;
  let bestKept = -1;
  for (let r = 0; r < members2.length; r++) {
    if (members2.length > 1 && members2[r] === prev) continue;
    let kept = 0;
    members2.forEach((p, i) => kept += oldNext.get(p) === (i - r + members2.length) % members2.length ? 1 : 0);
    if (kept > bestKept || kept === bestKept && r === continuing) [best, bestKept] = [r, kept];
  }
  return best;
}
function withoutEnd(layer) {
  const { end: _end, ...rest } = layer;
  return rest;
}
function trimTo(text, length) {
  return text.slice(0, length).replace(/-+$/, "");
}
function unique(text, taken, sep) {
  if (!taken.has(text)) return text;
  for (let n = 2; ; n++) {
    const candidate = sep === " " ? `${text} (${n})` : `${text}${sep}${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

// src/rota/roster-effect.ts
function rosterEffect(before, after, change) {
  const cycle = Math.max(change.ended.members.length, change.added.members.length);
  const window = { start: change.effective, end: layerTurns(change.added).startOf(cycle) };
  const pick = (p) => (buildTimeline(p, window).schedules.get(change.schedule) ?? []).filter(
    (s) => s.end > window.start && s.start < window.end
  );
  const [was, will] = [pick(before), pick(after)];
  const key = (s) => `${s.start}/${s.end}`;
  const people = [...new Set([...was, ...will].map((s) => s.person))];
  return people.map((person) => ({
    person,
    before: was.filter((s) => s.person === person),
    after: will.filter((s) => s.person === person)
  })).filter((e) => e.before.map(key).join() !== e.after.map(key).join());
}

// src/rota/roster-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function writeRosterChange(text, change) {
  const doc = (0, import_yaml.parseDocument)(text);
  const schedules = doc.get("schedules");
  const schedule = (0, import_yaml.isSeq)(schedules) ? schedules.items.find((s) => (0, import_yaml.isMap)(s) && s.get("id") === change.schedule) : void 0;
  const layers = schedule?.get("layers");
  const old = (0, import_yaml.isSeq)(layers) ? layers.items[change.layerIndex] : void 0;
  if (!(0, import_yaml.isMap)(old) || old.get("id") !== change.ended.id || old.flow)
    throw new Error(
      `rotations.yaml does not hold layer "${change.ended.id}" of "${change.schedule}" as a block mapping where it was read`
    );
  const pairs = old.items;
  const keyStart = pairs[0].key.range[0];
  const lineStart = text.lastIndexOf("\n", keyStart - 1) + 1;
  const indent2 = " ".repeat(keyStart - lineStart);
  const lineEnd = (at2) => {
    const nl = text.indexOf("\n", at2);
    return nl < 0 ? text.length : nl + 1;
  };
  const valueEnd = (p) => p.value?.range[1] ?? p.key.range[1];
  const lines = [];
  for (const p of pairs) {
    const key = String(p.key.value);
    const value = change.added[key];
    if (key === "pagerduty_id" || key === "end" && value === void 0) continue;
    if (key === "members") lines.push(`members:${members(text, p.value, change.added.members)}`);
    else if (["id", "name", "start", "end"].includes(key))
      lines.push(`${key}: ${(0, import_yaml.stringify)(value, { lineWidth: 0 }).trimEnd()}`);
    else lines.push(text.slice(p.key.range[0], valueEnd(p)).trimEnd());
  }
  const layerText = `${text.slice(lineStart, keyStart)}${lines.join(`
${indent2}`)}
`;
  let last = valueEnd(pairs[pairs.length - 1]);
  while (last > keyStart && /\s/.test(text[last - 1])) last--;
  const after = lineEnd(last);
  const start = pairs.find((p) => p.key.value === "start");
  const endAt = pairs.find((p) => p.key.value === "end");
  const endLine = `end: ${(0, import_yaml.stringify)(change.ended.end, { lineWidth: 0 }).trimEnd()}`;
  const seam = after === text.length && !text.endsWith("\n") ? "\n" : "";
  const withLayer = text.slice(0, after) + seam + layerText + text.slice(after);
  if (endAt) return splice(withLayer, endAt.key.range[0], valueEnd(endAt), endLine);
  const at = lineEnd(valueEnd(start));
  return withLayer.slice(0, at) + `${indent2}${endLine}
` + withLayer.slice(at);
}
function splice(text, from, to, insert) {
  return text.slice(0, from) + insert + text.slice(to);
}
function members(text, seq, ids) {
  const items = ids.map((id) => (0, import_yaml.stringify)(id, { lineWidth: 0 }).trimEnd());
  const range = seq.range;
  if (seq.flow) {
    const pad = /^\[\s/.test(text.slice(range[0], range[1])) ? " " : "";
    return ` [${pad}${items.join(", ")}${pad}]`;
  }
  const first = seq.items[0].range[0];
  const prefix = text.slice(text.lastIndexOf("\n", first - 1) + 1, first);
  return items.map((id) => `
${prefix}${id}`).join("");
}

// src/cli/rotation.ts
var ROTATIONS = "oncall/rotations.yaml";
function edits(o) {
  const adds = o.add.map((text) => {
    const m = /^([^@]+)(?:@(\d+))?$/.exec(text);
    if (!m)
      throw new UsageError(
        `--add takes a person id, optionally with a place: engineer-e or engineer-e@2 (got "${text}").`
      );
    return { kind: "add", person: m[1], ...m[2] ? { position: Number(m[2]) } : {} };
  });
  const order = o.order ? [{ kind: "order", members: o.order.split(",").map((p) => p.trim()) }] : [];
  return [...o.remove.map((person) => ({ kind: "remove", person })), ...adds, ...order];
}
function effective(text, now) {
  if (text === "next-handoff" || text === "after-rotation") return { kind: text };
  return { kind: "instant", at: parseInstant(text, "--effective", now) };
}
function plan(policy, o, now) {
  try {
    return planRosterChange(policy.rotations?.schedules ?? [], new Set((policy.team?.people ?? []).map((p) => p.id)), {
      schedule: o.schedule,
      ...o.layer ? { layer: o.layer } : {},
      edits: edits(o),
      effective: effective(o.effective, now),
      now
    });
  } catch (error) {
    if (error instanceof RosterChangeError) throw new UsageError(error.message);
    throw error;
  }
}
async function runRotationChange(root, o, io) {
  const now = Date.now();
  const files = await readPolicyFiles(root, { postmortems: false });
  const before = checkPolicy(files, { now });
  if (errorsOf(before.findings).length) return refuseBroken(before.findings, files.length, o, io);
  return landChange(root, { files, policy: before.policy, change: plan(before.policy, o, now), now }, o, io);
}
var errorsOf = (findings) => findings.filter((f) => f.severity === "error");
function refuseBroken(findings, files, o, io) {
  return refuse(
    "The policy has errors already; nothing was written. Fix them first (oncall validate).",
    findings,
    files,
    o,
    io
  );
}
async function landChange(root, land, o, io) {
  const { files, change, now } = land;
  const old = await readFile(join(root, ROTATIONS), "utf8");
  const text = writeRosterChange(old, change);
  const withChange = [...files.filter((f) => f.path !== ROTATIONS), { path: ROTATIONS, bytes: Buffer.from(text) }];
  const after = checkPolicy(withChange, { now });
  if (canonical(after.policy.rotations?.schedules) !== canonical(change.schedules))
    throw new Error("the rewritten rotations.yaml does not read back as the planned change");
  if (errorsOf(after.findings).length)
    return refuse("The change would break the policy; nothing was written.", after.findings, withChange.length, o, io);
  const people = rosterEffect(land.policy, after.policy, change);
  const moved = movedPeople(land.policy, after.policy, now);
  const noticeHours = Math.floor((change.effective - now) / 36e5);
  if (!o.dryRun) await writeOutput(ROTATIONS, () => writeFile(join(root, ROTATIONS), text));
  const summary = {
    ...land.preface?.json,
    written: !o.dryRun,
    file: ROTATIONS,
    schedule: change.schedule,
    effective: isoUtc(change.effective),
    ended: change.ended,
    added: change.added,
    notice_hours: noticeHours,
    consent: moved ?? null
  };
  if (o.json) {
    const effect = people.map((e) => ({ ...e, before: e.before.map(shiftJson), after: e.after.map(shiftJson) }));
    io.stdout(JSON.stringify({ ...summary, people: effect, content: text }, null, 2) + "\n");
    return 0;
  }
  const names = new Map((after.policy.team?.people ?? []).map((p) => [p.id, p]));
  const color = wantsColor(io);
  if (land.preface) io.stdout(land.preface.text + "\n");
  io.stdout(
    `Layer "${change.ended.id}" of ${change.schedule} ends at ${isoUtc(change.effective)}; layer "${change.added.id}" (${change.added.members.join(", ")}) starts there.
`
  );
  if (people.length === 0) io.stdout("\nNobody\u2019s turns move in the first cycle of the new layer.\n");
  for (const e of people) {
    io.stdout(`
${displayName(names, e.person)}
  before:
`);
    io.stdout(indent(renderShiftsText(e.before, names, { color })));
    io.stdout("  after:\n");
    io.stdout(indent(renderShiftsText(e.after, names, { color })));
  }
  io.stdout(`
${ROTATIONS} with the change:
${changedLines(old, text)}`);
  io.stdout(
    `
${noticeHours < NOTICE_HOURS ? "\u26A0 " : ""}${noticeHours} h notice (${NOTICE_HOURS} h required). ` + (moved ? `The swap check asks for the approval of everyone whose turns move in the next two years: ${moved.join(", ") || "nobody"}.
` : "The layers have too many turns for the swap check to compare; it will refuse the pull request.\n")
  );
  io.stdout(o.dryRun ? `
--dry-run: would write ${ROTATIONS}.
` : `
Wrote ${ROTATIONS}.
`);
  return 0;
}
function movedPeople(base, head, now) {
  const window = changeWindow(now);
  const [b, h] = [boundedTimeline(base, window), boundedTimeline(head, window)];
  if (!b || !h) return void 0;
  const changes = shiftChanges(b, h, window);
  return [...new Set(changes.flatMap((c) => [c.loses, c.gains]).filter((p) => p !== void 0))].sort();
}
function canonical(value) {
  return JSON.stringify(
    value,
    (_key, v) => v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v
  );
}
function changedLines(before, after) {
  const [a, b] = [before.split("\n"), after.split("\n")];
  let top = 0;
  while (top < a.length && a[top] === b[top]) top++;
  let tail = 0;
  while (tail < a.length - top && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const lines = b.slice(top, b.length - tail);
  const width = String(b.length - tail).length;
  return lines.map((line, i) => `  ${String(top + i + 1).padStart(width)} | ${line}
`).join("");
}
function indent(text) {
  return text.replace(/^(?=.)/gm, "    ");
}
function refuse(why, findings, files, o, io) {
  const found = findings.filter((f) => f.severity === "error");
  if (o.json) io.stdout(JSON.stringify({ written: false, reason: why, ...toJsonReport(found, files) }, null, 2) + "\n");
  else io.stderr(`${why}

${renderText(found, { color: wantsColor(io), files })}`);
  return 1;
}

export {
  RosterChangeError,
  planRosterChange,
  runRotationChange,
  refuseBroken,
  landChange
};
