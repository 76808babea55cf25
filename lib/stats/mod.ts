/**
 * Statistics core: every test the reproduced papers report, in each convention a reader
 * may meet (SPSS defaults, R defaults, SciPy, exact conditional).
 *
 * @module
 */
export * from "./alternative.ts";
export * from "./ranks.ts";
export * from "./distributions.ts";
export * from "./exact.ts";
export * from "./wilcoxon.ts";
export * from "./mann_whitney.ts";
export * from "./student_t.ts";
export * from "./shapiro_wilk.ts";
export * from "./mcnemar.ts";
export * from "./proportions.ts";
export * from "./fisher.ts";
export * from "./chi_square.ts";
export * from "./effect_size.ts";
export * from "./f_distribution.ts";
export * from "./anova.ts";
export * from "./levene.ts";
export * from "./independent_t.ts";
export * from "./kruskal_wallis.ts";
export * from "./correlation.ts";
export * from "./risk.ts";
export * from "./sign_test.ts";
export * from "./stuart_maxwell.ts";
export * from "./hodges_lehmann.ts";
export * from "./statcheck.ts";
