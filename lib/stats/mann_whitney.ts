/**
 * Mann–Whitney U / Wilcoxon rank-sum test for two independent samples.
 *
 * Defaults reproduce SPSS's asymptotic output: average ranks of the pooled sample,
 * tie-corrected variance, no continuity correction, two-sided p = 2·Φ(−|Z|).
 * `correction: true` gives R's default `wilcox.test(x, y, exact = FALSE)` and SciPy's
 * default `mannwhitneyu(x, y, method="asymptotic")`. The option's old name `useContinuity` is
 * refused with its new name.
 *
 * Statistics: `u` = R_x − n_x(n_x+1)/2 (R's W, SciPy's U1) and `w` = R_x (the rank sum of
 * x). SPSS prints U = min(U_x, U_y) and "Wilcoxon W", which IBM documents as the rank sum
 * of the smaller group; for equal group sizes we take the smaller rank sum (the one that
 * pairs with SPSS's U). Those are `spssU` and `spssW`.
 *
 * `method: "exact"` is the exact permutation distribution conditional on the observed
 * ties (R and SciPy only have the untied table); two-sided p = min(1, 2·min tail). With
 * ties the conditional distribution need not be symmetric, so this doubling convention
 * can differ slightly from P(|U − E U| >= |u − E U|). SPSS's "Exact Sig. [2*(1-tailed
 * Sig.)]" uses the untied table regardless of ties: {@link mannWhitneySpssExactSig}.
 *
 * `convention` sets method and correction as a program's defaults would ("ties": any value
 * shared in the pooled sample):
 * - "spss": asymptotic, no continuity correction (SPSS's "Asymp. Sig."; the defaults).
 * - "r<=4.5": `wilcox.test(x, y)` up to R 4.5: exact when both groups have fewer than 50
 *   members and there are no ties, otherwise normal with continuity correction.
 * - "r>=4.6": R 4.6's default: exact conditional on ties when both groups have fewer than 50
 *   members, otherwise normal with continuity correction.
 * - "scipy": `scipy.stats.mannwhitneyu(x, y)`: exact when a group has at most 8 members and
 *   there are no ties, otherwise normal with continuity correction.
 * - "exact": exact conditional on ties.
 *
 * A convention fixes method and correction: passing one of them too is refused.
 *
 * @module
 */
import { rankSumNoTiesDistribution, rankSumTails } from "./exact.ts";
import { rank, tieCounts } from "./ranks.ts";
import { conventionOption } from "./_convention_option.ts";
import type { SoftwareConvention } from "./software_convention.ts";
import {
  boolean,
  clampProbability,
  count,
  finiteArray,
  finiteNumber,
  oneOf,
  optionsObject,
} from "../_internal/validate.ts";
import {
  type Alternative,
  alternativeOption,
  continuityShift,
  pFromTails,
  pFromZ,
} from "./alternative.ts";

/** Options for {@link mannWhitneyU}. */
export interface MannWhitneyOptions {
  /** Continuity correction of the normal approximation (default false, as SPSS). */
  readonly correction?: boolean;
  /** "asymptotic" (default) or "exact" (conditional on ties). */
  readonly method?: "asymptotic" | "exact";
  /** Alternative (default "two-sided"); "greater" means x tends to exceed y. */
  readonly alternative?: Alternative;
  /** A program's defaults (see the module notes); excludes method and correction. */
  readonly convention?: SoftwareConvention;
}

/** Result of {@link mannWhitneyU}. */
export interface MannWhitneyResult {
  /** Sizes of x and y. */
  readonly nX: number;
  readonly nY: number;
  /** U for x: R_x − n_x(n_x+1)/2 (R's W statistic, SciPy's U1). */
  readonly u: number;
  /** Rank sum of x (Wilcoxon's W for x). */
  readonly w: number;
  /** SPSS's Mann-Whitney U: min(U_x, U_y). */
  readonly spssU: number;
  /** SPSS's Wilcoxon W: rank sum of the smaller group (smaller rank sum if equal sizes). */
  readonly spssW: number;
  readonly sumRankX: number;
  readonly sumRankY: number;
  readonly meanRankX: number;
  readonly meanRankY: number;
  /** Tie-corrected null standard deviation of U. */
  readonly sd: number;
  /** Signed z for U_x (after any continuity correction); SPSS prints −|z|. */
  readonly z: number;
  /** p-value for the chosen alternative and method. */
  readonly p: number;
  readonly method: "asymptotic" | "exact";
}

/**
 * Mann–Whitney U test of x against y.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = mannWhitneyU([1, 2, 3], [4, 5, 6]);
 * assert.deepEqual([r.u, r.spssW, r.z], [0, 6, -4.5 / Math.sqrt(3 * 3 * 7 / 12)]);
 * // R: wilcox.test(1:3, 4:6, exact = FALSE, correct = FALSE)$p.value = 0.04953461
 * assert.ok(Math.abs(r.p - 0.04953461) < 1e-8);
 * // R 4.2 default (no ties, groups under 50: exact): wilcox.test(1:3, 4:6)$p.value = 0.1
 * assert.ok(Math.abs(mannWhitneyU([1, 2, 3], [4, 5, 6], { convention: "r<=4.5" }).p - 0.1) < 1e-15);
 * ```
 */
export function mannWhitneyU(
  x: readonly number[],
  y: readonly number[],
  options: MannWhitneyOptions = {},
): MannWhitneyResult {
  optionsObject("options", options, undefined, { useContinuity: "correction" });
  const xs = finiteArray("x", x, { minLength: 1 });
  const ys = finiteArray("y", y, { minLength: 1 });
  const convention = conventionOption(options, ["method", "correction"]);
  if (convention !== undefined) {
    const preset = rankSumPreset(convention, xs, ys);
    return mannWhitneyU(xs, ys, { ...preset, alternative: options.alternative });
  }
  const correction = boolean("correction", options.correction ?? false);
  const method = oneOf("method", options.method ?? "asymptotic", ["asymptotic", "exact"] as const);
  const alternative = alternativeOption(options.alternative);
  const nX = xs.length;
  const nY = ys.length;
  const pooled = [...xs, ...ys];
  const ranks = rank(pooled);
  let sumRankX = 0;
  for (let i = 0; i < nX; i++) sumRankX += ranks[i];
  const n = nX + nY;
  const sumRankY = (n * (n + 1)) / 2 - sumRankX;
  const u = sumRankX - (nX * (nX + 1)) / 2;
  const uY = nX * nY - u;

  let tieSum = 0;
  for (const t of tieCounts(pooled)) tieSum += t * t * t - t;
  const variance = (nX * nY / 12) * ((n + 1) - tieSum / (n * (n - 1)));
  const sd = Math.sqrt(Math.max(0, variance));
  if (!(sd > 0) && method === "asymptotic") {
    throw new RangeError(
      "x and y must not all be equal: with a single pooled value the rank test has no " +
        'variance (use method: "exact", which gives p = 1)',
    );
  }
  const centred = u - (nX * nY) / 2;
  const shift = correction ? continuityShift(centred, alternative) : 0;
  const z = sd > 0 ? (centred - shift) / sd : 0;

  const p = method === "exact"
    ? pFromTails(rankSumTails(ranks, nX, sumRankX), alternative)
    : pFromZ(z, alternative);

  const spssW = nX < nY ? sumRankX : nY < nX ? sumRankY : Math.min(sumRankX, sumRankY);
  return {
    nX,
    nY,
    u,
    w: sumRankX,
    spssU: Math.min(u, uY),
    spssW,
    sumRankX,
    sumRankY,
    meanRankX: sumRankX / nX,
    meanRankY: sumRankY / nY,
    sd,
    z,
    p: clampProbability(p),
    method,
  };
}

type RankSumPreset = Required<Pick<MannWhitneyOptions, "method" | "correction">>;

// The options a convention stands for, given the samples (see the module notes).
function rankSumPreset(
  convention: SoftwareConvention,
  x: readonly number[],
  y: readonly number[],
): RankSumPreset {
  const hasTies = new Set([...x, ...y]).size < x.length + y.length;
  const exact: RankSumPreset = { method: "exact", correction: false };
  const corrected: RankSumPreset = { method: "asymptotic", correction: true };
  const small = x.length < 50 && y.length < 50;
  switch (convention) {
    case "spss":
      return { method: "asymptotic", correction: false };
    case "r<=4.5":
      return small && !hasTies ? exact : corrected;
    case "r>=4.6":
      return small ? exact : corrected;
    case "scipy":
      return (x.length <= 8 || y.length <= 8) && !hasTies ? exact : corrected;
    case "exact":
      return exact;
  }
}

/**
 * SPSS's "Exact Sig. [2*(1-tailed Sig.)]" for Mann–Whitney: 2·P(U <= min(u, n1·n2 − u))
 * from the untied distribution of U, capped at 1. SPSS prints it whatever the ties; a
 * non-integer U (ties) is floored, as the untied distribution lives on the integers.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // 2 * pwilcox(2, 4, 5) = 8/126
 * assert.ok(Math.abs(mannWhitneySpssExactSig(2, 4, 5) - 8 / 126) < 1e-16);
 * ```
 */
export function mannWhitneySpssExactSig(u: number, n1: number, n2: number): number {
  count("n1", n1, 1);
  count("n2", n2, 1);
  finiteNumber("u", u, { min: 0, max: n1 * n2 });
  const smaller = Math.min(u, n1 * n2 - u);
  const dist = rankSumNoTiesDistribution(n1, n2);
  const oneTailed = dist.cdf(Math.floor(smaller + 1e-9) + (n1 * (n1 + 1)) / 2);
  return clampProbability(Math.min(1, 2 * oneTailed));
}
