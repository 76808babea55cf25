import assert from "node:assert/strict";
import { printedFrame } from "../../lib/notebook/table.ts";
import { toBundle } from "../../lib/notebook/display.ts";

Deno.test("printedFrame: numbers parsed as printed, labels kept, blanks null, caption shown", async () => {
  const t2 = await printedFrame("masohi", "table2");
  // Row 1 of data/masohi/table2.csv: Hari I,Pre Tes,Lancar,0,0,"2,00",1,2,"0,338"
  assert.deepEqual(t2.values[0], ["Hari I", "Pre Tes", "Lancar", 0, 0, 2, 1, 2, 0.338]);
  // Row 2: Hari I,Pre Tes,Cukup Lancar,3,"12,50",,,, (summary cells printed once per block)
  assert.deepEqual(t2.values[1], [
    "Hari I",
    "Pre Tes",
    "Cukup Lancar",
    3,
    12.5,
    null,
    null,
    null,
    null,
  ]);
  // Each day-and-test block sums to the 24 mothers the paper states.
  const perBlock = t2.groupby(["Hari", "Tes"]).col(["n"]).sum();
  assert.deepEqual(perBlock.column("n_sum").values, [24, 24, 24, 24, 24, 24]);
  const text = String(toBundle(t2)["text/plain"]);
  assert.match(text, /^Tabel 2/);
});

Deno.test("printedFrame: an unknown table or paper is named in the error", async () => {
  await assert.rejects(printedFrame("masohi", "table9"), /name: no table "table9"/);
  await assert.rejects(printedFrame("Not a slug", "table1"), /slug/);
});
