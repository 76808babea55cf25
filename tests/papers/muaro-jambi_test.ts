/**
 * Pins the muaro-jambi notebook on the claim model: every claim's verdict, k of K for the
 * consistent ones, the readings' key computed values against R 4.2, SciPy and brute-force
 * enumeration (calls in the comments), each finding's claims, and printed.csv's coverage.
 */
import assert from "node:assert/strict";
import { runNotebookOnce } from "../../tools/runner.ts";
import { loadPrinted, reconstructCount } from "../../lib/mod.ts";
import type { NumericInterval } from "../../lib/printed/intervals.ts";
import { claimsOf, near } from "./_claims.ts";

const run = await runNotebookOnce(
  new URL("../../notebooks/05-muaro-jambi.ipynb", import.meta.url).pathname,
);
const byId = new Map(run.claims.map((c) => [c.id, c]));
const { claim, reading } = claimsOf(run);

Deno.test("muaro-jambi: the notebook runs headless without error", () => {
  assert.equal(run.error, null);
  assert.ok(run.ok);
});

Deno.test("muaro-jambi: every claim's verdict", () => {
  const verdicts = Object.fromEntries(run.claims.map((c) => [c.id, c.verdict]));
  assert.deepEqual(verdicts, {
    "t1.umur.20-35.pct": "match",
    "t1.umur.gt35.pct": "match",
    "t1.pendidikan.s1.pct": "match",
    "t1.pendidikan.sma.pct": "match",
    "t1.pendidikan.smp.pct": "match",
    "t1.pendidikan.sd.pct": "match",
    "t1.pekerjaan.pns.pct": "match",
    "t1.pekerjaan.swasta.pct": "match",
    "t1.pekerjaan.irt.pct": "match",
    "res.t1.umur.count": "match",
    "res.t1.umur.pct": "match",
    "res.t1.umur.most": "match",
    "res.t1.sma.count": "match",
    "res.t1.sma.pct": "match",
    "res.t1.sma.most": "match",
    "res.t1.irt.count": "match",
    "res.t1.irt.pct": "match",
    "res.t1.irt.most": "match",
    "disc.umur.count": "match",
    "disc.umur.pct": "match",
    "disc.umur.most": "match",
    "disc.sma.count": "match",
    "disc.sma.pct": "match",
    "disc.sma.most": "match",
    "t2.before.lancar.pct": "match",
    "t2.before.tidak.pct": "match",
    "t2.after.lancar.pct": "match",
    "t2.after.tidak.pct": "match",
    "abs.after.lancar.count": "match",
    "abs.after.lancar.pct": "match",
    "res.t2.after.lancar.count": "match",
    "res.t2.after.lancar.pct": "match",
    "abs.before.tidak.pct": "match",
    "res.t2.before.tidak.pct": "match",
    "abs.before.tidak.count": "contradiction",
    "res.t2.before.tidak.count": "contradiction",
    "t2.before.tidak.count": "contradiction",
    "t2.before.lancar.count": "contradiction",
    "abs.before.most": "consistent",
    "res.t2.before.most": "consistent",
    "disc.before.most": "consistent",
    "kes.before.some": "match",
    "res.t2.after.most": "match",
    "disc.after.most": "match",
    "abs.n": "match",
    "met.n": "mismatch",
    "t3.before.n": "mismatch",
    "t3.after.n": "mismatch",
    "t3.before.mean": "consistent",
    "t3.before.sd": "match",
    "t3.before.ci.lo": "consistent",
    "t3.before.ci.hi": "consistent",
    "res.t3.before.mean": "mismatch",
    "res.t3.before.sd": "match",
    "res.t3.before.ci.lo": "consistent",
    "res.t3.before.ci.hi": "mismatch",
    "t3.after.mean": "consistent",
    "t3.after.sd": "match",
    "t3.after.ci.lo": "consistent",
    "t3.after.ci.hi": "consistent",
    "res.t3.after.mean": "consistent",
    "res.t3.after.sd": "match",
    "res.t3.after.ci.lo": "consistent",
    "res.t3.after.ci.hi": "mismatch",
    "abs.p": "consistent",
    "disc.p": "consistent",
    "abs.sig": "consistent",
    "disc.sig": "consistent",
    "t3.caption.outcome": "contradiction",
    "t3.row-label": "contradiction",
    "met.cutoff": "contradiction",
    "t2.after.lancar.count": "contradiction",
    "t3.p": "unverifiable",
    "res.t3.p": "unverifiable",
    "res.t3.sig": "consistent",
    "kes.sig": "consistent",
    "abs.design": "contradiction",
    "met.design": "contradiction",
    "abs.population.all": "contradiction",
    "abs.sampling": "contradiction",
    "abs.population.days": "contradiction",
    "abs.sample.days": "contradiction",
    "met.days": "contradiction",
    "t2.caption.days": "contradiction",
    "abs.test": "contradiction",
    "met.test": "contradiction",
    "t3.test": "contradiction",
    "res.test": "contradiction",
    "abs.date": "match",
    "met.date": "match",
    "met.year": "match",
    "res.ref.table1": "match",
    "res.ref.table2": "match",
    "res.ref.table5-1": "mismatch",
    "res.ref.table5-6": "mismatch",
    "disc.age30": "contradiction",
    "disc.age35": "contradiction",
    "met.normality": "unverifiable",
    "disc.age.effect": "unverifiable",
    "disc.edu.effect": "unverifiable",
    "disc.feeding-frequency": "unverifiable",
    "abs.causal": "unverifiable",
    "disc.husband.effect": "unverifiable",
    "intro5.asi2020.pct": "mismatch",
    "intro5.asi2021.pct": "consistent",
    "intro5.asi2022.pct": "match",
    "intro5.source-year": "contradiction",
    "intro5.asi-latest-year": "contradiction",
  });
});

Deno.test("muaro-jambi: printed.csv covers the body, and each printed number is judged once", async () => {
  const printed = await loadPrinted("muaro-jambi");
  // 148 rows: every number printed outside the tables, claimed or excluded with a reason.
  assert.equal(printed.claims.length, 81);
  assert.equal(printed.excluded.length, 67);
  const ids = run.claims.map((c) => c.id);
  assert.equal(new Set(ids).size, ids.length, "a claim id is judged twice");
  for (const row of printed.claims) assert.ok(byId.has(row.id), `unjudged: ${row.id}`);
  for (const row of printed.excluded) {
    assert.ok(!byId.has(row.id), `excluded but judged: ${row.id}`);
  }
  // The rest are table cells: 9 + 4 percentages, 3 counts of Tabel 2, 11 cells of Tabel 3.
  const rowIds = new Set(printed.claims.map((r) => r.id));
  const cells = run.claims.filter((c) => !rowIds.has(c.id));
  assert.ok(cells.every((c) => /^Tabel [123]$/.test(c.location)), "a claim outside printed.csv");
  assert.equal(cells.length, 27);
  assert.equal(run.claims.length, printed.claims.length + cells.length);
  for (const c of run.claims) {
    if (c.verdict === "contradiction") assert.equal(c.computed, null, c.id);
  }
});

Deno.test("muaro-jambi: k of K for every consistent claim", () => {
  const support = Object.fromEntries(
    run.claims.filter((c) => c.verdict === "consistent").map((c) => [
      c.id,
      [c.support!.k, c.support!.of],
    ]),
  );
  assert.deepEqual(support, {
    "abs.before.most": [1, 2],
    "res.t2.before.most": [1, 2],
    "disc.before.most": [1, 2],
    "t3.before.mean": [2, 3],
    "t3.before.ci.lo": [1, 3],
    "t3.before.ci.hi": [1, 3],
    "res.t3.before.ci.lo": [1, 3],
    "t3.after.mean": [1, 3],
    "t3.after.ci.lo": [1, 3],
    "t3.after.ci.hi": [1, 3],
    "res.t3.after.mean": [1, 3],
    "res.t3.after.ci.lo": [1, 3],
    "abs.p": [1, 18],
    "disc.p": [1, 18],
    "abs.sig": [18, 30],
    "disc.sig": [18, 30],
    "res.t3.sig": [23, 37],
    "kes.sig": [23, 37],
    "intro5.asi2021.pct": [1, 2],
  });
});

// R 4.2, per pairing d <- c(rep(1, imp), rep(-1, w), rep(0, 15 - imp - w)):
//   spss    wilcox.test(d, correct = FALSE, exact = FALSE)$p.value
//           (SciPy 1.10.1 wilcoxon(d).pvalue agrees to 1e-15: zeros force the normal approximation)
//   r45     wilcox.test(d)$p.value (R <= 4.5 default with ties: normal, continuity correction)
//   r46     wilcox.test(b + d, b, paired = TRUE)$p.value with b as for t below (R 4.2's default,
//           continuity correction): every pairing has zeros, and with any zero R 4.6 warns and
//           uses this corrected normal approximation too, so r46 = r45 here
//   exact   binom.test(w, imp + w)$p.value (exact conditional on all-tied ranks = sign test)
//   mcnemar mcnemar.test(matrix(c(1, imp, w, 1), 2))$p.value
//   t       t.test(b + d, b, paired = TRUE)$p.value with b <- c(rep(0, imp), rep(1, w), rep(0, ...))
const R_P = {
  abstract: [
    {
      w: 0,
      spss: 0.00467773498105,
      r45: 0.00596207853209,
      r46: 0.00596207853209371,
      exact: 0.0078125,
      mcnemar: 0.0133283287808,
      t: 0.00131604919387,
    },
    {
      w: 1,
      spss: 0.011412036386,
      r45: 0.0134236978545,
      r46: 0.0134236978545277,
      exact: 0.021484375,
      mcnemar: 0.0268566955075,
      t: 0.00607532594084,
    },
    {
      w: 2,
      spss: 0.0209213353378,
      r45: 0.023513322784,
      r46: 0.0235133227840033,
      exact: 0.03857421875,
      mcnemar: 0.0433081428108,
      t: 0.014771636573,
    },
  ],
  table2: [
    {
      w: 0,
      spss: 0.0253473186775,
      r45: 0.036888425707,
      r46: 0.0368884257070499,
      exact: 0.0625,
      mcnemar: 0.0736382701203,
      t: 0.0191876213998,
    },
    {
      w: 1,
      spss: 0.0587817213554,
      r45: 0.07260093945,
      r46: 0.0726009394499574,
      exact: 0.125,
      mcnemar: 0.130570018116,
      t: 0.0551784932372,
    },
    {
      w: 2,
      spss: 0.0955807045456,
      r45: 0.109598583399,
      r46: 0.109598583399116,
      exact: 0.1796875,
      mcnemar: 0.182422439452,
      t: 0.0961448435054,
    },
  ],
};

/**
 * Brute force: the exact conditional signed-rank p for improved (+1) and worsened (-1)
 * differences, zeros dropped, enumerating every sign pattern of the non-zero ones.
 */
function exactSignedRankP(improved: number, worsened: number): number {
  const m = improved + worsened;
  // Every |d| is 1, so every non-zero difference has the average rank of positions 1..m.
  const rank = (m + 1) / 2;
  const observed = improved * rank;
  let low = 0;
  let high = 0;
  for (let mask = 0; mask < 2 ** m; mask++) {
    let v = 0;
    for (let i = 0; i < m; i++) if (mask & (1 << i)) v += rank;
    if (v <= observed + 1e-9) low++;
    if (v >= observed - 1e-9) high++;
  }
  return Math.min(1, (2 * Math.min(low, high)) / 2 ** m);
}

Deno.test("muaro-jambi: Wilcoxon and McNemar p over every pairing, in every convention", () => {
  for (const [counts, rows] of Object.entries(R_P)) {
    for (const row of rows) {
      const at = { counts, worsened: row.w };
      for (const convention of ["spss", "r45", "r46"] as const) {
        near(reading("abs.p", { ...at, convention }).computed, row[convention], 1e-9);
      }
      near(reading("abs.sig", { ...at, convention: "mcnemar" }).computed, row.mcnemar, 1e-9);
      near(reading("kes.sig", { test: "paired t", ...at }).computed, row.t, 1e-9);
      near(reading("abs.sig", { ...at, convention: "exact" }).computed, row.exact, 1e-9);
      const improved = (reading("abs.p", { ...at, convention: "r46" }).params.improved) as number;
      near(row.exact, exactSignedRankP(improved, row.w), 1e-12);
      // Every pairing has unchanged mothers (zero differences): R 4.6 gives R 4.5's p.
      assert.ok(15 - improved - row.w > 0);
      near(reading("abs.p", { ...at, convention: "r46" }).computed, row.r45, 1e-9);
    }
  }
  // The one reading that prints 0.005: the abstract's counts, SPSS, nobody worsening.
  const printing = claim("abs.p").readings.filter((r) => r.prints);
  assert.deepEqual(printing.map((r) => [r.params.counts, r.params.convention, r.params.worsened]), [
    ["abstract", "spss", 0],
  ]);
  // With Tabel 2's counts, neither the exact test nor the corrected McNemar is significant, under
  // any pairing.
  for (const convention of ["exact", "mcnemar"]) {
    const rs = claim("abs.sig").readings.filter((r) =>
      r.params.counts === "table2" && r.params.convention === convention
    );
    assert.equal(rs.length, 3);
    assert.ok(rs.every((r) => !r.prints), convention);
  }
  // The paired t on the 0/1 coding of Tabel 2's counts: significant only when nobody worsened.
  const t2T = claim("kes.sig").readings.filter((r) =>
    r.params.test === "paired t" && r.params.counts === "table2" && r.prints
  );
  assert.deepEqual(t2T.map((r) => r.params.worsened), [0]);
  // Tabel 2's counts: only the pairing with nobody worsening is significant, under spss, r45 and
  // r46 (R 4.6 falls back to R 4.5's corrected normal approximation with zeros).
  const t2Sig = claim("abs.sig").readings.filter((r) => r.params.counts === "table2" && r.prints);
  assert.deepEqual(t2Sig.map((r) => [r.params.convention, r.params.worsened]), [
    ["spss", 0],
    ["r45", 0],
    ["r46", 0],
  ]);
});

Deno.test("muaro-jambi: Tabel 3 under n = 15, 18 and 29", () => {
  // Python brute force, exact fractions, half-up or half-even: sums S with S/n printing as the mean.
  // 2,07: n = 15 -> [31], 18 -> [], 29 -> [60]; 3,53: 15 -> [53], 18 -> [], 29 -> [].
  assert.deepEqual(reading("t3.before.mean", { n: 15 }).params.sums, [31]);
  assert.deepEqual(reading("t3.before.mean", { n: 29 }).params.sums, [60]);
  assert.deepEqual(reading("t3.before.mean", { n: 18 }).params.sums, [37, 38]);
  assert.equal(reading("t3.before.mean", { n: 18 }).prints, false);
  assert.deepEqual(reading("t3.after.mean", { n: 15 }).params.sums, [53]);
  // R: sqrt((93 - 31^2/15)/14); sqrt((215 - 53^2/15)/14); sqrt((182 - 60^2/29)/28)
  near((reading("t3.before.sd", { n: 15 }).computed as NumericInterval).lo, 1.43759057686, 1e-10);
  near((reading("t3.after.sd", { n: 15 }).computed as NumericInterval).lo, 1.4074631011, 1e-10);
  near((reading("t3.before.sd", { n: 29 }).computed as NumericInterval).lo, 1.43753346502, 1e-10);
  assert.equal(claim("t3.before.sd").readings.length, 2); // no whole-number data at n = 18
  // R: 31/15 + c(-1, 1) * qt(0.975, 14) * sqrt((93 - 31^2/15)/14) / sqrt(15), and 53/15, 215
  near(reading("t3.before.ci.lo", { n: 15 }).computed, 1.27055554088, 1e-10);
  near(reading("t3.before.ci.hi", { n: 15 }).computed, 2.86277779246, 1e-10);
  near(reading("t3.after.ci.lo", { n: 15 }).computed, 2.75390624751, 1e-10);
  near(reading("t3.after.ci.hi", { n: 15 }).computed, 4.31276041916, 1e-10);
  // R, n = 18 and 29, each end over the printed mean and SD's rounding intervals, e.g.
  //   2.065 - qt(.975, n - 1) * 1.4385 / sqrt(n) to 2.075 - qt(.975, n - 1) * 1.4375 / sqrt(n)
  const ranges: [string, number, number, number][] = [
    ["t3.before.ci.lo", 18, 1.34965077942, 1.36014806773],
    ["t3.before.ci.hi", 18, 2.77985193227, 2.79034922058],
    ["t3.after.ci.lo", 18, 2.82506671675, 2.83556400505],
    ["t3.after.ci.hi", 18, 4.22443599495, 4.23493328325],
    ["t3.before.ci.lo", 29, 1.51782386352, 1.52820424318],
    ["t3.before.ci.hi", 29, 2.61179575682, 2.62217613648],
    ["t3.after.ci.lo", 29, 2.98961563289, 2.99999601254],
    ["t3.after.ci.hi", 29, 4.06000398746, 4.07038436711],
  ];
  for (const [id, n, lo, hi] of ranges) {
    const c = reading(id, { n }).computed as NumericInterval;
    near(c.lo, lo, 1e-9);
    near(c.hi, hi, 1e-9);
  }
  // The restated upper ends are slips on mismatches.
  assert.equal(claim("res.t3.before.ci.hi").slip, "decimal comma dropped: Tabel 3 prints 2,86");
  assert.equal(claim("res.t3.after.ci.hi").slip, "decimal comma dropped: Tabel 3 prints 4,31");
});

Deno.test("muaro-jambi: the stated sample sizes", () => {
  // Python scan over n = 2..100 (GRIM and GRIMMER with exact fractions, half-up or half-even,
  // and each CI end's range over the printed mean's and SD's rounding intervals): [15].
  for (const id of ["abs.n", "met.n", "t3.before.n", "t3.after.n"]) {
    assert.deepEqual(reading(id, { scan: "2..100" }).computed, { lo: 15, hi: 15 });
    assert.deepEqual(reading(id, { source: "table totals" }).params.totals, [15, 15, 15, 15, 15]);
  }
});

Deno.test("muaro-jambi: Tabel 3's scores reconstructed on the 0-6 sheet, both coding directions", () => {
  // Python brute force over all C(21, 6) = 54264 frequency vectors of 15 scores on 0-6, exact
  // fractions, half-up or half-even for mean (2 places) and SD (3 places):
  //   before 29 vectors; lancar (score >= 4) 1..5, of which exactly 5: 1, exactly 8: 0;
  //          items absent (lancar: score <= 2) 6..13, exactly 8: 4, exactly 5: 0;
  //   after 34 vectors; exactly 13 lancar: 0 counting items present, 0 counting items absent.
  const base = { n: 15, scale: { lo: 0, hi: 6 }, rounding: ["spss", "printf"] as const };
  const before = { ...base, mean: "2,07", sd: "1,438" };
  const after = { ...base, mean: "3,53", sd: "1,407" };
  const exactly = (value: number, count: number) => ({
    atLeast: { value, count },
    atMost: { value, count },
  });
  assert.equal(reconstructCount(before), 29);
  assert.equal(reconstructCount(after), 34);
  assert.equal(reconstructCount({ ...before, constraints: exactly(4, 8) }), 0);
  assert.equal(reconstructCount({ ...before, constraints: exactly(4, 5) }), 1);
  assert.equal(reconstructCount({ ...before, constraints: exactly(3, 7) }), 4); // 8 scores <= 2
  assert.equal(reconstructCount({ ...before, constraints: exactly(3, 10) }), 0); // 5 scores <= 2
  assert.equal(reconstructCount({ ...after, constraints: exactly(4, 13) }), 0);
  assert.equal(reconstructCount({ ...after, constraints: exactly(3, 2) }), 0); // 13 scores <= 2
  // The same brute force at the other stated n (C(24, 6) and C(35, 6) vectors): n = 18 gives
  // 0 and 0, n = 29 gives 224 before and 0 after.
  assert.equal(reconstructCount({ ...before, n: 18 }), 0);
  assert.equal(reconstructCount({ ...after, n: 18 }), 0);
  assert.equal(reconstructCount({ ...before, n: 29 }), 224);
  assert.equal(reconstructCount({ ...after, n: 29 }), 0);
  // SciPy over the 29 x 34 pairs: pearsonr of both sorted ascending (max r) and opposite (min r),
  // ttest_rel(after, before).pvalue at each: 2.8337969998866262e-08 and 0.0619242038077505.
  for (const id of ["t3.p", "res.t3.p"]) {
    const range = claim(id).computed as NumericInterval;
    near(range.lo, 2.8337969998866262e-08, 1e-8);
    near(range.hi, 0.0619242038077505, 1e-8);
  }
  near(
    (reading("res.t3.sig", { data: "Tabel 3 reconstructions" }).computed as NumericInterval).hi,
    0.0619242038077505,
    1e-8,
  );
});

Deno.test("muaro-jambi: the Pendahuluan's coverage percentages", () => {
  // Python, exact fractions: denominators D in [c, 10c] with 100c/D printing as the percentage.
  //   97 -> 37,1: none (half-up or half-even), 261 (truncation), 262 (ceiling)
  //   145 -> 36,7: 395 (standard); 104 -> 41,1: 253 (standard)
  near(reading("intro5.asi2020.pct", { denominator: 261 }).computed, (100 * 97) / 261, 1e-12);
  assert.equal(reading("intro5.asi2021.pct", { denominator: 396 }).prints, false);
  assert.equal(reading("intro5.asi2021.pct", { denominators: [145, 1450] }).prints, true);
  assert.deepEqual(reading("intro5.asi2021.pct", { denominators: [145, 1450] }).members, {
    prints: 1,
    of: 1306,
  });
  assert.deepEqual(reading("intro5.asi2020.pct", { denominators: [97, 970] }).members, {
    prints: 0,
    of: 874,
  });
});

Deno.test("muaro-jambi: findings and the claims they group", () => {
  const findings = Object.fromEntries(run.findings.map((f) => [f.id, f.claims]));
  assert.deepEqual(findings, {
    "before-counts": [
      "abs.before.tidak.count",
      "res.t2.before.tidak.count",
      "t2.before.tidak.count",
      "t2.before.lancar.count",
      "abs.before.most",
      "res.t2.before.most",
      "disc.before.most",
    ],
    "three-sample-sizes": ["met.n", "t3.before.n", "t3.after.n"],
    "hasil-restates-table3": ["res.t3.before.mean", "res.t3.before.ci.hi", "res.t3.after.ci.hi"],
    "abstract-p": ["abs.p", "disc.p"],
    "significance-convention": ["abs.sig", "disc.sig", "res.t3.sig", "kes.sig"],
    "table3-instrument": [
      "t3.caption.outcome",
      "t3.row-label",
      "met.cutoff",
      "t2.after.lancar.count",
    ],
    "design-statements": [
      "abs.design",
      "met.design",
      "abs.population.all",
      "abs.sampling",
      "abs.population.days",
      "abs.sample.days",
      "met.days",
      "t2.caption.days",
    ],
    "two-tests": ["abs.test", "met.test", "t3.test", "res.test"],
    "thesis-numbering": ["res.ref.table5-1", "res.ref.table5-6"],
    "age-cutoff": ["disc.age30", "disc.age35"],
    "no-data-for": [
      "met.normality",
      "disc.age.effect",
      "disc.edu.effect",
      "disc.feeding-frequency",
    ],
    "coverage-percentages": ["intro5.asi2020.pct", "intro5.asi2021.pct", "intro5.asi2022.pct"],
    "coverage-source-year": ["intro5.source-year", "intro5.asi-latest-year"],
    "one-group-design": ["abs.causal", "disc.husband.effect"],
  });
  assert.deepEqual(claim("t2.after.lancar.count").links.sort(), [
    "met.cutoff",
    "t3.caption.outcome",
  ]);
  assert.deepEqual(claim("abs.before.tidak.count").links.sort(), [
    "res.t2.before.tidak.count",
    "t2.before.lancar.count",
    "t2.before.tidak.count",
  ]);
});

Deno.test("muaro-jambi: claims by verdict", () => {
  const counts: Record<string, number> = {};
  for (const c of run.claims) counts[c.verdict] = (counts[c.verdict] ?? 0) + 1;
  assert.deepEqual(counts, {
    match: 48,
    consistent: 19,
    mismatch: 9,
    contradiction: 24,
    unverifiable: 8,
  });
});
