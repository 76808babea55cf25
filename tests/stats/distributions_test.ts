import assert from "node:assert/strict";
import jStat from "jstat";
import {
  binomialCdf,
  binomialSf,
  chiSquareSf,
  logGamma,
  normalCdf,
  normalQuantile,
  normalSf,
  studentTCdf,
  studentTQuantile,
  studentTSf,
  twoSidedNormalP,
} from "../../lib/stats/distributions.ts";
import { assertClose, assertThrowsNaming, type Json, prng, reference } from "./helpers.ts";

Deno.test("normal tail is accurate where jStat underflows", () => {
  // R: 2 * pnorm(-10) = 1.5239706048321e-23
  assertClose(2 * normalSf(10), 1.5239706048321e-23, "2*sf(10)", 1e-12);
  assertClose(twoSidedNormalP(-10), 1.5239706048321e-23, "two-sided", 1e-12);
  assert.equal(2 * jStat.normal.cdf(-10, 0, 1), 0, "the jStat bug this library avoids");
  assert.equal(twoSidedNormalP(0), 1);
});

Deno.test("normal sf and quantile match R pnorm/qnorm", () => {
  for (const c of reference.normal as Json[]) {
    if ("z" in c) {
      assertClose(normalSf(c.z), c.sf, c.call, 1e-13, 1e-320);
      assertClose(normalCdf(-c.z), c.sf, `${c.call} via cdf`, 1e-13, 1e-320);
    } else {
      assertClose(normalQuantile(c.p), c.quantile, c.call, 1e-13, 1e-15);
    }
  }
});

Deno.test("student t cdf, sf and quantile match R pt/qt", () => {
  for (const c of reference.studentT as Json[]) {
    if ("t" in c) {
      assertClose(studentTCdf(c.t, c.df), c.cdf, `${c.call}[1]`, 1e-11);
      assertClose(studentTSf(c.t, c.df), c.sf, `${c.call}[2]`, 1e-11);
    } else {
      assertClose(studentTQuantile(c.p, c.df), c.quantile, c.call, 1e-12);
    }
  }
  assert.ok(reference.studentT.length > 100);
});

Deno.test("chi-square and binomial tails match R pchisq/pbinom", () => {
  for (const c of reference.chiSquare as Json[]) {
    assertClose(chiSquareSf(c.x, c.df), c.sf, c.call, 1e-11, 1e-300);
  }
  for (const c of reference.binomial as Json[]) {
    assertClose(binomialCdf(c.k, c.n, c.prob), c.cdf, c.call, 1e-11, 1e-300);
    // P(X >= k+1) = 1 − P(X <= k), checked where the complement is not tiny.
    if (c.cdf < 0.5) assertClose(binomialSf(c.k + 1, c.n, c.prob), 1 - c.cdf, c.call, 1e-11);
  }
});

Deno.test("logGamma matches factorials", () => {
  let logFact = 0;
  for (let n = 1; n < 170; n++) {
    logFact += Math.log(n);
    assertClose(logGamma(n + 1), logFact, `lgamma(${n + 1})`, 1e-14, 1e-14);
  }
});

Deno.test("property: distribution functions stay in [0, 1] and quantiles invert", () => {
  const rand = prng(3);
  for (let i = 0; i < 500; i++) {
    const p = rand();
    if (p === 0) continue;
    const df = Math.exp(rand() * 8 - 1);
    const z = normalQuantile(p);
    assertClose(normalCdf(z), p, `qnorm round trip p=${p}`, 1e-13, 1e-16);
    const t = studentTQuantile(p, df);
    assertClose(studentTCdf(t, df), p, `qt round trip p=${p} df=${df}`, 1e-11, 1e-16);
    const x = rand() * 50;
    for (const v of [chiSquareSf(x, df), studentTSf(x, df), normalSf(x)]) {
      assert.ok(v >= 0 && v <= 1, `value ${v}`);
    }
  }
});

Deno.test("distribution functions reject bad arguments by name", () => {
  assertThrowsNaming(() => normalSf(NaN), RangeError, "z");
  assertThrowsNaming(() => studentTCdf(1, 0), RangeError, "df");
  assertThrowsNaming(() => studentTQuantile(1.5, 3), RangeError, "p");
  assertThrowsNaming(() => chiSquareSf(-1, 2), RangeError, "x");
  assertThrowsNaming(() => binomialCdf(1, 2.5, 0.5), RangeError, "n");
  assertThrowsNaming(() => binomialCdf(1, 3, 2), RangeError, "p");
  assertThrowsNaming(() => normalCdf("1" as never), TypeError, "z");
  assert.equal(normalQuantile(0), -Infinity);
  assert.equal(studentTQuantile(1, 4), Infinity);
});
