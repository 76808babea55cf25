/**
 * Forensic checks of printed summaries: what data could have produced them.
 *
 * @module
 */

// GRIM: is a mean possible with whole-number data?
export {
  grim,
  type GrimDetails,
  grimDetails,
  grimNearestMean,
  type GrimOptions,
  type GrimSum,
  type NearestGrimMean,
} from "./grim.ts";
// GRIMMER: is a mean with this SD possible?
export {
  grimmer,
  type GrimmerDetails,
  grimmerDetails,
  type GrimmerOptions,
  type GrimmerPair,
} from "./grimmer.ts";
// DEBIT: binary data, mean and SD
export { debit, type DebitCount, debitDetails, type DebitOptions } from "./debit.ts";
// Ranges of the sum and sum of squares a printed mean and SD allow
export { type MomentRange, type MomentRangeOptions, momentRanges } from "./moment_ranges.ts";
// Exhaustive reconstruction of samples from printed summaries
export {
  type CountAtOrAbove,
  frequenciesToValues,
  reconstruct,
  type ReconstructConstraints,
  reconstructCount,
  type ReconstructInput,
} from "./reconstruct.ts";
// Every joint table with given margins
export {
  countJointTables,
  type EnumerationOptions,
  forEachComposition,
  forEachJointTable,
  forEachPairedTable,
  forEachTableWithRowMargins,
  forEachTableWithTotal,
  type JointTable,
  jointTables,
  tableToPairs,
} from "./joint_tables.ts";
// Pairings of before/after categories
export { pairingAssignments, totalPairingAssignments } from "./pairing_assignments.ts";
// Paired tests over every pairing the margins allow
export {
  type PairedTableOptions,
  type PairedTableRange,
  pairedTableRange,
  type PairedTableResult,
  pairedTableTests,
} from "./paired_tables.ts";
// Software conventions as presets
export {
  type Convention,
  CONVENTIONS,
  pairedTableTest,
  type PairedTestName,
  type PairedTestOptions,
  type TestResult,
  twoGroupTest,
  type TwoGroupTestOptions,
  type TwoGroupTestResult,
} from "./conventions.ts";
// Reverse search: data that print a given p
export {
  type PairedMatch,
  type PairedReverseInput,
  reverseSearchPaired,
  type ReverseSearchResult,
  reverseSearchTwoGroups,
  type TwoGroupMatch,
  type TwoGroupReverseInput,
} from "./reverse_search.ts";
// Paired t over the unprinted correlation
export {
  correlationForP,
  pairedPCurve,
  pairedPRangeAtCorrelation,
  type PairedTAtCorrelation,
  pairedTAtCorrelation,
  type PairedTBounds,
  pairedTBounds,
  type PrecisionOptions,
  type PrintedPairedSummary,
} from "./t_bounds.ts";
// Range of the correlation a pairing allows
export { type PairingCorrelationRange, pairingCorrelationRange } from "./pairing_correlation.ts";
// Paired differences over every pairing
export {
  pairedDifferenceOverPairings,
  type PairedDifferenceRange,
} from "./paired_difference_range.ts";
// CI ends a printed mean and SD allow
export { type CIEndRanges, printedMeanCIRange } from "./ci_range.ts";
// "n (x%)" pairs and the denominators a paragraph allows
export {
  checkPercentPair,
  type DenominatorSearch,
  denominatorsThatPrint,
  type PercentOptions,
  type PercentPairCheck,
  type PrintedShare,
} from "./percent_pairs.ts";
// An odds ratio against its own CI
export { checkOddsRatioCI, type OddsRatioCICheck, type PrintedOddsRatio } from "./odds_ratio_ci.ts";
// 2 x 2 tables from printed counts and percentages
export {
  type PrintedRow,
  type ReconstructedTable,
  tablesFromPercentages,
} from "./table_from_percentages.ts";
