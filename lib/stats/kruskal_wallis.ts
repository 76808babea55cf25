/**
 * The Kruskal-Wallis H test as SPSS prints it (Ranks: N and Mean Rank per group; Test
 * Statistics: Kruskal-Wallis H, df, Asymp. Sig.), tie-corrected as SPSS, R's `kruskal.test`
 * and SciPy's `kruskal` all do.
 *
 * - `method: "asymptotic"` (default): p from chi-square with k − 1 df.
 * - `method: "exact"`: the permutation distribution of H conditional on the observed ties:
 *   every way of dealing the pooled values into groups of the observed sizes is equally
 *   likely, and p = P(H >= h). The deals are listed as tie-count tables (how many of each
 *   distinct value each group gets), each weighted by its number of deals, so tied ordinal
 *   data with a few levels stay cheap; without ties it is N!/(n₁!···n_k!) tables. The number
 *   of tables is counted first and a job over budget (`maxWork`) is refused with an
 *   {@link ExactBudgetError}.
 * - `convention`: "spss", "r<=4.5", "r>=4.6" and "scipy" coincide: SPSS's "Asymp. Sig.", R's
 *   `kruskal.test` (chi-square only, R 4.6 included) and `scipy.stats.kruskal` all give the
 *   tie-corrected chi-square approximation. "exact" is the exact conditional distribution
 *   above, which none of the three prints (R's coin package computes it for two groups only).
 *   A convention sets the method: passing one too is refused.
 *
 * @module
 */
import { rank, tieCorrectionSum } from "./ranks.ts";
import { chiSquareSf } from "./distributions.ts";
import { clampProbability, finiteArray, oneOf, optionsObject } from "../_internal/validate.ts";
import { ExactBudgetError, type ExactOptions } from "./exact.ts";
import { exactBudget } from "./_exact_budget.ts";
import { gcd } from "../_internal/gcd.ts";
import { conventionOption } from "./_convention_option.ts";
import type { SoftwareConvention } from "./software_convention.ts";

/** Options for {@link kruskalWallis}. */
export interface KruskalWallisOptions extends ExactOptions {
  /** "asymptotic" (default) chi-square, or "exact" permutation distribution given the ties. */
  readonly method?: "asymptotic" | "exact";
  /** A program's defaults (see the module notes); excludes method. */
  readonly convention?: SoftwareConvention;
}

/** Result of {@link kruskalWallis}. */
export interface KruskalWallisResult {
  /** H divided by the tie correction 1 − Σ(t³ − t)/(N³ − N). */
  readonly h: number;
  readonly df: number;
  /** p of `method`: chi-square with k − 1 df, or the exact P(H >= h). */
  readonly p: number;
  /** Mean rank of each group, as SPSS's Ranks table. */
  readonly meanRanks: number[];
  readonly n: number[];
  /** Which method produced `p`. */
  readonly method: "asymptotic" | "exact";
}

/**
 * Kruskal-Wallis H on two or more groups of values.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = kruskalWallis([[1, 2, 3], [4, 5, 6]]);
 * // R: kruskal.test(list(1:3, 4:6))$statistic = 3.857143
 * assert.ok(Math.abs(r.h - 27 / 7) < 1e-12);
 * assert.deepEqual(r.meanRanks, [2, 5]);
 * // Exact: 2 of the C(6, 3) = 20 splits are as extreme (1:3 | 4:6 and 4:6 | 1:3)
 * assert.ok(Math.abs(kruskalWallis([[1, 2, 3], [4, 5, 6]], { method: "exact" }).p - 0.1) < 1e-15);
 * ```
 */
export function kruskalWallis(
  groups: readonly (readonly number[])[],
  options: KruskalWallisOptions = {},
): KruskalWallisResult {
  if (!Array.isArray(groups) || groups.length < 2) {
    throw new RangeError(
      `groups: expected at least 2 groups, got ${
        Array.isArray(groups) ? groups.length : typeof groups
      }`,
    );
  }
  optionsObject("options", options, ["method", "convention", "maxWork"]);
  const convention = conventionOption(options, ["method"]);
  const method = convention === undefined
    ? oneOf("options.method", options.method ?? "asymptotic", ["asymptotic", "exact"] as const)
    : convention === "exact"
    ? "exact"
    : "asymptotic";
  const checked = groups.map((g, i) => finiteArray(`groups[${i}]`, g, { minLength: 1 }));
  const pooled = checked.flat();
  const nTotal = pooled.length;
  const ranks = rank(pooled);
  const meanRanks: number[] = [];
  let offset = 0;
  let sum = 0;
  for (const g of checked) {
    let r = 0;
    for (let i = 0; i < g.length; i++) r += ranks[offset + i];
    offset += g.length;
    meanRanks.push(r / g.length);
    sum += (r * r) / g.length;
  }
  const correction = 1 - tieCorrectionSum(pooled) / (nTotal ** 3 - nTotal);
  if (!(correction > 0)) {
    throw new RangeError("groups: every value is the same, so H is undefined");
  }
  const h = ((12 / (nTotal * (nTotal + 1))) * sum - 3 * (nTotal + 1)) / correction;
  const df = checked.length - 1;
  const n = checked.map((g) => g.length);
  const p = method === "exact"
    ? exactUpperTail(pooled, ranks, n, exactBudget("options.maxWork", options.maxWork))
    : chiSquareSf(Math.max(0, h), df);
  return { h, df, p: clampProbability(p), meanRanks, n, method };
}

/**
 * Work of one group of one listed table in the budget's unit (exact.ts's cell updates): it
 * measured about 60 ns against their 1 to 3 ns (3 groups of 6 without ties, 1.7e7 tables,
 * 3 s), so the default budget stops this enumeration, too, at a few seconds.
 */
const UPDATES_PER_CELL = 30;

/**
 * Exact P(H >= observed H) over every deal of the pooled values into groups of sizes `sizes`
 * (the first sizes[0] values of `pooled` form the observed first group, and so on).
 *
 * H is an increasing function of Σ R_g²/n_g (N and the tie correction do not change under a
 * deal), and with doubled rank sums D_g = 2 R_g and L = lcm(n_g) the scaled statistic
 * S = Σ D_g² · (L/n_g) is an integer, so ties in H are compared exactly.
 */
function exactUpperTail(
  pooled: readonly number[],
  ranks: readonly number[],
  sizes: readonly number[],
  budget: number,
): number {
  const k = sizes.length;
  // Distinct values ascending: how many share each one and their doubled (integer) mid-rank.
  const byValue = new Map<number, { size: number; doubledRank: number }>();
  pooled.forEach((v, i) => {
    const block = byValue.get(v);
    if (block) block.size++;
    else byValue.set(v, { size: 1, doubledRank: Math.round(2 * ranks[i]) });
  });
  const blocks = [...byValue.entries()].sort((a, b) => a[0] - b[0]).map(([, b]) => b);

  const lcm = sizes.reduce((l, s) => (l / gcd(l, s)) * s, 1);
  const scale = sizes.map((s) => lcm / s);
  const nTotal = pooled.length;
  // Largest S any deal can reach: each D_g at most twice the sum of the top n_g ranks.
  const largest = sizes.reduce((acc, s, g) => acc + (s * (2 * nTotal - s + 1)) ** 2 * scale[g], 0);
  if (!(largest <= Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(
      `groups: expected group sizes whose exact H fits in exact integer arithmetic, got sizes ` +
        `${sizes.join(", ")} (use method: "asymptotic")`,
    );
  }
  const tables = countTables(blocks.map((b) => b.size), sizes, budget / (k * UPDATES_PER_CELL));
  const work = tables * k * UPDATES_PER_CELL;
  if (work > budget) {
    throw new ExactBudgetError("Kruskal-Wallis distribution", work, budget);
  }

  // Observed S from the observed groups' doubled rank sums.
  let observed = 0;
  let offset = 0;
  sizes.forEach((s, g) => {
    let d = 0;
    for (let i = 0; i < s; i++) d += Math.round(2 * ranks[offset + i]);
    offset += s;
    observed += d * d * scale[g];
  });

  const binomial = pascal(Math.max(...blocks.map((b) => b.size)));
  const capacity = [...sizes];
  const doubledSums = new Array<number>(k).fill(0);
  let total = 0;
  let upper = 0;

  // Deal block j's items among the groups g, g + 1, ... (`left` still to place).
  const deal = (j: number, g: number, left: number, weight: number): void => {
    if (j === blocks.length) {
      let s = 0;
      for (let i = 0; i < k; i++) s += doubledSums[i] * doubledSums[i] * scale[i];
      total += weight;
      if (s >= observed) upper += weight;
      return;
    }
    const { doubledRank } = blocks[j];
    if (g === k - 1) {
      capacity[g] -= left;
      doubledSums[g] += left * doubledRank;
      deal(j + 1, 0, j + 1 < blocks.length ? blocks[j + 1].size : 0, weight);
      capacity[g] += left;
      doubledSums[g] -= left * doubledRank;
      return;
    }
    // Groups after g must take what g leaves: no dead branches.
    let later = 0;
    for (let h = g + 1; h < k; h++) later += capacity[h];
    const most = Math.min(left, capacity[g]);
    for (let a = Math.max(0, left - later); a <= most; a++) {
      capacity[g] -= a;
      doubledSums[g] += a * doubledRank;
      deal(j, g + 1, left - a, weight * binomial[left][a]);
      capacity[g] += a;
      doubledSums[g] -= a * doubledRank;
    }
  };
  deal(0, 0, blocks[0].size, 1);
  return upper / total;
}

/**
 * The number of tie-count tables with column sums `blockSizes` and row sums `sizes`,
 * counted block by block over the groups' remaining capacities. Every partial table
 * completes (the capacities left always equal the values left), so once the partial count
 * passes `limit` it is returned at once, a lower bound already over the limit.
 */
function countTables(
  blockSizes: readonly number[],
  sizes: readonly number[],
  limit: number,
): number {
  let states = new Map<string, { capacity: number[]; ways: number }>();
  states.set(sizes.join(","), { capacity: [...sizes], ways: 1 });
  for (const t of blockSizes) {
    const next = new Map<string, { capacity: number[]; ways: number }>();
    let partial = 0;
    for (const { capacity, ways } of states.values()) {
      const spread = (g: number, left: number, taken: number[]): void => {
        if (g === capacity.length - 1) {
          if (left > capacity[g]) return;
          const rest = [...taken, capacity[g] - left];
          const key = rest.join(",");
          const state = next.get(key);
          if (state) state.ways += ways;
          else next.set(key, { capacity: rest, ways });
          partial += ways;
          return;
        }
        for (let a = 0; a <= Math.min(left, capacity[g]); a++) {
          spread(g + 1, left - a, [...taken, capacity[g] - a]);
        }
      };
      spread(0, t, []);
      if (partial > limit) return partial;
    }
    states = next;
  }
  let tables = 0;
  for (const { ways } of states.values()) tables += ways;
  return tables;
}

// Binomial coefficients C(m, a) for m <= most, as float64 (exact up to 2^53).
function pascal(most: number): number[][] {
  const rows: number[][] = [[1]];
  for (let m = 1; m <= most; m++) {
    const row = [1];
    for (let a = 1; a < m; a++) row.push(rows[m - 1][a - 1] + rows[m - 1][a]);
    row.push(1);
    rows.push(row);
  }
  return rows;
}
