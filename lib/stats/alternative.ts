/**
 * The alternative hypothesis and what follows from it, shared by every test: validating the
 * option, the continuity correction's direction, and p from a z or from two exact tails.
 *
 * @module
 */

import { normalCdf, normalSf } from "./distributions.ts";
import { notNaN, oneOf, probability } from "../_internal/validate.ts";

/** Which alternative a test's p-value is for. */
export type Alternative = "two-sided" | "less" | "greater";

const ALTERNATIVES = ["two-sided", "less", "greater"] as const;

/**
 * Validate an `alternative` option (default "two-sided").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(alternativeOption(undefined), "two-sided");
 * assert.throws(() => alternativeOption("sideways"), /^RangeError: alternative: expected/);
 * ```
 */
export function alternativeOption(value: unknown): Alternative {
  return oneOf("alternative", value ?? "two-sided", ALTERNATIVES);
}

/**
 * The continuity correction (half a unit of the statistic) toward the null, by alternative:
 * two-sided moves a centred statistic toward zero, one-sided in the tested direction.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(continuityShift(3, "two-sided"), 0.5);
 * assert.equal(continuityShift(-3, "less"), -0.5);
 * ```
 */
export function continuityShift(centred: number, alternative: Alternative): number {
  notNaN("centred", centred);
  alternativeOption(alternative);
  if (alternative === "greater") return 0.5;
  if (alternative === "less") return -0.5;
  return 0.5 * Math.sign(centred);
}

/**
 * p from a standard normal z, by alternative; two-sided capped at 1.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // R: 2 * pnorm(-3.3166) = 0.0009111997161696127; pnorm(-3.3166) = 0.0004555998580848063
 * assert.ok(Math.abs(pFromZ(-3.3166, "two-sided") / 0.0009111997161696127 - 1) < 1e-14);
 * assert.ok(Math.abs(pFromZ(-3.3166, "less") / 0.0004555998580848063 - 1) < 1e-14);
 * assert.ok(Math.abs(pFromZ(-3.3166, "greater") - (1 - 0.0004555998580848063)) < 1e-15);
 * ```
 */
export function pFromZ(z: number, alternative: Alternative): number {
  notNaN("z", z);
  alternativeOption(alternative);
  if (alternative === "less") return normalCdf(z);
  if (alternative === "greater") return normalSf(z);
  return Math.min(1, 2 * normalSf(Math.abs(z)));
}

/**
 * p from an exact distribution's two tails [P(S <= s), P(S >= s)]: two-sided is twice the
 * smaller tail, capped at 1 (as R and SciPy do).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(pFromTails([0.01, 0.995], "two-sided"), 0.02);
 * ```
 */
export function pFromTails(
  tails: readonly [number, number],
  alternative: Alternative,
): number {
  if (!Array.isArray(tails) || tails.length !== 2) {
    throw new TypeError(`tails: expected [P(S <= s), P(S >= s)], got ${String(tails)}`);
  }
  const lower = probability("tails[0]", tails[0]);
  const upper = probability("tails[1]", tails[1]);
  alternativeOption(alternative);
  if (alternative === "less") return lower;
  if (alternative === "greater") return upper;
  return Math.min(1, 2 * Math.min(lower, upper));
}
