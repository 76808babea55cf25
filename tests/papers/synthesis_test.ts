// The synthesis notebook: it discovers the papers from data/, reuses their runs (runNotebookOnce),
// judges no printed number of its own, and its tables follow from lib and the papers' data.
import assert from "node:assert/strict";
import { runNotebookOnce } from "../../tools/runner.ts";
import {
  listPapers,
  loadProportions,
  pairedDifferenceOverPairings,
  proportionCI,
  tallyClaims,
} from "../../lib/mod.ts";

const synthesisPath = new URL("../../notebooks/90-synthesis.ipynb", import.meta.url).pathname;

Deno.test("synthesis: runs, judges nothing itself, and finds every paper in data/", async () => {
  const run = await runNotebookOnce(synthesisPath);
  assert.equal(run.error, null, JSON.stringify(run.error));
  assert.deepEqual(run.claims, []);
  const shown = JSON.stringify(run.outputs);
  for (const slug of await listPapers()) assert.ok(shown.includes(slug), `${slug} missing`);
});

Deno.test("synthesis: its findings table is the papers' own tallies", async () => {
  const run = await runNotebookOnce(synthesisPath);
  const dir = new URL("../../notebooks/", import.meta.url);
  const claims = [];
  for await (const e of Deno.readDir(dir)) {
    if (/^(0[1-9]|[1-8]\d)-.*\.ipynb$/.test(e.name)) {
      claims.push(...(await runNotebookOnce(new URL(e.name, dir).pathname)).claims);
    }
  }
  const shown = JSON.stringify(run.outputs);
  for (const t of tallyClaims(claims)) {
    for (const f of t.findings) assert.ok(shown.includes(f.title.slice(0, 40)), f.title);
  }
});

Deno.test("synthesis: Wilson intervals of the printed proportions agree with R", async () => {
  // R: prop.test(k, n, correct = FALSE)$conf.int, printed with %.10f
  const reference: Record<string, [number, number]> = {
    "6/15": [0.1982449614, 0.6425316988],
    "13/15": [0.6211801717, 0.9626387409],
    "8/15": [0.3011698003, 0.7519046463],
    "0/24": [0, 0.1379762047],
    "1/24": [0.0073934562, 0.2024180648],
    "3/24": [0.0434433408, 0.3100388127],
    "14/24": [0.3883466587, 0.7553239739],
    "24/24": [0.8620237953, 1],
    "8/20": [0.2188065324, 0.6134184992],
  };
  let checked = 0;
  for (const slug of await listPapers()) {
    for (const p of await loadProportions(slug)) {
      for (const k of [p.before, p.after]) {
        if (k === null) continue;
        const ref = reference[`${k}/${p.n}`];
        assert.ok(ref, `no R reference for ${k}/${p.n} (${slug})`);
        const { lo, hi } = proportionCI(k, p.n);
        assert.ok(Math.abs(lo - ref[0]) < 1e-9 && Math.abs(hi - ref[1]) < 1e-9, `${k}/${p.n}`);
        checked++;
      }
    }
  }
  assert.ok(checked >= 9);
});

Deno.test("synthesis: paired differences over every pairing, as R gives them", () => {
  // lib/forensics/paired_difference_range.ts against R (biostatUZH's Newcombe interval over
  // every joint table), see tests/forensics/paired_difference_range_test.ts:
  // 3 -> 14 of 24: 4 tables, 0.1350220430 to 0.6791916211, 4 exclude 0.
  const r = pairedDifferenceOverPairings(3, 14, 24);
  assert.equal(r.tables, 4);
  assert.ok(Math.abs(r.lower.lo - 0.1350220430) < 1e-9);
  assert.ok(Math.abs(r.upper.hi - 0.6791916211) < 1e-9);
  assert.equal(r.excludingZero, 4);
});
