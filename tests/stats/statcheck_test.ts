import assert from "node:assert/strict";
import { checkPrintedP } from "../../lib/stats/statcheck.ts";
import { assertClose, assertThrowsNaming, type Json } from "./helpers.ts";
import { reference19 } from "./reference_19.ts";

Deno.test("checkPrintedP recomputes p as R (pt, pf, pchisq, pnorm) and SciPy do", () => {
  for (const c of reference19.pFromStatistic as Json[]) {
    const r = checkPrintedP({
      test: c.test,
      statistic: String(c.value),
      df1: c.df1 ?? undefined,
      df2: c.df2 ?? undefined,
      p: "0.5",
    });
    assertClose(r.computedP, c.r.p, c.rCall.p, 1e-10);
    assertClose(r.computedP, c.scipy.p, c.scipy.call, 1e-10);
    assert.ok(r.pRange.lo <= r.computedP && r.computedP <= r.pRange.hi);
  }
  assert.equal(reference19.pFromStatistic.length, 11);
});

Deno.test("the printed statistic's rounding widens p into a range", () => {
  // t(28) = 2,31 stands for [2.305, 2.315]: p from 0.02816 to 0.02879
  const r = checkPrintedP({ test: "t", statistic: "2,31", df1: 28, p: "0,029" });
  assert.equal(r.consistent, true);
  assertClose(r.pRange.lo, 2.816168055e-02, "R: 2*pt(-2.315, 28)", 1e-9);
  assertClose(r.pRange.hi, 2.879205193e-02, "R: 2*pt(-2.305, 28)", 1e-9);
  assert.equal(
    checkPrintedP({ test: "t", statistic: "2,31", df1: 28, p: "0,028" }).consistent,
    true,
  );
  assert.equal(
    checkPrintedP({ test: "t", statistic: "2,31", df1: 28, p: "0,027" }).consistent,
    false,
  );
});

Deno.test("bounds, SPSS's .000, decision errors and one-tailed readings", () => {
  // χ²(1) = 6,63: p = 0.01003 (R: pchisq(6.63, 1, lower.tail=FALSE)); but 6,63 stands for up
  // to 6.635 > qchisq(0.99, 1) = 6.6349, so even "< 0,01" is consistent. 6,60 is not.
  assert.equal(
    checkPrintedP({ test: "chi2", statistic: "6,63", df1: 1, p: "< 0,05" }).consistent,
    true,
  );
  assert.equal(
    checkPrintedP({ test: "chi2", statistic: "6,63", df1: 1, p: "< 0,01" }).consistent,
    true,
  );
  assert.equal(
    checkPrintedP({ test: "chi2", statistic: "6,60", df1: 1, p: "< 0,01" }).consistent,
    false,
  );
  // z = 4.2: p = 2.7e-5 prints as .000 in SPSS
  assert.equal(checkPrintedP({ test: "z", statistic: "4.2", p: ".000" }).consistent, true);
  assert.equal(checkPrintedP({ test: "z", statistic: "2.2", p: ".000" }).consistent, false);
  // t(20) = 1,80: two-sided p = 0.0870 (R: 2*pt(-1.8, 20)), printed 0,04: decision error,
  // and consistent one-tailed (0.0435 → "0,04").
  const r = checkPrintedP({ test: "t", statistic: "1,80", df1: 20, p: "0,04" });
  assert.equal(r.consistent, false);
  assert.equal(r.decisionError, true);
  assert.equal(r.consistentOneTailed, true);
  assert.match(r.note, /one-tailed/);
  // r(30) = .42 two-sided p = 0.0167; printed .017
  assert.equal(checkPrintedP({ test: "r", statistic: ".42", df1: 30, p: ".017" }).consistent, true);
  // F(2, 45) = 4,12: p = 0.0228
  assert.equal(
    checkPrintedP({ test: "F", statistic: "4,12", df1: 2, df2: 45, p: "0,023" }).consistent,
    true,
  );
  // A printed statistic of 0,0 reaches p = 1
  assert.equal(
    checkPrintedP({ test: "t", statistic: "0,0", df1: 10, p: "1,000" }).consistent,
    true,
  );
});

Deno.test("checkPrintedP rejects bad input by name", () => {
  assertThrowsNaming(
    () => checkPrintedP({ test: "q" as never, statistic: "1", p: "0.5" }),
    RangeError,
    "test",
  );
  assertThrowsNaming(
    () => checkPrintedP({ test: "t", statistic: "1", p: "0.5" }),
    TypeError,
    "df1",
  );
  assertThrowsNaming(
    () => checkPrintedP({ test: "F", statistic: "1", df1: 2, p: "0.5" }),
    TypeError,
    "df2",
  );
  assertThrowsNaming(
    () => checkPrintedP({ test: "F", statistic: "-1", df1: 2, df2: 3, p: "0.5" }),
    RangeError,
    "statistic",
  );
  assertThrowsNaming(
    () => checkPrintedP({ test: "r", statistic: "1.2", df1: 2, p: "0.5" }),
    RangeError,
    "statistic",
  );
  assertThrowsNaming(() => checkPrintedP({ test: "z", statistic: "1", p: "1.5" }), RangeError, "p");
  assertThrowsNaming(
    () => checkPrintedP({ test: "z", statistic: "abc", p: "0.5" }),
    RangeError,
    "reported",
  );
  assertThrowsNaming(
    () => checkPrintedP({ test: "z", statistic: "1", p: "0.5", tails: 3 as never }),
    RangeError,
    "tails",
  );
});
