import assert from "node:assert/strict";
import { signTest, signTestFromCounts } from "../../lib/stats/sign_test.ts";
import { assertClose, assertThrowsNaming, type Json } from "./helpers.ts";
import { reference19 } from "./reference_19.ts";

Deno.test("sign test: exact p as R binom.test / SciPy binomtest, asymptotic as R prop.test", () => {
  for (const c of reference19.signTest as Json[]) {
    const r = signTestFromCounts(c.positive, c.negative);
    assertClose(r.exactP, c.r.exactP, c.rCall.exactP, 1e-12);
    assertClose(r.exactP, c.scipy.exactP, c.scipy.call, 1e-12);
    assertClose(r.asymptoticP, c.r.asymptoticP, c.rCall.asymptoticP, 1e-12);
    assert.equal(r.p, r.n <= 25 ? r.exactP : r.asymptoticP);
  }
  assert.equal(reference19.signTest.length, 7);
});

Deno.test("sign test from paired data counts signs and ties; Z is negative as SPSS prints", () => {
  const r = signTest([5, 5, 5, 5, 5, 5], [6, 7, 4, 5, 8, 9]);
  assert.deepEqual([r.positive, r.negative, r.ties, r.n], [4, 1, 1, 5]);
  assert.equal(r.method, "exact");
  // n = 40, 30 positive: Z = -(|30 - 20| - 0.5) / (√40 / 2)
  assertClose(signTestFromCounts(30, 10).z, -9.5 / (Math.sqrt(40) / 2), "SPSS Z", 1e-15);
  assert.equal(signTestFromCounts(30, 10).method, "asymptotic");
  assertThrowsNaming(() => signTestFromCounts(0, 0, 3), RangeError, "tied");
  assertThrowsNaming(() => signTestFromCounts(-1, 2), RangeError, "positive");
  assertThrowsNaming(() => signTest([1, 2], [1]), RangeError, "after");
});
