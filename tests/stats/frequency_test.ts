import assert from "node:assert/strict";
import {
  describe,
  describeFrequencies,
  expandFrequencies,
  percentages,
} from "../../lib/stats/frequency.ts";

const close = (actual: number, expected: number, tol = 1e-9) =>
  assert.ok(Math.abs(actual - expected) <= tol, `${actual} is not within ${tol} of ${expected}`);

Deno.test("expandFrequencies repeats each code by its count, in table order", () => {
  assert.deepEqual(expandFrequencies([1, 0, 2], [0, 1, 2]), [0, 2, 2]);
  assert.deepEqual(expandFrequencies([2, 1], [5, -1]), [5, 5, -1]);
  assert.throws(() => expandFrequencies([1, 2], [0]), /codes: expected 2 codes/);
  assert.throws(
    () => expandFrequencies([1.5, 2], [0, 1]),
    /^RangeError: counts\[0\]: expected an integer count >= 0/,
  );
  // 1e308 copies would never finish: a named budget error instead.
  assert.throws(
    () => expandFrequencies([1e15, 2], [0, 1]),
    /^RangeError: counts: expected at most/,
  );
});

Deno.test("describe matches R (sd, median, min, max)", () => {
  // R: x <- c(0, rep(1, 12), rep(2, 11)); c(mean(x), sd(x), median(x), min(x), max(x))
  // 1.4166666667 0.5835920751 1 0 2
  const r = describeFrequencies([1, 12, 11], [0, 1, 2]);
  close(r.mean, 1.4166666667, 1e-9);
  close(r.sd, 0.5835920751, 1e-9);
  assert.equal(r.median, 1);
  assert.equal(r.min, 0);
  assert.equal(r.max, 2);
  assert.equal(r.n, 24);
  // R: sd(c(rep(1, 3), rep(2, 21))) = 0.3378319623; sd(c(rep(0, 14), rep(1, 10))) = 0.5036101552
  close(describeFrequencies([0, 3, 21], [0, 1, 2]).sd, 0.3378319623, 1e-9);
  close(describeFrequencies([14, 10, 0], [0, 1, 2]).sd, 0.5036101552, 1e-9);
  // R: median(c(1, 2, 3, 4)) = 2.5 (even n: mean of the two middle values)
  assert.equal(describe([4, 1, 3, 2]).median, 2.5);
  assert.equal(describe([3, 1, 2]).median, 2);
});

Deno.test("describe: one value is refused (no SD, never NaN), constant values have SD 0", () => {
  assert.throws(() => describe([7]), /^RangeError: values: expected at least 2 values/);
  assert.equal(describe([0, 0, 0]).sd, 0);
  assert.throws(() => describe([]), /^RangeError: values: expected at least 2 values/);
  assert.throws(() => describeFrequencies([0, 0], [0, 1]), /at least one observation/);
});

Deno.test("percentages of the total", () => {
  const p = percentages([1, 1, 22]);
  close(p[0], 100 / 24);
  close(p[2], 2200 / 24);
  assert.throws(() => percentages([0, 0]), /positive total/);
});
