/**
 * Speed of the exact and normality routines (`deno bench --allow-read bench/stats_bench.ts`).
 * Targets: exact signed-rank n = 1000 untied <= 100 ms; n = 300 five-level <= 100 ms;
 * exact rank-sum with ties n1 = n2 = 200 <= 1 s; Shapiro–Wilk n = 5000 <= 5 ms.
 * Inputs are deterministic so R / SciPy can be timed on the same data.
 */
import { mannWhitneyU } from "../lib/stats/mann_whitney.ts";
import { shapiroWilk } from "../lib/stats/shapiro_wilk.ts";
import { wilcoxon } from "../lib/stats/wilcoxon.ts";

/** Deterministic LCG so the same inputs can be dumped for R / SciPy (see --dump). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const rand = lcg(42);
// n = 1000 untied differences: before = i, after = i + shift with distinct |d|.
const n1000 = Array.from({ length: 1000 }, (_, i) => i + 1);
const perm = [...n1000].sort(() => rand() - 0.5);
const before1000 = n1000.map(() => 0);
const after1000 = n1000.map((_, i) => (rand() < 0.55 ? 1 : -1) * perm[i]);
// n = 300 on a five-level scale (ties and zeros).
const before300 = Array.from({ length: 300 }, () => 1 + Math.floor(rand() * 5));
const after300 = before300.map((b) => Math.min(5, Math.max(1, b + Math.floor(rand() * 4) - 1)));
// Rank-sum n1 = n2 = 200 on a five-level scale.
const x200 = Array.from({ length: 200 }, () => 1 + Math.floor(rand() * 5));
const y200 = Array.from({ length: 200 }, () => 1 + Math.floor(rand() * 5));
const x200u = Array.from({ length: 200 }, () => rand());
const y200u = Array.from({ length: 200 }, () => rand() + 0.02);
// Shapiro–Wilk n = 5000 (approximately normal via sum of uniforms).
const sw5000 = Array.from({ length: 5000 }, () => rand() + rand() + rand() + rand() - 2);

if (Deno.args.includes("--dump")) {
  // `deno run bench/stats_bench.ts --dump` writes the inputs for timing R / SciPy.
  console.log(JSON.stringify({
    before1000,
    after1000,
    before300,
    after300,
    x200,
    y200,
    x200u,
    y200u,
    sw5000,
  }));
}

Deno.bench("exact signed-rank p, n = 1000 untied", { group: "signed" }, () => {
  wilcoxon(before1000, after1000, { method: "exact" });
});
Deno.bench("exact signed-rank p, n = 300 five-level (ties, zeros)", { group: "signed" }, () => {
  wilcoxon(before300, after300, { method: "exact" });
});
Deno.bench("exact rank-sum p, n1 = n2 = 200 five-level ties", { group: "ranksum" }, () => {
  mannWhitneyU(x200, y200, { method: "exact" });
});
Deno.bench("exact rank-sum p, n1 = n2 = 200 untied", { group: "ranksum" }, () => {
  mannWhitneyU(x200u, y200u, { method: "exact" });
});
Deno.bench("Shapiro–Wilk, n = 5000", { group: "sw" }, () => {
  shapiroWilk(sw5000);
});
Deno.bench("asymptotic Wilcoxon, n = 1000", { group: "asymptotic" }, () => {
  wilcoxon(before1000, after1000);
});
