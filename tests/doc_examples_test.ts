// Every `@example` under lib/ outside lib/notebook/ runs here and asserts its result (see
// tests/_doc_examples.ts); lib/notebook's run in tests/notebook_test.ts's worker.
import assert from "node:assert/strict";
import { libFiles, registerDocExamples, root } from "./_doc_examples.ts";

await registerDocExamples((file) => !file.startsWith("lib/notebook/"));

Deno.test("examples: every exported function of lib/ has one that asserts", async () => {
  const files = await libFiles(new URL("lib/", root), "lib/");
  const missing: string[] = [];
  for (const file of files) {
    const text = await Deno.readTextFile(new URL(file, root));
    // An exported function's JSDoc is the comment right above it.
    const re = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export\s+(?:async\s+)?function\*?\s+([\w$]+)/g;
    for (const m of text.matchAll(re)) {
      const doc = m[1];
      // Only the example's code counts: "throws" in the prose asserts nothing.
      const code = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((b) => b[1]).join("\n");
      if (!/@example/.test(doc) || !/\bassert\b|\bthrow\b/.test(code)) {
        missing.push(`${file}: ${m[2]}`);
      }
    }
  }
  assert.deepEqual(missing, [], `${missing.length} exported functions lack an asserting example`);
});
