/**
 * The software whose defaults a rank test or McNemar's test can copy: one name instead of the
 * method, correction and zero handling a notebook would otherwise set by hand.
 *
 * - "spss": SPSS's printed "Asymp. Sig." (McNemar: the exact binomial; the sign test: exact
 *   up to 25 pairs).
 * - "r<=4.5": R's `wilcox.test` / `mcnemar.test` / `kruskal.test` defaults up to R 4.5; for the
 *   sign test, `binom.test`.
 * - "r>=4.6": R 4.6's `wilcox.test` default, exact conditional on ties for small samples (the
 *   other tests as up to 4.5).
 * - "scipy": SciPy's current `wilcoxon` / `mannwhitneyu` / `kruskal` defaults; for the sign
 *   test, `binomtest`.
 * - "exact": the exact distribution conditional on the observed ties.
 *
 * The tests that take it: wilcoxon, mannWhitneyU, signTest and signTestFromCounts,
 * kruskalWallis, mcnemar.
 *
 * Each test documents what the preset means for it. A preset fixes those options, so giving
 * one of them too is refused rather than silently resolved one way or the other.
 *
 * @module
 */

/** A software convention a test can reproduce. */
export type SoftwareConvention = "spss" | "r<=4.5" | "r>=4.6" | "scipy" | "exact";

/** Every software convention, in the order notebooks list them. */
export const SOFTWARE_CONVENTIONS: readonly SoftwareConvention[] = [
  "spss",
  "r<=4.5",
  "r>=4.6",
  "scipy",
  "exact",
];
