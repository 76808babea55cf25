/**
 * Shapiro–Wilk W test of normality by Royston's algorithm AS R94 (1995), following the
 * structure of R's `swilk.c` (no censoring), so W and p match `shapiro.test`. Hand-written
 * because jStat, the only statistics library this project keeps, has no Shapiro–Wilk test.
 *
 * @module
 */
import { normalSf } from "./distributions.ts";
import { finiteArray } from "../_internal/validate.ts";

/** Result of {@link shapiroWilk}. */
export interface ShapiroWilkResult {
  readonly w: number;
  readonly p: number;
  readonly n: number;
}

/** Horner evaluation with cc[0] the constant term (AS 181.2 `poly`). */
function poly(cc: readonly number[], x: number): number {
  let result = cc[0];
  if (cc.length > 1) {
    let p = x * cc[cc.length - 1];
    for (let j = cc.length - 2; j > 0; j--) p = (p + cc[j]) * x;
    result += p;
  }
  return result;
}

const C1 = [0, 0.221157, -0.147981, -2.07119, 4.434685, -2.706056];
const C2 = [0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633];
const C3 = [0.544, -0.39978, 0.025054, -6.714e-4];
const C4 = [1.3822, -0.77857, 0.062767, -0.0020322];
const C5 = [-1.5861, -0.31082, -0.083751, 0.0038915];
const C6 = [-0.4803, -0.082676, 0.0030302];
const G = [-2.273, 0.459];

// Wichura's AS 241 (PPND16) rational approximations of the normal quantile, accurate to about
// 1e-16: numerator and denominator coefficients, constant term first. Why not the library's
// normalQuantile: it polishes every value by Newton steps on the normal cdf, which made the
// n / 2 quantiles of a large sample the slowest part of the test; R's swilk calls qnorm, which
// is AS 241 itself, so this also keeps W on R's arithmetic.
const CENTRAL_NUM = [
  3.387132872796366608,
  133.14166789178437745,
  1971.5909503065514427,
  13731.693765509461125,
  45921.953931549871457,
  67265.770927008700853,
  33430.575583588128105,
  2509.0809287301226727,
];
const CENTRAL_DEN = [
  1,
  42.313330701600911252,
  687.1870074920579083,
  5394.1960214247511077,
  21213.794301586595867,
  39307.89580009271061,
  28729.085735721942674,
  5226.495278852854561,
];
const TAIL_NUM = [
  1.42343711074968357734,
  4.6303378461565452959,
  5.7694972214606914055,
  3.64784832476320460504,
  1.27045825245236838258,
  0.24178072517745061177,
  0.0227238449892691845833,
  7.7454501427834140764e-4,
];
const TAIL_DEN = [
  1,
  2.05319162663775882187,
  1.6763848301838038494,
  0.68976733498510000455,
  0.14810397642748007459,
  0.0151986665636164571966,
  5.475938084995344946e-4,
  1.05075007164441684324e-9,
];
const FAR_NUM = [
  6.6579046435011037772,
  5.4637849111641143699,
  1.7848265399172913358,
  0.29656057182850489123,
  0.026532189526576123093,
  0.0012426609473880784386,
  2.71155556874348757815e-5,
  2.01033439929228813265e-7,
];
const FAR_DEN = [
  1,
  0.59983220655588793769,
  0.13692988092273580531,
  0.0148753612908506148525,
  7.868691311456132591e-4,
  1.8463183175100546818e-5,
  1.4215117583164458887e-7,
  2.04426310338993978564e-15,
];

/** Normal quantile for 0 < p <= 0.5 (the only ones the coefficients need), by AS 241. */
function lowerNormalQuantile(p: number): number {
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * poly(CENTRAL_NUM, r)) / poly(CENTRAL_DEN, r);
  }
  const r = Math.sqrt(-Math.log(p));
  const z = r <= 5
    ? poly(TAIL_NUM, r - 1.6) / poly(TAIL_DEN, r - 1.6)
    : poly(FAR_NUM, r - 5) / poly(FAR_DEN, r - 5);
  return -z;
}

/**
 * Shapiro–Wilk test for 3 <= n <= 5000, as R's `shapiro.test(x)`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // R: shapiro.test(c(2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8)): W = 0.9401366782604, p = 0.63995137518
 * const { w, p } = shapiroWilk([2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8]);
 * assert.ok(Math.abs(w - 0.9401366782604) < 1e-12 && Math.abs(p - 0.63995137518) < 1e-10);
 * ```
 */
export function shapiroWilk(x: readonly number[]): ShapiroWilkResult {
  // A typed array sorts numerically without a comparator: about four times faster.
  const xs = Float64Array.from(finiteArray("x", x, { minLength: 3, maxLength: 5000 })).sort();
  const n = xs.length;
  let range = xs[n - 1] - xs[0];
  if (range === 0) {
    throw new RangeError("x must not have all values identical (W is undefined)");
  }
  if (range < 1e-10) {
    // R rescales tiny ranges so the algorithm's zero-range check does not trip.
    for (let i = 0; i < n; i++) xs[i] /= range;
    range = xs[n - 1] - xs[0];
  }

  // Coefficients a[1..nn2] (1-based as in the Fortran/C original).
  const nn2 = Math.floor(n / 2);
  const a = new Float64Array(nn2 + 1);
  const an = n;
  if (n === 3) {
    a[1] = Math.SQRT1_2;
  } else {
    const an25 = an + 0.25;
    let summ2 = 0;
    for (let i = 1; i <= nn2; i++) {
      a[i] = lowerNormalQuantile((i - 0.375) / an25);
      summ2 += a[i] * a[i];
    }
    summ2 *= 2;
    const ssumm2 = Math.sqrt(summ2);
    const rsn = 1 / Math.sqrt(an);
    const a1 = poly(C1, rsn) - a[1] / ssumm2;
    let i1: number;
    let fac: number;
    if (n > 5) {
      i1 = 3;
      const a2 = -a[2] / ssumm2 + poly(C2, rsn);
      fac = Math.sqrt(
        (summ2 - 2 * (a[1] * a[1]) - 2 * (a[2] * a[2])) / (1 - 2 * (a1 * a1) - 2 * (a2 * a2)),
      );
      a[2] = a2;
    } else {
      i1 = 2;
      fac = Math.sqrt((summ2 - 2 * (a[1] * a[1])) / (1 - 2 * (a1 * a1)));
    }
    a[1] = a1;
    for (let i = i1; i <= nn2; i++) a[i] /= -fac;
  }

  // W as the squared correlation between the data and the coefficients.
  let xx = xs[0] / range;
  let sx = xx;
  let sa = -a[1];
  for (let i = 1, j = n - 1; i < n; j--) {
    const xi = xs[i] / range;
    sx += xi;
    i++;
    if (i !== j) sa += Math.sign(i - j) * a[Math.min(i, j)];
    xx = xi;
  }
  sa /= n;
  sx /= n;
  let ssa = 0;
  let ssx = 0;
  let sax = 0;
  for (let i = 0, j = n - 1; i < n; i++, j--) {
    const asa = i !== j ? Math.sign(i - j) * a[1 + Math.min(i, j)] - sa : -sa;
    const xsx = xs[i] / range - sx;
    ssa += asa * asa;
    ssx += xsx * xsx;
    sax += asa * xsx;
  }
  // 1 − W computed directly, to avoid rounding error for W very near 1.
  const ssassx = Math.sqrt(ssa * ssx);
  const w1 = ((ssassx - sax) * (ssassx + sax)) / (ssa * ssx);
  const w = 1 - w1;

  if (n === 3) {
    // Exact p for n = 3: (6/π)(asin √W − asin √¾).
    const pi6 = 1.90985931710274;
    const stqr = 1.0471975511966;
    return { w, p: Math.min(1, Math.max(0, pi6 * (Math.asin(Math.sqrt(w)) - stqr))), n };
  }
  let y = Math.log(w1);
  const lxx = Math.log(an);
  let m: number;
  let s: number;
  if (n <= 11) {
    const gamma = poly(G, an);
    if (y >= gamma) return { w, p: 1e-99, n }; // R's "obvious" value
    y = -Math.log(gamma - y);
    m = poly(C3, an);
    s = Math.exp(poly(C4, an));
  } else {
    m = poly(C5, lxx);
    s = Math.exp(poly(C6, lxx));
  }
  const p = normalSf((y - m) / s);
  return { w, p: Math.min(1, Math.max(0, p)), n };
}
