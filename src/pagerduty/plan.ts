/**
 * Desired vs actual → a plan, like terraform's: what to create, update, end or delete, and what
 * stops the run. Pure. The quirks of the API are respected here: instants are compared, never
 * strings; layers are matched by name (GET reverses their order) and ended, never deleted; `start`
 * is never compared (PagerDuty resets it); only the objects the policy is bound to (src/pagerduty/binding.ts)
 * are ever changed, and one that cannot be bound holds back itself and what depends on it, not the rest.
 */
import type { ActualState, PdLayer, PdOverride, PdPolicy, PdSchedule, PdService } from './actual.js';
import { bindObject, withoutLedger, type Sealer } from './binding.js';
import { layerOf, policyYaml } from './import.js';
import {
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
  | {
      kind: 'update-schedule';
      desired: DesiredSchedule;
      actual: PdSchedule;
      details: string[];
      endLayers: PdLayer[];
      /** The layers edited in PagerDuty as rotations.yaml would write them, to keep PagerDuty's version. */
      asEdited?: string;
    }
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
  /** Objects that cannot be synced, each with why: apply leaves them (and what uses them) and does the rest. */
  blocked: string[];
  /** Reported, never acted on without being asked (e.g. overrides no swap explains). */
  warnings: string[];
  /** Future overrides on managed schedules that no swap explains and this tool did not make: what `adopt` adopts. */
  unexplained: Unexplained[];
  /** Overrides this tool created that still matter, by schedule id: the ledger to keep. */
  ledger: Map<string, string[]>;
  /** Every user id by person id, for writing references. */
  users: Map<string, string>;
  /** The managed objects the plan matched, by policy id: apply writes to exactly these. */
  scheduleIds: Map<string, string>;
  policyIds: Map<string, string>;
}

export interface Unexplained {
  /** The policy's schedule id. */
  schedule: string;
  override: PdOverride;
}

export interface PlanOptions {
  now: number;
  /** Delete future overrides on managed schedules that no swap explains. */
  prune?: boolean;
  /** Makes and checks the marks that bind PagerDuty objects to the policy. */
  sealer: Sealer;
}

const same = (a: string | null | undefined, b: string | null | undefined) =>
  a == null ? b == null : b != null && Date.parse(a) === Date.parse(b);

export function plan(desired: DesiredState, actual: ActualState, options: PlanOptions): Plan {
  const sealer = options.sealer;
  const errors = [...desired.problems];
  const warnings: string[] = [];
  const changes: Change[] = [];
  const unexplained: Unexplained[] = [];

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

  const blocked: string[] = [];
  const block = (why: string) => blocked.push(why);

  const scheduleIds = new Map<string, string>();
  const creating = new Set<string>();
  const ledger = new Map<string, string[]>();
  const recorded = new Map<string, Set<string>>();
  for (const d of desired.schedules) {
    const b = bindObject(
      sealer,
      'schedule',
      { id: d.id, name: d.name, pagerdutyId: d.pagerdutyId },
      actual.schedules,
      desired.schedules.filter((x) => x !== d).map((x) => x.id),
    );
    if (b.kind === 'blocked') {
      block(b.why);
      continue;
    }
    if (b.kind === 'create') {
      creating.add(d.id);
      changes.push({ kind: 'create-schedule', desired: d });
      continue;
    }
    const a = b.object;
    if (a.type === 'schedule_v3') {
      block(
        `Schedule "${d.id}" was upgraded to a flexible (schedule_v3) schedule, which the layer API cannot update. Revert the upgrade in PagerDuty or remove the schedule from the policy.`,
      );
      continue;
    }
    scheduleIds.set(d.id, a.id);
    const own = sealer.ledger(a);
    recorded.set(d.id, new Set(own.ids));
    if (own.forged.length)
      warnings.push(
        `The description of schedule "${d.id}" lists override(s) ${own.forged.join(', ')} that this tool did not sign (the ledger's signature does not verify): the ledger is ignored, so none of them is deleted, and it is written anew. Someone edited the description in PagerDuty.`,
      );
    const sealed = { ...d, description: sealer.sealed(d.description, 'schedule', d.id, a.id, a.description) };
    const { details, endLayers, edited } = diffSchedule(sealed, a, users, options.now, b.sealed);
    const asEdited = edited.length ? layersAsEdited(d, edited, users, options.now) : undefined;
    if (details.length)
      changes.push({
        kind: 'update-schedule',
        desired: d,
        actual: a,
        details,
        endLayers,
        ...(asEdited && { asEdited }),
      });
    for (const l of a.schedule_layers ?? []) {
      const want = d.layers.find((x) => findLayer(a.schedule_layers ?? [], x) === l);
      if (want && usersOf(l).join() !== want.members.map((m) => users.get(m)).join() && !l.end)
        warnings.push(
          `Changing the members of layer "${l.name}" of "${d.id}" recomputes the rotation from its start, which can change who is on call right now. To change at a handoff, end the layer there and add a new one.`,
        );
    }
  }

  // Overrides: exactly one per swap period still to come, on the schedules the policy holds.
  for (const d of desired.schedules) {
    const id = scheduleIds.get(d.id);
    if (!id && !creating.has(d.id)) continue;
    const mine = recorded.get(d.id) ?? new Set<string>();
    const existing = id ? (actual.overrides.get(id) ?? []) : [];
    const matched = new Set<PdOverride>();
    const keep: string[] = [];
    const wanted = desired.overrides.filter((x) => x.schedule === d.id).sort((a, b) => a.start - b.start);
    const explained = new Set<DesiredOverride>();
    // A swap under way was written with its remaining part: an override of the same person that
    // began at or before its own start (up to now) is the same override, not one to truncate and
    // write again — what has passed cannot be changed, and the rest is equal.
    const startsOk = (e: PdOverride, o: DesiredOverride) =>
      Date.parse(e.start) === o.start || (o.from < o.start && Date.parse(e.start) <= o.start);
    for (const o of wanted) {
      const hit = existing.find(
        (e) => !matched.has(e) && e.user.id === users.get(o.person) && startsOk(e, o) && Date.parse(e.end) === o.end,
      );
      if (hit) {
        matched.add(hit);
        explained.add(o);
        keep.push(hit.id);
      }
    }
    // One override across a handoff is written as one swap per person relieved (the policy's rule),
    // so it is explained by that run of touching swap periods of the one covering person.
    for (const [i, o] of wanted.entries()) {
      if (explained.has(o)) continue;
      const user = users.get(o.person);
      for (const e of existing) {
        if (matched.has(e) || e.user.id !== user || !startsOk(e, o) || Date.parse(e.end) <= o.end) continue;
        const run = [o];
        for (let j = i + 1; j < wanted.length && run[run.length - 1]!.end < Date.parse(e.end); j++) {
          const next = wanted[j]!;
          if (explained.has(next) || next.person !== o.person || next.start !== run[run.length - 1]!.end) break;
          run.push(next);
        }
        if (run[run.length - 1]!.end !== Date.parse(e.end)) continue;
        matched.add(e);
        keep.push(e.id);
        for (const r of run) explained.add(r);
        break;
      }
    }
    for (const o of wanted) if (!explained.has(o)) changes.push({ kind: 'create-override', desired: o });
    for (const e of existing) {
      if (matched.has(e) || Date.parse(e.end) <= options.now) continue;
      const description = `${e.user.id} ${new Date(Date.parse(e.start)).toISOString()} to ${new Date(Date.parse(e.end)).toISOString()}`;
      if (!mine.has(e.id)) unexplained.push({ schedule: d.id, override: e });
      if (mine.has(e.id))
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
          `Override ${e.id} on "${d.id}" (${description}) is explained by no swap in oncall/swaps/. Adopt it as a swap (oncall pagerduty adopt), remove the override in PagerDuty, or run with --prune to delete it.`,
        );
    }
    ledger.set(d.id, keep);
  }

  // A policy pages schedules, a service uses a policy: one that cannot be synced holds back its users.
  const policyIds = new Map<string, string>();
  const creatingPolicies = new Set<string>();
  const synced = (schedule: string) => scheduleIds.has(schedule) || creating.has(schedule);
  for (const d of desired.policies) {
    const missing = d.rules.flatMap((r) =>
      r.targets.flatMap((t) => ('schedule' in t && !synced(t.schedule) ? [t.schedule] : [])),
    );
    if (missing.length) {
      block(
        `Escalation policy "${d.name}" is not synced: it pages schedule "${missing[0]}", which cannot be (see above).`,
      );
      continue;
    }
    const others = desired.policies.filter((x) => x !== d).map((x) => x.id);
    const b = bindObject(sealer, 'escalation_policy', d, actual.policies, others);
    if (b.kind === 'blocked') block(b.why);
    else if (b.kind === 'create') {
      creatingPolicies.add(d.id);
      changes.push({ kind: 'create-policy', desired: d });
    } else {
      policyIds.set(d.id, b.object.id);
      const sealed = {
        ...d,
        description: sealer.sealed(d.description, 'escalation_policy', d.id, b.object.id, b.object.description),
      };
      const details = diffPolicy(sealed, b.object, users, scheduleIds, b.sealed);
      if (details.length) changes.push({ kind: 'update-policy', desired: d, actual: b.object, details });
    }
  }

  for (const d of desired.services) {
    if (!policyIds.has(d.policy) && !creatingPolicies.has(d.policy)) {
      block(`Service "${d.id}" is not synced: it uses escalation policy "${d.policy}", which is not (see above).`);
      continue;
    }
    const b = bindObject(
      sealer,
      'service',
      { id: d.id, name: d.name, pagerdutyId: d.pagerdutyId },
      actual.services,
      desired.services.filter((x) => x !== d).map((x) => x.id),
    );
    if (b.kind === 'blocked') block(b.why);
    else if (b.kind === 'create') changes.push({ kind: 'create-service', desired: d });
    else {
      const sealed = {
        ...d,
        description: sealer.sealed(d.description, 'service', d.id, b.object.id, b.object.description),
      };
      const details = diffService(sealed, b.object, policyIds, desired.supportHours, b.sealed);
      if (details.length) changes.push({ kind: 'update-service', desired: d, actual: b.object, details });
    }
  }
  return { changes, errors, warnings, blocked, unexplained, ledger, users, scheduleIds, policyIds };
}

/**
 * The PagerDuty layer a policy layer is: the one with its name; else, for a layer synced before
 * layers carried their `name`, the one named by its id (renamed in place, never ended and re-made).
 */
export function findLayer<L extends { name?: string }>(
  layers: readonly L[],
  want: { name: string; id: string },
): L | undefined {
  return layers.find((l) => l.name === want.name) ?? layers.find((l) => l.name === want.id);
}

function usersOf(l: PdLayer): string[] {
  return l.users.map((u) => u.user.id);
}

/** Adopting an object the policy names by id, or one whose mark was removed: the update writes its mark. */
const MARK = 'mark (bound to the policy)';

function diffSchedule(
  d: DesiredSchedule,
  a: PdSchedule,
  users: Map<string, string>,
  now: number,
  sealed: boolean,
): { details: string[]; endLayers: PdLayer[]; edited: [DesiredLayer, PdLayer][] } {
  const details: string[] = [];
  const edited: [DesiredLayer, PdLayer][] = [];
  if (!sealed) details.push(MARK);
  if (a.name !== d.name) details.push(`name "${a.name}" → "${d.name}"`);
  if (a.time_zone !== d.time_zone) details.push(`time zone ${a.time_zone} → ${d.time_zone}`);
  // The ledger is the apply's to write; here only what people wrote counts.
  if (sealed && withoutLedger(a.description ?? '').trim() !== d.description) details.push('description');
  for (const want of d.layers) {
    const have = findLayer(a.schedule_layers ?? [], want);
    if (!have) {
      details.push(`+ layer "${want.name}"`);
      continue;
    }
    const diffs = diffLayer(want, have, users, now);
    if (diffs.length) edited.push([want, have]);
    if (have.name !== want.name) diffs.unshift(`name "${have.name ?? ''}" → "${want.name}"`);
    if (diffs.length) details.push(`~ layer "${want.name}": ${diffs.join('; ')}`);
  }
  // A layer gone from the policy is ended now (one created this minute ends a minute on: give that slack).
  const kept = new Set(d.layers.map((x) => findLayer(a.schedule_layers ?? [], x)));
  const endLayers = (a.schedule_layers ?? []).filter(
    (l) => !kept.has(l) && (!l.end || Date.parse(l.end) > now + 2 * 60_000),
  );
  for (const l of endLayers) details.push(`- layer "${l.name ?? l.id}" ended now (layers cannot be deleted)`);
  return { details, endLayers, edited };
}

/**
 * The layers as PagerDuty has them, written as rotations.yaml writes a layer (the import's
 * conversion), under the policy's own ids and names: nothing of PagerDuty's text, only its members
 * (as team.yaml's people), instants, turn length and restrictions. A layer that cannot be written
 * (a member no one in team.yaml is) is left out with a comment saying so.
 */
function layersAsEdited(
  d: DesiredSchedule,
  edited: readonly [DesiredLayer, PdLayer][],
  users: Map<string, string>,
  now: number,
): string {
  const personOf = new Map([...users].map(([person, user]) => [user, person]));
  const out: string[] = [];
  for (const [want, have] of edited) {
    const problems: string[] = [];
    const layer = layerOf(have, d.time_zone, now, `layer "${want.id}"`, personOf, problems);
    if (!layer) out.push(`# layer "${want.id}": PagerDuty's version has a member or turn the policy cannot write`);
    else {
      const { name: _theirs, ...rest } = layer; // PagerDuty's name is anyone's to write: the policy's stands
      out.push(policyYaml([{ id: want.id, name: want.name, ...rest }]).trimEnd());
    }
  }
  return out.join('\n');
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
  if (weekCoverage(have.restrictions ?? []) !== weekCoverage(want.restrictions)) out.push('restrictions');
  return out;
}

type PdRestriction = {
  type: string;
  start_time_of_day: string;
  duration_seconds: number;
  start_day_of_week?: number | null;
};

/**
 * The part of a week restrictions cover, as merged minute ranges: the same windows written as one
 * weekly restriction of several days (as PagerDuty's editor makes them) or as one per day (as the
 * policy writes them) are the same restrictions, not a change.
 */
export function weekCoverage(restrictions: readonly PdRestriction[]): string {
  const WEEK = 7 * 1440;
  const ranges: [number, number][] = [];
  for (const r of restrictions) {
    const [h, m, sec] = r.start_time_of_day.split(':').map(Number);
    const at = (h ?? 0) * 60 + (m ?? 0) + (sec ?? 0) / 60;
    const length = r.duration_seconds / 60;
    const days = r.type === 'weekly_restriction' ? [(r.start_day_of_week ?? 1) - 1] : [0, 1, 2, 3, 4, 5, 6];
    for (const d of days) {
      const start = d * 1440 + at;
      if (length >= WEEK) ranges.push([0, WEEK]);
      else if (start + length <= WEEK) ranges.push([start, start + length]);
      else ranges.push([start, WEEK], [0, start + length - WEEK]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged.map(([a, b]) => `${a}-${b}`).join(',');
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
  sealed: boolean,
): string[] {
  const out: string[] = [];
  if (!sealed) out.push(MARK);
  if (a.name !== d.name) out.push(`name "${a.name}" → "${d.name}"`);
  if (sealed && (a.description ?? '') !== d.description) out.push('description');
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
  sealed: boolean,
): string[] {
  const out: string[] = [];
  if (!sealed) out.push(MARK);
  if (a.name !== d.name) out.push(`name "${a.name}" → "${d.name}"`);
  if (sealed && (a.description ?? '') !== d.description) out.push('description');
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
