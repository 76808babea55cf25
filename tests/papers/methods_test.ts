/**
 * The methods primer (notebooks/00-methods.ipynb) is not a paper: it records no claims, so these
 * tests check two things. (1) The notebook runs headless, its exercises hide their answers (in
 * the run and in the committed outputs), and its simulations agree with exact enumeration within
 * their Monte Carlo error. (2) lib's values for every example the primer shows agree with an
 * independent engine: R 4.2, SciPy 1.10 or brute-force enumeration, the call beside each value.
 *
 * Data used throughout (codes 1 = Kurang lancar, 2 = Cukup lancar, 3 = Lancar):
 *   b <- c(1,1,1,2,2,1,2,1,2,3); a <- c(3,2,2,3,2,3,1,2,3,3); d <- a - b   (ten pairs)
 *   x <- c(3,3,3,3,3,3,2,2,2,1); y <- c(3,3,2,2,2,1,1,1,1,1)              (two groups of 10)
 */
import assert from "node:assert/strict";
import { type Output, readNotebook, runNotebookOnce } from "../../tools/runner.ts";
import {
  grimDetails,
  grimmerDetails,
  hodgesLehmannOneSample,
  hodgesLehmannTwoSample,
  jointTables,
  largestRemainder,
  mannWhitneySpssExactSig,
  mannWhitneyU,
  mcnemar,
  newcombePairedCI,
  pairedTTest,
  percentages,
  powerTTest,
  rank,
  rankBiserial,
  reconstruct,
  roundTo,
  shapiroWilk,
  signedRankDistribution,
  signTest,
  stuartMaxwell,
  studentTSf,
  tieCorrectionSum,
  wilcoxon,
  type WilcoxonOptions,
} from "../../lib/mod.ts";

const PATH = new URL("../../notebooks/00-methods.ipynb", import.meta.url).pathname;
const run = await runNotebookOnce(PATH);
const committed = await readNotebook(PATH);

const before = [1, 1, 1, 2, 2, 1, 2, 1, 2, 3];
const after = [3, 2, 2, 3, 2, 3, 1, 2, 3, 3];
const pijat = [3, 3, 3, 3, 3, 3, 2, 2, 2, 1];
const kontrol = [3, 3, 2, 2, 2, 1, 1, 1, 1, 1];

/** Relative agreement to `digits` significant digits (absolute near zero). */
function near(label: string, value: number, reference: number, digits = 9): void {
  const scale = Math.max(Math.abs(reference), 1e-300);
  assert.ok(
    Math.abs(value - reference) / scale < 10 ** -digits,
    `${label}: lib ${value} vs reference ${reference}`,
  );
}

/** Every text an output carries (plain text, markdown, html, svg, stream, error). */
function texts(outputs: readonly Output[]): string {
  return outputs.map((o) => {
    if (o.output_type === "stream") return o.text;
    if (o.output_type === "error") return `${o.ename}: ${o.evalue}`;
    const data = (o as { data?: Record<string, unknown> }).data ?? {};
    return Object.entries(data).filter(([mime]) => mime !== "image/png").map(([, v]) =>
      Array.isArray(v) ? v.join("") : String(v)
    ).join("\n");
  }).join("\n");
}

const runText = run.outputs.map(texts).join("\n");
const committedText = committed.cells.map((c) => texts(c.outputs ?? [])).join("\n");
const source = (i: number) => {
  const s = committed.cells[i].source;
  return Array.isArray(s) ? s.join("") : s;
};
const markdown = committed.cells.flatMap((c, i) => c.cell_type === "markdown" ? [source(i)] : []);

Deno.test("primer: runs headless and records no claims (it is not a paper)", () => {
  assert.equal(run.error, null, JSON.stringify(run.error));
  assert.equal(run.claims.length, 0);
  assert.doesNotMatch(committedText, /oxytocin-audit\.claims/);
});

Deno.test("primer: every committed figure is a picture any viewer shows (PNG and SVG)", () => {
  const figures = committed.cells.flatMap((c) => c.outputs ?? []).filter((o) =>
    o.output_type === "display_data" && /^Figure: /.test(String(o.data["text/plain"] ?? ""))
  );
  assert.equal(figures.length, 8);
  for (const f of figures) {
    const data = (f as { data: Record<string, unknown> }).data;
    assert.ok(data["image/png"] && data["image/svg+xml"], String(data["text/plain"]));
  }
});

Deno.test("primer: one title pattern, a Ringkasan linked near the top", () => {
  assert.match(markdown[0], /^# 00 · Methods primer: /);
  assert.match(markdown[0], /\(#ringkasan\)/);
  assert.ok(markdown.some((m) => /^## Ringkasan\n/.test(m)));
});

Deno.test("primer: exercises teach, and no output gives an answer away", () => {
  const kinds = markdown.join("\n").match(/^### Exercise \d+ \(([a-z ]+)/gm)!
    .map((h) => h.replace(/^### Exercise \d+ \(/, ""));
  assert.equal(kinds.length, 9);
  const compute = kinds.filter((k) => k === "compute").length;
  assert.ok(kinds.length - compute >= kinds.length / 2, `kinds: ${kinds}`);
  // The answers (R: -sqrt(11) = -3.317; binom.test(0, 5)$p.value = 0.0625; 2^(1-11) < 0.001
  // <= 2^(1-10), so 11 pairs; 53/15 = 3.5333) appear in no prompt and in no output.
  const prompts = markdown.filter((m) => /^### Exercise/m.test(m)).join("\n");
  for (const text of [prompts, runText, committedText]) {
    assert.doesNotMatch(text, /3[.,]317|0[.,]0625|(?<![\d.,])53(?![\d.,])|Numerical answers\n/);
  }
  // Each check cell answers only what was asked: with no answer entered it reveals nothing.
  for (const n of [1, 2, 7, 8]) {
    assert.match(runText, new RegExp(`\\*\\*Exercise ${n}:\\*\\* no answer entered yet\\.`));
    assert.match(committedText, new RegExp(`\\*\\*Exercise ${n}:\\*\\* no answer entered yet\\.`));
  }
  assert.match(committedText, /Numerical answers hidden/);
  // Model answers sit in collapsed sections.
  assert.equal(markdown.join("\n").match(/<details><summary>Exercise \d/g)!.length, 9);
});

Deno.test("primer: the checks of the exercises accept the right answers", () => {
  // The values the hidden check cells compare against.
  const z = wilcoxon([...Array(11).fill(1), ...Array(13).fill(2)], Array(24).fill(2)).z;
  near("exercise 1 Z", z, -Math.sqrt(11), 12); // all 11 differences tied: Z = -sqrt(11)
  const pMin = Math.min(
    ...jointTables([8, 7], [13, 2]).map((t) => mcnemar({ b: t[0][1], c: t[1][0] }).p),
  );
  near("exercise 2", pMin, 0.0625); // R: binom.test(0, 5)$p.value
  near("exercise 7 at 11", mcnemar({ b: 0, c: 11 }).p, 0.0009765625); // R: binom.test(0, 11)
  near("exercise 7 at 10", mcnemar({ b: 0, c: 10 }).p, 0.001953125); // R: binom.test(0, 10)
  assert.equal(grimDetails("3,53", 18).consistent, false); // Python exact fractions: none
  assert.deepEqual(grimDetails("3,53", 15).sums.map((s) => s.sum), [53]); // 53/15 = 3.5333
});

Deno.test("primer §1-§2: ranks, tie correction and the Wilcoxon conventions", () => {
  assert.deepEqual(rank([2, 3, 1, 3, 2, 3]), [2.5, 5, 1, 5, 2.5, 5]); // R: rank(c(2,3,1,3,2,3))
  assert.equal(tieCorrectionSum([2, 3, 1, 3, 2, 3]), 30); // R: sum(table(x)^3 - table(x))
  const w = wilcoxon(before, after);
  near("Var(V)", w.sd ** 2, 46.5); // R: r <- rank(abs(d[d != 0])); sum(r^2)/4
  assert.deepEqual([w.sumRanksPositive, w.sumRanksNegative], [32.5, 3.5]); // R: V = 32.5
  near("SPSS Z", w.z, -2.1263831678096228); // SciPy: wilcoxon(a, b, method='approx').zstatistic
  near("SPSS p", w.p, 0.03347136813457749); // R: wilcox.test(a, b, paired=TRUE, correct=FALSE)
  // SciPy 1.10.1 (zeros present): wilcoxon(a, b).pvalue prints the same 0.03347136813457749
  // R 4.2: wilcox.test(a, b, paired = TRUE, exact = FALSE)$p.value
  near("R <= 4.5", wilcoxon(before, after, { correction: true }).p, 0.0400667965381699);
  // Brute force: every sign pattern of the 8 non-zero ranks (zeros dropped): 14/256.
  near("exact", wilcoxon(before, after, { method: "exact" }).p, exactSignedRankP(after, before));
  near("exact", wilcoxon(before, after, { method: "exact" }).p, 14 / 256);
  near("R <= 4.5 preset", wilcoxon(before, after, { convention: "r<=4.5" }).p, 0.0400667965381699);
  // R >= 4.6 (not installable) with zero differences: no exact p, the continuity-corrected normal
  // approximation with zeros dropped, the same p as R 4.2:
  // R 4.2: wilcox.test(a, b, paired = TRUE)$p.value = 0.04006679653816989 (warns: ties, zeroes)
  const r46 = wilcoxon(before, after, { convention: "r>=4.6" });
  assert.equal(r46.method, "asymptotic");
  near("R >= 4.6 with zeros", r46.p, 0.04006679653816989);
  // Without the two zero pairs (8 pairs, ties): R >= 4.6 is exact conditional on the ties;
  // brute force over the 2^8 sign patterns gives 14/256.
  const noZero = [0, 1, 2, 3, 5, 6, 7, 8];
  const b8 = noZero.map((i) => before[i]);
  const a8 = noZero.map((i) => after[i]);
  const r46NoZero = wilcoxon(b8, a8, { convention: "r>=4.6" });
  assert.equal(r46NoZero.method, "exact");
  near("R >= 4.6 without zeros", r46NoZero.p, exactSignedRankP(a8, b8));
  near("R >= 4.6 without zeros", r46NoZero.p, 14 / 256);
  // SciPy >= 1.15 default (10 pairs <= 13, ties and zeros): the permutation test over every sign
  // of the non-zero differences, zeros dropped: brute force 14/256.
  near("SciPy >= 1.15", wilcoxon(before, after, { convention: "scipy" }).p, 14 / 256);
  // The notebook's conventions table shows these values.
  const conventionsTable = runText.slice(runText.indexOf("One data set, five conventions"));
  const row = (name: string) =>
    conventionsTable.split("\n").find((l) => l.startsWith(name))!.trim().split(/\s{2,}/);
  assert.deepEqual(row("R ≥ 4.6 default").slice(2), ["0.04007", "yes"]);
  assert.deepEqual(row("SciPy ≥ 1.15 default").slice(2), ["0.05469", "no"]);
  near(
    "exact lower tail",
    signedRankDistribution([3.5, 3.5, 3.5, 3.5, 3.5, 3.5, 7.5, 7.5])
      .cdf(3.5),
    7 / 256,
  ); // brute force: 7 of the 256 patterns have V <= 3.5
});

/** Two-sided exact signed-rank p by listing all 2^m sign patterns of the non-zero differences. */
function exactSignedRankP(a: number[], b: number[]) {
  const d = a.map((x, i) => x - b[i]);
  const kept = d.filter((x) => x !== 0);
  const abs = kept.map(Math.abs);
  const ranks = abs.map((v) =>
    abs.filter((u) => u < v).length + (abs.filter((u) => u === v).length + 1) / 2
  );
  const nonZero = kept.flatMap((x, i) => (x !== 0 ? [{ x, r: ranks[i] }] : []));
  const observed = nonZero.reduce((acc, { x, r }) => acc + (x > 0 ? r : 0), 0);
  const total = nonZero.reduce((acc, { r }) => acc + r, 0);
  let low = 0;
  let high = 0;
  const m = nonZero.length;
  for (let mask = 0; mask < 2 ** m; mask++) {
    let v = 0;
    for (let i = 0; i < m; i++) if (mask & (1 << i)) v += nonZero[i].r;
    if (v <= observed + 1e-9) low++;
    if (v >= observed - 1e-9) high++;
  }
  assert.ok(total > 0);
  return Math.min(1, (2 * Math.min(low, high)) / 2 ** m);
}

Deno.test("primer §3: Mann-Whitney in SPSS, R and exact conventions", () => {
  const mw = mannWhitneyU(pijat, kontrol);
  assert.deepEqual([mw.sumRankX, mw.u, mw.spssU], [131, 76, 24]); // R: wilcox.test(x, y) W = 76
  near("SPSS p", mw.p, 0.03660474713462081); // SciPy: mannwhitneyu(x, y, False, method='asymptotic')
  near("SPSS exact", mannWhitneySpssExactSig(24, 10, 10), 0.0524259022711035); // R: 2*pwilcox(24,10,10)
  // R 4.2: wilcox.test(x, y)$p.value (continuity correction)
  near("R <= 4.5", mannWhitneyU(pijat, kontrol, { correction: true }).p, 0.04036928846202761);
  // R >= 4.6 exact conditional: brute force over all C(20, 10) splits of the pooled ranks.
  const ranks = rank([...pijat, ...kontrol]);
  let extreme = 0;
  let splits = 0;
  const observed = 131;
  const choose = (start: number, left: number, sum: number) => {
    if (left === 0) {
      splits++;
      if (sum >= observed - 1e-9 || sum <= 210 - observed + 1e-9) extreme++;
      return;
    }
    for (let i = start; i <= 20 - left; i++) choose(i + 1, left - 1, sum + ranks[i]);
  };
  choose(0, 10, 0);
  assert.equal(splits, 184756);
  near("R >= 4.6", mannWhitneyU(pijat, kontrol, { method: "exact" }).p, extreme / splits);
  near("R >= 4.6", extreme / splits, 0.05895343047045833); // SciPy permutation_test, n_resamples=inf
});

Deno.test("primer §4: paired t and Shapiro-Wilk", () => {
  const t = pairedTTest(before, after);
  near("t", t.t, 2.752988806446741); // SciPy: ttest_rel(a, b).statistic
  near("p", t.p, 0.022367189680572094); // SciPy: ttest_rel(a, b).pvalue
  near("ci", t.ci.lo, 0.1426323689, 8); // R: t.test(a, b, paired = TRUE)$conf.int
  near("sw d", shapiroWilk(after.map((x, i) => x - before[i])).p, 0.1487982207, 8); // R: shapiro.test(d)
  near("sw b", shapiroWilk(before).p, 0.008488972797, 8); // R: shapiro.test(b)$p.value
  const masohiLike = [...Array(3).fill(2), ...Array(21).fill(1)];
  near("sw 21/3", shapiroWilk(masohiLike).p, 5.969916440e-09, 5); // R: shapiro.test(...)$p.value
  assert.throws(() => shapiroWilk(Array(24).fill(3)), /identical/);
});

Deno.test("primer §5: McNemar over every pairing of margins 6/9 -> 13/2", () => {
  const tables = jointTables([6, 9], [13, 2]);
  assert.equal(tables.length, 3); // by hand: b = 0, 1, 2
  const exact = tables.map((t) => mcnemar({ b: t[0][1], c: t[1][0] }).p);
  // R: binom.test(2, 11), binom.test(1, 9), binom.test(0, 7)
  [0.0654296875, 0.0390625, 0.015625].forEach((p, i) => near(`exact ${i}`, exact[i], p));
  const corrected = tables.map((t) =>
    mcnemar({ b: t[0][1], c: t[1][0] }, { method: "asymptotic", correction: true }).p
  );
  // R: mcnemar.test(matrix(c(4, 9, 2, 0), 2))$p.value etc.
  [0.07044042927, 0.0455002639, 0.02334220201].forEach((p, i) =>
    near(`R ${i}`, corrected[i], p, 8)
  );
});

Deno.test("primer §6: sign test and Stuart-Maxwell on the 3x3 table", () => {
  near("sign", signTest(before, after).exactP, 0.0703125); // R: binom.test(7, 8)$p.value
  // R: n <- unclass(table(factor(b, 1:3), factor(a, 1:3))); d <- rowSums(n) - colSums(n);
  // S <- -(n + t(n)); diag(S) <- rowSums(n) + colSums(n) - 2 * diag(n);
  // t(d[1:2]) %*% solve(S[1:2, 1:2]) %*% d[1:2] -> 4.8; pchisq(4.8, 2, lower = FALSE)
  const sm = stuartMaxwell([[0, 3, 2], [1, 1, 2], [0, 0, 1]]);
  near("SM", sm.statistic, 4.8, 12);
  near("SM p", sm.p, 0.0907179532894125);
});

Deno.test("primer §7: effect sizes with intervals", () => {
  near("r paired", rankBiserial(wilcoxon(before, after)), (32.5 - 3.5) / 36, 12);
  near("r groups", rankBiserial({ u: 76, n1: 10, n2: 10 }), 2 * 76 / 100 - 1, 12);
  // R 4.2: wilcox.test(d, conf.int = TRUE) -> 1.0000 (0.0000444, 1.5001); uniroot(tol = 1e-4)
  // stops within 1e-4 of the crossing point lib returns exactly.
  const hl1 = hodgesLehmannOneSample(after.map((x, i) => x - before[i]));
  near("HL", hl1.estimate, 1.00003196009095, 4);
  assert.ok(Math.abs(hl1.ci.lo - 4.44612956964475e-05) < 1e-4);
  near("HL hi", hl1.ci.hi, 1.50008330587106, 4);
  // R 4.2: wilcox.test(x, y, conf.int = TRUE) -> 0.99999 (0.0000366, 1.99991)
  const hl2 = hodgesLehmannTwoSample(pijat, kontrol);
  near("HL2", hl2.estimate, 0.999988857809568, 4);
  assert.ok(Math.abs(hl2.ci.lo - 3.65517547764212e-05) < 1e-4);
  near("HL2 hi", hl2.ci.hi, 1.99991070636493, 4);
  // R: Newcombe method 10 written out from prop.test(k, n, correct = FALSE)$conf.int (Wilson)
  // and the continuity-corrected phi (tests/papers: newcombe() in the session's R script).
  const cases: [number[], number[]][] = [
    [[1, 0, 4, 5], [0.4, -0.00235610939224778, 0.675912153304867]],
    [[0, 0, 6, 9], [0.4, 0.11316643146879, 0.642531698793754]],
    [[0, 150, 196, 1654], [0.023, 0.00477327102788528, 0.0412781567602333]],
    [[0, 1, 5, 9], [0.266666666666667, -0.0534057945352101, 0.532066762415599]],
  ];
  for (const [[yesYes, yesNo, noYes, noNo], [diff, lo, hi]] of cases) {
    const r = newcombePairedCI({ yesYes, yesNo, noYes, noNo });
    near("difference", r.difference, diff, 12);
    near("lower", r.ci.lo, lo, 8);
    near("upper", r.ci.hi, hi, 8);
  }
  near("McNemar B", mcnemar({ b: 150, c: 196 }).p, 0.0154328656262831); // R: binom.test(150, 346)
});

Deno.test("primer §8: smallest attainable p and power", () => {
  for (let m = 1; m <= 10; m++) near(`m = ${m}`, mcnemar({ b: 0, c: m }).p, 2 ** (1 - m), 12);
  // R: power.t.test(n = n, delta = 0.5, sd = 0.9, type = "paired")$power
  const power: [number, number][] = [
    [10, 0.348640104067931],
    [15, 0.517258795685716],
    [20, 0.654555750742522],
    [24, 0.741067320411567],
    [30, 0.836651428024378],
  ];
  for (const [n, p] of power) near(`power ${n}`, powerTTest(n, { delta: 0.5, sd: 0.9 }), p, 7);
  // R: power.t.test(delta = 0.5, sd = 0.9, power = 0.8, type = "paired")$n = 27.41 -> 28
  assert.ok(powerTTest(27, { delta: 0.5, sd: 0.9 }) < 0.8);
  assert.ok(powerTTest(28, { delta: 0.5, sd: 0.9 }) >= 0.8);
  assert.match(runText, /80 % power needs \*\*28\*\* mothers/);
});

Deno.test("primer §10: the one-group simulation agrees with the exact binomial", () => {
  // Significant iff exact McNemar with b = 0 has c >= 6 (2^(1-6) < 0.05 <= 2^(1-5)), and
  // c ~ Binomial(15, 0.75 - 0.2): R: 1 - pbinom(5, 15, 0.55) = 0.92307128666182.
  const exact = 0.92307128666182;
  const simulated = Number(runText.match(/significant in \*\*([\d.]+) %\*\*/)![1]) / 100;
  const se = Math.sqrt(exact * (1 - exact) / 2000);
  assert.ok(Math.abs(simulated - exact) < 4 * se, `${simulated} vs ${exact}`);
});

Deno.test("primer §12: the type-I simulation agrees with exact enumeration", () => {
  // The notebook's assumptions: levels drawn from 0.3 / 0.4 / 0.3, a mother keeps her level with
  // probability 0.3. P(d = k) written out independently of the notebook's helper.
  const q = [0.3, 0.4, 0.3];
  const shares = [-2, -1, 0, 1, 2].map((k) => {
    let p = 0;
    for (let i = 0; i < 3; i++) {
      const j = i + k;
      if (j >= 0 && j < 3) p += 0.7 * q[i] * q[j] + (k === 0 ? 0.3 * q[i] : 0);
    }
    return p;
  });
  near("shares add to 1", shares.reduce((a, b) => a + b, 0), 1, 12);
  const rates = runText.slice(runText.indexOf("Rejection rates under no effect"));
  const line = (name: string) =>
    rates.split("\n").find((l) => l.startsWith(`${name} `))!.trim().split(/\s{2,}/);
  const names = ["SPSS", "R ≤ 4.5", "R ≥ 4.6", "SciPy ≥ 1.15"] as const;
  const conventionOf = {
    SPSS: "spss",
    "R ≤ 4.5": "r<=4.5",
    "R ≥ 4.6": "r>=4.6",
    "SciPy ≥ 1.15": "scipy",
  } as const;
  const rows = Object.fromEntries(names.map((name) => [name, line(name)]));
  // The narrative says the shopper's rate is SPSS's here: the same row, every column.
  assert.deepEqual(line("shopper").slice(1), line("SPSS").slice(1));
  for (const [column, n] of [[1, 10], [2, 24]] as const) {
    // Exact rejection rates: every count vector of d = -2..2 with its multinomial probability;
    // the p-values are lib's (pinned against R and brute force in the tests above).
    const exact = { SPSS: 0, "R ≤ 4.5": 0, "R ≥ 4.6": 0, "SciPy ≥ 1.15": 0, conditional: 0 };
    const logFactorial = (m: number) => {
      let s = 0;
      for (let i = 2; i <= m; i++) s += Math.log(i);
      return s;
    };
    // A two-sided test cannot tell d from -d, so the counts and their mirror image share one
    // computation (this halves about 100 000 Wilcoxon tests at n = 24).
    const memo = new Map<string, Record<(typeof names)[number] | "conditional", boolean>>();
    const rejectionsOf = (counts: readonly number[]) => {
      const key = [counts.join(), counts.toReversed().join()].sort()[0];
      const known = memo.get(key);
      if (known) return known;
      const d = counts.flatMap((c, i) => Array(c).fill(i - 2));
      const b = d.map(() => 2);
      const a = d.map((x) => 2 + x);
      const nonzero = d.some((x) => x !== 0);
      const rejects = (options: WilcoxonOptions) => nonzero && wilcoxon(b, a, options).p < 0.05;
      const result = {
        SPSS: rejects({ convention: conventionOf.SPSS }),
        "R ≤ 4.5": rejects({ convention: conventionOf["R ≤ 4.5"] }),
        "R ≥ 4.6": rejects({ convention: conventionOf["R ≥ 4.6"] }),
        "SciPy ≥ 1.15": rejects({ convention: conventionOf["SciPy ≥ 1.15"] }),
        conditional: rejects({ convention: "exact" }),
      };
      memo.set(key, result);
      return result;
    };
    const counts = [0, 0, 0, 0, 0];
    const visit = (k: number, left: number) => {
      if (k === 4) {
        counts[4] = left;
        let logP = logFactorial(n);
        counts.forEach((c, i) => (logP += c * Math.log(shares[i]) - logFactorial(c)));
        const rejects = rejectionsOf(counts);
        for (const name of [...names, "conditional"] as const) {
          if (rejects[name]) exact[name] += Math.exp(logP);
        }
        return;
      }
      for (let c = 0; c <= left; c++) {
        counts[k] = c;
        visit(k + 1, left - c);
      }
    };
    visit(0, n);
    for (const name of names) {
      const simulated = Number(rows[name][column]);
      const se = Math.sqrt(exact[name] * (1 - exact[name]) / 1000);
      assert.ok(
        Math.abs(simulated - exact[name]) < 4 * se,
        `${name}, n = ${n}: simulated ${simulated}, exact ${exact[name]}`,
      );
    }
    // The exact conditional test keeps its level by construction (SciPy's p up to 13 pairs). The
    // narrative says that SPSS's asymptotic p is conservative under these assumptions (exact:
    // 0.0330 at n = 10, 0.0464 at n = 24), and that R >= 4.6, which falls back to the corrected
    // normal approximation whenever a difference is zero, rejects as R <= 4.5 does or nearly so,
    // both conservative.
    assert.ok(exact.conditional <= 0.05);
    if (n <= 13) assert.ok(exact["SciPy ≥ 1.15"] <= 0.05);
    assert.ok(exact.SPSS < 0.05);
    assert.ok(exact["R ≤ 4.5"] < 0.05 && exact["R ≥ 4.6"] < 0.05);
    assert.ok(Math.abs(exact["R ≥ 4.6"] - exact["R ≤ 4.5"]) < 0.005, JSON.stringify(exact));
  }
});

Deno.test("primer §13: rounding, .000, GRIM, GRIMMER and reconstruction", () => {
  assert.equal(roundTo(12.5, 0, "printf"), 12); // R: round(12.5) prints 12
  assert.equal(roundTo(0.125, 2, "printf"), 0.12); // R: sprintf("%.2f", 0.125) prints 0.12
  assert.equal(roundTo(12.5, 0, "spss"), 13); // SPSS/Excel: 13
  assert.deepEqual(largestRemainder(percentages([10, 4, 1]), 1), [66.7, 26.7, 6.6]);
  near(".000", 2 * studentTSf(5.2, 17), 7.226539660e-05, 8); // R: 2 * pt(-5.2, 17)
  // Python, exact fractions, half-up: sums s with round(s/n, 2) == 2.07.
  assert.equal(grimDetails("2,07", 18).sums.length, 0); // n = 18: []
  assert.deepEqual(grimDetails("2,07", 15).sums.map((s) => s.sum), [31]); // n = 15: [31]
  // Python brute force over every count vector on 1-3 (exact fractions): [(1, 4, 5)] and [].
  assert.deepEqual(reconstruct({ n: 10, mean: "2,40", sd: "0,70", scale: { lo: 1, hi: 3 } }), [[
    1,
    4,
    5,
  ]]);
  const rules = ["spss", "printf", "truncation", "ceiling"] as const;
  assert.equal(
    reconstruct({ n: 10, mean: "2,40", sd: "0,60", scale: { lo: 1, hi: 3 }, rounding: rules })
      .length,
    0,
  );
  // Python: the 29 samples of 15 scores on 0-6 printing 2,07 / 1,438 share (31, 93).
  assert.deepEqual(grimmerDetails("2,07", "1,438", 15).pairs.map((p) => [p.sum, p.sumOfSquares]), [
    [31, 93],
  ]);
});
