import assert from "node:assert/strict";
import { newcombePairedCI } from "../../lib/stats/paired_proportion_ci.ts";

// Reference: `Rscript tests/stats/reference/newcombe_paired.R` (biostatUZH's
// confIntPairedProportion, Newcombe 1998 method 10), printed as after - before.
const cases: [number[], [number, number]][] = [
  [[6, 0, 7, 2], [0.1429621448, 0.6794222274]],
  [[1, 5, 12, 2], [-0.0477288690, 0.6449271865]],
  [[0, 6, 13, 0], [-0.0797918465, 0.6927124182]],
  [[12, 2, 9, 13], [0.0149251764, 0.3532118245]],
];

Deno.test("newcombePairedCI agrees with biostatUZH's implementation to 1e-9", () => {
  for (const [[yesYes, yesNo, noYes, noNo], [lo, hi]] of cases) {
    const result = newcombePairedCI({ yesYes, yesNo, noYes, noNo });
    assert.ok(Math.abs(result.ci.lo - lo) < 1e-9, `lower for ${[yesYes, yesNo, noYes, noNo]}`);
    assert.ok(Math.abs(result.ci.hi - hi) < 1e-9, `upper for ${[yesYes, yesNo, noYes, noNo]}`);
    const n = yesYes + yesNo + noYes + noNo;
    assert.ok(Math.abs(result.difference - (noYes - yesNo) / n) < 1e-15);
  }
});

Deno.test("newcombePairedCI: the interval holds the estimate and stays in [-1, 1]", () => {
  for (let a = 0; a <= 4; a++) {
    for (let b = 0; b <= 4; b++) {
      for (let c = 0; c <= 4; c++) {
        for (let d = 0; d <= 4; d++) {
          if (a + b + c + d === 0) continue;
          const r = newcombePairedCI({ yesYes: a, yesNo: b, noYes: c, noNo: d });
          assert.ok(
            Number.isFinite(r.ci.lo) && Number.isFinite(r.ci.hi),
            `finite for ${[a, b, c, d]}`,
          );
          assert.ok(
            -1 <= r.ci.lo && r.ci.lo <= r.difference + 1e-12 && r.difference <= r.ci.hi + 1e-12,
          );
          assert.ok(r.ci.hi <= 1);
        }
      }
    }
  }
});

Deno.test("newcombePairedCI: bad counts and confidence name the argument", () => {
  assert.throws(
    () => newcombePairedCI({ yesYes: -1, yesNo: 0, noYes: 0, noNo: 1 }),
    /table\.yesYes/,
  );
  assert.throws(
    () => newcombePairedCI({ yesYes: 1.5, yesNo: 0, noYes: 0, noNo: 1 }),
    /table\.yesYes/,
  );
  assert.throws(
    () => newcombePairedCI({ yesYes: 0, yesNo: 0, noYes: 0, noNo: 0 }),
    /at least one pair/,
  );
  assert.throws(
    () => newcombePairedCI({ yesYes: 1, yesNo: 0, noYes: 0, noNo: 1 }, { confidence: 1 }),
    /confidence/,
  );
  assert.throws(() => newcombePairedCI(null as never), /table: expected/);
});

Deno.test("newcombePairedCI: a zero margin sets phi to 0, as Newcombe specifies", () => {
  // By hand from R's Wilson limits (prop.test(1, 24, correct = FALSE)$conf.int and
  // prop.test(0, 24, correct = FALSE)$conf.int): L = 1/24 - sqrt((1/24 - 0.0073934562)^2 +
  // 0.1379762047^2) = -0.1005025495, U = 0.2024180648 (biostatUZH gives NaN here).
  const r = newcombePairedCI({ yesYes: 0, yesNo: 0, noYes: 1, noNo: 23 });
  assert.ok(Math.abs(r.ci.lo - -0.1005025495) < 1e-9);
  assert.ok(Math.abs(r.ci.hi - 0.2024180648) < 1e-9);
});
