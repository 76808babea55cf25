import assert from "node:assert/strict";
import { runNotebook } from "../../tools/runner.ts";

const run = await runNotebook(
  new URL("../../notebooks/04-pku-gamping.ipynb", import.meta.url).pathname,
);

/** Every text/plain output of the run, in order. */
const texts: string[] = run.outputs.flat().flatMap((o) =>
  o.output_type === "display_data" && typeof o.data["text/plain"] === "string"
    ? [o.data["text/plain"] as string]
    : []
);

/** The rows of the displayed table whose caption starts with `caption`, split into cells. */
function tableRows(caption: string): string[][] {
  const text = texts.find((t) => t.startsWith(caption));
  assert.ok(text, `no table captioned "${caption}"`);
  return text.split("\n").slice(3).filter((l) => l.trim() !== "").map((l) =>
    l.trim().split(/\s{2,}/)
  );
}

/** A displayed interval "1,667–3,5" (or a single number) as [lo, hi]. */
function parseShown(text: string): [number, number] {
  const parts = text.replaceAll("−", "-").replaceAll(",", ".").split("–");
  const lo = Number(parts[0]);
  const hi = Number(parts[parts.length - 1]);
  assert.ok(Number.isFinite(lo) && Number.isFinite(hi), `not an interval: ${text}`);
  return [lo, hi];
}

function near(actual: number, expected: number, tol: number, what: string) {
  assert.ok(Math.abs(actual - expected) <= tol, `${what}: got ${actual}, expected ${expected}`);
}

Deno.test("pku-gamping: the notebook runs headless", () => {
  assert.equal(run.ok, true, JSON.stringify(run.error));
  assert.ok(run.ms < 10_000, `took ${run.ms} ms`);
});

Deno.test("pku-gamping: every claim's verdict", () => {
  const verdicts = Object.fromEntries(run.claims.map((c) => [c.id, c.verdict]));
  assert.deepEqual(verdicts, {
    "abstract-en.n": "match",
    "abstrak.n": "match",
    "metode.n": "match",
    "hasil.baseline": "unverifiable",
    "hasil.day1": "unverifiable",
    "hasil.day2": "unverifiable",
    "hasil.day3": "unverifiable",
    "hasil.day2.start": "match",
    "abstract-en.day3.lo": "match",
    "abstract-en.day3.hi": "match",
    "abstrak.day3.lo": "match",
    "abstrak.day3.hi": "match",
    "metode.inclusion": "match",
    "hasil.day3.daily": "unverifiable",
    "hasil.day1.freq": "match",
    "hasil.day2.freq": "match",
    "t1.freq.hi": "match",
    "hasil.day1.duration": "match",
    "t1.duration.lo": "mismatch",
    "saran.duration": "mismatch",
    "metode.days": "match",
    "hasil.days": "match",
    "hasil.days.summary": "match",
    "kesimpulan.days": "match",
    "intro.global-ebf": "unverifiable",
    "intro.six-months": "match",
    "intro.cs-rate": "unverifiable",
    "intro.ebf-2023": "unverifiable",
    "intro.ebf-2024": "unverifiable",
    "intro.diy-2024": "unverifiable",
    "pembahasan.hidayah.before": "unverifiable",
    "pembahasan.hidayah.after": "unverifiable",
    "abstract-en.significant": "unverifiable",
    "abstrak.signifikan": "unverifiable",
    "hasil.day2.signifikan": "unverifiable",
    "abstract-en.effective": "unverifiable",
    "abstrak.efektif": "unverifiable",
    "hasil.efektif": "unverifiable",
    "kesimpulan.efektif": "unverifiable",
  });
  const summary = texts.filter((t) => t.startsWith("Verdicts on"));
  assert.ok(
    summary.includes("Verdicts on 39 claims: 18 match, 0 rounding, 2 mismatch, 19 unverifiable"),
  );
});

Deno.test("pku-gamping: the computed numbers behind the check claims", () => {
  const computed = Object.fromEntries(run.claims.map((c) => [c.id, c.computed]));
  assert.equal(computed["hasil.day2.start"], 30); // top of "20–30"
  assert.equal(computed["metode.inclusion"], 10); // top of the baseline "5–10" < 50
  assert.equal(computed["hasil.day1.duration"], 15); // [15, 20] ∩ [10, 15] = [15, 15]
  assert.equal(computed["t1.duration.lo"], 15); // the Metode's lower end, against Tabel 1's 10
  assert.equal(computed["saran.duration"], 10); // shortest other duration, against Saran's 3
});

Deno.test("pku-gamping: fold changes as intervals", () => {
  const rows = tableRows("Fold changes in volume per session");
  const fold = Object.fromEntries(rows.map((r) => [r[0], parseShown(r[3])]));
  // Reference: R, f <- function(a, b) range(outer(a, b, "/"))
  const expected: Record<string, [number, number]> = {
    "end of day 1 vs before": [2, 6], // f(c(20, 30), c(5, 10))
    "day 2 vs before": [5, 14], // f(c(50, 70), c(5, 10))
    "day 3 vs before": [8, 20], // f(c(80, 100), c(5, 10))
    "day 2 vs end of day 1": [1.666667, 3.5], // f(c(50, 70), c(20, 30))
    "day 3 vs day 2": [1.142857, 2], // f(c(80, 100), c(50, 70))
    "day 2 vs its start (30)": [1.666667, 2.333333], // f(c(50, 70), 30)
  };
  assert.deepEqual(Object.keys(fold), Object.keys(expected));
  for (const [what, [lo, hi]] of Object.entries(expected)) {
    near(fold[what][0], lo, 5e-4, `${what} lo`);
    near(fold[what][1], hi, 5e-4, `${what} hi`);
  }
  // Ratio of midpoints for day 3: R: mean(c(80, 100)) / mean(c(5, 10)) = 12
  assert.equal(Number(rows.find((r) => r[0] === "day 3 vs before")![5]), 12);

  const change = Object.fromEntries(
    tableRows("Absolute change").map((r) => [r[0], parseShown(r[1])]),
  );
  // R: range(outer(c(80, 100), c(5, 10), "-")) = 70 95
  assert.deepEqual(change["day 3 − before"], [70, 95]);
  // R: range(outer(c(20, 30), c(5, 10), "-")) = 10 25
  assert.deepEqual(change["end of day 1 − before"], [10, 25]);
});

Deno.test("pku-gamping: sessions per day implied by the daily total", () => {
  const rows = tableRows("What the day-3 daily total implies");
  // R: range(outer(c(450, 600), c(80, 100), "/")) = 4.5 7.5
  assert.deepEqual(parseShown(rows[0][1]), [4.5, 7.5]);
  assert.match(rows[0][2], /5, 6, 7$/);
  // R: 2 * c(80, 100) = 160 200
  assert.deepEqual(parseShown(rows[1][1]), [160, 200]);
  // R: range(outer(c(450, 600), c(8, 12), "/")) = 37.5 75
  assert.deepEqual(parseShown(rows[2][1]), [37.5, 75]);
});

Deno.test("pku-gamping: schedule intervals", () => {
  const rows = tableRows("Massage duration per session (minutes)");
  assert.equal(rows.length, 10); // 5 statements, every pair
  const saranGaps = rows.filter((r) => r[1].startsWith("Saran")).map((r) => [r[2], Number(r[3])]);
  // Saran 2–3 min: gap 15 − 3 = 12 to the Metode and Hasil, 10 − 3 = 7 to Tabel 1.
  assert.deepEqual(saranGaps, [["none", 12], ["none", 7], ["none", 7], ["none", 12]]);
  const totals = Object.fromEntries(
    tableRows("Total massage time over the three days").map((r) => [r[0], parseShown(r[1])]),
  );
  // R: 3 * 2 * c(15, 20); range(3 * outer(c(1, 2), c(10, 15))); 3 * 2 * 15
  assert.deepEqual(totals["Metode: 3 × 2 × 15–20"], [90, 120]);
  assert.deepEqual(totals["Tabel 1: 3 × (1–2) × 10–15"], [30, 90]);
  assert.deepEqual(totals["Hasil: 3 × 2 × 15"], [90, 90]);
});

Deno.test("pku-gamping: arithmetic on the cited figures", () => {
  const rows = Object.fromEntries(
    tableRows("Arithmetic on the cited figures").map((r) => [r[0], r[1]]),
  );
  // R: range(outer(c(67.955, 67.965), c(69.65, 69.75), "-")) = -1.795 -1.685
  const ebf = parseShown(rows["… with each figure's printed precision (interval)"]);
  near(ebf[0], -1.795, 1e-9, "coverage change lo");
  near(ebf[1], -1.685, 1e-9, "coverage change hi");
  // R: power.prop.test(p1 = .697, p2 = .6796, power = .8, tol = 1e-12)$n = 11122.64 -> 11123
  assert.equal(
    Number(rows["Sample size per year to detect it (80 % power, α = 0.05, two-sided)"]),
    11123,
  );
  // R: range(outer(c(10.265, 10.275), c(8.565, 8.575), "-")) = 1.69 1.71
  assert.deepEqual(parseShown(rows["… with printed precision (interval, ml)"]), [1.69, 1.71]);
  // R: 10.27 / 8.57 = 1.198366
  near(Number(rows["… fold change after / before"]), 1.198366, 1e-5, "Hidayah ratio");
  // R: range(outer(c(8, 20), 10.27 / 8.57, "/")) = 6.675755 16.689387
  assert.deepEqual(parseShown(rows["This case's fold change ÷ Hidayah's"]), [6.7, 16.7]);
});

Deno.test("pku-gamping: power and sample size", () => {
  const main = tableRows("Sample size for δ = 1.7 ml");
  // R: power.t.test(delta = 1.7, sd = 3, power = .8, type = "paired", tol = 1e-12)$n = 26.42791
  assert.equal(main[0][1], "26.43");
  assert.equal(main[0][2], "27 mothers");
  // R: power.t.test(n = 27, delta = 1.7, sd = 3, type = "paired")$power = 0.8090089
  assert.equal(main[0][3], "0.809");
  // R: power.t.test(delta = 1.7, sd = 3, power = .8, tol = 1e-12)$n = 49.86455
  assert.equal(main[1][1], "49.86");
  assert.equal(main[1][2], "50 per group, 100 in all");

  const sensitivity = tableRows("Sensitivity to the assumed SD").map((r) => r.map(Number));
  // R: for (s in 1:6) cat(s, ceiling(power.t.test(delta = 1.7, sd = s, power = .8,
  //   type = "paired")$n), ceiling(power.t.test(delta = 1.7, sd = s, power = .8)$n), "\n")
  const expected = [[1, 5, 7], [2, 13, 23], [3, 27, 50], [4, 46, 88], [5, 70, 137], [6, 100, 197]];
  assert.deepEqual(sensitivity.map((r) => [r[0], r[2], r[4]]), expected);
  assert.deepEqual(sensitivity.map((r) => r[5]), expected.map((e) => 2 * e[2]));
  // R: ((qnorm(.975) + qnorm(.8)) / (1.7 / 3))^2 = 24.44288
  assert.equal(sensitivity[2][3], 24.4);

  // δ as the interval [1.69, 1.71]: R: ceiling(power.t.test(delta = 1.71, sd = 3, power = .8)$n)
  // = 50 (49.29) and ceiling(power.t.test(delta = 1.69, sd = 3, power = .8)$n) = 51 (50.44).
  assert.ok(texts.some((t) => t.includes("moves the two-group size only from 50 to 51 per group")));
  // R: power.t.test(delta = 70, sd = 35, power = .8, type = "paired", tol = 1e-12)$n = 4.2207
  assert.ok(texts.some((t) => t.includes("would need only **5 mothers**")));
});
