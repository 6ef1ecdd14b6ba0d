/**
 * The swap policy of the procedures, decided for one pull request: 48 hours' notice, consent of
 * both engineers, their managers notified, compensation classified, the policy still valid — or an
 * emergency, with a manager's approval. Pure: the action gathers the facts, this decides.
 */
import type { Policy, SwapEntry } from '../model/load.js';
import type { Person } from '../model/types.js';
import type { Finding } from '../report/finding.js';
import type { SwapOutcome } from '../schedule/swaps.js';
import type { Interval } from '../schedule/types.js';
import { HOUR_MS, isoUtc } from '../util/time.js';
import { classifySwap, type Classification } from './compensation.js';
import { approversSince, type Review } from './consent.js';
import type { SwapChange } from './diff.js';

export const NOTICE_HOURS = 48;
export const EMERGENCY_LABEL = 'emergency-swap';

/** Paths a swap PR must not touch: the checker, its workflows, the schemas and the roster it trusts. */
export const PROTECTED_PATHS = [
  /^\.github\//,
  /^src\//,
  /^dist\//,
  /^schemas\//,
  /^scripts\//,
  /^bin\//,
  /^package(-lock)?\.json$/,
  /^oncall\/team\.yaml$/,
];

export type CheckId = 'trust' | 'notice' | 'consent' | 'managers' | 'compensation' | 'policy';

export interface Check {
  id: CheckId;
  /** true passes, false fails, null informs (compensation). */
  ok: boolean | null;
  message: string;
}

export interface SwapReport {
  change: SwapChange;
  /** The swap this report is about: the head's, or the base's for a removal. */
  swap: SwapEntry;
  period?: Interval;
  /** When the swap as it now reads was first proposed. */
  proposedAt: number;
  emergency: boolean;
  checks: Check[];
  compensation?: Classification;
}

export interface PullRequestFacts {
  number: number;
  author: string;
  labels: readonly string[];
  changedFiles: readonly string[];
  reviews: readonly Review[];
}

export interface VerdictInput {
  pr: PullRequestFacts;
  /** The base branch's policy: the roster and managers the verdict trusts. */
  base: Policy;
  baseSwaps: readonly SwapOutcome[];
  /** The head branch's policy, its findings and how its swaps resolved. */
  head: Policy;
  headFindings: readonly Finding[];
  headSwaps: readonly SwapOutcome[];
  changes: readonly SwapChange[];
  /** When each swap content (by hash) was first proposed in this PR. */
  proposedAt: (hash: string) => number;
  /** Manager logins (lower case) already asked for review or mentioned on this PR. */
  notified: ReadonlySet<string>;
  now: number;
}

export interface Verdict {
  ok: boolean;
  reports: SwapReport[];
  /** Managers to ask for review now (logins), each once per PR. */
  notify: string[];
  /** Protected files the PR changes alongside swaps. */
  protectedChanges: string[];
  policyErrors: Finding[];
  summary: string;
}

export function decide(input: VerdictInput): Verdict {
  const people = input.base.team?.people ?? [];
  const byId = new Map(people.map((p) => [p.id, p]));
  const protectedChanges = input.changes.length
    ? input.pr.changedFiles.filter((f) => PROTECTED_PATHS.some((re) => re.test(f)))
    : [];
  const policyErrors = input.headFindings.filter((f) => f.severity === 'error');
  const emergencyLabel = input.pr.labels.includes(EMERGENCY_LABEL);
  const periods = new Map(
    input.headSwaps.filter((o) => o.end !== undefined).map((o) => [o.swap.id, { start: o.start, end: o.end! }]),
  );
  const notify = new Set<string>();

  const reports = input.changes.map((change): SwapReport => {
    const swap = (change.head ?? change.base)!;
    const outcome = (change.head ? input.headSwaps : input.baseSwaps).find((o) => o.swap === swap);
    const period = outcome?.end !== undefined ? { start: outcome.start, end: outcome.end } : undefined;
    const proposedAt = input.proposedAt(change.hash);
    const checks: Check[] = [];
    // Editing a swap in place also undoes the old one: its period and its people count too.
    const prior =
      change.kind === 'changed' && change.base && !samePeriodAndPeople(change.base, swap) ? change.base : undefined;
    const priorOutcome = prior ? input.baseSwaps.find((o) => o.swap === prior) : undefined;
    const priorParties = prior ? [byId.get(prior.data.relieved), byId.get(prior.data.covering)] : [];

    if (protectedChanges.length)
      checks.push({
        id: 'trust',
        ok: false,
        message: `This PR also changes ${protectedChanges.join(', ')}: a swap must come in a PR of its own, judged by the roster and checker already on the base branch.`,
      });

    // Notice: measured from when the swap, as it now reads, was first proposed.
    const ownStart = period?.start ?? outcome?.start ?? Date.parse(swap.data.start);
    const start = Math.min(ownStart, priorOutcome?.start ?? (prior ? Date.parse(prior.data.start) : ownStart));
    const noticeHours = (start - proposedAt) / HOUR_MS;
    const shortNotice = noticeHours < NOTICE_HOURS;
    const relieved = byId.get(swap.data.relieved);
    const covering = byId.get(swap.data.covering);
    const approvers = approversSince(input.pr.reviews, proposedAt);
    const author = input.pr.author.toLowerCase();
    const consents = (p: Person | undefined) =>
      p !== undefined && (p.github.toLowerCase() === author || approvers.has(p.github.toLowerCase()));
    const managers = [
      ...new Set(
        [relieved, covering, ...priorParties].map((p) => p?.manager).filter((m): m is string => m !== undefined),
      ),
    ]
      .map((id) => byId.get(id))
      .filter((m): m is Person => m !== undefined);
    const managerApproved = managers.find((m) => approvers.has(m.github.toLowerCase()));
    let emergency = false;
    if (start <= input.now || start <= proposedAt) {
      checks.push({
        id: 'notice',
        ok: false,
        message: `The period started ${isoUtc(start)}${start <= proposedAt ? `, before the swap was proposed (${isoUtc(proposedAt)})` : ''}: a shift that has begun cannot be swapped or un-swapped by PR. Hand over directly and tell the team.`,
      });
    } else if (!shortNotice) {
      checks.push({
        id: 'notice',
        ok: true,
        message: `Proposed ${isoUtc(proposedAt)}, ${Math.floor(noticeHours)} h before the period starts (${isoUtc(start)}); at least ${NOTICE_HOURS} h are required.`,
      });
    } else if (emergencyLabel && managerApproved) {
      emergency = true;
      checks.push({
        id: 'notice',
        ok: true,
        message: `Emergency: only ${fmtNotice(noticeHours)} notice (${NOTICE_HOURS} h required), accepted because of the ${EMERGENCY_LABEL} label and ${managerApproved.name}'s approval as manager.`,
      });
    } else {
      const missing = [
        !emergencyLabel && `the ${EMERGENCY_LABEL} label`,
        !managerApproved &&
          `an approval from a manager (${managers.map((m) => `@${m.github}`).join(' or ') || 'none on the roster'})`,
      ].filter(Boolean);
      checks.push({
        id: 'notice',
        ok: false,
        message: `Only ${fmtNotice(noticeHours)} notice before ${isoUtc(start)}; ${NOTICE_HOURS} h are required. As an emergency it needs ${missing.join(' and ')}.`,
      });
    }

    // Consent: whoever gives the shift up and whoever takes it on.
    const parties = [
      ...new Set(change.kind === 'removed' ? [covering, relieved] : [relieved, covering, ...priorParties]),
    ];
    const missingConsent = parties.filter((p) => !consents(p));
    checks.push(
      missingConsent.length === 0
        ? {
            id: 'consent',
            ok: true,
            message: `${parties.map((p) => `${p!.name} (@${p!.github})`).join(' and ')} agreed (authored the PR or approved it after the swap last changed).`,
          }
        : {
            id: 'consent',
            ok: false,
            message: `Waiting for ${missingConsent.map((p) => (p ? `${p.name} (@${p.github})` : 'a person not on the roster')).join(' and ')} to approve the PR${input.pr.reviews.length ? ' (approvals from before the swap last changed, dismissed reviews and approvals by people not on the roster do not count)' : ''}.`,
          },
    );

    // Managers: told once per PR.
    const unnotified = managers.filter((m) => !input.notified.has(m.github.toLowerCase()));
    for (const m of unnotified) notify.add(m.github);
    checks.push({
      id: 'managers',
      ok: managers.length > 0,
      message: managers.length
        ? `${managers.map((m) => `${m.name} (@${m.github})`).join(' and ')} ${unnotified.length ? 'asked for review now' : 'notified (asked for review)'}.`
        : 'Neither engineer has a manager in team.yaml to notify.',
    });

    let compensation: Classification | undefined;
    if (change.kind !== 'removed' && period && input.head.compensation) {
      compensation = classifySwap(swap, period, input.head.swaps, periods, input.head.compensation);
      const h = compensation.hours;
      checks.push({
        id: 'compensation',
        ok: null,
        message: `${covering?.name ?? swap.data.covering}: ${fmtHours(h.time_trade)} h time trade, ${fmtHours(h.overtime)} h overtime, ${fmtHours(h.holiday)} h holiday rate — ${compensation.reason}.`,
      });
    }

    const ownErrors = policyErrors.filter((f) => f.file === swap.file);
    checks.push(
      change.kind === 'removed'
        ? {
            id: 'policy',
            ok: policyErrors.length === 0,
            message: policyErrors.length
              ? `With this swap removed the policy has ${policyErrors.length} error(s); see the annotations.`
              : 'The policy holds without it.',
          }
        : ownErrors.length || policyErrors.length
          ? {
              id: 'policy',
              ok: false,
              message: `${ownErrors.length ? ownErrors.map((f) => f.message).join(' ') : `The policy has ${policyErrors.length} error(s) with this change; see the annotations.`}`,
            }
          : {
              id: 'policy',
              ok: true,
              message: 'All oncall validate rules hold with the swap (coverage, double role, training).',
            },
    );
    return { change, swap, period, proposedAt, emergency, checks, compensation };
  });

  // A PR without swap changes passes this check: the policy's own errors are the validate check's to report.
  const ok = reports.every((r) => r.checks.every((c) => c.ok !== false));
  const failing = reports.filter((r) => r.checks.some((c) => c.ok === false));
  const summary =
    reports.length === 0
      ? 'No swap changes in this PR.'
      : ok
        ? `${reports.length} swap change${reports.length === 1 ? '' : 's'} meet the swap policy${reports.some((r) => r.emergency) ? ' (emergency)' : ''}.`
        : `${failing.length} of ${reports.length} swap change${reports.length === 1 ? '' : 's'} do not meet the swap policy: ${[...new Set(failing.flatMap((r) => r.checks.filter((c) => c.ok === false).map((c) => c.id)))].join(', ')}.`;
  return { ok, reports, notify: [...notify], protectedChanges, policyErrors, summary };
}

/** 47 h 59 min: rounding would turn it into "48 h", which reads as enough. */
function fmtNotice(hours: number): string {
  const minutes = Math.floor(hours * 60);
  return `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
}

function samePeriodAndPeople(a: SwapEntry, b: SwapEntry): boolean {
  const keys = ['schedule', 'start', 'end', 'relieved', 'covering'] as const;
  return keys.every((k) => a.data[k] === b.data[k]);
}

function fmtHours(h: number): string {
  return Number.isInteger(h) ? String(h) : h.toFixed(1);
}
