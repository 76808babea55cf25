/**
 * Verdicts derived from readings, never typed:
 *
 * - `match`: every reading prints as reported under SPSS or printf rounding (or meets a printed
 *   bound); with one reading, the value is forced by what the paper prints;
 * - `consistent`: k of K readings print; the first that prints is the witness;
 * - `rounding`: the one forced value prints only by truncation, ceiling or a column forced to
 *   total 100 %, and that one rule prints every single-valued number of its table or paragraph;
 * - `mismatch`: no reading prints (and no single rule explains its group);
 * - `contradiction` and `unverifiable` are recorded as such by the ledger, with links or a
 *   range, never with an invented value.
 *
 * @module
 */

import { printsAs, type RoundingRule } from "../printed/reported.ts";
import type { Verdict } from "./claim.ts";
import type { JudgedReading } from "./reading.ts";

/** What the readings alone say, before the claim's group is looked at. */
export interface ReadingsOutcome {
  verdict: Exclude<Verdict, "contradiction" | "unverifiable" | "rounding">;
  /** k of K readings print. */
  support: { k: number; of: number };
  /** The first reading that prints, if any. */
  witness: JudgedReading | null;
  /** For a single forced value that prints only under non-standard rules: those rules. */
  roundingCandidates: RoundingRule[];
}

/**
 * Derive what a claim's readings say on their own.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { judgeReading } from "./reading.ts";
 * const readings = [0.0081, 0.012].map((p, i) =>
 *   judgeReading("p", "0,008", { assumption: `pattern ${i + 1}`, computed: p })
 * );
 * const outcome = readingsOutcome(readings);
 * assert.equal(outcome.verdict, "consistent");
 * assert.deepEqual(outcome.support, { k: 1, of: 2 });
 * ```
 */
export function readingsOutcome(readings: readonly JudgedReading[]): ReadingsOutcome {
  if (readings.length === 0) {
    throw new RangeError("readings: expected at least one reading");
  }
  const printing = readings.filter((r) => r.prints);
  const support = { k: printing.length, of: readings.length };
  const witness = printing[0] ?? null;
  if (printing.length === readings.length) {
    return { verdict: "match", support, witness, roundingCandidates: [] };
  }
  if (printing.length > 0) {
    return { verdict: "consistent", support, witness, roundingCandidates: [] };
  }
  const roundingCandidates = readings.length === 1 ? [...readings[0].otherRules] : [];
  return { verdict: "mismatch", support, witness: null, roundingCandidates };
}

/** One member of a rounding group: a single-valued claim of one table or paragraph. */
export interface GroupMember {
  reported: string;
  value: number;
  /** The precision the number really prints at, where a table pads it ("45,80" for 45,8). */
  decimals?: number;
  /** Whether a column forced to total 100 % (largest remainder) prints this entry. */
  forcedPrints?: boolean;
}

/** A non-standard rule a whole group can be printed under. */
export type GroupRule = RoundingRule | "forced-100";

/**
 * The one non-standard rule, if any, under which every single-valued member of a group prints
 * as reported (truncation, then ceiling, then a column forced to total 100 %). A group needing
 * two rules has none: the numbers that fail standard rounding stay mismatches.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(groupRule([{ reported: "66,6", value: 66.667 }, { reported: "33,3", value: 33.333 }]),
 *   "truncation");
 * assert.equal(groupRule([{ reported: "66,6", value: 66.667 }, { reported: "33,4", value: 33.333 }]),
 *   null);
 * ```
 */
export function groupRule(members: readonly GroupMember[]): GroupRule | null {
  for (const rule of ["truncation", "ceiling"] as const) {
    if (members.every((m) => printsAs(m.value, m.reported, rule, m.decimals))) return rule;
  }
  if (members.length > 0 && members.every((m) => m.forcedPrints === true)) return "forced-100";
  return null;
}

/**
 * A computed number shown with enough digits to see why it rounds as it does.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(fmt(0.0081432), "0.0081432");
 * assert.equal(fmt(1.5e-23), "1.5000e-23");
 * ```
 */
export function fmt(x: number): string {
  if (x === 0) return "0";
  const abs = Math.abs(x);
  if (abs < 1e-4 || abs >= 1e7) return x.toExponential(4);
  return String(Number(x.toPrecision(6)));
}
