import assert from "node:assert/strict";
import { momentRanges } from "../../lib/forensics/moment_ranges.ts";
import { formatIndonesian } from "../../lib/printed/reported.ts";

Deno.test("momentRanges: every sample's (sum, sum of squares) lies in the ranges its printed mean and SD allow", () => {
  // Brute force over every sample of 6 responses on 1-5 (multisets), printed at 2 decimals.
  let checked = 0;
  const visit = (left: number, from: number, values: number[]) => {
    if (left === 0) {
      const n = values.length;
      const sum = values.reduce((a, b) => a + b, 0);
      const squares = values.reduce((a, b) => a + b * b, 0);
      const sd = Math.sqrt((squares - (sum * sum) / n) / (n - 1));
      const ranges = momentRanges(formatIndonesian(sum / n, 2), formatIndonesian(sd, 2), n);
      assert.ok(
        ranges.some((r) => r.sum === sum && r.squaresFirst <= squares && squares <= r.squaresLast),
        `${values}`,
      );
      checked++;
      return;
    }
    for (let v = from; v <= 5; v++) visit(left - 1, v, [...values, v]);
  };
  visit(6, 1, []);
  assert.equal(checked, 210); // multisets of size 6 from 5 values: C(10, 4)
});

Deno.test("momentRanges: items, rounding and budget are options; others are refused by name", () => {
  // Two items per respondent: the sums are half-units of the mean, so 2,25 over n = 4 is 18.
  assert.deepEqual(momentRanges("2,25", "0,50", 4, { items: 2 }).map((r) => r.sum), [18]);
  assert.throws(
    () => momentRanges("2,25", "0,50", 4, { rule: "spss" } as Record<string, unknown>),
    /^RangeError: options\.rule: renamed to rounding/,
  );
  assert.throws(
    () => momentRanges("2,25", "0,50", 4, { item: 2 } as Record<string, unknown>),
    /^RangeError: options: expected options among/,
  );
  assert.throws(
    () => momentRanges("2,2", "0,50", 1000, { budget: 10 }),
    /^RangeError: budget: expected at most 10 sums/,
  );
});
