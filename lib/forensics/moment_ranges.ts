/**
 * From a printed mean and SD to the whole-number sums and sums of squares behind them.
 *
 * For `n` people whose scores are whole totals over `items` items (the score is total/items),
 * write S for the sum of totals and Q for the sum of squared totals. Then
 * mean = S / (n * items) and, for the sample SD, sd^2 = (n * Q - S^2) / (n * (n - 1) * items^2).
 * Every S the mean allows gets the exact range of Q the SD allows; nothing is rounded first.
 *
 * @module
 */

import {
  ceilDiv,
  exactInterval,
  floorDiv,
  integerNumeratorRange,
  squareRootNumeratorRange,
} from "../printed/exact_interval.ts";
import { type Reported, ROUNDING_RULES, type RoundingRule } from "../printed/reported.ts";
import { count as checkCount, finiteNumber, oneOf } from "../_internal/validate.ts";
import { printedOrParsed } from "../printed/_arguments.ts";
import { forensicOptions } from "./_options.ts";

/** One whole sum the mean allows and the inclusive range of sums of squares the SD allows. */
export interface MomentRange {
  sum: number;
  /** Least sum of squares (may be empty: `squaresFirst > squaresLast`). */
  squaresFirst: number;
  squaresLast: number;
}

/** Options for {@link momentRanges}. */
export interface MomentRangeOptions {
  /** Whole-number items summed per respondent (default 1). */
  readonly items?: number;
  /** The rounding rule the mean and SD were printed with (default "spss"). */
  readonly rounding?: RoundingRule;
  /** Most sums the mean may allow before the call is refused (default 1e6). */
  readonly budget?: number;
}

/**
 * For each whole sum S that the printed mean allows, the range of whole sums of squares Q that
 * the printed (sample) SD allows, under one `rounding` rule (default "spss"), for `items`
 * whole-number items per respondent (default 1). No parity or scale checks. Refuses (RangeError
 * naming `budget`) when the mean allows more than `budget` sums (default 1e6).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(momentRanges("0,50", "0,53", 10), [
 *   { sum: 5, squaresFirst: 5, squaresLast: 5 },
 * ]);
 * ```
 */
export function momentRanges(
  mean: string | Reported,
  sd: string | Reported,
  n: number,
  options: MomentRangeOptions = {},
): MomentRange[] {
  const given = forensicOptions("options", options, ["items", "rounding", "budget"]);
  const meanReported = printedOrParsed("mean", mean, { allowBound: false });
  const sdReported = printedOrParsed("sd", sd, { allowBound: false });
  checkCount("n", n, 2);
  const items = checkCount("items", given.items ?? 1, 1);
  const rule = oneOf("rounding", given.rounding ?? "spss", ROUNDING_RULES);
  const budget = finiteNumber("budget", given.budget ?? 1e6, { min: 0 });
  const bigN = BigInt(n);
  const responses = BigInt(n) * BigInt(items);
  const sums = integerNumeratorRange(exactInterval(meanReported, rule), responses);
  if (sums.last - sums.first + 1n > BigInt(Math.floor(budget))) {
    throw new RangeError(
      `budget: expected at most ${budget} sums for the mean (raise the budget option), got ` +
        `${sums.last - sums.first + 1n}`,
    );
  }
  // d = n * Q - S^2 over n * (n - 1) * items^2 is the variance.
  const divisor = bigN * (bigN - 1n) * BigInt(items) * BigInt(items);
  const d = squareRootNumeratorRange(exactInterval(sdReported, rule), divisor);
  const out: MomentRange[] = [];
  if (d.first > d.last) return out;
  for (let s = sums.first; s <= sums.last; s++) {
    const s2 = s * s;
    out.push({
      sum: Number(s),
      squaresFirst: Number(ceilDiv(d.first + s2, bigN)),
      squaresLast: Number(floorDiv(d.last + s2, bigN)),
    });
  }
  return out;
}
