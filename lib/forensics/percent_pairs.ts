/**
 * "n (x%)" pairs against a stated n, and, when a paragraph names no n, the denominators that
 * make every printed percentage print as printed. A percentage is judged at its printed
 * precision under the standard rounding rules (SPSS's and printf's); one rule must serve the
 * whole paragraph, as a paper's software rounds every number the same way.
 *
 * @module
 */
import { printsAs, type RoundingRule, STANDARD_RULES } from "../printed/reported.ts";
import { count, wholeInterval } from "../_internal/validate.ts";
import { printedValue, roundingRules } from "../printed/_arguments.ts";
import { forensicOptions } from "./_options.ts";
import type { NumericInterval } from "../printed/intervals.ts";

/** Options for the percentage checks. */
export interface PercentOptions {
  /** The rounding rule or rules a paper may have used (default: the standard spss and printf). */
  readonly rounding?: RoundingRule | readonly RoundingRule[];
}

/** Verdict of {@link checkPercentPair}. */
export interface PercentPairCheck {
  /** 100·count/n. */
  readonly computed: number;
  /** The rules under which the computed share prints as printed. */
  readonly rules: RoundingRule[];
  readonly consistent: boolean;
  /** The counts out of n whose share prints as printed (empty: no count can). */
  readonly countsThatPrint: number[];
}

/** The counts k in 0..n whose share 100·k/n prints as `percent` under one of `rules`. */
function countsPrinting(percent: string, n: number, rules: readonly RoundingRule[]): number[] {
  const p = printedValue("percent", percent);
  // Only counts near the printed share can print as it: search ±1 unit of the last digit.
  const centre = (p.value * n) / 100;
  const slack = (n * 10 ** -p.decimals) / 100 + 1;
  const out: number[] = [];
  for (let k = Math.max(0, Math.floor(centre - slack)); k <= Math.min(n, centre + slack); k++) {
    if (rules.some((rule) => printsAs((100 * k) / n, p, rule))) out.push(k);
  }
  return out;
}

/**
 * Does "count (percent)" print from the stated n?
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // 7 of 30 is 23.33...%: prints as "23,3%", not as "23,4%"
 * assert.equal(checkPercentPair(7, "23,3%", 30).consistent, true);
 * assert.deepEqual(checkPercentPair(7, "23,4%", 30).countsThatPrint, []);
 * ```
 */
export function checkPercentPair(
  k: number,
  percent: string,
  n: number,
  options: PercentOptions = {},
): PercentPairCheck {
  forensicOptions("options", options, ["rounding"]);
  count("n", n, 1);
  count("count", k);
  if (k > n) throw new RangeError(`count: expected at most n = ${n}, got ${k}`);
  const rules = roundingRules("rounding", options.rounding ?? STANDARD_RULES);
  const p = printedValue("percent", percent);
  const computed = (100 * k) / n;
  const passing = rules.filter((rule) => printsAs(computed, p, rule));
  return {
    computed,
    rules: passing,
    consistent: passing.length > 0,
    countsThatPrint: countsPrinting(percent, n, rules),
  };
}

/** One printed percentage of a paragraph, with its count when the paper printed one. */
export interface PrintedShare {
  readonly percent: string;
  readonly count?: number;
}

/** Result of {@link denominatorsThatPrint}. */
export interface DenominatorSearch {
  /** Every n in the searched range for which each share prints (under one common rule). */
  readonly denominators: number[];
  /** For each n found, the rules that serve every share. */
  readonly rulesByDenominator: Record<number, RoundingRule[]>;
  /** The denominators searched (the `range` given). */
  readonly searched: NumericInterval;
}

/**
 * The denominators n in `range` (`{ lo, hi }`, whole numbers) that make every percentage of a paragraph print as
 * printed: with a printed count, 100·count/n must print as the percentage; without one, some
 * whole count out of n must. One rounding rule must serve every share.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = denominatorsThatPrint([{ count: 7, percent: "23,3%" }, { percent: "40,0%" }], {
 *   lo: 1,
 *   hi: 40,
 * });
 * assert.deepEqual(r.denominators, [30]);
 * ```
 */
export function denominatorsThatPrint(
  shares: readonly PrintedShare[],
  range: NumericInterval,
  options: PercentOptions = {},
): DenominatorSearch {
  const { lo: min, hi: max } = wholeInterval("range", range, { min: 1 });
  forensicOptions("options", options, ["rounding"]);
  if (!Array.isArray(shares) || shares.length === 0) {
    throw new RangeError(`shares: expected at least one printed percentage, got ${shares}`);
  }
  if (max - min > 1e6) {
    throw new RangeError(`range.hi: expected at most 1e6 above range.lo, got ${max - min}`);
  }
  const rules = roundingRules("rounding", options.rounding ?? STANDARD_RULES);
  shares.forEach((s, i) => {
    printedValue(`shares[${i}].percent`, s?.percent);
    if (s.count !== undefined) count(`shares[${i}].count`, s.count);
  });
  const denominators: number[] = [];
  const rulesByDenominator: Record<number, RoundingRule[]> = {};
  for (let n = min; n <= max; n++) {
    const serving = rules.filter((rule) =>
      shares.every((s) =>
        s.count !== undefined
          ? s.count <= n && printsAs((100 * s.count) / n, s.percent, rule)
          : countsPrinting(s.percent, n, [rule]).length > 0
      )
    );
    if (serving.length > 0) {
      denominators.push(n);
      rulesByDenominator[n] = serving;
    }
  }
  return { denominators, rulesByDenominator, searched: { lo: min, hi: max } };
}
