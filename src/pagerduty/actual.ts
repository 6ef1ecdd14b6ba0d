/** What the PagerDuty account holds now, read with as few requests as the API allows. */
import type { PagerDutyClient } from './client.js';
import type { AccountState, PdUser } from './import.js';

export interface PdReference {
  id: string;
  type: string;
  /** The object's name as PagerDuty answers it: anyone with PagerDuty access writes it. */
  summary?: string;
}

export interface PdLayer {
  id: string;
  name?: string;
  start: string;
  end?: string | null;
  rotation_virtual_start: string;
  rotation_turn_length_seconds: number;
  users: { user: PdReference }[];
  restrictions?: {
    type: string;
    start_time_of_day: string;
    duration_seconds: number;
    start_day_of_week?: number | null;
  }[];
}

export interface PdSchedule {
  id: string;
  type: string;
  name: string;
  description?: string | null;
  time_zone: string;
  schedule_layers?: PdLayer[];
}

export interface PdOverride {
  id: string;
  start: string;
  end: string;
  user: PdReference;
}

export interface PdPolicy {
  id: string;
  name: string;
  description?: string | null;
  num_loops?: number;
  escalation_rules: { id?: string; escalation_delay_in_minutes: number; targets: PdReference[] }[];
}

export interface PdService {
  id: string;
  name: string;
  description?: string | null;
  escalation_policy: PdReference;
  incident_urgency_rule?: Record<string, unknown>;
  support_hours?: Record<string, unknown> | null;
}

export interface ActualState {
  /** Lower-cased email → user id. */
  users: Map<string, string>;
  schedules: PdSchedule[];
  /** Schedule id → its overrides from now to the horizon. */
  overrides: Map<string, PdOverride[]>;
  policies: PdPolicy[];
  services: PdService[];
}

/** Which listed objects are the policy's: only theirs are read further. */
export interface Interest {
  /** The schedules whose overrides are read over [since, until), by id. */
  schedules: (schedules: readonly PdSchedule[]) => readonly string[];
  /** The escalation policies whose unlisted target schedules (flexible ones) are fetched, by id. */
  policies: (policies: readonly PdPolicy[]) => readonly string[];
}

/**
 * Reads users, schedules (with layers), escalation policies and services in one listing each; then,
 * for the objects `interest` picks, the overrides and the schedules the listing left out. What
 * anyone else's objects hold or answer never adds a request or stops the read.
 */
export async function readActual(
  client: PagerDutyClient,
  interest: Interest,
  since: number,
  until: number,
): Promise<ActualState> {
  const users = new Map<string, string>();
  for (const u of await client.list<{ id: string; email: string }>('/users', 'users'))
    users.set(u.email.toLowerCase(), u.id);
  return { users, ...(await readObjects(client, interest, since, until)) };
}

async function readObjects(
  client: PagerDutyClient,
  interest: Interest,
  since: number,
  until: number,
): Promise<Omit<ActualState, 'users'>> {
  const schedules = await client.list<PdSchedule>('/schedules', 'schedules', { 'include[]': ['schedule_layers'] });
  const overrides = new Map<string, PdOverride[]>();
  const picked = new Set(interest.schedules(schedules));
  for (const s of schedules.filter((x) => picked.has(x.id))) {
    const page = await client.request<PdOverride[] | { overrides?: PdOverride[] }>(
      'GET',
      `/schedules/${s.id}/overrides`,
      {
        query: { since: new Date(since).toISOString(), until: new Date(until).toISOString() },
      },
    );
    overrides.set(s.id, Array.isArray(page) ? page : (page?.overrides ?? []));
  }
  const policies = await client.list<PdPolicy>('/escalation_policies', 'escalation_policies');
  const services = await client.list<PdService>('/services', 'services');
  // /schedules lists no schedule upgraded to schedule_v3; a policy still names it, so look it up,
  // or the plan would create a second schedule of the same name.
  const listed = new Set(schedules.map((x) => x.id));
  const followed = new Set(interest.policies(policies));
  const hidden = new Set(
    policies
      .filter((p) => followed.has(p.id))
      .flatMap((p) =>
        p.escalation_rules.flatMap((r) =>
          r.targets.filter((t) => t.type.startsWith('schedule') && !listed.has(t.id)).map((t) => t.id),
        ),
      ),
  );
  for (const id of hidden) {
    try {
      schedules.push((await client.request<{ schedule: PdSchedule }>('GET', `/schedules/${id}`)).schedule);
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
    }
  }
  return { schedules, overrides, policies, services };
}

/**
 * The whole account, for an import: users, schedules with their layers, each schedule's overrides
 * over [since, until) (PagerDuty lists only those overlapping the window, with no pagination, so the
 * window is the two-year swap bound), escalation policies and services.
 */
export async function readAccount(client: PagerDutyClient, since: number, until: number): Promise<AccountState> {
  const users = await client.list<PdUser>('/users', 'users');
  // An import takes the whole account: every schedule's overrides, every policy's schedules.
  const everything: Interest = { schedules: (s) => s.map((x) => x.id), policies: (p) => p.map((x) => x.id) };
  return { users, ...(await readObjects(client, everything, since, until)) };
}
