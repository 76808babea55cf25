/**
 * Shared test helpers: the reference fixture, a seeded PRNG, tolerance assertions.
 *
 * @module
 */
import assert from "node:assert/strict";

/** Relative tolerance for p-values and statistics against R / SciPy (spec asks 1e-6). */
export const REL = 1e-9;

// deno-lint-ignore no-explicit-any -- fixture records are untyped JSON
export type Json = any;

/** The fixture written by tests/stats/reference/make_reference.py. */
export const reference: Json = JSON.parse(
  await Deno.readTextFile(new URL("./reference/reference.json", import.meta.url)),
);

/** Asserts |actual − expected| <= rel·|expected| + abs. */
export function assertClose(
  actual: number,
  expected: number,
  label: string,
  rel = REL,
  abs = 0,
): void {
  assert.equal(typeof actual, "number", `${label}: not a number`);
  assert.ok(!Number.isNaN(actual), `${label}: NaN`);
  if (actual === expected) return;
  const diff = Math.abs(actual - expected);
  assert.ok(
    diff <= rel * Math.abs(expected) + abs,
    `${label}: got ${actual}, expected ${expected} (rel diff ${diff / Math.abs(expected)})`,
  );
}

/** Mulberry32: small deterministic PRNG for property tests. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Uniform integer in [lo, hi]. */
export function randomInt(rand: () => number, lo: number, hi: number): number {
  return lo + Math.floor(rand() * (hi - lo + 1));
}

/** Asserts that a p-value is a real probability. */
export function assertProbability(p: number, label: string): void {
  assert.equal(typeof p, "number", `${label}: not a number`);
  assert.ok(p >= 0 && p <= 1, `${label}: p = ${p} outside [0, 1]`);
}

/** Asserts `fn` throws `type` with a message mentioning `fragment`. */
export function assertThrowsNaming(
  fn: () => unknown,
  type: typeof RangeError | typeof TypeError,
  fragment: string,
): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof type, `expected ${type.name}, got ${error}`);
    assert.ok(
      (error as Error).message.includes(fragment),
      `message "${(error as Error).message}" does not mention "${fragment}"`,
    );
    return true;
  });
}
