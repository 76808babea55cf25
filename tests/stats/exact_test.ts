import assert from "node:assert/strict";
import {
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
  assertThrowsNaming(() => signedRankTails([1, 2], NaN), RangeError, "v");
  assertThrowsNaming(
    () => signedRankDistribution(Array.from({ length: 20000 }, (_, i) => i + 1)),
    RangeError,
    "asymptotic",
  );
});
