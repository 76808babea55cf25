/**
 * Speed of lib/forensics: reconstruction of every sample behind a printed mean and SD (n = 100
 * and, against a plain enumerator of every composition, n = 40) and the 3 x 3 joint tables
 * with given margins. The goals are in bench/targets.ts, checked by tools/bench_report.ts.
 * The plain enumerator at n = 100 (1.6e9 compositions, 13 s) is left out so the whole bench
 * stays under 30 s; the n = 40 comparison shows the same gap.
 *
 * Run: deno bench --allow-read bench/forensics_bench.ts
 *
 * @module
 */

import {
  countJointTables,
  jointTables,
  momentRanges,
  pairedTableRange,
  reconstruct,
  reconstructCount,
  reverseSearchTwoGroups,
} from "../lib/forensics/mod.ts";

/**
 * The plain way: visit every composition of n into 7 counts (the last one forced), keeping
 * running sums, and test each against the exact allowed (sum, sum of squares) ranges.
 */
function exhaustiveCount(n: number, mean: string, sd: string): number {
  const allowed = momentRanges(mean, sd, n);
  const ok = (s: number, q: number) =>
    allowed.some((a) => a.sum === s && q >= a.squaresFirst && q <= a.squaresLast);
  let count = 0;
  for (let a = 0; a <= n; a++) {
    for (let b = 0; b <= n - a; b++) {
      for (let c = 0; c <= n - a - b; c++) {
        for (let d = 0; d <= n - a - b - c; d++) {
          for (let e = 0; e <= n - a - b - c - d; e++) {
            const r = n - a - b - c - d - e;
            const s0 = a + 2 * b + 3 * c + 4 * d + 5 * e;
            const q0 = a + 4 * b + 9 * c + 16 * d + 25 * e;
            for (let f = 0; f <= r; f++) {
              const g = r - f;
              const s = s0 + 6 * f + 7 * g;
              if (s !== allowed[0].sum && !allowed.some((x) => x.sum === s)) continue;
              if (ok(s, q0 + 36 * f + 49 * g)) count++;
            }
          }
        }
      }
    }
  }
  return count;
}

const big = { n: 100, mean: "4,00", sd: "1,80", scale: { lo: 1, hi: 7 } };
const small = { n: 40, mean: "4,00", sd: "1,80", scale: { lo: 1, hi: 7 } };

Deno.bench({
  name: "reconstruct n=100 1-7 (116 908 samples, listed)",
  group: "reconstruct n=100",
  baseline: true,
  n: 5,
  warmup: 1,
  fn() {
    if (reconstruct(big).length !== 116908) throw new Error("wrong count");
  },
});

Deno.bench({
  name: "reconstructCount n=100 1-7 (count only)",
  group: "reconstruct n=100",
  n: 5,
  warmup: 1,
  fn() {
    if (reconstructCount(big) !== 116908) throw new Error("wrong count");
  },
});

Deno.bench({
  name: "reconstructCount n=40 1-7",
  group: "reconstruct n=40",
  baseline: true,
  n: 50,
  warmup: 5,
  fn() {
    if (reconstructCount(small) !== 1838) throw new Error("wrong count");
  },
});

Deno.bench({
  name: "exhaustive n=40 1-7 (9.4e6 compositions)",
  group: "reconstruct n=40",
  n: 5,
  warmup: 1,
  fn() {
    if (exhaustiveCount(40, "4,00", "1,80") !== 1838) throw new Error("wrong count");
  },
});

Deno.bench({
  name: "jointTables 3x3 n=24, margins 8/8/8 (1035 tables)",
  group: "joint tables n=24",
  baseline: true,
  n: 300,
  warmup: 30,
  fn() {
    if (jointTables([8, 8, 8], [8, 8, 8]).length !== 1035) throw new Error("wrong count");
  },
});

Deno.bench({
  name: "countJointTables 3x3 n=24",
  group: "joint tables n=24",
  n: 300,
  warmup: 30,
  fn() {
    if (countJointTables([8, 8, 8], [8, 8, 8]) !== 1035) throw new Error("wrong count");
  },
});

Deno.bench({
  name: "pairedTableRange 3x3 n=24 (SPSS Wilcoxon on every table)",
  group: "joint tables n=24",
  n: 30,
  warmup: 3,
  fn() {
    if (pairedTableRange([8, 8, 8], [8, 8, 8]).tables !== 1035) throw new Error("wrong count");
  },
});

// The reverse search over two groups of 10 with k outcome levels and a printed p (paringin-
// selatan's 0,008): the number of data patterns is C(k + 9, 9)^2, about 12 times more per level
// (k = 2: 121, 3: 4 356, 4: 81 796, 5: 1 002 001; k = 5 takes about 3-8 s here, k = 6 about 12
// times that, so the benches stop at k = 4).
for (const [levels, patterns] of [[2, 121], [3, 4356], [4, 81796]] as const) {
  Deno.bench({
    name: `reverse search, two groups of 10, ${levels} levels (${patterns} patterns)`,
    group: "reverse search",
    n: levels === 4 ? 2 : 10,
    warmup: 1,
    fn() {
      const found = reverseSearchTwoGroups({ n1: 10, n2: 10, levels, p: "0,008", budget: 1e7 });
      if (found.matches.length === 0) throw new Error("no match");
    },
  });
}
