/**
 * Fisher's exact test for a 2×2 table and confidence intervals for a single proportion.
 *
 * @module
 */
import { normalQuantile, regularizedBetaPair } from "./distributions.ts";
import { clampProbability, confidenceLevel, count, oneOf } from "./validate.ts";
import { type Alternative, alternativeOption } from "./alternative.ts";

/** Result of {@link fisherExact}. */
export interface FisherExactResult {
  readonly p: number;
  /**
   * Sample odds ratio (a·d)/(b·c): Infinity when only b·c is 0, 0 when only a·d is 0, and
   * null when both are 0 (undefined). R's `fisher.test` reports the conditional MLE
   * instead, which is closer to 1 in small tables.
   */
  readonly oddsRatio: number | null;
}

function logFactorial(n: number): number {
  let s = 0;
  for (let k = 2; k <= n; k++) s += Math.log(k);
  return s;
}

/**
 * Fisher's exact test on [[a, b], [c, d]] as R's `fisher.test`: two-sided p sums the
 * tables no more probable than the observed one (relative tolerance 1e-7); "less" and
 * "greater" are the tails of a (odds ratio < 1 or > 1).
 *
 * @example
 * ```ts
 * fisherExact([[3, 1], [1, 3]]).p; // 0.4857142857142857
 * ```
 */
export function fisherExact(
  table: readonly [readonly [number, number], readonly [number, number]],
  options: { readonly alternative?: Alternative } = {},
): FisherExactResult {
  if (
    !Array.isArray(table) || table.length !== 2 ||
    !table.every((r) => Array.isArray(r) && r.length === 2)
  ) {
    throw new TypeError("table must be a 2×2 array [[a, b], [c, d]]");
  }
  const a = count("table[0][0]", table[0][0]);
  const b = count("table[0][1]", table[0][1]);
  const c = count("table[1][0]", table[1][0]);
  const d = count("table[1][1]", table[1][1]);
  const alternative = alternativeOption(options.alternative);
  const m = a + b; // row 1 total
  const nRest = c + d; // row 2 total
  const k = a + c; // column 1 total
  const lo = Math.max(0, k - nRest);
  const hi = Math.min(k, m);
  const logDensity: number[] = [];
  const lf = (x: number) => logFactorial(x);
  for (let x = lo; x <= hi; x++) {
    logDensity.push(
      lf(m) - lf(x) - lf(m - x) + lf(nRest) - lf(k - x) - lf(nRest - k + x),
    );
  }
  const top = Math.max(...logDensity);
  const dens = logDensity.map((l) => Math.exp(l - top));
  const total = dens.reduce((s, v) => s + v, 0);
  const prob = dens.map((v) => v / total);
  const observed = prob[a - lo];
  let p = 0;
  if (alternative === "less") {
    for (let x = lo; x <= a; x++) p += prob[x - lo];
  } else if (alternative === "greater") {
    for (let x = a; x <= hi; x++) p += prob[x - lo];
  } else {
    const threshold = observed * (1 + 1e-7);
    for (const q of prob) if (q <= threshold) p += q;
  }
  const ad = a * d;
  const bc = b * c;
  const oddsRatio = bc === 0 ? (ad === 0 ? null : Infinity) : ad / bc;
  return { p: clampProbability(p), oddsRatio };
}

/** Options for {@link proportionCI}. */
export interface ProportionCIOptions {
  /** "wilson" score interval (default) or exact "clopper-pearson". */
  readonly method?: "wilson" | "clopper-pearson";
  /** Confidence level (default 0.95). */
  readonly confidence?: number;
}

/** Solves f(x) = target for increasing f on [0, 1] by bisection to full precision. */
function bisect(f: (x: number) => number, target: number): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (mid <= lo || mid >= hi) break;
    if (f(mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Confidence interval for a proportion k/n. Wilson is R's
 * `prop.test(k, n, correct = FALSE)$conf.int`; Clopper–Pearson is
 * `binom.test(k, n)$conf.int`.
 *
 * @example
 * ```ts
 * proportionCI(7, 20); // Wilson 95%: [0.1812..., 0.5671...]
 * ```
 */
export function proportionCI(
  k: number,
  n: number,
  options: ProportionCIOptions = {},
): [number, number] {
  count("n", n, 1);
  count("k", k);
  if (k > n) throw new RangeError(`k must be <= n (${n}), got ${k}`);
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
    return [k === 0 ? 0 : Math.max(0, centre - half), k === n ? 1 : Math.min(1, centre + half)];
  }
  // Clopper–Pearson: beta quantiles, each solved on the tail that is small.
  const lower = k === 0 ? 0 : bisect((x) => regularizedBetaPair(x, k, n - k + 1)[0], alpha / 2);
  const upper = k === n ? 1 : bisect((x) => -regularizedBetaPair(x, k + 1, n - k)[1], -alpha / 2);
  return [lower, upper];
}
