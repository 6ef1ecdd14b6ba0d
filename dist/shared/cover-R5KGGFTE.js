import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  findCover
} from "./chunk-WEBGPDPY.js";
import {
  loadScheduledPolicy,
  parseInstant
} from "./chunk-4AZCVYM2.js";
import {
  PolicyError
} from "./chunk-7GEI5QHS.js";
import "./chunk-LBNA22IB.js";
import "./chunk-YI5L3PFJ.js";
import "./chunk-WMNTHIWY.js";
import "./chunk-5N34RSQA.js";
import "./chunk-5AWG3TPM.js";
import {
  isoUtc
} from "./chunk-EXLADYM2.js";
import "./chunk-ETVPNU4B.js";
import "./chunk-DQA6EP7E.js";
import "./chunk-RWRK4OFQ.js";
import "./chunk-HPB5NIOG.js";

// src/cli/cover.ts
async function runCover(root, options, io) {
  const now = Date.now();
  const at = parseInstant(options.at, "--at", now);
  const until = options.until === void 0 ? void 0 : parseInstant(options.until, "--until", now);
  const policy = await loadScheduledPolicy(root, io, now);
  const result = findCover(policy, {
    schedule: options.schedule,
    at,
    from: options.from,
    ...until !== void 0 ? { until } : {}
  });
  if (!result.ok) throw new PolicyError(result.message);
  io.stdout(options.json ? `${JSON.stringify(coverJson(result.answer), null, 2)}
` : renderCover(result.answer));
  return result.answer.candidates.length ? 0 : 1;
}
var n = (h) => Number.isInteger(h) ? String(h) : h.toFixed(1);
function renderCover(a) {
  const w = a.weights;
  const out = [
    `Cover for ${a.from} on "${a.schedule}", ${isoUtc(a.stretch.start)} to ${isoUtc(a.stretch.end)}: ${n(a.hours.total)} h (${n(a.hours.business)} business, ${n(a.hours.afterHours)} after hours, ${n(a.hours.weekend)} weekend, ${n(a.hours.holiday)} holiday), ${n(a.weighted)} weighted.`,
    `Load is ${a.quarter}'s on-call hours weighted business \xD7${w.business}, after hours \xD7${w.afterHours}, weekend \xD7${w.weekend}, holiday \xD7${w.holiday}, holidays by each person's own calendar; lightest first. Rest: ${a.restHours} h either side${a.limit !== void 0 ? `; limit ${a.limit} h a quarter` : ""}.`,
    ""
  ];
  if (a.candidates.length === 0) out.push("Nobody can take it.", "");
  a.candidates.forEach((c, i) => {
    const l = c.load;
    const theirs = c.hours.holiday !== a.hours.holiday ? `; ${n(c.hours.holiday)} h of the stretch are holiday hours for them` : "";
    out.push(
      `${i + 1}. ${c.person}: load ${n(c.weighted)} \u2192 ${n(c.weightedAfter)} weighted (${n(l.total)} h: ${n(l.business)} business, ${n(l.afterHours)} after hours, ${n(l.weekend)} weekend, ${n(l.holiday)} holiday); ${n(c.hoursAfter)} h in ${a.quarter} with it${theirs}`,
      `   ${c.command}`
    );
  });
  if (a.excluded.length) {
    out.push("", "Cannot take it:");
    for (const e of a.excluded) out.push(`  ${e.person}: ${e.reason}`);
  }
  return `${out.join("\n")}
`;
}
var kindsJson = (h) => ({
  total: h.total,
  business: h.business,
  after_hours: h.afterHours,
  weekend: h.weekend,
  holiday: h.holiday
});
function coverJson(a) {
  const w = a.weights;
  return {
    schedule: a.schedule,
    from: a.from,
    start: isoUtc(a.stretch.start),
    end: isoUtc(a.stretch.end),
    hours: kindsJson(a.hours),
    weighted: a.weighted,
    quarter: a.quarter,
    weights: { business: w.business, after_hours: w.afterHours, weekend: w.weekend, holiday: w.holiday },
    rest_hours: a.restHours,
    ...a.limit !== void 0 ? { max_hours_per_quarter: a.limit } : {},
    candidates: a.candidates.map((c) => ({
      person: c.person,
      load: kindsJson(c.load),
      weighted: c.weighted,
      hours: kindsJson(c.hours),
      weighted_after: c.weightedAfter,
      hours_after: c.hoursAfter,
      command: c.command
    })),
    excluded: a.excluded
  };
}
export {
  coverJson,
  renderCover,
  runCover
};
