/**
 * Paired categorical data printed only as margins: how many had each level before, how many
 * after. Every joint table (before x after) with those margins is a pairing the paper allows.
 *
 * @module
 */

import {
  count as checkCount,
  finiteArray,
  finiteNumber,
  margins as marginList,
  optionsObject,
  withinBudget,
} from "../_internal/validate.ts";

/** A joint table: `table[i][j]` = how many were at level i before and level j after. */
export type JointTable = number[][];

/**
 * Default work budget of every enumeration here: this many tables (or search steps) before a
 * RangeError naming `budget`; pass `{ budget }` to raise it.
 */
export const ENUMERATION_BUDGET = 1e7;

/** The largest sample `tableToPairs` expands. */
export const PAIRS_BUDGET = 1e7;

/** Options of the enumerations. */
export interface EnumerationOptions {
  /** Work budget (default ENUMERATION_BUDGET). */
  budget?: number;
}

function budgetOf(options: EnumerationOptions | undefined): number {
  const o = optionsObject("options", options, ["budget"]);
  return finiteNumber("budget", o.budget ?? ENUMERATION_BUDGET, { min: 0 });
}

/**
 * C(n + k - 1, k - 1): the number of ways to split n items into k ordered counts (a float,
 * Infinity when beyond the double range).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(compositionCount(3, 2), 4);
 * ```
 */
export function compositionCount(n: number, k: number): number {
  checkCount("n", n, 0);
  checkCount("k", k, 1);
  let result = 1;
  for (let i = 1; i < k && Number.isFinite(result); i++) result = (result * (n + i)) / i;
  return Math.round(result);
}

// A step counter for enumerations whose size is not known in advance.
function stepGuard(name: string, budget: number): () => void {
  let steps = 0;
  return () => {
    if (++steps > budget) {
      throw new RangeError(
        `budget: expected ${name} to finish within ${budget} steps (raise the budget option), ` +
          `got more`,
      );
    }
  };
}

function checkMargins(rowMargins: readonly number[], colMargins: readonly number[]) {
  const rows = marginList("rowMargins", rowMargins);
  const cols = marginList("colMargins", colMargins);
  const n = rows.reduce((a, b) => a + b, 0);
  const m = cols.reduce((a, b) => a + b, 0);
  if (n !== m) {
    throw new RangeError(
      `colMargins: the after counts sum to ${m} but the before counts (rowMargins) sum to ${n}`,
    );
  }
  return { rows, cols };
}

/**
 * Call `visit` with every joint table with the given margins, in lexicographic order of the
 * cells read row by row. The table passed is reused between calls: copy it to keep it.
 * Return false from `visit` to stop.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * let count = 0;
 * forEachJointTable([8, 12], [5, 15], () => {
 *   count++;
 * });
 * assert.equal(count, 6);
 * ```
 */
export function forEachJointTable(
  rowMargins: readonly number[],
  colMargins: readonly number[],
  visit: (table: readonly (readonly number[])[]) => boolean | void,
  options?: EnumerationOptions,
): void {
  const { rows, cols } = checkMargins(rowMargins, colMargins);
  checkVisit(visit);
  // The number of tables is not known in advance: count the steps of the search instead.
  const step = stepGuard("the joint tables", budgetOf(options));
  const r = rows.length;
  const c = cols.length;
  const table: number[][] = rows.map(() => new Array<number>(c).fill(0));
  const colLeft = [...cols];
  let stopped = false;
  const fillCell = (i: number, j: number, rowLeft: number): void => {
    if (stopped) return;
    step();
    if (i === r - 1) {
      // The last row is what the columns still need; its sum matches by construction.
      for (let k = 0; k < c; k++) table[i][k] = colLeft[k];
      if (visit(table) === false) stopped = true;
      return;
    }
    if (j === c - 1) {
      if (rowLeft > colLeft[j]) return;
      table[i][j] = rowLeft;
      colLeft[j] -= rowLeft;
      fillCell(i + 1, 0, rows[i + 1]);
      colLeft[j] += rowLeft;
      return;
    }
    let laterColumns = 0;
    for (let k = j + 1; k < c; k++) laterColumns += colLeft[k];
    const lo = Math.max(0, rowLeft - laterColumns);
    const hi = Math.min(rowLeft, colLeft[j]);
    for (let v = lo; v <= hi && !stopped; v++) {
      table[i][j] = v;
      colLeft[j] -= v;
      fillCell(i, j + 1, rowLeft - v);
      colLeft[j] += v;
    }
  };
  fillCell(0, 0, rows[0]);
}

/**
 * Every joint table with the given margins (rows = before counts, columns = after counts), in
 * lexicographic order of the cells read row by row.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(jointTables([1, 1], [1, 1]), [[[0, 1], [1, 0]], [[1, 0], [0, 1]]]);
 * ```
 */
export function jointTables(
  rowMargins: readonly number[],
  colMargins: readonly number[],
  options?: EnumerationOptions,
): JointTable[] {
  const out: JointTable[] = [];
  forEachJointTable(rowMargins, colMargins, (table) => {
    out.push(table.map((row) => [...row]));
  }, options);
  return out;
}

/**
 * How many joint tables have the given margins.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(countJointTables([8, 12], [5, 15]), 6);
 * ```
 */
export function countJointTables(
  rowMargins: readonly number[],
  colMargins: readonly number[],
  options?: EnumerationOptions,
): number {
  let count = 0;
  forEachJointTable(rowMargins, colMargins, () => {
    count++;
  }, options);
  return count;
}

/**
 * Call `visit` with every k x k table of counts summing to `n` (margins unknown), in
 * lexicographic order of the cells read row by row. The table is reused between calls.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * let count = 0;
 * forEachTableWithTotal(2, 3, () => {
 *   count++;
 * });
 * assert.equal(count, 20); // C(6, 3)
 * ```
 */
export function forEachTableWithTotal(
  k: number,
  n: number,
  visit: (table: readonly (readonly number[])[]) => boolean | void,
  options?: EnumerationOptions,
): void {
  checkCount("k", k, 2);
  checkCount("n", n, 1);
  checkVisit(visit);
  withinBudget("budget", compositionCount(n, k * k), budgetOf(options));
  const cells = k * k;
  const flat = new Array<number>(cells).fill(0);
  const table: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  let stopped = false;
  const fill = (index: number, left: number): void => {
    if (stopped) return;
    if (index === cells - 1) {
      flat[index] = left;
      for (let i = 0; i < cells; i++) table[Math.floor(i / k)][i % k] = flat[i];
      if (visit(table) === false) stopped = true;
      return;
    }
    for (let v = 0; v <= left && !stopped; v++) {
      flat[index] = v;
      fill(index + 1, left - v);
    }
  };
  fill(0, n);
}

/**
 * The before and after arrays a joint table stands for (pairs in table order), coded by
 * `levels` (default 0, 1, ..., k - 1).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(tableToPairs([[1, 2], [0, 1]]), { before: [0, 0, 0, 1], after: [0, 1, 1, 1] });
 * ```
 */
export function tableToPairs(
  table: readonly (readonly number[])[],
  levels?: readonly number[],
): { before: number[]; after: number[] } {
  if (!Array.isArray(table)) throw new TypeError(`table: expected an array of rows, got ${table}`);
  const k = table.length;
  if (k < 2 || table.some((row) => !Array.isArray(row) || row.length !== k)) {
    throw new RangeError(`table: expected a square table of at least 2 x 2, got ${k} rows`);
  }
  const codes = levels === undefined
    ? Array.from({ length: k }, (_, i) => i)
    : finiteArray("levels", levels);
  if (codes.length !== k) {
    throw new RangeError(`levels: expected ${k} codes, got ${codes.length}`);
  }
  const counts = table.map((row, i) =>
    (row as readonly number[]).map((c: number, j: number) => checkCount(`table[${i}][${j}]`, c))
  );
  withinBudget("table", counts.flat().reduce((a, b) => a + b, 0), PAIRS_BUDGET);
  const before: number[] = [];
  const after: number[] = [];
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const count = counts[i][j];
      for (let t = 0; t < count; t++) {
        before.push(codes[i]);
        after.push(codes[j]);
      }
    }
  }
  return { before, after };
}

/**
 * Call `visit` with every k x k table whose rows sum to `rowMargins` (columns free), in
 * lexicographic order of the cells read row by row. The table is reused between calls.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * let count = 0;
 * forEachTableWithRowMargins([12, 8], 2, () => {
 *   count++;
 * });
 * assert.equal(count, 13 * 9);
 * ```
 */
export function forEachTableWithRowMargins(
  rowMargins: readonly number[],
  k: number,
  visit: (table: readonly (readonly number[])[]) => boolean | void,
  options?: EnumerationOptions,
): void {
  const rows = marginList("rowMargins", rowMargins);
  checkCount("k", k, 2);
  checkVisit(visit);
  withinBudget(
    "budget",
    rows.reduce((product, r) => product * compositionCount(r, k), 1),
    budgetOf(options),
  );
  const table: number[][] = rows.map(() => new Array<number>(k).fill(0));
  let stopped = false;
  const fill = (i: number, j: number, left: number): void => {
    if (stopped) return;
    if (j === k - 1) {
      table[i][j] = left;
      if (i === rows.length - 1) {
        if (visit(table) === false) stopped = true;
      } else fill(i + 1, 0, rows[i + 1]);
      return;
    }
    for (let v = 0; v <= left && !stopped; v++) {
      table[i][j] = v;
      fill(i, j + 1, left - v);
    }
  };
  fill(0, 0, rows[0]);
}

/**
 * Call `visit` with every k x k table consistent with whatever is known: both margins, the row
 * (before) margins, the column (after) margins, or only the total `n`. The table passed is
 * reused between calls (copy it to keep it); tables known only by their column margins come
 * in lexicographic order of the cells read column by column.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * let count = 0;
 * forEachPairedTable(2, { n: 20, rowMargins: [12, 8] }, () => {
 *   count++;
 * });
 * assert.equal(count, 117);
 * ```
 */
export function forEachPairedTable(
  k: number,
  known: { n?: number; rowMargins?: readonly number[]; colMargins?: readonly number[] },
  visit: (table: readonly (readonly number[])[]) => boolean | void,
  options?: EnumerationOptions,
): void {
  checkCount("k", k, 2);
  optionsObject("known", known);
  if (known === undefined) throw new TypeError(`known: expected { n, rowMargins, colMargins }`);
  if (known.n !== undefined) checkCount("n", known.n, 1);
  const { rowMargins, colMargins } = known;
  for (const [name, margins] of [["rowMargins", rowMargins], ["colMargins", colMargins]] as const) {
    if (margins === undefined) continue;
    marginList(name, margins);
    if (margins.length !== k) {
      throw new RangeError(`${name}: expected ${k} counts (one per level), got ${margins.length}`);
    }
    const total = margins.reduce((a, b) => a + b, 0);
    if (known.n !== undefined && total !== known.n) {
      throw new RangeError(`${name}: the counts sum to ${total}, but n is ${known.n}`);
    }
  }
  if (rowMargins && colMargins) return forEachJointTable(rowMargins, colMargins, visit, options);
  if (rowMargins) return forEachTableWithRowMargins(rowMargins, k, visit, options);
  if (colMargins) {
    const transposed: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    return forEachTableWithRowMargins(colMargins, k, (t) => {
      for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) transposed[j][i] = t[i][j];
      return visit(transposed);
    }, options);
  }
  if (known.n === undefined) {
    throw new RangeError(`n: expected n when neither rowMargins nor colMargins is known`);
  }
  forEachTableWithTotal(k, known.n, visit, options);
}

/**
 * Visit every way of splitting `total` items into `parts` ordered counts (a composition), in
 * lexicographic order; the array passed to `visit` is reused, so copy it to keep it. There are
 * C(total + parts - 1, parts - 1) of them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const seen: number[][] = [];
 * forEachComposition(2, 2, (c) => seen.push([...c]));
 * assert.deepEqual(seen, [[0, 2], [1, 1], [2, 0]]);
 * ```
 */
export function forEachComposition(
  total: number,
  parts: number,
  visit: (counts: readonly number[]) => void,
  options?: EnumerationOptions,
): void {
  checkCount("total", total, 0);
  checkCount("parts", parts, 1);
  checkVisit(visit);
  withinBudget("budget", compositionCount(total, parts), budgetOf(options));
  const counts = new Array<number>(parts).fill(0);
  const fill = (i: number, left: number): void => {
    if (i === parts - 1) {
      counts[i] = left;
      visit(counts);
      return;
    }
    for (let v = 0; v <= left; v++) {
      counts[i] = v;
      fill(i + 1, left - v);
    }
  };
  fill(0, total);
}

function checkVisit(visit: unknown): void {
  if (typeof visit !== "function") {
    throw new TypeError(`visit: expected a function, got ${typeof visit}`);
  }
}
