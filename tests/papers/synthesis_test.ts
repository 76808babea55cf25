// The synthesis notebook: runs the five paper notebooks itself, so this is the slowest test.
import assert from "node:assert/strict";
import { runNotebook } from "../../lib/notebook/runner.ts";
import { newcombePairedCI, proportionCI } from "../../lib/mod.ts";
import { jointTables } from "../../lib/forensics/joint_tables.ts";

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

Deno.test("synthesis: the paired-difference interval over every pairing agrees with R", () => {
  // Rscript: source("tests/stats/reference/newcombe_paired.R"), then for every joint table with
  // margins (k1 before yes, k2 after yes, n) the union of -rev(confIntPairedProportion(x)):
  // union(6, 13, 15); union(8, 13, 15); union(3, 14, 24) printed n tables, min lo, max hi and
  // how many intervals exclude 0.
  const reference: [number, number, number, number, number, number, number][] = [
    [6, 13, 15, 3, 0.0468003179, 0.7284279295, 3],
    [8, 13, 15, 3, -0.0506067689, 0.6152207002, 2],
    [3, 14, 24, 4, 0.1350220430, 0.6791916211, 4],
  ];
  for (const [k1, k2, n, tables, lo, hi, excluding] of reference) {
    const intervals = jointTables([k1, n - k1], [k2, n - k2]).map(([[yy, yn], [ny, nn]]) =>
      newcombePairedCI({ yesYes: yy, yesNo: yn, noYes: ny, noNo: nn }).ci
    );
    assert.equal(intervals.length, tables);
    assert.ok(Math.abs(Math.min(...intervals.map((i) => i[0])) - lo) < 1e-9);
    assert.ok(Math.abs(Math.max(...intervals.map((i) => i[1])) - hi) < 1e-9);
    assert.equal(intervals.filter(([l, h]) => l > 0 || h < 0).length, excluding);
  }
  const shown = JSON.stringify(run.outputs);
  assert.match(
    shown,
    /tasikharjo: Lancar \(Tabel 2\) +15 .* 3 +46\.7 points +4\.7 to 72\.8 +3 of 3/,
  );
  assert.match(
    shown,
    /muaro-jambi: Lancar \(Tabel 2\) +15 .* 3 +33\.3 points +-5\.1 to 61\.5 +2 of 3/,
  );
});
