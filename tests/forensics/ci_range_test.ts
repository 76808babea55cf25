import assert from "node:assert/strict";
import { printedMeanCIRange } from "../../lib/forensics/ci_range.ts";

Deno.test("printedMeanCIRange: each end over every mean and SD printing as 2,07 and 1,438", () => {
  // Rscript -e 'for (n in c(15,18,29)) { k <- qt(0.975, n-1)/sqrt(n); cat(n, sprintf("%.10f",
  //   c(k, 2.065 - 1.4385*k, 2.075 - 1.4375*k, 2.065 + 1.4375*k, 2.075 + 1.4385*k)), "\n") }'
  const reference: [number, number, number, number, number, number][] = [
    [15, 0.5537815416, 1.2683852525, 1.2789390340, 2.8610609660, 2.8716147475],
    [18, 0.4972883007, 1.3496507794, 1.3601480677, 2.7798519323, 2.7903492206],
    [29, 0.3803796569, 1.5178238635, 1.5282042432, 2.6117957568, 2.6221761365],
  ];
  for (const [n, k, loLo, loHi, hiLo, hiHi] of reference) {
    const r = printedMeanCIRange({ mean: "2,07", sd: "1,438", n });
    const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;
    assert.ok(close(r.multiplier, k), `multiplier at n = ${n}`);
    assert.ok(close(r.lo.lo, loLo) && close(r.lo.hi, loHi), `lower end at n = ${n}`);
    assert.ok(close(r.hi.lo, hiLo) && close(r.hi.hi, hiHi), `upper end at n = ${n}`);
  }
});

Deno.test("printedMeanCIRange: printed strings are required, n >= 2", () => {
  assert.throws(() => printedMeanCIRange({ mean: 2.07 as never, sd: "1,438", n: 15 }), TypeError);
  assert.throws(() => printedMeanCIRange({ mean: "2,07", sd: "1,438", n: 1 }), /n/);
  assert.throws(
    () => printedMeanCIRange({ mean: "2,07", sd: "1,438", n: 15, confidence: 95 }),
    /confidence/,
  );
});
