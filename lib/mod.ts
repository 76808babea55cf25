/**
 * The public surface of the toolkit, one hop to every computation. Each group below is also
 * importable on its own (`lib/stats/mod.ts`, `lib/forensics/mod.ts`, ...; in deno.json's exports
 * map as "./stats", "./forensics", ...): the computational groups load no display packages.
 * What runs the project (the headless runner, reproduce, the checks, the report) lives in
 * tools/, not here.
 *
 * @module
 */

// ---- For everyone: printed numbers (Printed numbers: parsing "0,008", ".000" and "< 0,05", the rounding rules, printed ranges.)
// Parsing and rounding printed numbers ("0,008", ".000", "< 0,05", "13,5%")
export {
  type Bound,
  formatIndonesian,
  meetsBound,
  NON_STANDARD_RULES,
  parseReported,
  type PrintedInterval,
  printsAs,
  printsStandard,
  type Reported,
  reportedInterval,
  ROUNDING_RULES,
  type RoundingRule,
  roundTo,
  STANDARD_RULES,
} from "./printed/mod.ts";
// Interval arithmetic on printed ranges
export {
  formatInterval,
  interval,
  intervalAdd,
  intervalContains,
  intervalDiv,
  intervalFromReported,
  intervalGap,
  intervalHull,
  intervalIntegers,
  intervalIntersect,
  intervalMidpoint,
  intervalMul,
  intervalRatio,
  intervalScale,
  intervalSpan,
  intervalSub,
  intervalWidth,
  type NumericInterval,
  parseRange,
  type PrintedRange,
} from "./printed/mod.ts";

// ---- For statistics users: the tests (The statistical tests these papers report, in SPSS, R and SciPy conventions.)
// Ranks and ties
export { rank, tieCorrectionSum, tieCounts } from "./stats/mod.ts";
// Software conventions as presets of the rank tests and McNemar
export { SOFTWARE_CONVENTIONS, type SoftwareConvention } from "./stats/mod.ts";
// Wilcoxon signed-rank test (SPSS, R and SciPy conventions, exact conditional on ties)
export { wilcoxon, type WilcoxonOptions, type WilcoxonResult } from "./stats/mod.ts";
// Mann-Whitney U test
export {
  type MannWhitneyOptions,
  type MannWhitneyResult,
  mannWhitneySpssExactSig,
  mannWhitneyU,
} from "./stats/mod.ts";
// Exact distributions of the rank statistics
export {
  ExactBudgetError,
  type ExactDistribution,
  type ExactOptions,
  rankSumDistribution,
  rankSumNoTiesDistribution,
  rankSumTails,
  signedRankDistribution,
  signedRankNoTiesDistribution,
  signedRankTails,
} from "./stats/mod.ts";
// Hodges-Lehmann estimates and intervals
export {
  hodgesLehmannOneSample,
  type HodgesLehmannOptions,
  type HodgesLehmannResult,
  hodgesLehmannTwoSample,
} from "./stats/mod.ts";
// Sign test
export {
  signTest,
  type SignTestCountsOptions,
  signTestFromCounts,
  type SignTestOptions,
  type SignTestResult,
} from "./stats/mod.ts";
// t tests and the CI of a mean
export {
  meanCI,
  type MeanSummary,
  type PairedSummary,
  pairedTTest,
  pairedTTestFromSummary,
  type PairedTTestResult,
  studentTTest,
  type TTestOptions,
  type TwoSampleTTestResult,
  welchTTest,
} from "./stats/mod.ts";
// Independent-samples t with Levene, as SPSS prints it
export {
  independentSamplesFromSummary,
  type IndependentSamplesResult,
  independentSamplesTest,
} from "./stats/mod.ts";
// Levene's test
export { type LeveneResult, leveneTest } from "./stats/mod.ts";
// One-way ANOVA
export {
  type AnovaResult,
  type GroupSummary,
  oneWayAnova,
  oneWayAnovaFromSummary,
} from "./stats/mod.ts";
// Kruskal-Wallis
export { kruskalWallis, type KruskalWallisOptions, type KruskalWallisResult } from "./stats/mod.ts";
// Shapiro-Wilk normality test
export { shapiroWilk, type ShapiroWilkResult } from "./stats/mod.ts";
// McNemar's test
export { mcnemar, type McNemarOptions, type McNemarResult } from "./stats/mod.ts";
// Stuart-Maxwell test of marginal homogeneity
export { stuartMaxwell, type StuartMaxwellResult } from "./stats/mod.ts";
// Chi-square tests of r x c tables, as SPSS prints them
export {
  type ChiSquareOptions,
  type ChiSquareResult,
  type ChiSquareRow,
  chiSquareTest,
} from "./stats/mod.ts";
// Fisher's exact test (2 x 2 and r x c)
export {
  fisherExact,
  type FisherExactOptions,
  type FisherExactResult,
  fisherExactRxC,
  type FisherRxCOptions,
  type FisherRxCResult,
} from "./stats/mod.ts";
// Odds ratio and risk ratios, as SPSS's Risk Estimate
export {
  type RatioEstimate,
  riskEstimate,
  type RiskEstimateOptions,
  type RiskEstimateResult,
} from "./stats/mod.ts";
// Pearson and Spearman correlation
export {
  correlationP,
  type CorrelationResult,
  pearsonCorrelation,
  pearsonTest,
  spearmanTest,
} from "./stats/mod.ts";
// Confidence intervals for a proportion
export { proportionCI, type ProportionCIOptions } from "./stats/mod.ts";
// Newcombe's interval for a paired difference of proportions
export { newcombePairedCI, type PairedDifference, type PairedTable } from "./stats/mod.ts";
// Effect sizes
export { effectSizeR, type IndependentU, type PairedRankSums, rankBiserial } from "./stats/mod.ts";
// Power and sample size
export {
  noncentralTCdf,
  noncentralTSf,
  type PowerAlternative,
  powerTTest,
  powerTwoProportions,
  type ProportionPowerOptions,
  type SampleSize,
  sampleSizeNormalApprox,
  sampleSizeTTest,
  sampleSizeTwoProportions,
  type TTestDesign,
  type TTestPowerOptions,
} from "./stats/mod.ts";
// Descriptive statistics from values or frequencies
export {
  describe,
  describeFrequencies,
  type Descriptives,
  expandFrequencies,
  percentages,
} from "./stats/mod.ts";
// p recomputed from a printed statistic (statcheck's core)
export {
  checkPrintedP,
  type PrintedTestResult,
  type StatcheckResult,
  type StatisticKind,
} from "./stats/mod.ts";
// Distributions: tails, log tails, quantiles
export {
  binomialCdf,
  binomialPmf,
  binomialSf,
  chiSquareCdf,
  chiSquareLogSf,
  chiSquareSf,
  logBeta,
  logGamma,
  normalCdf,
  normalLogCdf,
  normalLogSf,
  normalPdf,
  normalQuantile,
  normalSf,
  regularizedGammaPair,
  studentTCdf,
  studentTLogSf,
  studentTPdf,
  studentTQuantile,
  studentTSf,
  twoSidedNormalP,
} from "./stats/mod.ts";
// F distribution
export { fSf } from "./stats/mod.ts";
// Incomplete beta
export { regularizedBeta, regularizedBetaPair } from "./stats/mod.ts";
// p from a z or from exact tails
export { type Alternative, pFromTails, pFromZ } from "./stats/mod.ts";

// ---- For forensic checks (Forensic checks of printed summaries: what data could have produced them.)
// GRIM: is a mean possible with whole-number data?
export {
  grim,
  type GrimDetails,
  grimDetails,
  grimNearestMean,
  type GrimOptions,
  type GrimSum,
  type NearestGrimMean,
} from "./forensics/mod.ts";
// GRIMMER: is a mean with this SD possible?
export {
  grimmer,
  type GrimmerDetails,
  grimmerDetails,
  type GrimmerOptions,
  type GrimmerPair,
} from "./forensics/mod.ts";
// DEBIT: binary data, mean and SD
export { debit, type DebitCount, debitDetails, type DebitOptions } from "./forensics/mod.ts";
// Ranges of the sum and sum of squares a printed mean and SD allow
export { type MomentRange, type MomentRangeOptions, momentRanges } from "./forensics/mod.ts";
// Exhaustive reconstruction of samples from printed summaries
export {
  type CountAtOrAbove,
  frequenciesToValues,
  reconstruct,
  type ReconstructConstraints,
  reconstructCount,
  type ReconstructInput,
} from "./forensics/mod.ts";
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
} from "./forensics/mod.ts";
// Pairings of before/after categories
export { pairingAssignments, totalPairingAssignments } from "./forensics/mod.ts";
// Paired tests over every pairing the margins allow
export {
  type PairedTableOptions,
  type PairedTableRange,
  pairedTableRange,
  type PairedTableResult,
  pairedTableTests,
} from "./forensics/mod.ts";
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
} from "./forensics/mod.ts";
// Reverse search: data that print a given p
export {
  type PairedMatch,
  type PairedReverseInput,
  reverseSearchPaired,
  type ReverseSearchResult,
  reverseSearchTwoGroups,
  type TwoGroupMatch,
  type TwoGroupReverseInput,
} from "./forensics/mod.ts";
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
} from "./forensics/mod.ts";
// Range of the correlation a pairing allows
export { type PairingCorrelationRange, pairingCorrelationRange } from "./forensics/mod.ts";
// Paired differences over every pairing
export { pairedDifferenceOverPairings, type PairedDifferenceRange } from "./forensics/mod.ts";
// CI ends a printed mean and SD allow
export { type CIEndRanges, printedMeanCIRange } from "./forensics/mod.ts";
// "n (x%)" pairs and the denominators a paragraph allows
export {
  checkPercentPair,
  type DenominatorSearch,
  denominatorsThatPrint,
  type PercentOptions,
  type PercentPairCheck,
  type PrintedShare,
} from "./forensics/mod.ts";
// An odds ratio against its own CI
export { checkOddsRatioCI, type OddsRatioCICheck, type PrintedOddsRatio } from "./forensics/mod.ts";
// 2 x 2 tables from printed counts and percentages
export {
  type PrintedRow,
  type ReconstructedTable,
  tablesFromPercentages,
} from "./forensics/mod.ts";

// ---- For auditors: the claims model (The audit: claims, readings, verdicts and findings (no display code).)
// Claims, readings, verdicts and findings: the vocabulary
export {
  type Claim,
  CLAIM_KINDS,
  CLAIM_ROLES,
  type ClaimKind,
  type ClaimRole,
  type Finding,
  NUMERIC_KINDS,
  type PrintedNumber,
  type Reading,
  type Verdict,
  VERDICTS,
} from "./audit/mod.ts";
// The claims ledger
export {
  type EvaluateInput,
  type ExcludedNumber,
  Ledger,
  type LedgerOptions,
  type PrintedTable,
} from "./audit/mod.ts";
// Readings
export { type ReadingInput, significanceClaimed } from "./audit/mod.ts";
// Verdict rules
export { fmt } from "./audit/mod.ts";
// Printed columns forced to total 100 %
export { largestRemainder, printedColumnTotals } from "./audit/mod.ts";
// Tallies: findings and printed numbers by verdict
export { formatComputed, type PaperTally, type Tallied, tallyClaims } from "./audit/mod.ts";

// ---- For notebook authors: the data (Loading data/<slug>/: tables as printed, paper.json and printed.csv, validated.)
// CSV of strings as printed
export { type CsvTable, parseCsv } from "./data/mod.ts";
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
} from "./data/mod.ts";
// printed.csv: every number printed outside the tables
export {
  loadPrinted,
  openLedger,
  parsePrinted,
  PRINTED_COLUMNS,
  type PrintedNumbers,
} from "./data/mod.ts";
// Before/after proportions declared for the synthesis
export { loadProportions, printedCount, type PrintedProportion } from "./data/mod.ts";
// Declared column types of printed tables
export { COLUMN_TYPES, type ColumnType, validateColumns } from "./data/mod.ts";

// ---- For notebook authors: display (What a notebook cell calls: show, tables, figures and the claims table.)
// Showing things in a cell (kernel or headless)
export {
  type Displayable,
  escapeHtml,
  html,
  inKernel,
  JUPYTER_DISPLAY,
  md,
  show,
  toBundle,
} from "./notebook/mod.ts";
// Tables (danfojs loaded only on first use of frame)
export { type Cell, danfo, frame, printedFrame, table, withDisplay } from "./notebook/mod.ts";
// Figures (Observable Plot; PNG, SVG and a text description)
export { type Figure, type FigureOptions, PALETTE, Plot, plot } from "./notebook/mod.ts";
// The claims table and the verdict summary
export {
  claimsDisplay,
  printedCoverage,
  showClaims,
  showSummaryPlaceholder,
  verdictSummary,
} from "./notebook/mod.ts";
