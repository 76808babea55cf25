/**
 * GRIM (Brown & Heathers 2017): can a printed mean of `n` whole-number responses (or of `items`
 * whole-number items per person, or of values recorded in halves or tenths) be a true mean at
 * all? The mean of whole numbers is a fraction `sum / (n * items)`; GRIM lists every whole
 * `sum` whose fraction prints as reported. Decided in whole-number (bigint) arithmetic, so it
 * is exact and takes the same time at n = 10 and n = 1e12.
 *
 * A printed percentage ("13,5%") is read as a proportion of `n` (a count of `n` people).
 *
 * @module
 */

import { count as checkCount, finiteNumber, optionsObject } from "../_internal/validate.ts";
import { forensicOptions } from "./_options.ts";
import { printedValue, roundingRules } from "../printed/_arguments.ts";
import { ceilDiv, type ExactInterval, exactInterval, floorDiv } from "../printed/exact_interval.ts";
import type { RoundingRule } from "../printed/reported.ts";
import { granularitySteps } from "./granularity.ts";

/** How many sums `grimDetails` lists by default before it refuses (raise with `budget`). */
export const GRIM_BUDGET = 1e6;

/** Options for GRIM. */
export interface GrimOptions {
  /** Whole-number items averaged per person (default 1). */
  items?: number;
  /** The rounding rule or rules a paper may have used (default "spss", as SPSS prints). */
  rounding?: RoundingRule | readonly RoundingRule[];
  /** Steps in which a response was recorded: 1 (default), 0.5, 0.1, ... (1/m for whole m). */
  granularity?: number;
  /** Largest number of sums `grimDetails` will list (default GRIM_BUDGET). */
  budget?: number;
}

/** One whole-number sum that prints as the reported mean. */
export interface GrimSum {
  /** Sum of all responses in units of the granularity (over people and items). */
  sum: number;
  /** The mean it gives, `sum / (n * items * steps)` (times 100 for a printed percentage). */
  mean: number;
  /** The rules under which this mean prints as reported. */
  rules: RoundingRule[];
}

/** Everything GRIM found for one printed mean. */
export interface GrimDetails {
  /** Whether any sum prints as reported under any of the rules. */
  consistent: boolean;
  /** `n * items * steps`: the number of whole units summed. */
  responses: number;
  /** Every sum that prints as reported, ascending. */
  sums: GrimSum[];
}

const OPTION_NAMES = ["items", "rounding", "granularity", "budget"];

interface Setup {
  responses: bigint;
  scale: bigint;
  ranges: { rule: RoundingRule; first: bigint; last: bigint }[];
}

// The inclusive range of whole sums s with s * scale / responses inside the interval.
function sumRange(interval: ExactInterval, responses: bigint, scale: bigint) {
  // s * scale / responses >= lo / den  <=>  s >= lo * responses / (den * scale).
  const num = (end: bigint) => end * responses;
  const den = interval.den * scale;
  let first = ceilDiv(num(interval.lo), den);
  if (!interval.loClosed && first * den === num(interval.lo)) first += 1n;
  let last = floorDiv(num(interval.hi), den);
  if (!interval.hiClosed && last * den === num(interval.hi)) last -= 1n;
  return { first, last };
}

function setup(mean: string, n: number, options: GrimOptions): Setup {
  const reported = printedValue("mean", mean);
  checkCount("n", n, 1);
  forensicOptions("options", options, OPTION_NAMES);
  const items = checkCount("items", options.items ?? 1, 1);
  const steps = options.granularity === undefined ? 1 : granularitySteps(options.granularity);
  const rules = roundingRules("rounding", options.rounding ?? "spss");
  const responses = BigInt(n) * BigInt(items) * BigInt(steps);
  const scale = reported.percent ? 100n : 1n;
  const ranges = rules.map((rule) => ({
    rule,
    ...sumRange(exactInterval(reported, rule), responses, scale),
  }));
  return { responses, scale, ranges };
}

/**
 * Every whole-number sum whose mean prints as the reported one, with the rules under which it
 * does. Refuses with a RangeError when there would be more than `budget` sums to list.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(grimDetails("5,18", 40).sums, [{ sum: 207, mean: 5.175, rules: ["spss"] }]);
 * assert.deepEqual(grimDetails("5,17", 40, { rounding: ["spss", "truncation"] }).sums[0].rules, [
 *   "truncation",
 * ]);
 * ```
 */
export function grimDetails(mean: string, n: number, options: GrimOptions = {}): GrimDetails {
  const { responses, scale, ranges } = setup(mean, n, options);
  const budget = finiteNumber("budget", options.budget ?? GRIM_BUDGET, { min: 0 });
  const nonEmpty = ranges.filter((r) => r.first <= r.last);
  const sums: GrimSum[] = [];
  if (nonEmpty.length > 0) {
    const lowest = nonEmpty.reduce((m, r) => r.first < m ? r.first : m, nonEmpty[0].first);
    const highest = nonEmpty.reduce((m, r) => r.last > m ? r.last : m, nonEmpty[0].last);
    const count = Number(highest - lowest + 1n);
    if (count > budget) {
      throw new RangeError(
        `budget: expected at most ${budget} sums to list (raise the budget option, or call ` +
          `grim() for the verdict alone), got ${count}`,
      );
    }
    if (highest > BigInt(Number.MAX_SAFE_INTEGER) || lowest < -BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new RangeError(`n: expected sums below 2^53, got sums up to ${highest}`);
    }
    for (let s = lowest; s <= highest; s++) {
      const accepting = nonEmpty.filter((r) => r.first <= s && s <= r.last).map((r) => r.rule);
      if (accepting.length > 0) {
        sums.push({
          sum: Number(s),
          mean: Number(s * scale) / Number(responses),
          rules: accepting,
        });
      }
    }
  }
  return { consistent: sums.length > 0, responses: Number(responses), sums };
}

/**
 * GRIM: whether a printed mean can be the mean of `n` whole-number responses (`items` each, or
 * recorded in steps of `granularity`). Exact, and constant time in n.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(grim("5,19", 28), false); // 145/28 = 5.18 and 146/28 = 5.21
 * assert.equal(grim("19,25", 4, { items: 3 }), true); // 231/12
 * assert.equal(grim("5,19", 28, { granularity: 0.5 }), false); // 290.5/56 is not whole
 * assert.equal(grim("5,18", 1e12), true);
 * ```
 */
export function grim(mean: string, n: number, options: GrimOptions = {}): boolean {
  return setup(mean, n, options).ranges.some((r) => r.first <= r.last);
}

/** The whole-number sum whose mean lies closest to a printed mean. */
export interface NearestGrimMean {
  sum: number;
  /** `sum / (n * items)` (times 100 for a printed percentage). */
  mean: number;
  /** How far that mean is from the printed value. */
  distance: number;
}

/**
 * The possible mean nearest to a printed one: what a GRIM failure should be compared with.
 * Of two equally near sums the smaller is returned.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(grimNearestMean("2,07", 18).sum, 37); // 37/18 = 2.0556, 0.0144 away
 * ```
 */
export function grimNearestMean(
  mean: string,
  n: number,
  options: { items?: number } = {},
): NearestGrimMean {
  const reported = printedValue("mean", mean);
  checkCount("n", n, 1);
  optionsObject("options", options, ["items"]);
  const items = checkCount("items", options.items ?? 1, 1);
  const responses = n * items;
  if (!Number.isSafeInteger(responses)) {
    throw new RangeError(`n: expected n * items below 2^53, got ${n} * ${items}`);
  }
  const scale = reported.percent ? 100 : 1;
  const target = (reported.value * responses) / scale;
  const candidates = [Math.floor(target), Math.ceil(target)].map((sum) => {
    const possible = (sum * scale) / responses;
    return { sum, mean: possible, distance: Math.abs(possible - reported.value) };
  });
  return candidates[1].distance < candidates[0].distance ? candidates[1] : candidates[0];
}
