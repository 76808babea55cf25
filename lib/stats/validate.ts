/**
 * Shared argument validators. Each throws a `TypeError` (wrong kind of value) or a
 * `RangeError` (right kind, unusable value) whose message names the argument and says
 * what was expected, so callers never receive NaN from garbage input.
 *
 * @module
 */

/** Options for {@link finiteArray}. */
export interface FiniteArrayOptions {
  /** Smallest accepted length (default 1). */
  readonly minLength?: number;
  /** Largest accepted length (default unlimited). */
  readonly maxLength?: number;
}

/**
 * Checks that `value` is an array of finite numbers within the length bounds.
 *
 * @example
 * ```ts
 * finiteArray("before", [1, 2, 3], { minLength: 2 }); // returns the array
 * ```
 */
export function finiteArray(
  name: string,
  value: unknown,
  options: FiniteArrayOptions = {},
): readonly number[] {
  if (!Array.isArray(value) && !ArrayBuffer.isView(value)) {
    throw new TypeError(`${name} must be an array of numbers, got ${describe(value)}`);
  }
  const array = value as ArrayLike<unknown>;
  const minLength = options.minLength ?? 1;
  if (array.length < minLength) {
    throw new RangeError(
      `${name} must contain at least ${minLength} value${minLength === 1 ? "" : "s"}, ` +
        `got ${array.length}`,
    );
  }
  if (options.maxLength !== undefined && array.length > options.maxLength) {
    throw new RangeError(
      `${name} must contain at most ${options.maxLength} values, got ${array.length}`,
    );
  }
  for (let i = 0; i < array.length; i++) {
    const item = array[i];
    if (typeof item !== "number") {
      throw new TypeError(`${name}[${i}] must be a number, got ${describe(item)}`);
    }
    if (!Number.isFinite(item)) {
      throw new RangeError(`${name}[${i}] must be a finite number, got ${item}`);
    }
  }
  return Array.from(array as ArrayLike<number>);
}

/**
 * Checks that two arrays have the same length (paired designs).
 *
 * @example
 * ```ts
 * sameLength("before", [1, 2], "after", [3, 4]);
 * ```
 */
export function sameLength(
  nameA: string,
  a: readonly unknown[],
  nameB: string,
  b: readonly unknown[],
): void {
  if (a.length !== b.length) {
    throw new RangeError(
      `${nameA} and ${nameB} must have the same length, got ${a.length} and ${b.length}`,
    );
  }
}

/**
 * Checks that `value` is a finite number, optionally within closed bounds.
 *
 * @example
 * ```ts
 * finiteNumber("z", 1.96); // 1.96
 * ```
 */
export function finiteNumber(
  name: string,
  value: unknown,
  bounds: { readonly min?: number; readonly max?: number } = {},
): number {
  if (typeof value !== "number") {
    throw new TypeError(`${name} must be a number, got ${describe(value)}`);
  }
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be finite, got ${value}`);
  if (bounds.min !== undefined && value < bounds.min) {
    throw new RangeError(`${name} must be >= ${bounds.min}, got ${value}`);
  }
  if (bounds.max !== undefined && value > bounds.max) {
    throw new RangeError(`${name} must be <= ${bounds.max}, got ${value}`);
  }
  return value;
}

/**
 * Checks that `value` is a number (not NaN); infinities are allowed (e.g. a z of -Infinity).
 *
 * @example
 * ```ts
 * notNaN("t", Infinity); // Infinity
 * ```
 */
export function notNaN(name: string, value: unknown): number {
  if (typeof value !== "number") {
    throw new TypeError(`${name} must be a number, got ${describe(value)}`);
  }
  if (Number.isNaN(value)) throw new RangeError(`${name} must not be NaN`);
  return value;
}

/**
 * Checks that `value` is a finite number strictly greater than zero.
 *
 * @example
 * ```ts
 * positiveNumber("df", 9); // 9
 * ```
 */
export function positiveNumber(name: string, value: unknown): number {
  const n = finiteNumber(name, value);
  if (!(n > 0)) throw new RangeError(`${name} must be > 0, got ${n}`);
  return n;
}

/**
 * Checks that `value` is an integer count (>= `min`, default 0).
 *
 * @example
 * ```ts
 * count("b", 3); // 3
 * ```
 */
export function count(name: string, value: unknown, min = 0): number {
  if (typeof value !== "number") {
    throw new TypeError(`${name} must be an integer count, got ${describe(value)}`);
  }
  if (!Number.isInteger(value)) {
    throw new RangeError(`${name} must be an integer count, got ${value}`);
  }
  if (value < min) throw new RangeError(`${name} must be >= ${min}, got ${value}`);
  return value;
}

/**
 * Checks that a probability lies in the closed interval [0, 1].
 *
 * @example
 * ```ts
 * probability("p", 0.5); // 0.5
 * ```
 */
export function probability(name: string, value: unknown): number {
  return finiteNumber(name, value, { min: 0, max: 1 });
}

/**
 * Checks that a confidence level lies strictly inside (0, 1).
 *
 * @example
 * ```ts
 * confidenceLevel("confidence", 0.95); // 0.95
 * ```
 */
export function confidenceLevel(name: string, value: unknown): number {
  const c = finiteNumber(name, value);
  if (!(c > 0 && c < 1)) {
    throw new RangeError(`${name} must lie strictly between 0 and 1, got ${c}`);
  }
  return c;
}

/**
 * Checks that `value` is one of the allowed string options.
 *
 * @example
 * ```ts
 * oneOf("alternative", "less", ["two-sided", "less", "greater"] as const); // "less"
 * ```
 */
export function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    throw new RangeError(
      `${name} must be one of ${allowed.map((a) => `"${a}"`).join(", ")}, got ${describe(value)}`,
    );
  }
  return value as T;
}

/**
 * Checks that `value` is a boolean.
 *
 * @example
 * ```ts
 * boolean("correction", false); // false
 * ```
 */
export function boolean(name: string, value: unknown): boolean {
  if (typeof value !== "boolean") {
    throw new TypeError(`${name} must be true or false, got ${describe(value)}`);
  }
  return value;
}

/**
 * Clamps a computed probability into [0, 1]; a NaN here is a bug, so it throws.
 *
 * @example
 * ```ts
 * clampProbability(1.0000000000000002); // 1
 * ```
 */
export function clampProbability(p: number): number {
  if (Number.isNaN(p)) throw new Error("internal error: probability computed as NaN");
  return p <= 0 ? 0 : p > 1 ? 1 : p; // also maps -0 to 0
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return String(value);
  return typeof value;
}
