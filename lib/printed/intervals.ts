/**
 * Printed ranges as intervals. A case report prints "5–10 ml" or "80–100 ml", not a value; the
 * honest way to carry such a statement through arithmetic is interval arithmetic: every
 * operation returns the smallest interval holding every result the printed ranges allow.
 * Replacing a range by its midpoint hides how wide the answer really is (the ratio of two
 * midpoints is not the midpoint of the ratio).
 *
 * Interval arithmetic is exact (the result is the true range) when each uncertain quantity
 * appears once in the expression; when the same quantity appears twice (x / x) the result is
 * an enclosure that may be wider than the truth (the dependency problem), so write expressions
 * with each quantity once.
 *
 * @module
 */

import { parseReported, reportedInterval, type RoundingRule } from "./reported.ts";
import { finiteArray, finiteNumber, numericInterval } from "../_internal/validate.ts";

/** A closed interval [lo, hi] of real numbers (lo <= hi). */
export interface NumericInterval {
  lo: number;
  hi: number;
}

/** A range as printed ("5–10", "±10–15", "44-48%"), parsed into an interval. */
export interface PrintedRange extends NumericInterval {
  /** The text exactly as printed. */
  text: string;
  /** Whether the text was marked approximate by a leading "±", "~" or "+/-". */
  approximate: boolean;
  /** Whether a percent sign was printed. */
  percent: boolean;
  /** Most decimals printed at either end. */
  decimals: number;
}

// Every interval argument: finite ends, lo <= hi.
function check(name: string, a: NumericInterval): NumericInterval {
  numericInterval(name, a);
  return a;
}

/**
 * The interval [lo, hi]; with one argument, the degenerate interval [x, x].
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(interval(5, 10), { lo: 5, hi: 10 });
 * assert.deepEqual(interval(30), { lo: 30, hi: 30 });
 * ```
 */
export function interval(lo: number, hi: number = lo): NumericInterval {
  return check("interval", { lo: finiteNumber("lo", lo), hi: finiteNumber("hi", hi) });
}

// An optional approximation mark, a number, a dash (hyphen, en dash, em dash, "s.d." or
// "sampai"), a number, an optional percent sign.
const NUM = String.raw`[-−]?\d+(?:[.,]\d+)?`;
const RANGE_PATTERN = new RegExp(
  String.raw`^(±|~|\+/-)?\s*(${NUM})\s*(%?)\s*(?:(?:[-–—]|s\.?d\.?|sampai)\s*(${NUM}))?\s*(%?)$`,
);

/**
 * Parse a range as printed: "5–10", "5-10 ", "±10–15", "44-48%", "8,57" (a single value is a
 * degenerate interval). Comma or dot decimals; hyphen, en dash or em dash between the ends.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(parseRange("20–30"), {
 *   lo: 20, hi: 30, text: "20–30", approximate: false, percent: false, decimals: 0,
 * });
 * assert.equal(parseRange("±10–15").approximate, true);
 * assert.equal(parseRange("44-48%").percent, true);
 * ```
 */
export function parseRange(text: string): PrintedRange {
  if (typeof text !== "string") {
    throw new TypeError(`text: expected a printed range such as "5–10", got ${typeof text}`);
  }
  const match = RANGE_PATTERN.exec(text.trim());
  if (!match) {
    throw new RangeError(
      `text: cannot read "${text}" as a printed range (expected e.g. "5–10", "±10–15", "44-48%")`,
    );
  }
  const [, mark, first, percent1, second, percent2] = match;
  const a = parseReported(first.replace("−", "-"));
  const b = second === undefined ? a : parseReported(second.replace("−", "-"));
  if (a.value > b.value) {
    throw new RangeError(`text: "${text}" runs from ${a.value} down to ${b.value}`);
  }
  return {
    lo: a.value,
    hi: b.value,
    text,
    approximate: mark !== undefined,
    percent: percent1 === "%" || percent2 === "%",
    decimals: Math.max(a.decimals, b.decimals),
  };
}

/**
 * The interval of true values a single printed number stands for at its printed precision
 * (ends treated as closed), e.g. "69,7" under spss is [69.65, 69.75].
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(intervalFromReported("69,7%"), { lo: 69.65, hi: 69.75 });
 * ```
 */
export function intervalFromReported(
  text: string,
  rule: RoundingRule = "spss",
): NumericInterval {
  if (typeof text !== "string") {
    throw new TypeError(`text: expected a printed number such as "69,7%", got ${typeof text}`);
  }
  const r = reportedInterval(text, rule);
  return interval(r.lo, r.hi);
}

/**
 * a + b.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(intervalAdd(interval(5, 10), interval(20, 30)), { lo: 25, hi: 40 });
 * ```
 */
export function intervalAdd(a: NumericInterval, b: NumericInterval): NumericInterval {
  check("a", a);
  check("b", b);
  return { lo: a.lo + b.lo, hi: a.hi + b.hi };
}

/**
 * a − b: the smallest difference is a.lo − b.hi, the largest a.hi − b.lo.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(intervalSub(interval(20, 30), interval(5, 10)), { lo: 10, hi: 25 });
 * ```
 */
export function intervalSub(a: NumericInterval, b: NumericInterval): NumericInterval {
  check("a", a);
  check("b", b);
  return { lo: a.lo - b.hi, hi: a.hi - b.lo };
}

/**
 * a × b: the extremes are among the four products of the ends (signs may flip the order).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(intervalMul(interval(2, 3), interval(10, 15)), { lo: 20, hi: 45 });
 * ```
 */
export function intervalMul(a: NumericInterval, b: NumericInterval): NumericInterval {
  check("a", a);
  check("b", b);
  const products = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi];
  return { lo: Math.min(...products), hi: Math.max(...products) };
}

/**
 * a ÷ b for a divisor that does not contain 0 (throws otherwise: the quotient is unbounded).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(intervalDiv(interval(450, 600), interval(80, 100)), { lo: 4.5, hi: 7.5 });
 * ```
 */
export function intervalDiv(a: NumericInterval, b: NumericInterval): NumericInterval {
  check("a", a);
  check("b", b);
  if (b.lo <= 0 && b.hi >= 0) {
    throw new RangeError(`b: the divisor [${b.lo}, ${b.hi}] contains 0; the quotient is unbounded`);
  }
  return intervalMul(a, { lo: 1 / b.hi, hi: 1 / b.lo });
}

/**
 * The fold change after / before of two printed ranges: the same as `intervalDiv`, named for
 * what it means (a ratio of ranges spans from the smallest after over the largest before to the
 * largest after over the smallest before).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(intervalRatio(interval(20, 30), interval(5, 10)), { lo: 2, hi: 6 });
 * ```
 */
export function intervalRatio(after: NumericInterval, before: NumericInterval): NumericInterval {
  return intervalDiv(after, before);
}

/**
 * k × a for a plain number k.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(intervalScale(interval(15, 20), 6), { lo: 90, hi: 120 });
 * ```
 */
export function intervalScale(a: NumericInterval, k: number): NumericInterval {
  return intervalMul(a, interval(finiteNumber("k", k)));
}

/**
 * The common part of two intervals, or null when they are disjoint.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(intervalIntersect(interval(15, 20), interval(10, 15)), { lo: 15, hi: 15 });
 * assert.equal(intervalIntersect(interval(2, 3), interval(10, 15)), null);
 * ```
 */
export function intervalIntersect(
  a: NumericInterval,
  b: NumericInterval,
): NumericInterval | null {
  check("a", a);
  check("b", b);
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  return lo <= hi ? { lo, hi } : null;
}

/**
 * The smallest interval holding every value (at least one, all finite). A loop, so it takes
 * any number of values, where `Math.min(...values)` overflows the stack.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(intervalSpan([0.3, -2, 7, 0]), { lo: -2, hi: 7 });
 * assert.throws(() => intervalSpan([]), /^RangeError: values: expected at least 1 value/);
 * ```
 */
export function intervalSpan(values: readonly number[]): NumericInterval {
  const xs = finiteArray("values", values, { minLength: 1 });
  let lo = xs[0];
  let hi = xs[0];
  for (const x of xs) {
    if (x < lo) lo = x;
    else if (x > hi) hi = x;
  }
  return { lo, hi };
}

/**
 * The smallest interval holding both.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(intervalHull(interval(5, 10), interval(20, 30)), { lo: 5, hi: 30 });
 * ```
 */
export function intervalHull(a: NumericInterval, b: NumericInterval): NumericInterval {
  check("a", a);
  check("b", b);
  return { lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi) };
}

/**
 * The distance between two intervals: 0 when they overlap or touch, otherwise the length of
 * the gap between them (always >= 0).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(intervalGap(interval(2, 3), interval(10, 15)), 7);
 * assert.equal(intervalGap(interval(15, 20), interval(10, 15)), 0);
 * ```
 */
export function intervalGap(a: NumericInterval, b: NumericInterval): number {
  check("a", a);
  check("b", b);
  return Math.max(0, a.lo - b.hi, b.lo - a.hi);
}

/**
 * Whether x lies in [lo, hi] (or, for an interval x, whether it lies wholly inside).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(intervalContains(interval(1, 2), 2), true);
 * assert.equal(intervalContains(interval(10, 15), interval(15, 20)), false);
 * ```
 */
export function intervalContains(a: NumericInterval, x: number | NumericInterval): boolean {
  check("a", a);
  if (typeof x === "number") return finiteNumber("x", x) >= a.lo && x <= a.hi;
  check("x", x);
  return x.lo >= a.lo && x.hi <= a.hi;
}

/**
 * hi − lo.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(intervalWidth(interval(80, 100)), 20);
 * ```
 */
export function intervalWidth(a: NumericInterval): number {
  check("a", a);
  return a.hi - a.lo;
}

/**
 * (lo + hi) / 2: a summary for display only; carry the interval, not this, through arithmetic.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(intervalMidpoint(interval(5, 10)), 7.5);
 * ```
 */
export function intervalMidpoint(a: NumericInterval): number {
  check("a", a);
  return (a.lo + a.hi) / 2;
}

/**
 * The whole numbers inside an interval (e.g. how many feeds a day a quotient allows).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(intervalIntegers(interval(4.5, 7.5)), [5, 6, 7]);
 * ```
 */
export function intervalIntegers(a: NumericInterval): number[] {
  check("a", a);
  const out: number[] = [];
  const first = Math.ceil(a.lo - 1e-9 * Math.max(1, Math.abs(a.lo)));
  const last = Math.floor(a.hi + 1e-9 * Math.max(1, Math.abs(a.hi)));
  if (last - first > 1e6) throw new RangeError("a: more than a million whole numbers inside");
  for (let k = first; k <= last; k++) out.push(k);
  return out;
}

/**
 * An interval for display with comma decimals, as the papers print: "2–6", "1,67–3,5".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(formatInterval(interval(5 / 3, 3.5), 2), "1,67–3,5");
 * ```
 */
export function formatInterval(a: NumericInterval, maxDecimals = 2): string {
  if (!Number.isSafeInteger(maxDecimals) || maxDecimals < 0 || maxDecimals > 20) {
    throw new RangeError(`maxDecimals: expected a whole number from 0 to 20, got ${maxDecimals}`);
  }
  check("a", a);
  const f = (x: number) =>
    String(Number(x.toFixed(maxDecimals))).replace("-", "−").replace(".", ",");
  return a.lo === a.hi ? f(a.lo) : `${f(a.lo)}–${f(a.hi)}`;
}
