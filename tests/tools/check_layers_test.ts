import assert from "node:assert/strict";
import { importEdges, layerOf, layerViolations } from "../../tools/check_layers.ts";

Deno.test("layers: a back-import, lib importing tools, and _internal importing a layer fail", () => {
  const violations = layerViolations([
    ["lib/stats/wilcoxon.ts", "lib/printed/reported.ts"], // down the stack: fine
    ["lib/printed/reported.ts", "lib/stats/ranks.ts"], // back-import
    ["lib/audit/ledger.ts", "lib/notebook/display.ts"], // back-import
    ["lib/notebook/plot.ts", "tools/runner.ts"], // lib must not import tools
    ["lib/_internal/sum.ts", "lib/stats/ranks.ts"], // _internal stands alone
    ["tools/runner.ts", "lib/notebook/display.ts"], // tools above all
  ]);
  assert.deepEqual(violations.map((v) => v.file), [
    "lib/printed/reported.ts",
    "lib/audit/ledger.ts",
    "lib/notebook/plot.ts",
    "lib/_internal/sum.ts",
  ]);
});

Deno.test("layers: paths outside lib/ and tools/ have no layer", () => {
  assert.equal(layerOf("tests/audit/ledger_test.ts"), null);
  assert.equal(layerOf("lib/notebook/plot.ts"), 5);
});

Deno.test("layers: edges are read from the sources, re-exports included", async () => {
  const edges = await importEdges(new URL("../../", import.meta.url), ["lib"]);
  assert.ok(edges.some(([from, to]) => from === "lib/mod.ts" && to.startsWith("lib/stats/")));
});
