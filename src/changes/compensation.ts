/**
 * "Coverage Compensation" for a shift change, whatever caused it. A change a swap file makes is
 * classified as that swap (its named payback); any other change gained by someone is a time trade
 * when the PR hands the same two people's time back the other way in the same pay period, overtime
 * otherwise, and hours on a holiday (of the calendar of the person who gains them) are paid at the
 * holiday rate either way.
 */
import type { Policy } from '../model/load.js';
import type { SwapOutcome } from '../schedule/swaps.js';
import type { Interval } from '../schedule/types.js';
import {
  classifySwap,
  holidayHours,
  holidaysOf,
  payPeriodOf,
  round,
  type Classification,
  type Hours,
} from '../swaps/compensation.js';
import { HOUR_MS } from '../util/time.js';
import type { ShiftChange } from './shift-changes.js';

/** The applied swap of the head (or, for a change that undoes one, of the base) that makes a change. */
export function swapBehind(
  change: ShiftChange,
  headSwaps: readonly SwapOutcome[],
  baseSwaps: readonly SwapOutcome[],
): { outcome: SwapOutcome; side: 'head' | 'base' } | undefined {
  const overlaps = (o: SwapOutcome) =>
    o.status === 'applied' &&
    o.end !== undefined &&
    o.swap.data.schedule === change.schedule &&
    o.start < change.end &&
    o.end > change.start;
  const head = headSwaps.find((o) => overlaps(o) && o.swap.data.covering === change.gains);
  if (head) return { outcome: head, side: 'head' };
  const base = baseSwaps.find((o) => overlaps(o) && o.swap.data.covering === change.loses);
  return base ? { outcome: base, side: 'base' } : undefined;
}

/**
 * `rules` is the policy whose pay rules and holiday calendars apply: the base branch's where it
 * has them, so a swap PR cannot classify its own hours by a compensation.yaml it edits. The swaps
 * (and their paybacks) are the head's: they are what the PR proposes.
 */
export function classifyChange(
  change: ShiftChange,
  all: readonly ShiftChange[],
  head: Policy,
  headSwaps: readonly SwapOutcome[],
  behind: { outcome: SwapOutcome; side: 'head' | 'base' } | undefined,
  rules: Policy = head,
): Classification | undefined {
  const compensation = rules.compensation;
  if (!compensation || change.gains === undefined) return undefined;
  const stretch: Interval = { start: change.start, end: change.end };
  if (behind?.side === 'head') {
    const periods = new Map(headSwaps.filter((o) => o.end !== undefined).map((o) => [o.swap.id, span(o)]));
    return classifySwap(behind.outcome.swap, stretch, head.swaps, periods, compensation, rules.team);
  }
  const total = (stretch.end - stretch.start) / HOUR_MS;
  const holiday = holidayHours(stretch, holidaysOf(compensation, rules.team, change.gains));
  const payPeriod = payPeriodOf(stretch.start, compensation.pay_periods);
  const within = (i: Interval) => i.start >= payPeriod.start && i.end <= payPeriod.end;
  const back = all.find((o) => o !== change && o.gains === change.loses && o.loses === change.gains && within(o));
  const traded = back !== undefined && within(stretch);
  const rest = total - holiday;
  const hours: Hours = { time_trade: traded ? rest : 0, overtime: traded ? 0 : rest, holiday };
  const reason = traded
    ? `handed back the other way in the same pay period (${payPeriod.label}): a time trade`
    : `nothing handed back in the pay period ${payPeriod.label}: overtime`;
  return { hours, payPeriod, reason: holiday > 0 ? `${reason}; ${round(holiday)} h fall on a holiday` : reason };
}

const span = (o: SwapOutcome): Interval => ({ start: o.start, end: o.end! });
