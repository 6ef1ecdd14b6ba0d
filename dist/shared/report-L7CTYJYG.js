import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  validatePolicy
} from "./chunk-WIAKQVKD.js";
import "./chunk-XGJKLASW.js";
import {
  UsageError
} from "./chunk-7Q35EZ5Y.js";
import "./chunk-WMNTHIWY.js";
import {
  readPolicyFiles
} from "./chunk-CASGGX6Q.js";
import {
  compensation,
  fairness,
  payPeriodWindow,
  quarterWindow
} from "./chunk-3KAQNQNP.js";
import "./chunk-YCQVRORP.js";
import "./chunk-MZKY6JGW.js";
import "./chunk-E5RRFD7T.js";
import "./chunk-HPB5NIOG.js";

// src/cli/report.ts
var table = (header, rows) => [
  `| ${header.join(" | ")} |`,
  `| ${header.map(() => "---").join(" | ")} |`,
  ...rows.map((r) => `| ${r.join(" | ")} |`)
].join("\n") + "\n";
async function runReport(root, kind, o, io) {
  const { policy, findings } = validatePolicy(await readPolicyFiles(root));
  if (!policy.rotations || findings.some(
    (f) => f.severity === "error" && (f.file === "oncall/rotations.yaml" || f.file.startsWith("oncall/swaps/"))
  ))
    throw new UsageError("the rotation or swaps have errors; run oncall validate first.");
  const name = (id) => policy.team?.people.find((p) => p.id === id)?.name ?? id;
  if (kind === "fairness") {
    const window = quarterWindow(o.quarter ?? "");
    if (!window) throw new UsageError("--quarter must look like 2026Q4.");
    const rows2 = fairness(policy, window);
    if (o.json) io.stdout(JSON.stringify({ quarter: o.quarter, people: rows2 }, null, 2) + "\n");
    else
      io.stdout(
        `On-call hours in ${o.quarter} (UTC quarter; business hours and holidays in their own zones):

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
            "vs mean"
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
            `${r.deviation >= 0 ? "+" : ""}${r.deviation}`
          ])
        )
      );
    return 0;
  }
  const period = payPeriodWindow(policy, o.period ?? "");
  if (!period) throw new UsageError("--period must be a month (2026-12) or a day inside the pay period (2026-12-15).");
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
