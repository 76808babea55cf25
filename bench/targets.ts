/**
 * The speed goals of the benchmarks, as data: tools/bench_report.ts reads this table, runs
 * `deno bench --json`, and prints each goal with the measured time and pass or fail. Figures
 * quoted from issue 17 were measured on the project's 2-core machine.
 *
 * @module
 */

/** The engines whose timings on the same inputs a goal may be relative to. */
export type ReferenceEngine = "R" | "SciPy";

/** One goal: a bench (by its exact name) and the time it must stay under. */
export interface BenchTarget {
  /** The `Deno.bench` name in bench/. */
  readonly bench: string;
  /** The goal in words, with where it comes from. */
  readonly goal: string;
  /** Ceiling on the median in ms, used when the reference engine is not installed. */
  readonly maxMs: number;
  /**
   * The same computation timed in R and SciPy on the same inputs: keys printed by
   * bench/reference/time_r.R and time_scipy.py. The report shows the ratio to each.
   */
  readonly compare?: { readonly [engine in ReferenceEngine]?: string };
  /** A ceiling relative to one of those engines (it decides when that engine ran). */
  readonly reference?: {
    readonly engine: ReferenceEngine;
    /** Allowed ratio of our median to the engine's time. */
    readonly factor: number;
  };
}

/** `deno task bench` (every bench in bench/) must finish within this many seconds. */
export const BENCH_WALL_SECONDS = 30;

/**
 * Every goal.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.ok(TARGETS.every((t) => t.maxMs > 0));
 * ```
 */
export const TARGETS: readonly BenchTarget[] = [
  {
    bench: "exact signed-rank p, n = 1000 untied",
    goal: "R's speed or better (issue 17: R psignrank 57 ms)",
    maxMs: 57,
    compare: { R: "psignrank_1000", SciPy: "wilcoxon_exact_1000" },
    reference: { engine: "R", factor: 1 },
  },
  {
    bench: "exact signed-rank p, n = 300 five-level (ties, zeros)",
    goal: "conditional signed rank with ties and zeros, n = 300, <= 100 ms",
    maxMs: 100,
  },
  {
    bench: "untied rank-sum distribution 200 x 200, first call",
    goal: "as fast as SciPy's first call (issue 17: SciPy 1.17 230 ms)",
    maxMs: 230,
    compare: { R: "pwilcox_200", SciPy: "mwu_exact_200_first" },
    reference: { engine: "SciPy", factor: 1 },
  },
  {
    bench: "untied rank-sum distribution 200 x 200, cached",
    goal: "cached as SciPy does (issue 17: SciPy 1.8 ms once cached)",
    maxMs: 1.8,
    compare: { SciPy: "mwu_exact_200_cached" },
    reference: { engine: "SciPy", factor: 1 },
  },
  {
    bench: "exact rank-sum p, n1 = n2 = 200 untied, first call",
    goal: "exact Mann-Whitney p at SciPy's first-call speed or better (230 ms)",
    maxMs: 230,
    compare: { R: "pwilcox_200", SciPy: "mwu_exact_200_first" },
    reference: { engine: "SciPy", factor: 1 },
  },
  {
    bench: "exact rank-sum p, n1 = n2 = 200 five-level ties",
    goal: "exact conditional rank sum with ties, n1 = n2 = 200, under 100 ms (issue 17)",
    maxMs: 100,
  },
  {
    bench: "Shapiro–Wilk, n = 5000",
    goal: "within 1.5x of R (R 0.5 ms here)",
    maxMs: 0.75,
    compare: { R: "shapiro_5000", SciPy: "shapiro_5000" },
    reference: { engine: "R", factor: 1.5 },
  },
  {
    bench: "reconstruct n=100 1-7 (116 908 samples, listed)",
    goal: "every sample behind a mean and SD, n = 100 on 1-7, within 1 s",
    maxMs: 1000,
  },
  {
    bench: "jointTables 3x3 n=24, margins 8/8/8 (1035 tables)",
    goal: "every 3 x 3 joint table for n = 24 within 50 ms",
    maxMs: 50,
  },
  {
    bench: "reverse search, two groups of 10, 4 levels (81796 patterns)",
    goal: "every 4-level outcome pattern of two groups of 10 against a printed p within 1.5 s",
    maxMs: 1500,
  },
];
