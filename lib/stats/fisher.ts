/**
 * Fisher's exact test: the 2×2 test (with its one-sided alternatives) and the r×c test SPSS
 * prints as "Fisher's Exact Test" under Exact... and R as `fisher.test(table)`. Both condition
 * on the margins; the two-sided p sums every table no more probable than the observed one
 * (within a relative 1e-7, as R does, so tables of equal probability are not lost to rounding).
 *
 * @module
 */
import { clampProbability, count, fail, optionsObject } from "../_internal/validate.ts";
import { type Alternative, alternativeOption } from "./alternative.ts";

/** Result of {@link fisherExact}. */
export interface FisherExactResult {
  readonly p: number;
  /**
   * Sample odds ratio (a·d)/(b·c): Infinity when only b·c is 0, 0 when only a·d is 0, and
   * null when both are 0 (undefined). R's `fisher.test` reports the conditional MLE
   * instead, which is closer to 1 in small tables.
   */
  readonly oddsRatio: number | null;
}

/** log k! for k = 0..n, as a cumulative sum (exact enough: each term is one log). */
function logFactorialTable(n: number): Float64Array {
  const table = new Float64Array(n + 1);
  for (let k = 2; k <= n; k++) table[k] = table[k - 1] + Math.log(k);
  return table;
}

/** Default largest grand total N: the log-factorial table has N + 1 cells (80 MB at 1e7). */
const DEFAULT_MAX_N = 1e7;

/** The table's grand total, refused (named) before any allocation when above `maxN`. */
function grandTotal(counts: readonly number[], maxN: number): number {
  const n = counts.reduce((s, v) => s + v, 0);
  if (n > maxN) {
    throw new RangeError(
      `table: expected a grand total N <= ${maxN} (the log-factorial table has N + 1 cells; ` +
        `raise the maxN option to allow more), got N = ${n}`,
    );
  }
  return n;
}

// Tables whose probability is within this relative distance of the observed one count as
// "no more probable" (R's fisher.test uses the same 1e-7).
const RELATIVE_TIE = 1 + 1e-7;

/** Options for {@link fisherExact}. */
export interface FisherExactOptions {
  /** "two-sided" (default), "less" or "greater": the alternative for the odds ratio. */
  readonly alternative?: Alternative;
  /** Largest grand total N accepted (default 1e7), as the work grows with N. */
  readonly maxN?: number;
}

/**
 * Fisher's exact test on [[a, b], [c, d]] as R's `fisher.test`: two-sided p sums the
 * tables no more probable than the observed one; "less" and "greater" are the tails of a
 * (odds ratio < 1 or > 1).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // R: fisher.test(matrix(c(3, 1, 1, 3), 2))$p.value
 * assert.ok(Math.abs(fisherExact([[3, 1], [1, 3]]).p - 0.4857142857142857) < 1e-15);
 * ```
 */
export function fisherExact(
  table: readonly [readonly [number, number], readonly [number, number]],
  options?: FisherExactOptions,
): FisherExactResult {
  if (
    !Array.isArray(table) || table.length !== 2 ||
    !table.every((r) => Array.isArray(r) && r.length === 2)
  ) {
    fail("type", "table", "a 2×2 array [[a, b], [c, d]]", table);
  }
  const a = count("table[0][0]", table[0][0]);
  const b = count("table[0][1]", table[0][1]);
  const c = count("table[1][0]", table[1][0]);
  const d = count("table[1][1]", table[1][1]);
  const given = optionsObject("options", options, ["alternative", "maxN"]);
  const alternative = alternativeOption(given.alternative);
  grandTotal([a, b, c, d], count("maxN", given.maxN ?? DEFAULT_MAX_N));
  const m = a + b; // row 1 total
  const nRest = c + d; // row 2 total
  const k = a + c; // column 1 total
  const lo = Math.max(0, k - nRest);
  const hi = Math.min(k, m);
  const lf = logFactorialTable(m + nRest);
  const logDensity: number[] = [];
  for (let x = lo; x <= hi; x++) {
    logDensity.push(lf[m] - lf[x] - lf[m - x] + lf[nRest] - lf[k - x] - lf[nRest - k + x]);
  }
  // A loop, not Math.max(...): spreading millions of arguments overflows the stack.
  let top = -Infinity;
  for (const l of logDensity) if (l > top) top = l;
  const dens = logDensity.map((l) => Math.exp(l - top));
  const total = dens.reduce((s, v) => s + v, 0);
  const prob = dens.map((v) => v / total);
  let p = 0;
  if (alternative === "less") {
    for (let x = lo; x <= a; x++) p += prob[x - lo];
  } else if (alternative === "greater") {
    for (let x = a; x <= hi; x++) p += prob[x - lo];
  } else {
    const threshold = prob[a - lo] * RELATIVE_TIE;
    for (const q of prob) if (q <= threshold) p += q;
  }
  const ad = a * d;
  const bc = b * c;
  const oddsRatio = bc === 0 ? (ad === 0 ? null : Infinity) : ad / bc;
  return { p: clampProbability(p), oddsRatio };
}

/** Largest r×c table {@link fisherExactRxC} enumerates (its recursion is one level a cell). */
const MAX_RXC_CELLS = 1024;

/** Result of {@link fisherExactRxC}. */
export interface FisherRxCResult {
  /** Two-sided p: the probability of every table with these margins no more probable. */
  readonly p: number;
  /** How many tables with the observed margins were enumerated. */
  readonly tables: number;
}

/** Options for {@link fisherExactRxC}. */
export interface FisherRxCOptions {
  /** Stop with an error after this many tables (default 5e7), rather than run for hours. */
  readonly maxTables?: number;
  /** Largest grand total N accepted (default 1e7): the log-factorial table has N + 1 cells. */
  readonly maxN?: number;
}

/**
 * Validate a contingency table of counts: at least `minRows`×`minCols`, rectangular, whole
 * non-negative counts. Returns a copy.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(countTable("table", [[1, 2], [3, 4]]), [[1, 2], [3, 4]]);
 * ```
 */
export function countTable(
  name: string,
  table: unknown,
  minRows = 2,
  minCols = 2,
): number[][] {
  // The name heads every message, so it must read as one ("table", "rows[2]").
  if (typeof name !== "string" || !/^[A-Za-z_$][\w$.[\]]*$/.test(name)) {
    fail("type", "name", "an argument name", name);
  }
  count("minRows", minRows, 1);
  count("minCols", minCols, 1);
  if (!Array.isArray(table) || table.length < minRows || !Array.isArray(table[0])) {
    throw new TypeError(
      `${name}: expected an array of at least ${minRows} rows of counts, got ${
        Array.isArray(table) ? `${table.length} row(s)` : typeof table
      }`,
    );
  }
  const width = (table[0] as unknown[]).length;
  if (width < minCols) {
    throw new RangeError(`${name}: expected at least ${minCols} columns, got ${width}`);
  }
  return table.map((row, i) => {
    if (!Array.isArray(row) || row.length !== width) {
      throw new RangeError(
        `${name}: expected every row to have ${width} counts, row ${i} has ${
          Array.isArray(row) ? row.length : typeof row
        }`,
      );
    }
    return row.map((v, j) => count(`${name}[${i}][${j}]`, v));
  });
}

/**
 * Fisher's exact test for an r×c table (R's `fisher.test(table)`), by enumerating every
 * table with the observed margins. Exact and simple; the number of tables grows quickly with
 * N and the table's size, so `maxTables` guards against a silent hour-long run; tables of
 * more than 1024 cells, or N above `maxN` (default 1e7), are refused up front.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // R: fisher.test(matrix(c(3, 1, 4, 1, 5, 2), 2, byrow = TRUE))$p.value
 * assert.ok(Math.abs(fisherExactRxC([[3, 1, 4], [1, 5, 2]]).p - 0.2307692307692) < 1e-12);
 * ```
 */
export function fisherExactRxC(
  table: readonly (readonly number[])[],
  options?: FisherRxCOptions,
): FisherRxCResult {
  const t = countTable("table", table);
  const given = optionsObject("options", options, ["maxTables", "maxN"]);
  const maxTables = count("maxTables", given.maxTables ?? 5e7, 1);
  const n = grandTotal(t.flat(), count("maxN", given.maxN ?? DEFAULT_MAX_N));
  // The enumeration recurses once per cell: past a few thousand cells the stack overflows
  // (and no such table has an enumerable set of tables anyway).
  if (t.length * t[0].length > MAX_RXC_CELLS) {
    throw new RangeError(
      `table: expected at most ${MAX_RXC_CELLS} cells (rows × columns), got ` +
        `${t.length} × ${t[0].length}`,
    );
  }
  const rows = t.map((r) => r.reduce((s, v) => s + v, 0));
  const cols = t[0].map((_, j) => t.reduce((s, r) => s + r[j], 0));
  const lf = logFactorialTable(n);
  // log P(table) = Σ log r_i! + Σ log c_j! − log N! − Σ log x_ij!; only the last term varies.
  const logCellsObserved = t.flat().reduce((s, v) => s + lf[v], 0);
  const constant = rows.reduce((s, v) => s + lf[v], 0) + cols.reduce((s, v) => s + lf[v], 0) -
    lf[n];
  const threshold = Math.exp(constant - logCellsObserved) * RELATIVE_TIE;
  const r = rows.length;
  const c = cols.length;
  const rowLeft = [...rows];
  let p = 0;
  let tables = 0;
  // Fill column by column, each column top to bottom; the last row of a column and the last
  // column are forced by the margins.
  const fill = (j: number, i: number, colLeft: number, logCells: number): void => {
    if (j === c - 1) {
      let last = logCells;
      for (let k = 0; k < r; k++) last += lf[rowLeft[k]];
      tables++;
      if (tables > maxTables) {
        throw new RangeError(
          `table: more than ${maxTables} tables share these margins; raise maxTables or use ` +
            `the chi-square test`,
        );
      }
      const prob = Math.exp(constant - last);
      if (prob <= threshold) p += prob;
      return;
    }
    if (i === r - 1) {
      if (colLeft > rowLeft[i]) return;
      rowLeft[i] -= colLeft;
      fill(j + 1, 0, cols[j + 1], logCells + lf[colLeft]);
      rowLeft[i] += colLeft;
      return;
    }
    // What the rows below can still absorb bounds this cell from below.
    let below = 0;
    for (let k = i + 1; k < r; k++) below += rowLeft[k];
    const hi = Math.min(rowLeft[i], colLeft);
    for (let v = Math.max(0, colLeft - below); v <= hi; v++) {
      rowLeft[i] -= v;
      fill(j, i + 1, colLeft - v, logCells + lf[v]);
      rowLeft[i] += v;
    }
  };
  fill(0, 0, cols[0], 0);
  return { p: clampProbability(p), tables };
}
