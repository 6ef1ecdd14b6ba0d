/**
 * Roster changes: a layer that ends hands over to the layer that replaces it at the same instant,
 * on a handoff, so nobody is left uncovered, doubly covered, or moved mid-turn.
 */
import { fileOf } from '../model/kinds.js';
import { layerSpan, layerTurns, turnIndexAt } from '../schedule/layers.js';
import { isoUtc } from '../util/time.js';
import { defineRule, type Problem } from './rule.js';

export const rosterSeam = defineRule({
  id: 'rotation/roster-seam',
  severity: 'error',
  description:
    'Where a layer ends and another of the same schedule takes over, the second starts exactly when the first ends.',
  needs: ['rotations'],
  check(p) {
    const out: Problem[] = [];
    p.rotations.schedules.forEach((schedule, si) => {
      const spans = schedule.layers.map(layerSpan);
      schedule.layers.forEach((layer, li) => {
        const ending = spans[li]!;
        if (!Number.isFinite(ending.end)) return;
        const window = layerTurns(layer).nominalMs;
        // The successor: the layer whose start is nearest the end, within one turn of it.
        let best: { index: number; delta: number } | undefined;
        spans.forEach((s, j) => {
          if (j === li) return;
          const delta = s.start - ending.end;
          if (Math.abs(delta) < window && (!best || Math.abs(delta) < Math.abs(best.delta))) best = { index: j, delta };
        });
        if (!best || best.delta === 0) return;
        const next = schedule.layers[best.index]!;
        out.push({
          file: fileOf('rotations'),
          path: ['schedules', si, 'layers', best.index, 'start'],
          message:
            `Layer "${next.id}" starts ${isoUtc(spans[best.index]!.start)} but layer "${layer.id}" ends ${isoUtc(ending.end)}: ` +
            `${best.delta > 0 ? 'a gap' : 'an overlap'} of ${Math.abs(best.delta) / 3_600_000} h at the roster change. Make the new layer start when the old one ends.`,
        });
      });
    });
    return out;
  },
});

export const changeOnHandoff = defineRule({
  id: 'rotation/mid-turn-change',
  severity: 'warning',
  description:
    'A layer ends on one of its handoffs, so a roster change does not move whoever is on call in the middle of a turn.',
  needs: ['rotations'],
  check(p) {
    const out: Problem[] = [];
    p.rotations.schedules.forEach((schedule, si) =>
      schedule.layers.forEach((layer, li) => {
        const span = layerSpan(layer);
        if (!Number.isFinite(span.end) || span.end <= span.start) return; // rotation/end-after-start
        const turns = layerTurns(layer);
        const k = turnIndexAt(turns, span.start, span.end);
        const handoff = turns.startOf(k);
        if (handoff === span.end) return;
        out.push({
          file: fileOf('rotations'),
          path: ['schedules', si, 'layers', li, 'end'],
          message: `Layer "${layer.id}" ends mid-turn (${isoUtc(span.end)}); its handoffs around then are ${isoUtc(handoff)} and ${isoUtc(turns.startOf(k + 1))}. End it on a handoff unless cutting the turn short is intended.`,
        });
      }),
    );
    return out;
  },
});
