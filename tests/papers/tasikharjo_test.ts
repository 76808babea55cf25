/**
 * Pins the tasikharjo notebook on the claim model: every claim's verdict, k of K for the
 * consistent ones, the readings' key values against R 4.2, SciPy-free brute force and exact
 * enumeration (calls in the comments), each finding's claims, and printed.csv's coverage.
 */
import assert from "node:assert/strict";
import { runNotebookOnce } from "../../tools/runner.ts";
import { jointTables, loadPrinted, tableToPairs } from "../../lib/mod.ts";
import { claimsOf, keyValues, near } from "./_claims.ts";
import type { NumericInterval } from "../../lib/printed/intervals.ts";

const run = await runNotebookOnce(
  new URL("../../notebooks/02-tasikharjo.ipynb", import.meta.url).pathname,
);
const { claim, reading } = claimsOf(run);

interface KeyValues {
  knowledge: { pairings: number; hodgesLehmann: number[][] };
  lancar: {
    pairings: number;
    unpairedFisherP: number;
    wilsonBefore: NumericInterval;
    wilsonAfter: NumericInterval;
  };
  tabel1: { nFor135: number[]; nForSebelumColumn: number[] };
}

const KNOWLEDGE_SIG = [
  "abstrak.sig",
  "abstract.sig",
  "hasil.sig",
  "hasil.sig.knowledge",
  "t1.text.sig",
];
const FLOW_SIG = ["abstrak.effective", "abstract.effective", "hasil.effective", "simpulan.flow"];

Deno.test("tasikharjo: the notebook runs headless without error", () => {
  assert.equal(run.error, null);
  assert.ok(run.ok);
});

Deno.test("tasikharjo: every claim's verdict", () => {
  const verdicts = Object.fromEntries(run.claims.map((c) => [c.id, c.verdict]));
  const expected: Record<string, string> = {
    "t1.before.total": "match",
    "t1.after.total": "match",
    "t2.before.total": "match",
    "t2.after.total": "match",
    "abstrak.n": "match",
    "abstract.n": "match",
    "hasil.n": "match",
    "abstrak.date": "contradiction",
    "abstract.date": "contradiction",
    "metode.date": "contradiction",
    "hasil.date": "contradiction",
    "metode.duration": "match",
    "hasil.duration": "match",
    "t1.before.baik.pct": "mismatch",
    "t1.before.cukup.pct": "match",
    "t1.before.kurang.pct": "mismatch",
    "t1.after.baik.pct": "match",
    "t1.after.cukup.pct": "match",
    "t1.after.kurang.pct": "mismatch",
    "t1.before.total.pct": "match",
    "t1.after.total.pct": "match",
    "t2.before.total.pct": "match",
    "t2.after.total.pct": "match",
    "t1.text.before.kurang": "mismatch",
    "t1.text.before.baik": "match",
    "t1.text.after.baik": "match",
    "t1.text.after.kurang": "mismatch",
    "t1.text.before.majority": "match",
    "t2.before.lancar.pct": "match",
    "t2.before.belum-lancar.pct": "match",
    "t2.after.lancar.pct": "match",
    "t2.after.belum-lancar.pct": "match",
    "t2.text.before.lancar": "match",
    "t2.text.after.lancar": "match",
    "t2.text.after.belum": "match",
    ...Object.fromEntries(FLOW_SIG.map((id) => [id, "consistent"])),
    ...Object.fromEntries(KNOWLEDGE_SIG.map((id) => [id, "consistent"])),
    "metode.measures": "unverifiable",
    "abstrak.skills": "unverifiable",
    "abstract.skills": "unverifiable",
    "hasil.skills": "unverifiable",
    "simpulan.skills": "unverifiable",
    "abstrak.confidence": "unverifiable",
    "abstract.confidence": "unverifiable",
    "hasil.confidence": "unverifiable",
    "hasil.model": "unverifiable",
    "abstrak.bonding": "contradiction",
    "abstract.bonding": "contradiction",
    "simpulan.interaction": "contradiction",
    "hasil.bonding": "contradiction",
  };
  assert.deepEqual(verdicts, expected);
  assert.equal(claim("t1.before.baik.pct").slip !== null, true);
});

Deno.test("tasikharjo: printed.csv covers the body; no claim is judged twice", async () => {
  const printed = await loadPrinted("tasikharjo");
  assert.equal(printed.claims.length, 39);
  assert.equal(printed.excluded.length, 8);
  const ids = run.claims.map((c) => c.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const p of printed.claims) assert.ok(ids.includes(p.id), `printed claim ${p.id} not judged`);
  for (const p of printed.claims) assert.equal(claim(p.id).reported, p.reported);
  // 39 printed claims plus 18 table cells (4 totals, 10 percentages, 4 total percentages).
  assert.equal(run.claims.length, 57);
});

Deno.test("tasikharjo: the percentages, against whole counts of 15", () => {
  // Brute force: k/15 * 100 to one decimal for k = 0..15; 13,5 is none of them.
  const tenths = Array.from({ length: 16 }, (_, k) => Math.round((1000 * k) / 15) / 10);
  assert.ok(!tenths.includes(13.5));
  near(claim("t1.before.baik.pct").computed, 200 / 15); // 2/15 * 100
  near(claim("t1.before.kurang.pct").computed, 800 / 15);
  near(claim("t1.after.kurang.pct").computed, 100 / 15);
  assert.match(claim("t1.before.kurang.pct").note, /only by ceiling/);
  assert.match(claim("t1.after.kurang.pct").note, /only by truncation/);
});

Deno.test("tasikharjo: no n from 2 to 200 prints Tabel 1's Sebelum column (brute force)", () => {
  // A share k/n prints as x,y % under half-up or half-even only if it lies in [xy.5-1, xy.5]
  // tenths, both ends included (generous at the boundaries): 2000k in [(2t-1)n, (2t+1)n].
  const prints = (k: number, n: number, t: number) =>
    (2 * t - 1) * n <= 2000 * k && 2000 * k <= (2 * t + 1) * n;
  const for135: number[] = [];
  const forColumn: number[] = [];
  for (let n = 2; n <= 200; n++) {
    if (Array.from({ length: n + 1 }, (_, k) => k).some((k) => prints(k, n, 135))) for135.push(n);
    let found = false;
    for (let a = 0; a <= n && !found; a++) {
      for (let b = 0; a + b <= n && !found; b++) {
        found = prints(a, n, 135) && prints(b, n, 333) && prints(n - a - b, n, 534);
      }
    }
    if (found) forColumn.push(n);
  }
  assert.deepEqual(forColumn, []);
  assert.deepEqual(keyValues<KeyValues>(run).tabel1.nForSebelumColumn, forColumn);
  assert.deepEqual(keyValues<KeyValues>(run).tabel1.nFor135, for135);
  assert.equal(for135[0], 37);
});

Deno.test("tasikharjo: milk flow 'effective', 10 of 12 readings, against R", () => {
  for (const id of FLOW_SIG) assert.deepEqual(claim(id).support, { k: 10, of: 12 });
  // (improved, worsened) = (7, 0), (8, 1), (9, 2); R 4.2:
  const ref = [
    // binom.test(b, b + c)$p.value; mcnemar.test(m, correct = TRUE)$p.value with
    // m = matrix(c(a, c, b, d), 2); mcnemar.test(m, correct = FALSE)$p.value (= SPSS and SciPy
    // Wilcoxon: 15 pairs > 13, normal without correction);
    // r: wilcox.test(after, before, paired = TRUE)$p.value, R 4.2's default (continuity
    // correction; zeros and ties, so normal). Every table has a + d >= 4 zero differences, so
    // R >= 4.6 falls back to this same corrected p (no exact conditional p with zeroes).
    {
      improved: 7,
      worsened: 0,
      exact: 0.015625,
      mcnemarR: 0.0233422020128909,
      spss: 0.0081509715935027,
      r: 0.0107334161029972, // wilcox.test(after, before, paired = TRUE)$p.value
    },
    {
      improved: 8,
      worsened: 1,
      exact: 0.0390625,
      mcnemarR: 0.0455002638963585,
      spss: 0.0196306572572907,
      r: 0.0234105961611167, // wilcox.test(after, before, paired = TRUE)$p.value
    },
    {
      improved: 9,
      worsened: 2,
      exact: 0.0654296875,
      mcnemarR: 0.0704404292720882,
      spss: 0.0348084788118671,
      r: 0.0393672406234953, // wilcox.test(after, before, paired = TRUE)$p.value
    },
  ];
  for (const { improved, worsened, exact, mcnemarR, spss, r } of ref) {
    const at = (test: string) => reading("abstrak.effective", { test, improved, worsened });
    near(at("exact").computed, exact, 1e-9);
    near(at("mcnemarR").computed, mcnemarR, 1e-9);
    near(at("spss").computed, spss, 1e-9);
    near(at("r").computed, r, 1e-9);
  }
  // No reading claims an exact conditional Wilcoxon for R >= 4.6 or SciPy on milk flow.
  for (const r of claim("abstrak.effective").readings) {
    assert.doesNotMatch(r.assumption, /exact conditional/);
  }
  assert.equal(reading("abstrak.effective", { test: "exact", worsened: 2 }).prints, false);
  assert.equal(reading("abstrak.effective", { test: "mcnemarR", worsened: 2 }).prints, false);
});

Deno.test("tasikharjo: knowledge 'significant', 167 of 171 readings, against R", () => {
  for (const id of KNOWLEDGE_SIG) assert.deepEqual(claim(id).support, { k: 167, of: 171 });
  // Pairing 1 = rows before Baik/Cukup/Kurang 0 1 1 / 2 3 0 / 8 0 0; with codes 3/2/1
  // d = c(-1,-2,1,1,0,0,0,2,2,2,2,2,2,2,2).
  // wilcox.test(d, correct = FALSE, exact = FALSE)$p.value = 0.0167623361771865
  near(
    reading("abstrak.sig", { test: "spss", coding: "3/2/1", pairing: 1 }).computed,
    0.0167623361771865,
  );
  // wilcox.test(d, correct = TRUE, exact = FALSE)$p.value = 0.0187411367895967
  near(
    reading("abstrak.sig", { test: "r45", coding: "3/2/1", pairing: 1 }).computed,
    0.0187411367895967,
  );
  // R >= 4.6 with zero differences (3 here): no exact p, the corrected normal as R <= 4.5;
  // R 4.2: wilcox.test(d)$p.value = 0.0187411367895967 (default continuity correction)
  near(
    reading("abstrak.sig", { test: "r46", coding: "3/2/1", pairing: 1 }).computed,
    0.0187411367895967,
  );
  // binom.test(2, 12)$p.value = 0.03857421875
  near(reading("abstrak.sig", { test: "sign", pairing: 1 }).computed, 0.03857421875);
  // Stuart-Maxwell by hand in R: d = (rowSums - colSums)[1:2], V[i,i] = r_i + c_i - 2 t_ii,
  // V[i,j] = -(t_ij + t_ji); pchisq(t(d) %*% solve(V) %*% d, 2, lower.tail = FALSE)
  near(reading("abstrak.sig", { test: "stuartMaxwell", pairing: 1 }).computed, 0.0556379982778428);
  // Pairing 5 = 0 2 0 / 2 2 1 / 8 0 0: binom.test(3, 13)$p.value; Stuart-Maxwell as above
  near(reading("abstrak.sig", { test: "sign", pairing: 5 }).computed, 0.09228515625);
  near(reading("abstrak.sig", { test: "stuartMaxwell", pairing: 5 }).computed, 0.0475746822164927);
  // The four readings that miss 0,05: sign test at pairings 5, 6, 16; Stuart-Maxwell at 1.
  const failing = claim("abstrak.sig").readings.filter((r) => !r.prints).map((r) =>
    `${r.params.test} ${r.params.pairing}`
  ).sort();
  assert.deepEqual(failing, ["sign 16", "sign 5", "sign 6", "stuartMaxwell 1"]);
});

Deno.test("tasikharjo: R >= 4.6's p: exact by brute force without zeros, else R 4.2's", () => {
  // R 4.6 gives the exact p conditional on ties only where no difference is zero (pairings 4
  // and 8, where every mother changed): there, enumerate all 2^m sign assignments of the
  // changes' average ranks; two-sided p = P(|V - E V| >= |v - E V|). With zeros it gives
  // R <= 4.5's corrected normal p: over the 31 pairings with zeros, min and max of R 4.2's
  // suppressWarnings(wilcox.test(after, before, paired = TRUE)$p.value) per coding class:
  const withZerosR: Record<string, [number, number]> = {
    "3/2/1": [0.00149616428974555, 0.0200073224089758],
    "4/2/1": [0.00220986032382737, 0.021255763018455],
    "4/3/1": [0.00220986032382737, 0.0202090737719241],
  };
  const codings: Record<string, number[]> = {
    "3/2/1": [3, 2, 1],
    "4/2/1": [4, 2, 1],
    "4/3/1": [4, 3, 1],
  };
  const tables = jointTables([2, 5, 8], [10, 4, 1]);
  assert.equal(tables.length, 33);
  const noZeros: number[] = [];
  for (const [coding, codes] of Object.entries(codings)) {
    const ps = tables.map((t) => {
      const { before, after } = tableToPairs(t, codes);
      const d = after.map((x, i) => x - before[i]);
      if (d.includes(0)) return null;
      const abs = d.map(Math.abs);
      const ranks = abs.map((a) => {
        const below = abs.filter((b) => b < a).length;
        const equal = abs.filter((b) => b === a).length;
        return below + (equal + 1) / 2;
      });
      const total = ranks.reduce((s, r) => s + r, 0);
      const observed = Math.abs(d.reduce((s, x, i) => s + (x > 0 ? ranks[i] : 0), 0) - total / 2);
      let hits = 0;
      const m = ranks.length;
      for (let mask = 0; mask < 2 ** m; mask++) {
        let v = 0;
        for (let i = 0; i < m; i++) if (mask & (1 << i)) v += ranks[i];
        if (Math.abs(v - total / 2) >= observed - 1e-9) hits++;
      }
      return hits / 2 ** m;
    });
    const exact = ps.filter((p): p is number => p !== null);
    if (coding === "3/2/1") {
      ps.forEach((p, i) => {
        const at = (test: string) =>
          reading("abstrak.sig", { test, coding, pairing: i + 1 }).computed as number;
        if (p === null) near(at("r46"), at("r45"), 1e-12);
        else {
          noZeros.push(i + 1);
          near(at("r46"), p, 1e-9);
          assert.ok(Math.abs(at("r46") - at("r45")) > 1e-4, `pairing ${i + 1}: exact = normal`);
        }
      });
    } else {
      const family = reading("abstrak.sig", { test: "r46", coding, pairing: "all" });
      const c = family.computed as { lo: number; hi: number };
      near(c.lo, Math.min(...exact, withZerosR[coding][0]), 1e-9);
      near(c.hi, Math.max(...exact, withZerosR[coding][1]), 1e-9);
    }
  }
  assert.deepEqual(noZeros, [4, 8]);
  // Milk flow's exact McNemar (9 up, 2 down) = sign test: 2 * sum(dbinom(0:2, 11, 0.5)).
  near(reading("abstrak.effective", { test: "exact", worsened: 2 }).computed, 0.0654296875);
});

Deno.test("tasikharjo: Hodges-Lehmann, Wilson intervals and the unpaired p-values, against R", () => {
  const k = keyValues<KeyValues>(run);
  // Pairing 1: wilcox.test(c(-1,-2,1,1,0,0,0,2,2,2,2,2,2,2,2), conf.int = TRUE):
  // estimate 1.500046, conf.int 0.4999709 2 (R's uniroot tolerance); with the ties R reaches
  // only attr(r$conf.int, "conf.level") = 0.9
  const [e1, lo1, hi1, level1] = k.knowledge.hodgesLehmann[0];
  near(e1, 1.5, 1e-4);
  near(lo1, 0.5, 1e-4);
  near(hi1, 2, 1e-4);
  near(level1, 0.9, 1e-9);
  // Pairing 2: wilcox.test(c(-1,-2,1,1,1,0,0,2,2,2,2,2,2,2,1), conf.int = TRUE):
  // estimate 1.499972, conf.int 5.697565e-05 2
  const [e2, lo2, hi2] = k.knowledge.hodgesLehmann[1];
  near(e2, 1.5, 1e-4);
  assert.ok(Math.abs(lo2) < 1e-4);
  near(hi2, 2, 1e-4);
  // fisher.test(matrix(c(6, 9, 13, 2), 2, byrow = TRUE))$p.value = 0.0209395302348826
  near(k.lancar.unpairedFisherP, 0.0209395302348826, 1e-9);
  // Smooth flow 6 and 13 of 15, Wilson intervals as { lo, hi }:
  // prop.test(6, 15, correct = FALSE)$conf.int = 0.19824496141341583 0.64253169879375394
  // prop.test(13, 15, correct = FALSE)$conf.int = 0.62118017167677642 0.96263874089693469
  near(k.lancar.wilsonBefore.lo, 0.19824496141341583, 1e-12);
  near(k.lancar.wilsonBefore.hi, 0.64253169879375394, 1e-12);
  near(k.lancar.wilsonAfter.lo, 0.62118017167677642, 1e-12);
  near(k.lancar.wilsonAfter.hi, 0.96263874089693469, 1e-12);
  assert.equal(k.knowledge.pairings, 33);
  assert.equal(k.lancar.pairings, 3);
});

Deno.test("tasikharjo: each finding's claims", () => {
  const findings = Object.fromEntries(run.findings.map((f) => [f.id, [...f.claims].sort()]));
  assert.deepEqual(findings, {
    "dates": ["abstract.date", "abstrak.date", "hasil.date", "metode.date"],
    "t1-13-5": ["t1.before.baik.pct"],
    "t1-rounding": [
      "t1.after.kurang.pct",
      "t1.before.kurang.pct",
      "t1.text.after.kurang",
      "t1.text.before.kurang",
    ],
    "flow-significance": [...FLOW_SIG].sort(),
    "knowledge-significance": [...KNOWLEDGE_SIG].sort(),
    "unmeasured": [
      "abstract.confidence",
      "abstract.skills",
      "abstrak.confidence",
      "abstrak.skills",
      "hasil.confidence",
      "hasil.skills",
      "metode.measures",
      "simpulan.skills",
    ],
    "who-massaged": ["hasil.model"],
    "bonding": ["abstract.bonding", "abstrak.bonding", "hasil.bonding", "simpulan.interaction"],
  });
  assert.deepEqual(
    [...claim("hasil.date").links].sort(),
    ["abstract.date", "abstrak.date", "metode.date"],
  );
  assert.equal(claim("hasil.date").computed, null);
});
