// `deno task test` collects only tests/*_test.ts (deno.json's test.include); the test files in
// the folders below run through an entry per folder (tests/_folder_suite.ts), the paper tests
// through tests/notebooks_test.ts. A folder without its entry would silently never run.
import assert from "node:assert/strict";

Deno.test("every folder of test files under tests/ has its entry, so none is skipped", async () => {
  const tests = new URL("./", import.meta.url);
  const missing: string[] = [];
  for await (const folder of Deno.readDir(tests)) {
    if (!folder.isDirectory) continue;
    let hasTests = false;
    for await (const file of Deno.readDir(new URL(`${folder.name}/`, tests))) {
      if (file.isFile && file.name.endsWith("_test.ts")) hasTests = true;
    }
    if (!hasTests) continue;
    const entry = folder.name === "papers"
      ? "notebooks_test.ts"
      : `${folder.name.replace(/^_/, "")}_test.ts`;
    const text = await Deno.readTextFile(new URL(entry, tests)).catch(() => "");
    const runs = folder.name === "papers"
      ? text.includes("./papers/")
      : text.includes(`importFolderTests("${folder.name}")`);
    if (!runs) missing.push(`tests/${folder.name}/ (expected tests/${entry} to run it)`);
  }
  assert.deepEqual(missing, []);
});
