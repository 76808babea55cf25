/**
 * A claim: one number a paper printed, what lib/ computed for it, and the verdict.
 *
 * @module
 */

import type { Verdict } from "./verdict.ts";

/** What kind of number a claim is about. */
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
  "other",
];

/** One checked number, as it enters reports/audit.json. */
export interface Claim {
  /** The paper's slug, e.g. "masohi". */
  paper: string;
  /** Stable id, unique within the paper, e.g. "t3.day1.z". */
  id: string;
  kind: ClaimKind;
  /** What the number is, in words. */
  label: string;
  /** Where the paper prints it, e.g. "Tabel 3", "Abstrak", "Pembahasan". */
  location: string;
  /** The string exactly as printed. */
  reported: string;
  /** What lib/ computed, or null when nothing can be computed. */
  computed: number | null;
  verdict: Verdict;
  /** Why: the rounding rule that made it pass, or what is missing, plus any explanation. */
  note: string;
}

const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;

/**
 * Validate the fields every claim needs, with errors that name the field.
 *
 * @example
 * ```ts
 * assertClaimFields({ paper: "masohi", id: "t3.z", kind: "statistic", label: "Z day I" });
 * ```
 */
export function assertClaimFields(
  fields: { paper: string; id: string; kind: string; label: string },
): asserts fields is { paper: string; id: string; kind: ClaimKind; label: string } {
  if (typeof fields.paper !== "string" || !ID_PATTERN.test(fields.paper)) {
    throw new TypeError(`paper: expected a slug such as "masohi", got ${String(fields.paper)}`);
  }
  if (typeof fields.id !== "string" || !ID_PATTERN.test(fields.id)) {
    throw new TypeError(
      `id: expected a stable id of lower-case letters, digits, ".", "_" or "-" (e.g. "t3.day1.z"), got ${
        String(fields.id)
      }`,
    );
  }
  if (!(CLAIM_KINDS as readonly string[]).includes(fields.kind)) {
    throw new TypeError(
      `kind: expected one of ${CLAIM_KINDS.join(", ")}, got ${
        String(fields.kind)
      } (claim ${fields.id})`,
    );
  }
  if (typeof fields.label !== "string" || fields.label.trim() === "") {
    throw new TypeError(`label: expected a non-empty description (claim ${fields.id})`);
  }
}
