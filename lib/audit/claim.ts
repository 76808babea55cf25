/**
 * The audit's vocabulary. A claim is one number (or statement) as printed at one place; a
 * reading is a stated set of assumptions under which a value is computed; the verdict is
 * derived from the readings, never typed; a finding groups the claims one root cause explains.
 *
 * @module
 */
import type { NumericInterval } from "../printed/intervals.ts";

/** What kind of printed thing a claim is about. */
export type ClaimKind =
  | "n"
  | "count"
  | "percent"
  | "mean"
  | "sd"
  | "median"
  | "min"
  | "max"
  | "ci"
  | "statistic"
  | "p"
  | "rank"
  | "significance"
  | "date"
  | "text"
  | "other";

/** Every claim kind, in the order reports list them. */
export const CLAIM_KINDS: readonly ClaimKind[] = [
  "n",
  "count",
  "percent",
  "mean",
  "sd",
  "median",
  "min",
  "max",
  "ci",
  "statistic",
  "p",
  "rank",
  "significance",
  "date",
  "text",
  "other",
];

/** Kinds whose printed string is a number (or a bound such as "< 0,05") that must parse. */
export const NUMERIC_KINDS: readonly ClaimKind[] = CLAIM_KINDS.slice(0, 12);

/** The six verdicts, in the order reports list them. */
export type Verdict =
  | "match"
  | "consistent"
  | "rounding"
  | "mismatch"
  | "contradiction"
  | "unverifiable";

/** Every verdict, in the order reports list them. */
export const VERDICTS: readonly Verdict[] = [
  "match",
  "consistent",
  "rounding",
  "mismatch",
  "contradiction",
  "unverifiable",
];

/** One number as printed at one place: a row of printed.csv, or a cell of a printed table. */
export interface PrintedNumber {
  /** Stable id, unique within the paper, e.g. "t3.day1.p" or "abstrak.n". */
  id: string;
  /** Where the paper prints it: "Tabel 3", "Abstrak", "Hasil, paragraf 2". */
  location: string;
  kind: ClaimKind;
  /** The few words around the number, verbatim. */
  quote: string;
  /** The number (or word) exactly as printed: "0,008", "13,5%", ".000", "signifikan". */
  reported: string;
}

/** A reading as audit.json records it: its assumptions, its value, whether it prints. */
export interface Reading {
  /** The assumptions in words: "n = 15", "Wilcoxon, SPSS convention, pairing 2 of 3". */
  assumption: string;
  /** The same assumptions as data: `{ n: 15 }`, `{ test: "McNemar exact" }`. */
  params: Record<string, unknown>;
  /** The value under these assumptions: one number, or the range a family attains. */
  computed: number | NumericInterval | null;
  /** Whether the reading prints as reported under standard rounding (or meets a bound). */
  prints: boolean;
  /** The rule that made it print ("spss", "printf", "bound", "significance", ...), or null. */
  rule: string | null;
  /** For a family of values: how many of them print as reported, of how many. */
  members?: { prints: number; of: number };
}

/** A root cause shared by one or more claims. */
export interface Finding {
  id: string;
  /** One line a reviewer reads first: "Tabel 3's n = 18 is wrong". */
  title: string;
  /** The evidence in a few sentences. */
  note: string;
}

/** Who a claim belongs to: a paper, or the worked numbers of the primer or the synthesis. */
export type ClaimRole = "paper" | "primer" | "synthesis";

/** Every claim role, papers first. */
export const CLAIM_ROLES: readonly ClaimRole[] = ["paper", "primer", "synthesis"];

/** One judged claim, as it enters reports/audit.json. */
export interface Claim {
  /** The paper's slug, e.g. "masohi" (or "methods", "synthesis"). */
  paper: string;
  id: string;
  kind: ClaimKind;
  /** What the number is, in words. */
  label: string;
  location: string;
  /** The few words around the number, verbatim (null for a worked number of the primer). */
  quote: string | null;
  /** Exactly as printed. */
  reported: string;
  verdict: Verdict;
  /** The forced value, the witness's value, the attainable range, or null (contradiction). */
  computed: number | NumericInterval | null;
  readings: Reading[];
  /** For a consistent claim: k readings of K print as reported. */
  support: { k: number; of: number } | null;
  finding: { id: string; title: string } | null;
  /** The claims this one contradicts or relates to. */
  links: string[];
  /** A typesetting slip that explains a mismatch (a dropped decimal comma, ...). */
  slip: string | null;
  /** Why: the rule, the witness, what is missing. */
  note: string;
  role: ClaimRole;
}

const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;

/**
 * Throw a TypeError naming `name` unless `value` is a stable id (lower-case letters, digits,
 * ".", "_" or "-").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assertId("id", "t3.day1.p");
 * assert.throws(() => assertId("id", "Tabel 3"), /id: expected a stable id/);
 * ```
 */
export function assertId(name: string, value: unknown): asserts value is string {
  if (typeof value !== "string" || !ID_PATTERN.test(value)) {
    throw new TypeError(
      `${name}: expected a stable id of lower-case letters, digits, ".", "_" or "-" ` +
        `(e.g. "t3.day1.p"), got ${JSON.stringify(value)}`,
    );
  }
}

/**
 * Throw a TypeError naming `name` unless `value` is one of the claim kinds.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assertKind("kind", "p");
 * assert.throws(() => assertKind("kind", "pvalue"), /kind: expected one of/);
 * ```
 */
export function assertKind(name: string, value: unknown): asserts value is ClaimKind {
  if (!(CLAIM_KINDS as readonly unknown[]).includes(value)) {
    throw new TypeError(`${name}: expected one of ${CLAIM_KINDS.join(", ")}, got ${String(value)}`);
  }
}
