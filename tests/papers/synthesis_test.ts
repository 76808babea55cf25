// The synthesis notebook: runs the five paper notebooks itself, so this is the slowest test.
import assert from "node:assert/strict";
import { runNotebook } from "../../tools/runner.ts";
import { proportionCI } from "../../lib/mod.ts";

const run = await runNotebook(
  new URL("../../notebooks/06-synthesis.ipynb", import.meta.url).pathname,
);

Deno.test("synthesis: the notebook runs and every claim's verdict is pinned", () => {
  assert.equal(run.error, null);
  assert.deepEqual(Object.fromEntries(run.claims.map((c) => [c.id, c.verdict])), {
    "tasikharjo-lancar-tabel-2.before": "match",
    "tasikharjo-lancar-tabel-2.after": "match",
    "muaro-jambi-lancar-tabel-2.before": "match",
    "muaro-jambi-lancar-tabel-2.after": "match",
    "masohi-lancar-hari-i-tabel-2.before": "match",
    "masohi-lancar-hari-i-tabel-2.after": "match",
    "masohi-lancar-hari-ii-tabel-2.before": "match",
    "masohi-lancar-hari-ii-tabel-2.after": "match",
    "masohi-lancar-hari-iii-tabel-2.before": "match",
    "masohi-lancar-hari-iii-tabel-2.after": "match",
    "paringin-selatan-asi-banyak-abstrak.before": "match",
  });
  assert.ok(
    run.claims.every((c) => c.paper === "synthesis"),
    "paper claims stay in their notebooks",
  );
});

Deno.test("synthesis: the forest plot's Wilson intervals agree with R", () => {
  // R: prop.test(k, n, correct = FALSE)$conf.int, printed with %.10f
  const reference: [number, number, number, number][] = [
    [6, 15, 0.1982449614, 0.6425316988],
    [13, 15, 0.6211801717, 0.9626387409],
    [8, 15, 0.3011698003, 0.7519046463],
    [0, 24, 0, 0.1379762047],
    [1, 24, 0.0073934562, 0.2024180648],
    [3, 24, 0.0434433408, 0.3100388127],
    [14, 24, 0.3883466587, 0.7553239739],
    [24, 24, 0.8620237953, 1],
    [8, 20, 0.2188065324, 0.6134184992],
  ];
  for (const [k, n, lo, hi] of reference) {
    const [l, h] = proportionCI(k, n);
    assert.ok(Math.abs(l - lo) < 1e-9 && Math.abs(h - hi) < 1e-9, `${k}/${n}`);
  }
  // The notebook shows these intervals for every proportion it plots.
  const shown = JSON.stringify(run.outputs);
  assert.match(shown, /6\/15 = 40\.0 % \[19\.8, 64\.3\]/);
  assert.match(shown, /14\/24 = 58\.3 % \[38\.8, 75\.5\]/);
});

Deno.test("synthesis: the paired-difference table shows lib's range over every pairing", () => {
  // lib/forensics/paired_difference_range.ts is checked against R (biostatUZH's Newcombe
  // interval over every joint table) in tests/forensics/paired_difference_range_test.ts:
  // 6 -> 13 of 15: 3 tables, 0.0468003179 to 0.7284279295, 3 exclude 0;
  // 8 -> 13 of 15: 3 tables, -0.0506067689 to 0.6152207002, 2 exclude 0;
  // 3 -> 14 of 24: 4 tables, 0.1350220430 to 0.6791916211, 4 exclude 0.
  const shown = JSON.stringify(run.outputs);
  assert.match(
    shown,
    /tasikharjo: Lancar \(Tabel 2\) +15 .* 3 +46\.7 points +4\.7 to 72\.8 +3 of 3/,
  );
  assert.match(
    shown,
    /muaro-jambi: Lancar \(Tabel 2\) +15 .* 3 +33\.3 points +-5\.1 to 61\.5 +2 of 3/,
  );
  assert.match(
    shown,
    /masohi: Lancar, Hari II \(Tabel 2\) +24 .* 4 +45\.8 points +13\.5 to 67\.9 +4 of 4/,
  );
});
