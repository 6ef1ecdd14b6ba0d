/**
 * The change-governance verdict for one pull request, from facts to verdict, with no I/O: the
 * action gathers what GitHub records, this judges every shift change the PR makes, the renderer
 * words it. Every path ends in a verdict: what cannot be read or computed fails, saying why.
 */
import { loadPolicy, type Policy, type RawFile } from '../model/load.js';
import { boundObjects } from '../model/pagerduty-ids.js';
import { locate } from '../model/source.js';
import type { Person } from '../model/types.js';
import type { Finding } from '../render/finding.js';
import { hourKinds, type HoursByKind } from '../reports/hours.js';
import type { Timeline } from '../schedule/timeline.js';
import type { Shift } from '../schedule/types.js';
import type { Classification, Hours } from '../swaps/compensation.js';
import { DAY_MS } from '../util/time.js';
import { validatePolicy } from '../validate/index.js';
import { compensationCheck, consentCheck, managersCheck, noticeCheck, type Check, type CheckId } from './checks.js';
import { bindingChanges, bindingCheck, type BindingChange } from './bindings.js';
import { adviseCover, type CoverAdvice } from './cover-advice.js';
import { classifyChange, swapBehind } from './compensation.js';
import {
  pushedOnlyBy,
  standingApprovals,
  standingSince,
  type Actor,
  type ReviewFact,
  type Sighting,
} from './evidence.js';
import { boundedTimeline, changeWindow, holds, MAX_CHANGES, shiftChanges, type ShiftChange } from './shift-changes.js';

/** Paths a PR that moves shifts must not touch: the checker, its workflows and its schemas. */
export const PROTECTED_PATHS = [
  /^\.github\//,
  /^src\//,
  /^dist\//,
  /^schemas\//,
  /^scripts\//,
  /^bin\//,
  /^package(-lock)?\.json$/,
];

/** A .gitattributes file at any depth (git reads one in every folder). */
const GITATTRIBUTES = /(^|\/)\.gitattributes$/i;

export interface PullRequestFacts {
  number: number;
  author: Actor;
  createdAt: number;
  labels: readonly string[];
  changedFiles: readonly string[];
  headSha: string;
}

export interface ChangeFacts {
  pr: PullRequestFacts;
  baseFiles: readonly RawFile[];
  headFiles: readonly RawFile[];
  /** Earlier heads of the PR as GitHub recorded them (the current head is implied at `now`). */
  sightings: readonly Sighting[];
  /** The policy files at other commits of the PR (sighted or reviewed heads), by sha. */
  filesAt: ReadonlyMap<string, readonly RawFile[]>;
  reviews: readonly ReviewFact[];
  /** Logins (lower case) GitHub records as told of this PR: review requested, reviewed or mentioned. */
  notified: ReadonlySet<string>;
  /** Why some fact could not be read in full; any one fails the check. */
  unreadable: readonly string[];
  now: number;
}

export interface ChangeReport {
  change: ShiftChange;
  since: number;
  emergency: boolean;
  checks: Check[];
  /** Where the change comes from, for annotations: a swap file's field, or the schedule in rotations.yaml. */
  file: string;
  swapId?: string;
  compensation?: Classification;
  before: Shift[];
  after: Shift[];
  /** A lighter cover `oncall cover` would suggest: shown beside the checks, never one of them. */
  cover?: CoverAdvice;
}

/** A new `pagerduty_id` and whether an approver stands behind it. */
export interface BindingReport {
  change: BindingChange;
  since: number;
  checks: Check[];
}

export interface PersonImpact {
  person: string;
  gained: HoursByKind;
  lost: HoursByKind;
  shiftsGained: number;
  shiftsLost: number;
  pay: Hours;
}

export interface Verdict {
  ok: boolean;
  /** Set when the PR could not be judged at all; it fails. */
  refusal?: string;
  reports: ChangeReport[];
  bindings: BindingReport[];
  impact: PersonImpact[];
  /** Managers to ask for review now: not yet told, and not the PR's author. */
  notify: Person[];
  protectedChanges: string[];
  policyErrors: Finding[];
  summary: string;
  /** Handoffs past the bound of cover advice, not compared with `oncall cover`. */
  coverUnchecked?: number;
}

export interface ChangeEvaluation {
  verdict: Verdict;
  people: ReadonlyMap<string, Person>;
  /** Every failing check as a Finding on the line it is about, and the head's policy errors. */
  findings: Finding[];
}

/** The field of a swap file each check is about, so its annotation lands on that line. */
const FIELD: Partial<Record<CheckId, string>> = { notice: 'start', consent: 'covering', managers: 'relieved' };

export function evaluateChanges(facts: ChangeFacts): ChangeEvaluation {
  const base = validatePolicy(facts.baseFiles, { now: facts.now });
  const head = validatePolicy(facts.headFiles, { now: facts.now });
  const people = new Map((base.policy.team?.people ?? []).map((p) => [p.id, p]));
  const policyErrors = head.findings.filter((f) => f.severity === 'error');
  const refuse = (refusal: string, errors = policyErrors): ChangeEvaluation => ({
    verdict: {
      ok: false,
      refusal,
      reports: [],
      bindings: [],
      impact: [],
      notify: [],
      protectedChanges: [],
      policyErrors: errors,
      summary: `Cannot judge this PR: ${refusal}`,
    },
    people,
    findings: errors,
  });
  // Files not read whole: their findings ("file/missing" for files that are there) would mislead.
  if (facts.unreadable.length) return refuse(facts.unreadable.join(' '), []);
  // This check reads the PR's files as git stores them; validate, plan and apply read them as
  // checkout writes them, which .gitattributes at any depth can change (working-tree-encoding
  // turns a quoted "¥" into a backslash and a hidden pagerduty_id or layer into a real one).
  const attributes = facts.pr.changedFiles.filter((f) => GITATTRIBUTES.test(f));
  if (attributes.length)
    return refuse(
      `it changes ${attributes.map((f) => JSON.stringify(f)).join(', ')}, which decides how git writes files on checkout: what the PagerDuty sync would read could differ from what this check reads. Change it in a PR of its own that an administrator merges past this check after reading it.`,
      [],
    );

  const window = changeWindow(facts.now);
  const before = boundedTimeline(base.policy, window);
  const after = boundedTimeline(head.policy, window);
  if (!before || !after)
    return refuse(
      `the ${before ? 'head' : 'base'} rotation has too many turns in the next two years to compare them within bounds; use longer turns.`,
    );
  const changes = shiftChanges(before, after, window);
  if (changes.length > MAX_CHANGES)
    return refuse(
      `it changes who is on call in ${changes.length.toLocaleString('en-US')} stretches of the next two years, more than the ${MAX_CHANGES.toLocaleString('en-US')} one check judges; split it, or use longer turns.`,
    );
  const held = heldAt(facts, changes);
  const cover = adviseCover(base.policy, changes);
  // Pay is classified by the rules in force: a swap PR does not set its own rate.
  const payRules = base.policy.compensation ? base.policy : head.policy;
  const bindings = bindingChanges(base.policy, head.policy);
  const protectedChanges =
    changes.length || bindings.length
      ? facts.pr.changedFiles.filter((f) => PROTECTED_PATHS.some((re) => re.test(f)))
      : [];
  const trust = (what: string): Check => ({
    id: 'trust',
    ok: false,
    message: `This PR also changes ${protectedChanges.map((f) => JSON.stringify(f)).join(', ')}: ${what} must come in a PR of its own, judged by the checker already on the base branch.`,
  });
  const notified = new Set([...facts.notified, facts.pr.author.login.toLowerCase()]);

  const notify = new Map<string, Person>();
  const reports = changes.map((change): ChangeReport => {
    const isHeld = (sha: string) => (sha === facts.pr.headSha ? true : held(sha, change));
    const since = standingSince(facts.sightings, isHeld, facts.pr.createdAt, facts.now);
    const approvals = standingApprovals(facts.reviews, since, isHeld);
    const authorPushed = pushedOnlyBy(facts.sightings, isHeld, facts.pr.author, facts.now);
    const ctx = {
      change,
      since,
      author: facts.pr.author,
      authorPushed,
      approvals,
      labels: facts.pr.labels,
      people,
      now: facts.now,
    };
    const checks: Check[] = [];
    if (protectedChanges.length) checks.push(trust('a change of who is on call'));
    const notice = noticeCheck(ctx);
    const managers = managersCheck(change, people, notified);
    for (const m of managers.toNotify) notify.set(m.id, m);
    checks.push(notice, consentCheck(ctx), managers);
    const behind = swapBehind(change, after.swaps, before.swaps);
    const compensation = classifyChange(change, changes, head.policy, after.swaps, behind, payRules);
    if (compensation) checks.push(compensationCheck(change, compensation, people));
    const advice = cover.advice.get(change);
    return {
      change,
      since,
      emergency: notice.emergency,
      checks,
      file: behind ? behind.outcome.swap.file : 'oncall/rotations.yaml',
      ...(behind ? { swapId: behind.outcome.swap.id } : {}),
      ...(compensation ? { compensation } : {}),
      before: around(before, change),
      after: around(after, change),
      ...(advice ? { cover: advice } : {}),
    };
  });

  const bound = boundAt(facts);
  const bindingReports = bindings.map((change): BindingReport => {
    const isHeld = (sha: string) => (sha === facts.pr.headSha ? true : bound(sha, change));
    const since = standingSince(facts.sightings, isHeld, facts.pr.createdAt, facts.now);
    const checks = [bindingCheck(change, standingApprovals(facts.reviews, since, isHeld), people)];
    if (protectedChanges.length) checks.unshift(trust('binding a PagerDuty object'));
    return { change, since, checks };
  });

  const ok =
    policyErrors.length === 0 && [...reports, ...bindingReports].every((r) => r.checks.every((c) => c.ok !== false));
  const verdict: Verdict = {
    ok,
    reports,
    bindings: bindingReports,
    impact: impactOf(head.policy, reports, window),
    notify: [...notify.values()],
    protectedChanges,
    policyErrors,
    summary: summarize(reports, bindingReports, policyErrors.length),
    ...(cover.unchecked ? { coverUnchecked: cover.unchecked } : {}),
  };
  return {
    verdict,
    people,
    findings: [
      ...checkFindings(reports, head.policy),
      ...bindingFindings(bindingReports, head.policy),
      ...policyErrors,
    ],
  };
}

/**
 * Whether the policy at an earlier commit held a change: computed once per commit, over the
 * stretch the changes span, from the files as they were (undefined where they were not read).
 */
function heldAt(
  facts: ChangeFacts,
  changes: readonly ShiftChange[],
): (sha: string, c: ShiftChange) => boolean | undefined {
  if (changes.length === 0) return () => undefined;
  const span = { start: Math.min(...changes.map((c) => c.start)), end: Math.max(...changes.map((c) => c.end)) };
  const timelines = new Map<string, Timeline | undefined>();
  return (sha, change) => {
    if (!timelines.has(sha)) {
      const files = facts.filesAt.get(sha);
      timelines.set(sha, files ? boundedTimeline(loadPolicy(files).policy, span) : undefined);
    }
    const t = timelines.get(sha);
    return t ? holds(t, change) : undefined;
  };
}

/** Whether the policy at an earlier commit bound the same object to the same PagerDuty id. */
function boundAt(facts: ChangeFacts): (sha: string, c: BindingChange) => boolean | undefined {
  const bindings = new Map<string, Map<string, string> | undefined>();
  return (sha, change) => {
    if (!bindings.has(sha)) {
      const files = facts.filesAt.get(sha);
      bindings.set(
        sha,
        files ? new Map(boundObjects(loadPolicy(files).policy).map((b) => [b.what, b.pagerdutyId])) : undefined,
      );
    }
    const at = bindings.get(sha);
    return at ? at.get(change.what) === change.pagerdutyId : undefined;
  };
}

function bindingFindings(reports: readonly BindingReport[], head: Policy): Finding[] {
  return reports.flatMap((r) => {
    const source = head.sources.get(r.change.file);
    const span = source ? locate(source, r.change.path) : { line: 1, column: 1 };
    return r.checks
      .filter((c) => c.ok === false)
      .map((c) => ({
        ruleId: `change/${c.id}`,
        severity: 'error' as const,
        message: c.message,
        file: r.change.file,
        line: span.line,
        column: span.column,
      }));
  });
}

function around(timeline: Timeline, change: ShiftChange): Shift[] {
  return (timeline.schedules.get(change.schedule) ?? []).filter(
    (s) => s.end > change.start - 3 * DAY_MS && s.start < change.end + 3 * DAY_MS,
  );
}

function impactOf(
  head: Policy,
  reports: readonly ChangeReport[],
  window: { start: number; end: number },
): PersonImpact[] {
  const kinds = hourKinds(head, window);
  const zero = (): HoursByKind => ({ total: 0, business: 0, afterHours: 0, weekend: 0, holiday: 0 });
  const add = (to: HoursByKind, h: HoursByKind) => {
    for (const k of Object.keys(to) as (keyof HoursByKind)[]) to[k] += h[k];
  };
  const rows = new Map<string, PersonImpact>();
  const row = (person: string) => {
    let r = rows.get(person);
    if (!r) {
      r = {
        person,
        gained: zero(),
        lost: zero(),
        shiftsGained: 0,
        shiftsLost: 0,
        pay: { time_trade: 0, overtime: 0, holiday: 0 },
      };
      rows.set(person, r);
    }
    return r;
  };
  for (const { change, compensation } of reports) {
    if (change.gains !== undefined) {
      const r = row(change.gains);
      add(r.gained, kinds(change, change.gains));
      r.shiftsGained += 1;
      if (compensation)
        for (const k of ['time_trade', 'overtime', 'holiday'] as const) r.pay[k] += compensation.hours[k];
    }
    if (change.loses !== undefined) {
      const r = row(change.loses);
      add(r.lost, kinds(change, change.loses));
      r.shiftsLost += 1;
    }
  }
  return [...rows.values()].sort((a, b) => (a.person < b.person ? -1 : 1));
}

function checkFindings(reports: readonly ChangeReport[], head: Policy): Finding[] {
  const scheduleIndex = (id: string) => (head.rotations?.schedules ?? []).findIndex((s) => s.id === id);
  return reports.flatMap((r) => {
    const source = head.sources.get(r.file);
    return r.checks
      .filter((c) => c.ok === false)
      .map((c): Finding => {
        const field = FIELD[c.id];
        const path = r.swapId ? (field ? [field] : []) : ['schedules', Math.max(0, scheduleIndex(r.change.schedule))];
        const span = source ? locate(source, path) : { line: 1, column: 1 };
        return {
          ruleId: `change/${c.id}`,
          severity: 'error',
          message: c.message,
          file: r.file,
          line: span.line,
          column: span.column,
        };
      });
  });
}

function summarize(reports: readonly ChangeReport[], bindings: readonly BindingReport[], policyErrors: number): string {
  const unapproved = bindings.filter((b) => b.checks.some((c) => c.ok === false)).length;
  const binds = bindings.length
    ? ` ${bindings.length} new PagerDuty binding${bindings.length === 1 ? '' : 's'}${unapproved ? `, ${unapproved} not approved by an engineering manager or the CTO` : ', approved'}.`
    : '';
  return shiftSummary(reports, policyErrors) + binds;
}

function shiftSummary(reports: readonly ChangeReport[], policyErrors: number): string {
  const failing = reports.filter((r) => r.checks.some((c) => c.ok === false));
  const n = reports.length;
  const plural = n === 1 ? 'shift change' : 'shift changes';
  const errors = policyErrors ? ` The policy has ${policyErrors} error${policyErrors === 1 ? '' : 's'}.` : '';
  if (n === 0)
    return policyErrors
      ? `Moves nobody, but the policy does not validate.${errors}`
      : 'Moves nobody; the policy validates.';
  if (failing.length === 0 && !policyErrors)
    return `${n} ${plural} meet the swap policy${reports.some((r) => r.emergency) ? ' (emergency)' : ''}.`;
  const ids = [...new Set(failing.flatMap((r) => r.checks.filter((c) => c.ok === false).map((c) => c.id)))];
  return failing.length
    ? `${failing.length} of ${n} ${plural} do not meet the swap policy: ${ids.join(', ')}.${errors}`
    : `${n} ${plural} meet the swap policy, but the policy does not validate.${errors}`;
}
