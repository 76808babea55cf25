import assert from "node:assert/strict";
import {
  noncentralTCdf,
  noncentralTSf,
  powerTTest,
  powerTwoProportions,
  sampleSizeNormalApprox,
  sampleSizeTTest,
  sampleSizeTwoProportions,
} from "../../lib/stats/power.ts";

function close(actual: number, expected: number, tol: number, what: string) {
  assert.ok(
    Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected)),
    `${what}: got ${actual}, expected ${expected}`,
  );
}

Deno.test("noncentralTCdf / noncentralTSf agree with R's pt(q, df, ncp)", () => {
  // R: options(digits = 15); pt(2, 10, ncp = 1)
  close(noncentralTCdf(2, 10, 1), 0.807611562530311, 1e-12, "pt(2, 10, 1)");
  // R: pt(2, 10, ncp = 1, lower.tail = FALSE)
  close(noncentralTSf(2, 10, 1), 0.192388437469689, 1e-12, "upper pt(2, 10, 1)");
  // R: pt(-1.5, 7, ncp = -0.8)
  close(noncentralTCdf(-1.5, 7, -0.8), 0.273879903426933, 1e-12, "pt(-1.5, 7, -0.8)");
  // R: pt(3, 4, ncp = 5)
  close(noncentralTCdf(3, 4, 5), 0.0678358385110609, 1e-11, "pt(3, 4, 5)");
  // R: pt(50, 3, ncp = 30)
  close(noncentralTCdf(50, 3, 30), 0.781637793850372, 1e-11, "pt(50, 3, 30)");
  // R: pt(1, 5e5, ncp = 2) (the A&S 26.7.10 branch)
  close(noncentralTCdf(1, 5e5, 2), 0.158655253931427, 1e-9, "pt(1, 5e5, 2)");
  // R: pt(-2, 10, ncp = 0.5)
  close(noncentralTCdf(-2, 10, 0.5), 0.0121384667927193, 1e-11, "pt(-2, 10, 0.5)");
  // ncp = 0 is the central t: R: pt(2.262157162740992, 9) = 0.975
  close(noncentralTCdf(2.262157162740992, 9, 0), 0.975, 1e-10, "central");
  assert.equal(noncentralTCdf(Infinity, 5, 1), 1);
  assert.equal(noncentralTSf(-Infinity, 5, 1), 1);
  assert.throws(() => noncentralTCdf(1, 0, 1), /df/);
});

Deno.test("powerTTest agrees with R's power.t.test(n = ...)", () => {
  // R: power.t.test(n = 20, delta = 1, sd = 2, type = "paired")$power
  close(powerTTest(20, { delta: 1, sd: 2, type: "paired" }), 0.564482896678662, 1e-10, "paired");
  // R: power.t.test(n = 10, delta = 1, sd = 1, type = "two.sample", strict = TRUE)$power
  close(
    powerTTest(10, { delta: 1, sd: 1, type: "two-sample", strict: true }),
    0.562006646586232,
    1e-10,
    "two-sample strict",
  );
  // R: power.t.test(n = 10, delta = 1, sd = 1, type = "one.sample", alternative = "one.sided")$power
  close(
    powerTTest(10, { delta: 1, sd: 1, type: "one-sample", alternative: "one-sided" }),
    0.897516994339802,
    1e-10,
    "one-sample one-sided",
  );
  // A negative delta two-sided is its absolute value, as in R.
  assert.equal(
    powerTTest(20, { delta: -1, sd: 2 }),
    powerTTest(20, { delta: 1, sd: 2 }),
  );
  assert.throws(() => powerTTest(1, { delta: 1 }), /n/);
  assert.throws(() => powerTTest(10, { delta: 0 }), /delta/);
  assert.throws(() => powerTTest(10, { delta: 1, alpha: 1 }), /alpha/);
});

Deno.test("sampleSizeTTest agrees with R's power.t.test(power = ...)", () => {
  // R: power.t.test(delta = 1.7, sd = 3, power = 0.8, type = "paired", tol = 1e-12)$n
  const paired = sampleSizeTTest({ delta: 1.7, sd: 3, power: 0.8, type: "paired" });
  close(paired.n, 26.4279107632818, 1e-8, "paired n");
  assert.equal(paired.required, 27);
  assert.equal(paired.total, 27);
  // R: power.t.test(n = 27, delta = 1.7, sd = 3, type = "paired")$power
  close(paired.achievedPower, 0.809008881262618, 1e-10, "paired achieved power");
  // R: power.t.test(delta = 1.7, sd = 3, power = 0.8, type = "two.sample", tol = 1e-12)$n
  const two = sampleSizeTTest({ delta: 1.7, sd: 3, power: 0.8, type: "two-sample" });
  close(two.n, 49.8645461655494, 1e-8, "two-sample n");
  assert.equal(two.required, 50);
  assert.equal(two.total, 100);
  // R: power.t.test(delta = 1, sd = 1, power = 0.9, sig.level = 0.01, type = "one.sample",
  //                 alternative = "one.sided", tol = 1e-12)$n
  close(
    sampleSizeTTest({
      delta: 1,
      sd: 1,
      power: 0.9,
      alpha: 0.01,
      type: "one-sample",
      alternative: "one-sided",
    }).n,
    15.8557889111857,
    1e-8,
    "one-sample one-sided n",
  );
});

Deno.test("sampleSizeNormalApprox is the textbook z formula", () => {
  // R: ((qnorm(0.975) + qnorm(0.8)) / (1.7 / 3))^2
  close(
    sampleSizeNormalApprox({ delta: 1.7, sd: 3, power: 0.8, type: "paired" }),
    24.442878065447,
    1e-10,
    "paired z",
  );
  // Two samples need twice as many per group.
  close(
    sampleSizeNormalApprox({ delta: 1.7, sd: 3, power: 0.8, type: "two-sample" }),
    2 * 24.442878065447,
    1e-10,
    "two-sample z",
  );
});

Deno.test("two proportions agree with R's power.prop.test", () => {
  // R: power.prop.test(n = 50, p1 = .5, p2 = .75)$power
  close(powerTwoProportions(50, { p1: 0.5, p2: 0.75 }), 0.740165901331388, 1e-10, "power");
  // R: power.prop.test(n = 50, p1 = .5, p2 = .75, strict = TRUE)$power
  close(
    powerTwoProportions(50, { p1: 0.5, p2: 0.75, strict: true }),
    0.740167193453611,
    1e-10,
    "strict power",
  );
  // R: power.prop.test(p1 = .5, p2 = .75, power = .9, tol = 1e-12)$n
  const size = sampleSizeTwoProportions({ p1: 0.5, p2: 0.75, power: 0.9 });
  close(size.n, 76.7069284517774, 1e-8, "n");
  assert.equal(size.required, 77);
  assert.equal(size.total, 154);
  assert.throws(() => sampleSizeTwoProportions({ p1: 0.5, p2: 0.5 }), /^RangeError: p2: expected/);
});

Deno.test("power options are validated: a string is not a boolean, a typo is not ignored", () => {
  const named = (name: string) => new RegExp(`^(Type|Range)Error: ${name}: expected`);
  assert.throws(() => powerTTest(10, { delta: 1, strict: "false" as never }), named("strict"));
  assert.throws(
    () => powerTwoProportions(50, { p1: 0.5, p2: 0.75, strict: "false" as never }),
    named("strict"),
  );
  assert.throws(() => powerTTest(10, { delta: 1, sdd: 2 } as never), named("options"));
  assert.throws(() => powerTTest(10, { delta: 1, type: "paried" as never }), named("type"));
  assert.throws(() => powerTTest(10, null as never), named("options"));
  assert.throws(() => sampleSizeTTest({ delta: 1e-9, power: 0.999 }), named("power"));
});
