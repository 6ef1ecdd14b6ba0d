/** `oncall who`, `oncall schedule` and `oncall calendar`: questions to the schedule engine. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { calendarSite } from '../render/calendar-site.js';
import { renderCalendar } from '../render/calendar.js';
import {
  renderShiftsGantt,
  renderShiftsMarkdown,
  renderShiftsText,
  displayName,
  shiftJson,
  type People,
} from '../render/schedule.js';
import { buildTimeline, onCallAt, shiftsIn } from '../schedule/timeline.js';
import { isoUtc, WEEK_MS } from '../util/time.js';
import { UsageError, wantsColor, writeOutput, type CliIO } from './io.js';
import { loadScheduledPolicy, parseInstant } from './policy.js';

function peopleOf(policy: { team?: { people: { id: string; name: string }[] } }): People {
  return new Map((policy.team?.people ?? []).map((p) => [p.id, p]));
}

export async function runWho(root: string, options: { at?: string; json?: boolean }, io: CliIO): Promise<number> {
  const now = Date.now();
  const at = parseInstant(options.at, '--at', now);
  const policy = await loadScheduledPolicy(root, io, now);
  const people = peopleOf(policy);
  const oncall = onCallAt(policy, at);
  if (options.json) {
    io.stdout(
      JSON.stringify(
        {
          at: isoUtc(at),
          oncall: oncall.map(({ schedule, shift }) =>
            shift
              ? { ...shiftJson(shift), schedule }
              : { schedule, person: null, start: null, end: null, source: null },
          ),
        },
        null,
        2,
      ) + '\n',
    );
    return 0;
  }
  const width = Math.max(...oncall.map((o) => o.schedule.length));
  io.stdout(`On call at ${isoUtc(at)}:\n`);
  for (const { schedule, shift } of oncall) {
    io.stdout(
      shift
        ? `  ${schedule.padEnd(width)}  ${displayName(people, shift.person)}, ${isoUtc(shift.start)} to ${isoUtc(shift.end)}${shift.source === 'swap' ? ` (swap ${shift.swap})` : ''}\n`
        : `  ${schedule.padEnd(width)}  nobody\n`,
    );
  }
  return 0;
}

export type ScheduleFormat = 'text' | 'json' | 'markdown' | 'mermaid';

export interface WindowOptions {
  from?: string;
  until?: string;
  person?: string;
  schedule?: string;
}

async function windowShifts(
  root: string,
  options: WindowOptions,
  io: CliIO,
  defaults: { before: number; after: number },
) {
  const now = Date.now();
  const from = parseInstant(options.from, '--from', now - defaults.before);
  const until = parseInstant(options.until, '--until', from + defaults.after + (options.from ? 0 : defaults.before));
  if (until <= from) throw new UsageError('--until must be after --from.');
  const policy = await loadScheduledPolicy(root, io, now);
  if (options.schedule && !policy.rotations.schedules.some((s) => s.id === options.schedule))
    throw new UsageError(
      `no schedule "${options.schedule}"; schedules: ${policy.rotations.schedules.map((s) => s.id).join(', ')}.`,
    );
  if (options.person && !policy.team?.people.some((p) => p.id === options.person))
    throw new UsageError(`no person "${options.person}" in oncall/team.yaml.`);
  const shifts = shiftsIn(buildTimeline(policy, { start: from, end: until })).filter(
    (s) => (!options.schedule || s.schedule === options.schedule) && (!options.person || s.person === options.person),
  );
  return { policy, shifts, from, until };
}

export async function runSchedule(
  root: string,
  options: WindowOptions & { format: ScheduleFormat },
  io: CliIO,
): Promise<number> {
  const { policy, shifts, from, until } = await windowShifts(root, options, io, { before: 0, after: 4 * WEEK_MS });
  const people = peopleOf(policy);
  switch (options.format) {
    case 'json':
      io.stdout(
        JSON.stringify({ from: isoUtc(from), until: isoUtc(until), shifts: shifts.map(shiftJson) }, null, 2) + '\n',
      );
      break;
    case 'markdown':
      io.stdout(renderShiftsMarkdown(shifts, people));
      break;
    case 'mermaid':
      io.stdout(
        renderShiftsGantt(
          shifts,
          people,
          `On call ${isoUtc(from).slice(0, 10)} to ${isoUtc(until).slice(0, 10)} (UTC)`,
        ),
      );
      break;
    default:
      io.stdout(renderShiftsText(shifts, people, { color: wantsColor(io) }));
  }
  return 0;
}

export async function runCalendar(
  root: string,
  options: WindowOptions & { output?: string; site?: string },
  io: CliIO,
): Promise<number> {
  if (options.site && (options.output || options.person || options.schedule))
    throw new UsageError('--site writes every feed; it does not go with --output, --person or --schedule.');
  // Subscribers see the recent past and half a year ahead.
  const { policy, shifts } = await windowShifts(root, options, io, { before: 4 * WEEK_MS, after: 26 * WEEK_MS });
  if (options.site) {
    const files = calendarSite(shifts, peopleOf(policy), policy.rotations.schedules, editionStamp());
    await writeOutput(options.site, () => mkdir(options.site!, { recursive: true }));
    for (const f of files)
      await writeOutput(join(options.site, f.path), () => writeFile(join(options.site!, f.path), f.content));
    io.stdout(`Wrote ${files.length - 1} calendars and index.html to ${options.site}.\n`);
    return 0;
  }
  const who = options.person
    ? ` for ${policy.team?.people.find((p) => p.id === options.person)?.name ?? options.person}`
    : '';
  const what = options.schedule ? ` (${options.schedule})` : '';
  const ics = renderCalendar(shifts, peopleOf(policy), { name: `On call${who}${what}`, stamp: editionStamp() });
  if (options.output) await writeOutput(options.output, () => writeFile(options.output!, ics));
  else io.stdout(ics);
  return 0;
}

/** The edition of a feed: this minute, so SEQUENCE (minutes) and DTSTAMP agree. */
function editionStamp(): number {
  return Math.floor(Date.now() / 60_000) * 60_000;
}
