/**
 * The change in a yes/no proportion before and after, when only the margins are printed: the
 * difference itself is fixed by the margins, but its interval depends on the pairing. This
 * computes Newcombe's paired interval for every joint table the margins allow and summarises
 * the spread, so a notebook can say what the printed numbers support whatever the pairing was.
 *
 * @module
 */

import { jointTables } from "./joint_tables.ts";
import { newcombePairedCI, type PairedDifference } from "../stats/paired_proportion_ci.ts";
import { count, optionsObject } from "../_internal/validate.ts";
import { intervalSpan, type NumericInterval } from "../printed/intervals.ts";

/** Newcombe intervals over every pairing of printed before/after counts. */
export interface PairedDifferenceRange {
  /** How many joint 2 x 2 tables the margins allow. */
  tables: number;
  /** after - before, as a proportion (the same for every pairing). */
  difference: number;
  /** The range of the lower limit over the pairings (smallest to largest). */
  lower: NumericInterval;
  /** The range of the upper limit over the pairings. */
  upper: NumericInterval;
  /** How many pairings give an interval that excludes 0. */
  excludingZero: number;
  /** Each joint table ([[yes-yes, yes-no], [no-yes, no-no]]) with its interval, in lib order. */
  pairings: { table: number[][]; interval: PairedDifference }[];
}

/**
 * Newcombe's paired interval (method 10) for after - before over every joint table with the
 * printed margins: `before` and `after` of `n` answered yes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = pairedDifferenceOverPairings(6, 13, 15); // Lancar 6/15 -> 13/15
 * assert.equal(r.tables, 3);
 * // Newcombe's method 10 by hand for the three tables, z from SciPy's norm.ppf(0.975):
 * // lower limits 0.0468003 (4 yes-yes) to 0.1429621 (6 yes-yes)
 * assert.ok(Math.abs(r.lower.lo - 0.0468003) < 1e-7 && Math.abs(r.lower.hi - 0.1429621) < 1e-7);
 * ```
 */
export function pairedDifferenceOverPairings(
  before: number,
  after: number,
  n: number,
  options: { confidence?: number } = {},
): PairedDifferenceRange {
  optionsObject("options", options, ["confidence"]);
  count("n", n, 1);
  count("before", before);
  count("after", after);
  if (before > n) throw new RangeError(`before must be <= n (${n}), got ${before}`);
  if (after > n) throw new RangeError(`after must be <= n (${n}), got ${after}`);
  const pairings = jointTables([before, n - before], [after, n - after]).map((table) => {
    const [[yesYes, yesNo], [noYes, noNo]] = table;
    return { table, interval: newcombePairedCI({ yesYes, yesNo, noYes, noNo }, options) };
  });
  return {
    tables: pairings.length,
    difference: (after - before) / n,
    lower: intervalSpan(pairings.map((p) => p.interval.ci.lo)),
    upper: intervalSpan(pairings.map((p) => p.interval.ci.hi)),
    excludingZero: pairings.filter((p) => p.interval.ci.lo > 0 || p.interval.ci.hi < 0).length,
    pairings,
  };
}
