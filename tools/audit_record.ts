/**
 * The shape of one record of reports/audit.json as the report reads it: a judged claim (one
 * number as printed at one place, or a relation between printed statements), or a notebook
 * that failed. The claim's fields are lib/audit's own; the report renders any audit.json of this
 * shape (the reproduce output or a fixture) without running a notebook.
 *
 * @module
 */

import {
  type Claim,
  CLAIM_ROLES,
  type ClaimRole,
  type Reading,
  type Verdict,
  VERDICTS,
} from "../lib/audit/claim.ts";

/** Every verdict a record can carry, in the order the report lists them: lib's, then failed. */
export const REPORT_VERDICTS = [...VERDICTS, "failed"] as const;

/** A record's verdict; "failed" only for a notebook that did not run to the end. */
export type ReportVerdict = Verdict | "failed";

/** Who a record belongs to: a paper, or the worked numbers of the primer or the synthesis. */
export type ReportRole = ClaimRole;

/** A single value or the range a family of readings attains. */
export type Computed = Claim["computed"];

/** One reading: its assumptions, its value, and whether it prints as reported. */
export type ReportReading = Reading;

/**
 * One record of audit.json: a judged claim as lib/audit makes it, or a failed notebook (kind
 * "notebook", no quote, no reported string). A fixture may leave out the label.
 */
export interface AuditRecord
  extends Omit<Claim, "kind" | "label" | "quote" | "reported" | "verdict" | "readings" | "links"> {
  kind: string;
  label?: string;
  quote: string | null;
  reported: string | null;
  verdict: ReportVerdict;
  readings: readonly ReportReading[];
  links: readonly string[];
}

const ROLES: readonly string[] = CLAIM_ROLES;

/**
 * The record audit.json carries for a notebook that failed: verdict "failed", where it stopped
 * and the error, so the report shows it as FAILED and never as "no claims".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = failedNotebookRecord({
 *   paper: "masohi", role: "paper", notebook: "03-masohi.ipynb", cell: 7,
 *   error: "RangeError: table1.csv row 3: expected a count",
 * });
 * assert.equal(r.verdict, "failed");
 * assert.equal(r.location, "03-masohi.ipynb, cell 7");
 * ```
 */
export function failedNotebookRecord(
  input: { paper: string; role: ReportRole; notebook: string; cell: number; error: string },
): AuditRecord {
  if (!Number.isInteger(input.cell) || input.cell < 0) {
    throw new TypeError(`cell: expected a cell number >= 0, got ${String(input.cell)}`);
  }
  return {
    paper: input.paper,
    id: "notebook",
    kind: "notebook",
    // "cell 0": the notebook's imports failed before any cell ran (the runner's convention).
    location: `${input.notebook}, cell ${input.cell}`,
    quote: null,
    reported: null,
    verdict: "failed",
    computed: null,
    readings: [],
    support: null,
    finding: null,
    links: [],
    slip: null,
    note: input.error,
    role: input.role,
  };
}

/**
 * Check that a parsed audit.json is an array of records the report can show; errors name the
 * record and field (`audit[3].verdict: expected one of ..., got "ok"`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.throws(() => assertAuditRecords({}), /audit: expected an array/);
 * assert.throws(
 *   () => assertAuditRecords([{ paper: "x", id: "a", kind: "p", verdict: "ok" }]),
 *   /audit\[0\]\.location: expected a string, got undefined/,
 * );
 * ```
 */
export function assertAuditRecords(value: unknown): asserts value is AuditRecord[] {
  if (!Array.isArray(value)) {
    throw new TypeError(`audit: expected an array of claim records, got ${describe(value)}`);
  }
  value.forEach((record, i) => {
    const at = `audit[${i}]`;
    if (record === null || typeof record !== "object") {
      throw new TypeError(`${at}: expected an object, got ${describe(record)}`);
    }
    const r = record as Record<string, unknown>;
    for (const field of ["paper", "id", "kind", "location", "note"]) {
      if (typeof r[field] !== "string") {
        throw new TypeError(`${at}.${field}: expected a string, got ${describe(r[field])}`);
      }
    }
    if (!(REPORT_VERDICTS as readonly unknown[]).includes(r.verdict)) {
      throw new TypeError(
        `${at}.verdict: expected one of ${REPORT_VERDICTS.join(", ")}, got ${describe(r.verdict)}`,
      );
    }
    if (!ROLES.includes(r.role as string)) {
      throw new TypeError(
        `${at}.role: expected one of ${ROLES.join(", ")}, got ${describe(r.role)}`,
      );
    }
    for (const field of ["quote", "reported", "slip"]) {
      if (r[field] !== null && typeof r[field] !== "string") {
        throw new TypeError(`${at}.${field}: expected a string or null, got ${describe(r[field])}`);
      }
    }
    if (!isComputed(r.computed)) {
      throw new TypeError(
        `${at}.computed: expected a finite number, {lo <= hi} or null, got ${describe(r.computed)}`,
      );
    }
    if (!Array.isArray(r.readings)) {
      throw new TypeError(`${at}.readings: expected an array, got ${describe(r.readings)}`);
    }
    if (!Array.isArray(r.links)) {
      throw new TypeError(`${at}.links: expected an array of claim ids, got ${describe(r.links)}`);
    }
    const finding = r.finding as Record<string, unknown> | null;
    if (
      finding !== null &&
      (typeof finding !== "object" || typeof finding.id !== "string" ||
        typeof finding.title !== "string")
    ) {
      throw new TypeError(
        `${at}.finding: expected { id, title } or null, got ${describe(finding)}`,
      );
    }
    const support = r.support as Record<string, unknown> | null;
    if (
      support !== null &&
      (typeof support !== "object" || !Number.isInteger(support.k) ||
        !Number.isInteger(support.of))
    ) {
      throw new TypeError(`${at}.support: expected { k, of } or null, got ${describe(support)}`);
    }
  });
}

function isComputed(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return Number.isFinite(v.lo) && Number.isFinite(v.hi) && (v.lo as number) <= (v.hi as number);
}

function describe(value: unknown): string {
  if (value === undefined) return "undefined";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
