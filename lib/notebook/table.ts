/**
 * Tables for notebooks: records or danfojs DataFrames rendered as HTML with an aligned
 * plain-text twin (the text is what CI compares between runs).
 *
 * This is the only module that imports danfojs, and only when a DataFrame is first asked for:
 * danfojs brings TensorFlow.js (hundreds of MB, most of a second to load), which `table()` and
 * the rest of lib do not need.
 *
 * @module
 */

import type * as Danfo from "danfojs";
import { type Displayable, escapeHtml, JUPYTER_DISPLAY, type MimeBundle } from "./display.ts";
import { loadPaper, loadTable } from "../data/load.ts";
import { parseReported } from "../printed/reported.ts";

/** The danfojs module (types only; load it with {@linkcode danfo}). */
export type { Danfo };

let danfoModule: Promise<typeof Danfo> | undefined;

/**
 * Load danfojs on first use (later calls return the same module).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const dfd = await danfo();
 * assert.deepEqual(new dfd.DataFrame([{ a: 1 }]).shape, [1, 1]);
 * ```
 */
export function danfo(): Promise<typeof Danfo> {
  return danfoModule ??= import("danfojs");
}

/** A table cell: printed strings stay strings; numbers are shown as computed. */
export type Cell = string | number | boolean | null;

/**
 * A displayable table from rows of records. Column order follows `columns`, or the first
 * row's keys.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { toBundle } from "./display.ts";
 * const bundle = toBundle(table([{ Umur: "< 20 tahun", n: "1" }], { caption: "Tabel 1" }));
 * assert.equal(bundle["text/plain"], "Tabel 1\nUmur        n\n----------  -\n< 20 tahun  1");
 * ```
 */
export function table(
  rows: readonly Record<string, Cell>[],
  options: { columns?: string[]; caption?: string } = {},
): Displayable {
  if (!Array.isArray(rows)) throw new TypeError("rows: expected an array of records");
  const columns = options.columns ?? Object.keys(rows[0] ?? {});
  if (columns.length === 0) throw new RangeError("rows: expected at least one column");
  const cells = rows.map((row) => columns.map((c) => formatCell(row[c])));
  return {
    [JUPYTER_DISPLAY]: (): MimeBundle => ({
      "text/html": tableHtml(columns, cells, options.caption),
      "text/plain": tableText(columns, cells, options.caption),
    }),
  };
}

/**
 * Build a danfojs DataFrame from records (all values kept as given) and give it a Jupyter
 * display hook, since danfojs has none. Asynchronous because danfojs loads on first use;
 * `await show(frame(rows))` works as it is.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const df = await frame([{ Paritas: "Multigravida", n: "15" }]);
 * assert.deepEqual(df.shape, [1, 2]);
 * ```
 */
export async function frame(
  rows: readonly Record<string, Cell>[],
  options: { columns?: string[]; caption?: string } = {},
): Promise<Danfo.DataFrame & Displayable> {
  if (!Array.isArray(rows) || rows.length === 0) {
    throw new RangeError("rows: expected at least one record for a DataFrame");
  }
  const columns = options.columns ?? Object.keys(rows[0]);
  const dfd = await danfo();
  const df = new dfd.DataFrame(rows.map((r) => columns.map((c) => r[c] ?? null)), { columns });
  return withDisplay(df, options.caption);
}

/**
 * Give an existing danfojs DataFrame a Jupyter display hook (HTML and aligned text).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { toBundle } from "./display.ts";
 * const dfd = await danfo();
 * const shown = withDisplay(new dfd.DataFrame([{ a: 1 }]), "caption");
 * assert.match(String((await toBundle(shown))["text/plain"]), /^caption\na\n-\n1$/);
 * ```
 */
export function withDisplay<T extends Danfo.DataFrame>(df: T, caption?: string): T & Displayable {
  const display = (): MimeBundle => {
    const columns = df.columns.map(String);
    const values = df.values as unknown[][];
    const cells = values.map((row) => row.map((v) => formatCell(v as Cell)));
    return {
      "text/html": tableHtml(columns, cells, caption),
      "text/plain": tableText(columns, cells, caption),
    };
  };
  return Object.assign(df, { [JUPYTER_DISPLAY]: display });
}

// Cells that mean "not printed" (as lib/data's column check accepts them).
const NOT_PRINTED = new Set(["", "-", "–", "—"]);

/**
 * Load a paper's printed table (validated against the column types declared in
 * data/<slug>/paper.json) as a displayable danfojs DataFrame: count, percent and decimal
 * columns become numbers (read as printed, "12,50" is 12.5; a blank or "-" is null; a bound
 * such as "< 0,05" becomes its number, so use `loadTable` when the bound matters), every
 * other column stays text. The caption is the table's printed title.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const t1 = await printedFrame("masohi", "table1");
 * assert.equal(t1.column("n").sum(), 24 * 4);
 * assert.deepEqual(t1.column("%").values.slice(0, 2), [25, 75]);
 * assert.equal(t1.column("Kategori").values[0], "< 20");
 * ```
 */
export async function printedFrame(
  slug: string,
  name: string,
): Promise<Danfo.DataFrame & Displayable> {
  const paper = await loadTable(slug, name);
  const types = (await loadPaper(slug)).tables[name].columns ?? {};
  const rows = paper.rows.map((row) =>
    paper.columns.map((column): Cell => {
      const text = row[column];
      const type = types[column] ?? "label";
      if (type === "label") return text;
      return NOT_PRINTED.has(text.trim()) ? null : parseReported(text).value;
    })
  );
  const dfd = await danfo();
  const df = new dfd.DataFrame(rows, { columns: paper.columns });
  return withDisplay(df, paper.title);
}

function formatCell(value: Cell | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
  }
  return String(value);
}

function tableHtml(columns: string[], cells: string[][], caption?: string): string {
  const head = columns.map((c) => `<th>${escapeHtml(c)}</th>`).join("");
  const body = cells.map((row) =>
    `<tr>${row.map((v) => `<td>${escapeHtml(v)}</td>`).join("")}</tr>`
  )
    .join("");
  const cap = caption ? `<caption>${escapeHtml(caption)}</caption>` : "";
  return `<table class="audit-table">${cap}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function tableText(columns: string[], cells: string[][], caption?: string): string {
  const widths = columns.map((c, j) => Math.max(c.length, ...cells.map((row) => row[j].length)));
  const line = (row: string[]) => row.map((v, j) => v.padEnd(widths[j])).join("  ").trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [caption ?? null, line(columns), rule, ...cells.map(line)].filter((x) => x !== null)
    .join("\n");
}
