import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  UsageError
} from "./chunk-7GEI5QHS.js";
import {
  readPolicyFiles
} from "./chunk-5N34RSQA.js";
import {
  checkPolicy,
  compensation,
  fairness,
  payPeriodWindow,
  quarterWindow
} from "./chunk-5AWG3TPM.js";
import "./chunk-EXLADYM2.js";
import {
  Temporal
} from "./chunk-ETVPNU4B.js";
import "./chunk-DQA6EP7E.js";
import "./chunk-RWRK4OFQ.js";
import "./chunk-HPB5NIOG.js";

// src/cli/report.ts
var table = (header, rows) => [
  `| ${header.join(" | ")} |`,
  `| ${header.map(() => "---").join(" | ")} |`,
  ...rows.map((r) => `| ${r.join(" | ")} |`)
].join("\n") + "\n";
var AVAILABILITY_NOTE = `
Days away: declared time off (oncall/time-off/), counted in local days of each person's zone.
vs availability: hours held minus a share of everyone's hours in proportion to the hours
each person was not away. Weighted: each kind of hour as compensation.yaml weighs it, the
load oncall cover ranks by.
`;
var fairnessJson = (r) => ({
  person: r.person,
  total: r.total,
  business: r.business,
  after_hours: r.afterHours,
  weekend: r.weekend,
  holiday: r.holiday,
  shifts: r.shifts,
  swaps_given: r.swapsGiven,
  swaps_taken: r.swapsTaken,
  deviation: r.deviation,
  weighted: r.weighted,
  away_days: r.awayDays,
  away_days_by_kind: r.awayByKind,
  available_hours: r.availableHours,
  vs_available: r.vsAvailable
});
var signed = (n) => `${n >= 0 ? "+" : ""}${n}`;
function today(now) {
  return Temporal.Instant.fromEpochMilliseconds(now).toZonedDateTimeISO("Etc/UTC").toPlainDate();
}
function quarterOf(given, now) {
  if (given === void 0) {
    const d = today(now);
    return `${d.year}Q${Math.floor((d.month - 1) / 3) + 1}`;
  }
  if (!quarterWindow(given))
    throw new UsageError(`--quarter must be a year and a quarter, such as 2026Q4 (got "${given}").`);
  return given;
}
function periodOf(policy, given, now) {
  const text = given ?? today(now).toString();
  const usage = `--period must be a month (2026-12) or a day inside the pay period (2026-12-15) (got "${given}").`;
  if (!/^\d{4}-\d{2}(-\d{2})?$/.test(text)) throw new UsageError(usage);
  try {
    Temporal.PlainDate.from(text.length === 7 ? `${text}-01` : text, { overflow: "reject" });
  } catch {
    throw new UsageError(`${text} is not a date in the calendar. ${usage}`);
  }
  const window = payPeriodWindow(policy, text);
  if (!window) throw new UsageError("compensation.yaml defines no pay periods, so there is no period to report.");
  return window;
}
async function runReport(root, kind, o, io) {
  const now = Date.now();
  const quarter = kind === "fairness" ? quarterOf(o.quarter, now) : "";
  const { policy, findings } = checkPolicy(await readPolicyFiles(root, { postmortems: false }), { now });
  if (!policy.rotations || findings.some(
    (f) => f.severity === "error" && (f.file === "oncall/rotations.yaml" || f.file.startsWith("oncall/swaps/"))
  ))
    throw new UsageError("the rotation or swaps have errors; run oncall validate first.");
  const name = (id) => policy.team?.people.find((p) => p.id === id)?.name ?? id;
  if (kind === "fairness") {
    const rows2 = fairness(policy, quarterWindow(quarter));
    if (o.json) io.stdout(JSON.stringify({ quarter, people: rows2.map(fairnessJson) }, null, 2) + "\n");
    else if (rows2.length === 0) io.stdout(`Nobody holds a shift in ${quarter}.
`);
    else
      io.stdout(
        `On-call hours in ${quarter} (UTC quarter; business hours in coverage.yaml's zone; holidays by each person's own calendar):

` + table(
          [
            "Person",
            "Total",
            "Business",
            "After hours",
            "Weekend",
            "Holiday",
            "Shifts",
            "Swaps given",
            "Swaps taken",
            "vs mean",
            "Weighted",
            "Days away",
            "vs availability"
          ],
          rows2.map((r) => [
            name(r.person),
            r.total,
            r.business,
            r.afterHours,
            r.weekend,
            r.holiday,
            r.shifts,
            r.swapsGiven,
            r.swapsTaken,
            signed(r.deviation),
            r.weighted,
            r.awayDays,
            signed(r.vsAvailable)
          ])
        ) + AVAILABILITY_NOTE
      );
    return 0;
  }
  const period = periodOf(policy, o.period, now);
  const rows = compensation(policy, period);
  if (o.csv)
    io.stdout(
      [
        "person,name,time_trade_hours,overtime_hours,holiday_hours",
        ...rows.map(
          (r) => `${r.person},"${name(r.person).replace(/"/g, '""')}",${r.time_trade},${r.overtime},${r.holiday}`
        )
      ].join("\n") + "\n"
    );
  else if (o.json) io.stdout(JSON.stringify({ period: period.label, people: rows }, null, 2) + "\n");
  else if (rows.length === 0)
    io.stdout(`Nobody covered a swap in pay period ${period.label}: no time trade, overtime or holiday hours.
`);
  else
    io.stdout(
      `Covered hours by rate class, pay period ${period.label}:

${table(
        ["Person", "Time trade", "Overtime", "Holiday"],
        rows.map((r) => [name(r.person), r.time_trade, r.overtime, r.holiday])
      )}`
    );
  return 0;
}
export {
  runReport
};
