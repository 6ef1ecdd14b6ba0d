/**
 * Shifts for people: a terminal table, a markdown table and a mermaid gantt chart (PR comments and
 * job summaries), all from the same Shift list.
 */
import { createColors } from 'picocolors';
import type { Person } from '../model/types.js';
import type { Shift } from '../schedule/types.js';
import { isoUtc } from '../util/time.js';
import { fenced } from './fence.js';
import { inert } from './inert.js';
import { oneLine } from './plain.js';

export type People = ReadonlyMap<string, Pick<Person, 'name'>>;

export function displayName(people: People, id: string): string {
  const p = people.get(id);
  return p ? `${p.name} (${id})` : id;
}

function sourceLabel(s: Shift): string {
  return s.source === 'swap' ? `swap ${s.swap}` : `rotation${s.layer ? ` (${s.layer})` : ''}`;
}

export function renderShiftsText(shifts: readonly Shift[], people: People, options: { color: boolean }): string {
  const c = createColors(options.color);
  if (shifts.length === 0) return 'No shifts in this window.\n';
  const rows = shifts.map((s) => [
    isoUtc(s.start),
    isoUtc(s.end),
    s.schedule,
    displayName(people, s.person),
    sourceLabel(s),
  ]);
  const header = ['start (UTC)', 'end (UTC)', 'schedule', 'person', 'source'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ');
  return (
    [c.bold(line(header)), ...rows.map((r, i) => (shifts[i]!.source === 'swap' ? c.yellow(line(r)) : line(r)))].join(
      '\n',
    ) + '\n'
  );
}

/** A shift for scripts (--json), the same in every command. */
export const shiftJson = (s: Shift) => ({
  schedule: s.schedule,
  person: s.person,
  start: isoUtc(s.start),
  end: isoUtc(s.end),
  source: s.source,
  ...(s.swap ? { swap: s.swap } : {}),
});

export function renderShiftsMarkdown(shifts: readonly Shift[], people: People): string {
  const out = ['| Schedule | Person | Start (UTC) | End (UTC) | Source |', '| --- | --- | --- | --- | --- |'];
  for (const s of shifts)
    out.push(
      `| ${s.schedule} | ${inert(displayName(people, s.person))} | ${isoUtc(s.start)} | ${isoUtc(s.end)} | ${s.source === 'swap' ? `**${inert(sourceLabel(s))}**` : inert(sourceLabel(s))} |`,
    );
  return out.join('\n') + '\n';
}

/** A mermaid gantt chart with one section per schedule; swap shifts are highlighted. */
export function renderShiftsGantt(shifts: readonly Shift[], people: People, title: string): string {
  const out = ['gantt', `  title ${label(title)}`, '  dateFormat YYYY-MM-DD HH:mm', '  axisFormat %d %b'];
  const bySchedule = new Map<string, Shift[]>();
  for (const s of shifts) bySchedule.set(s.schedule, [...(bySchedule.get(s.schedule) ?? []), s]);
  for (const [schedule, list] of bySchedule) {
    out.push(`  section ${label(schedule)}`);
    for (const s of list) {
      const name = people.get(s.person)?.name ?? s.person;
      out.push(
        `  ${label(s.source === 'swap' ? `${name} (swap)` : name)} :${s.source === 'swap' ? 'crit, ' : ''}${mermaidTime(s.start)}, ${mermaidTime(s.end)}`,
      );
    }
  }
  return fenced(out.join('\n'), 'mermaid') + '\n';
}

/** Mermaid's gantt syntax reserves ':', ';' and '#'; labels are text, never markup. */
function label(text: string): string {
  return oneLine(text, 100)
    .replace(/[:;#<>`]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function mermaidTime(ms: number): string {
  return isoUtc(ms).slice(0, 16).replace('T', ' ');
}
