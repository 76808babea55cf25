/**
 * Average ("mid") ranks, the ranking every test in this library uses, as R's `rank()`
 * (ties.method = "average"), SciPy's `rankdata` and SPSS do.
 *
 * @module
 */
import { finiteArray } from "../_internal/validate.ts";

/**
 * Average ranks, 1-based; tied values share the mean of the ranks they occupy.
 * Ties are exact floating-point equality, as in R and SciPy.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(rank([10, 20, 20, 5]), [2, 3.5, 3.5, 1]);
 * ```
 */
export function rank(values: readonly number[]): number[] {
  const xs = finiteArray("values", values, { minLength: 0 });
  const order = xs.map((_, i) => i).sort((a, b) => xs[a] - xs[b]);
  const ranks = new Array<number>(xs.length);
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    while (end < order.length && xs[order[end]] === xs[order[start]]) end++;
    // Positions start..end-1 hold ranks start+1..end; their mean is (start+1+end)/2.
    const average = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k]] = average;
    start = end;
  }
  return ranks;
}

/**
 * Sizes of every group of equal values, in ascending order of the value, singletons
 * included (so the sizes sum to `values.length`). Tie corrections use `t^3 - t`, which is
 * zero for singletons, and the exact rank-sum distribution needs every group.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(tieCounts([3, 1, 3, 2, 3]), [1, 1, 3]);
 * ```
 */
export function tieCounts(values: readonly number[]): number[] {
  const xs = [...finiteArray("values", values, { minLength: 0 })].sort((a, b) => a - b);
  const counts: number[] = [];
  let start = 0;
  while (start < xs.length) {
    let end = start + 1;
    while (end < xs.length && xs[end] === xs[start]) end++;
    counts.push(end - start);
    start = end;
  }
  return counts;
}

/**
 * The tie-correction sum Σ (t³ − t) over tie groups, used by the normal approximations.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(tieCorrectionSum([1, 2, 2, 3, 3, 3]), 30); // (8 - 2) + (27 - 3)
 * ```
 */
export function tieCorrectionSum(values: readonly number[]): number {
  let sum = 0;
  for (const t of tieCounts(values)) sum += t * t * t - t;
  return sum;
}
