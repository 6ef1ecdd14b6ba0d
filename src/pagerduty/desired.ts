/**
 * The PagerDuty objects the policy implies, as plain data: one schedule per schedule (its layers),
 * one override per swap period still to come, the escalation policies and the services. People are
 * still person ids here; the plan maps them to PagerDuty users by email.
 */
import type { Policy } from '../model/load.js';
import type { Layer, Restriction, Service, Urgency } from '../model/types.js';
import { WEEKDAYS } from '../model/types.js';
import type { Timeline } from '../schedule/timeline.js';
import { clockMinutes, isoUtc, zoned } from '../util/time.js';
import { turnLength } from '../schedule/layers.js';
import { MARKER } from './binding.js';

export interface DesiredRestriction {
  type: 'daily_restriction' | 'weekly_restriction';
  start_time_of_day: string;
  duration_seconds: number;
  start_day_of_week?: number;
}

export interface DesiredLayer {
  /** The layer's name in PagerDuty: its `name` in rotations.yaml, else its id. */
  name: string;
  /** The layer id: a layer the sync named by it before names were carried is still this layer. */
  id: string;
  rotation_virtual_start: string;
  rotation_turn_length_seconds: number;
  end: string | null;
  members: string[];
  restrictions: DesiredRestriction[];
}

export interface DesiredSchedule {
  /** The schedule id in rotations.yaml. */
  id: string;
  /** Its name in PagerDuty: the schedule's `name`, else its id. */
  name: string;
  /** The PagerDuty object the policy names, adopting it; otherwise the one carrying its mark. */
  pagerdutyId?: string;
  description: string;
  time_zone: string;
  layers: DesiredLayer[];
}

export interface DesiredOverride {
  schedule: string;
  person: string;
  /** The part still to come: the swap's start, or now for a swap under way. */
  start: number;
  end: number;
  /** Where the swap's shift really starts (before `start` for a swap under way). */
  from: number;
  swap: string;
}

export interface DesiredPolicy {
  id: string;
  pagerdutyId?: string;
  name: string;
  description: string;
  num_loops: number;
  rules: { delay: number; targets: ({ schedule: string } | { person: string })[] }[];
}

export type UrgencyRule =
  | { type: 'constant'; urgency: 'high' | 'low' }
  | {
      type: 'use_support_hours';
      during_support_hours: { type: 'constant'; urgency: 'high' };
      outside_support_hours: { type: 'constant'; urgency: 'low' };
    };

export interface DesiredService {
  id: string;
  /** Its name in PagerDuty: the service's `name`, else its id. */
  name: string;
  pagerdutyId?: string;
  description: string;
  policy: string;
  urgency: UrgencyRule;
}

export interface SupportHours {
  type: 'fixed_time_per_day';
  time_zone: string;
  days_of_week: number[];
  start_time: string;
  end_time: string;
}

export interface DesiredState {
  schedules: DesiredSchedule[];
  overrides: DesiredOverride[];
  policies: DesiredPolicy[];
  services: DesiredService[];
  supportHours?: SupportHours;
  /** Person id → email, for the user lookup. */
  emails: Map<string, string>;
  /** What cannot be expressed in PagerDuty; the plan stops on these. */
  problems: string[];
}

const describe = (text: string | undefined, source: string) =>
  `${text ? `${text} ` : ''}${MARKER} Edit ${source} in the policy repository, not here.`;

export function desiredState(policy: Policy, timeline: Timeline, now: number): DesiredState {
  const problems: string[] = [];
  const schedules = (policy.rotations?.schedules ?? []).map((s): DesiredSchedule => {
    const zones = [...new Set(s.layers.map((l) => l.time_zone))];
    if (zones.length > 1)
      problems.push(
        `Schedule "${s.id}" has layers in ${zones.join(' and ')}; a PagerDuty schedule has one time zone. Use one zone for all its layers.`,
      );
    // A layer that has ended is history: PagerDuty keeps it as it was, and will not take an end before a start.
    const current = s.layers.filter((l) => l.end === undefined || zoned(l.end, l.time_zone).epochMilliseconds > now);
    return {
      id: s.id,
      name: s.name ?? s.id,
      ...(s.pagerduty_id ? { pagerdutyId: s.pagerduty_id } : {}),
      description: describe(s.description ?? s.name, `oncall/rotations.yaml (schedule ${s.id})`),
      time_zone: zones[0] ?? 'Etc/UTC',
      layers: current.map(layerOf),
    };
  });

  // One override per swap period still to come; a swap under way keeps only its remaining part.
  const minute = 60_000;
  const from = Math.ceil(now / minute) * minute;
  const overrides: DesiredOverride[] = [];
  for (const [schedule, shifts] of timeline.schedules)
    for (const s of shifts)
      if (s.source === 'swap' && s.end > from)
        overrides.push({
          schedule,
          person: s.person,
          start: Math.max(s.start, from),
          end: s.end,
          from: s.start,
          swap: s.swap!,
        });

  const policies = (policy.escalation?.policies ?? []).map((p): DesiredPolicy => ({
    id: p.id,
    ...(p.pagerduty_id ? { pagerdutyId: p.pagerduty_id } : {}),
    name: p.name,
    description: describe(p.description, `oncall/escalation.yaml (policy ${p.id})`),
    num_loops: p.num_loops ?? 0,
    rules: p.rules.map((r) => ({
      delay: r.escalation_delay_minutes,
      targets: r.targets.map((t) => (t.schedule !== undefined ? { schedule: t.schedule } : { person: t.person! })),
    })),
  }));

  const services = (policy.services?.services ?? []).map((s): DesiredService => ({
    id: s.id,
    name: s.name ?? s.id,
    ...(s.pagerduty_id ? { pagerdutyId: s.pagerduty_id } : {}),
    description: describe(s.description, `oncall/services.yaml (service ${s.id})`),
    policy: s.escalation_policy,
    urgency: urgencyOf(s),
  }));

  const coverage = policy.coverage;
  const supportHours: SupportHours | undefined = coverage && {
    type: 'fixed_time_per_day',
    time_zone: coverage.time_zone,
    days_of_week: coverage.business_hours.days.map((d) => WEEKDAYS.indexOf(d) + 1),
    start_time: `${coverage.business_hours.start}:00`,
    end_time: `${coverage.business_hours.end === '24:00' ? '23:59' : coverage.business_hours.end}:00`,
  };
  const emails = new Map((policy.team?.people ?? []).map((p) => [p.id, p.email]));
  return { schedules, overrides, policies, services, ...(supportHours ? { supportHours } : {}), emails, problems };
}

function layerOf(l: Layer): DesiredLayer {
  const { unit, count } = turnLength(l.turn_length);
  return {
    name: l.name ?? l.id,
    id: l.id,
    rotation_virtual_start: isoUtc(zoned(l.start, l.time_zone).epochMilliseconds),
    rotation_turn_length_seconds: count * (unit === 'hours' ? 3600 : unit === 'days' ? 86_400 : 604_800),
    end: l.end !== undefined ? isoUtc(zoned(l.end, l.time_zone).epochMilliseconds) : null,
    members: [...l.members],
    restrictions: (l.restrictions ?? []).flatMap(restrictionsOf),
  };
}

function restrictionsOf(r: Restriction): DesiredRestriction[] {
  const start = clockMinutes(r.start) % 1440;
  const end = clockMinutes(r.end);
  const length = end > clockMinutes(r.start) ? end - clockMinutes(r.start) : end + 1440 - clockMinutes(r.start);
  const time = `${String(Math.floor(start / 60)).padStart(2, '0')}:${String(start % 60).padStart(2, '0')}:00`;
  const shift = clockMinutes(r.start) >= 1440 ? 1 : 0; // 24:00 starts the next day
  if (!r.days) return [{ type: 'daily_restriction', start_time_of_day: time, duration_seconds: length * 60 }];
  return r.days.map((d) => ({
    type: 'weekly_restriction',
    start_time_of_day: time,
    duration_seconds: length * 60,
    start_day_of_week: ((WEEKDAYS.indexOf(d) + shift) % 7) + 1,
  }));
}

/**
 * One urgency rule per service: business hours when every severity it carries pages so, high when
 * any severity needs high urgency at all hours (never page a P0 at low urgency), low otherwise.
 */
export function urgencyOf(s: Service): UrgencyRule {
  const values = new Set<Urgency>(Object.values(s.urgency));
  if (values.has('high')) return { type: 'constant', urgency: 'high' };
  if (values.has('business-hours'))
    return {
      type: 'use_support_hours',
      during_support_hours: { type: 'constant', urgency: 'high' },
      outside_support_hours: { type: 'constant', urgency: 'low' },
    };
  return { type: 'constant', urgency: 'low' };
}
