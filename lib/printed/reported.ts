/**
 * Reported numbers: a value as a paper printed it ("0,008", "13,5%", ".000", "< 0,05"),
 * parsed without losing what the print says about its precision.
 *
 * The number of printed decimals is information: "45,80" and "45,8" stand for different
 * intervals of true values. Nothing here converts a printed string to a bare number and forgets.
 *
 * @module
 */

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

/** How a true value becomes a printed one. */
export type RoundingRule = "half-up" | "half-even" | "truncation" | "ceiling";

/** Every rounding rule, standard ones first. */
export const ROUNDING_RULES: readonly RoundingRule[] = [
  "half-up",
  "half-even",
  "truncation",
  "ceiling",
];

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
 * parseReported("13,5%"); // { value: 13.5, decimals: 1, percent: true, bound: null, ... }
 * parseReported(".000"); // { value: 0, decimals: 3, leadingDot: true, ... }
 * parseReported("< 0,05"); // { value: 0.05, decimals: 2, bound: "<", ... }
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
export interface PrintedInterval {
  lo: number;
  hi: number;
  loClosed: boolean;
  hiClosed: boolean;
}

/**
 * The interval of true values that a printed value stands for under a rounding rule, at the
 * printed precision (or at `decimals` when a table pads its values, e.g. "45,80" for 45,8).
 *
 * @example
 * ```ts
 * reportedInterval("2,07", "half-up"); // { lo: 2.065, hi: 2.075, loClosed: true, hiClosed: false }
 * reportedInterval("2,07", "truncation"); // { lo: 2.07, hi: 2.08, loClosed: true, hiClosed: false }
 * ```
 */
export function reportedInterval(
  reported: string | Reported,
  rule: RoundingRule,
  decimals?: number,
): PrintedInterval {
  const r = typeof reported === "string" ? parseReported(reported) : reported;
  if (r.bound !== null) {
    throw new RangeError(
      `reported: "${r.text}" is a bound, not a rounded value; compare against it directly`,
    );
  }
  const places = decimals ?? r.decimals;
  assertDecimals(places);
  // Work in whole units of the last printed digit so the ends are exact decimals (2.08, not
  // 2.0799999999999996).
  const scale = 10 ** places;
  const d = Math.round(r.value * scale);
  const at = (units: number) => units / scale;
  const half = (units: number) => (2 * units) / (2 * scale);
  switch (rule) {
    case "half-up": {
      // Half away from zero, as SPSS and Excel print.
      if (d === 0) return { lo: half(-0.5), hi: half(0.5), loClosed: false, hiClosed: false };
      return d > 0
        ? { lo: half(d - 0.5), hi: half(d + 0.5), loClosed: true, hiClosed: false }
        : { lo: half(d - 0.5), hi: half(d + 0.5), loClosed: false, hiClosed: true };
    }
    case "half-even": {
      // Ties go to the even last digit, so the ends are closed only when that digit is even.
      const even = Math.abs(d) % 2 === 0;
      return { lo: half(d - 0.5), hi: half(d + 0.5), loClosed: even, hiClosed: even };
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
      throw new RangeError(
        `rule: expected one of ${ROUNDING_RULES.join(", ")}, got ${String(rule)}`,
      );
  }
}

// A computed value within this relative distance of a rounding tie is treated as the tie
// (floating-point noise is ~1e-15 relative; a true near-tie of an SD at n = 100 can be 3e-11
// away, so the tolerance must stay far below that):
// 2/16 * 100 is exactly 12.5, but 1.005 is stored as 1.00499999999999989...
const TIE_TOLERANCE = 1e-12;

/**
 * Round a number to `decimals` places under a rule, treating values within 1e-12 (relative) of
 * a tie as the tie, so that floating-point representation never decides a printed digit.
 *
 * @example
 * ```ts
 * roundTo(12.5, 0, "half-up"); // 13
 * roundTo(12.5, 0, "half-even"); // 12
 * roundTo(0.0085, 3, "truncation"); // 0.008
 * ```
 */
export function roundTo(x: number, decimals: number, rule: RoundingRule): number {
  if (!Number.isFinite(x)) {
    throw new RangeError(`x: expected a finite number, got ${x}`);
  }
  assertDecimals(decimals);
  const scale = 10 ** decimals;
  const scaled = Math.abs(x) * scale;
  const sign = x < 0 ? -1 : 1;
  const nearestInteger = Math.round(scaled);
  const tolerance = TIE_TOLERANCE * Math.max(1, scaled);
  const isInteger = Math.abs(scaled - nearestInteger) <= tolerance;
  const floor = isInteger ? nearestInteger : Math.floor(scaled);
  const isTie = Math.abs(scaled - floor - 0.5) <= tolerance;
  let digits: number;
  switch (rule) {
    case "half-up":
      digits = isTie ? floor + 1 : Math.round(scaled);
      break;
    case "half-even":
      digits = isTie ? (floor % 2 === 0 ? floor : floor + 1) : Math.round(scaled);
      break;
    case "truncation":
      digits = floor;
      break;
    case "ceiling":
      // Toward +infinity on the signed value.
      digits = isInteger ? nearestInteger : sign > 0 ? floor + 1 : floor;
      break;
    default:
      throw new RangeError(
        `rule: expected one of ${ROUNDING_RULES.join(", ")}, got ${String(rule)}`,
      );
  }
  const result = (sign * digits) / scale;
  return result === 0 ? 0 : result; // never -0
}

/**
 * Whether a computed value prints as the reported one under a rule (at the printed precision,
 * or at `decimals` when the printed precision is padded).
 *
 * @example
 * ```ts
 * printsAs(0.00814, "0,008", "half-up"); // true
 * printsAs(0.0003, ".000", "half-up"); // true: SPSS prints p < 0.0005 as .000
 * ```
 */
export function printsAs(
  computed: number,
  reported: string | Reported,
  rule: RoundingRule,
  decimals?: number,
): boolean {
  const r = typeof reported === "string" ? parseReported(reported) : reported;
  if (r.bound !== null) return meetsBound(computed, r);
  const places = decimals ?? r.decimals;
  return roundTo(computed, places, rule) === roundTo(r.value, places, "half-up");
}

/**
 * Whether a computed value satisfies a printed bound such as "< 0,05".
 *
 * @example
 * ```ts
 * meetsBound(0.01, parseReported("< 0,05")); // true
 * ```
 */
export function meetsBound(computed: number, reported: Reported): boolean {
  if (!Number.isFinite(computed)) {
    throw new RangeError(`computed: expected a finite number, got ${computed}`);
  }
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
      throw new RangeError(`reported: "${reported.text}" is not a bound`);
  }
}

/**
 * Format a number the way these papers print it: comma decimals at a given precision.
 *
 * @example
 * ```ts
 * formatIndonesian(0.00814, 3); // "0,008"
 * ```
 */
export function formatIndonesian(x: number, decimals: number): string {
  return roundTo(x, decimals, "half-up").toFixed(decimals).replace(".", ",");
}

function assertDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
    throw new RangeError(`decimals: expected a whole number from 0 to 15, got ${decimals}`);
  }
}
