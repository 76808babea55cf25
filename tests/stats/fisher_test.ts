import assert from "node:assert/strict";
import { countTable, fisherExact, fisherExactRxC } from "../../lib/stats/fisher.ts";
import { assertClose, assertThrowsNaming, type Json, reference } from "./helpers.ts";
import { reference19 } from "./reference_19.ts";

Deno.test("fisherExact (2×2) still matches R fisher.test after the move", () => {
  for (const c of reference.fisher as Json[]) {
    assertClose(fisherExact(c.table, { alternative: c.alternative }).p, c.p, c.call, 1e-10);
  }
});

Deno.test("fisherExactRxC matches R fisher.test and a brute-force enumeration in Python", () => {
  let checked = 0;
  for (const c of reference19.fisherRxC as Json[]) {
    const r = fisherExactRxC(c.table);
    assertClose(r.p, c.r.p, c.rCall.p, 1e-10);
    assertClose(r.p, c.brute, c.bruteCall, 1e-10);
    checked++;
  }
  assert.equal(checked, 5);
});

Deno.test("fisherExactRxC agrees with fisherExact on 2×2 tables", () => {
  for (const c of reference.fisher as Json[]) {
    if (c.alternative !== "two-sided") continue;
    assertClose(fisherExactRxC(c.table).p, fisherExact(c.table).p, JSON.stringify(c.table), 1e-12);
  }
});

Deno.test("fisherExactRxC counts the tables it enumerated and refuses runaway sizes", () => {
  // 2×2 with margins (2, 2 | 2, 2): a11 ∈ {0, 1, 2}.
  assert.equal(fisherExactRxC([[1, 1], [1, 1]]).tables, 3);
  assertThrowsNaming(
    () => fisherExactRxC([[10, 10, 10], [10, 10, 10], [10, 10, 10]], { maxTables: 100 }),
    RangeError,
    "maxTables",
  );
});

Deno.test("fisher functions reject bad tables by name", () => {
  assertThrowsNaming(() => fisherExactRxC([[1, 2], [3]]), RangeError, "table");
  assertThrowsNaming(() => fisherExactRxC([[1, 2]]), TypeError, "table");
  assertThrowsNaming(() => fisherExactRxC([[1, 2.5], [3, 4]]), RangeError, "table[0][1]");
  assertThrowsNaming(() => fisherExactRxC("x" as never), TypeError, "table");
});

Deno.test("fisher functions name every bad argument, even null options and huge totals", () => {
  assertThrowsNaming(() => fisherExact("x" as never), TypeError, "table:");
  assertThrowsNaming(() => fisherExact([[1, 2], [3, 4]], null as never), TypeError, "options:");
  assertThrowsNaming(() => fisherExactRxC([[1, 2], [3, 4]], null as never), TypeError, "options:");
  assertThrowsNaming(
    () => fisherExact([[1, 2], [3, 4]], { alternative: "less", maxTables: 3 } as never),
    RangeError,
    "options:",
  );
  assertThrowsNaming(() => countTable(1.5 as never, [[1, 2], [3, 4]]), TypeError, "name:");
  assertThrowsNaming(() => countTable("", [[1, 2], [3, 4]]), TypeError, "name:");
  assertThrowsNaming(() => countTable("t", [[1, 2], [3, 4]], NaN), RangeError, "minRows:");
  // Before: "Invalid typed array length" from the log-factorial table.
  assertThrowsNaming(() => fisherExact([[2 ** 50, 1], [1, 1]]), RangeError, "maxN");
  assertThrowsNaming(() => fisherExactRxC([[2 ** 50, 1], [1, 1]]), RangeError, "maxN");
  assertThrowsNaming(() => fisherExact([[5, 5], [5, 5]], { maxN: 19 }), RangeError, "N = 20");
  assertThrowsNaming(() => fisherExact([[5, 5], [5, 5]], { maxN: -1 }), RangeError, "maxN:");
  // Before: "Maximum call stack size exceeded" (the recursion goes one level per cell).
  const wide = [0, 1].map((r) => Array.from({ length: 20000 }, (_, j) => (j === r ? 1 : 0)));
  assertThrowsNaming(() => fisherExactRxC(wide), RangeError, "2 × 20000");
});

Deno.test("fisherExact: a support of 5e5 tables (Math.max(...) overflowed the stack there)", () => {
  // R: fisher.test(matrix(c(5e5, 5e5, 5e5, 5e5), 2))$p.value is 1 (a symmetric table).
  assertClose(fisherExact([[5e5, 5e5], [5e5, 5e5]]).p, 1, "R fisher.test", 1e-12);
  // R: fisher.test(matrix(c(250100, 249900, 249900, 250100), 2))$p.value
  assertClose(
    fisherExact([[250100, 249900], [249900, 250100]]).p,
    0.69063020632290217,
    "R fisher.test",
    1e-9,
  );
});
