import assert from "node:assert/strict";
import {
  boolean,
  clampProbability,
  confidenceLevel,
  count,
  finiteArray,
  finiteNumber,
  margins,
  oneOf,
  optionsObject,
  safeInteger,
  sameLength,
  withinBudget,
} from "../../lib/_internal/validate.ts";
import { printedValue, roundingRules } from "../../lib/printed/_arguments.ts";

// Every message starts with the argument's name, a colon and "expected".
function assertNamed(f: () => unknown, kind: ErrorConstructor, name: string): void {
  assert.throws(f, (error: unknown) => {
    assert.ok(error instanceof kind, `expected ${kind.name}, got ${String(error)}`);
    assert.ok(
      (error as Error).message.startsWith(`${name}: expected `),
      (error as Error).message,
    );
    return true;
  });
}

Deno.test("validators accept good values and return them", () => {
  assert.deepEqual(finiteArray("xs", [1, 2], { minLength: 2 }), [1, 2]);
  assert.deepEqual(finiteArray("xs", new Float64Array([1, 2])), [1, 2]);
  assert.equal(count("k", 3), 3);
  assert.equal(count("k", 0), 0);
  assert.equal(safeInteger("min", -5, { min: -10 }), -5);
  assert.equal(confidenceLevel("confidence", 0.95), 0.95);
  assert.equal(oneOf("alt", "less", ["less", "greater"] as const), "less");
  assert.equal(boolean("strict", true), true);
  assert.equal(clampProbability(1 + 1e-16), 1);
  assert.equal(Object.is(clampProbability(-0), 0), true);
  assert.equal(printedValue("p", "< 0,05", { allowBound: true }).bound, "<");
  assert.deepEqual(roundingRules("rules", ["printf"]), ["printf"]);
  assert.deepEqual(margins("rows", [0, 3]), [0, 3]);
  assert.deepEqual(optionsObject("options", { a: 1 }, ["a"]), { a: 1 });
  withinBudget("work", 10, 10);
  sameLength("a", [1], "b", [2]);
});

Deno.test("validators name the argument and what was expected", () => {
  assertNamed(() => finiteArray("before", [1], { minLength: 2 }), RangeError, "before");
  assertNamed(() => finiteArray("after", [1, Infinity]), RangeError, "after[1]");
  assertNamed(() => finiteArray("x", [1, "2"]), TypeError, "x[1]");
  assertNamed(() => finiteArray("x", null), TypeError, "x");
  assertNamed(() => count("b", -1), RangeError, "b");
  assertNamed(() => count("b", 0.5), RangeError, "b");
  assertNamed(() => count("b", 2 ** 53), RangeError, "b"); // past 2^53, n + 1 === n
  assertNamed(() => count("b", "3"), TypeError, "b");
  assertNamed(() => safeInteger("n", 1e308), RangeError, "n");
  assertNamed(() => finiteNumber("z", NaN), RangeError, "z");
  assertNamed(() => finiteNumber("df", 0, { min: 0, minOpen: true }), RangeError, "df");
  assertNamed(() => confidenceLevel("confidence", 1), RangeError, "confidence");
  assertNamed(() => oneOf("method", "x", ["a"] as const), RangeError, "method");
  assertNamed(() => oneOf("method", null, ["a"] as const), TypeError, "method");
  assertNamed(() => boolean("strict", "false"), TypeError, "strict"); // not read as true
  assertNamed(() => clampProbability({}), TypeError, "p");
  assertNamed(() => clampProbability(NaN), RangeError, "p");
  assertNamed(() => printedValue("mean", 4), TypeError, "mean");
  assertNamed(() => printedValue("mean", "abc"), RangeError, "mean");
  assertNamed(() => printedValue("mean", "< 4"), RangeError, "mean");
  assertNamed(() => roundingRules("rules", []), RangeError, "rules");
  assertNamed(() => roundingRules("rules", ["half-up"]), RangeError, "rules[0]");
  assertNamed(() => margins("rows", [1]), RangeError, "rows");
  assertNamed(() => margins("rows", [1, -1]), RangeError, "rows[1]");
  assertNamed(() => optionsObject("options", { strick: true }, ["strict"]), RangeError, "options");
  assertNamed(() => optionsObject("options", 5 as never), TypeError, "options");
  assertNamed(() => withinBudget("grimmer", Infinity, 1e8), RangeError, "grimmer");
  assertNamed(() => sameLength("before", [1], "after", []), RangeError, "after");
});
