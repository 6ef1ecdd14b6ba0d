/**
 * Carries out a plan, in an order that lets every reference resolve and puts swaps first: schedules,
 * their overrides, then escalation policies, services, and last each schedule's layers and ledger. What it
 * creates it marks at once (a mark names the object's id, known only once it exists). Any
 * failure stops the run with the operation named; what was done stays done, and the next run's
 * plan starts from the account as it then is, so runs converge instead of duplicating.
 */
import type { ActualState, PdLayer, PdSchedule } from './actual.js';
import type { PagerDutyClient } from './client.js';
import { PagerDutyError } from './client.js';
import type {
  DesiredLayer,
  DesiredOverride,
  DesiredPolicy,
  DesiredSchedule,
  DesiredService,
  DesiredState,
} from './desired.js';
import type { Sealer } from './binding.js';
import { findLayer, type Plan } from './plan.js';

export interface ApplyResult {
  /** One line per write that succeeded. */
  done: string[];
}

export async function applyPlan(
  client: PagerDutyClient,
  p: Plan,
  desired: DesiredState,
  actual: ActualState,
  now: number,
  sealer: Sealer,
): Promise<ApplyResult> {
  if (p.errors.length) throw new Error(`the plan has ${p.errors.length} error(s); nothing was written`);
  const done: string[] = [];
  const minute = 60_000;
  const nowIso = new Date(Math.ceil(now / minute) * minute).toISOString();
  // Exactly the objects the plan matched; anything created below is added as it is created.
  const scheduleIds = new Map(p.scheduleIds);
  const policyIds = new Map(p.policyIds);
  const ref = (type: 'user' | 'schedule' | 'escalation_policy', id: string) => ({ id, type: `${type}_reference` });
  const userId = (person: string) => p.users.get(person)!;

  const layerBody = (l: DesiredLayer, id?: string) => ({
    ...(id ? { id } : {}),
    name: l.name,
    // A start in the past is replaced by "now" anyway; a future one is when the layer begins.
    start: Date.parse(l.rotation_virtual_start) > now ? l.rotation_virtual_start : nowIso,
    end: l.end,
    rotation_virtual_start: l.rotation_virtual_start,
    rotation_turn_length_seconds: l.rotation_turn_length_seconds,
    users: l.members.map((m) => ({ user: ref('user', userId(m)) })),
    restrictions: l.restrictions,
  });
  /** The body of a schedule; with its PagerDuty id once known, marked and with its ledger. */
  const scheduleBody = (
    d: DesiredSchedule,
    existing: readonly PdLayer[],
    ended: readonly PdLayer[],
    ledger: readonly string[],
    id?: string,
  ) => ({
    schedule: {
      type: 'schedule',
      name: d.name,
      time_zone: d.time_zone,
      description: id
        ? sealer.withLedger(sealer.sealed(d.description, 'schedule', d.id, id), id, ledger)
        : d.description,
      schedule_layers: [
        ...d.layers.map((l) => layerBody(l, findLayer(existing, l)?.id)),
        ...ended.map((l) => ({
          id: l.id,
          name: l.name,
          start: l.start,
          // PagerDuty wants an end after the start, and a layer created moments ago starts now.
          end: new Date(Math.max(Date.parse(nowIso), Date.parse(l.start) + minute)).toISOString(),
          rotation_virtual_start: l.rotation_virtual_start,
          rotation_turn_length_seconds: l.rotation_turn_length_seconds,
          users: l.users.map((u) => ({ user: ref('user', u.user.id) })),
          restrictions: l.restrictions ?? [],
        })),
      ],
    },
  });
  const policyBody = (d: DesiredPolicy, id?: string) => ({
    escalation_policy: {
      type: 'escalation_policy',
      name: d.name,
      description: id ? sealer.sealed(d.description, 'escalation_policy', d.id, id) : d.description,
      num_loops: d.num_loops,
      escalation_rules: d.rules.map((r) => ({
        escalation_delay_in_minutes: r.delay,
        targets: r.targets.map((t) =>
          'schedule' in t ? ref('schedule', scheduleIds.get(t.schedule)!) : ref('user', userId(t.person)),
        ),
      })),
    },
  });
  const serviceBody = (d: DesiredService, id?: string) => ({
    service: {
      type: 'service',
      name: d.name,
      description: id ? sealer.sealed(d.description, 'service', d.id, id) : d.description,
      escalation_policy: ref('escalation_policy', policyIds.get(d.policy)!),
      incident_urgency_rule: d.urgency,
      ...(d.urgency.type === 'use_support_hours' && desired.supportHours
        ? { support_hours: desired.supportHours }
        : {}),
    },
  });

  const step = async <T>(what: string, call: () => Promise<T>): Promise<T> => {
    try {
      const result = await call();
      done.push(what);
      return result;
    } catch (error) {
      const reason = error instanceof PagerDutyError ? error.message : (error as Error).message;
      throw new ApplyError(what, reason, done);
    }
  };

  // 1. Schedules that do not exist yet (their ledger comes in step 5).
  const createdLayers = new Map<string, PdLayer[]>();
  /** The description each schedule has after this run's writes, to tell whether its ledger needs one more. */
  const sealedNow = new Map<string, string>();
  for (const c of p.changes)
    if (c.kind === 'create-schedule') {
      const created = await step(`create schedule "${c.desired.id}"`, () =>
        client.request<{ schedule: PdSchedule }>('POST', '/schedules', { body: scheduleBody(c.desired, [], [], []) }),
      );
      const id = created.schedule.id;
      scheduleIds.set(c.desired.id, id);
      // A later PUT must name these layers by id, or PagerDuty would add them a second time.
      const layers = created.schedule.schedule_layers ?? [];
      createdLayers.set(c.desired.id, layers);
      await step(`mark schedule "${c.desired.id}"`, () =>
        client.request('PUT', `/schedules/${id}`, { body: scheduleBody(c.desired, layers, [], [], id) }),
      );
      sealedNow.set(c.desired.id, sealer.sealed(c.desired.description, 'schedule', c.desired.id, id));
    }
  // 2. Overrides, which need only their schedules, before anything that could stop the run: deletions, then one batch of creations per schedule, each item checked.
  const written = new Set<string>();
  const ledger = new Map([...p.ledger].map(([k, v]) => [k, [...v]]));
  for (const c of p.changes)
    if (c.kind === 'delete-override')
      await step(`delete override ${c.override.id} on "${c.schedule}" (${c.why})`, () =>
        client.request('DELETE', `/schedules/${c.scheduleId}/overrides/${c.override.id}`),
      );
  const creations = new Map<string, DesiredOverride[]>();
  for (const c of p.changes)
    if (c.kind === 'create-override')
      creations.set(c.desired.schedule, [...(creations.get(c.desired.schedule) ?? []), c.desired]);
  for (const [schedule, overrides] of creations) {
    const id = scheduleIds.get(schedule)!;
    const what = `create ${overrides.length} override(s) on "${schedule}"`;
    const answer = await step(what, () =>
      client.request<unknown>('POST', `/schedules/${id}/overrides`, {
        body: {
          overrides: overrides.map((o) => ({
            start: new Date(o.start).toISOString(),
            end: new Date(o.end).toISOString(),
            user: ref('user', userId(o.person)),
          })),
        },
      }),
    );
    // PagerDuty answers 201 with a status per item: an HTTP success does not mean each was created.
    const items = (Array.isArray(answer) ? answer : ((answer as { overrides?: unknown[] })?.overrides ?? [])) as {
      status?: number;
      override?: { id: string };
      id?: string;
      errors?: string[];
    }[];
    const failed: string[] = [];
    items.forEach((item, i) => {
      const createdId = item.override?.id ?? item.id;
      if ((item.status === undefined || item.status < 300) && createdId) ledger.get(schedule)?.push(createdId);
      else
        failed.push(
          `${new Date(overrides[i]!.start).toISOString()} (${overrides[i]!.swap}): ${(item.errors ?? ['rejected']).join('; ')}`,
        );
    });
    // Record what was created before reporting what was not, so a rerun does not create it twice.
    await recordLedger(schedule);
    if (failed.length)
      throw new ApplyError(what, `PagerDuty refused ${failed.length} of them: ${failed.join('; ')}`, done);
  }
  // 3–4. Escalation policies, then the services that use them.
  for (const c of p.changes) {
    if (c.kind === 'create-policy') {
      const created = await step(`create escalation policy "${c.desired.name}"`, () =>
        client.request<{ escalation_policy: { id: string } }>('POST', '/escalation_policies', {
          body: policyBody(c.desired),
        }),
      );
      const id = created.escalation_policy.id;
      policyIds.set(c.desired.id, id);
      await step(`mark escalation policy "${c.desired.name}"`, () =>
        client.request('PUT', `/escalation_policies/${id}`, { body: policyBody(c.desired, id) }),
      );
    } else if (c.kind === 'update-policy')
      await step(`update escalation policy "${c.desired.name}"`, () =>
        client.request('PUT', `/escalation_policies/${c.actual.id}`, { body: policyBody(c.desired, c.actual.id) }),
      );
  }
  for (const c of p.changes) {
    if (c.kind === 'create-service') {
      const created = await step(`create service "${c.desired.id}"`, () =>
        client.request<{ service: { id: string } }>('POST', '/services', { body: serviceBody(c.desired) }),
      );
      const id = created.service.id;
      await step(`mark service "${c.desired.id}"`, () =>
        client.request('PUT', `/services/${id}`, { body: serviceBody(c.desired, id) }),
      );
    } else if (c.kind === 'update-service')
      await step(`update service "${c.desired.id}"`, () =>
        client.request('PUT', `/services/${c.actual.id}`, { body: serviceBody(c.desired, c.actual.id) }),
      );
  }
  // 5. Layers and the ledger of overrides, one PUT per schedule that needs it.
  async function recordLedger(schedule: string): Promise<void> {
    const d = desired.schedules.find((s) => s.id === schedule)!;
    const id = scheduleIds.get(schedule)!;
    const a = actual.schedules.find((s) => s.id === id);
    const change = p.changes.find((c) => c.kind === 'update-schedule' && c.desired.id === schedule);
    const ids = ledger.get(schedule) ?? [];
    // Forged entries and lost ones are put right by rewriting the whole description.
    const wanted = sealer.withLedger(sealer.sealed(d.description, 'schedule', d.id, id), id, ids);
    const current = sealedNow.get(schedule) ?? a?.description ?? '';
    if (written.has(schedule) || (!change && wanted === current)) return;
    written.add(schedule);
    const layers = a?.schedule_layers ?? createdLayers.get(schedule) ?? [];
    const ended = change?.kind === 'update-schedule' ? change.endLayers : [];
    await step(`update schedule "${schedule}"${change ? '' : ' (ledger of overrides)'}`, () =>
      client.request('PUT', `/schedules/${id}`, { body: scheduleBody(d, layers, ended, ids, id) }),
    );
  }
  for (const d of desired.schedules) if (scheduleIds.has(d.id)) await recordLedger(d.id);
  return { done };
}

export class ApplyError extends Error {
  constructor(
    readonly operation: string,
    reason: string,
    readonly done: readonly string[],
  ) {
    super(`${operation} failed: ${reason}`);
  }

  /** What a person needs to know: what failed, what was done before it, and that a rerun resumes. */
  get report(): string {
    return `${this.message}. Done before it: ${this.done.join('; ') || 'nothing'}. The next run continues from the account as it is.`;
  }
}
