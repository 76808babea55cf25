/**
 * Paper test: notebooks/03-masohi.ipynb (Global Health Science 7(3), 2022, Puskesmas Masohi).
 * Runs the notebook headless once (shared with the other test files), then pins every claim's
 * verdict, k of K for the consistent ones, the readings' key values against R 4.2, SciPy or
 * brute force (the call beside each value), each finding's claims, the coverage of printed.csv,
 * and, by exhaustive enumeration here, every "only" the notebook's narrative states.
 */
import assert from "node:assert/strict";
import { runNotebookOnce } from "../../tools/runner.ts";
import { loadPrinted } from "../../lib/data/printed.ts";
import type { Reading } from "../../lib/audit/claim.ts";
import type { NumericInterval } from "../../lib/printed/intervals.ts";
import { wilcoxon } from "../../lib/stats/wilcoxon.ts";
import { describeFrequencies } from "../../lib/stats/frequency.ts";
import { shapiroWilk } from "../../lib/stats/shapiro_wilk.ts";
import { printsStandard } from "../../lib/printed/reported.ts";
import { claimsOf, near } from "./_claims.ts";

const path = new URL("../../notebooks/03-masohi.ipynb", import.meta.url).pathname;
const run = await runNotebookOnce(path);
const { claim, reading } = claimsOf(run);
const value = (r: Reading) => r.computed as number;
const range = (r: Reading) => r.computed as NumericInterval;
// near(actual, expected, 0.5 * 10 ** (1 - d)): at least d significant digits agree.

Deno.test("masohi: the notebook runs headless and judges each printed number once", () => {
  assert.equal(run.ok, true, JSON.stringify(run.error));
  const ids = run.claims.map((c) => c.id);
  assert.equal(new Set(ids).size, ids.length);
  assert.equal(ids.length, 178);
});

Deno.test("masohi: printed.csv covers the body; every claim row and 61 table cells judged", async () => {
  const printed = await loadPrinted("masohi");
  assert.equal(printed.claims.length + printed.excluded.length, 154);
  assert.equal(printed.claims.length, 117);
  assert.equal(printed.excluded.length, 37);
  // Excluded numbers by section: the introduction's citations and anecdote, one definition in
  // the methods, two background figures and a recommendation in the discussion.
  const bySection = (s: string) => printed.excluded.filter((e) => e.location.startsWith(s)).length;
  assert.deepEqual(
    [bySection("Pendahuluan"), bySection("Metode"), bySection("Pembahasan")],
    [34, 1, 2],
  );
  const judged = new Set(run.claims.map((c) => c.id));
  for (const row of printed.claims) assert.ok(judged.has(row.id), `${row.id} not judged`);
  const cells = run.claims.filter((c) => !printed.claims.some((p) => p.id === c.id));
  // Tabel 1: 11 percentages; Tabel 2: 18 percentages and 24 statistics; Tabel 3: 8 cells.
  assert.equal(cells.length, 61);
  assert.ok(cells.every((c) => /^Tabel [123]$/.test(c.location) && /^t[123]\./.test(c.id)));
  for (const e of printed.excluded) assert.ok(!judged.has(e.id), `${e.id} is excluded and judged`);
});

// Every claim not listed here is a match.
const NOT_MATCH: Record<string, [string, number?, number?]> = {
  "t1.pekerjaan.irt-pct": ["consistent", 1, 2],
  "hasil1.irt-pct": ["consistent", 1, 2],
  "t1.paritas.grandemultipara-pct": ["mismatch"],
  "hasil1.grande-pct": ["mismatch"],
  "hasil1.wiraswasta-pns-pct": ["mismatch"],
  "t2.d1post.max": ["mismatch"],
  "hasil2.d1post-max": ["mismatch"],
  "hasil2.d1post-sd": ["mismatch"],
  "t3.day1.negrank": ["consistent", 1, 2],
  "t3.day1.posrank": ["consistent", 1, 2],
  "t3.day2.negrank": ["consistent", 1, 2],
  "t3.day2.posrank": ["consistent", 1, 2],
  "abstrak.negrank": ["consistent", 2, 4],
  "abstrak.posrank": ["consistent", 2, 4],
  "hasil4.negrank": ["consistent", 2, 4],
  "hasil4.posrank": ["consistent", 2, 4],
  "hasil3.sw-p": ["mismatch"],
  "metode.rule-gt": ["contradiction"],
  "metode.rule-lt": ["contradiction"],
  "hasil4.decision": ["contradiction"],
  "abstrak.outcome": ["contradiction"],
  "t3.header": ["contradiction"],
  "hasil4.outcome": ["contradiction"],
  "pem6.sessions": ["unverifiable"],
  "pem6.attribution": ["unverifiable"],
  "pem8.formula": ["unverifiable"],
  "pem3.improved-day3": ["consistent", 1, 2],
};

Deno.test("masohi: every claim's verdict, and k of K for the consistent ones", () => {
  for (const c of run.claims) {
    const [verdict, k, of] = NOT_MATCH[c.id] ?? ["match"];
    assert.equal(c.verdict, verdict, `${c.id}: ${c.note}`);
    if (verdict === "consistent") assert.deepEqual(c.support, { k, of }, c.id);
    else assert.equal(c.support, null, c.id);
  }
  for (const id of Object.keys(NOT_MATCH)) claim(id);
  const tally: Record<string, number> = {};
  for (const c of run.claims) tally[c.verdict] = (tally[c.verdict] ?? 0) + 1;
  assert.deepEqual(tally, {
    match: 151,
    consistent: 11,
    mismatch: 7,
    contradiction: 6,
    unverifiable: 3,
  });
});

Deno.test("masohi: each finding and its claims", () => {
  const byFinding: Record<string, string[]> = {};
  for (const c of run.claims) if (c.finding) (byFinding[c.finding.id] ??= []).push(c.id);
  assert.deepEqual(byFinding, {
    grandemultipara: ["t1.paritas.grandemultipara-pct", "hasil1.grande-pct"],
    "pekerjaan-forced": ["t1.pekerjaan.irt-pct", "hasil1.irt-pct"],
    "copied-share": ["hasil1.wiraswasta-pns-pct"],
    "max-day1-post": ["t2.d1post.max", "hasil2.d1post-max"],
    "sd-day1-post-text": ["hasil2.d1post-sd"],
    "coding-reversed": [
      "t3.day1.negrank",
      "t3.day1.posrank",
      "t3.day2.negrank",
      "t3.day2.posrank",
      "abstrak.negrank",
      "abstrak.posrank",
      "hasil4.negrank",
      "hasil4.posrank",
    ],
    "shapiro-bound": ["hasil3.sw-p"],
    "decision-rule": ["metode.rule-gt", "metode.rule-lt", "hasil4.decision"],
    template: ["abstrak.outcome", "t3.header", "hasil4.outcome"],
    design: ["pem6.sessions", "pem6.attribution"],
    "formula-claim": ["pem8.formula"],
    day3: ["pem3.improved-day3"],
  });
  assert.equal(run.findings.length, 12);
  assert.deepEqual(claim("hasil4.decision").links, ["metode.rule-gt", "metode.rule-lt"]);
  assert.deepEqual(claim("t3.header").links, ["abstrak.outcome", "hasil4.outcome"]);
  for (const id of ["hasil1.wiraswasta-pns-pct", "hasil2.d1post-sd", "hasil3.sw-p"]) {
    assert.ok(claim(id).slip, `${id} names its slip`);
  }
});

Deno.test("masohi: percentages under the padded one-decimal reading and the forced column", () => {
  // 1/24, 2/24, 22/24 in percent: R sprintf("%.1f", 100 * c(1, 2, 22) / 24) = "4.2" "8.3" "91.7"
  assert.equal(value(reading("t1.pekerjaan.pns-pct", { padded: true })), 4.2);
  assert.equal(value(reading("t1.paritas.grandemultipara-pct", { padded: true })), 8.3);
  assert.equal(value(reading("t1.pekerjaan.irt-pct", { padded: true })), 91.7);
  // Largest remainder at one decimal: floors 4.1 + 4.1 + 91.6 = 99.8, two tenths to the
  // first two of three equal remainders (0.67 each): 4.2, 4.2, 91.6 (by hand).
  assert.equal(value(reading("t1.pekerjaan.irt-pct", { rule: "forced-100" })), 91.6);
  // The Paritas column prints 45,8 + 45,8 + 8,2 = 99,8: no forced reading applies.
  assert.equal(claim("t1.paritas.grandemultipara-pct").readings.length, 1);
});

Deno.test("masohi: Tabel 2's statistics under the one coding that prints them", () => {
  // R: sd(rep(c(0, 1, 2), c(0, 3, 21))) = 0.337832; sd(rep(c(0, 1, 2), c(1, 12, 11))) = 0.5835921
  near(value(reading("t2.d1pre.sd", { codes: [0, 1, 2] })), 0.337832, 5e-6);
  near(value(reading("hasil2.d1post-sd", { codes: [0, 1, 2] })), 0.5835921, 5e-7);
  // max(rep(c(0, 1, 2), c(1, 12, 11))) = 2; every coding by distinct codes 0..6 gives >= 2.
  assert.equal(value(reading("t2.d1post.max", { codes: [0, 1, 2] })), 2);
  const family = reading("t2.d1post.max", { codings: 210 });
  assert.deepEqual(family.members, { prints: 0, of: 210 });
  assert.deepEqual(range(family), { lo: 2, hi: 6 });
});

Deno.test("masohi: the coding search is exhaustive and its best coding unique (R agrees)", () => {
  // R (tests' reference script, loops over a, b, c in 0:6 distinct, sprintf as printed):
  // 210 codings, best 23 of 24 at c(0, 1, 2), count at best 1, runner-up 19.
  const counts = [[0, 3, 21], [1, 12, 11], [3, 21, 0], [14, 10, 0], [24, 0, 0], [24, 0, 0]];
  const printed = [
    ["2,00", "1", "2", "0,338"],
    ["1,00", "0", "1", "0,584"],
    ["1,00", "0", "1", "0,338"],
    ["0,00", "0", "1", "0,504"],
    ["0,00", "0", "0", "0,000"],
    ["0,00", "0", "0", "0,000"],
  ];
  const scores: { codes: number[]; score: number }[] = [];
  for (let a = 0; a <= 6; a++) {
    for (let b = 0; b <= 6; b++) {
      for (let c = 0; c <= 6; c++) {
        if (a === b || b === c || a === c) continue;
        let score = 0;
        counts.forEach((cs, k) => {
          const d = describeFrequencies(cs, [a, b, c]);
          [d.median, d.min, d.max, d.sd].forEach((v, s) => {
            if (printsStandard(v, printed[k][s])) score++;
          });
        });
        scores.push({ codes: [a, b, c], score });
      }
    }
  }
  scores.sort((x, y) => y.score - x.score);
  assert.equal(scores.length, 210);
  assert.deepEqual(scores[0], { codes: [0, 1, 2], score: 23 });
  assert.equal(scores[1].score, 19);
});

Deno.test("masohi: only N = 11 and only 'all eleven |d| equal' print Tabel 3's ranks and Z", () => {
  // Mean rank of N all-positive differences is (N + 1)/2 whatever the ties; 6,00 needs N = 11.
  const ns = Array.from({ length: 24 }, (_, i) => i + 1).filter((n) =>
    printsStandard((n + 1) / 2, "6,00")
  );
  assert.deepEqual(ns, [11]);
  // Every partition of the eleven |d| into tie groups (56 = p(11); R: length(partitions::parts(11))
  // is not installed here, so the count is checked against the recurrence p(n) by brute force).
  const parts: number[][] = [];
  const walk = (left: number, largest: number, acc: number[]) => {
    if (left === 0) return void parts.push(acc);
    for (let k = Math.min(left, largest); k >= 1; k--) walk(left - k, k, [...acc, k]);
  };
  walk(11, 11, []);
  assert.equal(parts.length, 56);
  const printing = parts.filter((groups) => {
    const after = [...groups.flatMap((t, g) => Array(t).fill(g + 1)), ...Array(13).fill(0)];
    const z = wilcoxon(Array(24).fill(0), after).z;
    // SPSS's Z by hand: (0 - 33) / sqrt(11 * 12 * 23 / 24 - sum(t^3 - t) / 48)
    const byHand = -33 / Math.sqrt(126.5 - groups.reduce((s, t) => s + t ** 3 - t, 0) / 48);
    near(z, byHand, 5e-12);
    return printsStandard(z, "-3,317");
  });
  assert.deepEqual(printing, [[11]]);
});

Deno.test("masohi: one pairing per day, under codings with Lancar above Cukup, prints Tabel 3", () => {
  // Brute force over every 3 x 3 table with Tabel 2's margins and every coding 0..6 (R's loops
  // in the reference script find 7 and 4 tables).
  const margins = { day1: [[0, 3, 21], [1, 12, 11]], day2: [[3, 21, 0], [14, 10, 0]] };
  const expected = {
    day1: { tables: 7, hits: 9, pairing: "0,0,0|1,2,0|0,10,11" },
    day2: { tables: 4, hits: 105, pairing: "3,0,0|11,10,0|0,0,0" },
  };
  for (const day of ["day1", "day2"] as const) {
    const [rows, cols] = margins[day];
    const tables: number[][][] = [];
    for (let a = 0; a <= rows[0]; a++) {
      for (let b = 0; a + b <= rows[0]; b++) {
        for (let d = 0; d <= rows[1]; d++) {
          for (let e = 0; d + e <= rows[1]; e++) {
            const r1 = [a, b, rows[0] - a - b];
            const r2 = [d, e, rows[1] - d - e];
            const r3 = cols.map((c, j) => c - r1[j] - r2[j]);
            if (r3.every((x) => x >= 0) && r3[0] + r3[1] + r3[2] === rows[2]) {
              tables.push([r1, r2, r3]);
            }
          }
        }
      }
    }
    assert.equal(tables.length, expected[day].tables);
    const hits: string[] = [];
    for (const t of tables) {
      for (let x = 0; x <= 6; x++) {
        for (let y = 0; y <= 6; y++) {
          for (let z = 0; z <= 6; z++) {
            if (x === y || y === z || x === z) continue;
            const codes = [x, y, z];
            const before: number[] = [];
            const after: number[] = [];
            t.forEach((row, i) =>
              row.forEach((n, j) => {
                for (let k = 0; k < n; k++) before.push(codes[i]), after.push(codes[j]);
              })
            );
            const w = wilcoxon(before, after);
            if (
              printsStandard(w.meanRankNegative, "0,00") &&
              printsStandard(w.meanRankPositive, "6,00") &&
              printsStandard(w.z, "-3,317") && printsStandard(w.p, "0,001")
            ) {
              assert.ok(x > y, `${day}: a printing coding has Lancar above Cukup (${codes})`);
              // Day I's two kinds of move (Cukup -> Lancar, Kurang -> Cukup) need equal gaps.
              if (day === "day1") assert.equal(x - y, y - z, `${codes}: equal gaps`);
              hits.push(t.map((r) => r.join(",")).join("|"));
            }
          }
        }
      }
    }
    assert.equal(hits.length, expected[day].hits);
    assert.deepEqual([...new Set(hits)], [expected[day].pairing]);
  }
});

Deno.test("masohi: Wilcoxon, sign test and Stuart-Maxwell on the reconstructed pairs", () => {
  for (const day of ["day1", "day2"]) {
    // R: -33 / sqrt(99) = -3.31662479; 2 * pnorm(-33 / sqrt(99)) = 0.0009111188772;
    // SciPy 1.10.1: wilcoxon([1] * 11 + [0] * 13).pvalue = 0.0009111188771537128
    near(value(reading(`t3.${day}.z`, { codes: [2, 1, 0] })), -3.31662479, 5e-9);
    near(value(reading("abstrak.p", { day, convention: "SPSS" })), 0.0009111188772, 5e-10);
    // R 4.2: wilcox.test(c(rep(1, 11), rep(0, 13)), correct = TRUE)$p.value = 0.001089347
    near(value(reading("hasil4.p", { day, convention: "R <= 4.5" })), 0.001089347, 5e-7);
    // R >= 4.6 with zero differences falls back to the same corrected normal approximation:
    // R 4.2: wilcox.test(c(rep(1, 11), rep(0, 13)), rep(0, 24), paired = TRUE)$p.value
    //   = 0.0010893469688 (warns: cannot compute exact p-value with ties / with zeroes)
    near(value(reading("pem3.p", { day, convention: "R >= 4.6" })), 0.0010893469688, 5e-10);
    // SciPy >= 1.15 with zeros and n = 24 > 13: normal, no correction, zeros dropped (= SPSS);
    // SciPy 1.10.1: wilcoxon([1] * 11 + [0] * 13).pvalue = 0.0009111188771537128 (same branch)
    near(
      value(reading("pem3.p", { day, convention: "SciPy >= 1.15" })),
      0.0009111188771537128,
      5e-10,
    );
    // R: binom.test(11, 11)$p.value = 0.0009765625
    const sign = reading("kes.sig", { day, test: "sign test, exact", pairings: undefined });
    near(value(sign), 0.0009765625, 5e-12);
  }
  // Stuart-Maxwell, R (by hand, solve(S) %*% d) and coin::mh_test agree: chi-square 11;
  // pchisq(11, 2, lower.tail = FALSE) = 0.004086771438 (day I, df 2: Lancar was empty before);
  // pchisq(11, 1, lower.tail = FALSE) = 0.0009111188772 (day II, Kurang unused: df 1)
  const stuartMaxwell = (day: string) =>
    value(reading("abstrak.sig", { day, test: "Stuart-Maxwell", pairings: undefined }));
  near(stuartMaxwell("day1"), 0.004086771438, 5e-10);
  near(stuartMaxwell("day2"), 0.0009111188772, 5e-10);
});

Deno.test("masohi: the exact conditional p the notebook shows (no program's default here)", () => {
  // Brute force over the 2^11 sign vectors of eleven ranks of 6: P(|T+ - 33| >= 33).
  let extreme = 0;
  for (let mask = 0; mask < 2 ** 11; mask++) {
    let plus = 0;
    for (let b = 0; b < 11; b++) if (mask & (1 << b)) plus += 6;
    if (Math.abs(plus - 33) >= 33) extreme++;
  }
  assert.equal(extreme / 2 ** 11, 2 / 2048);
  const after = [...Array(11).fill(1), ...Array(13).fill(0)];
  const exact = wilcoxon(Array(24).fill(0), after, { convention: "exact" });
  near(exact.p, extreme / 2 ** 11, 5e-12);
  // With the 13 zeros, neither R >= 4.6 nor SciPy takes the exact branch: no reading is exact.
  for (const convention of ["R >= 4.6", "SciPy >= 1.15"]) {
    assert.notEqual(value(reading("pem3.p", { day: "day1", convention })), exact.p, convention);
  }
});

Deno.test("masohi: significance over every pairing the margins allow (R over the same tables)", () => {
  const families: [string, string, number, number, number][] = [
    // [day, test, tables, R min p, R max p]; R: wilcox.test(post, pre, paired = TRUE,
    // correct = FALSE, exact = FALSE), binom.test(up, up + down), Stuart-Maxwell by solve()
    ["day1", "Wilcoxon", 7, 0.0009111188772, 0.0116168914342],
    ["day1", "sign test, exact", 7, 0.0009765625, 0.02127075195],
    ["day1", "Stuart-Maxwell", 7, 0.004086771438, 0.040762203978],
    ["day2", "Wilcoxon", 4, 0.0009111188772, 0.0076328817878],
    ["day2", "sign test, exact", 4, 0.0009765625, 0.01272583008],
    ["day2", "Stuart-Maxwell", 4, 0.0009111188772, 0.0076328817878],
  ];
  for (const id of ["abstrak.sig", "hasil4.alpha", "kes.sig"]) {
    assert.equal(claim(id).readings.length, 18);
    for (const [day, test, tables, lo, hi] of families) {
      // The Wilcoxon family is SPSS's convention over every pairing (the only one with pairings).
      const r = reading(id, { day, test, pairings: tables });
      // Every pairing is significant: the statement does not hinge on the pairing.
      assert.deepEqual(r.members, { prints: tables, of: tables }, `${id} ${day} ${test}`);
      near(range(r).lo, lo, 5e-9);
      near(range(r).hi, hi, 5e-9);
    }
  }
});

Deno.test("masohi: Shapiro-Wilk p of the four variables (R shapiro.test)", () => {
  // R: shapiro.test(rep(c(0, 1, 2), c(0, 3, 21)))$p.value = 5.96991644e-09 (and c(3, 21, 0));
  // c(1, 12, 11): 2.813338066e-05; c(14, 10, 0): 1.337638985e-06. None prints 0,0001.
  const expected: [string, number][] = [
    ["d1pre", 5.96991644e-09],
    ["d1post", 2.813338066e-05],
    ["d2pre", 5.96991644e-09],
    ["d2post", 1.337638985e-06],
  ];
  for (const [block, p] of expected) {
    const r = reading("hasil3.sw-p", { block });
    near(value(r), p, 5e-6);
    assert.equal(r.prints, false);
    assert.equal(reading("hasil3.sw-alpha", { block }).prints, true);
  }
});

Deno.test("masohi: day III, statements and relations", () => {
  // Day III: every mother Lancar before, so no improvement within the session; against day I
  // before any massage, all 24 improved (the one pairing (0, 3, 21) -> (24, 0, 0) allows).
  assert.equal(reading("pem3.improved-day3", { compared: "day III pre vs post" }).prints, false);
  assert.equal(value(reading("pem3.improved-day3", { compared: "day I pre vs day III" })), 24);
  // At least 10 (day I) and 11 (day II) improve in every pairing of the margins (R loops: the
  // fewest improved over the 7 and 4 tables).
  assert.equal(value(claim("pem3.improved-day1").readings[0]), 10);
  assert.equal(value(claim("pem3.improved-day2").readings[0]), 11);
  assert.equal(value(claim("pend8.six").readings[0]), 6); // 4 + 2
  assert.equal(value(claim("pend4.seven").readings[0]), 7); // the seven provinces named
  assert.equal(claim("pem6.attribution").computed, null);
  for (const id of ["metode.rule-gt", "abstrak.outcome"]) assert.equal(claim(id).computed, null);
});

Deno.test("masohi: the narrative's Hodges-Lehmann numbers, by brute force", () => {
  // Day I's 24 differences: 13 zeros and 11 ones. Walsh averages (d_i + d_j)/2, i <= j: 300.
  const d = [...Array(13).fill(0), ...Array(11).fill(1)];
  const walsh: number[] = [];
  for (let i = 0; i < d.length; i++) {
    for (let j = i; j < d.length; j++) walsh.push((d[i] + d[j]) / 2);
  }
  walsh.sort((a, b) => a - b);
  assert.deepEqual([0, 0.5, 1].map((v) => walsh.filter((w) => w === v).length), [91, 143, 66]);
  assert.equal((walsh[149] + walsh[150]) / 2, 0.5);
  // R drops the zeros: wilcox.test(d, conf.int = TRUE) prints "midrange 1" and no interval.
  assert.ok(d.filter((x) => x !== 0).every((x) => x === 1));
});

Deno.test("masohi: Shapiro-Wilk rejects every non-constant three-level distribution of 24", () => {
  // R: the largest shapiro.test(rep(c(0, 1, 2), c(a, b, 24 - a - b)))$p.value over the 322
  // non-constant compositions is 0.0005024537187, at c(7, 11, 6).
  let count = 0;
  let largest = 0;
  for (let a = 0; a <= 24; a++) {
    for (let b = 0; a + b <= 24; b++) {
      const counts = [a, b, 24 - a - b];
      if (counts.filter((c) => c > 0).length < 2) continue;
      count++;
      const x = counts.flatMap((n, code) => Array(n).fill(code));
      largest = Math.max(largest, shapiroWilk(x).p);
    }
  }
  assert.equal(count, 322);
  near(largest, 0.0005024537187, 5e-6);
});
