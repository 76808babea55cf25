import assert from "node:assert/strict";
import { Ledger } from "../../lib/audit/ledger.ts";
import type { PrintedNumber } from "../../lib/audit/claim.ts";
import { largestRemainder } from "../../lib/audit/column.ts";
import { tallyClaims } from "../../lib/audit/summary.ts";

const row = (
  id: string,
  reported: string,
  kind: PrintedNumber["kind"] = "p",
  location = "Tabel 3",
) => ({
  id,
  location,
  kind,
  quote: `printed ${reported}`,
  reported,
});

Deno.test("match: one forced value that prints under SPSS or printf rounding", () => {
  const ledger = new Ledger("demo", { printed: [row("a", "0,008"), row("b", ".000")] });
  assert.equal(
    ledger.evaluate("a", { readings: { assumption: "x", computed: 0.00814 } }).verdict,
    "match",
  );
  // SPSS prints p < 0.0005 as .000; 0.0005 itself prints .001.
  assert.equal(
    ledger.evaluate("b", { readings: { assumption: "x", computed: 0.00049 } }).verdict,
    "match",
  );
  // 0.0005 prints .001 under both; only truncation gives .000, and it prints the group's 0,008 too.
  const b = ledger.evaluate("b", { readings: { assumption: "x", computed: 0.0005 } });
  assert.equal(b.verdict, "rounding");
  assert.match(b.note, /only by truncation/);
});

Deno.test("consistent: k of K readings print, the first that prints is the witness", () => {
  const ledger = new Ledger("demo", { printed: [row("p", "0,008")] });
  const claim = ledger.evaluate("p", {
    readings: [
      { assumption: "untied", params: { ties: "none" }, computed: 0.0117 },
      { assumption: "ties 3/4/5", params: { ties: [3, 4, 5] }, computed: 0.0079 },
      { assumption: "ties 2/2", computed: 0.0083 },
    ],
  });
  assert.equal(claim.verdict, "consistent");
  assert.deepEqual(claim.support, { k: 2, of: 3 });
  assert.equal(claim.computed, 0.0079);
  assert.match(claim.note, /witness: ties 3\/4\/5/);
  assert.deepEqual(claim.readings.map((r) => r.prints), [false, true, true]);
});

Deno.test("a family of values prints if a member prints, and says how many of how many", () => {
  const ledger = new Ledger("demo", { printed: [row("p", "0,008")] });
  const claim = ledger.evaluate("p", {
    readings: { assumption: "every pairing", computed: [0.004, 0.0081, 0.02, 0.0084] },
  });
  assert.equal(claim.verdict, "match");
  assert.deepEqual(claim.readings[0].members, { prints: 2, of: 4 });
  assert.deepEqual(claim.computed, { lo: 0.004, hi: 0.02 });
});

Deno.test("a continuous range prints if it meets the printed interval", () => {
  const ledger = new Ledger("demo", { printed: [row("p", "0,001"), row("q", "0,001")] });
  assert.equal(
    ledger.evaluate("p", {
      readings: { assumption: "r in [-1, 1]", computed: { lo: 0.0014, hi: 0.3 } },
    })
      .verdict,
    "match",
  );
  assert.equal(
    ledger.evaluate("q", {
      readings: { assumption: "r in [-1, 1]", computed: { lo: 0.0015, hi: 0.3 } },
    })
      .verdict,
    "mismatch",
  );
});

Deno.test("rounding needs one non-standard rule that prints the whole group", () => {
  // 2/3 and 1/3 of 100: truncation prints both 66,6 and 33,3.
  const one = new Ledger("demo", {
    printed: [row("a", "66,6", "percent", "Hasil p2"), row("b", "33,3", "percent", "Hasil p2")],
  });
  one.evaluate("a", { readings: { assumption: "n = 15", computed: 200 / 3 } });
  one.evaluate("b", { readings: { assumption: "n = 15", computed: 100 / 3 } });
  assert.equal(one.get("a").verdict, "rounding");
  assert.match(one.get("a").note, /truncation.*all 2 numbers of Hasil p2/);
  assert.equal(one.get("b").verdict, "match");
  // 66,6 needs truncation, 6,7 needs rounding up and 53,4 ceiling: no one rule prints all three.
  const two = new Ledger("demo", {
    printed: [
      row("a", "66,6", "percent", "Hasil p2"),
      row("b", "53,4", "percent", "Hasil p2"),
      row("c", "6,7", "percent", "Hasil p2"),
    ],
  });
  two.evaluate("a", { readings: { assumption: "n = 15", computed: 200 / 3 } });
  two.evaluate("b", { readings: { assumption: "n = 15", computed: 800 / 15 } });
  two.evaluate("c", { readings: { assumption: "n = 15", computed: 100 / 15 } });
  assert.equal(two.get("a").verdict, "mismatch");
  assert.equal(two.get("b").verdict, "mismatch");
  assert.match(two.get("b").note, /only by ceiling, but no single rule/);
  assert.equal(two.get("c").verdict, "match");
});

Deno.test("a column forced to total 100 % is its own group's rule", () => {
  const rows = ["33,4", "33,3", "33,3"].map((r, i) => row(`c${i}`, r, "percent", "Tabel 1"));
  const ledger = new Ledger("demo", { printed: rows });
  ledger.column(rows.map((r) => ({ ref: r.id, computed: 100 / 3, assumption: "n = 3" })));
  assert.deepEqual(ledger.claims.map((c) => c.verdict), ["rounding", "match", "match"]);
  assert.match(ledger.get("c0").note, /forced to total 100/);
});

Deno.test("largest remainder: equal shares go to the earlier rows", () => {
  assert.deepEqual(largestRemainder([100 / 3, 100 / 3, 100 / 3], 1), [33.4, 33.3, 33.3]);
});

Deno.test("mismatch says how many readings and values were tried; a slip stays a mismatch", () => {
  const ledger = new Ledger("demo", {
    printed: [row("m", "2,07", "mean"), row("s", "207", "mean")],
  });
  const claim = ledger.evaluate("m", {
    readings: [
      { assumption: "n = 18", computed: [2.0556, 2.1111] },
      { assumption: "n = 29", computed: [2.069, 2.1034, 2.0345] },
    ],
  });
  // No mean over 18 prints as 2,07; 60/29 = 2.069 does.
  assert.equal(claim.verdict, "consistent");
  assert.deepEqual(claim.support, { k: 1, of: 2 });
  const none = ledger.evaluate("m", {
    readings: [{ assumption: "n = 18", computed: [2.0556, 2.1111] }, {
      assumption: "n = 17",
      computed: 2.1176,
    }],
  });
  assert.equal(none.verdict, "mismatch");
  assert.match(none.note, /none of 2 readings \(3 values tried\)/);
  const slip = ledger.evaluate("s", {
    readings: { assumption: "n = 15", computed: 2.0667 },
    slip: "decimal comma dropped (2,07 printed as 207)",
  });
  assert.equal(slip.verdict, "mismatch");
  assert.equal(slip.slip, "decimal comma dropped (2,07 printed as 207)");
  assert.throws(
    () =>
      new Ledger("demo", { printed: [row("x", "2,07", "mean")] }).evaluate("x", {
        readings: { assumption: "n = 15", computed: 2.0667 },
        slip: "none",
      }).verdict,
    /slip: claim x is match/,
  );
});

Deno.test("contradictions link claims and invent no value", () => {
  const ledger = new Ledger("demo", {
    printed: [
      row("abstrak.date", "Mei 2025", "date", "Abstrak"),
      row("hasil.date", "25 Januari 2025", "date", "Hasil"),
      row("metode.date", "Mei 2025", "date", "Metode"),
    ],
  });
  ledger.finding({ id: "dates", title: "Two dates for one activity", note: "May vs January." });
  ledger.contradiction({
    ids: ["abstrak.date", "hasil.date", "metode.date"],
    note: "one activity dated in two months",
    finding: "dates",
  });
  const claim = ledger.get("hasil.date");
  assert.equal(claim.verdict, "contradiction");
  assert.equal(claim.computed, null);
  assert.deepEqual(claim.links, ["abstrak.date", "metode.date"]);
  assert.deepEqual(ledger.findings[0].claims, ["abstrak.date", "hasil.date", "metode.date"]);
});

Deno.test("significance claims are judged against alpha, in either direction", () => {
  const ledger = new Ledger("demo", {
    printed: [
      row("sig", "signifikan", "significance", "Hasil"),
      row("ns", "tidak ada pengaruh", "significance", "Hasil"),
    ],
  });
  const sig = ledger.evaluate("sig", {
    readings: [
      { assumption: "Wilcoxon, SPSS", params: { test: "Wilcoxon" }, computed: 0.014 },
      {
        assumption: "McNemar exact, pairing 1 of 3",
        params: { test: "McNemar exact" },
        computed: 0.0625,
      },
    ],
  });
  assert.equal(sig.verdict, "consistent");
  assert.deepEqual(sig.support, { k: 1, of: 2 });
  assert.equal(
    ledger.evaluate("ns", { readings: { assumption: "t", computed: 0.2 } }).verdict,
    "match",
  );
});

Deno.test("statements are judged by whether they hold", () => {
  const ledger = new Ledger("demo", { printed: [row("most", "mayoritas", "text", "Hasil")] });
  const claim = ledger.evaluate("most", {
    readings: {
      assumption: "majority: more than half of 15 (7 of 15)",
      computed: 46.7,
      holds: 7 / 15 > 0.5,
    },
  });
  assert.equal(claim.verdict, "mismatch");
  assert.throws(
    () => ledger.evaluate("most", { readings: { assumption: "x", computed: 1 } }),
    /holds: a text claim/,
  );
});

Deno.test("unverifiable carries the attainable range", () => {
  const ledger = new Ledger("demo", { printed: [row("p", "0,000")] });
  const claim = ledger.unverifiable("p", {
    note: "the correlation is not printed",
    range: { lo: 1e-9, hi: 0.02 },
  });
  assert.deepEqual(claim.computed, { lo: 1e-9, hi: 0.02 });
  assert.match(claim.note, /allow 1\.0000e-9 to 0\.02/);
});

Deno.test("one printed number has one verdict: unjudged and double-judged numbers are errors", () => {
  const ledger = new Ledger("demo", { printed: [row("a", "0,008"), row("b", "0,01")] });
  assert.deepEqual(ledger.unjudged(), ["a", "b"]);
  ledger.evaluate("a", { readings: { assumption: "x", computed: 0.008 } });
  assert.throws(() => ledger.contradiction({ ids: ["a", "b"], note: "n" }), /already judged/);
  assert.deepEqual(ledger.unjudged(), ["b"]);
});

Deno.test("bad input names the argument", () => {
  assert.throws(() => new Ledger("Demo"), /paper: expected a stable id/);
  const ledger = new Ledger("demo", { printed: [row("a", "0,008")] });
  assert.throws(() => ledger.printed("zz"), /id: no printed number "zz"/);
  assert.throws(() => ledger.evaluate("a", { readings: [] }), /readings: expected at least one/);
  assert.throws(
    () => ledger.evaluate("a", { readings: { assumption: "x", computed: NaN } }),
    /computed: expected a finite number/,
  );
  assert.throws(
    () => ledger.evaluate("a", { readings: { assumption: "x", computed: 1 }, finding: "nope" }),
    /finding: "nope" is not declared/,
  );
  assert.throws(() => new Ledger("demo", { printed: [row("a", "abc")] }), /reported: "abc"/);
});

Deno.test("tallies count findings and printed numbers; primer and synthesis apart", () => {
  const paper = new Ledger("demo", { printed: [row("a", "0,008"), row("b", "0,5")] });
  paper.finding({ id: "f", title: "b is wrong", note: "computed 0,4" });
  paper.evaluate("a", { readings: { assumption: "x", computed: 0.008 } });
  paper.evaluate("b", { readings: { assumption: "x", computed: 0.4 }, finding: "f" });
  const primer = new Ledger("methods", { role: "primer", printed: [row("w", "1,0", "mean")] });
  primer.evaluate("w", { readings: { assumption: "x", computed: 1 } });
  const [t] = tallyClaims(paper.claims);
  assert.equal(t.findings.length, 1);
  assert.equal(t.counts.match, 1);
  assert.equal(t.counts.mismatch, 1);
  // The primer's numbers are tallied apart, under their own role, never in a paper's counts.
  const tallies = tallyClaims([...primer.claims, ...paper.claims]);
  assert.deepEqual(tallies.map((x) => [x.paper, x.role, x.total]), [
    ["methods", "primer", 1],
    ["demo", "paper", 2],
  ]);
});

Deno.test("a padded column is judged at the precision it really prints", () => {
  // Thirds printed padded to two decimals ("33,40"): one real decimal, forced to total 100.
  const rows = ["33,40", "33,30", "33,30"].map((r, i) => row(`p${i}`, r, "percent", "Tabel 1"));
  const ledger = new Ledger("demo", { printed: rows });
  ledger.column(rows.map((r) => ({ ref: r.id, computed: 100 / 3, assumption: "n = 3" })), {
    decimals: 1,
  });
  assert.deepEqual(ledger.claims.map((c) => c.verdict), ["rounding", "match", "match"]);
  assert.match(ledger.get("p1").note, /judged at 1 decimals: "33,30" is padded/);
  // At the printed two decimals 33.3333 does not print as 33,30.
  const strict = new Ledger("demo", { printed: [row("q", "33,30", "percent")] });
  assert.equal(
    strict.evaluate("q", { readings: { assumption: "n = 3", computed: 100 / 3 } }).verdict,
    "mismatch",
  );
  assert.throws(
    () => ledger.evaluate("p1", { readings: { assumption: "x", computed: 4.2 }, decimals: 3 }),
    /decimals: expected a whole number from 0 to the 2 printed/,
  );
});

Deno.test("a statement that holds, with no number, is a match described by its assumption", () => {
  const ledger = new Ledger("demo", {
    printed: [row("all", "semua", "text", "Metode"), row("n", "15", "n", "Metode")],
  });
  const claim = ledger.evaluate("all", {
    readings: { assumption: "every mother in Tabel 1 was recruited", holds: true },
  });
  assert.equal(claim.verdict, "match");
  assert.match(claim.note, /"semua" holds: every mother in Tabel 1 was recruited/);
  // A text claim in the same paragraph never enters a rounding group.
  assert.equal(
    ledger.evaluate("n", { readings: { assumption: "x", computed: 15.4 } }).verdict,
    "match",
  );
});
