/**
 * Independent reference implementations for the forensic tests: the SPSS-style Wilcoxon and
 * Mann-Whitney normal approximations written out from their textbook formulas, sharing no
 * code with lib/stats.
 *
 * @module
 */

function normalTwoSided(z: number): number {
  // p = erfc(|z| / sqrt(2)); the approximation below is good to ~1e-7, enough for 3 decimals.
  return erfc(Math.abs(z) / Math.SQRT2);
}

// Numerical Recipes' erfc (Chebyshev fit, fractional error < 1.2e-7).
function erfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  return t * Math.exp(
    -x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 +
                  t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 +
                                  t * (-0.82215223 + t * 0.17087277)))))))),
  );
}

function midRanks(values: number[]): number[] {
  const order = values.map((v, i) => [v, i]).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(values.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j < order.length && order[j][0] === order[i][0]) j++;
    for (let k = i; k < j; k++) ranks[order[k][1]] = (i + 1 + j) / 2;
    i = j;
  }
  return ranks;
}

function tieTerm(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let sum = 0;
  for (const t of counts.values()) sum += t * t * t - t;
  return sum;
}

/** SPSS Wilcoxon p (zeros dropped, tie-corrected, no continuity correction), ~1e-7 accurate. */
export function referenceWilcoxonP(table: number[][]): number {
  const d: number[] = [];
  table.forEach((row, i) =>
    row.forEach((c, j) => {
      for (let k = 0; k < c; k++) if (i !== j) d.push(j - i);
    })
  );
  const n = d.length;
  if (n === 0) return 1;
  const abs = d.map(Math.abs);
  const ranks = midRanks(abs);
  const tPlus = ranks.reduce((s, r, i) => s + (d[i] > 0 ? r : 0), 0);
  const variance = (n * (n + 1) * (2 * n + 1)) / 24 - tieTerm(abs) / 48;
  return normalTwoSided((tPlus - (n * (n + 1)) / 4) / Math.sqrt(variance));
}

/** Mann-Whitney rank sums and SPSS p from counts per level, ~1e-7 accurate. */
export function referenceMannWhitney(g1: number[], g2: number[]) {
  const x = g1.flatMap((c, l) => new Array<number>(c).fill(l));
  const y = g2.flatMap((c, l) => new Array<number>(c).fill(l));
  const pooled = [...x, ...y];
  const ranks = midRanks(pooled);
  const n1 = x.length;
  const n2 = y.length;
  const n = n1 + n2;
  const r1 = ranks.slice(0, n1).reduce((a, b) => a + b, 0);
  const r2 = (n * (n + 1)) / 2 - r1;
  const u = r1 - (n1 * (n1 + 1)) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm(pooled) / (n * (n - 1)));
  const p = variance > 0 ? normalTwoSided((u - (n1 * n2) / 2) / Math.sqrt(variance)) : 1;
  return { r1, r2, p };
}
