/**
 * Loading `data/<slug>/`: every table exactly as printed (CSV of strings) and `paper.json`
 * (citation, design, every stated n). Files are validated when loaded and never written.
 *
 * Paths resolve from this module's location, not the working directory, so the same call works
 * in the Jupyter kernel (cwd = notebooks/), headless and in tests.
 *
 * @module
 */

import { type CsvTable, parseCsv } from "./csv.ts";
import { COLUMN_TYPES, type ColumnType, validateColumns } from "./columns.ts";
import { jsonErrorOffset, lineAndColumn } from "./json_error_place.ts";

/** A sample size a paper states, with where and how it says so. */
export interface StatedN {
  n: number;
  where: string;
  /** The words as printed. */
  quote: string;
}

/** A printed table and the CSV file that transcribes it. */
export interface TableEntry {
  /** CSV file name inside data/<slug>/. */
  file: string;
  /** The table's caption as printed, e.g. "Tabel 2. Pengaruh Pijat Oksitosin ...". */
  title: string;
  /** Declared column types (count, percent, decimal, label), checked on every load. */
  columns?: Record<string, ColumnType>;
}

/** What `paper.json` holds. */
export interface Paper {
  slug: string;
  title: string;
  citation: string;
  year: number;
  setting: string;
  design: string;
  statedN: StatedN[];
  tests: string[];
  tables: Record<string, TableEntry>;
  /** Anything else the paper's folder records (kept, not validated). */
  [extra: string]: unknown;
}

const DATA_ROOT = new URL("../../data/", import.meta.url);
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Load and validate `data/<slug>/paper.json`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const paper = await loadPaper("masohi");
 * assert.equal(paper.statedN[0].n, 24);
 * ```
 */
export async function loadPaper(slug: string): Promise<Paper> {
  assertSlug(slug);
  const url = new URL(`${slug}/paper.json`, DATA_ROOT);
  return parsePaper(await readText(url, slug), slug);
}

/**
 * Parse and validate the text of a paper.json. A syntax error names the file, the line and the
 * column; a missing or ill-typed field names the file and the field.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.throws(
 *   () => parsePaper('{\n  "slug": "x",\n  "title": }', "x"),
 *   /^SyntaxError: data\/x\/paper.json: expected JSON, got an error at line 3, column 12/,
 * );
 * ```
 */
export function parsePaper(text: string, slug: string): Paper {
  const where = `data/${slug}/paper.json`;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new SyntaxError(
      `${where}: expected JSON, got an error at ${jsonErrorPlace(text, error as Error)}: ${
        (error as Error).message
      }`,
    );
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw new TypeError(`${where}: expected an object at the top level`);
  }
  return validatePaper(raw as Record<string, unknown>, slug);
}

// "line L, column C" of the first JSON error (located by our own scanner when the engine's
// message does not give it).
function jsonErrorPlace(text: string, error: Error): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(error.message);
  if (lineColumn) return `line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const offset = jsonErrorOffset(text);
  return lineAndColumn(text, offset < 0 ? text.length : offset);
}
/**
 * Load a table as printed: `loadTable("masohi", "table2")` reads the file paper.json names for
 * "table2", every cell a string. Column types declared in paper.json (`tables.table2.columns`)
 * or passed as `options.columns` are checked cell by cell; a failure names the file, row,
 * column and value.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const t2 = await loadTable("paringin-selatan", "table2");
 * assert.deepEqual(t2.rows[0], {
 *   No: "1", "Produksi ASI": "Dilakukan Pijat Oksitosin", N: "10", Mean: "7.50", Sum: "75.00",
 * });
 * ```
 */
export async function loadTable(
  slug: string,
  name: string,
  options: { columns?: Record<string, ColumnType> } = {},
): Promise<CsvTable & { title: string }> {
  if (options === null || typeof options !== "object") {
    throw new TypeError(`options: expected { columns }, got ${options}`);
  }
  const paper = await loadPaper(slug);
  const entry = paper.tables[name];
  if (!entry) {
    throw new RangeError(
      `name: no table "${name}" in data/${slug}/paper.json (tables: ${
        Object.keys(paper.tables).join(", ") || "none"
      })`,
    );
  }
  const url = new URL(`${slug}/${entry.file}`, DATA_ROOT);
  const source = `data/${slug}/${entry.file}`;
  const table = parseCsv(await readText(url, slug), source);
  const columns = { ...entry.columns, ...options.columns };
  validateColumns(table, columns, source);
  return { ...table, title: entry.title };
}

/**
 * Load any other file of a paper's folder as text (e.g. reconstructed data, named as such).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = await loadText("masohi", "table1.csv");
 * assert.ok(text.length > 0);
 * ```
 */
export function loadText(slug: string, file: string): Promise<string> {
  assertSlug(slug);
  if (typeof file !== "string" || file.includes("..") || file.startsWith("/")) {
    throw new TypeError(`file: expected a file name inside data/${slug}/, got ${String(file)}`);
  }
  return readText(new URL(`${slug}/${file}`, DATA_ROOT), slug);
}

/**
 * The slugs that have a folder with a paper.json under data/.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.ok((await listPapers()).includes("masohi"));
 * ```
 */
export async function listPapers(): Promise<string[]> {
  const slugs: string[] = [];
  for await (const entry of Deno.readDir(DATA_ROOT)) {
    if (!entry.isDirectory) continue;
    try {
      await Deno.stat(new URL(`${entry.name}/paper.json`, DATA_ROOT));
      slugs.push(entry.name);
    } catch {
      // A folder without paper.json is not a paper.
    }
  }
  return slugs.sort();
}

function validatePaper(raw: Record<string, unknown>, slug: string): Paper {
  const where = `data/${slug}/paper.json`;
  const requireString = (key: string) => {
    if (typeof raw[key] !== "string" || (raw[key] as string).trim() === "") {
      throw new TypeError(`${where}: "${key}" must be a non-empty string`);
    }
  };
  for (const key of ["slug", "title", "citation", "setting", "design"]) requireString(key);
  if (raw.slug !== slug) {
    throw new RangeError(`${where}: "slug" is "${raw.slug}", expected "${slug}"`);
  }
  if (!Number.isInteger(raw.year)) throw new TypeError(`${where}: "year" must be a whole number`);
  if (!Array.isArray(raw.statedN) || raw.statedN.length === 0) {
    throw new TypeError(`${where}: "statedN" must list every sample size the paper states`);
  }
  for (const [i, s] of (raw.statedN as Record<string, unknown>[]).entries()) {
    if (!Number.isInteger(s?.n) || (s.n as number) < 1) {
      throw new TypeError(`${where}: statedN[${i}].n must be a positive whole number`);
    }
    if (typeof s.where !== "string" || typeof s.quote !== "string") {
      throw new TypeError(`${where}: statedN[${i}] needs "where" and "quote" strings`);
    }
  }
  if (!Array.isArray(raw.tests) || raw.tests.some((t) => typeof t !== "string")) {
    throw new TypeError(`${where}: "tests" must be an array of strings (may be empty)`);
  }
  const tables = raw.tables ?? {};
  if (typeof tables !== "object" || Array.isArray(tables)) {
    throw new TypeError(`${where}: "tables" must map a name to { file, title }`);
  }
  for (const [name, entry] of Object.entries(tables as Record<string, Record<string, unknown>>)) {
    if (typeof entry?.file !== "string" || !/^[\w.-]+\.csv$/.test(entry.file)) {
      throw new TypeError(`${where}: tables.${name}.file must be a CSV file name`);
    }
    if (typeof entry.title !== "string") {
      throw new TypeError(`${where}: tables.${name}.title must be the caption as printed`);
    }
    if (entry.columns !== undefined) {
      if (
        entry.columns === null || typeof entry.columns !== "object" || Array.isArray(entry.columns)
      ) {
        throw new TypeError(`${where}: tables.${name}.columns must map a column to its type`);
      }
      for (const [column, type] of Object.entries(entry.columns as Record<string, unknown>)) {
        if (!COLUMN_TYPES.includes(type as ColumnType)) {
          throw new TypeError(
            `${where}: tables.${name}.columns["${column}"] must be one of ${
              COLUMN_TYPES.join(", ")
            }, got ${JSON.stringify(type)}`,
          );
        }
      }
    }
  }
  return { ...raw, tables } as Paper;
}

async function readText(url: URL, slug: string): Promise<string> {
  try {
    return await Deno.readTextFile(url);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      throw new RangeError(
        `slug: no file ${url.pathname.split("/data/")[1]} under data/ (${slug})`,
      );
    }
    throw error;
  }
}

function assertSlug(slug: string): void {
  if (typeof slug !== "string" || !SLUG.test(slug)) {
    throw new TypeError(`slug: expected a paper slug such as "masohi", got ${String(slug)}`);
  }
}
