/**
 * `deno task new <slug>`: scaffold a new paper: `data/<slug>/paper.json` and `printed.csv`, a
 * notebook that follows the anatomy of the others, and its test file. Existing files are never
 * overwritten. Fill in what the scaffold marks TODO: the notebook fails until paper.json is
 * complete, so a half-done paper cannot pass the suite unnoticed.
 *
 * @module
 */

/** What the scaffold needs to know about the paper. */
export interface NewPaper {
  slug: string;
  title: string;
  year: number;
  /** Every sample size the paper states, as the first one the abstract gives. */
  n: number;
  authors: string[];
  journal: string;
}

/** A file the scaffold writes, relative to the project root. */
export interface ScaffoldFile {
  path: string;
  text: string;
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const TODO = "TODO";

/**
 * The files for a new paper, numbered after the existing notebooks `existing` (file names).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const files = scaffold(
 *   { slug: "demo-town", title: "Pengaruh pijat oksitosin", year: 2024, n: 30,
 *     authors: ["Sari D"], journal: "Jurnal Kebidanan" },
 *   ["00-methods.ipynb", "01-a.ipynb", "90-synthesis.ipynb"],
 * );
 * assert.deepEqual(files.map((f) => f.path), [
 *   "data/demo-town/paper.json", "data/demo-town/printed.csv",
 *   "notebooks/02-demo-town.ipynb", "tests/papers/demo-town_test.ts",
 * ]);
 * ```
 */
export function scaffold(paper: NewPaper, existing: readonly string[]): ScaffoldFile[] {
  const { slug, title, year, n, authors, journal } = paper;
  if (typeof slug !== "string" || !SLUG.test(slug)) {
    throw new TypeError(`slug: expected lower-case letters, digits and "-", got ${String(slug)}`);
  }
  if (typeof title !== "string" || title.trim() === "") {
    throw new TypeError("title: expected the paper's title as printed");
  }
  if (!Number.isInteger(year) || year < 1900 || year > 2100) {
    throw new RangeError(`year: expected a year such as 2024, got ${String(year)}`);
  }
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new RangeError(`n: expected the sample size the paper states (>= 1), got ${String(n)}`);
  }
  if (!Array.isArray(authors) || authors.some((a) => typeof a !== "string" || a.trim() === "")) {
    throw new TypeError("authors: expected the authors' names as printed");
  }
  if (existing.some((f) => f.replace(/^\d+-/, "").replace(/\.ipynb$/, "") === slug)) {
    throw new RangeError(`slug: a notebook for "${slug}" already exists`);
  }
  const numbers = existing.map((f) => Number(/^(\d+)-/.exec(f)?.[1] ?? NaN))
    .filter((x) => Number.isInteger(x) && x < 90);
  const number = String(Math.max(0, ...numbers) + 1).padStart(2, "0");
  if (Number(number) >= 90) throw new RangeError("existing: notebooks 01 to 89 are all taken");
  const notebook = `notebooks/${number}-${slug}.ipynb`;
  const paperJson = {
    slug,
    title,
    authors: authors.length > 0 ? authors : [TODO],
    journal: journal || TODO,
    citation: `${authors.length > 0 ? authors.join(", ") : TODO}. ${title}. ${
      journal || TODO
    }, ${year}.`,
    year,
    setting: `${TODO}: where and when the data were collected, as the paper says`,
    design: `${TODO}: the design as the paper names it (quote it)`,
    statedN: [{ n, where: TODO, quote: `${TODO}: the words that state n = ${n}` }],
    tests: [`${TODO}: each test as the paper names it, with where`],
    tables: {},
  };
  return [
    { path: `data/${slug}/paper.json`, text: JSON.stringify(paperJson, null, 2) + "\n" },
    { path: `data/${slug}/printed.csv`, text: "id,location,kind,quote,reported,status\n" },
    { path: notebook, text: notebookText(paper, number) },
    { path: `tests/papers/${slug}_test.ts`, text: testText(slug, `${number}-${slug}.ipynb`) },
  ];
}

function cell(type: "markdown" | "code", source: string) {
  const lines = source.split("\n").map((l, i, all) => (i < all.length - 1 ? `${l}\n` : l));
  return type === "markdown"
    ? { cell_type: "markdown", metadata: {}, source: lines }
    : { cell_type: "code", execution_count: null, metadata: {}, outputs: [], source: lines };
}

function notebookText(paper: NewPaper, number: string): string {
  const first = paper.authors[0]?.split(/\s+/)[0] ?? paper.slug;
  const cells = [
    cell(
      "markdown",
      `# ${number} · ${paper.title} (${first}, ${paper.year})\n\n` +
        `**Paper.** ${paper.authors.join(", ")}. *${paper.title}*. ${paper.journal}, ` +
        `${paper.year}.\n\n${TODO}: what the paper claims, in two sentences.\n\n` +
        `[Ringkasan (Bahasa Indonesia)](#Ringkasan)`,
    ),
    cell(
      "code",
      `import { loadPaper, loadTable, openLedger, show, showClaims, showSummaryPlaceholder, ` +
        `table } from "../lib/mod.ts";\n\n` +
        `const paper = await loadPaper("${paper.slug}");\n` +
        `const unfinished = JSON.stringify(paper).includes("${TODO}");\n` +
        `if (unfinished) throw new Error("data/${paper.slug}/paper.json still has ${TODO}s");\n` +
        `const ledger = await openLedger("${paper.slug}");\n` +
        `await showSummaryPlaceholder(ledger);`,
    ),
    cell(
      "markdown",
      "## The data as printed\n\nEvery table transcribed into `data/" + paper.slug +
        "/` exactly as printed (strings), listed in paper.json's `tables`.",
    ),
    cell(
      "code",
      "for (const name of Object.keys(paper.tables)) {\n" +
        `  const printed = await loadTable("${paper.slug}", name);\n` +
        "  await show(table(printed.rows, { caption: printed.title }));\n}",
    ),
    cell(
      "markdown",
      "## Reported results\n\nOne section per reported result: quote the paper, explain the " +
        "method for a student, compute it through `lib/`, and judge each printed number under " +
        'its readings, e.g.\n\n```ts\nledger.evaluate("abstrak.p", {\n  label: "Wilcoxon p",\n' +
        '  readings: [{ assumption: "SPSS, no continuity correction", computed: p }],\n});\n```',
    ),
    cell(
      "markdown",
      "## Findings, and the claims table\n\n`showClaims` refuses to finish while a claim row of " +
        "printed.csv is left unjudged.",
    ),
    cell("code", "await showClaims(ledger);"),
    cell(
      "markdown",
      `## Conclusions\n\n${TODO}: what holds, what does not, what cannot be checked.`,
    ),
    cell("markdown", `## Ringkasan\n\n${TODO}: the same conclusions in Bahasa Indonesia.`),
  ];
  const nb = {
    cells,
    metadata: {
      kernelspec: { display_name: "Deno", language: "typescript", name: "deno" },
      language_info: { file_extension: ".ts", mimetype: "text/x.typescript", name: "typescript" },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return JSON.stringify(nb, null, 1) + "\n";
}

function testText(slug: string, notebook: string): string {
  return `// ${slug}: the notebook runs headless and pins every claim's verdict. Add, for each claim,
// its verdict and the key computed values with the R or SciPy call beside each reference value.
import assert from "node:assert/strict";
import { runNotebookOnce } from "../../tools/runner.ts";

const path = new URL("../../notebooks/${notebook}", import.meta.url).pathname;

Deno.test("${slug}: the notebook runs and judges every printed number once", async () => {
  const run = await runNotebookOnce(path);
  assert.equal(run.error, null, JSON.stringify(run.error));
  const ids = run.claims.map((c) => c.id);
  assert.equal(new Set(ids).size, ids.length);
});
`;
}

function usage(): string {
  return [
    "usage: deno task new <slug> --title <title> --year <year> --n <n> " +
    "[--author <name>]... [--journal <journal>]",
    "",
    "Writes data/<slug>/paper.json and printed.csv, notebooks/NN-<slug>.ipynb and",
    "tests/papers/<slug>_test.ts; never overwrites a file. Then: transcribe the tables into",
    "data/<slug>/*.csv, list every number printed in the body in printed.csv (deno task scan",
    "<paper.txt> --json gives a start), and fill in every TODO.",
  ].join("\n");
}

/** Parse the command line into a NewPaper (throws a RangeError with the usage on a mistake). */
export function parseNewArgs(args: readonly string[]): NewPaper {
  const options: Record<string, string[]> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith("--")) {
      const key = arg.slice(2);
      if (!["title", "year", "n", "author", "journal"].includes(key) || i + 1 >= args.length) {
        throw new RangeError(`${arg}: unknown option or missing value\n\n${usage()}`);
      }
      (options[key] ??= []).push(args[++i]);
    } else positional.push(arg);
  }
  if (positional.length !== 1) throw new RangeError(`expected one slug\n\n${usage()}`);
  for (const key of ["title", "year", "n"]) {
    if (!options[key]) throw new RangeError(`--${key} is required\n\n${usage()}`);
  }
  return {
    slug: positional[0],
    title: options.title[0],
    year: Number(options.year[0]),
    n: Number(options.n[0]),
    authors: options.author ?? [],
    journal: options.journal?.[0] ?? "",
  };
}

if (import.meta.main) {
  if (Deno.args.includes("--help") || Deno.args.length === 0) {
    console.log(usage());
    Deno.exit(Deno.args.length === 0 ? 2 : 0);
  }
  try {
    const root = new URL("../", import.meta.url);
    const existing: string[] = [];
    for await (const e of Deno.readDir(new URL("notebooks/", root))) existing.push(e.name);
    const files = scaffold(parseNewArgs(Deno.args), existing);
    for (const file of files) {
      const url = new URL(file.path, root);
      await Deno.mkdir(new URL(".", url), { recursive: true });
      await Deno.writeTextFile(url, file.text, { createNew: true });
      console.log(`wrote ${file.path}`);
    }
  } catch (error) {
    console.error((error as Error).message);
    Deno.exit(error instanceof Deno.errors.AlreadyExists ? 1 : 2);
  }
}
