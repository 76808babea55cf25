/**
 * Loading data/<slug>/: tables as printed, paper.json and printed.csv, validated.
 *
 * @module
 */

// CSV of strings as printed
export { type CsvTable, parseCsv } from "./csv.ts";
// A paper's folder: paper.json and tables
export {
  listPapers,
  loadPaper,
  loadTable,
  loadText,
  type Paper,
  parsePaper,
  type StatedN,
  type TableEntry,
} from "./load.ts";
// printed.csv: every number printed outside the tables
export {
  loadPrinted,
  openLedger,
  parsePrinted,
  PRINTED_COLUMNS,
  type PrintedNumbers,
} from "./printed.ts";
// Before/after proportions declared for the synthesis
export { loadProportions, printedCount, type PrintedProportion } from "./proportions.ts";
// Declared column types of printed tables
export { COLUMN_TYPES, type ColumnType, validateColumns } from "./columns.ts";
