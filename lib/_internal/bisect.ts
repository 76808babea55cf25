/**
 * Root finding by bisection: slow but certain. The root finders of the library all need a
 * monotone function on a bracket, and there bisection cannot fail or loop forever.
 *
 * @module
 */

/** Options for {@link bisect}. */
export interface BisectOptions {
  /** Stop when the bracket is this narrow, relative to its size (default 1e-15). */
  readonly relativeTolerance?: number;
  /** Stop when the bracket is this narrow in absolute terms (default 0). */
  readonly absoluteTolerance?: number;
  /** Largest number of halvings (default 2100, enough to reach adjacent doubles anywhere). */
  readonly maxIterations?: number;
}

/**
 * A point where `f` changes sign between `lo` and `hi` (f(lo) and f(hi) must differ in sign
 * or one be zero). Returns the midpoint of the final bracket.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const root = bisect((x) => x * x - 2, 0, 2);
 * assert.ok(Math.abs(root - Math.SQRT2) < 1e-15);
 * ```
 */
export function bisect(
  f: (x: number) => number,
  lo: number,
  hi: number,
  options: BisectOptions = {},
): number {
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi)) {
    throw new RangeError(`lo, hi: expected a finite bracket lo <= hi, got ${lo}, ${hi}`);
  }
  const relative = options.relativeTolerance ?? 1e-15;
  const absolute = options.absoluteTolerance ?? 0;
  const maxIterations = options.maxIterations ?? 2100;
  let fLo = f(lo);
  const fHi = f(hi);
  if (fLo === 0) return lo;
  if (fHi === 0) return hi;
  if (Number.isNaN(fLo) || Number.isNaN(fHi) || (fLo > 0) === (fHi > 0)) {
    throw new RangeError(
      `f: expected a sign change between ${lo} and ${hi}, got f = ${fLo} and ${fHi}`,
    );
  }
  for (let i = 0; i < maxIterations; i++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break; // adjacent doubles
    if (hi - lo <= absolute || hi - lo <= relative * Math.max(Math.abs(lo), Math.abs(hi))) break;
    const fMid = f(mid);
    if (fMid === 0) return mid;
    if ((fMid > 0) === (fLo > 0)) {
      lo = mid;
      fLo = fMid;
    } else {
      hi = mid;
    }
  }
  return lo + (hi - lo) / 2;
}

/**
 * The least point of [lo, hi] where a monotone test turns from false to true, to within
 * `tolerance`. The point returned always passes the test (so a bound found this way is never
 * on the failing side); `test(hi)` must be true.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const x = firstTrue((x) => x * x >= 2, 0, 2, 1e-12);
 * assert.ok(x * x >= 2 && x - Math.SQRT2 < 1e-12);
 * ```
 */
export function firstTrue(
  test: (x: number) => boolean,
  lo: number,
  hi: number,
  tolerance: number,
): number {
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi)) {
    throw new RangeError(`lo, hi: expected a finite bracket lo <= hi, got ${lo}, ${hi}`);
  }
  if (!(tolerance > 0)) throw new RangeError(`tolerance: expected a number > 0, got ${tolerance}`);
  if (!test(hi)) throw new RangeError(`test: expected the test to pass at hi = ${hi}`);
  while (hi - lo > tolerance) {
    const mid = (lo + hi) / 2;
    if (mid <= lo || mid >= hi) break; // adjacent doubles
    if (test(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}
