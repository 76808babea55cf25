/**
 * `deno task reproduce [notebook...]`: run the notebooks headless (all of them, or those named),
 * print progress and a table of findings and printed numbers by verdict per paper, write
 * reports/audit.json, reports/index.html and an executed copy of each notebook under reports/.
 * A notebook that fails is a "failed" record in audit.json and a FAILED card in the report, and
 * the exit code is 1. With `--json`, the audit goes to stdout and progress to stderr.
 *
 * @module
 */

import { type AuditRecord, failedNotebookRecord, type ReportRole } from "./audit_record.ts";
import { type NotebookEntry, type PaperMeta, renderReport } from "./html_report.ts";
import { listPapers, loadPaper } from "../lib/data/load.ts";
import { listNotebooks } from "./notebooks.ts";
import { tallyTable } from "./report_counts.ts";
import { notebookHtml } from "./render_html.ts";
import { cellSource, type NotebookRun, runNotebookOnce } from "./runner.ts";

const ROOT = new URL("../", import.meta.url);
const DEFAULT_REPORTS = new URL("reports/", ROOT);

/** What `deno task reproduce --help` prints. */
export const USAGE = `Usage: deno task reproduce [--json] [notebook...]

Runs the notebooks headless (only Deno is needed) and writes reports/index.html (open it in a
browser), reports/audit.json and an executed copy of each notebook under reports/.

  notebook    run only these: a path (notebooks/03-masohi.ipynb), a file name (03-masohi.ipynb,
              03-masohi) or a paper's slug (masohi); default: every notebook in notebooks/.
              The reports then hold only the notebooks run.
  --json      print the audit (one record per printed number) to stdout, progress to stderr
  -h, --help  print this help and exit

Exit status: 0 when every notebook ran, 1 when one failed, 2 for a usage error.`;

/** A command-line mistake: the caller prints it with the usage and exits with status 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/**
 * Read reproduce's arguments; unknown flags are a UsageError.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(parseReproduceArgs(["--json", "masohi"]),
 *   { help: false, json: true, notebooks: ["masohi"] });
 * assert.throws(() => parseReproduceArgs(["--jsn"]), /unknown option "--jsn"/);
 * ```
 */
export function parseReproduceArgs(
  args: readonly string[],
): { help: boolean; json: boolean; notebooks: string[] } {
  const parsed = { help: false, json: false, notebooks: [] as string[] };
  for (const arg of args) {
    if (arg === "--help" || arg === "-h") parsed.help = true;
    else if (arg === "--json") parsed.json = true;
    else if (arg.startsWith("-")) throw new UsageError(`unknown option "${arg}"`);
    else parsed.notebooks.push(arg);
  }
  return parsed;
}

/**
 * The notebook files the names given refer to, in the order given: an existing path, or a file
 * name or slug among the available notebooks. An unknown name is a UsageError listing them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const available = ["/r/notebooks/00-methods.ipynb", "/r/notebooks/03-masohi.ipynb"];
 * assert.deepEqual(resolveNotebooks(["masohi", "00-methods"], available),
 *   ["/r/notebooks/03-masohi.ipynb", "/r/notebooks/00-methods.ipynb"]);
 * assert.throws(() => resolveNotebooks(["masohii"], available), /no notebook "masohii"/);
 * ```
 */
export function resolveNotebooks(
  names: readonly string[],
  available: readonly string[],
  exists: (path: string) => boolean = () => false,
): string[] {
  const stem = (path: string) => path.split("/").pop()!.replace(/\.ipynb$/, "");
  return names.map((name) => {
    const found = available.find((path) =>
      path.endsWith(`/${name}`) || stem(path) === stem(name) ||
      stem(path).replace(/^\d+-/, "") === name
    );
    if (found) return found;
    if (name.endsWith(".ipynb") && exists(name)) return name;
    throw new UsageError(
      `no notebook "${name}"; available: ${available.map((p) => stem(p)).join(", ")}`,
    );
  });
}

/**
 * The audit records of a set of runs: each run's claims (missing fields filled so every record
 * has the audit.json shape), then a "failed" record for each notebook that did not finish.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const failed = { path: "n/03-masohi.ipynb", ok: false, claims: [],
 *   error: { cell: 4, name: "RangeError", message: "bad row" } };
 * const [record] = auditRecords([failed], { papers: ["masohi"] });
 * assert.equal(record.verdict, "failed");
 * assert.equal(record.note, "RangeError: bad row");
 * ```
 */
export function auditRecords(
  runs: readonly Pick<NotebookRun, "path" | "ok" | "error" | "claims">[],
  context: { papers: readonly string[] },
): AuditRecord[] {
  return runs.flatMap((run) => {
    const name = run.path.split("/").pop()!;
    const slug = notebookSlug(run);
    const role = roleOf(name, slug, context.papers);
    const records = (run.claims as unknown as Record<string, unknown>[]).map((c) =>
      toRecord(c, role)
    );
    if (!run.ok && run.error) {
      records.push(failedNotebookRecord({
        paper: slug,
        role,
        notebook: name,
        cell: run.error.cell,
        error: `${run.error.name}: ${run.error.message}`,
      }));
    }
    return records;
  });
}

/**
 * A paper's card metadata from data/<slug>/paper.json (authors and journal as transcribed).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const meta = await paperMeta("tasikharjo");
 * assert.equal(meta.year, 2025);
 * assert.ok(meta.authors.length > 0);
 * ```
 */
export async function paperMeta(slug: string): Promise<PaperMeta> {
  const paper = await loadPaper(slug);
  const authors = Array.isArray(paper.authors) ? paper.authors.map(String) : [];
  return {
    slug,
    title: paper.title,
    authors,
    year: typeof paper.year === "number" ? paper.year : null,
    journal: typeof paper.journal === "string" ? paper.journal : "",
    design: paper.design,
    statedN: paper.statedN.map((s) => s.n),
    tests: paper.tests,
  };
}

/**
 * Run the notebooks (all, or those given) and write the reports under reports/ (or `outDir`);
 * resolves to the runs and the audit records written.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const outDir = new URL("../reports/.doc-reproduce/", import.meta.url);
 * const notebook = new URL("../tests/fixtures/error.ipynb", import.meta.url).pathname;
 * const { records } = await reproduce({ notebooks: [notebook], outDir, log: () => {} });
 * assert.equal(records.at(-1)?.verdict, "failed");
 * await Deno.remove(outDir, { recursive: true });
 * ```
 */
export async function reproduce(
  options: { log?: (line: string) => void; notebooks?: string[]; outDir?: URL } = {},
): Promise<{ runs: NotebookRun[]; records: AuditRecord[] }> {
  const log = options.log ?? console.log;
  const paths = options.notebooks ?? await listNotebooks();
  const REPORTS = options.outDir ?? DEFAULT_REPORTS;
  await Deno.mkdir(REPORTS, { recursive: true });
  const runs: NotebookRun[] = [];
  for (const path of paths) {
    const run = await runNotebookOnce(path);
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
  const known = await listPapers();
  const records = auditRecords(runs, { papers: known });
  await Deno.writeTextFile(new URL("audit.json", REPORTS), JSON.stringify(records, null, 2) + "\n");
  const notebooks = runs.map((run) => notebookEntry(run, known));
  const slugs = [...new Set(notebooks.map((n) => n.paper))].filter((s) => known.includes(s));
  const papers = await Promise.all(slugs.map(paperMeta));
  await Deno.writeTextFile(
    new URL("index.html", REPORTS),
    renderReport({ claims: records, papers, notebooks }),
  );
  return { runs, records };
}

/**
 * The command line: parse, print usage or run; resolves to the exit status. `run` is the
 * reproduce step (injectable so argument handling is testable without running notebooks).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const out: string[] = [];
 * const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(s) };
 * assert.equal(await main(["--bogus"], io), 2);
 * assert.match(out.join("\n"), /unknown option "--bogus"[^]*Usage: deno task reproduce/);
 * ```
 */
export async function main(
  args: readonly string[],
  io: { out: (line: string) => void; err: (line: string) => void } = {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  },
  run: typeof reproduce = reproduce,
): Promise<number> {
  let notebooks: string[] | undefined;
  let json = false;
  try {
    const parsed = parseReproduceArgs(args);
    if (parsed.help) {
      io.out(USAGE);
      return 0;
    }
    json = parsed.json;
    if (parsed.notebooks.length > 0) {
      notebooks = resolveNotebooks(parsed.notebooks, await listNotebooks(), existsFile);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`reproduce: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  const log = json ? io.err : io.out;
  const { runs, records } = await run({ log, notebooks });
  if (json) {
    io.out(JSON.stringify(records, null, 2));
  } else {
    io.out(`\n${tallyTable(records)}\n`);
    io.out(
      "wrote reports/index.html (open it in a browser), reports/audit.json, and each executed " +
        "notebook under reports/ (.ipynb and .html)",
    );
  }
  const failed = runs.filter((r) => !r.ok);
  if (failed.length > 0) {
    io.err(`${failed.length} notebook(s) failed`);
    return 1;
  }
  return 0;
}

function existsFile(path: string): boolean {
  try {
    return Deno.statSync(path).isFile;
  } catch {
    return false;
  }
}

function notebookSlug(run: Pick<NotebookRun, "path" | "claims">): string {
  const first = run.claims[0] as { paper?: unknown } | undefined;
  if (typeof first?.paper === "string") return first.paper;
  return run.path.split("/").pop()!.replace(/\.ipynb$/, "").replace(/^\d+-/, "");
}

function roleOf(file: string, slug: string, papers: readonly string[]): ReportRole {
  if (papers.includes(slug)) return "paper";
  return /synthesis/.test(file) ? "synthesis" : "primer";
}

// Every field of the audit.json shape, in its order; the ledger's own fields win.
function toRecord(c: Record<string, unknown>, role: ReportRole): AuditRecord {
  return {
    paper: c.paper,
    id: c.id,
    kind: c.kind,
    ...(typeof c.label === "string" ? { label: c.label } : {}),
    location: c.location,
    quote: c.quote ?? null,
    reported: c.reported ?? null,
    verdict: c.verdict,
    computed: c.computed ?? null,
    readings: c.readings ?? [],
    support: c.support ?? null,
    finding: c.finding ?? null,
    links: c.links ?? [],
    slip: c.slip ?? null,
    note: c.note ?? "",
    role: c.role ?? role,
  } as AuditRecord;
}

function notebookEntry(run: NotebookRun, papers: readonly string[]): NotebookEntry {
  const file = run.path.split("/").pop()!;
  const paper = notebookSlug(run);
  const title = run.executed.cells.filter((c) => c.cell_type === "markdown")
    .map((c) => /^#\s+(.+)$/m.exec(cellSource(c))?.[1]).find((h) => h !== undefined);
  // A figure is an SVG display; its title is the first line of its text description.
  const figures = run.outputs.flat().flatMap((out) => {
    if (out.output_type !== "display_data") return [];
    const markup = out.data["image/svg+xml"];
    if (typeof markup !== "string") return [];
    const first = String(out.data["text/plain"] ?? "").split("\n")[0];
    const caption = /^Figure: (.*)$/.exec(first)?.[1] ?? /^\[figure: (.*)\]$/.exec(first)?.[1];
    return [{ title: caption ?? "figure", markup }];
  });
  return {
    file,
    page: file.replace(/\.ipynb$/, ".html"),
    paper,
    role: roleOf(file, paper, papers),
    ...(title ? { title } : {}),
    figures,
  };
}

if (import.meta.main) Deno.exit(await main(Deno.args));
