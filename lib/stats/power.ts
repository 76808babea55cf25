/**
 * Power and sample size for the designs these papers would need: the paired (or one-sample)
 * and two-sample t-tests, as R's `power.t.test`, and two proportions, as R's
 * `power.prop.test`. The t-test power uses the noncentral t distribution, computed here by
 * Lenth's algorithm AS 243 (the one behind R's `pt(q, df, ncp)`), so results agree with R.
 *
 * Conventions follow R: `n` is the number of pairs (paired), of observations (one-sample) or
 * per group (two-sample); `sd` is the SD of the differences for a paired design and the common
 * within-group SD for two samples; `alternative` is "two-sided" or "one-sided"; with
 * `strict: false` (R's default) a two-sided test counts rejections in the direction of the
 * effect only. A sample size is returned both as R prints it (the fractional root of
 * power(n) = target) and rounded up to the whole number one has to recruit.
 *
 * @module
 */

import {
  logGamma,
  normalCdf,
  normalQuantile,
  normalSf,
  regularizedBeta,
  studentTQuantile,
  studentTSf,
} from "./distributions.ts";

import { bisect } from "../_internal/bisect.ts";
import { boolean, finiteNumber, oneOf, optionsObject } from "../_internal/validate.ts";

const DBL_EPSILON = 2.220446049250313e-16;
const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
const LN_SQRT_PI = 0.5 * Math.log(Math.PI);

function finite(name: string, x: unknown): number {
  return finiteNumber(name, x);
}

function probabilityOpen(name: string, x: unknown): number {
  return finiteNumber(name, x, { min: 0, max: 1, minOpen: true, maxOpen: true });
}

function positive(name: string, x: unknown): number {
  return finiteNumber(name, x, { min: 0, minOpen: true });
}

const T_TEST_OPTIONS = ["delta", "sd", "alpha", "type", "alternative", "strict", "power"];
const PROPORTION_OPTIONS = ["p1", "p2", "alpha", "alternative", "strict", "power"];

/**
 * Noncentral t CDF P(T <= t) for T ~ t(df, ncp), by AS 243 (Lenth 1989) as R's `pnt`
 * implements it: a Poisson-weighted series of incomplete beta functions, accurate to ~1e-12.
 * For df > 4e5 or |ncp| > 37.62 it uses Abramowitz & Stegun 26.7.10, as R does.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.ok(Math.abs(noncentralTCdf(2, 10, 1) - 0.8076116) < 5e-8); // R: pt(2, 10, ncp = 1)
 * ```
 */
export function noncentralTCdf(t: number, df: number, ncp: number): number {
  return noncentralT(t, df, ncp, true);
}

/**
 * Noncentral t upper tail P(T > t), the power of a one-sided t-test with critical value t.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // R: pt(2, 10, ncp = 1, lower.tail = FALSE) = 0.1923884
 * assert.ok(Math.abs(noncentralTSf(2, 10, 1) - 0.1923884) < 5e-8);
 * ```
 */
export function noncentralTSf(t: number, df: number, ncp: number): number {
  return noncentralT(t, df, ncp, false);
}

function noncentralT(t: number, df: number, ncp: number, lowerTail: boolean): number {
  if (typeof t !== "number" || Number.isNaN(t)) {
    throw new RangeError(`t: expected a number, got ${String(t)}`);
  }
  positive("df", df);
  finite("ncp", ncp);
  if (ncp === 0) {
    const upper = t === Infinity ? 0 : t === -Infinity ? 1 : studentTSf(t, df);
    return lowerTail ? 1 - upper : upper;
  }
  if (!Number.isFinite(t)) return (t < 0) === lowerTail ? 0 : 1;
  let negdel: boolean;
  let tt: number;
  let del: number;
  if (t >= 0) {
    negdel = false;
    tt = t;
    del = ncp;
  } else {
    if (ncp > 40) return lowerTail ? 0 : 1;
    negdel = true;
    tt = -t;
    del = -ncp;
  }
  const lower = lowerTail !== negdel;
  if (df > 4e5 || del * del > 2 * Math.LN2 * 1021) {
    // Abramowitz & Stegun 26.7.10.
    const s = 1 / (4 * df);
    const z = (tt * (1 - s) - del) / Math.sqrt(1 + tt * tt * 2 * s);
    return lower ? normalCdf(z) : normalSf(z);
  }
  let x = t * t;
  x = x / (x + df);
  let tnc = 0;
  if (x > 0) {
    const lambda = del * del;
    let p = 0.5 * Math.exp(-0.5 * lambda);
    if (p === 0) return lower ? 0 : 1;
    let q = SQRT_2_OVER_PI * p * del;
    let s = 0.5 - p;
    if (s < 1e-7) s = -0.5 * Math.expm1(-0.5 * lambda);
    let a = 0.5;
    const b = 0.5 * df;
    const rxb = Math.pow(1 - x, b);
    const albeta = LN_SQRT_PI + logGamma(b) - logGamma(0.5 + b);
    let xodd = regularizedBeta(x, a, b);
    let godd = 2 * rxb * Math.exp(a * Math.log(x) - albeta);
    const bx = b * x;
    let xeven = bx < DBL_EPSILON ? bx : 1 - rxb;
    let geven = bx * rxb;
    tnc = p * xodd + q * xeven;
    for (let it = 1; it <= 1000; it++) {
      a += 1;
      xodd -= godd;
      xeven -= geven;
      godd *= (x * (a + b - 1)) / a;
      geven *= (x * (a + b - 0.5)) / (a + 0.5);
      p *= lambda / (2 * it);
      q *= lambda / (2 * it + 1);
      tnc += p * xodd + q * xeven;
      s -= p;
      if (s < -1e-10) break;
      if (s <= 0 && it > 1) break;
      const errbd = 2 * s * (xodd - godd);
      if (Math.abs(errbd) < 1e-12) break;
    }
  }
  tnc += normalCdf(-del);
  const tmp = Math.min(tnc, 1);
  return lower ? tmp : 0.5 - tmp + 0.5;
}

/** The t-test design. */
export type TTestDesign = "paired" | "one-sample" | "two-sample";

/** "two-sided" (R's "two.sided") or "one-sided" (R's "one.sided"). */
export type PowerAlternative = "two-sided" | "one-sided";

/** What a t-test power calculation needs besides n or power. */
export interface TTestPowerOptions {
  /** The true difference in means (paired: mean of the differences). */
  delta: number;
  /** SD of the differences (paired), of the observations (one-sample), within groups (two-sample). */
  sd?: number;
  /** Significance level; default 0.05. */
  alpha?: number;
  /** Default "paired". */
  type?: TTestDesign;
  /** Default "two-sided". */
  alternative?: PowerAlternative;
  /** Count rejections in the wrong tail too (R's strict = TRUE); default false. */
  strict?: boolean;
}

interface TTestSetup {
  delta: number;
  sd: number;
  alpha: number;
  tsample: number;
  tside: number;
  strict: boolean;
}

function tTestSetup(options: TTestPowerOptions): TTestSetup {
  if (options == null) throw new TypeError(`options: expected { delta, ... }, got ${options}`);
  optionsObject("options", options, T_TEST_OPTIONS);
  const sd = positive("sd", options.sd ?? 1);
  const alpha = probabilityOpen("alpha", options.alpha ?? 0.05);
  const type = oneOf("type", options.type ?? "paired", ["paired", "one-sample", "two-sample"]);
  const alternative = oneOf("alternative", options.alternative ?? "two-sided", [
    "two-sided",
    "one-sided",
  ]);
  // A string "false" would read as true: only a boolean is accepted.
  const strict = boolean("strict", options.strict ?? false);
  let delta = finite("delta", options.delta);
  if (delta === 0) throw new RangeError("delta: expected a non-zero difference, got 0");
  const tside = alternative === "two-sided" ? 2 : 1;
  if (tside === 2) delta = Math.abs(delta);
  return { delta, sd, alpha, tsample: type === "two-sample" ? 2 : 1, tside, strict };
}

function tPower(n: number, s: TTestSetup): number {
  const nu = (n - 1) * s.tsample;
  const qu = studentTQuantile(1 - s.alpha / s.tside, nu);
  const ncp = Math.sqrt(n / s.tsample) * s.delta / s.sd;
  const upper = noncentralTSf(qu, nu, ncp);
  return s.strict && s.tside === 2 ? upper + noncentralTCdf(-qu, nu, ncp) : upper;
}

/**
 * Power of a t-test with n pairs / observations / per group, as R's `power.t.test(n = ...)`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // R: power.t.test(n = 20, delta = 1, sd = 2, type = "paired")$power = 0.5644829
 * assert.ok(Math.abs(powerTTest(20, { delta: 1, sd: 2, type: "paired" }) - 0.5644829) < 5e-8);
 * ```
 */
export function powerTTest(n: number, options: TTestPowerOptions): number {
  finite("n", n);
  if (!(n > 1)) throw new RangeError(`n: expected more than 1, got ${n}`);
  return tPower(n, tTestSetup(options));
}

/** A sample size: R's fractional root and the whole number to recruit. */
export interface SampleSize {
  /** The root of power(n) = target, as `power.t.test(...)$n` prints it. */
  n: number;
  /** ceil(n): pairs (paired), observations (one-sample) or per group (two-sample). */
  required: number;
  /** Total participants: `required`, or 2 × `required` for two groups. */
  total: number;
  /** The power actually reached with `required`. */
  achievedPower: number;
}

/** Increasing f on (lo, hi]: the root of f(n) = 0 by bisection (to ~1e-10 relative). */
function increasingRoot(f: (n: number) => number, lo: number, hi: number, power: number): number {
  // Bracket by doubling from n = 2 before bisecting: the power is slow to evaluate both at
  // fractional df near 0 (n just above 1) and at huge n, and the root is almost always small.
  let lower = Math.max(lo, Math.min(2, hi));
  if (f(lower) >= 0) {
    if (f(lo) >= 0) return lo;
    return bisect(f, lo, lower, { relativeTolerance: 1e-10 });
  }
  let upper = Math.min(hi, 2 * lower);
  while (f(upper) < 0) {
    if (upper >= hi) {
      throw new RangeError(`power: expected a target reached by n <= ${hi}, got ${power}`);
    }
    lower = upper;
    upper = Math.min(hi, 2 * upper);
  }
  return bisect(f, lower, upper, { relativeTolerance: 1e-10 });
}

/**
 * Sample size for a t-test to reach a target power, as R's `power.t.test(power = ...)`
 * (R's root is found to tol = 1.2e-4; this one to ~1e-10).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // R: power.t.test(delta = 1.7, sd = 3, power = 0.8, type = "paired")$n = 26.42789 (its
 * // uniroot stops at tol 1.2e-4; the root itself is 26.42791)
 * const size = sampleSizeTTest({ delta: 1.7, sd: 3, power: 0.8, type: "paired" });
 * assert.ok(Math.abs(size.n - 26.42791) < 5e-5 && size.required === 27);
 * ```
 */
export function sampleSizeTTest(options: TTestPowerOptions & { power?: number }): SampleSize {
  const setup = tTestSetup(options); // validates options first
  const power = probabilityOpen("power", options.power ?? 0.8);
  const n = increasingRoot((m) => tPower(m, setup) - power, 1 + 1e-6, 1e7, power);
  const required = Math.max(2, Math.ceil(n - 1e-9));
  return {
    n,
    required,
    total: required * setup.tsample,
    achievedPower: tPower(required, setup),
  };
}

/**
 * The normal-approximation sample size, the formula taught first:
 * n = k · ((z₁₋α/tside + z₁₋β) · sd / delta)², k = 2 for two samples (per group), 1 otherwise.
 * It ignores that the SD is estimated, so it is a little smaller than the t-based answer.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // R: ((qnorm(0.975) + qnorm(0.8)) * 3 / 1.7)^2 = 24.44288
 * const n = sampleSizeNormalApprox({ delta: 1.7, sd: 3, power: 0.8, type: "paired" });
 * assert.ok(Math.abs(n - 24.44288) < 5e-6);
 * ```
 */
export function sampleSizeNormalApprox(options: TTestPowerOptions & { power?: number }): number {
  const s = tTestSetup(options);
  const power = probabilityOpen("power", options.power ?? 0.8);
  const z = normalQuantile(1 - s.alpha / s.tside) + normalQuantile(power);
  return s.tsample * ((z * s.sd) / s.delta) ** 2;
}

/** What a two-proportion power calculation needs besides n or power. */
export interface ProportionPowerOptions {
  p1: number;
  p2: number;
  alpha?: number;
  alternative?: PowerAlternative;
  strict?: boolean;
}

function proportionPower(n: number, o: ProportionPowerOptions): number {
  if (o == null) throw new TypeError(`options: expected { p1, p2, ... }, got ${o}`);
  optionsObject("options", o, PROPORTION_OPTIONS);
  const p1 = probabilityOpen("p1", o.p1);
  const p2 = probabilityOpen("p2", o.p2);
  const alpha = probabilityOpen("alpha", o.alpha ?? 0.05);
  const alternative = oneOf("alternative", o.alternative ?? "two-sided", [
    "two-sided",
    "one-sided",
  ]);
  const strict = boolean("strict", o.strict ?? false);
  if (p1 === p2) throw new RangeError(`p2: expected a proportion other than p1 (${p1}), got ${p2}`);
  const tside = alternative === "two-sided" ? 2 : 1;
  const qu = normalQuantile(1 - alpha / tside);
  const d = Math.abs(p1 - p2);
  const pooled = Math.sqrt((p1 + p2) * (1 - (p1 + p2) / 2));
  const sep = Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  const main = normalCdf((Math.sqrt(n * d * d) - qu * pooled) / sep);
  if (!(strict && tside === 2)) return main;
  return main + normalSf((Math.sqrt(n * d * d) + qu * pooled) / sep);
}

/**
 * Power of the two-proportion test with n per group, as R's `power.prop.test(n = ...)`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // R: power.prop.test(n = 50, p1 = 0.5, p2 = 0.75)$power = 0.7401659
 * assert.ok(Math.abs(powerTwoProportions(50, { p1: 0.5, p2: 0.75 }) - 0.7401659) < 5e-8);
 * ```
 */
export function powerTwoProportions(n: number, options: ProportionPowerOptions): number {
  positive("n", n);
  return proportionPower(n, options);
}

/**
 * Sample size per group for two proportions, as R's `power.prop.test(power = ...)`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // R: power.prop.test(p1 = .5, p2 = .75, power = .9)$n = 76.7069
 * const size = sampleSizeTwoProportions({ p1: 0.5, p2: 0.75, power: 0.9 });
 * assert.ok(Math.abs(size.n - 76.7069) < 5e-5 && size.total === 154);
 * ```
 */
export function sampleSizeTwoProportions(
  options: ProportionPowerOptions & { power?: number },
): SampleSize {
  proportionPower(10, options); // validates
  const power = probabilityOpen("power", options.power ?? 0.8);
  const n = increasingRoot((m) => proportionPower(m, options) - power, 2, 1e7, power);
  const required = Math.ceil(n - 1e-9);
  return { n, required, total: 2 * required, achievedPower: proportionPower(required, options) };
}
