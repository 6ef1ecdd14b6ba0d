/**
 * Shifts as iCalendar (RFC 5545) with ical-generator: one event per shift, times in UTC, and a UID
 * made of the schedule and the shift's start, so a re-published calendar updates the same events
 * (a swap changes who, not which event) instead of duplicating them.
 */
import ical from 'ical-generator';
import type { Shift } from '../schedule/types.js';
import { isoUtc } from '../util/time.js';
import { displayName, type People } from './schedule.js';

export interface CalendarOptions {
  name: string;
  /** Domain part of event UIDs; keep it stable across runs. */
  uidDomain?: string;
}

export function shiftUid(shift: Shift, domain = 'oncall-as-code'): string {
  return `${shift.schedule}-${isoUtc(shift.start).replace(/[-:]/g, '')}@${domain}`;
}

export function renderCalendar(shifts: readonly Shift[], people: People, options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'oncall-as-code', product: 'oncall', language: 'EN' },
  });
  for (const s of shifts) {
    calendar.createEvent({
      id: shiftUid(s, options.uidDomain),
      start: new Date(s.start),
      end: new Date(s.end),
      // Same stamp for the same content: re-running the export must not look like a change.
      stamp: new Date(s.start),
      summary: `On call (${s.schedule}): ${people.get(s.person)?.name ?? s.person}`,
      description: `${displayName(people, s.person)} holds ${s.schedule} from ${isoUtc(s.start)} to ${isoUtc(s.end)}${s.source === 'swap' ? ` (swap ${s.swap})` : ''}.`,
    });
  }
  return calendar.toString();
}
