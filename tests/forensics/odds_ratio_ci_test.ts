import assert from "node:assert/strict";
import { checkOddsRatioCI } from "../../lib/forensics/odds_ratio_ci.ts";
import { riskEstimate } from "../../lib/stats/risk.ts";
import { assertThrowsNaming } from "../stats/helpers.ts";

Deno.test("an OR printed from SPSS's Risk Estimate passes its own checks", () => {
  // [[12, 5], [7, 14]]: OR 4.8, 95 % CI 1.204441293 to 19.129201341
  // (R: exp(log(4.8) + c(-1, 1) * qnorm(0.975) * sqrt(1/12 + 1/5 + 1/7 + 1/14))),
  // Wald p 0.02617141938 (R: 2 * pnorm(-log(4.8) / sqrt(1/12 + 1/5 + 1/7 + 1/14))).
  const r = checkOddsRatioCI({ or: "4,800", lower: "1,204", upper: "19,129", p: "0,026" });
  assert.equal(r.midpointConsistent, true);
  assert.equal(r.pConsistent, true);
  assert.equal(r.significanceAgrees, true);
  assert.ok(r.impliedPRange.lo <= 0.02617141938 && 0.02617141938 <= r.impliedPRange.hi);
  // The same from lib's own riskEstimate, printed at 2 decimals.
  const est = riskEstimate([[30, 10], [20, 25]]).oddsRatio;
  const two = (v: number) => v.toFixed(2);
  assert.equal(
    checkOddsRatioCI({ or: two(est.value), lower: two(est.ci.lo), upper: two(est.ci.hi) })
      .midpointConsistent,
    true,
  );
});

Deno.test("an OR off its interval's log midpoint, and a p the interval cannot give", () => {
  const r = checkOddsRatioCI({ or: "6,10", lower: "1,20", upper: "19,13", p: "0,001" });
  assert.equal(r.midpointConsistent, false);
  assert.equal(r.pConsistent, false);
  assert.equal(r.significanceAgrees, true);
  assert.match(r.note, /cannot be its midpoint/);
  // An interval including 1 with p < 0.05 printed: disagreement about significance.
  const d = checkOddsRatioCI({ or: "1,50", lower: "0,80", upper: "2,81", p: "< 0,05" });
  assert.equal(d.significanceAgrees, false);
  assert.equal(d.pConsistent, false);
});

Deno.test("checkOddsRatioCI rejects bad input by name", () => {
  assertThrowsNaming(
    () => checkOddsRatioCI({ or: "2", lower: "3", upper: "1" }),
    RangeError,
    "lower",
  );
  assertThrowsNaming(
    () => checkOddsRatioCI({ or: 2 as never, lower: "1", upper: "3" }),
    TypeError,
    "or",
  );
  assertThrowsNaming(
    () => checkOddsRatioCI({ or: "2", lower: "-1", upper: "3" }),
    RangeError,
    "lower",
  );
  assertThrowsNaming(
    () => checkOddsRatioCI({ or: "2", lower: "1", upper: "3", confidence: 95 }),
    RangeError,
    "confidence",
  );
});

Deno.test("no disagreement is claimed when rounding leaves a side of 0.05 open", () => {
  // "0,05" stands for 0.045 to 0.055; a lower limit "1,00" for 0.995 to 1.005.
  assert.equal(
    checkOddsRatioCI({ or: "2,00", lower: "1,05", upper: "3,81", p: "0,05" })
      .significanceAgrees,
    null,
  );
  assert.equal(
    checkOddsRatioCI({ or: "2,00", lower: "1,00", upper: "4,00", p: "0,01" })
      .significanceAgrees,
    null,
  );
  assert.equal(
    checkOddsRatioCI({ or: "2,00", lower: "1,05", upper: "3,81", p: "0,20" })
      .significanceAgrees,
    false,
  );
  assert.equal(
    checkOddsRatioCI({ or: "2,00", lower: "1,05", upper: "3,81" }).significanceAgrees,
    null,
  );
});
