import assert from "node:assert/strict";
import { wilcoxon, type WilcoxonOptions } from "../../lib/stats/wilcoxon.ts";
import { rank } from "../../lib/stats/ranks.ts";
import {
  assertClose,
  assertProbability,
  assertThrowsNaming,
  type Json,
  prng,
  randomInt,
  reference,
} from "./helpers.ts";

Deno.test("wilcoxon matches SciPy on every generated case and option", () => {
  let checked = 0;
  for (const [i, c] of reference.wilcoxon.entries()) {
    for (const s of c.scipy as Json[]) {
      if (s.method === "exact") continue; // untied exact is checked in its own test below
      const r = wilcoxon(c.before, c.after, {
        zeroMethod: s.zeroMethod,
        correction: s.correction,
        alternative: s.alternative,
      });
      const label = `case ${i}: ${s.call}`;
      assertClose(r.p, s.p, `${label} p`);
      const stat = s.alternative === "two-sided" ? r.statisticMin : r.statistic;
      assertClose(stat, s.statistic, `${label} statistic`);
      const z = s.alternative === "two-sided" ? r.z : r.zStatistic;
      assertClose(z, s.z, `${label} z`, 1e-9, 1e-12);
      checked++;
    }
  }
  assert.ok(checked > 800, `only ${checked} SciPy comparisons`);
});

Deno.test("wilcoxon matches R wilcox.test (asymptotic and untied exact)", () => {
  let checked = 0;
  for (const [i, c] of reference.wilcoxon.entries()) {
    for (const e of c.r as Json[]) {
      const r = wilcoxon(c.before, c.after, {
        correction: e.correction,
        alternative: e.alternative,
        method: e.method,
      });
      assertClose(r.p, e.p, `case ${i}: R ${e.call} p`);
      assertClose(r.statistic, e.statistic, `case ${i}: R ${e.call} V`);
      checked++;
    }
  }
  assert.ok(checked > 250, `only ${checked} R comparisons`);
});

Deno.test("wilcoxon exact (untied) matches SciPy's exact table", () => {
  let checked = 0;
  for (const c of reference.wilcoxon) {
    for (const s of (c.scipy as Json[]).filter((s) => s.method === "exact")) {
      const r = wilcoxon(c.before, c.after, { method: "exact", alternative: s.alternative });
      assertClose(r.p, s.p, s.call);
      checked++;
    }
  }
  assert.ok(checked >= 6, `only ${checked} exact comparisons`);
});

/** Brute force: every one of the 2^m sign assignments of the non-zero ranks. */
function bruteForceSignedRank(ranks: number[], observed: number): [number, number] {
  const m = ranks.length;
  let lower = 0;
  let upper = 0;
  for (let mask = 0; mask < 2 ** m; mask++) {
    let v = 0;
    for (let i = 0; i < m; i++) if (mask & (1 << i)) v += ranks[i];
    if (v <= observed + 1e-9) lower++;
    if (v >= observed - 1e-9) upper++;
  }
  return [lower / 2 ** m, upper / 2 ** m];
}

Deno.test("wilcoxon exact conditional p equals brute-force enumeration (ties, zeros)", () => {
  const rand = prng(7);
  let checked = 0;
  for (let trial = 0; trial < 150; trial++) {
    const n = randomInt(rand, 1, 14);
    const before = Array.from({ length: n }, () => randomInt(rand, 1, 5));
    const after = before.map((b) => Math.min(5, Math.max(1, b + randomInt(rand, -2, 2))));
    const d = after.map((a, i) => a - before[i]);
    if (d.every((x) => x === 0)) continue;
    for (const zeroMethod of ["wilcox", "pratt", "zsplit"] as const) {
      const ranked = zeroMethod === "wilcox" ? d.filter((x) => x !== 0) : d;
      const ranks = rank(ranked.map(Math.abs));
      const nonZeroRanks = ranks.filter((_, i) => ranked[i] !== 0);
      const vPositive = ranks.reduce((s, r, i) => s + (ranked[i] > 0 ? r : 0), 0);
      const [lower, upper] = bruteForceSignedRank(nonZeroRanks, vPositive);
      for (const alternative of ["two-sided", "less", "greater"] as const) {
        const options: WilcoxonOptions = { zeroMethod, method: "exact", alternative };
        const p = wilcoxon(before, after, options).p;
        const expected = alternative === "less"
          ? lower
          : alternative === "greater"
          ? upper
          : Math.min(1, 2 * Math.min(lower, upper));
        assertClose(p, expected, `trial ${trial} ${zeroMethod} ${alternative} d=${d}`, 1e-12);
        checked++;
      }
    }
  }
  assert.ok(checked > 1000, `only ${checked} brute-force comparisons`);
});

Deno.test("SPSS worked case: 12 pairs, one tie, all others improve one level", () => {
  // 11 non-zero |d| all equal -> each rank 6, mean rank 6.00, Z = -3.317 (SPSS prints).
  // R: wilcox.test(c(rep(2,11),1), rep(1,12), paired=TRUE, correct=FALSE, exact=FALSE)
  //    $p.value = 0.0009111189
  const before = Array(12).fill(1);
  const after = [...Array(11).fill(2), 1];
  const r = wilcoxon(before, after);
  assert.equal(r.nPositive, 11);
  assert.equal(r.nNegative, 0);
  assert.equal(r.nZero, 1);
  assert.equal(r.meanRankPositive, 6);
  assert.equal(r.meanRankNegative, 0);
  assert.equal(r.sumRanksPositive, 66);
  assert.equal(r.z.toFixed(3), "-3.317");
  assertClose(r.z, -Math.sqrt(11), "z = -sqrt(11)", 1e-14);
  assertClose(r.p, 0.0009111188771537, "p", 1e-9);
  // All 12 improving: ranks 6.5 each, Z = -sqrt(12) = -3.464.
  const all = wilcoxon(before, Array(12).fill(2));
  assert.equal(all.meanRankPositive, 6.5);
  assert.equal(all.z.toFixed(3), "-3.464");
  // Exact conditional: only one sign pattern out of 2^11 gives V = 66.
  assertClose(wilcoxon(before, after, { method: "exact" }).p, 2 / 2 ** 11, "exact", 1e-14);
});

Deno.test("SPSS Z is computed from the smaller rank sum whatever the direction", () => {
  const before = [3, 4, 2, 5, 4, 3, 5, 2];
  const after = [2, 2, 2, 3, 4, 1, 4, 3];
  const r = wilcoxon(before, after);
  assert.ok(r.z <= 0);
  assert.ok(r.zStatistic < 0, "after < before mostly, so the signed z is negative");
  assert.equal(r.z, -Math.abs(r.zStatistic));
  const swapped = wilcoxon(after, before);
  assert.equal(swapped.z, r.z);
  assert.equal(swapped.sumRanksPositive, r.sumRanksNegative);
  assert.equal(swapped.p, r.p);
});

Deno.test("wilcoxon property: random inputs never yield NaN or p outside [0, 1]", () => {
  const rand = prng(2024);
  for (let trial = 0; trial < 400; trial++) {
    const n = randomInt(rand, 1, 40);
    const levels = randomInt(rand, 2, 7);
    const before = Array.from({ length: n }, () => randomInt(rand, 1, levels));
    const after = before.map(() => randomInt(rand, 1, levels));
    if (after.every((a, i) => a === before[i])) continue;
    for (const zeroMethod of ["wilcox", "pratt", "zsplit"] as const) {
      for (const method of ["asymptotic", "exact"] as const) {
        for (const alternative of ["two-sided", "less", "greater"] as const) {
          const r = wilcoxon(before, after, {
            zeroMethod,
            method,
            alternative,
            correction: rand() < 0.5,
          });
          assertProbability(r.p, `trial ${trial}`);
          for (const [key, value] of Object.entries(r)) {
            if (typeof value === "number") {
              assert.ok(Number.isFinite(value), `trial ${trial}: ${key} = ${value}`);
            } else assert.notEqual(value, undefined, key);
          }
        }
      }
    }
  }
});

Deno.test("wilcoxon zsplit with every difference zero gives p = 1, not NaN", () => {
  const r = wilcoxon([1, 2, 3], [1, 2, 3], { zeroMethod: "zsplit" });
  assert.equal(r.p, 1);
  assert.equal(r.zStatistic, 0);
  assert.equal(wilcoxon([1, 2, 3], [1, 2, 3], { zeroMethod: "zsplit", method: "exact" }).p, 1);
});

Deno.test("wilcoxon rejects bad input with errors naming the argument", () => {
  assertThrowsNaming(() => wilcoxon([], []), RangeError, "before");
  assertThrowsNaming(() => wilcoxon([1, 2], [1]), RangeError, "same length");
  assertThrowsNaming(() => wilcoxon([1, NaN], [1, 2]), RangeError, "before[1]");
  assertThrowsNaming(() => wilcoxon([1, 2], [1, Infinity]), RangeError, "after[1]");
  assertThrowsNaming(() => wilcoxon([1, 2], [1, 2]), RangeError, "zero");
  assertThrowsNaming(() => wilcoxon([1, 2], [1, 2], { zeroMethod: "pratt" }), RangeError, "zero");
  assertThrowsNaming(
    () => wilcoxon([1, 2], [2, 3], { zeroMethod: "bogus" as never }),
    RangeError,
    "zeroMethod",
  );
  assertThrowsNaming(() => wilcoxon("12" as never, [1, 2]), TypeError, "before");
  assertThrowsNaming(() => wilcoxon([1], [2], { correction: 1 as never }), TypeError, "correction");
});
