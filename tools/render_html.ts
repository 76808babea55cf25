/**
 * An executed notebook rendered to one self-contained HTML page (Markdown, code, and text,
 * HTML and SVG outputs), so a reviewer can read it without Jupyter.
 *
 * @module
 */

import { marked } from "marked";
import { escapeHtml } from "../lib/notebook/display.ts";
import { cellSource, type Notebook, type Output } from "./runner.ts";

/** The CSS shared by the rendered notebooks and the report: readable, print-friendly. */
export const PAGE_CSS = `
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg-code: #f6f8fa;
  --match: #1a7f37; --consistent: #0a6e78; --rounding: #7a5c00; --mismatch: #cf222e;
  --contradiction: #8250df; --unverifiable: #59636e; --failed: #82071e; }
* { box-sizing: border-box; }
body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg);
  max-width: 1100px; margin: 0 auto; padding: 1.5rem; }
h1, h2, h3 { line-height: 1.25; }
a { color: #0969da; }
pre, code { font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, monospace; }
pre { background: var(--bg-code); padding: .75rem; overflow-x: auto; border-radius: 6px; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--bg-code); }
caption { caption-side: top; text-align: left; font-weight: 600; padding: .25rem 0; }
.cell { margin: 1rem 0; }
.cell.code > pre.source { border-left: 3px solid #0969da; }
.output { margin: .5rem 0 .5rem 1rem; overflow-x: auto; }
.output pre { background: white; border: 1px solid var(--line); }
.output.error pre { border-color: var(--mismatch); color: var(--mismatch); }
.verdict { display: inline-block; padding: .05rem .45rem; border-radius: 1rem; color: white;
  font-size: 12px; font-weight: 600; }
/* White on each verdict colour has a contrast of at least 4.5:1 (the browser check computes it). */
.verdict.match { background: var(--match); } .verdict.consistent { background: var(--consistent); }
.verdict.rounding { background: var(--rounding); } .verdict.mismatch { background: var(--mismatch); }
.verdict.contradiction { background: var(--contradiction); }
.verdict.unverifiable { background: var(--unverifiable); } .verdict.failed { background: var(--failed); }
tr.match td:nth-child(6) b { color: var(--match); }
tr.consistent td:nth-child(6) b { color: var(--consistent); }
tr.rounding td:nth-child(6) b { color: var(--rounding); }
tr.mismatch td:nth-child(6) b { color: var(--mismatch); }
tr.contradiction td:nth-child(6) b { color: var(--contradiction); }
tr.unverifiable td:nth-child(6) b { color: var(--unverifiable); }
svg { max-width: 100%; height: auto; }
`;

/**
 * Render one output as HTML: SVG and HTML as they are, Markdown through marked, text escaped.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const html = outputHtml({ output_type: "stream", name: "stdout", text: "a < b\n" });
 * assert.equal(html, '<div class="output stream"><pre>a &lt; b\n</pre></div>');
 * ```
 */
export function outputHtml(output: Output): string {
  switch (output.output_type) {
    case "stream":
      return `<div class="output stream"><pre>${escapeHtml(joinText(output.text))}</pre></div>`;
    case "error":
      return `<div class="output error"><pre>${
        escapeHtml(`${output.ename}: ${output.evalue}`)
      }</pre></div>`;
    default: {
      const data = (output as { data: Record<string, unknown> }).data;
      if (typeof data["image/svg+xml"] === "string" || Array.isArray(data["image/svg+xml"])) {
        return `<div class="output figure">${joinText(data["image/svg+xml"])}</div>`;
      }
      if (data["text/html"] !== undefined) {
        return `<div class="output html">${joinText(data["text/html"])}</div>`;
      }
      if (data["text/markdown"] !== undefined) {
        return `<div class="output markdown">${
          marked.parse(joinText(data["text/markdown"]), { async: false })
        }</div>`;
      }
      return `<div class="output text"><pre>${
        escapeHtml(joinText(data["text/plain"] ?? ""))
      }</pre></div>`;
    }
  }
}

/**
 * Render an executed notebook as a standalone HTML page.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const page = notebookHtml(
 *   { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{ cell_type: "markdown", source: "# Hi" }] },
 *   "demo",
 * );
 * assert.match(page, /<h1>Hi<\/h1>/);
 * ```
 */
export function notebookHtml(nb: Notebook, title: string): string {
  const cells = nb.cells.map((cell) => {
    const source = cellSource(cell);
    if (cell.cell_type === "markdown") {
      return `<div class="cell markdown">${marked.parse(source, { async: false })}</div>`;
    }
    if (cell.cell_type === "raw") return "";
    const outputs = (cell.outputs ?? []).map(outputHtml).join("\n");
    return `<div class="cell code"><pre class="source"><code>${
      escapeHtml(source)
    }</code></pre>${outputs}</div>`;
  });
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${PAGE_CSS}</style></head>
<body><p><a href="index.html">← back to the report</a></p>
${cells.join("\n")}
</body></html>
`;
}

function joinText(text: unknown): string {
  return Array.isArray(text) ? text.join("") : String(text);
}
