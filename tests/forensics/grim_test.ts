import assert from "node:assert/strict";
import { grim, grimDetails, grimNearestMean } from "../../lib/forensics/grim.ts";
import { parseReported, printsAs } from "../../lib/printed/reported.ts";

// Published examples: scrutiny's tests (lhdjung/scrutiny tests/testthat/test-grim.R and
// scrutipy's tests) and Brown & Heathers' rounding discussion.
Deno.test("grim: published examples from scrutiny / scrutipy", () => {
  assert.equal(grim("5.19", 40), false); // scrutipy test_grim_1
  assert.equal(grim("5.18", 40), true); // 207/40 = 5.175, rounded up
  assert.equal(grim("19.20", 5, { items: 2 }), true);
  assert.equal(grim("19.25", 4, { items: 3 }), true);
  assert.equal(grim("0.80", 4, { items: 2 }), false);
  assert.equal(grim("0.80", 5, { items: 2 }), true);
  assert.equal(grim("20.95", 1, { items: 12 }), false);
  assert.equal(grim(".25", 2), false);
  assert.equal(grim("18.25", 4), true);
  assert.equal(grim("20,95", 12), false);
});

Deno.test("grim: rounding rules decide ties and are reported per sum", () => {
  // 207/40 = 5.175 exactly: spss 5.18, truncation 5.17 (printf: the double is below, 5.17).
  assert.deepEqual(grimDetails("5,17", 40, { rounding: ["spss", "truncation"] }).sums, [
    { sum: 207, mean: 5.175, rules: ["truncation"] },
  ]);
  assert.equal(grim("5,17", 40), false);
  // 17/8 = 2.125: spss prints 2,13, printf 2,12.
  assert.equal(grim("2,12", 8), false);
  assert.equal(grim("2,12", 8, { rounding: "printf" }), true);
  assert.equal(grim("2,13", 8, { rounding: ["printf"] }), false);
});

Deno.test("grim: percentages are proportions of n", () => {
  // 5/37 = 13.5135...%
  assert.equal(grim("13,5%", 37), true);
  assert.equal(grim("13,6%", 37), false);
  assert.deepEqual(grimDetails("40%", 20).sums.map((s) => s.sum), [8]);
});

Deno.test("grim: agrees with brute force over sums for every 2-decimal mean up to 3", () => {
  let checked = 0;
  for (const n of [1, 3, 7, 12, 28, 40, 64]) {
    for (const items of [1, 2, 3]) {
      const responses = n * items;
      for (let hundredths = 0; hundredths <= 300; hundredths++) {
        const text = (hundredths / 100).toFixed(2).replace(".", ",");
        const printed = parseReported(text); // parsed once, not once per sum
        let expected = false;
        for (let sum = 0; sum <= 4 * responses && !expected; sum++) {
          expected = printsAs(sum / responses, printed, "spss");
        }
        assert.equal(grim(text, n, { items }), expected, `${text} n=${n} items=${items}`);
        checked++;
      }
    }
  }
  assert.equal(checked, 7 * 3 * 301);
});

Deno.test("grim: bad input", () => {
  assert.throws(
    () => grim(5.19 as unknown as string, 40),
    (e: unknown) => e instanceof TypeError && /mean/.test(e.message),
  );
  assert.throws(
    () => grim("5,19", 0),
    (e: unknown) => e instanceof RangeError && /\bn\b/.test(e.message),
  );
  assert.throws(() => grim("5,19", 2.5), RangeError);
  assert.throws(() => grim("5,19", 10, { items: 0 }), /items/);
  assert.throws(() => grim("< 0,05", 10), /mean/);
  assert.throws(() => grim("abc", 10), /mean/);
});

Deno.test("grimNearestMean: the possible mean closest to a printed one", () => {
  // Rscript -e 'for (n in c(15,18,29)) for (m in c(2.07, 3.53)) { s <- c(floor(m*n), ceiling(m*n));
  //   d <- abs(s/n - m); cat(n, m, s[which.min(d)], sprintf("%.10f", s[which.min(d)]/n), "\n") }'
  const reference: [string, number, number, number][] = [
    ["2,07", 15, 31, 2.0666666667],
    ["3,53", 15, 53, 3.5333333333],
    ["2,07", 18, 37, 2.0555555556],
    ["3,53", 18, 64, 3.5555555556],
    ["2,07", 29, 60, 2.0689655172],
    ["3,53", 29, 102, 3.5172413793],
  ];
  for (const [mean, n, sum, value] of reference) {
    const nearest = grimNearestMean(mean, n);
    assert.equal(nearest.sum, sum, `${mean} at n = ${n}`);
    assert.ok(Math.abs(nearest.mean - value) < 1e-9);
  }
  assert.throws(() => grimNearestMean(2.07 as unknown as string, 18), TypeError);
  assert.throws(() => grimNearestMean("2,07", 0), RangeError);
});
