/**
 * An odds ratio against its own confidence interval. A Wald interval is symmetric on the log
 * scale, so the printed OR should be the geometric midpoint √(lower·upper) of its printed
 * limits, and the interval implies a p: z = ln(OR)/SE with SE = (ln upper − ln lower)/(2·1.96).
 * Every printed number is an interval of true values (its rounding), so both checks work on
 * ranges: a mismatch means no rounding of the printed numbers reconciles them.
 *
 * @module
 */
import {
  type PrintedInterval,
  printsAs,
  type Reported,
  reportedInterval,
  STANDARD_RULES,
} from "../printed/reported.ts";
import { normalQuantile, normalSf } from "../stats/distributions.ts";
import { confidenceLevel } from "../_internal/validate.ts";
import { printedValue } from "../printed/_arguments.ts";
import { intervalHull, type NumericInterval } from "../printed/intervals.ts";

/** A printed odds ratio with its interval (and p when printed), as strings. */
export interface PrintedOddsRatio {
  readonly or: string;
  readonly lower: string;
  readonly upper: string;
  readonly p?: string;
  /** Confidence level of the printed interval (default 0.95). */
  readonly confidence?: number;
}

/** Verdict of {@link checkOddsRatioCI}. */
export interface OddsRatioCICheck {
  /** The range of √(lower·upper) over the limits' rounding intervals. */
  readonly midpointRange: NumericInterval;
  /** Whether the printed OR can be that midpoint. */
  readonly midpointConsistent: boolean;
  /** The range of the p the interval implies (over every rounding of OR and limits). */
  readonly impliedPRange: NumericInterval;
  /** Whether the printed p lies in that range at its precision (null when no p printed). */
  readonly pConsistent: boolean | null;
  /**
   * Whether the interval and the printed p agree about 0.05 (excludes 1 ⇔ p < 0.05); null when
   * no p is printed or a rounded limit or p could lie on either side.
   */
  readonly significanceAgrees: boolean | null;
  readonly note: string;
}

// What a printed number stands for under any standard rule: the hull of their intervals.
function hull(printed: Reported): PrintedInterval {
  const ends = STANDARD_RULES.map((rule) => reportedInterval(printed, rule));
  const { lo, hi } = ends.reduce<NumericInterval>((a, b) => intervalHull(a, b), ends[0]);
  return { lo, hi, loClosed: true, hiClosed: true };
}

/**
 * Check a printed OR against its own printed interval and p.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // √(1.20 · 19.13) = 4.79: "4,80" is consistent, "6,10" is not
 * assert.equal(checkOddsRatioCI({ or: "4,80", lower: "1,20", upper: "19,13" }).midpointConsistent, true);
 * assert.equal(checkOddsRatioCI({ or: "6,10", lower: "1,20", upper: "19,13" }).midpointConsistent, false);
 * ```
 */
export function checkOddsRatioCI(input: PrintedOddsRatio): OddsRatioCICheck {
  const or = printedValue("or", input?.or);
  const lower = printedValue("lower", input.lower);
  const upper = printedValue("upper", input.upper);
  const p = input.p === undefined ? null : printedValue("p", input.p, { allowBound: true });
  const confidence = confidenceLevel("confidence", input.confidence ?? 0.95);
  const orI = hull(or);
  const loI = hull(lower);
  const upI = hull(upper);
  if (!(loI.hi > 0) || !(orI.hi > 0)) {
    throw new RangeError(
      `lower: a printed limit of ${input.lower} (or an OR of ${input.or}) leaves no positive value`,
    );
  }
  if (lower.value > upper.value) {
    throw new RangeError(`lower: expected at most upper (${input.upper}), got ${input.lower}`);
  }
  const pos = (v: number) => Math.max(v, Number.MIN_VALUE);
  const midpointRange: NumericInterval = {
    lo: Math.sqrt(pos(loI.lo) * upI.lo),
    hi: Math.sqrt(loI.hi * upI.hi),
  };
  const midpointConsistent = STANDARD_RULES.some((rule) => {
    const i = reportedInterval(or, rule);
    return midpointRange.hi >= i.lo && midpointRange.lo <= i.hi;
  });
  // SE of ln OR from the limits: widest and narrowest interval over their roundings.
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const seLo = Math.max(Math.log(upI.lo) - Math.log(loI.hi), 0) / (2 * z);
  const seHi = (Math.log(upI.hi) - Math.log(pos(loI.lo))) / (2 * z);
  const logOr = [Math.log(pos(orI.lo)), Math.log(orI.hi)];
  const absLogLo = logOr[0] <= 0 && logOr[1] >= 0
    ? 0
    : Math.min(Math.abs(logOr[0]), Math.abs(logOr[1]));
  const absLogHi = Math.max(Math.abs(logOr[0]), Math.abs(logOr[1]));
  const pOf = (a: number, se: number) => (se > 0 ? Math.min(1, 2 * normalSf(a / se)) : 0);
  const impliedPRange: NumericInterval = { lo: pOf(absLogHi, seLo), hi: pOf(absLogLo, seHi) };
  let pConsistent: boolean | null = null;
  let significanceAgrees: boolean | null = null;
  if (p !== null) {
    pConsistent = p.bound !== null
      ? p.bound.startsWith("<") ? impliedPRange.lo < p.value : impliedPRange.hi > p.value
      : STANDARD_RULES.some((rule) => {
        const i = reportedInterval(p, rule);
        return impliedPRange.hi >= i.lo && impliedPRange.lo <= i.hi;
      });
    // Each side is judged over its rounding: a limit printed "1,00" or a p printed "0,05" can
    // fall on either side of the line, and then there is nothing to disagree about.
    const excludesOne = loI.lo > 1 || upI.hi < 1 ? true : loI.hi <= 1 && upI.lo >= 1 ? false : null;
    let printedSignificant: boolean | null;
    if (p.bound !== null) {
      printedSignificant = p.bound.startsWith("<") && p.value <= 0.05
        ? true
        : p.bound.startsWith(">") && p.value >= 0.05
        ? false
        : null;
    } else {
      const i = hull(p);
      printedSignificant = printsAs(0, p, "spss") || i.hi < 0.05
        ? true
        : i.lo >= 0.05
        ? false
        : null;
    }
    significanceAgrees = excludesOne === null || printedSignificant === null
      ? null
      : excludesOne === printedSignificant;
  }
  const fmt = (v: number) => v.toPrecision(4);
  const note = `√(lower·upper) is ${fmt(midpointRange.lo)} to ${fmt(midpointRange.hi)}; ` +
    `OR ${input.or} ${midpointConsistent ? "can" : "cannot"} be its midpoint. The interval ` +
    `implies p ${fmt(impliedPRange.lo)} to ${fmt(impliedPRange.hi)}` +
    (pConsistent === null
      ? "."
      : `; printed p ${input.p} ${pConsistent ? "is" : "is not"} within it` +
        (significanceAgrees === false ? ", and the interval and p disagree about 0.05." : "."));
  return {
    midpointRange,
    midpointConsistent,
    impliedPRange,
    pConsistent,
    significanceAgrees,
    note,
  };
}
