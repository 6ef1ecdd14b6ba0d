/**
 * A schedule's layers → its rotation shifts. Where layers overlap the lowest (last listed) wins,
 * as in PagerDuty; consecutive pieces held by the same person join into one shift.
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
        pieces.push({ start: free.start, end: free.end, schedule: schedule.id, person: s.person, source: 'rotation', layer: s.layer });
    if (i > 0) covered = normalize(covered.concat(segments));
  }
  pieces.sort((a, b) => a.start - b.start);
  return joinAdjacent(pieces);
}

/** Joins shifts that touch and have the same holder from the same source (mutates the shifts it is given). */
export function joinAdjacent(shifts: readonly Shift[]): Shift[] {
  const out: Shift[] = [];
  for (const s of shifts) {
    const last = out[out.length - 1];
    if (last && last.end === s.start && last.person === s.person && last.source === s.source && last.swap === s.swap) last.end = s.end;
    else out.push(s);
  }
  return out;
}
