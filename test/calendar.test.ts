/** The iCalendar export, read back by an independent parser (ical.js). */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { renderCalendar, shiftUid } from '../src/render/calendar.js';
import { buildTimeline, shiftsIn } from '../src/schedule/timeline.js';
import { validatePolicy } from '../src/validate/index.js';
import { repoPolicyFiles, TEST_NOW } from './helpers/policy.js';
import { withSwaps } from './helpers/swaps.js';

const files = withSwaps(repoPolicyFiles(), {
  start: '2026-12-08T18:00:00Z',
  end: '2026-12-09T06:00:00Z',
  relieved: 'engineer-a',
  covering: 'engineer-d',
});
const { policy } = validatePolicy(files, { now: TEST_NOW });
const people = new Map(policy.team!.people.map((p) => [p.id, p]));
const window = { start: Date.parse('2026-11-29T10:00:00Z'), end: Date.parse('2027-01-31T10:00:00Z') };
const shifts = shiftsIn(buildTimeline(policy, window));

describe('oncall calendar', () => {
  const ics = renderCalendar(shifts, people, { name: 'On call', stamp: TEST_NOW });
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  it('parses as RFC 5545 with one event per shift, at the same instants, in UTC', () => {
    expect(events).toHaveLength(shifts.length);
    events.forEach((e, i) => {
      const s = shifts[i]!;
      expect(e.startDate.toJSDate().getTime()).toBe(s.start);
      expect(e.endDate.toJSDate().getTime()).toBe(s.end);
      expect(e.startDate.zone?.tzid).toBe('UTC');
      expect(e.uid).toBe(shiftUid(s));
      expect(e.summary).toBe(`On call (${s.schedule}): ${people.get(s.person)!.name}`);
    });
  });

  it('shows the partial swap as its own event between the two halves of the shift', () => {
    const swap = events.find((e) => e.description.includes('(swap 2026-12-08-primary-engineer-a)'));
    expect(swap?.summary).toBe('On call (primary): Engineer D');
    expect(swap?.startDate.toJSDate().toISOString()).toBe('2026-12-08T18:00:00.000Z');
  });

  it('is byte-identical on a second run, so subscribers see no spurious changes', () => {
    expect(renderCalendar(shiftsIn(buildTimeline(policy, window)), people, { name: 'On call', stamp: TEST_NOW })).toBe(
      ics,
    );
  });

  it('ends every line with CRLF, asks clients to refresh hourly, and stamps each event with its edition', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n');
    expect(ics).toContain('X-PUBLISHED-TTL:PT1H\r\n');
    expect(events[0]!.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-27T12:00:00Z');
  });

  it('a later edition outranks the earlier one for the same UID, so an imported copy takes the swap', () => {
    const later = renderCalendar(shifts, people, { name: 'On call', stamp: TEST_NOW + 86_400_000 });
    const seq = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')[0]!;
    const [a, b] = [seq(ics), seq(later)];
    expect(a.getFirstPropertyValue('uid')).toBe(b.getFirstPropertyValue('uid'));
    expect(Number(b.getFirstPropertyValue('sequence'))).toBe(Number(a.getFirstPropertyValue('sequence')) + 1440);
  });

  it('gives every event a distinct UID', () => {
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });
});
