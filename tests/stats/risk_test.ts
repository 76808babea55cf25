import assert from "node:assert/strict";
import { riskEstimate } from "../../lib/stats/risk.ts";
import { assertClose, assertThrowsNaming, type Json } from "./helpers.ts";
import { reference19 } from "./reference_19.ts";

Deno.test("riskEstimate matches R (Woolf / Katz formulas) and SciPy odds_ratio, relative_risk", () => {
  for (const c of reference19.risk as Json[]) {
    const r = riskEstimate(c.table);
    const orCall = c.rCall["oddsRatio,orLow,orHigh"];
    assertClose(r.oddsRatio.value, c.r.oddsRatio, orCall, 1e-12);
    assertClose(r.oddsRatio.ci.lo, c.r.orLow, orCall, 1e-12);
    assertClose(r.oddsRatio.ci.hi, c.r.orHigh, orCall, 1e-12);
    const rr1 = c.rCall["rrColumn1,rr1Low,rr1High"];
    assertClose(r.cohortColumn1.value, c.r.rrColumn1, rr1, 1e-12);
    assertClose(r.cohortColumn1.ci.lo, c.r.rr1Low, rr1, 1e-12);
    assertClose(r.cohortColumn1.ci.hi, c.r.rr1High, rr1, 1e-12);
    const rr2 = c.rCall["rrColumn2,rr2Low,rr2High"];
    assertClose(r.cohortColumn2.value, c.r.rrColumn2, rr2, 1e-12);
    assertClose(r.cohortColumn2.ci.lo, c.r.rr2Low, rr2, 1e-12);
    assertClose(r.cohortColumn2.ci.hi, c.r.rr2High, rr2, 1e-12);
    // SciPy
    assertClose(r.oddsRatio.value, c.scipy.oddsRatio, c.scipy.orCall, 1e-12);
    assertClose(r.oddsRatio.ci.lo, c.scipy.orLow, c.scipy.orCall, 1e-9);
    assertClose(r.oddsRatio.ci.hi, c.scipy.orHigh, c.scipy.orCall, 1e-9);
    assertClose(r.cohortColumn1.ci.lo, c.scipy.rr1Low, c.scipy.rr1Call, 1e-9);
    assertClose(r.cohortColumn1.ci.hi, c.scipy.rr1High, c.scipy.rr1Call, 1e-9);
    assertClose(r.cohortColumn2.ci.lo, c.scipy.rr2Low, c.scipy.rr2Call, 1e-9);
    assertClose(r.cohortColumn2.ci.hi, c.scipy.rr2High, c.scipy.rr2Call, 1e-9);
  }
  assert.equal(reference19.risk.length, 4);
});

Deno.test("riskEstimate: a zero cell is an error unless Haldane's 0.5 is asked for", () => {
  assertThrowsNaming(() => riskEstimate([[0, 5], [3, 4]]), RangeError, "haldane");
  const r = riskEstimate([[0, 5], [3, 4]], { haldane: true });
  assert.equal(r.haldane, true);
  assertClose(r.oddsRatio.value, (0.5 * 4.5) / (5.5 * 3.5), "Haldane OR", 1e-15);
  assert.equal(riskEstimate([[1, 5], [3, 4]], { haldane: true }).haldane, false);
  assertThrowsNaming(() => riskEstimate([[1, 2, 3], [1, 2, 3]]), RangeError, "2×2");
  assertThrowsNaming(
    () => riskEstimate([[1, 2], [3, 4]], { confidence: 95 }),
    RangeError,
    "confidence",
  );
});
