/**
 * How many individual-level pairings one joint table stands for. When only the before and
 * after margins are printed, a joint table (before × after counts) is what a paired test
 * depends on; each table corresponds to many assignments of after-levels to the individual
 * participants (whose before-levels are fixed), all giving the same test result.
 *
 * @module
 */

import { margins } from "../_internal/validate.ts";

function factorial(n: number): bigint {
  let f = 1n;
  for (let k = 2n; k <= BigInt(n); k++) f *= k;
  return f;
}

function toSafeNumber(x: bigint, what: string): number {
  if (x > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`${what} (${x}) exceeds Number.MAX_SAFE_INTEGER`);
  }
  return Number(x);
}

/**
 * The number of ways to give after-levels to participants whose before-levels are fixed so
 * that the joint table is `table` (rows = before, columns = after): the product over rows of
 * the multinomial coefficient row total! / (cell! ...).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(pairingAssignments([[5, 1], [8, 1]]), 54); // 6 * 9
 * ```
 */
export function pairingAssignments(table: readonly (readonly number[])[]): number {
  if (!Array.isArray(table) || table.length < 2) {
    throw new RangeError("table: expected a joint table of at least 2 rows");
  }
  let total = 1n;
  for (const [i, row] of table.entries()) {
    const cells = margins(`table[${i}]`, row);
    let term = factorial(cells.reduce((a, b) => a + b, 0));
    for (const cell of cells) term /= factorial(cell);
    total *= term;
  }
  return toSafeNumber(total, "pairingAssignments");
}

/**
 * The number of individual-level pairings the margins allow in all: with the before-levels
 * fixed, n! / (after counts)! ... — the sum of `pairingAssignments` over every joint table.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(totalPairingAssignments([6, 9], [13, 2]), 105); // C(15, 2)
 * ```
 */
export function totalPairingAssignments(
  rowMargins: readonly number[],
  colMargins: readonly number[],
): number {
  const rows = margins("rowMargins", rowMargins);
  const cols = margins("colMargins", colMargins);
  const n = rows.reduce((a, b) => a + b, 0);
  if (cols.reduce((a, b) => a + b, 0) !== n) {
    throw new RangeError(`colMargins: the after counts must sum to ${n}, as the before counts do`);
  }
  let total = factorial(n);
  for (const c of cols) total /= factorial(c);
  return toSafeNumber(total, "totalPairingAssignments");
}
