/**
 * Confidence intervals for a single proportion. (Fisher's exact test moved to fisher.ts; it is
 * re-exported here so existing imports keep working.)
 *
 * @module
 */
import { normalQuantile, regularizedBetaPair } from "./distributions.ts";
import { confidenceLevel, count, oneOf, optionsObject } from "../_internal/validate.ts";
import { bisect } from "../_internal/bisect.ts";
import type { NumericInterval } from "../printed/intervals.ts";

export { fisherExact, type FisherExactResult } from "./fisher.ts";

/** Options for {@link proportionCI}. */
export interface ProportionCIOptions {
  /** "wilson" score interval (default) or exact "clopper-pearson". */
  readonly method?: "wilson" | "clopper-pearson";
  /** Confidence level (default 0.95). */
  readonly confidence?: number;
}

/** Solves f(x) = target for increasing f on [0, 1] (f(0) < target < f(1)) to full precision. */
function solveOnUnit(f: (x: number) => number, target: number): number {
  return bisect((x) => f(x) - target, 0, 1);
}

/**
 * Confidence interval for a proportion k/n. Wilson is R's
 * `prop.test(k, n, correct = FALSE)$conf.int`; Clopper–Pearson is
 * `binom.test(k, n)$conf.int`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // R: prop.test(7, 20, correct = FALSE)$conf.int = 0.1811918 0.5671457
 * const { lo, hi } = proportionCI(7, 20);
 * assert.ok(Math.abs(lo - 0.1811918) < 5e-8 && Math.abs(hi - 0.5671457) < 5e-8);
 * ```
 */
export function proportionCI(
  k: number,
  n: number,
  options: ProportionCIOptions = {},
): NumericInterval {
  count("n", n, 1);
  count("k", k);
  if (k > n) throw new RangeError(`k: expected a count <= n (${n}), got ${k}`);
  optionsObject("options", options, ["method", "confidence"]);
  const method = oneOf(
    "method",
    options.method ?? "wilson",
    [
      "wilson",
      "clopper-pearson",
    ] as const,
  );
  const confidence = confidenceLevel("confidence", options.confidence ?? 0.95);
  const alpha = 1 - confidence;
  if (method === "wilson") {
    const z = normalQuantile(1 - alpha / 2);
    const z2 = z * z;
    const centre = (k + z2 / 2) / (n + z2);
    const half = (z * Math.sqrt((k * (n - k)) / n + z2 / 4)) / (n + z2);
    // At k = 0 or k = n the limit is exactly 0 or 1; don't let rounding move it.
    return {
      lo: k === 0 ? 0 : Math.max(0, centre - half),
      hi: k === n ? 1 : Math.min(1, centre + half),
    };
  }
  // Clopper–Pearson: beta quantiles, each solved on the tail that is small.
  const lower = k === 0
    ? 0
    : solveOnUnit((x) => regularizedBetaPair(x, k, n - k + 1)[0], alpha / 2);
  const upper = k === n
    ? 1
    : solveOnUnit((x) => -regularizedBetaPair(x, k + 1, n - k)[1], -alpha / 2);
  return { lo: lower, hi: upper };
}
