/**
 * Exact null distributions of the Wilcoxon signed-rank and rank-sum statistics, conditional
 * on the observed (average, possibly tied) ranks. Memory and time are polynomial in n (never
 * 2^n), every method estimates its work first and refuses, with an {@link ExactBudgetError},
 * what would run longer than its budget (`options.maxWork`, default
 * {@link DEFAULT_MAX_EXACT_WORK}).
 *
 * - signed rank: doubled ranks are integers, so V (the sum of positive ranks) lives on a grid
 *   of step gcd(doubled ranks)/2; a subset-sum table over that grid gives the distribution
 *   (R's csignrank is the special case of untied ranks 1..n). Tails split the ranks in two
 *   halves (each on its own, often coarser, grid) and only tabulate up to the observed value.
 * - rank sum without ties: U's generating function is the Gaussian binomial coefficient
 *   [n1 + n2 choose n1]_q, built one factor (1 − q^(n2+i)) / (1 − q^i) at a time, each a
 *   linear pass over the lower half of a symmetric table: O(n1² n2) instead of R's
 *   O(n1² n2²) recursion or SciPy's O((n1 n2)²) one. Results are cached per (n1, n2).
 * - rank sum with ties: the statistic is tracked as twice the Mann–Whitney U of the items
 *   chosen so far, tie groups in ascending order; a group of size t from which j items are
 *   chosen adds 2·j·(unchosen so far) + j·(t − j). The groups are split in two halves, each
 *   tabulated per number chosen, either by dynamic programming or, when there are few tie
 *   groups (Likert data), by listing the ways to choose from each group, whichever is less
 *   work; the halves are combined only at the observed value (meet in the middle).
 *
 * Why hand-written: jStat, the only statistics library this project keeps, has no exact rank
 * distributions at all, and none of R's or SciPy's routines conditions on tied ranks.
 *
 * @module
 */
import { count, fail, finiteArray, finiteNumber, optionsObject } from "../_internal/validate.ts";
import { tieCounts } from "./ranks.ts";
import { gcd } from "../_internal/gcd.ts";
import { exactBudget } from "./_exact_budget.ts";

/** Largest table (number of float64 cells) a single exact computation may allocate. */
export const MAX_EXACT_CELLS = 2 ** 26;

export { DEFAULT_MAX_EXACT_WORK } from "./_exact_budget.ts";

/** Options shared by the exact methods. */
export interface ExactOptions {
  /**
   * Largest estimated work (inner-loop cell updates) to accept before computing; default
   * {@link DEFAULT_MAX_EXACT_WORK}. Raise it (up to Infinity) to wait for a big case.
   */
  readonly maxWork?: number;
}

/**
 * Thrown before any work when an exact method's estimated work exceeds its budget.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const error = new ExactBudgetError("rank-sum distribution", 5e9, 2e9);
 * assert.ok(error instanceof RangeError);
 * assert.equal(error.name, "ExactBudgetError");
 * ```
 */
export class ExactBudgetError extends RangeError {
  /** Estimated work of the refused computation (cell updates). */
  readonly work: number;
  /** The budget it exceeded. */
  readonly budget: number;
  /** Describes the refused computation, its estimated work and the budget. */
  constructor(what: string, work: number, budget: number) {
    // Named after the option that lifts the refusal, as every argument error is.
    super(
      `maxWork: expected an exact ${what} within ${budget.toExponential(2)} cell updates ` +
        `(pass a larger { maxWork } to allow it, or use method: "asymptotic" for samples ` +
        `this large), got an estimated ${work.toExponential(2)}`,
    );
    this.name = "ExactBudgetError";
    this.work = work;
    this.budget = budget;
  }
}

function budgetOf(options: ExactOptions | undefined): number {
  return exactBudget("maxWork", optionsObject("options", options, ["maxWork"]).maxWork);
}

function checkWork(what: string, work: number, options: ExactOptions | undefined): void {
  const budget = budgetOf(options);
  if (work > budget) throw new ExactBudgetError(what, work, budget);
}

/** Refuses, naming the argument that sized it, a table larger than {@link MAX_EXACT_CELLS}. */
function guardCells(name: string, cells: number, what: string): void {
  if (!(cells <= MAX_EXACT_CELLS)) {
    throw new RangeError(
      `${name}: expected an exact ${what} within ${MAX_EXACT_CELLS} table cells (use ` +
        `method: "asymptotic" for samples this large), got ${cells} cells`,
    );
  }
}

/** An exact discrete distribution on the grid offset + i·step. */
export interface ExactDistribution {
  /** pmf[i] = P(S = offset + i·step); sums to 1. */
  readonly pmf: Float64Array;
  /** Value of the statistic at index 0. */
  readonly offset: number;
  /** Grid spacing of the statistic (0.5 for doubled-rank grids). */
  readonly step: number;
  /** Mean of the statistic. */
  readonly mean: number;
  /** P(S <= s). */
  cdf(s: number): number;
  /** P(S >= s). */
  sf(s: number): number;
}

/** Running sums of a pmf from each end, so each tail is summed from its small end. */
interface Cumulative {
  readonly below: Float64Array; // below[i] = P(index <= i)
  readonly above: Float64Array; // above[i] = P(index >= i)
}

/**
 * Running sums from each end, compensated (Neumaier): a plain running sum over 10^4 cells can
 * lose 1e-12 relative; the compensation keeps each sum within a few ulps.
 */
function cumulate(pmf: Float64Array): Cumulative {
  const below = new Float64Array(pmf.length);
  const above = new Float64Array(pmf.length);
  let run = 0;
  let lost = 0;
  for (let i = 0; i < pmf.length; i++) {
    const x = pmf[i];
    const t = run + x;
    lost += run >= x ? (run - t) + x : (x - t) + run;
    run = t;
    below[i] = run + lost;
  }
  run = 0;
  lost = 0;
  for (let i = pmf.length - 1; i >= 0; i--) {
    const x = pmf[i];
    const t = run + x;
    lost += run >= x ? (run - t) + x : (x - t) + run;
    run = t;
    above[i] = run + lost;
  }
  return { below, above };
}

function makeDistribution(
  pmf: Float64Array,
  offset: number,
  step: number,
  shared?: Cumulative,
): ExactDistribution {
  let mean = 0;
  for (let i = 0; i < pmf.length; i++) mean += pmf[i] * (offset + i * step);
  let sums = shared; // built on the first tail query
  // Grid positions are computed with a small tolerance so that e.g. 12.5 on a 0.5 grid
  // is not lost to floating-point noise in the caller's rank sums.
  const position = (s: number) => (s - offset) / step;
  return {
    pmf,
    offset,
    step,
    mean,
    cdf(s: number): number {
      finiteNumber("s", s);
      const last = Math.floor(position(s) + 1e-7);
      if (last < 0) return 0;
      if (last >= pmf.length - 1) return 1;
      sums ??= cumulate(pmf);
      return Math.min(1, sums.below[last]);
    },
    sf(s: number): number {
      finiteNumber("s", s);
      const first = Math.ceil(position(s) - 1e-7);
      if (first <= 0) return 1;
      if (first >= pmf.length) return 0;
      sums ??= cumulate(pmf);
      return Math.min(1, sums.above[first]);
    },
  };
}

/**
 * Doubles ranks into integers, checking they are multiples of 0.5 (average ranks are) and
 * that twice the rank is a safe integer: beyond 2^53 the grid's gcd never terminates
 * (Infinity % w is NaN) and sums stop being exact.
 */
function doubledRanks(name: string, ranks: readonly number[]): number[] {
  return ranks.map((r, i) => {
    const doubled = Math.round(2 * r);
    if (!(r > 0) || !Number.isSafeInteger(doubled) || Math.abs(2 * r - doubled) > 1e-7) {
      fail("range", `${name}[${i}]`, "a positive multiple of 0.5 (an average rank) below 2^52", r);
    }
    return doubled;
  });
}

function sizeCheck(name: string, value: unknown): number {
  return count(name, value);
}

// ---------------------------------------------------------------------------------------
// Signed rank

/** Inner-loop updates of {@link subsetSumProbabilities} for these sorted weights and limit. */
function subsetSumWork(sorted: readonly number[], limit: number): number {
  let reach = 0;
  let work = limit + 1;
  for (const w of sorted) {
    reach = Math.min(reach + w, limit);
    work += Math.max(0, reach - w + 1);
  }
  return work;
}

/**
 * Subset-sum probabilities of the sorted integer weights, up to `limit`: entry s is
 * P(sum of a uniformly random subset = s) for s <= limit. Rescaling by exact powers of two
 * every 512 items keeps values in range without rounding.
 */
function subsetSumProbabilities(sorted: readonly number[], limit: number): Float64Array {
  const table = new Float64Array(limit + 1);
  table[0] = 1;
  let reach = 0;
  let pending = 0;
  for (const w of sorted) {
    reach = Math.min(reach + w, limit);
    for (let s = reach; s >= w; s--) table[s] += table[s - w];
    if (++pending === 512) {
      const scale = 2 ** -512;
      for (let s = 0; s <= reach; s++) table[s] *= scale;
      pending = 0;
    }
  }
  const scale = 2 ** -pending;
  for (let s = 0; s <= limit; s++) table[s] *= scale;
  return table;
}

/** Weights on their coarsest integer grid: the weights divided by their gcd, and the gcd. */
function onGrid(weights: readonly number[]): { weights: number[]; unit: number } {
  const unit = weights.reduce(gcd, 0) || 1;
  return { weights: weights.map((w) => w / unit).sort((a, b) => a - b), unit };
}

/**
 * P(sum of a random subset = s) for s = 0..upTo of sorted weights (sum `total`): the lower
 * half by dynamic programming, the rest mirrored (the distribution is symmetric).
 */
function symmetricSubsetSum(sorted: readonly number[], total: number, upTo: number): Float64Array {
  const limit = Math.min(upTo, Math.floor(total / 2));
  const lower = subsetSumProbabilities(sorted, limit);
  if (upTo <= limit) return lower;
  const pmf = new Float64Array(upTo + 1);
  pmf.set(lower);
  for (let s = limit + 1; s <= upTo; s++) pmf[s] = lower[total - s];
  return pmf;
}

/**
 * Exact distribution of V = sum of the ranks that receive a positive sign, when each of
 * the given ranks is independently positive or negative with probability ½. Ranks may be
 * tied average ranks (multiples of 0.5); pass only the ranks of non-zero differences
 * (with Pratt's method, those ranks are computed with the zeros included).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const dist = signedRankDistribution([1, 2.5, 2.5, 4]);
 * assert.equal(dist.cdf(1), 2 / 16); // only {} and {1} have V <= 1
 * ```
 */
export function signedRankDistribution(
  ranks: readonly number[],
  options?: ExactOptions,
): ExactDistribution {
  const checked = finiteArray("ranks", ranks, { minLength: 0 });
  budgetOf(options);
  const { weights, unit } = onGrid(doubledRanks("ranks", checked));
  const total = weights.reduce((a, b) => a + b, 0);
  guardCells("ranks", total + 1, "signed-rank distribution");
  checkWork(
    "signed-rank distribution",
    subsetSumWork(weights, Math.floor(total / 2)) + total,
    options,
  );
  return makeDistribution(symmetricSubsetSum(weights, total, total), 0, unit / 2);
}

/**
 * Exact distribution of the signed-rank statistic without ties (ranks 1..n), R's
 * `dsignrank`/`psignrank` and SciPy's exact Wilcoxon table.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(signedRankNoTiesDistribution(10).cdf(8), 0.0244140625); // psignrank(8, 10)
 * ```
 */
export function signedRankNoTiesDistribution(
  n: number,
  options?: ExactOptions,
): ExactDistribution {
  sizeCheck("n", n);
  budgetOf(options);
  // Refuse before building n ranks: the table has n(n+1)/2 + 1 cells.
  guardCells("n", (n * (n + 1)) / 2 + 1, "signed-rank distribution");
  return signedRankDistribution(Array.from({ length: n }, (_, i) => i + 1), options);
}

/**
 * Lower and upper tail probabilities [P(V <= v), P(V >= v)] of the signed-rank statistic
 * for the observed ranks. Cheaper than the full distribution: the ranks are split in two
 * halves, each tabulated only up to the observed value (or its mirror image), and combined
 * at that value; the smaller tail is always summed directly, so it keeps full relative
 * accuracy far below 1e-16.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(signedRankTails([1, 2, 3, 4, 5], 1), [2 / 32, 31 / 32]);
 * ```
 */
export function signedRankTails(
  ranks: readonly number[],
  v: number,
  options?: ExactOptions,
): [number, number] {
  const checked = finiteArray("ranks", ranks, { minLength: 0 });
  finiteNumber("v", v);
  budgetOf(options);
  const doubled = doubledRanks("ranks", checked);
  const unit = doubled.reduce(gcd, 0) || 1;
  const weights = doubled.map((d) => d / unit).sort((a, b) => a - b);
  const total = weights.reduce((a, b) => a + b, 0);
  const position = (2 * v) / unit;
  const lowerLast = Math.floor(position + 1e-7); // P(V <= v) sums indices <= lowerLast
  const upperFirst = Math.ceil(position - 1e-7); // P(V >= v) sums indices >= upperFirst
  // Outside the support a tail is exactly 0 or 1; don't let rounding say otherwise.
  const lowerKnown = lowerLast < 0 ? 0 : lowerLast >= total ? 1 : null;
  const upperKnown = upperFirst > total ? 0 : upperFirst <= 0 ? 1 : null;
  if (lowerKnown !== null && upperKnown !== null) return [lowerKnown, upperKnown];
  // V and total − V have the same distribution, so both tails are values of the cdf:
  // P(V >= u) = P(V <= total − u). A cdf value at x above the middle is 1 − P(V <= total −
  // x − 1), so the tables are only ever needed up to the middle, and up to the observed
  // value when that lies in a tail.
  const cdfArgs = [lowerLast, total - upperFirst];
  const direct = cdfArgs.map((x) => (2 * x <= total ? x : total - x - 1));
  const upTo = Math.max(0, ...direct);
  // Meet in the middle: alternate the sorted weights between two halves, tabulate each
  // on its own grid (half the untied ranks are even: a grid twice as coarse).
  const halfA = onGrid(weights.filter((_, i) => i % 2 === 0));
  const halfB = onGrid(weights.filter((_, i) => i % 2 === 1));
  const totalA = halfA.weights.reduce((a, b) => a + b, 0);
  const totalB = halfB.weights.reduce((a, b) => a + b, 0);
  const reachA = Math.min(Math.floor(upTo / halfA.unit), totalA);
  const reachB = Math.min(Math.floor(upTo / halfB.unit), totalB);
  const work = subsetSumWork(halfA.weights, Math.min(reachA, Math.floor(totalA / 2))) +
    subsetSumWork(halfB.weights, Math.min(reachB, Math.floor(totalB / 2))) +
    reachA + reachB;
  guardCells("ranks", reachA + reachB + 2, "signed-rank tails");
  checkWork("signed-rank tails", work, options);
  const pmfA = symmetricSubsetSum(halfA.weights, totalA, reachA);
  const pmfB = symmetricSubsetSum(halfB.weights, totalB, reachB);
  const belowB = cumulate(pmfB).below;
  const directCdf = (x: number): number => {
    if (x < 0) return 0;
    let sum = 0;
    const lastA = Math.min(Math.floor(x / halfA.unit), pmfA.length - 1);
    for (let a = 0; a <= lastA; a++) {
      const pa = pmfA[a];
      if (pa === 0) continue;
      const b = Math.floor((x - a * halfA.unit) / halfB.unit);
      sum += pa * belowB[Math.min(b, belowB.length - 1)];
    }
    return Math.min(1, sum);
  };
  const [lower, upper] = cdfArgs.map((x, i) =>
    direct[i] === x ? directCdf(x) : 1 - directCdf(direct[i])
  );
  return [lowerKnown ?? lower, upperKnown ?? upper];
}

// ---------------------------------------------------------------------------------------
// Rank sum without ties

/** Cell updates to build the untied U distribution of sizes small <= large. */
function noTiesWork(small: number, large: number): number {
  // Step i makes two double-double passes (about five plain updates each) over about
  // i·large/2 cells, then mirrors up to i·large/2 more.
  return 5 * large * small * (small + 1) / 2 + small * large;
}

/**
 * Lower half (indices 0..floor(small·large/2)) of the pmf of U without ties, small <= large.
 * After step i the table holds the counts [large + i choose i]_q: multiplying by
 * (1 − q^(large+i)) and dividing by (1 − q^i) are one pass each (a difference, then a
 * running sum with stride i), and the upper half of each symmetric step is mirrored.
 * Near the middle the difference cancels almost completely and the running sum adds it back
 * over up to small·large/(2i) terms, which in plain doubles lost 3e-11 relative at 150 x 150.
 * So the counts are kept as double-doubles (a high and a low part; additions only, and exact
 * power-of-two rescaling when they grow large), which keeps every entry within a few ulps.
 */
function noTiesLowerHalf(small: number, large: number): Float64Array {
  const half = Math.floor((small * large) / 2);
  const hi = new Float64Array(half + 1);
  const lo = new Float64Array(half + 1);
  hi[0] = 1;
  for (let i = 1; i <= small; i++) {
    const degree = i * large;
    const mid = Math.floor(degree / 2);
    const shift = large + i;
    // (hi, lo)[k] −= (hi, lo)[k − shift], descending so the right side is still old.
    for (let k = mid; k >= shift; k--) {
      const a = hi[k];
      const b = -hi[k - shift];
      const s = a + b;
      const v = s - a;
      const e = (a - (s - v)) + (b - v) + (lo[k] - lo[k - shift]);
      const h = s + e;
      hi[k] = h;
      lo[k] = e - (h - s);
    }
    // (hi, lo)[k] += (hi, lo)[k − i], ascending: the running sum that divides by (1 − q^i).
    for (let k = i; k <= mid; k++) {
      const a = hi[k];
      const b = hi[k - i];
      const s = a + b;
      const v = s - a;
      const e = (a - (s - v)) + (b - v) + (lo[k] + lo[k - i]);
      const h = s + e;
      hi[k] = h;
      lo[k] = e - (h - s);
    }
    const top = Math.min(degree, half);
    for (let k = mid + 1; k <= top; k++) {
      hi[k] = hi[degree - k];
      lo[k] = lo[degree - k];
    }
    if (hi[mid] > 2 ** 900) {
      // Counts grow like C(large + i, i); rescale exactly before they overflow.
      for (let k = 0; k <= top; k++) {
        hi[k] *= 2 ** -600;
        lo[k] *= 2 ** -600;
      }
    }
  }
  // Normalise by the total of the whole symmetric table, summed in double-double too.
  let totalHi = 0;
  let totalLo = 0;
  const degree = small * large;
  for (let k = 0; k <= half; k++) {
    const weight = 2 * k === degree ? 1 : 2; // the centre of an even degree counts once
    const b = weight * hi[k];
    const s = totalHi + b;
    const v = s - totalHi;
    const e = (totalHi - (s - v)) + (b - v) + (totalLo + weight * lo[k]);
    totalHi = s + e;
    totalLo = e - (totalHi - s);
  }
  const pmf = new Float64Array(half + 1);
  for (let k = 0; k <= half; k++) pmf[k] = (hi[k] + lo[k]) / totalHi;
  return pmf;
}

interface NoTiesEntry {
  readonly pmf: Float64Array;
  readonly sums: Cumulative;
}

/** Untied U distributions already built, by "small,large"; oldest dropped past the cap. */
const noTiesCache = new Map<string, NoTiesEntry>();
const NO_TIES_CACHE_CELLS = 2 ** 23;
let noTiesCachedCells = 0;

function noTiesEntry(n1: number, n2: number, options: ExactOptions | undefined): NoTiesEntry {
  const small = Math.min(n1, n2);
  const large = Math.max(n1, n2);
  const key = `${small},${large}`;
  const hit = noTiesCache.get(key);
  if (hit !== undefined) {
    noTiesCache.delete(key); // re-insert: most recently used last
    noTiesCache.set(key, hit);
    return hit;
  }
  const cells = small * large + 1;
  guardCells("n1, n2", cells, "rank-sum distribution");
  checkWork("rank-sum distribution", noTiesWork(small, large) + 3 * cells, options);
  const lower = noTiesLowerHalf(small, large);
  const pmf = new Float64Array(cells);
  pmf.set(lower);
  for (let k = lower.length; k < cells; k++) pmf[k] = lower[cells - 1 - k];
  const entry = { pmf, sums: cumulate(pmf) };
  if (cells <= NO_TIES_CACHE_CELLS) {
    for (const [oldKey, old] of noTiesCache) {
      if (noTiesCachedCells + cells <= NO_TIES_CACHE_CELLS) break;
      noTiesCache.delete(oldKey);
      noTiesCachedCells -= old.pmf.length;
    }
    noTiesCache.set(key, entry);
    noTiesCachedCells += cells;
  }
  return entry;
}

/**
 * Exact distribution of the rank sum without ties (ranks 1..n1+n2): R's `dwilcox` /
 * `pwilcox` shifted by n1(n1+1)/2. Built once per pair of sizes and cached, as SciPy does;
 * each call gets its own copy of the pmf, and a cached one is served whatever the budget.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const p = rankSumNoTiesDistribution(4, 5).cdf(12); // pwilcox(2, 4, 5) = 4/126
 * assert.ok(Math.abs(p - 4 / 126) < 1e-15);
 * ```
 */
export function rankSumNoTiesDistribution(
  n1: number,
  n2: number,
  options?: ExactOptions,
): ExactDistribution {
  sizeCheck("n1", n1);
  sizeCheck("n2", n2);
  if (n1 + n2 === 0) fail("range", "n1, n2", "n1 + n2 >= 1", 0);
  budgetOf(options);
  const { pmf, sums } = noTiesEntry(n1, n2, options);
  return makeDistribution(pmf.slice(), (n1 * (n1 + 1)) / 2, 1, sums);
}

/**
 * Forgets every cached untied rank-sum distribution (to time a first call, or free memory)
 * and says how many there were.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * clearExactCache();
 * rankSumNoTiesDistribution(3, 3);
 * assert.equal(clearExactCache(), 1);
 * assert.equal(rankSumNoTiesDistribution(3, 3).cdf(6), 1 / 20);
 * ```
 */
export function clearExactCache(): number {
  const forgotten = noTiesCache.size;
  noTiesCache.clear();
  noTiesCachedCells = 0;
  return forgotten;
}

// ---------------------------------------------------------------------------------------
// Rank sum with ties

type LogChoose = (n: number, k: number) => number;

/**
 * log C(n, k) for 0 <= k <= n <= size from log-factorials kept as double-double sums (a high
 * and a low part): a plain double table loses about 1e-16·n·log n in each difference, which
 * is 1e-10 relative at n = 1e5, while the low parts keep it near 1e-16·√n.
 */
function logChooseUpTo(size: number): LogChoose {
  const hi = new Float64Array(size + 1);
  const lo = new Float64Array(size + 1);
  for (let k = 2; k <= size; k++) {
    const a = hi[k - 1];
    const b = Math.log(k);
    const s = a + b;
    const bb = s - a;
    hi[k] = s;
    lo[k] = lo[k - 1] + ((a - (s - bb)) + (b - bb)); // TwoSum's rounding error
  }
  return (n, k) => (hi[n] - hi[k] - hi[n - k]) + (lo[n] - lo[k] - lo[n - k]);
}

/**
 * Per-k tables after processing a run of tie groups: tables[k][i] is the probability that
 * scale·U (U counted within these items, chosen vs unchosen) equals offsets[k] + i, given
 * that exactly k of the items were chosen; tables outside the feasible k are null.
 */
interface GroupTables {
  readonly tables: (Float64Array | null)[];
  readonly offsets: number[];
  readonly cells: number;
}

/** The ways a run of tie groups can be tabulated, with their estimated work. */
interface HalfPlan {
  readonly groups: readonly number[];
  readonly method: "dynamic" | "listing";
  readonly work: number;
}

/** Sum of k·(m − k) over k = lo..hi (closed form). */
function sumKTimesRest(lo: number, hi: number, m: number): number {
  if (hi < lo) return 0;
  const s1 = (hi * (hi + 1) - (lo - 1) * lo) / 2;
  const s2 = (hi * (hi + 1) * (2 * hi + 1) - (lo - 1) * lo * (2 * lo - 1)) / 6;
  return m * s1 - s2;
}

/** Plans a run of groups: the cheaper of dynamic programming and listing every choice. */
function planHalf(
  groups: readonly number[],
  maxChosen: number,
  maxUnchosen: number,
  scale: number,
): HalfPlan {
  let dynamic = 0;
  let listing = 1;
  let m = 0;
  for (const t of groups) {
    const mNew = m + t;
    const kLo = Math.max(0, mNew - maxUnchosen);
    const kHi = Math.min(maxChosen, mNew);
    // Each new k draws on up to min(t, k) + 1 old tables of width scale·k(m − k) + 1.
    const choices = Math.min(t, maxChosen) + 1;
    dynamic += choices * (scale * sumKTimesRest(kLo, kHi, mNew) + (kHi - kLo + 1));
    listing *= choices;
    m = mNew;
  }
  // A leaf of the listing costs a few operations more than a table cell update.
  return listing * 4 < dynamic
    ? { groups, method: "listing", work: listing * 4 }
    : { groups, method: "dynamic", work: dynamic };
}

/**
 * Smallest and largest scale·U that k chosen items can reach, for k = kLo..kHi: U is smallest
 * when the k lowest items are chosen (only a partly chosen group adds its within-group
 * halves), and largest when the k highest are, which is the total scale·k·(m − k) minus the
 * smallest U of the m − k unchosen items.
 */
function tableBounds(
  groups: readonly number[],
  kLo: number,
  kHi: number,
  scale: number,
): { lowest: number[]; highest: number[] } {
  const total = groups.reduce((a, b) => a + b, 0);
  const smallest = (k: number): number => {
    let left = k;
    for (const t of groups) {
      if (left <= t) return (scale / 2) * left * (t - left);
      left -= t;
    }
    return 0;
  };
  const lowest: number[] = [];
  const highest: number[] = [];
  for (let k = kLo; k <= kHi; k++) {
    lowest[k] = smallest(k);
    highest[k] = scale * k * (total - k) - smallest(total - k);
  }
  return { lowest, highest };
}

/** Dynamic programming over the groups (ascending), one table per number chosen. */
function tabulateDynamic(
  groups: readonly number[],
  maxChosen: number,
  maxUnchosen: number,
  scale: number,
  logChoose: LogChoose,
): GroupTables {
  const total = groups.reduce((a, b) => a + b, 0);
  // Preallocate each k at its final width (scale·k·(m−k) + 1 for the final m).
  const kMaxFinal = Math.min(maxChosen, total);
  const kMinFinal = Math.max(0, total - maxUnchosen);
  let cells = 0;
  for (let k = kMinFinal; k <= kMaxFinal; k++) cells += scale * k * (total - k) + 1;
  guardCells("ranksAll", cells, "rank-sum distribution");
  const tables: (Float64Array | null)[] = new Array(kMaxFinal + 1).fill(null);
  const width = (k: number, m: number) => scale * k * (m - k) + 1;
  const finalWidth = (k: number) => width(k, total);
  tables[0] = new Float64Array(finalWidth(0));
  tables[0][0] = 1;
  let m = 0;
  for (const t of groups) {
    const mNew = m + t;
    const kLoOld = Math.max(0, m - maxUnchosen);
    const kHiOld = Math.min(maxChosen, m);
    const kLoNew = Math.max(0, mNew - maxUnchosen);
    const kHiNew = Math.min(maxChosen, mNew);
    // Descending k: tables[k - j] (j >= 1) are still the old tables when k is updated.
    for (let k = kHiNew; k >= kLoNew; k--) {
      let target = tables[k];
      const hasOld = target !== null && k >= kLoOld && k <= kHiOld;
      if (target === null) target = tables[k] = new Float64Array(finalWidth(k));
      const logDenominator = logChoose(mNew, k);
      if (hasOld) {
        // j = 0: nothing chosen from this group, U unchanged.
        const w0 = Math.exp(logChoose(m, k) - logDenominator);
        const oldWidth = width(k, m);
        for (let u = 0; u < oldWidth; u++) target[u] *= w0;
      } else {
        target.fill(0);
      }
      const jMax = Math.min(t, k);
      for (let j = 1; j <= jMax; j++) {
        const kOld = k - j;
        if (kOld < kLoOld || kOld > kHiOld) continue;
        const source = tables[kOld];
        if (source === null) continue;
        const weight = Math.exp(logChoose(t, j) + logChoose(m, kOld) - logDenominator);
        const shift = scale * j * (m - kOld) + (scale / 2) * j * (t - j);
        const oldWidth = width(kOld, m);
        for (let u = 0; u < oldWidth; u++) target[u + shift] += weight * source[u];
      }
    }
    // Drop states that can no longer finish with <= maxUnchosen unchosen items.
    for (let k = 0; k < kLoNew; k++) tables[k] = null;
    m = mNew;
  }
  return { tables, offsets: new Array(kMaxFinal + 1).fill(0), cells };
}

/**
 * Lists every way of choosing j_g items from each group (few groups, e.g. Likert levels)
 * and adds its probability into the table of its k, each table only as wide as the
 * values of U that k chosen items can reach.
 */
function tabulateByListing(
  groups: readonly number[],
  maxChosen: number,
  maxUnchosen: number,
  scale: number,
  logChoose: LogChoose,
): GroupTables {
  const total = groups.reduce((a, b) => a + b, 0);
  const kMax = Math.min(maxChosen, total);
  const kMin = Math.max(0, total - maxUnchosen);
  const { lowest, highest } = tableBounds(groups, kMin, kMax, scale);
  const tables: (Float64Array | null)[] = new Array(kMax + 1).fill(null);
  const offsets: number[] = new Array(kMax + 1).fill(0);
  let cells = 0;
  for (let k = kMin; k <= kMax; k++) cells += highest[k] - lowest[k] + 1;
  guardCells("ranksAll", cells, "rank-sum distribution");
  const logTotal: number[] = [];
  for (let k = kMin; k <= kMax; k++) {
    tables[k] = new Float64Array(highest[k] - lowest[k] + 1);
    offsets[k] = lowest[k];
    logTotal[k] = logChoose(total, k);
  }
  const logGroupChoose = groups.map((t) =>
    Array.from({ length: t + 1 }, (_, j) => logChoose(t, j))
  );
  // Depth-first over the groups with running (items seen, chosen, scale·U, log weight).
  const last = groups.length - 1;
  // A leaf's probability is exp(logWeight + log C(t, j) − log C(total, k + j)). When neither
  // part can overflow or underflow, it is exp(logWeight), once per parent, times a factor
  // tabulated per (k, j): one multiplication per leaf instead of one exp.
  const tLast = groups[last] ?? 0;
  let heaviest = 0;
  for (let g = 0; g < last; g++) heaviest += logGroupChoose[g][groups[g] >> 1];
  const factored = heaviest < 700 && logTotal.every((v) => v === undefined || v < 700);
  const leafFactor = new Float64Array(factored ? (kMax + 1) * (tLast + 1) : 0);
  if (factored) {
    for (let k = 0; k <= kMax; k++) {
      for (let j = 0; j <= tLast && k + j <= kMax; j++) {
        if (k + j >= kMin) {
          leafFactor[k * (tLast + 1) + j] = Math.exp(logGroupChoose[last][j] - logTotal[k + j]);
        }
      }
    }
  }
  const visit = (g: number, m: number, k: number, u: number, logWeight: number): void => {
    const t = groups[g];
    const mNew = m + t;
    // Keep chosen <= maxChosen and unchosen (mNew − k − j) <= maxUnchosen.
    const jLo = Math.max(0, mNew - k - maxUnchosen);
    const jHi = Math.min(t, maxChosen - k);
    const logChooseT = logGroupChoose[g];
    if (g === last) {
      // The leaves, inlined: this loop runs once per way of choosing, so it is the hot one.
      const weight = factored ? Math.exp(logWeight) : 0;
      const row = k * (t + 1);
      for (let j = jLo; j <= jHi; j++) {
        const kNew = k + j;
        const shift = scale * j * (m - k) + (scale / 2) * j * (t - j);
        (tables[kNew] as Float64Array)[u + shift - offsets[kNew]] += factored
          ? weight * leafFactor[row + j]
          : Math.exp(logWeight + logChooseT[j] - logTotal[kNew]);
      }
      return;
    }
    for (let j = jLo; j <= jHi; j++) {
      const shift = scale * j * (m - k) + (scale / 2) * j * (t - j);
      visit(g + 1, mNew, k + j, u + shift, logWeight + logChooseT[j]);
    }
  };
  if (groups.length === 0) {
    (tables[0] as Float64Array)[0] = 1;
    return { tables, offsets, cells };
  }
  visit(0, 0, 0, 0, 0);
  return { tables, offsets, cells };
}

function tabulate(
  plan: HalfPlan,
  maxChosen: number,
  maxUnchosen: number,
  scale: number,
  logChoose: LogChoose,
): GroupTables {
  return plan.method === "listing"
    ? tabulateByListing(plan.groups, maxChosen, maxUnchosen, scale, logChoose)
    : tabulateDynamic(plan.groups, maxChosen, maxUnchosen, scale, logChoose);
}

function groupsFromRanks(ranksAll: readonly number[], n1: number): number[] {
  const checked = finiteArray("ranksAll", ranksAll, { minLength: 1 });
  doubledRanks("ranksAll", checked);
  if (typeof n1 !== "number" || !Number.isInteger(n1) || n1 < 0 || n1 > checked.length) {
    fail(
      typeof n1 === "number" ? "range" : "type",
      "n1",
      `an integer between 0 and ranksAll.length (${checked.length})`,
      n1,
    );
  }
  return tieCounts(checked);
}

/**
 * Exact distribution of the rank sum W of a group of n1 items drawn at random (without
 * replacement) from the pooled items with the given (average, possibly tied) ranks.
 * The grid step is 0.5 when there are ties and 1 otherwise; offset is n1(n1+1)/2.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const dist = rankSumDistribution([1, 2, 3, 4], 2);
 * assert.ok(Math.abs(dist.cdf(3) - 1 / 6) < 1e-15); // only {1, 2} has W = 3
 * ```
 */
export function rankSumDistribution(
  ranksAll: readonly number[],
  n1: number,
  options?: ExactOptions,
): ExactDistribution {
  const groups = groupsFromRanks(ranksAll, n1);
  budgetOf(options);
  const n = ranksAll.length;
  const n2 = n - n1;
  if (groups.every((t) => t === 1)) return rankSumNoTiesDistribution(n1, n2, options);
  const scale = 2;
  guardCells("ranksAll", scale * n1 * n2 + 1, "rank-sum distribution");
  const plan = planHalf(groups, n1, n2, scale);
  checkWork("rank-sum distribution", plan.work, options);
  const { tables, offsets } = tabulate(plan, n1, n2, scale, logChooseUpTo(n));
  const table = tables[n1] ?? new Float64Array([1]);
  const pmf = new Float64Array(scale * n1 * n2 + 1);
  pmf.set(table, offsets[n1] ?? 0);
  return makeDistribution(pmf, (n1 * (n1 + 1)) / 2, 1 / scale);
}

/** The split of the groups into a front and a back run with the least total work. */
function planSplit(
  groups: readonly number[],
  n1: number,
  n2: number,
  scale: number,
): { front: HalfPlan; back: HalfPlan } {
  const n = n1 + n2;
  const evaluate = (split: number) => {
    const front = planHalf(groups.slice(0, split), n1, n2, scale);
    const back = planHalf(groups.slice(split), n1, n2, scale);
    return { front, back, work: front.work + back.work };
  };
  // Few groups: try every split. Many: the one nearest half the items, as cost is balanced.
  if (groups.length <= 64) {
    let best = evaluate(0);
    for (let split = 1; split <= groups.length; split++) {
      const candidate = evaluate(split);
      if (candidate.work < best.work) best = candidate;
    }
    return best;
  }
  let split = 0;
  for (let acc = 0; split < groups.length && acc + groups[split] <= n / 2; split++) {
    acc += groups[split];
  }
  return evaluate(split);
}

/**
 * Tail probabilities [P(W <= w), P(W >= w)] of the rank sum of n1 items, conditional on
 * the pooled tied ranks. Without ties it reads the cached untied distribution; with ties it
 * splits the tie groups in two runs, tabulates each, and combines them only at the observed
 * value (meet in the middle), so it is much cheaper than the full distribution.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const [lower, upper] = rankSumTails([1, 2, 3, 4], 2, 3);
 * assert.ok(Math.abs(lower - 1 / 6) < 1e-15);
 * assert.equal(upper, 1);
 * ```
 */
export function rankSumTails(
  ranksAll: readonly number[],
  n1: number,
  w: number,
  options?: ExactOptions,
): [number, number] {
  const groups = groupsFromRanks(ranksAll, n1);
  finiteNumber("w", w);
  budgetOf(options);
  const n = ranksAll.length;
  const n2 = n - n1;
  if (groups.every((t) => t === 1)) {
    const dist = rankSumNoTiesDistribution(n1, n2, options);
    return [dist.cdf(w), dist.sf(w)];
  }
  if (n1 > n2) {
    // The other group's rank sum is n(n+1)/2 − W: its tails are this one's, swapped.
    const [lower, upper] = rankSumTails(ranksAll, n2, (n * (n + 1)) / 2 - w, options);
    return [upper, lower];
  }
  const scale = 2;
  const target = scale * (w - (n1 * (n1 + 1)) / 2); // observed scale·U
  const lowerLast = Math.floor(target + 1e-7);
  const upperFirst = Math.ceil(target - 1e-7);
  if (n1 === 0) {
    // W is the constant 0, i.e. scale·U = 0.
    return [lowerLast >= 0 ? 1 : 0, upperFirst <= 0 ? 1 : 0];
  }
  const top = scale * n1 * n2; // largest possible scale·U
  // Outside the support a tail is exactly 0 or 1; don't let rounding say otherwise.
  const lowerKnown = lowerLast < 0 ? 0 : lowerLast >= top ? 1 : null;
  const upperKnown = upperFirst > top ? 0 : upperFirst <= 0 ? 1 : null;
  if (lowerKnown !== null && upperKnown !== null) return [lowerKnown, upperKnown];
  const { front, back } = planSplit(groups, n1, n2, scale);
  // The plans count the cells they fill or list; combining reads each about once more.
  checkWork("rank-sum tails", front.work + back.work, options);
  const frontItems = front.groups.reduce((a, b) => a + b, 0);
  const backItems = n - frontItems;
  const logChoose = logChooseUpTo(n);
  const F = tabulate(front, n1, n2, scale, logChoose);
  const B = tabulate(back, n1, n2, scale, logChoose);
  let lower = 0;
  let upper = 0;
  let scratchBelow = new Float64Array(0);
  let scratchAbove = new Float64Array(0);
  const kLo = Math.max(0, n1 - backItems, frontItems - n2);
  const kHi = Math.min(n1, frontItems);
  for (let k = kLo; k <= kHi; k++) {
    const f = F.tables[k];
    const b = B.tables[n1 - k];
    if (f === null || b === null) continue;
    const weight = Math.exp(
      logChoose(frontItems, k) + logChoose(backItems, n1 - k) - logChoose(n, n1),
    );
    // Chosen back items beat every unchosen front item: a fixed cross term.
    const base = scale * (n1 - k) * (frontItems - k) + F.offsets[k] + B.offsets[n1 - k];
    // Sum the smaller table from both ends (three passes) and read the larger once.
    const [scan, summed] = f.length >= b.length ? [f, b] : [b, f];
    const below = scratchBelow.length >= summed.length
      ? scratchBelow
      : (scratchBelow = new Float64Array(summed.length));
    const above = scratchAbove.length >= summed.length
      ? scratchAbove
      : (scratchAbove = new Float64Array(summed.length));
    let run = 0;
    for (let i = 0; i < summed.length; i++) below[i] = run += summed[i];
    run = 0;
    for (let i = summed.length - 1; i >= 0; i--) above[i] = run += summed[i];
    const lastB = summed.length - 1;
    let lowerK = 0;
    let upperK = 0;
    for (let a = 0; a < scan.length; a++) {
      const fa = scan[a];
      if (fa === 0) continue;
      const lowerIndex = lowerLast - base - a;
      if (lowerIndex >= 0) lowerK += fa * below[lowerIndex < lastB ? lowerIndex : lastB];
      const upperIndex = upperFirst - base - a;
      upperK += upperIndex <= 0 ? fa : upperIndex <= lastB ? fa * above[upperIndex] : 0;
    }
    lower += weight * lowerK;
    upper += weight * upperK;
  }
  return [lowerKnown ?? Math.min(1, lower), upperKnown ?? Math.min(1, upper)];
}
