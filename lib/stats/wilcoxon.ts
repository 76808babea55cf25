/**
 * Wilcoxon signed-rank test on paired data, in every convention a reader may meet.
 *
 * Defaults reproduce SPSS (NPAR TESTS /WILCOXON): d = after − before, zero differences
 * dropped, average ranks of |d|, tie-corrected variance, no continuity correction,
 * Z reported from the smaller rank sum (so Z <= 0) and p = 2·Φ(−|Z|).
 *
 * - `correction: true` gives R's default `wilcox.test(after, before, paired = TRUE)` with
 *   `exact = FALSE`; SciPy's `wilcoxon(after, before, correction=True)` agrees.
 * - `zeroMethod: "pratt"` ranks the zeros with the rest and then ignores their signs
 *   (SciPy, Cureton's mean/variance); `"zsplit"` adds half of each zero's rank to both
 *   sums (SciPy's variance formula, zeros counted as if they were signed).
 * - `method: "exact"` gives the exact permutation p-value conditional on the observed
 *   ranks, ties and zeros included (R falls back to the normal approximation with ties;
 *   SciPy uses the untied table). Two-sided exact p = min(1, 2·min tail); the conditional
 *   distribution is symmetric, so this equals P(|V − E V| >= |v − E V|).
 * - `convention` sets zeroMethod, correction and method as a program's defaults would
 *   (n = number of pairs, n' = number of non-zero differences, "ties" among the non-zero |d|):
 *   - "spss": zeros dropped, asymptotic, no continuity correction (the defaults above).
 *   - "r<=4.5": `wilcox.test(after, before, paired = TRUE)` up to R 4.5: exact when n' < 50
 *     with no ties and no zeros, otherwise normal with continuity correction, zeros dropped.
 *   - "r>=4.6": R 4.6's default (src/library/stats/R/wilcox.test.R of R 4.6): exact
 *     conditional on ties when n < 50 (zeros counted) and no difference is zero; with any
 *     zero, a warning and the normal approximation with continuity correction, zeros dropped
 *     (the same p as R <= 4.5 then).
 *   - "scipy": `scipy.stats.wilcoxon(after, before)` since SciPy 1.15: n > 50 asymptotic; no
 *     ties and no zeros exact; else n <= 13 permutation test over every sign (= the exact
 *     conditional p, zeros dropped); else asymptotic. Never a continuity correction.
 *   - "exact": exact conditional on ties, zeros dropped.
 *
 *   A convention fixes those three options: passing one of them too is refused.
 *
 * @module
 */
import {
  type Alternative,
  alternativeOption,
  continuityShift,
  pFromTails,
  pFromZ,
} from "./alternative.ts";
import { signedRankTails } from "./exact.ts";
import { conventionOption } from "./_convention_option.ts";
import type { SoftwareConvention } from "./software_convention.ts";
import { rank, tieCounts } from "./ranks.ts";
import {
  boolean,
  clampProbability,
  finiteArray,
  oneOf,
  optionsObject,
  sameLength,
} from "../_internal/validate.ts";

/** Alternative hypothesis about d = after − before (or x − y). */
export type { Alternative } from "./alternative.ts";

/** Options for {@link wilcoxon}. */
export interface WilcoxonOptions {
  /** How zero differences are handled (default "wilcox": dropped, as SPSS and R do). */
  readonly zeroMethod?: "wilcox" | "pratt" | "zsplit";
  /** Continuity correction of the normal approximation (default false, as SPSS). */
  readonly correction?: boolean;
  /** "asymptotic" (default) normal approximation, or "exact" conditional distribution. */
  readonly method?: "asymptotic" | "exact";
  /** Alternative hypothesis (default "two-sided"); "greater" means after > before. */
  readonly alternative?: Alternative;
  /** A program's defaults (see the module notes); excludes zeroMethod, correction, method. */
  readonly convention?: SoftwareConvention;
}

/** Result of {@link wilcoxon}. */
export interface WilcoxonResult {
  /** Number of differences entering the ranking: non-zero ones for "wilcox", all otherwise. */
  readonly n: number;
  /** Number of pairs supplied. */
  readonly nPairs: number;
  /** Pairs with after > before (SPSS "Positive Ranks" N). */
  readonly nPositive: number;
  /** Pairs with after < before (SPSS "Negative Ranks" N). */
  readonly nNegative: number;
  /** Pairs with after = before (SPSS "Ties"). */
  readonly nZero: number;
  /** Sum of ranks of the positive differences (SPSS Ranks table). */
  readonly sumRanksPositive: number;
  /** Sum of ranks of the negative differences (SPSS Ranks table). */
  readonly sumRanksNegative: number;
  /** sumRanksPositive / nPositive, 0 when there are none (SPSS prints ,00). */
  readonly meanRankPositive: number;
  /** sumRanksNegative / nNegative, 0 when there are none. */
  readonly meanRankNegative: number;
  /**
   * R's V and SciPy's r_plus: the positive rank sum, plus half the zero ranks for zsplit.
   */
  readonly statistic: number;
  /** SciPy's two-sided statistic: min(statistic, its mirror). */
  readonly statisticMin: number;
  /** Null mean of `statistic`. */
  readonly expected: number;
  /** Null standard deviation of `statistic` (tie-corrected). */
  readonly sd: number;
  /**
   * SPSS's Z: computed from the smaller rank sum, so it is <= 0 (−|zStatistic|). With
   * `correction: true` it is the continuity-corrected value.
   */
  readonly z: number;
  /** Signed z = (statistic − expected ∓ correction) / sd; positive when after > before. */
  readonly zStatistic: number;
  /** p-value for the chosen alternative and method. */
  readonly p: number;
  /** Which method produced `p`. */
  readonly method: "asymptotic" | "exact";
}

/**
 * Wilcoxon signed-rank test on d = after − before.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = wilcoxon([1, 1, 1, 2, 2], [2, 2, 2, 3, 2]);
 * assert.deepEqual([r.nPositive, r.nZero, r.z], [4, 1, -2]);
 * // R: wilcox.test(c(2, 2, 2, 3, 2), c(1, 1, 1, 2, 2), paired = TRUE, exact = FALSE,
 * //   correct = FALSE)$p.value = 0.04550026 (= 2 * pnorm(-2))
 * assert.ok(Math.abs(r.p - 0.04550026) < 1e-8);
 * // R 4.2 default (ties and a zero: normal with continuity correction):
 * // wilcox.test(c(2, 2, 2, 3, 2), c(1, 1, 1, 2, 2), paired = TRUE)$p.value = 0.07186064
 * const r45 = wilcoxon([1, 1, 1, 2, 2], [2, 2, 2, 3, 2], { convention: "r<=4.5" });
 * assert.ok(Math.abs(r45.p - 0.07186064) < 1e-8);
 * ```
 */
export function wilcoxon(
  before: readonly number[],
  after: readonly number[],
  options: WilcoxonOptions = {},
): WilcoxonResult {
  optionsObject("options", options);
  const b = finiteArray("before", before, { minLength: 1 });
  const a = finiteArray("after", after, { minLength: 1 });
  sameLength("before", b, "after", a);
  const convention = conventionOption(options, ["zeroMethod", "correction", "method"]);
  if (convention !== undefined) {
    const preset = signedRankPreset(convention, a.map((x, i) => x - b[i]));
    return wilcoxon(b, a, { ...preset, alternative: options.alternative });
  }
  const zeroMethod = oneOf(
    "zeroMethod",
    options.zeroMethod ?? "wilcox",
    [
      "wilcox",
      "pratt",
      "zsplit",
    ] as const,
  );
  const correction = boolean("correction", options.correction ?? false);
  const method = oneOf("method", options.method ?? "asymptotic", ["asymptotic", "exact"] as const);
  const alternative = alternativeOption(options.alternative);

  const all = a.map((x, i) => x - b[i]);
  const nZero = all.filter((d) => d === 0).length;
  const nonZeroCount = all.length - nZero;
  if (nonZeroCount === 0 && zeroMethod !== "zsplit") {
    throw new RangeError(
      `after: expected at least one pair that differs from before, got all ${all.length} ` +
        `differences zero (zeroMethod "${zeroMethod}" leaves nothing to rank)`,
    );
  }
  // Which differences are ranked: "wilcox" drops zeros first, the others rank them too.
  const ranked = zeroMethod === "wilcox" ? all.filter((d) => d !== 0) : all;
  const ranks = rank(ranked.map(Math.abs));
  const n = ranked.length;

  let sumPositive = 0;
  let sumNegative = 0;
  let sumZero = 0;
  let nPositive = 0;
  let nNegative = 0;
  const nonZeroRanks: number[] = [];
  ranked.forEach((d, i) => {
    if (d > 0) {
      sumPositive += ranks[i];
      nPositive++;
      nonZeroRanks.push(ranks[i]);
    } else if (d < 0) {
      sumNegative += ranks[i];
      nNegative++;
      nonZeroRanks.push(ranks[i]);
    } else {
      sumZero += ranks[i];
    }
  });
  const zeroShift = zeroMethod === "zsplit" ? sumZero / 2 : 0;
  const statistic = sumPositive + zeroShift;
  const mirror = sumNegative + zeroShift;

  // Null mean and variance (SciPy's formulas; for "wilcox" they are R's).
  let expected = (n * (n + 1)) / 4;
  let varianceTimes24 = n * (n + 1) * (2 * n + 1);
  let ties: number[];
  if (zeroMethod === "pratt") {
    expected -= (nZero * (nZero + 1)) / 4;
    varianceTimes24 -= nZero * (nZero + 1) * (2 * nZero + 1);
    ties = tieCounts(ranked.filter((d) => d !== 0).map(Math.abs));
  } else {
    ties = tieCounts(ranked.map(Math.abs));
  }
  for (const t of ties) varianceTimes24 -= (t * t * t - t) / 2;
  const sd = Math.sqrt(Math.max(0, varianceTimes24) / 24);

  const centred = statistic - expected;
  const shift = correction ? continuityShift(centred, alternative) : 0;
  // sd is 0 only for zsplit with every difference zero: V equals its mean, z = 0.
  const zStatistic = sd > 0 ? (centred - shift) / sd : 0;

  const p = method === "exact"
    ? pFromTails(signedRankTails(nonZeroRanks, statistic - zeroShift), alternative)
    : pFromZ(zStatistic, alternative);

  return {
    n,
    nPairs: all.length,
    nPositive,
    nNegative,
    nZero,
    sumRanksPositive: sumPositive,
    sumRanksNegative: sumNegative,
    meanRankPositive: nPositive > 0 ? sumPositive / nPositive : 0,
    meanRankNegative: nNegative > 0 ? sumNegative / nNegative : 0,
    statistic,
    statisticMin: Math.min(statistic, mirror),
    expected,
    sd,
    z: -Math.abs(zStatistic),
    zStatistic,
    p: clampProbability(p),
    method,
  };
}

type SignedRankPreset = Required<Pick<WilcoxonOptions, "zeroMethod" | "correction" | "method">>;

// The options a convention stands for, given the differences (see the module notes).
function signedRankPreset(
  convention: SoftwareConvention,
  differences: readonly number[],
): SignedRankPreset {
  const nonZero = differences.filter((d) => d !== 0).map(Math.abs);
  const hasZeros = nonZero.length < differences.length;
  const hasTies = new Set(nonZero).size < nonZero.length;
  const exact: SignedRankPreset = { zeroMethod: "wilcox", correction: false, method: "exact" };
  const normal: SignedRankPreset = {
    zeroMethod: "wilcox",
    correction: false,
    method: "asymptotic",
  };
  const rUpTo45: SignedRankPreset = nonZero.length < 50 && !hasTies && !hasZeros
    ? exact
    : { ...normal, correction: true };
  switch (convention) {
    case "spss":
      return normal;
    case "r<=4.5":
      return rUpTo45;
    case "r>=4.6":
      // R 4.6's wilcox.test: exact (conditional on ties) when n < 50 counting zeros and no
      // difference is zero; with a zero it warns and uses the normal approximation with the
      // continuity correction, zeros dropped, as before 4.6.
      if (differences.length >= 50 || hasZeros) return { ...normal, correction: true };
      return exact;
    case "scipy":
      if (differences.length > 50) return normal;
      if (!hasTies && !hasZeros) return exact;
      return differences.length <= 13 ? exact : normal;
    case "exact":
      return exact;
  }
}
