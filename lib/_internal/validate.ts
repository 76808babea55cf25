/**
 * The one set of argument checks the library shares. Every check takes `(name, value)` and
 * throws a `TypeError` (wrong kind of value) or a `RangeError` (right kind, unusable value)
 * whose message reads `name: expected ..., got ...`, so a caller never receives NaN, undefined
 * or an engine error from garbage input. Private: not part of the public surface.
 *
 * @module
 */

/**
 * A short description of any value for an error message (never throws).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(describe([1, 2, 3]), "an array of length 3");
 * assert.equal(describe("n"), '"n"');
 * assert.equal(describe(-0), "-0");
 * ```
 */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "string") {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  }
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "boolean") return String(value);
  if (typeof value === "symbol") return "a symbol";
  if (typeof value === "function") return "a function";
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (ArrayBuffer.isView(value)) return "a typed array";
  return "an object";
}

/**
 * Throw the standard error: a TypeError (wrong kind) or RangeError (unusable value) reading
 * `name: expected ..., got ...`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.throws(() => fail("range", "n", "a count", -1), /^RangeError: n: expected a count, got -1$/);
 * ```
 */
export function fail(
  kind: "type" | "range",
  name: string,
  expected: string,
  value: unknown,
): never {
  const message = `${name}: expected ${expected}, got ${describe(value)}`;
  throw kind === "type" ? new TypeError(message) : new RangeError(message);
}

/** Bounds for {@link finiteNumber}; each end closed unless marked open. */
export interface NumberBounds {
  readonly min?: number;
  readonly max?: number;
  readonly minOpen?: boolean;
  readonly maxOpen?: boolean;
}

function boundsText(b: NumberBounds): string {
  const parts: string[] = [];
  if (b.min !== undefined) parts.push(`${b.minOpen ? ">" : ">="} ${b.min}`);
  if (b.max !== undefined) parts.push(`${b.maxOpen ? "<" : "<="} ${b.max}`);
  return parts.length === 0 ? "" : ` ${parts.join(" and ")}`;
}

/**
 * A finite number, optionally within bounds.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(finiteNumber("z", 1.96), 1.96);
 * const df = /^RangeError: df: expected a finite number > 0, got 0$/;
 * assert.throws(() => finiteNumber("df", 0, { min: 0, minOpen: true }), df);
 * ```
 */
export function finiteNumber(name: string, value: unknown, bounds: NumberBounds = {}): number {
  const expected = `a finite number${boundsText(bounds)}`;
  if (typeof value !== "number") fail("type", name, expected, value);
  if (!Number.isFinite(value)) fail("range", name, expected, value);
  const { min, max, minOpen, maxOpen } = bounds;
  if (min !== undefined && (minOpen ? !(value > min) : !(value >= min))) {
    fail("range", name, expected, value);
  }
  if (max !== undefined && (maxOpen ? !(value < max) : !(value <= max))) {
    fail("range", name, expected, value);
  }
  return value;
}

/**
 * A number that is not NaN (infinities allowed, e.g. a statistic of -Infinity).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(notNaN("t", Infinity), Infinity);
 * ```
 */
export function notNaN(name: string, value: unknown): number {
  if (typeof value !== "number") fail("type", name, "a number", value);
  if (Number.isNaN(value)) fail("range", name, "a number (not NaN)", value);
  return value;
}

/**
 * A finite number strictly greater than zero.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(positiveNumber("df", 9), 9);
 * ```
 */
export function positiveNumber(name: string, value: unknown): number {
  return finiteNumber(name, value, { min: 0, minOpen: true });
}

/**
 * A safe integer (|value| < 2^53, so that counting by one never stalls) within bounds.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(safeInteger("min", -3), -3);
 * assert.throws(() => safeInteger("n", 2 ** 53), /^RangeError: n: expected a safe integer/);
 * ```
 */
export function safeInteger(
  name: string,
  value: unknown,
  bounds: { readonly min?: number; readonly max?: number } = {},
): number {
  const expected = `a safe integer${boundsText(bounds)}`;
  if (typeof value !== "number") fail("type", name, expected, value);
  if (!Number.isSafeInteger(value)) fail("range", name, expected, value);
  if (bounds.min !== undefined && value < bounds.min) fail("range", name, expected, value);
  if (bounds.max !== undefined && value > bounds.max) fail("range", name, expected, value);
  return value;
}

/**
 * A whole count at least `min` (default 0), as a safe integer.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(count("b", 3), 3);
 * const half = /^RangeError: n: expected an integer count >= 1, got 2.5$/;
 * assert.throws(() => count("n", 2.5, 1), half);
 * ```
 */
export function count(name: string, value: unknown, min = 0): number {
  const expected = `an integer count >= ${min}`;
  if (typeof value !== "number") fail("type", name, expected, value);
  if (!Number.isSafeInteger(value) || value < min) fail("range", name, expected, value);
  return value;
}

/**
 * A probability in the closed interval [0, 1].
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(probability("p", 0.5), 0.5);
 * ```
 */
export function probability(name: string, value: unknown): number {
  return finiteNumber(name, value, { min: 0, max: 1 });
}

/**
 * A confidence level strictly between 0 and 1.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(confidenceLevel("confidence", 0.95), 0.95);
 * ```
 */
export function confidenceLevel(name: string, value: unknown): number {
  const expected = "a number strictly between 0 and 1";
  if (typeof value !== "number") fail("type", name, expected, value);
  if (!(value > 0 && value < 1)) fail("range", name, expected, value);
  return value;
}

/** Length bounds for {@link finiteArray}. */
export interface ArrayLength {
  /** Smallest accepted length (default 1). */
  readonly minLength?: number;
  /** Largest accepted length (default unlimited). */
  readonly maxLength?: number;
}

/**
 * An array (or typed array) of finite numbers within length bounds, copied.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(finiteArray("before", [1, 2, 3], { minLength: 2 }), [1, 2, 3]);
 * assert.throws(() => finiteArray("x", [1, NaN]), /^RangeError: x\[1\]: expected a finite number/);
 * ```
 */
export function finiteArray(
  name: string,
  value: unknown,
  length: ArrayLength = {},
): number[] {
  const minLength = length.minLength ?? 1;
  if (!Array.isArray(value) && !(ArrayBuffer.isView(value) && !(value instanceof DataView))) {
    fail("type", name, "an array of numbers", value);
  }
  const array = value as ArrayLike<unknown>;
  if (array.length < minLength) {
    fail("range", name, `at least ${minLength} value${minLength === 1 ? "" : "s"}`, value);
  }
  if (length.maxLength !== undefined && array.length > length.maxLength) {
    fail("range", name, `at most ${length.maxLength} values`, value);
  }
  const copy = new Array<number>(array.length);
  for (let i = 0; i < array.length; i++) {
    const v = array[i];
    // The element's name is built only for an error: building it for every element was a
    // large share of a small test's time.
    copy[i] = typeof v === "number" && Number.isFinite(v) ? v : finiteNumber(`${name}[${i}]`, v);
  }
  return copy;
}

/**
 * Two arrays of the same length (paired designs).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * sameLength("before", [1, 2], "after", [3, 4]); // passes
 * assert.throws(
 *   () => sameLength("before", [1, 2], "after", [3]),
 *   /^RangeError: after: expected the same length as before \(2\), got 1$/,
 * );
 * ```
 */
export function sameLength(
  nameA: string,
  a: ArrayLike<unknown>,
  nameB: string,
  b: ArrayLike<unknown>,
): void {
  if (a.length !== b.length) {
    throw new RangeError(
      `${nameB}: expected the same length as ${nameA} (${a.length}), got ${b.length}`,
    );
  }
}

/**
 * One of the allowed strings.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(oneOf("alternative", "less", ["two-sided", "less", "greater"] as const), "less");
 * ```
 */
export function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    fail(
      typeof value === "string" ? "range" : "type",
      name,
      `one of ${allowed.map((a) => `"${a}"`).join(", ")}`,
      value,
    );
  }
  return value as T;
}

/**
 * A boolean (the string "false" is not one: it would read as true).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(boolean("strict", false), false);
 * assert.throws(() => boolean("strict", "false"), /^TypeError: strict: expected true or false/);
 * ```
 */
export function boolean(name: string, value: unknown): boolean {
  if (typeof value !== "boolean") fail("type", name, "true or false", value);
  return value;
}

/**
 * An options argument: undefined (no options) or a plain object. Unknown keys are refused when
 * `known` is given, so a misspelt option cannot be silently ignored; a key in `renamed` (old name
 * -> new name) is refused with its new name, so an old caller is told rather than ignored.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(optionsObject("options", undefined), {});
 * assert.throws(() => optionsObject("options", { strick: true }, ["strict"]), /options: expected/);
 * assert.throws(
 *   () => optionsObject("options", { correct: true }, undefined, { correct: "correction" }),
 *   /^RangeError: options\.correct: renamed to correction/,
 * );
 * ```
 */
export function optionsObject<T extends object>(
  name: string,
  value: T | undefined | null,
  known?: readonly string[],
  renamed: Readonly<Record<string, string>> = {},
): Partial<T> {
  if (value === undefined) return {};
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    fail("type", name, "an options object", value);
  }
  for (const key of Object.keys(value)) {
    if (Object.hasOwn(renamed, key) && !(known ?? []).includes(key)) {
      const now = renamed[key];
      throw new RangeError(
        `${name}.${key}: renamed to ${now} (expected ${name}.${now}, got ${name}.${key})`,
      );
    }
  }
  if (known !== undefined) {
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) {
        throw new RangeError(
          `${name}: expected options among ${known.join(", ")}, got ${JSON.stringify(key)}`,
        );
      }
    }
  }
  return value;
}

/**
 * A closed interval `{ lo, hi }` of finite numbers with lo <= hi (other keys, such as a printed
 * range's text, are allowed).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(numericInterval("range", { lo: 0.2, hi: 0.6 }), { lo: 0.2, hi: 0.6 });
 * assert.throws(
 *   () => numericInterval("range", { lo: 3, hi: 2 }),
 *   /^RangeError: range: expected lo <= hi, got lo 3 and hi 2$/,
 * );
 * ```
 */
export function numericInterval(name: string, value: unknown): { lo: number; hi: number } {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    fail("type", name, "an interval { lo, hi }", value);
  }
  const { lo, hi } = value as { lo?: unknown; hi?: unknown };
  finiteNumber(`${name}.lo`, lo);
  finiteNumber(`${name}.hi`, hi);
  if ((lo as number) > (hi as number)) {
    throw new RangeError(`${name}: expected lo <= hi, got lo ${lo} and hi ${hi}`);
  }
  return value as { lo: number; hi: number };
}

/**
 * A range `{ lo, hi }` of whole numbers (no other keys), `lo` at least `min`, and `hi` above
 * `lo` when `strict` (a scale needs two values) or at least `lo` otherwise.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(wholeInterval("scale", { lo: 1, hi: 5 }, { strict: true }), { lo: 1, hi: 5 });
 * assert.throws(
 *   () => wholeInterval("scale", { lo: 3, hi: 3 }, { strict: true }),
 *   /^RangeError: scale\.hi: expected more than scale\.lo \(3\), got 3$/,
 * );
 * ```
 */
export function wholeInterval(
  name: string,
  value: unknown,
  options: { readonly min?: number; readonly strict?: boolean } = {},
): { lo: number; hi: number } {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    fail("type", name, "a range { lo, hi } of whole numbers", value);
  }
  const given = optionsObject(name, value as { lo?: unknown; hi?: unknown }, ["lo", "hi"]);
  const lo = safeInteger(`${name}.lo`, given.lo, { min: options.min });
  const hi = safeInteger(`${name}.hi`, given.hi);
  if (options.strict ? hi <= lo : hi < lo) {
    const expected = options.strict ? "more than" : "at least";
    throw new RangeError(`${name}.hi: expected ${expected} ${name}.lo (${lo}), got ${hi}`);
  }
  return { lo, hi };
}

/**
 * A computed probability clamped into [0, 1] (rounding can leave 1 + 2e-16). A non-number or
 * NaN is refused: it would be a garbage p.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(clampProbability(1.0000000000000002), 1);
 * ```
 */
export function clampProbability(p: unknown, name = "p"): number {
  if (typeof p !== "number") fail("type", name, "a probability", p);
  if (Number.isNaN(p)) fail("range", name, "a probability", p);
  return p <= 0 ? 0 : p > 1 ? 1 : p; // also maps -0 to 0
}

/**
 * A list of at least two margins, each a whole count >= 0.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(margins("rowMargins", [8, 12]), [8, 12]);
 * ```
 */
export function margins(name: string, value: unknown): number[] {
  if (!Array.isArray(value)) fail("type", name, "a list of at least two counts", value);
  if (value.length < 2) fail("range", name, "a list of at least two counts", value);
  return value.map((m, i) => count(`${name}[${i}]`, m));
}

/**
 * A work estimate within a budget, so that an enumeration refuses up front instead of running
 * for minutes. `work` is the number of elementary steps it would take (may be Infinity).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const tooBig = /^RangeError: reconstruct: expected/;
 * assert.throws(() => withinBudget("reconstruct", 1e12, 1e8), tooBig);
 * ```
 */
export function withinBudget(name: string, work: number, budget: number): void {
  finiteNumber("budget", budget, { min: 0 });
  if (!(work <= budget)) {
    throw new RangeError(
      `${name}: expected at most ${budget.toExponential(1)} steps of work (raise the ` +
        `\`budget\` option to allow more), got an estimated ${
          Number.isFinite(work) ? work.toExponential(1) : String(work)
        }`,
    );
  }
}

/**
 * A required object argument (not null, not an array), e.g. a summary `{ n, mean, sd }`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.throws(() => record("summary", null), /^TypeError: summary: expected an object/);
 * ```
 */
export function record<T extends object>(name: string, value: T | null | undefined): T {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    fail("type", name, "an object", value);
  }
  return value;
}
