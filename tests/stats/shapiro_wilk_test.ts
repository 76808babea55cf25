import assert from "node:assert/strict";
import { shapiroWilk } from "../../lib/stats/shapiro_wilk.ts";
import { assertClose, assertThrowsNaming, type Json, prng, reference } from "./helpers.ts";

Deno.test("shapiroWilk matches R shapiro.test for n = 3 .. 5000", () => {
  for (const [i, c] of (reference.shapiro as Json[]).entries()) {
    const r = shapiroWilk(c.x);
    assertClose(r.w, c.w, `case ${i} (n=${c.x.length}) ${c.call} W`, 1e-12);
    assertClose(r.p, c.p, `case ${i} (n=${c.x.length}) ${c.call} p`, 1e-9, 1e-300);
  }
  assert.ok(reference.shapiro.length > 30);
});

Deno.test("shapiroWilk agrees with SciPy's shapiro (same AS R94 algorithm)", () => {
  for (const c of reference.shapiro as Json[]) {
    const r = shapiroWilk(c.x);
    // SciPy computes in single precision internally, so agreement is ~1e-6.
    assertClose(r.w, c.scipyW, `${c.scipyCall} W`, 1e-5);
  }
});

Deno.test("shapiroWilk hand case: R shapiro.test(c(1, 2, 4))", () => {
  // R: shapiro.test(c(1,2,4)) -> W = 0.964285714285714, p = 0.636886845028963
  const r = shapiroWilk([1, 2, 4]);
  assertClose(r.w, 0.964285714285714, "W", 1e-13);
  assertClose(r.p, 0.636886845028963, "p", 1e-12);
});

Deno.test("property: shapiroWilk returns W in (0, 1] and p in [0, 1]", () => {
  const rand = prng(23);
  for (let trial = 0; trial < 300; trial++) {
    const n = 3 + Math.floor(rand() * 200);
    const x = Array.from({ length: n }, () => Math.floor(rand() * 6));
    if (new Set(x).size === 1) continue;
    const r = shapiroWilk(x);
    assert.ok(r.w > 0 && r.w <= 1, `W = ${r.w}`);
    assert.ok(r.p >= 0 && r.p <= 1, `p = ${r.p}`);
  }
});

Deno.test("shapiroWilk rejects bad input", () => {
  assertThrowsNaming(() => shapiroWilk([1, 2]), RangeError, "x");
  assertThrowsNaming(() => shapiroWilk(Array(5001).fill(0).map((_, i) => i)), RangeError, "x");
  assertThrowsNaming(() => shapiroWilk([3, 3, 3, 3]), RangeError, "identical");
  assertThrowsNaming(() => shapiroWilk([1, 2, NaN]), RangeError, "x[2]");
});
