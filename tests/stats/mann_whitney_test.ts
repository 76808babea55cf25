import assert from "node:assert/strict";
import { mannWhitneySpssExactSig, mannWhitneyU } from "../../lib/stats/mann_whitney.ts";
import {
  assertClose,
  assertProbability,
  assertThrowsNaming,
  type Json,
  prng,
  randomInt,
  reference,
} from "./helpers.ts";

Deno.test("mannWhitneyU matches SciPy mannwhitneyu (asymptotic and untied exact)", () => {
  let checked = 0;
  for (const [i, c] of reference.mannWhitney.entries()) {
    for (const s of c.scipy as Json[]) {
      const r = mannWhitneyU(c.x, c.y, {
        correction: s.useContinuity, // the fixture's key keeps SciPy's old option name
        alternative: s.alternative,
        method: s.method,
      });
      assertClose(r.p, s.p, `case ${i}: ${s.call} p`);
      assertClose(r.u, s.statistic, `case ${i}: ${s.call} U1`);
      checked++;
    }
  }
  assert.ok(checked > 250, `only ${checked} comparisons`);
});

Deno.test("mannWhitneyU matches R wilcox.test (asymptotic and untied exact)", () => {
  let checked = 0;
  for (const [i, c] of reference.mannWhitney.entries()) {
    for (const e of c.r as Json[]) {
      const r = mannWhitneyU(c.x, c.y, {
        correction: e.useContinuity, // the fixture's key keeps the old option name
        alternative: e.alternative,
        method: e.method,
      });
      assertClose(r.p, e.p, `case ${i}: ${e.call} p`);
      assertClose(r.u, e.statistic, `case ${i}: ${e.call} W`);
      checked++;
    }
  }
  assert.ok(checked > 250, `only ${checked} comparisons`);
});

/** Brute force: all C(n, n1) ways to choose group x from the pooled ranks. */
function bruteForceRankSum(ranks: number[], n1: number, observed: number): [number, number] {
  let lower = 0;
  let upper = 0;
  let total = 0;
  const visit = (start: number, chosen: number, sum: number) => {
    if (chosen === n1) {
      total++;
      if (sum <= observed + 1e-9) lower++;
      if (sum >= observed - 1e-9) upper++;
      return;
    }
    for (let i = start; i <= ranks.length - (n1 - chosen); i++) {
      visit(i + 1, chosen + 1, sum + ranks[i]);
    }
  };
  visit(0, 0, 0);
  return [lower / total, upper / total];
}

Deno.test("mannWhitneyU exact conditional p equals brute-force enumeration with ties", () => {
  const rand = prng(11);
  let checked = 0;
  for (let trial = 0; trial < 200; trial++) {
    const n1 = randomInt(rand, 1, 8);
    const n2 = randomInt(rand, 1, 8);
    const levels = randomInt(rand, 2, 6);
    const x = Array.from({ length: n1 }, () => randomInt(rand, 1, levels));
    const y = Array.from({ length: n2 }, () => randomInt(rand, 1, levels));
    const r0 = mannWhitneyU(x, y, { method: "exact" });
    const pooledRanks = (() => {
      const pooled = [...x, ...y];
      return pooled.map((v) => {
        const below = pooled.filter((w) => w < v).length;
        const equal = pooled.filter((w) => w === v).length;
        return below + (equal + 1) / 2;
      });
    })();
    const [lower, upper] = bruteForceRankSum(pooledRanks, n1, r0.sumRankX);
    for (const alternative of ["two-sided", "less", "greater"] as const) {
      const p = mannWhitneyU(x, y, { method: "exact", alternative }).p;
      const expected = alternative === "less"
        ? lower
        : alternative === "greater"
        ? upper
        : Math.min(1, 2 * Math.min(lower, upper));
      assertClose(p, expected, `trial ${trial} ${alternative} x=${x} y=${y}`, 1e-12);
      checked++;
    }
  }
  assert.equal(checked, 600);
});

Deno.test("mannWhitneyU Ranks table and SPSS U/W", () => {
  // R: wilcox.test(c(1,2,3,3,5), c(3,4,6,7,8,9), correct=FALSE, exact=FALSE)
  //    -> W = 3, p-value = 0.02703 (0.02703007654777 to 13 digits)
  const r = mannWhitneyU([1, 2, 3, 3, 5], [3, 4, 6, 7, 8, 9]);
  assert.equal(r.sumRankX, 18);
  assert.equal(r.sumRankY, 48);
  assert.equal(r.meanRankX, 3.6);
  assert.equal(r.meanRankY, 8);
  assert.equal(r.u, 3);
  assert.equal(r.spssU, 3);
  assert.equal(r.spssW, 18); // smaller group (n = 5)
  assertClose(r.p, 0.02703007654777245, "p", 1e-12);
  // Equal sizes: W is the smaller rank sum, pairing with U = min(Ux, Uy).
  const eq = mannWhitneyU([5, 6, 7], [1, 2, 3]);
  assert.equal(eq.spssW, 6);
  assert.equal(eq.spssU, 0);
  assert.equal(eq.u, 9);
});

Deno.test("mannWhitneySpssExactSig is 2·P(U <= min U) from the untied table", () => {
  // R: 2 * pwilcox(2, 4, 5) = 0.063492063492063
  assertClose(mannWhitneySpssExactSig(2, 4, 5), 2 * 4 / 126, "u=2", 1e-12);
  assertClose(mannWhitneySpssExactSig(18, 4, 5), 2 * 4 / 126, "mirror u=18", 1e-12);
  assert.equal(mannWhitneySpssExactSig(10, 4, 5), 1);
  // Ties give U = 2.5: floored to 2 (untied distribution lives on integers).
  assertClose(mannWhitneySpssExactSig(2.5, 4, 5), 2 * 4 / 126, "u=2.5", 1e-12);
  for (const c of reference.pwilcox as Json[]) {
    if (c.m < 1 || c.n < 1 || 2 * c.q > c.m * c.n) continue;
    // R: pwilcox(q, m, n) as recorded in the fixture (c.call).
    assertClose(mannWhitneySpssExactSig(c.q, c.m, c.n), Math.min(1, 2 * c.cdf), c.call, 1e-9);
  }
});

Deno.test("mannWhitneyU property: random inputs never yield NaN or p outside [0, 1]", () => {
  const rand = prng(99);
  for (let trial = 0; trial < 300; trial++) {
    const x = Array.from({ length: randomInt(rand, 1, 30) }, () => randomInt(rand, 1, 5));
    const y = Array.from({ length: randomInt(rand, 1, 30) }, () => randomInt(rand, 1, 5));
    if (new Set([...x, ...y]).size === 1) continue;
    for (const method of ["asymptotic", "exact"] as const) {
      for (const alternative of ["two-sided", "less", "greater"] as const) {
        const r = mannWhitneyU(x, y, { method, alternative, correction: rand() < 0.5 });
        assertProbability(r.p, `trial ${trial}`);
        for (const [key, value] of Object.entries(r)) {
          if (typeof value === "number") assert.ok(Number.isFinite(value), `${key}=${value}`);
        }
      }
    }
  }
});

Deno.test("mannWhitneyU exact with a single pooled value gives p = 1", () => {
  assert.equal(mannWhitneyU([2, 2], [2, 2, 2], { method: "exact" }).p, 1);
});

Deno.test("mannWhitneyU rejects bad input with errors naming the argument", () => {
  assertThrowsNaming(() => mannWhitneyU([], [1]), RangeError, "x");
  assertThrowsNaming(() => mannWhitneyU([1], []), RangeError, "y");
  assertThrowsNaming(() => mannWhitneyU([1, NaN], [1]), RangeError, "x[1]");
  assertThrowsNaming(() => mannWhitneyU([2, 2], [2]), RangeError, "x and y");
  assertThrowsNaming(
    () => mannWhitneyU([1], [2], { method: "perm" as never }),
    RangeError,
    "method",
  );
  assertThrowsNaming(() => mannWhitneySpssExactSig(30, 4, 5), RangeError, "u");
  assertThrowsNaming(() => mannWhitneySpssExactSig(1, 0, 5), RangeError, "n1");
});

Deno.test("mannWhitneyU: correction is the option's name; the old name useContinuity is refused", () => {
  const x = [1, 2, 2, 3, 5];
  const y = [3, 4, 4, 6, 7, 8];
  // R 4.2: wilcox.test(c(1,2,2,3,5), c(3,4,4,6,7,8), exact = FALSE)$p.value
  assertClose(mannWhitneyU(x, y, { correction: true }).p, 0.04316077926045718, "corrected");
  for (const on of [false, true]) {
    assert.throws(
      () => mannWhitneyU(x, y, { useContinuity: on } as Record<string, unknown>),
      /^RangeError: options\.useContinuity: renamed to correction/,
    );
  }
  assertThrowsNaming(
    () => mannWhitneyU(x, y, { correction: "yes" as unknown as boolean }),
    TypeError,
    "correction:",
  );
});
