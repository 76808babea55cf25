import assert from "node:assert/strict";
import {
  clampProbability,
  confidenceLevel,
  count,
  finiteArray,
  oneOf,
  sameLength,
} from "../../lib/stats/validate.ts";
import { assertThrowsNaming } from "./helpers.ts";

Deno.test("validators accept good values and return them", () => {
  assert.deepEqual(finiteArray("xs", [1, 2], { minLength: 2 }), [1, 2]);
  assert.equal(count("k", 3), 3);
  assert.equal(confidenceLevel("confidence", 0.95), 0.95);
  assert.equal(oneOf("alt", "less", ["less", "greater"] as const), "less");
  assert.equal(clampProbability(1 + 1e-16), 1);
  assert.equal(clampProbability(-0), 0);
  sameLength("a", [1], "b", [2]);
});

Deno.test("validators name the argument and what was expected", () => {
  assertThrowsNaming(() => finiteArray("before", [1], { minLength: 2 }), RangeError, "before");
  assertThrowsNaming(() => finiteArray("after", [1, Infinity]), RangeError, "after[1]");
  assertThrowsNaming(() => finiteArray("x", [1, "2"] as never), TypeError, "x[1]");
  assertThrowsNaming(() => count("b", -1), RangeError, "b");
  assertThrowsNaming(() => count("b", 0.5), RangeError, "integer");
  assertThrowsNaming(() => confidenceLevel("confidence", 1), RangeError, "between 0 and 1");
  assertThrowsNaming(() => oneOf("method", "x", ["a"] as const), RangeError, "method");
  assertThrowsNaming(() => sameLength("before", [1], "after", []), RangeError, "same length");
  assert.throws(() => clampProbability(NaN), Error);
});
