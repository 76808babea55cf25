/**
 * Which test, run how: the conventions under which a paper's p-value may have been computed,
 * applied to tables of counts (paired) or to per-group outcome counts (two groups).
 *
 * - "spss": what SPSS prints by default. Wilcoxon: asymptotic Z from the smaller rank sum,
 *   tie-corrected, no continuity correction. Mann-Whitney: "Asymp. Sig." likewise. McNemar
 *   (NPAR TESTS): exact binomial when fewer than 25 pairs change, otherwise chi-square with
 *   continuity correction (IBM, "MCNEMAR Subcommand (NPAR TESTS command)").
 * - "spss-exact-sig": Mann-Whitney's "Exact Sig. [2*(1-tailed Sig.)]" (untied distribution).
 * - "r-default": R's wilcox.test / mcnemar.test defaults: exact when n < 50 with no ties and
 *   (paired) no zeros, otherwise normal with continuity correction; McNemar corrected.
 * - "exact": exact permutation distribution conditional on ties; McNemar exact binomial.
 * - "asymptotic": normal / chi-square without any continuity correction.
 *
 * When nothing varies (every pair unchanged, or every value equal) there is no evidence of a
 * difference and the p-value is taken as 1, as SPSS prints it.
 *
 * @module
 */

import {
  expandFrequencies,
  mannWhitneySpssExactSig,
  mannWhitneyU,
  mcnemar,
  type SoftwareConvention,
  wilcoxon,
} from "../stats/mod.ts";
import { tableToPairs } from "./joint_tables.ts";
import {
  count,
  finiteArray,
  oneOf,
  optionsObject,
  sameLength,
  withinBudget,
} from "../_internal/validate.ts";

/** Largest number of observations a two-group test expands counts into (by default). */
export const TWO_GROUP_BUDGET = 1e6;

/** How a p-value was computed. */
export type Convention = "spss" | "spss-exact-sig" | "r-default" | "exact" | "asymptotic";

/** Every convention. */
export const CONVENTIONS: readonly Convention[] = [
  "spss",
  "spss-exact-sig",
  "r-default",
  "exact",
  "asymptotic",
];

/** Tests for paired categorical data. */
export type PairedTestName = "wilcoxon" | "mcnemar";

/** Options for {@link pairedTableTest}: which test, run how, on which level codes. */
export interface PairedTestOptions {
  /** The paper's test (default "wilcoxon"). */
  test?: PairedTestName;
  /** How its p was computed (default "spss"). */
  convention?: Convention;
  /** Codes of the ordinal levels, rows and columns alike (default 0..k-1). */
  levels?: readonly number[];
}

/** Options for {@link twoGroupTest}. */
export interface TwoGroupTestOptions {
  /** How the p was computed (default "spss"). */
  convention?: Convention;
  /** Codes of the ordinal levels (default 0..k-1). */
  levels?: readonly number[];
}

/** A test's result on one data pattern. */
export interface TestResult {
  /** Wilcoxon / Mann-Whitney: SPSS's Z (<= 0); McNemar: b (exact) or chi-square. */
  statistic: number;
  p: number;
}

// The rank tests' presets each convention stands for (lib/stats' software conventions):
// "spss-exact-sig" replaces only the p, from SPSS's untied Exact Sig.
const SOFTWARE: Record<Convention, SoftwareConvention> = {
  "spss": "spss",
  "spss-exact-sig": "spss",
  "r-default": "r<=4.5",
  "exact": "exact",
  "asymptotic": "spss",
};

function checkConvention(convention: unknown): Convention {
  return oneOf("convention", convention, CONVENTIONS);
}

// Counts per level (whole, >= 0) and their level codes (finite, one per count).
function checkGroup(name: string, counts: unknown, length?: number): number[] {
  if (!Array.isArray(counts)) {
    throw new TypeError(`${name}: expected an array of counts, got ${typeof counts}`);
  }
  const checked = counts.map((c, i) => count(`${name}[${i}]`, c));
  if (length !== undefined) sameLength("group1", new Array(length), name, checked);
  return checked;
}

/**
 * Run a paired test (`test`, default Wilcoxon) on a k x k joint table (rows = before, columns =
 * after) coded by `levels` (default 0..k-1) under a `convention` (default "spss").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // 7 pairs moved up, none down. SPSS's Wilcoxon Z for 0/1 data is (b - c) / sqrt(b + c):
 * // R: 2 * pnorm(-7 / sqrt(7)) = 0.008150972; binom.test(7, 7)$p.value = 0.015625
 * const table = [[5, 7], [0, 8]];
 * assert.ok(Math.abs(pairedTableTest(table, { test: "wilcoxon" }).p - 0.008150972) < 1e-9);
 * assert.ok(Math.abs(pairedTableTest(table, { test: "mcnemar" }).p - 0.015625) < 1e-12);
 * ```
 */
export function pairedTableTest(
  table: readonly (readonly number[])[],
  options: PairedTestOptions = {},
): TestResult {
  optionsObject("options", options, ["test", "convention", "levels"]);
  const convention = checkConvention(options.convention ?? "spss");
  const test = oneOf("test", options.test ?? "wilcoxon", ["wilcoxon", "mcnemar"] as const);
  const levels = options.levels;
  if (test === "mcnemar") {
    if (table.length !== 2 || table.some((row) => row.length !== 2)) {
      throw new RangeError(`test: McNemar needs a 2 x 2 table, got ${table.length} rows`);
    }
    // b: first level before, second after; c: the reverse. Two-sided p is symmetric in them.
    const b = table[0][1];
    const c = table[1][0];
    const exact = convention === "exact" || convention === "spss-exact-sig" ||
      (convention === "spss" && b + c < 25);
    const correction = convention === "r-default" || convention === "spss";
    const result = mcnemar({ b, c }, {
      method: exact ? "exact" : "asymptotic",
      correction: exact ? false : correction,
    });
    return { statistic: result.statistic, p: result.p };
  }
  if (convention === "spss-exact-sig") {
    throw new RangeError(`convention: "spss-exact-sig" applies to Mann-Whitney only`);
  }
  const { before, after } = tableToPairs(table, levels);
  const changed = before.some((b, i) => b !== after[i]);
  if (!changed) return { statistic: 0, p: 1 };
  // "r-default" is R <= 4.5's wilcox.test; "asymptotic" is SPSS's (no continuity correction).
  const result = wilcoxon(before, after, { convention: SOFTWARE[convention] });
  return { statistic: result.z, p: result.p };
}

/** A two-group Mann-Whitney result with the rank statistics a paper prints. */
export interface TwoGroupTestResult extends TestResult {
  /** SPSS's Mann-Whitney U, min(U1, U2). */
  u: number;
  rankSum1: number;
  rankSum2: number;
  meanRank1: number;
  meanRank2: number;
}

/**
 * Mann-Whitney on two groups given as counts per ordinal level (same levels for both, coded
 * by `levels`, default 0..k-1) under a `convention` (default "spss").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = twoGroupTest([7, 3], [1, 9], { convention: "spss" });
 * assert.deepEqual([r.rankSum1, r.rankSum2, r.u], [75, 135, 20]);
 * // R: wilcox.test(rep(0:1, c(7, 3)), rep(0:1, c(1, 9)), exact = FALSE,
 * //   correct = FALSE)$p.value = 0.007601641 (Z = -2.669)
 * assert.ok(Math.abs(r.p - 0.007601641) < 1e-9);
 * ```
 */
export function twoGroupTest(
  group1: readonly number[],
  group2: readonly number[],
  options: TwoGroupTestOptions = {},
): TwoGroupTestResult {
  optionsObject("options", options, ["convention", "levels"]);
  const convention = checkConvention(options.convention ?? "spss");
  const levels = options.levels;
  const counts1 = checkGroup("group1", group1);
  const counts2 = checkGroup("group2", group2, counts1.length);
  const codes = levels === undefined ? counts1.map((_, i) => i) : finiteArray("levels", levels);
  sameLength("group1", counts1, "levels", codes);
  withinBudget(
    "group1, group2",
    counts1.reduce((a, b) => a + b, 0) + counts2.reduce((a, b) => a + b, 0),
    TWO_GROUP_BUDGET,
  );
  const x = expandFrequencies(counts1, codes);
  const y = expandFrequencies(counts2, codes);
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0) throw new RangeError(`group1: expected at least one member, got counts of 0`);
  if (n2 === 0) throw new RangeError(`group2: expected at least one member, got counts of 0`);
  const allEqual = new Set([...x, ...y]).size === 1;
  const result = allEqual
    ? mannWhitneyU(x, y, { method: "exact" })
    : mannWhitneyU(x, y, { convention: SOFTWARE[convention] });
  let p = allEqual ? 1 : result.p;
  if (convention === "spss-exact-sig") p = mannWhitneySpssExactSig(result.spssU, n1, n2);
  return {
    statistic: allEqual ? 0 : -Math.abs(result.z),
    p,
    u: result.spssU,
    rankSum1: result.sumRankX,
    rankSum2: result.sumRankY,
    meanRank1: result.meanRankX,
    meanRank2: result.meanRankY,
  };
}
