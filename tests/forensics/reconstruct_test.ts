import assert from "node:assert/strict";
import {
  frequenciesToValues,
  reconstruct,
  reconstructCount,
} from "../../lib/forensics/reconstruct.ts";
import { printsAs, type RoundingRule } from "../../lib/printed/reported.ts";

/** Every composition of n into `levels` parts, lexicographic, kept if mean and SD print. */
function bruteForce(
  n: number,
  min: number,
  max: number,
  mean: string,
  sd: string,
  rules: RoundingRule[] = ["spss"],
  keep: (f: number[]) => boolean = () => true,
): number[][] {
  const levels = max - min + 1;
  const out: number[][] = [];
  const f = new Array<number>(levels).fill(0);
  const walk = (i: number, left: number) => {
    if (i === levels - 1) {
      f[i] = left;
      let s = 0;
      let q = 0;
      for (let j = 0; j < levels; j++) {
        s += f[j] * (min + j);
        q += f[j] * (min + j) ** 2;
      }
      const m = s / n;
      const variance = Math.max(0, (q - n * m * m) / (n - 1));
      const ok = rules.some((rule) =>
        printsAs(m, mean, rule) && printsAs(Math.sqrt(variance), sd, rule)
      );
      if (ok && keep(f)) out.push([...f]);
      return;
    }
    for (let c = 0; c <= left; c++) {
      f[i] = c;
      walk(i + 1, left - c);
    }
  };
  walk(0, n);
  return out;
}

function summary(values: number[]): { mean: number; sd: number } {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1));
  return { mean, sd };
}

// A small deterministic generator so the cases are reproducible.
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

Deno.test("reconstruct: the sample 1..5 is the only one for mean 3,00 and SD 1,58", () => {
  assert.deepEqual(reconstruct({ n: 5, mean: "3,00", sd: "1,58", scale: { lo: 1, hi: 5 } }), [[
    1,
    1,
    1,
    1,
    1,
  ]]);
  assert.deepEqual(frequenciesToValues([1, 0, 2], 1), [1, 3, 3]);
});

Deno.test("reconstruct: equals brute-force enumeration of all compositions (random cases)", () => {
  const random = lcg(20240611);
  let nonEmpty = 0;
  let total = 0;
  for (let trial = 0; trial < 60; trial++) {
    const min = [0, 1, 1, -2][trial % 4];
    const max = min + [2, 3, 4, 6][(trial >> 2) % 4];
    const n = 2 + Math.floor(random() * 11);
    const decimals = 1 + (trial % 2);
    const values = Array.from({ length: n }, () => min + Math.floor(random() * (max - min + 1)));
    const { mean, sd } = summary(values);
    // Half the cases print the true sample's statistics, half print a nudged SD.
    const nudge = trial % 3 === 0 ? 10 ** -decimals : 0;
    const meanText = mean.toFixed(decimals);
    const sdText = (sd + nudge).toFixed(decimals).replace(".", ",");
    const rules: RoundingRule[] = trial % 5 === 0 ? ["spss", "printf"] : ["spss"];
    const expected = bruteForce(n, min, max, meanText, sdText, rules);
    const got = reconstruct({
      n,
      mean: meanText,
      sd: sdText,
      scale: { lo: min, hi: max },
      rounding: rules,
    });
    assert.deepEqual(got, expected, `n=${n} [${min},${max}] ${meanText} ${sdText} ${rules}`);
    const count = reconstructCount({
      n,
      mean: meanText,
      sd: sdText,
      scale: { lo: min, hi: max },
      rounding: rules,
    });
    assert.equal(count, got.length);
    if (got.length > 0) nonEmpty++;
    total += got.length;
  }
  assert.ok(nonEmpty >= 35, `only ${nonEmpty} non-empty cases`);
  assert.ok(total > 100);
});

Deno.test("reconstruct: a bigger case against brute force (n = 20 on 1-5)", () => {
  const expected = bruteForce(20, 1, 5, "3,10", "1,21");
  assert.ok(expected.length > 5);
  assert.deepEqual(
    reconstruct({ n: 20, mean: "3,10", sd: "1,21", scale: { lo: 1, hi: 5 } }),
    expected,
  );
});

Deno.test("reconstruct: rounding-rule ties (mean 2,125 of 8 values)", () => {
  // 17/8 = 2.125 prints 2,13 spss and 2,12 printf.
  const upCount = reconstructCount({ n: 8, mean: "2,13", sd: "0,99", scale: { lo: 1, hi: 4 } });
  const evenCount = reconstructCount({
    n: 8,
    mean: "2,12",
    sd: "0,99",
    scale: { lo: 1, hi: 4 },
    rounding: "printf",
  });
  assert.equal(upCount, bruteForce(8, 1, 4, "2,13", "0,99").length);
  assert.equal(evenCount, bruteForce(8, 1, 4, "2,12", "0,99", ["printf"]).length);
  assert.ok(upCount > 0);
  assert.equal(reconstructCount({ n: 8, mean: "2,12", sd: "0,99", scale: { lo: 1, hi: 4 } }), 0);
});

Deno.test("reconstruct: constraints equal brute force filtered by the same condition", () => {
  const base = { n: 14, mean: "4,1", sd: "1,6", scale: { lo: 1, hi: 7 } } as const;
  const all = bruteForce(14, 1, 7, "4,1", "1,6");
  assert.ok(all.length > 20);
  const atLeast = (f: number[]) => f[3] + f[4] + f[5] + f[6] >= 9;
  assert.deepEqual(
    reconstruct({ ...base, constraints: { atLeast: { value: 4, count: 9 } } }),
    all.filter(atLeast),
  );
  const atMostTop = (f: number[]) => f[6] <= 1;
  assert.deepEqual(
    reconstruct({ ...base, constraints: { atMost: { value: 7, count: 1 } } }),
    all.filter(atMostTop),
  );
  assert.deepEqual(
    reconstruct({ ...base, constraints: { fixed: { 1: 0, 6: 2 } } }),
    all.filter((f) => f[0] === 0 && f[5] === 2),
  );
  const odd = (f: readonly number[]) => f[2] % 2 === 1;
  assert.deepEqual(reconstruct({ ...base, constraints: { predicate: odd } }), all.filter(odd));
  assert.deepEqual(
    reconstruct({
      ...base,
      constraints: { atLeast: [{ value: 4, count: 9 }, { value: 6, count: 3 }] },
    }),
    all.filter((f) => atLeast(f) && f[5] + f[6] >= 3),
  );
  assert.equal(reconstruct({ ...base, limit: 3 }).length, 3);
  assert.deepEqual(reconstruct({ ...base, limit: 3 }), all.slice(0, 3));
});

Deno.test("reconstruct: n = 100 on 1-7, mean 4,00 and SD 1,80 has 116 908 samples", () => {
  // Independent reference: an exhaustive C loop over all 1.6e9 compositions with exact
  // integer print checks, tests/forensics/reference/exhaustive_count.c:
  //   gcc -O2 -o exhaustive exhaustive_count.c && ./exhaustive 100 400 180   # -> 116908
  const solutions = reconstruct({ n: 100, mean: "4,00", sd: "1,80", scale: { lo: 1, hi: 7 } });
  assert.equal(solutions.length, 116908);
  // Every one prints as reported and they are strictly increasing lexicographically.
  for (let i = 0; i < solutions.length; i += 997) {
    const { mean, sd } = summary(frequenciesToValues(solutions[i], 1));
    assert.ok(printsAs(mean, "4,00", "spss") && printsAs(sd, "1,80", "spss"));
  }
  for (let i = 1; i < solutions.length; i++) {
    const a = solutions[i - 1];
    const b = solutions[i];
    const j = a.findIndex((v, k) => v !== b[k]);
    assert.ok(j >= 0 && a[j] < b[j]);
  }
});

Deno.test("reconstruct: impossible combinations are empty, bad input is an error", () => {
  assert.deepEqual(reconstruct({ n: 5, mean: "3,00", sd: "0,10", scale: { lo: 1, hi: 5 } }), []);
  assert.throws(
    () => reconstruct({ n: 5, mean: 3 as unknown as string, sd: "1,0", scale: { lo: 1, hi: 5 } }),
    (e: unknown) => e instanceof TypeError && /mean/.test(e.message),
  );
  assert.throws(
    () => reconstruct({ n: 5, mean: "3,0", sd: 1 as unknown as string, scale: { lo: 1, hi: 5 } }),
    (e: unknown) => e instanceof TypeError && /sd/.test(e.message),
  );
  assert.throws(
    () => reconstruct({ n: 1, mean: "3,0", sd: "1,0", scale: { lo: 1, hi: 5 } }),
    /\bn\b/,
  );
  assert.throws(
    () => reconstruct({ n: 5.5, mean: "3,0", sd: "1,0", scale: { lo: 1, hi: 5 } }),
    /\bn\b/,
  );
  assert.throws(
    () => reconstruct({ n: 5, mean: "3,0", sd: "1,0", scale: { lo: 5, hi: 5 } }),
    /^RangeError: scale\.hi: expected more than scale\.lo/,
  );
  // An SD beyond what the scale allows, or a mean off the scale, is an answer: no sample.
  assert.deepEqual(reconstruct({ n: 5, mean: "3,0", sd: "3,5", scale: { lo: 1, hi: 5 } }), []);
  assert.deepEqual(reconstruct({ n: 5, mean: "8,0", sd: "1,0", scale: { lo: 1, hi: 5 } }), []);
  // Issue 20: on [0, 1] with n = 8 the largest SD is 0.53, so "0,6" under truncation has none.
  assert.deepEqual(
    reconstruct({ n: 8, mean: "0,6", sd: "0,6", scale: { lo: 0, hi: 1 }, rounding: "truncation" }),
    [],
  );
  assert.throws(
    () =>
      reconstruct({
        n: 5,
        mean: "3,0",
        sd: "1,0",
        scale: { lo: 1, hi: 5 },
        constraints: { fixed: { 9: 1 } },
      }),
    /constraints\.fixed/,
  );
});

Deno.test("reconstruct: a search too large for the budget is a named error, and the budget option raises it", () => {
  const wide = { n: 200, mean: "5,00", sd: "2,50", scale: { lo: 0, hi: 10 } } as const;
  assert.throws(() => reconstructCount({ ...wide, budget: 1000 }), /^RangeError: budget: expected/);
  assert.throws(
    () => reconstruct({ ...wide, limit: 1, budget: -1 }),
    /^RangeError: budget: expected a finite number >= 0/,
  );
  assert.throws(() => reconstruct({ ...wide, limt: 5 } as never), /^RangeError: input: expected/);
});

Deno.test("frequenciesToValues refuses what it cannot expand", () => {
  assert.deepEqual(frequenciesToValues([1, 0, 2], 1), [1, 3, 3]);
  assert.throws(
    () => frequenciesToValues([1, Infinity, 2], 1),
    /^RangeError: frequencies\[1\]: expected/,
  );
  assert.throws(() => frequenciesToValues([1e9, 1e9], 1), /^RangeError: frequencies: expected/);
  assert.throws(() => frequenciesToValues([1, 2], 0.5), /^RangeError: min: expected/);
});
