/**
 * DEBIT (Heathers & Brown 2019): can a printed mean and sample SD come from `n` binary (0/1)
 * values? With `k` ones the mean is k / n and the sample SD is sqrt(k (n - k) / (n (n - 1))),
 * so every `k` from 0 to n is simply tried, exactly.
 *
 * @module
 */

import { count as checkCount } from "../_internal/validate.ts";
import { printedValue, roundingRules } from "../printed/_arguments.ts";
import {
  exactInterval,
  fractionInInterval,
  squareRootNumeratorRange,
} from "../printed/exact_interval.ts";
import type { RoundingRule } from "../printed/reported.ts";
import { forensicOptions } from "./_options.ts";

/** Options for DEBIT. */
export interface DebitOptions {
  /** The rounding rule or rules a paper may have used, one for mean and SD (default "spss"). */
  rounding?: RoundingRule | readonly RoundingRule[];
}

/** One count of ones whose mean and SD print as reported. */
export interface DebitCount {
  ones: number;
  mean: number;
  sd: number;
  /** Rules under which both print as reported. */
  rules: RoundingRule[];
}

/**
 * Every number of ones among `n` binary values whose mean (a proportion, or a percentage when
 * printed with "%") and sample SD print as reported.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const details = debitDetails("0,05", "0,22", 20);
 * assert.equal(details.length, 1); // only 1 of 20 ones prints as 0,05
 * const [only] = details;
 * assert.deepEqual([only.ones, only.mean, only.rules], [1, 0.05, ["spss"]]);
 * assert.ok(Math.abs(only.sd - Math.sqrt(0.05 * 0.95 * 20 / 19)) < 1e-15); // 0.2236
 * ```
 */
export function debitDetails(
  mean: string,
  sd: string,
  n: number,
  options: DebitOptions = {},
): DebitCount[] {
  forensicOptions("options", options, ["rounding"]);
  const meanReported = printedValue("mean", mean);
  const sdReported = printedValue("sd", sd);
  checkCount("n", n, 2);
  const rules = roundingRules("rounding", options.rounding ?? "spss");
  const scale = meanReported.percent ? 100 : 1;
  if (meanReported.value < 0 || meanReported.value > scale) {
    throw new RangeError(
      `mean: a proportion of binary values lies in [0, ${scale}], got "${mean}"`,
    );
  }
  if (sdReported.value < 0 || sdReported.value > 1) {
    throw new RangeError(`sd: the SD of binary values lies in [0, 1], got "${sd}"`);
  }
  const checks = rules.map((rule) => ({
    rule,
    mean: exactInterval(meanReported, rule),
    // k (n - k) is the numerator of the variance over n (n - 1).
    d: squareRootNumeratorRange(exactInterval(sdReported, rule), BigInt(n * (n - 1))),
  }));
  const out: DebitCount[] = [];
  for (let ones = 0; ones <= n; ones++) {
    const d = BigInt(ones * (n - ones));
    const accepting = checks
      .filter((c) =>
        fractionInInterval(BigInt(ones * scale), BigInt(n), c.mean) && d >= c.d.first &&
        d <= c.d.last
      )
      .map((c) => c.rule);
    if (accepting.length > 0) {
      out.push({
        ones,
        mean: (ones * scale) / n,
        sd: Math.sqrt((ones * (n - ones)) / (n * (n - 1))),
        rules: accepting,
      });
    }
  }
  return out;
}

/**
 * DEBIT: whether a printed mean and sample SD can come from `n` binary values.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(debit("0,05", "0,21", 20), false);
 * assert.equal(debit("0,05", "0,22", 20), true);
 * ```
 */
export function debit(
  mean: string,
  sd: string,
  n: number,
  options: DebitOptions = {},
): boolean {
  forensicOptions("options", options, ["rounding"]);
  return debitDetails(mean, sd, n, options).length > 0;
}
