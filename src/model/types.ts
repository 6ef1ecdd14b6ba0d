/**
 * The policy as plain data, one interface per file kind, with the files' own field names so that
 * a message can quote the key a user wrote. The JSON Schemas in schemas/ are the authority; these
 * types describe what a file that passed its schema looks like.
 */
export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';
export const WEEKDAYS: readonly Weekday[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

export const BEFORE_FIRST_SHIFT_ITEMS = [
  'training_session',
  'shadow_shift',
  'runbook_review',
  'access_verified',
  'alert_test',
  'incident_drill',
] as const;
export type BeforeFirstShiftItem = (typeof BEFORE_FIRST_SHIFT_ITEMS)[number];

export const QUARTERLY_ITEMS = ['runbook_review', 'incident_drill', 'access_audit'] as const;
export type QuarterlyItem = (typeof QUARTERLY_ITEMS)[number];

export type Role = 'engineer' | 'engineering-manager' | 'cto';

/** What a person's record may still lack, listed in its `todo`. */
export const TODO_FIELDS = ['github', 'manager', 'training'] as const;
export type TodoField = (typeof TODO_FIELDS)[number];

export interface Person {
  id: string;
  name: string;
  /** Absent only while `todo` lists it. */
  github?: string;
  /** GitHub's numeric user id: matched instead of the login where present. */
  github_id?: number;
  email: string;
  time_zone: string;
  role: Role;
  manager?: string;
  /** An id in compensation.yaml `holiday_calendars`: their country's public holidays (default: `holidays`). */
  holiday_calendar?: string;
  training?: {
    before_first_shift?: Partial<Record<BeforeFirstShiftItem, string>>;
    quarterly?: Partial<Record<QuarterlyItem, string>>;
  };
  /** What is still to be filled in: warnings instead of errors, and no consent to swaps until done. */
  todo?: TodoField[];
}

/** Whether a person's record still lists `field` as to be filled in. */
export function pending(person: Person, field: TodoField): boolean {
  return person.todo?.includes(field) ?? false;
}

export interface TeamFile {
  people: Person[];
}

export interface TurnLength {
  hours?: number;
  days?: number;
  weeks?: number;
}

export interface Restriction {
  days?: Weekday[];
  start: string;
  end: string;
}

export interface Layer {
  id: string;
  name?: string;
  time_zone: string;
  start: string;
  end?: string;
  turn_length: TurnLength;
  members: string[];
  restrictions?: Restriction[];
}

export interface Schedule {
  id: string;
  /** Binds the PagerDuty object with this id (adopting one the tool did not create). */
  pagerduty_id?: string;
  name?: string;
  description?: string;
  layers: Layer[];
}

export interface RotationsFile {
  schedules: Schedule[];
}

export type Target = { schedule: string; person?: never } | { person: string; schedule?: never };

export interface EscalationRule {
  escalation_delay_minutes: number;
  targets: Target[];
}

export interface EscalationPolicy {
  id: string;
  /** Binds the PagerDuty object with this id (adopting one the tool did not create). */
  pagerduty_id?: string;
  name: string;
  description?: string;
  num_loops?: number;
  rules: EscalationRule[];
}

export interface EscalationFile {
  policies: EscalationPolicy[];
}

export type Urgency = 'high' | 'low' | 'business-hours';

export interface Service {
  id: string;
  /** The name in PagerDuty (default: the id). */
  name?: string;
  /** Binds the PagerDuty object with this id (adopting one the tool did not create). */
  pagerduty_id?: string;
  description: string;
  escalation_policy: string;
  urgency: Record<string, Urgency>;
}

export interface ServicesFile {
  services: Service[];
}

export interface Severity {
  id: string;
  name: string;
  criteria: string;
  action: string;
  incident: boolean;
}

export interface SeveritiesFile {
  severities: Severity[];
}

export interface ResponseTarget {
  business_hours: number;
  after_hours: number;
}

export interface CoverageFile {
  time_zone: string;
  business_hours: { days: Weekday[]; start: string; end: string };
  response_minutes: Record<string, ResponseTarget>;
}

export interface Holiday {
  date: string;
  name: string;
}

/** Days that are holidays, each midnight to midnight in `time_zone`. */
export interface HolidayDates {
  time_zone: string;
  dates: Holiday[];
}

export interface HolidayCalendar extends HolidayDates {
  name: string;
}

export interface CompensationFile {
  pay_periods: { kind: 'monthly' | 'semi-monthly' | 'weekly' | 'biweekly'; time_zone: string; anchor?: string };
  rate_classes: { time_trade: string; overtime: string; holiday: string };
  /** The company's calendar: everyone's holidays unless team.yaml gives them a `holiday_calendar`. */
  holidays: HolidayDates & { calendar?: string };
  /** Public holidays by country (or region), by id; a person names theirs in team.yaml. */
  holiday_calendars?: Record<string, HolidayCalendar>;
  fairness?: {
    max_hours_per_quarter?: number;
    weights?: Partial<Record<'business' | 'after_hours' | 'weekend' | 'holiday', number>>;
    min_rest_hours?: number;
  };
}

export interface ContactLevel {
  level: number;
  contact: Target;
  when: string;
}

export interface ContactsFile {
  escalation_path: { policy: string; levels: ContactLevel[] };
  external: { id: string; name: string; contact: string; issue_type: string }[];
  channels?: { alerts?: string; swaps?: string; incidents?: string };
}

export interface SwapFile {
  schedule: string;
  /** RFC 3339 instant with offset. */
  start: string;
  end?: string;
  relieved: string;
  covering: string;
  reason: string;
  payback?: string;
}

export type TimeOffKind = 'leave' | 'public-holiday' | 'training' | 'other';

/** One absence: whole local days (YYYY-MM-DD, end inclusive) or local times (end exclusive). */
export interface TimeOffPeriod {
  start: string;
  end: string;
  kind: TimeOffKind;
  note?: string;
}

export interface TimeOffFile {
  periods: TimeOffPeriod[];
}
