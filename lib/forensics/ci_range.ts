/**
 * A confidence interval recomputed from a printed mean and SD carries their rounding: each end
 * can be anywhere in a range. This gives those ranges, so a printed CI can be judged against
 * everything the printed summary allows, not just the printed digits taken at face value.
 *
 * @module
 */

import {
  intervalAdd,
  intervalFromReported,
  intervalScale,
  intervalSub,
  type NumericInterval,
} from "../printed/intervals.ts";
import { studentTQuantile } from "../stats/distributions.ts";
import { confidenceLevel, count as checkCount, oneOf, record } from "../_internal/validate.ts";
import { printedValue } from "../printed/_arguments.ts";
import { ROUNDING_RULES, type RoundingRule } from "../printed/reported.ts";
import { forensicOptions } from "./_options.ts";

/** Where each end of mean ± t·SD/√n can lie. */
export interface CIEndRanges {
  lo: NumericInterval;
  hi: NumericInterval;
  /** t(1 - α/2, n - 1) / √n, the factor applied to the SD. */
  multiplier: number;
}

/**
 * The range of each end of the t interval for a mean, over every mean and SD that print as
 * the reported ones under the `rounding` rule (spss by default).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = printedMeanCIRange({ mean: "2,07", sd: "1,438", n: 15 });
 * // Mean in [2.065, 2.075], SD in [1.4375, 1.4385]; R: m <- qt(0.975, 14) / sqrt(15);
 * // 2.065 - 1.4385 * m = 1.268385, 2.075 + 1.4385 * m = 2.871615
 * assert.ok(Math.abs(r.lo.lo - 1.268385) < 1e-6 && Math.abs(r.hi.hi - 2.871615) < 1e-6);
 * ```
 */
export function printedMeanCIRange(
  input: { mean: string; sd: string; n: number; confidence?: number; rounding?: RoundingRule },
): CIEndRanges {
  record("input", input);
  forensicOptions("input", input, ["mean", "sd", "n", "confidence", "rounding"]);
  printedValue("mean", input.mean);
  printedValue("sd", input.sd);
  const n = checkCount("n", input.n, 2);
  const confidence = confidenceLevel("confidence", input.confidence ?? 0.95);
  const multiplier = studentTQuantile(1 - (1 - confidence) / 2, n - 1) / Math.sqrt(n);
  const rule = oneOf("rounding", input.rounding ?? "spss", ROUNDING_RULES);
  const mean = intervalFromReported(input.mean, rule);
  const half = intervalScale(intervalFromReported(input.sd, rule), multiplier);
  return { lo: intervalSub(mean, half), hi: intervalAdd(mean, half), multiplier };
}
