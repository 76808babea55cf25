import assert from "node:assert/strict";
import { stuartMaxwell } from "../../lib/stats/stuart_maxwell.ts";
import { assertClose, assertThrowsNaming, type Json } from "./helpers.ts";
import { reference19 } from "./reference_19.ts";

Deno.test("stuartMaxwell matches R coin::mh_test and the numpy formula; McNemar for k = 2", () => {
  for (const c of reference19.stuartMaxwell as Json[]) {
    const r = stuartMaxwell(c.table);
    assertClose(r.statistic, c.r.statistic, c.rCall["statistic,p"], 1e-10);
    assertClose(r.p, c.r.p, c.rCall["statistic,p"], 1e-9);
    assert.equal(r.df, c.table.length - 1);
    assertClose(r.statistic, c.numpy.statistic, c.numpy.call, 1e-12);
    if (c.r.mcnemarStatistic !== undefined) {
      // R: mcnemar.test(t, correct=FALSE)
      assertClose(r.statistic, c.r.mcnemarStatistic, c.rCall["mcnemarStatistic,mcnemarP"], 1e-12);
    }
  }
  assert.equal(reference19.stuartMaxwell.length, 4);
});

Deno.test("stuartMaxwell drops categories nobody moved into or out of", () => {
  const r = stuartMaxwell([[5, 0, 0], [0, 4, 3], [0, 1, 6]]);
  assert.deepEqual(r.droppedCategories, [0]);
  assert.equal(r.df, 1);
  // R: library(coin); mh_test(as.table(matrix(c(5,0,0, 0,4,3, 0,1,6), 3, byrow = TRUE)))
  // gives chi-squared = 1, p = 0.3173105 (df 1): coin drops the category too.
  assertClose(r.statistic, 4 / 4, "McNemar on categories 1 and 2: (3 - 1)² / (3 + 1)", 1e-15);
  assertClose(r.p, 0.3173105078629141, "R: pchisq(1, 1, lower.tail = FALSE)", 1e-12);
  assertThrowsNaming(() => stuartMaxwell([[5, 0], [0, 4]]), RangeError, "no pair changed");
  assertThrowsNaming(() => stuartMaxwell([[5, 0, 1], [0, 4, 1]]), RangeError, "square");
});
