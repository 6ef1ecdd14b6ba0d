/**
 * An existing PagerDuty account → policy documents (`oncall pagerduty import`). Pure: the account as
 * read (users, schedules with layers, future overrides, escalation policies, services) and "now" in,
 * file contents and problems out; src/cli/pagerduty.ts reads the account and writes the files.
 *
 * What it keeps so the next plan changes nothing: every object's PagerDuty name as `name` and its id
 * as `pagerduty_id` (the sync binds by it); layers in policy order (GET answers them reversed),
 * their handoffs (`rotation_virtual_start` as the local time it is in the schedule's zone), turn
 * length, members, restrictions and end; each future override as swaps, one per person relieved;
 * escalation rules, loops and targets; each service's policy and urgency, its support hours as
 * coverage.yaml. What the policy cannot say is a problem naming the object and why — never dropped
 * in silence. What PagerDuty does not hold (GitHub logins, managers, training) is left as `todo`.
 */
import { Temporal } from 'temporal-polyfill';
import { Document, isCollection, isScalar, visit } from 'yaml';
import type {
  CompensationFile,
  ContactsFile,
  CoverageFile,
  EscalationPolicy,
  Layer,
  Person,
  Restriction,
  Schedule,
  Service,
  SeveritiesFile,
  SwapFile,
  Target,
  Urgency,
  Weekday,
} from '../model/types.js';
import { TODO_FIELDS, WEEKDAYS } from '../model/types.js';
import { isoUtc, isTimeZone, zoned } from '../util/time.js';
import type { PdOverride, PdPolicy, PdSchedule, PdService } from './actual.js';
import { overrideLabel, overrideRef, swapsForOverride } from './override-swaps.js';

export interface PdUser {
  id: string;
  name: string;
  email: string;
  time_zone?: string;
}

/** What `readAccount` returns: the account as the API answers it. */
export interface AccountState {
  users: PdUser[];
  schedules: PdSchedule[];
  /** Schedule id → its overrides from now to the two-year swap bound. */
  overrides: Map<string, PdOverride[]>;
  policies: PdPolicy[];
  services: PdService[];
}

export interface ImportedFile {
  /** Relative to the policy root, e.g. oncall/team.yaml. */
  path: string;
  text: string;
}

export interface ImportResult {
  files: ImportedFile[];
  /** Each object the policy cannot express, or expresses only in part: by name, with the reason. */
  problems: string[];
  /** How many of each were imported, for the summary. */
  counts: Record<'people' | 'schedules' | 'layers' | 'swaps' | 'policies' | 'services', number>;
}

/** The severity every imported service carries until people write their own (see the README). */
export const PLACEHOLDER_SEVERITY = 'P1';

/** A policy id from a PagerDuty name: lowercase letters, digits and hyphens, at most 63 characters. */
export function slug(name: string, fallback: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56)
    .replace(/-+$/, '');
  return s || fallback;
}

/** Hands out slugs, each once: a second "Primary" is primary-2. */
class Ids {
  private readonly taken = new Set<string>();
  take(name: string, fallback: string): string {
    const base = slug(name, fallback);
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}

/** A PagerDuty name as the schemas' `name` allows it: one line, no control characters, 100 at most. */
function cleanName(name: string, what: string, problems: string[]): string {
  const clean = name
    .replace(/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]+/gu, ' ')
    .trim()
    .slice(0, 100);
  if (clean !== name)
    problems.push(
      `${what}: its name has line breaks, control characters or more than 100 characters; imported as "${clean}", so the next apply renames it.`,
    );
  return clean || what;
}

/** An instant as the wall-clock time it is in a zone: YYYY-MM-DDTHH:MM, with :SS only when needed. */
function localIn(ms: number, zone: string): string {
  const t = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).toPlainDateTime();
  const text = t.toString({ smallestUnit: 'second' });
  return text.endsWith(':00') ? text.slice(0, -3) : text;
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** HH:MM:SS → minutes, or undefined when it has seconds the policy's clock times cannot hold. */
function minutesOf(time: string): number | undefined {
  const m = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  if (!m || (m[3] !== undefined && m[3] !== '00')) return undefined;
  return Number(m[1]) * 60 + Number(m[2]);
}

export function importAccount(account: AccountState, now: number): ImportResult {
  const problems: string[] = [];

  // People: every user, so the roster is the account's; ids are slugs of names, in a stable order.
  const personIds = new Ids();
  const personOf = new Map<string, string>();
  const people: Person[] = [...account.users]
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((u) => {
      const id = personIds.take(u.name, `user-${u.id.toLowerCase()}`);
      personOf.set(u.id, id);
      const zone = u.time_zone && isTimeZone(u.time_zone) ? u.time_zone : 'Etc/UTC';
      if (u.time_zone && zone !== u.time_zone)
        problems.push(`User "${u.name}": time zone "${u.time_zone}" is not an IANA zone; imported as Etc/UTC.`);
      return {
        id,
        name: cleanName(u.name, `User ${u.id}`, problems),
        email: u.email,
        time_zone: zone,
        role: 'engineer',
        // PagerDuty holds no GitHub logins, managers or training records: people fill them in.
        todo: [...TODO_FIELDS],
      } as Person;
    });

  // Schedules and their layers.
  const scheduleIds = new Ids();
  const scheduleOf = new Map<string, string>();
  const schedules: Schedule[] = [];
  let layerCount = 0;
  for (const pd of [...account.schedules].sort((a, b) => a.id.localeCompare(b.id))) {
    const label = `Schedule "${pd.name}" (${pd.id})`;
    if (pd.type === 'schedule_v3') {
      problems.push(
        `${label} is a flexible (schedule_v3) schedule, which the policy's layers cannot express; not imported, and what pages it loses that target.`,
      );
      continue;
    }
    if (!isTimeZone(pd.time_zone)) {
      problems.push(`${label}: its time zone "${pd.time_zone}" is not an IANA zone name; not imported.`);
      continue;
    }
    const layerIds = new Ids();
    // GET answers layers in the reverse of the order they were written; the policy lists the lowest last.
    const layers = [...(pd.schedule_layers ?? [])]
      .reverse()
      .filter((l) => !(l.end && Date.parse(l.end) <= now)) // ended: history, nothing to sync
      .flatMap((l) => {
        const layer = layerOf(l, pd.time_zone, now, `${label}, layer "${l.name ?? l.id}"`, personOf, problems);
        return layer ? [{ ...layer, id: layerIds.take(l.name ?? '', `layer-${l.id.toLowerCase()}`) }] : [];
      });
    if (layers.length === 0) {
      problems.push(
        `${label} has no layer the policy can express that is still in force; a schedule needs one, so it is not imported.`,
      );
      continue;
    }
    const id = scheduleIds.take(pd.name, `schedule-${pd.id.toLowerCase()}`);
    scheduleOf.set(pd.id, id);
    layerCount += layers.length;
    const description = ownText(pd.description);
    schedules.push({
      id,
      name: cleanName(pd.name, label, problems),
      pagerduty_id: pd.id,
      ...(description ? { description } : {}),
      layers,
    });
  }

  // Future overrides → swaps, one per person the layers give over its period.
  const swaps: { name: string; data: SwapFile }[] = [];
  const swapNames = new Set<string>();
  for (const s of schedules) {
    const pd = account.schedules.find((x) => x.id === s.pagerduty_id)!;
    const taken: { start: number; end: number; id: string }[] = [];
    for (const o of [...(account.overrides.get(pd.id) ?? [])].sort(
      (a, b) => Date.parse(a.start) - Date.parse(b.start),
    )) {
      const start = Date.parse(o.start);
      const end = Date.parse(o.end);
      const label = overrideLabel(o, pd.name);
      if (end <= now) continue;
      const covering = personOf.get(o.user.id);
      if (!covering) {
        problems.push(`${label} is for user ${o.user.id}, who is not among the account's users; not imported.`);
        continue;
      }
      const clash = taken.find((t) => t.start < end && start < t.end);
      if (clash) {
        problems.push(
          `${label} overlaps override ${clash.id}; PagerDuty lets the later one win, a swap cannot relieve a swap of part of its period: not imported.`,
        );
        continue;
      }
      const { swaps: relieving, problem } = swapsForOverride(s, o, covering, now, label);
      if (problem) problems.push(problem);
      if (relieving.length === 0) continue;
      taken.push({ start, end, id: o.id });
      for (const p of relieving) {
        const base = `${p.start.slice(0, 10)}-${s.id}-${p.relieved}`;
        let name = base;
        for (let n = 2; swapNames.has(name); n++) name = `${base}-${n}`;
        swapNames.add(name);
        swaps.push({ name, data: { ...p, reason: `Imported from PagerDuty ${overrideRef(o)}.` } });
      }
    }
  }

  // Escalation policies: rules, delays, loops and targets.
  const policyIds = new Ids();
  const policyOf = new Map<string, string>();
  const policies: EscalationPolicy[] = [];
  for (const pd of [...account.policies].sort((a, b) => a.id.localeCompare(b.id))) {
    const label = `Escalation policy "${pd.name}" (${pd.id})`;
    const rules = pd.escalation_rules.flatMap((r, i) => {
      const targets = r.targets.flatMap((t): Target[] => {
        const schedule = t.type.startsWith('schedule') ? scheduleOf.get(t.id) : undefined;
        const person = t.type.startsWith('user') ? personOf.get(t.id) : undefined;
        if (schedule) return [{ schedule }];
        if (person) return [{ person }];
        problems.push(
          `${label}, rule ${i + 1}: its target ${t.type} ${t.id} is not imported (see above, or a kind the policy has no word for); the rule is imported without it.`,
        );
        return [];
      });
      if (targets.length === 0) {
        problems.push(`${label}, rule ${i + 1} has no target the policy can name; the rule is left out.`);
        return [];
      }
      return [{ escalation_delay_minutes: r.escalation_delay_in_minutes, targets }];
    });
    if (rules.length === 0) {
      problems.push(`${label} has no rule the policy can express; not imported.`);
      continue;
    }
    const id = policyIds.take(pd.name, `policy-${pd.id.toLowerCase()}`);
    policyOf.set(pd.id, id);
    const description = ownText(pd.description);
    policies.push({
      id,
      name: cleanName(pd.name, label, problems),
      pagerduty_id: pd.id,
      ...(description ? { description } : {}),
      num_loops: pd.num_loops ?? 0,
      rules,
    });
  }

  // Services: policy and urgency; support hours become coverage.yaml's business hours.
  const serviceIds = new Ids();
  const services: Service[] = [];
  let hours: { from: string; coverage: Pick<CoverageFile, 'time_zone' | 'business_hours'>; key: string } | undefined;
  for (const pd of [...account.services].sort((a, b) => a.id.localeCompare(b.id))) {
    const label = `Service "${pd.name}" (${pd.id})`;
    const policy = policyOf.get(pd.escalation_policy.id);
    if (!policy) {
      problems.push(`${label} uses escalation policy ${pd.escalation_policy.id}, which is not imported; not imported.`);
      continue;
    }
    const urgency = urgencyOf(pd, label, problems);
    if (urgency === 'business-hours') {
      const h = supportHoursOf(pd.support_hours ?? undefined);
      if (!h) problems.push(`${label}: its support hours cannot be read as one daily window in an IANA zone.`);
      else if (!hours) hours = { from: pd.name, ...h };
      else if (hours.key !== h.key)
        problems.push(
          `${label} has support hours other than those of "${hours.from}"; the policy has one set of business hours (coverage.yaml), so the plan will show its support hours as a change.`,
        );
    }
    const description = ownText(pd.description);
    services.push({
      id: serviceIds.take(pd.name, `service-${pd.id.toLowerCase()}`),
      name: cleanName(pd.name, label, problems),
      pagerduty_id: pd.id,
      description: description ?? `PagerDuty service "${pd.name}".`,
      escalation_policy: policy,
      urgency: { [PLACEHOLDER_SEVERITY]: urgency },
    });
  }

  const zone = hours?.coverage.time_zone ?? schedules[0]?.layers[0]?.time_zone ?? 'Etc/UTC';
  const coverage: CoverageFile = {
    ...(hours?.coverage ?? {
      time_zone: zone,
      business_hours: { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], start: '09:00', end: '17:00' },
    }),
    response_minutes: {},
  };
  const severities: SeveritiesFile = {
    severities: [
      {
        id: PLACEHOLDER_SEVERITY,
        name: 'Placeholder: every alert, until severities are written',
        criteria: 'To fill in: PagerDuty holds no severities. Write your own and map each service to them.',
        action: 'To fill in: what the on-call engineer does.',
        incident: false,
      },
    ],
  };
  const compensation: CompensationFile = {
    pay_periods: { kind: 'monthly', time_zone: zone },
    rate_classes: {
      time_trade: 'To fill in: how a swap paid back in the same pay period is compensated.',
      overtime: 'To fill in: how hours covered without a payback are paid.',
      holiday: 'To fill in: how hours on a holiday are paid.',
    },
    holidays: { time_zone: zone, dates: [] },
  };
  const path = pathPolicy(policies, services);
  const contacts: ContactsFile = {
    escalation_path: {
      policy: path?.id ?? policies[0]?.id ?? 'none',
      levels: (path?.rules ?? []).map((r, i, all) => ({
        level: i + 1,
        contact: r.targets[0]!,
        when:
          i === 0
            ? 'When an alert arrives.'
            : `After ${all.slice(0, i).reduce((n, x) => n + x.escalation_delay_minutes, 0)} minutes without an acknowledgement.`,
      })),
    },
    external: [],
  };
  if (schedules.length === 0)
    problems.push('The account has no schedule the policy can express; rotations.yaml is empty.');
  if (policies.length === 0) problems.push('The account has no escalation policy the policy can express.');
  if (services.length === 0) problems.push('The account has no service the policy can express.');

  const files: ImportedFile[] = [
    file(
      'team',
      'The roster, imported from PagerDuty: names, emails and zones. PagerDuty holds no GitHub logins, managers or training records: fill each in, then remove it from todo (oncall validate warns until then, and a person with a todo cannot consent to a swap).',
      { people },
    ),
    file(
      'rotations',
      "Schedules imported from PagerDuty. Each keeps its PagerDuty name and id (the sync binds by pagerduty_id); layers are listed top to bottom, the lowest (last) wins. start is the rotation_virtual_start as the local time in the schedule's zone.",
      { schedules },
    ),
    file('escalation', 'Escalation policies imported from PagerDuty, with their rules, delays, loops and targets.', {
      policies,
    }),
    file(
      'services',
      `Services imported from PagerDuty. PagerDuty has one urgency rule per service, so each carries the placeholder severity ${PLACEHOLDER_SEVERITY} at that urgency (high, low, or business-hours for the support-hours rule); map your own severities here.`,
      { services },
    ),
    file(
      'severities',
      'PLACEHOLDER written by oncall pagerduty import: PagerDuty holds no severities. Replace with your own (and give those that open an incident a response target in coverage.yaml).',
      severities,
    ),
    file(
      'coverage',
      hours
        ? `Business hours are the support hours of PagerDuty service "${hours.from}". Response targets: to fill in per severity.`
        : 'PLACEHOLDER written by oncall pagerduty import: no service uses support hours, so these are a default (Monday to Friday, 09:00-17:00). Response targets: to fill in per severity.',
      coverage,
    ),
    file(
      'compensation',
      'PLACEHOLDER written by oncall pagerduty import: PagerDuty holds no pay rules. Monthly pay periods and no holidays until you write yours.',
      compensation,
    ),
    file(
      'contacts',
      'The escalation path as people read it, written from the escalation policy most services use. External contacts and channels: to fill in.',
      contacts,
    ),
    ...swaps.map((s) => ({
      path: `oncall/swaps/${s.name}.yaml`,
      text: render('../../schemas/swap.schema.json', undefined, s.data),
    })),
  ];
  return {
    files,
    problems,
    counts: {
      people: people.length,
      schedules: schedules.length,
      layers: layerCount,
      swaps: swaps.length,
      policies: policies.length,
      services: services.length,
    },
  };
}

/** One layer of the policy from one PagerDuty layer, or undefined (with a problem) when it cannot be. */
export function layerOf(
  l: NonNullable<PdSchedule['schedule_layers']>[number],
  zone: string,
  now: number,
  label: string,
  personOf: ReadonlyMap<string, string>,
  problems: string[],
): Omit<Layer, 'id'> | undefined {
  const seconds = l.rotation_turn_length_seconds;
  const turn_length =
    seconds % 604_800 === 0
      ? { weeks: seconds / 604_800 }
      : seconds % 86_400 === 0
        ? { days: seconds / 86_400 }
        : seconds % 3600 === 0
          ? { hours: seconds / 3600 }
          : undefined;
  if (!turn_length || seconds <= 0) {
    problems.push(`${label}: turns of ${seconds} s are not whole hours, days or weeks; not imported.`);
    return undefined;
  }
  const members = l.users.map((u) => personOf.get(u.user.id));
  if (members.some((m) => m === undefined)) {
    problems.push(`${label}: a member is not among the account's users; not imported.`);
    return undefined;
  }
  const anchor = Date.parse(l.rotation_virtual_start);
  const start = localIn(anchor, zone);
  // A wall-clock time that happens twice (clocks fall back) reads as the first of the two.
  if (zoned(start, zone).epochMilliseconds !== anchor)
    problems.push(
      `${label}: its handoffs start at ${isoUtc(anchor)}, the second ${start} in ${zone} (clocks went back); the policy reads that local time as the first, an hour earlier.`,
    );
  if (Date.parse(l.start) > now && Date.parse(l.start) !== anchor)
    problems.push(
      `${label} begins ${isoUtc(Date.parse(l.start))}, after its rotation's anchor ${isoUtc(anchor)}; the policy's layers begin at their first handoff, so it is imported as covering from ${isoUtc(anchor)}.`,
    );
  const restrictions = (l.restrictions ?? []).flatMap((r) => {
    const out = restrictionOf(r);
    if (!out)
      problems.push(`${label}: a ${r.type} at ${r.start_time_of_day} has seconds; left out, so the layer covers more.`);
    return out ?? [];
  });
  return {
    name: cleanName(l.name ?? l.id, label, problems),
    time_zone: zone,
    start,
    ...(l.end ? { end: localIn(Date.parse(l.end), zone) } : {}),
    turn_length,
    members: members as string[],
    ...(restrictions.length ? { restrictions } : {}),
  };
}

/**
 * A PagerDuty restriction as windows: a daily one is one window every day; a weekly one of up to a
 * day is one window on its start day, and a longer one (PagerDuty's editor makes "Monday 09:00 to
 * Friday 17:00" one restriction) is one window per day it spans, which cover the same week.
 */
function restrictionOf(
  r: NonNullable<NonNullable<PdSchedule['schedule_layers']>[number]['restrictions']>[number],
): Restriction[] | undefined {
  const start = minutesOf(r.start_time_of_day);
  if (start === undefined) return undefined;
  const length = Math.round(r.duration_seconds / 60);
  if (r.type !== 'weekly_restriction') return [{ start: hhmm(start), end: hhmm(start + Math.min(length, 1440)) }];
  const first = (r.start_day_of_week ?? 1) - 1;
  const out: Restriction[] = [];
  for (let k = 0; k * 1440 < length && k < 7; k++) {
    const part = Math.min(1440, length - k * 1440);
    out.push({ days: [WEEKDAYS[(first + k) % 7] as Weekday], start: hhmm(start), end: hhmm(start + part) });
  }
  return out;
}

function urgencyOf(s: PdService, label: string, problems: string[]): Urgency {
  const rule = (s.incident_urgency_rule ?? { type: 'constant', urgency: 'high' }) as {
    type?: string;
    urgency?: string;
    during_support_hours?: { urgency?: string };
    outside_support_hours?: { urgency?: string };
  };
  if (rule.type === 'constant' && (rule.urgency === 'high' || rule.urgency === 'low')) return rule.urgency;
  if (
    rule.type === 'use_support_hours' &&
    rule.during_support_hours?.urgency === 'high' &&
    rule.outside_support_hours?.urgency === 'low'
  )
    return 'business-hours';
  problems.push(
    `${label}: its urgency rule (${JSON.stringify(rule)}) is not high, low, or high in support hours and low outside them; imported as high (never page at a lower urgency than PagerDuty did), so the plan shows it as a change.`,
  );
  return 'high';
}

function supportHoursOf(
  h: Record<string, unknown> | undefined,
): { coverage: Pick<CoverageFile, 'time_zone' | 'business_hours'>; key: string } | undefined {
  if (!h || h.type !== 'fixed_time_per_day' || typeof h.time_zone !== 'string' || !isTimeZone(h.time_zone))
    return undefined;
  const days = Array.isArray(h.days_of_week) ? (h.days_of_week as number[]) : [];
  const start = typeof h.start_time === 'string' ? minutesOf(h.start_time) : undefined;
  const end = typeof h.end_time === 'string' ? minutesOf(h.end_time) : undefined;
  if (start === undefined || end === undefined || end <= start || days.length === 0) return undefined;
  if (days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) return undefined;
  return {
    key: JSON.stringify([h.time_zone, days, start, end]),
    coverage: {
      time_zone: h.time_zone,
      business_hours: { days: days.map((d) => WEEKDAYS[d - 1]!), start: hhmm(start), end: hhmm(end) },
    },
  };
}

/** The escalation policy most services use: the one contacts.yaml describes. */
function pathPolicy(policies: readonly EscalationPolicy[], services: readonly Service[]): EscalationPolicy | undefined {
  const uses = (p: EscalationPolicy) => services.filter((s) => s.escalation_policy === p.id).length;
  return [...policies].sort((a, b) => uses(b) - uses(a))[0];
}

/** A description as people wrote it: without a mark and override ledger an earlier sync added. */
function ownText(description: string | null | undefined): string | undefined {
  if (!description) return undefined;
  const at = description.indexOf('[managed by oncall-as-code');
  const text = (at >= 0 ? description.slice(0, at) : description).replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();
  return text || undefined;
}

function file(kind: string, comment: string, data: unknown): ImportedFile {
  return { path: `oncall/${kind}.yaml`, text: render(`../schemas/${kind}.schema.json`, comment, data) };
}

/** Short lists read best on one line, as the repository's own files write them. */
const FLOW = new Set(['members', 'turn_length', 'todo', 'days']);

/** YAML with the schema comment on line 1 (so editors check it), a comment on what it is, then the data. */
function render(schema: string, comment: string | undefined, data: unknown): string {
  const head = [`# yaml-language-server: $schema=${schema}`, ...(comment ? wrap(comment) : [])];
  return `${head.join('\n')}\n${policyYaml(data)}`;
}

/** Policy data as YAML the way the repository's files write it (short lists on one line). */
export function policyYaml(data: unknown): string {
  const doc = new Document(data);
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && FLOW.has(String(pair.key.value)) && isCollection(pair.value)) pair.value.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '#';
  for (const word of text.split(' ')) {
    if (line.length + word.length + 1 > 100 && line !== '#') {
      lines.push(line);
      line = '#';
    }
    line += ` ${word}`;
  }
  lines.push(line);
  return lines;
}
