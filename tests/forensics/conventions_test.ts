import assert from "node:assert/strict";
import { pairedTableTest, twoGroupTest } from "../../lib/forensics/conventions.ts";

const close = (a: number, b: number, label = "") =>
  assert.ok(Math.abs(a - b) <= 1e-12, `${label} ${a} vs ${b}`);

// Table: 12 inadequate before (5 stay, 7 improve), 8 adequate before (all stay).
// In R: before <- c(rep(0, 12), rep(1, 8)); after <- c(rep(0, 5), rep(1, 7), rep(1, 8))
const table = [[5, 7], [0, 8]];

Deno.test("pairedTableTest: Wilcoxon under each convention matches R", () => {
  // 2 * pnorm(-sqrt(7)) and wilcox.test(after, before, paired = TRUE, correct = FALSE)
  close(
    pairedTableTest(table, { test: "wilcoxon", convention: "spss" }).p,
    0.0081509715935027,
    "spss",
  );
  close(
    pairedTableTest(table, { test: "wilcoxon", convention: "asymptotic" }).p,
    0.00815097159350271,
    "asymptotic",
  );
  close(
    pairedTableTest(table, { test: "wilcoxon", convention: "spss" }).statistic,
    -Math.sqrt(7),
    "z",
  );
  // wilcox.test(after, before, paired = TRUE)$p.value (ties: normal with correction)
  close(
    pairedTableTest(table, { test: "wilcoxon", convention: "r-default" }).p,
    0.0107334161029972,
    "r-default",
  );
  assert.deepEqual(pairedTableTest([[3, 0], [0, 4]], { test: "wilcoxon", convention: "spss" }), {
    statistic: 0,
    p: 1,
  });
});

Deno.test("pairedTableTest: McNemar under each convention matches R", () => {
  close(
    pairedTableTest(table, { test: "mcnemar", convention: "exact" }).p,
    0.015625,
    "binom.test(0, 7)",
  );
  // Fewer than 25 changes: SPSS uses the binomial.
  close(pairedTableTest(table, { test: "mcnemar", convention: "spss" }).p, 0.015625, "spss");
  // mcnemar.test(matrix(c(5, 0, 7, 8), 2))$p.value
  close(
    pairedTableTest(table, { test: "mcnemar", convention: "r-default" }).p,
    0.0233422020128909,
    "r",
  );
  // 25 or more changes: SPSS's corrected chi-square, (|20 - 10| - 1)^2 / 30 = 2.7.
  const big = pairedTableTest([[0, 20], [10, 0]], { test: "mcnemar", convention: "spss" });
  close(big.statistic, 2.7, "chi-square");
  assert.throws(
    () =>
      pairedTableTest([[1, 0, 0], [0, 1, 0], [0, 0, 1]], { test: "mcnemar", convention: "spss" }),
    /test/,
  );
  assert.throws(
    () => pairedTableTest(table, { test: "wilcoxon", convention: "nope" as "spss" }),
    /convention/,
  );
});

Deno.test("twoGroupTest: Mann-Whitney rank sums and p match R", () => {
  // x <- c(rep(0, 7), rep(1, 3)); y <- c(0, rep(1, 9))
  const r = twoGroupTest([7, 3], [1, 9], { convention: "spss" });
  assert.equal(r.rankSum1, 75);
  assert.equal(r.rankSum2, 135);
  assert.equal(r.meanRank1, 7.5);
  assert.equal(r.u, 20);
  // wilcox.test(x, y, correct = FALSE, exact = FALSE)$p.value
  close(r.p, 0.00760164147522017, "spss");
  // wilcox.test(x, y)$p.value (ties: normal with correction)
  close(
    twoGroupTest([7, 3], [1, 9], { convention: "r-default" }).p,
    0.00867045275463817,
    "r-default",
  );
  assert.deepEqual(
    { p: twoGroupTest([4, 0], [5, 0], { convention: "spss" }).p },
    { p: 1 },
  );
});

Deno.test("pairedTableTest: exact Wilcoxon when every difference has the same sign", () => {
  // Exact conditional distribution: each of the 7 tied ranks is positive with probability
  // 1/2, and all 7 are positive, so P(V >= 28) = (1/2)^7 and the two-sided p = 2/128.
  close(pairedTableTest(table, { test: "wilcoxon", convention: "exact" }).p, 2 / 128, "exact");
});
