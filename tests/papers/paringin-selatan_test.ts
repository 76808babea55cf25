/**
 * Paringin Selatan (notebooks/01-paringin-selatan.ipynb): runs the notebook headless once, pins
 * every claim's verdict and the key computed values against R (Rscript -e ...), SciPy and
 * brute-force enumeration in Python, with the exact call beside each value.
 */
import assert from "node:assert/strict";
import { runNotebook } from "../../tools/runner.ts";

const run = await runNotebook(
  new URL("../../notebooks/01-paringin-selatan.ipynb", import.meta.url).pathname,
);

interface Pattern {
  pattern: string;
  p: number;
}
interface KeyValues {
  u: number;
  u1: number;
  wilcoxonW: number;
  zNoTies: number;
  pNoTiesAsymptotic: number;
  pNoTiesSpssExact: number;
  pNoTiesRExact: number;
  pNoTiesRContinuity: number;
  binary: {
    massage: string;
    control: string;
    pSpss: number;
    pR: number;
    pExactTies: number;
    reproduces: boolean;
  }[];
  threeLevel: {
    examined: number;
    matches: number;
    genuine: number;
    reproducing: number;
    minP: number;
    minPattern: string;
    maxP: number;
    maxPattern: string;
    closestP: number;
  };
  reproducingBy: { convention: string; binary: Pattern[]; threeLevel: Pattern[] }[];
  paired: { improved: number; worsened: number; after: number; p: number }[];
  pairedR: { improved: number; worsened: number; after: number; p: number }[];
  signedReading: { untiedP: number; patterns: number; minP: number; maxP: number };
}

function keyValues(): KeyValues {
  for (const outputs of run.outputs) {
    for (const out of outputs) {
      const data = (out as { data?: Record<string, unknown> }).data;
      if (data?.["application/json"]) return data["application/json"] as KeyValues;
    }
  }
  throw new Error("the notebook displayed no key values (application/json)");
}

/** Relative agreement to at least `digits` significant digits. */
function close(actual: number, expected: number, digits = 6): void {
  const tolerance = Math.abs(expected) * 10 ** -digits;
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `expected ${expected} to ${digits} significant digits, got ${actual}`,
  );
}

Deno.test("paringin-selatan: the notebook runs headless without error, fast", () => {
  assert.equal(run.error, null);
  assert.equal(run.ok, true);
  assert.ok(run.ms < 30_000, `took ${run.ms} ms`);
});

Deno.test("paringin-selatan: every claim's verdict", () => {
  const verdicts = Object.fromEntries(run.claims.map((c) => [c.id, c.verdict]));
  assert.deepEqual(verdicts, {
    "t1.umur.lt20.pct": "match",
    "t1.umur.age20to35.pct": "match",
    "t1.umur.gt35.pct": "match",
    "t1.umur.total.n": "match",
    "t1.umur.total.pct": "match",
    "t1.pekerjaan.irt.pct": "match",
    "t1.pekerjaan.honorer.pct": "match",
    "t1.pekerjaan.swasta.pct": "match",
    "t1.pekerjaan.pns.pct": "match",
    "t1.pekerjaan.total.n": "match",
    "t1.pekerjaan.total.pct": "match",
    "t1.pendidikan.sd.pct": "match",
    "t1.pendidikan.smp.pct": "match",
    "t1.pendidikan.sma.pct": "match",
    "t1.pendidikan.pt.pct": "match",
    "t1.pendidikan.total.n": "match",
    "t1.pendidikan.total.pct": "match",
    "t1.paritas.primigravida.pct": "match",
    "t1.paritas.multigravida.pct": "match",
    "t1.paritas.total.n": "match",
    "t1.paritas.total.pct": "match",
    "hasil.umur.count": "match",
    "hasil.umur.pct": "match",
    "hasil.pekerjaan.count": "match",
    "hasil.pekerjaan.pct": "match",
    "hasil.pendidikan.count": "match",
    "hasil.pendidikan.pct": "match",
    "hasil.paritas.count": "match",
    "hasil.paritas.pct": "match",
    "t2.massage.sum": "match",
    "t2.massage.mean": "match",
    "hasil.t2.massage.mean": "match",
    "t2.control.sum": "match",
    "t2.control.mean": "match",
    "hasil.t2.control.mean": "match",
    "t2.ranksum.total": "match",
    "kesimpulan.p.t2_noties_asymp": "mismatch",
    "kesimpulan.p.t2_noties_exact": "mismatch",
    "pembahasan.p": "match",
    "abstrak.p": "unverifiable",
    "abstrak.before.count": "unverifiable",
    "abstrak.before.pct": "match",
    "abstrak.n": "match",
    "abstract_en.p": "unverifiable",
    "abstract_en.before.count": "unverifiable",
    "abstract_en.before.pct": "match",
    "abstract_en.n": "match",
    "design.groupsize.abstrak": "mismatch",
    "design.groupsize.abstract_en": "mismatch",
    "design.groupsize.metode": "mismatch",
    "metode.n": "match",
    "design.test": "unverifiable",
    "population.abstrak": "unverifiable",
    "population.abstract_en": "unverifiable",
    "population.metode": "unverifiable",
    "pembahasan.umur.pct": "mismatch",
    "pembahasan.umur.upper": "mismatch",
    "pembahasan.pendidikan.pct": "match",
  });
});

Deno.test("paringin-selatan: computed values carried by the claims", () => {
  const computed = (id: string) => run.claims.find((c) => c.id === id)?.computed;
  // Rscript -e 'wilcox.test(3:12, c(1, 2, 13:20), exact = FALSE, correct = FALSE)$p.value'
  close(computed("kesimpulan.p.t2_noties_asymp") as number, 0.0233422020129);
  // Rscript -e '2 * pwilcox(20, 10, 10)'
  close(computed("kesimpulan.p.t2_noties_exact") as number, 0.0232306393297);
  assert.equal(computed("pembahasan.umur.pct"), 75); // 100 * 15 / 20, Tabel 1
  assert.equal(computed("design.groupsize.metode"), 10); // Tabel 2's N per group
});

Deno.test("paringin-selatan: Tabel 2 without ties (U, W, Z, p in every convention)", () => {
  const k = keyValues();
  // Rscript -e 'wilcox.test(3:12, c(1, 2, 13:20))$statistic'  -> W = 20 (R's W is U for x)
  assert.equal(k.u1, 20);
  assert.equal(k.u, 20);
  assert.equal(k.wilcoxonW, 75); // SPSS Wilcoxon W = the smaller rank sum, Tabel 2's 75.00
  // Z = (20 - 50) / sqrt(10 * 10 * 21 / 12) = -30 / sqrt(175):
  // python3 -c 'import math; print(-30 / math.sqrt(175))'  -> -2.2677868380553634
  close(k.zNoTies, -2.2677868380553634);
  // Rscript -e 'wilcox.test(3:12, c(1, 2, 13:20), exact = FALSE, correct = FALSE)$p.value'
  close(k.pNoTiesAsymptotic, 0.0233422020129);
  // Rscript -e '2 * pwilcox(20, 10, 10)'  (SPSS Exact Sig. [2*(1-tailed Sig.)])
  close(k.pNoTiesSpssExact, 0.0232306393297);
  // Rscript -e 'wilcox.test(3:12, c(1, 2, 13:20))$p.value'
  close(k.pNoTiesRExact, 0.0232306393297);
  // Rscript -e 'wilcox.test(3:12, c(1, 2, 13:20), exact = FALSE)$p.value'
  close(k.pNoTiesRContinuity, 0.0257480808211);
});

Deno.test("paringin-selatan: binary tie patterns consistent with the rank sums", () => {
  const k = keyValues();
  // Algebra: a = 2k - 6 better-category mothers in all, k = 6..10 of them massaged.
  assert.deepEqual(
    k.binary.map((b) => [b.massage, b.control]),
    [["6 / 4", "0 / 10"], ["7 / 3", "1 / 9"], ["8 / 2", "2 / 8"], ["9 / 1", "3 / 7"], [
      "10 / 0",
      "4 / 6",
    ]],
  );
  // mw <- function(a, b, ...) wilcox.test(rep(seq_along(a), a), rep(seq_along(b), b),
  //   exact = FALSE, ...)$p.value
  // Rscript: mw(c(6,4), c(0,10), correct = FALSE); mw(c(7,3), c(1,9), correct = FALSE);
  //          mw(c(8,2), c(2,8), correct = FALSE)   (SPSS: tie-corrected, no continuity)
  const spss = [
    0.00432311122553,
    0.00760164147522,
    0.00891388390744,
    0.00760164147522,
    0.00432311122553,
  ];
  // Rscript: mw(c(6,4), c(0,10)); mw(c(7,3), c(1,9)); mw(c(8,2), c(2,8))   (R's default)
  const r = [
    0.0050159181259,
    0.00867045275464,
    0.0101185819976,
    0.00867045275464,
    0.0050159181259,
  ];
  k.binary.forEach((b, i) => {
    close(b.pSpss, spss[i]);
    close(b.pR, r[i]);
  });
  // Exact conditional on ties: the massaged count in the better category is hypergeometric:
  // python3 -c 'from scipy.stats import hypergeom; print(2 * hypergeom(20, 8, 10).sf(6))'
  //   -> 0.019766611097880443 (7 / 3 vs 1 / 9; brute force over all C(20,10) splits agrees)
  close(k.binary[1].pExactTies, 0.019766611097880443);
  assert.deepEqual(k.binary.map((b) => b.reproduces), [false, true, false, true, false]);
});

Deno.test("paringin-selatan: 3-level tie patterns consistent with the rank sums", () => {
  const k = keyValues();
  // SciPy brute force: for every massaged (x1, x2, x3) and control (y1, y2, y3) summing to 10
  // with all three categories used, keep rank sum 75 (mid-ranks of levels 1 < 2 < 3), then
  // scipy.stats.mannwhitneyu([1]*x1 + [2]*x2 + [3]*x3, [1]*y1 + [2]*y2 + [3]*y3,
  //   use_continuity=False, method="asymptotic").pvalue
  // -> 36 patterns, p from 0.004677734981047266 to 0.01619193318699447, none in [0.0075, 0.0085).
  assert.equal(k.threeLevel.examined, 66 * 66);
  assert.equal(k.threeLevel.matches, 51); // 36 genuine + 5 binary patterns x 3 placements
  assert.equal(k.threeLevel.genuine, 36);
  assert.equal(k.threeLevel.reproducing, 0);
  // Rscript: mw(c(1,5,4), c(0,0,10), correct = FALSE)
  close(k.threeLevel.minP, 0.00467773498105);
  assert.equal(k.threeLevel.minPattern, "1 / 5 / 4 vs 0 / 0 / 10");
  // Rscript: mw(c(5,5,0), c(2,2,6), correct = FALSE)
  close(k.threeLevel.maxP, 0.016191933187);
  // Rscript: mw(c(0,10,0), c(1,2,7), correct = FALSE)   (closest to 0,008; prints 0,009)
  close(k.threeLevel.closestP, 0.00850904440486);
});

Deno.test("paringin-selatan: which patterns print 0,008, by convention", () => {
  const k = keyValues();
  const by = Object.fromEntries(k.reproducingBy.map((c) => [c.convention, c]));
  const spss = by["SPSS Asymp. Sig. (tie-corrected)"];
  assert.deepEqual(spss.binary.map((x) => x.pattern), ["7 / 3 vs 1 / 9", "9 / 1 vs 3 / 7"]);
  assert.deepEqual(spss.threeLevel, []);
  assert.deepEqual(by["SPSS Exact Sig. [2*(1-tailed)]"].binary, []);
  assert.deepEqual(by["SPSS Exact Sig. [2*(1-tailed)]"].threeLevel, []);
  assert.deepEqual(by["exact | ties"].binary, []);
  assert.deepEqual(by["exact | ties"].threeLevel, []);
  const rDefault = by["R wilcox.test default (continuity)"];
  assert.deepEqual(rDefault.binary, []);
  assert.deepEqual(rDefault.threeLevel.map((x) => x.pattern), [
    "2 / 8 / 0 vs 0 / 5 / 5",
    "5 / 5 / 0 vs 0 / 8 / 2",
  ]);
  // Rscript: mw(c(2,8,0), c(0,5,5)); mw(c(5,5,0), c(0,8,2))   (R's default)
  close(rDefault.threeLevel[0].p, 0.00815627354416);
  close(rDefault.threeLevel[1].p, 0.00815627354416);
});

Deno.test("paringin-selatan: the abstract's Wilcoxon, binary before/after with 8 of 20 before", () => {
  const k = keyValues();
  // before <- c(rep(0, 12), rep(1, 8))
  // pw <- function(imp, wor, ...) { after <- c(rep(1, imp), rep(0, 12 - imp), rep(0, wor),
  //   rep(1, 8 - wor)); wilcox.test(after, before, paired = TRUE, exact = FALSE, ...)$p.value }
  assert.deepEqual(
    k.paired.map((q) => [q.improved, q.worsened, q.after]),
    [[0, 7, 1], [7, 0, 15], [12, 2, 18]],
  );
  // Rscript: pw(0, 7, correct = FALSE); pw(7, 0, correct = FALSE); pw(12, 2, correct = FALSE)
  close(k.paired[0].p, 0.0081509715935);
  close(k.paired[1].p, 0.0081509715935);
  close(k.paired[2].p, 0.00752631516646);
  // Under R's default (continuity correction): pw(10, 1); pw(12, 2)
  assert.deepEqual(
    k.pairedR.map((q) => [q.improved, q.worsened, q.after]).sort((a, b) => a[0] - b[0]),
    [[10, 1, 17], [12, 2, 18]],
  );
  const pR = Object.fromEntries(k.pairedR.map((q) => [q.improved, q.p]));
  close(pR[10], 0.00773668480919);
  close(pR[12], 0.00836483582644);
});

Deno.test("paringin-selatan: Tabel 2 read as a Wilcoxon signed-rank Ranks table", () => {
  const k = keyValues();
  // Rscript -e 'wilcox.test(c(-(3:12), 1, 2, 13:20), exact = FALSE, correct = FALSE)$p.value'
  close(k.signedReading.untiedP, 0.262722246841);
  // python3 enumeration of |d| with 1..3 magnitudes, 10 negative ranks summing to 75, SPSS Z
  // = (75 - 105) / sqrt(20*21*41/24 - sum(t^3 - t)/48) -> 41 patterns,
  // p from 0.24156658696897293 to 0.2565417930723106
  assert.equal(k.signedReading.patterns, 41);
  close(k.signedReading.minP, 0.24156658696897293);
  close(k.signedReading.maxP, 0.2565417930723106);
});
