import assert from "node:assert/strict";
import { assertAuditRecords, type AuditRecord } from "../../tools/audit_record.ts";
import {
  claimAnchor,
  type NotebookEntry,
  type PaperMeta,
  renderReport,
} from "../../tools/html_report.ts";
import { tallyRecords, tallyTable } from "../../tools/report_counts.ts";
import { matchesAllWords, REPORT_SCRIPT, searchTokens } from "../../tools/report_script.ts";
import { notebookHtml, outputHtml } from "../../tools/render_html.ts";

const fixtures = new URL("../fixtures/report/", import.meta.url);
const read = async (name: string) => JSON.parse(await Deno.readTextFile(new URL(name, fixtures)));

async function fixture() {
  const claims = await read("audit.json");
  assertAuditRecords(claims);
  const papers: PaperMeta[] = await read("papers.json");
  const notebooks: NotebookEntry[] = await read("notebooks.json");
  return { claims, papers, notebooks };
}

/** The rows of one table of the page, as ids in order. */
function rowIds(page: string, tableId: string): string[] {
  const body = page.split(`<table id="${tableId}"`)[1].split("</table>")[0];
  return [...body.matchAll(/<tr id="([^"]+)"/g)].map((m) => m[1]);
}

/** One card's markup. */
function card(page: string, slug: string): string {
  return page.split(`id="paper-${slug}"`)[1].split("</article>")[0];
}

Deno.test("report: the papers' rows and the worked numbers in separate tables, stable anchors", async () => {
  const input = await fixture();
  const page = renderReport(input);
  const ids = (role: string) =>
    input.claims.filter((c) => (role === "paper" ? c.role === "paper" : c.role !== "paper"))
      .map(claimAnchor);
  assert.deepEqual(rowIds(page, "claims-table"), ids("paper"));
  assert.deepEqual(rowIds(page, "worked-table"), ids("worked"));
  assert.equal(claimAnchor({ paper: "alpha", id: "t3.n" }), "claim-alpha-t3.n");
  assert.match(page, /<tr id="claim-alpha-t3\.day1\.z" class="claim consistent"/);
  assert.match(page, /<span class="support">2 of 3<\/span>/);
  assert.match(page, /slip: a dropped digit/);
  assert.match(page, /<summary>2 of 3 readings print<\/summary>/);
  assert.match(page, /does not print: pairing 3 of 3, SPSS → -3\.05<\/li>/);
  const family = {
    ...input.claims[0],
    id: "fam",
    readings: [{
      assumption: "every pairing",
      params: {},
      computed: { lo: 0.004, hi: 0.02 },
      prints: true,
      rule: "spss",
      members: { prints: 2, of: 3 },
    }],
  };
  assert.match(
    renderReport({ ...input, claims: [family] }),
    /prints: every pairing → \[0\.004, 0\.02\] \(spss\); 2 of 3 values print<\/li>/,
  );
  assert.match(page, /relates to <a href="#claim-alpha-t3\.day1\.z">t3\.day1\.z<\/a>/);
});

Deno.test("report: a card leads with authors, year, journal, findings, then numbers by verdict", async () => {
  const input = await fixture();
  const page = renderReport(input);
  const alpha = card(page, "alpha");
  // Brute-force reference: distinct (paper, id) of alpha in the fixture, by verdict.
  const mine = input.claims.filter((c) => c.paper === "alpha");
  const distinct = new Map(mine.map((c) => [c.id, c.verdict]));
  const count = (v: string) => [...distinct.values()].filter((x) => x === v).length;
  assert.ok(alpha.indexOf("Rani WN, Fitriya TH et al.") < alpha.indexOf("Pengaruh pijat"));
  assert.match(alpha, /<span class="year">2025<\/span> · <i class="journal">Jurnal Kebidanan/);
  assert.match(alpha, /<b>2 findings<\/b>/);
  assert.match(alpha, /Tabel 3's n = 18 is wrong<\/a> <span class="muted">\(2 numbers\)/);
  assert.match(alpha, new RegExp(`<b>${distinct.size} distinct printed numbers</b>`));
  for (const v of ["match", "consistent", "mismatch", "contradiction"]) {
    assert.match(alpha, new RegExp(`>${count(v)} ${v}</a>`));
  }
  assert.ok(alpha.indexOf("findings") < alpha.indexOf("distinct printed numbers"));
  assert.match(card(page, "gamma"), /authors not in the source text/);
  assert.match(card(page, "gamma"), /journal not in the source text/);
});

Deno.test("report: a card shows three finding titles and folds the rest", async () => {
  const input = await fixture();
  const base = input.claims.find((c) => c.id === "t3.n")!;
  const many = Array.from({ length: 7 }, (_, i) => ({
    ...base,
    id: `f${i}.x`,
    finding: { id: `f${i}`, title: `Finding number ${i}` },
  }));
  const page = renderReport({ ...input, claims: [...input.claims, ...many] });
  const alpha = card(page, "alpha");
  assert.match(alpha, /<b>9 findings<\/b>; <b>47 distinct printed numbers<\/b>/);
  const [open, folded] = alpha.split('<details class="more-findings">');
  assert.equal((open.match(/<li>/g) ?? []).length, 3);
  assert.match(folded, /^<summary>6 more findings<\/summary><ol class="findings" start="4">/);
  assert.equal((folded.match(/<li>/g) ?? []).length, 6);
});

Deno.test("report: a failed notebook is a red FAILED card with notebook, cell and error", async () => {
  const page = renderReport(await fixture());
  const beta = card(page, "beta");
  assert.match(page, /<article class="card paper failed" id="paper-beta">/);
  assert.match(beta, /FAILED/);
  assert.match(beta, /02-beta\.ipynb, cell 7/);
  assert.match(beta, /RangeError: data\/beta\/table1\.csv row 3/);
  assert.doesNotMatch(beta, /no claims/);
  assert.match(page, /1 notebook FAILED/);
});

Deno.test("report: the totals count the papers only, never the primer or the synthesis", async () => {
  const input = await fixture();
  const page = renderReport(input);
  const papers = new Set(
    input.claims.filter((c) => c.role === "paper" && c.verdict !== "failed")
      .map((c) => JSON.stringify([c.paper, c.id])),
  );
  const totals = page.split('id="totals">')[1].split("</p>")[0];
  assert.match(totals, new RegExp(`^3 papers: <b>2 findings</b>; ${papers.size} distinct`));
  assert.match(card(page, "methods"), /5 distinct printed numbers/);
  const summary = page.split('id="summary"')[1].split("</section>")[0];
  assert.doesNotMatch(summary, /paper-methods|paper-synthesis/);
});

Deno.test("report: self-contained, no network, the embedded data cannot end its script", async () => {
  const input = await fixture();
  const hostile = {
    ...input.claims[1],
    id: "t9.x",
    note: "</script><script>alert(1)</script> <!-- x",
  } as AuditRecord;
  const page = renderReport({ ...input, claims: [...input.claims, hostile] });
  const data = page.split('id="audit-data" type="application/json">')[1].split("</script>")[0];
  assert.deepEqual(JSON.parse(data).at(-1).note, hostile.note);
  assert.doesNotMatch(page, /https?:\/\/(?!www\.w3\.org)/);
  assert.doesNotMatch(page, /<(link|img|iframe)\b[^>]*(src|href)="(?!#|data:)/);
  assert.doesNotMatch(page, /<script[^>]+src=/);
});

Deno.test("report: bad input is refused with an error naming the argument", async () => {
  const input = await fixture();
  assert.throws(() => renderReport({ ...input, claims: {} as never }), /audit: expected an array/);
  assert.throws(
    () => renderReport({ ...input, claims: [{ ...input.claims[0], verdict: "ok" as never }] }),
    /audit\[0\]\.verdict: expected one of match, consistent/,
  );
  assert.throws(
    () => renderReport({ ...input, claims: [{ ...input.claims[0], computed: NaN as never }] }),
    /audit\[0\]\.computed/,
  );
  assert.throws(
    () => renderReport({ ...input, papers: null as never }),
    /papers: expected an array/,
  );
  const [alpha] = input.papers;
  assert.throws(
    () => renderReport({ ...input, papers: [{ ...alpha, authors: undefined as never }] }),
    /papers\[0\]\.authors: expected an array of names, got undefined/,
  );
  assert.throws(
    () => renderReport({ ...input, papers: [{ ...alpha, year: "2025" as never }] }),
    /papers\[0\]\.year: expected a whole year or null, got "2025"/,
  );
  assert.throws(
    () =>
      renderReport({ ...input, notebooks: [{ ...input.notebooks[0], role: "paperr" as never }] }),
    /notebooks\[0\]\.role: expected one of paper, primer, synthesis, got "paperr"/,
  );
});

Deno.test("counts: each (paper, id) once, findings grouped, failures apart; terminal table", async () => {
  const { claims } = await fixture();
  const doubled = [...claims, ...claims];
  const tallies = tallyRecords(doubled);
  assert.deepEqual(tallies.map((t) => t.paper), ["alpha", "beta", "gamma", "methods", "synthesis"]);
  const alpha = tallies[0];
  assert.equal(
    alpha.total,
    new Set(claims.filter((c) => c.paper === "alpha").map((c) => c.id)).size,
  );
  assert.deepEqual(alpha.findings.map((f) => [f.id, f.claims, f.firstClaim]), [
    ["n18", 2, "t3.n"],
    ["design", 1, "design.vs.table"],
  ]);
  assert.equal(tallies[1].total, 0);
  assert.equal(tallies[1].failures.length, 2); // the same failure record twice stays visible
  const table = tallyTable(claims);
  assert.match(table, /^all papers +2 +33 +2 +1 +3 +1 +2 +42$/m);
  assert.match(table, /^methods \(primer\) +0 +5 +0 +0 +0 +0 +0 +5$/m);
  assert.match(table, /^FAILED beta: 02-beta\.ipynb, cell 7: RangeError/m);
});

Deno.test("search: every word in any order, punctuation-only words ignored, dashes unified", () => {
  const row = "masohi t3.day1.z statistic wilcoxon z day i tabel 3 z = -3,317 -3,317";
  assert.equal(matchesAllWords(row, "masohi wilcoxon z"), true);
  assert.equal(matchesAllWords(row, "Z = −3,317"), true);
  assert.equal(matchesAllWords(row, "wilcoxon masohi"), true);
  assert.equal(matchesAllWords(row, "masohi mcnemar"), false);
  assert.deepEqual(searchTokens(" = "), []);
  // The page runs these very functions (inlined by source), not a copy that could drift.
  assert.ok(REPORT_SCRIPT.includes(searchTokens.toString()));
  assert.ok(REPORT_SCRIPT.includes(matchesAllWords.toString()));
  assert.match(REPORT_SCRIPT, /matchesAllWords\(row\.dataset\.search, query\)/);
});

Deno.test("notebook pages: markdown rendered, code escaped, outputs by MIME type", () => {
  const page = notebookHtml({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: [
      { cell_type: "markdown", source: "# Title\n\n**bold**" },
      {
        cell_type: "code",
        source: "const a = 1 < 2;",
        outputs: [
          { output_type: "stream", name: "stdout", text: "x < y\n" },
          {
            output_type: "display_data",
            data: { "image/svg+xml": "<svg id='f'></svg>" },
            metadata: {},
          },
          { output_type: "error", ename: "RangeError", evalue: "bad", traceback: [] },
        ],
      },
    ],
  }, "nb");
  assert.match(page, /<h1>Title<\/h1>/);
  assert.match(page, /<strong>bold<\/strong>/);
  assert.match(page, /const a = 1 &lt; 2;/);
  assert.match(page, /<pre>x &lt; y\n<\/pre>/);
  assert.match(page, /<svg id='f'><\/svg>/);
  assert.match(page, /RangeError: bad/);
  assert.match(
    outputHtml({ output_type: "display_data", data: { "text/markdown": "*i*" }, metadata: {} }),
    /<em>i<\/em>/,
  );
});
