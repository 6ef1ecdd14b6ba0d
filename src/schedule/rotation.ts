/**
 * A schedule's layers → its rotation shifts. Where layers overlap the lowest (last listed) wins,
 * as in PagerDuty. Each turn stays its own shift, even when one person holds the next one too: a
 * shift's bounds are then the same whatever window is asked about (a one-member layer would
 * otherwise be one endless shift that no finite computation can return whole).
 */
import type { Schedule } from '../model/types.js';
import { normalize, subtract } from './intervals.js';
import { layerSegments } from './layers.js';
import type { Interval, Shift } from './types.js';

export function rotationShifts(schedule: Schedule, window: Interval): Shift[] {
  const pieces: Shift[] = [];
  let covered: Interval[] = [];
  for (let i = schedule.layers.length - 1; i >= 0; i--) {
    const segments = layerSegments(schedule.layers[i]!, window);
    for (const s of segments)
      for (const free of covered.length ? subtract(s, covered) : [s])
        pieces.push({
          start: free.start,
          end: free.end,
          schedule: schedule.id,
          person: s.person,
          source: 'rotation',
          layer: s.layer,
        });
    if (i > 0) covered = normalize(covered.concat(segments));
  }
  return pieces.sort((a, b) => a.start - b.start);
}
