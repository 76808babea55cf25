import assert from "node:assert/strict";
import { kruskalWallis } from "../../lib/stats/kruskal_wallis.ts";
import { assertClose, assertThrowsNaming, type Json } from "./helpers.ts";
import { reference19 } from "./reference_19.ts";

Deno.test("kruskalWallis matches R kruskal.test and SciPy kruskal (with ties)", () => {
  for (const c of reference19.kruskal as Json[]) {
    const res = kruskalWallis(c.groups);
    const call = c.rCall["H,df,p"];
    assertClose(res.h, c.r.H, call);
    assert.equal(res.df, c.r.df);
    assertClose(res.p, c.r.p, call);
    assertClose(res.h, c.scipy.H, c.scipy.call);
    assertClose(res.p, c.scipy.p, c.scipy.call);
  }
  assert.equal(reference19.kruskal.length, 4);
});

Deno.test("kruskalWallis mean ranks and errors", () => {
  const r = kruskalWallis([[1, 1, 2], [2, 3, 3]]);
  assert.deepEqual(r.meanRanks, [(1.5 + 1.5 + 3.5) / 3, (3.5 + 5.5 + 5.5) / 3]);
  assertThrowsNaming(() => kruskalWallis([[1, 2]]), RangeError, "groups");
  assertThrowsNaming(() => kruskalWallis([[1, 1], [1]]), RangeError, "same");
  assertThrowsNaming(() => kruskalWallis([[1, NaN], [1]]), RangeError, "groups[0][1]");
});
