/**
 * The `convention` presets of wilcoxon, mannWhitneyU and mcnemar against R 4.2, SciPy 1.10
 * (the installed versions) and, for R >= 4.6 and SciPy >= 1.15's permutation test, brute-force
 * enumeration. R calls use the data below; the script that printed them is in each comment.
 */
import assert from "node:assert/strict";
import { wilcoxon } from "../../lib/stats/wilcoxon.ts";
import { mannWhitneyU } from "../../lib/stats/mann_whitney.ts";
import { mcnemar } from "../../lib/stats/mcnemar.ts";
import { SOFTWARE_CONVENTIONS } from "../../lib/stats/software_convention.ts";
import { assertClose } from "./helpers.ts";

const plus = (xs: readonly number[], ds: readonly number[]) => xs.map((x, i) => x + ds[i]);

// R: bA <- c(10,12,9,14,11,13,8,15); aA <- bA + c(3,-1,6,7,8,-2,10,11)  (no ties, no zeros)
const bA = [10, 12, 9, 14, 11, 13, 8, 15];
const aA = plus(bA, [3, -1, 6, 7, 8, -2, 10, 11]);
// R: bB <- rep(c(5,6,7), 4); aB <- bB + c(2,0,1,-1,2,3,0,1,2,-2,1,3)  (n = 12, ties, zeros)
const bB = [5, 6, 7, 5, 6, 7, 5, 6, 7, 5, 6, 7];
const aB = plus(bB, [2, 0, 1, -1, 2, 3, 0, 1, 2, -2, 1, 3]);
// R: bC <- rep(c(3,4,5,6), 4); aC <- bC + c(1,2,2,3,-1,4,1,2,5,-2,3,1,2,6,-3,2)  (n = 16, ties)
const bC = [3, 4, 5, 6, 3, 4, 5, 6, 3, 4, 5, 6, 3, 4, 5, 6];
const aC = plus(bC, [1, 2, 2, 3, -1, 4, 1, 2, 5, -2, 3, 1, 2, 6, -3, 2]);
// R: i <- 1:55; bD <- rep(100, 55); aD <- bD + ifelse(i %% 3 == 0, -i, i)  (n = 55, no ties)
const bD = new Array(55).fill(100);
const aD = bD.map((b, k) => b + ((k + 1) % 3 === 0 ? -(k + 1) : k + 1));

/**
 * Brute force: the exact signed-rank p conditional on the ranks, by listing every sign
 * pattern of the non-zero differences; zeros dropped ("wilcox") or ranked then dropped
 * ("pratt"). Two-sided = min(1, 2 min tail).
 */
function enumerateSignedRank(
  before: readonly number[],
  after: readonly number[],
  zeros: "wilcox" | "pratt",
  alternative: "two-sided" | "greater" = "two-sided",
): number {
  const d = after.map((a, i) => a - before[i]);
  const kept = zeros === "wilcox" ? d.filter((x) => x !== 0) : d;
  const abs = kept.map(Math.abs);
  const ranks = abs.map((v) =>
    abs.filter((u) => u < v).length + (abs.filter((u) => u === v).length + 1) / 2
  );
  const signed = kept.flatMap((x, i) => (x !== 0 ? [{ x, r: ranks[i] }] : []));
  const observed = signed.reduce((s, { x, r }) => s + (x > 0 ? r : 0), 0);
  const m = signed.length;
  let low = 0;
  let high = 0;
  for (let mask = 0; mask < 2 ** m; mask++) {
    let v = 0;
    for (let i = 0; i < m; i++) if (mask & (1 << i)) v += signed[i].r;
    if (v <= observed + 1e-9) low++;
    if (v >= observed - 1e-9) high++;
  }
  if (alternative === "greater") return high / 2 ** m;
  return Math.min(1, (2 * Math.min(low, high)) / 2 ** m);
}

Deno.test("wilcoxon conventions without ties or zeros (n = 8): every program is exact but SPSS", () => {
  // R 4.2: wilcox.test(aA, bA, paired = TRUE)$p.value = 0.039062500000000014 (exact, 10/256)
  // SciPy 1.10: wilcoxon(aA, bA).pvalue = 0.0390625; R >= 4.6 keeps the exact untied test.
  for (const convention of ["r<=4.5", "r>=4.6", "scipy", "exact"] as const) {
    const r = wilcoxon(bA, aA, { convention });
    assertClose(r.p, 0.039062500000000014, `${convention}: wilcox.test exact`, 1e-12);
    assert.equal(r.method, "exact");
  }
  // R 4.2: wilcox.test(aA, bA, paired = TRUE, exact = FALSE, correct = FALSE)$p.value
  assertClose(wilcoxon(bA, aA, { convention: "spss" }).p, 0.035691900116804433, "spss", 1e-12);
  // R 4.2: wilcox.test(aA, bA, paired = TRUE, alternative = "greater")$p.value
  const greater = wilcoxon(bA, aA, { convention: "r<=4.5", alternative: "greater" });
  assertClose(greater.p, 0.019531250000000007, "r<=4.5 greater", 1e-12);
});

Deno.test("wilcoxon conventions with ties and zeros (n = 12)", () => {
  // R 4.2: suppressWarnings(wilcox.test(aB, bB, paired = TRUE))$p.value (normal, corrected)
  assertClose(wilcoxon(bB, aB, { convention: "r<=4.5" }).p, 0.062846967851466873, "r<=4.5");
  // R 4.2: wilcox.test(aB, bB, paired = TRUE, exact = FALSE, correct = FALSE)$p.value
  assertClose(wilcoxon(bB, aB, { convention: "spss" }).p, 0.055883012856358126, "spss");
  // SciPy >= 1.15 permutes when n <= 13 with ties or zeros. SciPy 1.10:
  // permutation_test((aB - bB,), r_plus_without_zeros, permutation_type="samples",
  //   n_resamples=np.inf).pvalue = 0.068359375 (alternative="greater": 0.0341796875)
  const scipy = wilcoxon(bB, aB, { convention: "scipy" });
  assertClose(scipy.p, 0.068359375, "scipy permutation", 1e-12);
  assertClose(scipy.p, enumerateSignedRank(bB, aB, "wilcox"), "scipy brute force", 1e-12);
  const scipyGreater = wilcoxon(bB, aB, { convention: "scipy", alternative: "greater" });
  assertClose(scipyGreater.p, 0.0341796875, "scipy permutation greater", 1e-12);
  const exact = wilcoxon(bB, aB, { convention: "exact" }).p;
  assertClose(exact, enumerateSignedRank(bB, aB, "wilcox"), "exact brute force", 1e-12);
  // R >= 4.6 (not installable here): its wilcox.test.R computes the exact conditional p only
  // when no difference is zero ("cannot compute exact p-value with zeroes"); with zeros it
  // takes the normal approximation with continuity correction, the same as R 4.2 above.
  const r46 = wilcoxon(bB, aB, { convention: "r>=4.6" });
  assertClose(r46.p, 0.062846967851466873, "r>=4.6 with zeros = corrected normal");
  assert.notEqual(r46.p, exact);
});

Deno.test("wilcoxon conventions with ties, n = 16: SciPy falls back to the normal", () => {
  // SciPy 1.10: wilcoxon(aC, bC, method="approx").pvalue (what SciPy >= 1.15's auto does at
  // 13 < n <= 50 with ties) = 0.016470329022222587, the same as SPSS
  assertClose(wilcoxon(bC, aC, { convention: "scipy" }).p, 0.016470329022222587, "scipy");
  // R 4.2: wilcox.test(aC, bC, paired = TRUE, exact = FALSE, correct = FALSE)$p.value
  assertClose(wilcoxon(bC, aC, { convention: "spss" }).p, 0.016470329022222594, "spss");
  // R 4.2: suppressWarnings(wilcox.test(aC, bC, paired = TRUE))$p.value
  assertClose(wilcoxon(bC, aC, { convention: "r<=4.5" }).p, 0.017679913266119816, "r<=4.5");
  // R >= 4.6: brute force over all 2^16 sign patterns (no zeros, so Pratt = Wilcoxon).
  const brute = enumerateSignedRank(bC, aC, "wilcox");
  assertClose(wilcoxon(bC, aC, { convention: "r>=4.6" }).p, brute, "r>=4.6", 1e-12);
  assertClose(wilcoxon(bC, aC, { convention: "exact" }).p, brute, "exact", 1e-12);
});

Deno.test("wilcoxon scipy convention counts zeros in n: 11 changes among 24 pairs is not permuted", () => {
  // SciPy >= 1.15 permutes only when all pairs, zeros included, number at most 13; here 24, so
  // the normal without correction. SciPy 1.10: wilcoxon([1]*11 + [0]*13, method="approx").pvalue
  // = 0.0009111188771537128; R: 2 * pnorm(-sqrt(11)) = 0.00091111887715371288
  const before = new Array(24).fill(0);
  const after = [...new Array(11).fill(1), ...new Array(13).fill(0)];
  const scipy = wilcoxon(before, after, { convention: "scipy" });
  assertClose(scipy.p, 0.0009111188771537128, "scipy", 1e-12);
  assert.equal(scipy.method, "asymptotic");
  // The exact conditional p is 2 / 2^11 (brute force), which SciPy would give only from n <= 13.
  assertClose(wilcoxon(before, after, { convention: "exact" }).p, 2 / 2048, "exact", 1e-12);
  assertClose(enumerateSignedRank(before, after, "wilcox"), 2 / 2048, "brute force", 1e-12);
});

Deno.test("wilcoxon conventions at n = 55: R's normal with correction, SciPy's without", () => {
  // R 4.2: wilcox.test(aD, bD, paired = TRUE)$p.value (n >= 50: normal, corrected); R >= 4.6
  // behaves as R 4.5 from n = 50 on.
  for (const convention of ["r<=4.5", "r>=4.6"] as const) {
    const r = wilcoxon(bD, aD, { convention });
    assertClose(r.p, 0.031626662606662144, convention);
    assert.equal(r.method, "asymptotic");
  }
  // SciPy 1.10: wilcoxon(aD, bD).pvalue = 0.031296138367848746 (n > 50: normal, uncorrected)
  assertClose(wilcoxon(bD, aD, { convention: "scipy" }).p, 0.031296138367848746, "scipy");
  // R 4.2: wilcox.test(aD, bD, paired = TRUE, exact = FALSE, correct = FALSE)$p.value
  assertClose(wilcoxon(bD, aD, { convention: "spss" }).p, 0.031296138367848753, "spss");
});

// R: xE <- c(1.1,2.3,3.8,5.2,7.4); yE <- c(2.9,4.4,6.1,8.3,9.0,10.2)  (no ties)
const xE = [1.1, 2.3, 3.8, 5.2, 7.4];
const yE = [2.9, 4.4, 6.1, 8.3, 9.0, 10.2];
// R: xF <- c(1,2,2,3,3,3,4,5); yF <- c(2,3,4,4,5,5,6)  (ties)
const xF = [1, 2, 2, 3, 3, 3, 4, 5];
const yF = [2, 3, 4, 4, 5, 5, 6];
// R: xG <- c(3,7,12,15,18,21,25,29,33,40); yG <- c(5,9,14,20,23,27,31,35,38,42,45,50)
const xG = [3, 7, 12, 15, 18, 21, 25, 29, 33, 40];
const yG = [5, 9, 14, 20, 23, 27, 31, 35, 38, 42, 45, 50];

/** Brute force: every split of the pooled ranks into |x| and |y|; min(1, 2 min tail). */
function enumerateRankSum(x: readonly number[], y: readonly number[]): number {
  const pooled = [...x, ...y];
  const ranks = pooled.map((v) =>
    pooled.filter((u) => u < v).length + (pooled.filter((u) => u === v).length + 1) / 2
  );
  const observed = ranks.slice(0, x.length).reduce((s, r) => s + r, 0);
  let low = 0;
  let high = 0;
  let splits = 0;
  const choose = (start: number, left: number, sum: number) => {
    if (left === 0) {
      splits++;
      if (sum <= observed + 1e-9) low++;
      if (sum >= observed - 1e-9) high++;
      return;
    }
    for (let i = start; i <= pooled.length - left; i++) choose(i + 1, left - 1, sum + ranks[i]);
  };
  choose(0, x.length, 0);
  return Math.min(1, (2 * Math.min(low, high)) / splits);
}

Deno.test("mannWhitneyU conventions without ties (5 and 6): exact for every program but SPSS", () => {
  // R 4.2: wilcox.test(xE, yE)$p.value = 0.12554112554112554 (exact);
  // SciPy 1.10: mannwhitneyu(xE, yE).pvalue = 0.12554112554112554
  for (const convention of ["r<=4.5", "r>=4.6", "scipy", "exact"] as const) {
    const r = mannWhitneyU(xE, yE, { convention });
    assertClose(r.p, 0.12554112554112554, convention, 1e-12);
    assert.equal(r.method, "exact");
  }
  // R 4.2: wilcox.test(xE, yE, exact = FALSE, correct = FALSE)$p.value
  assertClose(mannWhitneyU(xE, yE, { convention: "spss" }).p, 0.10034824646229079, "spss");
});

Deno.test("mannWhitneyU conventions with ties (8 and 7)", () => {
  // R 4.2: suppressWarnings(wilcox.test(xF, yF))$p.value (normal, corrected)
  assertClose(mannWhitneyU(xF, yF, { convention: "r<=4.5" }).p, 0.098334987758501427, "r<=4.5");
  // SciPy 1.10: mannwhitneyu(xF, yF).pvalue (ties: asymptotic, corrected)
  assertClose(mannWhitneyU(xF, yF, { convention: "scipy" }).p, 0.0983349877585014, "scipy");
  // R 4.2: wilcox.test(xF, yF, exact = FALSE, correct = FALSE)$p.value
  assertClose(mannWhitneyU(xF, yF, { convention: "spss" }).p, 0.086893954596651293, "spss");
  // R >= 4.6 and exact: brute force over all C(15, 8) = 6435 splits; SciPy 1.10:
  // permutation_test((xF, yF), rank_sum_of_x, permutation_type="independent",
  //   n_resamples=np.inf).pvalue = 0.11188811188811189
  const brute = enumerateRankSum(xF, yF);
  assertClose(brute, 0.11188811188811189, "brute force vs SciPy permutation_test", 1e-12);
  for (const convention of ["r>=4.6", "exact"] as const) {
    assertClose(mannWhitneyU(xF, yF, { convention }).p, brute, convention, 1e-12);
  }
});

Deno.test("mannWhitneyU conventions without ties (10 and 12): SciPy goes asymptotic, R exact", () => {
  // R 4.2: wilcox.test(xG, yG)$p.value = 0.20296731132644447 (exact: both groups < 50)
  assertClose(mannWhitneyU(xG, yG, { convention: "r<=4.5" }).p, 0.20296731132644447, "r<=4.5");
  assertClose(mannWhitneyU(xG, yG, { convention: "r>=4.6" }).p, 0.20296731132644447, "r>=4.6");
  // SciPy 1.10: mannwhitneyu(xG, yG).pvalue = 0.19851568979039613 (both > 8: corrected normal)
  assertClose(mannWhitneyU(xG, yG, { convention: "scipy" }).p, 0.19851568979039613, "scipy");
  // R 4.2: wilcox.test(xG, yG, exact = FALSE, correct = FALSE)$p.value
  assertClose(mannWhitneyU(xG, yG, { convention: "spss" }).p, 0.18724904412337648, "spss");
});

Deno.test("mcnemar conventions: SPSS and exact binomial, R corrected chi-square, no SciPy", () => {
  // R 4.2: binom.test(3, 15)$p.value = 0.035156250000000014
  for (const convention of ["spss", "exact"] as const) {
    const r = mcnemar({ b: 3, c: 12 }, { convention });
    assertClose(r.p, 0.035156250000000014, convention, 1e-12);
    assert.equal(r.method, "exact");
  }
  // R 4.2: mcnemar.test(matrix(c(10, 12, 3, 10), 2))$p.value = 0.038867103812417238
  for (const convention of ["r<=4.5", "r>=4.6"] as const) {
    const r = mcnemar({ b: 3, c: 12 }, { convention });
    assertClose(r.p, 0.038867103812417238, convention);
    assert.equal(r.statistic, 64 / 15); // (|3 - 12| - 1)^2 / 15
  }
  assert.throws(
    () => mcnemar({ b: 3, c: 12 }, { convention: "scipy" }),
    /^RangeError: options\.convention: expected .*SciPy has no McNemar test.*got "scipy"$/,
  );
});

Deno.test("a convention beside an option it sets is refused, naming the option", () => {
  assert.throws(
    () => wilcoxon(bA, aA, { convention: "spss", correction: true }),
    /^RangeError: options\.correction: expected no correction beside convention "spss"/,
  );
  assert.throws(
    () => wilcoxon(bA, aA, { convention: "r>=4.6", zeroMethod: "pratt" }),
    /^RangeError: options\.zeroMethod: expected no zeroMethod/,
  );
  assert.throws(
    () => mannWhitneyU(xE, yE, { convention: "scipy", method: "exact" }),
    /^RangeError: options\.method: expected no method beside convention "scipy"/,
  );
  assert.throws(
    () => mannWhitneyU(xE, yE, { convention: "scipy", correction: true }),
    /^RangeError: options\.correction: expected no correction/,
  );
  assert.throws(
    () => mcnemar({ b: 1, c: 2 }, { convention: "spss", method: "asymptotic" }),
    /^RangeError: options\.method: expected no method/,
  );
  for (const bad of ["SPSS", "r", 4.6, null]) {
    assert.throws(
      // @ts-expect-error: a convention that does not exist
      () => wilcoxon(bA, aA, { convention: bad }),
      /options\.convention: expected one of "spss", "r<=4\.5", "r>=4\.6", "scipy", "exact"/,
    );
  }
  assert.deepEqual(SOFTWARE_CONVENTIONS, ["spss", "r<=4.5", "r>=4.6", "scipy", "exact"]);
});
