/**
 * Speed of the exact and normality routines. The names are the keys of bench/targets.ts,
 * where the goals live; tools/bench_report.ts checks them and times R and SciPy on the same
 * inputs (bench/inputs.ts).
 *
 * @module
 */
import { clearExactCache, rankSumNoTiesDistribution } from "../lib/stats/exact.ts";
import { mannWhitneyU } from "../lib/stats/mann_whitney.ts";
import { shapiroWilk } from "../lib/stats/shapiro_wilk.ts";
import { wilcoxon } from "../lib/stats/wilcoxon.ts";
import {
  after1000,
  after300,
  before1000,
  before300,
  sw5000,
  x200,
  x200u,
  y200,
  y200u,
} from "./inputs.ts";

Deno.bench("exact signed-rank p, n = 1000 untied", { group: "signed", n: 15, warmup: 2 }, () => {
  wilcoxon(before1000, after1000, { method: "exact" });
});
Deno.bench("exact signed-rank p, n = 300 five-level (ties, zeros)", {
  group: "signed",
  n: 100,
  warmup: 10,
}, () => {
  wilcoxon(before300, after300, { method: "exact" });
});
Deno.bench("untied rank-sum distribution 200 x 200, first call", {
  group: "ranksum",
  n: 30,
  warmup: 3,
}, () => {
  clearExactCache();
  rankSumNoTiesDistribution(200, 200);
});
Deno.bench("untied rank-sum distribution 200 x 200, cached", {
  group: "ranksum",
  n: 300,
  warmup: 30,
}, () => {
  rankSumNoTiesDistribution(200, 200);
});
Deno.bench("exact rank-sum p, n1 = n2 = 200 untied, first call", {
  group: "ranksum",
  n: 30,
  warmup: 3,
}, () => {
  clearExactCache();
  mannWhitneyU(x200u, y200u, { method: "exact" });
});
Deno.bench("exact rank-sum p, n1 = n2 = 200 five-level ties", {
  group: "ranksum",
  n: 15,
  warmup: 3,
}, () => {
  mannWhitneyU(x200, y200, { method: "exact" });
});
Deno.bench("Shapiro–Wilk, n = 5000", { group: "sw", n: 300, warmup: 30 }, () => {
  shapiroWilk(sw5000);
});
Deno.bench("asymptotic Wilcoxon, n = 1000", { group: "asymptotic", n: 100, warmup: 10 }, () => {
  wilcoxon(before1000, after1000);
});
