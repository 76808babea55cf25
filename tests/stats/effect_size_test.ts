import assert from "node:assert/strict";
import { effectSizeR, rankBiserial } from "../../lib/stats/effect_size.ts";
import { mannWhitneyU } from "../../lib/stats/mann_whitney.ts";
import { wilcoxon } from "../../lib/stats/wilcoxon.ts";
import { assertClose, assertThrowsNaming } from "./helpers.ts";

Deno.test("effectSizeR is |z|/sqrt(N)", () => {
  assertClose(effectSizeR(-Math.sqrt(11), 11), 1, "r", 1e-15);
  assert.equal(effectSizeR(2, 4), 1);
  assert.equal(effectSizeR(0, 9), 0);
});

Deno.test("rankBiserial for paired and independent designs", () => {
  // d = 1, 2, 0.5, -1, 2 -> |d| ranks 2.5, 4.5, 1, 2.5, 4.5: R+ = 12.5, R- = 2.5.
  const w = wilcoxon([1, 2, 3, 4, 5], [2, 4, 3.5, 3, 7]);
  assert.equal(w.sumRanksPositive, 12.5);
  assert.equal(w.sumRanksNegative, 2.5);
  assertClose(rankBiserial(w), 10 / 15, "paired", 1e-15);
  assert.equal(rankBiserial({ sumRanksPositive: 66, sumRanksNegative: 0 }), 1);
  const m = mannWhitneyU([1, 2, 3, 3, 5], [3, 4, 6, 7, 8, 9]);
  assertClose(rankBiserial({ u: m.u, n1: m.nX, n2: m.nY }), 2 * 3 / 30 - 1, "independent", 1e-15);
  assert.equal(rankBiserial({ u: 0, n1: 3, n2: 3 }), -1);
});

Deno.test("effect sizes reject bad input by name", () => {
  assertThrowsNaming(() => effectSizeR(NaN, 3), RangeError, "z");
  assertThrowsNaming(() => effectSizeR(1, 0), RangeError, "n");
  assertThrowsNaming(() => rankBiserial({ u: 10, n1: 3, n2: 3 }), RangeError, "u");
  assertThrowsNaming(
    () => rankBiserial({ sumRanksPositive: 0, sumRanksNegative: 0 }),
    RangeError,
    "sumRanksPositive",
  );
  assertThrowsNaming(() => rankBiserial({} as never), TypeError, "input");
});
