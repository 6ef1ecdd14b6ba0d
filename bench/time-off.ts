/**
 * P6: `oncall cover` on the large organisation (1,000 people, 100 schedules, 5,000 swaps, 100 people
 * with a week of leave) and `oncall rotation propose` for one of its schedules of ten people over a
 * quarter. In process (the policy loaded once, then the pure function, warm) and as a process a
 * person runs (reading and checking the policy included). Prints medians; nothing passes or fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { readPolicyFiles } from '../src/io/read-policy.js';
import { findCover } from '../src/reports/cover.js';
import { proposeTurnOrder } from '../src/rota/propose.js';
import { buildTimeline } from '../src/schedule/timeline.js';
import { isoUtc } from '../src/util/time.js';
import { checkPolicy } from '../src/validate/policy.js';
import { random } from './corpus.js';
import { median, table } from './stats.js';
import { generateCorpus } from './validate.js';

const root = resolve('.');
const DAY = 86_400_000;

/** Next quarter as the real clock sees it: propose refuses a quarter that has begun. */
function nextQuarter(now: number): string {
  const d = Temporal.Instant.fromEpochMilliseconds(now).toZonedDateTimeISO('Etc/UTC').toPlainDate().add({ months: 3 });
  return `${d.year}Q${Math.floor((d.month - 1) / 3) + 1}`;
}

function quarterStart(quarter: string): number {
  const [year, q] = quarter.split('Q').map(Number) as [number, number];
  return Date.UTC(year, (q - 1) * 3, 1);
}

/** A week of leave for every tenth synthetic person, somewhere in the quarter. */
function writeLeave(corpus: string, quarter: string): number {
  const rnd = random(6);
  const dir = join(corpus, 'oncall/time-off');
  mkdirSync(dir, { recursive: true });
  let n = 0;
  for (let i = 0; i < 1000; i += 10, n++) {
    const first = Temporal.Instant.fromEpochMilliseconds(quarterStart(quarter) + Math.floor(rnd() * 80) * DAY)
      .toZonedDateTimeISO('Etc/UTC')
      .toPlainDate();
    writeFileSync(
      join(dir, `person-${String(i).padStart(4, '0')}.yaml`),
      '# yaml-language-server: $schema=../../schemas/time-off.schema.json\nperiods:\n' +
        `  - { start: ${first}, end: ${first.add({ days: 6 })}, kind: leave }\n`,
    );
  }
  return n;
}

function processMs(args: string[], runs: number): { ms: number; status: number | null } {
  const times: number[] = [];
  let status: number | null = null;
  for (let r = 0; r < runs + 1; r++) {
    const t0 = performance.now();
    const p = spawnSync(process.execPath, ['bin/oncall.js', ...args], { cwd: root, stdio: 'ignore' });
    if (r > 0) times.push(performance.now() - t0); // the first run warms the disk cache
    status = p.status;
  }
  return { ms: median(times), status };
}

export async function benchTimeOff(runs = 5): Promise<string> {
  const now = Date.now();
  const quarter = nextQuarter(now);
  const corpus = generateCorpus(1);
  try {
    const leave = writeLeave(corpus, quarter);
    const t0 = performance.now();
    const { policy } = checkPolicy(await readPolicyFiles(corpus), { now });
    const loadMs = performance.now() - t0;

    // Cover requests: the holder of a random schedule at a random hour of the quarter.
    const rnd = random(7);
    const start = quarterStart(quarter);
    const timeline = buildTimeline(policy, { start, end: start + 90 * DAY });
    const requests = Array.from({ length: 20 }, () => {
      const schedule = `team-${String(Math.floor(rnd() * 100)).padStart(3, '0')}`;
      const at = start + Math.floor(rnd() * 85 * 24) * 3_600_000;
      const held = timeline.schedules.get(schedule)!.find((s) => s.start <= at && s.end > at)!;
      return { schedule, at, from: held.person };
    });
    findCover(policy, requests[0]!); // warm-up: JIT and first time-zone lookups
    const coverTimes = requests.map((r) => {
      const t = performance.now();
      const result = findCover(policy, r);
      if (!result.ok) throw new Error(result.message);
      return performance.now() - t;
    });

    const propose = { schedule: 'team-000', quarter, now };
    const first = proposeTurnOrder(policy, propose);
    const proposeTimes = Array.from({ length: runs }, () => {
      const t = performance.now();
      proposeTurnOrder(policy, propose);
      return performance.now() - t;
    });

    const r0 = requests[0]!;
    const coverCli = processMs(
      ['cover', '--root', corpus, '--schedule', r0.schedule, '--at', isoUtc(r0.at), '--from', r0.from],
      3,
    );
    const proposeCli = processMs(
      ['rotation', 'propose', '--root', corpus, '--schedule', 'team-000', '--quarter', quarter, '--dry-run'],
      3,
    );
    const rows = [
      ['load and check the policy, once', 'in process', '1', loadMs.toFixed(0)],
      ['findCover (warm)', 'in process', String(coverTimes.length), median(coverTimes).toFixed(0)],
      ['findCover (warm), slowest', 'in process', String(coverTimes.length), Math.max(...coverTimes).toFixed(0)],
      ['oncall cover', `process, exit ${coverCli.status}`, '3', coverCli.ms.toFixed(0)],
      ['proposeTurnOrder, 10 people (warm)', 'in process', String(runs), median(proposeTimes).toFixed(0)],
      ['oncall rotation propose --dry-run', `process, exit ${proposeCli.status}`, '3', proposeCli.ms.toFixed(0)],
    ];
    return (
      `Quarter ${quarter}; ${leave} people with a week of leave; proposal ${first.ok ? 'found' : `refused: ${first.message}`}.\n\n` +
      table(['run', 'how', 'runs', 'median ms'], rows) +
      '\nTargets: oncall cover ≤ 1 s warm; rotation propose for 10 people over a quarter ≤ 2 s.\n'
    );
  } finally {
    rmSync(corpus, { recursive: true, force: true });
  }
}
