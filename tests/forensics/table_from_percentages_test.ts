import assert from "node:assert/strict";
import { tablesFromPercentages } from "../../lib/forensics/table_from_percentages.ts";
import { assertClose, assertThrowsNaming } from "../stats/helpers.ts";

Deno.test("tablesFromPercentages: the only table, with its p's as R computes them", () => {
  const [t, ...rest] = tablesFromPercentages([{ n: 20, percent: "75%" }, {
    n: 18,
    percent: "33,3%",
  }]);
  assert.equal(rest.length, 0);
  assert.deepEqual(t.table, [[15, 5], [6, 12]]);
  // R: t <- matrix(c(15, 5, 6, 12), 2, byrow = TRUE)
  assertClose(t.pearsonP!, 0.009900784783, "chisq.test(t, correct=FALSE)$p.value", 1e-9);
  assertClose(t.yatesP!, 0.02428645787, "chisq.test(t)$p.value", 1e-9);
  assertClose(t.fisherP!, 0.02099550209, "fisher.test(t)$p.value", 1e-9);
});

Deno.test("tablesFromPercentages lists every table a coarse percentage allows", () => {
  // "33%" of 100 allows only 33; "5%" of 70 allows 3 (4.29 → 4 %? no) ... brute force:
  const rows = [{ n: 70, percent: "6%" }, { n: 9, percent: "11%" }] as const;
  const got = tablesFromPercentages(rows).map((t) => t.table[0][0] * 100 + t.table[1][0]);
  const brute: number[] = [];
  for (let a = 0; a <= 70; a++) {
    for (let c = 0; c <= 9; c++) {
      // Half-up at whole percent: 5.5 ≤ 100a/70 < 6.5 and 10.5 ≤ 100c/9 < 11.5
      const pa = (100 * a) / 70;
      const pc = (100 * c) / 9;
      if (pa >= 5.5 && pa < 6.5 && pc >= 10.5 && pc < 11.5) brute.push(a * 100 + c);
    }
  }
  assert.deepEqual(got, brute);
  assert.ok(got.length >= 1);
  // A zero column leaves chi-square undefined: p's are null, not NaN.
  const zero = tablesFromPercentages([{ n: 5, percent: "0%" }, { n: 6, percent: "0%" }]);
  assert.equal(zero[0].pearsonP, null);
});

Deno.test("tablesFromPercentages rejects bad rows by name", () => {
  assertThrowsNaming(
    () => tablesFromPercentages([{ n: 5, percent: "10%" }] as never),
    RangeError,
    "rows",
  );
  assertThrowsNaming(
    () => tablesFromPercentages([{ n: 0, percent: "10%" }, { n: 5, percent: "10%" }]),
    RangeError,
    "rows[0].n",
  );
  assertThrowsNaming(
    () => tablesFromPercentages([{ n: 4, percent: "x" }, { n: 5, percent: "10%" }]),
    RangeError,
    "rows[0].percent",
  );
});
