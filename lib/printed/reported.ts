/**
 * Reported numbers: a value as a paper printed it ("0,008", "13,5%", ".000", "< 0,05"),
 * parsed without losing what the print says about its precision.
 *
 * The number of printed decimals is information: "45,80" and "45,8" stand for different
 * intervals of true values. Nothing here converts a printed string to a bare number and forgets.
 *
 * @module
 */

import type { NumericInterval } from "./intervals.ts";
import { describe } from "../_internal/validate.ts";

/** A bound a paper printed instead of a value, e.g. "< 0,05". */
export type Bound = "<" | "<=" | ">" | ">=";

/** A printed number, parsed. */
export interface Reported {
  /** The string exactly as printed. */
  text: string;
  /** The printed value as a number (13.5 for "13,5%"; 0.05 for "< 0,05"). */
  value: number;
  /** Digits printed after the decimal separator ("0,008" -> 3, "20" -> 0). */
  decimals: number;
  /** A bound printed before the value, or null for an ordinary value. */
  bound: Bound | null;
  /** Whether a percent sign was printed. */
  percent: boolean;
  /** Whether the value was printed without a leading zero (SPSS style, ".000"). */
  leadingDot: boolean;
}

/**
 * How a true value becomes a printed one, named after the software it emulates:
 * - `"spss"`: SPSS and Excel display. The value is first taken to 15 significant decimal digits,
 *   then rounded half away from zero (so 1.005, stored as 1.00499999999999989..., prints 1.01).
 * - `"printf"`: R's print/format/sprintf and C's printf. The exact binary value of the double is
 *   rounded; only a tie that is exactly representable (12.5, 0.125) goes to the even digit, so
 *   0.235 (stored as 0.234999999999999986...) prints 0.23.
 * - `"truncation"` (toward zero) and `"ceiling"` (toward +infinity) on the 15-digit decimal
 *   value: non-standard, as when a column was cut rather than rounded.
 */
export type RoundingRule = "spss" | "printf" | "truncation" | "ceiling";

/** The rules standard software prints with. */
export const STANDARD_RULES: readonly RoundingRule[] = ["spss", "printf"];

/** Rules no statistics package prints with by default; a pass under them is a finding. */
export const NON_STANDARD_RULES: readonly RoundingRule[] = ["truncation", "ceiling"];

/** Every rounding rule, standard ones first. */
export const ROUNDING_RULES: readonly RoundingRule[] = [...STANDARD_RULES, ...NON_STANDARD_RULES];

const BOUND_PATTERN = /^(<=|>=|≤|≥|<|>)\s*/;
// Sign, digits with one decimal separator (comma or dot), optional percent, optional footnote marks.
const NUMBER_PATTERN = /^([-−+]?)(\d*)(?:[.,](\d+))?\s*(%?)\s*\**$/;

/**
 * Parse a number as printed in a paper: comma or dot decimals, "%", a leading bound and
 * trailing footnote asterisks. Thousands separators are not accepted: in these papers a
 * separator is always a decimal mark.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(parseReported("13,5%"), {
 *   text: "13,5%", value: 13.5, decimals: 1, bound: null, percent: true, leadingDot: false,
 * });
 * assert.equal(parseReported(".000").leadingDot, true);
 * assert.equal(parseReported("< 0,05").bound, "<");
 * ```
 */
export function parseReported(text: string): Reported {
  if (typeof text !== "string") {
    throw new TypeError(
      `reported: expected the number as a printed string (e.g. "0,008"), got ${typeof text} ${
        String(text)
      }`,
    );
  }
  let rest = text.trim();
  let bound: Bound | null = null;
  const boundMatch = BOUND_PATTERN.exec(rest);
  if (boundMatch) {
    const symbol = boundMatch[1];
    bound = symbol === "≤" ? "<=" : symbol === "≥" ? ">=" : symbol as Bound;
    rest = rest.slice(boundMatch[0].length);
  }
  const match = NUMBER_PATTERN.exec(rest);
  if (!match || (match[2] === "" && match[3] === undefined)) {
    throw new RangeError(
      `reported: cannot read "${text}" as a printed number ` +
        `(expected e.g. "0,008", "13,5%", ".000", "< 0,05", "-3,317")`,
    );
  }
  const [, sign, whole, fraction = "", percentSign] = match;
  const magnitude = Number(`${whole === "" ? "0" : whole}.${fraction === "" ? "0" : fraction}`);
  const negative = sign === "-" || sign === "−";
  return {
    text,
    value: negative ? -magnitude : magnitude,
    decimals: fraction.length,
    bound,
    percent: percentSign === "%",
    leadingDot: whole === "",
  };
}

/** The interval of true values that print as a reported value under one rounding rule. */
export interface PrintedInterval extends NumericInterval {
  loClosed: boolean;
  hiClosed: boolean;
}

/**
 * The interval of true values that a printed value stands for under a rounding rule, at the
 * printed precision (or at `decimals` when a table pads its values, e.g. "45,80" for 45,8).
 *
 * An end at a rounding tie is closed when a value computed exactly at the tie prints as
 * reported: always at the upper-magnitude end under "spss" (half away from zero); under
 * "printf" it depends on the double nearest the tie (the even digit only when the tie is
 * exactly representable, as 2.125 is; 2.065 is stored below the tie and prints 2.06).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const spss = reportedInterval("2,07", "spss");
 * assert.deepEqual([spss.loClosed, spss.hiClosed], [true, false]);
 * assert.deepEqual(reportedInterval("2,07", "truncation"), {
 *   lo: 2.07, hi: 2.08, loClosed: true, hiClosed: false,
 * });
 * ```
 */
export function reportedInterval(
  reported: string | Reported,
  rule: RoundingRule,
  decimals?: number,
): PrintedInterval {
  const r = asReported(reported);
  if (r.bound !== null) {
    throw new RangeError(
      `reported: expected a rounded value, got the bound "${r.text}" (compare against it directly)`,
    );
  }
  const places = decimals ?? r.decimals;
  assertDecimals(places);
  const units = reportedUnits(r, places);
  const d = Number(units);
  if (!Number.isSafeInteger(d)) {
    throw new RangeError(`reported: expected at most 15 significant digits, got "${r.text}"`);
  }
  // Ends as (whole number) / 10^places, so they are the nearest doubles to exact decimals
  // (2.08, not 2.0799999999999996).
  const scale = 10 ** places;
  const at = (whole: number) => whole / scale;
  const tie = (whole: number) => (2 * whole - 1) / (2 * scale); // whole - 1/2 units
  switch (rule) {
    case "spss": {
      // Half away from zero: the tie further from zero belongs to the next value.
      if (d === 0) return { lo: tie(0), hi: tie(1), loClosed: false, hiClosed: false };
      return d > 0
        ? { lo: tie(d), hi: tie(d + 1), loClosed: true, hiClosed: false }
        : { lo: tie(d), hi: tie(d + 1), loClosed: false, hiClosed: true };
    }
    case "printf": {
      // Closed where the double nearest the tie prints as reported.
      const lo = tie(d);
      const hi = tie(d + 1);
      return {
        lo,
        hi,
        loClosed: binaryUnits(lo, places) === units,
        hiClosed: binaryUnits(hi, places) === units,
      };
    }
    case "truncation":
      // Toward zero.
      if (d === 0) return { lo: at(-1), hi: at(1), loClosed: false, hiClosed: false };
      return d > 0
        ? { lo: at(d), hi: at(d + 1), loClosed: true, hiClosed: false }
        : { lo: at(d - 1), hi: at(d), loClosed: false, hiClosed: true };
    case "ceiling":
      return { lo: at(d - 1), hi: at(d), loClosed: false, hiClosed: true };
    default:
      throw ruleError(rule);
  }
}

/**
 * A value rounded to `decimals` places under a rule, as a whole number of units in the last
 * place (12.5 at 0 places under "spss" -> 13n). Exact: no floating-point step decides a digit.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(roundedUnits(0.235, 2, "printf"), 23n); // the double is just below 0.235
 * assert.equal(roundedUnits(0.235, 2, "spss"), 24n); // 15 digits: 0.235, half away from zero
 * ```
 */
export function roundedUnits(x: number, decimals: number, rule: RoundingRule): bigint {
  if (typeof x !== "number" || !Number.isFinite(x)) {
    throw new RangeError(`x: expected a finite number, got ${describe(x)}`);
  }
  assertDecimals(decimals);
  switch (rule) {
    case "printf":
      return binaryUnits(x, decimals);
    case "spss":
    case "truncation":
    case "ceiling":
      return decimalUnits(x, decimals, rule);
    default:
      throw ruleError(rule);
  }
}

/**
 * Round a number to `decimals` places under a rule (see `RoundingRule` for what each emulates).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(roundTo(12.5, 0, "spss"), 13);
 * assert.equal(roundTo(12.5, 0, "printf"), 12); // an exact tie goes to the even digit
 * assert.equal(roundTo(0.0085, 3, "truncation"), 0.008);
 * ```
 */
export function roundTo(x: number, decimals: number, rule: RoundingRule): number {
  const units = roundedUnits(x, decimals, rule);
  // Dividing the exact whole number of units by 10^decimals gives the nearest double to the
  // printed decimal (both operands are exact below 2^53; beyond, the nearest is still returned).
  const result = Number(units) / 10 ** decimals;
  return result === 0 ? 0 : result; // never -0
}

/**
 * Whether a computed value prints as the reported one under a rule (at the printed precision,
 * or at `decimals` when the printed precision is padded). A printed bound is strict as printed:
 * "< 0,05" excludes 0.05 and "<= 0,05" includes it; SPSS's ".000" is a rounded value, so it
 * stands for p < 0.0005 under "spss".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(printsAs(0.00814, "0,008", "spss"), true);
 * assert.equal(printsAs(0.0003, ".000", "spss"), true); // SPSS prints p < 0.0005 as .000
 * assert.equal(printsAs(0.0005, ".000", "spss"), false); // ... and 0.0005 itself as .001
 * assert.equal(printsAs(0.235, "0,23", "printf"), true);
 * ```
 */
export function printsAs(
  computed: number,
  reported: string | Reported,
  rule: RoundingRule,
  decimals?: number,
): boolean {
  if (typeof computed !== "number" || !Number.isFinite(computed)) {
    throw new RangeError(`computed: expected a finite number, got ${describe(computed)}`);
  }
  const r = asReported(reported);
  if (r.bound !== null) return meetsBound(computed, r);
  const places = decimals ?? r.decimals;
  assertDecimals(places);
  if (!ROUNDING_RULES.includes(rule)) throw ruleError(rule);
  // No rule moves a value by more than one unit (and 15-digit rounding by far less), so a value
  // two units away is decided without the exact rounding: searches try millions of values.
  if (Math.abs(computed - r.value) > 2 * 10 ** -places + Math.abs(computed) * 1e-12) return false;
  return roundedUnits(computed, places, rule) === reportedUnits(r, places);
}

/**
 * Whether a computed value prints as the reported one under a rule a paper's software prints
 * with: SPSS's display rounding or printf's (R's), or meets a printed bound.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(printsStandard(0.235, "0,23"), true); // printf rounds the binary value down
 * assert.equal(printsStandard(0.235, "0,24"), true); // SPSS rounds half away from zero
 * assert.equal(printsStandard(66.667, "66,6"), false); // only truncation would print it
 * ```
 */
export function printsStandard(
  computed: number,
  reported: string | Reported,
  decimals?: number,
): boolean {
  return STANDARD_RULES.some((rule) => printsAs(computed, reported, rule, decimals));
}

/**
 * Whether a computed value satisfies a printed bound such as "< 0,05".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(meetsBound(0.01, parseReported("< 0,05")), true);
 * ```
 */
export function meetsBound(computed: number, reported: Reported): boolean {
  if (typeof computed !== "number" || !Number.isFinite(computed)) {
    throw new RangeError(`computed: expected a finite number, got ${describe(computed)}`);
  }
  asReported(reported);
  switch (reported.bound) {
    case "<":
      return computed < reported.value;
    case "<=":
      return computed <= reported.value;
    case ">":
      return computed > reported.value;
    case ">=":
      return computed >= reported.value;
    default:
      throw new RangeError(`reported: expected a bound such as "< 0,05", got "${reported.text}"`);
  }
}

/**
 * Format a number the way these papers print it: comma decimals at a given precision.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(formatIndonesian(0.00814, 3), "0,008");
 * ```
 */
export function formatIndonesian(x: number, decimals: number): string {
  return roundTo(x, decimals, "spss").toFixed(decimals).replace(".", ",");
}

// The printed value in units of its last place. The text is a short decimal, so rounding it
// under "spss" is exact (and pads or shortens it when `places` differs from the print).
function reportedUnits(r: Reported, places: number): bigint {
  return roundedUnits(r.value, places, "spss");
}

// Round half to even on the exact binary value: x = mantissa * 2^exponent exactly, so
// x * 10^d = mantissa * 10^d / 2^-exponent is a fraction of whole numbers.
function binaryUnits(x: number, decimals: number): bigint {
  const { mantissa, exponent } = decomposeDouble(Math.abs(x));
  const scaled = mantissa * 10n ** BigInt(decimals);
  let units: bigint;
  if (exponent >= 0) {
    units = scaled << BigInt(exponent);
  } else {
    const shift = BigInt(-exponent);
    const quotient = scaled >> shift;
    const twiceRemainder = (scaled - (quotient << shift)) << 1n;
    const denominator = 1n << shift;
    const roundUp = twiceRemainder > denominator ||
      (twiceRemainder === denominator && quotient % 2n === 1n);
    units = roundUp ? quotient + 1n : quotient;
  }
  return x < 0 ? -units : units;
}

// The exact binary value of a finite double as a whole-number mantissa times a power of two.
function decomposeDouble(x: number): { mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & 0xfffffffffffffn;
  return biased === 0
    ? { mantissa: fraction, exponent: -1074 } // subnormal (or zero)
    : { mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}

// Round the value taken to 15 significant decimal digits (what SPSS and Excel hold for display).
function decimalUnits(
  x: number,
  decimals: number,
  rule: "spss" | "truncation" | "ceiling",
): bigint {
  if (x === 0) return 0n;
  // toExponential(14) rounds the exact binary value to 15 significant digits: "d.ddd...e±k".
  const [digits, power] = Math.abs(x).toExponential(14).split("e");
  const significand = BigInt(digits.replace(".", ""));
  // |x| = significand * 10^(power - 14); in units of 10^-decimals:
  const shift = Number(power) - 14 + decimals;
  let magnitude: bigint;
  if (shift >= 0) {
    magnitude = significand * 10n ** BigInt(shift);
  } else {
    const divisor = 10n ** BigInt(-shift);
    const quotient = significand / divisor;
    const remainder = significand - quotient * divisor;
    let up: boolean;
    if (rule === "spss") up = 2n * remainder >= divisor;
    else if (rule === "truncation") up = false;
    else up = remainder > 0n && x > 0; // ceiling: toward +infinity on the signed value
    magnitude = up ? quotient + 1n : quotient;
  }
  return x < 0 ? -magnitude : magnitude;
}

// A printed string parsed, or a parsed value checked (its fields are what the rules read).
function asReported(value: unknown): Reported {
  if (typeof value === "string") return parseReported(value);
  const r = value as Partial<Reported> | null;
  if (
    r === null || typeof r !== "object" || typeof r.text !== "string" ||
    typeof r.value !== "number" || !Number.isFinite(r.value) ||
    typeof r.decimals !== "number" || !Number.isSafeInteger(r.decimals) ||
    !(r.bound === null || r.bound === "<" || r.bound === "<=" || r.bound === ">" ||
      r.bound === ">=")
  ) {
    throw new TypeError(
      `reported: expected a printed number ("2,07") or parseReported's result, got ${
        describe(value)
      }`,
    );
  }
  return r as Reported;
}

function ruleError(rule: unknown): RangeError {
  return new RangeError(
    `rule: expected one of ${ROUNDING_RULES.join(", ")}, got ${describe(rule)}`,
  );
}

function assertDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
    throw new RangeError(`decimals: expected a whole number from 0 to 15, got ${decimals}`);
  }
}
