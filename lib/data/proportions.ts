/**
 * The before/after proportions a paper prints, as paper.json declares them for the synthesis:
 *
 * ```json
 * "synthesis": { "proportions": [
 *   { "label": "Lancar, Tabel 2", "n": "table2[2].Sebelum Jumlah",
 *     "before": "table2[0].Sebelum Jumlah", "after": "table2[0].Sesudah Jumlah" } ] }
 * ```
 *
 * A reference is a table cell, `<table>[<row>].<column>`, or a printed number outside the
 * tables, `printed:<id>`; `n` may be a list of references that add up. Every count comes from a
 * string as printed, so a new paper joins the synthesis by data alone.
 *
 * @module
 */

import { parseReported } from "../printed/reported.ts";
import { loadPaper, loadTable } from "./load.ts";
import { loadPrinted } from "./printed.ts";

/** One before/after proportion, counts as printed. */
export interface PrintedProportion {
  paper: string;
  label: string;
  n: number;
  before: number;
  /** Null when the paper prints no after count. */
  after: number | null;
  /** Where each count was read, for the reader. */
  sources: { n: string[]; before: string; after: string | null };
}

const CELL = /^([A-Za-z0-9_-]+)\[(\d+)\]\.(.+)$/;
const PRINTED = /^printed:([a-z0-9][a-z0-9._-]*)$/;

/**
 * Read one reference of `data/<slug>/` as a whole count.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(await printedCount("muaro-jambi", "table2[0].Sebelum intervensi f"), 8);
 * assert.equal(await printedCount("paringin-selatan", "printed:abstrak.n"), 20);
 * ```
 */
export async function printedCount(slug: string, ref: string): Promise<number> {
  const where = `data/${slug}/paper.json synthesis reference "${ref}"`;
  let text: string | undefined;
  const cell = CELL.exec(ref);
  const printed = PRINTED.exec(ref);
  if (cell) {
    const table = await loadTable(slug, cell[1]);
    const row = table.rows[Number(cell[2])];
    if (row === undefined) throw new RangeError(`${where}: no row ${cell[2]} in ${cell[1]}`);
    if (!table.columns.includes(cell[3])) {
      throw new RangeError(`${where}: no column "${cell[3]}" (${table.columns.join(" | ")})`);
    }
    text = row[cell[3]];
  } else if (printed) {
    const { claims, excluded } = await loadPrinted(slug);
    text = [...claims, ...excluded].find((r) => r.id === printed[1])?.reported;
    if (text === undefined) throw new RangeError(`${where}: no id ${printed[1]} in printed.csv`);
  } else {
    throw new TypeError(`${where}: expected "<table>[<row>].<column>" or "printed:<id>"`);
  }
  const value = parseReported(text).value;
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${where}: expected a whole count, got "${text}"`);
  }
  return value;
}

/**
 * Every before/after proportion a paper declares for the synthesis (none when it declares
 * none).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const [lancar] = await loadProportions("muaro-jambi");
 * assert.deepEqual([lancar.before, lancar.after, lancar.n], [8, 13, 15]);
 * ```
 */
export async function loadProportions(slug: string): Promise<PrintedProportion[]> {
  const paper = await loadPaper(slug);
  const synthesis = paper.synthesis as { proportions?: unknown } | undefined;
  const list = synthesis?.proportions ?? [];
  if (!Array.isArray(list)) {
    throw new TypeError(`data/${slug}/paper.json: synthesis.proportions must be an array`);
  }
  const out: PrintedProportion[] = [];
  for (const [i, raw] of list.entries()) {
    const entry = raw as Record<string, unknown>;
    const at = `data/${slug}/paper.json: synthesis.proportions[${i}]`;
    if (typeof entry.label !== "string" || typeof entry.before !== "string") {
      throw new TypeError(`${at}: expected "label" and "before" strings`);
    }
    const nRefs = Array.isArray(entry.n) ? entry.n : [entry.n];
    if (nRefs.length === 0 || nRefs.some((r) => typeof r !== "string")) {
      throw new TypeError(`${at}: "n" must be a reference or a list of references`);
    }
    if (entry.after !== null && typeof entry.after !== "string") {
      throw new TypeError(`${at}: "after" must be a reference or null`);
    }
    let n = 0;
    for (const ref of nRefs as string[]) n += await printedCount(slug, ref);
    const before = await printedCount(slug, entry.before);
    const after = entry.after === null ? null : await printedCount(slug, entry.after as string);
    if (before > n || (after !== null && after > n)) {
      throw new RangeError(`${at}: a count exceeds n = ${n}`);
    }
    out.push({
      paper: slug,
      label: entry.label,
      n,
      before,
      after,
      sources: { n: nRefs as string[], before: entry.before, after: entry.after as string | null },
    });
  }
  return out;
}
