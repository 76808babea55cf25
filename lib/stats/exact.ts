/**
 * Exact null distributions of the Wilcoxon signed-rank and rank-sum statistics,
 * conditional on the observed (average, possibly tied) ranks, by dynamic programming.
 * Memory and time are polynomial in n (never 2^n):
 *
 * - signed rank: doubled ranks are integers, so V (the sum of positive ranks) lives on a
 *   grid of step gcd(doubled ranks)/2; a subset-sum DP over that grid gives the
 *   distribution (R's csignrank is the special case of untied ranks 1..n);
 * - rank sum: the statistic is tracked as twice the Mann–Whitney U of the items chosen so
 *   far, processing tie groups in ascending order; a group of size t from which j items
 *   are chosen adds 2·j·(unchosen so far) + j·(t − j). Each table is kept normalised (a
 *   conditional distribution given how many items were chosen), so nothing overflows.
 *   Tail probabilities use a meet-in-the-middle split of the tie groups, which is what
 *   makes n1 = n2 = 200 fast.
 *
 * @module
 */
import { finiteArray, finiteNumber } from "./validate.ts";
import { tieCounts } from "./ranks.ts";

/** Largest table (number of float64 cells) a single exact computation may allocate. */
export const MAX_EXACT_CELLS = 2 ** 26;

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

function makeDistribution(pmf: Float64Array, offset: number, step: number): ExactDistribution {
  let mean = 0;
  for (let i = 0; i < pmf.length; i++) mean += pmf[i] * (offset + i * step);
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
      let total = 0;
      for (let i = 0; i <= last; i++) total += pmf[i];
      return Math.min(1, total);
    },
    sf(s: number): number {
      finiteNumber("s", s);
      const first = Math.ceil(position(s) - 1e-7);
      if (first <= 0) return 1;
      if (first >= pmf.length) return 0;
      let total = 0;
      for (let i = pmf.length - 1; i >= first; i--) total += pmf[i];
      return Math.min(1, total);
    },
  };
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** Doubles ranks into integers, checking they are multiples of 0.5 (average ranks are). */
function doubledRanks(name: string, ranks: readonly number[]): number[] {
  return ranks.map((r, i) => {
    const doubled = Math.round(2 * r);
    if (!(r > 0) || Math.abs(2 * r - doubled) > 1e-7) {
      throw new RangeError(
        `${name}[${i}] must be a positive multiple of 0.5 (an average rank), got ${r}`,
      );
    }
    return doubled;
  });
}

function guardCells(cells: number, what: string): void {
  if (cells > MAX_EXACT_CELLS) {
    throw new RangeError(
      `exact ${what} would need ${cells} table cells (limit ${MAX_EXACT_CELLS}); ` +
        `use method: "asymptotic" for samples this large`,
    );
  }
}

// ---------------------------------------------------------------------------------------
// Signed rank

/**
 * Subset-sum counts of the integer weights, up to `limit`, scaled by 2^-n: entry s is
 * P(sum of a uniformly random subset = s) for s <= limit. Rescaling by exact powers of two
 * every 512 items keeps values in range without rounding.
 */
function subsetSumProbabilities(weights: readonly number[], limit: number): Float64Array {
  const sorted = [...weights].sort((a, b) => a - b);
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

/**
 * Exact distribution of V = sum of the ranks that receive a positive sign, when each of
 * the given ranks is independently positive or negative with probability ½. Ranks may be
 * tied average ranks (multiples of 0.5); pass only the ranks of non-zero differences
 * (with Pratt's method, those ranks are computed with the zeros included).
 *
 * @example
 * ```ts
 * const dist = signedRankDistribution([1, 2.5, 2.5, 4]);
 * dist.cdf(1); // P(V <= 1) = 2/16
 * ```
 */
export function signedRankDistribution(ranks: readonly number[]): ExactDistribution {
  const checked = finiteArray("ranks", ranks, { minLength: 0 });
  const doubled = doubledRanks("ranks", checked);
  const unit = doubled.reduce(gcd, 0) || 1;
  const weights = doubled.map((d) => d / unit);
  // The distribution is symmetric about total/2: compute the lower half, mirror the rest.
  return makeDistribution(symmetricSubsetSumPmf(weights), 0, unit / 2);
}

/**
 * Exact distribution of the signed-rank statistic without ties (ranks 1..n), R's
 * `dsignrank`/`psignrank` and SciPy's exact Wilcoxon table.
 *
 * @example
 * ```ts
 * signedRankNoTiesDistribution(10).cdf(8); // psignrank(8, 10) = 0.0244140625
 * ```
 */
export function signedRankNoTiesDistribution(n: number): ExactDistribution {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be an integer >= 0, got ${n}`);
  return signedRankDistribution(Array.from({ length: n }, (_, i) => i + 1));
}

/**
 * Lower and upper tail probabilities [P(V <= v), P(V >= v)] of the signed-rank statistic
 * for the observed ranks. Cheaper than the full distribution: the ranks are split in two
 * halves whose distributions are combined only at the observed value.
 *
 * @example
 * ```ts
 * signedRankTails([1, 2, 3, 4, 5], 1); // [2/32, 31/32]
 * ```
 */
export function signedRankTails(ranks: readonly number[], v: number): [number, number] {
  const checked = finiteArray("ranks", ranks, { minLength: 0 });
  finiteNumber("v", v);
  const doubled = doubledRanks("ranks", checked);
  const unit = doubled.reduce(gcd, 0) || 1;
  const weights = doubled.map((d) => d / unit);
  const total = weights.reduce((a, b) => a + b, 0);
  const position = (2 * v) / unit;
  const lowerLast = Math.floor(position + 1e-7); // P(V <= v) sums indices <= lowerLast
  const upperFirst = Math.ceil(position - 1e-7); // P(V >= v) sums indices >= upperFirst
  // Outside the support a tail is exactly 0 or 1; don't let rounding say otherwise.
  const lowerKnown = lowerLast < 0 ? 0 : lowerLast >= total ? 1 : null;
  const upperKnown = upperFirst > total ? 0 : upperFirst <= 0 ? 1 : null;
  if (lowerKnown !== null && upperKnown !== null) return [lowerKnown, upperKnown];
  // Meet in the middle: alternate the sorted weights between two halves, tabulate each
  // half's (symmetric) distribution, and combine only at the observed value. This halves
  // the DP work compared with one table over all items.
  const sorted = [...weights].sort((a, b) => a - b);
  const halfA = sorted.filter((_, i) => i % 2 === 0);
  const halfB = sorted.filter((_, i) => i % 2 === 1);
  const pmfA = symmetricSubsetSumPmf(halfA);
  const pmfB = symmetricSubsetSumPmf(halfB);
  const prefixB = new Float64Array(pmfB.length);
  const suffixB = new Float64Array(pmfB.length);
  let run = 0;
  for (let i = 0; i < pmfB.length; i++) prefixB[i] = run += pmfB[i];
  run = 0;
  for (let i = pmfB.length - 1; i >= 0; i--) suffixB[i] = run += pmfB[i];
  const lastB = pmfB.length - 1;
  let lower = 0;
  let upper = 0;
  for (let a = 0; a < pmfA.length; a++) {
    const pa = pmfA[a];
    if (pa === 0) continue;
    const lowerIndex = lowerLast - a;
    if (lowerIndex >= 0) lower += pa * prefixB[Math.min(lowerIndex, lastB)];
    const upperIndex = upperFirst - a;
    upper += upperIndex <= 0 ? pa : upperIndex <= lastB ? pa * suffixB[upperIndex] : 0;
  }
  return [lowerKnown ?? Math.min(1, lower), upperKnown ?? Math.min(1, upper)];
}

/** Full pmf of a random-subset sum of integer weights, via the lower half and symmetry. */
function symmetricSubsetSumPmf(weights: readonly number[]): Float64Array {
  const total = weights.reduce((a, b) => a + b, 0);
  guardCells(total + 1, "signed-rank distribution");
  const half = Math.floor(total / 2);
  const lower = subsetSumProbabilities(weights, half);
  const pmf = new Float64Array(total + 1);
  pmf.set(lower);
  for (let s = half + 1; s <= total; s++) pmf[s] = lower[total - s];
  return pmf;
}

// ---------------------------------------------------------------------------------------
// Rank sum

/** log(k!) for k = 0..n, summed in order (error ~1e-16 relative per term). */
function logFactorials(n: number): Float64Array {
  const table = new Float64Array(n + 1);
  for (let k = 2; k <= n; k++) table[k] = table[k - 1] + Math.log(k);
  return table;
}

/**
 * Per-k tables after processing a run of tie groups: tables[k] is the distribution of
 * scale·U (U counted within the processed items, chosen vs unchosen) given that exactly k
 * of the m processed items were chosen, for k in [kMin, kMax]; other entries are null.
 */
interface GroupTables {
  readonly items: number;
  readonly tables: (Float64Array | null)[];
}

/**
 * Builds the conditional U tables for the tie groups (ascending order) with at most
 * `maxChosen` chosen and at most `maxUnchosen` unchosen items. `scale` is 2 when any
 * group is tied (U is then a multiple of ½) and 1 otherwise.
 */
function buildGroupTables(
  groups: readonly number[],
  maxChosen: number,
  maxUnchosen: number,
  scale: number,
  logFact: Float64Array,
): GroupTables {
  const logChoose = (n: number, k: number) => logFact[n] - logFact[k] - logFact[n - k];
  const total = groups.reduce((a, b) => a + b, 0);
  // Preallocate each k at its final width (scale·k·(m−k) + 1 for the final m).
  const kMaxFinal = Math.min(maxChosen, total);
  const kMinFinal = Math.max(0, total - maxUnchosen);
  let cells = 0;
  for (let k = kMinFinal; k <= kMaxFinal; k++) cells += scale * k * (total - k) + 1;
  guardCells(cells, "rank-sum distribution");
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
  return { items: total, tables };
}

function groupsFromRanks(ranksAll: readonly number[], n1: number): number[] {
  const checked = finiteArray("ranksAll", ranksAll, { minLength: 1 });
  doubledRanks("ranksAll", checked);
  if (!Number.isInteger(n1) || n1 < 0 || n1 > checked.length) {
    throw new RangeError(
      `n1 must be an integer between 0 and ranksAll.length (${checked.length}), got ${n1}`,
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
 * const dist = rankSumDistribution([1, 2, 3, 4], 2);
 * dist.cdf(3); // P(W <= 3) = 1/6
 * ```
 */
export function rankSumDistribution(ranksAll: readonly number[], n1: number): ExactDistribution {
  const groups = groupsFromRanks(ranksAll, n1);
  const n = ranksAll.length;
  const n2 = n - n1;
  const scale = groups.some((t) => t > 1) ? 2 : 1;
  const { tables } = buildGroupTables(groups, n1, n2, scale, logFactorials(n));
  const pmf = tables[n1] ?? new Float64Array([1]);
  return makeDistribution(pmf, (n1 * (n1 + 1)) / 2, 1 / scale);
}

/**
 * Exact distribution of the rank sum without ties (ranks 1..n1+n2): R's `dwilcox` /
 * `pwilcox` shifted by n1(n1+1)/2.
 *
 * @example
 * ```ts
 * rankSumNoTiesDistribution(4, 5).cdf(12); // pwilcox(2, 4, 5) = 4/126
 * ```
 */
export function rankSumNoTiesDistribution(n1: number, n2: number): ExactDistribution {
  if (!Number.isInteger(n1) || n1 < 0) {
    throw new RangeError(`n1 must be an integer >= 0, got ${n1}`);
  }
  if (!Number.isInteger(n2) || n2 < 0) {
    throw new RangeError(`n2 must be an integer >= 0, got ${n2}`);
  }
  if (n1 + n2 === 0) throw new RangeError("n1 + n2 must be at least 1");
  return rankSumDistribution(Array.from({ length: n1 + n2 }, (_, i) => i + 1), n1);
}

/**
 * Tail probabilities [P(W <= w), P(W >= w)] of the rank sum of n1 items, conditional on
 * the pooled tied ranks. Splits the tie groups in two halves, tabulates each, and combines
 * them only at the observed value (meet in the middle), so it is much cheaper than the
 * full distribution for large samples.
 *
 * @example
 * ```ts
 * rankSumTails([1, 2, 3, 4], 2, 3); // [1/6, 1]
 * ```
 */
export function rankSumTails(
  ranksAll: readonly number[],
  n1: number,
  w: number,
): [number, number] {
  const groups = groupsFromRanks(ranksAll, n1);
  finiteNumber("w", w);
  const n = ranksAll.length;
  const n2 = n - n1;
  const scale = groups.some((t) => t > 1) ? 2 : 1;
  const target = scale * (w - (n1 * (n1 + 1)) / 2); // observed scale·U
  const lowerLast = Math.floor(target + 1e-7);
  const upperFirst = Math.ceil(target - 1e-7);
  if (n1 === 0 || n2 === 0) {
    // W is the constant n1(n1+1)/2, i.e. scale·U = 0.
    return [lowerLast >= 0 ? 1 : 0, upperFirst <= 0 ? 1 : 0];
  }
  const top = scale * n1 * n2; // largest possible scale·U
  // Outside the support a tail is exactly 0 or 1; don't let rounding say otherwise.
  const lowerKnown = lowerLast < 0 ? 0 : lowerLast >= top ? 1 : null;
  const upperKnown = upperFirst > top ? 0 : upperFirst <= 0 ? 1 : null;
  if (lowerKnown !== null && upperKnown !== null) return [lowerKnown, upperKnown];
  // Split the groups where the item count is closest to half.
  let split = 0;
  let front = 0;
  let best = Infinity;
  for (let g = 0, acc = 0; g <= groups.length; g++) {
    if (Math.abs(acc - n / 2) < best) {
      best = Math.abs(acc - n / 2);
      split = g;
      front = acc;
    }
    if (g < groups.length) acc += groups[g];
  }
  const back = n - front;
  const logFact = logFactorials(n);
  const F = buildGroupTables(groups.slice(0, split), n1, n2, scale, logFact);
  const B = buildGroupTables(groups.slice(split), n1, n2, scale, logFact);
  const logChoose = (a: number, b: number) => logFact[a] - logFact[b] - logFact[a - b];
  let lower = 0;
  let upper = 0;
  const kLo = Math.max(0, n1 - back, front - n2);
  const kHi = Math.min(n1, front);
  for (let k = kLo; k <= kHi; k++) {
    const f = F.tables[k];
    const b = B.tables[n1 - k];
    if (f === null || b === null) continue;
    const weight = Math.exp(
      logChoose(front, k) + logChoose(back, n1 - k) - logChoose(n, n1),
    );
    // Chosen back items beat every unchosen front item: a fixed cross term.
    const cross = scale * (n1 - k) * (front - k);
    // Cumulative sums of the back table from both ends, for the two tails.
    const prefix = new Float64Array(b.length);
    const suffix = new Float64Array(b.length);
    let run = 0;
    for (let i = 0; i < b.length; i++) prefix[i] = run += b[i];
    run = 0;
    for (let i = b.length - 1; i >= 0; i--) suffix[i] = run += b[i];
    let lowerK = 0;
    let upperK = 0;
    for (let a = 0; a < f.length; a++) {
      const fa = f[a];
      if (fa === 0) continue;
      const lowerIndex = lowerLast - cross - a;
      if (lowerIndex >= 0) lowerK += fa * prefix[Math.min(lowerIndex, b.length - 1)];
      const upperIndex = upperFirst - cross - a;
      upperK += upperIndex <= 0 ? fa : upperIndex < b.length ? fa * suffix[upperIndex] : 0;
    }
    lower += weight * lowerK;
    upper += weight * upperK;
  }
  return [lowerKnown ?? Math.min(1, lower), upperKnown ?? Math.min(1, upper)];
}
