/**
 * The sign test for paired data, as SPSS's NPAR TESTS /SIGN prints it: Negative
 * Differences, Positive Differences, Ties; "Exact Sig. (2-tailed)" from the binomial when
 * n ≤ 25, otherwise Z with a continuity correction and "Asymp. Sig. (2-tailed)". Both are
 * returned; `p` is the one SPSS prints.
 *
 * @module
 */
import { binomialCdf } from "./distributions.ts";
import { count, finiteArray, sameLength } from "../_internal/validate.ts";
import { pFromZ } from "./alternative.ts";

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
   * Z = −(|positive − n/2| − c)/(√n/2), c = min(0.5, |positive − n/2|): negative as SPSS
   * prints it; the same p as R's `prop.test(positive, n)`.
   */
  readonly z: number;
  readonly asymptoticP: number;
  /** SPSS's printed p: exact when n ≤ 25, else asymptotic. */
  readonly p: number;
  readonly method: "exact" | "asymptotic";
}

/**
 * Sign test from the counts of positive and negative differences (ties are reported only).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // R: binom.test(9, 11)$p.value = 0.06542969
 * assert.ok(Math.abs(signTestFromCounts(9, 2).exactP - 0.0654296875) < 1e-15);
 * ```
 */
export function signTestFromCounts(positive: number, negative: number, ties = 0): SignTestResult {
  count("positive", positive);
  count("negative", negative);
  count("ties", ties);
  const n = positive + negative;
  if (n === 0) throw new RangeError("positive, negative: every pair is tied, no sign to test");
  const lower = binomialCdf(Math.min(positive, negative), n, 0.5);
  const exactP = Math.min(1, 2 * lower);
  const distance = Math.abs(positive - n / 2);
  const z = -(distance - Math.min(0.5, distance)) / (Math.sqrt(n) / 2);
  const asymptoticP = pFromZ(z, "two-sided");
  const exact = n <= 25;
  return {
    positive,
    negative,
    ties,
    n,
    exactP,
    z,
    asymptoticP,
    p: exact ? exactP : asymptoticP,
    method: exact ? "exact" : "asymptotic",
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
 * ```
 */
export function signTest(before: readonly number[], after: readonly number[]): SignTestResult {
  const b = finiteArray("before", before);
  const a = finiteArray("after", after);
  sameLength("before", b, "after", a);
  let positive = 0;
  let negative = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] > b[i]) positive++;
    else if (a[i] < b[i]) negative++;
  }
  return signTestFromCounts(positive, negative, a.length - positive - negative);
}
