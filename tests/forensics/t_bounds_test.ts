import assert from "node:assert/strict";
import {
  correlationForP,
  pairedPCurve,
  pairedPRangeAtCorrelation,
  pairedTAtCorrelation,
  pairedTBounds,
} from "../../lib/forensics/t_bounds.ts";

const example = {
  n: 15,
  meanBefore: "2,07",
  sdBefore: "1,438",
  meanAfter: "3,53",
  sdAfter: "1,407",
};
const close = (a: number, b: number, tol: number, label = "") =>
  assert.ok(Math.abs(a - b) <= tol, `${label} ${a} vs ${b}`);

// R reference: f <- function(r, md = 1.46, s1 = 1.438, s2 = 1.407, n = 15)
//   2 * pt(-abs(md / (sqrt(s1^2 + s2^2 - 2 * r * s1 * s2) / sqrt(n))), n - 1)
Deno.test("pairedTAtCorrelation: p at r = 0, 0.5, -1 matches R", () => {
  close(pairedTAtCorrelation(example, 0).p, 0.01388634352621857, 1e-12, "f(0)");
  close(pairedTAtCorrelation(example, 0.5).p, 0.00138390362378419, 1e-12, "f(0.5)");
  close(pairedTAtCorrelation(example, -1).p, 0.06678620043331682, 1e-12, "f(-1)");
  // n = 18: c(f(0, n = 18), f(-1, n = 18))
  close(pairedTAtCorrelation({ ...example, n: 18 }, 0).p, 0.0068051765641965, 1e-12, "n=18");
  close(pairedTAtCorrelation({ ...example, n: 18 }, -1).p, 0.0438407576732062, 1e-12, "n=18");
  assert.equal(pairedTAtCorrelation(example, 0.5).df, 14);
});

Deno.test("pairedTBounds: extremes at r = -1 and r = 1, widened by printed precision", () => {
  const face = pairedTBounds(example, { honourPrecision: false });
  close(face.p.hi, 0.06678620043331682, 1e-12, "face p.hi");
  // Honoured: f(-1, md = 1.45, s1 = 1.4385, s2 = 1.4075) = 0.06854541101996982
  const honoured = pairedTBounds(example);
  close(honoured.p.hi, 0.06854541101996982, 1e-12, "honoured p.hi");
  assert.ok(honoured.p.lo <= face.p.lo && face.p.lo < 1e-20);
  assert.ok(honoured.t.hi >= face.t.hi && face.t.lo <= face.t.hi);
  close(honoured.meanDifference.lo, 1.45, 1e-12);
  close(honoured.meanDifference.hi, 1.47, 1e-12);
  close(honoured.pAtZero, 0.01388634352621857, 1e-12);
});

Deno.test("correlationForP: the r a printed p = 0,000 needs matches R's uniroot", () => {
  // uniroot(function(r) f(r) - 0.0005, c(0, 0.99), tol = 1e-14)$root = 0.609889389069561
  const face = correlationForP(example, "0,000", { honourPrecision: false });
  assert.ok(face);
  close(face.lo, 0.609889389069561, 1e-8, "face r");
  assert.equal(face.hi, 1);
  // With intervals the most favourable corner is md = 1.47, s1 = 1.4375, s2 = 1.4065:
  // uniroot(function(r) f(r, md = 1.47, s1 = 1.4375, s2 = 1.4065) - 0.0005, ...) = 0.604245647824934
  const honoured = correlationForP(example, "0,000");
  assert.ok(honoured);
  close(honoured.lo, 0.604245647824934, 1e-8, "honoured r");
  // "< 0,05" holds for every r above about -0.9; p = 0,5 is never reached.
  const bound = correlationForP(example, "< 0,05", { honourPrecision: false });
  assert.ok(bound && bound.lo > -1 && bound.lo < -0.5 && bound.hi === 1);
  assert.equal(correlationForP(example, "0,500"), null);
  // A p printed as 0,014 pins r near 0.
  const near = correlationForP(example, "0,014", { honourPrecision: false });
  assert.ok(near && near.lo < 0 && near.hi > 0 && near.hi - near.lo < 0.05);
});

Deno.test("pairedPCurve and pairedPRangeAtCorrelation: monotone, bracketed", () => {
  const curve = pairedPCurve(example, { points: 21 });
  assert.equal(curve.length, 21);
  assert.equal(curve[0].r, -1);
  assert.equal(curve[20].r, 1);
  for (let i = 1; i < curve.length; i++) assert.ok(curve[i].p < curve[i - 1].p);
  const range = pairedPRangeAtCorrelation(example, 0.5);
  const face = pairedTAtCorrelation(example, 0.5).p;
  assert.ok(range.lo < face && face < range.hi);
});

Deno.test("t bounds: bad input", () => {
  assert.throws(
    () => pairedTAtCorrelation({ ...example, meanBefore: 2.07 as unknown as string }, 0),
    (e: unknown) => e instanceof TypeError && /meanBefore/.test(e.message),
  );
  assert.throws(() => pairedTAtCorrelation(example, 1.5), /\br\b/);
  assert.throws(() => pairedTBounds({ ...example, n: 1 }), /\bn\b/);
  assert.throws(() => pairedTBounds({ ...example, sdAfter: "-1,0" }), /sdAfter/);
});
