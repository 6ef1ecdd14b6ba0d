/**
 * The swap rules of the procedures, applied to one shift change: 48 hours' notice, consent of each
 * person moved, their managers notified, compensation classified — or an emergency, with a manager's
 * approval. Each check is a small pure function over the facts; the renderer words the verdict.
 */
import type { Person } from '../model/types.js';
import type { Classification } from '../swaps/compensation.js';
import { HOUR_MS, isoUtc } from '../util/time.js';
import { isPerson, type Actor, type ReviewFact } from './evidence.js';
import type { ShiftChange } from './shift-changes.js';

export const NOTICE_HOURS = 48;
export const EMERGENCY_LABEL = 'emergency-swap';

export type CheckId = 'trust' | 'binding' | 'notice' | 'consent' | 'managers' | 'compensation' | 'policy';

export interface Check {
  id: CheckId;
  /** true passes, false fails, null informs (compensation). */
  ok: boolean | null;
  message: string;
}

export interface ChangeContext {
  change: ShiftChange;
  /** Since when the change, as it now reads, has stood in the PR. */
  since: number;
  author: Actor;
  /**
   * Every head that has carried the change was pushed by the author, as GitHub records it. Anyone
   * with write access can push to someone else's PR branch: authorship is consent only for the
   * author's own pushes.
   */
  authorPushed: boolean;
  approvals: readonly ReviewFact[];
  labels: readonly string[];
  /** The base branch's roster: the people and managers the verdict trusts. */
  people: ReadonlyMap<string, Person>;
  now: number;
}

export const who = (p: Person | undefined, id?: string): string =>
  p ? `${p.name} (${p.github ? `@${p.github}` : 'no GitHub login yet'})` : `${id ?? 'nobody'} (not on the roster)`;

/** The people a change moves: whoever loses the time and whoever gains it. */
export function moved(change: ShiftChange): string[] {
  return [...new Set([change.loses, change.gains].filter((p): p is string => p !== undefined))];
}

export function managersOf(change: ShiftChange, people: ReadonlyMap<string, Person>): Person[] {
  const ids = moved(change)
    .map((id) => people.get(id)?.manager)
    .filter((m): m is string => m !== undefined);
  return [...new Set(ids)].map((id) => people.get(id)).filter((m): m is Person => m !== undefined);
}

const agreed = (p: Person, ctx: ChangeContext) =>
  (ctx.authorPushed && isPerson(ctx.author, p)) || ctx.approvals.some((r) => isPerson(r, p));

export function noticeCheck(ctx: ChangeContext): Check & { emergency: boolean } {
  const { change, since } = ctx;
  if (change.begun || change.start <= since)
    return {
      id: 'notice',
      ok: false,
      emergency: false,
      message: `The stretch starting ${isoUtc(change.start)} ${change.begun ? 'had already begun' : 'began before the change was proposed'}: a shift that has begun cannot be moved by PR. Hand over directly and tell the team.`,
    };
  const hours = (change.start - since) / HOUR_MS;
  if (hours >= NOTICE_HOURS)
    return {
      id: 'notice',
      ok: true,
      emergency: false,
      message: `Proposed ${isoUtc(since)}, ${Math.floor(hours)} h before it starts (${isoUtc(change.start)}); at least ${NOTICE_HOURS} h are required.`,
    };
  const managers = managersOf(change, ctx.people);
  const label = ctx.labels.includes(EMERGENCY_LABEL);
  const manager = managers.find((m) => agreed(m, ctx) && !isPerson(ctx.author, m));
  if (label && manager)
    return {
      id: 'notice',
      ok: true,
      emergency: true,
      message: `Emergency: only ${fmtNotice(hours)} notice (${NOTICE_HOURS} h required), accepted because of the ${EMERGENCY_LABEL} label and ${manager.name}'s approval as manager.`,
    };
  const missing = [
    !label && `the ${EMERGENCY_LABEL} label`,
    !manager &&
      `an approval from a manager (${managers.flatMap((m) => (m.github ? [`@${m.github}`] : [])).join(' or ') || 'none on the roster'})`,
  ].filter(Boolean);
  return {
    id: 'notice',
    ok: false,
    emergency: false,
    message: `Only ${fmtNotice(hours)} notice before ${isoUtc(change.start)}; ${NOTICE_HOURS} h are required. As an emergency it needs ${missing.join(' and ')}.`,
  };
}

/** Why some of these people cannot consent yet: their team.yaml record lists what is still to fill in. */
function incomplete(ids: readonly string[], people: ReadonlyMap<string, Person>): string {
  const waiting = ids.flatMap((id) => {
    const todo = people.get(id)?.todo;
    return todo?.length ? [`${id} (todo: ${todo.join(', ')})`] : [];
  });
  return waiting.length
    ? `; ${waiting.join(' and ')} cannot consent until their record in team.yaml is complete and the todo is removed`
    : '';
}

export function consentCheck(ctx: ChangeContext): Check & { waitingFor: string[] } {
  const ids = moved(ctx.change);
  const missing = ids.filter((id) => {
    const p = ctx.people.get(id);
    return !p || !agreed(p, ctx);
  });
  if (missing.length === 0)
    return {
      id: 'consent',
      ok: true,
      waitingFor: [],
      message: `${ids.map((id) => who(ctx.people.get(id), id)).join(' and ')} agreed (authored the PR, or approved a head with this change after it last changed).`,
    };
  return {
    id: 'consent',
    ok: false,
    waitingFor: missing,
    message: `Waiting for ${missing.map((id) => who(ctx.people.get(id), id)).join(' and ')} to approve the PR${incomplete(missing, ctx.people)} (approvals of an earlier version, dismissed reviews and approvals by people not on the roster do not count${ctx.authorPushed ? '' : '; someone other than the author pushed this change, so authorship does not count as consent'}).`,
  };
}

export function managersCheck(
  change: ShiftChange,
  people: ReadonlyMap<string, Person>,
  notified: ReadonlySet<string>,
): Check & { toNotify: Person[] } {
  const managers = managersOf(change, people);
  if (managers.length === 0)
    return {
      id: 'managers',
      ok: false,
      toNotify: [],
      message: 'No one moved by this change has a manager in team.yaml to notify.',
    };
  const toNotify = managers.filter((m) => !m.github || !notified.has(m.github.toLowerCase()));
  return {
    id: 'managers',
    ok: toNotify.length === 0,
    toNotify,
    message: toNotify.length
      ? `${toNotify.map((m) => who(m)).join(' and ')} not yet notified: GitHub records no review request or mention of them on this PR.`
      : `${managers.map((m) => who(m)).join(' and ')} notified (GitHub records a review request, review or mention).`,
  };
}

export function compensationCheck(change: ShiftChange, c: Classification, people: ReadonlyMap<string, Person>): Check {
  const h = c.hours;
  return {
    id: 'compensation',
    ok: null,
    message: `${who(people.get(change.gains ?? ''), change.gains)}: ${fmtHours(h.time_trade)} h time trade, ${fmtHours(h.overtime)} h overtime, ${fmtHours(h.holiday)} h holiday rate — ${c.reason}.`,
  };
}

/** 47 h 59 min: rounding would turn it into "48 h", which reads as enough. */
export function fmtNotice(hours: number): string {
  const minutes = Math.floor(hours * 60);
  return `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
}

export function fmtHours(h: number): string {
  return Number.isInteger(h) ? String(h) : h.toFixed(1);
}
