import assert from "node:assert/strict";
import {
  clearExactCache,
  DEFAULT_MAX_EXACT_WORK,
  ExactBudgetError,
  rankSumDistribution,
  rankSumNoTiesDistribution,
  rankSumTails,
  signedRankDistribution,
  signedRankNoTiesDistribution,
  signedRankTails,
} from "../../lib/stats/exact.ts";
import { rank } from "../../lib/stats/ranks.ts";
import {
  assertClose,
  assertThrowsNaming,
  type Json,
  prng,
  randomInt,
  reference,
} from "./helpers.ts";

Deno.test("signedRankNoTiesDistribution matches R psignrank", () => {
  for (const c of reference.psignrank as Json[]) {
    const dist = signedRankNoTiesDistribution(c.n);
    assertClose(dist.cdf(c.q), c.cdf, c.call, 1e-12);
  }
  assert.ok(reference.psignrank.length > 20);
});

Deno.test("rankSumNoTiesDistribution matches R pwilcox (W = U + m(m+1)/2)", () => {
  for (const c of reference.pwilcox as Json[]) {
    const dist = rankSumNoTiesDistribution(c.m, c.n);
    assertClose(dist.cdf(c.q + (c.m * (c.m + 1)) / 2), c.cdf, c.call, 1e-12);
  }
  assert.ok(reference.pwilcox.length > 20);
});

Deno.test("distributions sum to 1, are symmetric (signed rank) and have the right mean", () => {
  const rand = prng(5);
  for (let trial = 0; trial < 50; trial++) {
    const values = Array.from({ length: randomInt(rand, 1, 25) }, () => randomInt(rand, 1, 6));
    const ranks = rank(values);
    const sr = signedRankDistribution(ranks);
    const total = sr.pmf.reduce((a, b) => a + b, 0);
    assertClose(total, 1, "signed-rank total", 1e-13);
    for (let i = 0; i < sr.pmf.length; i++) {
      assert.equal(sr.pmf[i], sr.pmf[sr.pmf.length - 1 - i], "symmetry");
    }
    const sumRanks = ranks.reduce((a, b) => a + b, 0);
    assertClose(sr.mean, sumRanks / 2, "signed-rank mean", 1e-12);
    const n1 = randomInt(rand, 0, ranks.length);
    const rs = rankSumDistribution(ranks, n1);
    assertClose(rs.pmf.reduce((a, b) => a + b, 0), 1, "rank-sum total", 1e-12);
    assertClose(rs.mean, (n1 * (ranks.length + 1)) / 2, "rank-sum mean", 1e-12, 1e-12);
  }
});

Deno.test("tail helpers agree with the full distributions", () => {
  const rand = prng(8);
  for (let trial = 0; trial < 100; trial++) {
    const values = Array.from({ length: randomInt(rand, 2, 30) }, () => randomInt(rand, 1, 5));
    const ranks = rank(values);
    const sr = signedRankDistribution(ranks);
    const v = randomInt(rand, 0, Math.round(ranks.reduce((a, b) => a + b, 0) * 2)) / 2;
    const [lo, up] = signedRankTails(ranks, v);
    assertClose(lo, sr.cdf(v), `signed lower v=${v}`, 1e-12, 1e-300);
    assertClose(up, sr.sf(v), `signed upper v=${v}`, 1e-12, 1e-300);
    const n1 = randomInt(rand, 1, ranks.length - 1);
    const rs = rankSumDistribution(ranks, n1);
    const w = rs.offset + randomInt(rand, 0, rs.pmf.length - 1) * rs.step;
    const [l2, u2] = rankSumTails(ranks, n1, w);
    assertClose(l2, rs.cdf(w), `rank-sum lower w=${w}`, 1e-12, 1e-300);
    assertClose(u2, rs.sf(w), `rank-sum upper w=${w}`, 1e-12, 1e-300);
  }
});

Deno.test("hand-checked small cases", () => {
  // Ranks 1, 2.5, 2.5, 4: V <= 1 only for {} and {1}: 2 of 16 sign patterns.
  assert.equal(signedRankDistribution([1, 2.5, 2.5, 4]).cdf(1), 2 / 16);
  // R: psignrank(8, 10) = 0.0244140625
  assert.equal(signedRankNoTiesDistribution(10).cdf(8), 0.0244140625);
  // Choose 2 of ranks 1..4: W = 3 only for {1, 2}: 1 of 6.
  assertClose(rankSumDistribution([1, 2, 3, 4], 2).cdf(3), 1 / 6, "W<=3", 1e-14);
  assertClose(rankSumTails([1, 2, 3, 4], 2, 3)[0], 1 / 6, "tails W<=3", 1e-14);
  assert.equal(rankSumTails([1, 2, 3, 4], 2, 3)[1], 1);
  assert.equal(signedRankTails([], 0)[0], 1);
});

Deno.test("exact helpers reject invalid ranks and sizes", () => {
  assertThrowsNaming(() => signedRankDistribution([1.3]), RangeError, "ranks[0]");
  assertThrowsNaming(() => signedRankDistribution([0]), RangeError, "ranks[0]");
  assertThrowsNaming(() => rankSumDistribution([1, 2], 3), RangeError, "n1");
  assertThrowsNaming(() => rankSumNoTiesDistribution(-1, 2), RangeError, "n1");
  assertThrowsNaming(() => signedRankNoTiesDistribution(2.5), RangeError, "n");
  assertThrowsNaming(() => signedRankNoTiesDistribution(1e9), RangeError, "asymptotic");
  const many = Array.from({ length: 100000 }, (_, i) => i + 1);
  assertThrowsNaming(() => signedRankTails(many, 2e9, { maxWork: Infinity }), RangeError, "cells");
  assertThrowsNaming(() => rankSumNoTiesDistribution(1e6, 1e6), RangeError, "asymptotic");
  assertThrowsNaming(() => signedRankTails([1, 2], NaN), RangeError, "v");
  assertThrowsNaming(
    () => signedRankDistribution(Array.from({ length: 20000 }, (_, i) => i + 1)),
    RangeError,
    "asymptotic",
  );
});

/** Exact subset counts by brute-force dynamic programming in BigInt: count[k][s] = number of
 * k-subsets of the items whose doubled ranks sum to s. Independent of lib's algorithms. */
function bigSubsetCounts(doubledRanks: readonly number[], kMax: number): bigint[][] {
  const total = doubledRanks.reduce((a, b) => a + b, 0);
  const count = Array.from({ length: kMax + 1 }, () => new Array<bigint>(total + 1).fill(0n));
  count[0][0] = 1n;
  let reach = 0;
  for (const d of doubledRanks) {
    reach += d;
    for (let k = kMax; k >= 1; k--) {
      const row = count[k];
      const from = count[k - 1];
      for (let s = reach; s >= d; s--) if (from[s - d] !== 0n) row[s] += from[s - d];
    }
  }
  return count;
}

/** a / b for BigInts as a double, accurate to about 1e-16 relative. */
function ratio(a: bigint, b: bigint): number {
  if (a === 0n) return 0;
  const bits = (x: bigint) => x.toString(2).length;
  // Scale a so that the integer quotient keeps 64 significant bits.
  const k = Math.max(0, 64 + bits(b) - bits(a));
  const quotient = Number((a << BigInt(k)) / b);
  return quotient / 2 ** Math.floor(k / 2) / 2 ** Math.ceil(k / 2);
}

Deno.test("untied rank-sum pmf equals exact BigInt subset counts, entry by entry", () => {
  for (const [n1, n2] of [[1, 1], [1, 40], [3, 2], [7, 13], [20, 25], [31, 17]]) {
    const n = n1 + n2;
    const counts = bigSubsetCounts(Array.from({ length: n }, (_, i) => 2 * (i + 1)), n1)[n1];
    const all = counts.reduce((a, b) => a + b, 0n);
    const dist = rankSumNoTiesDistribution(n1, n2);
    const offset = n1 * (n1 + 1);
    let below = 0n;
    for (let i = 0; i < dist.pmf.length; i++) {
      const c = counts[2 * i + offset];
      below += c;
      assertClose(dist.pmf[i], ratio(c, all), `pmf ${n1},${n2} at U=${i}`, 1e-14, 0);
      const w = i + n1 * (n1 + 1) / 2;
      assertClose(dist.cdf(w), ratio(below, all), `cdf ${n1},${n2} at W=${w}`, 1e-14, 0);
      assertClose(dist.sf(w), ratio(all - below + c, all), `sf ${n1},${n2} at W=${w}`, 1e-14, 0);
    }
  }
});

Deno.test("untied rank-sum: cached per pair of sizes, each caller gets its own pmf", () => {
  clearExactCache();
  const first = rankSumNoTiesDistribution(12, 9);
  first.pmf[0] = 0.5; // a caller scribbling on its copy must not reach the cache
  const second = rankSumNoTiesDistribution(9, 12); // U's law is symmetric in the sizes
  assertClose(second.pmf[0], 1 / 293930, "pmf[0]", 1e-14); // 1 / choose(21, 9)
  assertClose(second.cdf(45), 1 / 293930, "cdf", 1e-14); // W = 45 only for the 9 lowest
});

Deno.test("large untied cases match R far in the tails", () => {
  // R: pwilcox(15000, 200, 200) = 6.7923991441034344e-06
  assertClose(
    rankSumNoTiesDistribution(200, 200).cdf(15000 + 20100),
    6.7923991441034344e-06,
    "pwilcox 200",
    1e-12,
  );
  // R: pwilcox(5000, 100, 150) = 3.2018568058781899e-06
  assertClose(
    rankSumNoTiesDistribution(100, 150).cdf(5000 + 5050),
    3.2018568058781899e-06,
    "pwilcox 100/150",
    1e-12,
  );
  // R: pwilcox(1000, 60, 40, lower.tail = FALSE) = 0.91944509456537449 = P(U >= 1001)
  assertClose(
    rankSumNoTiesDistribution(60, 40).sf(1001 + 1830),
    0.91944509456537449,
    "pwilcox upper",
    1e-12,
  );
  // Mid-distribution, where a plain-double Gaussian-binomial table lost 2e-12:
  // R: pwilcox(11000, 150, 150) = 0.37008328520087502
  assertClose(
    rankSumNoTiesDistribution(150, 150).cdf(11000 + 11325),
    0.37008328520087502,
    "pwilcox(11000, 150, 150)",
    1e-13,
  );
  const ranks = Array.from({ length: 1000 }, (_, i) => i + 1);
  for (
    const [v, expected, call] of [
      [100000, 7.6017771614771061e-67, "psignrank(100000, 1000)"],
      [150000, 2.5268188643728192e-29, "psignrank(150000, 1000)"],
      [166000, 4.7565625673627409e-21, "psignrank(166000, 1000)"],
      [170000, 3.1552232071911078e-19, "psignrank(170000, 1000)"],
    ] as const
  ) {
    const [lower, upper] = signedRankTails(ranks, v);
    assertClose(lower, expected, call, 1e-12);
    assert.equal(upper, 1);
  }
  // By symmetry the upper tail at total − v is the same number, summed from its own end.
  assertClose(signedRankTails(ranks, 500500 - 150000)[1], 2.5268188643728192e-29, "mirror", 1e-12);
});

Deno.test("tied rank sum: tails equal exact BigInt counts (few groups and many groups)", () => {
  const rand = prng(17);
  const cases: [number, number, number][] = [[25, 30, 5], [40, 12, 3], [20, 22, 30], [3, 50, 7]];
  for (const [n1, n2, levels] of cases) {
    const values = Array.from({ length: n1 + n2 }, () => randomInt(rand, 1, levels));
    const ranks = rank(values);
    const doubled = ranks.map((r) => Math.round(2 * r));
    const counts = bigSubsetCounts(doubled, n1)[n1];
    const all = counts.reduce((a, b) => a + b, 0n);
    let observed = 0;
    for (let i = 0; i < n1; i++) observed += doubled[i];
    for (const s of [observed, observed - 7, observed + 12, n1 * (n1 + 1) + 3]) {
      let below = 0n;
      let above = 0n;
      counts.forEach((c, t) => {
        if (t <= s) below += c;
        if (t >= s) above += c;
      });
      const [lower, upper] = rankSumTails(ranks, n1, s / 2);
      const label = `n1=${n1} n2=${n2} levels=${levels} W=${s / 2}`;
      assertClose(lower, ratio(below, all), `${label} lower`, 1e-12, 1e-300);
      assertClose(upper, ratio(above, all), `${label} upper`, 1e-12, 1e-300);
    }
  }
});

Deno.test("a tiny group against a huge one: exact and quick, or a named budget error", () => {
  // One item among 50 000 untied: W is uniform on 1..50 000.
  assertClose(
    rankSumTails(Array.from({ length: 50000 }, (_, i) => i + 1), 1, 1234)[0],
    1234 / 50000,
    "uniform",
    1e-12,
  );
  // One item among 20 001 on a five-point scale: P(W <= w) counts the items ranked <= w.
  const values = Array.from({ length: 20001 }, (_, i) => 1 + (i % 5));
  const ranks = rank(values);
  const w = ranks[2]; // the midrank of level 3
  const atMost = ranks.filter((r) => r <= w).length;
  assertClose(rankSumTails(ranks, 1, w)[0], atMost / 20001, "five-point", 1e-12);
  // Pairs of ties everywhere: 30 000 tie groups, midranks 1.5, 1.5, 3.5, 3.5, ... The
  // estimate refuses before any work.
  const pairs = Array.from({ length: 60000 }, (_, i) => 2 * Math.floor(i / 2) + 1.5);
  assert.throws(() => rankSumTails(pairs, 2, 1000), (error: unknown) => {
    assert.ok(error instanceof ExactBudgetError && error instanceof RangeError);
    assert.equal((error as Error).name, "ExactBudgetError");
    assert.match((error as Error).message, /maxWork/);
    return true;
  });
});

Deno.test("work budget: the option raises or lowers it, bad values are named", () => {
  const ranks = Array.from({ length: 300 }, (_, i) => i + 1);
  assert.throws(() => signedRankTails(ranks, 100, { maxWork: 1000 }), ExactBudgetError);
  assert.throws(() => signedRankDistribution(ranks, { maxWork: 1000 }), ExactBudgetError);
  clearExactCache();
  assert.throws(() => rankSumNoTiesDistribution(150, 150, { maxWork: 1000 }), ExactBudgetError);
  rankSumNoTiesDistribution(150, 150);
  // Once cached it costs nothing, so any budget is enough.
  assert.ok(rankSumNoTiesDistribution(150, 150, { maxWork: 1000 }).cdf(11325) > 0);
  const tied = rank(Array.from({ length: 60 }, (_, i) => i % 4));
  assert.throws(() => rankSumTails(tied, 30, 900, { maxWork: 10 }), ExactBudgetError);
  assert.throws(() => rankSumDistribution(tied, 30, { maxWork: 10 }), ExactBudgetError);
  // Infinity is allowed: no limit.
  assert.ok(signedRankTails(ranks, 100, { maxWork: Infinity })[0] > 0);
  assertThrowsNaming(() => signedRankTails(ranks, 1, { maxWork: 0 }), RangeError, "maxWork");
  assertThrowsNaming(() => signedRankTails(ranks, 1, { maxWork: NaN }), RangeError, "maxWork");
  assertThrowsNaming(
    // deno-lint-ignore no-explicit-any -- hostile input on purpose
    () => rankSumTails(tied, 30, 900, "fast" as any),
    TypeError,
    "options",
  );
  assert.equal(DEFAULT_MAX_EXACT_WORK, 1e9);
});

Deno.test("ranks past 2^52, null options and empty sizes are refused by name, never looped on", () => {
  // Before: 2 · 1e308 is Infinity, and the grid's gcd looped forever on Infinity % 4 = NaN.
  assertThrowsNaming(() => signedRankDistribution([1e308, 2]), RangeError, "ranks[0]");
  assertThrowsNaming(() => signedRankTails([1e308, 2], 1), RangeError, "ranks[0]");
  assertThrowsNaming(() => rankSumTails([1e308, 2], 1, 1), RangeError, "ranksAll[0]");
  // A huge but safe rank makes a huge table: refused before allocating it.
  assertThrowsNaming(() => signedRankDistribution([1e15, 2]), RangeError, "ranks:");
  // Options are checked even where the answer needs no work.
  assertThrowsNaming(() => signedRankTails([], 0, null as never), TypeError, "options");
  assertThrowsNaming(
    () => signedRankDistribution([1], { maxWrok: 1 } as never),
    RangeError,
    "options",
  );
  assertThrowsNaming(() => rankSumNoTiesDistribution(0, 0), RangeError, "n1, n2");
  assertThrowsNaming(() => rankSumNoTiesDistribution("3" as never, 2), TypeError, "n1");
  // The budget error names the option that lifts it.
  assert.throws(
    () => signedRankDistribution([1, 2, 3, 4, 5, 6], { maxWork: 10 }),
    /^ExactBudgetError: maxWork: expected an exact signed-rank distribution within 1\.00e\+1/,
  );
  // A tied rank sum whose full table would have 8e10 cells: refused up front.
  const twoLevels = Array.from({ length: 400000 }, (_, i) => (i < 200000 ? 100000.5 : 300000.5));
  assertThrowsNaming(() => rankSumDistribution(twoLevels, 200000), RangeError, "ranksAll:");
});
