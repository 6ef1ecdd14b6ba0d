/**
 * The turn order that spreads load most evenly: the pure heart of `oncall rotation propose`.
 *
 * A layer's members take turns in a cycle, so with n members and turns 0…K−1, the member at
 * position j takes turns j, j+n, j+2n, … — each position is a fixed bundle of turns. Its weight
 * depends on who takes it (a turn over someone's own public holiday weighs more for them), so
 * choosing an order is assigning people to positions: person p at position j ends the period with
 * load base[p] + weight[p][j], and may take it only when none of its turns is blocked for p
 * (declared leave, a double role). The spread is the highest load minus the lowest.
 *
 * The answer is exact, not a heuristic: every candidate load is some base[p] + weight[p][j], so the
 * optimal spread is the width of a window [lo, hi] between two candidate loads in which a perfect
 * matching of people to positions exists using only pairs whose load falls inside. Windows are
 * searched with two pointers (the least feasible hi never decreases as lo rises), each tested by
 * augmenting paths: O(n²) matchings of O(n³) each — nothing for a rotation of a few dozen people.
 * Among optimal windows the one with the lowest hi wins, and within it each person keeps their
 * current position where the matching allows, trying positions in index order: deterministic.
 */

export interface TurnOrderProblem {
  /** The current order: person i is at position i. */
  people: readonly string[];
  /** turnWeights[p][k]: the weight (weighted hours) of turn k for person p; every row has one per turn. */
  turnWeights: readonly (readonly number[])[];
  /** Each person's load before the period, index-aligned with people. */
  base: readonly number[];
  /** Whether person i must not take turn k. */
  blocked: (person: number, turn: number) => boolean;
}

export interface TurnOrder {
  /** order[j]: who stands at position j (takes turns j, j + n, …). */
  order: string[];
  /** Each person's load after the period, index-aligned with the problem's people. */
  loads: number[];
  spread: number;
}

export type TurnOrderAnswer =
  | ({ feasible: true } & TurnOrder)
  | {
      feasible: false;
      /** People with no position free of blocked turns, or a group of them competing for too few. */
      unplaceable: string[];
    };

/** Loads are sums of hours: compared in millionths of an hour, so float noise never splits a tie. */
const quantize = (x: number) => Math.round(x * 1e6);

export function bestTurnOrder(problem: TurnOrderProblem): TurnOrderAnswer {
  const n = problem.people.length;
  if (n === 0) return { feasible: true, order: [], loads: [], spread: 0 };
  const positionWeight = problem.people.map(() => Array.from({ length: n }, () => 0));
  const positionTurns: number[][] = Array.from({ length: n }, () => []);
  for (let k = 0; k < problem.turnWeights[0]!.length; k++) {
    positionTurns[k % n]!.push(k);
    problem.people.forEach((_, p) => (positionWeight[p]![k % n]! += problem.turnWeights[p]![k]!));
  }
  const allowed = problem.people.map((_, p) =>
    positionTurns.map((turns) => turns.every((k) => !problem.blocked(p, k))),
  );
  const load = (p: number, j: number) => quantize(problem.base[p]! + positionWeight[p]![j]!);

  const everything = match(n, allowed, () => true);
  if (!everything.complete)
    return { feasible: false, unplaceable: everything.unmatched.map((p) => problem.people[p]!) };

  const values = [...new Set(allowed.flatMap((row, p) => row.flatMap((ok, j) => (ok ? [load(p, j)] : []))))].sort(
    (a, b) => a - b,
  );
  const within = (lo: number, hi: number) => (p: number, j: number) => load(p, j) >= lo && load(p, j) <= hi;
  let best: { lo: number; hi: number } | undefined;
  for (let i = 0, h = 0; i < values.length; i++) {
    h = Math.max(h, i);
    while (h < values.length && !match(n, allowed, within(values[i]!, values[h]!)).complete) h++;
    if (h === values.length) break;
    const spread = values[h]! - values[i]!;
    const bestSpread = best ? best.hi - best.lo : Infinity;
    if (spread < bestSpread || (spread === bestSpread && values[h]! < best!.hi))
      best = { lo: values[i]!, hi: values[h]! };
  }
  // The full window always matches, so some window was found.
  const { lo, hi } = best!;
  const final = match(n, allowed, within(lo, hi));
  const order = Array.from({ length: n }, (_, j) => problem.people[final.personAt[j]!]!);
  const loads = problem.people.map((_, p) => problem.base[p]! + positionWeight[p]![final.positionOf[p]!]!);
  return { feasible: true, order, loads, spread: Math.max(...loads) - Math.min(...loads) };
}

interface Matching {
  complete: boolean;
  positionOf: number[];
  personAt: number[];
  unmatched: number[];
}

/**
 * A maximum matching of people to positions by augmenting paths (Kuhn). Each person first tries
 * their own position, then the others in index order, so the result is deterministic and keeps
 * people where they stand whenever that is free to do.
 */
function match(n: number, allowed: boolean[][], inWindow: (p: number, j: number) => boolean): Matching {
  const personAt = Array.from({ length: n }, () => -1);
  const preference = (p: number) => [p, ...Array.from({ length: n }, (_, j) => j).filter((j) => j !== p)];
  const ok = (p: number, j: number) => allowed[p]![j]! && inWindow(p, j);
  const augment = (p: number, seen: boolean[]): boolean => {
    for (const j of preference(p)) {
      if (!ok(p, j) || seen[j]) continue;
      seen[j] = true;
      if (personAt[j] === -1 || augment(personAt[j]!, seen)) {
        personAt[j] = p;
        return true;
      }
    }
    return false;
  };
  const unmatched: number[] = [];
  for (let p = 0; p < n; p++)
    if (
      !augment(
        p,
        Array.from({ length: n }, () => false),
      )
    )
      unmatched.push(p);
  const positionOf = Array.from({ length: n }, () => -1);
  personAt.forEach((p, j) => {
    if (p >= 0) positionOf[p] = j;
  });
  return { complete: unmatched.length === 0, positionOf, personAt, unmatched };
}
