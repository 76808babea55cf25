/**
 * Column types for a printed table, so a wrong cell is caught where it is read, with its place
 * (file, row, column, value), rather than as a NaN three computations later.
 *
 * - `count`: a whole number as printed ("24").
 * - `percent`: a printed number from 0 to 100, with or without "%" ("12,50", "13,5%").
 * - `decimal`: any printed number, including bounds and SPSS's ".000" ("0,338", "< 0,05").
 * - `label`: any text.
 *
 * An empty cell, "-" or "–" means "not printed" and is accepted in every column.
 *
 * @module
 */

import type { CsvTable } from "./csv.ts";
import { parseReported } from "../printed/reported.ts";

/** What a column holds. */
export type ColumnType = "count" | "percent" | "decimal" | "label";

/** Every column type. */
export const COLUMN_TYPES: readonly ColumnType[] = ["count", "percent", "decimal", "label"];

const NOT_PRINTED = new Set(["", "-", "–", "—"]);

/** Why a cell does not fit its column type, or null when it fits. */
function cellProblem(cell: string, type: ColumnType): string | null {
  const text = cell.trim();
  if (type === "label" || NOT_PRINTED.has(text)) return null;
  if (type === "count") return /^\d+$/.test(text) ? null : "a count (a whole number)";
  let value: number;
  try {
    const r = parseReported(text);
    if (type === "percent" && r.bound !== null) return "a percentage from 0 to 100";
    value = r.value;
  } catch {
    return type === "percent" ? "a percentage from 0 to 100" : 'a printed number such as "0,338"';
  }
  if (type === "percent" && !(value >= 0 && value <= 100)) return "a percentage from 0 to 100";
  return null;
}

/**
 * Check a table against declared column types: every declared column must be in the header and
 * every cell must fit its type. The error names the file, the row (as in the file: the header
 * is row 1), the column and the value.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const table = { columns: ["Tes", "n"], rows: [{ Tes: "Pre", n: "21" }, { Tes: "Post", n: "2l" }] };
 * assert.throws(
 *   () => validateColumns(table, { Tes: "label", n: "count" }, "data/x/table2.csv"),
 *   /^RangeError: data\/x\/table2.csv: row 3, column "n": expected a count \(a whole number\), got "2l"$/,
 * );
 * ```
 */
export function validateColumns(
  table: CsvTable,
  columns: Readonly<Record<string, ColumnType>>,
  source: string,
): CsvTable {
  if (columns === null || typeof columns !== "object" || Array.isArray(columns)) {
    throw new TypeError(`columns: expected a map from column name to type, got ${columns}`);
  }
  for (const [column, type] of Object.entries(columns)) {
    if (!COLUMN_TYPES.includes(type)) {
      throw new RangeError(
        `columns: expected types from ${COLUMN_TYPES.join(", ")}, got ${JSON.stringify(type)} ` +
          `for column "${column}"`,
      );
    }
    if (!table.columns.includes(column)) {
      throw new RangeError(
        `${source}: expected a column "${column}" (declared ${type}), got columns ${
          table.columns.map((c) => `"${c}"`).join(", ")
        }`,
      );
    }
  }
  table.rows.forEach((row, i) => {
    for (const [column, type] of Object.entries(columns)) {
      const problem = cellProblem(row[column], type);
      if (problem !== null) {
        throw new RangeError(
          `${source}: row ${i + 2}, column "${column}": expected ${problem}, got ${
            JSON.stringify(row[column])
          }`,
        );
      }
    }
  });
  return table;
}
