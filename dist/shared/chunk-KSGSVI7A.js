import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  fenced
} from "./chunk-PN6AARRH.js";
import {
  validatePolicy
} from "./chunk-WIAKQVKD.js";
import {
  redact
} from "./chunk-MDJBTUMF.js";
import {
  oneLine
} from "./chunk-JDEQIK3C.js";
import {
  WEEKDAYS,
  buildTimeline,
  swapInstants,
  turnLength
} from "./chunk-3KAQNQNP.js";
import {
  WEEK_MS,
  clockMinutes,
  isoUtc,
  zoned
} from "./chunk-YCQVRORP.js";

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

// src/pagerduty/desired.ts
var MARKER = "[managed by oncall-as-code]";
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
      description: describe(s.description ?? s.name, `oncall/rotations.yaml (schedule ${s.id})`),
      time_zone: zones[0] ?? "Etc/UTC",
      layers: current.map(layerOf)
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
    description: describe(s.description, `oncall/services.yaml (service ${s.id})`),
    policy: s.escalation_policy,
    urgency: urgencyOf(s)
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
function layerOf(l) {
  const { unit, count } = turnLength(l.turn_length);
  return {
    name: l.id,
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
function urgencyOf(s) {
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
var LEDGER = /overrides: ([A-Z0-9,]*)$/;
var same = (a, b) => a == null ? b == null : b != null && Date.parse(a) === Date.parse(b);
var managed = (description) => (description ?? "").includes(MARKER);
function ledgerOf(schedule) {
  return LEDGER.exec(schedule?.description ?? "")?.[1]?.split(",").filter(Boolean) ?? [];
}
function withLedger(description, ids) {
  return ids.length ? `${description} overrides: ${[...ids].sort().join(",")}` : description;
}
function plan(desired, actual, options) {
  const errors = [...desired.problems];
  const warnings = [];
  const changes = [];
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
  const byName = (list, name) => list.filter((x) => x.name === name);
  const refuse = (what, name) => errors.push(
    `PagerDuty already has a ${what} named "${name}" that this tool does not manage (its description lacks ${MARKER}). Rename one of them, or add the marker to adopt it.`
  );
  const scheduleIds = /* @__PURE__ */ new Map();
  const ledger = /* @__PURE__ */ new Map();
  for (const d of desired.schedules) {
    const found = byName(actual.schedules, d.id);
    const a = found.find((s) => managed(s.description));
    if (!a) {
      if (found.length) refuse("schedule", d.id);
      else changes.push({ kind: "create-schedule", desired: d });
      continue;
    }
    if (a.type === "schedule_v3") {
      errors.push(
        `Schedule "${d.id}" was upgraded to a flexible (schedule_v3) schedule, which the layer API cannot update. Revert the upgrade in PagerDuty or remove the schedule from the policy.`
      );
      continue;
    }
    scheduleIds.set(d.id, a.id);
    const { details, endLayers } = diffSchedule(d, a, users, options.now);
    if (details.length) changes.push({ kind: "update-schedule", desired: d, actual: a, details, endLayers });
    for (const l of a.schedule_layers ?? []) {
      const want = d.layers.find((x) => x.name === l.name);
      if (want && usersOf(l).join() !== want.members.map((m) => users.get(m)).join() && !l.end)
        warnings.push(
          `Changing the members of layer "${l.name}" of "${d.id}" recomputes the rotation from its start, which can change who is on call right now. To change at a handoff, end the layer there and add a new one.`
        );
    }
  }
  for (const d of desired.schedules) {
    const id = scheduleIds.get(d.id);
    const recorded = new Set(ledgerOf(actual.schedules.find((s) => s.id === id)));
    const existing = id ? actual.overrides.get(id) ?? [] : [];
    const matched = /* @__PURE__ */ new Set();
    const keep = [];
    for (const o of desired.overrides.filter((x) => x.schedule === d.id)) {
      const startsOk = (e) => Date.parse(e.start) === o.start || o.from < o.start && Date.parse(e.start) >= o.from && Date.parse(e.start) <= o.start;
      const hit = existing.find(
        (e) => !matched.has(e) && e.user.id === users.get(o.person) && startsOk(e) && Date.parse(e.end) === o.end
      );
      if (hit) {
        matched.add(hit);
        keep.push(hit.id);
      } else changes.push({ kind: "create-override", desired: o });
    }
    for (const e of existing) {
      if (matched.has(e) || Date.parse(e.end) <= options.now) continue;
      const mine = recorded.has(e.id);
      const description = `${e.user.id} ${new Date(Date.parse(e.start)).toISOString()} to ${new Date(Date.parse(e.end)).toISOString()}`;
      if (mine)
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
          `Override ${e.id} on "${d.id}" (${description}) is explained by no swap in oncall/swaps/. Add the swap, remove the override in PagerDuty, or run with --prune to delete it.`
        );
    }
    ledger.set(d.id, keep);
  }
  const policyIds = /* @__PURE__ */ new Map();
  for (const d of desired.policies) {
    const found = byName(actual.policies, d.name);
    const a = found.find((p) => managed(p.description));
    if (!a) {
      if (found.length) refuse("escalation policy", d.name);
      else changes.push({ kind: "create-policy", desired: d });
      continue;
    }
    policyIds.set(d.id, a.id);
    const details = diffPolicy(d, a, users, scheduleIds);
    if (details.length) changes.push({ kind: "update-policy", desired: d, actual: a, details });
  }
  for (const d of desired.services) {
    const found = byName(actual.services, d.id);
    const a = found.find((s) => managed(s.description));
    if (!a) {
      if (found.length) refuse("service", d.id);
      else changes.push({ kind: "create-service", desired: d });
      continue;
    }
    const details = diffService(d, a, policyIds, desired.supportHours);
    if (details.length) changes.push({ kind: "update-service", desired: d, actual: a, details });
  }
  return { changes, errors, warnings, ledger, users, scheduleIds, policyIds };
}
function usersOf(l) {
  return l.users.map((u) => u.user.id);
}
function diffSchedule(d, a, users, now) {
  const details = [];
  if (a.time_zone !== d.time_zone) details.push(`time zone ${a.time_zone} \u2192 ${d.time_zone}`);
  const ids = ledgerOf(a);
  if ((a.description ?? "") !== withLedger(d.description, ids) && (a.description ?? "").replace(LEDGER, "").trim() !== d.description)
    details.push("description");
  for (const want of d.layers) {
    const have = (a.schedule_layers ?? []).find((l) => l.name === want.name);
    if (!have) {
      details.push(`+ layer "${want.name}"`);
      continue;
    }
    const diffs = diffLayer(want, have, users, now);
    if (diffs.length) details.push(`~ layer "${want.name}": ${diffs.join("; ")}`);
  }
  const endLayers = (a.schedule_layers ?? []).filter(
    (l) => !d.layers.some((x) => x.name === l.name) && (!l.end || Date.parse(l.end) > now + 2 * 6e4)
  );
  for (const l of endLayers) details.push(`- layer "${l.name ?? l.id}" ended now (layers cannot be deleted)`);
  return { details, endLayers };
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
  const norm = (rs) => rs.map(
    (r) => `${r.type}/${r.start_time_of_day}/${r.duration_seconds}/${r.type === "weekly_restriction" ? r.start_day_of_week : ""}`
  ).sort().join();
  if (norm(have.restrictions ?? []) !== norm(want.restrictions)) out.push("restrictions");
  return out;
}
function targetsOf(d, users, schedules) {
  return d.targets.map(
    (t) => "schedule" in t ? `schedule_reference:${schedules.get(t.schedule) ?? `new:${t.schedule}`}` : `user_reference:${users.get(t.person) ?? `?${t.person}`}`
  );
}
function diffPolicy(d, a, users, schedules) {
  const out = [];
  if ((a.description ?? "") !== d.description) out.push("description");
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
function diffService(d, a, policies, hours) {
  const out = [];
  if ((a.description ?? "") !== d.description) out.push("description");
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
async function applyPlan(client, p, desired, actual, now) {
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
  const scheduleBody = (d, existing, ended, ledger2) => ({
    schedule: {
      type: "schedule",
      name: d.id,
      time_zone: d.time_zone,
      description: withLedger(d.description, ledger2),
      schedule_layers: [
        ...d.layers.map((l) => layerBody(l, existing.find((x) => x.name === l.name)?.id)),
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
  const policyBody = (d) => ({
    escalation_policy: {
      type: "escalation_policy",
      name: d.name,
      description: d.description,
      num_loops: d.num_loops,
      escalation_rules: d.rules.map((r) => ({
        escalation_delay_in_minutes: r.delay,
        targets: r.targets.map(
          (t) => "schedule" in t ? ref("schedule", scheduleIds.get(t.schedule)) : ref("user", userId(t.person))
        )
      }))
    }
  });
  const serviceBody = (d) => ({
    service: {
      type: "service",
      name: d.id,
      description: d.description,
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
  for (const c of p.changes)
    if (c.kind === "create-schedule") {
      const created = await step(
        `create schedule "${c.desired.id}"`,
        () => client.request("POST", "/schedules", { body: scheduleBody(c.desired, [], [], []) })
      );
      scheduleIds.set(c.desired.id, created.schedule.id);
      createdLayers.set(c.desired.id, created.schedule.schedule_layers ?? []);
    }
  for (const c of p.changes) {
    if (c.kind === "create-policy") {
      const created = await step(
        `create escalation policy "${c.desired.name}"`,
        () => client.request("POST", "/escalation_policies", {
          body: policyBody(c.desired)
        })
      );
      policyIds.set(c.desired.id, created.escalation_policy.id);
    } else if (c.kind === "update-policy")
      await step(
        `update escalation policy "${c.desired.name}"`,
        () => client.request("PUT", `/escalation_policies/${c.actual.id}`, { body: policyBody(c.desired) })
      );
  }
  for (const c of p.changes) {
    if (c.kind === "create-service")
      await step(
        `create service "${c.desired.id}"`,
        () => client.request("POST", "/services", { body: serviceBody(c.desired) })
      );
    else if (c.kind === "update-service")
      await step(
        `update service "${c.desired.id}"`,
        () => client.request("PUT", `/services/${c.actual.id}`, { body: serviceBody(c.desired) })
      );
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
  async function recordLedger(schedule) {
    const d = desired.schedules.find((s) => s.id === schedule);
    const a = actual.schedules.find((s) => s.id === scheduleIds.get(schedule));
    const change = p.changes.find((c) => c.kind === "update-schedule" && c.desired.id === schedule);
    const ids = ledger.get(schedule) ?? [];
    const created = p.changes.some((c) => c.kind === "create-schedule" && c.desired.id === schedule);
    const ledgerChanged = [...ids].sort().join() !== [...ledgerOf(a)].sort().join();
    if (written.has(schedule) || !change && !ledgerChanged || created && ids.length === 0) return;
    written.add(schedule);
    const layers = a?.schedule_layers ?? createdLayers.get(schedule) ?? [];
    const ended = change?.kind === "update-schedule" ? change.endLayers : [];
    await step(
      `update schedule "${schedule}"${change ? "" : " (ledger of overrides)"}`,
      () => client.request("PUT", `/schedules/${scheduleIds.get(schedule)}`, { body: scheduleBody(d, layers, ended, ids) })
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

// src/pagerduty/actual.ts
async function readActual(client, scheduleNames, since, until) {
  const users = /* @__PURE__ */ new Map();
  for (const u of await client.list("/users", "users"))
    users.set(u.email.toLowerCase(), u.id);
  const schedules = await client.list("/schedules", "schedules", { "include[]": ["schedule_layers"] });
  const overrides = /* @__PURE__ */ new Map();
  for (const s of schedules.filter((x) => scheduleNames.includes(x.name))) {
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
  const hidden = new Set(
    policies.flatMap(
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
  return { users, schedules, overrides, policies, services };
}

// src/pagerduty/sync.ts
async function syncPagerDuty(client, files, options) {
  const { policy, findings } = validatePolicy(files, { now: options.now });
  const policyErrors = findings.filter((f) => f.severity === "error");
  if (policyErrors.length) return { policyErrors };
  let until = options.now + (options.horizonWeeks ?? 26) * WEEK_MS;
  for (const s of policy.swaps) until = Math.max(until, swapInstants(s).end ?? swapInstants(s).start + WEEK_MS);
  const timeline = buildTimeline(policy, { start: options.now, end: until });
  const desired = desiredState(policy, timeline, options.now);
  const actual = await readActual(
    client,
    desired.schedules.map((s) => s.id),
    options.now,
    until
  );
  const p = plan(desired, actual, { now: options.now, prune: options.prune });
  if (options.mode === "plan" || p.errors.length) return { plan: p, policyErrors };
  return { plan: p, applied: await applyPlan(client, p, desired, actual, options.now), policyErrors };
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
  if (p.changes.length === 0 && p.errors.length === 0) lines.push("", "No changes. PagerDuty matches the policy.");
  const item = (sign, text) => `  ${sign} ${oneLine(text, ITEM_MAX)}`;
  if (p.changes.length) lines.push("", ...p.changes.map((c) => item(SIGN[c.kind], describeChange(c))));
  if (p.warnings.length) lines.push("", ...p.warnings.map((w) => item("!", w)));
  if (p.errors.length) lines.push("", "Errors (nothing will be written):", ...p.errors.map((e) => item("\u2716", e)));
  return lines.join("\n") + "\n";
}
function renderPlanMarkdown(p, target) {
  const text = renderPlanText(p, target).replace(/^ {2}([+~!✖-]) /gm, "$1 ");
  return ["## PagerDuty plan", "", fenced(text, "diff"), ""].join("\n");
}
function planJson(p) {
  return {
    ...counts(p),
    changes: p.changes.map((c) => ({ action: c.kind, sign: SIGN[c.kind], summary: describeChange(c) })),
    warnings: p.warnings,
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

export {
  PagerDutyError,
  PagerDutyClient,
  ApplyError,
  syncPagerDuty,
  renderPlanText,
  renderPlanMarkdown,
  planJson,
  planOutputs,
  renderSyncSummary
};
