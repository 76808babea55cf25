// The one harness that runs notebooks: every notebook under notebooks/ runs headless once in
// this worker (runNotebookOnce), then each notebook's test module, tests/papers/<slug>_test.ts for
// notebooks/NN-<slug>.ipynb, is imported here, so its assertions read the same run and the
// synthesis reuses the papers' runs. `deno task test:paper masohi` (any words after the task name)
// runs only the notebooks and paper tests whose names contain one of them.
import assert from "node:assert/strict";
import { listNotebooks } from "../tools/notebooks.ts";
import { runNotebookOnce } from "../tools/runner.ts";

const PAPER_TESTS = new URL("./papers/", import.meta.url);
const nameOf = (path: string) => path.split("/").pop()!;
const testModuleOf = (notebook: string) =>
  `${notebook.replace(/\.ipynb$/, "").replace(/^\d+-/, "")}_test.ts`;

// Words after `--` narrow the run to notebooks and test files whose names contain one of them.
const only = Deno.args.filter((a) => !a.startsWith("-"));
const wanted = (name: string) => only.length === 0 || only.some((w) => name.includes(w));

const notebooks = await listNotebooks();
for (const path of notebooks.filter((p) => wanted(nameOf(p)))) {
  const name = nameOf(path);
  Deno.test(`notebook ${name} runs headless; one verdict per printed number`, async () => {
    const run = await runNotebookOnce(path);
    assert.equal(run.error, null, `${name} failed: ${JSON.stringify(run.error)}`);
    const ids = run.claims.map((c) => `${c.paper}/${c.id}`);
    assert.equal(new Set(ids).size, ids.length, `${name} judges a printed number twice`);
    for (const claim of run.claims) {
      if (claim.verdict === "contradiction") {
        assert.equal(claim.computed, null, `${claim.id}: a contradiction invents no number`);
        assert.ok(claim.links.length > 0, `${claim.id}: a contradiction links its claims`);
      }
    }
  });
}

const modules: string[] = [];
for await (const entry of Deno.readDir(PAPER_TESTS)) {
  if (entry.isFile && entry.name.endsWith("_test.ts")) modules.push(entry.name);
}
modules.sort();

Deno.test("every notebook has a test module under tests/papers/, and every module a notebook", () => {
  assert.deepEqual(modules, notebooks.map((p) => testModuleOf(nameOf(p))).sort());
});

for (const name of modules.filter(wanted)) await import(new URL(name, PAPER_TESTS).href);
