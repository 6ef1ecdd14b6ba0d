/**
 * The turn-order solver behind `oncall rotation propose`: exact (checked against every permutation
 * of small rotations), never on a blocked turn, and the same answer every run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestTurnOrder, type TurnOrderProblem } from '../src/schedule/turn-order.js';

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((r) => [x, ...r]));
}

/** Every order, judged as the solver's docs define it: turn k goes to order[k mod n]. */
function bruteForce(problem: TurnOrderProblem): number | undefined {
  const n = problem.people.length;
  let best: number | undefined;
  for (const order of permutations(problem.people.map((_, i) => i))) {
    const loads = [...problem.base];
    let ok = true;
    problem.turnWeights[0]!.forEach((_, k) => {
      const p = order[k % n]!;
      if (problem.blocked(p, k)) ok = false;
      loads[p]! += problem.turnWeights[p]![k]!;
    });
    if (!ok) continue;
    const spread = Math.max(...loads) - Math.min(...loads);
    if (best === undefined || spread < best - 1e-9) best = spread;
  }
  return best;
}

/** The same turn weights for each of n people: nobody's calendar makes a turn weigh more. */
const forAll = (n: number, weights: number[]) => Array.from({ length: n }, () => weights);

const problems = fc
  .integer({ min: 1, max: 5 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      turnWeights: fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 0, maxLength: 14 }),
      // A turn over someone's own public holiday weighs more for them: extra weight per person and turn.
      holidays: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(13), fc.integer({ min: 1, max: 100 })), { maxLength: 6 }),
      base: fc.array(fc.integer({ min: 0, max: 300 }), { minLength: n, maxLength: n }),
      blocks: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(13)), { maxLength: 6 }),
    }),
  )
  .map(({ n, turnWeights, holidays, base, blocks }) => {
    const blocked = new Set(blocks.map(([p, k]) => `${p}/${k}`));
    const weights = Array.from({ length: n }, () => [...turnWeights]);
    for (const [p, k, extra] of holidays) if (k < turnWeights.length) weights[p]![k]! += extra;
    return {
      people: Array.from({ length: n }, (_, i) => `p${i}`),
      turnWeights: weights,
      base,
      blocked: (p: number, k: number) => blocked.has(`${p}/${k}`),
    } satisfies TurnOrderProblem;
  });

describe('bestTurnOrder', () => {
  it('hand-computed: the heavy Christmas turn goes to whoever carried least, and leave is avoided', () => {
    // Four weekly turns; turn 2 is the Christmas week (weighted 300), the rest 100 each.
    // Base loads: a has carried most (400), d least (100). b is on leave for turn 1.
    const answer = bestTurnOrder({
      people: ['a', 'b', 'c', 'd'],
      turnWeights: forAll(4, [100, 100, 300, 100]),
      base: [400, 200, 300, 100],
      blocked: (p, k) => p === 1 && k === 1,
    });
    expect(answer.feasible).toBe(true);
    if (!answer.feasible) return;
    // d takes Christmas: a 500, b 300, c 400, d 400 — spread 200. Christmas to b would give
    // a 500, b 500, c 400, d 200 (300); to c, 600 against 200 (400).
    expect(answer.order[2]).toBe('d');
    expect(answer.order[1]).not.toBe('b');
    expect(answer.spread).toBe(200);
    expect(answer.loads).toEqual([500, 300, 400, 400]);
  });

  it('hand-computed: a turn over one person’s own public holiday weighs more for them, so it goes to the other', () => {
    // Two people, two turns of 100 each; turn 0 holds a holiday of b's calendar only (+50 for b).
    // Equal bases: a on turn 0 gives 100 / 100 (spread 0); b on turn 0 gives 100 / 150 (spread 50).
    const answer = bestTurnOrder({
      people: ['b', 'a'],
      turnWeights: [
        [150, 100],
        [100, 100],
      ],
      base: [0, 0],
      blocked: () => false,
    });
    expect(answer).toEqual({ feasible: true, order: ['a', 'b'], loads: [100, 100], spread: 0 });
  });

  it('a person blocked in every position makes the problem infeasible, naming them', () => {
    const answer = bestTurnOrder({
      people: ['a', 'b'],
      turnWeights: forAll(2, [1, 1]),
      base: [0, 0],
      blocked: (p) => p === 1,
    });
    expect(answer).toEqual({ feasible: false, unplaceable: ['b'] });
  });

  it('keeps the current order when it is already optimal', () => {
    const answer = bestTurnOrder({
      people: ['a', 'b', 'c'],
      turnWeights: forAll(3, [10, 10, 10]),
      base: [0, 0, 0],
      blocked: () => false,
    });
    expect(answer).toMatchObject({ feasible: true, order: ['a', 'b', 'c'], spread: 0 });
  });

  it('property: exact — its spread equals the best of every permutation, and it is infeasible only when they all are', () => {
    fc.assert(
      fc.property(problems, (problem) => {
        const answer = bestTurnOrder(problem);
        const brute = bruteForce(problem);
        if (brute === undefined) return !answer.feasible;
        return answer.feasible && Math.abs(answer.spread - brute) < 1e-6;
      }),
      { numRuns: 2_000 },
    );
  });

  it('property: nobody takes a blocked turn, every turn has exactly one person, and every run gives the same answer', () => {
    fc.assert(
      fc.property(problems, (problem) => {
        const answer = bestTurnOrder(problem);
        if (!answer.feasible) return true;
        const n = problem.people.length;
        expect([...answer.order].sort()).toEqual([...problem.people].sort());
        problem.turnWeights[0]?.forEach((_, k) => {
          expect(problem.blocked(problem.people.indexOf(answer.order[k % n]!), k)).toBe(false);
        });
        expect(bestTurnOrder(problem)).toEqual(answer);
        return true;
      }),
      { numRuns: 2_000 },
    );
  });
});
