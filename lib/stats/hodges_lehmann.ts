/**
 * The Hodges-Lehmann estimate and its confidence interval, as R's `wilcox.test(...,
 * conf.int = TRUE)` prints them.
 *
 * - One sample (or paired differences): the median of the Walsh averages (d_i + d_j)/2, i ≤ j.
 * - Two samples: the median of every difference x_i − y_j.
 *
 * R's rules, reproduced: the exact interval (order statistics of the Walsh averages or the
 * differences at the quantile of the signed-rank / rank-sum distribution) when n < 50 and there
 * are no ties (and, for one sample, no zeros); otherwise the asymptotic interval, where the
 * limits and the estimate are the points at which the (tie-corrected, by default
 * continuity-corrected) Wilcoxon z, as a function of the shift, crosses the normal quantile
 * (the estimate: where the z without continuity correction crosses 0, as R does).
 * R finds those points with `uniroot(tol = 1e-4)`, so its asymptotic values lie within about
 * 1e-4 of the exact crossing points returned here. The z is a step function that changes only
 * at the Walsh averages (differences), so the crossing is always one of them, unless the z
 * equals the target on a whole interval (possible only for the estimate); then that interval
 * is returned as `estimateRange` and R's value can be anywhere in it.
 *
 * These are R's conventions up to 4.5 (references from R 4.2.2). R 4.6 computes exact
 * conditional inference with ties for small samples; its interval with ties is not reproduced
 * here (with ties, `method: "auto"` gives the asymptotic interval, as R <= 4.5 does).
 *
 * @module
 */
import { rank, tieCorrectionSum } from "./ranks.ts";
import { signedRankNoTiesDistribution } from "./exact.ts";
import { rankSumNoTiesDistribution } from "./exact.ts";
import { normalQuantile } from "./distributions.ts";
import {
  boolean,
  confidenceLevel,
  finiteArray,
  finiteNumber,
  oneOf,
  optionsObject,
  withinBudget,
} from "../_internal/validate.ts";
import type { NumericInterval } from "../printed/intervals.ts";

/** Options for the Hodges-Lehmann functions. */
export interface HodgesLehmannOptions {
  /** Confidence level (default 0.95). */
  readonly confidence?: number;
  /** "auto" (R's default rule), "exact" or "asymptotic". */
  readonly method?: "auto" | "exact" | "asymptotic";
  /** Continuity correction in the asymptotic z (R's default true). */
  readonly correction?: boolean;
  /**
   * Largest number of Walsh averages (one sample) or differences (two samples) to build and
   * sort, default 1e6 (under a second: n = 1413 paired, or 1000 x 1000); raise it to wait
   * for a bigger sample (1e7 takes about 15 s).
   */
  readonly budget?: number;
}

const DEFAULT_BUDGET = 1e6;

/**
 * Largest |observation|: Walsh averages, differences, shifted data and midpoints between
 * candidates (up to four times the largest value) then never overflow to Infinity.
 */
const MAX_MAGNITUDE = 1e307;

/** Finite observations small enough that no average or difference overflows. */
function observations(name: string, value: unknown, minLength: number): number[] {
  const checked = finiteArray(name, value, { minLength });
  checked.forEach((v, i) =>
    finiteNumber(`${name}[${i}]`, v, { min: -MAX_MAGNITUDE, max: MAX_MAGNITUDE })
  );
  return checked;
}

/** Result of {@link hodgesLehmannOneSample} and {@link hodgesLehmannTwoSample}. */
export interface HodgesLehmannResult {
  /** The estimate R prints ((pseudo)median or difference in location). */
  readonly estimate: number;
  /** Where the estimate may lie: one point, or an interval where the z is exactly 0. */
  readonly estimateRange: NumericInterval;
  /**
   * The median of the Walsh averages (differences) of all the data, zeros included: the
   * textbook Hodges-Lehmann estimate (R drops zero differences first; SciPy has no HL).
   */
  readonly median: number;
  readonly ci: NumericInterval;
  /** The confidence actually achieved (exact: from the discrete distribution). */
  readonly achievedConfidence: number;
  readonly method: "exact" | "asymptotic";
}

function median(sorted: readonly number[]): number {
  const m = sorted.length;
  return m % 2 === 1 ? sorted[(m - 1) / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;
}

function walshAverages(x: readonly number[]): number[] {
  const walsh: number[] = [];
  for (let i = 0; i < x.length; i++) {
    for (let j = i; j < x.length; j++) walsh.push((x[i] + x[j]) / 2);
  }
  return walsh.sort((a, b) => a - b);
}

function hasTies(values: readonly number[]): boolean {
  const s = [...values].sort((a, b) => a - b);
  return s.some((v, i) => i > 0 && v === s[i - 1]);
}

// Ranks of shifted data are compared at 12 significant digits, so that (x_i + x_j)/2 − x_i
// and x_j − (x_i + x_j)/2 tie as they do in exact arithmetic.
const tidy = (v: number) => (v === 0 ? 0 : Number(v.toPrecision(12)));

/**
 * Where the decreasing step function g crosses zero. Between consecutive candidates g is
 * constant (the ranks do not change there) and, over those gaps, monotone; at a candidate itself
 * it takes an in-between value. The gaps are bisected, then the few pieces around the crossing
 * (points and gaps) are scanned, so the cost is O(log m) evaluations, not O(m).
 */
function crossing(candidates: readonly number[], g: (d: number) => number): NumericInterval {
  const m = candidates.length;
  const memo = new Map<number, number>();
  // piece 2k is the point candidates[k]; piece 2k + 1 the gap between candidates k and k + 1.
  const piece = (k: number): number => {
    let v = memo.get(k);
    if (v === undefined) {
      v = k % 2 === 0
        ? g(candidates[k / 2])
        : g((candidates[(k - 1) / 2] + candidates[(k + 1) / 2]) / 2);
      memo.set(k, v);
    }
    return v;
  };
  const gap = (k: number) => piece(2 * k + 1);
  let lo = 0;
  let hi = m - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (gap(mid) <= 0) hi = mid;
    else lo = mid + 1;
  }
  const a = lo; // first gap with g <= 0 (m − 1: none)
  lo = -1;
  hi = m - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (gap(mid) >= 0) lo = mid;
    else hi = mid - 1;
  }
  const b = lo; // last gap with g >= 0 (−1: none)
  const pStart = Math.max(0, Math.min(a, b));
  const pEnd = Math.min(m - 1, Math.max(a, b) + 1);
  let firstNonPositive = -1;
  let lastNonNegative = -1;
  for (let k = 2 * pStart; k <= 2 * pEnd; k++) {
    if (firstNonPositive === -1 && piece(k) <= 0) firstNonPositive = k;
    if (piece(k) >= 0) lastNonNegative = k;
  }
  // Outside the window every gap (and point) is positive on the left, negative on the right.
  if (firstNonPositive === -1 && pEnd < m - 1) firstNonPositive = 2 * pEnd + 1;
  if (lastNonNegative === -1 && pStart > 0) lastNonNegative = 2 * pStart - 1;
  if (firstNonPositive === -1) return { lo: candidates[m - 1], hi: candidates[m - 1] };
  if (lastNonNegative === -1) return { lo: candidates[0], hi: candidates[0] };
  const left = candidates[Math.floor(firstNonPositive / 2)];
  const right = candidates[Math.ceil(lastNonNegative / 2)];
  return left <= right ? { lo: left, hi: right } : { lo: right, hi: left };
}

/** Smallest q with P(S ≤ q) ≥ p on a distribution over 0..max (R's qsignrank / qwilcox). */
function lowerQuantile(cdf: (q: number) => number, p: number, max: number): number {
  for (let q = 0; q <= max; q++) if (cdf(q) >= p * (1 - 64 * Number.EPSILON)) return q;
  return max;
}

function resolveOptions(options: HodgesLehmannOptions | undefined) {
  const given = optionsObject(
    "options",
    options,
    ["confidence", "method", "correction", "budget"],
    { correct: "correction" },
  );
  return {
    confidence: confidenceLevel("confidence", given.confidence ?? 0.95),
    method: oneOf("method", given.method ?? "auto", ["auto", "exact", "asymptotic"] as const),
    correct: boolean("correction", given.correction ?? true),
    budget: finiteNumber("budget", given.budget ?? DEFAULT_BUDGET, { min: 0 }),
  };
}

/**
 * One-sample (paired: pass after − before) Hodges-Lehmann estimate with R's interval.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = hodgesLehmannOneSample([1.5, -0.3, 2.2, 0.8, 3.1, 1.1, 0.4, 2.6]);
 * assert.equal(r.method, "exact");
 * // R: wilcox.test(d, conf.int = TRUE): estimate 1.45, conf.int 0.4 2.6
 * assert.ok(Math.abs(r.estimate - 1.45) < 1e-12);
 * assert.deepEqual(r.ci, { lo: 0.4, hi: 2.6 });
 * ```
 */
export function hodgesLehmannOneSample(
  d: readonly number[],
  options?: HodgesLehmannOptions,
): HodgesLehmannResult {
  const all = observations("d", d, 2);
  const { confidence, method, correct, budget } = resolveOptions(options);
  withinBudget("d", (all.length * (all.length + 1)) / 2, budget); // Walsh averages
  const med = median(walshAverages(all));
  // R drops zero differences before anything else, interval and estimate included.
  const x = all.filter((v) => v !== 0);
  const n = x.length;
  if (n < 2) throw new RangeError("d: fewer than 2 non-zero differences, no interval");
  const walsh = walshAverages(x);
  const zeros = n < all.length;
  const ties = hasTies(x.map(Math.abs));
  const canBeExact = n < 50 && !ties && !zeros;
  if (method === "exact" && (ties || zeros)) {
    throw new RangeError("d: ties or zeros, so R computes no exact interval (use asymptotic)");
  }
  const alpha = 1 - confidence;
  if (method === "exact" || (method === "auto" && canBeExact)) {
    const dist = signedRankNoTiesDistribution(n);
    const total = (n * (n + 1)) / 2;
    let qu = lowerQuantile((q) => dist.cdf(q), alpha / 2, total);
    if (qu === 0) qu = 1;
    const ql = total - qu;
    const estimate = median(walsh);
    return {
      estimate,
      estimateRange: { lo: estimate, hi: estimate },
      median: med,
      ci: { lo: walsh[qu - 1], hi: walsh[ql] },
      achievedConfidence: 1 - 2 * dist.cdf(qu - 1),
      method: "exact",
    };
  }
  const w = (shift: number, correct: boolean): number => {
    const xd = x.map((v) => tidy(v - shift)).filter((v) => v !== 0);
    const nx = xd.length;
    if (nx === 0) return 0;
    const ranks = rank(xd.map(Math.abs));
    let positive = 0;
    xd.forEach((v, i) => v > 0 && (positive += ranks[i]));
    const z = positive - (nx * (nx + 1)) / 4;
    const sigma = Math.sqrt((nx * (nx + 1) * (2 * nx + 1)) / 24 - tieCorrectionSum(ranks) / 48);
    const correction = correct ? 0.5 * Math.sign(z) : 0;
    return sigma > 0 ? (z - correction) / sigma : 0;
  };
  // Where no confidence is attainable R gives median(x), x the non-zero differences.
  const xMedian = median([...x].sort((a, b) => a - b));
  return asymptotic("d", walsh, w, correct, alpha, med, true, xMedian);
}

/**
 * Two-sample Hodges-Lehmann shift (x minus y) with R's interval.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = hodgesLehmannTwoSample([5.1, 6.3, 7.2, 5.8], [4.0, 4.4, 5.5]);
 * assert.equal(r.method, "exact");
 * // R: wilcox.test(x, y, conf.int = TRUE): estimate 1.55, conf.int -0.4 3.2
 * assert.ok(Math.abs(r.estimate - 1.55) < 1e-12);
 * assert.ok(Math.abs(r.ci.lo + 0.4) < 1e-12 && Math.abs(r.ci.hi - 3.2) < 1e-12);
 * ```
 */
export function hodgesLehmannTwoSample(
  x: readonly number[],
  y: readonly number[],
  options?: HodgesLehmannOptions,
): HodgesLehmannResult {
  const xs = observations("x", x, 1);
  const ys = observations("y", y, 1);
  const { confidence, method, correct, budget } = resolveOptions(options);
  const nx = xs.length;
  const ny = ys.length;
  withinBudget("x, y", nx * ny, budget); // differences
  const diffs: number[] = [];
  for (const a of xs) for (const b of ys) diffs.push(a - b);
  diffs.sort((a, b) => a - b);
  const med = median(diffs);
  const ties = hasTies([...xs, ...ys]);
  const canBeExact = nx < 50 && ny < 50 && !ties;
  if (method === "exact" && ties) {
    throw new RangeError("x, y: ties, so R computes no exact interval (use asymptotic)");
  }
  const alpha = 1 - confidence;
  if (method === "exact" || (method === "auto" && canBeExact)) {
    const dist = rankSumNoTiesDistribution(nx, ny);
    const offset = (nx * (nx + 1)) / 2; // rank sum = U + offset
    let qu = lowerQuantile((q) => dist.cdf(q + offset), alpha / 2, nx * ny);
    if (qu === 0) qu = 1;
    const ql = nx * ny - qu;
    return {
      estimate: med,
      estimateRange: { lo: med, hi: med },
      median: med,
      ci: { lo: diffs[qu - 1], hi: diffs[ql] },
      achievedConfidence: 1 - 2 * dist.cdf(qu - 1 + offset),
      method: "exact",
    };
  }
  const w = (shift: number, correct: boolean): number => {
    const pooled = [...xs.map((v) => tidy(v - shift)), ...ys.map(tidy)];
    const ranks = rank(pooled);
    let rx = 0;
    for (let i = 0; i < nx; i++) rx += ranks[i];
    const dz = rx - (nx * (nx + 1)) / 2 - (nx * ny) / 2;
    const n = nx + ny;
    const sigma = Math.sqrt(
      ((nx * ny) / 12) * (n + 1 - tieCorrectionSum(ranks) / (n * (n - 1))),
    );
    const correction = correct ? 0.5 * Math.sign(dz) : 0;
    return sigma > 0 ? (dz - correction) / sigma : 0;
  };
  // R's two-sample branch does not widen alpha: a limit outside the range is the range's end.
  return asymptotic("x, y", diffs, w, correct, alpha, med, false);
}

function asymptotic(
  name: string,
  sortedCandidates: readonly number[],
  zFor: (shift: number, correct: boolean) => number,
  correct: boolean,
  alpha: number,
  med: number,
  widen: boolean,
  unattainable = med,
): HodgesLehmannResult {
  const candidates = sortedCandidates.filter((v, i) => i === 0 || v !== sortedCandidates[i - 1]);
  if (candidates.length < 2) {
    throw new RangeError(`${name}: every observation is tied, so no interval can be computed`);
  }
  const w = (d: number) => zFor(d, correct);
  const wMin = w(candidates[0]);
  const wMax = w(candidates[candidates.length - 1]);
  // R's one-sample branch widens alpha until the limits lie inside the attainable z range.
  let a = alpha;
  while (
    widen && a < 1 && (wMin - normalQuantile(1 - a / 2) < 0 || wMax - normalQuantile(a / 2) > 0)
  ) {
    a *= 2;
  }
  const root = (zq: number) => crossing(candidates, (d) => w(d) - zq);
  const ci: NumericInterval = a < 1
    ? { lo: root(normalQuantile(1 - a / 2)).lo, hi: root(normalQuantile(a / 2)).lo }
    : { lo: unattainable, hi: unattainable };
  // R sets correct <- FALSE before it solves for the estimate, so the estimate is the zero of
  // the uncorrected z whatever `correct` was.
  const estimateRange = crossing(candidates, (d) => zFor(d, false));
  return {
    estimate: estimateRange.lo === estimateRange.hi
      ? estimateRange.lo
      : (estimateRange.lo + estimateRange.hi) / 2,
    estimateRange,
    median: med,
    ci,
    achievedConfidence: 1 - Math.min(1, a),
    method: "asymptotic",
  };
}
