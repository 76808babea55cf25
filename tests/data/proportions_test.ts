import assert from "node:assert/strict";
import { loadProportions, printedCount } from "../../lib/data/proportions.ts";

Deno.test("proportions: counts read from table cells and printed.csv, n summed", async () => {
  const days = await loadProportions("masohi");
  assert.deepEqual(days.map((d) => [d.n, d.before, d.after]), [[24, 0, 1], [24, 3, 14], [
    24,
    24,
    24,
  ]]);
  const [abstract] = await loadProportions("paringin-selatan");
  assert.deepEqual([abstract.n, abstract.before, abstract.after], [20, 8, null]);
});

Deno.test("proportions: a bad reference names the paper.json entry and what was expected", async () => {
  await assert.rejects(() => printedCount("masohi", "table2[99].n"), /no row 99 in table2/);
  await assert.rejects(() => printedCount("masohi", "table2[0].nn"), /no column "nn"/);
  await assert.rejects(() => printedCount("masohi", "printed:no.such"), /no id no.such/);
  await assert.rejects(() => printedCount("masohi", "table2.n"), /expected "<table>\[<row>\]/);
  await assert.rejects(
    () => printedCount("masohi", "table2[1].%"),
    /expected a whole count, got "12,50"/,
  );
});
