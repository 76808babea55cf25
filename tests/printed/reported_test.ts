import assert from "node:assert/strict";
import {
  formatIndonesian,
  parseReported,
  printsAs,
  reportedInterval,
  roundTo,
} from "../../lib/printed/reported.ts";

Deno.test("parseReported: the forms these papers print", () => {
  assert.deepEqual(parseReported("0,008"), {
    text: "0,008",
    value: 0.008,
    decimals: 3,
    bound: null,
    percent: false,
    leadingDot: false,
  });
  assert.equal(parseReported("13,5%").value, 13.5);
  assert.equal(parseReported("13,5%").percent, true);
  assert.equal(parseReported(".000").leadingDot, true);
  assert.equal(parseReported(".000").decimals, 3);
  assert.equal(parseReported("< 0,05").bound, "<");
  assert.equal(parseReported("≥0,05").bound, ">=");
  assert.equal(parseReported("0,0001*").value, 0.0001);
  assert.equal(parseReported("−3,317").value, -3.317); // a typographic minus
  assert.equal(parseReported("45,80").decimals, 2); // trailing zeros are information
  assert.equal(parseReported(" 20 ").decimals, 0);
});

Deno.test("parseReported: refuses what is not a printed number", () => {
  for (const bad of ["", "abc", "1.000,5", "1,2,3", "%", "- 3", "<"]) {
    assert.throws(() => parseReported(bad), RangeError, `should refuse "${bad}"`);
  }
  assert.throws(
    () => parseReported(0.5 as unknown as string),
    /expected the number as a printed string/,
  );
});

Deno.test("roundTo: each rule, ties and floating-point representation", () => {
  assert.equal(roundTo(12.5, 0, "half-up"), 13);
  assert.equal(roundTo(12.5, 0, "half-even"), 12);
  assert.equal(roundTo(13.5, 0, "half-even"), 14);
  assert.equal(roundTo(-2.5, 0, "half-up"), -3); // away from zero, as SPSS prints
  assert.equal(roundTo(1.005, 2, "half-up"), 1.01); // 1.005 is stored as 1.00499999...
  assert.equal(roundTo(200 / 3, 1, "truncation"), 66.6);
  assert.equal(roundTo(200 / 3, 1, "ceiling"), 66.7);
  assert.equal(roundTo(-1.25, 1, "ceiling"), -1.2);
  assert.equal(roundTo(-1.25, 1, "truncation"), -1.2);
  assert.equal(roundTo(0.1 + 0.2, 1, "ceiling"), 0.3); // representation noise is not a digit
  assert.equal(roundTo(7.0000000001, 1, "ceiling"), 7.1); // a real excess is
  assert.equal(Object.is(roundTo(-0.0001, 2, "half-up"), -0), false);
  assert.throws(() => roundTo(NaN, 2, "half-up"), /x: expected a finite number/);
  assert.throws(() => roundTo(1, -1, "half-up"), /decimals: expected a whole number/);
  assert.throws(() => roundTo(1, 1, "banker" as never), /rule: expected one of/);
});

Deno.test("reportedInterval: what a printed value stands for", () => {
  assert.deepEqual(reportedInterval("2,07", "truncation"), {
    lo: 2.07,
    hi: 2.08,
    loClosed: true,
    hiClosed: false,
  });
  const halfUp = reportedInterval("2,07", "half-up");
  assert.ok(Math.abs(halfUp.lo - 2.065) < 1e-12 && Math.abs(halfUp.hi - 2.075) < 1e-12);
  assert.equal(halfUp.loClosed && !halfUp.hiClosed, true);
  // Half-even: "2,08" (even last digit) includes both ties; "2,07" includes neither.
  assert.equal(reportedInterval("2,08", "half-even").loClosed, true);
  assert.equal(reportedInterval("2,07", "half-even").hiClosed, false);
  assert.equal(reportedInterval("45,80", "half-up", 1).hi, 45.85);
  assert.throws(() => reportedInterval("< 0,05", "half-up"), /is a bound/);
});

Deno.test("printsAs and formatIndonesian", () => {
  assert.equal(printsAs(0.00814, "0,008", "half-up"), true);
  assert.equal(printsAs(0.0003, ".000", "half-up"), true);
  assert.equal(printsAs(0.049, "< 0,05", "half-up"), true);
  assert.equal(printsAs(45.8333, "45,80", "half-up", 1), true);
  assert.equal(formatIndonesian(0.00814, 3), "0,008");
  assert.equal(formatIndonesian(2.5, 0), "3");
});
