#!/usr/bin/env node
// Writes the iCalendar feeds people subscribe to: one for everyone, one per schedule, one per
// person, plus an index page. Used by .github/workflows/calendar.yml; run locally with
//   node scripts/calendars.mjs <outdir>
import { $, fs, path, YAML } from 'zx';

const out = path.resolve(process.argv[2] ?? 'site');
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const oncall = ['node', path.join(root, 'bin/oncall.js')];
$.verbose = false;

const team = YAML.parse(await fs.readFile(path.join(root, 'oncall/team.yaml'), 'utf8'));
const rotations = YAML.parse(await fs.readFile(path.join(root, 'oncall/rotations.yaml'), 'utf8'));
await fs.mkdirp(out);

const feeds = [{ file: 'oncall.ics', title: 'Everyone, every schedule', args: [] }];
for (const s of rotations.schedules)
  feeds.push({ file: `schedule-${s.id}.ics`, title: `Schedule ${s.id}`, args: ['--schedule', s.id] });
for (const p of team.people) feeds.push({ file: `person-${p.id}.ics`, title: p.name, args: ['--person', p.id] });

for (const feed of feeds) {
  await $`${oncall} calendar --root ${root} ${feed.args} --output ${path.join(out, feed.file)}`;
}
const items = feeds.map((f) => `<li><a href="${f.file}">${f.title}</a> (<code>${f.file}</code>)</li>`).join('\n');
await fs.writeFile(
  path.join(out, 'index.html'),
  `<!doctype html><meta charset="utf-8"><title>On-call calendars</title>\n<h1>On-call calendars</h1>\n<p>Subscribe to a feed's address in your calendar app; it is republished on every change to the policy and weekly.</p>\n<ul>\n${items}\n</ul>\n`,
);
console.log(`wrote ${feeds.length} calendars to ${out}`);
