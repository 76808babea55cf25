/**
 * The public surface of the toolkit: notebooks and tests import from here.
 *
 * @module
 */

export * from "./stats/mod.ts";
export * from "./forensics/mod.ts";
export * from "./audit/claim.ts";
export * from "./audit/verdict.ts";
export * from "./audit/column.ts";
export * from "./audit/ledger.ts";
export * from "./audit/summary.ts";
export * from "./data/csv.ts";
export * from "./data/load.ts";
export * from "./notebook/display.ts";
export * from "./notebook/table.ts";
export * from "./notebook/plot.ts";
export * from "./notebook/claims_display.ts";
export * from "./data/printed.ts";
export * from "./data/proportions.ts";
export * from "./audit/reading.ts";
export * from "../tools/runner.ts";
export * from "../tools/notebooks.ts";
// Additions made for individual papers (one line each, keep sorted):
export * from "./stats/frequency.ts";
export * from "./forensics/ci_range.ts";
export * from "./printed/intervals.ts";
export * from "./forensics/pairing_assignments.ts";
export * from "./forensics/paired_difference_range.ts";
export * from "./forensics/pairing_correlation.ts";
export * from "./stats/paired_proportion_ci.ts";
export * from "./stats/power.ts";
