/**
 * The greatest common divisor of whole numbers, shared by the exact distributions (grids of
 * doubled ranks, the common denominator of Kruskal-Wallis's scaled statistic).
 *
 * @module
 */

/**
 * gcd(a, b) by Euclid's algorithm, for safe integers (gcd(a, 0) = a).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(gcd(12, 18), 6);
 * assert.equal(gcd(7, 0), 7);
 * ```
 */
export function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
