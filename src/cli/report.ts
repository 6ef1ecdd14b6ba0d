/** `oncall report fairness|compensation`: hours per person for a quarter or a pay period. */
import { Temporal } from 'temporal-polyfill';
import { readPolicyFiles } from '../io/read-policy.js';
import type { Policy } from '../model/load.js';
import { compensation, fairness, payPeriodWindow, quarterWindow, type FairnessRow } from '../reports/hours.js';
import { checkPolicy } from '../validate/policy.js';
import { UsageError, type CliIO } from './io.js';

const table = (header: string[], rows: (string | number)[][]) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n') + '\n';

const AVAILABILITY_NOTE = `
Days away: declared time off (oncall/time-off/), counted in local days of each person's zone.
vs availability: hours held minus a share of everyone's hours in proportion to the hours
each person was not away. Weighted: each kind of hour as compensation.yaml weighs it, the
load oncall cover ranks by.
`;

/** JSON for scripts is snake_case, as the policy files are. */
const fairnessJson = (r: FairnessRow) => ({
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
  vs_available: r.vsAvailable,
});

const signed = (n: number) => `${n >= 0 ? '+' : ''}${n}`;

function today(now: number): Temporal.PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(now).toZonedDateTimeISO('Etc/UTC').toPlainDate();
}

/** A quarter as given, or the current one; a malformed one is a usage error showing the form. */
function quarterOf(given: string | undefined, now: number): string {
  if (given === undefined) {
    const d = today(now);
    return `${d.year}Q${Math.floor((d.month - 1) / 3) + 1}`;
  }
  if (!quarterWindow(given))
    throw new UsageError(`--quarter must be a year and a quarter, such as 2026Q4 (got "${given}").`);
  return given;
}

/** A pay period as given (a month or a real day in it), or the one that holds today. */
function periodOf(policy: Policy, given: string | undefined, now: number) {
  const text = given ?? today(now).toString();
  const usage = `--period must be a month (2026-12) or a day inside the pay period (2026-12-15) (got "${given}").`;
  if (!/^\d{4}-\d{2}(-\d{2})?$/.test(text)) throw new UsageError(usage);
  try {
    Temporal.PlainDate.from(text.length === 7 ? `${text}-01` : text, { overflow: 'reject' });
  } catch {
    throw new UsageError(`${text} is not a date in the calendar. ${usage}`);
  }
  const window = payPeriodWindow(policy, text);
  if (!window) throw new UsageError('compensation.yaml defines no pay periods, so there is no period to report.');
  return window;
}

export async function runReport(
  root: string,
  kind: 'fairness' | 'compensation',
  o: { quarter?: string; period?: string; json?: boolean; csv?: boolean },
  io: CliIO,
): Promise<number> {
  const now = Date.now();
  const quarter = kind === 'fairness' ? quarterOf(o.quarter, now) : '';
  const { policy, findings } = checkPolicy(await readPolicyFiles(root, { postmortems: false }), { now });
  if (
    !policy.rotations ||
    findings.some(
      (f) => f.severity === 'error' && (f.file === 'oncall/rotations.yaml' || f.file.startsWith('oncall/swaps/')),
    )
  )
    throw new UsageError('the rotation or swaps have errors; run oncall validate first.');
  const name = (id: string) => policy.team?.people.find((p) => p.id === id)?.name ?? id;
  if (kind === 'fairness') {
    const rows = fairness(policy, quarterWindow(quarter)!);
    if (o.json) io.stdout(JSON.stringify({ quarter, people: rows.map(fairnessJson) }, null, 2) + '\n');
    else if (rows.length === 0) io.stdout(`Nobody holds a shift in ${quarter}.\n`);
    else
      io.stdout(
        `On-call hours in ${quarter} (UTC quarter; business hours in coverage.yaml's zone; holidays by each person's own calendar):\n\n` +
          table(
            [
              'Person',
              'Total',
              'Business',
              'After hours',
              'Weekend',
              'Holiday',
              'Shifts',
              'Swaps given',
              'Swaps taken',
              'vs mean',
              'Weighted',
              'Days away',
              'vs availability',
            ],
            rows.map((r) => [
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
              signed(r.vsAvailable),
            ]),
          ) +
          AVAILABILITY_NOTE,
      );
    return 0;
  }
  const period = periodOf(policy, o.period, now);
  const rows = compensation(policy, period);
  if (o.csv)
    io.stdout(
      [
        'person,name,time_trade_hours,overtime_hours,holiday_hours',
        ...rows.map(
          (r) => `${r.person},"${name(r.person).replace(/"/g, '""')}",${r.time_trade},${r.overtime},${r.holiday}`,
        ),
      ].join('\n') + '\n',
    );
  else if (o.json) io.stdout(JSON.stringify({ period: period.label, people: rows }, null, 2) + '\n');
  else if (rows.length === 0)
    io.stdout(`Nobody covered a swap in pay period ${period.label}: no time trade, overtime or holiday hours.\n`);
  else
    io.stdout(
      `Covered hours by rate class, pay period ${period.label}:\n\n${table(
        ['Person', 'Time trade', 'Overtime', 'Holiday'],
        rows.map((r) => [name(r.person), r.time_trade, r.overtime, r.holiday]),
      )}`,
    );
  return 0;
}
