/**
 * Reconstruct every sample behind a printed mean and SD (CORVIDS / SPRITE done completely):
 * every frequency vector of `n` whole-number responses on a scale `{ lo, hi }` whose mean and
 * sample SD print as reported.
 *
 * The search assigns counts level by level (lowest value first, counts ascending, so the output
 * is in lexicographic order) and cuts a branch as soon as the values still to place cannot
 * reach any allowed sum, or any allowed sum of squares: for `r` values with sum `T` on a scale
 * the sum of squares lies between the evenest split and the split pushed to the scale's ends.
 * The last two levels are solved, not searched: their counts follow from the sum.
 *
 * @module
 */

import {
  count as checkCount,
  finiteNumber,
  optionsObject,
  safeInteger,
  wholeInterval,
  withinBudget,
} from "../_internal/validate.ts";
import { printedValue, roundingRules } from "../printed/_arguments.ts";
import { momentRanges } from "./moment_ranges.ts";
import type { RoundingRule } from "../printed/reported.ts";
import { reportedInterval } from "../printed/reported.ts";
import { sumOfSquaresBounds } from "./sum_of_squares_bounds.ts";
import { forensicOptions } from "./_options.ts";
import type { NumericInterval } from "../printed/intervals.ts";

/** "At least / at most `count` of the values are >= `value`." */
export interface CountAtOrAbove {
  value: number;
  count: number;
}

/** Constraints on a reconstructed sample beyond its mean and SD. */
export interface ReconstructConstraints {
  /** At least `count` values are >= `value` (one or several such constraints). */
  atLeast?: CountAtOrAbove | CountAtOrAbove[];
  /** At most `count` values are >= `value`. */
  atMost?: CountAtOrAbove | CountAtOrAbove[];
  /** Exact counts for some values, e.g. `{ 7: 0 }` for "nobody answered 7". */
  fixed?: Record<number, number>;
  /** Any further test on a complete frequency vector (index i = count of `scale.lo + i`). */
  predicate?: (frequencies: readonly number[]) => boolean;
}

/** What to reconstruct. */
export interface ReconstructInput {
  n: number;
  /** The printed mean, e.g. "4,00". */
  mean: string;
  /** The printed sample SD (n - 1), e.g. "1,50". */
  sd: string;
  /** The lowest and highest value of the whole-number scale, e.g. `{ lo: 1, hi: 5 }`. */
  scale: NumericInterval;
  /** The rounding rule or rules a paper may have used, one for mean and SD (default "spss"). */
  rounding?: RoundingRule | readonly RoundingRule[];
  constraints?: ReconstructConstraints;
  /** Stop after this many samples (default: all). */
  limit?: number;
  /** Largest number of search steps before a RangeError (default RECONSTRUCT_BUDGET). */
  budget?: number;
}

/** Default search steps `reconstruct` takes before it refuses (about 2 s). */
export const RECONSTRUCT_BUDGET = 2e7;

/** Largest sample `frequenciesToValues` expands by default. */
export const EXPAND_BUDGET = 1e7;

interface Target {
  sum: number;
  squaresFirst: number;
  squaresLast: number;
}

interface Problem {
  n: number;
  width: number;
  levels: number;
  /** Allowed (shifted) sums with their ranges of shifted sums of squares, by sum descending. */
  targets: Target[];
  /** Per level: fixed count or -1. */
  fixed: number[];
  /** Per level: least / greatest number of values at or above this level. */
  atLeastFrom: number[];
  atMostFrom: number[];
  predicate?: (frequencies: readonly number[]) => boolean;
  limit: number;
  budget: number;
}

/**
 * Every frequency vector (index i = how many took `scale.lo + i`) whose mean and sample SD print
 * as reported, in lexicographic order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // 1, 2, 3, 4, 5 is the only sample (SD 1.5811):
 * const oneToFive = { n: 5, mean: "3,00", sd: "1,58", scale: { lo: 1, hi: 5 } };
 * assert.deepEqual(reconstruct(oneToFive), [[1, 1, 1, 1, 1]]);
 * // Brute force over every 10 values in 1..7: 12 samples print as 4,0 and 1,5, 7 without a 7.
 * const found = reconstruct({
 *   n: 10, mean: "4,0", sd: "1,5", scale: { lo: 1, hi: 7 }, constraints: { fixed: { 7: 0 } },
 * });
 * assert.ok(found.length === 7 && found.every((f) => f[6] === 0));
 * ```
 */
export function reconstruct(input: ReconstructInput): number[][] {
  const problem = prepare(input);
  if (problem === null) return [];
  const out: number[][] = [];
  search(problem, (frequencies) => {
    out.push([...frequencies]);
  });
  return out;
}

/**
 * How many frequency vectors `reconstruct` would return, without building them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(reconstructCount({ n: 5, mean: "3,00", sd: "1,58", scale: { lo: 1, hi: 5 } }), 1);
 * ```
 */
export function reconstructCount(input: ReconstructInput): number {
  const problem = prepare(input);
  if (problem === null) return 0;
  let count = 0;
  search(problem, () => {
    count++;
  });
  return count;
}

/**
 * Expand a frequency vector into sorted values.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(frequenciesToValues([1, 0, 2], 1), [1, 3, 3]);
 * ```
 */
export function frequenciesToValues(frequencies: readonly number[], min: number): number[] {
  if (!Array.isArray(frequencies)) {
    throw new TypeError(`frequencies: expected an array of counts, got ${typeof frequencies}`);
  }
  const counts = frequencies.map((c, i) => checkCount(`frequencies[${i}]`, c, 0));
  safeInteger("min", min);
  safeInteger("min", min + counts.length); // the largest value must stay a safe integer too
  const total = counts.reduce((a, b) => a + b, 0);
  withinBudget("frequencies", total, EXPAND_BUDGET);
  const values: number[] = [];
  counts.forEach((count, i) => {
    for (let k = 0; k < count; k++) values.push(min + i);
  });
  return values;
}

function asList(c: CountAtOrAbove | CountAtOrAbove[] | undefined): CountAtOrAbove[] {
  return c === undefined ? [] : Array.isArray(c) ? c : [c];
}

// null when no sample can exist at all (the mean or SD is off the scale): the answer is [].
function prepare(input: ReconstructInput): Problem | null {
  if (input === null || typeof input !== "object") {
    throw new TypeError(`input: expected { n, mean, sd, scale, ... }, got ${String(input)}`);
  }
  forensicOptions("input", input, [
    "n",
    "mean",
    "sd",
    "scale",
    "rounding",
    "constraints",
    "limit",
    "budget",
  ], { min: "scale.lo", max: "scale.hi" });
  const n = checkCount("n", input.n, 2);
  const meanReported = printedValue("mean", input.mean);
  const sdReported = printedValue("sd", input.sd);
  const { lo: min, hi: max } = wholeInterval("scale", input.scale, { strict: true });
  const rules = roundingRules("rounding", input.rounding ?? "spss");
  const limit = input.limit === undefined ? Infinity : checkCount("limit", input.limit, 1);
  const budget = finiteNumber("budget", input.budget ?? RECONSTRUCT_BUDGET, { min: 0 });
  if (meanReported.percent) throw new RangeError(`mean: expected a mean, not a percentage`);
  const width = max - min;
  const levels = width + 1;
  if (sdReported.value < 0) throw new RangeError(`sd: expected an SD >= 0, got "${input.sd}"`);
  // A mean off the scale or an SD beyond the largest the scale allows is an answer (no sample
  // fits: []), not an input error.
  const meanLo = Math.min(...rules.map((r) => reportedInterval(meanReported, r).lo));
  const meanHi = Math.max(...rules.map((r) => reportedInterval(meanReported, r).hi));
  if (meanHi < min || meanLo > max) return null;
  const largestSd = Math.sqrt(n / (n - 1)) * width / 2;
  const sdLo = Math.min(...rules.map((r) => reportedInterval(sdReported, r).lo));
  if (sdLo > largestSd) return null;

  // Allowed sums and sums of squares, shifted so the scale is [0, width]:
  // S' = S - n min and Q' = Q - 2 min S + n min^2.
  const bySum = new Map<number, Array<[number, number]>>();
  for (const rule of rules) {
    for (const m of momentRanges(meanReported, sdReported, n, { rounding: rule })) {
      const sum = m.sum - n * min;
      if (sum < 0 || sum > n * width || m.squaresFirst > m.squaresLast) continue;
      const shift = -2 * min * m.sum + n * min * min;
      const ranges = bySum.get(sum) ?? [];
      ranges.push([m.squaresFirst + shift, m.squaresLast + shift]);
      bySum.set(sum, ranges);
    }
  }
  const targets: Target[] = [];
  for (const [sum, ranges] of bySum) {
    // Ranges from different rules overlap or touch (same sum, nested intervals): merge to one
    // range only when they do; otherwise keep separate targets.
    ranges.sort((a, b) => a[0] - b[0]);
    let [first, last] = ranges[0];
    for (const [f, l] of ranges.slice(1)) {
      if (f <= last + 1) last = Math.max(last, l);
      else {
        targets.push({ sum, squaresFirst: first, squaresLast: last });
        [first, last] = [f, l];
      }
    }
    targets.push({ sum, squaresFirst: first, squaresLast: last });
  }
  targets.sort((a, b) => b.sum - a.sum || a.squaresFirst - b.squaresFirst);

  const constraints = optionsObject("constraints", input.constraints, [
    "atLeast",
    "atMost",
    "fixed",
    "predicate",
  ]);
  if (constraints.predicate !== undefined && typeof constraints.predicate !== "function") {
    throw new TypeError(
      `constraints.predicate: expected a function, got ${typeof constraints.predicate}`,
    );
  }
  const fixed = new Array<number>(levels).fill(-1);
  for (const [key, count] of Object.entries(constraints.fixed ?? {})) {
    const value = Number(key);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new RangeError(`constraints.fixed: value ${key} is not on the scale [${min}, ${max}]`);
    }
    fixed[value - min] = checkCount(`constraints.fixed[${key}]`, count, 0);
  }
  // Fold "at least / at most k values >= v" into per-level bounds on the values still to place.
  const atLeastFrom = new Array<number>(levels).fill(0);
  const atMostFrom = new Array<number>(levels).fill(Infinity);
  for (const { value, count } of asList(constraints.atLeast)) {
    safeInteger("constraints.atLeast.value", value);
    checkCount("constraints.atLeast.count", count, 0);
    if (value > max) {
      if (count > 0) atLeastFrom[0] = Infinity; // nobody can be above the scale
      continue;
    }
    const level = Math.max(0, value - min);
    atLeastFrom[level] = Math.max(atLeastFrom[level], count);
  }
  for (const { value, count } of asList(constraints.atMost)) {
    safeInteger("constraints.atMost.value", value);
    checkCount("constraints.atMost.count", count, 0);
    if (value > max) continue;
    const level = Math.max(0, value - min);
    atMostFrom[level] = Math.min(atMostFrom[level], count);
  }
  return {
    n,
    width,
    levels,
    targets,
    fixed,
    atLeastFrom,
    atMostFrom,
    predicate: constraints.predicate,
    limit,
    budget,
  };
}

/** Depth-first search in lexicographic order; `emit` receives a reused buffer. */
function search(problem: Problem, emit: (frequencies: readonly number[]) => void): void {
  const { n, width, levels, targets, fixed, atLeastFrom, atMostFrom, predicate, limit, budget } =
    problem;
  if (targets.length === 0) return;
  let steps = 0;
  const freq = new Array<number>(levels).fill(0);
  let emitted = 0;
  const last = levels - 1;

  // Can `r` values on [lowest, width] still bring (s, q) to some target?
  const reachable = (r: number, s: number, q: number, lowest: number): boolean => {
    for (const t of targets) {
      const bounds = sumOfSquaresBounds(r, t.sum - s, lowest, width);
      if (bounds === null) continue;
      if (bounds.hi >= t.squaresFirst - q && bounds.lo <= t.squaresLast - q) return true;
    }
    return false;
  };

  const accept = (): boolean => {
    if (predicate && !predicate(freq)) return true;
    emit(freq);
    emitted++;
    return emitted < limit;
  };

  // Place the last two levels (values last-1 and last): their counts follow from the sum.
  const closeLastTwo = (r: number, s: number, q: number): boolean => {
    const a = last - 1;
    for (const t of targets) { // by sum descending, i.e. count at `a` ascending
      const remaining = t.sum - s;
      const atTop = remaining - r * a;
      if (atTop < 0 || atTop > r) continue;
      const atA = r - atTop;
      const squares = q + atA * a * a + atTop * last * last;
      if (squares < t.squaresFirst || squares > t.squaresLast) continue;
      if (fixed[a] >= 0 && fixed[a] !== atA) continue;
      if (fixed[last] >= 0 && fixed[last] !== atTop) continue;
      if (r < atLeastFrom[a] || r > atMostFrom[a]) continue;
      if (atTop < atLeastFrom[last] || atTop > atMostFrom[last]) continue;
      freq[a] = atA;
      freq[last] = atTop;
      if (!accept()) return false;
    }
    freq[a] = 0;
    freq[last] = 0;
    return true;
  };

  const place = (level: number, r: number, s: number, q: number): boolean => {
    if (++steps > budget) {
      throw new RangeError(
        `budget: expected the search to finish within ${budget} steps (raise the budget ` +
          `option, or add constraints), got more for n = ${n} on ${levels} levels`,
      );
    }
    if (r < atLeastFrom[level] || r > atMostFrom[level]) return true;
    if (level === last - 1) return closeLastTwo(r, s, q);
    const lowCount = fixed[level] >= 0 ? fixed[level] : 0;
    const highCount = fixed[level] >= 0 ? Math.min(fixed[level], r) : r;
    for (let c = lowCount; c <= highCount; c++) {
      const rest = r - c;
      const s2 = s + c * level;
      const q2 = q + c * level * level;
      if (!reachable(rest, s2, q2, level + 1)) continue;
      freq[level] = c;
      if (!place(level + 1, rest, s2, q2)) return false;
    }
    freq[level] = 0;
    return true;
  };

  if (reachable(n, 0, 0, 0)) place(0, n, 0, 0);
}
