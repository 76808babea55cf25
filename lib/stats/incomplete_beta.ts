/**
 * The regularized incomplete beta I_x(a, b) and its complement, accurate for shape parameters
 * from tiny to 1e9 (the binomial tails and Clopper-Pearson limits at n = 1e6 need it).
 *
 * Two ideas from TOMS 708 (Didonato & Morris, R's `bratio`), written anew here:
 * - The front factor x^a y^b / B(a, b) is where precision is lost for large a and b: a·log(x),
 *   b·log(y) and log B(a, b) are each ~1e9 and cancel to ~1. Written around the mean
 *   x0 = a / (a + b), it becomes exp(-(a·φ(-λ/a) + b·φ(λ/b))) times Stirling terms, with
 *   λ = a - (a + b)x computed without rounding and φ(e) = e - log(1 + e) computed without
 *   cancellation, so every term is small and exact to the last digits.
 * - The continued fraction is evaluated only on the side of the mean where it converges
 *   (x below (a + 1) / (a + b + 2)); the other tail is taken as the complement, so the result
 *   stays in [0, 1] and the smaller tail keeps its relative precision.
 *
 * @module
 */
import { finiteNumber, positiveNumber, probability } from "../_internal/validate.ts";
import { LN_SQRT_2PI, logBeta, STIRLING_MIN, stirlingCorrection } from "./log_gamma.ts";
import { tanhSinh } from "../_internal/tanh_sinh.ts";

const DBL_EPSILON = 2.220446049250313e-16;
const TINY = 1e-300;
// Dekker's splitter for 53-bit doubles: 2^27 + 1.
const SPLITTER = 134217729;

// a * b as an unevaluated sum hi + lo, exactly (Dekker's product; |a·b| below ~1e300).
function twoProduct(a: number, b: number): [number, number] {
  const hi = a * b;
  const ca = SPLITTER * a;
  const aHi = ca - (ca - a);
  const aLo = a - aHi;
  const cb = SPLITTER * b;
  const bHi = cb - (cb - b);
  const bLo = b - bHi;
  const lo = ((aHi * bHi - hi) + aHi * bLo + aLo * bHi) + aLo * bLo;
  return [hi, lo];
}

/**
 * φ(e) = e − log(1 + e) for e > −1, with full relative precision near 0 (where it is e²/2 and
 * the direct difference would cancel).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // /usr/bin/python3 -c "from mpmath import *; mp.dps=30; print(1e-5 - log1p(mpf('1e-5')))"
 * assert.ok(Math.abs(logExcess(1e-5) / 4.99996666691666650000119047e-11 - 1) < 1e-15);
 * ```
 */
export function logExcess(e: number): number {
  finiteNumber("e", e, { min: -1, minOpen: true });
  if (Math.abs(e) > 0.5) return e - Math.log1p(e);
  // log(1 + e) = 2 atanh(t) with t = e / (2 + e), so e − log(1 + e) = e²/(2 + e) − 2(t³/3 + ...).
  const t = e / (2 + e);
  const t2 = t * t;
  let power = t * t2;
  let series = 0;
  for (let k = 3; k < 200; k += 2) {
    const term = power / k;
    series += term;
    if (Math.abs(term) <= Math.abs(series) * 1e-17) break;
    power *= t2;
  }
  return (e * e) / (2 + e) - 2 * series;
}

/**
 * λ = a − (a + b)x = (a + b)y − b, the distance of x from the mean a / (a + b) in units of
 * 1 / (a + b), computed from whichever of x, y is smaller (it is the accurate one) with exact
 * products, so it keeps its relative precision when x sits next to the mean.
 */
function distanceFromMean(x: number, y: number, a: number, b: number): number {
  const total = a + b;
  // Dekker's split overflows above ~1e300; there plain arithmetic has to do.
  if (total > 1e290) return x <= y ? a - total * x : total * y - b;
  const bPart = total - a;
  const totalError = (a - (total - bPart)) + (b - bPart); // a + b = total + totalError exactly
  if (x <= y) {
    const [hi, lo] = twoProduct(total, x);
    return ((a - hi) - lo) - totalError * x;
  }
  const [hi, lo] = twoProduct(total, y);
  return ((hi - b) + lo) + totalError * y;
}

/**
 * log(x^a y^b / B(a, b)) with y = 1 − x, accurate to ~1e-15 absolute even for a, b near 1e9.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // x^a y^b / B(a, b) at x = 0.5, a = 2, b = 3: 0.25 * 0.125 * 12 = 0.375
 * assert.ok(Math.abs(logBetaFront(0.5, 0.5, 2, 3) - Math.log(0.375)) < 1e-14);
 * ```
 */
export function logBetaFront(x: number, y: number, a: number, b: number): number {
  finiteNumber("x", x, { min: 0, max: 1, minOpen: true });
  finiteNumber("y", y, { min: 0, max: 1, minOpen: true });
  positiveNumber("a", a);
  positiveNumber("b", b);
  if (Math.min(a, b) < STIRLING_MIN) {
    // log(x) from log1p(−y) near 1: x itself carries rounding error that a·log(x) amplifies.
    const logX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
    const logY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
    return a * logX + b * logY - logBeta(a, b);
  }
  // Around the mean: (x / x0)^a (y / y0)^b = exp(−(a φ(−λ/a) + b φ(λ/b))), the linear terms
  // −λ and +λ having cancelled exactly on paper rather than in floating point.
  const lambda = distanceFromMean(x, y, a, b);
  const total = a + b;
  const exponent = a * logExcess(-lambda / a) + b * logExcess(lambda / b);
  const stirling = stirlingCorrection(total) - stirlingCorrection(a) - stirlingCorrection(b);
  const halfLog = 0.5 * (Math.log(a) + Math.log(b) - Math.log(total));
  return halfLog - LN_SQRT_2PI - exponent + stirling;
}

/**
 * The incomplete-beta continued fraction for x below the mean, I_x(a, b) = front / a · result,
 * in its even (contracted) form: its partial denominators are written with λ = a − (a + b)x so
 * that the near-cancellation 1 − (a + b)x / (a + 1) at the mean never happens in floating
 * point. Evaluated by the modified Lentz method.
 */
function continuedFraction(x: number, a: number, b: number, lambda: number): number {
  const tiny = TINY;
  // B0 = 1 + d1 = (λ + 1) / (a + 1).
  let f = (lambda + 1) / (a + 1);
  if (Math.abs(f) < tiny) f = tiny;
  let c = f;
  let d = 0;
  // Convergence takes O(sqrt(max(a, b))) steps at the mean: ~1e5 for shapes of 1e9; never
  // more than 2e6 (about 20 ms), after which it is an error rather than a hang.
  const maxSteps = Math.min(2e6, 1000 + 20 * Math.ceil(Math.sqrt(Math.max(a, b))));
  for (let n = 1; n <= maxSteps; n++) {
    const a2n = a + 2 * n;
    // d_{2n} = n(b − n)x / ((a + 2n − 1)(a + 2n)); d_{2n−1} = −(a + n − 1)(a + b + n − 1)x /
    // ((a + 2n − 2)(a + 2n − 1)).
    const even = (n * (b - n) * x) / ((a2n - 1) * a2n);
    const oddBefore = ((a + n - 1) * (a + b + n - 1) * x) / ((a2n - 2) * (a2n - 1));
    // 1 + d_{2n+1} = [a(3n + 1) + 2n(2n + 1) + (a + n)(λ − n x)] / ((a + 2n)(a + 2n + 1)).
    const onePlusOdd = (a * (3 * n + 1) + 2 * n * (2 * n + 1) + (a + n) * (lambda - n * x)) /
      (a2n * (a2n + 1));
    const partialNumerator = oddBefore * even; // −d_{2n−1} d_{2n}
    const partialDenominator = onePlusOdd + even;
    d = partialDenominator + partialNumerator * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = partialDenominator + partialNumerator / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < DBL_EPSILON) return 1 / f;
  }
  throw new RangeError(
    `x: expected the incomplete beta to converge, got no convergence at x = ${x}, a = ${a}, ` +
      `b = ${b}`,
  );
}

/**
 * I_z(p, q) by its power series z^p / B(p, q) · Σ c_j z^j / (p + j), c_j = (1 − q)_j / j!, for
 * q <= 1, where every term is positive (w = 1 − z, as accurate as the caller has it). Used for the small tail when the continued fraction
 * gave the large one (a tiny shape piles the mass at one end). Null when it would take more
 * than `maxTerms` terms (z too close to 1).
 */
function powerSeries(
  z: number,
  w: number,
  p: number,
  q: number,
  maxTerms = 200000,
): number | null {
  let coefficient = 1;
  let power = 1;
  let total = 1 / p;
  let compensation = 0;
  for (let j = 1; j <= maxTerms; j++) {
    coefficient *= (j - q) / j;
    power *= z;
    const term = (coefficient * power) / (p + j);
    // Compensated summation: tens of thousands of terms near z = 1.
    const t = total + term;
    compensation += (total - t) + term;
    total = t;
    if (term <= total * 1e-17) {
      // z^p / B(p, q) = front / w^q, the front computed without cancellation for any p.
      const logZp = logBetaFront(z, w, p, q) - q * (w < 0.5 ? Math.log(w) : Math.log1p(-z));
      return Math.exp(logZp) * (total + compensation);
    }
  }
  return null;
}

// 1 − I_x(a, b) when I_x(a, b) > 0.99 (so that 1 − I_x would lose digits) and a <= 1: the
// power series in y = 1 − x where it converges quickly, the quadrature otherwise; null to fall
// back on 1 − I_x.
function smallComplement(x: number, y: number, a: number, b: number): number | null {
  return powerSeries(y, x, b, a, 2000) ?? (x < 0.5 ? complementByQuadrature(x, a, b) : null);
}

/**
 * 1 − I_x(a, b) for x < 1/2 by quadrature, for when the lower tail is nearly 1 (a tiny shape a
 * piles the mass next to 0) and the power series in 1 − x would need too many terms. With
 * t^(a−1) integrated exactly, the rest of the integral has no singularity:
 * B(a, b)(1 − I_x) = (2^−a − x^a)/a + ∫ₓ^½ t^(a−1)[(1 − t)^(b−1) − 1] dt + B(a, b) I_½(b, a),
 * the middle term by tanh-sinh in u = −log t. Null when the quadrature does not settle.
 */
function complementByQuadrature(x: number, a: number, b: number): number | null {
  const logX = Math.log(x);
  const powerPart = (Math.expm1(-a * Math.LN2) - Math.expm1(a * logX)) / a;
  const rest = tanhSinh(
    (u) => Math.exp(-a * u) * Math.expm1((b - 1) * Math.log1p(-Math.exp(-u))),
    Math.LN2,
    Math.min(-logX, 800), // beyond u = 800 the integrand is below the double range
  );
  if (!rest.converged) return null;
  const aboveHalf = regularizedBetaPair(0.5, b, a)[0]; // I_½(b, a), the small tail at ½
  const value = (powerPart + rest.value) * Math.exp(-logBeta(a, b)) + aboveHalf;
  return value >= 0 && value <= 1 ? value : null;
}

/**
 * The regularized incomplete beta I_x(a, b) and its complement 1 − I_x(a, b), each with full
 * relative precision and both in [0, 1]. Pass y = 1 − x computed without cancellation when you
 * have it (e.g. t² / (df + t²) for a t tail).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const [lower, upper] = regularizedBetaPair(0.5, 2, 3); // exactly 11/16 and 5/16
 * assert.ok(Math.abs(lower - 0.6875) < 1e-15 && Math.abs(upper - 0.3125) < 1e-15);
 * ```
 */
export function regularizedBetaPair(
  x: number,
  a: number,
  b: number,
  complement?: number,
): [number, number] {
  probability("x", x);
  positiveNumber("a", a);
  positiveNumber("b", b);
  const y = probability("y", complement ?? 1 - x);
  if (x === 0) return [0, 1];
  if (y === 0) return [1, 0];
  const front = Math.exp(logBetaFront(x, y, a, b));
  const lambda = distanceFromMean(x, y, a, b);
  // The smaller tail is below the double range: which side of the mean x is on decides.
  if (front === 0) return lambda > 0 ? [0, 1] : [1, 0];
  // x below (a + 1) / (a + b + 2), i.e. λ > 2x − 1: the fraction converges for the lower tail.
  if (lambda > 2 * x - 1) {
    const lower = Math.min(1, front * continuedFraction(x, a, b, lambda) / a);
    // A large lower tail (tiny a) leaves the upper one to cancellation: compute it directly.
    const upper = lower > 0.99 && a <= 1 ? smallComplement(x, y, a, b) : null;
    return upper === null ? [lower, 1 - lower] : [1 - upper, upper];
  }
  const upper = Math.min(1, front * continuedFraction(y, b, a, -lambda) / b);
  const lower = upper > 0.99 && b <= 1 ? smallComplement(y, x, b, a) : null;
  return lower === null ? [1 - upper, upper] : [lower, 1 - lower];
}

/**
 * The regularized incomplete beta function I_x(a, b).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.ok(Math.abs(regularizedBeta(0.5, 2, 3) - 0.6875) < 1e-15); // 11/16
 * ```
 */
export function regularizedBeta(x: number, a: number, b: number): number {
  return regularizedBetaPair(x, a, b)[0];
}

/**
 * The natural logs of I_x(a, b) and 1 − I_x(a, b), finite however small the tail (down to
 * ~1e-300000 rather than 1e-308), for log-scale p-values.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const [logLower, logUpper] = regularizedBetaLogPair(0.5, 2, 3);
 * assert.ok(Math.abs(logLower - Math.log(11 / 16)) < 1e-14);
 * assert.ok(Math.abs(logUpper - Math.log(5 / 16)) < 1e-14);
 * ```
 */
export function regularizedBetaLogPair(
  x: number,
  a: number,
  b: number,
  complement?: number,
): [number, number] {
  probability("x", x);
  positiveNumber("a", a);
  positiveNumber("b", b);
  const y = probability("y", complement ?? 1 - x);
  if (x === 0) return [-Infinity, 0];
  if (y === 0) return [0, -Infinity];
  const logFront = logBetaFront(x, y, a, b);
  const lambda = distanceFromMean(x, y, a, b);
  // The tail the continued fraction gives, in logs; the other as log1p(−that), or by the power
  // series when the direct tail is the large one.
  const complementLog = (logTail: number, series: () => number | null): number => {
    const direct = logTail > Math.log(0.99) ? series() : null;
    return direct !== null ? Math.log(direct) : Math.log1p(-Math.exp(logTail));
  };
  if (lambda > 2 * x - 1) {
    const logLower = Math.min(0, logFront + Math.log(continuedFraction(x, a, b, lambda) / a));
    return [logLower, complementLog(logLower, () => a <= 1 ? smallComplement(x, y, a, b) : null)];
  }
  const logUpper = Math.min(0, logFront + Math.log(continuedFraction(y, b, a, -lambda) / b));
  return [complementLog(logUpper, () => b <= 1 ? smallComplement(y, x, b, a) : null), logUpper];
}

/**
 * log I_x(a, b) for x given by its logarithm, when x itself is below the double range
 * (x < 1e-300, e.g. x = df / t² for t = 1e200). There I_x(a, b) = x^a / (a B(a, b)) times
 * 1 + O(x), and the O(x) term is below 1e-290.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // I_x(1, 1) = x
 * assert.equal(logRegularizedBetaAtTinyX(-1000, 1, 1), -1000);
 * ```
 */
export function logRegularizedBetaAtTinyX(logX: number, a: number, b: number): number {
  finiteNumber("logX", logX, { max: -690 });
  positiveNumber("a", a);
  positiveNumber("b", b);
  return a * logX - Math.log(a) - logBeta(a, b);
}
