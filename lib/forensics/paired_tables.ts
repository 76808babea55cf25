/**
 * Paired categorical data printed only as margins: run the paper's test on every joint table
 * the margins allow, and say whether a claim of significance holds under all, some or none.
 *
 * @module
 */

import { pairedTableTest, type PairedTestName, type PairedTestOptions } from "./conventions.ts";
import { forEachJointTable, type JointTable } from "./joint_tables.ts";
import { finiteNumber, optionsObject } from "../_internal/validate.ts";
import type { NumericInterval } from "../printed/intervals.ts";

/** Options for testing every joint table: the test's options and a significance level. */
export interface PairedTableOptions extends PairedTestOptions {
  /** Significance level: p < alpha counts as significant (default 0.05). */
  alpha?: number;
}

/** One joint table and the test's result on it. */
export interface PairedTableResult {
  table: JointTable;
  statistic: number;
  p: number;
}

/** The range of p over every joint table the margins allow. */
export interface PairedTableRange {
  /** How many joint tables the margins allow. */
  tables: number;
  /** The smallest and largest p over the tables. */
  p: NumericInterval;
  /** The first table (in enumeration order) with the smallest / largest p. */
  tableAtMin: JointTable;
  tableAtMax: JointTable;
  /** Tables with p < alpha. */
  significantCount: number;
  /** Whether significance holds under every table, some, or none. */
  verdict: "all" | "some" | "none";
  alpha: number;
}

// A rank test on pairs depends only on how many pairs show each difference (McNemar: on the
// discordant cells), so equal signatures share one computation.
function signature(
  table: readonly (readonly number[])[],
  codes: readonly number[],
  test: PairedTestName,
): string {
  if (test === "mcnemar") return `${table[0][1]},${table[1][0]}`;
  const counts = new Map<number, number>();
  table.forEach((row, i) =>
    row.forEach((count, j) => {
      if (count > 0) {
        const d = codes[j] - codes[i];
        counts.set(d, (counts.get(d) ?? 0) + count);
      }
    })
  );
  return [...counts].sort((a, b) => a[0] - b[0]).map(([d, c]) => `${d}:${c}`).join(",");
}

/**
 * A memoised runner of a paired test on tables, sharing results between tables whose
 * differences are the same multiset.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const run = pairedTestRunner({ test: "wilcoxon", convention: "spss" });
 * // R: 2 * pnorm(-7 / sqrt(7)) = 0.008150972 (SPSS's Z for 0/1 data is (b - c) / sqrt(b + c))
 * assert.ok(Math.abs(run([[5, 7], [0, 8]]).p - 0.008150972) < 1e-9);
 * ```
 */
export function pairedTestRunner(
  options: PairedTestOptions = {},
): (table: readonly (readonly number[])[]) => { statistic: number; p: number } {
  optionsObject("options", options, ["test", "convention", "levels"]);
  const { test = "wilcoxon", convention = "spss", levels } = options;
  const cache = new Map<string, { statistic: number; p: number }>();
  return (table) => {
    const codes = levels ?? table.map((_, i) => i);
    const key = signature(table, codes, test);
    let result = cache.get(key);
    if (!result) {
      result = pairedTableTest(table, { test, convention, levels: codes });
      cache.set(key, result);
    }
    return result;
  };
}

/**
 * The paper's test on every joint table with the given margins (rows = before counts,
 * columns = after counts), in the order of `jointTables`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const ps = pairedTableTests([12, 8], [5, 15], { test: "mcnemar" }).map((r) => r.p);
 * assert.equal(ps.length, 6);
 * assert.ok(Math.abs(ps[5] - 0.015625) < 1e-12); // 7 of 7 discordant pairs one way: 2 / 2^7
 * ```
 */
export function pairedTableTests(
  rowMargins: readonly number[],
  colMargins: readonly number[],
  options: PairedTableOptions = {},
): PairedTableResult[] {
  optionsObject("options", options, ["test", "convention", "levels", "alpha"]);
  const { alpha: _, ...testOptions } = options; // alpha plays no part in listing the p's
  const run = pairedTestRunner(testOptions);
  const out: PairedTableResult[] = [];
  forEachJointTable(rowMargins, colMargins, (table) => {
    const { statistic, p } = run(table);
    out.push({ table: table.map((row) => [...row]), statistic, p });
  });
  return out;
}

/**
 * The range of the paper's p over every pairing the margins allow, and whether a claim of
 * significance (p < alpha) holds under all, some or none of them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const range = pairedTableRange([12, 8], [5, 15], { test: "wilcoxon" });
 * assert.equal(range.tables, 6);
 * // Z = (b - c) / sqrt(b + c) with b - c = 7 in every table, b + c from 7 to 17:
 * // R: 2 * pnorm(-7 / sqrt(7)) = 0.008150972; 2 * pnorm(-7 / sqrt(17)) = 0.08955507
 * assert.ok(Math.abs(range.p.lo - 0.008150972) < 1e-9 && Math.abs(range.p.hi - 0.08955507) < 1e-8);
 * ```
 */
export function pairedTableRange(
  rowMargins: readonly number[],
  colMargins: readonly number[],
  options: PairedTableOptions = {},
): PairedTableRange {
  optionsObject("options", options, ["test", "convention", "levels", "alpha"]);
  const { alpha: _, ...testOptions } = options;
  const alpha = finiteNumber("alpha", options.alpha ?? 0.05, {
    min: 0,
    max: 1,
    minOpen: true,
    maxOpen: true,
  });
  const run = pairedTestRunner(testOptions);
  let tables = 0;
  let pMin = Infinity;
  let pMax = -Infinity;
  let tableAtMin: JointTable = [];
  let tableAtMax: JointTable = [];
  let significantCount = 0;
  forEachJointTable(rowMargins, colMargins, (table) => {
    const { p } = run(table);
    tables++;
    if (p < alpha) significantCount++;
    if (p < pMin) {
      pMin = p;
      tableAtMin = table.map((row) => [...row]);
    }
    if (p > pMax) {
      pMax = p;
      tableAtMax = table.map((row) => [...row]);
    }
  });
  const verdict = significantCount === tables ? "all" : significantCount === 0 ? "none" : "some";
  return {
    tables,
    p: { lo: pMin, hi: pMax },
    tableAtMin,
    tableAtMax,
    significantCount,
    verdict,
    alpha,
  };
}
