import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  swapFileName,
  swapFileText
} from "./chunk-K6L23WSI.js";
import {
  fenced
} from "./chunk-PN6AARRH.js";
import {
  validatePolicy
} from "./chunk-HHWMYBGA.js";
import {
  redact
} from "./chunk-MDJBTUMF.js";
import {
  oneLine
} from "./chunk-JDEQIK3C.js";
import {
  SWAP_AHEAD_WEEKS,
  TODO_FIELDS,
  WEEKDAYS,
  buildTimeline,
  rotationShifts,
  swapInstants,
  turnLength
} from "./chunk-5AWG3TPM.js";
import {
  WEEK_MS,
  clockMinutes,
  isTimeZone,
  isoUtc,
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

// src/pagerduty/actual.ts
async function readActual(client, interest, since, until) {
  const users = /* @__PURE__ */ new Map();
  for (const u of await client.list("/users", "users"))
    users.set(u.email.toLowerCase(), u.id);
  return { users, ...await readObjects(client, interest, since, until) };
}
async function readObjects(client, interest, since, until) {
  const schedules = await client.list("/schedules", "schedules", { "include[]": ["schedule_layers"] });
  const overrides = /* @__PURE__ */ new Map();
  const picked = new Set(interest.schedules(schedules));
  for (const s of schedules.filter((x) => picked.has(x.id))) {
    const page = await client.request(
      "GET",
      `/schedules/${s.id}/overrides`,
      {
        query: { since: new Date(since).toISOString(), until: new Date(until).toISOString() }
      }
    );
    overrides.set(s.id, Array.isArray(page) ? page : page?.overrides ?? []);
  }
  const policies = await client.list("/escalation_policies", "escalation_policies");
  const services = await client.list("/services", "services");
  const listed = new Set(schedules.map((x) => x.id));
  const followed = new Set(interest.policies(policies));
  const hidden = new Set(
    policies.filter((p) => followed.has(p.id)).flatMap(
      (p) => p.escalation_rules.flatMap(
        (r) => r.targets.filter((t) => t.type.startsWith("schedule") && !listed.has(t.id)).map((t) => t.id)
      )
    )
  );
  for (const id of hidden) {
    try {
      schedules.push((await client.request("GET", `/schedules/${id}`)).schedule);
    } catch (error) {
      if (error.status !== 404) throw error;
    }
  }
  return { schedules, overrides, policies, services };
}
async function readAccount(client, since, until) {
  const users = await client.list("/users", "users");
  const everything = { schedules: (s) => s.map((x) => x.id), policies: (p) => p.map((x) => x.id) };
  return { users, ...await readObjects(client, everything, since, until) };
}

// src/pagerduty/import.ts
var import_yaml = __toESM(require_dist(), 1);

// src/pagerduty/override-swaps.ts
function overrideRef(o) {
  return /^[A-Z0-9]{1,20}$/.test(o.id) ? `override ${o.id}` : "an override";
}
function overrideLabel(o, schedule) {
  return `Override ${overrideRef(o).replace(/^override /, "")} on schedule "${schedule}" (${isoUtc(Date.parse(o.start))} to ${isoUtc(Date.parse(o.end))})`;
}
function swapsForOverride(schedule, o, covering, now, label) {
  if (Date.parse(o.end) > now + SWAP_AHEAD_WEEKS * WEEK_MS)
    return {
      swaps: [],
      problem: `${label} ends after the ${SWAP_AHEAD_WEEKS}-week bound on swaps; shorten it in PagerDuty, or change the rotation instead.`
    };
  const pieces = holders(schedule, Date.parse(o.start), Date.parse(o.end));
  if (pieces.some((p) => p.person === void 0))
    return {
      swaps: [],
      problem: `${label} covers time when the layers give nobody; a swap relieves someone, so it is not written as a swap.`
    };
  const relieving = pieces.filter((p) => p.person !== covering && p.end > now);
  const swaps = relieving.map((p) => ({
    schedule: schedule.id,
    start: isoUtc(p.start),
    end: isoUtc(p.end),
    relieved: p.person,
    covering
  }));
  if (relieving.length === pieces.filter((p) => p.end > now).length) return { swaps };
  return {
    swaps,
    problem: relieving.length ? `${label} also covers its own user's turn; only the parts relieving someone else are written as swaps, so the plan will report it as unexplained.` : `${label} gives the user a turn that is already theirs; it changes nothing and is not written as a swap.`
  };
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

// src/pagerduty/import.ts
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
      const label = overrideLabel(o, pd.name);
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
      const { swaps: relieving, problem } = swapsForOverride(s, o, covering, now, label);
      if (problem) problems.push(problem);
      if (relieving.length === 0) continue;
      taken.push({ start, end, id: o.id });
      for (const p of relieving) {
        const base = `${p.start.slice(0, 10)}-${s.id}-${p.relieved}`;
        let name = base;
        for (let n = 2; swapNames.has(name); n++) name = `${base}-${n}`;
        swapNames.add(name);
        swaps.push({ name, data: { ...p, reason: `Imported from PagerDuty ${overrideRef(o)}.` } });
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
  const head = [`# yaml-language-server: $schema=${schema}`, ...comment ? wrap(comment) : []];
  return `${head.join("\n")}
${policyYaml(data)}`;
}
function policyYaml(data) {
  const doc = new import_yaml.Document(data);
  (0, import_yaml.visit)(doc, {
    Pair(_, pair) {
      if ((0, import_yaml.isScalar)(pair.key) && FLOW.has(String(pair.key.value)) && (0, import_yaml.isCollection)(pair.value)) pair.value.flow = true;
    }
  });
  return doc.toString({ lineWidth: 0 });
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

// src/pagerduty/client.ts
var PagerDutyError = class extends Error {
  constructor(method, path, status, code, detail) {
    super(
      `PagerDuty ${method} ${path} failed${status ? ` with HTTP ${status}` : ""}${code !== void 0 ? ` (error code ${code})` : ""}: ${detail}`
    );
    this.method = method;
    this.path = path;
    this.status = status;
    this.code = code;
  }
  method;
  path;
  status;
  code;
};
var IDEMPOTENT = /* @__PURE__ */ new Set(["GET", "PUT", "DELETE"]);
var MAX_OFFSET = 1e4;
var PagerDutyClient = class {
  constructor(options) {
    this.options = options;
    this.baseUrl = (options.baseUrl ?? process.env.PAGERDUTY_API_URL ?? "https://api.pagerduty.com").replace(
      /\/+$/,
      ""
    );
  }
  options;
  counts = { reads: 0, writes: 0 };
  baseUrl;
  sent = [];
  async request(method, path, init = {}) {
    const url = `${this.baseUrl}${path}${queryString(init.query)}`;
    const retries = IDEMPOTENT.has(method) ? this.options.retries ?? 4 : 0;
    const base = this.options.retryBaseMs ?? (Number(process.env.ONCALL_HTTP_RETRY_BASE_MS) || 500);
    for (let attempt = 0; ; attempt++) {
      await this.pace();
      if (method === "GET") this.counts.reads++;
      else this.counts.writes++;
      let response;
      try {
        response = await fetch(url, {
          method,
          headers: {
            authorization: `Token token=${this.options.token}`,
            accept: "application/vnd.pagerduty+json;version=2",
            // The description lists Content-Type as required on every operation, GETs included.
            "content-type": "application/json"
          },
          body: init.body !== void 0 ? JSON.stringify(init.body) : void 0,
          signal: AbortSignal.timeout(this.options.timeoutMs ?? (Number(process.env.ONCALL_HTTP_TIMEOUT_MS) || 3e4))
        });
      } catch (error) {
        const reason = error.name === "TimeoutError" ? "timed out" : `network error (${redact(error.message, [this.options.token])})`;
        if (attempt < retries) {
          await this.wait(backoff(base, attempt), `${method} ${path} ${reason}`);
          continue;
        }
        throw new PagerDutyError(method, path, void 0, void 0, reason);
      }
      if (response.status === 429) {
        const reset = Number(response.headers.get("ratelimit-reset"));
        const waitMs = Number.isFinite(reset) && reset > 0 ? reset * 1e3 : this.options.defaultRateLimitWaitMs ?? 5e3;
        await response.body?.cancel();
        if (attempt < Math.max(retries, 4)) {
          await this.wait(waitMs + Math.random() * Math.min(waitMs, 500), `${method} ${path} rate limited`);
          continue;
        }
      } else if (response.status >= 500 && attempt < retries) {
        await response.body?.cancel();
        await this.wait(backoff(base, attempt), `${method} ${path} answered HTTP ${response.status}`);
        continue;
      }
      const text = await response.text();
      if (!response.ok) throw errorOf(method, path, response.status, redact(text, [this.options.token]));
      return text ? JSON.parse(text) : void 0;
    }
  }
  /** Every item of an offset-paginated collection (limit 100, until `more` is false or the 10,000 cap). */
  async list(path, key, query = {}) {
    const out = [];
    for (let offset = 0; offset + 100 <= MAX_OFFSET; offset += 100) {
      const page = await this.request("GET", path, {
        query: { ...query, limit: 100, offset }
      });
      out.push(...page[key] ?? []);
      if (!page.more) return out;
    }
    throw new PagerDutyError("GET", path, void 0, void 0, `more than ${MAX_OFFSET} results; narrow the query`);
  }
  /** Stays under the per-minute budget without slowing small runs: waits only when a minute is full. */
  async pace() {
    const limit = this.options.requestsPerMinute ?? 900;
    const window = this.options.paceWindowMs ?? 6e4;
    const now = Date.now();
    while (this.sent.length && this.sent[0] <= now - window) this.sent.shift();
    if (this.sent.length >= limit) await this.wait(this.sent[0] + window - now, "pacing under the per-minute limit");
    this.sent.push(Date.now());
  }
  async wait(ms, why) {
    this.options.log?.(`${why}; retrying in ${Math.round(ms)} ms`);
    await new Promise((r) => setTimeout(r, ms));
  }
};
function backoff(base, attempt) {
  const ms = base * 2 ** attempt;
  return ms / 2 + Math.random() * (ms / 2);
}
function queryString(query) {
  if (!query) return "";
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === void 0) continue;
    if (Array.isArray(v)) for (const item of v) params.append(k, item);
    else params.append(k, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}
function errorOf(method, path, status, text) {
  try {
    const body = JSON.parse(text);
    const e = body.error;
    if (e)
      return new PagerDutyError(
        method,
        path,
        status,
        e.code,
        [e.message, ...e.errors ?? []].filter(Boolean).join("; ")
      );
  } catch {
  }
  return new PagerDutyError(method, path, status, void 0, text.slice(0, 200) || "no details");
}

// src/pagerduty/binding.ts
import { createPrivateKey, createPublicKey, sign, verify } from "node:crypto";
var MARKER = "[managed by oncall-as-code]";
var SIG = "[A-Za-z0-9_-]{86}";
var SEALS = new RegExp(`\\[managed by oncall-as-code #(${SIG})\\]`, "g");
var LEDGER = / ?overrides: ([^\s#]*(?: #\S*)?)$/;
var SIGNED_LEDGER = new RegExp(`^([A-Z0-9,]*) #(${SIG})$`);
var MarkKeyError = class extends Error {
};
var pem = (text) => text.replace(/\\n/g, "\n").trim();
function sealerFor(privateKey, publicKey) {
  const how = "PAGERDUTY_MARK_KEY (the apply's mark-key input) holds an Ed25519 private key in PEM, made with `openssl genpkey -algorithm ed25519`; PAGERDUTY_MARK_PUBLIC_KEY (mark-public-key) its public key, from `openssl pkey -pubout`";
  let priv;
  let pub;
  try {
    if (privateKey) priv = createPrivateKey(pem(privateKey));
    if (publicKey) pub = createPublicKey(pem(publicKey));
  } catch (error) {
    throw new MarkKeyError(`a mark key does not read as a PEM key (${error.message}). ${how}.`);
  }
  if (priv && priv.asymmetricKeyType !== "ed25519")
    throw new MarkKeyError(`the mark key is not an Ed25519 key. ${how}.`);
  if (!priv && !pub) throw new MarkKeyError(`no mark key: ${how}.`);
  const derived = priv ? createPublicKey(priv) : void 0;
  const spki = (k) => k.export({ type: "spki", format: "der" }).toString("base64");
  if (derived && pub && spki(derived) !== spki(pub))
    throw new MarkKeyError("the mark public key is not the private key's: correct one, or marks would not verify.");
  if (pub && pub.asymmetricKeyType !== "ed25519")
    throw new MarkKeyError(`the mark public key is not an Ed25519 key. ${how}.`);
  return new Sealer(derived ?? pub, priv);
}
var Sealer = class {
  constructor(publicKey, privateKey) {
    this.publicKey = publicKey;
    this.privateKey = privateKey;
  }
  publicKey;
  privateKey;
  get canSign() {
    return this.privateKey !== void 0;
  }
  /** The mark of one object: it names the kind, the policy id and the PagerDuty id it was made for. */
  seal(kind, policyId, objectId) {
    return `[managed by oncall-as-code #${this.signed(`${kind}
${policyId}
${objectId}`)}]`;
  }
  /**
   * A desired description with its marker replaced by the object's own mark. Without the private
   * key (a plan), the mark the object already carries stands in: a signature is deterministic, so
   * it is the one the apply would write; an object without one is unmarked, which the plan says.
   */
  sealed(description, kind, policyId, objectId, current) {
    const at = description.lastIndexOf(MARKER);
    if (at < 0) return description;
    const mark = this.canSign ? this.seal(kind, policyId, objectId) : [...(current ?? "").matchAll(SEALS)].find((m) => this.valid(`${kind}
${policyId}
${objectId}`, m[1]))?.[0];
    return mark ? description.slice(0, at) + mark + description.slice(at + MARKER.length) : description;
  }
  carries(kind, policyId, object) {
    const text = `${kind}
${policyId}
${object.id}`;
    return [...(object.description ?? "").matchAll(SEALS)].some((m) => this.valid(text, m[1]));
  }
  /**
   * The override ids a managed schedule's description records, when the ledger is signed for this
   * schedule; otherwise none, and what it lists is reported: only a hand in PagerDuty writes one.
   */
  ledger(schedule) {
    const raw = LEDGER.exec(schedule.description ?? "")?.[1];
    if (raw === void 0) return { ids: [], forged: [] };
    const m = SIGNED_LEDGER.exec(raw);
    const ids = m?.[1]?.split(",").filter(Boolean) ?? [];
    if (m && this.valid(ledgerText(schedule.id, ids), m[2])) return { ids, forged: [] };
    return {
      ids: [],
      forged: raw.replace(/ #\S*$/, "").split(",").filter(Boolean)
    };
  }
  /** The description with its ledger: the override ids, signed together for this schedule. */
  withLedger(description, scheduleId, ids) {
    const sorted = [...ids].sort();
    const base = withoutLedger(description);
    return sorted.length ? `${base} overrides: ${sorted.join(",")} #${this.signed(ledgerText(scheduleId, sorted))}` : base;
  }
  signed(text) {
    if (!this.privateKey) throw new Error("a mark can only be made with the private mark key (apply).");
    return sign(null, Buffer.from(text), this.privateKey).toString("base64url");
  }
  valid(text, signature) {
    return verify(null, Buffer.from(text), this.publicKey, Buffer.from(signature, "base64url"));
  }
};
var ledgerText = (scheduleId, ids) => `overrides
${scheduleId}
${[...ids].sort().join(",")}`;
function withoutLedger(description) {
  return description.replace(LEDGER, "");
}
function bindObject(sealer, kind, want, candidates, others = []) {
  const label = `${kind.replace("_", " ")} "${want.name}"`;
  const what = kind.replace("_", " ");
  const taken = (object) => kind === "schedule" ? void 0 : candidates.find((c) => c !== object && c.name.toLowerCase() === want.name.toLowerCase());
  const renameBlocked = (object, other) => ({
    kind: "blocked",
    why: `The ${label} is ${object.id} in PagerDuty, now called "${object.name}", and another ${what} (${other.id}) has taken the name "${want.name}": PagerDuty would refuse the rename. Rename or delete ${other.id}.`
  });
  if (want.pagerdutyId) {
    const named = candidates.find((c) => c.id === want.pagerdutyId);
    if (!named)
      return {
        kind: "blocked",
        why: `The ${label} names pagerduty_id ${want.pagerdutyId}, which this account has no ${what} of. Correct the id, or remove it to create one.`
      };
    const owner = others.find((id) => sealer.carries(kind, id, named));
    if (owner)
      return {
        kind: "blocked",
        why: `The ${label} names pagerduty_id ${want.pagerdutyId}, which is marked as the policy's ${what} "${owner}": one PagerDuty object cannot be two. Correct the id.`
      };
    const other = named.name === want.name ? void 0 : taken(named);
    if (other) return renameBlocked(named, other);
    return { kind: "bound", object: named, sealed: sealer.carries(kind, want.id, named) };
  }
  const sealed = candidates.filter((c) => sealer.carries(kind, want.id, c));
  if (sealed.length > 1)
    return {
      kind: "blocked",
      why: `PagerDuty has ${sealed.length} objects marked as the ${label} (${sealed.map((c) => c.id).join(", ")}): delete all but one, or name the one to keep with pagerduty_id.`
    };
  if (sealed.length === 1) {
    const other = sealed[0].name === want.name ? void 0 : taken(sealed[0]);
    if (other) return renameBlocked(sealed[0], other);
    return { kind: "bound", object: sealed[0], sealed: true };
  }
  const clash = candidates.filter((c) => c.name.toLowerCase() === want.name.toLowerCase());
  if (clash.length)
    return {
      kind: "blocked",
      why: `PagerDuty already has a ${kind.replace("_", " ")} named "${want.name}" (${clash.map((c) => c.id).join(", ")}) that this policy did not create; a mark in its description does not make it so. Rename or delete it in PagerDuty, or adopt it by setting pagerduty_id: ${clash[0].id} in the policy.`
    };
  return { kind: "create" };
}

// src/pagerduty/desired.ts
var describe = (text, source) => `${text ? `${text} ` : ""}${MARKER} Edit ${source} in the policy repository, not here.`;
function desiredState(policy, timeline, now) {
  const problems = [];
  const schedules = (policy.rotations?.schedules ?? []).map((s) => {
    const zones = [...new Set(s.layers.map((l) => l.time_zone))];
    if (zones.length > 1)
      problems.push(
        `Schedule "${s.id}" has layers in ${zones.join(" and ")}; a PagerDuty schedule has one time zone. Use one zone for all its layers.`
      );
    const current = s.layers.filter((l) => l.end === void 0 || zoned(l.end, l.time_zone).epochMilliseconds > now);
    return {
      id: s.id,
      name: s.name ?? s.id,
      ...s.pagerduty_id ? { pagerdutyId: s.pagerduty_id } : {},
      description: describe(s.description ?? s.name, `oncall/rotations.yaml (schedule ${s.id})`),
      time_zone: zones[0] ?? "Etc/UTC",
      layers: current.map(layerOf2)
    };
  });
  const minute = 6e4;
  const from = Math.ceil(now / minute) * minute;
  const overrides = [];
  for (const [schedule, shifts] of timeline.schedules)
    for (const s of shifts)
      if (s.source === "swap" && s.end > from)
        overrides.push({
          schedule,
          person: s.person,
          start: Math.max(s.start, from),
          end: s.end,
          from: s.start,
          swap: s.swap
        });
  const policies = (policy.escalation?.policies ?? []).map((p) => ({
    id: p.id,
    ...p.pagerduty_id ? { pagerdutyId: p.pagerduty_id } : {},
    name: p.name,
    description: describe(p.description, `oncall/escalation.yaml (policy ${p.id})`),
    num_loops: p.num_loops ?? 0,
    rules: p.rules.map((r) => ({
      delay: r.escalation_delay_minutes,
      targets: r.targets.map((t) => t.schedule !== void 0 ? { schedule: t.schedule } : { person: t.person })
    }))
  }));
  const services = (policy.services?.services ?? []).map((s) => ({
    id: s.id,
    name: s.name ?? s.id,
    ...s.pagerduty_id ? { pagerdutyId: s.pagerduty_id } : {},
    description: describe(s.description, `oncall/services.yaml (service ${s.id})`),
    policy: s.escalation_policy,
    urgency: urgencyOf2(s)
  }));
  const coverage = policy.coverage;
  const supportHours = coverage && {
    type: "fixed_time_per_day",
    time_zone: coverage.time_zone,
    days_of_week: coverage.business_hours.days.map((d) => WEEKDAYS.indexOf(d) + 1),
    start_time: `${coverage.business_hours.start}:00`,
    end_time: `${coverage.business_hours.end === "24:00" ? "23:59" : coverage.business_hours.end}:00`
  };
  const emails = new Map((policy.team?.people ?? []).map((p) => [p.id, p.email]));
  return { schedules, overrides, policies, services, ...supportHours ? { supportHours } : {}, emails, problems };
}
function layerOf2(l) {
  const { unit, count } = turnLength(l.turn_length);
  return {
    name: l.name ?? l.id,
    id: l.id,
    rotation_virtual_start: isoUtc(zoned(l.start, l.time_zone).epochMilliseconds),
    rotation_turn_length_seconds: count * (unit === "hours" ? 3600 : unit === "days" ? 86400 : 604800),
    end: l.end !== void 0 ? isoUtc(zoned(l.end, l.time_zone).epochMilliseconds) : null,
    members: [...l.members],
    restrictions: (l.restrictions ?? []).flatMap(restrictionsOf)
  };
}
function restrictionsOf(r) {
  const start = clockMinutes(r.start) % 1440;
  const end = clockMinutes(r.end);
  const length = end > clockMinutes(r.start) ? end - clockMinutes(r.start) : end + 1440 - clockMinutes(r.start);
  const time = `${String(Math.floor(start / 60)).padStart(2, "0")}:${String(start % 60).padStart(2, "0")}:00`;
  const shift = clockMinutes(r.start) >= 1440 ? 1 : 0;
  if (!r.days) return [{ type: "daily_restriction", start_time_of_day: time, duration_seconds: length * 60 }];
  return r.days.map((d) => ({
    type: "weekly_restriction",
    start_time_of_day: time,
    duration_seconds: length * 60,
    start_day_of_week: (WEEKDAYS.indexOf(d) + shift) % 7 + 1
  }));
}
function urgencyOf2(s) {
  const values = new Set(Object.values(s.urgency));
  if (values.has("high")) return { type: "constant", urgency: "high" };
  if (values.has("business-hours"))
    return {
      type: "use_support_hours",
      during_support_hours: { type: "constant", urgency: "high" },
      outside_support_hours: { type: "constant", urgency: "low" }
    };
  return { type: "constant", urgency: "low" };
}

// src/pagerduty/plan.ts
var same = (a, b) => a == null ? b == null : b != null && Date.parse(a) === Date.parse(b);
function plan(desired, actual, options) {
  const sealer = options.sealer;
  const errors = [...desired.problems];
  const warnings = [];
  const changes = [];
  const unexplained = [];
  const users = /* @__PURE__ */ new Map();
  for (const [person, email] of desired.emails) {
    const id = actual.users.get(email.toLowerCase());
    if (id) users.set(person, id);
  }
  const needed = /* @__PURE__ */ new Set([
    ...desired.schedules.flatMap((s) => s.layers.flatMap((l) => l.members)),
    ...desired.overrides.map((o) => o.person),
    ...desired.policies.flatMap(
      (p) => p.rules.flatMap((r) => r.targets.flatMap((t) => "person" in t ? [t.person] : []))
    )
  ]);
  for (const person of needed)
    if (!users.has(person))
      errors.push(
        `No PagerDuty user has the email ${desired.emails.get(person) ?? "(none)"} of ${person} (team.yaml). Invite them to PagerDuty or correct the email; nothing is written until every person maps to a user.`
      );
  const blocked = [];
  const block = (why) => blocked.push(why);
  const scheduleIds = /* @__PURE__ */ new Map();
  const creating = /* @__PURE__ */ new Set();
  const ledger = /* @__PURE__ */ new Map();
  const recorded = /* @__PURE__ */ new Map();
  for (const d of desired.schedules) {
    const b = bindObject(
      sealer,
      "schedule",
      { id: d.id, name: d.name, pagerdutyId: d.pagerdutyId },
      actual.schedules,
      desired.schedules.filter((x) => x !== d).map((x) => x.id)
    );
    if (b.kind === "blocked") {
      block(b.why);
      continue;
    }
    if (b.kind === "create") {
      creating.add(d.id);
      changes.push({ kind: "create-schedule", desired: d });
      continue;
    }
    const a = b.object;
    if (a.type === "schedule_v3") {
      block(
        `Schedule "${d.id}" was upgraded to a flexible (schedule_v3) schedule, which the layer API cannot update. Revert the upgrade in PagerDuty or remove the schedule from the policy.`
      );
      continue;
    }
    scheduleIds.set(d.id, a.id);
    const own = sealer.ledger(a);
    recorded.set(d.id, new Set(own.ids));
    if (own.forged.length)
      warnings.push(
        `The description of schedule "${d.id}" lists override(s) ${own.forged.join(", ")} that this tool did not sign (the ledger's signature does not verify): the ledger is ignored, so none of them is deleted, and it is written anew. Someone edited the description in PagerDuty.`
      );
    const sealed = { ...d, description: sealer.sealed(d.description, "schedule", d.id, a.id, a.description) };
    const { details, endLayers, edited } = diffSchedule(sealed, a, users, options.now, b.sealed);
    const asEdited = edited.length ? layersAsEdited(d, edited, users, options.now) : void 0;
    if (details.length)
      changes.push({
        kind: "update-schedule",
        desired: d,
        actual: a,
        details,
        endLayers,
        ...asEdited && { asEdited }
      });
    for (const l of a.schedule_layers ?? []) {
      const want = d.layers.find((x) => findLayer(a.schedule_layers ?? [], x) === l);
      if (want && usersOf(l).join() !== want.members.map((m) => users.get(m)).join() && !l.end)
        warnings.push(
          `Changing the members of layer "${l.name}" of "${d.id}" recomputes the rotation from its start, which can change who is on call right now. To change at a handoff, end the layer there and add a new one.`
        );
    }
  }
  for (const d of desired.schedules) {
    const id = scheduleIds.get(d.id);
    if (!id && !creating.has(d.id)) continue;
    const mine = recorded.get(d.id) ?? /* @__PURE__ */ new Set();
    const existing = id ? actual.overrides.get(id) ?? [] : [];
    const matched = /* @__PURE__ */ new Set();
    const keep = [];
    const wanted = desired.overrides.filter((x) => x.schedule === d.id).sort((a, b) => a.start - b.start);
    const explained = /* @__PURE__ */ new Set();
    const startsOk = (e, o) => Date.parse(e.start) === o.start || o.from < o.start && Date.parse(e.start) <= o.start;
    for (const o of wanted) {
      const hit = existing.find(
        (e) => !matched.has(e) && e.user.id === users.get(o.person) && startsOk(e, o) && Date.parse(e.end) === o.end
      );
      if (hit) {
        matched.add(hit);
        explained.add(o);
        keep.push(hit.id);
      }
    }
    for (const [i, o] of wanted.entries()) {
      if (explained.has(o)) continue;
      const user = users.get(o.person);
      for (const e of existing) {
        if (matched.has(e) || e.user.id !== user || !startsOk(e, o) || Date.parse(e.end) <= o.end) continue;
        const run = [o];
        for (let j = i + 1; j < wanted.length && run[run.length - 1].end < Date.parse(e.end); j++) {
          const next = wanted[j];
          if (explained.has(next) || next.person !== o.person || next.start !== run[run.length - 1].end) break;
          run.push(next);
        }
        if (run[run.length - 1].end !== Date.parse(e.end)) continue;
        matched.add(e);
        keep.push(e.id);
        for (const r of run) explained.add(r);
        break;
      }
    }
    for (const o of wanted) if (!explained.has(o)) changes.push({ kind: "create-override", desired: o });
    for (const e of existing) {
      if (matched.has(e) || Date.parse(e.end) <= options.now) continue;
      const description = `${e.user.id} ${new Date(Date.parse(e.start)).toISOString()} to ${new Date(Date.parse(e.end)).toISOString()}`;
      if (!mine.has(e.id)) unexplained.push({ schedule: d.id, override: e });
      if (mine.has(e.id))
        changes.push({
          kind: "delete-override",
          schedule: d.id,
          scheduleId: id,
          override: e,
          why: "its swap is gone"
        });
      else if (options.prune)
        changes.push({
          kind: "delete-override",
          schedule: d.id,
          scheduleId: id,
          override: e,
          why: "no swap explains it (--prune)"
        });
      else
        warnings.push(
          `Override ${e.id} on "${d.id}" (${description}) is explained by no swap in oncall/swaps/. Adopt it as a swap (oncall pagerduty adopt), remove the override in PagerDuty, or run with --prune to delete it.`
        );
    }
    ledger.set(d.id, keep);
  }
  const policyIds = /* @__PURE__ */ new Map();
  const creatingPolicies = /* @__PURE__ */ new Set();
  const synced = (schedule) => scheduleIds.has(schedule) || creating.has(schedule);
  for (const d of desired.policies) {
    const missing = d.rules.flatMap(
      (r) => r.targets.flatMap((t) => "schedule" in t && !synced(t.schedule) ? [t.schedule] : [])
    );
    if (missing.length) {
      block(
        `Escalation policy "${d.name}" is not synced: it pages schedule "${missing[0]}", which cannot be (see above).`
      );
      continue;
    }
    const others = desired.policies.filter((x) => x !== d).map((x) => x.id);
    const b = bindObject(sealer, "escalation_policy", d, actual.policies, others);
    if (b.kind === "blocked") block(b.why);
    else if (b.kind === "create") {
      creatingPolicies.add(d.id);
      changes.push({ kind: "create-policy", desired: d });
    } else {
      policyIds.set(d.id, b.object.id);
      const sealed = {
        ...d,
        description: sealer.sealed(d.description, "escalation_policy", d.id, b.object.id, b.object.description)
      };
      const details = diffPolicy(sealed, b.object, users, scheduleIds, b.sealed);
      if (details.length) changes.push({ kind: "update-policy", desired: d, actual: b.object, details });
    }
  }
  for (const d of desired.services) {
    if (!policyIds.has(d.policy) && !creatingPolicies.has(d.policy)) {
      block(`Service "${d.id}" is not synced: it uses escalation policy "${d.policy}", which is not (see above).`);
      continue;
    }
    const b = bindObject(
      sealer,
      "service",
      { id: d.id, name: d.name, pagerdutyId: d.pagerdutyId },
      actual.services,
      desired.services.filter((x) => x !== d).map((x) => x.id)
    );
    if (b.kind === "blocked") block(b.why);
    else if (b.kind === "create") changes.push({ kind: "create-service", desired: d });
    else {
      const sealed = {
        ...d,
        description: sealer.sealed(d.description, "service", d.id, b.object.id, b.object.description)
      };
      const details = diffService(sealed, b.object, policyIds, desired.supportHours, b.sealed);
      if (details.length) changes.push({ kind: "update-service", desired: d, actual: b.object, details });
    }
  }
  return { changes, errors, warnings, blocked, unexplained, ledger, users, scheduleIds, policyIds };
}
function findLayer(layers, want) {
  return layers.find((l) => l.name === want.name) ?? layers.find((l) => l.name === want.id);
}
function usersOf(l) {
  return l.users.map((u) => u.user.id);
}
var MARK = "mark (bound to the policy)";
function diffSchedule(d, a, users, now, sealed) {
  const details = [];
  const edited = [];
  if (!sealed) details.push(MARK);
  if (a.name !== d.name) details.push(`name "${a.name}" \u2192 "${d.name}"`);
  if (a.time_zone !== d.time_zone) details.push(`time zone ${a.time_zone} \u2192 ${d.time_zone}`);
  if (sealed && withoutLedger(a.description ?? "").trim() !== d.description) details.push("description");
  for (const want of d.layers) {
    const have = findLayer(a.schedule_layers ?? [], want);
    if (!have) {
      details.push(`+ layer "${want.name}"`);
      continue;
    }
    const diffs = diffLayer(want, have, users, now);
    if (diffs.length) edited.push([want, have]);
    if (have.name !== want.name) diffs.unshift(`name "${have.name ?? ""}" \u2192 "${want.name}"`);
    if (diffs.length) details.push(`~ layer "${want.name}": ${diffs.join("; ")}`);
  }
  const kept = new Set(d.layers.map((x) => findLayer(a.schedule_layers ?? [], x)));
  const endLayers = (a.schedule_layers ?? []).filter(
    (l) => !kept.has(l) && (!l.end || Date.parse(l.end) > now + 2 * 6e4)
  );
  for (const l of endLayers) details.push(`- layer "${l.name ?? l.id}" ended now (layers cannot be deleted)`);
  return { details, endLayers, edited };
}
function layersAsEdited(d, edited, users, now) {
  const personOf = new Map([...users].map(([person, user]) => [user, person]));
  const out = [];
  for (const [want, have] of edited) {
    const problems = [];
    const layer = layerOf(have, d.time_zone, now, `layer "${want.id}"`, personOf, problems);
    if (!layer) out.push(`# layer "${want.id}": PagerDuty's version has a member or turn the policy cannot write`);
    else {
      const { name: _theirs, ...rest } = layer;
      out.push(policyYaml([{ id: want.id, name: want.name, ...rest }]).trimEnd());
    }
  }
  return out.join("\n");
}
function diffLayer(want, have, users, now) {
  const out = [];
  if (!same(have.rotation_virtual_start, want.rotation_virtual_start))
    out.push(`handoffs from ${have.rotation_virtual_start} \u2192 ${want.rotation_virtual_start}`);
  if (have.rotation_turn_length_seconds !== want.rotation_turn_length_seconds)
    out.push(`turn ${have.rotation_turn_length_seconds} s \u2192 ${want.rotation_turn_length_seconds} s`);
  const wantUsers = want.members.map((m) => users.get(m) ?? `?${m}`);
  if (usersOf(have).join() !== wantUsers.join())
    out.push(`members ${usersOf(have).join(", ")} \u2192 ${wantUsers.join(", ")}`);
  if (!same(have.end ?? null, want.end)) out.push(`end ${have.end ?? "none"} \u2192 ${want.end ?? "none"}`);
  const startWanted = Date.parse(want.rotation_virtual_start);
  if (startWanted > now + 6e4 && !same(have.start, want.rotation_virtual_start))
    out.push(`start ${have.start} \u2192 ${want.rotation_virtual_start}`);
  if (weekCoverage(have.restrictions ?? []) !== weekCoverage(want.restrictions)) out.push("restrictions");
  return out;
}
function weekCoverage(restrictions) {
  const WEEK = 7 * 1440;
  const ranges = [];
  for (const r of restrictions) {
    const [h, m, sec] = r.start_time_of_day.split(":").map(Number);
    const at = (h ?? 0) * 60 + (m ?? 0) + (sec ?? 0) / 60;
    const length = r.duration_seconds / 60;
    const days = r.type === "weekly_restriction" ? [(r.start_day_of_week ?? 1) - 1] : [0, 1, 2, 3, 4, 5, 6];
    for (const d of days) {
      const start = d * 1440 + at;
      if (length >= WEEK) ranges.push([0, WEEK]);
      else if (start + length <= WEEK) ranges.push([start, start + length]);
      else ranges.push([start, WEEK], [0, start + length - WEEK]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged.map(([a, b]) => `${a}-${b}`).join(",");
}
function targetsOf(d, users, schedules) {
  return d.targets.map(
    (t) => "schedule" in t ? `schedule_reference:${schedules.get(t.schedule) ?? `new:${t.schedule}`}` : `user_reference:${users.get(t.person) ?? `?${t.person}`}`
  );
}
function diffPolicy(d, a, users, schedules, sealed) {
  const out = [];
  if (!sealed) out.push(MARK);
  if (a.name !== d.name) out.push(`name "${a.name}" \u2192 "${d.name}"`);
  if (sealed && (a.description ?? "") !== d.description) out.push("description");
  if ((a.num_loops ?? 0) !== d.num_loops) out.push(`loops ${a.num_loops ?? 0} \u2192 ${d.num_loops}`);
  const n = Math.max(d.rules.length, a.escalation_rules.length);
  for (let i = 0; i < n; i++) {
    const want = d.rules[i];
    const have = a.escalation_rules[i];
    if (!want) out.push(`- rule ${i + 1}`);
    else if (!have) out.push(`+ rule ${i + 1}`);
    else {
      if (have.escalation_delay_in_minutes !== want.delay)
        out.push(`rule ${i + 1} delay ${have.escalation_delay_in_minutes} \u2192 ${want.delay} min`);
      const haveTargets = have.targets.map((t) => `${t.type.replace(/^(user|schedule)$/, "$1_reference")}:${t.id}`);
      if (haveTargets.join() !== targetsOf(want, users, schedules).join()) out.push(`rule ${i + 1} targets`);
    }
  }
  return out;
}
function diffService(d, a, policies, hours, sealed) {
  const out = [];
  if (!sealed) out.push(MARK);
  if (a.name !== d.name) out.push(`name "${a.name}" \u2192 "${d.name}"`);
  if (sealed && (a.description ?? "") !== d.description) out.push("description");
  if (a.escalation_policy.id !== (policies.get(d.policy) ?? `new:${d.policy}`))
    out.push(`escalation policy \u2192 ${d.policy}`);
  const rule = a.incident_urgency_rule ?? {};
  const urgencyNow = rule.type === "use_support_hours" ? "use_support_hours" : `constant:${String(rule.urgency)}`;
  const urgencyWanted = d.urgency.type === "use_support_hours" ? "use_support_hours" : `constant:${d.urgency.urgency}`;
  if (urgencyNow !== urgencyWanted) out.push(`urgency ${urgencyNow} \u2192 ${urgencyWanted}`);
  if (d.urgency.type === "use_support_hours" && hours && JSON.stringify(pick(a.support_hours ?? {})) !== JSON.stringify(pick(hours)))
    out.push("support hours");
  return out;
}
function pick(h) {
  return [h.type, h.time_zone, h.days_of_week, h.start_time, h.end_time];
}

// src/pagerduty/apply.ts
async function applyPlan(client, p, desired, actual, now, sealer) {
  if (p.errors.length) throw new Error(`the plan has ${p.errors.length} error(s); nothing was written`);
  const done = [];
  const minute = 6e4;
  const nowIso = new Date(Math.ceil(now / minute) * minute).toISOString();
  const scheduleIds = new Map(p.scheduleIds);
  const policyIds = new Map(p.policyIds);
  const ref = (type, id) => ({ id, type: `${type}_reference` });
  const userId = (person) => p.users.get(person);
  const layerBody = (l, id) => ({
    ...id ? { id } : {},
    name: l.name,
    // A start in the past is replaced by "now" anyway; a future one is when the layer begins.
    start: Date.parse(l.rotation_virtual_start) > now ? l.rotation_virtual_start : nowIso,
    end: l.end,
    rotation_virtual_start: l.rotation_virtual_start,
    rotation_turn_length_seconds: l.rotation_turn_length_seconds,
    users: l.members.map((m) => ({ user: ref("user", userId(m)) })),
    restrictions: l.restrictions
  });
  const scheduleBody = (d, existing, ended, ledger2, id) => ({
    schedule: {
      type: "schedule",
      name: d.name,
      time_zone: d.time_zone,
      description: id ? sealer.withLedger(sealer.sealed(d.description, "schedule", d.id, id), id, ledger2) : d.description,
      schedule_layers: [
        ...d.layers.map((l) => layerBody(l, findLayer(existing, l)?.id)),
        ...ended.map((l) => ({
          id: l.id,
          name: l.name,
          start: l.start,
          // PagerDuty wants an end after the start, and a layer created moments ago starts now.
          end: new Date(Math.max(Date.parse(nowIso), Date.parse(l.start) + minute)).toISOString(),
          rotation_virtual_start: l.rotation_virtual_start,
          rotation_turn_length_seconds: l.rotation_turn_length_seconds,
          users: l.users.map((u) => ({ user: ref("user", u.user.id) })),
          restrictions: l.restrictions ?? []
        }))
      ]
    }
  });
  const policyBody = (d, id) => ({
    escalation_policy: {
      type: "escalation_policy",
      name: d.name,
      description: id ? sealer.sealed(d.description, "escalation_policy", d.id, id) : d.description,
      num_loops: d.num_loops,
      escalation_rules: d.rules.map((r) => ({
        escalation_delay_in_minutes: r.delay,
        targets: r.targets.map(
          (t) => "schedule" in t ? ref("schedule", scheduleIds.get(t.schedule)) : ref("user", userId(t.person))
        )
      }))
    }
  });
  const serviceBody = (d, id) => ({
    service: {
      type: "service",
      name: d.name,
      description: id ? sealer.sealed(d.description, "service", d.id, id) : d.description,
      escalation_policy: ref("escalation_policy", policyIds.get(d.policy)),
      incident_urgency_rule: d.urgency,
      ...d.urgency.type === "use_support_hours" && desired.supportHours ? { support_hours: desired.supportHours } : {}
    }
  });
  const step = async (what, call) => {
    try {
      const result = await call();
      done.push(what);
      return result;
    } catch (error) {
      const reason = error instanceof PagerDutyError ? error.message : error.message;
      throw new ApplyError(what, reason, done);
    }
  };
  const createdLayers = /* @__PURE__ */ new Map();
  const sealedNow = /* @__PURE__ */ new Map();
  for (const c of p.changes)
    if (c.kind === "create-schedule") {
      const created = await step(
        `create schedule "${c.desired.id}"`,
        () => client.request("POST", "/schedules", { body: scheduleBody(c.desired, [], [], []) })
      );
      const id = created.schedule.id;
      scheduleIds.set(c.desired.id, id);
      const layers = created.schedule.schedule_layers ?? [];
      createdLayers.set(c.desired.id, layers);
      await step(
        `mark schedule "${c.desired.id}"`,
        () => client.request("PUT", `/schedules/${id}`, { body: scheduleBody(c.desired, layers, [], [], id) })
      );
      sealedNow.set(c.desired.id, sealer.sealed(c.desired.description, "schedule", c.desired.id, id));
    }
  const written = /* @__PURE__ */ new Set();
  const ledger = new Map([...p.ledger].map(([k, v]) => [k, [...v]]));
  for (const c of p.changes)
    if (c.kind === "delete-override")
      await step(
        `delete override ${c.override.id} on "${c.schedule}" (${c.why})`,
        () => client.request("DELETE", `/schedules/${c.scheduleId}/overrides/${c.override.id}`)
      );
  const creations = /* @__PURE__ */ new Map();
  for (const c of p.changes)
    if (c.kind === "create-override")
      creations.set(c.desired.schedule, [...creations.get(c.desired.schedule) ?? [], c.desired]);
  for (const [schedule, overrides] of creations) {
    const id = scheduleIds.get(schedule);
    const what = `create ${overrides.length} override(s) on "${schedule}"`;
    const answer = await step(
      what,
      () => client.request("POST", `/schedules/${id}/overrides`, {
        body: {
          overrides: overrides.map((o) => ({
            start: new Date(o.start).toISOString(),
            end: new Date(o.end).toISOString(),
            user: ref("user", userId(o.person))
          }))
        }
      })
    );
    const items = Array.isArray(answer) ? answer : answer?.overrides ?? [];
    const failed = [];
    items.forEach((item, i) => {
      const createdId = item.override?.id ?? item.id;
      if ((item.status === void 0 || item.status < 300) && createdId) ledger.get(schedule)?.push(createdId);
      else
        failed.push(
          `${new Date(overrides[i].start).toISOString()} (${overrides[i].swap}): ${(item.errors ?? ["rejected"]).join("; ")}`
        );
    });
    await recordLedger(schedule);
    if (failed.length)
      throw new ApplyError(what, `PagerDuty refused ${failed.length} of them: ${failed.join("; ")}`, done);
  }
  for (const c of p.changes) {
    if (c.kind === "create-policy") {
      const created = await step(
        `create escalation policy "${c.desired.name}"`,
        () => client.request("POST", "/escalation_policies", {
          body: policyBody(c.desired)
        })
      );
      const id = created.escalation_policy.id;
      policyIds.set(c.desired.id, id);
      await step(
        `mark escalation policy "${c.desired.name}"`,
        () => client.request("PUT", `/escalation_policies/${id}`, { body: policyBody(c.desired, id) })
      );
    } else if (c.kind === "update-policy")
      await step(
        `update escalation policy "${c.desired.name}"`,
        () => client.request("PUT", `/escalation_policies/${c.actual.id}`, { body: policyBody(c.desired, c.actual.id) })
      );
  }
  for (const c of p.changes) {
    if (c.kind === "create-service") {
      const created = await step(
        `create service "${c.desired.id}"`,
        () => client.request("POST", "/services", { body: serviceBody(c.desired) })
      );
      const id = created.service.id;
      await step(
        `mark service "${c.desired.id}"`,
        () => client.request("PUT", `/services/${id}`, { body: serviceBody(c.desired, id) })
      );
    } else if (c.kind === "update-service")
      await step(
        `update service "${c.desired.id}"`,
        () => client.request("PUT", `/services/${c.actual.id}`, { body: serviceBody(c.desired, c.actual.id) })
      );
  }
  async function recordLedger(schedule) {
    const d = desired.schedules.find((s) => s.id === schedule);
    const id = scheduleIds.get(schedule);
    const a = actual.schedules.find((s) => s.id === id);
    const change = p.changes.find((c) => c.kind === "update-schedule" && c.desired.id === schedule);
    const ids = ledger.get(schedule) ?? [];
    const wanted = sealer.withLedger(sealer.sealed(d.description, "schedule", d.id, id), id, ids);
    const current = sealedNow.get(schedule) ?? a?.description ?? "";
    if (written.has(schedule) || !change && wanted === current) return;
    written.add(schedule);
    const layers = a?.schedule_layers ?? createdLayers.get(schedule) ?? [];
    const ended = change?.kind === "update-schedule" ? change.endLayers : [];
    await step(
      `update schedule "${schedule}"${change ? "" : " (ledger of overrides)"}`,
      () => client.request("PUT", `/schedules/${id}`, { body: scheduleBody(d, layers, ended, ids, id) })
    );
  }
  for (const d of desired.schedules) if (scheduleIds.has(d.id)) await recordLedger(d.id);
  return { done };
}
var ApplyError = class extends Error {
  constructor(operation, reason, done) {
    super(`${operation} failed: ${reason}`);
    this.operation = operation;
    this.done = done;
  }
  operation;
  done;
  /** What a person needs to know: what failed, what was done before it, and that a rerun resumes. */
  get report() {
    return `${this.message}. Done before it: ${this.done.join("; ") || "nothing"}. The next run continues from the account as it is.`;
  }
};

// src/pagerduty/sync.ts
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

// src/pagerduty/adopt.ts
function userOf(o) {
  const name = o.user.summary ? oneLine(o.user.summary, 60) : "";
  return name ? `"${name}" (${o.user.id})` : o.user.id;
}
function adoptOverrides(plan2, policy, timeline, now, taken) {
  const personOf = new Map([...plan2.users].map(([person, user]) => [user, person]));
  const written = [];
  const reported = [];
  const claimed = [];
  const ordered = [...plan2.unexplained].sort((a, b) => Date.parse(a.override.start) - Date.parse(b.override.start));
  for (const { schedule: id, override: o } of ordered) {
    const label = overrideLabel(o, id);
    const schedule = policy.rotations?.schedules.find((s) => s.id === id);
    const covering = personOf.get(o.user.id);
    if (!schedule) continue;
    if (!covering) {
      reported.push(
        `${label}: its user ${userOf(o)} is no person in team.yaml (no email there is theirs in PagerDuty). Add them to team.yaml with their PagerDuty email and adopt again, or remove the override in PagerDuty.`
      );
      continue;
    }
    const start = Math.max(Date.parse(o.start), now);
    const end = Date.parse(o.end);
    const filed = timeline.swaps.find(
      (s) => s.swap.data.schedule === id && s.start < end && start < (s.end ?? s.start)
    );
    if (filed) {
      reported.push(
        `${label} overlaps swap ${filed.swap.id} (${isoUtc(filed.start)} to ${isoUtc(filed.end ?? filed.start)}), already filed; PagerDuty lets the later of the two win. Correct the swap file or remove the override in PagerDuty: it is not adopted.`
      );
      continue;
    }
    const clash = claimed.find((c) => c.schedule === id && c.start < end && start < c.end);
    if (clash) {
      reported.push(
        `${label} overlaps ${clash.label}, also unexplained; a swap cannot relieve a swap of part of its period. Remove one of them in PagerDuty: neither is guessed, this one is not adopted.`
      );
      continue;
    }
    const { swaps, problem } = swapsForOverride(schedule, o, covering, now, label);
    if (problem) reported.push(problem);
    if (!swaps.length) continue;
    claimed.push({ schedule: id, start, end, label });
    for (const piece of swaps) {
      const data = {
        ...piece,
        reason: `Adopted from PagerDuty ${overrideRef(o)}, made in PagerDuty without a swap file.`
      };
      const path = swapFileName(data, (p) => taken(p) || written.some((w) => w.path === p));
      written.push({ path, text: swapFileText(data), data, override: label });
    }
  }
  return { written, reported };
}

// src/pagerduty/sync.ts
async function syncPagerDuty(client, files, options) {
  const sealer = sealerFor(options.markKey, options.markPublicKey);
  if (options.mode === "apply" && !sealer.canSign)
    throw new MarkKeyError("apply marks what it creates and needs the private mark key (PAGERDUTY_MARK_KEY).");
  const { policy, findings } = validatePolicy(files, { now: options.now });
  const policyErrors = findings.filter((f) => f.severity === "error");
  if (policyErrors.length) return { policyErrors };
  const weeks = options.horizonWeeks ?? (options.adopt ? SWAP_AHEAD_WEEKS : 26);
  let until = options.now + weeks * WEEK_MS;
  for (const s of policy.swaps) until = Math.max(until, swapInstants(s).end ?? swapInstants(s).start + WEEK_MS);
  const timeline = buildTimeline(policy, { start: options.now, end: until });
  const desired = desiredState(policy, timeline, options.now);
  const interest = {
    schedules: (schedules) => desired.schedules.flatMap((d) => {
      const b = bindObject(sealer, "schedule", { id: d.id, name: d.name, pagerdutyId: d.pagerdutyId }, schedules);
      return b.kind === "bound" ? [b.object.id] : [];
    }),
    policies: (policies) => desired.policies.flatMap((d) => {
      const b = bindObject(sealer, "escalation_policy", d, policies);
      return b.kind === "bound" ? [b.object.id] : [];
    })
  };
  const actual = await readActual(client, interest, options.now, until);
  const p = plan(desired, actual, { now: options.now, prune: options.prune, sealer });
  const paths = new Set(files.map((f) => f.path));
  const adopted = options.adopt ? adoptOverrides(p, policy, timeline, options.now, (x) => paths.has(x)) : void 0;
  const made = { plan: p, policy, timeline, adopted, policyErrors };
  if (options.mode === "plan" || p.errors.length) return made;
  return { ...made, applied: await applyPlan(client, p, desired, actual, options.now, sealer) };
}
var MARK_PUBLIC_KEY_FILE = ".github/pagerduty-mark.pub";
function markPublicKeyOf(root) {
  const file2 = join(root, MARK_PUBLIC_KEY_FILE);
  return existsSync(file2) ? readFileSync(file2, "utf8") : void 0;
}

// src/render/pagerduty-plan.ts
var ITEM_MAX = 2e3;
var SIGN = {
  "create-schedule": "+",
  "update-schedule": "~",
  "create-override": "+",
  "delete-override": "-",
  "create-policy": "+",
  "update-policy": "~",
  "create-service": "+",
  "update-service": "~"
};
function describeChange(c) {
  switch (c.kind) {
    case "create-schedule":
      return `schedule "${c.desired.id}" (${c.desired.layers.map((l) => `layer "${l.name}": ${l.members.join(", ")} every ${l.rotation_turn_length_seconds} s from ${l.rotation_virtual_start}`).join("; ")})`;
    case "update-schedule":
      return `schedule "${c.desired.id}": ${c.details.join("; ")}`;
    case "create-override":
      return `override on "${c.desired.schedule}": ${c.desired.person} ${new Date(c.desired.start).toISOString()} \u2192 ${new Date(c.desired.end).toISOString()} (swap ${c.desired.swap})`;
    case "delete-override":
      return `override ${c.override.id} on "${c.schedule}" ${c.override.start} \u2192 ${c.override.end}: ${c.why}`;
    case "create-policy":
      return `escalation policy "${c.desired.name}" (${c.desired.rules.map((r) => `${r.delay} min`).join(" \u2192 ")})`;
    case "update-policy":
      return `escalation policy "${c.desired.name}": ${c.details.join("; ")}`;
    case "create-service":
      return `service "${c.desired.id}" \u2192 policy ${c.desired.policy}, urgency ${c.desired.urgency.type === "constant" ? c.desired.urgency.urgency : "by support hours"}`;
    case "update-service":
      return `service "${c.desired.id}": ${c.details.join("; ")}`;
  }
}
function counts(p) {
  return {
    create: p.changes.filter((c) => SIGN[c.kind] === "+").length,
    update: p.changes.filter((c) => SIGN[c.kind] === "~").length,
    delete: p.changes.filter((c) => SIGN[c.kind] === "-").length
  };
}
function renderPlanText(p, target) {
  const n = counts(p);
  const lines = [`PagerDuty plan for ${target}: ${n.create} to create, ${n.update} to update, ${n.delete} to delete.`];
  if (p.changes.length === 0 && p.errors.length === 0 && p.blocked.length === 0)
    lines.push("", "No changes. PagerDuty matches the policy.");
  const item = (sign2, text) => `  ${sign2} ${oneLine(text, ITEM_MAX)}`;
  if (p.changes.length) lines.push("", ...p.changes.map((c) => item(SIGN[c.kind], describeChange(c))));
  for (const c of p.changes)
    if (c.kind === "update-schedule" && c.asEdited)
      lines.push(
        "",
        `Layers of "${c.desired.id}" as edited in PagerDuty; to keep them, write these as its layers in oncall/rotations.yaml:`,
        ...c.asEdited.split("\n").map((l) => `    ${l}`)
      );
  if (p.warnings.length) lines.push("", ...p.warnings.map((w) => item("!", w)));
  if (p.blocked.length) lines.push("", "Not synced (the rest is):", ...p.blocked.map((b) => item("\u2716", b)));
  if (p.errors.length) lines.push("", "Errors (nothing will be written):", ...p.errors.map((e) => item("\u2716", e)));
  return lines.join("\n") + "\n";
}
function renderPlanMarkdown(p, target) {
  const text = renderPlanText(p, target).replace(/^ {2}([+~!✖-]) /gm, "$1 ");
  return ["## PagerDuty plan", "", fenced(withinComment(text), "diff"), ""].join("\n");
}
function planJson(p) {
  return {
    ...counts(p),
    changes: p.changes.map((c) => ({
      action: c.kind,
      sign: SIGN[c.kind],
      summary: describeChange(c),
      ...c.kind === "update-schedule" && c.asEdited ? { layers_as_edited: c.asEdited } : {}
    })),
    warnings: p.warnings,
    blocked: p.blocked,
    errors: p.errors
  };
}
function planOutputs(p) {
  const n = counts(p);
  return { changes: p.changes.length, creates: n.create, updates: n.update, deletes: n.delete };
}
function renderSyncSummary(planMarkdown, applied, requests) {
  const done = applied ? `
**Applied:** ${applied.length} write(s).

${fenced(applied.map((d) => `\u2705 ${oneLine(d, ITEM_MAX)}`).join("\n"))}
` : "";
  return `${planMarkdown}${done}
Requests: ${requests.reads} reads, ${requests.writes} writes.
`;
}
var MAX_PLAN_CHARS = 6e4;
function withinComment(text) {
  if (text.length <= MAX_PLAN_CHARS) return text;
  const cut = text.lastIndexOf("\n", MAX_PLAN_CHARS);
  const rest = text.slice(cut + 1).split("\n").filter(Boolean).length;
  return `${text.slice(0, cut)}
\u2026 ${rest} more line(s): \`oncall pagerduty plan\` prints them all.`;
}
function planFailure(policyErrors, p) {
  if (policyErrors)
    return `The policy does not validate (${policyErrors} errors); nothing was read from or written to PagerDuty.`;
  if (p?.errors.length) return `The plan has ${p.errors.length} error(s); nothing was written to PagerDuty.`;
  if (p?.blocked.length) return `${p.blocked.length} object(s) could not be synced; see the plan.`;
  return void 0;
}

export {
  readAccount,
  importAccount,
  PagerDutyError,
  PagerDutyClient,
  sealerFor,
  ApplyError,
  syncPagerDuty,
  markPublicKeyOf,
  renderPlanText,
  renderPlanMarkdown,
  planJson,
  planOutputs,
  renderSyncSummary,
  planFailure
};
