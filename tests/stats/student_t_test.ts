import assert from "node:assert/strict";
import {
  meanCI,
  pairedTTest,
  pairedTTestFromSummary,
  studentTTest,
  welchTTest,
} from "../../lib/stats/student_t.ts";
import { assertClose, assertThrowsNaming, type Json, prng, reference } from "./helpers.ts";

Deno.test("pairedTTest matches R t.test(after, before, paired = TRUE) and SciPy ttest_rel", () => {
  for (const c of reference.pairedT as Json[]) {
    const r = pairedTTest(c.before, c.after, {
      confidence: c.confidence,
      alternative: c.alternative,
    });
    assertClose(r.t, c.t, `${c.call} t`, 1e-12);
    assert.equal(r.df, c.df);
    assertClose(r.p, c.p, `${c.call} p`, 1e-10);
    assertClose(r.p, c.scipyP, `${c.scipyCall} p`, 1e-10);
    assertClose(r.meanDifference, c.meanDifference, `${c.call} mean`, 1e-12);
    assertClose(r.ci.lo, c.ciLow, `${c.call} ci low`, 1e-12, 1e-12);
    assertClose(r.ci.hi, c.ciHigh, `${c.call} ci high`, 1e-12, 1e-12);
  }
  assert.ok(reference.pairedT.length > 50);
});

Deno.test("summary-statistic versions reproduce the raw-data results", () => {
  for (const c of (reference.pairedT as Json[]).filter((c) => c.alternative === "two-sided")) {
    const raw = pairedTTest(c.before, c.after, { confidence: c.confidence });
    const summary = pairedTTestFromSummary({
      meanDifference: raw.meanDifference,
      sdDifference: raw.sdDifference,
      n: raw.n,
      confidence: c.confidence,
    });
    assert.deepEqual(summary, raw);
    const ci = meanCI({
      mean: raw.meanDifference,
      sd: raw.sdDifference,
      n: raw.n,
      confidence: c.confidence,
    });
    assert.deepEqual(ci, raw.ci);
  }
});

Deno.test("meanCI hand case: R mean(x) + qt(c(.025,.975), 9) * 2/sqrt(10)", () => {
  // R: 10 + qt(c(0.025, 0.975), 9) * 2 / sqrt(10) = 8.569286 11.430714
  const { lo, hi } = meanCI({ mean: 10, sd: 2, n: 10 });
  assertClose(lo, 10 - 2.2621571627982049 * 2 / Math.sqrt(10), "lo", 1e-14);
  assertClose(hi, 10 + 2.2621571627982049 * 2 / Math.sqrt(10), "hi", 1e-14);
  assert.deepEqual(meanCI({ mean: 3, sd: 0, n: 5 }), { lo: 3, hi: 3 });
});

Deno.test("welch and student t tests match R t.test", () => {
  for (const c of reference.twoSampleT as Json[]) {
    const fn = c.varEqual ? studentTTest : welchTTest;
    const r = fn(c.x, c.y, { alternative: c.alternative, confidence: c.confidence });
    assertClose(r.t, c.t, `${c.call} t`, 1e-12);
    assertClose(r.df, c.df, `${c.call} df`, 1e-12);
    assertClose(r.p, c.p, `${c.call} p`, 1e-10);
    assertClose(r.ci.lo, c.ciLow, `${c.call} ci`, 1e-12, 1e-12);
    assertClose(r.ci.hi, c.ciHigh, `${c.call} ci`, 1e-12, 1e-12);
  }
});

Deno.test("property: t tests never return NaN and p stays in [0, 1]", () => {
  const rand = prng(17);
  for (let trial = 0; trial < 300; trial++) {
    const n = 2 + Math.floor(rand() * 30);
    const before = Array.from({ length: n }, () => Math.round(rand() * 100) / 10);
    const after = before.map((b) => b + Math.round((rand() - 0.3) * 50) / 10);
    if (new Set(after.map((a, i) => a - before[i])).size === 1) continue;
    const r = pairedTTest(before, after, { confidence: 0.5 + rand() * 0.49 });
    for (const v of [r.t, r.p, r.ci.lo, r.ci.hi, r.sdDifference]) {
      assert.ok(Number.isFinite(v), `trial ${trial}`);
    }
    assert.ok(r.p >= 0 && r.p <= 1);
    assert.ok(r.ci.lo <= r.meanDifference && r.meanDifference <= r.ci.hi);
  }
});

Deno.test("t tests reject bad input with errors naming the argument", () => {
  assertThrowsNaming(() => pairedTTest([1], [2]), RangeError, "before");
  assertThrowsNaming(() => pairedTTest([1, 2], [2, 3]), RangeError, "zero variance");
  assertThrowsNaming(
    () => pairedTTest([1, 2], [2, 5], { confidence: 1 }),
    RangeError,
    "confidence",
  );
  assertThrowsNaming(
    () => pairedTTestFromSummary({ meanDifference: 1, sdDifference: 0, n: 5 }),
    RangeError,
    "sdDifference",
  );
  assertThrowsNaming(
    () => pairedTTestFromSummary({ meanDifference: 1, sdDifference: 1, n: 1.5 }),
    RangeError,
    "n",
  );
  assertThrowsNaming(() => meanCI({ mean: 1, sd: -1, n: 5 }), RangeError, "sd");
  assertThrowsNaming(() => welchTTest([1, 1], [2, 2]), RangeError, "standard error");
});
