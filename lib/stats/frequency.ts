/**
 * Descriptive statistics of an ordinal variable printed only as a frequency table: expand the
 * counts under a numeric coding and compute what SPSS FREQUENCIES / EXAMINE prints (N, mean,
 * sample SD with n − 1, median as the average of the two middle values for even N, minimum,
 * maximum), plus percentages of the total.
 *
 * @module
 */

import { count, finiteArray, withinBudget } from "../_internal/validate.ts";
import { mean as meanOf, sum, variance as varianceOf } from "../_internal/sum.ts";

/** What SPSS prints for one variable. */
export interface Descriptives {
  n: number;
  mean: number;
  /** Sample variance (n − 1 denominator); NaN when n < 2. */
  variance: number;
  /** Sample SD (n − 1 denominator), as SPSS "Std. Deviation"; NaN when n < 2. */
  sd: number;
  /** Middle value, or the mean of the two middle values when n is even. */
  median: number;
  min: number;
  max: number;
}

/** The largest number of values a frequency table is expanded into. */
export const EXPANSION_BUDGET = 1e7;

function requireCounts(name: string, counts: unknown): number[] {
  const xs = finiteArray(name, counts, { minLength: 1 });
  xs.forEach((c, i) => count(`${name}[${i}]`, c));
  return xs;
}

/**
 * The values a frequency table stands for: `counts[i]` copies of `codes[i]`, in table order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(expandFrequencies([1, 0, 2], [0, 1, 2]), [0, 2, 2]);
 * ```
 */
export function expandFrequencies(counts: readonly number[], codes: readonly number[]): number[] {
  const cs = requireCounts("counts", counts);
  const vs = finiteArray("codes", codes, { minLength: 1 });
  if (vs.length !== cs.length) {
    throw new RangeError(`codes: expected ${cs.length} codes (one per count), got ${vs.length}`);
  }
  withinBudget("counts", sum(cs), EXPANSION_BUDGET);
  const out: number[] = [];
  cs.forEach((c, i) => {
    for (let k = 0; k < c; k++) out.push(vs[i]);
  });
  return out;
}

/**
 * N, mean, sample SD (n − 1), median (mean of the two middle values for even N), min and max.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(describe([1, 2, 2, 2]), {
 *   n: 4, mean: 1.75, variance: 0.25, sd: 0.5, median: 2, min: 1, max: 2,
 * });
 * ```
 */
export function describe(values: readonly number[]): Descriptives {
  // An SD needs two values (SPSS leaves it blank for one): refuse rather than answer NaN.
  const xs = [...finiteArray("values", values, { minLength: 2 })].sort((a, b) => a - b);
  const n = xs.length;
  const mean = meanOf(xs);
  const variance = varianceOf(xs);
  const half = Math.floor(n / 2);
  const median = n % 2 === 1 ? xs[half] : (xs[half - 1] + xs[half]) / 2;
  return {
    n,
    mean,
    variance,
    sd: Math.sqrt(variance),
    median,
    min: xs[0],
    max: xs[n - 1],
  };
}

/**
 * {@link describe} applied to a frequency table under a coding.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const d = describeFrequencies([0, 3, 21], [0, 1, 2]);
 * assert.equal(d.mean, 1.875); // (3 + 42) / 24
 * // R: sd(rep(1:2, c(3, 21))) = 0.3378320 (SPSS prints ,338)
 * assert.ok(Math.abs(d.sd - 0.337832) < 5e-7);
 * ```
 */
export function describeFrequencies(
  counts: readonly number[],
  codes: readonly number[],
): Descriptives {
  const values = expandFrequencies(counts, codes);
  if (values.length === 0) throw new RangeError("counts: expected at least one observation");
  return describe(values);
}

/**
 * Each count as a percentage of the total (100 · count / total), unrounded.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const [a, b, c] = percentages([1, 1, 22]);
 * assert.ok(Math.abs(a - 100 / 24) < 1e-12 && a === b && Math.abs(c - 2200 / 24) < 1e-12);
 * ```
 */
export function percentages(counts: readonly number[]): number[] {
  const cs = requireCounts("counts", counts);
  const total = sum(cs);
  if (total === 0) throw new RangeError("counts: expected a positive total");
  return cs.map((c) => (100 * c) / total);
}
