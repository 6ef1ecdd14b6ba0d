/** Fixtures for the swap check's end-to-end tests that are too big to write out in a test. */
import type { Policy } from '../../src/model/load.js';
import { buildTimeline } from '../../src/schedule/timeline.js';
import type { Shift } from '../../src/schedule/types.js';
import { swapPath, type SwapSpec } from './swaps.js';

const H = 3_600_000;
const ENGINEERS = ['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d'];

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/**
 * `n` valid 4-hour swaps on primary that ended before `before` (default two days ago), newest
 * first, each between the engineer on call and one who is on neither schedule then: a swaps folder
 * as a team that never archives would have it. Several fall on one day for one person, so their
 * files take the -2, -3… suffixes `oncall swap` gives them.
 */
export function pastSwaps(policy: Policy, n: number, before = Date.now() - 48 * H): { path: string; swap: SwapSpec }[] {
  const end0 = Math.floor(before / H) * H;
  // One timeline for the whole stretch: asking who is on call slot by slot would rebuild it each time.
  const span = { start: end0 - (n * 4 + 24 * 14) * H, end: end0 };
  const timeline = buildTimeline(policy, span);
  const at = (schedule: string, t: number): string | undefined =>
    (timeline.schedules.get(schedule) ?? []).find((s: Shift) => s.start <= t && t < s.end)?.person;
  const out: { path: string; swap: SwapSpec }[] = [];
  const taken = new Set<string>();
  for (let end = end0; out.length < n && end - 4 * H >= span.start; end -= 4 * H) {
    const start = end - 4 * H;
    const relieved = at('primary', start);
    if (!relieved || at('primary', end - 1) !== relieved) continue; // a handoff inside: skip the slot
    const busy = new Set([relieved, at('secondary', start), at('secondary', end - 1)]);
    const covering = ENGINEERS.find((p) => !busy.has(p));
    if (!covering) continue;
    const swap: SwapSpec = { start: iso(start), end: iso(end), relieved, covering, reason: 'Archived swap' };
    let path = swapPath(swap);
    for (let k = 2; taken.has(path); k++) path = swapPath(swap, `-${k}`);
    taken.add(path);
    out.push({ path, swap });
  }
  if (out.length < n) throw new Error(`only ${out.length} past slots before the rotation started`);
  return out;
}
