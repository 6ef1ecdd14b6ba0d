import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  fenced
} from "./chunk-PN6AARRH.js";
import {
  inert
} from "./chunk-JUWO424D.js";
import {
  oneLine
} from "./chunk-JDEQIK3C.js";
import {
  require_picocolors
} from "./chunk-YI5L3PFJ.js";
import {
  isoUtc
} from "./chunk-EXLADYM2.js";
import {
  __toESM
} from "./chunk-HPB5NIOG.js";

// src/render/schedule.ts
var import_picocolors = __toESM(require_picocolors(), 1);
function displayName(people, id) {
  const p = people.get(id);
  return p ? `${p.name} (${id})` : id;
}
function sourceLabel(s) {
  return s.source === "swap" ? `swap ${s.swap}` : `rotation${s.layer ? ` (${s.layer})` : ""}`;
}
function renderShiftsText(shifts, people, options) {
  const c = (0, import_picocolors.createColors)(options.color);
  if (shifts.length === 0) return "No shifts in this window.\n";
  const rows = shifts.map((s) => [
    isoUtc(s.start),
    isoUtc(s.end),
    s.schedule,
    displayName(people, s.person),
    sourceLabel(s)
  ]);
  const header = ["start (UTC)", "end (UTC)", "schedule", "person", "source"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((cell, i) => i === r.length - 1 ? cell : cell.padEnd(widths[i])).join("  ");
  return [c.bold(line(header)), ...rows.map((r, i) => shifts[i].source === "swap" ? c.yellow(line(r)) : line(r))].join(
    "\n"
  ) + "\n";
}
var shiftJson = (s) => ({
  schedule: s.schedule,
  person: s.person,
  start: isoUtc(s.start),
  end: isoUtc(s.end),
  source: s.source,
  ...s.swap ? { swap: s.swap } : {}
});
function renderShiftsMarkdown(shifts, people) {
  const out = ["| Schedule | Person | Start (UTC) | End (UTC) | Source |", "| --- | --- | --- | --- | --- |"];
  for (const s of shifts)
    out.push(
      `| ${s.schedule} | ${inert(displayName(people, s.person))} | ${isoUtc(s.start)} | ${isoUtc(s.end)} | ${s.source === "swap" ? `**${inert(sourceLabel(s))}**` : inert(sourceLabel(s))} |`
    );
  return out.join("\n") + "\n";
}
function renderShiftsGantt(shifts, people, title) {
  const out = ["gantt", `  title ${label(title)}`, "  dateFormat YYYY-MM-DD HH:mm", "  axisFormat %d %b"];
  const bySchedule = /* @__PURE__ */ new Map();
  for (const s of shifts) bySchedule.set(s.schedule, [...bySchedule.get(s.schedule) ?? [], s]);
  for (const [schedule, list] of bySchedule) {
    out.push(`  section ${label(schedule)}`);
    for (const s of list) {
      const name = people.get(s.person)?.name ?? s.person;
      out.push(
        `  ${label(s.source === "swap" ? `${name} (swap)` : name)} :${s.source === "swap" ? "crit, " : ""}${mermaidTime(s.start)}, ${mermaidTime(s.end)}`
      );
    }
  }
  return fenced(out.join("\n"), "mermaid") + "\n";
}
function label(text) {
  return oneLine(text, 100).replace(/[:;#<>`]/g, " ").replace(/\s+/g, " ").trim();
}
function mermaidTime(ms) {
  return isoUtc(ms).slice(0, 16).replace("T", " ");
}

export {
  displayName,
  renderShiftsText,
  shiftJson,
  renderShiftsMarkdown,
  renderShiftsGantt
};
