import assert from "node:assert/strict";
import { rank, tieCorrectionSum, tieCounts } from "../../lib/stats/ranks.ts";
import { assertThrowsNaming, prng } from "./helpers.ts";

Deno.test("rank gives R's average ranks", () => {
  // R: rank(c(10, 20, 20, 5)) = 2.0 3.5 3.5 1.0
  assert.deepEqual(rank([10, 20, 20, 5]), [2, 3.5, 3.5, 1]);
  // R: rank(c(3, 3, 3)) = 2 2 2
  assert.deepEqual(rank([3, 3, 3]), [2, 2, 2]);
  assert.deepEqual(rank([]), []);
});

Deno.test("tieCounts lists every group (singletons included) in value order", () => {
  assert.deepEqual(tieCounts([3, 1, 3, 2, 3]), [1, 1, 3]);
  assert.equal(tieCorrectionSum([1, 2, 2, 3, 3, 3]), 30);
});

Deno.test("property: ranks sum to n(n+1)/2 and respect order", () => {
  const rand = prng(1);
  for (let trial = 0; trial < 200; trial++) {
    const n = Math.floor(rand() * 50);
    const xs = Array.from({ length: n }, () => Math.floor(rand() * 8));
    const r = rank(xs);
    assert.equal(r.reduce((a, b) => a + b, 0), (n * (n + 1)) / 2);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (xs[i] < xs[j]) assert.ok(r[i] < r[j]);
        if (xs[i] === xs[j]) assert.equal(r[i], r[j]);
      }
    }
    assert.equal(tieCounts(xs).reduce((a, b) => a + b, 0), n);
  }
});

Deno.test("rank rejects non-finite values by name", () => {
  assertThrowsNaming(() => rank([1, NaN]), RangeError, "values[1]");
  assertThrowsNaming(() => rank(null as never), TypeError, "values");
});
