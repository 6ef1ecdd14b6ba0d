import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  DAY_MS,
  HOUR_MS,
  WEEK_MS,
  checkSchema,
  clockMinutes,
  closest,
  instantMs,
  isoUtc,
  parseLocalDateTime,
  wallClockSeries,
  zoned
} from "./chunk-EXLADYM2.js";
import {
  Temporal
} from "./chunk-ETVPNU4B.js";
import {
  locate,
  parseYamlFile
} from "./chunk-DQA6EP7E.js";
import {
  KINDS,
  POLICY_DIR,
  SWAPS,
  TIME_OFF,
  fileOf
} from "./chunk-RWRK4OFQ.js";

// src/schedule/intervals.ts
function normalize(intervals) {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const out = [];
  for (const i of sorted) {
    if (i.end <= i.start) continue;
    const last = out[out.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ start: i.start, end: i.end });
  }
  return out;
}
function subtract(piece, covered) {
  const out = [];
  let cursor = piece.start;
  for (let i = firstEndingAfter(covered, piece.start); i < covered.length; i++) {
    const c = covered[i];
    if (c.start >= piece.end) break;
    if (c.start > cursor) out.push({ start: cursor, end: Math.min(c.start, piece.end) });
    cursor = Math.max(cursor, c.end);
    if (cursor >= piece.end) break;
  }
  if (cursor < piece.end) out.push({ start: cursor, end: piece.end });
  return out;
}
function intersect(piece, windows) {
  const out = [];
  for (let i = firstEndingAfter(windows, piece.start); i < windows.length; i++) {
    const w = windows[i];
    if (w.start >= piece.end) break;
    const start = Math.max(w.start, piece.start);
    const end = Math.min(w.end, piece.end);
    if (end > start) out.push({ start, end });
  }
  return out;
}
function firstEndingAfter(intervals, t) {
  let lo = 0;
  let hi = intervals.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (intervals[mid].end <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function hoursIn(piece, windows) {
  return intersect(piece, windows).reduce((h, i) => h + (i.end - i.start) / HOUR_MS, 0);
}

// src/model/types.ts
var WEEKDAYS = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday"
];
var BEFORE_FIRST_SHIFT_ITEMS = [
  "training_session",
  "shadow_shift",
  "runbook_review",
  "access_verified",
  "alert_test",
  "incident_drill"
];
var QUARTERLY_ITEMS = ["runbook_review", "incident_drill", "access_audit"];
var TODO_FIELDS = ["github", "manager", "training"];
function pending(person, field) {
  return person.todo?.includes(field) ?? false;
}

// src/schedule/restrictions.ts
function restrictionWindows(restrictions, timeZone, span2) {
  const first = Temporal.Instant.fromEpochMilliseconds(span2.start).toZonedDateTimeISO(timeZone).toPlainDate().subtract({ days: 1 });
  const days = first.until(Temporal.Instant.fromEpochMilliseconds(span2.end).toZonedDateTimeISO(timeZone).toPlainDate()).days + 1;
  const windows = [];
  for (const r of restrictions) {
    const startMin = clockMinutes(r.start);
    const endMin = clockMinutes(r.end);
    const lengthMin = endMin > startMin ? endMin - startMin : endMin + 1440 - startMin;
    const endOffsetDays = Math.floor((startMin + lengthMin) / 1440);
    const startOf = wallClockSeries(at(first, startMin), timeZone, "days", 1);
    const endOf = wallClockSeries(at(first, startMin + lengthMin - endOffsetDays * 1440), timeZone, "days", 1);
    const firstWeekday = first.dayOfWeek - 1;
    for (let d = 0; d < days; d++) {
      if (r.days && !r.days.includes(WEEKDAYS[(firstWeekday + d) % 7])) continue;
      const start = startOf(d);
      const end = endOf(d + endOffsetDays);
      if (end > span2.start && start < span2.end) windows.push({ start, end });
    }
  }
  return normalize(windows);
}
function at(day, minutes) {
  const m = minutes % 1440;
  return day.add({ days: Math.floor(minutes / 1440) }).toPlainDateTime({ hour: Math.floor(m / 60), minute: m % 60 });
}

// src/schedule/layers.ts
function turnLength(t) {
  if (t.hours !== void 0) return { unit: "hours", count: t.hours };
  if (t.days !== void 0) return { unit: "days", count: t.days };
  return { unit: "weeks", count: t.weeks ?? 1 };
}
function layerTurns(layer) {
  const origin = zoned(layer.start, layer.time_zone);
  const { unit, count } = turnLength(layer.turn_length);
  const unitMs = unit === "hours" ? HOUR_MS : unit === "days" ? DAY_MS : WEEK_MS;
  const originMs = origin.epochMilliseconds;
  const startOf = unit === "hours" ? (k) => originMs + k * count * HOUR_MS : wallClockSeries(parseLocalDateTime(layer.start), layer.time_zone, unit, count);
  return { nominalMs: count * unitMs, startOf };
}
function layerSpan(layer) {
  return {
    start: zoned(layer.start, layer.time_zone).epochMilliseconds,
    end: layer.end !== void 0 ? zoned(layer.end, layer.time_zone).epochMilliseconds : Number.POSITIVE_INFINITY
  };
}
function turnIndexAt(turns, origin, t) {
  let k = Math.max(0, Math.floor((t - origin) / turns.nominalMs));
  while (k > 0 && turns.startOf(k) > t) k -= 1;
  while (turns.startOf(k + 1) <= t) k += 1;
  return k;
}
function layerSegments(layer, window) {
  const span2 = layerSpan(layer);
  const from = Math.max(window.start, span2.start);
  const until = Math.min(window.end, span2.end);
  if (from >= until || layer.members.length === 0) return [];
  const turns = layerTurns(layer);
  const windows = layer.restrictions?.length ? restrictionWindows(layer.restrictions, layer.time_zone, { start: from, end: until }) : void 0;
  const out = [];
  for (let k = turnIndexAt(turns, span2.start, from); ; k++) {
    const start = Math.max(turns.startOf(k), from);
    if (start >= until) break;
    const end = Math.min(turns.startOf(k + 1), until);
    const person = layer.members[k % layer.members.length];
    if (!windows) out.push({ start, end, person, layer: layer.id });
    else
      for (const p of intersect({ start, end }, windows))
        out.push({ start: p.start, end: p.end, person, layer: layer.id });
  }
  return out;
}

// src/schedule/rotation.ts
function rotationShifts(schedule, window) {
  const pieces = [];
  let covered = [];
  for (let i = schedule.layers.length - 1; i >= 0; i--) {
    const segments = layerSegments(schedule.layers[i], window);
    for (const s of segments)
      for (const free of covered.length ? subtract(s, covered) : [s])
        pieces.push({
          start: free.start,
          end: free.end,
          schedule: schedule.id,
          person: s.person,
          source: "rotation",
          layer: s.layer
        });
    if (i > 0) covered = normalize(covered.concat(segments));
  }
  return pieces.sort((a, b) => a.start - b.start);
}

// src/schedule/swaps.ts
var instants = /* @__PURE__ */ new WeakMap();
function swapInstants(swap) {
  let parsed = instants.get(swap);
  if (!parsed) {
    parsed = {
      start: instantMs(swap.data.start),
      ...swap.data.end !== void 0 ? { end: instantMs(swap.data.end) } : {}
    };
    instants.set(swap, parsed);
  }
  return parsed;
}
function applySwaps(rotation, swaps) {
  const schedules = new Map([...rotation].map(([id, shifts]) => [id, [...shifts]]));
  const outcomes = /* @__PURE__ */ new Map();
  let pending2 = [...swaps].sort((a, b) => swapInstants(a).start - swapInstants(b).start || (a.id < b.id ? -1 : 1));
  for (let progress = true; progress; ) {
    progress = false;
    const next = [];
    for (const swap of pending2) {
      const timeline = schedules.get(swap.data.schedule);
      if (!timeline) {
        outcomes.set(swap, { swap, status: "unknown-schedule", start: swapInstants(swap).start, others: [] });
        continue;
      }
      const period = resolvePeriod(swap, timeline);
      if (period.end !== void 0 && period.end <= period.start) {
        outcomes.set(swap, { swap, status: "empty-period", ...period, others: [] });
        continue;
      }
      const others = period.end === void 0 ? [{ start: period.start, end: period.start }] : othersIn(timeline, period.start, period.end, swap.data.relieved);
      if (others.length === 0) {
        override(timeline, swap, period.start, period.end);
        outcomes.set(swap, { swap, status: "applied", ...period, others: [] });
        progress = true;
      } else next.push(swap);
    }
    pending2 = next;
  }
  const leftovers = pending2.map((swap) => {
    const timeline = schedules.get(swap.data.schedule);
    const period = resolvePeriod(swap, timeline, true);
    outcomes.set(swap, {
      swap,
      status: "not-held",
      ...period,
      others: othersIn(timeline, period.start, period.end, swap.data.relieved)
    });
    return { swap, timeline, period };
  });
  for (const { swap, timeline, period } of leftovers) override(timeline, swap, period.start, period.end);
  return { schedules, outcomes: swaps.map((s) => outcomes.get(s)) };
}
function resolvePeriod(swap, timeline, force = false) {
  const { start, end } = swapInstants(swap);
  if (end !== void 0) return { start, end };
  const shift = timeline[firstEndingAfter(timeline, start)];
  const contains = shift !== void 0 && shift.start <= start;
  if (contains && (shift.person === swap.data.relieved || force)) return { start, end: shift.end };
  return force ? { start, end: start + 36e5 } : { start };
}
function othersIn(timeline, start, end, person) {
  const out = [];
  let cursor = start;
  for (let i = firstEndingAfter(timeline, start); i < timeline.length && timeline[i].start < end; i++) {
    const s = timeline[i];
    if (s.start > cursor) out.push({ start: cursor, end: s.start });
    if (s.person !== person)
      out.push({ start: Math.max(s.start, start), end: Math.min(s.end, end), person: s.person, swap: s.swap });
    cursor = Math.max(cursor, s.end);
  }
  if (cursor < end) out.push({ start: cursor, end });
  return out;
}
function override(timeline, swap, start, end) {
  const first = firstEndingAfter(timeline, start);
  let last = first;
  while (last < timeline.length && timeline[last].start < end) last++;
  const replaced = [];
  const before = timeline[first];
  if (before && before.start < start) replaced.push({ ...before, end: start });
  replaced.push({
    schedule: swap.data.schedule,
    person: swap.data.covering,
    start,
    end,
    source: "swap",
    swap: swap.id
  });
  const after = timeline[last - 1];
  if (after && last > first && after.end > end) replaced.push({ ...after, start: end });
  timeline.splice(first, last - first, ...replaced);
}

// src/schedule/timeline.ts
function reach(policy) {
  let longest = WEEK_MS;
  for (const s of policy.rotations?.schedules ?? [])
    for (const l of s.layers) longest = Math.max(longest, layerTurns(l).nominalMs);
  return longest;
}
function buildTimeline(policy, window) {
  const margin = 2 * reach(policy);
  const swaps = swapsReaching(policy.swaps, { start: window.start - margin, end: window.end + margin }, margin);
  let from = window.start - margin;
  let until = window.end + margin;
  for (const s of swaps) {
    const { start, end } = swapInstants(s);
    from = Math.min(from, start - margin);
    if (end !== void 0) until = Math.max(until, end + margin);
  }
  const rotation = new Map(
    (policy.rotations?.schedules ?? []).map((s) => [s.id, rotationShifts(s, { start: from, end: until })])
  );
  const { schedules, outcomes } = applySwaps(rotation, swaps);
  for (const [id, shifts] of schedules) schedules.set(id, overlapping(shifts, window));
  return { window, schedules, swaps: outcomes };
}
function swapsReaching(all, range, margin) {
  const spans = all.map((swap) => {
    const { start, end = start + margin } = swapInstants(swap);
    return { swap, start, end };
  }).sort((a, b) => a.start - b.start);
  const chosen = /* @__PURE__ */ new Set();
  for (let i = 0; i < spans.length; ) {
    let j = i;
    let clusterEnd = spans[i].end;
    while (j + 1 < spans.length && spans[j + 1].start < clusterEnd) clusterEnd = Math.max(clusterEnd, spans[++j].end);
    if (spans[i].start < range.end && clusterEnd > range.start)
      for (let k = i; k <= j; k++) chosen.add(spans[k].swap);
    i = j + 1;
  }
  return all.filter((s) => chosen.has(s));
}
function overlapping(shifts, window) {
  const first = firstEndingAfter(shifts, window.start);
  let last = first;
  while (last < shifts.length && shifts[last].start < window.end) last++;
  return shifts.slice(first, last);
}
function onCallAt(policy, t) {
  const margin = 2 * reach(policy);
  const timeline = buildTimeline(policy, { start: t - margin, end: t + margin });
  return [...timeline.schedules].map(([schedule, shifts]) => {
    const s = shifts[firstEndingAfter(shifts, t)];
    return { schedule, shift: s && s.start <= t ? s : void 0 };
  });
}
function shiftsIn(timeline) {
  const order = [...timeline.schedules.keys()];
  return [...timeline.schedules.values()].flat().sort((a, b) => a.start - b.start || order.indexOf(a.schedule) - order.indexOf(b.schedule));
}

// src/docs/tables.ts
var DOC_PATH = "docs/on-call.md";
var BLOCK = /(<!-- oncall:generated ([a-z-]+) -->\n)([\s\S]*?)(<!-- oncall:end -->)/g;
var row = (cells) => `| ${cells.map((c) => String(c).replace(/\|/g, "\\|")).join(" | ")} |`;
var table = (header, rows) => [row(header), row(header.map(() => "---")), ...rows.map(row)].join("\n") + "\n";
var name = (policy, id) => policy.team?.people.find((p) => p.id === id)?.name ?? id;
var TABLES = {
  rotation(policy) {
    const schedules = policy.rotations?.schedules ?? [];
    const first = schedules[0]?.layers[0];
    if (!first) return "";
    const start = zoned(first.start, first.time_zone).epochMilliseconds;
    const weeks = Math.max(...schedules.map((s) => s.layers[0]?.members.length ?? 1));
    const timeline = buildTimeline({ rotations: policy.rotations, swaps: [] }, { start, end: start + weeks * WEEK_MS });
    const rows = Array.from({ length: weeks }, (_, w) => {
      const t = start + w * WEEK_MS + 1;
      return [
        `Week ${w + 1}`,
        ...schedules.map(
          (s) => name(policy, timeline.schedules.get(s.id)?.find((x) => x.start <= t && t < x.end)?.person ?? "\u2013")
        )
      ];
    });
    return table(["Week", ...schedules.map((s) => s.name ?? s.id)], rows) + `
Week 1 begins ${isoUtc(start)}; the rotation repeats. Swaps are in \`oncall/swaps/\`; \`npx oncall who\` says who is on call now.
`;
  },
  coverage(policy) {
    const c = policy.coverage;
    if (!c) return "";
    const days = c.business_hours.days.map((d) => d.slice(0, 3).replace(/^./, (x) => x.toUpperCase())).join(", ");
    const targets = (window) => Object.entries(c.response_minutes).map(
      ([sev, t]) => `${t[window] >= 60 && t[window] % 60 === 0 ? `${t[window] / 60} hour${t[window] === 60 ? "" : "s"}` : `${t[window]} minutes`} (${sev})`
    ).join(", ");
    return table(
      ["Type", "Hours", "Response Time"],
      [
        [
          "Business Hours",
          `${days} ${c.business_hours.start}\u2013${c.business_hours.end} (${c.time_zone})`,
          targets("business_hours")
        ],
        ["After Hours", "All other times", targets("after_hours")]
      ]
    );
  },
  services(policy) {
    return table(
      ["Service", "Description", "Severity", "Escalation policy"],
      (policy.services?.services ?? []).map((s) => [
        s.id,
        s.description,
        Object.keys(s.urgency).join("/"),
        s.escalation_policy
      ])
    );
  },
  severities(policy) {
    return table(
      ["Severity", "Criteria", "Action"],
      (policy.severities?.severities ?? []).map((s) => [`**${s.id}**`, s.criteria, s.action])
    );
  },
  escalation(policy) {
    const p = policy.escalation?.policies[0];
    if (!p) return "";
    let elapsed = 0;
    const rows = p.rules.map((r, i) => {
      const who = r.targets.map(
        (t) => t.schedule !== void 0 ? `${policy.rotations?.schedules.find((s) => s.id === t.schedule)?.name ?? t.schedule}` : name(policy, t.person)
      ).join(", ");
      const when = i === 0 ? "First responder" : `${elapsed} min no response`;
      elapsed += r.escalation_delay_minutes;
      return [i + 1, who, when];
    });
    return table(["Level", "Contact", "When"], rows) + `
After the last level the policy starts again, ${p.num_loops ?? 0} more time(s).
`;
  },
  contacts(policy) {
    return table(
      ["Service", "Contact", "Issue Type"],
      (policy.contacts?.external ?? []).map((e) => [e.name, e.contact, e.issue_type])
    );
  }
};
function renderDoc(text, policy) {
  return text.replace(BLOCK, (whole, open, key, _body, close) => {
    const make = TABLES[key];
    return make ? `${open}
${make(policy)}
${close}` : whole;
  });
}
function staleTables(text, policy) {
  const out = [];
  for (const m of text.matchAll(BLOCK)) {
    const make = TABLES[m[2]];
    if (make && m[3] !== `
${make(policy)}
`) out.push({ key: m[2], offset: m.index });
  }
  return out;
}

// src/rules/rule.ts
function defineRule(rule) {
  return rule;
}
function runRules(policy, rules, context) {
  const findings = [];
  for (const rule of rules) {
    if (!rule.needs.every((k) => policy[k] !== void 0)) continue;
    for (const p of rule.check(policy, context)) {
      const source = policy.sources.get(p.file);
      const span2 = source ? locate(source, p.path, { key: p.key }) : { line: 1, column: 1 };
      findings.push({ ruleId: rule.id, severity: rule.severity, message: p.message, file: p.file, ...span2 });
    }
  }
  return findings;
}
function indexBy(items, key) {
  const index = /* @__PURE__ */ new Map();
  const duplicates2 = [];
  items.forEach((item, i) => {
    const k = key(item);
    if (index.has(k)) duplicates2.push([item, i]);
    else index.set(k, item);
  });
  return { index, duplicates: duplicates2 };
}

// src/rules/swaps.ts
var swapHeld = defineRule({
  id: "swap/not-held",
  severity: "error",
  description: "A swap that has not ended names a period the relieved person holds on that schedule, counting the other swaps.",
  needs: ["rotations"],
  check(p, ctx) {
    const out = [];
    for (const o of ctx.timeline().swaps) {
      if (o.status !== "not-held" || (o.end ?? o.start) <= ctx.now) continue;
      const { relieved } = o.swap.data;
      const parts = o.others.map(
        (h) => h.person === void 0 ? `nobody holds ${isoUtc(h.start)} to ${isoUtc(h.end)}` : `${h.person} holds ${isoUtc(h.start)} to ${isoUtc(h.end)}${h.swap ? ` (by swap ${h.swap})` : ""}`
      );
      out.push({
        file: o.swap.file,
        path: ["relieved"],
        message: `${relieved} does not hold "${o.swap.data.schedule}" for the whole period${o.end !== void 0 ? ` ${isoUtc(o.start)} to ${isoUtc(o.end)}` : ""}: ${parts.join("; ")}. Change the period to one of their shifts (split a swap that crosses a handoff into one per holder), or the relieved person.`
      });
    }
    return out;
  }
});
var swapPeriod = defineRule({
  id: "swap/period",
  severity: "error",
  description: "A swap ends after it starts, on whole minutes, and hands the shift to someone else.",
  needs: [],
  check(p) {
    const out = [];
    for (const s of p.swaps) {
      if (s.data.end !== void 0 && instantMs(s.data.end) <= instantMs(s.data.start))
        out.push({
          file: s.file,
          path: ["end"],
          message: `The swap ends (${s.data.end}) before it starts (${s.data.start}). Set end after start, or omit it to cover the rest of the shift.`
        });
      for (const field of ["start", "end"]) {
        const value = s.data[field];
        if (value !== void 0 && instantMs(value) % 6e4 !== 0)
          out.push({
            file: s.file,
            path: [field],
            message: `${field} ${value} is not on a whole minute; PagerDuty drops seconds, so the override would never match it. Use a time on the minute.`
          });
      }
      if (s.data.relieved === s.data.covering)
        out.push({
          file: s.file,
          path: ["covering"],
          message: `${s.data.covering} would cover their own shift. Name the colleague who covers it.`
        });
    }
    return out;
  }
});
var swapPayback = defineRule({
  id: "swap/payback",
  severity: "error",
  description: "A payback names another swap file that returns the favour (covering and relieved reversed).",
  needs: [],
  check(p) {
    const out = [];
    const byId = new Map(p.swaps.map((s) => [s.id, s]));
    for (const s of p.swaps) {
      const ref = s.data.payback;
      if (ref === void 0) continue;
      const other = byId.get(ref.replace(/\.yaml$/, ""));
      if (!other && p.brokenSwaps.length === 0)
        out.push({
          file: s.file,
          path: ["payback"],
          message: `No swap file oncall/swaps/${ref.replace(/\.yaml$/, "")}.yaml exists. Name the file (without .yaml) of the swap that pays this one back.`
        });
      else if (other && (other.data.relieved !== s.data.covering || other.data.covering !== s.data.relieved))
        out.push({
          file: s.file,
          path: ["payback"],
          message: `Swap ${other.id} relieves ${other.data.relieved} and is covered by ${other.data.covering}; a payback of this swap must relieve ${s.data.covering} and be covered by ${s.data.relieved}.`
        });
    }
    return out;
  }
});
var swapFileName = defineRule({
  id: "swap/file-name",
  severity: "warning",
  description: "A swap file is named <start date, UTC>-<schedule>-<relieved>.yaml, so the folder reads as a log.",
  needs: [],
  check(p) {
    const out = [];
    for (const s of p.swaps) {
      const expected = `${isoUtc(instantMs(s.data.start)).slice(0, 10)}-${s.data.schedule}-${s.data.relieved}`;
      if (s.id !== expected && !s.id.startsWith(`${expected}-`))
        out.push({
          file: s.file,
          path: [],
          message: `Name this file ${expected}.yaml (a suffix such as -2 may follow), after its start date, schedule and relieved person.`
        });
    }
    return out;
  }
});
var SWAP_AHEAD_WEEKS = 104;
var swapTooFarAhead = defineRule({
  id: "swap/too-far-ahead",
  severity: "error",
  description: `A swap starts at most ${SWAP_AHEAD_WEEKS} weeks (two years) ahead: the rotation will have changed before then, and checking it would mean computing every shift until it.`,
  needs: [],
  check(p, ctx) {
    const limit = ctx.now + SWAP_AHEAD_WEEKS * WEEK_MS;
    return p.swaps.filter((s) => instantMs(s.data.start) > limit).map((s) => ({
      file: s.file,
      path: ["start"],
      message: `The swap starts ${s.data.start}, more than two years ahead (after ${isoUtc(limit)}). Swap shifts in the rota you can see; check the date.`
    }));
  }
});

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
  return {
    start: midnight(first, tz),
    end: midnight(next, tz),
    label: `${first.toString()} to ${next.subtract({ days: 1 }).toString()}`
  };
}
function holidaysOf(compensation2, team, person) {
  const id = team?.people.find((p) => p.id === person)?.holiday_calendar;
  return (id !== void 0 ? compensation2.holiday_calendars?.[id] : void 0) ?? compensation2.holidays;
}
var calendarDays = /* @__PURE__ */ new WeakMap();
function daysOf(holidays) {
  let days = calendarDays.get(holidays);
  if (!days) {
    days = normalize(
      holidays.dates.map((h) => {
        const day = Temporal.PlainDate.from(h.date);
        return { start: midnight(day, holidays.time_zone), end: midnight(day.add({ days: 1 }), holidays.time_zone) };
      })
    );
    calendarDays.set(holidays, days);
  }
  return days;
}
function holidayIntervals(holidays, window) {
  const days = daysOf(holidays);
  const out = [];
  for (let i = firstEndingAfter(days, window.start); i < days.length && days[i].start < window.end; i++)
    out.push({ ...days[i] });
  return out;
}
function holidayHours(span2, holidays) {
  return hoursIn(span2, daysOf(holidays));
}
function classifySwap(swap, period, all, periods, compensation2, team) {
  const total = (period.end - period.start) / HOUR_MS;
  const holiday = holidayHours(period, holidaysOf(compensation2, team, swap.data.covering));
  const payPeriod = payPeriodOf(period.start, compensation2.pay_periods);
  const within = (i) => i.start >= payPeriod.start && i.end <= payPeriod.end;
  const partner = all.find(
    (other) => other !== swap && (swap.data.payback === other.id || other.data.payback === swap.id) && other.data.relieved === swap.data.covering && other.data.covering === swap.data.relieved
  );
  const partnerPeriod = partner ? periods.get(partner.id) : void 0;
  const traded = partner !== void 0 && partnerPeriod !== void 0 && within(period) && within(partnerPeriod);
  const rest = total - holiday;
  const hours2 = { time_trade: traded ? rest : 0, overtime: traded ? 0 : rest, holiday };
  const reason = traded ? `paid back by swap ${partner.id} in the same pay period (${payPeriod.label}): a time trade` : partner ? `the payback ${partner.id} falls outside this pay period (${payPeriod.label}): overtime` : `no payback swap in the pay period ${payPeriod.label}: overtime`;
  return {
    hours: hours2,
    payPeriod,
    ...traded ? { payback: partner.id } : {},
    reason: holiday > 0 ? `${reason}; ${round(holiday)} h fall on a holiday` : reason
  };
}
function round(hours2) {
  return Math.round(hours2 * 100) / 100;
}

// src/schedule/time-off.ts
var DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
function instantOf(when, timeZone, bound) {
  if (!DATE_ONLY.test(when)) return zoned(when, timeZone).epochMilliseconds;
  const day = Temporal.PlainDate.from(when, { overflow: "reject" });
  return (bound === "end" ? day.add({ days: 1 }) : day).toZonedDateTime({ timeZone }).epochMilliseconds;
}
function absencesOf(policy) {
  const zones = new Map((policy.team?.people ?? []).map((p) => [p.id, p.time_zone]));
  const absences = [];
  const problems = [];
  for (const entry of policy.timeOff ?? []) {
    const timeZone = zones.get(entry.person);
    if (timeZone === void 0) {
      if (policy.team)
        problems.push({
          file: entry.file,
          path: [],
          message: `${entry.file} is named after "${entry.person}", who is not in team.yaml. Name the file after the person's id.`
        });
      continue;
    }
    entry.data.periods.forEach((period, index) => {
      const bounds = {};
      for (const bound of ["start", "end"])
        try {
          bounds[bound] = instantOf(period[bound], timeZone, bound);
        } catch {
          problems.push({
            file: entry.file,
            path: ["periods", index, bound],
            message: `"${period[bound]}" is not a real date${DATE_ONLY.test(period[bound]) ? "" : " and time"}. Write YYYY-MM-DD or YYYY-MM-DDTHH:MM.`
          });
        }
      const { start, end } = bounds;
      if (start === void 0 || end === void 0) return;
      if (end <= start) {
        problems.push({
          file: entry.file,
          path: ["periods", index, "end"],
          message: `The period ends (${period.end}) before it starts (${period.start}). A date end is the last day off; a time end is when the person is back.`
        });
        return;
      }
      absences.push({
        start,
        end,
        person: entry.person,
        kind: period.kind,
        ...period.note !== void 0 ? { note: period.note } : {},
        file: entry.file,
        index
      });
    });
  }
  return { absences: absences.sort((a, b) => a.start - b.start), problems };
}
function awayDuring(absences, person, span2) {
  return absences.find((a) => a.person === person && a.start < span2.end && a.end > span2.start);
}

// src/reports/availability.ts
function availabilityIn(policy, window) {
  const zones = new Map((policy.team?.people ?? []).map((p) => [p.id, p.time_zone]));
  const byPerson = /* @__PURE__ */ new Map();
  for (const a of absencesOf(policy).absences)
    for (const span2 of intersect(a, [window])) {
      const spans = byPerson.get(a.person) ?? [];
      spans.push({ kind: a.kind, span: span2 });
      byPerson.set(a.person, spans);
    }
  const out = /* @__PURE__ */ new Map();
  const windowHours = (window.end - window.start) / HOUR_MS;
  for (const [person, spans] of byPerson) {
    const timeZone = zones.get(person);
    const away = normalize(spans.map((s) => s.span));
    const awayHours = away.reduce((h, i) => h + (i.end - i.start) / HOUR_MS, 0);
    const awayByKind = {};
    for (const kind of new Set(spans.map((s) => s.kind)))
      awayByKind[kind] = localDays(normalize(spans.filter((s) => s.kind === kind).map((s) => s.span)), timeZone);
    out.set(person, {
      awayDays: localDays(away, timeZone),
      awayByKind,
      awayHours,
      availableHours: windowHours - awayHours
    });
  }
  return out;
}
function localDays(spans, timeZone) {
  let days = 0;
  for (const span2 of spans) {
    let day = Temporal.Instant.fromEpochMilliseconds(span2.start).toZonedDateTimeISO(timeZone).toPlainDate();
    for (; ; ) {
      const start = day.toZonedDateTime({ timeZone }).epochMilliseconds;
      if (start >= span2.end) break;
      const next = day.add({ days: 1 });
      const end = next.toZonedDateTime({ timeZone }).epochMilliseconds;
      const covered = Math.min(end, span2.end) - Math.max(start, span2.start);
      if (covered > 0) days += covered / (end - start);
      day = next;
    }
  }
  return days;
}

// src/reports/hours.ts
function quarterWindow(quarter) {
  const m = /^(\d{4})Q([1-4])$/.exec(quarter);
  if (!m) return void 0;
  const first = Temporal.PlainDate.from({ year: Number(m[1]), month: (Number(m[2]) - 1) * 3 + 1, day: 1 });
  const at2 = (d) => d.toZonedDateTime({ timeZone: "Etc/UTC" }).epochMilliseconds;
  return { start: at2(first), end: at2(first.add({ months: 3 })) };
}
function hourKinds(policy, window) {
  const coverage = policy.coverage;
  const compensation2 = policy.compensation;
  const tz = coverage?.time_zone ?? "Etc/UTC";
  const business = normalize(
    coverage ? restrictionWindows(
      [
        {
          days: coverage.business_hours.days,
          start: coverage.business_hours.start,
          end: coverage.business_hours.end
        }
      ],
      tz,
      window
    ) : []
  );
  const weekend = normalize(
    restrictionWindows([{ days: ["saturday", "sunday"], start: "00:00", end: "24:00" }], tz, window)
  );
  const minus = (windows, cut) => windows.flatMap((w) => subtract(w, cut));
  const classify = (holidays) => {
    const weekendOnly = minus(weekend, holidays);
    const businessOnly = minus(minus(business, holidays), weekend);
    return (span2) => {
      const total = (span2.end - span2.start) / HOUR_MS;
      const holiday = hoursIn(span2, holidays);
      const weekendHours = hoursIn(span2, weekendOnly);
      const businessHours = hoursIn(span2, businessOnly);
      const afterHours = total - holiday - weekendHours - businessHours;
      return { total, business: businessHours, afterHours, weekend: weekendHours, holiday };
    };
  };
  if (!compensation2) return classify([]);
  const byCalendar = /* @__PURE__ */ new Map();
  const byPerson = /* @__PURE__ */ new Map();
  return (span2, person) => {
    let kinds = byPerson.get(person);
    if (!kinds) {
      const holidays = holidaysOf(compensation2, policy.team, person);
      kinds = byCalendar.get(holidays);
      if (!kinds) byCalendar.set(holidays, kinds = classify(holidayIntervals(holidays, window)));
      byPerson.set(person, kinds);
    }
    return kinds(span2);
  };
}
function weightsOf(policy) {
  const w = policy.compensation?.fairness?.weights;
  return {
    business: w?.business ?? 1,
    afterHours: w?.after_hours ?? 1.5,
    weekend: w?.weekend ?? 2,
    holiday: w?.holiday ?? 3
  };
}
function weightedHours(h, w) {
  return h.business * w.business + h.afterHours * w.afterHours + h.weekend * w.weekend + h.holiday * w.holiday;
}
function fairness(policy, window, timeline = buildTimeline(policy, window)) {
  const kinds = hourKinds(policy, window);
  const weights = weightsOf(policy);
  const availability = availabilityIn(policy, window);
  const windowHours = (window.end - window.start) / HOUR_MS;
  const rows = /* @__PURE__ */ new Map();
  const row2 = (person) => {
    let r = rows.get(person);
    if (!r) {
      const a = availability.get(person);
      rows.set(
        person,
        r = {
          person,
          total: 0,
          business: 0,
          afterHours: 0,
          weekend: 0,
          holiday: 0,
          shifts: 0,
          swapsGiven: 0,
          swapsTaken: 0,
          deviation: 0,
          weighted: 0,
          awayDays: a?.awayDays ?? 0,
          awayByKind: a?.awayByKind ?? {},
          availableHours: a?.availableHours ?? windowHours,
          vsAvailable: 0
        }
      );
    }
    return r;
  };
  for (const shifts of timeline.schedules.values())
    for (const s of shifts) {
      const span2 = { start: Math.max(s.start, window.start), end: Math.min(s.end, window.end) };
      if (span2.end <= span2.start) continue;
      const r = row2(s.person);
      const k = kinds(span2, s.person);
      r.total += k.total;
      r.holiday += k.holiday;
      r.weekend += k.weekend;
      r.business += k.business;
      r.afterHours += k.afterHours;
      r.shifts += 1;
    }
  for (const o of timeline.swaps)
    if (o.end !== void 0 && o.start < window.end && o.end > window.start) {
      row2(o.swap.data.relieved).swapsGiven += 1;
      row2(o.swap.data.covering).swapsTaken += 1;
    }
  const members = new Set(policy.rotations?.schedules.flatMap((s) => s.layers.flatMap((l) => l.members)) ?? []);
  for (const person of availability.keys()) if (members.has(person)) row2(person);
  const list = [...rows.values()].filter((r) => r.total > 0 || r.swapsGiven > 0 || r.awayDays > 0).sort((a, b) => a.person < b.person ? -1 : 1);
  const sum = (f) => list.reduce((h, r) => h + f(r), 0);
  const mean = sum((r) => r.total) / Math.max(1, list.length);
  const available = sum((r) => r.availableHours);
  const perAvailableHour = available > 0 ? sum((r) => r.total) / available : 0;
  for (const r of list) {
    r.deviation = r.total - mean;
    r.weighted = weightedHours(r, weights);
    r.vsAvailable = r.total - perAvailableHour * r.availableHours;
    for (const k of Object.keys(r.awayByKind)) r.awayByKind[k] = round(r.awayByKind[k]);
    for (const k of [
      "total",
      "business",
      "afterHours",
      "weekend",
      "holiday",
      "deviation",
      "weighted",
      "awayDays",
      "availableHours",
      "vsAvailable"
    ])
      r[k] = round(r[k]);
  }
  return list;
}
function payPeriodWindow(policy, period) {
  const rule = policy.compensation?.pay_periods;
  if (!rule || !/^\d{4}-\d{2}(-\d{2})?$/.test(period)) return void 0;
  const day = Temporal.PlainDate.from(period.length === 7 ? `${period}-01` : period);
  return payPeriodOf(day.toZonedDateTime({ timeZone: rule.time_zone, plainTime: "12:00" }).epochMilliseconds, rule);
}
function compensation(policy, period) {
  if (!policy.compensation) return [];
  const timeline = buildTimeline(policy, period);
  const periods = new Map(
    timeline.swaps.filter((o) => o.end !== void 0).map((o) => [o.swap.id, { start: o.start, end: o.end }])
  );
  const rows = /* @__PURE__ */ new Map();
  for (const o of timeline.swaps) {
    if (o.end === void 0 || o.status !== "applied" || o.start >= period.end || o.end <= period.start) continue;
    const c = classifySwap(
      o.swap,
      { start: o.start, end: o.end },
      policy.swaps,
      periods,
      policy.compensation,
      policy.team
    );
    const r = rows.get(o.swap.data.covering) ?? {
      person: o.swap.data.covering,
      time_trade: 0,
      overtime: 0,
      holiday: 0
    };
    r.time_trade = round(r.time_trade + c.hours.time_trade);
    r.overtime = round(r.overtime + c.hours.overtime);
    r.holiday = round(r.holiday + c.hours.holiday);
    rows.set(r.person, r);
  }
  return [...rows.values()].sort((a, b) => a.person < b.person ? -1 : 1);
}

// src/model/checkout-attributes.ts
var REWRITING = /^-?!?(working-tree-encoding|filter|ident)(=|$)/;
var isAttributesFile = (path) => path === ".gitattributes" || path.endsWith("/.gitattributes");
function checkoutAttributeFindings(files) {
  const out = [];
  for (const file of files.filter((f) => isAttributesFile(f.path))) {
    const lines = new TextDecoder().decode(file.bytes).split(/\r?\n/);
    lines.forEach((line, i) => {
      const fields = line.trim().split(/\s+/);
      if (!fields[0] || fields[0].startsWith("#")) return;
      const hit = fields.slice(1).find((f) => REWRITING.test(f));
      if (!hit) return;
      out.push({
        ruleId: "file/checkout-attributes",
        severity: "error",
        message: `${file.path} sets ${hit.split("=")[0].replace(/^[-!]+/, "")} for "${fields[0]}": checkout would write other bytes than git stores, so what the swap check judged is not what is synced. Remove the attribute.`,
        file: file.path,
        line: i + 1,
        column: line.indexOf(hit) + 1
      });
    });
  }
  return out;
}

// src/model/load.ts
import { posix } from "node:path";
var SCHEMA_COMMENT = /^#\s*yaml-language-server:\s*\$schema=(\S+)\s*$/;
function loadPolicy(files) {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const sources = /* @__PURE__ */ new Map();
  const findings = [];
  const policy = { sources, swaps: [], brokenSwaps: [], timeOff: [] };
  const load = (raw, schema, schemaFile) => {
    const parsed = parseYamlFile(raw.path, raw.bytes);
    sources.set(raw.path, parsed.source);
    for (const f of parsed.findings) findings.push(f);
    if (parsed.data === void 0) return void 0;
    const fileFindings = [
      ...checkSchemaComment(parsed.source, schemaFile),
      ...checkSchema(parsed.source, schema, parsed.data)
    ];
    for (const f of fileFindings) findings.push(f);
    const clean = !parsed.findings.some((f) => f.severity === "error") && !fileFindings.some((f) => f.ruleId.startsWith("schema/"));
    return clean ? parsed.data : void 0;
  };
  for (const spec of KINDS) {
    const raw = byPath.get(spec.file);
    if (!raw) {
      findings.push({
        ruleId: "file/missing",
        severity: "error",
        message: `${spec.file} is missing. Every policy needs it; create it following schemas/${spec.schemaFile}.`,
        file: spec.file,
        line: 1,
        column: 1
      });
      continue;
    }
    const data = load(raw, spec.kind, spec.schemaFile);
    if (data !== void 0) assign(policy, spec.kind, data);
  }
  const known = new Set(KINDS.map((k) => k.file));
  for (const raw of [...files].sort((a, b) => a.path < b.path ? -1 : 1)) {
    const dir = posix.dirname(raw.path);
    if (posix.basename(raw.path).startsWith(".")) continue;
    if (dir === SWAPS.dir && raw.path.endsWith(".yaml")) {
      const data = load(raw, SWAPS.kind, SWAPS.schemaFile);
      if (data === void 0) policy.brokenSwaps.push(raw.path);
      else policy.swaps.push({ id: posix.basename(raw.path, ".yaml"), file: raw.path, data });
    } else if (dir === TIME_OFF.dir && raw.path.endsWith(".yaml")) {
      const data = load(raw, TIME_OFF.kind, TIME_OFF.schemaFile);
      if (data !== void 0)
        policy.timeOff.push({ person: posix.basename(raw.path, ".yaml"), file: raw.path, data });
    } else if (!known.has(raw.path) && (dir === POLICY_DIR || dir === SWAPS.dir || dir === TIME_OFF.dir)) {
      findings.push({
        ruleId: "file/unknown",
        severity: "warning",
        message: dir === SWAPS.dir || dir === TIME_OFF.dir ? `${raw.path} is not a ${dir === SWAPS.dir ? "swap" : "time-off"} file (those end in .yaml); it is ignored. Rename or remove it.` : `${raw.path} is not a policy file this tool knows (${KINDS.map((k) => posix.basename(k.file)).join(", ")}); it is ignored. Rename or remove it.`,
        file: raw.path,
        line: 1,
        column: 1
      });
    }
  }
  return { policy, findings };
}
function assign(policy, kind, data) {
  policy[kind] = data;
}
function checkSchemaComment(source, schemaFile) {
  const expected = posix.relative(posix.dirname(source.path), `schemas/${schemaFile}`);
  const firstLine = source.text.split(/\r?\n/, 1)[0] ?? "";
  const match = SCHEMA_COMMENT.exec(firstLine);
  const fix = `Make line 1 read: # yaml-language-server: $schema=${expected}`;
  if (!match) {
    return [
      {
        ruleId: "file/schema-comment",
        severity: "error",
        message: `Line 1 does not name the file's schema, so editors cannot check it. ${fix}`,
        file: source.path,
        line: 1,
        column: 1
      }
    ];
  }
  if (match[1] !== expected) {
    return [
      {
        ruleId: "file/schema-comment",
        severity: "error",
        message: `Line 1 names the schema ${match[1]}, but this file is checked against ${expected}. ${fix}`,
        file: source.path,
        line: 1,
        column: firstLine.indexOf("$schema=") + 9
      }
    ];
  }
  return [];
}

// src/rules/calendar.ts
var layerEndsAfterStart = defineRule({
  id: "rotation/end-after-start",
  severity: "error",
  description: "A layer that ends does so after it starts.",
  needs: ["rotations"],
  check(p) {
    const out = [];
    p.rotations.schedules.forEach(
      (s, si) => s.layers.forEach((l, li) => {
        if (l.end !== void 0 && Temporal.PlainDateTime.compare(parseLocalDateTime(l.end), parseLocalDateTime(l.start)) <= 0)
          out.push({
            file: fileOf("rotations"),
            path: ["schedules", si, "layers", li, "end"],
            message: `Layer "${l.id}" of schedule "${s.id}" ends (${l.end}) before it starts (${l.start}). Move end after start or remove it.`
          });
      })
    );
    return out;
  }
});
var businessHoursOrder = defineRule({
  id: "coverage/business-hours-order",
  severity: "error",
  description: "Business hours end after they start on the same day.",
  needs: ["coverage"],
  check(p) {
    const { start, end } = p.coverage.business_hours;
    return clockMinutes(end) > clockMinutes(start) ? [] : [
      {
        file: fileOf("coverage"),
        path: ["business_hours", "end"],
        message: `Business hours end at ${end}, not after they start at ${start}. After hours is derived as "all other times", so business hours must be one daytime window.`
      }
    ];
  }
});
var incidentTargets = defineRule({
  id: "coverage/response-target",
  severity: "error",
  description: "Every severity that opens an incident has a response target in coverage.yaml.",
  needs: ["coverage", "severities"],
  check(p) {
    return p.severities.severities.flatMap(
      (s, i) => s.incident && !p.coverage.response_minutes[s.id] ? [
        {
          file: fileOf("severities"),
          path: ["severities", i, "id"],
          message: `Severity ${s.id} opens an incident but has no response target. Add response_minutes.${s.id} (business_hours and after_hours) to coverage.yaml.`
        }
      ] : []
    );
  }
});
var payPeriodAnchor = defineRule({
  id: "compensation/pay-period-anchor",
  severity: "error",
  description: "Weekly and biweekly pay periods name the date one of them starts.",
  needs: ["compensation"],
  check(p) {
    const pp = p.compensation.pay_periods;
    const anchored = pp.kind === "weekly" || pp.kind === "biweekly";
    if (anchored && pp.anchor === void 0)
      return [
        {
          file: fileOf("compensation"),
          path: ["pay_periods"],
          message: `A ${pp.kind} pay period needs anchor: <a date one period starts>.`
        }
      ];
    if (!anchored && pp.anchor !== void 0)
      return [
        {
          file: fileOf("compensation"),
          path: ["pay_periods", "anchor"],
          key: true,
          message: `A ${pp.kind} pay period follows the calendar; anchor is only for weekly and biweekly periods. Remove it.`
        }
      ];
    return [];
  }
});
var uniqueHolidays = defineRule({
  id: "compensation/duplicate-holiday",
  severity: "warning",
  description: "Each holiday date is listed once in its calendar.",
  needs: ["compensation"],
  check(p) {
    const calendars = [
      [["holidays"], p.compensation.holidays],
      ...Object.entries(p.compensation.holiday_calendars ?? {}).map(([id, c]) => [
        ["holiday_calendars", id],
        c
      ])
    ];
    return calendars.flatMap(
      ([at2, calendar]) => indexBy(calendar.dates, (d) => d.date).duplicates.map(([d, i]) => ({
        file: fileOf("compensation"),
        path: [...at2, "dates", i, "date"],
        message: `${d.date} is listed as a holiday twice${at2.length > 1 ? ` in holiday calendar "${at2[1]}"` : ""}. Remove the repeat.`
      }))
    );
  }
});

// src/rules/contacts.ts
var show = (t) => t.schedule !== void 0 ? `schedule ${t.schedule}` : `person ${t.person}`;
var same = (a, b) => a.schedule === b.schedule && a.person === b.person;
var pathMatchesPolicy = defineRule({
  id: "contacts/path-matches-policy",
  severity: "error",
  description: "The escalation path in contacts.yaml lists, level by level, the targets of its escalation policy.",
  needs: ["contacts", "escalation"],
  check(p) {
    const path = p.contacts.escalation_path;
    const policy = p.escalation.policies.find((x) => x.id === path.policy);
    if (!policy) return [];
    const file = fileOf("contacts");
    const out = [];
    const levels = [...path.levels].sort((a, b) => a.level - b.level);
    levels.forEach((level, n) => {
      const index = path.levels.indexOf(level);
      if (level.level !== n + 1) {
        out.push({
          file,
          path: ["escalation_path", "levels", index, "level"],
          message: `Levels must be numbered 1, 2, 3\u2026 without gaps; expected ${n + 1} here, found ${level.level}.`
        });
        return;
      }
      const rule = policy.rules[n];
      if (!rule) {
        out.push({
          file,
          path: ["escalation_path", "levels", index],
          message: `Level ${level.level} has no matching rule: policy "${policy.id}" has only ${policy.rules.length} rules. Remove the level or add a rule to escalation.yaml.`
        });
      } else if (!rule.targets.some((t) => same(t, level.contact))) {
        out.push({
          file,
          path: ["escalation_path", "levels", index, "contact"],
          message: `Level ${level.level} names ${show(level.contact)}, but rule ${n + 1} of policy "${policy.id}" pages ${rule.targets.map(show).join(", ")}. Make the two agree.`
        });
      }
    });
    if (levels.length < policy.rules.length)
      out.push({
        file,
        path: ["escalation_path", "levels"],
        key: true,
        message: `The path lists ${levels.length} levels but policy "${policy.id}" has ${policy.rules.length} rules. Add the missing levels.`
      });
    return out;
  }
});

// src/rules/escalation.ts
var minimumDelay = defineRule({
  id: "escalation/minimum-delay",
  severity: "error",
  description: "Every escalation rule waits at least 1 minute before the next (PagerDuty rejects less).",
  needs: ["escalation"],
  check(p) {
    const out = [];
    p.escalation.policies.forEach(
      (pol, pi) => pol.rules.forEach((r, ri) => {
        if (r.escalation_delay_minutes < 1)
          out.push({
            file: fileOf("escalation"),
            path: ["policies", pi, "rules", ri, "escalation_delay_minutes"],
            message: `Rule ${ri + 1} of policy "${pol.id}" escalates after ${r.escalation_delay_minutes} minutes; PagerDuty needs at least 1. Set escalation_delay_minutes to 1 or more.`
          });
      })
    );
    return out;
  }
});
var firstDelayWithinTarget = defineRule({
  id: "escalation/first-delay-within-target",
  severity: "error",
  description: "The first rule of a policy escalates no later than the strictest response target of the severities its services carry, so a missed page reaches the next person in time.",
  needs: ["escalation", "services", "coverage"],
  check(p) {
    const out = [];
    p.escalation.policies.forEach((pol, pi) => {
      const first = pol.rules[0];
      if (!first) return;
      let strictest;
      for (const service of p.services.services) {
        if (service.escalation_policy !== pol.id) continue;
        for (const severity of Object.keys(service.urgency)) {
          const target = p.coverage.response_minutes[severity];
          if (!target) continue;
          for (const [window, minutes] of [
            ["business hours", target.business_hours],
            ["after hours", target.after_hours]
          ]) {
            if (!strictest || minutes < strictest.minutes)
              strictest = { minutes, severity, window, service: service.id };
          }
        }
      }
      if (strictest && first.escalation_delay_minutes > strictest.minutes)
        out.push({
          file: fileOf("escalation"),
          path: ["policies", pi, "rules", 0, "escalation_delay_minutes"],
          message: `Policy "${pol.id}" waits ${first.escalation_delay_minutes} minutes before escalating, but service "${strictest.service}" carries ${strictest.severity}, which must be acknowledged within ${strictest.minutes} minutes ${strictest.window} (coverage.yaml). Lower the first escalation_delay_minutes to ${strictest.minutes} or less.`
        });
    });
    return out;
  }
});
var policyUsed = defineRule({
  id: "escalation/unused-policy",
  severity: "warning",
  description: "Every escalation policy is used by at least one service.",
  needs: ["escalation", "services"],
  check(p) {
    const used = new Set(p.services.services.map((s) => s.escalation_policy));
    return p.escalation.policies.flatMap(
      (pol, pi) => used.has(pol.id) ? [] : [
        {
          file: fileOf("escalation"),
          path: ["policies", pi, "id"],
          message: `No service in services.yaml uses policy "${pol.id}", so it never pages anyone. Point a service at it or remove it.`
        }
      ]
    );
  }
});
var scheduleUsed = defineRule({
  id: "escalation/unused-schedule",
  severity: "warning",
  description: "Every schedule is paged by some escalation rule.",
  needs: ["escalation", "rotations"],
  check(p) {
    const used = new Set(
      p.escalation.policies.flatMap((pol) => pol.rules.flatMap((r) => r.targets.map((t) => t.schedule)))
    );
    return p.rotations.schedules.flatMap(
      (s, si) => used.has(s.id) ? [] : [
        {
          file: fileOf("rotations"),
          path: ["schedules", si, "id"],
          message: `No escalation rule pages schedule "${s.id}", so whoever holds it is never alerted. Add it to a policy in escalation.yaml or remove it.`
        }
      ]
    );
  }
});

// src/model/pagerduty-ids.ts
function boundObjects(p) {
  const bound = [];
  const add = (pagerdutyId, what, file, path) => {
    if (pagerdutyId) bound.push({ pagerdutyId, what, file, path });
  };
  p.rotations?.schedules.forEach(
    (s, i) => add(s.pagerduty_id, `schedule "${s.id}"`, fileOf("rotations"), ["schedules", i, "pagerduty_id"])
  );
  p.escalation?.policies.forEach(
    (x, i) => add(x.pagerduty_id, `policy "${x.id}"`, fileOf("escalation"), ["policies", i, "pagerduty_id"])
  );
  p.services?.services.forEach(
    (x, i) => add(x.pagerduty_id, `service "${x.id}"`, fileOf("services"), ["services", i, "pagerduty_id"])
  );
  return bound;
}

// src/rules/identity.ts
function duplicates(items, key, file, pathOf, what) {
  const { index, duplicates: dups } = indexBy(items, key);
  return dups.map(([item, i]) => ({
    file,
    path: pathOf(i),
    message: `${what} "${key(item)}" is used twice (first by item ${items.indexOf(index.get(key(item))) + 1}). Give each its own.`
  }));
}
var uniqueIds = defineRule({
  id: "identity/unique-id",
  severity: "error",
  description: "Ids of people, schedules, layers, policies, services, severities and contacts are unique.",
  needs: [],
  check(p) {
    const out = [];
    if (p.team)
      out.push(
        ...duplicates(
          p.team.people,
          (x) => x.id,
          fileOf("team"),
          (i) => ["people", i, "id"],
          "The person id"
        )
      );
    if (p.rotations) {
      const rot = fileOf("rotations");
      out.push(
        ...duplicates(
          p.rotations.schedules,
          (x) => x.id,
          rot,
          (i) => ["schedules", i, "id"],
          "The schedule id"
        )
      );
      p.rotations.schedules.forEach(
        (s, si) => out.push(
          ...duplicates(
            s.layers,
            (x) => x.id,
            rot,
            (i) => ["schedules", si, "layers", i, "id"],
            `In schedule "${s.id}", the layer id`
          )
        )
      );
    }
    if (p.escalation)
      out.push(
        ...duplicates(
          p.escalation.policies,
          (x) => x.id,
          fileOf("escalation"),
          (i) => ["policies", i, "id"],
          "The policy id"
        )
      );
    if (p.services)
      out.push(
        ...duplicates(
          p.services.services,
          (x) => x.id,
          fileOf("services"),
          (i) => ["services", i, "id"],
          "The service id"
        )
      );
    if (p.severities)
      out.push(
        ...duplicates(
          p.severities.severities,
          (x) => x.id,
          fileOf("severities"),
          (i) => ["severities", i, "id"],
          "The severity id"
        )
      );
    if (p.contacts) {
      out.push(
        ...duplicates(
          p.contacts.external,
          (x) => x.id,
          fileOf("contacts"),
          (i) => ["external", i, "id"],
          "The contact id"
        )
      );
      out.push(
        ...duplicates(
          p.contacts.escalation_path.levels,
          (x) => String(x.level),
          fileOf("contacts"),
          (i) => ["escalation_path", "levels", i, "level"],
          "The level"
        )
      );
    }
    return out;
  }
});
var uniqueAccounts = defineRule({
  id: "identity/unique-account",
  severity: "error",
  description: "No two people share a GitHub login or an email (both compared case-insensitively, as GitHub and PagerDuty do).",
  needs: ["team"],
  check(p) {
    const people = p.team.people;
    const team = fileOf("team");
    return [
      ...duplicates(
        people,
        // A login still to be filled in clashes with nobody's.
        (x) => x.github?.toLowerCase() ?? `\0${x.id}`,
        team,
        (i) => ["people", i, "github"],
        "The GitHub login"
      ),
      ...duplicates(
        people,
        (x) => x.email.toLowerCase(),
        team,
        (i) => ["people", i, "email"],
        "The email"
      )
    ];
  }
});
var uniquePagerDutyIds = defineRule({
  id: "identity/unique-pagerduty-id",
  severity: "error",
  description: "A pagerduty_id binds one schedule, policy or service: two would have the sync write both into one object.",
  needs: [],
  check(p) {
    const bound = boundObjects(p);
    const first = /* @__PURE__ */ new Map();
    const out = [];
    for (const b of bound) {
      const earlier = first.get(b.pagerdutyId);
      if (earlier)
        out.push({
          file: b.file,
          path: b.path,
          message: `pagerduty_id ${b.pagerdutyId} of ${b.what} already binds ${earlier}. Each PagerDuty object is one policy object: correct one of the ids.`
        });
      else first.set(b.pagerdutyId, b.what);
    }
    return out;
  }
});

// src/rules/references.ts
function unknown(kind, id, known, definedIn, file, path, key = false) {
  const guess = closest(id, [...known]);
  return {
    file,
    path,
    key,
    message: `Unknown ${kind} "${id}": no ${kind} has that id in ${definedIn}.` + (guess ? ` Did you mean "${guess}"?` : ` Add it there or use one of its ids.`)
  };
}
var knownPeople = defineRule({
  id: "reference/unknown-person",
  severity: "error",
  description: "Managers, layer members, person targets and the people of swaps are people in team.yaml.",
  needs: ["team"],
  check(p) {
    const ids = new Set(p.team.people.map((x) => x.id));
    const team = fileOf("team");
    const out = [];
    const check = (id, file, path) => {
      if (!ids.has(id)) out.push(unknown("person", id, ids, team, file, path));
    };
    p.team.people.forEach((x, i) => x.manager !== void 0 && check(x.manager, team, ["people", i, "manager"]));
    p.rotations?.schedules.forEach(
      (s, si) => s.layers.forEach(
        (l, li) => l.members.forEach((m, mi) => check(m, fileOf("rotations"), ["schedules", si, "layers", li, "members", mi]))
      )
    );
    p.escalation?.policies.forEach(
      (pol, pi) => pol.rules.forEach(
        (r, ri) => r.targets.forEach(
          (t, ti) => t.person !== void 0 && check(t.person, fileOf("escalation"), ["policies", pi, "rules", ri, "targets", ti, "person"])
        )
      )
    );
    p.contacts?.escalation_path.levels.forEach(
      (l, li) => l.contact.person !== void 0 && check(l.contact.person, fileOf("contacts"), ["escalation_path", "levels", li, "contact", "person"])
    );
    for (const s of p.swaps) {
      check(s.data.relieved, s.file, ["relieved"]);
      check(s.data.covering, s.file, ["covering"]);
    }
    return out;
  }
});
var knownSchedules = defineRule({
  id: "reference/unknown-schedule",
  severity: "error",
  description: "Schedules paged by escalation rules, listed as contacts or swapped exist in rotations.yaml.",
  needs: ["rotations"],
  check(p) {
    const ids = new Set(p.rotations.schedules.map((s) => s.id));
    const out = [];
    const check = (t, file, path) => {
      if (t.schedule !== void 0 && !ids.has(t.schedule))
        out.push(unknown("schedule", t.schedule, ids, fileOf("rotations"), file, [...path, "schedule"]));
    };
    p.escalation?.policies.forEach(
      (pol, pi) => pol.rules.forEach(
        (r, ri) => r.targets.forEach((t, ti) => check(t, fileOf("escalation"), ["policies", pi, "rules", ri, "targets", ti]))
      )
    );
    p.contacts?.escalation_path.levels.forEach(
      (l, li) => check(l.contact, fileOf("contacts"), ["escalation_path", "levels", li, "contact"])
    );
    for (const s of p.swaps) check({ schedule: s.data.schedule }, s.file, []);
    return out;
  }
});
var knownPolicies = defineRule({
  id: "reference/unknown-policy",
  severity: "error",
  description: "Every service, and the contacts escalation path, names an escalation policy that exists.",
  needs: ["escalation"],
  check(p) {
    const ids = new Set(p.escalation.policies.map((x) => x.id));
    const out = [];
    p.services?.services.forEach((s, i) => {
      if (!ids.has(s.escalation_policy))
        out.push(
          unknown("escalation policy", s.escalation_policy, ids, fileOf("escalation"), fileOf("services"), [
            "services",
            i,
            "escalation_policy"
          ])
        );
    });
    const path = p.contacts?.escalation_path;
    if (path && !ids.has(path.policy))
      out.push(
        unknown("escalation policy", path.policy, ids, fileOf("escalation"), fileOf("contacts"), [
          "escalation_path",
          "policy"
        ])
      );
    return out;
  }
});
var knownSeverities = defineRule({
  id: "reference/unknown-severity",
  severity: "error",
  description: "Severities in service urgencies and response targets exist in severities.yaml.",
  needs: ["severities"],
  check(p) {
    const ids = new Set(p.severities.severities.map((x) => x.id));
    const out = [];
    p.services?.services.forEach((s, i) => {
      for (const sev of Object.keys(s.urgency))
        if (!ids.has(sev))
          out.push(
            unknown(
              "severity",
              sev,
              ids,
              fileOf("severities"),
              fileOf("services"),
              ["services", i, "urgency", sev],
              true
            )
          );
    });
    for (const sev of Object.keys(p.coverage?.response_minutes ?? {}))
      if (!ids.has(sev))
        out.push(
          unknown("severity", sev, ids, fileOf("severities"), fileOf("coverage"), ["response_minutes", sev], true)
        );
    return out;
  }
});
var knownHolidayCalendars = defineRule({
  id: "reference/unknown-holiday-calendar",
  severity: "error",
  description: "A person\u2019s holiday_calendar is one that compensation.yaml defines in holiday_calendars.",
  needs: ["team", "compensation"],
  check(p) {
    const ids = Object.keys(p.compensation.holiday_calendars ?? {});
    const company = p.compensation.holidays.calendar;
    const out = [];
    p.team.people.forEach((person, i) => {
      const id = person.holiday_calendar;
      if (id === void 0 || ids.includes(id)) return;
      const guess = closest(id, ids);
      const known = ids.length ? `its ids are ${ids.map((x) => `"${x}"`).join(", ")}` : "it defines no holiday_calendars";
      out.push({
        file: fileOf("team"),
        path: ["people", i, "holiday_calendar"],
        message: `Unknown holiday calendar "${id}" for ${person.id}: ${fileOf("compensation")} has no holiday_calendars entry with that id (${known}).` + (guess ? ` Did you mean "${guess}"?` : "") + ` Add the calendar there, or remove holiday_calendar so ${person.id} has the company's holidays${company ? ` (${company})` : ""}.`
      });
    });
    return out;
  }
});

// src/model/training.ts
var TRAINING_LABELS = {
  training_session: "on-call training session",
  shadow_shift: "shadow shift",
  runbook_review: "runbook review",
  access_verified: "access verified (PagerDuty, Sentry, servers)",
  alert_test: "alert test to phone",
  incident_drill: "incident response drill"
};
function missingBeforeFirstShift(person) {
  const done = person.training?.before_first_shift ?? {};
  return BEFORE_FIRST_SHIFT_ITEMS.filter((item) => !done[item]);
}

// src/rules/schedule.ts
var MAX_PER_SUBJECT = 3;
function originOf(policy, shift) {
  if (shift.source === "swap") {
    const swap = policy.swaps.find((s) => s.id === shift.swap);
    if (swap) return { file: swap.file, path: ["covering"] };
  }
  const schedules = policy.rotations?.schedules ?? [];
  const si = schedules.findIndex((s) => s.id === shift.schedule);
  const layers = schedules[si]?.layers ?? [];
  const li = layers.findIndex((l) => l.id === shift.layer);
  const mi = layers[li]?.members.indexOf(shift.person) ?? -1;
  return {
    file: fileOf("rotations"),
    path: mi >= 0 ? ["schedules", si, "layers", li, "members", mi] : ["schedules", Math.max(si, 0), "id"]
  };
}
function span(start, end) {
  return `${isoUtc(start)} to ${isoUtc(end)}`;
}
function hours(ms) {
  const h = ms / 36e5;
  return Number.isInteger(h) ? `${h} h` : `${h.toFixed(1)} h`;
}
var coverageGaps = defineRule({
  id: "schedule/coverage-gap",
  severity: "error",
  description: "Every instant from now to the horizon has someone on call on every schedule.",
  needs: ["rotations"],
  check(p, ctx) {
    const out = [];
    const { start, end } = ctx.horizon;
    const timeline = ctx.timeline();
    p.rotations.schedules.forEach((schedule, si) => {
      const gaps = [];
      let cursor = start;
      for (const s of timeline.schedules.get(schedule.id) ?? []) {
        if (s.start >= end) break;
        if (s.start > cursor) gaps.push([cursor, s.start]);
        cursor = Math.max(cursor, s.end);
      }
      if (cursor < end) gaps.push([cursor, end]);
      if (gaps.length === 0) return;
      const shown = gaps.slice(0, MAX_PER_SUBJECT).map(([a, b]) => `${span(a, b)} (${hours(b - a)})`);
      out.push({
        file: fileOf("rotations"),
        path: ["schedules", si, "id"],
        message: `Nobody is on call for schedule "${schedule.id}" from ${shown.join("; ")}` + (gaps.length > MAX_PER_SUBJECT ? `; and ${gaps.length - MAX_PER_SUBJECT} more gaps` : "") + ". Extend or add a layer so that every instant is covered (a layer without end runs forever)."
      });
    });
    return out;
  }
});
var doubleRole = defineRule({
  id: "schedule/double-role",
  severity: "error",
  description: "Nobody holds two schedules that one escalation policy pages (e.g. primary and secondary) at the same time.",
  needs: ["rotations", "escalation"],
  check(p, ctx) {
    const out = [];
    const timeline = ctx.timeline();
    const pairs = /* @__PURE__ */ new Set();
    for (const policy of p.escalation.policies) {
      const ids = [
        ...new Set(
          policy.rules.flatMap((r) => r.targets.map((t) => t.schedule)).filter((x) => x !== void 0)
        )
      ];
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++) pairs.add(`${ids[i]}\0${ids[j]}`);
    }
    const seen = /* @__PURE__ */ new Set();
    for (const pair of pairs) {
      const [a, b] = pair.split("\0");
      const overlaps = overlapsOf(timeline.schedules.get(a) ?? [], timeline.schedules.get(b) ?? [], ctx.horizon.start);
      let reported = 0;
      for (const [x, y, start, end] of overlaps) {
        const origin = y.source === "swap" || x.source !== "swap" ? originOf(p, y) : originOf(p, x);
        const key = `${origin.file}|${origin.path.join(".")}|${x.person}`;
        if (reported >= MAX_PER_SUBJECT || seen.has(key)) continue;
        seen.add(key);
        reported++;
        out.push({
          ...origin,
          message: `${x.person} would hold both "${a}" and "${b}" from ${span(start, end)}, so one page would reach the same person twice. Choose someone else for one of them.`
        });
      }
    }
    return out;
  }
});
function overlapsOf(a, b, from) {
  const out = [];
  let j = 0;
  for (const x of a) {
    if (x.end <= from) continue;
    while (j < b.length && b[j].end <= x.start) j++;
    for (let k = j; k < b.length && b[k].start < x.end; k++) {
      const y = b[k];
      if (y.person !== x.person) continue;
      const start = Math.max(x.start, y.start, from);
      const end = Math.min(x.end, y.end);
      if (end > start) out.push([x, y, start, end]);
    }
  }
  return out;
}
var trainedOnCall = defineRule({
  id: "schedule/untrained",
  severity: "error",
  description: 'Nobody holds a shift before completing every "Before First Shift" training item.',
  needs: ["rotations", "team"],
  check(p, ctx) {
    const out = [];
    const people = new Map(p.team.people.map((x) => [x.id, x]));
    const seen = /* @__PURE__ */ new Set();
    for (const shifts of ctx.timeline().schedules.values())
      for (const s of shifts) {
        if (s.end <= ctx.horizon.start) continue;
        const person = people.get(s.person);
        if (!person || pending(person, "training")) continue;
        const missing = missingBeforeFirstShift(person);
        if (missing.length === 0) continue;
        const origin = originOf(p, s);
        const key = `${origin.file}|${origin.path.join(".")}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          ...origin,
          message: `${s.person} is on call for "${s.schedule}" from ${isoUtc(s.start)} but has not completed: ${missing.map((m) => TRAINING_LABELS[m]).join(", ")}. Record the dates in team.yaml or choose someone trained.`
        });
      }
    return out;
  }
});

// src/rules/seams.ts
var rosterSeam = defineRule({
  id: "rotation/roster-seam",
  severity: "error",
  description: "Where a layer ends and another of the same schedule takes over, the second starts exactly when the first ends.",
  needs: ["rotations"],
  check(p) {
    const out = [];
    p.rotations.schedules.forEach((schedule, si) => {
      const spans = schedule.layers.map(layerSpan);
      schedule.layers.forEach((layer, li) => {
        const ending = spans[li];
        if (!Number.isFinite(ending.end)) return;
        const window = layerTurns(layer).nominalMs;
        let best;
        spans.forEach((s, j) => {
          if (j === li) return;
          const delta = s.start - ending.end;
          if (Math.abs(delta) < window && (!best || Math.abs(delta) < Math.abs(best.delta))) best = { index: j, delta };
        });
        if (!best || best.delta === 0) return;
        const next = schedule.layers[best.index];
        out.push({
          file: fileOf("rotations"),
          path: ["schedules", si, "layers", best.index, "start"],
          message: `Layer "${next.id}" starts ${isoUtc(spans[best.index].start)} but layer "${layer.id}" ends ${isoUtc(ending.end)}: ${best.delta > 0 ? "a gap" : "an overlap"} of ${Math.abs(best.delta) / 36e5} h at the roster change. Make the new layer start when the old one ends.`
        });
      });
    });
    return out;
  }
});
var changeOnHandoff = defineRule({
  id: "rotation/mid-turn-change",
  severity: "warning",
  description: "A layer ends on one of its handoffs, so a roster change does not move whoever is on call in the middle of a turn.",
  needs: ["rotations"],
  check(p) {
    const out = [];
    p.rotations.schedules.forEach(
      (schedule, si) => schedule.layers.forEach((layer, li) => {
        const span2 = layerSpan(layer);
        if (!Number.isFinite(span2.end) || span2.end <= span2.start) return;
        const turns = layerTurns(layer);
        const k = turnIndexAt(turns, span2.start, span2.end);
        const handoff = turns.startOf(k);
        if (handoff === span2.end) return;
        out.push({
          file: fileOf("rotations"),
          path: ["schedules", si, "layers", li, "end"],
          message: `Layer "${layer.id}" ends mid-turn (${isoUtc(span2.end)}); its handoffs around then are ${isoUtc(handoff)} and ${isoUtc(turns.startOf(k + 1))}. End it on a handoff unless cutting the turn short is intended.`
        });
      })
    );
    return out;
  }
});

// src/rules/team.ts
var managerRequired = defineRule({
  id: "team/manager-required",
  severity: "error",
  description: "Every engineer names a manager: swaps notify the managers of both engineers.",
  needs: ["team"],
  check(p) {
    return p.team.people.flatMap(
      (x, i) => x.role === "engineer" && x.manager === void 0 && !pending(x, "manager") ? [
        {
          file: fileOf("team"),
          path: ["people", i],
          message: `Engineer "${x.id}" has no manager; swap requests must notify one. Add manager: <person id>.`
        }
      ] : []
    );
  }
});
var managerChain = defineRule({
  id: "team/manager-cycle",
  severity: "error",
  description: "Following managers upward always ends; nobody manages themselves, directly or in a loop.",
  needs: ["team"],
  check(p) {
    const managerOf = new Map(p.team.people.map((x) => [x.id, x.manager]));
    const out = [];
    p.team.people.forEach((x, i) => {
      const seen = [x.id];
      let next = x.manager;
      while (next !== void 0 && managerOf.has(next)) {
        if (next === x.id) {
          out.push({
            file: fileOf("team"),
            path: ["people", i, "manager"],
            message: `Managers loop back to "${x.id}" (${[...seen, next].join(" \u2192 ")}). Someone at the top must have no manager.`
          });
          break;
        }
        if (seen.includes(next)) break;
        seen.push(next);
        next = managerOf.get(next);
      }
    });
    return out;
  }
});
var STILL_TO_FILL = {
  github: (x) => `"${x.id}" has no GitHub login yet (todo): add github: <login> (and github_id), which swap approvals, review requests and issues use.`,
  manager: (x) => `"${x.id}" has no manager yet (todo): add manager: <person id>; swaps notify the manager.`,
  training: (x) => `"${x.id}"'s training record is still to be filled in (todo): record the "Before First Shift" and quarterly dates under training; until then being on call untrained is not reported.`
};
var FILLED = {
  github: (x) => x.github !== void 0,
  manager: (x) => x.manager !== void 0,
  training: (x) => x.training !== void 0
};
var todoPending = defineRule({
  id: "team/todo",
  severity: "warning",
  description: "A person whose record lists what is still to be filled in (todo: github, manager, training) is reminded of each item; until none is left they cannot consent to a swap.",
  needs: ["team"],
  check(p) {
    return p.team.people.flatMap(
      (x, i) => (x.todo ?? []).map((field, j) => ({
        file: fileOf("team"),
        path: ["people", i, "todo", j],
        message: FILLED[field](x) ? `"${x.id}" has ${field} filled in but todo still lists it: remove "${field}" from todo.` : `${STILL_TO_FILL[field](x)} Then remove "${field}" from todo; until todo is gone, ${x.id} cannot consent to a swap.`
      }))
    );
  }
});

// src/rules/time-off.ts
var KIND_WORDS = { leave: "leave", "public-holiday": "a public holiday", training: "training", other: "time off" };
var timeOffPeriods = defineRule({
  id: "time-off/period",
  severity: "error",
  description: "Each time-off file is named after a person in team.yaml, and each period is real and ends after it starts.",
  needs: ["team"],
  check: (p) => absencesOf(p).problems
});
var onLeave = defineRule({
  id: "schedule/on-leave",
  severity: "error",
  description: "Nobody is on call, after swaps, during their declared time off (from now to the horizon).",
  needs: ["team", "rotations"],
  check(p, ctx) {
    const { absences } = absencesOf(p);
    if (absences.length === 0) return [];
    const byPerson = /* @__PURE__ */ new Map();
    for (const shifts of ctx.timeline().schedules.values())
      for (const s of shifts) byPerson.set(s.person, [...byPerson.get(s.person) ?? [], s]);
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    for (const a of absences) {
      const from = Math.max(a.start, ctx.horizon.start);
      const until = Math.min(a.end, ctx.horizon.end);
      if (from >= until) continue;
      for (const s of byPerson.get(a.person) ?? []) {
        const start = Math.max(s.start, from);
        const end = Math.min(s.end, until);
        if (end <= start) continue;
        const swap = s.source === "swap" ? p.swaps.find((x) => x.id === s.swap) : void 0;
        const at2 = swap ? { file: swap.file, path: ["covering"] } : { file: a.file, path: ["periods", a.index, "start"] };
        const key = `${at2.file}|${a.index}|${s.schedule}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const what = `${a.person} is on call for "${s.schedule}" from ${isoUtc(start)} to ${isoUtc(end)}, during their declared ${KIND_WORDS[a.kind]} (${a.file}, period ${a.index + 1})`;
        out.push({
          ...at2,
          message: swap ? `${what}, because swap ${swap.id} makes them cover it. Choose someone who is not away: npx oncall cover --schedule ${s.schedule} --at ${isoUtc(start)} --until ${isoUtc(end)} --from ${a.person}` : `${what}. Find cover and propose the swap: npx oncall cover --schedule ${s.schedule} --at ${isoUtc(start)} --until ${isoUtc(end)} --from ${a.person}`
        });
      }
    }
    return out;
  }
});

// src/rules/training.ts
var LABEL = {
  runbook_review: "runbook review and update",
  incident_drill: "incident response drill",
  access_audit: "access audit"
};
var quarterlyDuties = defineRule({
  id: "training/quarterly",
  severity: "warning",
  description: "Everyone in a rotation has done each quarterly duty (runbook review, incident drill, access audit) within the last three months.",
  needs: ["team", "rotations"],
  check(p, ctx) {
    const inRotation = new Set(p.rotations.schedules.flatMap((s) => s.layers.flatMap((l) => l.members)));
    const today = Temporal.Instant.fromEpochMilliseconds(ctx.now).toZonedDateTimeISO("Etc/UTC").toPlainDate();
    const cutoff = today.subtract({ months: 3 });
    const out = [];
    p.team.people.forEach((person, i) => {
      if (!inRotation.has(person.id) || pending(person, "training")) return;
      for (const item of QUARTERLY_ITEMS) {
        const done = person.training?.quarterly?.[item];
        if (done && Temporal.PlainDate.compare(Temporal.PlainDate.from(done), cutoff) >= 0) continue;
        out.push({
          file: fileOf("team"),
          path: done ? ["people", i, "training", "quarterly", item] : ["people", i],
          message: done ? `${person.id}'s last ${LABEL[item]} was ${done}, more than a quarter ago (before ${cutoff.toString()}). Do it and record the date.` : `${person.id} has no ${LABEL[item]} on record; the procedures ask for one every quarter. Record training.quarterly.${item}.`
        });
      }
    });
    return out;
  }
});
var quarterLoad = defineRule({
  id: "fairness/quarter-hours",
  severity: "warning",
  description: "Nobody holds more on-call hours in a quarter (this one or the next) than compensation.yaml allows.",
  needs: ["rotations", "compensation"],
  check(p, ctx) {
    const limit = p.compensation.fairness?.max_hours_per_quarter;
    if (!limit) return [];
    const out = [];
    const day = Temporal.Instant.fromEpochMilliseconds(ctx.now).toZonedDateTimeISO("Etc/UTC").toPlainDate();
    for (const offset of [0, 3]) {
      const d = day.add({ months: offset });
      const quarter = `${d.year}Q${Math.floor((d.month - 1) / 3) + 1}`;
      for (const r of fairness(p, quarterWindow(quarter)))
        if (r.total > limit) {
          const i = p.team?.people.findIndex((x) => x.id === r.person) ?? -1;
          out.push({
            file: i >= 0 ? fileOf("team") : fileOf("compensation"),
            path: i >= 0 ? ["people", i, "id"] : ["fairness", "max_hours_per_quarter"],
            message: `${r.person} would hold ${r.total} on-call hours in ${quarter}, above the ${limit} allowed (compensation.yaml). Share the load: change the rotation or the swaps.`
          });
        }
    }
    return out;
  }
});

// src/rules/index.ts
var RULES = [
  uniqueIds,
  uniqueAccounts,
  uniquePagerDutyIds,
  knownPeople,
  knownSchedules,
  knownPolicies,
  knownSeverities,
  knownHolidayCalendars,
  managerRequired,
  managerChain,
  todoPending,
  minimumDelay,
  firstDelayWithinTarget,
  policyUsed,
  scheduleUsed,
  pathMatchesPolicy,
  layerEndsAfterStart,
  businessHoursOrder,
  incidentTargets,
  payPeriodAnchor,
  uniqueHolidays,
  rosterSeam,
  changeOnHandoff,
  swapPeriod,
  swapPayback,
  swapFileName,
  swapHeld,
  swapTooFarAhead,
  coverageGaps,
  doubleRole,
  trainedOnCall,
  timeOffPeriods,
  onLeave,
  quarterlyDuties,
  quarterLoad
];

// src/validate/policy.ts
var DEFAULT_HORIZON_WEEKS = 12;
function checkPolicy(files, options = {}) {
  const { policy, findings } = loadPolicy(files);
  for (const f of runRules(policy, RULES, ruleContext(policy, options))) findings.push(f);
  for (const f of checkGeneratedDoc(files, policy, findings)) findings.push(f);
  for (const f of checkoutAttributeFindings(files)) findings.push(f);
  return { policy, findings };
}
function checkGeneratedDoc(files, policy, findings) {
  const doc = files.find((f) => f.path === DOC_PATH);
  if (!doc || findings.some((f) => f.severity === "error" && f.file.startsWith("oncall/"))) return [];
  const text = new TextDecoder().decode(doc.bytes);
  return staleTables(text, policy).map(({ key, offset }) => ({
    ruleId: "docs/stale",
    severity: "error",
    message: `The "${key}" table of ${DOC_PATH} no longer says what the policy says. Run: npx oncall docs --write`,
    file: DOC_PATH,
    line: text.slice(0, offset).split("\n").length,
    column: 1
  }));
}
function ruleContext(policy, options = {}) {
  const now = options.now ?? Date.now();
  const horizon = { start: now, end: now + (options.horizonWeeks ?? DEFAULT_HORIZON_WEEKS) * WEEK_MS };
  let timeline;
  return {
    now,
    horizon,
    timeline() {
      if (!timeline) {
        let swapsEnd = horizon.end;
        for (const s of policy.swaps) {
          const last = s.data.end !== void 0 ? instantMs(s.data.end) : instantMs(s.data.start) + WEEK_MS;
          swapsEnd = Math.max(swapsEnd, last);
        }
        const end = Math.max(horizon.end, Math.min(swapsEnd, now + SWAP_AHEAD_WEEKS * WEEK_MS + WEEK_MS));
        timeline = buildTimeline(policy, { start: now, end });
      }
      return timeline;
    }
  };
}

export {
  loadPolicy,
  WEEKDAYS,
  QUARTERLY_ITEMS,
  TODO_FIELDS,
  pending,
  turnLength,
  layerTurns,
  layerSpan,
  turnIndexAt,
  rotationShifts,
  swapInstants,
  buildTimeline,
  onCallAt,
  shiftsIn,
  DOC_PATH,
  renderDoc,
  staleTables,
  boundObjects,
  TRAINING_LABELS,
  missingBeforeFirstShift,
  SWAP_AHEAD_WEEKS,
  absencesOf,
  awayDuring,
  payPeriodOf,
  holidaysOf,
  holidayHours,
  classifySwap,
  round,
  quarterWindow,
  hourKinds,
  weightsOf,
  weightedHours,
  fairness,
  payPeriodWindow,
  compensation,
  checkPolicy
};
