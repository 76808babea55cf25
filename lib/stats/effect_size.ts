/**
 * Effect sizes for the rank tests.
 *
 * @module
 */
import { count, finiteNumber } from "../_internal/validate.ts";

/**
 * r = |z| / √N (Rosenthal), with N the number of observations the z came from (pairs
 * for the signed-rank test, n1 + n2 for Mann–Whitney — choose and report which).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(effectSizeR(-3, 9), 1); // |z| / sqrt(n) = 3 / 3
 * assert.ok(Math.abs(effectSizeR(-3.3166, 11) - 3.3166 / Math.sqrt(11)) < 1e-15); // 0.99999
 * ```
 */
export function effectSizeR(z: number, n: number): number {
  finiteNumber("z", z);
  count("n", n, 1);
  return Math.abs(z) / Math.sqrt(n);
}

/** Paired design: the signed-rank sums. */
export interface PairedRankSums {
  readonly sumRanksPositive: number;
  readonly sumRanksNegative: number;
}

/** Independent design: U for the first group and both group sizes. */
export interface IndependentU {
  readonly u: number;
  readonly n1: number;
  readonly n2: number;
}

/**
 * Rank-biserial correlation. Paired (Kerby's simple difference):
 * (R+ − R−)/(R+ + R−), positive when after > before. Independent: 2U/(n1·n2) − 1 with
 * U = U for group 1, positive when group 1 tends to be larger.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(rankBiserial({ sumRanksPositive: 66, sumRanksNegative: 0 }), 1);
 * assert.equal(rankBiserial({ u: 3, n1: 5, n2: 6 }), -0.8);
 * ```
 */
export function rankBiserial(input: PairedRankSums | IndependentU): number {
  if (input !== null && typeof input === "object" && "u" in input) {
    const n1 = count("n1", input.n1, 1);
    const n2 = count("n2", input.n2, 1);
    const u = finiteNumber("u", input.u, { min: 0, max: n1 * n2 });
    return (2 * u) / (n1 * n2) - 1;
  }
  if (input === null || typeof input !== "object" || !("sumRanksPositive" in input)) {
    throw new TypeError(
      "input: expected { sumRanksPositive, sumRanksNegative } or { u, n1, n2 }",
    );
  }
  const plus = finiteNumber("sumRanksPositive", input.sumRanksPositive, { min: 0 });
  const minus = finiteNumber("sumRanksNegative", input.sumRanksNegative, { min: 0 });
  if (plus + minus === 0) {
    throw new RangeError(
      "sumRanksNegative: expected sumRanksPositive + sumRanksNegative > 0, got both 0",
    );
  }
  return (plus - minus) / (plus + minus);
}
