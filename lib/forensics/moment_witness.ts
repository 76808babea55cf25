/**
 * A witness for GRIMMER: `n` whole numbers (optionally within a scale) with a given sum S and
 * sum of squares Q, or a proof that none exist. Parity and the sum-of-squares bounds are only
 * necessary: n = 2, S = 12, Q = 76 passes both, yet (a - b)^2 = 2Q - S^2 = 8 is not a square.
 *
 * The search writes each value as q + e with q = floor(S / n), so it looks for n deviations e
 * with sum r = S - n q and sum of squares D = Q - n q^2 - 2 q r, most of them 0. It chooses
 * distinct deviations from the largest down, each with a count, pruning by parity
 * (e^2 = e mod 2), D >= |r| and Cauchy-Schwarz (r^2 <= k D for k free slots). An exhausted
 * search proves impossibility; a search that hits its budget says so.
 *
 * @module
 */

import { count as checkCount, finiteNumber, safeInteger } from "../_internal/validate.ts";

/** A sample as (value, count) pairs, ascending by value. */
export type ValueCounts = Array<[value: number, count: number]>;

/** What the search found. */
export type WitnessResult =
  | { status: "witness"; sample: ValueCounts }
  | { status: "impossible" }
  | { status: "unresolved"; nodes: number };

/** Default number of search nodes per witness search. */
export const WITNESS_BUDGET = 20000;

class OutOfBudget extends Error {}

/**
 * Find `n` whole numbers in [lo, hi] with sum `sum` and sum of squares `sumOfSquares`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(momentWitness(2, 12, 76).status, "impossible"); // 6,00 and SD 2,0 at n = 2
 * assert.deepEqual(momentWitness(3, 3, 5), { status: "witness", sample: [[0, 1], [1, 1], [2, 1]] });
 * ```
 */
export function momentWitness(
  n: number,
  sum: number,
  sumOfSquares: number,
  lo = -Infinity,
  hi = Infinity,
  budget = WITNESS_BUDGET,
): WitnessResult {
  checkCount("n", n, 1);
  safeInteger("sum", sum);
  safeInteger("sumOfSquares", sumOfSquares, { min: 0 });
  if (lo !== -Infinity) safeInteger("lo", lo);
  if (hi !== Infinity) safeInteger("hi", hi);
  finiteNumber("budget", budget, { min: 0 });
  if (sum < n * lo || sum > n * hi) return { status: "impossible" };
  const q = Math.floor(sum / n);
  const r = sum - n * q;
  const d = sumOfSquares - n * q * q - 2 * q * r;
  const eLo = lo - q; // <= 0
  const eHi = hi - q; // >= 0
  const chosen: Array<[number, number]> = [];
  let nodes = 0;

  // Cheap necessary conditions for k free slots to take sum s and sum of squares dd.
  const feasible = (k: number, s: number, dd: number): boolean =>
    dd >= Math.abs(s) && (dd - s) % 2 === 0 && s * s <= k * dd && (dd === 0 || k > 0);

  // k free slots (the rest are zeros), sum s and sum of squares dd still to place, values
  // strictly below `below` (and >= eLo). Tried first at every node: finishing with +1s and -1s,
  // which works whenever dd <= k (then (dd + s) / 2 of +1 and (dd - s) / 2 of -1).
  const search = (k: number, s: number, dd: number, below: number): boolean => {
    if (dd === 0) return s === 0;
    if (!feasible(k, s, dd)) return false;
    if (++nodes > budget) throw new OutOfBudget();
    if (dd <= k && below > 1 && eHi >= 1 && eLo <= -1) {
      const plus = (dd + s) / 2;
      const minus = (dd - s) / 2;
      if (plus > 0) chosen.push([1, plus]);
      if (minus > 0) chosen.push([-1, minus]);
      return true;
    }
    const root = Math.floor(Math.sqrt(dd));
    const top = Math.min(below - 1, root, eHi);
    const bottom = Math.max(eLo, -root);
    // Every remaining value has |e| <= max(|top|, |bottom|): enough room?
    const reach = Math.max(Math.abs(top), Math.abs(bottom));
    if (top < bottom || dd > k * reach * reach) return false;
    for (let v = top; v >= bottom; v--) {
      if (v === 0) continue;
      const most = Math.min(k, Math.floor(dd / (v * v)));
      for (let c = most; c >= 1; c--) {
        // Children that fail the cheap conditions cost no budget (but are not recursed into).
        if (!feasible(k - c, s - c * v, dd - c * v * v)) continue;
        chosen.push([v, c]);
        if (search(k - c, s - c * v, dd - c * v * v, v)) return true;
        chosen.pop();
      }
    }
    return false;
  };

  try {
    if (!search(n, r, d, Infinity)) return { status: "impossible" };
  } catch (error) {
    if (error instanceof OutOfBudget) return { status: "unresolved", nodes };
    throw error;
  }
  const zeros = n - chosen.reduce((total, [, c]) => total + c, 0);
  const sample: ValueCounts = chosen.map(([e, c]) => [q + e, c]);
  if (zeros > 0) sample.push([q, zeros]);
  sample.sort((a, b) => a[0] - b[0]);
  return { status: "witness", sample };
}
