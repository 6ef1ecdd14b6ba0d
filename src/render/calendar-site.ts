/**
 * The published calendars (calendar.yml deploys them to GitHub Pages): a feed for everyone, one per
 * schedule and one per person, and an index page. Names come from team.yaml, which any pull request
 * can change, and the page is served from the organisation's Pages origin: every name is escaped.
 */
import type { Shift } from '../schedule/types.js';
import { renderCalendar } from './calendar.js';
import { escapeHtml } from './html.js';
import type { People } from './schedule.js';

export interface SiteFile {
  path: string;
  content: string;
}

interface Feed {
  file: string;
  title: string;
  shifts: readonly Shift[];
}

export function calendarSite(
  shifts: readonly Shift[],
  people: People,
  schedules: readonly { id: string; name?: string }[],
  stamp: number,
): SiteFile[] {
  const feeds: Feed[] = [{ file: 'oncall.ics', title: 'Everyone, every schedule', shifts }];
  for (const s of schedules)
    feeds.push({
      file: `schedule-${s.id}.ics`,
      title: `Schedule ${s.name ?? s.id}`,
      shifts: shifts.filter((x) => x.schedule === s.id),
    });
  for (const [id, p] of people)
    feeds.push({ file: `person-${id}.ics`, title: p.name, shifts: shifts.filter((x) => x.person === id) });
  return [
    ...feeds.map((f) => ({
      path: f.file,
      content: renderCalendar(f.shifts, people, { name: `On call: ${f.title}`, stamp }),
    })),
    { path: 'index.html', content: indexPage(feeds) },
  ];
}

function indexPage(feeds: readonly Feed[]): string {
  const items = feeds.map((f) => {
    const href = escapeHtml(encodeURIComponent(f.file));
    return `<li><a href="${href}">${escapeHtml(f.title)}</a> (<code>${escapeHtml(f.file)}</code>)</li>`;
  });
  return [
    '<!doctype html>',
    '<meta charset="utf-8">',
    // Nothing on this page runs: a name that got past escaping would still find no script allowed.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<title>On-call calendars</title>',
    '<h1>On-call calendars</h1>',
    "<p>Subscribe to a feed's address in your calendar app; it is republished on every change to the policy and weekly.</p>",
    '<ul>',
    ...items,
    '</ul>',
    '',
  ].join('\n');
}
