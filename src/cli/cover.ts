/** `oncall cover`: who can take a stretch of someone's shift, best first, with the swap command for each. */
import { findCover, type CoverAnswer } from '../reports/cover.js';
import type { HoursByKind } from '../reports/hours.js';
import { isoUtc } from '../util/time.js';
import { PolicyError, type CliIO } from './io.js';
import { loadScheduledPolicy, parseInstant } from './policy.js';

export interface CoverOptions {
  schedule: string;
  at: string;
  until?: string;
  from: string;
  json?: boolean;
}

export async function runCover(root: string, options: CoverOptions, io: CliIO): Promise<number> {
  const now = Date.now();
  const at = parseInstant(options.at, '--at', now);
  const until = options.until === undefined ? undefined : parseInstant(options.until, '--until', now);
  const policy = await loadScheduledPolicy(root, io, now);
  const result = findCover(policy, {
    schedule: options.schedule,
    at,
    from: options.from,
    ...(until !== undefined ? { until } : {}),
  });
  if (!result.ok) throw new PolicyError(result.message);
  io.stdout(options.json ? `${JSON.stringify(coverJson(result.answer), null, 2)}\n` : renderCover(result.answer));
  return result.answer.candidates.length ? 0 : 1;
}

const n = (h: number) => (Number.isInteger(h) ? String(h) : h.toFixed(1));

export function renderCover(a: CoverAnswer): string {
  const w = a.weights;
  const out = [
    `Cover for ${a.from} on "${a.schedule}", ${isoUtc(a.stretch.start)} to ${isoUtc(a.stretch.end)}: ${n(a.hours.total)} h (${n(a.hours.business)} business, ${n(a.hours.afterHours)} after hours, ${n(a.hours.weekend)} weekend, ${n(a.hours.holiday)} holiday), ${n(a.weighted)} weighted.`,
    `Load is ${a.quarter}'s on-call hours weighted business ×${w.business}, after hours ×${w.afterHours}, weekend ×${w.weekend}, holiday ×${w.holiday}, holidays by each person's own calendar; lightest first. Rest: ${a.restHours} h either side${a.limit !== undefined ? `; limit ${a.limit} h a quarter` : ''}.`,
    '',
  ];
  if (a.candidates.length === 0) out.push('Nobody can take it.', '');
  a.candidates.forEach((c, i) => {
    const l = c.load;
    // The stretch is the same hours for everyone but its holidays, which are each person's own.
    const theirs =
      c.hours.holiday !== a.hours.holiday ? `; ${n(c.hours.holiday)} h of the stretch are holiday hours for them` : '';
    out.push(
      `${i + 1}. ${c.person}: load ${n(c.weighted)} → ${n(c.weightedAfter)} weighted (${n(l.total)} h: ${n(l.business)} business, ${n(l.afterHours)} after hours, ${n(l.weekend)} weekend, ${n(l.holiday)} holiday); ${n(c.hoursAfter)} h in ${a.quarter} with it${theirs}`,
      `   ${c.command}`,
    );
  });
  if (a.excluded.length) {
    out.push('', 'Cannot take it:');
    for (const e of a.excluded) out.push(`  ${e.person}: ${e.reason}`);
  }
  return `${out.join('\n')}\n`;
}

/** JSON for scripts is snake_case, as the policy files are. */
const kindsJson = (h: HoursByKind) => ({
  total: h.total,
  business: h.business,
  after_hours: h.afterHours,
  weekend: h.weekend,
  holiday: h.holiday,
});

export function coverJson(a: CoverAnswer) {
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
    ...(a.limit !== undefined ? { max_hours_per_quarter: a.limit } : {}),
    candidates: a.candidates.map((c) => ({
      person: c.person,
      load: kindsJson(c.load),
      weighted: c.weighted,
      hours: kindsJson(c.hours),
      weighted_after: c.weightedAfter,
      hours_after: c.hoursAfter,
      command: c.command,
    })),
    excluded: a.excluded,
  };
}
