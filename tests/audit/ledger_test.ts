import assert from "node:assert/strict";
import { Ledger, registeredLedgers } from "../../lib/audit/ledger.ts";
import { largestRemainder, printedColumnTotals } from "../../lib/audit/column.ts";
import { summarize, verdictTable } from "../../lib/audit/summary.ts";

const base = { kind: "percent" as const, location: "Tabel 1" };

Deno.test("the ledger decides each verdict from reported and computed", () => {
  const ledger = new Ledger("test-paper");
  assert.equal(
    ledger.check({ ...base, id: "a", label: "a", reported: "75.0", computed: 75 }).verdict,
    "match",
  );
  assert.equal(
    ledger.check({ ...base, id: "b", label: "b", reported: "70%", computed: 75 }).verdict,
    "mismatch",
  );
  const u = ledger.unverifiable({
    id: "c",
    kind: "other",
    label: "effective",
    location: "Kesimpulan",
    reported: "efektif",
    note: "needs a control group",
  });
  assert.equal(u.verdict, "unverifiable");
  assert.equal(u.computed, null);
  assert.deepEqual(ledger.counts(), { match: 1, rounding: 0, mismatch: 1, unverifiable: 1 });
  assert.ok(registeredLedgers().includes(ledger));
  assert.equal(ledger.get("b").reported, "70%");
  assert.throws(() => ledger.get("zz"), /no claim "zz"/);
});

Deno.test("a note is appended to the ledger's own reason", () => {
  const ledger = new Ledger("test-paper");
  const claim = ledger.check({
    ...base,
    id: "n1",
    label: "x",
    reported: "70%",
    computed: 75,
    note: "the discussion misquotes Table 1",
  });
  assert.match(claim.note, /does not print as 70% under any rounding\. the discussion/);
});

Deno.test("re-recording an id: same label replaces (a re-run cell), another label throws", () => {
  const ledger = new Ledger("test-paper");
  ledger.check({ ...base, id: "r", label: "same", reported: "5.0", computed: 5 });
  ledger.check({ ...base, id: "r", label: "same", reported: "5.0", computed: 5 });
  assert.equal(ledger.claims.length, 1);
  assert.throws(
    () => ledger.check({ ...base, id: "r", label: "other", reported: "5.0", computed: 5 }),
    /already used/,
  );
});

Deno.test("bad input names the field", () => {
  const ledger = new Ledger("test-paper");
  // deno-lint-ignore no-explicit-any
  const bad = (fields: any) => () => ledger.check({ ...base, id: "x", label: "x", ...fields });
  assert.throws(bad({ kind: "pvalue", reported: "0,05", computed: 0.05 }), /kind: expected one of/);
  assert.throws(bad({ reported: "lima", computed: 5 }), /reported: cannot read "lima"/);
  assert.throws(bad({ reported: "5", computed: NaN }), /computed: expected a finite number/);
  assert.throws(bad({ reported: 5, computed: 5 }), /reported: expected the printed string/);
  assert.throws(bad({ id: "Bad Id", reported: "5", computed: 5 }), /id: expected a stable id/);
  assert.throws(bad({ location: "", reported: "5", computed: 5 }), /location: expected/);
  assert.throws(() => new Ledger("Not A Slug"), /paper: expected a slug/);
  assert.throws(
    () =>
      ledger.unverifiable({
        id: "u",
        kind: "p",
        label: "p",
        location: "Tabel 3",
        reported: "x",
        note: "",
      }),
    /note: an unverifiable claim must say/,
  );
});

Deno.test("largest remainder forces a column to total 100", () => {
  assert.deepEqual(largestRemainder([100 / 3, 100 / 3, 100 / 3], 1), [33.4, 33.3, 33.3]);
  // 7/15, 5/15, 3/15 = 46.67, 33.33, 20.00
  assert.deepEqual(largestRemainder([700 / 15, 500 / 15, 300 / 15], 1), [46.7, 33.3, 20]);
  assert.deepEqual(largestRemainder([12.5, 12.5, 75], 0), [13, 12, 75]);
  assert.equal(printedColumnTotals(["33,4", "33,3", "33,3"]), true);
  assert.equal(printedColumnTotals(["33,3", "33,3", "33,3"]), false);
  assert.throws(() => largestRemainder([], 1), /values: expected at least one/);
  assert.throws(() => largestRemainder([NaN], 1), /values\[0\]/);
});

Deno.test("a column forced to total 100 % is 'rounding', with a note saying so", () => {
  const ledger = new Ledger("test-paper");
  const claims = ledger.checkColumn({
    entries: ["33,4", "33,3", "33,3"].map((reported, i) => ({
      ...base,
      id: `col.${i}`,
      label: `row ${i}`,
      reported,
      computed: 100 / 3,
    })),
  });
  assert.deepEqual(claims.map((c) => c.verdict), ["rounding", "match", "match"]);
  assert.match(claims[0].note, /forced to total 100 %/);
  // A column that does not total 100 gets no such excuse.
  const loose = ledger.checkColumn({
    entries: ["33,4", "33,4", "33,3"].map((reported, i) => ({
      ...base,
      id: `loose.${i}`,
      label: `row ${i}`,
      reported,
      computed: 100 / 3,
    })),
  });
  assert.deepEqual(loose.map((c) => c.verdict), ["rounding", "rounding", "match"]);
  assert.doesNotMatch(loose[0].note, /forced/); // ceiling explains it, not a forced total
  assert.throws(() => ledger.checkColumn({ entries: [] }), /entries: expected a column/);
});

Deno.test("summaries count verdicts per paper", () => {
  const ledger = new Ledger("summary-paper");
  ledger.check({ ...base, id: "a", label: "a", reported: "5", computed: 5 });
  ledger.check({ ...base, id: "b", label: "b", reported: "5", computed: 7 });
  const [summary] = summarize(ledger.claims);
  assert.deepEqual(summary, {
    paper: "summary-paper",
    total: 2,
    counts: { match: 1, rounding: 0, mismatch: 1, unverifiable: 0 },
  });
  assert.match(verdictTable(ledger.claims), /summary-paper\s+1\s+0\s+1\s+0\s+2/);
});

Deno.test("largest remainder gives equal shares to the earlier rows", () => {
  // 1, 1, 22 of 24 at one decimal: 4.1667, 4.1667, 91.6667 -> 4.2, 4.2, 91.6
  assert.deepEqual(largestRemainder([100 / 24, 100 / 24, 2200 / 24], 1), [4.2, 4.2, 91.6]);
});

Deno.test("a padded column is judged at the precision its entries state", () => {
  const ledger = new Ledger("test-paper");
  const claims = ledger.checkColumn({
    entries: ["4,20", "4,20", "91,60"].map((reported, i) => ({
      ...base,
      id: `pad.${i}`,
      label: `row ${i}`,
      reported,
      computed: [100 / 24, 100 / 24, 2200 / 24][i],
      decimals: 1,
    })),
  });
  assert.deepEqual(claims.map((c) => c.verdict), ["match", "match", "rounding"]);
  assert.match(claims[2].note, /forced to total 100 %|truncation/);
});
