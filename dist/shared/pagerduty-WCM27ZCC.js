import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  ApplyError,
  PagerDutyClient,
  PagerDutyError,
  markPublicKeyOf,
  planJson,
  readAccount,
  renderPlanText,
  sealerFor,
  syncPagerDuty
} from "./chunk-LQGRRVDB.js";
import "./chunk-PN6AARRH.js";
import "./chunk-2T45UDW2.js";
import "./chunk-MDJBTUMF.js";
import "./chunk-JDEQIK3C.js";
import "./chunk-R44C577F.js";
import {
  UsageError,
  wantsColor
} from "./chunk-7GEI5QHS.js";
import {
  renderText
} from "./chunk-LBNA22IB.js";
import "./chunk-YI5L3PFJ.js";
import "./chunk-WMNTHIWY.js";
import {
  readPolicyFiles
} from "./chunk-RAOGG5HV.js";
import {
  SWAP_AHEAD_WEEKS,
  TODO_FIELDS,
  WEEKDAYS,
  rotationShifts
} from "./chunk-VQJCRL3W.js";
import {
  WEEK_MS,
  isTimeZone,
  isoUtc,
  zoned
} from "./chunk-PFSLBIJC.js";
import {
  Temporal
} from "./chunk-ETVPNU4B.js";
import "./chunk-BIR7Y55D.js";
import {
  POLICY_DIR,
  require_dist
} from "./chunk-S7N4522P.js";
import {
  __toESM
} from "./chunk-HPB5NIOG.js";

// src/cli/pagerduty.ts
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

// src/pagerduty/import.ts
var import_yaml = __toESM(require_dist(), 1);
var PLACEHOLDER_SEVERITY = "P1";
function slug(name, fallback) {
  const s = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 56).replace(/-+$/, "");
  return s || fallback;
}
var Ids = class {
  taken = /* @__PURE__ */ new Set();
  take(name, fallback) {
    const base = slug(name, fallback);
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
};
function cleanName(name, what, problems) {
  const clean = name.replace(/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]+/gu, " ").trim().slice(0, 100);
  if (clean !== name)
    problems.push(
      `${what}: its name has line breaks, control characters or more than 100 characters; imported as "${clean}", so the next apply renames it.`
    );
  return clean || what;
}
function localIn(ms, zone) {
  const t = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).toPlainDateTime();
  const text = t.toString({ smallestUnit: "second" });
  return text.endsWith(":00") ? text.slice(0, -3) : text;
}
var hhmm = (minutes) => `${String(Math.floor(minutes / 60) % 24).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
function minutesOf(time) {
  const m = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  if (!m || m[3] !== void 0 && m[3] !== "00") return void 0;
  return Number(m[1]) * 60 + Number(m[2]);
}
function importAccount(account, now) {
  const problems = [];
  const personIds = new Ids();
  const personOf = /* @__PURE__ */ new Map();
  const people = [...account.users].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)).map((u) => {
    const id = personIds.take(u.name, `user-${u.id.toLowerCase()}`);
    personOf.set(u.id, id);
    const zone2 = u.time_zone && isTimeZone(u.time_zone) ? u.time_zone : "Etc/UTC";
    if (u.time_zone && zone2 !== u.time_zone)
      problems.push(`User "${u.name}": time zone "${u.time_zone}" is not an IANA zone; imported as Etc/UTC.`);
    return {
      id,
      name: cleanName(u.name, `User ${u.id}`, problems),
      email: u.email,
      time_zone: zone2,
      role: "engineer",
      // PagerDuty holds no GitHub logins, managers or training records: people fill them in.
      todo: [...TODO_FIELDS]
    };
  });
  const scheduleIds = new Ids();
  const scheduleOf = /* @__PURE__ */ new Map();
  const schedules = [];
  let layerCount = 0;
  for (const pd of [...account.schedules].sort((a, b) => a.id.localeCompare(b.id))) {
    const label = `Schedule "${pd.name}" (${pd.id})`;
    if (pd.type === "schedule_v3") {
      problems.push(
        `${label} is a flexible (schedule_v3) schedule, which the policy's layers cannot express; not imported, and what pages it loses that target.`
      );
      continue;
    }
    if (!isTimeZone(pd.time_zone)) {
      problems.push(`${label}: its time zone "${pd.time_zone}" is not an IANA zone name; not imported.`);
      continue;
    }
    const layerIds = new Ids();
    const layers = [...pd.schedule_layers ?? []].reverse().filter((l) => !(l.end && Date.parse(l.end) <= now)).flatMap((l) => {
      const layer = layerOf(l, pd.time_zone, now, `${label}, layer "${l.name ?? l.id}"`, personOf, problems);
      return layer ? [{ ...layer, id: layerIds.take(l.name ?? "", `layer-${l.id.toLowerCase()}`) }] : [];
    });
    if (layers.length === 0) {
      problems.push(
        `${label} has no layer the policy can express that is still in force; a schedule needs one, so it is not imported.`
      );
      continue;
    }
    const id = scheduleIds.take(pd.name, `schedule-${pd.id.toLowerCase()}`);
    scheduleOf.set(pd.id, id);
    layerCount += layers.length;
    const description = ownText(pd.description);
    schedules.push({
      id,
      name: cleanName(pd.name, label, problems),
      pagerduty_id: pd.id,
      ...description ? { description } : {},
      layers
    });
  }
  const swaps = [];
  const swapNames = /* @__PURE__ */ new Set();
  for (const s of schedules) {
    const pd = account.schedules.find((x) => x.id === s.pagerduty_id);
    const taken = [];
    for (const o of [...account.overrides.get(pd.id) ?? []].sort(
      (a, b) => Date.parse(a.start) - Date.parse(b.start)
    )) {
      const start = Date.parse(o.start);
      const end = Date.parse(o.end);
      const label = `Override ${o.id} on schedule "${pd.name}" (${isoUtc(start)} to ${isoUtc(end)})`;
      if (end <= now) continue;
      const covering = personOf.get(o.user.id);
      if (!covering) {
        problems.push(`${label} is for user ${o.user.id}, who is not among the account's users; not imported.`);
        continue;
      }
      const clash = taken.find((t) => t.start < end && start < t.end);
      if (clash) {
        problems.push(
          `${label} overlaps override ${clash.id}; PagerDuty lets the later one win, a swap cannot relieve a swap of part of its period: not imported.`
        );
        continue;
      }
      const pieces = holders(s, start, end);
      if (pieces.some((p) => p.person === void 0)) {
        problems.push(
          `${label} covers time when the layers give nobody; a swap relieves someone, so it is not imported.`
        );
        continue;
      }
      const relieving = pieces.filter((p) => p.person !== covering && p.end > now);
      if (relieving.length < pieces.filter((p) => p.end > now).length)
        problems.push(
          relieving.length ? `${label} also covers its own user's turn; only the parts relieving someone else are imported, so the plan will report it as unexplained.` : `${label} gives the user a turn that is already theirs; it changes nothing and is not imported.`
        );
      if (relieving.length === 0) continue;
      taken.push({ start, end, id: o.id });
      for (const p of relieving) {
        const base = `${isoUtc(p.start).slice(0, 10)}-${s.id}-${p.person}`;
        let name = base;
        for (let n = 2; swapNames.has(name); n++) name = `${base}-${n}`;
        swapNames.add(name);
        swaps.push({
          name,
          data: {
            schedule: s.id,
            start: isoUtc(p.start),
            end: isoUtc(p.end),
            relieved: p.person,
            covering,
            reason: `Imported from PagerDuty override ${o.id}.`
          }
        });
      }
    }
  }
  const policyIds = new Ids();
  const policyOf = /* @__PURE__ */ new Map();
  const policies = [];
  for (const pd of [...account.policies].sort((a, b) => a.id.localeCompare(b.id))) {
    const label = `Escalation policy "${pd.name}" (${pd.id})`;
    const rules = pd.escalation_rules.flatMap((r, i) => {
      const targets = r.targets.flatMap((t) => {
        const schedule = t.type.startsWith("schedule") ? scheduleOf.get(t.id) : void 0;
        const person = t.type.startsWith("user") ? personOf.get(t.id) : void 0;
        if (schedule) return [{ schedule }];
        if (person) return [{ person }];
        problems.push(
          `${label}, rule ${i + 1}: its target ${t.type} ${t.id} is not imported (see above, or a kind the policy has no word for); the rule is imported without it.`
        );
        return [];
      });
      if (targets.length === 0) {
        problems.push(`${label}, rule ${i + 1} has no target the policy can name; the rule is left out.`);
        return [];
      }
      return [{ escalation_delay_minutes: r.escalation_delay_in_minutes, targets }];
    });
    if (rules.length === 0) {
      problems.push(`${label} has no rule the policy can express; not imported.`);
      continue;
    }
    const id = policyIds.take(pd.name, `policy-${pd.id.toLowerCase()}`);
    policyOf.set(pd.id, id);
    const description = ownText(pd.description);
    policies.push({
      id,
      name: cleanName(pd.name, label, problems),
      pagerduty_id: pd.id,
      ...description ? { description } : {},
      num_loops: pd.num_loops ?? 0,
      rules
    });
  }
  const serviceIds = new Ids();
  const services = [];
  let hours;
  for (const pd of [...account.services].sort((a, b) => a.id.localeCompare(b.id))) {
    const label = `Service "${pd.name}" (${pd.id})`;
    const policy = policyOf.get(pd.escalation_policy.id);
    if (!policy) {
      problems.push(`${label} uses escalation policy ${pd.escalation_policy.id}, which is not imported; not imported.`);
      continue;
    }
    const urgency = urgencyOf(pd, label, problems);
    if (urgency === "business-hours") {
      const h = supportHoursOf(pd.support_hours ?? void 0);
      if (!h) problems.push(`${label}: its support hours cannot be read as one daily window in an IANA zone.`);
      else if (!hours) hours = { from: pd.name, ...h };
      else if (hours.key !== h.key)
        problems.push(
          `${label} has support hours other than those of "${hours.from}"; the policy has one set of business hours (coverage.yaml), so the plan will show its support hours as a change.`
        );
    }
    const description = ownText(pd.description);
    services.push({
      id: serviceIds.take(pd.name, `service-${pd.id.toLowerCase()}`),
      name: cleanName(pd.name, label, problems),
      pagerduty_id: pd.id,
      description: description ?? `PagerDuty service "${pd.name}".`,
      escalation_policy: policy,
      urgency: { [PLACEHOLDER_SEVERITY]: urgency }
    });
  }
  const zone = hours?.coverage.time_zone ?? schedules[0]?.layers[0]?.time_zone ?? "Etc/UTC";
  const coverage = {
    ...hours?.coverage ?? {
      time_zone: zone,
      business_hours: { days: ["monday", "tuesday", "wednesday", "thursday", "friday"], start: "09:00", end: "17:00" }
    },
    response_minutes: {}
  };
  const severities = {
    severities: [
      {
        id: PLACEHOLDER_SEVERITY,
        name: "Placeholder: every alert, until severities are written",
        criteria: "To fill in: PagerDuty holds no severities. Write your own and map each service to them.",
        action: "To fill in: what the on-call engineer does.",
        incident: false
      }
    ]
  };
  const compensation = {
    pay_periods: { kind: "monthly", time_zone: zone },
    rate_classes: {
      time_trade: "To fill in: how a swap paid back in the same pay period is compensated.",
      overtime: "To fill in: how hours covered without a payback are paid.",
      holiday: "To fill in: how hours on a holiday are paid."
    },
    holidays: { time_zone: zone, dates: [] }
  };
  const path = pathPolicy(policies, services);
  const contacts = {
    escalation_path: {
      policy: path?.id ?? policies[0]?.id ?? "none",
      levels: (path?.rules ?? []).map((r, i, all) => ({
        level: i + 1,
        contact: r.targets[0],
        when: i === 0 ? "When an alert arrives." : `After ${all.slice(0, i).reduce((n, x) => n + x.escalation_delay_minutes, 0)} minutes without an acknowledgement.`
      }))
    },
    external: []
  };
  if (schedules.length === 0)
    problems.push("The account has no schedule the policy can express; rotations.yaml is empty.");
  if (policies.length === 0) problems.push("The account has no escalation policy the policy can express.");
  if (services.length === 0) problems.push("The account has no service the policy can express.");
  const files = [
    file(
      "team",
      "The roster, imported from PagerDuty: names, emails and zones. PagerDuty holds no GitHub logins, managers or training records: fill each in, then remove it from todo (oncall validate warns until then, and a person with a todo cannot consent to a swap).",
      { people }
    ),
    file(
      "rotations",
      "Schedules imported from PagerDuty. Each keeps its PagerDuty name and id (the sync binds by pagerduty_id); layers are listed top to bottom, the lowest (last) wins. start is the rotation_virtual_start as the local time in the schedule's zone.",
      { schedules }
    ),
    file("escalation", "Escalation policies imported from PagerDuty, with their rules, delays, loops and targets.", {
      policies
    }),
    file(
      "services",
      `Services imported from PagerDuty. PagerDuty has one urgency rule per service, so each carries the placeholder severity ${PLACEHOLDER_SEVERITY} at that urgency (high, low, or business-hours for the support-hours rule); map your own severities here.`,
      { services }
    ),
    file(
      "severities",
      "PLACEHOLDER written by oncall pagerduty import: PagerDuty holds no severities. Replace with your own (and give those that open an incident a response target in coverage.yaml).",
      severities
    ),
    file(
      "coverage",
      hours ? `Business hours are the support hours of PagerDuty service "${hours.from}". Response targets: to fill in per severity.` : "PLACEHOLDER written by oncall pagerduty import: no service uses support hours, so these are a default (Monday to Friday, 09:00-17:00). Response targets: to fill in per severity.",
      coverage
    ),
    file(
      "compensation",
      "PLACEHOLDER written by oncall pagerduty import: PagerDuty holds no pay rules. Monthly pay periods and no holidays until you write yours.",
      compensation
    ),
    file(
      "contacts",
      "The escalation path as people read it, written from the escalation policy most services use. External contacts and channels: to fill in.",
      contacts
    ),
    ...swaps.map((s) => ({
      path: `oncall/swaps/${s.name}.yaml`,
      text: render("../../schemas/swap.schema.json", void 0, s.data)
    }))
  ];
  return {
    files,
    problems,
    counts: {
      people: people.length,
      schedules: schedules.length,
      layers: layerCount,
      swaps: swaps.length,
      policies: policies.length,
      services: services.length
    }
  };
}
function layerOf(l, zone, now, label, personOf, problems) {
  const seconds = l.rotation_turn_length_seconds;
  const turn_length = seconds % 604800 === 0 ? { weeks: seconds / 604800 } : seconds % 86400 === 0 ? { days: seconds / 86400 } : seconds % 3600 === 0 ? { hours: seconds / 3600 } : void 0;
  if (!turn_length || seconds <= 0) {
    problems.push(`${label}: turns of ${seconds} s are not whole hours, days or weeks; not imported.`);
    return void 0;
  }
  const members = l.users.map((u) => personOf.get(u.user.id));
  if (members.some((m) => m === void 0)) {
    problems.push(`${label}: a member is not among the account's users; not imported.`);
    return void 0;
  }
  const anchor = Date.parse(l.rotation_virtual_start);
  const start = localIn(anchor, zone);
  if (zoned(start, zone).epochMilliseconds !== anchor)
    problems.push(
      `${label}: its handoffs start at ${isoUtc(anchor)}, the second ${start} in ${zone} (clocks went back); the policy reads that local time as the first, an hour earlier.`
    );
  if (Date.parse(l.start) > now && Date.parse(l.start) !== anchor)
    problems.push(
      `${label} begins ${isoUtc(Date.parse(l.start))}, after its rotation's anchor ${isoUtc(anchor)}; the policy's layers begin at their first handoff, so it is imported as covering from ${isoUtc(anchor)}.`
    );
  const restrictions = (l.restrictions ?? []).flatMap((r) => {
    const out = restrictionOf(r);
    if (!out)
      problems.push(`${label}: a ${r.type} at ${r.start_time_of_day} has seconds; left out, so the layer covers more.`);
    return out ?? [];
  });
  return {
    name: cleanName(l.name ?? l.id, label, problems),
    time_zone: zone,
    start,
    ...l.end ? { end: localIn(Date.parse(l.end), zone) } : {},
    turn_length,
    members,
    ...restrictions.length ? { restrictions } : {}
  };
}
function restrictionOf(r) {
  const start = minutesOf(r.start_time_of_day);
  if (start === void 0) return void 0;
  const length = Math.round(r.duration_seconds / 60);
  if (r.type !== "weekly_restriction") return [{ start: hhmm(start), end: hhmm(start + Math.min(length, 1440)) }];
  const first = (r.start_day_of_week ?? 1) - 1;
  const out = [];
  for (let k = 0; k * 1440 < length && k < 7; k++) {
    const part = Math.min(1440, length - k * 1440);
    out.push({ days: [WEEKDAYS[(first + k) % 7]], start: hhmm(start), end: hhmm(start + part) });
  }
  return out;
}
function holders(schedule, start, end) {
  const margin = 2 * WEEK_MS + (end - start);
  const shifts = rotationShifts(schedule, { start: start - margin, end: end + margin });
  const out = [];
  const push = (p) => {
    const last = out[out.length - 1];
    if (last && last.person === p.person && last.end === p.start) last.end = p.end;
    else out.push(p);
  };
  let cursor = start;
  for (const s of shifts) {
    if (s.end <= cursor || s.start >= end) continue;
    if (s.start > cursor) push({ start: cursor, end: s.start });
    push({ start: Math.max(s.start, cursor), end: Math.min(s.end, end), person: s.person });
    cursor = Math.min(s.end, end);
  }
  if (cursor < end) push({ start: cursor, end });
  return out;
}
function urgencyOf(s, label, problems) {
  const rule = s.incident_urgency_rule ?? { type: "constant", urgency: "high" };
  if (rule.type === "constant" && (rule.urgency === "high" || rule.urgency === "low")) return rule.urgency;
  if (rule.type === "use_support_hours" && rule.during_support_hours?.urgency === "high" && rule.outside_support_hours?.urgency === "low")
    return "business-hours";
  problems.push(
    `${label}: its urgency rule (${JSON.stringify(rule)}) is not high, low, or high in support hours and low outside them; imported as high (never page at a lower urgency than PagerDuty did), so the plan shows it as a change.`
  );
  return "high";
}
function supportHoursOf(h) {
  if (!h || h.type !== "fixed_time_per_day" || typeof h.time_zone !== "string" || !isTimeZone(h.time_zone))
    return void 0;
  const days = Array.isArray(h.days_of_week) ? h.days_of_week : [];
  const start = typeof h.start_time === "string" ? minutesOf(h.start_time) : void 0;
  const end = typeof h.end_time === "string" ? minutesOf(h.end_time) : void 0;
  if (start === void 0 || end === void 0 || end <= start || days.length === 0) return void 0;
  if (days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) return void 0;
  return {
    key: JSON.stringify([h.time_zone, days, start, end]),
    coverage: {
      time_zone: h.time_zone,
      business_hours: { days: days.map((d) => WEEKDAYS[d - 1]), start: hhmm(start), end: hhmm(end) }
    }
  };
}
function pathPolicy(policies, services) {
  const uses = (p) => services.filter((s) => s.escalation_policy === p.id).length;
  return [...policies].sort((a, b) => uses(b) - uses(a))[0];
}
function ownText(description) {
  if (!description) return void 0;
  const at = description.indexOf("[managed by oncall-as-code");
  const text = (at >= 0 ? description.slice(0, at) : description).replace(/[\p{Cc}\u2028\u2029]+/gu, " ").trim();
  return text || void 0;
}
function file(kind, comment, data) {
  return { path: `oncall/${kind}.yaml`, text: render(`../schemas/${kind}.schema.json`, comment, data) };
}
var FLOW = /* @__PURE__ */ new Set(["members", "turn_length", "todo", "days"]);
function render(schema, comment, data) {
  const doc = new import_yaml.Document(data);
  (0, import_yaml.visit)(doc, {
    Pair(_, pair) {
      if ((0, import_yaml.isScalar)(pair.key) && FLOW.has(String(pair.key.value)) && (0, import_yaml.isCollection)(pair.value)) pair.value.flow = true;
    }
  });
  const head = [`# yaml-language-server: $schema=${schema}`, ...comment ? wrap(comment) : []];
  return `${head.join("\n")}
${doc.toString({ lineWidth: 0 })}`;
}
function wrap(text) {
  const lines = [];
  let line = "#";
  for (const word of text.split(" ")) {
    if (line.length + word.length + 1 > 100 && line !== "#") {
      lines.push(line);
      line = "#";
    }
    line += ` ${word}`;
  }
  lines.push(line);
  return lines;
}

// src/cli/pagerduty.ts
async function runPagerDuty(root, mode, o, io) {
  const token = io.env.PAGERDUTY_TOKEN;
  if (!token) throw new UsageError("set PAGERDUTY_TOKEN to an API key (read-only is enough for plan).");
  const markKey = io.env.PAGERDUTY_MARK_KEY;
  const markPublicKey = io.env.PAGERDUTY_MARK_PUBLIC_KEY || markPublicKeyOf(root);
  try {
    const sealer = sealerFor(markKey, markPublicKey);
    if (mode === "apply" && !sealer.canSign)
      throw new Error("apply marks what it creates and needs the private mark key: set PAGERDUTY_MARK_KEY.");
  } catch (error) {
    throw new UsageError(error.message);
  }
  const baseUrl = io.env.PAGERDUTY_API_URL || "https://api.pagerduty.com";
  const client = new PagerDutyClient({ token, baseUrl, log: (m) => io.stderr(`${m}
`) });
  const files = await readPolicyFiles(root);
  try {
    const result = await syncPagerDuty(client, files, {
      mode,
      now: Date.now(),
      prune: o.prune,
      markKey,
      markPublicKey
    });
    if (result.policyErrors.length) {
      io.stderr(
        `The policy does not validate; nothing was read from or written to PagerDuty.

${renderText(result.policyErrors, { color: wantsColor(io), files: files.length })}`
      );
      return 1;
    }
    const p = result.plan;
    if (o.json)
      io.stdout(
        JSON.stringify(
          { mode, ...planJson(p), applied: result.applied?.done ?? [], requests: client.counts },
          null,
          2
        ) + "\n"
      );
    else {
      io.stdout(renderPlanText(p, baseUrl));
      if (result.applied)
        io.stdout(
          `
Applied: ${result.applied.done.length} write(s).
${result.applied.done.map((d) => `  \u2713 ${d}
`).join("")}`
        );
    }
    return p.errors.length || p.blocked.length ? 1 : 0;
  } catch (error) {
    if (error instanceof ApplyError) {
      io.stderr(
        `oncall: ${error.message}
Done before it: ${error.done.length ? error.done.join("; ") : "nothing"}. Run apply again: it continues from the account as it now is.
`
      );
      return 1;
    }
    if (error instanceof PagerDutyError) {
      io.stderr(`oncall: ${error.message}
`);
      return 1;
    }
    throw error;
  }
}
async function runPagerDutyImport(root, o, io) {
  const token = io.env.PAGERDUTY_TOKEN;
  if (!token) throw new UsageError("set PAGERDUTY_TOKEN to an API key (read-only is enough for import).");
  const dir = join(root, POLICY_DIR);
  const existing = await policyFilesIn(dir);
  if (existing.length && !o.force)
    throw new UsageError(
      `${dir} already holds a policy (${existing.slice(0, 3).join(", ")}${existing.length > 3 ? ", \u2026" : ""}); nothing was read or written. Import into another folder with --root, or pass --force to replace it.`
    );
  const baseUrl = io.env.PAGERDUTY_API_URL || "https://api.pagerduty.com";
  const client = new PagerDutyClient({ token, baseUrl, log: (m) => io.stderr(`${m}
`) });
  const now = Date.now();
  let result;
  try {
    result = importAccount(await readAccount(client, now, now + SWAP_AHEAD_WEEKS * WEEK_MS), now);
  } catch (error) {
    if (error instanceof PagerDutyError) {
      io.stderr(`oncall: ${error.message}
Nothing was written.
`);
      return 1;
    }
    throw error;
  }
  for (const path of existing) await rm(join(root, path));
  for (const f of result.files) {
    await mkdir(dirname(join(root, f.path)), { recursive: true });
    await writeFile(join(root, f.path), f.text);
  }
  const c = result.counts;
  if (o.json) {
    io.stdout(
      `${JSON.stringify({ root, files: result.files.map((f) => f.path), counts: c, problems: result.problems, replaced: existing }, null, 2)}
`
    );
    return 0;
  }
  for (const p of result.problems) io.stderr(`not imported as it is: ${p}
`);
  io.stdout(
    [
      `Imported ${baseUrl} into ${dir}${existing.length ? ` (replacing ${existing.length} file(s))` : ""}:`,
      `  ${c.people} people, ${c.schedules} schedules with ${c.layers} layers, ${c.swaps} swaps from future overrides, ${c.policies} escalation policies, ${c.services} services.`,
      result.problems.length ? `  ${result.problems.length} object(s) could not be imported as they are (listed above on stderr):
${result.problems.map((p) => `    - ${p}`).join("\n")}` : "  Everything was imported as it is.",
      "Next:",
      `  oncall validate --root ${root}         its warnings list what PagerDuty does not hold (todo in team.yaml, placeholders)`,
      `  oncall pagerduty plan --root ${root}   should change nothing but bind (mark) the imported objects`,
      ""
    ].join("\n")
  );
  return 0;
}
async function policyFilesIn(dir) {
  const out = [];
  for (const [sub, prefix] of [
    [dir, POLICY_DIR],
    [join(dir, "swaps"), `${POLICY_DIR}/swaps`]
  ]) {
    let names;
    try {
      names = await readdir(sub);
    } catch {
      continue;
    }
    out.push(...names.filter((n) => n.endsWith(".yaml") || n.endsWith(".yml")).map((n) => `${prefix}/${n}`));
  }
  return out.sort();
}
export {
  runPagerDuty,
  runPagerDutyImport
};
