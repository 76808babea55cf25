import assert from "node:assert/strict";
import {
  formatInterval,
  interval,
  intervalAdd,
  intervalContains,
  intervalDiv,
  intervalFromReported,
  intervalGap,
  intervalHull,
  intervalIntegers,
  intervalIntersect,
  intervalMidpoint,
  intervalMul,
  intervalRatio,
  intervalScale,
  intervalSub,
  intervalWidth,
  parseRange,
} from "../../lib/printed/intervals.ts";

// Reference values are the textbook interval-arithmetic rules (Moore 1966) worked by hand and
// checked by brute force over a grid of values inside each interval.
function bruteForce(
  a: { lo: number; hi: number },
  b: { lo: number; hi: number },
  op: (x: number, y: number) => number,
): { lo: number; hi: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i <= 100; i++) {
    for (let j = 0; j <= 100; j++) {
      const v = op(a.lo + (a.hi - a.lo) * i / 100, b.lo + (b.hi - b.lo) * j / 100);
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  return { lo, hi };
}

function closeInterval(
  actual: { lo: number; hi: number },
  expected: { lo: number; hi: number },
) {
  assert.ok(Math.abs(actual.lo - expected.lo) < 1e-12, `lo ${actual.lo} vs ${expected.lo}`);
  assert.ok(Math.abs(actual.hi - expected.hi) < 1e-12, `hi ${actual.hi} vs ${expected.hi}`);
}

Deno.test("parseRange reads ranges as printed", () => {
  assert.deepEqual(parseRange("5–10"), {
    lo: 5,
    hi: 10,
    text: "5–10",
    approximate: false,
    percent: false,
    decimals: 0,
  });
  assert.equal(parseRange("80-100").hi, 100);
  assert.equal(parseRange("±10–15").approximate, true);
  assert.equal(parseRange("±10–15").lo, 10);
  assert.equal(parseRange("44-48%").percent, true);
  assert.equal(parseRange("8,57").lo, 8.57);
  assert.equal(parseRange("8,57").hi, 8.57);
  assert.equal(parseRange("8,57").decimals, 2);
  assert.equal(parseRange("2-3").hi, 3);
  for (const bad of ["", "abc", "10–5", "5––10", "5 to 10"]) {
    assert.throws(() => parseRange(bad), RangeError, `should refuse "${bad}"`);
  }
});

Deno.test("interval arithmetic: the four operations equal a brute-force search", () => {
  const cases = [
    [interval(5, 10), interval(20, 30)],
    [interval(-2, 3), interval(4, 7)],
    [interval(-5, -1), interval(-3, 2)],
    [interval(450, 600), interval(80, 100)],
  ];
  for (const [a, b] of cases) {
    closeInterval(intervalAdd(a, b), bruteForce(a, b, (x, y) => x + y));
    closeInterval(intervalSub(a, b), bruteForce(a, b, (x, y) => x - y));
    closeInterval(intervalMul(a, b), bruteForce(a, b, (x, y) => x * y));
    if (b.lo > 0 || b.hi < 0) closeInterval(intervalDiv(a, b), bruteForce(a, b, (x, y) => x / y));
  }
  // Worked by hand: [450, 600] / [80, 100] = [4.5, 7.5]; [20, 30] / [5, 10] = [2, 6].
  assert.deepEqual(intervalDiv(interval(450, 600), interval(80, 100)), { lo: 4.5, hi: 7.5 });
  assert.deepEqual(intervalRatio(interval(20, 30), interval(5, 10)), { lo: 2, hi: 6 });
  assert.deepEqual(intervalScale(interval(15, 20), 6), { lo: 90, hi: 120 });
  assert.throws(() => intervalDiv(interval(1, 2), interval(-1, 1)), /contains 0/);
});

Deno.test("interval comparisons", () => {
  assert.deepEqual(intervalIntersect(interval(15, 20), interval(10, 15)), { lo: 15, hi: 15 });
  assert.equal(intervalIntersect(interval(2, 3), interval(10, 15)), null);
  assert.deepEqual(intervalHull(interval(5, 10), interval(20, 30)), { lo: 5, hi: 30 });
  assert.equal(intervalGap(interval(2, 3), interval(10, 15)), 7);
  assert.equal(intervalGap(interval(10, 15), interval(2, 3)), 7);
  assert.equal(intervalGap(interval(15, 20), interval(10, 15)), 0);
  assert.equal(intervalContains(interval(1, 2), 2), true);
  assert.equal(intervalContains(interval(1, 2), 2.5), false);
  assert.equal(intervalContains(interval(10, 15), interval(15, 20)), false);
  assert.equal(intervalContains(interval(0, 50), interval(5, 10)), true);
  assert.equal(intervalWidth(interval(80, 100)), 20);
  assert.equal(intervalMidpoint(interval(5, 10)), 7.5);
  assert.deepEqual(intervalIntegers(interval(4.5, 7.5)), [5, 6, 7]);
  assert.deepEqual(intervalIntegers(interval(5, 7)), [5, 6, 7]);
  assert.deepEqual(intervalIntegers(interval(5.2, 5.8)), []);
  assert.throws(
    () => interval(3, 2),
    /^RangeError: interval: expected lo <= hi, got lo 3 and hi 2$/,
  );
  assert.throws(() => interval(NaN), /finite/);
});

Deno.test("intervalFromReported and formatInterval", () => {
  // "69,7" under spss stands for [69.65, 69.75); "67,96" for [67.955, 67.965).
  closeInterval(intervalFromReported("69,7%"), { lo: 69.65, hi: 69.75 });
  closeInterval(intervalFromReported("67,96"), { lo: 67.955, hi: 67.965 });
  assert.equal(formatInterval(interval(5 / 3, 3.5)), "1,67–3,5");
  assert.equal(formatInterval(interval(-1.795, -1.685), 3), "−1,795–−1,685");
  assert.equal(formatInterval(interval(15)), "15");
});
