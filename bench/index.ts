/**
 * `npm run bench`: every benchmark's figures, printed. Not a test: nothing here passes or fails.
 *   npm run bench -- [--only p1,p3] [--runs 3] [--scale 1]
 */
import { parseArgs } from 'node:util';
import { benchGitHub } from './github.js';
import { benchPagerDuty } from './pagerduty.js';
import { benchSchedule } from './schedule.js';
import { benchTimeOff } from './time-off.js';
import { benchColdStart, benchValidate } from './validate.js';

const { values } = parseArgs({
  options: { only: { type: 'string' }, runs: { type: 'string' }, scale: { type: 'string' } },
});
const only = new Set((values.only ?? 'p1,p2,p3,p4,p5,p6').toLowerCase().split(','));
const runs = values.runs ? Number(values.runs) : undefined;

console.log(`oncall-as-code benchmarks — ${new Date().toISOString()} — node ${process.version}\n`);
if (only.has('p1') || only.has('p2')) {
  console.log('P1/P2 oncall validate on a large organisation vs the parse floor and ajv-cli + remark-cli\n');
  console.log(benchValidate({ ...(runs ? { runs } : {}), scale: Number(values.scale ?? 1) }));
}
if (only.has('p3')) {
  console.log('P3 cold start\n');
  console.log(benchColdStart());
}
if (only.has('p4')) {
  console.log('P4 schedule engine: final timeline, one year\n');
  console.log(benchSchedule());
}
if (only.has('p5')) {
  console.log('P5 PagerDuty requests per sync (fake PagerDuty on 127.0.0.1)\n');
  console.log(await benchPagerDuty());
  console.log('P5 GitHub requests for postmortem action items (fake GitHub on 127.0.0.1)\n');
  console.log(await benchGitHub());
}
if (only.has('p6')) {
  console.log('P6 oncall cover and rotation propose on the large organisation\n');
  console.log(await benchTimeOff(runs));
}
