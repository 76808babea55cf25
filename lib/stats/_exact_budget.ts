/**
 * Private: the work budget of the exact methods (the signed-rank and rank-sum distributions in
 * exact.ts, and Kruskal-Wallis's exact distribution), read the same way everywhere.
 *
 * @module
 */
import { fail } from "../_internal/validate.ts";

/**
 * Default work budget of an exact method: its estimated number of inner-loop cell updates.
 * An update takes about 1 ns on the project's 2-core machine when it is otherwise idle (3 ns
 * under load), so 1e9 is one to three seconds.
 */
export const DEFAULT_MAX_EXACT_WORK = 1e9;

/**
 * The work budget an exact method may spend: `maxWork` when given (a positive number,
 * Infinity allowed), else {@link DEFAULT_MAX_EXACT_WORK}. `name` is what an error calls it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(exactBudget("maxWork", undefined), DEFAULT_MAX_EXACT_WORK);
 * assert.throws(() => exactBudget("options.maxWork", -1), /^RangeError: options\.maxWork: expected/);
 * ```
 */
export function exactBudget(name: string, maxWork: unknown): number {
  if (maxWork === undefined) return DEFAULT_MAX_EXACT_WORK;
  const expected = "a positive number (Infinity allowed)";
  if (typeof maxWork !== "number") fail("type", name, expected, maxWork);
  if (!(maxWork > 0)) fail("range", name, expected, maxWork);
  return maxWork;
}
