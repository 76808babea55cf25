/**
 * Paper test: notebooks/03-masohi.ipynb (Global Health Science 7(3), 2022, Puskesmas Masohi).
 * Runs the notebook headless once, then pins every claim's verdict and the key computed values
 * against R 4.x / brute-force references (the exact call beside each value).
 */
import assert from "node:assert/strict";
import { runNotebook } from "../../tools/runner.ts";

const run = await runNotebook(new URL("../../notebooks/03-masohi.ipynb", import.meta.url).pathname);
const claim = (id: string) => {
  const c = run.claims.find((x) => x.id === id);
  if (!c) throw new Error(`no claim ${id}`);
  return c;
};
const computed = (id: string) => claim(id).computed as number;
const texts = run.outputs.flat().flatMap((o) =>
  o.output_type === "display_data" ? [String(o.data["text/plain"] ?? "")] : []
);
const output = (start: string) => {
  const t = texts.find((x) => x.startsWith(start));
  if (!t) throw new Error(`no output starting with "${start}"`);
  return t;
};
const floats = (line: string) => (line.match(/-?\d+\.\d+(?:e-?\d+)?/g) ?? []).map(Number);
/** Relative closeness: at least `digits` significant digits agree. */
const near = (actual: number, expected: number, digits = 5, what = "") =>
  assert.ok(
    Math.abs(actual - expected) <= 0.5 * 10 ** (1 - digits) * Math.abs(expected),
    `${what}: ${actual} is not ${expected} to ${digits} significant digits`,
  );

Deno.test("masohi notebook runs headless without error", () => {
  assert.equal(run.ok, true, JSON.stringify(run.error));
  assert.equal(run.claims.length, 165);
});

Deno.test("masohi: every claim's verdict", () => {
  const actual = Object.fromEntries(run.claims.map((c) => [c.id, c.verdict]));
  assert.deepEqual(actual, {
    "t1.umur.n": "match",
    "t1.umur.lt-20.pct": "match",
    "t1.umur.20-35.pct": "match",
    "t1.pendidikan.n": "match",
    "t1.pendidikan.smp.pct": "match",
    "t1.pendidikan.sma.pct": "match",
    "t1.pendidikan.perguruan-tinggi.pct": "match",
    "t1.pekerjaan.n": "match",
    "t1.pekerjaan.pns.pct": "match",
    "t1.pekerjaan.wiraswasta.pct": "match",
    "t1.pekerjaan.irt.pct": "rounding",
    "t1.paritas.n": "match",
    "t1.paritas.primipara.pct": "match",
    "t1.paritas.multipara.pct": "match",
    "t1.paritas.grandemultipara.pct": "mismatch",
    "text.txt1.n": "match",
    "text.txt1.age2035.n": "match",
    "text.txt1.age2035.pct": "match",
    "text.txt1.agelt20.n": "match",
    "text.txt1.agelt20.pct": "match",
    "text.txt1.sma.n": "match",
    "text.txt1.sma.pct": "match",
    "text.txt1.smp.n": "match",
    "text.txt1.smp.pct": "match",
    "text.txt1.irt.n": "match",
    "text.txt1.irt.pct": "rounding",
    "text.txt1.wiraswasta.n": "match",
    "text.txt1.pns.n": "match",
    "text.txt1.wiraswasta_pns.pct": "mismatch",
    "text.txt1.primipara.n": "match",
    "text.txt1.multipara.n": "match",
    "text.txt1.primi_multi.pct": "match",
    "text.txt1.grande.n": "match",
    "text.txt1.grande.pct": "mismatch",
    "t2.day1.pre.n": "match",
    "t2.day1.pre.lancar.pct": "match",
    "t2.day1.pre.cukup-lancar.pct": "match",
    "t2.day1.pre.kurang-lancar.pct": "match",
    "t2.day1.pre.median": "match",
    "t2.day1.pre.min": "match",
    "t2.day1.pre.max": "match",
    "t2.day1.pre.sd": "match",
    "t2.day1.post.n": "match",
    "t2.day1.post.lancar.pct": "match",
    "t2.day1.post.cukup-lancar.pct": "match",
    "t2.day1.post.kurang-lancar.pct": "match",
    "t2.day1.post.median": "match",
    "t2.day1.post.min": "match",
    "t2.day1.post.max": "mismatch",
    "t2.day1.post.sd": "match",
    "t2.day2.pre.n": "match",
    "t2.day2.pre.lancar.pct": "match",
    "t2.day2.pre.cukup-lancar.pct": "match",
    "t2.day2.pre.kurang-lancar.pct": "match",
    "t2.day2.pre.median": "match",
    "t2.day2.pre.min": "match",
    "t2.day2.pre.max": "match",
    "t2.day2.pre.sd": "match",
    "t2.day2.post.n": "match",
    "t2.day2.post.lancar.pct": "match",
    "t2.day2.post.cukup-lancar.pct": "match",
    "t2.day2.post.kurang-lancar.pct": "match",
    "t2.day2.post.median": "match",
    "t2.day2.post.min": "match",
    "t2.day2.post.max": "match",
    "t2.day2.post.sd": "match",
    "t2.day3.pre.n": "match",
    "t2.day3.pre.lancar.pct": "match",
    "t2.day3.pre.cukup-lancar.pct": "match",
    "t2.day3.pre.kurang-lancar.pct": "match",
    "t2.day3.pre.median": "match",
    "t2.day3.pre.min": "match",
    "t2.day3.pre.max": "match",
    "t2.day3.pre.sd": "match",
    "t2.day3.post.n": "match",
    "t2.day3.post.lancar.pct": "match",
    "t2.day3.post.cukup-lancar.pct": "match",
    "t2.day3.post.kurang-lancar.pct": "match",
    "t2.day3.post.median": "match",
    "t2.day3.post.min": "match",
    "t2.day3.post.max": "match",
    "t2.day3.post.sd": "match",
    "text.txt2.n": "match",
    "text.txt2.day1.pre.kurang.n": "match",
    "text.txt2.day1.pre.kurang.pct": "match",
    "text.txt2.day1.pre.lancar.pct": "match",
    "text.txt2.day1.pre.median": "match",
    "text.txt2.day1.pre.min": "match",
    "text.txt2.day1.pre.max": "match",
    "text.txt2.day1.pre.sd": "match",
    "text.txt2.day1.post.cukup.n": "match",
    "text.txt2.day1.post.cukup.pct": "match",
    "text.txt2.day1.post.lancar.n": "match",
    "text.txt2.day1.post.lancar.pct": "match",
    "text.txt2.day1.post.median": "match",
    "text.txt2.day1.post.min": "match",
    "text.txt2.day1.post.max": "mismatch",
    "text.txt2.day1.post.sd": "mismatch",
    "text.txt2.day2.pre.cukup.n": "match",
    "text.txt2.day2.pre.cukup.pct": "match",
    "text.txt2.day2.pre.kurang.pct": "match",
    "text.txt2.day2.pre.median": "match",
    "text.txt2.day2.pre.min": "match",
    "text.txt2.day2.pre.max": "match",
    "text.txt2.day2.pre.sd": "match",
    "text.txt2.day2.post.lancar.n": "match",
    "text.txt2.day2.post.lancar.pct": "match",
    "text.txt2.day2.post.kurang.pct": "match",
    "text.txt2.day2.post.median": "match",
    "text.txt2.day2.post.min": "match",
    "text.txt2.day2.post.max": "match",
    "text.txt2.day2.post.sd": "match",
    "text.txt2.day3.pre.lancar.n": "match",
    "text.txt2.day3.post.lancar.n": "match",
    "t3.day1.negrank": "match",
    "t3.day1.posrank": "match",
    "t3.day1.z": "match",
    "t3.day1.p": "match",
    "t3.day2.negrank": "match",
    "t3.day2.posrank": "match",
    "t3.day2.z": "match",
    "t3.day2.p": "match",
    "t3.n": "match",
    "text.abs.day1.negrank": "match",
    "text.abs.day1.posrank": "match",
    "text.w.day1.negrank": "match",
    "text.w.day1.posrank": "match",
    "text.w.day1.z": "match",
    "text.w.day1.p": "match",
    "text.w.day1.p_lt_alpha": "match",
    "text.abs.day2.negrank": "match",
    "text.abs.day2.posrank": "match",
    "text.w.day2.negrank": "match",
    "text.w.day2.posrank": "match",
    "text.w.day2.z": "match",
    "text.w.day2.p": "match",
    "text.w.day2.p_lt_alpha": "match",
    "text.abs.z": "match",
    "text.abs.p": "match",
    "text.abs.p_lt_alpha": "match",
    "text.pem.p": "match",
    "text.pem.p_lt_alpha": "match",
    "text.sw.n": "match",
    "text.sw.day1.pre.p": "rounding",
    "text.sw.day1.pre.p_lt_alpha": "match",
    "text.sw.day1.post.p": "rounding",
    "text.sw.day1.post.p_lt_alpha": "match",
    "text.sw.day2.pre.p": "rounding",
    "text.sw.day2.pre.p_lt_alpha": "match",
    "text.sw.day2.post.p": "rounding",
    "text.sw.day2.post.p_lt_alpha": "match",
    "text.met.rule_effect": "mismatch",
    "text.met.sw_sample": "match",
    "text.abs.n": "match",
    "text.met.population": "match",
    "text.pem.day1.improved": "match",
    "text.pem.day2.improved": "match",
    "text.pem.day3.improved": "mismatch",
    "text.pem.days": "match",
    "text.pem.day1.pre.lancar.n": "match",
    "text.pem.day1.post.lancar.n": "match",
    "text.pem.day2.pre.lancar.n": "match",
    "text.pem.day2.pre.kurang.n": "match",
    "text.pem.day3.pre.lancar.n": "match",
    "text.pem.day3.post.lancar.n": "match",
  });
});

Deno.test("masohi: Table 2 SDs (sample SD under Lancar 0, Cukup 1, Kurang 2)", () => {
  // R: sd(c(rep(1, 3), rep(2, 21)))              = 0.3378319623
  near(computed("t2.day1.pre.sd"), 0.3378319623, 8, "day I pre SD");
  // R: sd(c(0, rep(1, 12), rep(2, 11)))           = 0.5835920751
  near(computed("t2.day1.post.sd"), 0.5835920751, 8, "day I post SD");
  // R: sd(c(rep(0, 3), rep(1, 21)))               = 0.3378319623
  near(computed("t2.day2.pre.sd"), 0.3378319623, 8, "day II pre SD");
  // R: sd(c(rep(0, 14), rep(1, 10)))              = 0.5036101552
  near(computed("t2.day2.post.sd"), 0.5036101552, 8, "day II post SD");
  // R: max(c(0, rep(1, 12), rep(2, 11)))          = 2 (printed 1)
  assert.equal(computed("t2.day1.post.max"), 2);
  // The coding search: 24 codings of {0..3}; the best reproduces 23 of the 24 printed cells.
  assert.match(output("The 8 best of 24 codings"), /\n0\s+1\s+2\s+23\s+Hari I Post Tes max/);
});

Deno.test("masohi: Table 1 percentages", () => {
  // R: 100 * c(22, 2) / 24 = 91.66667 8.33333
  near(computed("t1.pekerjaan.irt.pct"), 91.66666667, 8, "IRT %");
  near(computed("t1.paritas.grandemultipara.pct"), 8.333333333, 8, "grandemultipara %");
});

Deno.test("masohi: Wilcoxon Z and p, SPSS convention (claims)", () => {
  for (const day of ["day1", "day2"]) {
    // R: -33 / sqrt(99) = -3.316624790 (11 tied |d| = 1, 13 zeros; var 126.5 - 27.5 = 99)
    near(computed(`t3.${day}.z`), -3.316624790, 8, `${day} Z`);
    // R: wilcox.test(c(rep(1, 11), rep(0, 13)), exact = FALSE, correct = FALSE)$p.value
    //    = 0.0009111188772
    near(computed(`t3.${day}.p`), 0.0009111188772, 8, `${day} p`);
    // mean ranks: sum(rank(rep(1, 11))) / 11 = 6; negative row empty -> 0
    assert.equal(computed(`t3.${day}.posrank`), 6);
    assert.equal(computed(`t3.${day}.negrank`), 0);
  }
});

Deno.test("masohi: Wilcoxon under three conventions (printed table)", () => {
  const table = output("Wilcoxon signed-rank test, days I and II: three conventions").split("\n");
  for (const day of ["day1", "day2"]) {
    const rows = table.filter((l) => l.startsWith(day));
    const [spssZ, spssP] = floats(rows.find((l) => l.includes("SPSS"))!);
    // R: qnorm(0.0009111188772 / 2) = -3.31662479
    near(spssZ, -3.31662479, 5, "SPSS Z");
    // R: wilcox.test(c(rep(1, 11), rep(0, 13)), exact = FALSE, correct = FALSE)$p.value
    near(spssP, 0.0009111188772, 5, "SPSS p");
    const [rZ, rP] = floats(rows.find((l) => l.includes("R default"))!);
    // R: -32.5 / sqrt(99) = -3.2663729 (continuity correction 1/2)
    near(rZ, -3.2663729, 5, "R Z");
    // R: wilcox.test(c(rep(1, 11), rep(0, 13)))$p.value  (exact = FALSE forced by ties,
    //    correct = TRUE by default) = 0.001089346969
    near(rP, 0.001089346969, 5, "R p");
    const [exactP] = floats(rows.find((l) => l.includes("exact"))!);
    // R: 2 * pbinom(0, 11, 0.5) = 0.0009765625 (all 11 equal ranks: the sign test)
    near(exactP, 0.0009765625, 5, "exact p");
  }
});

Deno.test("masohi: the reconstruction is unique (brute force, independent of lib)", () => {
  // Enumerate every 3 x 3 table with the printed margins by plain nested loops, and keep those
  // whose changes are all in one direction (no negative ranks), 11 in number, all of size 1.
  const enumerate = (rows: number[], cols: number[]) => {
    const out: number[][][] = [];
    for (let a = 0; a <= rows[0]; a++) {
      for (let b = 0; a + b <= rows[0]; b++) {
        const c = rows[0] - a - b;
        for (let d = 0; d <= rows[1]; d++) {
          for (let e = 0; d + e <= rows[1]; e++) {
            const f = rows[1] - d - e;
            const g = cols[0] - a - d, h = cols[1] - b - e, i = cols[2] - c - f;
            if (g < 0 || h < 0 || i < 0 || g + h + i !== rows[2]) continue;
            out.push([[a, b, c], [d, e, f], [g, h, i]]);
          }
        }
      }
    }
    return out;
  };
  const printsTable3 = (t: number[][]) => {
    // improvement = moving to a smoother (lower-index) category
    let up = 0, down = 0;
    const sizes = new Set<number>();
    t.forEach((row, i) =>
      row.forEach((n, j) => {
        if (n === 0 || i === j) return;
        if (j < i) up += n;
        else down += n;
        sizes.add(Math.abs(i - j));
      })
    );
    return down === 0 && up === 11 && sizes.size === 1;
  };
  const day1 = enumerate([0, 3, 21], [1, 12, 11]);
  const day2 = enumerate([3, 21, 0], [14, 10, 0]);
  assert.equal(day1.length, 7);
  assert.equal(day2.length, 4);
  assert.deepEqual(day1.filter(printsTable3), [[[0, 0, 0], [1, 2, 0], [0, 10, 11]]]);
  assert.deepEqual(day2.filter(printsTable3), [[[3, 0, 0], [11, 10, 0], [0, 0, 0]]]);
  // The notebook reaches the same counts through lib/ and SPSS's printed values.
  const summary = output("Day I: ");
  assert.match(summary, /Day I: 7 pairings allowed, \*\*1\*\* prints Table 3/);
  assert.match(summary, /Day II: 4 pairings allowed, \*\*1\*\* prints Table 3/);
  assert.match(summary, /Under Table 2's own coding, 0 pairings do/);
  assert.match(
    output("The reconstructed joint tables"),
    /day1\s+0 \/ 0 \/ 0\s+1 \/ 2 \/ 0\s+0 \/ 10 \/ 11\n.*day2\s+3 \/ 0 \/ 0\s+11 \/ 10 \/ 0\s+0 \/ 0 \/ 0/,
  );
});

Deno.test("masohi: Shapiro-Wilk on the printed distributions", () => {
  // R: shapiro.test(c(rep(1, 3), rep(2, 21)))$p.value       = 5.969916440e-09 (W 0.3928994193)
  near(computed("text.sw.day1.pre.p"), 5.969916440e-09, 5, "SW day I pre");
  near(computed("text.sw.day2.pre.p"), 5.969916440e-09, 5, "SW day II pre");
  // R: shapiro.test(c(0, rep(1, 12), rep(2, 11)))$p.value   = 2.813338066e-05 (W 0.7327035797)
  near(computed("text.sw.day1.post.p"), 2.813338066e-05, 5, "SW day I post");
  // R: shapiro.test(c(rep(0, 14), rep(1, 10)))$p.value      = 1.337638985e-06 (W 0.6293840827)
  near(computed("text.sw.day2.post.p"), 1.337638985e-06, 5, "SW day II post");
  const lines = output("Shapiro-Wilk W and p").split("\n");
  const diff = floats(lines.find((l) => l.startsWith("day I: d"))!);
  // R: shapiro.test(c(rep(1, 11), rep(0, 13))) -> W = 0.63701364, p = 1.644594e-06
  near(diff[0], 0.63701364, 5, "SW W of d");
  near(diff[1], 1.644594e-06, 5, "SW p of d");
});

Deno.test("masohi: paired t for comparison", () => {
  const line = output("Paired t-test on the reconstructed pairs").split("\n")
    .find((l) => l.startsWith("day1"))!;
  const [mean, sd, t, p] = floats(line);
  // R: t.test(c(rep(1, 11), rep(0, 13))) -> mean 0.4583333, t = 4.4115234, p = 0.0002018451
  near(mean, 0.4583333333, 5, "mean d");
  // R: sd(c(rep(1, 11), rep(0, 13))) = 0.5089773777
  near(sd, 0.5089773777, 5, "sd d");
  near(t, 4.4115234, 5, "t");
  near(p, 0.0002018451, 5, "p");
});
