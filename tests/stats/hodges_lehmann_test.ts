import assert from "node:assert/strict";
import { hodgesLehmannOneSample, hodgesLehmannTwoSample } from "../../lib/stats/hodges_lehmann.ts";
import { assertClose, assertThrowsNaming, type Json } from "./helpers.ts";
import { reference19 } from "./reference_19.ts";

// R finds asymptotic limits with uniroot(tol = 1e-4): its values sit within ~1e-4 of the
// exact crossing points computed here. Exact limits are order statistics: equal to 1e-12.
const UNIROOT = 2e-4;

type Variant = { name: string; options: { method?: "exact" | "asymptotic"; correction?: boolean } };
const VARIANTS: Variant[] = [
  { name: "default", options: {} }, // wilcox.test(..., conf.int=TRUE)
  { name: "asymptoticCorrected", options: { method: "asymptotic", correction: true } }, // exact=FALSE
  { name: "asymptotic", options: { method: "asymptotic", correction: false } }, // exact=FALSE, correct=FALSE
];

function check(c: Json, run: (o: Variant["options"]) => ReturnType<typeof hodgesLehmannOneSample>) {
  let compared = 0;
  for (const v of VARIANTS) {
    const r = run(v.options);
    const call = c.rCall[`${v.name}Estimate,${v.name}Low,${v.name}High`];
    const tol = r.method === "exact" ? 0 : UNIROOT;
    assertClose(r.ci.lo, c.r[`${v.name}Low`], call, 1e-12, tol);
    assertClose(r.ci.hi, c.r[`${v.name}High`], call, 1e-12, tol);
    const est = c.r[`${v.name}Estimate`];
    // The estimate: one point (to R's tolerance), or R's value inside the flat zero region.
    assert.ok(
      est >= r.estimateRange.lo - UNIROOT && est <= r.estimateRange.hi + UNIROOT,
      `${call}: R's estimate ${est} outside [${r.estimateRange.lo}, ${r.estimateRange.hi}]`,
    );
    if (r.estimateRange.lo === r.estimateRange.hi) assertClose(r.estimate, est, call, 1e-12, tol);
    // Python: numpy median of the Walsh averages (differences).
    assertClose(r.median, c.python.estimate, c.python.call, 1e-12, 1e-12);
    compared += 4;
  }
  return compared;
}

Deno.test("hodgesLehmannOneSample matches R wilcox.test(d, conf.int=TRUE), exact and asymptotic", () => {
  let n = 0;
  for (const c of reference19.hodgesLehmann1 as Json[]) {
    n += check(c, (o) => hodgesLehmannOneSample(c.d, o));
  }
  assert.equal(n, 6 * 3 * 4);
});

Deno.test("hodgesLehmannTwoSample matches R wilcox.test(x, y, conf.int=TRUE)", () => {
  let n = 0;
  for (const c of reference19.hodgesLehmann2 as Json[]) {
    n += check(c, (o) => hodgesLehmannTwoSample(c.x, c.y, o));
  }
  assert.equal(n, 5 * 3 * 4);
});

Deno.test("brute force: the exact one-sample interval covers with the achieved confidence", () => {
  // n = 6: every sign pattern of |d| = 1..6 is equally likely under H0 (64 patterns). The
  // exact interval for the shift misses 0 exactly when V is in the rejected tails.
  const abs = [1, 2, 3, 4, 5, 6];
  let cover = 0;
  let achieved = 0;
  for (let mask = 0; mask < 64; mask++) {
    const d = abs.map((v, i) => (mask >> i) & 1 ? v : -v);
    const r = hodgesLehmannOneSample(d, { confidence: 0.9 });
    achieved = r.achievedConfidence;
    if (r.ci.lo <= 0 && 0 <= r.ci.hi) cover++;
  }
  assertClose(cover / 64, achieved, "coverage over all 64 sign patterns", 1e-12);
});

Deno.test("Hodges-Lehmann rejects bad input by name", () => {
  assertThrowsNaming(() => hodgesLehmannOneSample([1]), RangeError, "d");
  assertThrowsNaming(
    () => hodgesLehmannOneSample([1, 1, 2], { method: "exact" }),
    RangeError,
    "ties",
  );
  assertThrowsNaming(
    () => hodgesLehmannOneSample([2, 2, 2], { method: "asymptotic" }),
    RangeError,
    "tied",
  );
  assertThrowsNaming(
    () => hodgesLehmannTwoSample([1, 2], [2, 3], { method: "exact" }),
    RangeError,
    "ties",
  );
  assertThrowsNaming(
    () => hodgesLehmannTwoSample([1, 2], [3], { confidence: 2 }),
    RangeError,
    "confidence",
  );
  assertThrowsNaming(
    () => hodgesLehmannTwoSample([1, 2], [3], { method: "x" as never }),
    RangeError,
    "method",
  );
});

Deno.test("Hodges-Lehmann names null options, overflowing values and oversized samples", () => {
  const d = [1.5, -0.3, 2.2, 0.8, 3.1, 1.1, 0.4, 2.6];
  // Before: "Cannot read properties of null (reading 'confidence')".
  assertThrowsNaming(() => hodgesLehmannOneSample(d, null as never), TypeError, "options:");
  assertThrowsNaming(
    () => hodgesLehmannTwoSample([5, 6], [4, 3], null as never),
    TypeError,
    "options:",
  );
  // Before: a misspelt option was ignored (the 95% interval came back).
  assertThrowsNaming(
    () => hodgesLehmannOneSample(d, { confidnce: 0.9 } as never),
    RangeError,
    "confidnce",
  );
  // Before: an unnamed "values[0]" error, or an estimate of null (NaN) from Infinity − Infinity.
  assertThrowsNaming(() => hodgesLehmannOneSample([1e308, 1e308, 3]), RangeError, "d[0]");
  assertThrowsNaming(() => hodgesLehmannTwoSample([1e308, 1], [-1e308, 2]), RangeError, "x[0]");
  // Before: 47 s for 6000 paired values (18 million Walsh averages); now refused up front.
  const big = Array.from({ length: 6000 }, (_, i) => Math.sin(i) * 10 + 1);
  assertThrowsNaming(() => hodgesLehmannOneSample(big), RangeError, "budget");
  assertThrowsNaming(() => hodgesLehmannOneSample(d, { budget: 10 }), RangeError, "d:");
  assertThrowsNaming(() => hodgesLehmannTwoSample(d, d, { budget: 63 }), RangeError, "x, y:");
  assertThrowsNaming(() => hodgesLehmannOneSample(d, { budget: NaN }), RangeError, "budget:");
  // The budget only refuses: within it the answer is unchanged.
  assert.deepEqual(hodgesLehmannOneSample(d, { budget: 36 }), hodgesLehmannOneSample(d));
  assertThrowsNaming(() => hodgesLehmannTwoSample([2, 2], [2, 2]), RangeError, "x, y:");
});

Deno.test("hodges-lehmann one-sample: where no confidence is attainable, R's median of the non-zero differences", () => {
  // R 4.2: r <- suppressWarnings(wilcox.test(c(rep(1, 9), -1, rep(0, 5)), conf.int = TRUE))
  //   r$conf.int = 1 1, attr(r$conf.int, "conf.level") = 0
  const a = hodgesLehmannOneSample([...Array(9).fill(1), -1, 0, 0, 0, 0, 0]);
  assert.deepEqual(a.ci, { lo: 1, hi: 1 });
  assert.equal(a.achievedConfidence, 0);
  // R 4.2: wilcox.test(c(0, 0, 0, 0, 0, 0, -1, 2, 2, 2, 2, 2, 2, 2, 2), conf.int = TRUE)$conf.int
  //   = 2 2 (conf.level 0)
  const b = hodgesLehmannOneSample([0, 0, 0, 0, 0, 0, -1, 2, 2, 2, 2, 2, 2, 2, 2]);
  assert.deepEqual(b.ci, { lo: 2, hi: 2 });
});

Deno.test("hodges-lehmann: correction is the option's name; the old name correct is refused", () => {
  const d = [1.5, -0.5, 2.5, 3, 0.5, 4, -1, 2];
  const a = hodgesLehmannOneSample(d, { method: "asymptotic", correction: false });
  const b = hodgesLehmannOneSample(d, { method: "asymptotic" });
  assert.notDeepEqual(a.ci, b.ci); // the option is read: R's default corrects
  assert.throws(
    () => hodgesLehmannOneSample(d, { correct: false } as Record<string, unknown>),
    /^RangeError: options\.correct: renamed to correction/,
  );
});
