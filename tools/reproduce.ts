/**
 * `deno task reproduce`: run every notebook headless, print progress and a table of claims by
 * verdict per paper, write reports/audit.json and an executed copy of each notebook under
 * reports/. Exits non-zero when any notebook fails. With `--json`, the audit goes to stdout and
 * progress to stderr.
 *
 * @module
 */

import type { Claim } from "../lib/audit/claim.ts";
import { reportHtml, type ReportSection } from "./html_report.ts";
import { verdictTable } from "../lib/audit/summary.ts";
import { listPapers, loadPaper } from "../lib/data/load.ts";
import { listNotebooks } from "./notebooks.ts";
import { notebookHtml } from "./render_html.ts";
import { cellSource, type NotebookRun, runNotebook } from "./runner.ts";

const ROOT = new URL("../", import.meta.url);
const DEFAULT_REPORTS = new URL("reports/", ROOT);

/**
 * Run every notebook (or those given) and write the reports under reports/ (or `outDir`);
 * resolves to the runs.
 *
 * @example
 * ```ts
 * const runs = await reproduce({ log: console.error });
 * ```
 */
export async function reproduce(
  options: { log?: (line: string) => void; notebooks?: string[]; outDir?: URL } = {},
): Promise<NotebookRun[]> {
  const log = options.log ?? console.log;
  const paths = options.notebooks ?? await listNotebooks();
  const REPORTS = options.outDir ?? DEFAULT_REPORTS;
  await Deno.mkdir(REPORTS, { recursive: true });
  const runs: NotebookRun[] = [];
  for (const path of paths) {
    const run = await runNotebook(path);
    runs.push(run);
    const name = path.split("/").pop()!;
    const seconds = (run.ms / 1000).toFixed(1).padStart(5);
    log(
      run.ok
        ? `ok    ${name.padEnd(30)} ${seconds} s  ${run.claims.length} claims`
        : `FAIL  ${name.padEnd(30)} ${seconds} s  ${
          run.error!.cell === 0 ? "loading its imports" : `cell ${run.error!.cell}`
        }: ${run.error!.name}: ${run.error!.message}`,
    );
    await Deno.writeTextFile(new URL(name, REPORTS), JSON.stringify(run.executed, null, 1) + "\n");
    const page = name.replace(/\.ipynb$/, ".html");
    await Deno.writeTextFile(new URL(page, REPORTS), notebookHtml(run.executed, name));
  }
  const claims: Claim[] = runs.flatMap((r) => r.claims);
  await Deno.writeTextFile(new URL("audit.json", REPORTS), JSON.stringify(claims, null, 2) + "\n");
  const sections = await Promise.all(runs.map(reportSection));
  await Deno.writeTextFile(new URL("index.html", REPORTS), reportHtml({ claims, sections }));
  return runs;
}

/**
 * What the report shows for one notebook run: its paper's metadata (from data/<slug>/ when the
 * notebook is a paper's), its figures and the link to its rendered page.
 *
 * @example
 * ```ts
 * const section = await reportSection(run);
 * ```
 */
export async function reportSection(run: NotebookRun): Promise<ReportSection> {
  const name = run.path.split("/").pop()!;
  const slug = run.claims[0]?.paper ?? name.replace(/^\d+-/, "").replace(/\.ipynb$/, "");
  const heading = run.executed.cells.filter((c) => c.cell_type === "markdown")
    .map((c) => /^#\s+(.+)$/m.exec(cellSource(c))?.[1]).find((h) => h !== undefined);
  const figures = run.outputs.flat().flatMap((out) => {
    if (out.output_type !== "display_data") return [];
    const plain = String(out.data["text/plain"] ?? "");
    const markup = out.data["image/svg+xml"] ?? out.data["text/html"];
    const title = /^\[figure: (.*)\]$/.exec(plain)?.[1];
    return title !== undefined && typeof markup === "string" ? [{ title, markup }] : [];
  });
  const base = { slug, notebook: name.replace(/\.ipynb$/, ".html"), figures };
  if ((await listPapers()).includes(slug)) {
    const paper = await loadPaper(slug);
    return {
      ...base,
      title: paper.title,
      design: paper.design,
      statedN: paper.statedN.map((s) => s.n),
      tests: paper.tests,
    };
  }
  return { ...base, title: heading ?? name, design: "", statedN: [], tests: [] };
}

if (import.meta.main) {
  const json = Deno.args.includes("--json");
  const log = json ? (line: string) => console.error(line) : (line: string) => console.log(line);
  const runs = await reproduce({ log });
  const claims = runs.flatMap((r) => r.claims);
  if (json) {
    console.log(JSON.stringify(claims, null, 2));
  } else {
    console.log(`\n${verdictTable(claims)}\n`);
    console.log(
      "wrote reports/index.html (open it in a browser), reports/audit.json, and each executed " +
        "notebook under reports/ (.ipynb and .html)",
    );
  }
  const failed = runs.filter((r) => !r.ok);
  if (failed.length > 0) {
    console.error(`${failed.length} notebook(s) failed`);
    Deno.exit(1);
  }
}
