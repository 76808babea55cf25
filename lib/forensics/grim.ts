/**
 * GRIM (Brown & Heathers 2017): can a printed mean of `n` whole-number responses (or of `items`
 * whole-number items per person) be a true mean at all? The mean of whole numbers is a
 * fraction `sum / (n * items)`; GRIM lists every whole `sum` whose fraction prints as reported.
 *
 * A printed percentage ("13,5%") is read as a proportion of `n` (a count of `n` people).
 *
 * @module
 */

import { count as checkCount, printedValue, roundingRules } from "../_internal/validate.ts";
import { exactInterval, fractionInInterval } from "../printed/exact_interval.ts";
import type { RoundingRule } from "../printed/reported.ts";

/** Options for GRIM. */
export interface GrimOptions {
  /** Whole-number items averaged per person (default 1). */
  items?: number;
  /** Rounding rules a paper may have used (default ["spss"], as SPSS prints). */
  rules?: RoundingRule[];
}

/** One whole-number sum that prints as the reported mean. */
export interface GrimSum {
  /** Sum of all responses (over people and items). */
  sum: number;
  /** The mean it gives, `sum / (n * items)` (times 100 for a printed percentage). */
  mean: number;
  /** The rules under which this mean prints as reported. */
  rules: RoundingRule[];
}

/** Everything GRIM found for one printed mean. */
export interface GrimDetails {
  /** Whether any sum prints as reported under any of the rules. */
  consistent: boolean;
  /** `n * items`: the number of whole responses summed. */
  responses: number;
  /** Every sum that prints as reported, ascending. */
  sums: GrimSum[];
}

/**
 * Every whole-number sum whose mean prints as the reported one, with the rules under which it
 * does.
 *
 * @example
 * ```ts
 * grimDetails("5,18", 40).sums; // [{ sum: 207, mean: 5.175, rules: ["spss"] }]
 * grimDetails("5,17", 40, { rules: ["spss", "truncation"] }).sums[0].rules; // ["truncation"]
 * ```
 */
export function grimDetails(mean: string, n: number, options: GrimOptions = {}): GrimDetails {
  const reported = printedValue("mean", mean);
  checkCount("n", n, 1);
  const items = checkCount("items", options.items ?? 1, 1);
  const rules = roundingRules("rules", options.rules ?? ["spss"]);
  const responses = n * items;
  const scale = reported.percent ? 100 : 1;
  const intervals = rules.map((rule) => ({ rule, interval: exactInterval(reported, rule) }));
  // A generous float range of candidate sums; each candidate is then decided exactly.
  const unit = 10 ** -reported.decimals;
  const first = Math.floor(((reported.value - unit) * responses) / scale) - 1;
  const last = Math.ceil(((reported.value + unit) * responses) / scale) + 1;
  const sums: GrimSum[] = [];
  for (let sum = first; sum <= last; sum++) {
    const accepting = intervals
      .filter(({ interval }) =>
        fractionInInterval(BigInt(sum * scale), BigInt(responses), interval)
      )
      .map(({ rule }) => rule);
    if (accepting.length > 0) {
      sums.push({ sum, mean: (sum * scale) / responses, rules: accepting });
    }
  }
  return { consistent: sums.length > 0, responses, sums };
}

/**
 * GRIM: whether a printed mean can be the mean of `n` whole-number responses (`items` each).
 *
 * @example
 * ```ts
 * grim("5,19", 28); // false: 145/28 = 5.18 and 146/28 = 5.21
 * grim("19,25", 4, { items: 3 }); // true: 231/12
 * ```
 */
export function grim(mean: string, n: number, options: GrimOptions = {}): boolean {
  return grimDetails(mean, n, options).consistent;
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
 * grimNearestMean("2,07", 18); // { sum: 37, mean: 2.0556, distance: 0.0144 } (rounded)
 * ```
 */
export function grimNearestMean(
  mean: string,
  n: number,
  options: { items?: number } = {},
): NearestGrimMean {
  const reported = printedValue("mean", mean);
  checkCount("n", n, 1);
  const items = checkCount("items", options.items ?? 1, 1);
  const responses = n * items;
  const scale = reported.percent ? 100 : 1;
  const target = (reported.value * responses) / scale;
  const candidates = [Math.floor(target), Math.ceil(target)].map((sum) => {
    const possible = (sum * scale) / responses;
    return { sum, mean: possible, distance: Math.abs(possible - reported.value) };
  });
  return candidates[1].distance < candidates[0].distance ? candidates[1] : candidates[0];
}
