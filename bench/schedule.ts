/**
 * P4: the final timeline of 100 schedules over one year with 5,000 swaps, and at 4× and 16× that
 * size. Prints the median of several warm runs and the growth per size step (1.0 = linear).
 */
import { buildTimeline } from '../src/schedule/timeline.js';
import { syntheticOrg } from './corpus.js';
import { median, table } from './stats.js';

export function benchSchedule(runs = 5): string {
  const rows: string[][] = [];
  let previous: number | undefined;
  for (const scale of [1, 4, 16]) {
    const org = syntheticOrg(100 * scale, 5000 * scale, scale);
    const times: number[] = [];
    let shifts = 0;
    buildTimeline(org, org.window); // warm-up: JIT and first-use parsing are not what this measures
    for (let r = 0; r < (scale === 16 ? Math.min(runs, 3) : runs); r++) {
      const t0 = performance.now();
      const timeline = buildTimeline(org, org.window);
      times.push(performance.now() - t0);
      shifts = [...timeline.schedules.values()].reduce((n, s) => n + s.length, 0);
    }
    const ms = median(times);
    rows.push([
      `${scale}×`,
      String(100 * scale),
      String(5000 * scale),
      String(shifts),
      ms.toFixed(0),
      previous ? (ms / previous / 4).toFixed(2) : '–',
    ]);
    previous = ms;
  }
  return (
    table(['size', 'schedules', 'swaps', 'final shifts', 'median ms', 'growth vs linear'], rows) +
    '\nTarget: 1× ≤ 200 ms; growth near 1.0.\n'
  );
}
