/**
 * The statistical tests these papers report, in SPSS, R and SciPy conventions.
 *
 * @module
 */

// Ranks and ties
export { rank, tieCorrectionSum, tieCounts } from "./ranks.ts";
// Software conventions as presets of the rank tests and McNemar
export { SOFTWARE_CONVENTIONS, type SoftwareConvention } from "./software_convention.ts";
// Wilcoxon signed-rank test (SPSS, R and SciPy conventions, exact conditional on ties)
export { wilcoxon, type WilcoxonOptions, type WilcoxonResult } from "./wilcoxon.ts";
// Mann-Whitney U test
export {
  type MannWhitneyOptions,
  type MannWhitneyResult,
  mannWhitneySpssExactSig,
  mannWhitneyU,
} from "./mann_whitney.ts";
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
} from "./exact.ts";
// Hodges-Lehmann estimates and intervals
export {
  hodgesLehmannOneSample,
  type HodgesLehmannOptions,
  type HodgesLehmannResult,
  hodgesLehmannTwoSample,
} from "./hodges_lehmann.ts";
// Sign test
export {
  signTest,
  type SignTestCountsOptions,
  signTestFromCounts,
  type SignTestOptions,
  type SignTestResult,
} from "./sign_test.ts";
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
} from "./student_t.ts";
// Independent-samples t with Levene, as SPSS prints it
export {
  independentSamplesFromSummary,
  type IndependentSamplesResult,
  independentSamplesTest,
} from "./independent_t.ts";
// Levene's test
export { type LeveneResult, leveneTest } from "./levene.ts";
// One-way ANOVA
export {
  type AnovaResult,
  type GroupSummary,
  oneWayAnova,
  oneWayAnovaFromSummary,
} from "./anova.ts";
// Kruskal-Wallis
export {
  kruskalWallis,
  type KruskalWallisOptions,
  type KruskalWallisResult,
} from "./kruskal_wallis.ts";
// Shapiro-Wilk normality test
export { shapiroWilk, type ShapiroWilkResult } from "./shapiro_wilk.ts";
// McNemar's test
export { mcnemar, type McNemarOptions, type McNemarResult } from "./mcnemar.ts";
// Stuart-Maxwell test of marginal homogeneity
export { stuartMaxwell, type StuartMaxwellResult } from "./stuart_maxwell.ts";
// Chi-square tests of r x c tables, as SPSS prints them
export {
  type ChiSquareOptions,
  type ChiSquareResult,
  type ChiSquareRow,
  chiSquareTest,
} from "./chi_square.ts";
// Fisher's exact test (2 x 2 and r x c)
export {
  fisherExact,
  type FisherExactOptions,
  type FisherExactResult,
  fisherExactRxC,
  type FisherRxCOptions,
  type FisherRxCResult,
} from "./fisher.ts";
// Odds ratio and risk ratios, as SPSS's Risk Estimate
export {
  type RatioEstimate,
  riskEstimate,
  type RiskEstimateOptions,
  type RiskEstimateResult,
} from "./risk.ts";
// Pearson and Spearman correlation
export {
  correlationP,
  type CorrelationResult,
  pearsonCorrelation,
  pearsonTest,
  spearmanTest,
} from "./correlation.ts";
// Confidence intervals for a proportion
export { proportionCI, type ProportionCIOptions } from "./proportions.ts";
// Newcombe's interval for a paired difference of proportions
export {
  newcombePairedCI,
  type PairedDifference,
  type PairedTable,
} from "./paired_proportion_ci.ts";
// Effect sizes
export {
  effectSizeR,
  type IndependentU,
  type PairedRankSums,
  rankBiserial,
} from "./effect_size.ts";
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
} from "./power.ts";
// Descriptive statistics from values or frequencies
export {
  describe,
  describeFrequencies,
  type Descriptives,
  expandFrequencies,
  percentages,
} from "./frequency.ts";
// p recomputed from a printed statistic (statcheck's core)
export {
  checkPrintedP,
  type PrintedTestResult,
  type StatcheckResult,
  type StatisticKind,
} from "./statcheck.ts";
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
} from "./distributions.ts";
// F distribution
export { fSf } from "./f_distribution.ts";
// Incomplete beta
export { regularizedBeta, regularizedBetaPair } from "./incomplete_beta.ts";
// p from a z or from exact tails
export { type Alternative, pFromTails, pFromZ } from "./alternative.ts";
