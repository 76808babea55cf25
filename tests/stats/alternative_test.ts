import assert from "node:assert/strict";
import {
  alternativeOption,
  continuityShift,
  pFromTails,
  pFromZ,
} from "../../lib/stats/alternative.ts";

Deno.test("alternativeOption: default and validation name the argument", () => {
  assert.equal(alternativeOption(undefined), "two-sided");
  assert.equal(alternativeOption("less"), "less");
  assert.throws(() => alternativeOption("sideways"), /alternative/);
});

Deno.test("continuityShift moves toward the null by alternative", () => {
  assert.equal(continuityShift(3, "two-sided"), 0.5);
  assert.equal(continuityShift(-3, "two-sided"), -0.5);
  assert.equal(continuityShift(0, "two-sided"), 0);
  assert.equal(continuityShift(-3, "greater"), 0.5);
  assert.equal(continuityShift(3, "less"), -0.5);
});

Deno.test("pFromZ and pFromTails by alternative", () => {
  // R: 2 * pnorm(-sqrt(11)) = 0.0009111189; pnorm(-sqrt(11)) = 0.0004555594
  assert.ok(Math.abs(pFromZ(-Math.sqrt(11), "two-sided") - 0.0009111189) < 1e-10);
  assert.ok(Math.abs(pFromZ(-Math.sqrt(11), "less") - 0.0004555594) < 1e-10);
  assert.ok(Math.abs(pFromZ(-Math.sqrt(11), "greater") - (1 - 0.0004555594)) < 1e-10);
  assert.equal(pFromTails([0.01, 0.995], "two-sided"), 0.02);
  assert.equal(pFromTails([0.6, 0.7], "two-sided"), 1);
  assert.equal(pFromTails([0.01, 0.995], "less"), 0.01);
  assert.equal(pFromTails([0.01, 0.995], "greater"), 0.995);
});
