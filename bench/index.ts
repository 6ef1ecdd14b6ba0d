/** `npm run bench`: every benchmark's figures, printed. Not a test: nothing here passes or fails. */
import { benchGitHub } from './github.js';
import { benchPagerDuty } from './pagerduty.js';
import { benchSchedule } from './schedule.js';

console.log(`oncall-as-code benchmarks — ${new Date().toISOString()} — node ${process.version}\n`);
console.log('P4 schedule engine: final timeline, one year\n');
console.log(benchSchedule());
console.log('P5 PagerDuty requests per sync (fake PagerDuty on 127.0.0.1)\n');
console.log(await benchPagerDuty());
console.log('P5 GitHub requests for postmortem action items (fake GitHub on 127.0.0.1)\n');
console.log(await benchGitHub());
