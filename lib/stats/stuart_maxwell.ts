/**
 * The Stuart-Maxwell test of marginal homogeneity for a k×k table of paired categories
 * (rows: the first measurement, columns: the second), the generalisation of McNemar's test
 * (which it equals, without continuity correction, for k = 2). R's coin::mh_test computes the
 * same statistic.
 *
 * @module
 */
import { chiSquareSf } from "./distributions.ts";
import { countTable } from "./fisher.ts";

/** Result of {@link stuartMaxwell}. */
export interface StuartMaxwellResult {
  readonly statistic: number;
  readonly df: number;
  readonly p: number;
  /**
   * Categories left out because nobody moved into or out of them (their row of S is 0, so
   * they carry no information and S would be singular); df counts the rest.
   */
  readonly droppedCategories: number[];
}

/**
 * Stuart-Maxwell X² = d'S⁻¹d on k − 1 df, d_i = row_i − column_i, S_ii = row_i + column_i −
 * 2 n_ii, S_ij = −(n_ij + n_ji).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // k = 2 is McNemar without correction: (6 − 1)² / (6 + 1)
 * assert.ok(Math.abs(stuartMaxwell([[5, 6], [1, 8]]).statistic - 25 / 7) < 1e-12);
 * ```
 */
export function stuartMaxwell(table: readonly (readonly number[])[]): StuartMaxwellResult {
  const full = countTable("table", table);
  if (full.length !== full[0].length) {
    throw new RangeError(
      `table: expected a square table (same categories twice), got ${full.length}×${
        full[0].length
      }`,
    );
  }
  const moved = (i: number) =>
    full.reduce((s, row, j) => s + (j === i ? 0 : row[i] + full[i][j]), 0);
  const kept = full.map((_, i) => i).filter((i) => moved(i) > 0);
  const droppedCategories = full.map((_, i) => i).filter((i) => moved(i) === 0);
  if (kept.length < 2) {
    throw new RangeError("table: no pair changed category, so marginal homogeneity is untestable");
  }
  const t = kept.map((i) => kept.map((j) => full[i][j]));
  const k = t.length;
  const rows = t.map((row) => row.reduce((s, v) => s + v, 0));
  const cols = t[0].map((_, j) => t.reduce((s, row) => s + row[j], 0));
  // Any k − 1 categories give the same statistic; drop the last.
  const m = k - 1;
  const d = Array.from({ length: m }, (_, i) => rows[i] - cols[i]);
  const s = Array.from(
    { length: m },
    (_, i) =>
      Array.from(
        { length: m },
        (_, j) => i === j ? rows[i] + cols[i] - 2 * t[i][i] : -(t[i][j] + t[j][i]),
      ),
  );
  const statistic = Math.max(0, dot(d, solve(s, d)));
  return { statistic, df: m, p: chiSquareSf(statistic, m), droppedCategories };
}

function dot(a: readonly number[], b: readonly number[]): number {
  return a.reduce((s, v, i) => s + v * b[i], 0);
}

/** Solve S x = b by Gaussian elimination with partial pivoting (S is small, k − 1 square). */
function solve(matrix: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = b.length;
  const a = matrix.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    if (Math.abs(a[pivot][col]) < 1e-12) {
      throw new RangeError("table: the covariance of the margins is singular");
    }
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let r = col + 1; r < n; r++) {
      const f = a[r][col] / a[col][col];
      for (let c = col; c <= n; c++) a[r][c] -= f * a[col][c];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let v = a[r][n];
    for (let c = r + 1; c < n; c++) v -= a[r][c] * x[c];
    x[r] = v / a[r][r];
  }
  return x;
}
