/**
 * Numerical integration by the tanh-sinh (double exponential) rule: nodes crowd toward both
 * ends double-exponentially, so smooth integrands, and integrands with end-point behaviour that
 * stays integrable, converge to full precision in a few hundred evaluations.
 *
 * @module
 */

/** An integral's estimate and whether two successive step halvings agreed. */
export interface Quadrature {
  value: number;
  converged: boolean;
}

/**
 * ∫ f over [lo, hi] (finite), halving the step until two levels agree to `tolerance`
 * (relative, default 1e-14) or 12 halvings have been made.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const { value, converged } = tanhSinh((u) => Math.exp(-u), 0, 1);
 * assert.ok(converged && Math.abs(value - (1 - Math.exp(-1))) < 1e-15);
 * ```
 */
export function tanhSinh(
  f: (u: number) => number,
  lo: number,
  hi: number,
  tolerance = 1e-14,
): Quadrature {
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) {
    throw new RangeError(`lo, hi: expected a finite interval lo < hi, got ${lo}, ${hi}`);
  }
  const half = (hi - lo) / 2;
  let h = 0.5;
  let previous = NaN;
  for (let level = 0; level < 12; level++) {
    let total = 0;
    const kMax = Math.ceil(3.5 / h);
    for (let k = -kMax; k <= kMax; k++) {
      const t = k * h;
      const s = (Math.PI / 2) * Math.sinh(t);
      const weight = ((Math.PI / 2) * Math.cosh(t)) / Math.cosh(s) ** 2;
      // The node's distance from the nearer end, without forming 1 - tanh(s) by subtraction.
      const e = Math.exp(-2 * Math.abs(s));
      const gap = ((2 * e) / (1 + e)) * half;
      if (gap === 0) continue;
      total += weight * f(t < 0 ? lo + gap : hi - gap);
    }
    total *= h * half;
    if (Math.abs(total - previous) <= tolerance * Math.abs(total)) {
      return { value: total, converged: true };
    }
    previous = total;
    h /= 2;
  }
  return { value: previous, converged: false };
}
