/**
 * Identities between the issue-19 tests and lib's older ones, on random data: each pair is
 * computed by different code, so agreement checks both (the R and SciPy references are in each
 * test's own file).
 */
import assert from "node:assert/strict";
import { chiSquareTest } from "../../lib/stats/chi_square.ts";
import { oneWayAnova } from "../../lib/stats/anova.ts";
import { kruskalWallis } from "../../lib/stats/kruskal_wallis.ts";
import { leveneTest } from "../../lib/stats/levene.ts";
import { signTestFromCounts } from "../../lib/stats/sign_test.ts";
import { stuartMaxwell } from "../../lib/stats/stuart_maxwell.ts";
import { fisherExact, fisherExactRxC } from "../../lib/stats/fisher.ts";
import { mannWhitneyU } from "../../lib/stats/mann_whitney.ts";
import { mcnemar } from "../../lib/stats/mcnemar.ts";
import { studentTTest } from "../../lib/stats/student_t.ts";
import { assertClose, prng, randomInt } from "./helpers.ts";

const rand = prng(19);
const sample = (n: number, levels: number) =>
  Array.from({ length: n }, () => randomInt(rand, 1, levels));

Deno.test("two groups: ANOVA F = Student t², Levene F = t² on |deviations|", () => {
  for (let i = 0; i < 200; i++) {
    const x = sample(randomInt(rand, 3, 15), 7);
    const y = sample(randomInt(rand, 3, 15), 7);
    if (new Set([...x, ...y]).size < 2 || new Set(x).size < 2 && new Set(y).size < 2) continue;
    const t = studentTTest(x, y);
    const a = oneWayAnova([x, y]);
    assertClose(a.f, t.t * t.t, `F vs t² ${x} | ${y}`, 1e-9, 1e-12);
    assertClose(a.p, t.p, "ANOVA p vs t p", 1e-9, 1e-15);
    const mean = (v: number[]) => v.reduce((s, e) => s + e, 0) / v.length;
    const dx = x.map((v) => Math.abs(v - mean(x)));
    const dy = y.map((v) => Math.abs(v - mean(y)));
    if (new Set(dx).size < 2 && new Set(dy).size < 2) continue; // t and F undefined
    const td = studentTTest(dx, dy);
    assertClose(leveneTest([x, y]).f, td.t * td.t, "Levene vs t² of deviations", 1e-9, 1e-12);
  }
});

Deno.test("two groups: Kruskal-Wallis H = z² of the tie-corrected Mann-Whitney (SPSS)", () => {
  for (let i = 0; i < 200; i++) {
    const x = sample(randomInt(rand, 2, 20), 5);
    const y = sample(randomInt(rand, 2, 20), 5);
    if (new Set([...x, ...y]).size < 2) continue;
    const z = mannWhitneyU(x, y).z;
    const k = kruskalWallis([x, y]);
    assertClose(k.h, z * z, `H vs z² ${x} | ${y}`, 1e-9, 1e-12);
    assertClose(k.p, mannWhitneyU(x, y).p, "KW p vs MW p", 1e-9, 1e-15);
  }
});

Deno.test("2×2: Pearson X² = z² of two proportions; linear-by-linear = (N − 1)/N · X²", () => {
  for (let i = 0; i < 300; i++) {
    const t = [[randomInt(rand, 0, 30), randomInt(rand, 0, 30)], [
      randomInt(rand, 0, 30),
      randomInt(rand, 0, 30),
    ]];
    const [[a, b], [c, d]] = t;
    const n = a + b + c + d;
    if (a + b === 0 || c + d === 0 || a + c === 0 || b + d === 0) continue;
    const r = chiSquareTest(t);
    const p1 = a / (a + b);
    const p2 = c / (c + d);
    const pooled = (a + c) / n;
    const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / (a + b) + 1 / (c + d)));
    assertClose(r.pearson.value, z * z, `X² vs z² ${JSON.stringify(t)}`, 1e-9, 1e-12);
    assertClose(r.linearByLinear.value, ((n - 1) / n) * r.pearson.value, "M² vs X²", 1e-9, 1e-12);
    assertClose(r.fisher!.p, fisherExactRxC(t).p, "2×2 Fisher vs r×c enumeration", 1e-9, 1e-15);
    assert.equal(r.fisher!.p, fisherExact([[a, b], [c, d]]).p);
  }
});

Deno.test("k = 2: Stuart-Maxwell = McNemar without correction; sign test exact p = McNemar exact", () => {
  for (let i = 0; i < 200; i++) {
    const b = randomInt(rand, 0, 25);
    const c = randomInt(rand, 0, 25);
    if (b + c === 0) continue;
    const t = [[randomInt(rand, 0, 20), b], [c, randomInt(rand, 0, 20)]];
    const sm = stuartMaxwell(t);
    const mc = mcnemar({ b, c }, { method: "asymptotic" });
    assertClose(sm.statistic, mc.statistic, `SM vs McNemar b=${b} c=${c}`, 1e-12, 1e-15);
    assertClose(
      signTestFromCounts(c, b).exactP,
      mcnemar({ b, c }).p,
      "sign vs McNemar exact",
      1e-12,
    );
  }
});
