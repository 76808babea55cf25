/**
 * A confidence interval for the difference of two paired proportions (before/after yes-no data
 * on the same people): Newcombe's (1998) hybrid score interval, his method 10, which combines
 * the Wilson intervals of the two margins with the correlation of the pairs.
 *
 * Newcombe RG (1998). Improved confidence intervals for the difference between binomial
 * proportions based on paired data. Statistics in Medicine 17: 2635-2650.
 *
 * @module
 */

import { proportionCI } from "./proportions.ts";
import { confidenceLevel, count, optionsObject } from "../_internal/validate.ts";
import type { NumericInterval } from "../printed/intervals.ts";

/** A paired 2 x 2 table: rows before (yes, no), columns after (yes, no). */
export interface PairedTable {
  /** Yes before and yes after. */
  yesYes: number;
  /** Yes before, no after. */
  yesNo: number;
  /** No before, yes after. */
  noYes: number;
  /** No before and no after. */
  noNo: number;
}

/** The difference after - before in the proportion answering yes, with its interval. */
export interface PairedDifference {
  before: number;
  after: number;
  /** after - before. */
  difference: number;
  ci: NumericInterval;
}

/**
 * Newcombe's method 10 interval for p_after - p_before. The correlation term uses Newcombe's
 * continuity-corrected phi (zero when a margin is empty), as in the paper.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = newcombePairedCI({ yesYes: 6, yesNo: 0, noYes: 7, noNo: 2 });
 * assert.ok(Math.abs(r.difference - 7 / 15) < 1e-15);
 * // Newcombe (1998) method 10 by hand, z from SciPy's norm.ppf(0.975): 0.1429621, 0.6794222
 * assert.ok(Math.abs(r.ci.lo - 0.1429621) < 1e-7 && Math.abs(r.ci.hi - 0.6794222) < 1e-7);
 * ```
 */
export function newcombePairedCI(
  table: PairedTable,
  options: { confidence?: number } = {},
): PairedDifference {
  optionsObject("options", options);
  if (table === null || typeof table !== "object") {
    throw new TypeError("table: expected { yesYes, yesNo, noYes, noNo } counts");
  }
  const a = count("table.yesYes", table.yesYes);
  const b = count("table.yesNo", table.yesNo);
  const c = count("table.noYes", table.noYes);
  const d = count("table.noNo", table.noNo);
  const n = a + b + c + d;
  if (n < 1) throw new RangeError("table: expected at least one pair");
  const confidence = confidenceLevel("confidence", options.confidence ?? 0.95);
  const before = (a + b) / n;
  const after = (a + c) / n;
  const { lo: lBefore, hi: uBefore } = proportionCI(a + b, n, { method: "wilson", confidence });
  const { lo: lAfter, hi: uAfter } = proportionCI(a + c, n, { method: "wilson", confidence });
  const product = (a + b) * (c + d) * (a + c) * (b + d);
  let phi = 0;
  if (product > 0) {
    const cross = a * d - b * c;
    // Newcombe's continuity correction of the cross-product (his eq. for method 10).
    const corrected = cross > n / 2 ? cross - n / 2 : cross < 0 ? cross : 0;
    phi = corrected / Math.sqrt(product);
  }
  const difference = after - before;
  const lower = difference -
    Math.sqrt(
      (after - lAfter) ** 2 - 2 * phi * (after - lAfter) * (uBefore - before) +
        (uBefore - before) ** 2,
    );
  const upper = difference +
    Math.sqrt(
      (uAfter - after) ** 2 - 2 * phi * (uAfter - after) * (before - lBefore) +
        (before - lBefore) ** 2,
    );
  return { before, after, difference, ci: { lo: Math.max(-1, lower), hi: Math.min(1, upper) } };
}
