/**
 * Desired vs actual → a plan, like terraform's: what to create, update, end or delete, and what
 * stops the run. Pure. The quirks of the API are respected here: instants are compared, never
 * strings; layers are matched by name (GET reverses their order) and ended, never deleted; `start`
 * is never compared (PagerDuty resets it); only objects carrying the marker are ever changed.
 */
import type { ActualState, PdLayer, PdOverride, PdPolicy, PdSchedule, PdService } from './actual.js';
import {
  MARKER,
  type DesiredLayer,
  type DesiredOverride,
  type DesiredPolicy,
  type DesiredService,
  type DesiredSchedule,
  type DesiredState,
  type SupportHours,
} from './desired.js';

export type Change =
  | { kind: 'create-schedule'; desired: DesiredSchedule }
  | { kind: 'update-schedule'; desired: DesiredSchedule; actual: PdSchedule; details: string[]; endLayers: PdLayer[] }
  | { kind: 'create-override'; desired: DesiredOverride }
  | { kind: 'delete-override'; schedule: string; scheduleId: string; override: PdOverride; why: string }
  | { kind: 'create-policy'; desired: DesiredPolicy }
  | { kind: 'update-policy'; desired: DesiredPolicy; actual: PdPolicy; details: string[] }
  | { kind: 'create-service'; desired: DesiredService }
  | { kind: 'update-service'; desired: DesiredService; actual: PdService; details: string[] };

export interface Plan {
  changes: Change[];
  /** Anything here stops apply before its first write. */
  errors: string[];
  /** Reported, never acted on without being asked (e.g. overrides no swap explains). */
  warnings: string[];
  /** Overrides this tool created that still matter, by schedule name: the ledger to keep. */
  ledger: Map<string, string[]>;
  /** Every user id by person id, for writing references. */
  users: Map<string, string>;
  /** The managed objects the plan matched, by policy id: apply writes to exactly these. */
  scheduleIds: Map<string, string>;
  policyIds: Map<string, string>;
}

export interface PlanOptions {
  now: number;
  /** Delete future overrides on managed schedules that no swap explains. */
  prune?: boolean;
}

const LEDGER = /overrides: ([A-Z0-9,]*)$/;
const same = (a: string | null | undefined, b: string | null | undefined) =>
  a == null ? b == null : b != null && Date.parse(a) === Date.parse(b);
const managed = (description: string | null | undefined) => (description ?? '').includes(MARKER);

/** The override ids this tool recorded in a managed schedule's description. */
export function ledgerOf(schedule: PdSchedule | undefined): string[] {
  return (
    LEDGER.exec(schedule?.description ?? '')?.[1]
      ?.split(',')
      .filter(Boolean) ?? []
  );
}

export function withLedger(description: string, ids: readonly string[]): string {
  return ids.length ? `${description} overrides: ${[...ids].sort().join(',')}` : description;
}

export function plan(desired: DesiredState, actual: ActualState, options: PlanOptions): Plan {
  const errors = [...desired.problems];
  const warnings: string[] = [];
  const changes: Change[] = [];

  const users = new Map<string, string>();
  for (const [person, email] of desired.emails) {
    const id = actual.users.get(email.toLowerCase());
    if (id) users.set(person, id);
  }
  const needed = new Set([
    ...desired.schedules.flatMap((s) => s.layers.flatMap((l) => l.members)),
    ...desired.overrides.map((o) => o.person),
    ...desired.policies.flatMap((p) =>
      p.rules.flatMap((r) => r.targets.flatMap((t) => ('person' in t ? [t.person] : []))),
    ),
  ]);
  for (const person of needed)
    if (!users.has(person))
      errors.push(
        `No PagerDuty user has the email ${desired.emails.get(person) ?? '(none)'} of ${person} (team.yaml). Invite them to PagerDuty or correct the email; nothing is written until every person maps to a user.`,
      );

  const byName = <T extends { name: string }>(list: readonly T[], name: string) => list.filter((x) => x.name === name);
  const refuse = (what: string, name: string) =>
    errors.push(
      `PagerDuty already has a ${what} named "${name}" that this tool does not manage (its description lacks ${MARKER}). Rename one of them, or add the marker to adopt it.`,
    );

  const scheduleIds = new Map<string, string>();
  const ledger = new Map<string, string[]>();
  for (const d of desired.schedules) {
    const found = byName(actual.schedules, d.id);
    const a = found.find((s) => managed(s.description));
    if (!a) {
      if (found.length) refuse('schedule', d.id);
      else changes.push({ kind: 'create-schedule', desired: d });
      continue;
    }
    if (a.type === 'schedule_v3') {
      errors.push(
        `Schedule "${d.id}" was upgraded to a flexible (schedule_v3) schedule, which the layer API cannot update. Revert the upgrade in PagerDuty or remove the schedule from the policy.`,
      );
      continue;
    }
    scheduleIds.set(d.id, a.id);
    const { details, endLayers } = diffSchedule(d, a, users, options.now);
    if (details.length) changes.push({ kind: 'update-schedule', desired: d, actual: a, details, endLayers });
    for (const l of a.schedule_layers ?? []) {
      const want = d.layers.find((x) => x.name === l.name);
      if (want && usersOf(l).join() !== want.members.map((m) => users.get(m)).join() && !l.end)
        warnings.push(
          `Changing the members of layer "${l.name}" of "${d.id}" recomputes the rotation from its start, which can change who is on call right now. To change at a handoff, end the layer there and add a new one.`,
        );
    }
  }

  // Overrides: exactly one per swap period still to come.
  for (const d of desired.schedules) {
    const id = scheduleIds.get(d.id);
    const recorded = new Set(ledgerOf(actual.schedules.find((s) => s.id === id)));
    const existing = id ? (actual.overrides.get(id) ?? []) : [];
    const matched = new Set<PdOverride>();
    const keep: string[] = [];
    for (const o of desired.overrides.filter((x) => x.schedule === d.id)) {
      // A swap under way was written with its remaining part: any start from the swap's own start
      // up to now is the same override, not one to truncate and write again.
      const startsOk = (e: PdOverride) =>
        Date.parse(e.start) === o.start ||
        (o.from < o.start && Date.parse(e.start) >= o.from && Date.parse(e.start) <= o.start);
      const hit = existing.find(
        (e) => !matched.has(e) && e.user.id === users.get(o.person) && startsOk(e) && Date.parse(e.end) === o.end,
      );
      if (hit) {
        matched.add(hit);
        keep.push(hit.id);
      } else changes.push({ kind: 'create-override', desired: o });
    }
    for (const e of existing) {
      if (matched.has(e) || Date.parse(e.end) <= options.now) continue;
      const mine = recorded.has(e.id);
      const description = `${e.user.id} ${new Date(Date.parse(e.start)).toISOString()} to ${new Date(Date.parse(e.end)).toISOString()}`;
      if (mine)
        changes.push({
          kind: 'delete-override',
          schedule: d.id,
          scheduleId: id!,
          override: e,
          why: 'its swap is gone',
        });
      else if (options.prune)
        changes.push({
          kind: 'delete-override',
          schedule: d.id,
          scheduleId: id!,
          override: e,
          why: 'no swap explains it (--prune)',
        });
      else
        warnings.push(
          `Override ${e.id} on "${d.id}" (${description}) is explained by no swap in oncall/swaps/. Add the swap, remove the override in PagerDuty, or run with --prune to delete it.`,
        );
    }
    ledger.set(d.id, keep);
  }

  const policyIds = new Map<string, string>();
  for (const d of desired.policies) {
    const found = byName(actual.policies, d.name);
    const a = found.find((p) => managed(p.description));
    if (!a) {
      if (found.length) refuse('escalation policy', d.name);
      else changes.push({ kind: 'create-policy', desired: d });
      continue;
    }
    policyIds.set(d.id, a.id);
    const details = diffPolicy(d, a, users, scheduleIds);
    if (details.length) changes.push({ kind: 'update-policy', desired: d, actual: a, details });
  }

  for (const d of desired.services) {
    const found = byName(actual.services, d.id);
    const a = found.find((s) => managed(s.description));
    if (!a) {
      if (found.length) refuse('service', d.id);
      else changes.push({ kind: 'create-service', desired: d });
      continue;
    }
    const details = diffService(d, a, policyIds, desired.supportHours);
    if (details.length) changes.push({ kind: 'update-service', desired: d, actual: a, details });
  }
  return { changes, errors, warnings, ledger, users, scheduleIds, policyIds };
}

function usersOf(l: PdLayer): string[] {
  return l.users.map((u) => u.user.id);
}

function diffSchedule(
  d: DesiredSchedule,
  a: PdSchedule,
  users: Map<string, string>,
  now: number,
): { details: string[]; endLayers: PdLayer[] } {
  const details: string[] = [];
  if (a.time_zone !== d.time_zone) details.push(`time zone ${a.time_zone} → ${d.time_zone}`);
  const ids = ledgerOf(a);
  if (
    (a.description ?? '') !== withLedger(d.description, ids) &&
    (a.description ?? '').replace(LEDGER, '').trim() !== d.description
  )
    details.push('description');
  for (const want of d.layers) {
    const have = (a.schedule_layers ?? []).find((l) => l.name === want.name);
    if (!have) {
      details.push(`+ layer "${want.name}"`);
      continue;
    }
    const diffs = diffLayer(want, have, users, now);
    if (diffs.length) details.push(`~ layer "${want.name}": ${diffs.join('; ')}`);
  }
  // A layer gone from the policy is ended now (one created this minute ends a minute on: give that slack).
  const endLayers = (a.schedule_layers ?? []).filter(
    (l) => !d.layers.some((x) => x.name === l.name) && (!l.end || Date.parse(l.end) > now + 2 * 60_000),
  );
  for (const l of endLayers) details.push(`- layer "${l.name ?? l.id}" ended now (layers cannot be deleted)`);
  return { details, endLayers };
}

function diffLayer(want: DesiredLayer, have: PdLayer, users: Map<string, string>, now: number): string[] {
  const out: string[] = [];
  if (!same(have.rotation_virtual_start, want.rotation_virtual_start))
    out.push(`handoffs from ${have.rotation_virtual_start} → ${want.rotation_virtual_start}`);
  if (have.rotation_turn_length_seconds !== want.rotation_turn_length_seconds)
    out.push(`turn ${have.rotation_turn_length_seconds} s → ${want.rotation_turn_length_seconds} s`);
  const wantUsers = want.members.map((m) => users.get(m) ?? `?${m}`);
  if (usersOf(have).join() !== wantUsers.join())
    out.push(`members ${usersOf(have).join(', ')} → ${wantUsers.join(', ')}`);
  if (!same(have.end ?? null, want.end)) out.push(`end ${have.end ?? 'none'} → ${want.end ?? 'none'}`);
  // A future start matters (a roster change that begins later); a past one is whatever PagerDuty made it.
  const startWanted = Date.parse(want.rotation_virtual_start);
  if (startWanted > now + 60_000 && !same(have.start, want.rotation_virtual_start))
    out.push(`start ${have.start} → ${want.rotation_virtual_start}`);
  const norm = (
    rs: readonly {
      type: string;
      start_time_of_day: string;
      duration_seconds: number;
      start_day_of_week?: number | null;
    }[],
  ) =>
    rs
      .map(
        (r) =>
          `${r.type}/${r.start_time_of_day}/${r.duration_seconds}/${r.type === 'weekly_restriction' ? r.start_day_of_week : ''}`,
      )
      .sort()
      .join();
  if (norm(have.restrictions ?? []) !== norm(want.restrictions)) out.push('restrictions');
  return out;
}

function targetsOf(
  d: DesiredPolicy['rules'][number],
  users: Map<string, string>,
  schedules: Map<string, string>,
): string[] {
  return d.targets.map((t) =>
    'schedule' in t
      ? `schedule_reference:${schedules.get(t.schedule) ?? `new:${t.schedule}`}`
      : `user_reference:${users.get(t.person) ?? `?${t.person}`}`,
  );
}

function diffPolicy(
  d: DesiredPolicy,
  a: PdPolicy,
  users: Map<string, string>,
  schedules: Map<string, string>,
): string[] {
  const out: string[] = [];
  if ((a.description ?? '') !== d.description) out.push('description');
  if ((a.num_loops ?? 0) !== d.num_loops) out.push(`loops ${a.num_loops ?? 0} → ${d.num_loops}`);
  const n = Math.max(d.rules.length, a.escalation_rules.length);
  for (let i = 0; i < n; i++) {
    const want = d.rules[i];
    const have = a.escalation_rules[i];
    if (!want) out.push(`- rule ${i + 1}`);
    else if (!have) out.push(`+ rule ${i + 1}`);
    else {
      if (have.escalation_delay_in_minutes !== want.delay)
        out.push(`rule ${i + 1} delay ${have.escalation_delay_in_minutes} → ${want.delay} min`);
      const haveTargets = have.targets.map((t) => `${t.type.replace(/^(user|schedule)$/, '$1_reference')}:${t.id}`);
      if (haveTargets.join() !== targetsOf(want, users, schedules).join()) out.push(`rule ${i + 1} targets`);
    }
  }
  return out;
}

function diffService(
  d: DesiredService,
  a: PdService,
  policies: Map<string, string>,
  hours: SupportHours | undefined,
): string[] {
  const out: string[] = [];
  if ((a.description ?? '') !== d.description) out.push('description');
  if (a.escalation_policy.id !== (policies.get(d.policy) ?? `new:${d.policy}`))
    out.push(`escalation policy → ${d.policy}`);
  const rule = a.incident_urgency_rule ?? {};
  const urgencyNow = rule.type === 'use_support_hours' ? 'use_support_hours' : `constant:${String(rule.urgency)}`;
  const urgencyWanted = d.urgency.type === 'use_support_hours' ? 'use_support_hours' : `constant:${d.urgency.urgency}`;
  if (urgencyNow !== urgencyWanted) out.push(`urgency ${urgencyNow} → ${urgencyWanted}`);
  if (
    d.urgency.type === 'use_support_hours' &&
    hours &&
    JSON.stringify(pick(a.support_hours ?? {})) !== JSON.stringify(pick(hours as unknown as Record<string, unknown>))
  )
    out.push('support hours');
  return out;
}

function pick(h: Record<string, unknown>): unknown[] {
  return [h.type, h.time_zone, h.days_of_week, h.start_time, h.end_time];
}
