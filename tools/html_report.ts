/**
 * The reviewer's report: one self-contained HTML file (inline CSS, JS and SVG; no network; works
 * from file://). Each paper's card leads with authors, year and journal, its findings and its
 * distinct printed numbers by verdict; a notebook that failed is a red FAILED card. Every claim
 * is a row with a stable anchor (`#claim-<paper>-<id>`); filters and search live in the URL; the
 * primer's and the synthesis' worked numbers are listed apart and never added to the papers'.
 *
 * @module
 */

import { CLAIM_ROLES } from "../lib/audit/claim.ts";
import { escapeHtml } from "../lib/notebook/display.ts";
import {
  assertAuditRecords,
  type AuditRecord,
  type Computed,
  REPORT_VERDICTS,
  type ReportRole,
} from "./audit_record.ts";
import { NUMBER_VERDICTS, sumTallies, type Tally, tallyRecords } from "./report_counts.ts";
import { PAGE_CSS } from "./render_html.ts";
import { REPORT_SCRIPT } from "./report_script.ts";

/** What a paper's card says about the paper itself (from data/<slug>/paper.json). */
export interface PaperMeta {
  slug: string;
  title: string;
  /** As printed; empty when the source text does not name them. */
  authors: string[];
  year: number | null;
  /** Journal (or venue) as printed; empty when the source text does not name it. */
  journal: string;
  design?: string;
  statedN?: number[];
  tests?: string[];
}

/** One notebook the report links to: its rendered page, its figures. */
export interface NotebookEntry {
  /** The notebook's file name, e.g. "03-masohi.ipynb". */
  file: string;
  /** The rendered page next to the report, e.g. "03-masohi.html". */
  page: string;
  /** The slug its claims carry, e.g. "masohi" (or "methods", "synthesis"). */
  paper: string;
  role: ReportRole;
  /** The notebook's heading, for the primer and the synthesis (papers use their title). */
  title?: string;
  figures?: { title: string; markup: string }[];
}

/**
 * The id of a claim's row, stable across runs: `claim-<paper>-<id>`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(claimAnchor({ paper: "masohi", id: "t3.day1.z" }), "claim-masohi-t3.day1.z");
 * ```
 */
export function claimAnchor(claim: { paper: string; id: string }): string {
  return `claim-${claim.paper}-${claim.id}`;
}

/**
 * A computed value as the report prints it: six significant digits, a range as [lo, hi].
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(formatComputed(0.0081234567), "0.00812346");
 * assert.equal(formatComputed({ lo: 0.004, hi: 0.0125 }), "[0.004, 0.0125]");
 * assert.equal(formatComputed(null), "—");
 * ```
 */
export function formatComputed(value: Computed): string {
  const short = (x: number) => String(Number(x.toPrecision(6)));
  if (value === null) return "—";
  if (typeof value === "number") return short(value);
  return `[${short(value.lo)}, ${short(value.hi)}]`;
}

/**
 * Build the report page from the audit records, the papers' metadata and the notebooks run.
 * Pure: returns the HTML string.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const page = renderReport({
 *   claims: [{ paper: "demo", id: "notebook", kind: "notebook", location: "01-demo.ipynb, cell 4",
 *     quote: null, reported: null, verdict: "failed", computed: null, readings: [],
 *     support: null, finding: null, links: [], slip: null, note: "RangeError: bad cell",
 *     role: "paper" }],
 *   papers: [{ slug: "demo", title: "A demo", authors: ["Rani WN"], year: 2025, journal: "J" }],
 *   notebooks: [{ file: "01-demo.ipynb", page: "01-demo.html", paper: "demo", role: "paper" }],
 * });
 * assert.match(page, /class="card paper failed"/);
 * assert.match(page, /FAILED/);
 * ```
 */
export function renderReport(
  input: {
    claims: readonly AuditRecord[];
    papers: readonly PaperMeta[];
    notebooks: readonly NotebookEntry[];
  },
): string {
  const { claims, papers, notebooks } = input;
  assertAuditRecords(claims as unknown);
  assertPapers(papers as unknown);
  assertNotebooks(notebooks as unknown);
  const tallies = new Map(tallyRecords(claims).map((t) => [t.paper, t]));
  const meta = new Map(papers.map((p) => [p.slug, p]));
  const notebookOf = new Map(notebooks.map((n) => [n.paper, n]));
  const roleOf = (slug: string): ReportRole =>
    tallies.get(slug)?.role ?? notebookOf.get(slug)?.role ?? (meta.has(slug) ? "paper" : "primer");
  // Notebooks' order first (the reading order), then anything only the claims or papers name.
  const slugs = [
    ...new Set([
      ...notebooks.map((n) => n.paper),
      ...claims.map((c) => c.paper),
      ...papers.map((p) => p.slug),
    ]),
  ];
  const paperSlugs = slugs.filter((s) => roleOf(s) === "paper");
  const otherSlugs = slugs.filter((s) => roleOf(s) !== "paper");
  const emptyTally = (slug: string): Tally => ({
    paper: slug,
    role: roleOf(slug),
    findings: [],
    counts: Object.fromEntries(NUMBER_VERDICTS.map((v) => [v, 0])) as Tally["counts"],
    total: 0,
    failures: [],
  });
  const tallyOf = (slug: string) => tallies.get(slug) ?? emptyTally(slug);
  const card = (slug: string) => cardHtml(tallyOf(slug), meta.get(slug), notebookOf.get(slug));
  const totals = sumTallies(paperSlugs.map(tallyOf));

  const paperClaims = claims.filter((c) => roleOf(c.paper) === "paper");
  const workedClaims = claims.filter((c) => roleOf(c.paper) !== "paper");
  const indexOf = new Map(claims.map((c, i) => [c, i]));
  const rows = (list: readonly AuditRecord[]) =>
    list.map((c) => rowHtml(c, indexOf.get(c)!)).join("\n");
  const option = (value: string, label = value) =>
    `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
  const kinds = [...new Set(claims.map((c) => c.kind))].sort();
  const figures = notebooks.filter((n) => (n.figures ?? []).length > 0).map((n) =>
    `<section class="figures" id="figures-${escapeHtml(n.paper)}"><h3>${
      escapeHtml(meta.get(n.paper)?.title ?? n.title ?? n.file)
    }</h3>${
      n.figures!.map((f) =>
        `<figure class="report-figure"><figcaption>${
          escapeHtml(f.title)
        }</figcaption>${f.markup}</figure>`
      ).join("\n")
    }</section>`
  ).join("\n");
  // "<" as \u003c: still the same JSON, and no "</script>" or "<!--" can end the element early.
  const data = JSON.stringify(claims).replaceAll("<", "\\u003c");
  const failedNotebooks = [...tallies.values()].reduce((n, t) => n + t.failures.length, 0);
  const failedLine = failedNotebooks > 0
    ? ` <strong class="failed-text">${failedNotebooks} notebook${
      failedNotebooks === 1 ? "" : "s"
    } FAILED</strong>: their numbers are missing or partial.`
    : "";
  const table = (id: string, caption: string, list: readonly AuditRecord[]) =>
    `<div class="table-wrap"><table id="${id}" class="claims-table"><caption>${caption}</caption>
<thead><tr><th scope="col">paper</th><th scope="col">location</th><th scope="col">claim</th>` +
    `<th scope="col">reported</th><th scope="col">computed</th><th scope="col">verdict</th>` +
    `<th scope="col">finding</th><th scope="col">note</th></tr></thead>
<tbody>
${rows(list)}
</tbody></table></div>`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Oxytocin-massage papers: audit report</title>
<style>${PAGE_CSS}${REPORT_CSS}</style></head>
<body>
<header><h1>Oxytocin-massage papers, re-run: audit report</h1>
<p class="totals" id="totals">${paperSlugs.length} papers: <b>${totals.findings} findings</b>; ${totals.total} distinct printed numbers: ${
    verdictCounts(totals.counts)
  }.${failedLine}</p></header>
<section id="summary" aria-labelledby="summary-heading"><h2 id="summary-heading">Findings per paper</h2>
<div class="cards">${paperSlugs.map(card).join("\n")}</div></section>
<section id="claims" aria-labelledby="claims-heading"><h2 id="claims-heading">Every printed number</h2>
<form id="filters" role="search" aria-label="Filter the claims" onsubmit="return false">
<label for="filter-paper">Paper</label> <select id="filter-paper" name="paper">${
    option("", "all")
  }${
    slugs.map((p) => option(p, roleOf(p) === "paper" ? p : `${p} (${roleOf(p)})`)).join("")
  }</select>
<label for="filter-verdict">Verdict</label> <select id="filter-verdict" name="verdict">${
    option("", "all")
  }${REPORT_VERDICTS.map((v) => option(v)).join("")}</select>
<label for="filter-kind">Kind</label> <select id="filter-kind" name="kind">${option("", "all")}${
    kinds.map((k) => option(k)).join("")
  }</select>
<label for="filter-search">Search</label> <input id="filter-search" name="q" type="search" placeholder="words in any order" autocomplete="off">
<button type="button" id="filter-clear">Clear</button>
<span id="visible-count" role="status" aria-live="polite">${claims.length} of ${claims.length} shown</span>
<span class="downloads">Download shown: <a id="download-json" href="#" download="audit-shown.json">audit.json</a> ·
<a id="download-csv" href="#" download="audit-shown.csv">CSV</a></span>
</form>
${table("claims-table", "The papers' printed numbers", paperClaims)}
<h2 id="worked-heading">The primer and the synthesis: worked numbers</h2>
<p>Their own computations, checked the same way but never added to the papers' totals.</p>
<div class="cards others">${otherSlugs.map(card).join("\n")}</div>
${table("worked-table", "Worked numbers of the primer and the synthesis", workedClaims)}
</section>
<section id="all-figures"><h2>Figures</h2>${figures || "<p>No figures.</p>"}</section>
<script id="audit-data" type="application/json">${data}</script>
<script>${REPORT_SCRIPT}</script>
</body></html>
`;
}

function verdictCounts(counts: Tally["counts"], slug?: string): string {
  const shown = NUMBER_VERDICTS.filter((v) => counts[v] > 0);
  if (shown.length === 0) return "none";
  return shown.map((v) => {
    const label = `${counts[v]} ${v}`;
    if (slug === undefined) return `<span class="verdict ${v}">${label}</span>`;
    const href = `?paper=${encodeURIComponent(slug)}&verdict=${v}#claims`;
    return `<a class="verdict ${v}" data-paper="${escapeHtml(slug)}" data-verdict="${v}" href="${
      escapeHtml(href)
    }" title="show ${escapeHtml(slug)}'s ${v} numbers">${label}</a>`;
  }).join(" ");
}

function bylineHtml(meta: PaperMeta | undefined): string {
  if (!meta) return "";
  const authors = meta.authors.length === 0
    ? `<span class="missing">authors not in the source text</span>`
    : `<span class="authors" title="${escapeHtml(meta.authors.join(", "))}">${
      escapeHtml(
        meta.authors.length > 3
          ? `${meta.authors.slice(0, 2).join(", ")} et al.`
          : meta.authors.join(", "),
      )
    }</span>`;
  const year = meta.year === null ? `<span class="missing">year?</span>` : String(meta.year);
  const journal = meta.journal
    ? `<i class="journal">${escapeHtml(meta.journal)}</i>`
    : `<span class="missing">journal not in the source text</span>`;
  return `<p class="byline">${authors} · <span class="year">${year}</span> · ${journal}</p>`;
}

/** How many finding titles a card shows before folding the rest. */
const FINDINGS_SHOWN = 3;

function cardHtml(tally: Tally, meta: PaperMeta | undefined, notebook: NotebookEntry | undefined) {
  const slug = tally.paper;
  const failed = tally.failures.length > 0;
  const role = tally.role;
  const title = meta?.title ?? notebook?.title ?? slug;
  const failures = tally.failures.map((f) =>
    `<div class="failure" role="alert"><span class="verdict failed">FAILED</span> <b>${
      escapeHtml(f.location)
    }</b>: <code>${escapeHtml(f.note)}</code></div>`
  ).join("");
  // The count and the first few titles stay on the first screen; the rest fold away.
  const item = (f: Tally["findings"][number]) =>
    `<li><a href="#${escapeHtml(claimAnchor({ paper: slug, id: f.firstClaim }))}">${
      escapeHtml(f.title)
    }</a> <span class="muted">(${f.claims} number${f.claims === 1 ? "" : "s"})</span></li>`;
  const shown = tally.findings.slice(0, FINDINGS_SHOWN);
  const folded = tally.findings.slice(FINDINGS_SHOWN);
  const findingsHead = `<b>${tally.findings.length === 0 ? "No" : tally.findings.length} finding${
    tally.findings.length === 1 ? "" : "s"
  }</b>`;
  const findingsList = tally.findings.length === 0
    ? ""
    : `<ol class="findings">${shown.map(item).join("")}</ol>${
      folded.length === 0
        ? ""
        : `<details class="more-findings"><summary>${folded.length} more finding${
          folded.length === 1 ? "" : "s"
        }</summary><ol class="findings" start="${FINDINGS_SHOWN + 1}">${
          folded.map(item).join("")
        }</ol></details>`
    }`;
  const lead = role === "paper" ? `${findingsHead}; ` : "";
  const numbers = failed && tally.total === 0
    ? `<p class="numbers">${lead}<b>no printed numbers recorded</b>: the notebook stopped before them.</p>`
    : `<p class="numbers">${lead}<b>${tally.total} distinct printed number${
      tally.total === 1 ? "" : "s"
    }${failed ? " (partial: the notebook stopped)" : ""}</b>: ${
      verdictCounts(tally.counts, slug)
    }</p>`;
  const details = meta && (meta.design || meta.statedN?.length || meta.tests?.length)
    ? `<details><summary>Design, stated n, tests</summary><dl>${
      meta.design ? `<dt>Design</dt><dd>${escapeHtml(meta.design)}</dd>` : ""
    }${meta.statedN?.length ? `<dt>Stated n</dt><dd>${meta.statedN.join(", ")}</dd>` : ""}${
      meta.tests?.length ? `<dt>Tests</dt><dd>${escapeHtml(meta.tests.join("; "))}</dd>` : ""
    }</dl></details>`
    : "";
  const links = notebook
    ? `<p><a href="${escapeHtml(notebook.page)}">Read the executed notebook</a>${
      (notebook.figures ?? []).length > 0
        ? ` · <a href="#figures-${escapeHtml(slug)}">Figures (${notebook.figures!.length})</a>`
        : ""
    }</p>`
    : "";
  return `<article class="card ${role}${failed ? " failed" : ""}" id="paper-${escapeHtml(slug)}">
${failed ? `<p class="failed-banner">FAILED</p>` : ""}${bylineHtml(meta)}
<h3 class="paper-title">${escapeHtml(title)}${
    role === "paper" ? "" : ` <span class="muted">(${role})</span>`
  }</h3>
${failures}${numbers}${role === "paper" ? findingsList : ""}${details}${links}
</article>`;
}

function rowHtml(c: AuditRecord, index: number): string {
  const anchor = claimAnchor(c);
  const search = [
    c.paper,
    c.id,
    c.kind,
    c.label ?? "",
    c.location,
    c.quote ?? "",
    c.reported ?? "",
    c.note,
    c.finding?.title ?? "",
    c.slip ?? "",
    c.verdict,
  ].join(" \u0001 ").toLowerCase();
  const support = c.support
    ? ` <span class="support">${c.support.k} of ${c.support.of}</span>`
    : "";
  const slip = c.slip ? `<div class="slip">slip: ${escapeHtml(c.slip)}</div>` : "";
  const links = c.links.length
    ? `<div class="links">relates to ${
      c.links.map((id) =>
        `<a href="#${escapeHtml(claimAnchor({ paper: c.paper, id }))}">${escapeHtml(id)}</a>`
      ).join(", ")
    }</div>`
    : "";
  const readings = c.readings.length > 1 || (c.readings.length === 1 && c.readings[0].assumption)
    ? `<details class="readings"><summary>${
      c.readings.filter((r) => r.prints).length
    } of ${c.readings.length} readings print</summary><ul>${
      c.readings.map((r) =>
        `<li class="${r.prints ? "prints" : "fails"}">${r.prints ? "prints" : "does not print"}: ${
          escapeHtml(r.assumption)
        } → ${escapeHtml(formatComputed(r.computed))}${r.rule ? ` (${escapeHtml(r.rule)})` : ""}${
          r.members ? `; ${r.members.prints} of ${r.members.of} values print` : ""
        }</li>`
      ).join("")
    }</ul></details>`
    : "";
  const what = c.label ? escapeHtml(c.label) : `<code>${escapeHtml(c.id)}</code>`;
  const quote = c.quote ? `<q lang="id">${escapeHtml(c.quote)}</q>` : "";
  return `<tr id="${escapeHtml(anchor)}" class="claim ${c.verdict}" data-index="${index}" ` +
    `data-paper="${escapeHtml(c.paper)}" data-verdict="${c.verdict}" data-kind="${
      escapeHtml(c.kind)
    }" data-search="${escapeHtml(search)}">` +
    `<td data-label="paper">${escapeHtml(c.paper)}</td><td data-label="location">${
      escapeHtml(c.location)
    }</td>` +
    `<td data-label="claim">${what} <a class="anchor" href="#${
      escapeHtml(anchor)
    }" aria-label="link to ${escapeHtml(anchor)}">#</a>${quote ? `<br>${quote}` : ""}</td>` +
    `<td class="reported" data-label="reported">${
      c.reported === null ? "—" : escapeHtml(c.reported)
    }</td>` +
    `<td data-label="computed">${escapeHtml(formatComputed(c.computed))}</td>` +
    `<td data-label="verdict"><span class="verdict ${c.verdict}">${
      c.verdict === "failed" ? "FAILED" : c.verdict
    }</span>${support}${slip}</td>` +
    `<td data-label="finding">${c.finding ? escapeHtml(c.finding.title) : ""}</td>` +
    `<td class="note" data-label="note">${escapeHtml(c.note)}${links}${readings}</td></tr>`;
}

function assertPapers(value: unknown): void {
  if (!Array.isArray(value)) throw new TypeError(`papers: expected an array, got ${show(value)}`);
  value.forEach((p, i) => {
    const at = `papers[${i}]`;
    if (p === null || typeof p !== "object") {
      throw new TypeError(`${at}: expected an object, got ${show(p)}`);
    }
    for (const field of ["slug", "title", "journal"]) {
      if (typeof p[field] !== "string") {
        throw new TypeError(`${at}.${field}: expected a string, got ${show(p[field])}`);
      }
    }
    if (!Array.isArray(p.authors) || !p.authors.every((a: unknown) => typeof a === "string")) {
      throw new TypeError(`${at}.authors: expected an array of names, got ${show(p.authors)}`);
    }
    if (p.year !== null && !Number.isInteger(p.year)) {
      throw new TypeError(`${at}.year: expected a whole year or null, got ${show(p.year)}`);
    }
  });
}

function assertNotebooks(value: unknown): void {
  if (!Array.isArray(value)) {
    throw new TypeError(`notebooks: expected an array, got ${show(value)}`);
  }
  value.forEach((n, i) => {
    const at = `notebooks[${i}]`;
    if (n === null || typeof n !== "object") {
      throw new TypeError(`${at}: expected an object, got ${show(n)}`);
    }
    for (const field of ["file", "page", "paper"]) {
      if (typeof n[field] !== "string") {
        throw new TypeError(`${at}.${field}: expected a string, got ${show(n[field])}`);
      }
    }
    if (!(CLAIM_ROLES as readonly unknown[]).includes(n.role)) {
      throw new TypeError(
        `${at}.role: expected one of ${CLAIM_ROLES.join(", ")}, got ${show(n.role)}`,
      );
    }
  });
}

function show(value: unknown): string {
  return value === undefined ? "undefined" : JSON.stringify(value)?.slice(0, 60) ?? String(value);
}

const REPORT_CSS = `
body { max-width: 1400px; }
header .totals { font-size: 1.05rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: .75rem; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: .6rem .75rem; font-size: 14px;
  line-height: 1.45; }
.card.failed { border: 3px solid var(--failed); background: #fff5f5; }
.failed-banner { margin: 0 0 .25rem; color: var(--failed); font-weight: 800; letter-spacing: .08em; }
.failed-text { color: var(--failed); }
.failure { margin: .4rem 0; overflow-wrap: anywhere; }
.byline { margin: 0; font-weight: 600; }
.byline .missing, .muted { color: var(--muted); font-weight: 400; }
.card .paper-title { margin: .2rem 0 .4rem; font-size: 13px; font-weight: 400; color: var(--muted); }
.findings { margin: .25rem 0 .5rem; padding-left: 1.25rem; }
.numbers { margin: .4rem 0; }
.more-findings summary { color: var(--muted); cursor: pointer; }
.numbers a.verdict { text-decoration: none; }
.card dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .75rem; margin: .5rem 0; }
.card dt { color: var(--muted); } .card dd { margin: 0; font-size: 13px; }
#filters { display: flex; flex-wrap: wrap; gap: .4rem .6rem; align-items: center; margin: .5rem 0;
  position: sticky; top: 0; z-index: 2; background: white; padding: .5rem 0;
  border-bottom: 1px solid var(--line); }
#filters label { font-weight: 600; }
#filters select, #filters input, #filters button { font: inherit; }
#filters :focus-visible, a:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
.table-wrap { overflow-x: auto; }
.claims-table { width: 100%; font-size: 13px; }
.claims-table caption { font-size: 15px; }
.claims-table td.note { color: var(--muted); max-width: 36rem; }
.claims-table td.reported { white-space: nowrap; font-weight: 600; }
tr.claim { scroll-margin-top: calc(var(--bar-height, 0px) + 12px); }
tr.claim:target, tr.claim.highlight { background: #fff8c5; outline: 3px solid #9a6700; outline-offset: -3px; }
.support { font-size: 12px; white-space: nowrap; }
.slip, .links { font-size: 12px; }
details.readings li.prints { color: var(--match); } details.readings li.fails { color: var(--fg); }
a.anchor { color: var(--muted); text-decoration: none; }
.report-figure { margin: 1rem 0; max-width: 760px; }
.report-figure figcaption { font-weight: 600; }
@media (max-width: 700px) {
  body { padding: .75rem; }
  h1 { font-size: 1.4rem; }
  #filters { position: static; }
  /* On a phone each row is a short card, label beside value, so the verdict is on screen. */
  .claims-table, .claims-table tbody, .claims-table tr, .claims-table td { display: block; }
  .claims-table thead { display: none; }
  .claims-table tr { border: 1px solid var(--line); border-radius: 6px; margin: .5rem 0; padding: .25rem .5rem; }
  .claims-table td { border: 0; padding: .1rem 0; max-width: none; }
  .claims-table td:empty { display: none; }
  .claims-table td::before { content: attr(data-label) ": "; color: var(--muted); font-weight: 400; }
}
`;
