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
  /**
   * When this edition of the feed was made (DTSTAMP). SEQUENCE counts minutes from 2020 to it, so a
   * later edition outranks an earlier one for every event — how an imported copy learns that a swap
   * changed the event under the same UID. The same stamp gives the same bytes.
   */
  stamp: number;
  /** Domain part of event UIDs; keep it stable across runs. */
  uidDomain?: string;
}

const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

export function shiftUid(shift: Shift, domain = 'oncall-as-code'): string {
  return `${shift.schedule}-${isoUtc(shift.start).replace(/[-:]/g, '')}@${domain}`;
}

export function renderCalendar(shifts: readonly Shift[], people: People, options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    // REFRESH-INTERVAL and X-PUBLISHED-TTL: clients that honour them look again hourly.
    ttl: 60 * 60,
    prodId: { company: 'oncall-as-code', product: 'oncall', language: 'EN' },
  });
  for (const s of shifts) {
    calendar.createEvent({
      id: shiftUid(s, options.uidDomain),
      start: new Date(s.start),
      end: new Date(s.end),
      stamp: new Date(options.stamp),
      sequence: Math.max(0, Math.floor((options.stamp - SEQUENCE_EPOCH) / 60_000)),
      summary: `On call (${s.schedule}): ${people.get(s.person)?.name ?? s.person}`,
      description: `${displayName(people, s.person)} holds ${s.schedule} from ${isoUtc(s.start)} to ${isoUtc(s.end)}${s.source === 'swap' ? ` (swap ${s.swap})` : ''}.`,
    });
  }
  // RFC 5545 ends every content line, the last one too, with CRLF.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
