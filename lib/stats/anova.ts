/**
 * One-way analysis of variance, as SPSS's ANOVA table prints it (Between Groups, Within
 * Groups, Total: sum of squares, df, mean square, F, Sig.), from raw groups or from each
 * group's printed mean, SD and n.
 *
 * @module
 */
import { fSf } from "./f_distribution.ts";
import { count, finiteArray, finiteNumber } from "../_internal/validate.ts";
import { mean, sum, variance } from "../_internal/sum.ts";

/** Result of {@link oneWayAnova}: SPSS's ANOVA table. */
export interface AnovaResult {
  readonly sumOfSquaresBetween: number;
  readonly sumOfSquaresWithin: number;
  readonly dfBetween: number;
  readonly dfWithin: number;
  readonly meanSquareBetween: number;
  readonly meanSquareWithin: number;
  readonly f: number;
  readonly p: number;
}

/** One group's summary as a paper prints it. */
export interface GroupSummary {
  readonly mean: number;
  readonly sd: number;
  readonly n: number;
}

/**
 * One-way ANOVA from group summaries (mean, sample SD, n): the between-groups sum of squares
 * from the means, the within-groups one from (n − 1)·SD².
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = oneWayAnovaFromSummary([{ mean: 2, sd: 1, n: 3 }, { mean: 5, sd: 1, n: 3 }]);
 * assert.equal(r.f, 13.5); // SSB = 13.5 on 1 df, SSW = 4 on 4 df
 * ```
 */
export function oneWayAnovaFromSummary(groups: readonly GroupSummary[]): AnovaResult {
  if (!Array.isArray(groups) || groups.length < 2) {
    throw new RangeError(
      `groups: expected at least 2 group summaries, got ${
        Array.isArray(groups) ? groups.length : typeof groups
      }`,
    );
  }
  const checked = groups.map((g, i) => ({
    mean: finiteNumber(`groups[${i}].mean`, g?.mean),
    sd: finiteNumber(`groups[${i}].sd`, g?.sd, { min: 0 }),
    n: count(`groups[${i}].n`, g?.n, 1),
  }));
  const nTotal = sum(checked.map((g) => g.n));
  const grand = sum(checked.map((g) => g.n * g.mean)) / nTotal;
  const ssb = sum(checked.map((g) => g.n * (g.mean - grand) ** 2));
  const ssw = sum(checked.map((g) => (g.n - 1) * g.sd * g.sd));
  const dfBetween = checked.length - 1;
  const dfWithin = nTotal - checked.length;
  if (dfWithin < 1) {
    throw new RangeError(`groups: expected more observations than groups, got ${nTotal}`);
  }
  if (!(ssw > 0)) {
    throw new RangeError("groups: every group has SD 0, so F is undefined");
  }
  const msb = ssb / dfBetween;
  const msw = ssw / dfWithin;
  const f = msb / msw;
  return {
    sumOfSquaresBetween: ssb,
    sumOfSquaresWithin: ssw,
    dfBetween,
    dfWithin,
    meanSquareBetween: msb,
    meanSquareWithin: msw,
    f,
    p: fSf(f, dfBetween, dfWithin),
  };
}

/**
 * One-way ANOVA on raw groups (R's `oneway.test(v ~ g, var.equal = TRUE)`, SciPy's
 * `f_oneway`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = oneWayAnova([[1, 2, 3], [4, 5, 6]]);
 * assert.equal(r.f, 13.5);
 * assert.equal(r.dfWithin, 4);
 * ```
 */
export function oneWayAnova(groups: readonly (readonly number[])[]): AnovaResult {
  if (!Array.isArray(groups) || groups.length < 2) {
    throw new RangeError(
      `groups: expected at least 2 groups, got ${
        Array.isArray(groups) ? groups.length : typeof groups
      }`,
    );
  }
  return oneWayAnovaFromSummary(groups.map((g, i) => {
    const xs = finiteArray(`groups[${i}]`, g, { minLength: 1 });
    return { mean: mean(xs), sd: xs.length > 1 ? Math.sqrt(variance(xs)) : 0, n: xs.length };
  }));
}
