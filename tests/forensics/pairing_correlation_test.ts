import assert from "node:assert/strict";
import { pairingCorrelationRange, pearson } from "../../lib/forensics/pairing_correlation.ts";

const close = (actual: number, expected: number, tol = 1e-12) =>
  assert.ok(Math.abs(actual - expected) <= tol, `${actual} vs ${expected}`);

Deno.test("pearson: agrees with R's cor()", () => {
  close(pearson([1, 2, 3, 4], [2, 4, 5, 9]), 0.964763821237732); // R: cor(c(1,2,3,4), c(2,4,5,9))
  close(pearson([1, 2, 3], [1, 1, 4]), 0.866025403784439); // R: cor(c(1,2,3), c(1,1,4))
  close(pearson([1, 2, 3], [3, 2, 1]), -1);
});

Deno.test("pearson: rejects constant samples and unequal lengths", () => {
  assert.throws(() => pearson([1, 1, 1], [1, 2, 3]), RangeError);
  assert.throws(() => pearson([1, 2], [1, 2, 3]), RangeError);
  assert.throws(() => pearson([1], [1]), RangeError);
});

Deno.test("pairingCorrelationRange: sorted pairings give the extremes (R reference)", () => {
  const x = [3, 1, 4, 1, 5, 9, 2, 6];
  const y = [2, 7, 1, 8, 2, 8, 1, 8];
  const r = pairingCorrelationRange(x, y);
  close(r.correlation.hi, 0.871319812294261); // R: cor(sort(x), sort(y))
  close(r.correlation.lo, -0.882860472059748); // R: cor(sort(x), rev(sort(y)))
  assert.equal(r.sumOfProducts.hi, 200); // R: sum(sort(x) * sort(y))
  assert.equal(r.sumOfProducts.lo, 86); // R: sum(sort(x) * rev(sort(y)))
  assert.deepEqual(r.comonotone.x, [1, 1, 2, 3, 4, 5, 6, 9]);
  assert.deepEqual(r.antitone.y, [8, 8, 8, 7, 2, 2, 1, 1]);
});

Deno.test("pairingCorrelationRange: no pairing beats the extremes (brute force, n = 6)", () => {
  const x = [0, 1, 1, 2, 4, 5];
  const y = [2, 3, 3, 3, 5, 6];
  const { correlation } = pairingCorrelationRange(x, y);
  const permute = (rest: number[], chosen: number[]): number[][] =>
    rest.length === 0
      ? [chosen]
      : rest.flatMap((v, i) =>
        permute([...rest.slice(0, i), ...rest.slice(i + 1)], [...chosen, v])
      );
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of permute(y, [])) {
    const r = pearson(x, p);
    lo = Math.min(lo, r);
    hi = Math.max(hi, r);
  }
  close(correlation.lo, lo);
  close(correlation.hi, hi);
});
