import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  require_picocolors
} from "./chunk-BRILSYJ3.js";
import {
  HOUR_MS,
  Temporal,
  __toESM,
  intersect,
  isoUtc,
  normalize
} from "./chunk-JC332SUG.js";

// src/report/schedule.ts
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
  const rows = shifts.map((s) => [isoUtc(s.start), isoUtc(s.end), s.schedule, displayName(people, s.person), sourceLabel(s)]);
  const header = ["start (UTC)", "end (UTC)", "schedule", "person", "source"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((cell2, i) => i === r.length - 1 ? cell2 : cell2.padEnd(widths[i])).join("  ");
  return [c.bold(line(header)), ...rows.map((r, i) => shifts[i].source === "swap" ? c.yellow(line(r)) : line(r))].join("\n") + "\n";
}
function renderShiftsMarkdown(shifts, people) {
  const out = ["| Schedule | Person | Start (UTC) | End (UTC) | Source |", "| --- | --- | --- | --- | --- |"];
  for (const s of shifts)
    out.push(`| ${s.schedule} | ${cell(displayName(people, s.person))} | ${isoUtc(s.start)} | ${isoUtc(s.end)} | ${s.source === "swap" ? `**${cell(sourceLabel(s))}**` : cell(sourceLabel(s))} |`);
  return out.join("\n") + "\n";
}
function renderShiftsGantt(shifts, people, title) {
  const out = ["```mermaid", "gantt", `  title ${label(title)}`, "  dateFormat YYYY-MM-DD HH:mm", "  axisFormat %d %b"];
  const bySchedule = /* @__PURE__ */ new Map();
  for (const s of shifts) bySchedule.set(s.schedule, [...bySchedule.get(s.schedule) ?? [], s]);
  for (const [schedule, list] of bySchedule) {
    out.push(`  section ${label(schedule)}`);
    for (const s of list) {
      const name = people.get(s.person)?.name ?? s.person;
      out.push(`  ${label(s.source === "swap" ? `${name} (swap)` : name)} :${s.source === "swap" ? "crit, " : ""}${mermaidTime(s.start)}, ${mermaidTime(s.end)}`);
    }
  }
  out.push("```");
  return out.join("\n") + "\n";
}
function label(text) {
  return text.replace(/[:;#]/g, " ").replace(/\s+/g, " ").trim();
}
function mermaidTime(ms) {
  return isoUtc(ms).slice(0, 16).replace("T", " ");
}
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/\r?\n/g, " ");
}

// src/swaps/compensation.ts
var midnight = (d, tz) => d.toZonedDateTime({ timeZone: tz }).epochMilliseconds;
function payPeriodOf(t, rule) {
  const tz = rule.time_zone;
  const day = Temporal.Instant.fromEpochMilliseconds(t).toZonedDateTimeISO(tz).toPlainDate();
  let first;
  let next;
  switch (rule.kind) {
    case "monthly":
      first = day.with({ day: 1 });
      next = first.add({ months: 1 });
      break;
    case "semi-monthly":
      first = day.day <= 15 ? day.with({ day: 1 }) : day.with({ day: 16 });
      next = day.day <= 15 ? day.with({ day: 16 }) : day.with({ day: 1 }).add({ months: 1 });
      break;
    default: {
      const length = rule.kind === "weekly" ? 7 : 14;
      const anchor = Temporal.PlainDate.from(rule.anchor ?? "2026-01-05");
      const offset = anchor.until(day, { largestUnit: "days" }).days;
      first = anchor.add({ days: Math.floor(offset / length) * length });
      next = first.add({ days: length });
    }
  }
  return { start: midnight(first, tz), end: midnight(next, tz), label: `${first.toString()} to ${next.subtract({ days: 1 }).toString()}` };
}
function holidayIntervals(holidays, window) {
  const out = [];
  for (const h of holidays.dates) {
    const day = Temporal.PlainDate.from(h.date);
    const start = midnight(day, holidays.time_zone);
    const end = midnight(day.add({ days: 1 }), holidays.time_zone);
    if (end > window.start && start < window.end) out.push({ start, end });
  }
  return normalize(out);
}
function classifySwap(swap, period, all, periods, compensation) {
  const total = (period.end - period.start) / HOUR_MS;
  const holiday = intersect(period, holidayIntervals(compensation.holidays, period)).reduce((h, i) => h + (i.end - i.start) / HOUR_MS, 0);
  const payPeriod = payPeriodOf(period.start, compensation.pay_periods);
  const within = (i) => i.start >= payPeriod.start && i.end <= payPeriod.end;
  const partner = all.find(
    (other) => other !== swap && (swap.data.payback === other.id || other.data.payback === swap.id) && other.data.relieved === swap.data.covering && other.data.covering === swap.data.relieved
  );
  const partnerPeriod = partner ? periods.get(partner.id) : void 0;
  const traded = partner !== void 0 && partnerPeriod !== void 0 && within(period) && within(partnerPeriod);
  const rest = total - holiday;
  const hours = { time_trade: traded ? rest : 0, overtime: traded ? 0 : rest, holiday };
  const reason = traded ? `paid back by swap ${partner.id} in the same pay period (${payPeriod.label}): a time trade` : partner ? `the payback ${partner.id} falls outside this pay period (${payPeriod.label}): overtime` : `no payback swap in the pay period ${payPeriod.label}: overtime`;
  return { hours, payPeriod, ...traded ? { payback: partner.id } : {}, reason: holiday > 0 ? `${reason}; ${round(holiday)} h fall on a holiday` : reason };
}
function round(hours) {
  return Math.round(hours * 100) / 100;
}

export {
  payPeriodOf,
  holidayIntervals,
  classifySwap,
  round,
  displayName,
  renderShiftsText,
  renderShiftsMarkdown,
  renderShiftsGantt
};
