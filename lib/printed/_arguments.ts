/**
 * Argument checks for printed values and rounding rules, shared by forensics and stats: printed
 * values must arrive as strings (their trailing zeros are information). Built on the private
 * validators of lib/_internal/validate.ts, with the same message form `name: expected ..., got
 * ...`.
 *
 * @module
 */

import { fail, oneOf } from "../_internal/validate.ts";
import { parseReported, type Reported, ROUNDING_RULES, type RoundingRule } from "./reported.ts";

/**
 * A printed value given as a string (its trailing zeros carry its precision), parsed. A bound
 * ("< 0,05") is refused unless `allowBound`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(printedValue("mean", "4,00").decimals, 2);
 * assert.throws(() => printedValue("mean", 4), /^TypeError: mean: expected the value as printed/);
 * ```
 */
export function printedValue(
  name: string,
  value: unknown,
  options: { allowBound?: boolean } = {},
): Reported {
  if (typeof value !== "string") {
    fail("type", name, 'the value as printed, as a string such as "4,00"', value);
  }
  let parsed: Reported;
  try {
    parsed = parseReported(value);
  } catch {
    fail("range", name, 'a printed number such as "0,008", "13,5%", ".000" or "< 0,05"', value);
  }
  if (parsed.bound !== null && !options.allowBound) {
    fail("range", name, "a rounded value, not a bound", value);
  }
  return parsed;
}

/**
 * One rounding rule or a non-empty list of them, as a list without repeats (the `rounding`
 * option of the forensic checks).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(roundingRules("rounding", ["spss", "printf", "spss"]), ["spss", "printf"]);
 * assert.deepEqual(roundingRules("rounding", "truncation"), ["truncation"]);
 * ```
 */
export function roundingRules(name: string, value: unknown): RoundingRule[] {
  if (typeof value === "string") return [oneOf(name, value, ROUNDING_RULES)];
  const expected = `a rounding rule or a non-empty list of rules from ${ROUNDING_RULES.join(", ")}`;
  if (!Array.isArray(value)) fail("type", name, expected, value);
  if (value.length === 0) fail("range", name, expected, value);
  value.forEach((rule, i) => oneOf(`${name}[${i}]`, rule, ROUNDING_RULES));
  return [...new Set(value as RoundingRule[])];
}

/**
 * A printed value given either as its string or as an already parsed `Reported`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(printedOrParsed("reported", "2,07").decimals, 2);
 * assert.throws(() => printedOrParsed("reported", null), /^TypeError: reported: expected/);
 * ```
 */
export function printedOrParsed(
  name: string,
  value: unknown,
  options: { allowBound?: boolean } = { allowBound: true },
): Reported {
  if (typeof value === "string") return printedValue(name, value, options);
  const expected = 'a printed number ("2,07") or a parsed one (parseReported)';
  if (value === null || typeof value !== "object") fail("type", name, expected, value);
  const r = value as Partial<Reported>;
  if (
    typeof r.text !== "string" || typeof r.value !== "number" || !Number.isFinite(r.value) ||
    typeof r.decimals !== "number" || !Number.isSafeInteger(r.decimals) || r.decimals < 0 ||
    typeof r.percent !== "boolean" || !(r.bound === null || typeof r.bound === "string")
  ) {
    fail("type", name, expected, value);
  }
  if (r.bound !== null && !options.allowBound) {
    fail("range", name, "a rounded value, not a bound", r.text);
  }
  return r as Reported;
}
