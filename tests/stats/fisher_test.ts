import assert from "node:assert/strict";
import { fisherExact, fisherExactRxC } from "../../lib/stats/fisher.ts";
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
