// Every notebook in notebooks/ runs headless, top to bottom, and records claims.
import assert from "node:assert/strict";
import { listNotebooks } from "../tools/notebooks.ts";
import { runNotebook } from "../tools/runner.ts";

for (const path of await listNotebooks()) {
  const name = path.split("/").pop()!;
  Deno.test(`notebook ${name} runs headless and records claims`, async () => {
    const run = await runNotebook(path);
    assert.equal(run.error, null, `${name} failed: ${JSON.stringify(run.error)}`);
    assert.ok(run.claims.length > 0, `${name} records no claims`);
    const ids = run.claims.map((c) => `${c.paper}/${c.id}`);
    assert.equal(new Set(ids).size, ids.length, `${name} has duplicate claim ids`);
  });
}
