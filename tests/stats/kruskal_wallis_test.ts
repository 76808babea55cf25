import assert from "node:assert/strict";
import { kruskalWallis } from "../../lib/stats/kruskal_wallis.ts";
import { ExactBudgetError } from "../../lib/stats/exact.ts";
import { assertClose, assertThrowsNaming, type Json, prng, randomInt } from "./helpers.ts";
import { reference19 } from "./reference_19.ts";

Deno.test("kruskalWallis matches R kruskal.test and SciPy kruskal (with ties)", () => {
  for (const c of reference19.kruskal as Json[]) {
    const res = kruskalWallis(c.groups);
    const call = c.rCall["H,df,p"];
    assertClose(res.h, c.r.H, call);
    assert.equal(res.df, c.r.df);
    assertClose(res.p, c.r.p, call);
    assertClose(res.h, c.scipy.H, c.scipy.call);
    assertClose(res.p, c.scipy.p, c.scipy.call);
  }
  assert.equal(reference19.kruskal.length, 4);
});

Deno.test("kruskalWallis mean ranks and errors", () => {
  const r = kruskalWallis([[1, 1, 2], [2, 3, 3]]);
  assert.deepEqual(r.meanRanks, [(1.5 + 1.5 + 3.5) / 3, (3.5 + 5.5 + 5.5) / 3]);
  assertThrowsNaming(() => kruskalWallis([[1, 2]]), RangeError, "groups");
  assertThrowsNaming(() => kruskalWallis([[1, 1], [1]]), RangeError, "same");
  assertThrowsNaming(() => kruskalWallis([[1, NaN], [1]]), RangeError, "groups[0][1]");
});

Deno.test("kruskalWallis conventions: SPSS, R (<= 4.5 and >= 4.6) and SciPy all print the chi-square", () => {
  for (const c of reference19.kruskal as Json[]) {
    const plain = kruskalWallis(c.groups);
    assert.equal(plain.method, "asymptotic");
    for (const convention of ["spss", "r<=4.5", "r>=4.6", "scipy"] as const) {
      const r = kruskalWallis(c.groups, { convention });
      assert.deepEqual(r, plain, convention);
      assertClose(r.p, c.r.p, c.rCall["H,df,p"]);
      assertClose(r.p, c.scipy.p, c.scipy.call);
    }
  }
  // R: kruskal.test(list(c(1,2,2,3), c(2,3,4), c(4,5,5)))$p.value = 0.0412259771131609
  // SciPy: kruskal([1,2,2,3], [2,3,4], [4,5,5]).pvalue = 0.04122597711316083
  const groups = [[1, 2, 2, 3], [2, 3, 4], [4, 5, 5]];
  for (const convention of ["spss", "r<=4.5", "r>=4.6", "scipy"] as const) {
    const r = kruskalWallis(groups, { convention });
    assertClose(r.p, 0.0412259771131609, `kruskal.test, ${convention}`);
    // R: kruskal.test(...)$statistic = 6.3773734177215218
    assertClose(r.h, 6.3773734177215218, `kruskal.test H, ${convention}`);
  }
});

Deno.test("kruskalWallis exact: P(H >= h) over every deal of the values, ties kept", () => {
  // Python brute force, exact fractions over every distinct sequence of group labels:
  //   from fractions import Fraction as F; from itertools import permutations
  //   from scipy.stats import rankdata
  //   def p(gs):
  //     v = sum(gs, []); r = [F(x).limit_denominator(2) for x in rankdata(v)]
  //     s = lambda ls: sum(sum(ri for ri, l in zip(r, ls) if l == g) ** 2 / len(gs[g])
  //                        for g in range(len(gs)))
  //     obs = [g for g in range(len(gs)) for _ in gs[g]]
  //     deals = set(permutations(obs)); return F(sum(s(d) >= s(obs) for d in deals), len(deals))
  // p([[1,2,2,3],[2,3,4],[4,5,5]]) -> 19/1050 (4200 deals)
  const a = kruskalWallis([[1, 2, 2, 3], [2, 3, 4], [4, 5, 5]], { convention: "exact" });
  assert.equal(a.method, "exact");
  assertClose(a.p, 19 / 1050, "brute force 19/1050", 1e-12);
  assertClose(a.h, 6.3773734177215218, "H unchanged by the method");
  // p([[1,3],[2,2,5],[4,6],[5,7,8]]) -> 11/150 (50400 deals)
  const b = kruskalWallis([[1, 3], [2, 2, 5], [4, 6], [5, 7, 8]], { method: "exact" });
  assertClose(b.p, 11 / 150, "brute force 11/150", 1e-12);
  // The same count with the distinct label sequences generated recursively (set(permutations())
  // would list 14! of them): [[5,1,1],[2,3,2,4],[1,1,5,5],[3,3,5]] -> 133937/175175
  const c = kruskalWallis([[5, 1, 1], [2, 3, 2, 4], [1, 1, 5, 5], [3, 3, 5]], { method: "exact" });
  assertClose(c.p, 133937 / 175175, "brute force 133937/175175", 1e-12);
  // Two groups against R's coin (= 23/462 by the recursive brute force):
  // library(coin); y <- c(1,2,2,3,2,3, 4,4,5,5,6,1); g <- factor(rep(1:2, c(6, 6)))
  // pvalue(kruskal_test(y ~ g, distribution = "exact")) = 0.0497835497835498
  const two = kruskalWallis([[1, 2, 2, 3, 2, 3], [4, 4, 5, 5, 6, 1]], { method: "exact" });
  assertClose(two.p, 0.0497835497835498, "coin kruskal_test exact", 1e-12);
  // p([[3],[1,2],[4,5,6]]) -> 1/10
  assertClose(kruskalWallis([[3], [1, 2], [4, 5, 6]], { method: "exact" }).p, 0.1, "1/10", 1e-12);
});

/** Brute force: every sequence of group labels over the pooled values, H's order by Σ R²/n. */
function enumerateDeals(groups: readonly number[][]): number {
  const values = groups.flat();
  const ranks = values.map((v) =>
    values.filter((u) => u < v).length + (values.filter((u) => u === v).length + 1) / 2
  );
  const sizes = groups.map((g) => g.length);
  const statistic = (labels: readonly number[]) =>
    sizes.reduce((s, n, g) => {
      const r = labels.reduce((t, l, i) => (l === g ? t + ranks[i] : t), 0);
      return s + (r * r) / n;
    }, 0);
  const observed = statistic(sizes.flatMap((n, g) => new Array(n).fill(g)));
  let total = 0;
  let extreme = 0;
  const left = [...sizes];
  const labels: number[] = [];
  const visit = () => {
    if (labels.length === values.length) {
      total++;
      if (statistic(labels) >= observed - 1e-9) extreme++;
      return;
    }
    for (let g = 0; g < left.length; g++) {
      if (left[g] === 0) continue;
      left[g]--;
      labels.push(g);
      visit();
      labels.pop();
      left[g]++;
    }
  };
  visit();
  return extreme / total;
}

Deno.test("kruskalWallis exact equals brute force on random small samples with ties", () => {
  const rand = prng(14);
  let checked = 0;
  while (checked < 40) {
    const k = randomInt(rand, 2, 4);
    const levels = randomInt(rand, 2, 6);
    const groups = Array.from(
      { length: k },
      () => Array.from({ length: randomInt(rand, 1, 3) }, () => randomInt(rand, 1, levels)),
    );
    if (new Set(groups.flat()).size < 2) continue;
    const p = kruskalWallis(groups, { method: "exact" }).p;
    assertClose(p, enumerateDeals(groups), JSON.stringify(groups), 1e-12);
    checked++;
  }
});

Deno.test("kruskalWallis exact refuses a job over its budget, before any work", () => {
  // 3 groups of 5 without ties: 15!/(5!)^3 = 756756 tables (about 0.1 s).
  const groups = [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [11, 12, 13, 14, 15]];
  assert.throws(
    () => kruskalWallis(groups, { method: "exact", maxWork: 1e6 }),
    (e: unknown) => e instanceof ExactBudgetError && /^maxWork: expected/.test(e.message),
  );
  // H = 12.5 is the largest H; 3! of the 756756 deals reach it. Python brute force:
  // for a in combinations(1..15, 5), b in combinations(rest, 5): count sum(a)^2 + sum(b)^2 +
  // (120 - sum(a) - sum(b))^2 >= 15^2 + 40^2 + 65^2 -> 6 of 756756
  assertClose(kruskalWallis(groups, { method: "exact" }).p, 6 / 756756, "3!/756756", 1e-12);
  // 3 groups of 8 without ties: 24!/(8!)^3 = 9.4e9 tables, refused at once by default.
  const big = [0, 1, 2].map((g) => Array.from({ length: 8 }, (_, i) => 8 * g + i));
  const start = performance.now();
  assert.throws(() => kruskalWallis(big, { convention: "exact" }), ExactBudgetError);
  assert.ok(performance.now() - start < 2000, "refused before enumerating");
});

Deno.test("kruskalWallis options: a convention beside method, unknown and bad options refused", () => {
  const groups = [[1, 2, 3], [4, 5, 6]];
  assertThrowsNaming(
    () => kruskalWallis(groups, { convention: "spss", method: "exact" }),
    RangeError,
    "options.method",
  );
  assertThrowsNaming(
    () => kruskalWallis(groups, { methods: "exact" } as never),
    RangeError,
    "methods",
  );
  assertThrowsNaming(
    () => kruskalWallis(groups, { convention: "stata" } as never),
    RangeError,
    "options.convention",
  );
  assertThrowsNaming(
    () => kruskalWallis(groups, { method: "permutation" } as never),
    RangeError,
    "options.method",
  );
  assertThrowsNaming(
    () => kruskalWallis(groups, { method: "exact", maxWork: -1 }),
    RangeError,
    "options.maxWork",
  );
  assertThrowsNaming(() => kruskalWallis(groups, null as never), TypeError, "options");
});
