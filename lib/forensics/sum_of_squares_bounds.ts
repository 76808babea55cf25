/**
 * The least and greatest sum of squares that `count` whole numbers in `[lo, hi]` with a given
 * sum can have. The least spreads the sum as evenly as possible; the greatest pushes values to
 * the ends of the scale with at most one value in between (any other split is a
 * Robin-Hood transfer away from it, which only lowers the sum of squares).
 *
 * @module
 */

import { count as checkCount, safeInteger } from "../_internal/validate.ts";
import type { NumericInterval } from "../printed/intervals.ts";

/**
 * The least and greatest sum of squares, as `{ lo, hi }`, of `count` whole numbers in the scale
 * `[lo, hi]` summing to `sum`, or null when no such numbers exist. Omit `lo`/`hi` (pass -Infinity/Infinity) for an
 * unbounded scale; the greatest is then Infinity.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(sumOfSquaresBounds(3, 6, 1, 7), { lo: 12, hi: 18 });
 * ```
 */
export function sumOfSquaresBounds(
  count: number,
  sum: number,
  lo = -Infinity,
  hi = Infinity,
): NumericInterval | null {
  checkCount("count", count, 0);
  safeInteger("sum", sum);
  if (lo !== -Infinity) safeInteger("lo", lo);
  if (hi !== Infinity) safeInteger("hi", hi);
  if (count === 0) return sum === 0 ? { lo: 0, hi: 0 } : null;
  if (sum < count * lo || sum > count * hi) return null;
  const q = Math.floor(sum / count);
  const r = sum - q * count;
  const min = count * q * q + r * (2 * q + 1);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return { lo: min, hi: Infinity };
  const width = hi - lo;
  if (width === 0) return { lo: min, hi: min };
  const excess = sum - count * lo;
  const atTop = Math.floor(excess / width);
  if (atTop >= count) return { lo: min, hi: count * hi * hi };
  const middle = lo + (excess - atTop * width);
  const max = atTop * hi * hi + (count - atTop - 1) * lo * lo + middle * middle;
  return { lo: min, hi: max };
}
