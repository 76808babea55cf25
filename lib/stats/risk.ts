/**
 * SPSS's "Risk Estimate" table for a 2×2 table [[a, b], [c, d]] (rows: exposure, columns:
 * outcome): the Odds Ratio for the row variable (a·d)/(b·c) and the two "For cohort" risk
 * ratios, each with its 95 % interval on the log scale (Woolf for the odds ratio, Katz for
 * the risk ratio), and N of Valid Cases. SciPy's `odds_ratio(kind="sample")` and
 * `relative_risk` give the same intervals.
 *
 * @module
 */
import { normalQuantile } from "./distributions.ts";
import { countTable } from "./fisher.ts";
import { boolean, confidenceLevel } from "../_internal/validate.ts";
import type { NumericInterval } from "../printed/intervals.ts";

/** A ratio with its confidence interval. */
export interface RatioEstimate {
  readonly value: number;
  readonly ci: NumericInterval;
  /** Standard error of the log ratio. */
  readonly seLog: number;
}

/** Result of {@link riskEstimate}. */
export interface RiskEstimateResult {
  /** "Odds Ratio for ROW": (a·d)/(b·c). */
  readonly oddsRatio: RatioEstimate;
  /** "For cohort COLUMN = first": (a/(a+b)) / (c/(c+d)). */
  readonly cohortColumn1: RatioEstimate;
  /** "For cohort COLUMN = second": (b/(a+b)) / (d/(c+d)). */
  readonly cohortColumn2: RatioEstimate;
  readonly n: number;
  /** Whether 0.5 was added to every cell (only on request, when a cell is 0). */
  readonly haldane: boolean;
}

/** Options for {@link riskEstimate}. */
export interface RiskEstimateOptions {
  readonly confidence?: number;
  /**
   * Add 0.5 to every cell when one is 0 (Haldane-Anscombe). SPSS prints no Risk Estimate
   * then; without this option a zero cell is an error.
   */
  readonly haldane?: boolean;
}

/**
 * The Risk Estimate table of a 2×2 table.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = riskEstimate([[12, 5], [7, 14]]);
 * assert.ok(Math.abs(r.oddsRatio.value - 168 / 35) < 1e-12);
 * // R: exp(log(4.8) + c(-1, 1) * qnorm(0.975) * sqrt(1/12 + 1/5 + 1/7 + 1/14))
 * assert.ok(Math.abs(r.oddsRatio.ci.lo - 1.204441293) < 1e-9);
 * ```
 */
export function riskEstimate(
  table: readonly (readonly number[])[],
  options: RiskEstimateOptions = {},
): RiskEstimateResult {
  const t = countTable("table", table);
  if (t.length !== 2 || t[0].length !== 2) {
    throw new RangeError(
      `table: expected a 2×2 table [[a, b], [c, d]], got ${t.length}×${t[0].length}`,
    );
  }
  const confidence = confidenceLevel("confidence", options.confidence ?? 0.95);
  const haldane = boolean("haldane", options.haldane ?? false);
  let [[a, b], [c, d]] = t;
  const n = a + b + c + d;
  const hasZero = a === 0 || b === 0 || c === 0 || d === 0;
  if (hasZero && !haldane) {
    throw new RangeError(
      `table: a cell is 0 ([[${a}, ${b}], [${c}, ${d}]]), so a log-scale interval is undefined ` +
        "(SPSS prints no Risk Estimate); pass { haldane: true } to add 0.5 to every cell",
    );
  }
  const applied = hasZero && haldane;
  if (applied) [a, b, c, d] = [a + 0.5, b + 0.5, c + 0.5, d + 0.5];
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const ratio = (value: number, seLog: number): RatioEstimate => ({
    value,
    seLog,
    ci: {
      lo: Math.exp(Math.log(value) - z * seLog),
      hi: Math.exp(Math.log(value) + z * seLog),
    },
  });
  return {
    oddsRatio: ratio((a * d) / (b * c), Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d)),
    cohortColumn1: ratio(
      (a / (a + b)) / (c / (c + d)),
      Math.sqrt(1 / a - 1 / (a + b) + 1 / c - 1 / (c + d)),
    ),
    cohortColumn2: ratio(
      (b / (a + b)) / (d / (c + d)),
      Math.sqrt(1 / b - 1 / (a + b) + 1 / d - 1 / (c + d)),
    ),
    n,
    haldane: applied,
  };
}
