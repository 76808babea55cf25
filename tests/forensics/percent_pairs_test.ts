import assert from "node:assert/strict";
import { checkPercentPair, denominatorsThatPrint } from "../../lib/forensics/percent_pairs.ts";
import { assertThrowsNaming } from "../stats/helpers.ts";

Deno.test("checkPercentPair: n (x%) against a stated n, both standard rules", () => {
  // 1/8 = 12.5 %: SPSS (half away from zero) prints 13 %, printf (ties to even) 12 %.
  assert.deepEqual(checkPercentPair(1, "13%", 8).rules, ["spss"]);
  assert.deepEqual(checkPercentPair(1, "12%", 8).rules, ["printf"]);
  const wrong = checkPercentPair(9, "40,0%", 25); // 36.0 %
  assert.equal(wrong.consistent, false);
  assert.deepEqual(wrong.countsThatPrint, [10]);
  assert.equal(checkPercentPair(0, "0%", 12).consistent, true);
  assert.equal(checkPercentPair(12, "100,0%", 12).consistent, true);
});

Deno.test("countsThatPrint equals a brute-force scan of every count 0..n", () => {
  for (const n of [7, 13, 30, 64, 101]) {
    for (const percent of ["0%", "12,5%", "33,3%", "50%", "66,7%", "7,1%", "99%"]) {
      const brute: number[] = [];
      for (let k = 0; k <= n; k++) if (checkPercentPair(k, percent, n).consistent) brute.push(k);
      assert.deepEqual(
        checkPercentPair(0, percent, n).countsThatPrint,
        brute,
        `${percent} of ${n}`,
      );
    }
  }
});

Deno.test("denominatorsThatPrint: the n's that make a whole paragraph print", () => {
  // 3 (10.0%), 12 (40.0%) and 50.0%: n = 30 (and 3 (10%) forces n = 30 among 1..100).
  const r = denominatorsThatPrint(
    [{ count: 3, percent: "10,0%" }, { count: 12, percent: "40,0%" }, { percent: "50,0%" }],
    { lo: 1, hi: 100 },
  );
  assert.deepEqual(r.denominators, [30]);
  assert.deepEqual(r.rulesByDenominator[30], ["spss", "printf"]);
  // Without counts, 25 % and 12.5 % print for every multiple of 8 (and others when rounded).
  const free = denominatorsThatPrint([{ percent: "25,0%" }, { percent: "12,5%" }], {
    lo: 1,
    hi: 40,
  });
  assert.deepEqual(free.denominators, [8, 16, 24, 32, 40]);
  // One rule must serve every share: 1/8 = 12.5 % prints "12%" only under printf (ties to
  // even), 5/8 = 62.5 % prints "63%" only under SPSS (half away from zero).
  assert.deepEqual(
    denominatorsThatPrint([{ count: 1, percent: "12%" }, { count: 5, percent: "63%" }], {
      lo: 8,
      hi: 8,
    })
      .denominators,
    [],
  );
  assert.deepEqual(
    denominatorsThatPrint([{ count: 1, percent: "12%" }, { count: 3, percent: "38%" }], {
      lo: 8,
      hi: 8,
    })
      .rulesByDenominator[8],
    ["printf"],
  );
});

Deno.test("percent functions reject bad input by name", () => {
  assertThrowsNaming(() => checkPercentPair(5, "10%", 4), RangeError, "count");
  assertThrowsNaming(() => checkPercentPair(1, "abc", 4), RangeError, "percent");
  assertThrowsNaming(() => checkPercentPair(1, 10 as never, 4), TypeError, "percent");
  assertThrowsNaming(() => checkPercentPair(1, "10%", 0), RangeError, "n");
  assertThrowsNaming(() => denominatorsThatPrint([], { lo: 1, hi: 10 }), RangeError, "shares");
  assertThrowsNaming(
    () => denominatorsThatPrint([{ percent: "5%" }], { lo: 10, hi: 2 }),
    RangeError,
    "range.hi",
  );
  // The old positional form (min, max) is refused, naming the new argument.
  assertThrowsNaming(
    () => denominatorsThatPrint([{ percent: "5%" }], 1 as never),
    TypeError,
    "range",
  );
  assertThrowsNaming(
    () =>
      denominatorsThatPrint([{ percent: "5%" }], { lo: 1, hi: 10 }, {
        rounding: ["round"] as never,
      }),
    RangeError,
    "rounding[0]",
  );
});
