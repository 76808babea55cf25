/**
 * Paper test: notebooks/02-tasikharjo.ipynb (community-service report, Desa Tasikharjo, Jenu,
 * Tuban, 2025). Runs the notebook headless once, then pins every claim's verdict, the number of
 * pairings the printed margins allow and the p-range endpoints, against R 4.x, SciPy and
 * brute-force references (the exact call beside each value).
 *
 * "Pairings" are distinct joint (before x after) tables with the printed margins; each stands
 * for many individual-level assignments, all giving the same test result.
 */
import assert from "node:assert/strict";
import { runNotebook } from "../../tools/runner.ts";

const run = await runNotebook(
  new URL("../../notebooks/02-tasikharjo.ipynb", import.meta.url).pathname,
);
const claim = (id: string) => {
  const c = run.claims.find((x) => x.id === id);
  if (!c) throw new Error(`no claim ${id}`);
  return c;
};
/** The notebook's machine-readable key values (its one application/json display). */
// deno-lint-ignore no-explicit-any
const key: any = (() => {
  for (const o of run.outputs.flat()) {
    if (o.output_type === "display_data" && o.data["application/json"]) {
      return o.data["application/json"];
    }
  }
  throw new Error("no application/json key-values display in the notebook");
})();
/** Relative closeness: at least `digits` significant digits agree. */
const near = (actual: number, expected: number, digits = 6, what = "") =>
  assert.ok(
    Math.abs(actual - expected) <= 0.5 * 10 ** (1 - digits) * Math.abs(expected),
    `${what}: ${actual} is not ${expected} to ${digits} significant digits`,
  );

Deno.test("tasikharjo notebook runs headless without error, fast", () => {
  assert.equal(run.ok, true, JSON.stringify(run.error));
  assert.ok(run.ms < 10_000, `took ${run.ms} ms`);
});

Deno.test("tasikharjo: every claim's verdict", () => {
  const actual = Object.fromEntries(run.claims.map((c) => [c.id, c.verdict]));
  assert.deepEqual(actual, {
    "t1.before.total": "match",
    "t1.after.total": "match",
    "t2.before.total": "match",
    "t2.after.total": "match",
    "abstrak.n": "match",
    "abstract.n": "match",
    "hasil.n": "match",
    "date.mei-2025": "unverifiable",
    "hasil.date.month": "mismatch",
    "metode.duration": "unverifiable",
    "pendahuluan.target": "unverifiable",
    "t1.before.baik.pct": "mismatch",
    "t1.before.cukup.pct": "match",
    "t1.before.kurang.pct": "rounding",
    "t1.after.baik.pct": "match",
    "t1.after.cukup.pct": "match",
    "t1.after.kurang.pct": "rounding",
    "t1.before.pct.total": "match",
    "t1.after.pct.total": "match",
    "t1.text.before.kurang": "rounding",
    "t1.text.before.baik": "match",
    "t1.text.after.baik": "match",
    "t1.text.after.kurang": "rounding",
    "t2.before.lancar.pct": "match",
    "t2.before.belum-lancar.pct": "match",
    "t2.after.lancar.pct": "match",
    "t2.after.belum-lancar.pct": "match",
    "t2.before.pct.total": "match",
    "t2.after.pct.total": "match",
    "t2.text.before.lancar": "match",
    "t2.text.after.lancar": "match",
    "t2.text.after.belum": "match",
    "sig.knowledge.wilcoxon": "match",
    "sig.lancar.mcnemar-exact": "unverifiable",
    "sig.lancar.mcnemar-cc": "unverifiable",
    "sig.lancar.wilcoxon": "match",
    "skills.sig": "unverifiable",
    "confidence": "unverifiable",
    "effective.production": "unverifiable",
    "bonding": "unverifiable",
  });
});

Deno.test("tasikharjo: the reasons behind the Tabel 1 verdicts", () => {
  assert.match(claim("t1.before.baik.pct").note, /typing error/);
  assert.match(claim("t1.before.kurang.pct").note, /ceiling/);
  assert.match(claim("t1.after.kurang.pct").note, /truncation/);
  assert.match(claim("t1.after.kurang.pct").note, /forced to total 100/);
  assert.equal(claim("hasil.date.month").computed, 5);
});

Deno.test("tasikharjo: knowledge (Tabel 1), Wilcoxon over every pairing", () => {
  // Brute force (/tmp script, R): 3 x 3 tables with rows (2, 5, 8), columns (10, 4, 1) -> 33.
  assert.equal(key.knowledge.pairings, 33);
  // R: factorial(15) / (factorial(10) * factorial(4) * factorial(1)) = 15015
  assert.equal(key.knowledge.assignments, 15015);
  // R, table [[2,0,0],[5,0,0],[3,4,1]] (rows Baik/Cukup/Kurang before, scores 3/2/1):
  // wilcox.test(after, before, paired = TRUE, exact = FALSE, correct = FALSE)$p.value
  near(key.knowledge.spss.pMin, 0.001296895799, 8, "SPSS p min");
  // same call on table [[1,0,1],[2,3,0],[7,1,0]]
  near(key.knowledge.spss.pMax, 0.01765693957, 8, "SPSS p max");
  assert.equal(key.knowledge.spss.significant, 33);
  near(claim("sig.knowledge.wilcoxon").computed as number, 0.01765693957, 8, "claim computed");
  // Python brute force over all 2^n sign flips of the tied ranks (scipy.stats.rankdata),
  // two-sided p = min(1, 2 min tail): 0.00048828125 = 1/2048 on [[2,0,0],[5,0,0],[3,4,1]],
  // 0.021484375 = 44/2048 on [[0,1,1],[2,3,0],[8,0,0]].
  near(key.knowledge.exact.pMin, 0.00048828125, 8, "exact p min");
  near(key.knowledge.exact.pMax, 0.021484375, 8, "exact p max");
  assert.equal(key.knowledge.exact.significant, 33);
  // R: wilcox.test(c(rep(3,2),rep(2,5),rep(1,8)), c(rep(3,10),rep(2,4),1), exact = FALSE,
  //    correct = FALSE)$p.value  (the wrong, unpaired analysis)
  near(key.knowledge.unpairedMannWhitneyP, 0.001177114207, 8, "unpaired Mann-Whitney");
});

Deno.test("tasikharjo: lancar (Tabel 2), McNemar and Wilcoxon over the three pairings", () => {
  // a = Lancar both times can only be 4, 5 or 6.
  assert.equal(key.lancar.pairings, 3);
  // R: choose(15, 2) = 105; significant by exact McNemar: choose(9, 2) + 6 * 9 = 36 + 54 = 90
  assert.equal(key.lancar.assignments, 105);
  assert.equal(key.lancar.significantAssignmentsExact, 90);
  const t = key.lancar.tests;
  // R: binom.test(0, 7)$p.value = 0.015625; binom.test(2, 11)$p.value = 0.0654296875
  near(t["mcnemar-exact"].pMin, 0.015625, 8, "exact min");
  near(t["mcnemar-exact"].pMax, 0.0654296875, 8, "exact max");
  assert.equal(t["mcnemar-exact"].significant, 2);
  // R: mcnemar.test(matrix(c(6, 7, 0, 2), 2))$p.value = 0.02334220201
  //    mcnemar.test(matrix(c(4, 9, 2, 0), 2))$p.value = 0.07044042927
  near(t["mcnemar-cc"].pMin, 0.02334220201, 8, "cc min");
  near(t["mcnemar-cc"].pMax, 0.07044042927, 8, "cc max");
  assert.equal(t["mcnemar-cc"].significant, 2);
  // R: mcnemar.test(matrix(c(6, 7, 0, 2), 2), correct = FALSE)$p.value = 0.008150971594
  //    mcnemar.test(matrix(c(4, 9, 2, 0), 2), correct = FALSE)$p.value = 0.03480847881
  near(t["mcnemar-uncorrected"].pMin, 0.008150971594, 8, "uncorrected min");
  near(t["mcnemar-uncorrected"].pMax, 0.03480847881, 8, "uncorrected max");
  assert.equal(t["mcnemar-uncorrected"].significant, 3);
  // R, 0/1 coded: wilcox.test(after, before, paired = TRUE, exact = FALSE, correct = FALSE)
  // gives the same 0.008150971594 and 0.03480847881 (Z^2 = uncorrected McNemar chi-square).
  near(t.wilcoxon.pMin, 0.008150971594, 8, "wilcoxon min");
  near(t.wilcoxon.pMax, 0.03480847881, 8, "wilcoxon max");
  assert.equal(t.wilcoxon.significant, 3);
  near(claim("sig.lancar.wilcoxon").computed as number, 0.03480847881, 8, "claim computed");
  // R: fisher.test(matrix(c(6, 13, 9, 2), 2))$p.value  (the wrong, unpaired analysis)
  near(key.lancar.unpairedFisherP, 0.02093953023, 8, "unpaired Fisher");
});

Deno.test("tasikharjo: effect sizes and intervals for lancar", () => {
  // R: prop.test(6, 15, correct = FALSE)$conf.int; prop.test(13, 15, correct = FALSE)$conf.int
  near(key.lancar.wilsonBefore[0], 0.1982449614, 8, "Wilson before lo");
  near(key.lancar.wilsonBefore[1], 0.6425316988, 8, "Wilson before hi");
  near(key.lancar.wilsonAfter[0], 0.6211801717, 8, "Wilson after lo");
  near(key.lancar.wilsonAfter[1], 0.9626387409, 8, "Wilson after hi");
  // R: Newcombe (1998) method 10, transcribed from contingencytables::
  // Newcombe_square_and_add_CI_paired_2x2 (prop.test Wilson limits, psi as in the package),
  // on rbind(c(a, 6 - a), c(13 - a, a - 4)) for a = 4, 5, 6, negated to after - before:
  // a = 4: 0.04680031786 to 0.7284279295; a = 6: 0.1429621448 to 0.6794222274.
  near(key.lancar.newcombe.estimate, 7 / 15, 12, "change");
  near(key.lancar.newcombe.lowerMin, 0.04680031786, 8, "lower min");
  near(key.lancar.newcombe.lowerMax, 0.1429621448, 8, "lower max");
  near(key.lancar.newcombe.upperMin, 0.6794222274, 8, "upper min");
  near(key.lancar.newcombe.upperMax, 0.7284279295, 8, "upper max");
  // Knowledge, matched-pairs rank-biserial (R+ - R-)/(R+ + R-) over the 33 pairings, python3
  // brute force with scipy.stats.rankdata on the non-zero |d|: the smallest, 17/24 = 0.708333,
  // on [[0,1,1],[5,0,0],[5,3,0]]; 1 when nobody declines ([[2,0,0],[5,0,0],[3,4,1]]).
  near(key.knowledge.rankBiserial[0], 17 / 24, 10, "rank-biserial min");
  assert.equal(key.knowledge.rankBiserial[1], 1);
});
