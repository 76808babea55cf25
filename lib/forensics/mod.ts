/**
 * Forensics: what printed numbers allow. GRIM, GRIMMER and DEBIT consistency checks, complete
 * reconstruction of samples behind a printed mean and SD, every pairing printed margins
 * allow, reverse search from a printed p to the data patterns behind it, and paired-t bounds
 * over the unprinted correlation. Every "does this print as reported" question goes through
 * reported.ts, so the whole project shares one rounding rule.
 *
 * @module
 */
export * from "../printed/reported.ts";
export * from "../printed/exact_interval.ts";
export * from "./sum_of_squares_bounds.ts";
export * from "./moment_ranges.ts";
export * from "./grim.ts";
export * from "./grimmer.ts";
export * from "./debit.ts";
export * from "./reconstruct.ts";
export * from "./joint_tables.ts";
export * from "./conventions.ts";
export * from "./paired_tables.ts";
export * from "./reverse_search.ts";
export * from "./t_bounds.ts";
export * from "../printed/intervals.ts";
export * from "./pairing_assignments.ts";
export * from "./percent_pairs.ts";
export * from "./odds_ratio_ci.ts";
export * from "./table_from_percentages.ts";
