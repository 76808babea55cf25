import assert from "node:assert/strict";
import { printsAs } from "../../lib/printed/reported.ts";
import { reverseSearchPaired, reverseSearchTwoGroups } from "../../lib/forensics/reverse_search.ts";
import { referenceMannWhitney, referenceWilcoxonP } from "./test_helpers.ts";

Deno.test("reverseSearchPaired: 20 mothers, 8 adequate before, Wilcoxon p = 0,008", () => {
  const { examined, matches } = reverseSearchPaired({
    n: 20,
    levels: 2,
    rowMargins: [12, 8],
    p: "0,008",
  });
  assert.equal(examined, 13 * 9); // each row split freely
  // Brute force: every table with rows 12 and 8, reference p printed to 3 decimals.
  const expected: number[][][] = [];
  for (let a = 0; a <= 12; a++) {
    for (let c = 0; c <= 8; c++) {
      const t = [[a, 12 - a], [c, 8 - c]];
      if (printsAs(referenceWilcoxonP(t), "0,008", "spss")) expected.push(t);
    }
  }
  assert.deepEqual(matches.map((m) => m.table), expected);
  assert.deepEqual(expected, [[[0, 12], [2, 6]], [[5, 7], [0, 8]], [[12, 0], [7, 1]]]);
});

Deno.test("reverseSearchPaired: a printed Z and no margins at all", () => {
  const { examined, matches } = reverseSearchPaired({ n: 20, levels: 2, statistic: "-2,646" });
  assert.equal(examined, 1771);
  // |Z| = sqrt(7) exactly when 7 pairs change, all in one direction.
  assert.ok(matches.length > 0);
  for (const m of matches) {
    const discordant = m.table[0][1] + m.table[1][0];
    assert.equal(discordant, 7);
    assert.ok(m.table[0][1] === 0 || m.table[1][0] === 0);
  }
  // Tables with 7 one-way changes: 2 directions x 14 ways to split the 13 concordant pairs.
  assert.equal(matches.length, 2 * 14);
});

Deno.test("reverseSearchTwoGroups: mean ranks 7,50 and 13,50, p = 0,008 (binary, 3-level)", () => {
  const binary = reverseSearchTwoGroups({
    n1: 10,
    n2: 10,
    levels: 2,
    meanRanks: ["7,50", "13,50"],
    p: "0,008",
  });
  assert.equal(binary.examined, 121);
  assert.deepEqual(binary.matches.map((m) => [m.group1, m.group2]), [
    [[7, 3], [1, 9]],
    [[9, 1], [3, 7]],
  ]);
  // 3 levels: brute force over all outcome distributions with the reference formulas.
  const three = reverseSearchTwoGroups({
    n1: 10,
    n2: 10,
    levels: 3,
    rankSums: ["75", "135"],
    p: "0,008",
  });
  const expected: number[][][] = [];
  for (let a = 0; a <= 10; a++) {
    for (let b = 0; a + b <= 10; b++) {
      for (let c = 0; c <= 10; c++) {
        for (let d = 0; c + d <= 10; d++) {
          const g1 = [a, b, 10 - a - b];
          const g2 = [c, d, 10 - c - d];
          const ref = referenceMannWhitney(g1, g2);
          if (ref.r1 === 75 && printsAs(ref.p, "0,008", "spss")) expected.push([g1, g2]);
        }
      }
    }
  }
  assert.deepEqual(three.matches.map((m) => [m.group1, m.group2]), expected);
  assert.ok(expected.length >= 4);
  for (const m of three.matches) assert.equal(m.rankSum2, 135);
});

Deno.test("reverseSearchTwoGroups: outcome margins restrict group 2", () => {
  const r = reverseSearchTwoGroups({
    n1: 10,
    n2: 10,
    levels: 2,
    outcomeMargins: [8, 12],
    meanRanks: ["7,50", "13,50"],
  });
  assert.equal(r.examined, 9); // group 1 takes 0..8 of the first level
  assert.deepEqual(r.matches.map((m) => m.group1), [[7, 3]]);
});

Deno.test("reverse search: bad input", () => {
  assert.throws(() => reverseSearchPaired({ n: 20, levels: 2, rowMargins: [12, 8] }), /p/);
  assert.throws(
    () => reverseSearchPaired({ n: 21, levels: 2, rowMargins: [12, 8], p: "0,008" }),
    /rowMargins/,
  );
  assert.throws(() => reverseSearchPaired({ levels: 2, p: "0,008" }), /\bn\b/);
  assert.throws(
    () => reverseSearchPaired({ n: 20, levels: 2, p: 0.008 as unknown as string }),
    (e: unknown) => e instanceof TypeError && /\bp\b/.test(e.message),
  );
  assert.throws(() => reverseSearchTwoGroups({ n1: 0, n2: 10, levels: 2, p: "0,008" }), /n1/);
  assert.throws(
    () => reverseSearchTwoGroups({ n1: 10, n2: 10, levels: 2, outcomeMargins: [8, 11], p: "0,01" }),
    /outcomeMargins/,
  );
});

Deno.test("reverse search: the issue-20 hang is now a named budget error", () => {
  const started = performance.now();
  // 3876 x 3876 = 15 million splits, each running Mann-Whitney (was > 60 s).
  assert.throws(
    () => reverseSearchTwoGroups({ n1: 15, n2: 15, levels: 5, p: "0,008" }),
    /^RangeError: budget: expected/,
  );
  assert.ok(performance.now() - started < 500);
  assert.throws(
    () => reverseSearchTwoGroups({ n1: 5, n2: 5, levels: 2, p: "0,008", budget: -1 }),
    /^RangeError: budget: expected/,
  );
});
