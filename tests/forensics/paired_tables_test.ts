import assert from "node:assert/strict";
import { jointTables } from "../../lib/forensics/joint_tables.ts";
import { pairedTableRange, pairedTableTests } from "../../lib/forensics/paired_tables.ts";
import { referenceWilcoxonP } from "./test_helpers.ts";

Deno.test("pairedTableRange: 20 mothers, 12/8 before and 5/15 after (Wilcoxon, SPSS)", () => {
  const range = pairedTableRange([12, 8], [5, 15], { test: "wilcoxon" });
  assert.equal(range.tables, 6);
  // Reference: every table's p from the textbook formula.
  const ps = jointTables([12, 8], [5, 15]).map(referenceWilcoxonP);
  assert.ok(Math.abs(range.p.lo - Math.min(...ps)) < 1e-6);
  assert.ok(Math.abs(range.p.hi - Math.max(...ps)) < 1e-6);
  assert.deepEqual(range.tableAtMin, [[5, 7], [0, 8]]);
  assert.equal(range.significantCount, ps.filter((p) => p < 0.05).length);
  assert.equal(range.verdict, "some");
});

Deno.test("pairedTableRange: 3 x 3 tables agree with the reference on every table", () => {
  const rows = [6, 10, 8];
  const cols = [2, 9, 13];
  const results = pairedTableTests(rows, cols);
  const tables = jointTables(rows, cols);
  assert.equal(results.length, tables.length);
  results.forEach((r, i) => {
    assert.deepEqual(r.table, tables[i]);
    assert.ok(Math.abs(r.p - referenceWilcoxonP(tables[i])) < 1e-6, JSON.stringify(r.table));
  });
  const range = pairedTableRange(rows, cols, { alpha: 0.05 });
  const significant = results.filter((r) => r.p < 0.05).length;
  assert.equal(range.significantCount, significant);
  assert.equal(
    range.verdict,
    significant === results.length ? "all" : significant ? "some" : "none",
  );
});

Deno.test("pairedTableRange: verdicts all and none", () => {
  // 20 of 20 improve whatever the pairing (0 -> 1 forced): significant under every table.
  assert.equal(pairedTableRange([20, 0], [0, 20]).verdict, "all");
  // Equal margins allow the identity pairing (p = 1) and others: for 10/10 both ways the
  // most discordant pairing has 10 up and 10 down, p = 1 too.
  const none = pairedTableRange([10, 10], [10, 10]);
  assert.equal(none.verdict, "none");
  assert.equal(none.p.hi, 1);
});

Deno.test("pairedTableRange: McNemar exact over the pairings", () => {
  const range = pairedTableRange([12, 8], [5, 15], { test: "mcnemar", convention: "exact" });
  // binom.test(0, 7)$p.value = 0.015625 is the strongest pairing (7 up, 0 down).
  assert.ok(Math.abs(range.p.lo - 0.015625) < 1e-12);
  assert.throws(() => pairedTableRange([12, 8], [5, 15], { alpha: 5 }), /alpha/);
  assert.throws(() => pairedTableRange([12, 8], [5, 16]), /colMargins/);
});
