/**
 * Pearson's and Spearman's correlation with the p SPSS prints ("Sig. (2-tailed)": t with
 * n − 2 df, for Spearman too, as SciPy's `spearmanr`; R's `cor.test(method = "spearman")`
 * uses an exact distribution for small n without ties unless exact = FALSE) and Pearson's
 * Fisher-z confidence interval as R's `cor.test` prints it.
 *
 * @module
 */
import { rank } from "./ranks.ts";
import { normalQuantile, studentTSf } from "./distributions.ts";
import {
  confidenceLevel,
  count,
  finiteArray,
  finiteNumber,
  sameLength,
} from "../_internal/validate.ts";
import type { NumericInterval } from "../printed/intervals.ts";

/** Result of {@link pearsonTest} and {@link spearmanTest}. */
export interface CorrelationResult {
  /** Pearson's r, or Spearman's rho (Pearson's r of the average ranks). */
  readonly r: number;
  readonly n: number;
  /** t = r √((n − 2)/(1 − r²)) on n − 2 df. */
  readonly t: number;
  readonly df: number;
  /** Two-sided p from t. */
  readonly p: number;
  /** Fisher-z interval (Pearson only; null for Spearman and when n < 4). */
  readonly ci: NumericInterval | null;
}

/**
 * Pearson's correlation coefficient of paired samples (R's `cor(x, y)`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.ok(Math.abs(pearsonCorrelation([1, 2, 3, 4], [2, 4, 5, 9]) - 0.9647) < 1e-4);
 * ```
 */
export function pearsonCorrelation(x: readonly number[], y: readonly number[]): number {
  const a = finiteArray("x", x, { minLength: 2 });
  const b = finiteArray("y", y, { minLength: 2 });
  sameLength("x", a, "y", b);
  const n = a.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) (mx += a[i], my += b[i]);
  mx /= n;
  my /= n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = a[i] - mx;
    const dy = b[i] - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  if (!(sxx > 0) || !(syy > 0)) {
    throw new RangeError("x, y: a correlation needs both samples to vary (an SD of 0 given)");
  }
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/**
 * The two-sided p of a correlation r from n pairs: t = r √((n − 2)/(1 − r²)) on n − 2 df.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // R: 2 * pt(-abs(0.42 * sqrt(30 / (1 - 0.42^2))), 30)
 * assert.ok(Math.abs(correlationP(0.42, 32) - 0.01671) < 1e-5);
 * ```
 */
export function correlationP(r: number, n: number): number {
  finiteNumber("r", r, { min: -1, max: 1 });
  count("n", n, 3);
  if (Math.abs(r) === 1) return 0;
  const df = n - 2;
  const t = r * Math.sqrt(df / (1 - r * r));
  return Math.min(1, 2 * studentTSf(Math.abs(t), df));
}

function fromR(r: number, n: number, confidence: number, withCi: boolean): CorrelationResult {
  const df = n - 2;
  const t = Math.abs(r) === 1 ? Math.sign(r) * Infinity : r * Math.sqrt(df / (1 - r * r));
  let ci: NumericInterval | null = null;
  if (withCi && n > 3) {
    const z = Math.atanh(r);
    const half = normalQuantile(1 - (1 - confidence) / 2) / Math.sqrt(n - 3);
    ci = { lo: Math.tanh(z - half), hi: Math.tanh(z + half) };
  }
  return { r, n, t, df, p: correlationP(r, n), ci };
}

/**
 * Pearson's correlation test (R's `cor.test(x, y)`, SciPy's `pearsonr`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = pearsonTest([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]);
 * assert.ok(Math.abs(r.r - 0.8) < 1e-12);
 * assert.equal(r.df, 3);
 * ```
 */
export function pearsonTest(
  x: readonly number[],
  y: readonly number[],
  options: { readonly confidence?: number } = {},
): CorrelationResult {
  const confidence = confidenceLevel("confidence", options.confidence ?? 0.95);
  const r = pearsonCorrelation(x, y);
  if (x.length < 3) throw new RangeError(`x: expected at least 3 pairs, got ${x.length}`);
  return fromR(r, x.length, confidence, true);
}

/**
 * Spearman's rank correlation with SPSS's (and SciPy's) t-based p.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = spearmanTest([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]);
 * assert.ok(Math.abs(r.r - 0.8) < 1e-12);
 * ```
 */
export function spearmanTest(x: readonly number[], y: readonly number[]): CorrelationResult {
  const a = finiteArray("x", x, { minLength: 3 });
  const b = finiteArray("y", y, { minLength: 3 });
  sameLength("x", a, "y", b);
  return fromR(pearsonCorrelation(rank(a), rank(b)), a.length, 0.95, false);
}
