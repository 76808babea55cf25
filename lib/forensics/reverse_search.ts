/**
 * Reverse search: from a printed test result back to every data pattern that reproduces it.
 * Given a design, a scale, the printed counts and a printed p (or statistic, rank sums, mean
 * ranks), list every table of pairs or every pair of group outcome distributions whose test
 * result prints as reported under a stated convention.
 *
 * @module
 */

import {
  count as checkCount,
  finiteNumber,
  oneOf,
  record,
  withinBudget,
} from "../_internal/validate.ts";
import { printedValue } from "../printed/_arguments.ts";
import {
  type Convention,
  CONVENTIONS,
  type PairedTestName,
  twoGroupTest,
  type TwoGroupTestResult,
} from "./conventions.ts";
import {
  compositionCount,
  forEachComposition,
  forEachPairedTable,
  type JointTable,
} from "./joint_tables.ts";
import { pairedTestRunner } from "./paired_tables.ts";
import { printsAs, type Reported, ROUNDING_RULES, type RoundingRule } from "../printed/reported.ts";
import { forensicOptions } from "./_options.ts";

/** What a paper printed for a paired design with a categorical outcome. */
export interface PairedReverseInput {
  /** Number of pairs (needed when no margins are given; checked against them otherwise). */
  n?: number;
  /** Number of ordinal levels (2 = binary), or their codes in order. */
  levels: number | readonly number[];
  /** Counts per level before (rows), if printed. */
  rowMargins?: readonly number[];
  /** Counts per level after (columns), if printed. */
  colMargins?: readonly number[];
  /** The paper's test (default "wilcoxon"). */
  test?: PairedTestName;
  /** How its p was computed (default "spss"). */
  convention?: Convention;
  /** The printed p, e.g. "0,008", ".000" or "< 0,05". */
  p?: string;
  /** The printed statistic (Wilcoxon Z, McNemar chi-square); compared in absolute value. */
  statistic?: string;
  /** The rounding rule of the print (default "spss"). */
  rounding?: RoundingRule;
  /** Most data patterns to try before a RangeError (default REVERSE_SEARCH_BUDGET). */
  budget?: number;
}

const PAIRED_INPUT = [
  "n",
  "levels",
  "rowMargins",
  "colMargins",
  "test",
  "convention",
  "p",
  "statistic",
  "rounding",
  "budget",
];

const TWO_GROUP_INPUT = [
  "n1",
  "n2",
  "levels",
  "outcomeMargins",
  "convention",
  "p",
  "statistic",
  "u",
  "rankSums",
  "meanRanks",
  "rounding",
  "budget",
];

/** Default number of data patterns a reverse search tries (each runs the test): ~2 s. */
export const REVERSE_SEARCH_BUDGET = 5e5;

/** A table reproducing the printed result. */
export interface PairedMatch {
  table: JointTable;
  statistic: number;
  p: number;
}

/** A reverse search's answer. */
export interface ReverseSearchResult<M> {
  /** How many data patterns were tried. */
  examined: number;
  /** Every pattern that reproduces the print, in enumeration order. */
  matches: M[];
}

function levelCodes(levels: number | readonly number[]): number[] {
  if (typeof levels === "number") {
    checkCount("levels", levels, 2);
    return Array.from({ length: levels }, (_, i) => i);
  }
  if (!Array.isArray(levels) || levels.length < 2 || levels.some((v) => !Number.isFinite(v))) {
    throw new RangeError(`levels: expected a count >= 2 or at least two numeric codes`);
  }
  for (let i = 1; i < levels.length; i++) {
    if (levels[i] <= levels[i - 1]) throw new RangeError(`levels: codes must increase`);
  }
  return [...levels];
}

// A printed statistic is matched in absolute value: SPSS prints Z negative, others may not.
function absolute(r: Reported): Reported {
  return { ...r, value: Math.abs(r.value) };
}

/**
 * Every before x after table (k levels) consistent with the printed counts whose paired test
 * prints the reported p and/or statistic under the convention.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // 20 mothers, 8 adequate before (binary), Wilcoxon p = 0,008 (SPSS):
 * const { matches } = reverseSearchPaired({ n: 20, levels: 2, rowMargins: [12, 8], p: "0,008" });
 * // R, over all 13 * 9 tables: 2 * pnorm(-abs(b - c) / sqrt(b + c)) rounds to 0.008 for 3
 * assert.deepEqual(matches.map((m) => m.table), [
 *   [[0, 12], [2, 6]],
 *   [[5, 7], [0, 8]],
 *   [[12, 0], [7, 1]],
 * ]);
 * ```
 */
export function reverseSearchPaired(input: PairedReverseInput): ReverseSearchResult<PairedMatch> {
  record("input", input);
  forensicOptions("input", input, PAIRED_INPUT);
  const codes = levelCodes(input.levels);
  if (input.n !== undefined) checkCount("n", input.n, 1);
  const p = input.p === undefined ? null : printedValue("p", input.p, { allowBound: true });
  const statistic = input.statistic === undefined
    ? null
    : absolute(printedValue("statistic", input.statistic, { allowBound: true }));
  if (p === null && statistic === null) {
    throw new RangeError(`p: give the printed p or the printed statistic to search for`);
  }
  const rule = oneOf("rounding", input.rounding ?? "spss", ROUNDING_RULES);
  const run = pairedTestRunner({
    test: input.test ?? "wilcoxon",
    convention: input.convention ?? "spss",
    levels: codes,
  });
  const matches: PairedMatch[] = [];
  let examined = 0;
  const budget = finiteNumber("budget", input.budget ?? REVERSE_SEARCH_BUDGET, { min: 0 });
  forEachPairedTable(codes.length, input, (table) => {
    examined++;
    const result = run(table);
    if (p !== null && !printsAs(result.p, p, rule)) return;
    if (statistic !== null && !printsAs(Math.abs(result.statistic), statistic, rule)) return;
    matches.push({ table: table.map((row) => [...row]), ...result });
  }, { budget });
  return { examined, matches };
}

/** What a paper printed for two independent groups with a categorical outcome. */
export interface TwoGroupReverseInput {
  n1: number;
  n2: number;
  /** Number of ordinal levels (2 = binary), or their codes in order. */
  levels: number | readonly number[];
  /** Total count per level over both groups, if printed. */
  outcomeMargins?: readonly number[];
  /** How the p was computed (default "spss"). */
  convention?: Convention;
  /** The printed p. */
  p?: string;
  /** The printed Z (compared in absolute value). */
  statistic?: string;
  /** The printed Mann-Whitney U (SPSS's, the smaller of U1 and U2). */
  u?: string;
  /** The printed rank sums of group 1 and group 2. */
  rankSums?: readonly [string, string];
  /** The printed mean ranks of group 1 and group 2. */
  meanRanks?: readonly [string, string];
  /** The rounding rule of the print (default "spss"). */
  rounding?: RoundingRule;
  /** Most data patterns to try before a RangeError (default REVERSE_SEARCH_BUDGET). */
  budget?: number;
}

/** A pair of group outcome distributions reproducing the printed result. */
export interface TwoGroupMatch extends TwoGroupTestResult {
  /** Counts per level in group 1 and group 2. */
  group1: number[];
  group2: number[];
}

/**
 * Every pair of group outcome distributions (counts per level in each group) whose
 * Mann-Whitney result prints as reported: p, Z, U, rank sums and mean ranks, whichever were
 * printed. Rank sums are checked first, from the counts alone, before any test is run.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // Mean ranks 7,50 and 13,50 for two groups of 10 and p = 0,008, binary outcome:
 * const found = reverseSearchTwoGroups({
 *   n1: 10, n2: 10, levels: 2, meanRanks: ["7,50", "13,50"], p: "0,008",
 * });
 * // 7 of 10 at the lower level against 1 of 10, or the same with the levels' roles swapped.
 * // R, over all 11 * 11 splits: five give mean ranks 7,50 and 13,50; wilcox.test(exact = FALSE,
 * // correct = FALSE) p = 0.0043, 0.0076, 0.0089, 0.0076, 0.0043, so two print as 0,008.
 * assert.deepEqual(found.matches.map((m) => [m.group1, m.group2]), [
 *   [[7, 3], [1, 9]],
 *   [[9, 1], [3, 7]],
 * ]);
 * ```
 */
export function reverseSearchTwoGroups(
  input: TwoGroupReverseInput,
): ReverseSearchResult<TwoGroupMatch> {
  record("input", input);
  forensicOptions("input", input, TWO_GROUP_INPUT);
  const codes = levelCodes(input.levels);
  const k = codes.length;
  const n1 = checkCount("n1", input.n1, 1);
  const n2 = checkCount("n2", input.n2, 1);
  const rule = oneOf("rounding", input.rounding ?? "spss", ROUNDING_RULES);
  const convention = oneOf("convention", input.convention ?? "spss", CONVENTIONS);
  const printed = (value: string | undefined, name: string) =>
    value === undefined ? null : printedValue(name, value, { allowBound: true });
  const p = printed(input.p, "p");
  const statistic = input.statistic === undefined
    ? null
    : absolute(printedValue("statistic", input.statistic, { allowBound: true }));
  const u = printed(input.u, "u");
  const pair = (values: readonly [string, string] | undefined, name: string) => {
    if (values === undefined) return null;
    if (!Array.isArray(values) || values.length !== 2) {
      throw new RangeError(`${name}: expected two printed values, one per group`);
    }
    return [printedValue(`${name}[0]`, values[0]), printedValue(`${name}[1]`, values[1])];
  };
  const rankSums = pair(input.rankSums, "rankSums");
  const meanRanks = pair(input.meanRanks, "meanRanks");
  if (!p && !statistic && !u && !rankSums && !meanRanks) {
    throw new RangeError(`p: give at least one printed result (p, statistic, u, rank sums)`);
  }
  let margins: number[] | null = null;
  if (input.outcomeMargins !== undefined) {
    margins = [...input.outcomeMargins];
    if (margins.length !== k || margins.some((m) => !Number.isInteger(m) || m < 0)) {
      throw new RangeError(`outcomeMargins: expected ${k} whole counts`);
    }
    const total = margins.reduce((a, b) => a + b, 0);
    if (total !== n1 + n2) {
      throw new RangeError(`outcomeMargins: the counts sum to ${total}, but n1 + n2 = ${n1 + n2}`);
    }
  }
  // Every split of group 1 (and of group 2 unless the outcome margins fix it) runs the test.
  const budget = finiteNumber("budget", input.budget ?? REVERSE_SEARCH_BUDGET, { min: 0 });
  const patterns = compositionCount(n1, k) * (margins ? 1 : compositionCount(n2, k));
  withinBudget("budget", patterns, budget);
  const matches: TwoGroupMatch[] = [];
  let examined = 0;
  const group2 = new Array<number>(k).fill(0);
  // printsAs decides a value far from the printed one without exact rounding, which keeps the
  // million pairs of a five-level search cheap.
  const prints = (computed: number, reported: Reported) => printsAs(computed, reported, rule);
  const tryPair = (group1: readonly number[]) => {
    examined++;
    // Mid-ranks from the pooled counts: level l occupies ranks below + 1 .. below + t_l.
    let below = 0;
    let rankSum1 = 0;
    for (let l = 0; l < k; l++) {
      const t = group1[l] + group2[l];
      rankSum1 += group1[l] * (below + (t + 1) / 2);
      below += t;
    }
    const rankSum2 = (below * (below + 1)) / 2 - rankSum1;
    if (rankSums && !(prints(rankSum1, rankSums[0]) && prints(rankSum2, rankSums[1]))) return;
    if (
      meanRanks && !(prints(rankSum1 / n1, meanRanks[0]) && prints(rankSum2 / n2, meanRanks[1]))
    ) {
      return;
    }
    const result = twoGroupTest(group1, group2, { convention, levels: codes });
    if (p && !printsAs(result.p, p, rule)) return;
    if (statistic && !printsAs(Math.abs(result.statistic), statistic, rule)) return;
    if (u && !printsAs(result.u, u, rule)) return;
    matches.push({ group1: [...group1], group2: [...group2], ...result });
  };
  const unlimited = { budget: Number.MAX_VALUE }; // already bounded above
  forEachComposition(n1, k, (group1) => {
    if (margins) {
      for (let l = 0; l < k; l++) {
        group2[l] = margins[l] - group1[l];
        if (group2[l] < 0) return;
      }
      tryPair(group1);
      return;
    }
    forEachComposition(n2, k, (g2) => {
      for (let l = 0; l < k; l++) group2[l] = g2[l];
      tryPair(group1);
    }, unlimited);
  }, unlimited);
  return { examined, matches };
}
