/**
 * `data/<slug>/printed.csv`: every number a paper prints outside its tables, one row each, as
 * data: `id, location, kind, quote, reported, status`. Status is `claim`, or `excluded: <reason>`
 * for numbers that cannot be checked against this paper (statistics cited from other sources).
 *
 * @module
 */

import { assertId, CLAIM_KINDS, type ClaimRole, type PrintedNumber } from "../audit/claim.ts";
import { type ExcludedNumber, Ledger } from "../audit/ledger.ts";
import { parseCsv } from "./csv.ts";
import { loadText } from "./load.ts";
import { NUMERIC_KINDS } from "../audit/claim.ts";
import { parseReported } from "../printed/reported.ts";

/** The columns of printed.csv, in order. */
export const PRINTED_COLUMNS = ["id", "location", "kind", "quote", "reported", "status"] as const;

/** A paper's printed numbers: the claims to judge and the numbers excluded, with reasons. */
export interface PrintedNumbers {
  claims: PrintedNumber[];
  excluded: ExcludedNumber[];
}

/**
 * Parse and validate printed.csv text; errors name the file, the row (1 = the header) and the
 * column.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = "id,location,kind,quote,reported,status\n" +
 *   'abstrak.n,Abstrak,n,"diikuti oleh 15 ibu",15,claim\n' +
 *   'intro.target,Pendahuluan,percent,"target 50%",50%,excluded: cited from WHO\n';
 * const printed = parsePrinted(text, "data/demo/printed.csv");
 * assert.equal(printed.claims[0].reported, "15");
 * assert.equal(printed.excluded[0].reason, "cited from WHO");
 * assert.throws(() => parsePrinted(text.replace(",n,", ",nn,"), "printed.csv"),
 *   /printed.csv, row 2, column kind/);
 * ```
 */
export function parsePrinted(text: string, source: string): PrintedNumbers {
  const table = parseCsv(text, source);
  const missing = PRINTED_COLUMNS.filter((c) => !table.columns.includes(c));
  if (missing.length > 0 || table.columns.length !== PRINTED_COLUMNS.length) {
    throw new RangeError(
      `${source}: expected the columns ${PRINTED_COLUMNS.join(", ")}, got ${
        table.columns.join(", ")
      }`,
    );
  }
  const seen = new Set<string>();
  const claims: PrintedNumber[] = [];
  const excluded: ExcludedNumber[] = [];
  table.rows.forEach((row, i) => {
    const at = (column: string) => `${source}, row ${i + 2}, column ${column}`;
    const fail = (column: string, expected: string) => {
      throw new RangeError(
        `${at(column)}: expected ${expected}, got ${JSON.stringify(row[column])}`,
      );
    };
    try {
      assertId("id", row.id);
    } catch {
      fail("id", 'a stable id of lower-case letters, digits, ".", "_" or "-"');
    }
    if (seen.has(row.id)) fail("id", "an id not used in an earlier row");
    seen.add(row.id);
    if (!(CLAIM_KINDS as readonly string[]).includes(row.kind)) {
      fail("kind", `one of ${CLAIM_KINDS.join(", ")}`);
    }
    for (const column of ["location", "quote", "reported"]) {
      if (row[column].trim() === "") fail(column, "the text as printed");
    }
    const kind = row.kind as PrintedNumber["kind"];
    if (NUMERIC_KINDS.includes(kind)) {
      try {
        parseReported(row.reported);
      } catch {
        fail("reported", `a printed number for a ${kind} claim`);
      }
    }
    if (!row.quote.includes(row.reported.replace(/^[<>]=?\s*/, "").replace(/%$/, ""))) {
      fail("quote", `words around the number that contain "${row.reported}" as printed`);
    }
    const printed: PrintedNumber = {
      id: row.id,
      location: row.location,
      kind,
      quote: row.quote,
      reported: row.reported,
    };
    const status = row.status.trim();
    if (status === "claim") claims.push(printed);
    else if (/^excluded:\s*\S/.test(status)) {
      excluded.push({ ...printed, reason: status.replace(/^excluded:\s*/, "") });
    } else fail("status", '"claim" or "excluded: <reason>"');
  });
  return { claims, excluded };
}

/**
 * Load `data/<slug>/printed.csv`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const printed = await loadPrinted("masohi");
 * assert.ok(printed.claims.length > 0);
 * ```
 */
export async function loadPrinted(slug: string): Promise<PrintedNumbers> {
  return parsePrinted(await loadText(slug, "printed.csv"), `data/${slug}/printed.csv`);
}

/**
 * A ledger for a paper, holding every printed number of its printed.csv: each claim row must be
 * judged before the notebook shows its claims.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const ledger = await openLedger("masohi");
 * assert.ok(ledger.unjudged().length > 0);
 * ```
 */
export async function openLedger(slug: string, role: ClaimRole = "paper"): Promise<Ledger> {
  const { claims, excluded } = await loadPrinted(slug);
  return new Ledger(slug, { printed: claims, excluded, role });
}
