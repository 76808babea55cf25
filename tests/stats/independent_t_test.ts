import assert from "node:assert/strict";
import {
  independentSamplesFromSummary,
  independentSamplesTest,
} from "../../lib/stats/independent_t.ts";
import { leveneTest } from "../../lib/stats/levene.ts";
import { assertClose, assertThrowsNaming, type Json } from "./helpers.ts";
import { reference19 } from "./reference_19.ts";

const sd = (xs: number[]) => {
  const m = xs.reduce((s, v) => s + v, 0) / xs.length;
  return Math.sqrt(xs.reduce((s, v) => s + (v - m) ** 2, 0) / (xs.length - 1));
};
const mean = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;

Deno.test("Independent Samples Test: both rows and Levene match R and SciPy", () => {
  let r = 0;
  let s = 0;
  for (const c of reference19.independentT as Json[]) {
    const res = independentSamplesTest(c.x, c.y);
    const eq = res.equalVariances;
    const we = res.unequalVariances;
    // R: t.test(x, y, var.equal=TRUE): statistic, parameter, p.value, conf.int
    const callEq = c.rCall["tEqual,dfEqual,pEqual,ciEqualLow,ciEqualHigh"];
    assertClose(eq.t, c.r.tEqual, callEq);
    assert.equal(eq.df, c.r.dfEqual);
    assertClose(eq.p, c.r.pEqual, callEq);
    assertClose(eq.ci.lo, c.r.ciEqualLow, callEq);
    assertClose(eq.ci.hi, c.r.ciEqualHigh, callEq);
    // R: t.test(x, y) (Welch)
    const callWe = c.rCall["tWelch,dfWelch,pWelch,ciWelchLow,ciWelchHigh"];
    assertClose(we.t, c.r.tWelch, callWe);
    assertClose(we.df, c.r.dfWelch, callWe);
    assertClose(we.p, c.r.pWelch, callWe);
    assertClose(we.ci.lo, c.r.ciWelchLow, callWe);
    assertClose(we.ci.hi, c.r.ciWelchHigh, callWe);
    // R: oneway.test(abs(v - ave(v, g)) ~ g, var.equal=TRUE)
    assertClose(res.levene!.f, c.r.leveneF, c.rCall["leveneF,leveneP"]);
    assertClose(res.levene!.p, c.r.leveneP, c.rCall["leveneF,leveneP"]);
    r += 12;
    // SciPy: levene(x, y, center='mean'); ttest_ind(x, y, equal_var=True / False)
    assertClose(res.levene!.f, c.scipy.leveneF, c.scipy.leveneCall);
    assertClose(res.levene!.p, c.scipy.leveneP, c.scipy.leveneCall);
    assertClose(eq.t, c.scipy.tEqual, c.scipy.tEqualCall);
    assertClose(eq.p, c.scipy.pEqual, c.scipy.tEqualCall);
    assertClose(we.t, c.scipy.tWelch, c.scipy.tWelchCall);
    assertClose(we.p, c.scipy.pWelch, c.scipy.tWelchCall);
    s += 6;
    // From printed summaries, the same rows (up to the summaries' own rounding: none here).
    const fromSummary = independentSamplesFromSummary(
      { mean: mean(c.x), sd: sd(c.x), n: c.x.length },
      { mean: mean(c.y), sd: sd(c.y), n: c.y.length },
    );
    assertClose(fromSummary.equalVariances.t, c.r.tEqual, "summary " + callEq, 1e-9);
    assertClose(fromSummary.unequalVariances.df, c.r.dfWelch, "summary " + callWe, 1e-9);
    assertClose(fromSummary.unequalVariances.ci.hi, c.r.ciWelchHigh, "summary " + callWe, 1e-9);
  }
  assert.equal(r, 60);
  assert.equal(s, 30);
});

Deno.test("Levene with three groups equals the ANOVA of absolute deviations", () => {
  // |deviations| [1,0,1], [2,0,2], [3,0,3]: means 2/3, 4/3, 2; grand 4/3.
  // SSB = 3·(4/9 + 0 + 4/9) = 8/3 on 2 df; SSW = 2/3 + 8/3 + 6 = 28/3 on 6 df; F = (4/3)/(14/9).
  const r = leveneTest([[1, 2, 3], [2, 4, 6], [3, 6, 9]]);
  assertClose(r.f, (4 / 3) / (14 / 9), "hand-computed Levene F", 1e-12);
  assert.deepEqual([r.df1, r.df2], [2, 6]);
});

Deno.test("independent-samples functions reject bad input by name", () => {
  assertThrowsNaming(() => independentSamplesTest([1], [2, 3]), RangeError, "groups[0]");
  assertThrowsNaming(
    () => independentSamplesFromSummary({ mean: 1, sd: -1, n: 5 }, { mean: 2, sd: 1, n: 5 }),
    RangeError,
    "x.sd",
  );
  assertThrowsNaming(
    () => independentSamplesFromSummary({ mean: 1, sd: 1, n: 1 }, { mean: 2, sd: 1, n: 5 }),
    RangeError,
    "x.n",
  );
  assertThrowsNaming(
    () => independentSamplesFromSummary({ mean: 1, sd: 0, n: 4 }, { mean: 2, sd: 0, n: 5 }),
    RangeError,
    "sd",
  );
  assertThrowsNaming(() => leveneTest([[1, 2, 3]]), RangeError, "groups");
});
