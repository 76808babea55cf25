/**
 * Pins the pku-gamping notebook on the claim model: every claim's verdict, each finding's
 * claims, printed.csv's coverage, and the key computed values (interval arithmetic and sample
 * sizes) against R 4.2 (calls in the comments).
 */
import assert from "node:assert/strict";
import { runNotebookOnce } from "../../tools/runner.ts";
import { loadPrinted } from "../../lib/mod.ts";
import { claimsOf, keyValues, near } from "./_claims.ts";

const run = await runNotebookOnce(
  new URL("../../notebooks/04-pku-gamping.ipynb", import.meta.url).pathname,
);
const { claim } = claimsOf(run);

interface KeyValues {
  foldChanges: Record<string, [number, number]>;
  changeDay1: [number, number];
  changeDay3: [number, number];
  phases: [number, number][];
  sessionsPerDay: [number, number];
  wholeSessions: number[];
  twoSessions: [number, number];
  perFeedAtGuideline: [number, number];
  adviceGaps: number[];
  totals: Record<string, [number, number]>;
  ebfChange: [number, number];
  ebfSampleRequired: number;
  hidayahDeltaInterval: [number, number];
  hidayahRatio: number;
  caseVsCited: [number, number];
  paired: { n: number; required: number; power: number };
  twoGroup: { n: number; required: number; total: number };
  twoGroupRange: [number, number];
  sensitivity: number[][];
  caseRiseRequired: number;
}

const ONE_CASE = [
  "abstract.sig",
  "abstrak.sig",
  "hasil.day2.sig",
  "abstract.effective",
  "abstrak.effective",
  "hasil.effective",
  "kesimpulan.effective",
  "kesimpulan.safe",
];

Deno.test("pku-gamping: the notebook runs headless", () => {
  assert.equal(run.error, null);
  assert.equal(run.ok, true);
});

Deno.test("pku-gamping: every claim's verdict", () => {
  const verdicts = Object.fromEntries(run.claims.map((c) => [c.id, c.verdict]));
  assert.deepEqual(verdicts, {
    "abstract.n": "match",
    "abstrak.n": "match",
    "metode.n": "match",
    "hasil.baseline": "unverifiable",
    "hasil.day1": "unverifiable",
    "hasil.day2": "unverifiable",
    "hasil.day3": "unverifiable",
    "hasil.day2.start": "match",
    "abstract.day3": "match",
    "abstrak.day3": "match",
    "metode.inclusion": "match",
    "hasil.day3.daily": "unverifiable",
    "hasil.day1.freq": "match",
    "hasil.day2.freq": "match",
    "metode.freq": "match",
    "t1.freq": "match",
    "hasil.day1.duration": "match",
    "saran.duration": "contradiction",
    "metode.duration": "contradiction",
    "t1.step7.duration": "contradiction",
    "t1.duration": "contradiction",
    "metode.days": "match",
    "hasil.days.summary": "match",
    "hasil.days": "contradiction",
    "hasil.day1.timing": "contradiction",
    "kesimpulan.days": "unverifiable",
    "intro.trend": "match",
    ...Object.fromEntries(ONE_CASE.map((id) => [id, "unverifiable"])),
  });
});

Deno.test("pku-gamping: printed.csv covers the body; no claim is judged twice", async () => {
  const printed = await loadPrinted("pku-gamping");
  assert.equal(printed.claims.length, 32);
  assert.equal(printed.excluded.length, 9);
  assert.ok(printed.excluded.every((e) => /^cited from|^background figure/.test(e.reason)));
  const ids = run.claims.map((c) => c.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const p of printed.claims) {
    // claim() fails with "no claim <id>" when a printed claim was not judged.
    assert.equal(claim(p.id).reported, p.reported);
  }
  // 32 printed claims plus three Tabel 1 cells (frequency and the two durations).
  assert.equal(run.claims.length, 35);
});

Deno.test("pku-gamping: each finding's claims and the contradictions' links", () => {
  const findings = Object.fromEntries(run.findings.map((f) => [f.id, [...f.claims].sort()]));
  assert.deepEqual(findings, {
    "volumes-unrecorded": [
      "hasil.baseline",
      "hasil.day1",
      "hasil.day2",
      "hasil.day3",
      "hasil.day3.daily",
    ],
    "durations": ["metode.duration", "saran.duration", "t1.duration", "t1.step7.duration"],
    "timeline": ["hasil.day1.timing", "hasil.days"],
    "one-case": [...ONE_CASE].sort(),
  });
  assert.deepEqual(
    [...claim("saran.duration").links].sort(),
    ["metode.duration", "t1.duration", "t1.step7.duration"],
  );
  assert.deepEqual(claim("metode.duration").links, ["saran.duration"]);
  for (const c of run.claims.filter((c) => c.verdict === "contradiction")) {
    assert.equal(c.computed, null);
  }
});

Deno.test("pku-gamping: intervals against R", () => {
  const k = keyValues<KeyValues>(run);
  // R: f <- function(a, b) range(outer(a, b, "/"))
  const expected: Record<string, [number, number]> = {
    "day1/baseline": [2, 6], // f(c(20, 30), c(5, 10))
    "day2/baseline": [5, 14], // f(c(50, 70), c(5, 10))
    "day3/baseline": [8, 20], // f(c(80, 100), c(5, 10))
    "day2/day1": [1.666667, 3.5], // f(c(50, 70), c(20, 30))
    "day3/day2": [1.142857, 2], // f(c(80, 100), c(50, 70))
    "day2/day2start": [1.666667, 2.333333], // f(c(50, 70), 30)
  };
  assert.deepEqual(Object.keys(k.foldChanges), Object.keys(expected));
  for (const [what, [lo, hi]] of Object.entries(expected)) {
    // Absolute 5e-7 (R prints 7 significant digits), as a relative tolerance.
    near(k.foldChanges[what][0], lo, 5e-7 / lo);
    near(k.foldChanges[what][1], hi, 5e-7 / hi);
  }
  // R: range(outer(c(80, 100), c(5, 10), "-")) = 70 95; range(outer(c(20, 30), c(5, 10), "-"))
  assert.deepEqual(k.changeDay3, [70, 95]);
  assert.deepEqual(k.changeDay1, [10, 25]);
  // Within day 1, overnight, within day 2, day 2 to day 3. R: range(outer(c(20, 30), c(5, 10),
  // "-")); range(outer(30, c(20, 30), "-")); range(outer(c(50, 70), 30, "-"));
  // range(outer(c(80, 100), c(50, 70), "-")) = 10 25, 0 10, 20 40, 10 50
  assert.deepEqual(k.phases, [[10, 25], [0, 10], [20, 40], [10, 50]]);
  // R: range(outer(c(450, 600), c(80, 100), "/")) = 4.5 7.5
  assert.deepEqual(k.sessionsPerDay, [4.5, 7.5]);
  assert.deepEqual(k.wholeSessions, [5, 6, 7]);
  // R: 2 * c(80, 100); range(outer(c(450, 600), c(8, 12), "/")) = 37.5 75
  assert.deepEqual(k.twoSessions, [160, 200]);
  assert.deepEqual(k.perFeedAtGuideline, [37.5, 75]);
  // Saran 2–3 min: 15 − 3 = 12 to the Metode and the Hasil, 10 − 3 = 7 to Tabel 1's cells.
  assert.deepEqual(k.adviceGaps, [12, 7, 7, 12]);
  // R: 3 * 2 * c(15, 20); range(3 * outer(c(1, 2), c(10, 15))); 3 * 2 * 15
  assert.deepEqual(k.totals["Metode: 3 × 2 × 15–20"], [90, 120]);
  assert.deepEqual(k.totals["Tabel 1: 3 × (1–2) × 10–15"], [30, 90]);
  assert.deepEqual(k.totals["Hasil: 3 × 2 × 15"], [90, 90]);
});

Deno.test("pku-gamping: cited figures and sample sizes against R", () => {
  const k = keyValues<KeyValues>(run);
  // Each tolerance is the absolute one R's printed digits allow, divided by |expected|.
  // R: range(outer(c(67.955, 67.965), c(69.65, 69.75), "-")) = -1.795 -1.685
  near(k.ebfChange[0], -1.795, 1e-9 / 1.795);
  near(k.ebfChange[1], -1.685, 1e-9 / 1.685);
  // R: power.prop.test(p1 = .697, p2 = .6796, power = .8, tol = 1e-12)$n = 11122.64 -> 11123
  assert.equal(k.ebfSampleRequired, 11123);
  // R: range(outer(c(10.265, 10.275), c(8.565, 8.575), "-")) = 1.69 1.71
  near(k.hidayahDeltaInterval[0], 1.69, 1e-9 / 1.69);
  near(k.hidayahDeltaInterval[1], 1.71, 1e-9 / 1.71);
  // R: 10.27 / 8.57 = 1.198366; range(outer(c(8, 20), 10.27 / 8.57, "/")) = 6.675755 16.689387
  near(k.hidayahRatio, 1.198366, 1e-6 / 1.198366);
  near(k.caseVsCited[0], 6.675755, 1e-6 / 6.675755);
  near(k.caseVsCited[1], 16.689387, 1e-6 / 16.689387);
  // R: power.t.test(delta = 1.7, sd = 3, power = .8, type = "paired", tol = 1e-12)$n = 26.42791
  near(k.paired.n, 26.42791, 1e-5 / 26.42791);
  assert.equal(k.paired.required, 27);
  // R: power.t.test(n = 27, delta = 1.7, sd = 3, type = "paired")$power = 0.8090089
  near(k.paired.power, 0.8090089, 1e-7 / 0.8090089);
  // R: power.t.test(delta = 1.7, sd = 3, power = .8, tol = 1e-12)$n = 49.86455
  near(k.twoGroup.n, 49.86455, 1e-5 / 49.86455);
  assert.deepEqual([k.twoGroup.required, k.twoGroup.total], [50, 100]);
  // R: ceiling(power.t.test(delta = 1.71, sd = 3, power = .8)$n) = 50 (49.29);
  // ceiling(power.t.test(delta = 1.69, sd = 3, power = .8)$n) = 51 (50.44)
  assert.deepEqual(k.twoGroupRange, [50, 51]);
  // R: for (s in 1:6) cat(s, ceiling(power.t.test(delta = 1.7, sd = s, power = .8,
  //   type = "paired")$n), ceiling(power.t.test(delta = 1.7, sd = s, power = .8)$n), "\n")
  const expected = [[1, 5, 7], [2, 13, 23], [3, 27, 50], [4, 46, 88], [5, 70, 137], [6, 100, 197]];
  assert.deepEqual(k.sensitivity.map((r) => [r[0], r[1], r[2]]), expected);
  assert.deepEqual(k.sensitivity.map((r) => r[3]), expected.map((e) => 2 * e[2]));
  // R: ceiling(power.t.test(delta = 70, sd = 35, power = .8, type = "paired", tol = 1e-12)$n)
  // = 5 (4.2207)
  assert.equal(k.caseRiseRequired, 5);
});
