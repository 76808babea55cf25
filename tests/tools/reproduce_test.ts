import assert from "node:assert/strict";
import { listNotebooks } from "../../tools/notebooks.ts";
import { reproduce } from "../../tools/reproduce.ts";

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
const outDir = new URL("../../reports/.test-reproduce/", import.meta.url);

Deno.test("reproduce: progress lines, audit.json, executed copies and the report", async () => {
  const lines: string[] = [];
  const runs = await reproduce({
    notebooks: [fixture("displays.ipynb"), fixture("error.ipynb")],
    log: (line) => lines.push(line),
    outDir,
  });
  assert.deepEqual(runs.map((r) => r.ok), [true, false]);
  assert.match(lines[0], /^ok {4}displays\.ipynb +\d+\.\d s {2}2 claims$/);
  assert.match(lines[1], /^FAIL {2}error\.ipynb +\d+\.\d s {2}cell 3: RangeError: boom in cell 3$/);
  const audit = JSON.parse(await Deno.readTextFile(new URL("audit.json", outDir)));
  assert.deepEqual(audit.map((c: { id: string }) => c.id), ["x.p", "x.n"]);
  const executed = JSON.parse(await Deno.readTextFile(new URL("displays.ipynb", outDir)));
  assert.equal(executed.cells[2].outputs.length, 3);
  const page = await Deno.readTextFile(new URL("index.html", outDir));
  assert.match(page, /id="claim-fixture-x.p"/);
  assert.match(
    await Deno.readTextFile(new URL("error.html", outDir)),
    /RangeError: boom in cell 3/,
  );
  await Deno.remove(outDir, { recursive: true });
});

Deno.test("reproduce: the notebooks folder holds the primer, five papers and the synthesis", async () => {
  const names = (await listNotebooks()).map((p) => p.split("/").pop());
  assert.deepEqual(names, [
    "00-methods.ipynb",
    "01-paringin-selatan.ipynb",
    "02-tasikharjo.ipynb",
    "03-masohi.ipynb",
    "04-pku-gamping.ipynb",
    "05-muaro-jambi.ipynb",
    "06-synthesis.ipynb",
  ]);
});
