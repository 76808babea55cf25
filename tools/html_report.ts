/**
 * The reviewer's report: one self-contained HTML file (inline CSS, JS and SVG; no network; works
 * from file://) with a summary per paper, every claim in one filterable table with a stable
 * anchor per claim, each paper's figures, and links to the executed notebooks.
 *
 * @module
 */

import type { Claim } from "../lib/audit/claim.ts";
import { CLAIM_KINDS } from "../lib/audit/claim.ts";
import { formatComputed, tallyClaims as summarize } from "../lib/audit/summary.ts";
import { VERDICTS } from "../lib/audit/claim.ts";
import { escapeHtml } from "../lib/notebook/display.ts";
import { PAGE_CSS } from "./render_html.ts";

/** What the report says about one notebook (a paper, the primer or the synthesis). */
export interface ReportSection {
  /** The ledger's paper slug. */
  slug: string;
  title: string;
  /** Design as the paper describes it (empty for the primer and the synthesis). */
  design: string;
  /** Every sample size the paper states. */
  statedN: number[];
  /** The tests as the paper names them. */
  tests: string[];
  /** File name of the rendered notebook next to the report, e.g. "03-masohi.html". */
  notebook: string;
  figures: { title: string; markup: string }[];
}

/**
 * The id of a claim's row, stable across runs: `claim-<paper>-<id>`.
 *
 * @example
 * ```ts
 * claimAnchor({ paper: "masohi", id: "t3.day1.z" }); // "claim-masohi-t3.day1.z"
 * ```
 */
export function claimAnchor(claim: { paper: string; id: string }): string {
  return `claim-${claim.paper}-${claim.id}`;
}

/**
 * Build the report page.
 *
 * @example
 * ```ts
 * const page = reportHtml({ claims, sections });
 * await Deno.writeTextFile("reports/index.html", page);
 * ```
 */
export function reportHtml(input: { claims: readonly Claim[]; sections: ReportSection[] }): string {
  const { claims, sections } = input;
  const summaries = new Map(summarize(claims).map((s) => [s.paper, s]));
  const cards = sections.map((section) => {
    const s = summaries.get(section.slug);
    const counts = VERDICTS.map((v) =>
      `<span class="verdict ${v}" title="${v}">${s?.counts[v] ?? 0} ${v}</span>`
    ).join(" ");
    const badge = overallBadge(s?.counts);
    return `<article class="card" id="paper-${escapeHtml(section.slug)}">
<h3>${escapeHtml(section.title)} <span class="badge ${badge.cls}">${badge.text}</span></h3>
<dl>
${section.design ? `<dt>Design</dt><dd class="long">${escapeHtml(section.design)}</dd>` : ""}
${section.statedN.length ? `<dt>Stated n</dt><dd>${section.statedN.join(", ")}</dd>` : ""}
${
      section.tests.length
        ? `<dt>Tests</dt><dd class="long">${escapeHtml(section.tests.join("; "))}</dd>`
        : ""
    }
<dt>Claims</dt><dd>${s?.total ?? 0}: ${counts}</dd>
</dl>
<p><a href="${escapeHtml(section.notebook)}">Read the executed notebook</a> ·
<a href="#figures-${escapeHtml(section.slug)}">Figures (${section.figures.length})</a></p>
</article>`;
  }).join("\n");
  const option = (value: string, label = value) =>
    `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
  const papers = [...new Set(claims.map((c) => c.paper))];
  const rows = claims.map((c) =>
    `<tr id="${escapeHtml(claimAnchor(c))}" class="claim ${c.verdict}" data-paper="${
      escapeHtml(c.paper)
    }" data-verdict="${c.verdict}" data-kind="${c.kind}">` +
    `<td>${escapeHtml(c.paper)}</td><td>${escapeHtml(c.location)}</td><td>${
      escapeHtml(c.label)
    } <a class="anchor" href="#${
      escapeHtml(claimAnchor(c))
    }" title="link to this claim">#</a></td>` +
    `<td>${escapeHtml(c.reported)}</td><td>${
      escapeHtml(formatComputed(c.computed))
    }</td><td><span class="verdict ${c.verdict}">${c.verdict}</span></td><td>${
      escapeHtml(c.note)
    }</td></tr>`
  ).join("\n");
  const figures = sections.filter((s) => s.figures.length > 0).map((section) =>
    `<section class="figures" id="figures-${escapeHtml(section.slug)}"><h3>${
      escapeHtml(section.title)
    }</h3>${
      section.figures.map((f) =>
        `<figure class="report-figure"><figcaption>${
          escapeHtml(f.title)
        }</figcaption>${f.markup}</figure>`
      ).join("\n")
    }</section>`
  ).join("\n");
  const data = JSON.stringify(claims).replaceAll("</", "<\\/");
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Oxytocin-massage papers: audit report</title>
<style>${PAGE_CSS}${REPORT_CSS}</style></head>
<body>
<header><h1>Oxytocin-massage papers, re-run: audit report</h1>
<p>Every number the five papers print that can be checked, recomputed by <code>lib/</code>, with a
verdict decided by the claims ledger. <b>match</b>: prints as reported under half-up or half-even
rounding, or meets a printed bound; <b>rounding</b>: one unit off, explained by truncation, ceiling
or a column forced to total 100 %; <b>mismatch</b>: cannot be reconciled; <b>unverifiable</b>:
not enough is reported.</p></header>
<section id="summary"><h2>Summary per notebook</h2><div class="cards">${cards}</div></section>
<section id="claims"><h2>Every claim</h2>
<form id="filters" onsubmit="return false">
<label>Paper <select id="filter-paper">${option("", "all")}${
    papers.map((p) => option(p)).join("")
  }</select></label>
<label>Verdict <select id="filter-verdict">${option("", "all")}${
    VERDICTS.map((v) => option(v)).join("")
  }</select></label>
<label>Kind <select id="filter-kind">${option("", "all")}${
    CLAIM_KINDS.map((k) => option(k)).join("")
  }</select></label>
<label>Search <input id="filter-search" type="search" placeholder="label, value, note…"></label>
<span id="visible-count">${claims.length} of ${claims.length} claims</span>
</form>
<table id="claims-table"><thead><tr><th>paper</th><th>location</th><th>label</th><th>reported</th>
<th>computed</th><th>verdict</th><th>note</th></tr></thead>
<tbody>
${rows}
</tbody></table></section>
<section id="all-figures"><h2>Figures</h2>${figures}</section>
<script id="audit-data" type="application/json">${data}</script>
<script>${FILTER_JS}</script>
</body></html>
`;
}

function overallBadge(counts: Record<string, number> | undefined): { cls: string; text: string } {
  if (!counts) return { cls: "none", text: "no claims" };
  if (counts.mismatch > 0) return { cls: "mismatch", text: `${counts.mismatch} mismatch` };
  if (counts.unverifiable > 0) return { cls: "unverifiable", text: "partly unverifiable" };
  if (counts.rounding > 0) return { cls: "rounding", text: "reproduces (with rounding)" };
  return { cls: "match", text: "reproduces" };
}

const REPORT_CSS = `
body { max-width: 1400px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 1rem; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; }
.card h3 { margin: 0 0 .5rem; font-size: 1.05rem; }
.card dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .75rem; margin: 0; }
.card dt { color: var(--muted); } .card dd { margin: 0; }
.card dd.long { max-height: 7.5em; overflow-y: auto; font-size: 13px; }
.badge { font-size: 12px; padding: .1rem .5rem; border-radius: 1rem; color: white; white-space: nowrap; }
.badge.match { background: var(--match); } .badge.rounding { background: var(--rounding); }
.badge.mismatch { background: var(--mismatch); } .badge.unverifiable, .badge.none { background: var(--unverifiable); }
#filters { display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; margin: .5rem 0;
  position: sticky; top: 0; background: white; padding: .5rem 0; }
#claims-table { width: 100%; font-size: 13px; }
#claims-table td:nth-child(7) { color: var(--muted); max-width: 40rem; }
tr.claim:target { outline: 3px solid #fdae61; }
a.anchor { color: var(--muted); text-decoration: none; }
.report-figure { margin: 1rem 0; max-width: 760px; }
.report-figure figcaption { font-weight: 600; }
`;

// Filters by paper, verdict and kind, and free-text search; keeps the URL hash usable.
const FILTER_JS = `
(function () {
  var rows = Array.prototype.slice.call(document.querySelectorAll("#claims-table tbody tr"));
  var paper = document.getElementById("filter-paper");
  var verdict = document.getElementById("filter-verdict");
  var kind = document.getElementById("filter-kind");
  var search = document.getElementById("filter-search");
  var count = document.getElementById("visible-count");
  function apply() {
    var q = search.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var ok = (!paper.value || row.dataset.paper === paper.value) &&
        (!verdict.value || row.dataset.verdict === verdict.value) &&
        (!kind.value || row.dataset.kind === kind.value) &&
        (!q || row.textContent.toLowerCase().indexOf(q) !== -1);
      row.hidden = !ok;
      if (ok) shown += 1;
    });
    count.textContent = shown + " of " + rows.length + " claims";
  }
  [paper, verdict, kind].forEach(function (el) { el.addEventListener("change", apply); });
  search.addEventListener("input", apply);
  apply();
})();
`;
