/**
 * The Kruskal-Wallis H test as SPSS prints it (Ranks: N and Mean Rank per group; Test
 * Statistics: Kruskal-Wallis H, df, Asymp. Sig.), tie-corrected as SPSS, R's `kruskal.test`
 * and SciPy's `kruskal` all do.
 *
 * @module
 */
import { rank, tieCorrectionSum } from "./ranks.ts";
import { chiSquareSf } from "./distributions.ts";
import { finiteArray } from "../_internal/validate.ts";

/** Result of {@link kruskalWallis}. */
export interface KruskalWallisResult {
  /** H divided by the tie correction 1 − Σ(t³ − t)/(N³ − N). */
  readonly h: number;
  readonly df: number;
  /** Asymptotic p from chi-square with k − 1 df. */
  readonly p: number;
  /** Mean rank of each group, as SPSS's Ranks table. */
  readonly meanRanks: number[];
  readonly n: number[];
}

/**
 * Kruskal-Wallis H on two or more groups of values.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = kruskalWallis([[1, 2, 3], [4, 5, 6]]);
 * // R: kruskal.test(list(1:3, 4:6))$statistic = 3.857143
 * assert.ok(Math.abs(r.h - 27 / 7) < 1e-12);
 * assert.deepEqual(r.meanRanks, [2, 5]);
 * ```
 */
export function kruskalWallis(groups: readonly (readonly number[])[]): KruskalWallisResult {
  if (!Array.isArray(groups) || groups.length < 2) {
    throw new RangeError(
      `groups: expected at least 2 groups, got ${
        Array.isArray(groups) ? groups.length : typeof groups
      }`,
    );
  }
  const checked = groups.map((g, i) => finiteArray(`groups[${i}]`, g, { minLength: 1 }));
  const pooled = checked.flat();
  const nTotal = pooled.length;
  const ranks = rank(pooled);
  const meanRanks: number[] = [];
  let offset = 0;
  let sum = 0;
  for (const g of checked) {
    let r = 0;
    for (let i = 0; i < g.length; i++) r += ranks[offset + i];
    offset += g.length;
    meanRanks.push(r / g.length);
    sum += (r * r) / g.length;
  }
  const correction = 1 - tieCorrectionSum(pooled) / (nTotal ** 3 - nTotal);
  if (!(correction > 0)) {
    throw new RangeError("groups: every value is the same, so H is undefined");
  }
  const h = ((12 / (nTotal * (nTotal + 1))) * sum - 3 * (nTotal + 1)) / correction;
  const df = checked.length - 1;
  return { h, df, p: chiSquareSf(Math.max(0, h), df), meanRanks, n: checked.map((g) => g.length) };
}
