/**
 * Table columns forced to total 100 %: the one rounding a single value cannot show.
 *
 * When a printed percentage column sums exactly to 100 although its values, each rounded on
 * its own, would not, the author (or the software) has adjusted an entry. The largest-remainder
 * (Hamilton) method is the standard way to do that; we check whether it reproduces the column.
 *
 * @module
 */

import { parseReported, roundTo } from "../printed/reported.ts";

/**
 * Round values to `decimals` places so that they total `total` exactly, by the largest-remainder
 * method: truncate each, then give the units still missing to the largest remainders (earlier
 * rows first on equal remainders).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // Truncated: 33.3 each, 99.9 in all; the missing 0.1 goes to the first of the equal remainders.
 * assert.deepEqual(largestRemainder([100 / 3, 100 / 3, 100 / 3], 1), [33.4, 33.3, 33.3]);
 * ```
 */
export function largestRemainder(
  values: readonly number[],
  decimals: number,
  total = 100,
): number[] {
  if (values.length === 0) throw new RangeError("values: expected at least one value");
  for (const [i, v] of values.entries()) {
    if (!Number.isFinite(v) || v < 0) {
      throw new RangeError(`values[${i}]: expected a finite non-negative number, got ${v}`);
    }
  }
  const scale = 10 ** decimals;
  const units = values.map((v) => roundTo(v, decimals, "truncation") * scale);
  const floors = units.map((u) => Math.round(u));
  const remainders = values.map((v, i) => v * scale - floors[i]);
  let missing = Math.round(total * scale) - floors.reduce((a, b) => a + b, 0);
  // Equal shares (1/24 and 1/24) can differ in the last bits of their remainders; treat
  // remainders within 1e-9 of a unit as equal so that earlier rows win, as documented.
  const order = remainders.map((r, i) => ({ r, i }))
    .sort((a, b) => (Math.abs(a.r - b.r) < 1e-9 ? a.i - b.i : b.r - a.r));
  const result = [...floors];
  for (const { i } of order) {
    if (missing <= 0) break;
    result[i] += 1;
    missing -= 1;
  }
  return result.map((u) => u / scale);
}

/**
 * Whether a printed column of values sums exactly to `total` at its printed precision.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(printedColumnTotals(["33,4", "33,3", "33,3"]), true);
 * assert.equal(printedColumnTotals(["33,3", "33,3", "33,3"]), false); // 99,9
 * ```
 */
export function printedColumnTotals(reported: readonly string[], total = 100): boolean {
  const parsed = reported.map(parseReported);
  const decimals = Math.max(...parsed.map((p) => p.decimals));
  const scale = 10 ** decimals;
  const sum = parsed.reduce((acc, p) => acc + Math.round(p.value * scale), 0);
  return sum === Math.round(total * scale);
}
