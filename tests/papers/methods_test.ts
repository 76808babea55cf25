/**
 * The methods primer (notebooks/00-methods.ipynb): it runs headless, every worked number keeps
 * its verdict, and lib's values agree with independent reference engines (R 4.2.2, SciPy 1.17.1,
 * brute-force enumeration), the call for each beside its value.
 *
 * Data used throughout (codes 1 = Kurang lancar, 2 = Cukup lancar, 3 = Lancar):
 *   b <- c(1,1,1,2,2,1,2,1,2,3); a <- c(3,2,2,3,2,3,1,2,3,3)          (ten pairs)
 *   x <- c(3,3,3,3,3,3,2,2,2,1); y <- c(3,3,2,2,2,1,1,1,1,1)          (two groups of 10)
 */
import assert from "node:assert/strict";
import { runNotebook } from "../../tools/runner.ts";

const run = await runNotebook(
  new URL("../../notebooks/00-methods.ipynb", import.meta.url).pathname,
);

function computed(id: string): number {
  const claim = run.claims.find((c) => c.id === id);
  assert.ok(claim, `claim ${id} missing`);
  assert.equal(typeof claim.computed, "number", `claim ${id} has no computed value`);
  return claim.computed as number;
}

/** Relative (or, near zero, absolute) agreement to `digits` significant digits. */
function near(id: string, reference: number, digits = 6): void {
  const value = computed(id);
  const scale = Math.max(Math.abs(reference), 1e-300);
  assert.ok(
    Math.abs(value - reference) / scale < 10 ** -digits,
    `${id}: lib ${value} vs reference ${reference}`,
  );
}

Deno.test("methods primer: the notebook runs headless with only the methods ledger", () => {
  assert.equal(run.ok, true, JSON.stringify(run.error));
  assert.equal(run.error, null);
  assert.ok(run.claims.every((c) => c.paper === "methods"));
});

Deno.test("methods primer: every claim's verdict", () => {
  const verdicts = Object.fromEntries(run.claims.map((c) => [c.id, c.verdict]));
  const ids = [
    "s1.rank.level1",
    "s1.rank.level2",
    "s1.rank.level3",
    "s1.ties.sum",
    "s1.var.untied",
    "s1.var.tied",
    "s1.var.test",
    "s2.n.nonzero",
    "s2.n.zero",
    "s2.n.positive",
    "s2.sum.positive",
    "s2.sum.negative",
    "s2.meanrank.positive",
    "s2.meanrank.negative",
    "s2.z.spss",
    "s2.p.spss",
    "s2.p.r-default",
    "s2.p.scipy-default",
    "s2.p.exact",
    "s2.p.pratt",
    "s2.exact.lowertail",
    "s3.sum.pijat",
    "s3.meanrank.pijat",
    "s3.meanrank.kontrol",
    "s3.u",
    "s3.u.spss",
    "s3.z.spss",
    "s3.p.spss",
    "s3.p.spss-exact",
    "s3.p.r-default",
    "s3.p.exact",
    "s4.t.mean",
    "s4.t.sd",
    "s4.t.t",
    "s4.t.p",
    "s4.t.ci.lo",
    "s4.t.ci.hi",
    "s4.sw.d.w",
    "s4.sw.d.p",
    "s4.sw.before.p",
    "s4.sw.masohi-like.p",
    "s5.b2.exact",
    "s5.b2.chisq",
    "s5.b2.r-default",
    "s5.b1.exact",
    "s5.b1.chisq",
    "s5.b1.r-default",
    "s5.b0.exact",
    "s5.b0.chisq",
    "s5.b0.r-default",
    "s5.tables",
    "s6.round.r-half-even",
    "s6.round.python-half-even",
    "s6.p.t5-2",
    "s6.grim.n18.count",
    "s6.grim.n15.sum",
    "s6.recon.after.count",
    "s6.recon.impossible.count",
    "s6.grimmer.pairs",
    "s6.grimmer.sumsq",
    "s6.recon.mj.count",
    "ex1.z",
    "ex1.meanrank",
    "ex1.p",
    "ex2.u",
    "ex2.p.exact",
    "ex3.tables",
    "ex3.p.min",
    "ex3.p.max",
    "ex4.sd",
    "ex4.sd.pre",
    "ex5.n18.count",
    "ex5.n15.sum",
  ];
  // Every worked number is lib against a reference engine: all must match.
  assert.deepEqual(verdicts, Object.fromEntries(ids.map((id) => [id, "match"])));
});

Deno.test("methods primer §1-§2: ranks, tie correction and the Wilcoxon conventions", () => {
  near("s1.rank.level2", 2.5); // R: rank(c(2,3,1,3,2,3)) -> 2.5 5.0 1.0 5.0 2.5 5.0
  near("s1.ties.sum", 30); // R: x <- c(2,3,1,3,2,3); sum(table(x)^3 - table(x))
  near("s1.var.untied", 51); // R: sum((1:8)^2)/4
  near("s1.var.tied", 46.5); // R: r <- rank(abs(d[d != 0])); sum(r^2)/4  (d <- a - b)
  near("s2.sum.positive", 32.5); // R: wilcox.test(a, b, paired = TRUE)$statistic (V)
  near("s2.sum.negative", 3.5); // SciPy: wilcoxon(a, b).statistic
  near("s2.meanrank.positive", 4.642857142857143); // R: mean(r[nz > 0]) = 32.5 / 7
  near("s2.z.spss", -2.1263831678096228); // SciPy: wilcoxon(a, b, method='asymptotic').zstatistic
  near("s2.p.spss", 0.03347136813457749); // SciPy: wilcoxon(a, b, method='asymptotic').pvalue
  // R: wilcox.test(a, b, paired = TRUE, correct = FALSE)$p.value -> 0.03347136813 (same)
  near("s2.p.r-default", 0.04006679653816985); // R: wilcox.test(a, b, paired = TRUE)$p.value
  near("s2.p.scipy-default", 0.0546875); // SciPy 1.17.1: wilcoxon(a, b).pvalue (permutation)
  near("s2.p.exact", 14 / 256); // R: 2 * min(mean(s <= 3.5), mean(s >= 32.5)) over 2^8 signs
  near("s2.p.pratt", 0.031168708795973634); // SciPy: wilcoxon(a, b, zero_method='pratt', method='asymptotic')
  near("s2.exact.lowertail", 7 / 256); // R: mean(s <= 3.5), s = all 256 sign patterns of r
});

Deno.test("methods primer §3: Mann-Whitney in SPSS, R, SciPy and exact conventions", () => {
  near("s3.sum.pijat", 131); // R: sum(rank(c(x, y))[1:10])
  near("s3.u", 76); // R: wilcox.test(x, y)$statistic (W); SciPy mannwhitneyu(x, y).statistic
  near("s3.u.spss", 24); // 100 - 76
  near("s3.z.spss", -2.090145326); // R: (24-50)/sqrt(100/12*(21 - sum(tt^3-tt)/380))
  near("s3.p.spss", 0.03660474713462081); // SciPy: mannwhitneyu(x, y, use_continuity=False, method='asymptotic')
  near("s3.p.spss-exact", 0.0524259022711035); // R: 2 * pwilcox(24, 10, 10); SciPy method='exact'
  near("s3.p.r-default", 0.04036928846202761); // R: wilcox.test(x, y)$p.value; SciPy default
  // SciPy: permutation_test((x, y), rank-sum statistic, permutation_type='independent',
  // n_resamples=np.inf).pvalue; brute force over all C(20, 10) splits gives 2 * 5446 / 184756.
  near("s3.p.exact", 0.05895343047045833);
  near("s3.p.exact", (2 * 5446) / 184756);
});

Deno.test("methods primer §4: paired t and Shapiro-Wilk", () => {
  near("s4.t.t", 2.752988806446741); // SciPy: ttest_rel(a, b).statistic; R t.test(..., paired = TRUE)
  near("s4.t.p", 0.022367189680572094); // SciPy: ttest_rel(a, b).pvalue
  near("s4.t.sd", 0.9189365834726815); // R: sd(a - b)
  near("s4.t.ci.lo", 0.1426323689); // R: t.test(a, b, paired = TRUE)$conf.int
  near("s4.t.ci.hi", 1.4573676311); // R: t.test(a, b, paired = TRUE)$conf.int
  near("s4.sw.d.w", 0.8849863058); // R: shapiro.test(a - b)$statistic
  near("s4.sw.d.p", 0.1487982207); // R: shapiro.test(a - b)$p.value
  near("s4.sw.before.p", 0.008488972797); // R: shapiro.test(b)$p.value
  near("s4.sw.masohi-like.p", 5.969916440e-09, 5); // R: shapiro.test(c(rep(2, 3), rep(1, 21)))$p.value
});

Deno.test("methods primer §5: McNemar over every pairing of margins 6/9 -> 13/2", () => {
  near("s5.tables", 3);
  near("s5.b0.exact", 0.015625); // R: binom.test(0, 7)$p.value
  near("s5.b1.exact", 0.0390625); // R: binom.test(1, 9)$p.value
  near("s5.b2.exact", 0.0654296875); // R: binom.test(2, 11)$p.value
  near("s5.b0.chisq", 0.008150971594); // R: mcnemar.test(matrix(c(6, 7, 0, 2), 2), correct = FALSE)$p.value
  near("s5.b1.chisq", 0.01963065726); // R: mcnemar.test(matrix(c(5, 8, 1, 1), 2), correct = FALSE)$p.value
  near("s5.b2.chisq", 0.03480847881); // R: mcnemar.test(matrix(c(4, 9, 2, 0), 2), correct = FALSE)$p.value
  near("s5.b0.r-default", 0.02334220201); // R: mcnemar.test(matrix(c(6, 7, 0, 2), 2))$p.value
  near("s5.b1.r-default", 0.0455002639); // R: mcnemar.test(matrix(c(5, 8, 1, 1), 2))$p.value
  near("s5.b2.r-default", 0.07044042927); // R: mcnemar.test(matrix(c(4, 9, 2, 0), 2))$p.value
});

Deno.test("methods primer §6: rounding, .000, GRIM, GRIMMER and reconstruction", () => {
  near("s6.p.t5-2", 7.226539660e-05, 5); // R: 2 * pt(-5.2, 17)
  // Python, exact fractions with half-up rounding: sums s with round(s/n, 2) == 2.07 / 3.53.
  assert.equal(computed("s6.grim.n18.count"), 0); // n = 18: []
  assert.equal(computed("s6.grim.n15.sum"), 31); // n = 15: [31]
  assert.equal(computed("ex5.n18.count"), 0); // 3.53, n = 18: []
  assert.equal(computed("ex5.n15.sum"), 53); // 3.53, n = 15: [53]
  // Python brute force over every count vector on the scale (exact fractions, half-up):
  assert.equal(computed("s6.recon.after.count"), 1); // n 10, 1-3, 2.40 / 0.70: [(1, 4, 5)]
  assert.equal(computed("s6.recon.impossible.count"), 0); // n 10, 1-3, 2.40 / 0.60: []
  assert.equal(computed("s6.recon.mj.count"), 29); // n 15, 0-6, 2.07 / 1.438: 29 vectors
  assert.equal(computed("s6.grimmer.pairs"), 1); // those 29 share one (sum, sumsq) = (31, 93)
  assert.equal(computed("s6.grimmer.sumsq"), 93);
});

Deno.test("methods primer §7: the exercise answers", () => {
  near("ex1.z", -3.3166247903554); // SciPy: wilcoxon([2]*11+[2]*13, [1]*11+[2]*13, method='asymptotic').zstatistic
  near("ex1.z", -Math.sqrt(11), 12); // all 11 differences tied: Z = -sqrt(n)
  near("ex1.p", 0.0009111188771537); // R: 2 * pnorm(-sqrt(11))
  near("ex2.p.exact", 0.02323063933); // R: 2 * pwilcox(20, 10, 10)
  near("ex3.p.min", 0.0625); // R: binom.test(0, 5)$p.value
  near("ex3.p.max", 0.1796875); // R: binom.test(2, 9)$p.value
  near("ex4.sd", 0.5835920751); // R: sd(rep(0:2, c(1, 12, 11)))
  near("ex4.sd.pre", 0.3378319623); // R: sd(rep(0:2, c(0, 3, 21)))
});

Deno.test("methods primer: SPSS-style tables and the exact distribution are displayed", () => {
  const text = run.outputs.flat().map((o) =>
    o.output_type === "display_data" ? String(o.data["text/plain"] ?? "") : ""
  ).join("\n");
  // SPSS Ranks and Test Statistics tables, as SPSS prints them.
  assert.match(text, /Positive Ranks\s+7b\s+4\.64\s+32\.50/);
  assert.match(text, /Asymp\. Sig\. \(2-tailed\)\s+\.033/);
  assert.match(text, /Exact Sig\. \[2\*\(1-tailed Sig\.\)\]\s+\.052b/);
  assert.match(text, /= 7\/256/);
  assert.match(text, /\[figure: Exact null distribution of V/);
  // The unanswered exercises show lib's answer.
  assert.match(text, /Exercise 3:\*\* no answer entered yet/);
});
