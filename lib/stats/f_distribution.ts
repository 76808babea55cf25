/**
 * The F distribution's upper tail, through the regularized incomplete beta (both tails kept
 * accurate, so tiny p-values do not underflow to a cancellation error).
 *
 * @module
 */
import { regularizedBetaPair } from "./distributions.ts";
import { finiteNumber, positiveNumber } from "../_internal/validate.ts";

/**
 * P(F >= f) for F ~ F(df1, df2), as R's `pf(f, df1, df2, lower.tail = FALSE)`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // R: pf(4.12, 2, 45, lower.tail = FALSE) = 0.0227...
 * assert.ok(Math.abs(fSf(4.12, 2, 45) - 0.02278) < 1e-4);
 * ```
 */
export function fSf(f: number, df1: number, df2: number): number {
  finiteNumber("f", f, { min: 0 });
  positiveNumber("df1", df1);
  positiveNumber("df2", df2);
  if (f === 0) return 1;
  // P(F > f) = I_{df2/(df2 + df1 f)}(df2/2, df1/2); pass both x and 1 − x without cancellation.
  const x = df2 / (df2 + df1 * f);
  const y = (df1 * f) / (df2 + df1 * f);
  return regularizedBetaPair(x, df2 / 2, df1 / 2, y)[0];
}
