import assert from "node:assert/strict";
import { claimAnchor, reportHtml } from "../../tools/html_report.ts";
import { Ledger } from "../../lib/audit/ledger.ts";
import { notebookHtml, outputHtml } from "../../tools/render_html.ts";

function sampleClaims() {
  const ledger = new Ledger("report-paper");
  ledger.check({
    id: "t1.a",
    kind: "percent",
    label: "a </script> label",
    location: "Tabel 1",
    reported: "75.0",
    computed: 75,
  });
  ledger.check({
    id: "t1.b",
    kind: "p",
    label: "b",
    location: "Abstrak",
    reported: "0,008",
    computed: 0.5,
  });
  return ledger.claims;
}

Deno.test("report: one row per claim with a stable anchor, verdict and kind data", () => {
  const claims = sampleClaims();
  const page = reportHtml({
    claims,
    sections: [{
      slug: "report-paper",
      title: "A paper",
      design: "one group",
      statedN: [20, 10],
      tests: ["Wilcoxon"],
      notebook: "01-x.html",
      figures: [{ title: "bars", markup: "<svg></svg>" }],
    }],
  });
  assert.equal(claimAnchor(claims[0]), "claim-report-paper-t1.a");
  assert.match(
    page,
    /<tr id="claim-report-paper-t1.a" class="claim match" data-paper="report-paper" data-verdict="match" data-kind="percent">/,
  );
  assert.match(page, /data-verdict="mismatch" data-kind="p"/);
  assert.equal((page.match(/<tr id="claim-/g) ?? []).length, 2);
  assert.match(page, /1 mismatch<\/span>/); // the paper's badge
  assert.match(page, /<dt>Stated n<\/dt><dd>20, 10<\/dd>/);
  assert.match(page, /<figcaption>bars<\/figcaption><svg><\/svg>/);
  // The embedded data cannot close its script element early.
  assert.doesNotMatch(page.split('id="audit-data"')[1].split("</script>")[0], /<\/script/);
  assert.doesNotMatch(page, /https?:\/\/(?!www\.w3\.org)/); // no network references
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
