import assert from "node:assert/strict";
import { chiSquareTest } from "../../lib/stats/chi_square.ts";
import { assertClose, assertThrowsNaming, type Json } from "./helpers.ts";
import { reference19 } from "./reference_19.ts";

Deno.test("chiSquareTest matches R chisq.test and SciPy chi2_contingency on every table", () => {
  let r = 0;
  let s = 0;
  for (const c of reference19.chiSquare as Json[]) {
    const res = chiSquareTest(c.table, { fisher: true });
    const label = JSON.stringify(c.table);
    // R: chisq.test(t, correct = FALSE): statistic, p.value, parameter, min(expected)
    assertClose(
      res.pearson.value,
      c.r.pearson,
      `${label} ${c.rCall["pearson,pearsonP,df,minExpected"]}`,
    );
    assertClose(res.pearson.p, c.r.pearsonP, label, 1e-9);
    assert.equal(res.pearson.df, c.r.df);
    assertClose(res.minExpected, c.r.minExpected, label, 1e-12);
    // R: G <- 2*sum(t*log(t/E)) and pchisq(G, df, lower.tail = FALSE)
    assertClose(res.likelihoodRatio.value, c.r.lr, `${label} ${c.rCall["lr,lrP"]}`);
    assertClose(res.likelihoodRatio.p, c.r.lrP, label);
    // R: (sum(t) - 1) * cor(rep(row(t), t), rep(col(t), t))^2
    assertClose(res.linearByLinear.value, c.r.linearByLinear, `${label} linear-by-linear`);
    assertClose(res.linearByLinear.p, c.r.linearByLinearP, label);
    // R: fisher.test(t)$p.value
    assertClose(res.fisher!.p, c.r.fisherP, `${label} fisher.test`, 1e-9);
    r += 5;
    if (c.r.yates !== undefined) {
      // R: chisq.test(t) (Yates for 2×2)
      assertClose(
        res.continuityCorrection!.value,
        c.r.yates,
        `${label} ${c.rCall["yates,yatesP"]}`,
      );
      assertClose(res.continuityCorrection!.p, c.r.yatesP, label);
      r++;
    } else assert.equal(res.continuityCorrection, null);
    // SciPy: chi2_contingency(table, correction=False); lambda_="log-likelihood"; correction=True
    assertClose(res.pearson.value, c.scipy.pearson, `${label} ${c.scipy.call}`);
    assertClose(res.pearson.p, c.scipy.pearsonP, label);
    assertClose(res.likelihoodRatio.value, c.scipy.lr, `${label} ${c.scipy.lrCall}`);
    assertClose(res.linearByLinear.value, c.scipy.linearByLinear, c.scipy.linearByLinearCall);
    s += 3;
    if (c.scipy.yates !== undefined) {
      assertClose(res.continuityCorrection!.value, c.scipy.yates, c.scipy.yatesCall);
      s++;
    }
  }
  assert.equal(reference19.chiSquare.length, 9);
  assert.ok(r >= 45 && s >= 27, `${r} R and ${s} SciPy comparisons`);
});

Deno.test("SPSS's footnote: cells with expected count below 5 and the minimum", () => {
  // Expected counts of [[1, 4], [6, 2]]: 7·5/13 = 2.69, 6·5/13 = 2.31, 4.31, 3.69: all 4 < 5.
  const res = chiSquareTest([[1, 4], [6, 2]]);
  assert.equal(res.cellsBelow5, 4);
  assert.equal(res.percentBelow5, 100);
  assertClose(res.minExpected, 30 / 13, "6·5/13", 1e-15);
  assert.equal(
    res.footnote,
    "4 cells (100.0%) have expected count less than 5. The minimum expected count is 2.31.",
  );
  assert.equal(res.expectedCountRuleMet, false);
  const big = chiSquareTest([[20, 10], [15, 25]]);
  assert.equal(big.cellsBelow5, 0);
  assert.equal(big.expectedCountRuleMet, true);
  assert.match(big.footnote, /^0 cells \(0\.0%\)/);
  // 2×3 with one of six cells (16.7 %) below 5 meets the 20 % rule; an expected < 1 never does.
  const r23 = chiSquareTest([[42, 40, 18], [8, 10, 2]]); // E[1][2] = 20·20/120 = 3.33
  assert.equal(r23.cellsBelow5, 1);
  assert.equal(r23.expectedCountRuleMet, true);
  assert.equal(chiSquareTest([[30, 30, 0], [30, 29, 1]]).expectedCountRuleMet, false);
});

Deno.test("Yates never overcorrects: |O − E| < 0.5 gives 0, as R and SciPy", () => {
  // E = 40.5 etc.; |O - E| = 0.0(...) < 0.5 in every cell.
  const res = chiSquareTest([[40, 41], [41, 40]]);
  assert.equal(res.continuityCorrection!.value, 0);
  assert.equal(res.continuityCorrection!.p, 1);
});

Deno.test("Fisher in the chi-square table: 2×2 by default (SPSS), r×c on request", () => {
  assert.equal(chiSquareTest([[10, 12, 8], [4, 9, 15]]).fisher, null);
  assert.ok(
    chiSquareTest([[3, 9], [8, 2]]).fisher!.oneSided! < chiSquareTest([[3, 9], [8, 2]]).fisher!.p,
  );
});

Deno.test("chiSquareTest rejects empty rows, ragged tables and bad scores by name", () => {
  assertThrowsNaming(() => chiSquareTest([[0, 0], [3, 4]]), RangeError, "row 0");
  assertThrowsNaming(() => chiSquareTest([[0, 1], [0, 4]]), RangeError, "column 0");
  assertThrowsNaming(() => chiSquareTest([[1, 2], [3]]), RangeError, "table");
  assertThrowsNaming(() => chiSquareTest([[1, 2], [3, -1]]), RangeError, "table[1][1]");
  assertThrowsNaming(
    () => chiSquareTest([[1, 2], [3, 4]], { rowScores: [1, 2, 3] }),
    RangeError,
    "rowScores",
  );
  assertThrowsNaming(
    () => chiSquareTest([[1, 2], [3, 4]], { fisher: "yes" as never }),
    TypeError,
    "fisher",
  );
});

Deno.test("chiSquareTest names null options, misspelt options, huge scores and huge totals", () => {
  const t = [[12, 5], [7, 14]];
  const t3 = [[3, 2, 1], [1, 4, 2], [0, 1, 5]];
  // Before: "Cannot read properties of null (reading 'rowScores')".
  assertThrowsNaming(() => chiSquareTest(t, null as never), TypeError, "options:");
  assertThrowsNaming(() => chiSquareTest(t, "abc" as never), TypeError, "options:");
  assertThrowsNaming(() => chiSquareTest(t, { fihser: false } as never), RangeError, "fihser");
  // Before: a linear-by-linear statistic of 0 (the sums overflowed to NaN, read as "no spread").
  assertThrowsNaming(
    () => chiSquareTest(t3, { rowScores: [1e200, 0, -1e200] }),
    RangeError,
    "rowScores[0]",
  );
  assertThrowsNaming(
    () => chiSquareTest(t3, { rowScores: [1e-200, 2e-200, 3e-200] }),
    RangeError,
    "rowScores:",
  );
  // Before: "x: expected a finite number >= 0, got NaN" from inside the chi-square tail.
  const tiny = [1e-100, 2e-100, 3e-100];
  assertThrowsNaming(
    () => chiSquareTest(t3, { rowScores: tiny, columnScores: tiny }),
    RangeError,
    "rowScores, columnScores:",
  );
  // Before: "Invalid typed array length" from Fisher's log-factorial table.
  assertThrowsNaming(() => chiSquareTest([[2 ** 50, 1], [1, 1]]), RangeError, "maxN");
  assertThrowsNaming(() => chiSquareTest(t, { maxN: 37 }), RangeError, "N = 38");
  assert.equal(chiSquareTest([[2 ** 50, 1], [1, 1]], { fisher: false }).fisher, null);
  // Constant scores still give 0, as before.
  assert.equal(chiSquareTest(t3, { rowScores: [2, 2, 2] }).linearByLinear.value, 0);
});
