import assert from "node:assert/strict";
import {
  countJointTables,
  forEachComposition,
  forEachTableWithTotal,
  jointTables,
  tableToPairs,
} from "../../lib/forensics/joint_tables.ts";

/** Brute force: every k x k table with cells 0..(row margin), kept when its margins match. */
function bruteForceTables(rows: number[], cols: number[]): number[][][] {
  const k = rows.length;
  const out: number[][][] = [];
  const flat = new Array<number>(k * k).fill(0);
  const walk = (i: number) => {
    if (i === k * k) {
      const t = Array.from({ length: k }, (_, r) => flat.slice(r * k, r * k + k));
      const ok = t.every((row, r) => row.reduce((a, b) => a + b, 0) === rows[r]) &&
        cols.every((c, j) => t.reduce((a, row) => a + row[j], 0) === c);
      if (ok) out.push(t);
      return;
    }
    for (let v = 0; v <= rows[Math.floor(i / k)]; v++) {
      flat[i] = v;
      walk(i + 1);
    }
  };
  walk(0);
  return out;
}

Deno.test("jointTables: equals brute force over all cells, same order", () => {
  for (
    const [rows, cols] of [
      [[1, 1], [1, 1]],
      [[3, 2], [1, 4]],
      [[2, 1, 2], [1, 3, 1]],
      [[0, 3, 2], [2, 2, 1]],
      [[4, 0, 1], [0, 5, 0]],
    ]
  ) {
    assert.deepEqual(jointTables(rows, cols), bruteForceTables(rows, cols), `${rows} ${cols}`);
  }
});

Deno.test("jointTables: counts for 2 x 2 and a known 3 x 3 count", () => {
  // A 2 x 2 table with margins (8, 12) x (5, 15) is fixed by its top-left cell: 0..5.
  assert.equal(countJointTables([8, 12], [5, 15]), 6);
  // 3 x 3 tables with all margins 8 (n = 24), counted independently over the four free cells.
  let count = 0;
  for (let a = 0; a <= 8; a++) {
    for (let b = 0; a + b <= 8; b++) {
      for (let c = 0; c <= 8 - a; c++) {
        for (let d = 0; d <= 8 - b && c + d <= 8; d++) {
          // Row 1 (a, b, 8-a-b), row 2 (c, d, 8-c-d); row 3 is forced by the columns.
          const e = 8 - a - c;
          const f = 8 - b - d;
          const g = 8 - (8 - a - b) - (8 - c - d);
          if (e >= 0 && f >= 0 && g >= 0 && e + f + g === 8) count++;
        }
      }
    }
  }
  assert.equal(countJointTables([8, 8, 8], [8, 8, 8]), count);
  assert.equal(count, 1035);
});

Deno.test("forEachTableWithTotal: C(n + k^2 - 1, k^2 - 1) tables", () => {
  let count = 0;
  forEachTableWithTotal(2, 20, () => {
    count++;
  });
  assert.equal(count, 1771); // C(23, 3)
  let stopAt = 0;
  forEachTableWithTotal(3, 4, () => ++stopAt < 10);
  assert.equal(stopAt, 10);
});

Deno.test("tableToPairs: expands a table into before/after arrays", () => {
  assert.deepEqual(tableToPairs([[1, 2], [0, 1]]), { before: [0, 0, 0, 1], after: [0, 1, 1, 1] });
  assert.deepEqual(tableToPairs([[0, 1], [1, 0]], [1, 2]), { before: [1, 2], after: [2, 1] });
  assert.throws(() => tableToPairs([[1, 2]]), /table/);
  assert.throws(() => tableToPairs([[1, 0], [0, 1]], [1, 2, 3]), /levels/);
});

Deno.test("jointTables: bad margins are errors naming the argument", () => {
  assert.throws(
    () => jointTables([8, 12], [5, 14]),
    (e: unknown) => e instanceof RangeError && /colMargins/.test(e.message),
  );
  assert.throws(() => jointTables([8, -1], [5, 2]), /rowMargins/);
  assert.throws(() => jointTables([8], [8]), /rowMargins/);
  assert.deepEqual(jointTables([0, 0], [0, 0]), [[[0, 0], [0, 0]]]);
});

Deno.test("forEachComposition: every ordered split, counted as C(total + parts - 1, parts - 1)", () => {
  const seen: number[][] = [];
  forEachComposition(2, 3, (c) => seen.push([...c]));
  assert.deepEqual(seen, [[0, 0, 2], [0, 1, 1], [0, 2, 0], [1, 0, 1], [1, 1, 0], [2, 0, 0]]);
  // R: choose(10 + 3 - 1, 3 - 1) = 66; choose(20 + 4 - 1, 4 - 1) = 1771
  for (const [total, parts, expected] of [[10, 3, 66], [20, 4, 1771], [5, 1, 1], [0, 3, 1]]) {
    let count = 0;
    forEachComposition(total, parts, (c) => {
      assert.equal(c.reduce((a, b) => a + b, 0), total);
      count++;
    });
    assert.equal(count, expected, `${total} into ${parts}`);
  }
  assert.throws(() => forEachComposition(-1, 2, () => {}), /total/);
  assert.throws(() => forEachComposition(3, 0, () => {}), /parts/);
});

Deno.test("enumerations refuse work beyond their budget with a named error, quickly", () => {
  const started = performance.now();
  // 6 x 6 tables with margins of 20 each: far beyond 1e7 tables.
  const twenty = [20, 20, 20, 20, 20, 20];
  assert.throws(() => countJointTables(twenty, twenty), /^RangeError: budget: expected/);
  // ... and the budget option raises (or lowers) the limit.
  assert.throws(() => countJointTables([8, 12], [5, 15], { budget: 2 }), /^RangeError: budget/);
  assert.equal(countJointTables([8, 12], [5, 15], { budget: 100 }), 6);
  assert.throws(() => forEachComposition(1000, 10, () => {}), /^RangeError: budget: expected/);
  assert.throws(() => forEachTableWithTotal(6, 120, () => {}), /^RangeError: budget: expected/);
  // A cell of 1e308 is not a count (it used to loop forever).
  assert.throws(() => tableToPairs([[1e308, 2], [0, 1]]), /^RangeError: table\[0\]\[0\]: expected/);
  assert.throws(() => tableToPairs([[4e6, 4e6], [4e6, 4e6]]), /^RangeError: table: expected/);
  assert.throws(() => tableToPairs(null as never), /^TypeError: table: expected/);
  assert.ok(performance.now() - started < 2000);
});
