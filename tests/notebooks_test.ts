// The one harness that runs notebooks: every notebook under notebooks/ runs headless once in
// this process (runNotebookOnce), then each notebook's own test module under tests/papers/ is
// imported here, so its assertions read the same run and the synthesis reuses the papers' runs.
// deno.json excludes tests/papers/ from direct collection. `deno task test:paper masohi` (any
// words after the task name) runs only the notebooks and paper tests whose names contain one.
import assert from "node:assert/strict";
import { listNotebooks } from "../tools/notebooks.ts";
import { runNotebookOnce } from "../tools/runner.ts";

// Words after `--` narrow the run to notebooks and test files whose names contain one of them.
const only = Deno.args.filter((a) => !a.startsWith("-"));
const wanted = (name: string) => only.length === 0 || only.some((w) => name.includes(w));

for (const path of (await listNotebooks()).filter((p) => wanted(p.split("/").pop()!))) {
  const name = path.split("/").pop()!;
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

const papers = new URL("./papers/", import.meta.url);
const modules: string[] = [];
for await (const entry of Deno.readDir(papers)) {
  if (entry.isFile && entry.name.endsWith("_test.ts") && wanted(entry.name)) {
    modules.push(entry.name);
  }
}
for (const name of modules.sort()) await import(new URL(name, papers).href);
