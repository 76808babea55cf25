/**
 * statcheck's core as one function: the p-value recomputed from a printed test statistic and
 * its degrees of freedom (t, F, r, chi-square, z), judged against the printed p at the printed
 * precision. The printed statistic is itself rounded, so the recomputed p is a range (the p at
 * both ends of the statistic's rounding interval); the printed p is consistent when some p in
 * that range prints as the printed p under a standard rounding rule (SPSS's or printf's), or
 * meets its printed bound ("< 0,05"). A "decision error" is an inconsistency that also moves p
 * across 0.05.
 *
 * @module
 */
import {
  parseReported,
  type Reported,
  reportedInterval,
  STANDARD_RULES,
} from "../printed/reported.ts";
import { chiSquareSf, normalSf, studentTSf } from "./distributions.ts";
import { fSf } from "./f_distribution.ts";
import { count, oneOf, positiveNumber } from "../_internal/validate.ts";
import type { NumericInterval } from "../printed/intervals.ts";

/** The statistics a printed result can report. */
export type StatisticKind = "t" | "F" | "chi2" | "z" | "r";

/** A printed test result, as strings exactly as printed. */
export interface PrintedTestResult {
  readonly test: StatisticKind;
  /** The statistic as printed ("2,31", "-3.1", "12.40"). */
  readonly statistic: string;
  /** df for t, chi2 and r (r: n − 2); the first df for F. Not used for z. */
  readonly df1?: number;
  /** The second df for F. */
  readonly df2?: number;
  /** The p as printed ("0,028", ".000", "< 0,05", "0.05"). */
  readonly p: string;
  /** 2 (default) or 1 for t, z and r; F and chi-square are always upper-tail. */
  readonly tails?: 1 | 2;
}

/** Verdict of {@link checkPrintedP}. */
export interface StatcheckResult {
  /** p recomputed at the statistic exactly as printed. */
  readonly computedP: number;
  /** The p range over the statistic's rounding interval { lo: smallest, hi: largest }. */
  readonly pRange: NumericInterval;
  /** Some p in the range prints as the printed p (or meets its bound). */
  readonly consistent: boolean;
  /** Inconsistent, and the printed p and the range fall on different sides of 0.05. */
  readonly decisionError: boolean;
  /** Inconsistent two-sided, consistent if the test was one-tailed (p halved). */
  readonly consistentOneTailed: boolean;
  /** One sentence: what was recomputed and why the verdict. */
  readonly note: string;
}

function pAt(test: StatisticKind, value: number, df1: number, df2: number, tails: number) {
  const a = Math.abs(value);
  switch (test) {
    case "t":
      return Math.min(1, tails * studentTSf(a, df1));
    case "z":
      return Math.min(1, tails * normalSf(a));
    case "r": {
      if (a >= 1) return 0;
      return Math.min(1, tails * studentTSf(a * Math.sqrt(df1 / (1 - a * a)), df1));
    }
    case "F":
      return fSf(Math.max(0, value), df1, df2);
    case "chi2":
      return chiSquareSf(Math.max(0, value), df1);
  }
}

/** Does any p in [lo, hi] print as `printed` (or meet its bound)? */
function rangePrints(lo: number, hi: number, printed: Reported): boolean {
  if (printed.bound !== null) {
    const v = printed.value;
    switch (printed.bound) {
      case "<":
        return lo < v;
      case "<=":
        return lo <= v;
      case ">":
        return hi > v;
      case ">=":
        return hi >= v;
    }
  }
  return STANDARD_RULES.some((rule) => {
    const i = reportedInterval(printed, rule);
    // Overlap of [lo, hi] with the printed interval, honouring open ends.
    const below = hi < i.lo || (hi === i.lo && !i.loClosed);
    const above = lo > i.hi || (lo === i.hi && !i.hiClosed);
    return !below && !above;
  });
}

/**
 * Recompute p from a printed statistic and judge the printed p.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // t(28) = 2,31: R 2 * pt(-2.31, 28) = 0.0285; printed "0,028" is consistent
 * const r = checkPrintedP({ test: "t", statistic: "2,31", df1: 28, p: "0,028" });
 * assert.equal(r.consistent, true);
 * assert.equal(checkPrintedP({ test: "t", statistic: "2,31", df1: 28, p: "0,28" }).consistent, false);
 * ```
 */
export function checkPrintedP(input: PrintedTestResult): StatcheckResult {
  const test = oneOf("test", input?.test, ["t", "F", "chi2", "z", "r"] as const);
  const tails = input.tails ?? 2;
  if (tails !== 1 && tails !== 2) throw new RangeError(`tails: expected 1 or 2, got ${tails}`);
  let df1 = 0;
  let df2 = 0;
  if (test !== "z") {
    df1 = test === "r" ? count("df1", input.df1, 1) : positiveNumber("df1", input.df1);
  }
  if (test === "F") df2 = positiveNumber("df2", input.df2);
  const statistic = parseReported(input.statistic);
  if (statistic.bound !== null || statistic.percent) {
    throw new RangeError(
      `statistic: expected a plain printed number, got "${input.statistic}"`,
    );
  }
  if ((test === "F" || test === "chi2") && statistic.value < 0) {
    throw new RangeError(`statistic: ${test} cannot be negative, got "${input.statistic}"`);
  }
  if (test === "r" && Math.abs(statistic.value) > 1) {
    throw new RangeError(`statistic: r must lie in [-1, 1], got "${input.statistic}"`);
  }
  const p = parseReported(input.p);
  if (p.value < 0 || p.value > 1 || p.percent) {
    throw new RangeError(`p: expected a printed probability, got "${input.p}"`);
  }
  // The statistic's rounding interval (hull over the standard rules), on the |statistic| scale.
  const ends = STANDARD_RULES.map((rule) => reportedInterval(statistic, rule));
  const lo = Math.min(...ends.map((e) => e.lo));
  const hi = Math.max(...ends.map((e) => e.hi));
  const absLo = lo <= 0 && hi >= 0 ? 0 : Math.min(Math.abs(lo), Math.abs(hi));
  const absHi = Math.max(Math.abs(lo), Math.abs(hi));
  const oneSidedScale = test === "F" || test === "chi2";
  // p falls as |statistic| grows, for every test here.
  const pMin = pAt(test, absHi, df1, df2, tails);
  const pMax = pAt(test, absLo, df1, df2, tails);
  const computedP = pAt(test, statistic.value, df1, df2, tails);
  const consistent = rangePrints(pMin, pMax, p);
  const consistentOneTailed = !consistent && tails === 2 && !oneSidedScale &&
    rangePrints(pMin / 2, pMax / 2, p);
  const printedSignificant = p.bound === "<" || p.bound === "<=" ? p.value <= 0.05 : p.value < 0.05;
  const decisionError = !consistent && (printedSignificant ? pMin >= 0.05 : pMax < 0.05);
  const label = test === "F"
    ? `F(${df1}, ${df2}) = ${input.statistic}`
    : test === "z"
    ? `z = ${input.statistic}`
    : `${test === "chi2" ? "χ²" : test}(${df1}) = ${input.statistic}`;
  const range = `${fmt(pMin)} to ${fmt(pMax)}`;
  const tailWords = oneSidedScale ? "upper tail" : tails === 1 ? "one-tailed" : "two-tailed";
  const note = consistent
    ? `${label} gives p ${range} (${tailWords}); ` +
      `"${input.p}" is within it at its printed precision`
    : `${label} gives p ${range} (${tailWords}); "${input.p}" is outside it at its printed ` +
      "precision" +
      (decisionError ? ", and on the other side of 0.05" : "") +
      (consistentOneTailed ? "; consistent if the test was one-tailed" : "");
  return {
    computedP,
    pRange: { lo: pMin, hi: pMax },
    consistent,
    decisionError,
    consistentOneTailed,
    note,
  };
}

function fmt(p: number): string {
  return p < 1e-4 ? p.toExponential(2) : p < 1e-3 ? p.toPrecision(3) : p.toFixed(4);
}
