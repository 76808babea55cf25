import assert from "node:assert/strict";
import { mean, sum, variance } from "../../lib/_internal/sum.ts";
import { bisect, firstTrue } from "../../lib/_internal/bisect.ts";

Deno.test("sum: compensated, against exact rational arithmetic", () => {
  // Exact: 1e16 + 1 - 1e16 = 1; a plain loop gives 0.
  assert.equal(sum([1e16, 1, -1e16]), 1);
  // /usr/bin/python3 -c "import math; print(math.fsum([0.1]*10))" -> 1.0
  assert.equal(sum(new Array(10).fill(0.1)), 1);
  // /usr/bin/python3 -c "import math; print(math.fsum([1e100, 1.0, -1e100, 1e-100]))" -> 1.0
  assert.equal(sum([1e100, 1, -1e100, 1e-100]), 1);
});

Deno.test("mean and variance: large offsets do not cancel", () => {
  // Rscript -e 'x <- 1e9 + c(4, 7, 13, 16); print(var(x), digits = 17)' -> 30
  assert.equal(variance([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]), 30);
  assert.equal(mean([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]), 1e9 + 10);
  assert.throws(() => mean([]), /^RangeError: values: expected/);
  assert.throws(() => variance([1]), /^RangeError: values: expected/);
});

Deno.test("bisect: finds a root to adjacent doubles and refuses a bracket without a sign change", () => {
  // Rscript -e 'print(uniroot(function(x) x^3 - 2, c(0, 2), tol = 1e-15)$root, digits = 17)'
  // -> 1.2599210498948732 (the real cube root of 2)
  assert.ok(Math.abs(bisect((x) => x ** 3 - 2, 0, 2) - Math.cbrt(2)) <= 4e-16);
  assert.throws(() => bisect((x) => x * x + 1, -1, 1), /^RangeError: f: expected a sign change/);
  assert.throws(() => bisect((x) => x, NaN, 1), /^RangeError: lo, hi: expected/);
});

Deno.test("firstTrue: the least passing point of a monotone test, always on the passing side", () => {
  // Threshold at 1/3: the answer passes and lies within the tolerance above it.
  const x = firstTrue((x) => 3 * x >= 1, -1, 1, 1e-9);
  assert.ok(3 * x >= 1 && x - 1 / 3 <= 1e-9);
  // A test already true at lo returns a point within the tolerance of lo.
  assert.ok(firstTrue(() => true, 0, 1, 1e-6) <= 1e-6);
  assert.throws(() => firstTrue(() => false, 0, 1, 1e-9), /^RangeError: test: expected the test/);
  assert.throws(() => firstTrue(() => true, 0, 1, 0), /^RangeError: tolerance: expected/);
  assert.throws(() => firstTrue(() => true, 1, 0, 1e-9), /^RangeError: lo, hi: expected/);
});
