import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  buildTimeline,
  layerTurns
} from "./chunk-5AWG3TPM.js";
import {
  DAY_MS
} from "./chunk-EXLADYM2.js";

// src/changes/shift-changes.ts
import { createHash } from "node:crypto";
var CHANGE_HORIZON_MS = 2 * 366 * DAY_MS;
var MAX_TURNS = 4e5;
var MAX_CHANGES = 2e3;
function changeWindow(now) {
  return { start: now, end: now + CHANGE_HORIZON_MS };
}
function estimatedTurns(policy, window) {
  let turns = 0;
  for (const s of policy.rotations?.schedules ?? [])
    for (const l of s.layers) turns += Math.ceil((window.end - window.start) / layerTurns(l).nominalMs) + 2;
  return turns;
}
function boundedTimeline(policy, window, budget = MAX_TURNS) {
  if (estimatedTurns(policy, window) > budget) return void 0;
  return buildTimeline(policy, window);
}
function changeKey(c) {
  const text = JSON.stringify([c.schedule, c.start, c.end, c.loses ?? null, c.gains ?? null]);
  return createHash("sha256").update(text).digest("hex").slice(0, 12);
}
function shiftChanges(base, head, window) {
  const ids = [.../* @__PURE__ */ new Set([...head.schedules.keys(), ...base.schedules.keys()])];
  const out = [];
  for (const schedule of ids) {
    const before = base.schedules.get(schedule) ?? [];
    const after = head.schedules.get(schedule) ?? [];
    let open;
    const flush = () => {
      if (open) out.push({ ...open, key: changeKey(open) });
      open = void 0;
    };
    for (const piece of pieces(before, after, window)) {
      if (piece.base === piece.head) {
        flush();
        continue;
      }
      if (open && open.end === piece.start && open.loses === piece.base && open.gains === piece.head) {
        open.end = piece.end;
        continue;
      }
      flush();
      open = {
        schedule,
        start: piece.start,
        end: piece.end,
        ...piece.base !== void 0 ? { loses: piece.base } : {},
        ...piece.head !== void 0 ? { gains: piece.head } : {},
        begun: piece.start === window.start && piece.begunBefore
      };
    }
    flush();
  }
  return out;
}
function pieces(before, after, window) {
  const cuts = /* @__PURE__ */ new Set([window.start, window.end]);
  for (const s of [...before, ...after]) {
    if (s.start > window.start && s.start < window.end) cuts.add(s.start);
    if (s.end > window.start && s.end < window.end) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  let i = 0;
  let j = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k];
    const end = points[k + 1];
    while (i < before.length && before[i].end <= start) i++;
    while (j < after.length && after[j].end <= start) j++;
    const b = before[i] && before[i].start <= start ? before[i] : void 0;
    const h = after[j] && after[j].start <= start ? after[j] : void 0;
    const begunBefore = (b?.start ?? start) < start || (h?.start ?? start) < start;
    out.push({ start, end, base: b?.person, head: h?.person, begunBefore });
  }
  return out;
}
function holds(timeline, change) {
  const shifts = timeline.schedules.get(change.schedule) ?? [];
  let cursor = change.start;
  for (const s of shifts) {
    if (s.end <= cursor) continue;
    if (s.start > cursor) break;
    if (s.person !== change.gains) return false;
    cursor = s.end;
    if (cursor >= change.end) return true;
  }
  return change.gains === void 0 && !shifts.some((s) => s.start < change.end && s.end > cursor);
}

export {
  MAX_CHANGES,
  changeWindow,
  boundedTimeline,
  shiftChanges,
  holds
};
