// One option vocabulary across lib/forensics: `rounding` for a rounding rule or rules, test
// presets as an options object, and old names refused by name rather than silently ignored.
import assert from "node:assert/strict";
import { grim, grimDetails } from "../../lib/forensics/grim.ts";
import { grimmer, grimmerDetails } from "../../lib/forensics/grimmer.ts";
import { debit, debitDetails } from "../../lib/forensics/debit.ts";
import { reconstruct, reconstructCount } from "../../lib/forensics/reconstruct.ts";
import { checkPercentPair, denominatorsThatPrint } from "../../lib/forensics/percent_pairs.ts";
import { tablesFromPercentages } from "../../lib/forensics/table_from_percentages.ts";
import { printedMeanCIRange } from "../../lib/forensics/ci_range.ts";
import {
  correlationForP,
  pairedPRangeAtCorrelation,
  pairedTBounds,
} from "../../lib/forensics/t_bounds.ts";
import { reverseSearchPaired, reverseSearchTwoGroups } from "../../lib/forensics/reverse_search.ts";
import { pairedTableTest, twoGroupTest } from "../../lib/forensics/conventions.ts";
import {
  pairedTableRange,
  pairedTableTests,
  pairedTestRunner,
} from "../../lib/forensics/paired_tables.ts";
import { pairedDifferenceOverPairings } from "../../lib/forensics/paired_difference_range.ts";

const renamed = (old: string) => (e: unknown) =>
  e instanceof RangeError && e.message.startsWith(`${old}: renamed to rounding`);

const summary = {
  n: 15,
  meanBefore: "2,07",
  sdBefore: "1,438",
  meanAfter: "3,53",
  sdAfter: "1,407",
};

Deno.test("rounding: an old rule/rules option is a named error in every forensic check", () => {
  const old = { rules: ["spss"] } as never;
  const one = { rule: "spss" } as never;
  // The same old names inside an input record.
  const oldInput = { rules: ["spss"] };
  const oneInput = { rule: "spss" };
  const cases: [string, () => unknown][] = [
    ["options.rules", () => grim("5,18", 40, old)],
    ["options.rules", () => grimDetails("5,18", 40, old)],
    ["options.rules", () => grimmer("5,21", "1,60", 28, old)],
    ["options.rules", () => grimmerDetails("5,21", "1,60", 28, old)],
    ["options.rules", () => debit("0,05", "0,22", 20, old)],
    ["options.rules", () => debitDetails("0,05", "0,22", 20, old)],
    [
      "input.rules",
      () =>
        reconstruct(
          { n: 5, mean: "3,00", sd: "1,58", scale: { lo: 1, hi: 5 }, ...oldInput } as never,
        ),
    ],
    [
      "input.rules",
      () =>
        reconstructCount(
          { n: 5, mean: "3,00", sd: "1,58", scale: { lo: 1, hi: 5 }, ...oldInput } as never,
        ),
    ],
    ["options.rules", () => checkPercentPair(7, "23,3%", 30, old)],
    ["options.rules", () => denominatorsThatPrint([{ percent: "40,0%" }], { lo: 1, hi: 40 }, old)],
    [
      "options.rules",
      () => tablesFromPercentages([{ n: 20, percent: "75%" }, { n: 18, percent: "33,3%" }], old),
    ],
    [
      "input.rule",
      () => printedMeanCIRange({ mean: "2,07", sd: "1,438", n: 15, ...oneInput } as never),
    ],
    ["options.rule", () => pairedTBounds(summary, one)],
    ["options.rule", () => pairedPRangeAtCorrelation(summary, 0.5, one)],
    ["options.rule", () => correlationForP(summary, "0,000", one)],
    [
      "input.rule",
      () => reverseSearchPaired({ n: 20, levels: 2, p: "0,008", ...oneInput } as never),
    ],
    [
      "input.rule",
      () => reverseSearchTwoGroups({ n1: 5, n2: 5, levels: 2, p: "0,008", ...oneInput } as never),
    ],
  ];
  for (const [name, call] of cases) assert.throws(call, renamed(name), name);
});

Deno.test("rounding: one rule or a list, with each function's default unchanged", () => {
  // 17/8 = 2.125 prints 2,13 under spss (the default) and 2,12 under printf.
  assert.equal(grim("2,13", 8), true);
  assert.equal(grim("2,12", 8), false);
  assert.equal(grim("2,12", 8, { rounding: "printf" }), true);
  assert.deepEqual(grimDetails("2,12", 8, { rounding: ["spss", "printf"] }).sums, [
    { sum: 17, mean: 2.125, rules: ["printf"] },
  ]);
  // checkPercentPair keeps its default of both standard rules: 1/8 = 12.5 % prints "12%" under
  // printf (ties to even) and "13%" under spss.
  assert.deepEqual(checkPercentPair(1, "12%", 8).rules, ["printf"]);
  assert.deepEqual(checkPercentPair(1, "12%", 8, { rounding: "spss" }).rules, []);
  assert.equal(debit("0,05", "0,22", 20, { rounding: "spss" }), debit("0,05", "0,22", 20));
  // A single-rule option takes one rule: truncation reads "2,07" as [2.07, 2.08).
  const truncated = printedMeanCIRange({
    mean: "2,07",
    sd: "1,438",
    n: 15,
    rounding: "truncation",
  });
  // Rscript: m <- qt(0.975, 14) / sqrt(15); 2.07 - 1.439 * m = 1.27310836168815 (spss: 2.065)
  assert.ok(Math.abs(truncated.lo.lo - 1.27310836168815) < 1e-12);
  assert.throws(
    () => grim("2,12", 8, { rounding: "half-up" as never }),
    /^RangeError: rounding: expected one of/,
  );
  assert.throws(() => grim("2,12", 8, { rounding: [] }), /^RangeError: rounding: expected/);
  assert.throws(
    () => pairedTBounds(summary, { rounding: ["spss"] as never }),
    /^TypeError: rounding: expected one of/,
  );
});

Deno.test("paired and two-group tests: an options object, unknown names refused by name", () => {
  const table = [[5, 7], [0, 8]];
  // The defaults are Wilcoxon under SPSS's convention, as for pairedTableTests.
  assert.deepEqual(
    pairedTableTest(table),
    pairedTableTest(table, { test: "wilcoxon", convention: "spss" }),
  );
  assert.deepEqual(
    twoGroupTest([7, 3], [1, 9]),
    twoGroupTest([7, 3], [1, 9], { convention: "spss" }),
  );
  // Level codes change the Wilcoxon (differences of 2 instead of 1, same ranks) only in scale.
  assert.deepEqual(
    pairedTableTest(table, { levels: [0, 2] }),
    pairedTableTest(table, { levels: [0, 1] }),
  );
  const unknown = (name: string) => (e: unknown) =>
    e instanceof RangeError && e.message.startsWith("options: expected options among") &&
    e.message.includes(`"${name}"`);
  assert.throws(() => pairedTableTest(table, { tests: "mcnemar" } as never), unknown("tests"));
  assert.throws(() => twoGroupTest([7, 3], [1, 9], { codes: [0, 1] } as never), unknown("codes"));
  assert.throws(() => pairedTestRunner({ conventions: "spss" } as never), unknown("conventions"));
  assert.throws(
    () => pairedTableTests([12, 8], [5, 15], { tset: "mcnemar" } as never),
    unknown("tset"),
  );
  assert.throws(
    () => pairedTableRange([12, 8], [5, 15], { alhpa: 0.1 } as never),
    unknown("alhpa"),
  );
  assert.throws(
    () => pairedDifferenceOverPairings(6, 13, 15, { level: 0.9 } as never),
    unknown("level"),
  );
  // The old positional form is refused, not misread.
  assert.throws(() => pairedTableTest(table, "mcnemar" as never), /^TypeError: options: expected/);
  assert.throws(
    () => twoGroupTest([7, 3], [1, 9], "spss" as never),
    /^TypeError: options: expected/,
  );
  assert.throws(() => pairedTestRunner("wilcoxon" as never), /^TypeError: options: expected/);
});

Deno.test("grimmer's scale is { lo, hi }; the old { min, max } is refused by name", () => {
  // On a scale from 0, only 0, 0, 3 has mean 1 and SD √3 = 1.732: it needs the 3.
  assert.equal(grimmer("1,00", "1,73", 3, { scale: { lo: 0, hi: 3 } }), true);
  assert.equal(grimmer("1,00", "1,73", 3, { scale: { lo: 0, hi: 2 } }), false);
  assert.throws(
    () => grimmer("1,00", "1,73", 3, { scale: { min: 0, max: 2 } } as never),
    /^RangeError: scale: expected options among lo, hi, got "min"/,
  );
});

Deno.test("reconstruct's scale is { lo, hi } too; the old min and max are refused by name", () => {
  const oneToFive = { n: 5, mean: "3,00", sd: "1,58" };
  assert.deepEqual(reconstruct({ ...oneToFive, scale: { lo: 1, hi: 5 } }), [[1, 1, 1, 1, 1]]);
  assert.throws(
    () => reconstruct({ ...oneToFive, min: 1, max: 5 } as never),
    /^RangeError: input\.min: renamed to scale\.lo/,
  );
  assert.throws(() => reconstruct(oneToFive as never), /^TypeError: scale: expected/);
  assert.throws(
    () => reconstruct({ ...oneToFive, scale: { lo: 1, hi: 5.5 } }),
    /^RangeError: scale\.hi: expected/,
  );
});
