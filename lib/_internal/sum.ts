/**
 * Sums, means and variances that do not lose digits: Neumaier's compensated summation keeps the
 * low-order bits a plain loop drops (1e16 + 1 - 1e16 is 1 here, 0 in a plain loop).
 *
 * @module
 */

/**
 * The compensated (Neumaier) sum of finite numbers.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(sum([1e16, 1, -1e16]), 1);
 * assert.equal(sum([]), 0);
 * ```
 */
export function sum(values: ArrayLike<number>): number {
  let total = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    const t = total + x;
    // Whichever operand is larger keeps its digits; the other's lost part goes to compensation.
    compensation += Math.abs(total) >= Math.abs(x) ? (total - t) + x : (x - t) + total;
    total = t;
  }
  // An overflow is an overflow: Infinity (or NaN from Infinity - Infinity) as a plain sum gives.
  return Number.isFinite(total) ? total + compensation : naiveSum(values);
}

function naiveSum(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total;
}

/**
 * The mean of at least one number.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(mean([1, 2, 3, 4]), 2.5);
 * ```
 */
export function mean(values: ArrayLike<number>): number {
  if (values.length === 0) throw new RangeError("values: expected at least 1 value, got 0");
  const total = sum(values);
  if (Number.isFinite(total)) return total / values.length;
  // The sum overflowed although the mean may not: average the values scaled to |x| <= 1.
  const top = largestMagnitude(values);
  if (!Number.isFinite(top)) return total / values.length;
  return top * (sum(Array.from(values, (x) => x / top)) / values.length);
}

function largestMagnitude(values: ArrayLike<number>): number {
  let top = 0;
  for (let i = 0; i < values.length; i++) top = Math.max(top, Math.abs(values[i]));
  return top;
}

/**
 * The sample variance (denominator n - 1) of at least two numbers, by two passes: the mean
 * first, then the compensated sum of squared deviations (no cancellation of large squares).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(variance([2, 4, 4, 4, 5, 5, 7, 9]), 32 / 7);
 * ```
 */
export function variance(values: ArrayLike<number>): number {
  if (values.length < 2) {
    throw new RangeError(`values: expected at least 2 values, got ${values.length}`);
  }
  const top = largestMagnitude(values);
  if (top > 1e150 && Number.isFinite(top)) {
    // Squares would overflow: scale to |x| <= 1 (the variance may still be Infinity, honestly).
    return top * top * variance(Array.from(values, (x) => x / top));
  }
  const m = mean(values);
  const squares = new Float64Array(values.length);
  const deviations = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    deviations[i] = values[i] - m;
    squares[i] = deviations[i] * deviations[i];
  }
  // The correction term sum(d)^2 / n removes what rounding the mean left (it is ~0 otherwise).
  const s = sum(deviations);
  return (sum(squares) - (s * s) / values.length) / (values.length - 1);
}
