import assert from "node:assert/strict";
import { judge } from "../../lib/audit/verdict.ts";

Deno.test("match: comma and dot decimals, standard rounding", () => {
  assert.equal(judge("0,008", 0.00814).verdict, "match");
  assert.equal(judge("0.008", 0.0075).verdict, "match"); // half-up and half-even both give 0.008
  assert.equal(judge("-3,317", -3.3166).verdict, "match");
  assert.deepEqual(judge("-3,317", -3.3166).rules, ["half-up", "half-even"]);
});

Deno.test("match: percent signs and padded table precision", () => {
  assert.equal(judge("13,5%", 13.5).verdict, "match");
  assert.equal(judge("45,80", 45.8333).verdict, "mismatch"); // 45.83 at the printed 2 decimals
  const padded = judge("45,80", 45.8333, 1); // the table pads 45,8 to 45,80
  assert.equal(padded.verdict, "match");
  assert.match(padded.reason, /table precision stated as 1 decimals/);
});

Deno.test("match: half-up versus half-even decide a tie, and say which", () => {
  // 2/16 = 12.5 % exactly: half-up prints 13, half-even prints 12.
  assert.deepEqual(judge("13%", 12.5).rules, ["half-up"]);
  assert.match(judge("13%", 12.5).reason, /half-up rounding only/);
  assert.deepEqual(judge("12%", 12.5).rules, ["half-even"]);
  assert.equal(judge("12%", 12.5).verdict, "match");
});

Deno.test("SPSS '.000' is a match for any p below 0.0005", () => {
  assert.equal(judge(".000", 0.00049).verdict, "match");
  assert.equal(judge(".000", 1e-30).verdict, "match");
  // Exactly 0.0005 is a tie: half-up (SPSS) prints .001, half-even (R) prints .000.
  assert.deepEqual(judge(".000", 0.0005).rules, ["half-even"]);
  assert.deepEqual(judge(".000", 0.00051).rules, ["truncation"]); // only if p was truncated
  assert.equal(judge(".000", 0.00051).verdict, "rounding");
  assert.equal(judge("0,000", 0.0016).verdict, "mismatch");
});

Deno.test("bounds: '< 0,05' and '> 0,05'", () => {
  assert.equal(judge("< 0,05", 0.049).verdict, "match");
  assert.deepEqual(judge("< 0,05", 0.049).rules, ["bound"]);
  assert.equal(judge("< 0,05", 0.05).verdict, "mismatch");
  assert.equal(judge("> 0,05", 0.2).verdict, "match");
  assert.equal(judge("≤ 0,05", 0.05).verdict, "match");
});

Deno.test("rounding: truncation and ceiling are named", () => {
  const truncated = judge("66,6%", 200 / 3);
  assert.equal(truncated.verdict, "rounding");
  assert.deepEqual(truncated.rules, ["truncation"]);
  const ceiled = judge("33,4", 33.3333);
  assert.equal(ceiled.verdict, "rounding");
  assert.deepEqual(ceiled.rules, ["ceiling"]);
});

Deno.test("mismatch: more than a unit off", () => {
  assert.equal(judge("70%", 75).verdict, "mismatch");
  assert.equal(judge("0,001", 0.0025).verdict, "mismatch");
});

Deno.test("bad input: unparseable reported, NaN computed, bad decimals", () => {
  assert.throws(() => judge("p kecil", 0.1), /reported: cannot read "p kecil"/);
  assert.throws(() => judge("0,05", NaN), /computed: expected a finite number/);
  assert.throws(() => judge("0,05", Infinity), RangeError);
  assert.throws(() => judge("0,05", 0.05, 1.5), /decimals: expected a whole number/);
  // deno-lint-ignore no-explicit-any
  assert.throws(() => judge(0.05 as any, 0.05), TypeError);
});
