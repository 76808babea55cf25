/**
 * Paringin Selatan (notebooks/01-paringin-selatan.ipynb): runs the notebook headless once and
 * pins every claim's verdict, k of K for the consistent ones, the readings' key values and the
 * findings. Reference values come from R 4.2 (Rscript -e ...), SciPy and brute-force enumeration
 * (/usr/bin/python3 tests/papers/paringin-selatan_reference.py, written apart from lib/), with
 * the call beside each value.
 */
import assert from "node:assert/strict";
import { runNotebookOnce } from "../../tools/runner.ts";
import { loadPrinted } from "../../lib/data/printed.ts";
import type { Reading } from "../../lib/audit/claim.ts";
import type { NumericInterval } from "../../lib/printed/intervals.ts";
import { claimsOf, near } from "./_claims.ts";

const run = await runNotebookOnce(
  new URL("../../notebooks/01-paringin-selatan.ipynb", import.meta.url).pathname,
);
const printed = await loadPrinted("paringin-selatan");

const { claim } = claimsOf(run);

function range(r: Reading): NumericInterval {
  assert.ok(r.computed !== null && typeof r.computed === "object", r.assumption);
  return r.computed as NumericInterval;
}

Deno.test("paringin-selatan: the notebook runs headless without error", () => {
  assert.equal(run.error, null);
  assert.equal(run.ok, true);
});

Deno.test("paringin-selatan: printed.csv covers the body; each claim judged once", () => {
  // 76 numbers and statements in the body outside the tables: 59 claims, 17 excluded.
  assert.equal(printed.claims.length, 59);
  assert.equal(printed.excluded.length, 17);
  const ids = run.claims.map((c) => c.id);
  assert.equal(new Set(ids).size, ids.length, "a claim id is judged twice");
  for (const p of printed.claims) assert.ok(ids.includes(p.id), `${p.id} not judged`);
  for (const e of printed.excluded) assert.ok(!ids.includes(e.id), `${e.id} excluded yet judged`);
  // The rest are table cells: Tabel 1's 13 percentages and 8 totals, Tabel 2's 6 numbers and
  // the non-massaged group's label.
  assert.equal(ids.filter((id) => id.startsWith("t1.")).length, 21);
  assert.equal(ids.filter((id) => id.startsWith("t2.")).length, 7);
  assert.equal(run.claims.length, 59 + 28);
  // Every reported string is the printed one, never rebuilt in code.
  for (const p of printed.claims) assert.equal(claim(p.id).reported, p.reported);
});

Deno.test("paringin-selatan: every claim's verdict", () => {
  const expected: Record<string, string> = {};
  for (const c of run.claims) {
    if (/^t1\./.test(c.id) || /^hasil\.(umur|pekerjaan|pendidikan|paritas)\./.test(c.id)) {
      expected[c.id] = "match"; // 100 × n / 20 is a whole number: nothing to round
    }
  }
  Object.assign(expected, {
    "t2.massage.n": "match",
    "t2.massage.mean": "match",
    "t2.massage.sum": "match",
    "t2.control.n": "match",
    "t2.control.mean": "match",
    "t2.control.sum": "match",
    "hasil.massage.mean": "match",
    "hasil.control.mean": "match",
    "abstrak.p": "consistent",
    "abstract.p": "consistent",
    "kesimpulan.p": "consistent",
    "abstrak.significance": "consistent",
    "abstract.significance": "consistent",
    "kesimpulan.effect": "consistent",
    "pembahasan.p": "match",
    "abstrak.design": "contradiction",
    "abstract.design": "contradiction",
    "metode.design": "contradiction",
    "metode.times": "contradiction",
    "t2.control.label": "contradiction",
    "abstrak.test": "contradiction",
    "abstract.test": "contradiction",
    "hasil.test": "contradiction",
    "abstrak.population": "contradiction",
    "abstract.population": "contradiction",
    "metode.population": "contradiction",
    "pembahasan.reflex.oxytocin": "contradiction",
    "pembahasan.reflex.prolactin": "contradiction",
    "abstrak.n": "match",
    "abstract.n": "match",
    "metode.n": "match",
    "hasil.year": "match",
    "abstrak.before.count": "unverifiable",
    "abstract.before.count": "unverifiable",
    "abstrak.before.pct": "match",
    "abstract.before.pct": "match",
    "abstrak.days": "unverifiable",
    "abstrak.daily": "unverifiable",
    "abstrak.minutes": "unverifiable",
    "abstract.days": "unverifiable",
    "abstract.daily": "unverifiable",
    "abstract.minutes": "unverifiable",
    "abstrak.conclusion": "unverifiable",
    "abstract.conclusion": "unverifiable",
    "pembahasan.umur.pct": "mismatch",
    "pembahasan.umur.band": "mismatch",
    "pembahasan.pendidikan.pct": "match",
    "pendahuluan.kemenkes.year": "unverifiable",
    "pendahuluan.saputri.year": "unverifiable",
    "pendahuluan.susilowati.year": "unverifiable",
    "pendahuluan.susanti.year": "unverifiable",
    "pembahasan.astarie.year": "unverifiable",
    "pembahasan.sandriani.year": "match",
    "pembahasan.hayuningsih.year": "match",
    "pembahasan.siregar.year": "match",
    "pembahasan.stefani.year": "match",
    "pembahasan.dewi.year": "match",
  });
  const verdicts = Object.fromEntries(run.claims.map((c) => [c.id, c.verdict]));
  assert.deepEqual(verdicts, expected);
  const tally: Record<string, number> = {};
  for (const c of run.claims) tally[c.verdict] = (tally[c.verdict] ?? 0) + 1;
  assert.deepEqual(tally, {
    match: 51,
    consistent: 6,
    contradiction: 13,
    unverifiable: 15,
    mismatch: 2,
  });
});

Deno.test("paringin-selatan: the three printed 0,008 share one verdict, 7 of 14 readings", () => {
  for (const id of ["abstrak.p", "abstract.p", "kesimpulan.p"]) {
    const c = claim(id);
    assert.equal(c.verdict, "consistent");
    // 6 two-group readings, 4 signed-rank (SPSS, R <= 4.5, R >= 4.6, SciPy), 4 binary
    // before/after (SPSS = SciPy, R <= 4.5, R >= 4.6, exact).
    assert.deepEqual(c.support, { k: 7, of: 14 });
    assert.deepEqual(
      c.readings.map((r) => r.prints),
      [false, false, false, true, true, true, false, false, false, false, true, true, true, true],
    );
    assert.match(c.note, /witness: Tabel 2 with ties, 2 to 5 levels .* SPSS Asymp/);
  }
});

Deno.test("paringin-selatan: Tabel 2 untied, every convention", () => {
  const r = claim("abstrak.p").readings;
  // Rscript -e 'wilcox.test(3:12, c(1, 2, 13:20), exact = FALSE, correct = FALSE)$p.value'
  near(r[0].computed, 0.0233422020129);
  // Rscript -e '2 * pwilcox(20, 10, 10)'   (SPSS Exact Sig., R <= 4.5 and R >= 4.6 untied)
  near(r[1].computed, 0.0232306393297);
  // python3: scipy.stats.mannwhitneyu(list(range(3, 13)), [1, 2] + list(range(13, 21))).pvalue
  near(r[2].computed, 0.025748080821108063);
});

/** The patterns of a family reading that print 0,008, counted by their number of levels. */
function printingByLevels(r: Reading): Record<number, number> {
  const out: Record<number, number> = { 2: 0, 3: 0, 4: 0, 5: 0 };
  for (const p of r.params.printing as string[]) out[p.split(" vs ")[0].split("/").length]++;
  return out;
}

Deno.test("paringin-selatan: every tie pattern with 2 to 5 levels, exhaustively", () => {
  const r = claim("abstrak.p").readings;
  // /usr/bin/python3 tests/papers/paringin-selatan_reference.py, "twoGroup": genuine patterns
  // 5 + 36 + 394 + 3064 = 3499 (pooled compositions first, then each split of group 1).
  for (const reading of r.slice(3, 6)) assert.equal(reading.params.patterns, 3499);
  // SPSS Asymp. Sig.: scipy.stats.mannwhitneyu(x, y, use_continuity=False, method="asymptotic")
  assert.deepEqual(r[3].members, { prints: 22, of: 3499 });
  assert.deepEqual(printingByLevels(r[3]), { 2: 2, 3: 0, 4: 4, 5: 16 });
  assert.deepEqual((r[3].params.printing as string[]).slice(0, 2), ["7/3 vs 1/9", "9/1 vs 3/7"]);
  near(range(r[3]).lo, 0.004323111225531491);
  near(range(r[3]).hi, 0.02059784873206008);
  // R <= 4.5 default with ties (= SciPy default): use_continuity=True, method="asymptotic"
  assert.deepEqual(r[4].members, { prints: 8, of: 3499 });
  assert.deepEqual(printingByLevels(r[4]), { 2: 0, 3: 2, 4: 6, 5: 0 });
  near(range(r[4]).lo, 0.005015918125903367);
  near(range(r[4]).hi, 0.022804877260541093);
  // R >= 4.6 default: exact conditional on the tie groups, min(1, 2 min tail), from the
  // reference script's dynamic programme (brute force over all C(20, 10) splits agrees for
  // 7/3 vs 1/9: 0.019766611097880447, and for 0/1/9/0 vs 2/0/0/8: 0.007988915109658143).
  assert.deepEqual(r[5].members, { prints: 34, of: 3499 });
  assert.deepEqual(printingByLevels(r[5]), { 2: 0, 3: 0, 4: 8, 5: 26 });
  assert.ok((r[5].params.printing as string[]).includes("0/1/9/0 vs 2/0/0/8"));
  near(range(r[5]).lo, 0.0030959752321981426);
  near(range(r[5]).hi, 0.028697308883067395);
});

Deno.test("paringin-selatan: Tabel 2 read as the abstract's signed-rank test", () => {
  const r = claim("abstrak.p").readings;
  // Untied: Rscript -e 'wilcox.test(c(-(3:12), 1, 2, 13:20), exact = FALSE,
  //   correct = FALSE)$p.value' -> 0.26272224684072 (the largest SPSS value); the reference
  // script's "signed": 435 tied patterns (2 to 4 magnitudes), SPSS p 0.24156658696897293 to
  // 0.2593759358628416.
  assert.deepEqual(r[6].members, { prints: 0, of: 436 });
  near(range(r[6]).lo, 0.24156658696897293);
  near(range(r[6]).hi, 0.26272224684072);
  // Rscript -e 'wilcox.test(c(-(3:12), 1, 2, 13:20))$p.value' -> 0.277355194091797 (exact,
  // R <= 4.5, R >= 4.6 and SciPy without ties or zeros): every convention stays far above 0.05.
  assert.deepEqual(r.slice(6, 10).map((x) => x.params.convention), ["spss", "r45", "r46", "scipy"]);
  for (const reading of r.slice(6, 10)) {
    assert.ok(range(reading).lo > 0.2, reading.assumption);
    assert.equal(reading.prints, false);
  }
  assert.ok(range(r[8]).lo <= 0.277355194091797 && range(r[8]).hi >= 0.277355194091797);
  // SciPy: exact untied (/usr/bin/python3: scipy.stats.wilcoxon([-x for x in range(3, 13)]
  // + [1, 2] + list(range(13, 21))).pvalue -> 0.2773551940917969); with ties 20 pairs > 13, so
  // the normal approximation without correction, SPSS's p (the reference script's "signed").
  near(range(r[9]).lo, 0.24156658696897293);
  near(range(r[9]).hi, 0.277355194091797);
});

Deno.test("paringin-selatan: the abstract's binary before/after reading", () => {
  const r = claim("abstrak.p").readings;
  // Brute force: tables with more improved (<= 12) than worsened (<= 8).
  let increases = 0;
  for (let imp = 0; imp <= 12; imp++) for (let wor = 0; wor <= 8; wor++) if (imp > wor) increases++;
  assert.equal(r.length, 14);
  for (const reading of r.slice(10)) assert.equal(reading.params.tables, increases);
  assert.deepEqual(r.slice(10).map((x) => x.params.convention), ["spss", "r45", "r46", "exact"]);
  // The reference script's "paired" (all 116 tables; the decreases 0/7 and 0/8 drop out here):
  // SPSS: 2 * scipy.stats.norm.sf(|imp - wor| / sqrt(imp + wor)) -> 7/0 and 12/2 (SciPy's
  // default is the same with 20 pairs, more than 13, and zeros or ties).
  assert.deepEqual(r[10].params.printing, ["7 improved / 0 worsened", "12 improved / 2 worsened"]);
  // b <- c(rep(0, 12), rep(1, 8)); a <- c(rep(1, 7), rep(0, 5), rep(1, 8))
  // Rscript: wilcox.test(a, b, paired = TRUE, exact = FALSE, correct = FALSE)$p.value
  //   -> 0.00815097159350271 (= 2 * pnorm(-sqrt(7)))
  near((r[10].params.printingP as number[])[0], 0.00815097159350271);
  // R <= 4.5 and R >= 4.6, continuity-corrected -> 10/1 and 12/2. Every one of these tables has
  // unchanged mothers, i.e. zero differences, so R 4.6 also uses the corrected normal
  // approximation, zeros dropped: R 4.2's default p. With
  // b <- c(rep(0, 12), rep(1, 8)); a <- c(rep(1, i), rep(0, 12 - i), rep(0, w), rep(1, 8 - w)):
  // Rscript: wilcox.test(a, b, paired = TRUE)$p.value
  //   i = 10, w = 1 -> 0.00773668480919053; i = 12, w = 2 -> 0.00836483582643827
  for (const reading of [r[11], r[12]]) {
    assert.deepEqual(reading.params.printing, [
      "10 improved / 1 worsened",
      "12 improved / 2 worsened",
    ]);
    const p = reading.params.printingP as number[];
    near(p[0], 0.00773668480919053);
    near(p[1], 0.00836483582643827);
  }
  // The two differ only on 12/8, where no mother is unchanged: R 4.2 gives
  // wilcox.test(c(rep(1, 12), rep(0, 8)), c(rep(0, 12), rep(1, 8)), paired = TRUE)$p.value
  //   -> 0.382591512192767, R 4.6 the exact p conditional on the tied |d| (the sign test):
  // 2 * pbinom(8, 20, 0.5) -> 0.50344467163086, checked by brute force over all 2^20 signs.
  for (const reading of r.slice(10)) {
    assert.deepEqual(reading.params.noUnchanged, ["12 improved / 8 worsened"]);
  }
  let atMostEightUp = 0;
  for (let signs = 0; signs < 2 ** 20; signs++) {
    let up = 0;
    for (let s = signs; s > 0; s >>= 1) up += s & 1;
    if (up <= 8) atMostEightUp++;
  }
  const signTest = Math.min(1, 2 * atMostEightUp / 2 ** 20);
  near(signTest, 0.50344467163086);
  // SPSS: wilcox.test(..., paired = TRUE, exact = FALSE, correct = FALSE)$p.value
  //   -> 0.371093369522698 (= 2 * pnorm(-4 / sqrt(20)))
  near((r[10].params.noUnchangedP as number[])[0], 0.371093369522698);
  near((r[11].params.noUnchangedP as number[])[0], 0.382591512192767);
  near((r[12].params.noUnchangedP as number[])[0], signTest);
  near((r[13].params.noUnchangedP as number[])[0], signTest);
  assert.equal(range(r[11]).lo, range(r[12]).lo);
  // Exact (sign test, exact McNemar): scipy.stats.binomtest(8, 8).pvalue, and
  // Rscript -e 'binom.test(8, 8)$p.value' -> 0.0078125
  assert.deepEqual(r[13].params.printing, ["8 improved / 0 worsened"]);
  near((r[13].params.printingP as number[])[0], 0.0078125);
});

Deno.test("paringin-selatan: significance holds under every reading but the named test's", () => {
  for (const id of ["abstrak.significance", "abstract.significance", "kesimpulan.effect"]) {
    const c = claim(id);
    assert.equal(c.verdict, "consistent");
    assert.deepEqual(c.support, { k: 10, of: 14 });
    // The four signed-rank readings (the test the abstract names) fail; all others hold.
    assert.deepEqual(c.readings.map((r) => r.prints), [
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      true,
      true,
      true,
      true,
    ]);
  }
  const groups = claim("pembahasan.p");
  assert.equal(groups.verdict, "match");
  assert.equal(groups.readings.length, 6);
  // Every two-group p is below 0.05: the largest is R >= 4.6's 0.028697308883067395 (above).
  for (const r of groups.readings) {
    if (r.members) assert.equal(r.members.prints, r.members.of, r.assumption);
    const hi = typeof r.computed === "number" ? r.computed : range(r).hi;
    assert.ok(hi < 0.05, r.assumption);
  }
});

Deno.test("paringin-selatan: Tabel 2's cells and their restatements", () => {
  assert.equal(claim("t2.massage.sum").readings.length, 2);
  near(claim("t2.massage.sum").readings[1].computed, 75); // 20 * 21 / 2 - 135
  near(claim("t2.control.sum").readings[1].computed, 135); // 210 - 75
  near(claim("hasil.massage.mean").computed, 7.5); // 75 / 10
  near(claim("hasil.control.mean").computed, 13.5); // 135 / 10
  near(claim("t2.control.n").computed, 10); // Tabel 1's 20 - 10
});

Deno.test("paringin-selatan: the discussion's age figure matches no union of age bands", () => {
  const c = claim("pembahasan.umur.pct");
  // Tabel 1's age counts 1, 15, 4: the 7 non-empty unions give 5, 75, 80, 20, 25, 95, 100 %.
  assert.deepEqual(c.readings[1].members, { prints: 0, of: 7 });
  assert.deepEqual(range(c.readings[1]), { lo: 5, hi: 100 });
  near(c.readings[0].computed, 75); // 100 * 15 / 20
});

Deno.test("paringin-selatan: findings and their claims", () => {
  const findings = Object.fromEntries(run.findings.map((f) => [f.id, f.claims]));
  assert.deepEqual(findings, {
    "p-0008-readings": [
      "abstrak.p",
      "abstract.p",
      "kesimpulan.p",
      "abstrak.significance",
      "abstract.significance",
      "kesimpulan.effect",
    ],
    "two-designs": [
      "abstrak.design",
      "abstract.design",
      "metode.design",
      "metode.times",
      "t2.control.label",
      "abstrak.test",
      "abstract.test",
      "hasil.test",
    ],
    "two-populations": ["abstrak.population", "abstract.population", "metode.population"],
    "reflex-names": ["pembahasan.reflex.oxytocin", "pembahasan.reflex.prolactin"],
    "outcome-not-printed": ["abstrak.before.count", "abstract.before.count"],
    "conclusions-beyond-design": ["abstrak.conclusion", "abstract.conclusion"],
    "age-restatement": ["pembahasan.umur.pct", "pembahasan.umur.band"],
    "citations-without-entry": [
      "pendahuluan.kemenkes.year",
      "pendahuluan.saputri.year",
      "pendahuluan.susilowati.year",
      "pendahuluan.susanti.year",
      "pembahasan.astarie.year",
    ],
  });
  // Contradictions link the statements they relate and invent no value.
  for (const c of run.claims.filter((c) => c.verdict === "contradiction")) {
    assert.equal(c.computed, null);
    assert.ok(c.links.length >= 1, c.id);
  }
  assert.deepEqual(claim("hasil.test").links, ["abstrak.test", "abstract.test"]);
});
