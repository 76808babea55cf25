/**
 * Verdict rules: how a computed number is judged against the string a paper printed.
 *
 * - `match`: the computed value prints as reported under a standard rounding (half-up as SPSS
 *   and Excel print, or half-even as R rounds), or meets a printed bound ("< 0,05"; SPSS's ".000"
 *   is simply 0 at three decimals, i.e. p < 0.0005).
 * - `rounding`: off by at most one unit in the last printed digit and explained by truncation or
 *   ceiling (or, for a table column, by forcing the column to total 100 %; see column.ts).
 * - `mismatch`: cannot be reconciled.
 * - `unverifiable`: nothing computed (not enough is reported).
 *
 * @module
 */

import { parseReported, printsAs, type Reported, type RoundingRule } from "../printed/reported.ts";

/** The four verdicts a claim can have. */
export type Verdict = "match" | "rounding" | "mismatch" | "unverifiable";

/** Every verdict, in the order reports list them. */
export const VERDICTS: readonly Verdict[] = ["match", "rounding", "mismatch", "unverifiable"];

/** What a verdict rests on: the rule that made the value print as reported, if any. */
export interface Judgement {
  verdict: Verdict;
  /** Rules under which the computed value prints as reported ("bound" for a printed bound). */
  rules: (RoundingRule | "bound")[];
  /** One sentence saying why, for the claim's note. */
  reason: string;
}

const STANDARD: readonly RoundingRule[] = ["half-up", "half-even"];
const NON_STANDARD: readonly RoundingRule[] = ["truncation", "ceiling"];

/**
 * Judge a computed value against a printed one. `decimals` states a table's real printed
 * precision where values are padded (45,80 printed for 45,8).
 *
 * @example
 * ```ts
 * judge("0,008", 0.00814).verdict; // "match"
 * judge("12%", 12.5).rules; // ["half-even"]
 * judge("66,6%", 66.6667).verdict; // "rounding" (truncation)
 * ```
 */
export function judge(reported: string | Reported, computed: number, decimals?: number): Judgement {
  const r = typeof reported === "object" && reported !== null ? reported : parseReported(reported);
  if (typeof computed !== "number" || !Number.isFinite(computed)) {
    throw new RangeError(
      `computed: expected a finite number for "${r.text}", got ${String(computed)}`,
    );
  }
  if (decimals !== undefined && (!Number.isInteger(decimals) || decimals < 0 || decimals > 15)) {
    throw new RangeError(`decimals: expected a whole number from 0 to 15, got ${decimals}`);
  }
  if (r.bound !== null) {
    const holds = printsAs(computed, r, "half-up");
    return {
      verdict: holds ? "match" : "mismatch",
      rules: holds ? ["bound"] : [],
      reason: holds
        ? `${fmt(computed)} satisfies the printed bound ${r.text}`
        : `${fmt(computed)} does not satisfy the printed bound ${r.text}`,
    };
  }
  const places = decimals ?? r.decimals;
  const padded = decimals !== undefined && decimals !== r.decimals
    ? ` (table precision stated as ${decimals} decimals; printed "${r.text}")`
    : "";
  const standard = STANDARD.filter((rule) => printsAs(computed, r, rule, places));
  if (standard.length > 0) {
    const which = standard.length === 2 ? "standard rounding" : `${standard[0]} rounding only`;
    return {
      verdict: "match",
      rules: [...standard],
      reason: `${fmt(computed)} prints as ${r.text} under ${which}${padded}`,
    };
  }
  const other = NON_STANDARD.filter((rule) => printsAs(computed, r, rule, places));
  if (other.length > 0) {
    return {
      verdict: "rounding",
      rules: [...other],
      reason: `${fmt(computed)} prints as ${r.text} only by ${other.join(" or ")}${padded}`,
    };
  }
  return {
    verdict: "mismatch",
    rules: [],
    reason: `${fmt(computed)} does not print as ${r.text} under any rounding${padded}`,
  };
}

/**
 * A computed number shown with enough digits to see why it rounds as it does.
 *
 * @example
 * ```ts
 * fmt(0.0081432); // "0.0081432"
 * fmt(1.5e-23); // "1.5000e-23"
 * ```
 */
export function fmt(x: number): string {
  if (x === 0) return "0";
  const abs = Math.abs(x);
  if (abs < 1e-4 || abs >= 1e7) return x.toExponential(4);
  return String(Number(x.toPrecision(6)));
}
