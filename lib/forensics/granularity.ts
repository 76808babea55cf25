/**
 * The granularity of recorded values: whole units (1), halves (0.5), one decimal (0.1). A value
 * recorded in steps of 1/m is a whole number of 1/m-units, so GRIM and GRIMMER treat it as `m`
 * whole-number items averaged per person: the arithmetic is the same.
 *
 * @module
 */

import { finiteNumber } from "../_internal/validate.ts";

/**
 * The whole number m with granularity = 1/m (1 -> 1, 0.5 -> 2, 0.1 -> 10).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(granularitySteps(0.5), 2);
 * assert.throws(() => granularitySteps(0.3), /^RangeError: granularity: expected/);
 * ```
 */
export function granularitySteps(granularity: unknown): number {
  const name = "granularity";
  const g = finiteNumber(name, granularity, { min: 0, max: 1, minOpen: true });
  const m = Math.round(1 / g);
  if (m > 1e6 || Math.abs(m * g - 1) > 1e-9) {
    throw new RangeError(
      `${name}: expected 1/m for a whole m up to 1e6 (1, 0.5, 0.25, 0.1, ...), got ${g}`,
    );
  }
  return m;
}
