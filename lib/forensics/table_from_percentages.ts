/**
 * A 2×2 table reconstructed from printed row counts and within-row percentages ("of the 20
 * mothers who had the massage, 15 (75%) ..."): every pair of cell counts whose shares print as
 * printed, with the chi-square and Fisher p of each, so a printed p can be judged against every
 * table the printed numbers allow.
 *
 * @module
 */
import { printsAs, type RoundingRule, STANDARD_RULES } from "../printed/reported.ts";
import { chiSquareTest } from "../stats/chi_square.ts";
import { count } from "../_internal/validate.ts";
import { printedValue, roundingRules } from "../printed/_arguments.ts";
import { forensicOptions } from "./_options.ts";
import type { PercentOptions } from "./percent_pairs.ts";

/** One printed row: its n and the printed percentage of its first column. */
export interface PrintedRow {
  readonly n: number;
  readonly percent: string;
}

/** One table the printed numbers allow. */
export interface ReconstructedTable {
  readonly table: [[number, number], [number, number]];
  /** The rules under which both printed percentages print from this table. */
  readonly rules: RoundingRule[];
  /** Pearson chi-square p (null when a margin is 0 and the test is undefined). */
  readonly pearsonP: number | null;
  /** Yates-corrected p. */
  readonly yatesP: number | null;
  /** Fisher's exact two-sided p. */
  readonly fisherP: number | null;
}

/**
 * Every 2×2 table [[a, n1 − a], [c, n2 − c]] whose first-column shares print as printed.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const tables = tablesFromPercentages([{ n: 20, percent: "75%" }, { n: 18, percent: "33,3%" }]);
 * assert.deepEqual(tables.map((t) => t.table), [[[15, 5], [6, 12]]]);
 * ```
 */
export function tablesFromPercentages(
  rows: readonly [PrintedRow, PrintedRow],
  options: PercentOptions = {},
): ReconstructedTable[] {
  forensicOptions("options", options, ["rounding"]);
  if (!Array.isArray(rows) || rows.length !== 2) {
    throw new RangeError(
      `rows: expected two printed rows, got ${Array.isArray(rows) ? rows.length : typeof rows}`,
    );
  }
  const rules = roundingRules("rounding", options.rounding ?? STANDARD_RULES);
  const checked = rows.map((r, i) => ({
    n: count(`rows[${i}].n`, r?.n, 1),
    percent: printedValue(`rows[${i}].percent`, r.percent),
  }));
  const candidates = checked.map((r) => {
    const byCount: { k: number; rules: RoundingRule[] }[] = [];
    for (let k = 0; k <= r.n; k++) {
      const ok = rules.filter((rule) => printsAs((100 * k) / r.n, r.percent, rule));
      if (ok.length > 0) byCount.push({ k, rules: ok });
    }
    return byCount;
  });
  const out: ReconstructedTable[] = [];
  for (const a of candidates[0]) {
    for (const c of candidates[1]) {
      const common = a.rules.filter((rule) => c.rules.includes(rule));
      if (common.length === 0) continue;
      const table: [[number, number], [number, number]] = [
        [a.k, checked[0].n - a.k],
        [c.k, checked[1].n - c.k],
      ];
      const defined = a.k + c.k > 0 && a.k + c.k < checked[0].n + checked[1].n;
      const chi = defined ? chiSquareTest(table) : null;
      out.push({
        table,
        rules: common,
        pearsonP: chi?.pearson.p ?? null,
        yatesP: chi?.continuityCorrection?.p ?? null,
        fisherP: chi?.fisher?.p ?? null,
      });
    }
  }
  return out;
}
