// What every paper test reads from its notebook's headless run: a claim by id, the one reading
// whose params match, the notebook's machine-readable key values, and a relative comparison.
// Not a test module itself (no _test suffix): the paper tests import it.
import assert from "node:assert/strict";
import type { Claim, Reading } from "../../lib/audit/claim.ts";
import type { NotebookRun } from "../../tools/runner.ts";

/** Lookups into one run's claims. */
export function claimsOf(run: NotebookRun): {
  claim: (id: string) => Claim;
  reading: (id: string, params: Record<string, unknown>) => Reading;
} {
  const byId = new Map(run.claims.map((c) => [c.id, c]));
  const claim = (id: string): Claim => {
    const c = byId.get(id);
    assert.ok(c, `no claim ${id}`);
    return c;
  };
  const reading = (id: string, params: Record<string, unknown>): Reading => {
    const found = claim(id).readings.filter((r) =>
      Object.entries(params).every(([k, v]) => JSON.stringify(r.params[k]) === JSON.stringify(v))
    );
    assert.equal(
      found.length,
      1,
      `${id}: ${found.length} readings match ${JSON.stringify(params)}`,
    );
    return found[0];
  };
  return { claim, reading };
}

/** The notebook's machine-readable key values: its (first) application/json display. */
export function keyValues<T>(run: NotebookRun): T {
  for (const outputs of run.outputs) {
    for (const o of outputs) {
      if (o.output_type === "display_data" && "application/json" in o.data) {
        return o.data["application/json"] as T;
      }
    }
  }
  throw new Error("no application/json output");
}

/** Assert `actual` is a number within `relative` of `expected` (absolute near zero). */
export function near(actual: unknown, expected: number, relative = 1e-9): void {
  assert.equal(typeof actual, "number", `expected a number near ${expected}, got ${actual}`);
  const a = actual as number;
  assert.ok(
    Math.abs(a - expected) <= relative * Math.max(Math.abs(expected), 1e-300),
    `${a} differs from ${expected} by more than ${relative} relative`,
  );
}
