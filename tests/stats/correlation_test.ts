import assert from "node:assert/strict";
import {
  correlationP,
  pearsonCorrelation,
  pearsonTest,
  spearmanTest,
} from "../../lib/stats/correlation.ts";
import { assertClose, assertThrowsNaming, type Json } from "./helpers.ts";
import { reference19 } from "./reference_19.ts";

Deno.test("pearsonTest and spearmanTest match R cor.test and SciPy", () => {
  for (const c of reference19.correlation as Json[]) {
    const p = pearsonTest(c.x, c.y);
    const call = c.rCall["r,t,df,pPearson,ciLow,ciHigh"];
    assertClose(p.r, c.r.r, call, 1e-12);
    assertClose(p.t, c.r.t, call);
    assert.equal(p.df, c.r.df);
    assertClose(p.p, c.r.pPearson, call);
    assertClose(p.ci!.lo, c.r.ciLow, call, 1e-12);
    assertClose(p.ci!.hi, c.r.ciHigh, call, 1e-12);
    assertClose(p.r, c.scipy.r, c.scipy.pearsonCall, 1e-12);
    assertClose(p.p, c.scipy.pPearson, c.scipy.pearsonCall);
    const s = spearmanTest(c.x, c.y);
    // R: cor.test(x, y, method='spearman', exact=FALSE): the t approximation, as SPSS.
    assertClose(s.r, c.r.rho, c.rCall["rho,pSpearman"], 1e-12);
    assertClose(s.p, c.r.pSpearman, c.rCall["rho,pSpearman"]);
    assertClose(s.r, c.scipy.rho, c.scipy.spearmanCall, 1e-12);
    assertClose(s.p, c.scipy.pSpearman, c.scipy.spearmanCall);
  }
  assert.equal(reference19.correlation.length, 4);
});

Deno.test("correlationP matches R and SciPy on printed r", () => {
  for (const c of reference19.pFromStatistic as Json[]) {
    if (c.test !== "r") continue;
    assertClose(correlationP(c.value, c.df1 + 2), c.r.p, c.rCall.p);
    assertClose(correlationP(c.value, c.df1 + 2), c.scipy.p, c.scipy.call);
  }
  assert.equal(correlationP(1, 5), 0);
});

Deno.test("correlation functions reject bad input by name", () => {
  assertThrowsNaming(() => pearsonCorrelation([1, 1, 1], [1, 2, 3]), RangeError, "x, y");
  assertThrowsNaming(() => pearsonTest([1, 2], [1, 2]), RangeError, "x");
  assertThrowsNaming(() => spearmanTest([1, 2, 3], [1, 2]), RangeError, "y");
  assertThrowsNaming(() => spearmanTest([1, 2, 3], [1, 2, 3, 4]), RangeError, "y");
  assertThrowsNaming(() => correlationP(1.2, 10), RangeError, "r");
  assertThrowsNaming(() => correlationP(0.2, 2), RangeError, "n");
});
