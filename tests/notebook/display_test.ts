import assert from "node:assert/strict";
import { displayBundle, md, show, toBundle } from "../../lib/notebook/display.ts";
import { frame, table } from "../../lib/notebook/table.ts";
import { Plot, plot } from "../../lib/notebook/plot.ts";

Deno.test("display: bundles for markdown, tables, DataFrames, figures and plain values", async () => {
  const mdBundle = toBundle(md("**x**"));
  assert.equal(mdBundle["text/markdown"], "**x**");
  const t = toBundle(table([{ a: "1,5", b: 2 }], { caption: "T" }));
  assert.equal(t["text/plain"], "T\na    b\n---  -\n1,5  2");
  assert.match(String(t["text/html"]), /<caption>T<\/caption>.*<td>1,5<\/td>/);
  const df = await frame([{ Paritas: "Multigravida", n: "15" }]);
  assert.deepEqual(df.shape, [1, 2]);
  assert.match(String(toBundle(df)["text/html"]), /<td>Multigravida<\/td><td>15<\/td>/);
  // show() and displayBundle() accept the promise frame() returns.
  assert.equal((await displayBundle(frame([{ a: "1" }])))["text/plain"], "a\n-\n1");
  const fig = plot({ title: "bars", marks: [Plot.barY([{ x: "a", y: 1 }], { x: "x", y: "y" })] });
  assert.match(String((await displayBundle(fig))["text/plain"]), /^Figure: bars\n/);
  assert.throws(() => toBundle(fig), /value: displays asynchronously/);
  assert.deepEqual(toBundle("words"), { "text/plain": "words" });
  assert.throws(() => md(3 as unknown as string), /text: expected a string/);
  assert.throws(() => table([]), /rows: expected at least one column/);
  await assert.rejects(frame([]), /rows: expected at least one record/);
  // Outside the kernel and without a recorder, show() prints the plain text.
  const logged: string[] = [];
  const original = console.log;
  console.log = (line: string) => logged.push(line);
  try {
    await show(md("hello"));
  } finally {
    console.log = original;
  }
  assert.deepEqual(logged, ["hello"]);
});
