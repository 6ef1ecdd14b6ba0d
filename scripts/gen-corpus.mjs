#!/usr/bin/env node
/**
 * Writes a deterministic synthetic organisation for benchmarks: a policy repository in the layout
 * `oncall validate` reads, valid as of --now so validation does all its work.
 *
 *   node scripts/gen-corpus.mjs [--scale 1] [--out <dir>] [--now 2026-11-27T12:00:00Z] [--seed 1]
 *
 * At --scale 1 ("large"): 1,000 people, 100 schedules (weekly and daily layers in eight zones, some
 * with a business-hours layer), 5,000 swaps and 2,000 postmortems with 3–8 action items each. The
 * repository's own escalation, services, severities, coverage, compensation and contacts are kept,
 * so every cross-file rule has real references to follow. Prints the folder it wrote.
 */
import { Temporal } from 'temporal-polyfill';
import { argv, fs, os, path, YAML } from 'zx';
import { mulberry32 } from './lib/prng.mjs';

const repo = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..');
const scale = Number(argv.scale ?? 1);
if (!(scale > 0)) throw new Error('--scale must be a positive number');
// Beyond this team.yaml outgrows the 1 MiB the tool reads (file/too-large): the organisation would not validate.
if (scale > 1.5) throw new Error('--scale above 1.5 makes a team.yaml over the 1 MiB file limit; use at most 1.5');
const now = Temporal.Instant.from(argv.now ?? '2026-11-27T12:00:00Z');
const out = path.resolve(argv.out ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'oncall-corpus-'))));

const PEOPLE = Math.round(1000 * scale);
const SCHEDULES = Math.round(100 * scale);
const SWAPS = Math.round(5000 * scale);
const POSTMORTEMS = Math.round(2000 * scale);
const ZONES = [
  'Etc/UTC',
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Australia/Sydney',
  'Asia/Tokyo',
];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

// The same seed and scale always give the same files.
const rnd = mulberry32(Number(argv.seed ?? 1));
const int = (n) => Math.floor(rnd() * n);
const pick = (xs) => xs[int(xs.length)];
const pad = (n, w = 4) => String(n).padStart(w, '0');

const today = now.toZonedDateTimeISO('UTC').toPlainDate();
const read = (file) => YAML.parse(fs.readFileSync(path.join(repo, file), 'utf8'));
await fs.remove(path.join(out, 'oncall'));
await fs.remove(path.join(out, 'postmortems'));
await fs.mkdirp(path.join(out, 'oncall/swaps'));
await fs.mkdirp(path.join(out, 'postmortems'));
const write = (file, text) => fs.writeFile(path.join(out, file), text);
const yamlFile = (schema, data, up = '..') =>
  `# yaml-language-server: $schema=${up}/schemas/${schema}\n${YAML.stringify(data, { lineWidth: 0 })}`;

// The roster: the repository's own people (escalation names them) and PEOPLE engineers, all trained.
// Those in a zone the repository has a holiday calendar for (Berlin, New York) take it, so the hour
// reports classify by several calendars, as a team across countries does.
const team = read('oncall/team.yaml');
const calendars = Object.entries(read('oncall/compensation.yaml').holiday_calendars ?? {});
const calendarIn = (zone) => calendars.find(([, c]) => c.time_zone === zone)?.[0];
const trainedOn = (daysAgo) => today.subtract({ days: daysAgo }).toString();
for (let i = 0; i < PEOPLE; i++) {
  const zone = pick(ZONES);
  const calendar = calendarIn(zone);
  team.people.push({
    id: `person-${pad(i)}`,
    name: `Person ${pad(i)}`,
    github: `synthetic-person-${pad(i)}`,
    email: `person-${pad(i)}@example.com`,
    time_zone: zone,
    ...(calendar ? { holiday_calendar: calendar } : {}),
    role: 'engineer',
    manager: 'eng-manager',
    training: {
      before_first_shift: Object.fromEntries(
        ['training_session', 'shadow_shift', 'runbook_review', 'access_verified', 'alert_test', 'incident_drill'].map(
          (k) => [k, trainedOn(400 + int(200))],
        ),
      ),
      quarterly: Object.fromEntries(
        ['runbook_review', 'incident_drill', 'access_audit'].map((k) => [k, trainedOn(10 + int(60))]),
      ),
    },
  });
}
await write('oncall/team.yaml', yamlFile('team.schema.json', team));

// Schedules: ten people each, a weekly or daily base layer, and for some a business-hours layer on top.
const rotations = read('oncall/rotations.yaml');
const synthetic = [];
for (let i = 0; i < SCHEDULES; i++) {
  const members = Array.from({ length: 10 }, (_, m) => `person-${pad((i * 10 + m) % PEOPLE)}`);
  const base = {
    id: 'base',
    time_zone: pick(ZONES),
    start: '2026-01-04T09:00',
    turn_length: rnd() < 0.5 ? { days: 1 } : { weeks: 1 },
    members,
  };
  const layers = [base];
  // The first schedule never has one, so even a tiny corpus has schedules to swap on.
  if (rnd() < 0.3 && i > 0)
    layers.push({
      id: 'business-hours',
      time_zone: base.time_zone,
      start: '2026-01-05T09:00',
      turn_length: { weeks: 1 },
      members: [...members].reverse(),
      restrictions: [{ days: WEEKDAYS, start: '09:00', end: '17:00' }],
    });
  const schedule = {
    id: `team-${pad(i, 3)}`,
    name: `Team ${pad(i, 3)}`,
    description: 'A synthetic team schedule.',
    layers,
  };
  rotations.schedules.push(schedule);
  synthetic.push(schedule);
}
await write('oncall/rotations.yaml', yamlFile('rotations.schema.json', rotations));

// Each team's schedule is paged by its own escalation policy, for its own service.
const escalation = read('oncall/escalation.yaml');
const services = read('oncall/services.yaml');
for (const s of synthetic) {
  escalation.policies.push({
    id: s.id,
    name: s.name,
    description: `${s.name}, then the engineering manager, then the CTO.`,
    num_loops: 1,
    rules: [
      { escalation_delay_minutes: 15, targets: [{ schedule: s.id }] },
      { escalation_delay_minutes: 30, targets: [{ person: 'eng-manager' }] },
      { escalation_delay_minutes: 30, targets: [{ person: 'cto' }] },
    ],
  });
  services.services.push({
    id: `${s.id}-service`,
    description: `Alerts of ${s.name}`,
    escalation_policy: s.id,
    urgency: { P0: 'high' },
  });
}
await write('oncall/escalation.yaml', yamlFile('escalation.schema.json', escalation));
await write('oncall/services.yaml', yamlFile('services.schema.json', services));
for (const file of ['severities.yaml', 'coverage.yaml', 'compensation.yaml', 'contacts.yaml'])
  await fs.copy(path.join(repo, 'oncall', file), path.join(out, 'oncall', file));
// Postmortems are checked against the template, as in the repository.
await fs.copy(path.join(repo, 'postmortems/TEMPLATE.md'), path.join(out, 'postmortems/TEMPLATE.md'));

// Swaps: each covers a four-hour slot of one base-layer turn in the year after --now, relieving the
// turn's holder, on schedules without a business-hours layer (whose holder would change at 09:00).
const swappable = synthetic.filter((s) => s.layers.length === 1);
const horizon = now.add({ hours: 24 * 365 });
const used = new Set();
let written = 0;
while (written < SWAPS) {
  const s = pick(swappable);
  const layer = s.layers[0];
  const daily = 'days' in layer.turn_length;
  const first = Temporal.PlainDateTime.from(layer.start).toZonedDateTime(layer.time_zone);
  const turnsToNow = Math.ceil(now.since(first.toInstant()).total('hours') / (daily ? 24 : 168));
  const turn = turnsToNow + 1 + int(daily ? 364 : 51);
  const start = first.add(daily ? { days: turn } : { weeks: turn });
  const end = first.add(daily ? { days: turn + 1 } : { weeks: turn + 1 });
  const slots = Math.floor((end.epochMilliseconds - start.epochMilliseconds) / 21_600_000);
  const slot = int(slots);
  const key = `${s.id}#${turn}#${slot}`;
  if (used.has(key)) continue;
  const from = start.toInstant().add({ hours: 6 * slot + 1 });
  const to = from.add({ hours: 4 });
  if (Temporal.Instant.compare(to, horizon) > 0) continue;
  used.add(key);
  const relieved = layer.members[turn % layer.members.length];
  const covering = layer.members[(turn + 1 + int(layer.members.length - 1)) % layer.members.length];
  const iso = (t) => t.toString({ smallestUnit: 'second' });
  const name = `${iso(from).slice(0, 10)}-${s.id}-${relieved}-${written}`;
  await write(
    `oncall/swaps/${name}.yaml`,
    yamlFile(
      'swap.schema.json',
      { schedule: s.id, start: iso(from), end: iso(to), relieved, covering, reason: 'Synthetic benchmark swap' },
      '../..',
    ),
  );
  written++;
}

// Postmortems in the team's template, each about a past incident with 3–8 action items.
const serviceIds = services.services.map((s) => s.id);
const severities = read('oncall/severities.yaml').severities.map((s) => s.id);
const TYPES = ['prevent', 'mitigate', 'detect', 'process'];
const PRIORITIES = ['high', 'medium', 'low'];
for (let i = 0; i < POSTMORTEMS; i++) {
  const started = now.subtract({ hours: 48 + int(24 * 700) }).round({ smallestUnit: 'minute', roundingMode: 'floor' });
  const detected = started.add({ minutes: 1 + int(30) });
  const minutes = 35 + int(600);
  const resolved = started.add({ minutes });
  const date = started.toZonedDateTimeISO('UTC').toPlainDate();
  const duration = `${Math.floor(minutes / 60)} hours ${minutes % 60} minutes`;
  const author = `person-${pad(int(PEOPLE))}`;
  const items = Array.from({ length: 3 + int(6) }, (_, k) => ({
    id: `incident-${pad(i, 5)}-item-${k + 1}`,
    action: `Follow-up ${k + 1} of incident ${pad(i, 5)}`,
    type: pick(TYPES),
    priority: pick(PRIORITIES),
  }));
  const title = `Synthetic incident ${pad(i, 5)}`;
  const front = {
    title,
    date: date.toString(),
    severity: pick(severities),
    author,
    status: 'final',
    started: started.toString(),
    detected: detected.toString(),
    resolved: resolved.toString(),
    duration,
    services: [pick(serviceIds)],
    action_items: items,
  };
  const clock = (t) => t.toZonedDateTimeISO('UTC').toPlainTime().toString({ smallestUnit: 'minute' });
  const rows = items.map((item) => [
    item.action,
    `person-${pad(int(PEOPLE))}`,
    date.add({ days: 7 + int(60) }).toString(),
    rnd() < 0.5 ? '✅' : '⬜',
  ]);
  const widths = [0, 1, 2, 3].map((c) =>
    Math.max(['Action', 'Owner', 'Due Date', 'Status'][c].length, ...rows.map((r) => r[c].length)),
  );
  const row = (cells) => `| ${cells.map((c, k) => c.padEnd(widths[k])).join(' | ')} |`;
  const text = [
    '---',
    YAML.stringify(front, { lineWidth: 0 }).trimEnd(),
    '---',
    '',
    `# Incident Postmortem: ${title}`,
    '',
    `**Date**: ${date}`,
    `**Duration**: ${duration}`,
    `**Severity**: ${front.severity}`,
    `**Author**: ${author}`,
    '',
    '## Summary',
    '',
    `A synthetic incident on ${front.services[0]} for the benchmark corpus; service degraded for ${duration}.`,
    '',
    '## Timeline',
    '',
    `- ${clock(started)} - Impact begins`,
    `- ${clock(detected)} - The primary is paged`,
    `- ${clock(resolved)} - Service restored`,
    '',
    '## Root Cause',
    '',
    'A configuration change reduced capacity.',
    '',
    '## Impact',
    '',
    `- Users affected: ${1 + int(5000)}`,
    `- Duration: ${duration}`,
    '',
    '## What Went Well',
    '',
    '- The alert fired quickly.',
    '',
    '## What Could Be Improved',
    '',
    '- The rollback took too long.',
    '',
    '## Action Items',
    '',
    row(['Action', 'Owner', 'Due Date', 'Status']),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...rows.map(row),
    '',
  ].join('\n');
  await write(`postmortems/${date}-synthetic-${pad(i, 5)}.md`, text);
}

console.log(out);
