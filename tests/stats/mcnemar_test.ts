import assert from "node:assert/strict";
import { mcnemar } from "../../lib/stats/mcnemar.ts";
import { assertClose, assertThrowsNaming, type Json, prng, reference } from "./helpers.ts";

Deno.test("mcnemar exact matches R binom.test(b, b + c)", () => {
  for (const c of reference.mcnemar as Json[]) {
    const r = mcnemar({ b: c.b, c: c.c });
    assertClose(r.p, c.exactP, c.exactCall, 1e-10);
    assert.equal(r.statistic, c.b);
  }
});

Deno.test("mcnemar asymptotic matches R mcnemar.test with and without correction", () => {
  for (const c of reference.mcnemar as Json[]) {
    for (const correction of [false, true]) {
      const expected = correction ? c.corrected : c.uncorrected;
      const r = mcnemar({ b: c.b, c: c.c }, { method: "asymptotic", correction });
      assertClose(r.statistic, expected.statistic, `${expected.call} statistic`, 1e-13);
      assertClose(r.p, expected.p, `${expected.call} p`, 1e-10);
    }
  }
});

Deno.test("mcnemar with no discordant pairs returns p = 1 (R gives NaN)", () => {
  assert.deepEqual(mcnemar({ b: 0, c: 0 }), { statistic: 0, df: 0, p: 1, method: "exact" });
  const a = mcnemar({ b: 0, c: 0 }, { method: "asymptotic", correction: true });
  assert.equal(a.p, 1);
  assert.equal(a.statistic, 0);
});

Deno.test("property: mcnemar p always in [0, 1]", () => {
  const rand = prng(31);
  for (let i = 0; i < 500; i++) {
    const b = Math.floor(rand() * 300);
    const c = Math.floor(rand() * 300);
    for (const method of ["exact", "asymptotic"] as const) {
      const r = mcnemar({ b, c }, { method, correction: rand() < 0.5 });
      assert.ok(r.p >= 0 && r.p <= 1 && Number.isFinite(r.statistic), `b=${b} c=${c}`);
    }
  }
});

Deno.test("mcnemar rejects non-integer or negative counts by name", () => {
  assertThrowsNaming(() => mcnemar({ b: 1.5, c: 2 }), RangeError, "b");
  assertThrowsNaming(() => mcnemar({ b: 1, c: -2 }), RangeError, "c");
  assertThrowsNaming(() => mcnemar({ b: "1" as never, c: 2 }), TypeError, "b");
  assertThrowsNaming(
    () => mcnemar({ b: 1, c: 2 }, { method: "mid-p" as never }),
    RangeError,
    "method",
  );
});
