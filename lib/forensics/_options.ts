/**
 * Options objects of the forensic checks. Unknown names are refused, and a name the library has
 * renamed gets an error that gives the new name: a silently ignored `rules` would run the
 * default rounding and look like an answer.
 *
 * @module
 */

import { optionsObject } from "../_internal/validate.ts";

/** Option names that were renamed (old -> new), so an old caller is told, not ignored. */
const RENAMED: Readonly<Record<string, string>> = { rule: "rounding", rules: "rounding" };

/**
 * An options object whose keys are all among `known`; a renamed key (`rule`, `rules`, or one
 * in `renamed`) is refused with its new name.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(forensicOptions("options", { rounding: "spss" }, ["rounding"]), {
 *   rounding: "spss",
 * });
 * assert.throws(
 *   () => forensicOptions("options", { rules: ["spss"] }, ["rounding"]),
 *   /^RangeError: options\.rules: renamed to rounding/,
 * );
 * assert.throws(
 *   () => forensicOptions("input", { min: 1 }, ["scale"], { min: "scale.lo" }),
 *   /^RangeError: input\.min: renamed to scale\.lo/,
 * );
 * ```
 */
export function forensicOptions<T extends object>(
  name: string,
  value: T | undefined | null,
  known: readonly string[],
  renamed: Readonly<Record<string, string>> = {},
): Partial<T> {
  return optionsObject(name, value, known, { ...RENAMED, ...renamed });
}
