/**
 * Argument checks shared by the forensic functions: printed values must arrive as strings
 * (their trailing zeros are information), counts must be whole and positive, and bad input is
 * a TypeError or RangeError naming the argument.
 *
 * @module
 */

import {
  parseReported,
  type Reported,
  ROUNDING_RULES,
  type RoundingRule,
} from "../printed/reported.ts";

/**
 * Parse a printed value that must be given as a string, naming the argument on failure. A
 * bound ("< 0,05") is an error unless `allowBound`.
 *
 * @example
 * ```ts
 * requirePrinted("4,00", "mean").decimals; // 2
 * requirePrinted(4, "mean"); // TypeError: mean: expected the value as printed ...
 * ```
 */
export function requirePrinted(
  value: unknown,
  name: string,
  options: { allowBound?: boolean } = {},
): Reported {
  if (typeof value !== "string") {
    throw new TypeError(
      `${name}: expected the value as printed, as a string (e.g. "4,00"), because trailing ` +
        `zeros carry its precision; got ${typeof value} ${String(value)}`,
    );
  }
  let parsed: Reported;
  try {
    parsed = parseReported(value);
  } catch (error) {
    throw new RangeError(`${name}: ${(error as Error).message}`);
  }
  if (parsed.bound !== null && !options.allowBound) {
    throw new RangeError(`${name}: "${value}" is a bound, not a rounded value`);
  }
  return parsed;
}

/**
 * Check a whole number at least `least` (default 1), naming the argument on failure.
 *
 * @example
 * ```ts
 * requireCount(20, "n"); // 20
 * requireCount(2.5, "n"); // RangeError: n: expected a whole number >= 1, got 2.5
 * ```
 */
export function requireCount(value: unknown, name: string, least = 1): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < least) {
    throw new RangeError(`${name}: expected a whole number >= ${least}, got ${String(value)}`);
  }
  return value;
}

/**
 * Check a whole number (any sign), naming the argument on failure.
 *
 * @example
 * ```ts
 * requireInteger(-3, "min"); // -3
 * ```
 */
export function requireInteger(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value)) {
    throw new RangeError(`${name}: expected a whole number, got ${String(value)}`);
  }
  return value;
}

/**
 * Check a non-empty list of rounding rules, naming the argument on failure.
 *
 * @example
 * ```ts
 * requireRules(["spss", "printf"], "rules");
 * ```
 */
export function requireRules(rules: unknown, name: string): RoundingRule[] {
  if (!Array.isArray(rules) || rules.length === 0) {
    throw new RangeError(`${name}: expected a non-empty list of rounding rules`);
  }
  for (const rule of rules) {
    if (!ROUNDING_RULES.includes(rule)) {
      throw new RangeError(
        `${name}: expected rules from ${ROUNDING_RULES.join(", ")}, got ${String(rule)}`,
      );
    }
  }
  return [...new Set(rules as RoundingRule[])];
}

/**
 * Check a list of margins (whole counts >= 0, at least two), naming the argument on failure.
 *
 * @example
 * ```ts
 * requireMargins([8, 12], "rowMargins"); // [8, 12]
 * ```
 */
export function requireMargins(margins: unknown, name: string): number[] {
  if (!Array.isArray(margins) || margins.length < 2) {
    throw new RangeError(`${name}: expected at least two counts, got ${String(margins)}`);
  }
  for (const m of margins) requireCount(m, name, 0);
  return [...margins] as number[];
}
