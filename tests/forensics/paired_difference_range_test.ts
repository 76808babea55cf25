import assert from "node:assert/strict";
import { pairedDifferenceOverPairings } from "../../lib/forensics/paired_difference_range.ts";

Deno.test("pairedDifferenceOverPairings agrees with R over every pairing", () => {
  // Rscript: source("tests/stats/reference/newcombe_paired.R"), then for every joint table with
  // margins (k1 before yes, k2 after yes, n) the union of -rev(confIntPairedProportion(x)):
  // prints n tables, min lower, max upper and how many intervals exclude 0.
  const reference: [number, number, number, number, number, number, number][] = [
    [6, 13, 15, 3, 0.0468003179, 0.7284279295, 3],
    [8, 13, 15, 3, -0.0506067689, 0.6152207002, 2],
    [3, 14, 24, 4, 0.1350220430, 0.6791916211, 4],
  ];
  for (const [k1, k2, n, tables, lo, hi, excluding] of reference) {
    const r = pairedDifferenceOverPairings(k1, k2, n);
    assert.equal(r.tables, tables);
    assert.ok(Math.abs(r.lower.lo - lo) < 1e-9, `lower for ${k1}/${k2}/${n}`);
    assert.ok(Math.abs(r.upper.hi - hi) < 1e-9, `upper for ${k1}/${k2}/${n}`);
    assert.equal(r.excludingZero, excluding);
    assert.ok(Math.abs(r.difference - (k2 - k1) / n) < 1e-15);
    assert.ok(r.lower.lo <= r.lower.hi && r.upper.lo <= r.upper.hi);
  }
});

Deno.test("pairedDifferenceOverPairings: one pairing when a margin is 0 or n", () => {
  const r = pairedDifferenceOverPairings(0, 1, 24);
  assert.equal(r.tables, 1);
  assert.deepEqual(r.pairings[0].table, [[0, 0], [1, 23]]);
  assert.equal(r.excludingZero, 0);
});

Deno.test("pairedDifferenceOverPairings: bad counts name the argument", () => {
  assert.throws(() => pairedDifferenceOverPairings(16, 13, 15), /before must be <= n/);
  assert.throws(() => pairedDifferenceOverPairings(6, -1, 15), /after/);
  assert.throws(() => pairedDifferenceOverPairings(6, 13, 0), /n/);
  assert.throws(() => pairedDifferenceOverPairings(1.5, 13, 15), /before/);
});
