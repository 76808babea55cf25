/**
 * SPSS's "Independent Samples Test" table: Levene's test (mean-centred), then the t test in
 * both rows ("Equal variances assumed" = Student's pooled t, "Equal variances not assumed" =
 * Welch), each with Sig. (2-tailed), Mean Difference, Std. Error Difference and the 95 %
 * Confidence Interval of the Difference. From raw data, or from the printed means, SDs and
 * ns (everything but Levene, which needs the data).
 *
 * @module
 */
import { type LeveneResult, leveneTest } from "./levene.ts";
import { studentTTest, type TTestOptions, welchTTest } from "./student_t.ts";
import type { TwoSampleTTestResult } from "./student_t.ts";
import type { GroupSummary } from "./anova.ts";
import { studentTQuantile, studentTSf } from "./distributions.ts";
import { confidenceLevel, count, finiteNumber } from "../_internal/validate.ts";

/** Result of {@link independentSamplesTest}. */
export interface IndependentSamplesResult {
  /** Levene's test for equality of variances (null from summaries). */
  readonly levene: LeveneResult | null;
  /** "Equal variances assumed": Student's pooled t. */
  readonly equalVariances: TwoSampleTTestResult;
  /** "Equal variances not assumed": Welch's t with Satterthwaite's df. */
  readonly unequalVariances: TwoSampleTTestResult;
}

/**
 * The whole Independent Samples Test table for groups x and y (difference = mean(x) − mean(y),
 * SPSS's group 1 minus group 2).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = independentSamplesTest([1, 2, 3], [2, 4, 6]);
 * assert.equal(r.equalVariances.df, 4);
 * assert.equal(r.equalVariances.meanDifference, -2);
 * assert.ok(r.levene !== null && r.levene.df1 === 1);
 * ```
 */
export function independentSamplesTest(
  x: readonly number[],
  y: readonly number[],
  options: TTestOptions = {},
): IndependentSamplesResult {
  return {
    levene: leveneTest([x, y]),
    equalVariances: studentTTest(x, y, options),
    unequalVariances: welchTTest(x, y, options),
  };
}

/**
 * Both t rows from printed summaries (mean, SD, n per group); two-sided p.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = independentSamplesFromSummary({ mean: 2, sd: 1, n: 3 }, { mean: 4, sd: 2, n: 3 });
 * assert.equal(r.equalVariances.df, 4);
 * assert.equal(r.levene, null);
 * ```
 */
export function independentSamplesFromSummary(
  x: GroupSummary,
  y: GroupSummary,
  options: { readonly confidence?: number } = {},
): IndependentSamplesResult {
  const mx = finiteNumber("x.mean", x?.mean);
  const sx = finiteNumber("x.sd", x?.sd, { min: 0 });
  const nx = count("x.n", x?.n, 2);
  const my = finiteNumber("y.mean", y?.mean);
  const sy = finiteNumber("y.sd", y?.sd, { min: 0 });
  const ny = count("y.n", y?.n, 2);
  const confidence = confidenceLevel("confidence", options.confidence ?? 0.95);
  const diff = mx - my;
  const row = (se: number, df: number): TwoSampleTTestResult => {
    if (!(se > 0)) throw new RangeError("x.sd, y.sd: both are 0, so the standard error is 0");
    const t = diff / se;
    const half = studentTQuantile(1 - (1 - confidence) / 2, df) * se;
    return {
      t,
      df,
      p: Math.min(1, 2 * studentTSf(Math.abs(t), df)),
      meanDifference: diff,
      standardError: se,
      ci: { lo: diff - half, hi: diff + half },
    };
  };
  const dfPooled = nx + ny - 2;
  const pooled = ((nx - 1) * sx * sx + (ny - 1) * sy * sy) / dfPooled;
  const ax = (sx * sx) / nx;
  const ay = (sy * sy) / ny;
  const dfWelch = (ax + ay) ** 2 / ((ax * ax) / (nx - 1) + (ay * ay) / (ny - 1));
  return {
    levene: null,
    equalVariances: row(Math.sqrt(pooled * (1 / nx + 1 / ny)), dfPooled),
    unequalVariances: row(Math.sqrt(ax + ay), dfWelch),
  };
}
