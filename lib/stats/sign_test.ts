/**
 * The sign test for paired data. Without options it is what SPSS's NPAR TESTS /SIGN prints:
 * Negative Differences, Positive Differences, Ties; "Exact Sig. (2-tailed)" from the binomial
 * when n ≤ 25, otherwise Z with a continuity correction and "Asymp. Sig. (2-tailed)". Both
 * p-values are returned; `p` is the one the chosen method gives.
 *
 * Options:
 * - `method: "exact"` (binomial) or `"asymptotic"` (normal Z); absent, SPSS's rule above.
 * - `correction` (default true, as SPSS and R's `prop.test`): the continuity correction of Z.
 * - `convention` sets method and correction as a program would:
 *   - "spss": NPAR TESTS /SIGN, exact when n ≤ 25, else Z with continuity correction (the
 *     defaults).
 *   - "r<=4.5", "r>=4.6": R has no sign-test function; the usual call is
 *     `binom.test(positive, positive + negative)`, exact at every n and unchanged across
 *     these versions.
 *   - "scipy": SciPy has no sign test either; the usual call is
 *     `scipy.stats.binomtest(positive, positive + negative)`, exact at every n.
 *   - "exact": the exact binomial.
 *
 *   Every convention keeps the continuity-corrected Z in `z` and `asymptoticP`. Both
 *   programs' two-sided p sums the outcomes no more likely than the observed one, which
 *   for p = ½ is twice the smaller tail capped at 1, the value computed here. A convention
 *   fixes method and correction: passing one of them too is refused.
 *
 * @module
 */
import { binomialCdf } from "./distributions.ts";
import {
  boolean,
  count,
  fail,
  finiteArray,
  oneOf,
  optionsObject,
  sameLength,
} from "../_internal/validate.ts";
import { pFromZ } from "./alternative.ts";
import { conventionOption } from "./_convention_option.ts";
import type { SoftwareConvention } from "./software_convention.ts";

/** Options for {@link signTest}. */
export interface SignTestOptions {
  /** "exact" binomial or "asymptotic" Z; absent, SPSS's choice (exact when n ≤ 25). */
  readonly method?: "exact" | "asymptotic";
  /** Continuity correction of Z (default true, as SPSS prints it). */
  readonly correction?: boolean;
  /** A program's defaults (see the module notes); excludes method and correction. */
  readonly convention?: SoftwareConvention;
}

/** Options for {@link signTestFromCounts}: those of {@link signTest} and the tied pairs. */
export interface SignTestCountsOptions extends SignTestOptions {
  /** Tied pairs, reported as SPSS's "Ties" row; they do not enter the test (default 0). */
  readonly ties?: number;
}

/** Result of {@link signTest} and {@link signTestFromCounts}. */
export interface SignTestResult {
  readonly positive: number;
  readonly negative: number;
  readonly ties: number;
  /** Untied pairs, positive + negative. */
  readonly n: number;
  /** Two-sided binomial p: twice the smaller tail, capped at 1 (R's `binom.test`). */
  readonly exactP: number;
  /**
   * Z = −(|positive − n/2| − c)/(√n/2), c = min(0.5, |positive − n/2|) with the correction
   * (0 without): negative as SPSS prints it; the same p as R's `prop.test(positive, n)`.
   */
  readonly z: number;
  readonly asymptoticP: number;
  /** The p of `method`: without options SPSS's printed p, exact when n ≤ 25. */
  readonly p: number;
  readonly method: "exact" | "asymptotic";
}

const OPTION_NAMES = ["method", "correction", "convention"] as const;

/**
 * Sign test from the counts of positive and negative differences (ties are reported only).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // R: binom.test(9, 11)$p.value = 0.06542969
 * assert.ok(Math.abs(signTestFromCounts(9, 2).exactP - 0.0654296875) < 1e-15);
 * // n = 30 > 25: SPSS prints Z; R: binom.test(20, 30)$p.value = 0.09873715
 * assert.equal(signTestFromCounts(20, 10, { ties: 2 }).method, "asymptotic");
 * const r = signTestFromCounts(20, 10, { convention: "r>=4.6" });
 * assert.ok(r.method === "exact" && Math.abs(r.p - 0.09873715) < 1e-8);
 * ```
 */
export function signTestFromCounts(
  positive: number,
  negative: number,
  options: SignTestCountsOptions = {},
): SignTestResult {
  count("positive", positive);
  count("negative", negative);
  if (typeof options === "number") {
    // The third argument used to be the number of ties.
    fail("type", "options", `an options object such as { ties: ${options} }`, options);
  }
  optionsObject("options", options, [...OPTION_NAMES, "ties"]);
  const ties = count("options.ties", options.ties ?? 0);
  const n = positive + negative;
  if (n === 0) throw new RangeError("positive, negative: every pair is tied, no sign to test");
  const convention = conventionOption(options, ["method", "correction"]);
  const correction = convention !== undefined ||
    boolean("options.correction", options.correction ?? true);
  const method = convention !== undefined
    ? presetMethod(convention, n)
    : options.method === undefined
    ? presetMethod("spss", n)
    : oneOf("options.method", options.method, ["exact", "asymptotic"] as const);

  const lower = binomialCdf(Math.min(positive, negative), n, 0.5);
  const exactP = Math.min(1, 2 * lower);
  const distance = Math.abs(positive - n / 2);
  const shift = correction ? Math.min(0.5, distance) : 0;
  const z = -(distance - shift) / (Math.sqrt(n) / 2);
  const asymptoticP = pFromZ(z, "two-sided");
  return {
    positive,
    negative,
    ties,
    n,
    exactP,
    z,
    asymptoticP,
    p: method === "exact" ? exactP : asymptoticP,
    method,
  };
}

/**
 * Sign test of after − before on paired data.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = signTest([1, 2, 3, 4], [2, 3, 3, 5]);
 * assert.deepEqual([r.positive, r.negative, r.ties], [3, 0, 1]);
 * assert.ok(Math.abs(r.exactP - 0.25) < 1e-15); // 2 · (1/2)³
 * // Z without the continuity correction: -(1.5)/(√3/2)
 * const z = signTest([1, 2, 3, 4], [2, 3, 3, 5], { method: "asymptotic", correction: false }).z;
 * assert.ok(Math.abs(z + 3 / Math.sqrt(3)) < 1e-15);
 * ```
 */
export function signTest(
  before: readonly number[],
  after: readonly number[],
  options: SignTestOptions = {},
): SignTestResult {
  const b = finiteArray("before", before);
  const a = finiteArray("after", after);
  sameLength("before", b, "after", a);
  optionsObject("options", options, OPTION_NAMES);
  let positive = 0;
  let negative = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] > b[i]) positive++;
    else if (a[i] < b[i]) negative++;
  }
  return signTestFromCounts(positive, negative, {
    ...options,
    ties: a.length - positive - negative,
  });
}

// The method a program uses for n untied pairs (see the module notes).
function presetMethod(convention: SoftwareConvention, n: number): "exact" | "asymptotic" {
  if (convention === "spss") return n <= 25 ? "exact" : "asymptotic";
  return "exact";
}
