import assert from "node:assert/strict";
import {
  cellSource,
  notebookModule,
  rewriteRelativeImports,
  runNotebook,
} from "../../tools/runner.ts";

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;

Deno.test("runner: displays, console output, top-level await and claims are recorded per cell", async () => {
  const run = await runNotebook(fixture("displays.ipynb"));
  assert.equal(run.ok, true);
  assert.equal(run.error, null);
  assert.deepEqual(run.claims.map((c) => [c.id, c.verdict]), [["x.p", "match"], ["x.n", "match"]]);
  // Cell 2 (index 1) shows the summary placeholder, which the last cell fills in.
  const placeholder = run.outputs[1][0];
  assert.equal(placeholder.output_type, "display_data");
  assert.match(
    String((placeholder as { data: Record<string, unknown> }).data["text/plain"]),
    /2 printed numbers: 2 match/,
  );
  const cell3 = run.outputs[2];
  assert.deepEqual(cell3.map((o) => o.output_type), ["display_data", "display_data", "stream"]);
  assert.deepEqual(cell3[2], { output_type: "stream", name: "stdout", text: "printed 2\n" });
  const figure = run.outputs[4][0] as { data: Record<string, string> };
  assert.match(figure.data["image/svg+xml"], /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  // The executed copy numbers code cells and keeps markdown cells.
  assert.equal(run.executed.cells[0].cell_type, "markdown");
  assert.equal(run.executed.cells[1].execution_count, 1);
});

Deno.test("runner: a failing cell reports its cell number and error; later cells do not run", async () => {
  const run = await runNotebook(fixture("error.ipynb"));
  assert.equal(run.ok, false);
  assert.deepEqual(run.error, { cell: 3, name: "RangeError", message: "boom in cell 3" });
  assert.deepEqual(run.outputs[0], [{ output_type: "stream", name: "stdout", text: "before\n" }]);
  assert.equal(run.outputs[2][0].output_type, "error");
  assert.deepEqual(run.outputs[3], []);
});

Deno.test("runner: relative imports are rewritten against the notebook's folder", () => {
  const base = new URL("file:///p/notebooks/");
  assert.equal(
    rewriteRelativeImports('import { x } from "../lib/mod.ts";\nimport "./side.ts";', base),
    'import { x } from "file:///p/lib/mod.ts";\nimport "file:///p/notebooks/side.ts";',
  );
  assert.equal(
    rewriteRelativeImports('const m = await import("../lib/a.ts");', base),
    'const m = await import("file:///p/lib/a.ts");',
  );
  assert.equal(
    rewriteRelativeImports('import jStat from "jstat";', base),
    'import jStat from "jstat";',
  );
  const nb = {
    cells: [
      { cell_type: "markdown" as const, source: "# t" },
      { cell_type: "code" as const, source: ["const a = 1;\n", "a;"] },
    ],
    metadata: {},
    nbformat: 4,
    nbformat_minor: 5,
  };
  assert.equal(cellSource(nb.cells[1]), "const a = 1;\na;");
  assert.match(notebookModule(nb, base, { markers: true }), /__runner\.begin\(1\);\nconst a = 1;/);
  assert.doesNotMatch(notebookModule(nb, base, { markers: false }), /__runner/);
});

Deno.test("runner: a notebook that is not nbformat 4 is refused with its path", async () => {
  const dir = new URL("../../reports/.headless/", import.meta.url);
  await Deno.mkdir(dir, { recursive: true });
  const bad = new URL("bad-test.ipynb", dir);
  await Deno.writeTextFile(bad, JSON.stringify({ cells: [] }));
  await assert.rejects(runNotebook(bad.pathname), /is not an nbformat 4 notebook/);
  await Deno.remove(bad);
});

Deno.test("runner: a notebook can run another; each keeps its own outputs and claims", async () => {
  const run = await runNotebook(fixture("nested.ipynb"));
  assert.equal(run.error, null);
  assert.deepEqual(run.claims.map((c) => [c.paper, c.id, c.verdict]), [
    ["outer", "inner.claims", "match"],
  ]);
  assert.deepEqual(run.outputs[0], [{
    output_type: "stream",
    name: "stdout",
    text: "outer before\n",
  }]);
  assert.deepEqual(run.outputs[1].map((o) => o.output_type), ["display_data", "stream"]);
});
