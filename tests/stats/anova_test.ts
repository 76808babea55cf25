import assert from "node:assert/strict";
import { oneWayAnova, oneWayAnovaFromSummary } from "../../lib/stats/anova.ts";
import { fSf } from "../../lib/stats/f_distribution.ts";
import { assertClose, assertThrowsNaming, type Json } from "./helpers.ts";
import { reference19 } from "./reference_19.ts";

Deno.test("oneWayAnova matches R oneway.test(var.equal=TRUE) and SciPy f_oneway", () => {
  for (const c of reference19.anova as Json[]) {
    const res = oneWayAnova(c.groups);
    const call = c.rCall["F,df1,df2,p"];
    assertClose(res.f, c.r.F, call);
    assert.equal(res.dfBetween, c.r.df1);
    assert.equal(res.dfWithin, c.r.df2);
    assertClose(res.p, c.r.p, call);
    assertClose(res.f, c.scipy.F, c.scipy.call);
    assertClose(res.p, c.scipy.p, c.scipy.call);
  }
  assert.equal(reference19.anova.length, 4);
});

Deno.test("fSf matches R pf and SciPy f.sf on the statcheck cases", () => {
  for (const c of reference19.pFromStatistic as Json[]) {
    if (c.test !== "F") continue;
    assertClose(fSf(c.value, c.df1, c.df2), c.r.p, c.rCall.p, 1e-12);
    assertClose(fSf(c.value, c.df1, c.df2), c.scipy.p, c.scipy.call, 1e-12);
  }
  // F(1, df) is t²: R: pf(2.5^2, 1, 12, lower.tail=FALSE) == 2*pt(-2.5, 12)
  assertClose(fSf(6.25, 1, 12), 0.027915399571325213, "R: 2*pt(-2.5, 12)", 1e-12);
});

Deno.test("oneWayAnovaFromSummary: SS from printed means and SDs", () => {
  const r = oneWayAnovaFromSummary([
    { mean: 10, sd: 2, n: 5 },
    { mean: 12, sd: 2, n: 5 },
    { mean: 14, sd: 2, n: 5 },
  ]);
  // SSB = 5·(4 + 0 + 4) = 40; SSW = 3 · 4 · 4 = 48; F = 20 / 4 = 5 on 2 and 12 df.
  assert.equal(r.sumOfSquaresBetween, 40);
  assert.equal(r.sumOfSquaresWithin, 48);
  assert.equal(r.f, 5);
  assertThrowsNaming(
    () => oneWayAnovaFromSummary([{ mean: 1, sd: 1, n: 3 }]),
    RangeError,
    "groups",
  );
  assertThrowsNaming(
    () => oneWayAnovaFromSummary([{ mean: 1, sd: 1, n: 3 }, { mean: 1, sd: 1, n: 0 }]),
    RangeError,
    "groups[1].n",
  );
  assertThrowsNaming(() => oneWayAnova([[1, 1], [2, 2]]), RangeError, "SD 0");
  assertThrowsNaming(() => fSf(-1, 1, 2), RangeError, "f");
});
