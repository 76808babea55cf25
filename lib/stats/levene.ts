/**
 * Levene's test for equality of variances, mean-centred as SPSS prints it in the
 * "Independent Samples Test" table (R's car::leveneTest defaults to the median, which is the
 * Brown-Forsythe variant; SciPy's `levene` defaults to the median too).
 *
 * @module
 */
import { oneWayAnova } from "./anova.ts";
import { finiteArray } from "../_internal/validate.ts";
import { mean } from "../_internal/sum.ts";

/** Result of {@link leveneTest}. */
export interface LeveneResult {
  readonly f: number;
  readonly df1: number;
  readonly df2: number;
  readonly p: number;
}

/**
 * Levene's F: the one-way ANOVA of |x − group mean| (SciPy's `levene(..., center="mean")`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // |deviations| [1, 0, 1] and [2, 0, 2]: SSB = 2/3 on 1 df, SSW = 10/3 on 4 df, F = 0.8
 * const r = leveneTest([[1, 2, 3], [2, 4, 6]]);
 * assert.equal(r.df2, 4);
 * assert.ok(Math.abs(r.f - 0.8) < 1e-12);
 * ```
 */
export function leveneTest(groups: readonly (readonly number[])[]): LeveneResult {
  if (!Array.isArray(groups) || groups.length < 2) {
    throw new RangeError(
      `groups: expected at least 2 groups, got ${
        Array.isArray(groups) ? groups.length : typeof groups
      }`,
    );
  }
  const deviations = groups.map((g, i) => {
    const xs = finiteArray(`groups[${i}]`, g, { minLength: 2 });
    const m = mean(xs);
    return xs.map((x) => Math.abs(x - m));
  });
  const a = oneWayAnova(deviations);
  return { f: a.f, df1: a.dfBetween, df2: a.dfWithin, p: a.p };
}
