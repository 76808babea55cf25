/**
 * Pins the muaro-jambi notebook: every claim's verdict, the reconstruction counts and the key
 * computed values, against R, SciPy and brute-force enumeration (calls in the comments).
 */
import assert from "node:assert/strict";
import { runNotebook } from "../../tools/runner.ts";

const run = await runNotebook(
  new URL("../../notebooks/05-muaro-jambi.ipynb", import.meta.url).pathname,
);

/** The "Key computed values" table the notebook prints, as name -> number. */
function keyValues(): Map<string, number> {
  for (const outputs of run.outputs) {
    for (const out of outputs) {
      if (out.output_type !== "display_data") continue;
      const text = String(out.data["text/plain"] ?? "");
      if (!text.startsWith("Key computed values")) continue;
      const values = new Map<string, number>();
      for (const line of text.split("\n").slice(3)) {
        const match = /^(.*\S)\s{2,}(\S+)$/.exec(line);
        if (match) values.set(match[1], Number(match[2]));
      }
      return values;
    }
  }
  throw new Error("the notebook printed no Key computed values table");
}

function near(actual: number | undefined, expected: number, digits = 4) {
  assert.ok(
    actual !== undefined && Number.isFinite(actual),
    `missing value (expected ${expected})`,
  );
  const scale = Math.abs(expected) || 1;
  assert.ok(
    Math.abs(actual - expected) <= 0.5 * 10 ** (1 - digits) * scale,
    `${actual} differs from ${expected} beyond ${digits} significant digits`,
  );
}

Deno.test("muaro-jambi: the notebook runs headless without error", () => {
  assert.equal(run.error, null);
  assert.ok(run.ok);
});

Deno.test("muaro-jambi: every claim's verdict", () => {
  const verdicts = Object.fromEntries(run.claims.map((c) => [c.id, c.verdict]));
  assert.deepEqual(verdicts, {
    "t1.umur.20-35.pct": "match",
    "t1.umur.gt35.pct": "match",
    "t1.pendidikan.s1.pct": "match",
    "t1.pendidikan.sma.pct": "match",
    "t1.pendidikan.smp.pct": "match",
    "t1.pendidikan.sd.pct": "match",
    "t1.pekerjaan.pns.pct": "match",
    "t1.pekerjaan.swasta.pct": "match",
    "t1.pekerjaan.irt.pct": "match",
    "res.t1.umur.count": "match",
    "res.t1.umur.pct": "match",
    "res.t1.sma.count": "match",
    "res.t1.sma.pct": "match",
    "res.t1.irt.count": "match",
    "res.t1.irt.pct": "match",
    "disc.umur.count": "match",
    "disc.umur.pct": "match",
    "disc.sma.count": "match",
    "disc.sma.pct": "match",
    "t2.before.lancar.pct": "match",
    "t2.before.tidak.pct": "match",
    "t2.after.lancar.pct": "match",
    "t2.after.tidak.pct": "match",
    "abs.before.tidak.count": "mismatch",
    "abs.before.tidak.pct": "mismatch",
    "abs.after.lancar.count": "match",
    "abs.after.lancar.pct": "match",
    "res.t2.before.tidak.count": "mismatch",
    "res.t2.before.tidak.pct": "mismatch",
    "res.t2.after.lancar.count": "match",
    "res.t2.after.lancar.pct": "match",
    "t3.before.mean": "match",
    "t3.after.mean": "match",
    "grim.n18.before": "mismatch",
    "grim.n18.after": "mismatch",
    "grim.n29.before": "match",
    "grim.n29.after": "mismatch",
    "t3.before.sd": "match",
    "t3.after.sd": "match",
    "grimmer.n29.before": "match",
    "t3.before.ci.lo": "match",
    "t3.before.ci.hi": "match",
    "t3.after.ci.lo": "match",
    "t3.after.ci.hi": "match",
    "ci.n18.before.lo": "mismatch",
    "ci.n18.before.hi": "mismatch",
    "ci.n18.after.lo": "mismatch",
    "ci.n18.after.hi": "mismatch",
    "ci.n29.before.lo": "mismatch",
    "ci.n29.before.hi": "mismatch",
    "ci.n29.after.lo": "mismatch",
    "ci.n29.after.hi": "mismatch",
    "abs.n": "match",
    "met.n": "mismatch",
    "t3.before.n": "mismatch",
    "t3.after.n": "mismatch",
    "abs.p.abstract-counts": "match",
    "abs.p.table2-counts": "mismatch",
    "abs.p.bound": "match",
    "disc.p": "match",
    "disc.p.bound": "match",
    "recon.before.table2": "mismatch",
    "recon.before.abstract": "match",
    "recon.after.table2": "mismatch",
    "recon.after.abstract": "mismatch",
    "t3.p": "unverifiable",
    "res.t3.p": "unverifiable",
    "res.t3.p.bound": "unverifiable",
    "res.t3.before.mean": "mismatch",
    "res.t3.before.sd": "match",
    "res.t3.before.ci.lo": "match",
    "res.t3.before.ci.hi": "mismatch",
    "res.t3.after.mean": "match",
    "res.t3.after.sd": "match",
    "res.t3.after.ci.lo": "match",
    "res.t3.after.ci.hi": "mismatch",
    "intro.asi2020.pct": "rounding",
    "intro.asi2021.pct": "rounding",
    "intro.asi2022.pct": "match",
  });
});

Deno.test("muaro-jambi: the sample size the numbers support", () => {
  const v = keyValues();
  assert.equal(v.get("supported n (only n in 2..100 passing every check)"), 15);
  // R: s1 <- sqrt((93 - 31^2/15)/14); s2 <- sqrt((215 - 53^2/15)/14)
  near(v.get("SD before at n=15 (S=31, Q=93)"), 1.43759057686);
  near(v.get("SD after at n=15 (S=53, Q=215)"), 1.40746310110);
  // R: 31/15 + c(-1, 1) * qt(0.975, 14) * s1 / sqrt(15); 53/15 + c(-1, 1) * qt(0.975, 14) * s2 / sqrt(15)
  near(v.get("CI n=15 before lower"), 1.27055554088);
  near(v.get("CI n=15 before upper"), 2.86277779246);
  near(v.get("CI n=15 after lower"), 2.75390624751);
  near(v.get("CI n=15 after upper"), 4.31276041916);
  // R: 2.07 - qt(0.975, 17) * 1.438 / sqrt(18); 3.53 + qt(0.975, 17) * 1.407 / sqrt(18)
  near(v.get("CI n=18 before lower"), 1.35489942357);
  near(v.get("CI n=18 after upper"), 4.22968463910);
  // R: 60/29 - qt(0.975, 28) * sqrt((182 - 60^2/29)/28) / sqrt(29); 3.53 + qt(0.975, 28) * 1.407 / sqrt(29)
  near(v.get("CI n=29 before lower"), 1.52215703101);
  near(v.get("CI n=29 after upper"), 4.06519417729);
});

Deno.test("muaro-jambi: Wilcoxon p over the pairings of the printed margins", () => {
  const v = keyValues();
  // R: before <- rep(0:1, c(10, 5)); after <- c(rep(0, 2), rep(1, 8), rep(1, 5)) (nobody worsens)
  //    wilcox.test(after, before, paired = TRUE, correct = FALSE, exact = FALSE)$p.value
  near(v.get("Wilcoxon p, abstract counts, min over pairings"), 0.00467773498105);
  // R: same with table [[0, 10], [2, 3]] (2 worsen)
  near(v.get("Wilcoxon p, abstract counts, max over pairings"), 0.02092133533779);
  // R: table [[2, 5], [0, 8]] and [[0, 7], [2, 6]] from Tabel 2's margins (7/8 before, 2/13 after)
  near(v.get("Wilcoxon p, Tabel 2 counts, min over pairings"), 0.02534731867747);
  near(v.get("Wilcoxon p, Tabel 2 counts, max over pairings"), 0.09558070454563);
});

Deno.test("muaro-jambi: paired t p over the unprinted correlation", () => {
  const v = keyValues();
  // R: 2 * pt(-1.46 / (sqrt(1.438^2 + 1.407^2) / sqrt(n)), n - 1) for n = 15, 18
  near(v.get("paired t p at r=0, n=15"), 0.0138863435262);
  near(v.get("paired t p at r=0, n=18"), 0.0068051765642);
  // R: 2 * pt(-(3.525 - 2.075) / ((1.4385 + 1.4075) / sqrt(n)), n - 1) (r = -1, weakest corner)
  near(v.get("paired t p max over r (printed precision), n=15"), 0.0685454110200);
  near(v.get("paired t p max over r (printed precision), n=18"), 0.0452068137373);
  // R: uniroot(function(r) 2 * pt(-1.46 / (sqrt(1.438^2 + 1.407^2 - 2 * r * 1.438 * 1.407) /
  //    sqrt(n)), n - 1) - 0.0005, c(0, 0.99), tol = 1e-12)$root
  near(v.get("r needed for 0,000 (printed values), n=15"), 0.609889389070);
  near(v.get("r needed for 0,000 (printed values), n=18"), 0.484028343623);
  // SciPy: v = lambda r: min(a*a + b*b - 2*r*a*b for a in linspace(1.4375, 1.4385, 401)
  //                                              for b in linspace(1.4065, 1.4075, 401))
  //        brentq(lambda r: 2 * t.sf(1.47 / sqrt(v(r)) * sqrt(n), n - 1) - p, lo, 0.99, xtol=1e-12)
  //        with p = 0.0005 (n = 15, 18; lo = 0) and p = 0.05 (n = 15; lo = -1)
  near(v.get("r needed for 0,000 (printed precision), n=15"), 0.6042456478);
  near(v.get("r needed for 0,000 (printed precision), n=18"), 0.4765648210);
  near(v.get("r needed for p < 0,05 (printed precision), n=15"), -0.7422918174);
});

Deno.test("muaro-jambi: Table 3's scores reconstructed on the 0-6 sheet", () => {
  const v = keyValues();
  // Python brute force over all C(21, 6) = 54264 frequency vectors of 15 scores on 0-6 with
  // exact fractions and half-up decimals (mean to 2, SD to 3 places): 29 and 34; n = 29: 224, 0.
  assert.equal(v.get("distributions before, n=15"), 29);
  assert.equal(v.get("distributions after, n=15"), 34);
  assert.equal(v.get("distributions before, n=18"), 0);
  assert.equal(v.get("distributions after, n=18"), 0);
  assert.equal(v.get("distributions before, n=29"), 224);
  assert.equal(v.get("distributions after, n=29"), 0);
  // SciPy over the 29 x 34 pairs: pearsonr of both sorted ascending (max) and opposite (min),
  // ttest_rel(after, before).pvalue at each; pairs whose max r >= 0.609889389070: 958.
  near(v.get("largest r of whole-number data, n=15"), 0.9343271667460356);
  near(v.get("smallest r of whole-number data, n=15"), -0.9366806356799048);
  near(v.get("paired t p at the largest r"), 2.8337969998866262e-08);
  near(v.get("paired t p at the smallest r"), 0.0619242038077505);
  assert.equal(v.get("distribution pairs that can reach 0,000"), 958);
});

Deno.test("muaro-jambi: claims by verdict", () => {
  const counts: Record<string, number> = {};
  for (const c of run.claims) counts[c.verdict] = (counts[c.verdict] ?? 0) + 1;
  assert.deepEqual(counts, { match: 49, mismatch: 25, rounding: 2, unverifiable: 3 });
});
