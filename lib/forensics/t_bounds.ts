/**
 * A paired t-test from printed summaries alone: the means and SDs before and after fix the
 * mean difference, but the SD of the differences depends on the unprinted correlation r,
 * sd_diff^2 = sd1^2 + sd2^2 - 2 r sd1 sd2. Over r in [-1, 1] the p-value sweeps a range;
 * these functions give that range, p as a function of r, and the r a printed p needs.
 *
 * With `honourPrecision` (the default for bounds) the printed means and SDs are intervals,
 * not points, and every extreme is taken over them too.
 *
 * @module
 */

import { studentTSf } from "../stats/mod.ts";
import {
  boolean,
  count as checkCount,
  oneOf,
  optionsObject,
  record,
} from "../_internal/validate.ts";
import { firstTrue } from "../_internal/bisect.ts";
import { forensicOptions } from "./_options.ts";
import type { NumericInterval } from "../printed/intervals.ts";
import { printedValue } from "../printed/_arguments.ts";
import {
  type Reported,
  reportedInterval,
  ROUNDING_RULES,
  type RoundingRule,
} from "../printed/reported.ts";

/** Printed summaries of a paired design. */
export interface PrintedPairedSummary {
  n: number;
  meanBefore: string;
  sdBefore: string;
  meanAfter: string;
  sdAfter: string;
}

/** A paired t-test computed at one correlation. */
export interface PairedTAtCorrelation {
  r: number;
  meanDifference: number;
  sdDifference: number;
  /** t = meanDifference / (sdDifference / sqrt(n)); ±Infinity when sdDifference is 0. */
  t: number;
  df: number;
  /** Two-sided p. */
  p: number;
}

/** Options for bounds that honour printed precision. */
export interface PrecisionOptions {
  /** Treat printed means and SDs as the intervals they stand for (default true). */
  honourPrecision?: boolean;
  /** The rounding rule that printed them (default "spss"). */
  rounding?: RoundingRule;
}

/** The range of the paired-t p-value over every correlation (and printed interval). */
export interface PairedTBounds {
  /**
   * The range of p: `lo` at r = 1 with the largest |mean difference| and most similar SDs,
   * `hi` at r = -1 with the smallest |mean difference| and largest SDs.
   */
  p: NumericInterval;
  /** The range of |t|: `lo` is |t| at p.hi, `hi` is |t| at p.lo. */
  t: NumericInterval;
  /** p at r = 0 with the printed values taken at face value (independent samples' SDs). */
  pAtZero: number;
  /** Range of the mean difference (after - before) allowed by the printed means. */
  meanDifference: NumericInterval;
}

interface Box {
  n: number;
  diffAbsMin: number;
  diffAbsMax: number;
  diffLo: number;
  diffHi: number;
  s1: [number, number];
  s2: [number, number];
}

function parseSummary(summary: PrintedPairedSummary) {
  record("summary", summary);
  const n = checkCount("n", summary.n, 2);
  const values = {
    meanBefore: printedValue("meanBefore", summary.meanBefore),
    sdBefore: printedValue("sdBefore", summary.sdBefore),
    meanAfter: printedValue("meanAfter", summary.meanAfter),
    sdAfter: printedValue("sdAfter", summary.sdAfter),
  };
  for (const name of ["sdBefore", "sdAfter"] as const) {
    if (values[name].value < 0) {
      throw new RangeError(`${name}: expected an SD >= 0, got "${values[name].text}"`);
    }
  }
  return { n, ...values };
}

function interval(r: Reported, honour: boolean, rule: RoundingRule): [number, number] {
  if (!honour) return [r.value, r.value];
  const i = reportedInterval(r, rule);
  return [i.lo, i.hi];
}

function makeBox(summary: PrintedPairedSummary, options: PrecisionOptions): Box {
  const s = parseSummary(summary);
  forensicOptions("options", options, ["honourPrecision", "rounding"]);
  // A string "false" would read as true: only a boolean is accepted.
  const honour = boolean("honourPrecision", options.honourPrecision ?? true);
  const rule = oneOf("rounding", options.rounding ?? "spss", ROUNDING_RULES);
  const [b1, b2] = interval(s.meanBefore, honour, rule);
  const [a1, a2] = interval(s.meanAfter, honour, rule);
  const diffLo = a1 - b2;
  const diffHi = a2 - b1;
  const diffAbsMin = diffLo <= 0 && diffHi >= 0 ? 0 : Math.min(Math.abs(diffLo), Math.abs(diffHi));
  const diffAbsMax = Math.max(Math.abs(diffLo), Math.abs(diffHi));
  const clamp = ([lo, hi]: [number, number]): [number, number] => [Math.max(0, lo), hi];
  return {
    n: s.n,
    diffAbsMin,
    diffAbsMax,
    diffLo,
    diffHi,
    s1: clamp(interval(s.sdBefore, honour, rule)),
    s2: clamp(interval(s.sdAfter, honour, rule)),
  };
}

const variance = (s1: number, s2: number, r: number) =>
  Math.max(0, s1 * s1 + s2 * s2 - 2 * r * s1 * s2);

// s1^2 + s2^2 - 2 r s1 s2 is convex for |r| <= 1: its maximum over a box is at a corner, its
// minimum on an edge where one SD is fixed and the other is r times it (clamped).
function sdDifferenceRange(box: Box, r: number): [number, number] {
  const [l1, h1] = box.s1;
  const [l2, h2] = box.s2;
  let max = 0;
  let min = Infinity;
  for (const x of [l1, h1]) {
    for (const y of [l2, h2]) max = Math.max(max, variance(x, y, r));
  }
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  for (const x of [l1, h1]) min = Math.min(min, variance(x, clamp(r * x, l2, h2), r));
  for (const y of [l2, h2]) min = Math.min(min, variance(clamp(r * y, l1, h1), y, r));
  return [Math.sqrt(min), Math.sqrt(max)];
}

function twoSidedP(difference: number, sd: number, n: number): { t: number; p: number } {
  const df = n - 1;
  if (sd === 0) {
    if (difference === 0) return { t: 0, p: 1 }; // no variation, no difference: nothing to test
    return { t: difference > 0 ? Infinity : -Infinity, p: 0 };
  }
  const t = difference / (sd / Math.sqrt(n));
  return { t, p: Math.min(1, 2 * studentTSf(Math.abs(t), df)) };
}

function checkR(r: number): number {
  if (typeof r !== "number" || !(r >= -1 && r <= 1)) {
    throw new RangeError(`r: expected a correlation in [-1, 1], got ${String(r)}`);
  }
  return r;
}

/**
 * The paired t-test at one correlation r, with the printed values taken at face value.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const s = { n: 15, meanBefore: "2,07", sdBefore: "1,438", meanAfter: "3,53", sdAfter: "1,407" };
 * // R: sd <- sqrt(1.438^2 + 1.407^2 - 1.438 * 1.407); 2 * pt(-1.46 / (sd / sqrt(15)), 14)
 * assert.ok(Math.abs(pairedTAtCorrelation(s, 0.5).p - 0.00138390362378419) < 1e-15);
 * ```
 */
export function pairedTAtCorrelation(
  summary: PrintedPairedSummary,
  r: number,
): PairedTAtCorrelation {
  checkR(r);
  const s = parseSummary(summary);
  const difference = s.meanAfter.value - s.meanBefore.value;
  const sd = Math.sqrt(variance(s.sdBefore.value, s.sdAfter.value, r));
  const { t, p } = twoSidedP(difference, sd, s.n);
  return { r, meanDifference: difference, sdDifference: sd, t, df: s.n - 1, p };
}

/**
 * p as a function of r on an even grid from -1 to 1 (for plotting), at face value.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const s = { n: 15, meanBefore: "2,07", sdBefore: "1,438", meanAfter: "3,53", sdAfter: "1,407" };
 * assert.deepEqual(pairedPCurve(s, { points: 5 }).map((c) => c.r), [-1, -0.5, 0, 0.5, 1]);
 * ```
 */
export function pairedPCurve(
  summary: PrintedPairedSummary,
  options: { points?: number } = {},
): PairedTAtCorrelation[] {
  optionsObject("options", options, ["points"]);
  const points = checkCount("points", options.points ?? 201, 2);
  return Array.from(
    { length: points },
    (_, i) => pairedTAtCorrelation(summary, i === points - 1 ? 1 : -1 + (2 * i) / (points - 1)),
  );
}

/**
 * The p-value range at one correlation over the printed intervals of the means and SDs.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const s = { n: 15, meanBefore: "2,07", sdBefore: "1,438", meanAfter: "3,53", sdAfter: "1,407" };
 * const p = pairedPRangeAtCorrelation(s, 0.5); // around the face-value 0.00138
 * assert.ok(p.lo < 0.00138390362378419 && 0.00138390362378419 < p.hi && p.hi < 0.0015);
 * ```
 */
export function pairedPRangeAtCorrelation(
  summary: PrintedPairedSummary,
  r: number,
  options: PrecisionOptions = {},
): NumericInterval {
  optionsObject("options", options);
  checkR(r);
  const box = makeBox(summary, options);
  const { pMin, pMax } = pRange(box, r);
  return { lo: pMin, hi: pMax };
}

function pRange(box: Box, r: number): { pMin: number; pMax: number; tMin: number; tMax: number } {
  const [sdMin, sdMax] = sdDifferenceRange(box, r);
  const strongest = twoSidedP(box.diffAbsMax, sdMin, box.n);
  const weakest = twoSidedP(box.diffAbsMin, sdMax, box.n);
  return { pMin: strongest.p, pMax: weakest.p, tMax: strongest.t, tMin: weakest.t };
}

/**
 * The range of the paired t-test's two-sided p over every correlation in [-1, 1] (and, by
 * default, every true value behind the printed means and SDs).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const s = { n: 15, meanBefore: "2,07", sdBefore: "1,438", meanAfter: "3,53", sdAfter: "1,407" };
 * const bounds = pairedTBounds(s); // p from ~3e-25 (r = 1) to ~0.069 (r = -1)
 * assert.ok(bounds.p.lo < 1e-24 && bounds.p.hi > 0.068 && bounds.p.hi < 0.069);
 * ```
 */
export function pairedTBounds(
  summary: PrintedPairedSummary,
  options: PrecisionOptions = {},
): PairedTBounds {
  optionsObject("options", options);
  const box = makeBox(summary, options);
  // Every p falls as r rises (sd_diff falls), so the extremes sit at r = 1 and r = -1.
  const atOne = pRange(box, 1);
  const atMinusOne = pRange(box, -1);
  return {
    p: { lo: atOne.pMin, hi: atMinusOne.pMax },
    t: { lo: atMinusOne.tMin, hi: atOne.tMax },
    pAtZero: pairedTAtCorrelation(summary, 0).p,
    meanDifference: { lo: box.diffLo, hi: box.diffHi },
  };
}

/**
 * The correlations r in [-1, 1] under which the paired t-test's p can print as `p` (e.g.
 * "0,000", meaning p < 0.0005 under spss, or a bound such as "< 0,05"), or null when none.
 * p falls monotonically in r, so the answer is one interval, found by bisection to 1e-9.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const s = { n: 15, meanBefore: "2,07", sdBefore: "1,438", meanAfter: "3,53", sdAfter: "1,407" };
 * const r = correlationForP(s, "0,000"); // the pairs must correlate at least 0.604
 * assert.ok(r !== null && r.lo > 0.604 && r.lo < 0.605 && r.hi === 1);
 * ```
 */
export function correlationForP(
  summary: PrintedPairedSummary,
  p: string,
  options: PrecisionOptions = {},
): NumericInterval | null {
  optionsObject("options", options);
  const printed = printedValue("p", p, { allowBound: true });
  const box = makeBox(summary, options);
  const rule = oneOf("rounding", options.rounding ?? "spss", ROUNDING_RULES);
  // The p-values that print as `p`: a bound, or the rounding interval.
  let pLo: number;
  let pHi: number;
  let loClosed = true;
  let hiClosed = true;
  if (printed.bound !== null) {
    const v = printed.value;
    [pLo, pHi, loClosed, hiClosed] = printed.bound === "<"
      ? [0, v, true, false]
      : printed.bound === "<="
      ? [0, v, true, true]
      : printed.bound === ">"
      ? [v, 1, false, true]
      : [v, 1, true, true];
  } else {
    const i = reportedInterval(printed, rule);
    [pLo, pHi, loClosed, hiClosed] = [i.lo, i.hi, i.loClosed, i.hiClosed];
  }
  // Some true value gives a p in the window iff the p range at r meets the window.
  const lowEnough = (r: number) => {
    const { pMin } = pRange(box, r);
    return hiClosed ? pMin <= pHi : pMin < pHi;
  };
  const highEnough = (r: number) => {
    const { pMax } = pRange(box, r);
    return loClosed ? pMax >= pLo : pMax > pLo;
  };
  // lowEnough is false then true as r rises; highEnough true then false.
  if (!lowEnough(1) || !highEnough(-1)) return null;
  const lo = lowEnough(-1) ? -1 : firstTrue(lowEnough, -1, 1, 1e-9);
  const hi = highEnough(1) ? 1 : firstTrue((r) => !highEnough(r), -1, 1, 1e-9);
  return lo <= hi ? { lo, hi } : null;
}
