/**
 * GRIMMER (Anaya 2016; Allard 2018): can a printed mean and sample SD come from `n` whole-number
 * responses? Every sum the mean allows (not one rounded sum) is tried against every whole sum
 * of squares the SD allows, keeping those with the parity whole numbers force (x^2 and x have
 * the same parity, so Q and S do) and at least the sum of squares of the evenest split.
 *
 * Those are necessary conditions only (n = 2, mean 6,00, SD 2,0 passes them with no sample
 * behind it), so each pair is then decided by searching for a witness sample
 * (moment_witness.ts): a pair is kept with its witness, dropped when the search proves it
 * impossible, and kept as `witness: null` when the search ran out of budget. `consistent` is
 * true only with a witness in hand.
 *
 * @module
 */

import { count as checkCount, finiteNumber, wholeInterval } from "../_internal/validate.ts";
import { printedValue, roundingRules } from "../printed/_arguments.ts";
import { momentRanges } from "./moment_ranges.ts";
import type { RoundingRule } from "../printed/reported.ts";
import { sumOfSquaresBounds } from "./sum_of_squares_bounds.ts";
import { momentWitness, type ValueCounts, WITNESS_BUDGET } from "./moment_witness.ts";
import { granularitySteps } from "./granularity.ts";
import { forensicOptions } from "./_options.ts";
import type { NumericInterval } from "../printed/intervals.ts";

/** Default number of candidate (sum, sum of squares) pairs GRIMMER examines before refusing. */
export const GRIMMER_BUDGET = 1e5;

/** Options for GRIMMER. */
export interface GrimmerOptions {
  /** Whole-number items averaged per person (default 1). */
  items?: number;
  /** The rounding rule or rules a paper may have used, one for mean and SD (default "spss"). */
  rounding?: RoundingRule | readonly RoundingRule[];
  /** Optional bounds `{ lo, hi }` of a single item's scale, which also cap the sum of squares. */
  scale?: NumericInterval;
  /** Steps in which a response was recorded: 1 (default), 0.5, 0.1, ... (1/m for whole m). */
  granularity?: number;
  /** Largest number of candidate pairs examined (default GRIMMER_BUDGET). */
  budget?: number;
  /** Search nodes per witness search (default WITNESS_BUDGET). */
  witnessBudget?: number;
}

/** One (sum, sum of squares) pair that prints as the reported mean and SD. */
export interface GrimmerPair {
  /** Sum of the per-person totals (in units of the granularity). */
  sum: number;
  /** Sum of the squared per-person totals. */
  sumOfSquares: number;
  mean: number;
  sd: number;
  /** Rules under which both print as reported. */
  rules: RoundingRule[];
  /**
   * Per-person totals (value, count) with exactly this sum and sum of squares, or null when
   * the search ran out of budget (only the necessary conditions were tested).
   */
  witness: ValueCounts | null;
}

/** Everything GRIMMER found. */
export interface GrimmerDetails {
  /** Whether a witness sample prints as the reported mean and SD. */
  consistent: boolean;
  /** Whether the mean alone passes GRIM under some rule. */
  grimConsistent: boolean;
  /** Whether every candidate was decided (false: some pairs passed only necessary tests). */
  decided: boolean;
  /** Every pair that passes, by sum then sum of squares. */
  pairs: GrimmerPair[];
}

const OPTION_NAMES = ["items", "rounding", "scale", "granularity", "budget", "witnessBudget"];

interface Candidate {
  sum: number;
  sumOfSquares: number;
  rule: RoundingRule;
}

// Each candidate pair that passes the necessary conditions, once per rule that allows it, as it
// is found (so a verdict can stop at the first witness); the callback returns true to stop.
function forEachCandidate(
  mean: string,
  sd: string,
  n: number,
  options: GrimmerOptions,
  visit: (
    candidate: Candidate,
    setup: { n: number; units: number; lo: number; hi: number },
  ) => boolean | void,
): { grimConsistent: boolean } {
  const meanReported = printedValue("mean", mean);
  const sdReported = printedValue("sd", sd);
  checkCount("n", n, 2);
  forensicOptions("options", options, OPTION_NAMES);
  const items = checkCount("items", options.items ?? 1, 1);
  const steps = options.granularity === undefined ? 1 : granularitySteps(options.granularity);
  const units = items * steps;
  const rules = roundingRules("rounding", options.rounding ?? "spss");
  const budget = finiteNumber("budget", options.budget ?? GRIMMER_BUDGET, { min: 0 });
  if (meanReported.percent) throw new RangeError(`mean: expected a mean, not a percentage`);
  if (sdReported.value < 0) throw new RangeError(`sd: expected an SD >= 0, got "${sd}"`);
  let lo = -Infinity;
  let hi = Infinity;
  if (options.scale !== undefined) {
    const scale = wholeInterval("scale", options.scale, { strict: true });
    lo = scale.lo * units;
    hi = scale.hi * units;
  }
  if (!Number.isSafeInteger(n * units) || !Number.isSafeInteger(n * n * units * units)) {
    throw new RangeError(`n: expected n^2 * items^2 below 2^53, got n = ${n}`);
  }
  let grimConsistent = false;
  let examined = 0;
  for (const rule of rules) {
    for (
      const range of momentRanges(meanReported, sdReported, n, {
        items: units,
        rounding: rule,
        budget,
      })
    ) {
      const bounds = sumOfSquaresBounds(n, range.sum, lo, hi);
      if (bounds === null) continue;
      grimConsistent = true;
      const first = Math.max(range.squaresFirst, bounds.lo);
      const last = Math.min(range.squaresLast, bounds.hi);
      for (let q = first + (((first - range.sum) % 2) + 2) % 2; q <= last; q += 2) {
        if (++examined > budget) {
          throw new RangeError(
            `budget: expected at most ${budget} candidate (sum, sum of squares) pairs (raise ` +
              `the budget option), got more at n = ${n}`,
          );
        }
        if (visit({ sum: range.sum, sumOfSquares: q, rule }, { n, units, lo, hi })) {
          return { grimConsistent };
        }
      }
    }
  }
  return { grimConsistent };
}

/**
 * Every (sum, sum of squares) pair of whole-number data consistent with a printed mean and SD,
 * each with a witness sample (or null where the witness search ran out of budget).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const details = grimmerDetails("5,21", "1,60", 28);
 * assert.ok(details.consistent && details.pairs.every((p) => p.witness !== null));
 * ```
 */
export function grimmerDetails(
  mean: string,
  sd: string,
  n: number,
  options: GrimmerOptions = {},
): GrimmerDetails {
  forensicOptions("options", options, OPTION_NAMES);
  const witnessBudget = finiteNumber("witnessBudget", options.witnessBudget ?? WITNESS_BUDGET, {
    min: 0,
  });
  const byPair = new Map<string, { sum: number; sumOfSquares: number; rules: RoundingRule[] }>();
  let setup = { units: 1, lo: -Infinity, hi: Infinity };
  const { grimConsistent } = forEachCandidate(mean, sd, n, options, (c, s) => {
    setup = s;
    const key = `${c.sum},${c.sumOfSquares}`;
    const existing = byPair.get(key);
    if (existing) existing.rules.push(c.rule);
    else byPair.set(key, { sum: c.sum, sumOfSquares: c.sumOfSquares, rules: [c.rule] });
  });
  const { units, lo, hi } = setup;
  const pairs: GrimmerPair[] = [];
  const ordered = [...byPair.values()].sort((a, b) =>
    a.sum - b.sum || a.sumOfSquares - b.sumOfSquares
  );
  for (const c of ordered) {
    const found = momentWitness(n, c.sum, c.sumOfSquares, lo, hi, witnessBudget);
    if (found.status === "impossible") continue;
    const variance = (n * c.sumOfSquares - c.sum * c.sum) / (n * (n - 1) * units * units);
    pairs.push({
      ...c,
      mean: c.sum / (n * units),
      sd: Math.sqrt(variance),
      witness: found.status === "witness" ? found.sample : null,
    });
  }
  return {
    consistent: pairs.some((p) => p.witness !== null),
    grimConsistent,
    decided: pairs.every((p) => p.witness !== null),
    pairs,
  };
}

/**
 * GRIMMER: whether a printed mean and sample SD can come from `n` whole-number responses. True
 * only with a witness sample found; false when every candidate is proven impossible; a
 * RangeError naming `witnessBudget` when neither could be settled within the budget.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(grimmer("5,21", "1,60", 28), true);
 * assert.equal(grimmer("3,44", "2,47", 18), false);
 * assert.equal(grimmer("6,00", "2,0", 2), false); // parity holds, but 8 is not a square
 * ```
 */
export function grimmer(
  mean: string,
  sd: string,
  n: number,
  options: GrimmerOptions = {},
): boolean {
  forensicOptions("options", options, OPTION_NAMES);
  const witnessBudget = finiteNumber("witnessBudget", options.witnessBudget ?? WITNESS_BUDGET, {
    min: 0,
  });
  let witnessed = false;
  let unresolved = 0;
  const tried = new Set<string>();
  forEachCandidate(mean, sd, n, options, (c, { lo, hi }) => {
    const key = `${c.sum},${c.sumOfSquares}`;
    if (tried.has(key)) return false;
    tried.add(key);
    const found = momentWitness(n, c.sum, c.sumOfSquares, lo, hi, witnessBudget);
    if (found.status === "witness") witnessed = true;
    if (found.status === "unresolved") unresolved++;
    return witnessed;
  });
  if (!witnessed && unresolved > 0) {
    throw new RangeError(
      `witnessBudget: expected a search budget that settles every candidate, got ${unresolved} ` +
        `pair(s) passing the necessary conditions undecided at ${witnessBudget} nodes each`,
    );
  }
  return witnessed;
}
