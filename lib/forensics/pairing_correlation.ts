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

// Pearson's r now lives in lib/stats/correlation.ts (with its test and p); the old name stays.
export { pearsonCorrelation as pearson };

/** The range of the Pearson correlation over every pairing of two samples. */
export interface PairingCorrelationRange {
  /** Correlation of the antitone pairing (x ascending with y descending). */
  min: number;
  /** Correlation of the comonotone pairing (both ascending). */
  max: number;
  /** Sum of products x_i y_i of the antitone pairing. */
  sumOfProductsMin: number;
  /** Sum of products of the comonotone pairing. */
  sumOfProductsMax: number;
  /** x ascending and y ascending: the pairing that attains `max`. */
  comonotone: { x: number[]; y: number[] };
  /** x ascending and y descending: the pairing that attains `min`. */
  antitone: { x: number[]; y: number[] };
}

function sumOfProducts(x: readonly number[], y: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] * y[i];
  return s;
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
 * assert.ok(Math.abs(r.max - Math.sqrt(3) / 2) < 1e-15);
 * assert.ok(Math.abs(r.min + Math.sqrt(3) / 2) < 1e-15);
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
    min: pearsonCorrelation(sx, [...sy].reverse()),
    max: pearsonCorrelation(sx, sy),
    sumOfProductsMin: sumOfProducts(xs, yd),
    sumOfProductsMax: sumOfProducts(xs, ys),
    comonotone: { x: xs, y: ys },
    antitone: { x: [...xs], y: yd },
  };
}
