/**
 * GRIMMER (Anaya 2016; Allard 2018): can a printed mean and sample SD come from `n` whole-number
 * responses? Every sum the mean allows (not one rounded sum) is tried against every whole sum
 * of squares the SD allows, keeping those with the parity whole numbers force (x^2 and x have
 * the same parity, so Q and S do) and at least the sum of squares of the evenest split.
 *
 * These are necessary conditions, as in the published test; with a scale, `reconstruct` answers
 * whether an actual sample exists.
 *
 * @module
 */

import {
  count as checkCount,
  printedValue,
  roundingRules,
  safeInteger,
} from "../_internal/validate.ts";
import { momentRanges } from "./moment_ranges.ts";
import type { RoundingRule } from "../printed/reported.ts";
import { sumOfSquaresBounds } from "./sum_of_squares_bounds.ts";

/** Options for GRIMMER. */
export interface GrimmerOptions {
  /** Whole-number items averaged per person (default 1). */
  items?: number;
  /** Rounding rules a paper may have used, one rule for both mean and SD (default ["spss"]). */
  rules?: RoundingRule[];
  /** Optional bounds of a single item's scale, which also cap the sum of squares. */
  scale?: { min: number; max: number };
}

/** One (sum, sum of squares) pair that prints as the reported mean and SD. */
export interface GrimmerPair {
  /** Sum of the per-person totals. */
  sum: number;
  /** Sum of the squared per-person totals. */
  sumOfSquares: number;
  mean: number;
  sd: number;
  /** Rules under which both print as reported. */
  rules: RoundingRule[];
}

/** Everything GRIMMER found. */
export interface GrimmerDetails {
  consistent: boolean;
  /** Whether the mean alone passes GRIM under some rule. */
  grimConsistent: boolean;
  /** Every pair that passes, by sum then sum of squares. */
  pairs: GrimmerPair[];
}

/**
 * Every (sum, sum of squares) pair of whole-number data consistent with a printed mean and SD.
 *
 * @example
 * ```ts
 * grimmerDetails("5,21", "1,60", 28).pairs.length > 0; // true
 * ```
 */
export function grimmerDetails(
  mean: string,
  sd: string,
  n: number,
  options: GrimmerOptions = {},
): GrimmerDetails {
  const meanReported = printedValue("mean", mean);
  const sdReported = printedValue("sd", sd);
  checkCount("n", n, 2);
  const items = checkCount("items", options.items ?? 1, 1);
  const rules = roundingRules("rules", options.rules ?? ["spss"]);
  if (meanReported.percent) throw new RangeError(`mean: a percentage has no SD; use debit`);
  if (sdReported.value < 0) throw new RangeError(`sd: an SD cannot be negative, got "${sd}"`);
  let lo = -Infinity;
  let hi = Infinity;
  if (options.scale) {
    lo = safeInteger("scale.min", options.scale.min) * items;
    hi = safeInteger("scale.max", options.scale.max) * items;
    if (lo >= hi) throw new RangeError(`scale: expected min < max`);
  }
  const found = new Map<string, GrimmerPair>();
  let grimConsistent = false;
  for (const rule of rules) {
    for (
      const { sum, squaresFirst, squaresLast } of momentRanges(
        meanReported,
        sdReported,
        n,
        items,
        rule,
      )
    ) {
      const bounds = sumOfSquaresBounds(n, sum, lo, hi);
      if (bounds === null) continue;
      grimConsistent = true;
      const first = Math.max(squaresFirst, bounds.min);
      const last = Math.min(squaresLast, bounds.max);
      for (let q = first + (((first - sum) % 2) + 2) % 2; q <= last; q += 2) {
        const key = `${sum},${q}`;
        const existing = found.get(key);
        if (existing) {
          existing.rules.push(rule);
          continue;
        }
        const variance = (n * q - sum * sum) / (n * (n - 1) * items * items);
        found.set(key, {
          sum,
          sumOfSquares: q,
          mean: sum / (n * items),
          sd: Math.sqrt(variance),
          rules: [rule],
        });
      }
    }
  }
  const pairs = [...found.values()].sort((a, b) =>
    a.sum - b.sum || a.sumOfSquares - b.sumOfSquares
  );
  return { consistent: pairs.length > 0, grimConsistent, pairs };
}

/**
 * GRIMMER: whether a printed mean and sample SD can come from `n` whole-number responses.
 *
 * @example
 * ```ts
 * grimmer("5,21", "1,60", 28); // true
 * grimmer("3,44", "2,47", 18); // false
 * ```
 */
export function grimmer(
  mean: string,
  sd: string,
  n: number,
  options: GrimmerOptions = {},
): boolean {
  return grimmerDetails(mean, sd, n, options).consistent;
}
