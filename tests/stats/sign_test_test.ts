import assert from "node:assert/strict";
import { signTest, signTestFromCounts } from "../../lib/stats/sign_test.ts";
import { SOFTWARE_CONVENTIONS } from "../../lib/stats/software_convention.ts";
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
  assertThrowsNaming(() => signTestFromCounts(0, 0, { ties: 3 }), RangeError, "tied");
  assertThrowsNaming(() => signTestFromCounts(-1, 2), RangeError, "positive");
  assertThrowsNaming(() => signTest([1, 2], [1]), RangeError, "after");
});

Deno.test("sign test conventions: SPSS switches to Z above 25 pairs, R and SciPy stay exact", () => {
  // n = 11: every program is exact. R: binom.test(9, 11)$p.value = 0.0654296875;
  // SciPy: binomtest(9, 11).pvalue = 0.0654296875
  for (const convention of SOFTWARE_CONVENTIONS) {
    const r = signTestFromCounts(9, 2, { convention });
    assert.equal(r.method, "exact", convention);
    assertClose(r.p, 0.0654296875, `binom.test(9, 11), ${convention}`, 1e-12);
  }
  // n = 26: R: prop.test(18, 26)$p.value = 0.0775561667436659 (SPSS's Z with correction)
  const spss = signTestFromCounts(18, 8, { convention: "spss" });
  assert.equal(spss.method, "asymptotic");
  assertClose(spss.p, 0.0775561667436659, "prop.test(18, 26)", 1e-12);
  // R: binom.test(18, 26)$p.value = 0.075518697500229;
  // SciPy: binomtest(18, 26).pvalue = 0.07551869750022888
  for (const convention of ["r<=4.5", "r>=4.6", "exact"] as const) {
    const r = signTestFromCounts(18, 8, { convention });
    assert.equal(r.method, "exact", convention);
    assertClose(r.p, 0.075518697500229, `binom.test(18, 26), ${convention}`, 1e-12);
  }
  const scipy = signTestFromCounts(18, 8, { convention: "scipy" });
  assertClose(scipy.p, 0.07551869750022888, "binomtest(18, 26)", 1e-12);
  // n = 40 from paired data: R: binom.test(30, 40)$p.value = 0.00222143377322937
  const before = new Array(43).fill(10);
  const after = before.map((b, i) => (i < 30 ? b + 1 : i < 40 ? b - 1 : b));
  const paired = signTest(before, after, { convention: "r<=4.5" });
  assert.deepEqual([paired.positive, paired.negative, paired.ties], [30, 10, 3]);
  assertClose(paired.p, 0.00222143377322937, "binom.test(30, 40)", 1e-12);
  // R: prop.test(30, 40)$p.value = 0.00266311925913855
  assertClose(signTest(before, after).p, 0.00266311925913855, "prop.test(30, 40)", 1e-12);
});

Deno.test("sign test method and correction options", () => {
  // R: prop.test(30, 40, correct = FALSE)$p.value = 0.00156540225800255
  const plain = signTestFromCounts(30, 10, { method: "asymptotic", correction: false });
  assertClose(plain.p, 0.00156540225800255, "prop.test(30, 40, correct = FALSE)", 1e-12);
  assertClose(plain.z, -10 / (Math.sqrt(40) / 2), "uncorrected Z", 1e-15);
  // R: binom.test(30, 40)$p.value = 0.00222143377322937
  const exact = signTestFromCounts(30, 10, { method: "exact" });
  assert.equal(exact.method, "exact");
  assertClose(exact.p, 0.00222143377322937, "binom.test(30, 40)", 1e-12);
  // Asymptotic even though n <= 25: R: prop.test(9, 11)$p.value = 0.0704404292720882
  const small = signTestFromCounts(9, 2, { method: "asymptotic" });
  assert.equal(small.method, "asymptotic");
  assertClose(small.p, 0.0704404292720882, "prop.test(9, 11)", 1e-12);
});

Deno.test("sign test: a convention beside method or correction, and unknown options, refused", () => {
  assertThrowsNaming(
    () => signTestFromCounts(9, 2, { convention: "r<=4.5", method: "exact" }),
    RangeError,
    "options.method",
  );
  assertThrowsNaming(
    () => signTest([1, 2], [2, 3], { convention: "spss", correction: true }),
    RangeError,
    "options.correction",
  );
  assertThrowsNaming(
    // @ts-expect-error: a misspelt option
    () => signTestFromCounts(9, 2, { metod: "exact" }),
    RangeError,
    "metod",
  );
  // ties belong to the counts, not to paired data (signTest counts them itself)
  // @ts-expect-error: not an option of signTest
  assertThrowsNaming(() => signTest([1, 2], [2, 3], { ties: 1 }), RangeError, "ties");
  // @ts-expect-error: ties used to be the third argument
  assertThrowsNaming(() => signTestFromCounts(9, 2, 3), TypeError, "{ ties: 3 }");
  // not a convention
  assertThrowsNaming(
    () => signTestFromCounts(9, 2, { convention: "stata" } as never),
    RangeError,
    "convention",
  );
  assertThrowsNaming(() => signTestFromCounts(9, 2, { ties: -1 }), RangeError, "options.ties");
  // not a method
  assertThrowsNaming(
    () => signTestFromCounts(9, 2, { method: "auto" } as never),
    RangeError,
    "options.method",
  );
});

Deno.test("sign test without options is unchanged: SPSS's choice, as the spss preset", () => {
  for (let n = 1; n <= 40; n++) {
    for (let positive = 0; positive <= n; positive++) {
      const plain = signTestFromCounts(positive, n - positive, { ties: 2 });
      assert.deepEqual(
        plain,
        signTestFromCounts(positive, n - positive, { ties: 2, convention: "spss" }),
      );
      assert.equal(plain.method, n <= 25 ? "exact" : "asymptotic");
      assert.equal(plain.p, n <= 25 ? plain.exactP : plain.asymptoticP);
      assert.equal(plain.ties, 2);
    }
  }
  // R: binom.test(4, 5)$p.value = 0.375
  const r = signTest([5, 5, 5, 5, 5, 5], [6, 7, 4, 5, 8, 9]);
  assertClose(r.p, 0.375, "binom.test(4, 5)", 1e-12);
});
