/**
 * The deterministic inputs every statistics benchmark uses, so that R and SciPy can be timed
 * on exactly the same data (tools/bench_report.ts hands them over as lines of numbers).
 *
 * @module
 */

/**
 * A linear congruential generator (glibc's constants): reproducible in any language.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const next = lcg(1);
 * assert.equal(next(), 1103527590 / 2147483648);
 * ```
 */
export function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const rand = lcg(42);
const order = Array.from({ length: 1000 }, (_, i) => i + 1);
const shuffled = [...order].sort(() => rand() - 0.5);

/** n = 1000 paired differences, untied |d| = 1..1000, mostly positive (p about 0.006). */
export const before1000: readonly number[] = order.map(() => 0);
/** Partner of {@link before1000}. */
export const after1000: readonly number[] = order.map((_, i) =>
  (rand() < 0.55 ? 1 : -1) * shuffled[i]
);
/** n = 300 pairs on a five-level scale (ties and zeros). */
export const before300: readonly number[] = Array.from(
  { length: 300 },
  () => 1 + Math.floor(rand() * 5),
);
/** Partner of {@link before300}. */
export const after300: readonly number[] = before300.map((b) =>
  Math.min(5, Math.max(1, b + Math.floor(rand() * 4) - 1))
);
/** Two groups of 200 on a five-level scale (the exact conditional rank sum with ties). */
export const x200: readonly number[] = Array.from(
  { length: 200 },
  () => 1 + Math.floor(rand() * 5),
);
/** Second group of {@link x200}. */
export const y200: readonly number[] = Array.from(
  { length: 200 },
  () => 1 + Math.floor(rand() * 5),
);
/** Two untied groups of 200 (the untied rank-sum distribution). */
export const x200u: readonly number[] = Array.from({ length: 200 }, () => rand());
/** Second group of {@link x200u}. */
export const y200u: readonly number[] = Array.from({ length: 200 }, () => rand() + 0.02);
/** n = 5000, roughly normal (sum of four uniforms), for Shapiro–Wilk. */
export const sw5000: readonly number[] = Array.from(
  { length: 5000 },
  () => rand() + rand() + rand() + rand() - 2,
);

/**
 * The inputs as text, one `name v1 v2 ...` line each, for R's and Python's plain readers.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.ok(inputLines().startsWith("before1000 0 0 0"));
 * ```
 */
export function inputLines(): string {
  const all = { before1000, after1000, before300, after300, x200, y200, x200u, y200u, sw5000 };
  return Object.entries(all)
    .map(([name, values]) => `${name} ${values.map((v) => String(v)).join(" ")}`)
    .join("\n") + "\n";
}
