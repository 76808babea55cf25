/**
 * McNemar's test on the discordant cells of a paired 2×2 table.
 *
 * - exact (default): the two-sided binomial test of b successes in b + c trials with
 *   p = ½ (R's `binom.test(b, b + c)`, SPSS's "Exact Sig. (2-tailed)" for McNemar):
 *   min(1, 2·min(P(X <= b), P(X >= b))). `statistic` is b.
 * - asymptotic: (b − c)²/(b + c), or with `correction: true` (|b − c| − 1)²/(b + c) as R's
 *   `mcnemar.test` (which skips the correction when b = c), on 1 df.
 *
 * b + c = 0 (no discordant pairs): R returns NaN for the asymptotic test. Here both
 * methods return statistic 0 and p = 1 — there is no evidence of a difference — so no NaN
 * ever escapes.
 *
 * `convention` sets method and correction: "spss" and "exact" give the exact binomial (the
 * "Exact Sig." SPSS prints for McNemar); "r<=4.5" and "r>=4.6" give R's default
 * `mcnemar.test`, chi-square with continuity correction. SciPy has no McNemar test, so
 * "scipy" is refused, as is a convention beside method or correction.
 *
 * @module
 */
import { binomialCdf, binomialSf, chiSquareSf } from "./distributions.ts";
import {
  boolean,
  clampProbability,
  count,
  oneOf,
  optionsObject,
  record,
} from "../_internal/validate.ts";
import { conventionOption } from "./_convention_option.ts";
import type { SoftwareConvention } from "./software_convention.ts";

/** Options for {@link mcnemar}. */
export interface McNemarOptions {
  /** "exact" binomial (default) or "asymptotic" chi-square. */
  readonly method?: "exact" | "asymptotic";
  /** Continuity correction for the asymptotic test (default false). */
  readonly correction?: boolean;
  /** A program's defaults (see the module notes); excludes method and correction. */
  readonly convention?: SoftwareConvention;
}

/** Result of {@link mcnemar}. */
export interface McNemarResult {
  /** b (exact) or the chi-square statistic (asymptotic). */
  readonly statistic: number;
  /** Degrees of freedom of the chi-square (asymptotic only; 0 for exact). */
  readonly df: number;
  readonly p: number;
  readonly method: "exact" | "asymptotic";
}

/**
 * McNemar's test from the discordant counts b (yes→no) and c (no→yes).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // R: binom.test(1, 10)$p.value = 0.021484375 (= 2 * 11 / 1024)
 * assert.ok(Math.abs(mcnemar({ b: 1, c: 9 }).p - 0.021484375) < 1e-15);
 * // R: mcnemar.test(matrix(c(5, 9, 1, 5), 2))$p.value = 0.0268567 (chi-square 4.9)
 * const corrected = mcnemar({ b: 1, c: 9 }, { method: "asymptotic", correction: true });
 * assert.ok(corrected.statistic === 4.9 && Math.abs(corrected.p - 0.02685670) < 1e-8);
 * // The same through R's preset:
 * assert.equal(mcnemar({ b: 1, c: 9 }, { convention: "r<=4.5" }).p, corrected.p);
 * ```
 */
export function mcnemar(
  cells: { readonly b: number; readonly c: number },
  options: McNemarOptions = {},
): McNemarResult {
  record("cells", cells);
  optionsObject("options", options);
  const b = count("b", cells.b);
  const c = count("c", cells.c);
  const convention = conventionOption(options, ["method", "correction"]);
  if (convention === "scipy") {
    throw new RangeError(
      'options.convention: expected "spss", "r<=4.5", "r>=4.6" or "exact" (SciPy has no ' +
        'McNemar test), got "scipy"',
    );
  }
  const byR = convention === "r<=4.5" || convention === "r>=4.6";
  const method = byR
    ? "asymptotic"
    : convention !== undefined
    ? "exact"
    : oneOf("method", options.method ?? "exact", ["exact", "asymptotic"] as const);
  const correction = byR || boolean("correction", options.correction ?? false);
  const n = b + c;
  if (method === "exact") {
    if (n === 0) return { statistic: 0, df: 0, p: 1, method };
    const p = Math.min(1, 2 * Math.min(binomialCdf(b, n, 0.5), binomialSf(b, n, 0.5)));
    return { statistic: b, df: 0, p: clampProbability(p), method };
  }
  if (n === 0) return { statistic: 0, df: 1, p: 1, method };
  const yates = correction && b !== c ? 1 : 0;
  const statistic = (Math.abs(b - c) - yates) ** 2 / n;
  return { statistic, df: 1, p: clampProbability(chiSquareSf(statistic, 1)), method };
}
