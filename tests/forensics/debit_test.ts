import assert from "node:assert/strict";
import { debit, debitDetails } from "../../lib/forensics/debit.ts";
import { parseReported, printsAs } from "../../lib/printed/reported.ts";

// Published examples: scrutiny tests/testthat/test-debit.R.
Deno.test("debit: published examples from scrutiny", () => {
  assert.equal(debit("0.05", "0.21", 20), false);
  assert.equal(debit("0.05", "0.22", 20), true);
  assert.equal(debit("0.50", "0.503", 100), true); // 50 ones of 100: SD 0.50252
  assert.equal(debit("0", "0", 50), true);
  assert.equal(debit("1.00", "0.00", 50), true);
  assert.equal(debit("1.00", "0.50", 50), false);
  // 0.53 with SD 0.50 and n = 1683: 884 to 900 ones (scrutiny's sum_lower / sum_upper).
  const ones = debitDetails("0.53", "0.50", 1683).map((c) => c.ones);
  assert.equal(ones[0], 884);
  assert.equal(ones.at(-1), 900);
  assert.equal(ones.length, 17);
});

Deno.test("debit: brute force over k for every printed mean and SD on a grid", () => {
  let positives = 0;
  for (const n of [2, 5, 8, 20, 37]) {
    for (let x = 0; x <= 100; x++) {
      for (let s = 0; s <= 60; s++) {
        const mean = (x / 100).toFixed(2);
        const sd = (s / 100).toFixed(2);
        const [printedMean, printedSd] = [parseReported(mean), parseReported(sd)];
        let expected = false;
        for (let k = 0; k <= n && !expected; k++) {
          const sdK = Math.sqrt((k * (n - k)) / (n * (n - 1)));
          expected = printsAs(k / n, printedMean, "spss") && printsAs(sdK, printedSd, "spss");
        }
        assert.equal(debit(mean, sd, n), expected, `${mean} ${sd} n=${n}`);
        if (expected) positives++;
      }
    }
  }
  assert.ok(positives > 60);
});

Deno.test("debit: percentages and bad input", () => {
  // 8 of 20 adequate: 40%, SD sqrt(8 * 12 / 380) = 0.5026
  assert.deepEqual(debitDetails("40,0%", "0,50", 20).map((c) => c.ones), [8]);
  assert.throws(() => debit(0.4 as unknown as string, "0,50", 20), TypeError);
  assert.throws(() => debit("0,4", 0.5 as unknown as string, 20), /sd/);
  assert.throws(() => debit("0,4", "0,5", 1), /\bn\b/);
  assert.throws(() => debit("1,5", "0,5", 10), /mean/);
  assert.throws(() => debit("0,5", "1,5", 10), /sd/);
});
