import assert from "node:assert/strict";
import { fisherExact, proportionCI } from "../../lib/stats/proportions.ts";
import { assertClose, assertThrowsNaming, type Json, prng, reference } from "./helpers.ts";

Deno.test("fisherExact matches R fisher.test for every alternative", () => {
  for (const c of reference.fisher as Json[]) {
    const r = fisherExact(c.table, { alternative: c.alternative });
    assertClose(r.p, c.p, c.call, 1e-10);
  }
  assert.ok(reference.fisher.length >= 27);
});

Deno.test("fisherExact sample odds ratio and its degenerate cases", () => {
  assert.equal(fisherExact([[3, 1], [1, 3]]).oddsRatio, 9);
  assert.equal(fisherExact([[3, 0], [1, 3]]).oddsRatio, Infinity);
  assert.equal(fisherExact([[0, 2], [1, 3]]).oddsRatio, 0);
  assert.equal(fisherExact([[0, 0], [1, 3]]).oddsRatio, null);
  assert.equal(fisherExact([[0, 0], [0, 0]]).p, 1);
});

Deno.test("proportionCI matches R prop.test (Wilson) and binom.test (Clopper-Pearson)", () => {
  for (const c of reference.proportionCI as Json[]) {
    const w = proportionCI(c.k, c.n, { confidence: c.confidence });
    assertClose(w.lo, c.wilsonLow, c.wilsonCall, 1e-12, 1e-15);
    assertClose(w.hi, c.wilsonHigh, c.wilsonCall, 1e-12, 1e-15);
    const cp = proportionCI(c.k, c.n, { method: "clopper-pearson", confidence: c.confidence });
    assertClose(cp.lo, c.clopperLow, c.clopperCall, 1e-10, 1e-15);
    assertClose(cp.hi, c.clopperHigh, c.clopperCall, 1e-10, 1e-15);
  }
});

Deno.test("property: intervals are ordered inside [0, 1] and contain k/n", () => {
  const rand = prng(41);
  for (let i = 0; i < 300; i++) {
    const n = 1 + Math.floor(rand() * 200);
    const k = Math.floor(rand() * (n + 1));
    for (const method of ["wilson", "clopper-pearson"] as const) {
      const { lo, hi } = proportionCI(k, n, { method, confidence: 0.5 + rand() * 0.499 });
      assert.ok(0 <= lo && lo <= k / n && k / n <= hi && hi <= 1, `${method} ${k}/${n}`);
    }
  }
});

Deno.test("proportion functions reject bad input by name", () => {
  assertThrowsNaming(() => proportionCI(3, 2), RangeError, "k");
  assertThrowsNaming(() => proportionCI(1, 0), RangeError, "n");
  assertThrowsNaming(() => proportionCI(1, 5, { confidence: 0 }), RangeError, "confidence");
  assertThrowsNaming(() => fisherExact([[1, -1], [2, 3]]), RangeError, "table[0][1]");
  assertThrowsNaming(() => fisherExact([[1, 2, 3]] as never), TypeError, "table");
});
