/**
 * Everything the swap check computes, from facts to verdict and views, with no I/O: the action
 * fetches the facts, this evaluates them, the renderers present the result.
 */
import type { RawFile } from '../model/load.js';
import { locate } from '../model/source.js';
import type { Finding } from '../report/finding.js';
import type { People } from '../report/schedule.js';
import type { SwapView } from '../report/swap-comment.js';
import { buildTimeline, shiftsIn, type Timeline } from '../schedule/timeline.js';
import { DAY_MS } from '../util/time.js';
import { validatePolicy } from '../validate.js';
import type { Review } from './consent.js';
import { diffSwaps, type SwapChange } from './diff.js';
import { ledgerFrom, proposedAt, type LedgerStatus } from './ledger.js';
import { decide, type CheckId, type Verdict } from './verdict.js';

export interface SwapPrFacts {
  number: number;
  author: string;
  createdAt: number;
  labels: readonly string[];
  changedFiles: readonly string[];
  reviews: readonly Review[];
  baseFiles: readonly RawFile[];
  headFiles: readonly RawFile[];
  /** The check's earlier statuses on this PR (its ledger of sightings). */
  statuses: readonly LedgerStatus[];
  /** This run handles the PR's `opened` event. */
  openedEvent: boolean;
  /** Manager logins (lower case) already asked or mentioned. */
  notified: ReadonlySet<string>;
  now: number;
}

export interface SwapEvaluation {
  verdict: Verdict;
  changes: SwapChange[];
  views: SwapView[];
  people: People;
  headFindings: Finding[];
  /** Every failing check as a Finding on the swap file's line it is about, for annotations. */
  checkFindings: Finding[];
}

/** The field of a swap file each check is about, so its annotation lands on that line. */
const FIELD: Partial<Record<CheckId, string>> = { notice: 'start', consent: 'covering', managers: 'relieved' };

export function evaluateSwapPr(facts: SwapPrFacts): SwapEvaluation {
  const base = validatePolicy(facts.baseFiles, { now: facts.now });
  const head = validatePolicy(facts.headFiles, { now: facts.now });
  const changes = diffSwaps(base.policy.swaps, head.policy.swaps);
  const starts = changes.map((c) => Date.parse((c.head ?? c.base)!.data.start));
  const window = starts.length
    ? { start: Math.min(...starts) - 7 * DAY_MS, end: Math.max(...starts) + 21 * DAY_MS }
    : { start: facts.now, end: facts.now + DAY_MS };
  const before = buildTimeline(base.policy, window);
  const after = buildTimeline(head.policy, window);

  const verdict = decide({
    pr: facts,
    base: base.policy,
    baseSwaps: before.swaps,
    head: head.policy,
    headFindings: head.findings,
    headSwaps: after.swaps,
    changes,
    proposedAt: proposedAt(ledgerFrom(facts.statuses), facts.createdAt, facts.now, facts.openedEvent),
    notified: facts.notified,
    now: facts.now,
  });

  const views = verdict.reports.map((report) => {
    const period = report.period ?? {
      start: Date.parse(report.swap.data.start),
      end: Date.parse(report.swap.data.start) + DAY_MS,
    };
    const around = (t: Timeline) =>
      shiftsIn(t).filter(
        (s) =>
          s.schedule === report.swap.data.schedule &&
          s.end > period.start - 3 * DAY_MS &&
          s.start < period.end + 3 * DAY_MS,
      );
    return { report, before: around(before), after: around(after) };
  });
  const people = new Map((base.policy.team?.people ?? []).map((p) => [p.id, p]));
  const checkFindings = verdict.reports.flatMap((r) => {
    const source = (r.change.head ? head : base).policy.sources.get(r.swap.file);
    return r.checks
      .filter((c) => c.ok === false && c.id !== 'policy') // policy failures are the head's own findings
      .map((c): Finding => {
        const field = FIELD[c.id];
        const span = source && field ? locate(source, [field]) : { line: 1, column: 1 };
        return { ruleId: `swap/${c.id}`, severity: 'error', message: c.message, file: r.swap.file, ...span };
      });
  });
  return { verdict, changes, views, people, headFindings: head.findings, checkFindings };
}
