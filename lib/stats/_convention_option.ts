/**
 * Private: reads the `convention` option of a test and refuses it beside an option it sets.
 *
 * @module
 */
import { oneOf } from "../_internal/validate.ts";
import { SOFTWARE_CONVENTIONS, type SoftwareConvention } from "./software_convention.ts";

/**
 * Read `options.convention` (undefined when absent) and refuse it beside an option it sets.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(conventionOption({ convention: "spss" }, ["method"]), "spss");
 * assert.equal(conventionOption({}, ["method"]), undefined);
 * assert.throws(
 *   () => conventionOption({ convention: "spss", method: "exact" }, ["method"]),
 *   /^RangeError: options\.method: expected no method beside convention "spss"/,
 * );
 * ```
 */
export function conventionOption(
  options: object,
  presetKeys: readonly string[],
): SoftwareConvention | undefined {
  const given = options as Record<string, unknown>;
  if (given.convention === undefined) return undefined;
  const convention = oneOf("options.convention", given.convention, SOFTWARE_CONVENTIONS);
  for (const key of presetKeys) {
    if (given[key] !== undefined) {
      throw new RangeError(
        `options.${key}: expected no ${key} beside convention "${convention}", which sets it, ` +
          `got ${JSON.stringify(given[key])}`,
      );
    }
  }
  return convention;
}
