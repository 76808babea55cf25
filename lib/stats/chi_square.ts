/**
 * The chi-square test of independence for an r×c table, as SPSS's "Chi-Square Tests" table
 * prints it: Pearson Chi-Square, Continuity Correction (Yates; 2×2 only), Likelihood Ratio,
 * Fisher's Exact Test (2×2 by default in SPSS; r×c here on request), Linear-by-Linear
 * Association and N of Valid Cases, with the footnote "n cells (x%) have expected count less
 * than 5. The minimum expected count is y."
 *
 * @module
 */
import { chiSquareSf } from "./distributions.ts";
import { countTable, fisherExact, fisherExactRxC } from "./fisher.ts";
import { boolean, count, finiteArray, finiteNumber, optionsObject } from "../_internal/validate.ts";

/** One row of the table: a statistic, its df and its asymptotic two-sided p. */
export interface ChiSquareRow {
  readonly value: number;
  readonly df: number;
  readonly p: number;
}

/** Result of {@link chiSquareTest}. */
export interface ChiSquareResult {
  /** Pearson's X² = Σ (O − E)² / E, as R's `chisq.test(t, correct = FALSE)`. */
  readonly pearson: ChiSquareRow;
  /** Yates' continuity correction (2×2 only, else null), as R's `chisq.test(t)`. */
  readonly continuityCorrection: ChiSquareRow | null;
  /** G² = 2 Σ O ln(O / E). */
  readonly likelihoodRatio: ChiSquareRow;
  /** (N − 1) r² with the given row and column scores (default 1, 2, ...), 1 df. */
  readonly linearByLinear: ChiSquareRow;
  /** Fisher's exact p (two-sided) and, for 2×2, the one-sided p in the observed direction. */
  readonly fisher: { readonly p: number; readonly oneSided: number | null } | null;
  /** N of Valid Cases. */
  readonly n: number;
  readonly expected: number[][];
  /** Cells with expected count below 5, their share in percent, and the smallest expected. */
  readonly cellsBelow5: number;
  readonly percentBelow5: number;
  readonly minExpected: number;
  /**
   * Cochran's rule, which SPSS's footnote invites the reader to apply: no expected count
   * below 1 and at most 20 % below 5. When false, the asymptotic p is not trustworthy.
   */
  readonly expectedCountRuleMet: boolean;
  /** SPSS's footnote, in its own words (English output, dot decimals). */
  readonly footnote: string;
}

/** Options for {@link chiSquareTest}. */
export interface ChiSquareOptions {
  /** Compute Fisher's exact p (default: only for 2×2, as SPSS does). */
  readonly fisher?: boolean;
  /** Scores for the rows in linear-by-linear association (default 1..r). */
  readonly rowScores?: readonly number[];
  /** Scores for the columns (default 1..c). */
  readonly columnScores?: readonly number[];
  /** Largest grand total N for Fisher's exact p (default 1e7; see {@link fisherExact}). */
  readonly maxN?: number;
}

/** Largest |score|: beyond it the weighted sums of squared score deviations can overflow. */
const MAX_SCORE = 1e50;

/**
 * Chi-square tests of independence on a table of counts (rows × columns), as SPSS prints
 * them, with R's and SciPy's conventions where they agree (Yates: |O − E| reduced by
 * min(0.5, |O − E|), as R and SciPy do).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = chiSquareTest([[12, 5], [7, 14]]);
 * // R: chisq.test(matrix(c(12, 5, 7, 14), 2, byrow = TRUE), correct = FALSE)$statistic
 * assert.ok(Math.abs(r.pearson.value - 5.215686274509804) < 1e-12);
 * assert.equal(r.cellsBelow5, 0);
 * ```
 */
export function chiSquareTest(
  table: readonly (readonly number[])[],
  options?: ChiSquareOptions,
): ChiSquareResult {
  const t = countTable("table", table);
  const given = optionsObject("options", options, ["fisher", "rowScores", "columnScores", "maxN"]);
  const maxN = given.maxN === undefined ? undefined : count("maxN", given.maxN);
  const r = t.length;
  const c = t[0].length;
  const rows = t.map((row) => row.reduce((s, v) => s + v, 0));
  const cols = t[0].map((_, j) => t.reduce((s, row) => s + row[j], 0));
  const n = rows.reduce((s, v) => s + v, 0);
  rows.forEach((v, i) => {
    if (v === 0) throw new RangeError(`table: row ${i} has no counts (expected counts would be 0)`);
  });
  cols.forEach((v, j) => {
    if (v === 0) {
      throw new RangeError(`table: column ${j} has no counts (expected counts would be 0)`);
    }
  });
  const rowScores = scores("rowScores", given.rowScores, r);
  const colScores = scores("columnScores", given.columnScores, c);
  const wantFisher = given.fisher === undefined ? r === 2 && c === 2 : boolean(
    "fisher",
    given.fisher,
  );
  const df = (r - 1) * (c - 1);
  const expected = t.map((_, i) => cols.map((cj) => (rows[i] * cj) / n));
  let pearson = 0;
  let yates = 0;
  let g = 0;
  let below5 = 0;
  let below1 = 0;
  let minExpected = Infinity;
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      const o = t[i][j];
      const e = expected[i][j];
      const dev = Math.abs(o - e);
      pearson += (dev * dev) / e;
      const reduced = dev - Math.min(0.5, dev);
      yates += (reduced * reduced) / e;
      if (o > 0) g += o * Math.log(o / e);
      if (e < 5) below5++;
      if (e < 1) below1++;
      minExpected = Math.min(minExpected, e);
    }
  }
  g *= 2;
  const row = (value: number, d: number): ChiSquareRow => ({
    value,
    df: d,
    p: chiSquareSf(Math.max(0, value), d),
  });
  const cells = r * c;
  const percentBelow5 = (100 * below5) / cells;
  let fisher: ChiSquareResult["fisher"] = null;
  if (wantFisher) {
    if (r === 2 && c === 2) {
      const square = [[t[0][0], t[0][1]], [t[1][0], t[1][1]]] as [
        [number, number],
        [number, number],
      ];
      const less = fisherExact(square, { alternative: "less", maxN }).p;
      const greater = fisherExact(square, { alternative: "greater", maxN }).p;
      fisher = { p: fisherExact(square, { maxN }).p, oneSided: Math.min(less, greater) };
    } else {
      fisher = { p: fisherExactRxC(t, { maxN }).p, oneSided: null };
    }
  }
  return {
    pearson: row(pearson, df),
    continuityCorrection: r === 2 && c === 2 ? row(yates, 1) : null,
    likelihoodRatio: row(g, df),
    linearByLinear: row(linearByLinear(t, rowScores, colScores, n), 1),
    fisher,
    n,
    expected,
    cellsBelow5: below5,
    percentBelow5,
    minExpected,
    expectedCountRuleMet: below1 === 0 && percentBelow5 <= 20,
    footnote: `${below5} cells (${percentBelow5.toFixed(1)}%) have expected count less than 5. ` +
      `The minimum expected count is ${minExpected.toFixed(2)}.`,
  };
}

function scores(name: string, given: readonly number[] | undefined, length: number): number[] {
  if (given === undefined) return Array.from({ length }, (_, i) => i + 1);
  const checked = finiteArray(name, given, { minLength: length, maxLength: length });
  checked.forEach((s, i) => finiteNumber(`${name}[${i}]`, s, { min: -MAX_SCORE, max: MAX_SCORE }));
  return checked;
}

/** (N − 1) r², r the Pearson correlation of row and column scores weighted by the counts. */
function linearByLinear(
  t: readonly (readonly number[])[],
  u: readonly number[],
  v: readonly number[],
  n: number,
): number {
  let mu = 0;
  let mv = 0;
  t.forEach((row, i) => row.forEach((o, j) => (mu += o * u[i], mv += o * v[j])));
  mu /= n;
  mv /= n;
  let suu = 0;
  let svv = 0;
  let suv = 0;
  t.forEach((row, i) =>
    row.forEach((o, j) => {
      suu += o * (u[i] - mu) ** 2;
      svv += o * (v[j] - mv) ** 2;
      suv += o * (u[i] - mu) * (v[j] - mv);
    })
  );
  // Constant scores leave r undefined (reported as 0). Scores that differ by less than
  // about 1e-154 square to nothing: refused rather than reported as no association.
  const spread = "scores whose squared differences do not underflow, got a spread of 0";
  if (suu === 0 && new Set(u).size > 1) throw new RangeError(`rowScores: expected ${spread}`);
  if (svv === 0 && new Set(v).size > 1) throw new RangeError(`columnScores: expected ${spread}`);
  if (!(suu > 0 && svv > 0)) return 0;
  const statistic = ((n - 1) * suv * suv) / (suu * svv);
  if (!Number.isFinite(statistic)) {
    throw new RangeError(
      "rowScores, columnScores: expected scores whose products stay within double range, " +
        `got a statistic of ${statistic}`,
    );
  }
  return statistic;
}
