/**
 * Paired categorical data printed only as margins: how many had each level before, how many
 * after. Every joint table (before x after) with those margins is a pairing the paper allows.
 *
 * @module
 */

import { count as checkCount, margins as marginList } from "../_internal/validate.ts";

/** A joint table: `table[i][j]` = how many were at level i before and level j after. */
export type JointTable = number[][];

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
 * let count = 0;
 * forEachJointTable([8, 12], [5, 15], () => { count++; }); // count === 6
 * ```
 */
export function forEachJointTable(
  rowMargins: readonly number[],
  colMargins: readonly number[],
  visit: (table: readonly (readonly number[])[]) => boolean | void,
): void {
  const { rows, cols } = checkMargins(rowMargins, colMargins);
  const r = rows.length;
  const c = cols.length;
  const table: number[][] = rows.map(() => new Array<number>(c).fill(0));
  const colLeft = [...cols];
  let stopped = false;
  const fillCell = (i: number, j: number, rowLeft: number): void => {
    if (stopped) return;
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
 * jointTables([1, 1], [1, 1]); // [[[0, 1], [1, 0]], [[1, 0], [0, 1]]]
 * ```
 */
export function jointTables(
  rowMargins: readonly number[],
  colMargins: readonly number[],
): JointTable[] {
  const out: JointTable[] = [];
  forEachJointTable(rowMargins, colMargins, (table) => {
    out.push(table.map((row) => [...row]));
  });
  return out;
}

/**
 * How many joint tables have the given margins.
 *
 * @example
 * ```ts
 * countJointTables([8, 12], [5, 15]); // 6
 * ```
 */
export function countJointTables(
  rowMargins: readonly number[],
  colMargins: readonly number[],
): number {
  let count = 0;
  forEachJointTable(rowMargins, colMargins, () => {
    count++;
  });
  return count;
}

/**
 * Call `visit` with every k x k table of counts summing to `n` (margins unknown), in
 * lexicographic order of the cells read row by row. The table is reused between calls.
 *
 * @example
 * ```ts
 * let count = 0;
 * forEachTableWithTotal(2, 3, () => { count++; }); // count === 20 (C(6, 3))
 * ```
 */
export function forEachTableWithTotal(
  k: number,
  n: number,
  visit: (table: readonly (readonly number[])[]) => boolean | void,
): void {
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`k: expected a whole number >= 2`);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n: expected a whole number >= 1`);
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
 * tableToPairs([[1, 2], [0, 1]]); // { before: [0, 0, 0, 1], after: [0, 1, 1, 1] }
 * ```
 */
export function tableToPairs(
  table: readonly (readonly number[])[],
  levels?: readonly number[],
): { before: number[]; after: number[] } {
  const k = table.length;
  if (k < 2 || table.some((row) => row.length !== k)) {
    throw new RangeError(`table: expected a square table of at least 2 x 2`);
  }
  const codes = levels ?? Array.from({ length: k }, (_, i) => i);
  if (codes.length !== k) {
    throw new RangeError(`levels: expected ${k} codes, got ${codes.length}`);
  }
  const before: number[] = [];
  const after: number[] = [];
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const count = table[i][j];
      if (!Number.isInteger(count) || count < 0) {
        throw new RangeError(`table: cell [${i}][${j}] is not a whole count: ${count}`);
      }
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
 * let count = 0;
 * forEachTableWithRowMargins([12, 8], 2, () => { count++; }); // count === 13 * 9
 * ```
 */
export function forEachTableWithRowMargins(
  rowMargins: readonly number[],
  k: number,
  visit: (table: readonly (readonly number[])[]) => boolean | void,
): void {
  const rows = marginList("rowMargins", rowMargins);
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`k: expected a whole number >= 2`);
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
 * let count = 0;
 * forEachPairedTable(2, { n: 20, rowMargins: [12, 8] }, () => { count++; }); // 117
 * ```
 */
export function forEachPairedTable(
  k: number,
  known: { n?: number; rowMargins?: readonly number[]; colMargins?: readonly number[] },
  visit: (table: readonly (readonly number[])[]) => boolean | void,
): void {
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
  if (rowMargins && colMargins) return forEachJointTable(rowMargins, colMargins, visit);
  if (rowMargins) return forEachTableWithRowMargins(rowMargins, k, visit);
  if (colMargins) {
    const transposed: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    return forEachTableWithRowMargins(colMargins, k, (t) => {
      for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) transposed[j][i] = t[i][j];
      return visit(transposed);
    });
  }
  if (known.n === undefined) {
    throw new RangeError(`n: give n when neither rowMargins nor colMargins is known`);
  }
  forEachTableWithTotal(k, known.n, visit);
}

/**
 * Visit every way of splitting `total` items into `parts` ordered counts (a composition), in
 * lexicographic order; the array passed to `visit` is reused, so copy it to keep it. There are
 * C(total + parts - 1, parts - 1) of them.
 *
 * @example
 * ```ts
 * const seen: number[][] = [];
 * forEachComposition(2, 2, (c) => seen.push([...c])); // [[0, 2], [1, 1], [2, 0]]
 * ```
 */
export function forEachComposition(
  total: number,
  parts: number,
  visit: (counts: readonly number[]) => void,
): void {
  checkCount("total", total, 0);
  checkCount("parts", parts, 1);
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
