/**
 * t tests and t-based confidence intervals, from raw data or from summary statistics.
 *
 * Sign convention: the paired test here works on d = after − before. SPSS's "Paired
 * Samples Test" table lists "Pair 1: before − after" (first variable minus second), so
 * its Mean, t and confidence limits have the opposite sign; p and |t| are the same.
 *
 * @module
 */
import { studentTCdf, studentTQuantile, studentTSf } from "./distributions.ts";
import {
  clampProbability,
  confidenceLevel,
  count,
  finiteArray,
  finiteNumber,
  optionsObject,
  record,
  sameLength,
} from "../_internal/validate.ts";
import { mean, variance } from "../_internal/sum.ts";
import { type Alternative, alternativeOption } from "./alternative.ts";
import type { NumericInterval } from "../printed/intervals.ts";

/** Options shared by the t tests. */
export interface TTestOptions {
  /** Confidence level of the interval (default 0.95). */
  readonly confidence?: number;
  /** Alternative (default "two-sided"); the interval is two-sided in every case. */
  readonly alternative?: Alternative;
}

/** Result of a one-sample / paired t test. */
export interface PairedTTestResult {
  readonly t: number;
  readonly df: number;
  readonly p: number;
  /** Mean of d = after − before. */
  readonly meanDifference: number;
  /** Sample SD (n − 1 denominator) of d. */
  readonly sdDifference: number;
  /** Standard error sdDifference / √n. */
  readonly standardError: number;
  readonly n: number;
  /** Two-sided confidence interval for the mean difference. */
  readonly ci: NumericInterval;
}

function pValue(t: number, df: number, alternative: Alternative): number {
  if (alternative === "less") return clampProbability(studentTCdf(t, df));
  if (alternative === "greater") return clampProbability(studentTSf(t, df));
  return clampProbability(Math.min(1, 2 * studentTSf(Math.abs(t), df)));
}

/**
 * Paired t test on d = after − before (as R's `t.test(after, before, paired = TRUE)`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = pairedTTest([1, 2, 3, 4], [2, 4, 5, 5]);
 * assert.equal(r.meanDifference, 1.5);
 * // R: t.test(c(2, 4, 5, 5), c(1, 2, 3, 4), paired = TRUE): t = 5.196152, p = 0.01384683
 * assert.ok(Math.abs(r.t - 5.196152) < 1e-6 && Math.abs(r.p - 0.01384683) < 1e-8);
 * ```
 */
export function pairedTTest(
  before: readonly number[],
  after: readonly number[],
  options: TTestOptions = {},
): PairedTTestResult {
  optionsObject("options", options);
  const b = finiteArray("before", before, { minLength: 2 });
  const a = finiteArray("after", after, { minLength: 2 });
  sameLength("before", b, "after", a);
  const d = a.map((x, i) => x - b[i]);
  const m = mean(d);
  const sd = Math.sqrt(Math.max(0, variance(d)));
  if (!(sd > 0)) {
    throw new RangeError(
      "before and after must not differ by the same amount in every pair (the differences " +
        "have zero variance, so t is undefined)",
    );
  }
  return pairedTTestFromSummary({
    meanDifference: m,
    sdDifference: sd,
    n: d.length,
    confidence: options.confidence,
    alternative: options.alternative,
  });
}

/** Summary statistics for {@link pairedTTestFromSummary}. */
export interface PairedSummary {
  readonly meanDifference: number;
  readonly sdDifference: number;
  readonly n: number;
  readonly confidence?: number;
  readonly alternative?: Alternative;
}

/**
 * Paired (one-sample) t test from the mean and SD of the differences and n.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = pairedTTestFromSummary({ meanDifference: 1.5, sdDifference: 1, n: 4 });
 * assert.deepEqual([r.t, r.df], [3, 3]); // 1.5 / (1 / sqrt(4))
 * assert.ok(Math.abs(r.p - 0.05766889) < 1e-8); // R: 2 * pt(-3, 3)
 * ```
 */
export function pairedTTestFromSummary(summary: PairedSummary): PairedTTestResult {
  record("summary", summary);
  const m = finiteNumber("meanDifference", summary.meanDifference);
  const sd = finiteNumber("sdDifference", summary.sdDifference, { min: 0, minOpen: true });
  const n = count("n", summary.n, 2);
  const confidence = confidenceLevel("confidence", summary.confidence ?? 0.95);
  const alternative = alternativeOption(summary.alternative);
  const df = n - 1;
  const se = sd / Math.sqrt(n);
  const t = m / se;
  const half = studentTQuantile(1 - (1 - confidence) / 2, df) * se;
  return {
    t,
    df,
    p: pValue(t, df, alternative),
    meanDifference: m,
    sdDifference: sd,
    standardError: se,
    n,
    ci: { lo: m - half, hi: m + half },
  };
}

/** Summary statistics for {@link meanCI}. */
export interface MeanSummary {
  readonly mean: number;
  readonly sd: number;
  readonly n: number;
  readonly confidence?: number;
}

/**
 * t confidence interval for a mean from summary statistics:
 * mean ± t(1 − α/2, n − 1)·sd/√n.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // R: 10 + c(-1, 1) * qt(0.975, 9) * 2 / sqrt(10) = 8.569286 11.430714
 * const { lo, hi } = meanCI({ mean: 10, sd: 2, n: 10 });
 * assert.ok(Math.abs(lo - 8.569286) < 5e-7 && Math.abs(hi - 11.430714) < 5e-7);
 * ```
 */
export function meanCI(summary: MeanSummary): NumericInterval {
  record("summary", summary);
  const m = finiteNumber("mean", summary.mean);
  const sd = finiteNumber("sd", summary.sd, { min: 0 });
  const n = count("n", summary.n, 2);
  const confidence = confidenceLevel("confidence", summary.confidence ?? 0.95);
  const half = studentTQuantile(1 - (1 - confidence) / 2, n - 1) * (sd / Math.sqrt(n));
  return { lo: m - half, hi: m + half };
}

/** Result of a two-sample t test (difference = mean(x) − mean(y)). */
export interface TwoSampleTTestResult {
  readonly t: number;
  readonly df: number;
  readonly p: number;
  readonly meanDifference: number;
  readonly standardError: number;
  readonly ci: NumericInterval;
}

function twoSample(
  x: readonly number[],
  y: readonly number[],
  pooled: boolean,
  options: TTestOptions,
): TwoSampleTTestResult {
  const xs = finiteArray("x", x, { minLength: 2 });
  const ys = finiteArray("y", y, { minLength: 2 });
  const confidence = confidenceLevel("confidence", options.confidence ?? 0.95);
  const alternative = alternativeOption(options.alternative);
  const mx = mean(xs);
  const my = mean(ys);
  const vx = variance(xs);
  const vy = variance(ys);
  const nx = xs.length;
  const ny = ys.length;
  let se: number;
  let df: number;
  if (pooled) {
    df = nx + ny - 2;
    const vp = ((nx - 1) * vx + (ny - 1) * vy) / df;
    se = Math.sqrt(vp * (1 / nx + 1 / ny));
  } else {
    const ax = vx / nx;
    const ay = vy / ny;
    se = Math.sqrt(ax + ay);
    df = (ax + ay) ** 2 / (ax * ax / (nx - 1) + ay * ay / (ny - 1));
  }
  if (!(se > 0)) {
    throw new RangeError("x and y must not both be constant (the standard error is zero)");
  }
  const diff = mx - my;
  const t = diff / se;
  const half = studentTQuantile(1 - (1 - confidence) / 2, df) * se;
  return {
    t,
    df,
    p: pValue(t, df, alternative),
    meanDifference: diff,
    standardError: se,
    ci: { lo: diff - half, hi: diff + half },
  };
}

/**
 * Welch's unequal-variance t test of mean(x) − mean(y) (R's `t.test(x, y)` default).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = welchTTest([1, 2, 3], [4, 6, 8]);
 * assert.equal(r.meanDifference, -4);
 * // R: t.test(c(1, 2, 3), c(4, 6, 8)): t = -3.098387, df = 2.941176, p = 0.05478677
 * assert.ok(Math.abs(r.t + 3.098387) < 1e-6 && Math.abs(r.df - 2.941176) < 1e-6);
 * assert.ok(Math.abs(r.p - 0.05478677) < 1e-8);
 * ```
 */
export function welchTTest(
  x: readonly number[],
  y: readonly number[],
  options: TTestOptions = {},
): TwoSampleTTestResult {
  optionsObject("options", options);
  return twoSample(x, y, false, options);
}

/**
 * Student's pooled-variance t test (R's `t.test(x, y, var.equal = TRUE)`; SPSS's "Equal
 * variances assumed" row).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = studentTTest([1, 2, 3], [4, 6, 8]);
 * assert.equal(r.df, 4);
 * // R: t.test(c(1, 2, 3), c(4, 6, 8), var.equal = TRUE): t = -3.098387, p = 0.03627782
 * assert.ok(Math.abs(r.t + 3.098387) < 1e-6 && Math.abs(r.p - 0.03627782) < 1e-8);
 * ```
 */
export function studentTTest(
  x: readonly number[],
  y: readonly number[],
  options: TTestOptions = {},
): TwoSampleTTestResult {
  optionsObject("options", options);
  return twoSample(x, y, true, options);
}
