/**
 * Judging one reading against a printed number: does the value computed under these
 * assumptions print as the paper printed it, and under which rule?
 *
 * @module
 */

import { intervalSpan, type NumericInterval } from "../printed/intervals.ts";
import {
  NON_STANDARD_RULES,
  parseReported,
  printsAs,
  type Reported,
  reportedInterval,
  type RoundingRule,
  STANDARD_RULES,
} from "../printed/reported.ts";
import type { ClaimKind, Reading } from "./claim.ts";
import { finiteNumber, numericInterval } from "../_internal/validate.ts";

// A column forced to total 100 % is judged by the ledger's column(), not here.

/** What a notebook gives for one reading. */
export interface ReadingInput {
  /** The assumptions in words. */
  assumption: string;
  /** The assumptions as data. */
  params?: Record<string, unknown>;
  /**
   * The value under these assumptions: one number; a continuous range (every value between
   * lo and hi is attainable, e.g. p over every correlation); or the values of an enumerated
   * family (every table the margins allow), which prints if any member prints.
   */
  computed?: number | NumericInterval | readonly number[];
  /**
   * For a statement rather than a number ("mayoritas", "semua", a test named): whether the
   * statement holds under these assumptions, decided by the computation the assumption states.
   */
  holds?: boolean;
}

/** A judged reading plus what the verdict rules need beyond audit.json's fields. */
export interface JudgedReading extends Reading {
  /** Non-standard rules under which a single value prints (empty for ranges and families). */
  otherRules: RoundingRule[];
  /** The single value, when the reading has one. */
  value: number | null;
}

/**
 * Whether a printed significance statement claims significance: "signifikan", "ada pengaruh"
 * and "p < 0,05" do; "tidak signifikan", "not significant" and "p > 0,05" do not.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(significanceClaimed("signifikan"), { significant: true, alpha: 0.05 });
 * assert.deepEqual(significanceClaimed("p > 0,05"), { significant: false, alpha: 0.05 });
 * assert.deepEqual(significanceClaimed("tidak ada pengaruh"), { significant: false, alpha: 0.05 });
 * ```
 */
export function significanceClaimed(reported: string): { significant: boolean; alpha: number } {
  const bound = /([<>]=?)\s*([0-9]*[.,]?[0-9]+)/.exec(reported);
  if (bound) {
    const alpha = Number(bound[2].replace(",", "."));
    return { significant: bound[1].startsWith("<"), alpha };
  }
  const negated = /\b(tidak|not|no|bukan|tanpa)\b/i.test(reported);
  return { significant: !negated, alpha: 0.05 };
}

/**
 * Judge one reading against the printed string of a claim of the given kind.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = judgeReading("p", "0,008", { assumption: "untied data", computed: 0.00814 });
 * assert.equal(r.prints, true);
 * const family = judgeReading("p", "0,008", {
 *   assumption: "every tie pattern", computed: [0.0071, 0.0079, 0.0091],
 * });
 * assert.deepEqual(family.members, { prints: 1, of: 3 });
 * ```
 */
export function judgeReading(
  kind: ClaimKind,
  reported: string,
  input: ReadingInput,
  decimals?: number,
): JudgedReading {
  if (typeof input !== "object" || input === null) {
    throw new TypeError(`reading: expected { assumption, params?, computed }, got ${input}`);
  }
  const { assumption, params = {}, computed } = input;
  if (typeof assumption !== "string" || assumption.trim() === "") {
    throw new TypeError("assumption: expected the reading's assumptions in words");
  }
  if (typeof params !== "object" || params === null || Array.isArray(params)) {
    throw new TypeError(`params: expected an object of assumptions, got ${String(params)}`);
  }
  const base = { assumption, params: { ...params } };
  if (kind === "text" || kind === "date" || kind === "other") {
    if (typeof input.holds !== "boolean") {
      throw new TypeError(
        `holds: a ${kind} claim is judged by whether the statement holds; expected true or ` +
          `false for "${assumption}", got ${String(input.holds)}`,
      );
    }
    const value = typeof computed === "number" && Number.isFinite(computed) ? computed : null;
    return {
      ...base,
      computed: value,
      prints: input.holds,
      rule: input.holds ? "holds" : null,
      otherRules: [],
      value,
    };
  }
  if (input.holds !== undefined) {
    throw new TypeError(`holds: only a text, date or other claim is judged by holds (${kind})`);
  }
  if (typeof computed === "number") {
    finiteNumber("computed", computed);
    return { ...base, ...judgeValue(kind, reported, computed, decimals) };
  }
  if (Array.isArray(computed)) {
    if (computed.length === 0) {
      throw new RangeError(`computed: expected at least one value for "${assumption}"`);
    }
    computed.forEach((v, i) => finiteNumber(`computed[${i}]`, v));
    const judged = computed.map((v) => judgeValue(kind, reported, v, decimals));
    const printing = judged.filter((j) => j.prints);
    return {
      ...base,
      computed: intervalSpan(computed),
      prints: printing.length > 0,
      rule: printing[0]?.rule ?? null,
      members: { prints: printing.length, of: computed.length },
      otherRules: [],
      value: null,
    };
  }
  if (typeof computed === "object" && computed !== null) {
    const range = numericInterval("computed", computed);
    const rule = rangeRule(kind, reported, range, decimals);
    return {
      ...base,
      computed: { lo: range.lo, hi: range.hi },
      prints: rule !== null,
      rule,
      otherRules: [],
      value: null,
    };
  }
  throw new TypeError(
    `computed: expected a number, { lo, hi } or an array of numbers for "${assumption}", ` +
      `got ${String(computed)}`,
  );
}

function judgeValue(
  kind: ClaimKind,
  reported: string,
  value: number,
  decimals: number | undefined,
): Omit<JudgedReading, "assumption" | "params"> {
  if (kind === "significance") {
    const claimed = significanceClaimed(reported);
    const prints = (value < claimed.alpha) === claimed.significant;
    return { computed: value, prints, rule: prints ? "significance" : null, otherRules: [], value };
  }
  const r = parseReported(reported);
  if (r.bound !== null) {
    const prints = printsAs(value, r, STANDARD_RULES[0]);
    return { computed: value, prints, rule: prints ? "bound" : null, otherRules: [], value };
  }
  const standard = STANDARD_RULES.filter((rule) => printsAs(value, r, rule, decimals));
  const otherRules = standard.length > 0
    ? []
    : NON_STANDARD_RULES.filter((rule) => printsAs(value, r, rule, decimals));
  return {
    computed: value,
    prints: standard.length > 0,
    rule: standard.length > 0 ? standard.join("+") : null,
    otherRules,
    value,
  };
}

// A continuous range prints if it meets the interval the printed number stands for.
function rangeRule(
  kind: ClaimKind,
  reported: string,
  range: NumericInterval,
  decimals: number | undefined,
): string | null {
  if (kind === "significance") {
    const claimed = significanceClaimed(reported);
    const attainable = claimed.significant ? range.lo < claimed.alpha : range.hi >= claimed.alpha;
    return attainable ? "significance" : null;
  }
  const r: Reported = parseReported(reported);
  if (r.bound !== null) {
    const holds = [range.lo, range.hi].some((v) => printsAs(v, r, STANDARD_RULES[0]));
    return holds ? "bound" : null;
  }
  for (const rule of STANDARD_RULES) {
    const p = reportedInterval(r, rule, decimals);
    const belowHi = p.hiClosed ? range.lo <= p.hi : range.lo < p.hi;
    const aboveLo = p.loClosed ? range.hi >= p.lo : range.hi > p.lo;
    if (belowHi && aboveLo) return rule;
  }
  return null;
}
