/**
 * A printed interval in whole-number arithmetic, so that "does this fraction print as reported"
 * is decided exactly, never by floating point.
 *
 * The interval itself (its ends, which ends are closed) comes from `reportedInterval` in
 * reported.ts, so the rounding rule is the project's shared one. Its ends are always multiples
 * of half a unit in the last printed place, so they are recovered here as whole numbers over
 * `den = 2 * 10^decimals`. A fraction `p / q` is then inside iff `p * den` compares correctly
 * with `lo * q` and `hi * q` — no tolerance needed. A fraction exactly at a tie is inside when
 * its nearest double prints as reported (see `reportedInterval`), so this agrees with
 * `printsAs(p / q, ...)` for every fraction whose denominator is below about 1e6.
 *
 * @module
 */

import { parseReported, type Reported, reportedInterval, type RoundingRule } from "./reported.ts";

function bigintArg(name: string, value: unknown, positive = false): bigint {
  if (typeof value !== "bigint") {
    throw new TypeError(`${name}: expected a bigint, got ${typeof value}`);
  }
  if (positive && value <= 0n) throw new RangeError(`${name}: expected a bigint > 0, got ${value}`);
  return value;
}

function intervalArg(value: unknown): ExactInterval {
  const i = value as Partial<ExactInterval> | null;
  if (
    i === null || typeof i !== "object" || typeof i.lo !== "bigint" ||
    typeof i.hi !== "bigint" || typeof i.den !== "bigint" || i.den <= 0n ||
    typeof i.loClosed !== "boolean" || typeof i.hiClosed !== "boolean"
  ) {
    throw new TypeError(`interval: expected an exactInterval(...) result, got ${String(value)}`);
  }
  return i as ExactInterval;
}

/** A printed interval `[lo, hi]` (ends open or closed) as whole numbers over `den`. */
export interface ExactInterval {
  /** Lower end times `den`. */
  lo: bigint;
  /** Upper end times `den`. */
  hi: bigint;
  /** The common denominator, `2 * 10^decimals`. */
  den: bigint;
  loClosed: boolean;
  hiClosed: boolean;
}

/**
 * The interval of true values a printed number stands for, as whole numbers over
 * `2 * 10^decimals`. Percent values are taken as printed (13,5% -> 13.5).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // "2,07" stands for [2.065, 2.075) under spss rounding (half away from zero): [413/200, 415/200).
 * assert.deepEqual(exactInterval("2,07", "spss"), {
 *   lo: 413n, hi: 415n, den: 200n, loClosed: true, hiClosed: false,
 * });
 * ```
 */
export function exactInterval(
  reported: string | Reported,
  rule: RoundingRule,
  decimals?: number,
): ExactInterval {
  const interval = reportedInterval(reported, rule, decimals);
  const places = decimals ?? (typeof reported === "string" ? parseReported(reported) : reported)
    .decimals;
  const den = 2 * 10 ** places;
  return {
    // The ends are exact multiples of 1/den; Math.round only removes representation error.
    lo: BigInt(Math.round(interval.lo * den)),
    hi: BigInt(Math.round(interval.hi * den)),
    den: BigInt(den),
    loClosed: interval.loClosed,
    hiClosed: interval.hiClosed,
  };
}

/**
 * Whether the fraction `num / den` (den > 0) lies in the interval.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(fractionInInterval(207n, 40n, exactInterval("5,18", "spss")), true);
 * ```
 */
export function fractionInInterval(num: bigint, den: bigint, interval: ExactInterval): boolean {
  bigintArg("num", num);
  bigintArg("den", den, true);
  intervalArg(interval);
  const scaled = num * interval.den;
  const lo = interval.lo * den;
  const hi = interval.hi * den;
  const aboveLo = interval.loClosed ? scaled >= lo : scaled > lo;
  const belowHi = interval.hiClosed ? scaled <= hi : scaled < hi;
  return aboveLo && belowHi;
}

/**
 * The whole numbers `s` for which `s / divisor` (divisor > 0) lies in the interval, as an
 * inclusive range (empty when `first > last`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const range = integerNumeratorRange(exactInterval("5,18", "spss"), 40n);
 * assert.deepEqual(range, { first: 207n, last: 207n }); // 207 / 40 = 5.175, the only one
 * ```
 */
export function integerNumeratorRange(
  interval: ExactInterval,
  divisor: bigint,
): { first: bigint; last: bigint } {
  intervalArg(interval);
  bigintArg("divisor", divisor, true);
  // s / divisor >= lo / den  <=>  s * den >= lo * divisor.
  const loTimes = interval.lo * divisor;
  const hiTimes = interval.hi * divisor;
  let first = ceilDiv(loTimes, interval.den);
  if (!interval.loClosed && first * interval.den === loTimes) first += 1n;
  let last = floorDiv(hiTimes, interval.den);
  if (!interval.hiClosed && last * interval.den === hiTimes) last -= 1n;
  return { first, last };
}

/**
 * The whole numbers `d >= 0` for which `sqrt(d / divisor)` lies in the interval (an SD whose
 * square is `d / divisor`), as an inclusive range (empty when `first > last`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // SD "0,50" of 9 values: d / (9 * 8) with d = 9 * 8 * sd^2
 * const range = squareRootNumeratorRange(exactInterval("0,50", "spss"), 72n);
 * assert.deepEqual(range, { first: 18n, last: 18n }); // sqrt(18 / 72) = 0.5
 * ```
 */
export function squareRootNumeratorRange(
  interval: ExactInterval,
  divisor: bigint,
): { first: bigint; last: bigint } {
  intervalArg(interval);
  bigintArg("divisor", divisor, true);
  const den2 = interval.den * interval.den;
  // Lower end: sqrt(d / divisor) >= lo / den  <=>  d * den^2 >= lo^2 * divisor (for lo >= 0).
  let first = 0n;
  if (interval.lo > 0n || (interval.lo === 0n && !interval.loClosed)) {
    const bound = interval.lo * interval.lo * divisor;
    first = ceilDiv(bound, den2);
    if (!interval.loClosed && first * den2 === bound) first += 1n;
  }
  // Upper end: a negative end admits nothing; zero admits only d = 0 when closed.
  if (interval.hi < 0n) return { first: 1n, last: 0n };
  const bound = interval.hi * interval.hi * divisor;
  let last = floorDiv(bound, den2);
  if (!interval.hiClosed && last * den2 === bound) last -= 1n;
  return { first, last };
}

/**
 * Floor division for bigints of any sign.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(floorDiv(-7n, 2n), -4n);
 * ```
 */
export function floorDiv(a: bigint, b: bigint): bigint {
  bigintArg("a", a);
  if (bigintArg("b", b) === 0n) throw new RangeError(`b: expected a non-zero bigint, got 0`);
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/**
 * Ceiling division for bigints of any sign.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(ceilDiv(7n, 2n), 4n);
 * ```
 */
export function ceilDiv(a: bigint, b: bigint): bigint {
  bigintArg("a", a);
  return -floorDiv(-a, b);
}
