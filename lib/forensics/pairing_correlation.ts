/**
 * How strongly two samples can correlate when their pairing is unknown. A paper that prints
 * only the before and after distributions (or a reconstruction of them) fixes two multisets of
 * values; the pairing of the values, and with it the Pearson correlation, is free. By the
 * rearrangement inequality the sum of products, and so the correlation, is largest when both
 * samples are sorted the same way (comonotone) and smallest when sorted opposite ways
 * (antitone); every pairing lies in between.
 *
 * @module
 */

import { finiteArray, sameLength } from "../_internal/validate.ts";
import { pearsonCorrelation } from "../stats/correlation.ts";
import { sum } from "../_internal/sum.ts";
import type { NumericInterval } from "../printed/intervals.ts";

// Pearson's r now lives in lib/stats/correlation.ts (with its test and p); the old name stays.
export { pearsonCorrelation as pearson };

/** The range of the Pearson correlation over every pairing of two samples. */
export interface PairingCorrelationRange {
  /**
   * The range of r: `lo` from the antitone pairing (x ascending with y descending), `hi` from
   * the comonotone pairing (both ascending).
   */
  correlation: NumericInterval;
  /** The range of the sum of products x_i y_i: antitone (`lo`) to comonotone (`hi`). */
  sumOfProducts: NumericInterval;
  /** x ascending and y ascending: the pairing that attains `correlation.hi`. */
  comonotone: { x: number[]; y: number[] };
  /** x ascending and y descending: the pairing that attains `correlation.lo`. */
  antitone: { x: number[]; y: number[] };
}

// Compensated: the values need not be whole numbers.
function sumOfProducts(x: readonly number[], y: readonly number[]): number {
  return sum(x.map((v, i) => v * y[i]));
}

/**
 * The smallest and largest Pearson correlation over every pairing of the values of `x` with
 * the values of `y` (same length), with the pairings that attain them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = pairingCorrelationRange([1, 2, 3], [1, 1, 4]);
 * // R: cor(1:3, c(1, 1, 4)) = sqrt(3) / 2 (pairs 1-1, 2-1, 3-4); reversed, -sqrt(3) / 2
 * assert.ok(Math.abs(r.correlation.hi - Math.sqrt(3) / 2) < 1e-15);
 * assert.ok(Math.abs(r.correlation.lo + Math.sqrt(3) / 2) < 1e-15);
 * ```
 */
export function pairingCorrelationRange(
  x: readonly number[],
  y: readonly number[],
): PairingCorrelationRange {
  const a = finiteArray("x", x, { minLength: 2 });
  const b = finiteArray("y", y, { minLength: 2 });
  sameLength("x", a, "y", b);
  const xs = [...a].sort((p, q) => p - q);
  const ys = [...b].sort((p, q) => p - q);
  const yd = [...ys].reverse();
  // r is scale-free: scaling to |value| <= 1 first keeps sums of squares finite (1e308 values).
  const scaled = (v: number[]) => {
    const top = Math.max(...v.map(Math.abs));
    return top === 0 ? v : v.map((u) => u / top);
  };
  const sx = scaled(xs);
  const sy = scaled(ys);
  return {
    correlation: {
      lo: pearsonCorrelation(sx, [...sy].reverse()),
      hi: pearsonCorrelation(sx, sy),
    },
    sumOfProducts: { lo: sumOfProducts(xs, yd), hi: sumOfProducts(xs, ys) },
    comonotone: { x: xs, y: ys },
    antitone: { x: [...xs], y: yd },
  };
}
