/**
 * The headless runner: executes a notebook's code cells in order with only Deno (no Python, no
 * Jupyter), records what each cell displays and prints, and collects the claims its ledgers
 * hold.
 *
 * The code cells become one module, in order, so a variable from one cell is visible in the
 * next and top-level await works as in the kernel. Before each cell the module tells the runner
 * which cell is starting, so an error is reported with its notebook and cell number. Relative
 * imports are rewritten to absolute URLs so the module can live under reports/.
 *
 * @module
 */

import type { Claim } from "../lib/audit/claim.ts";
import { CLAIMS_MIME, type ClaimsPayload } from "../lib/notebook/claims_display.ts";
import { currentRecorder, type MimeBundle, setRecorder } from "../lib/notebook/display.ts";

/** One output of a cell, in nbformat 4 shape. */
export type Output =
  | { output_type: "display_data"; data: MimeBundle; metadata: Record<string, never> }
  | { output_type: "stream"; name: "stdout" | "stderr"; text: string }
  | { output_type: "error"; ename: string; evalue: string; traceback: string[] };

/** A notebook cell in nbformat 4 shape (only what the runner reads and writes). */
export interface NotebookCell {
  cell_type: "code" | "markdown" | "raw";
  source: string | string[];
  metadata?: Record<string, unknown>;
  outputs?: Output[];
  execution_count?: number | null;
  id?: string;
}

/** A notebook file in nbformat 4 shape. */
export interface Notebook {
  cells: NotebookCell[];
  metadata: Record<string, unknown>;
  nbformat: number;
  nbformat_minor: number;
}

/** Where and why a notebook failed. */
export interface CellError {
  /** 1-based position among all cells, as a reader counts them in Jupyter; 0 when the
   * notebook's imports failed before any cell ran (imports are hoisted). */
  cell: number;
  name: string;
  message: string;
}

/** The result of running one notebook headless. */
export interface NotebookRun {
  path: string;
  ok: boolean;
  error: CellError | null;
  /** Outputs per cell (same length as the notebook's cells; non-code cells have none). */
  outputs: Output[][];
  claims: Claim[];
  /** The findings its claims belong to. */
  findings: ClaimsPayload["findings"];
  /** Wall time in milliseconds. */
  ms: number;
  /** The notebook with the outputs of this run, ready to write as an executed copy. */
  executed: Notebook;
}

const RUNNER = Symbol.for("oxytocin-audit.runner");
const SCRATCH = new URL("../reports/.headless/", import.meta.url);
let queue: Promise<unknown> = Promise.resolve();
let depth = 0;
let counter = 0;

/**
 * Read and validate a notebook file.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const nb = await readNotebook(new URL("../tests/fixtures/error.ipynb", import.meta.url));
 * assert.equal(nb.nbformat, 4);
 * ```
 */
export async function readNotebook(path: string | URL): Promise<Notebook> {
  const text = await Deno.readTextFile(path);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SyntaxError(`path: ${String(path)} is not JSON (${(error as Error).message})`);
  }
  const nb = json as Partial<Notebook>;
  if (nb.nbformat !== 4 || !Array.isArray(nb.cells)) {
    throw new TypeError(`path: ${String(path)} is not an nbformat 4 notebook`);
  }
  for (const [i, cell] of nb.cells.entries()) {
    if (!["code", "markdown", "raw"].includes(cell?.cell_type)) {
      throw new TypeError(`path: ${String(path)} cell ${i + 1} has no valid cell_type`);
    }
  }
  return nb as Notebook;
}

/**
 * A cell's source as one string.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(cellSource({ cell_type: "code", source: ["const a = 1;\n", "a"] }), "const a = 1;\na");
 * ```
 */
export function cellSource(cell: NotebookCell): string {
  return Array.isArray(cell.source) ? cell.source.join("") : cell.source;
}

/**
 * Rewrite relative import specifiers ("../lib/mod.ts") to absolute URLs against `base`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const code = rewriteRelativeImports('import { x } from "../lib/mod.ts";', new URL("file:///p/nb/"));
 * assert.equal(code, 'import { x } from "file:///p/lib/mod.ts";');
 * ```
 */
export function rewriteRelativeImports(code: string, base: URL): string {
  const absolute = (spec: string) => new URL(spec, base).href;
  return code
    .replace(
      /(\bfrom\s*)(["'])(\.{1,2}\/[^"']+)\2/g,
      (_, pre, q, spec) => `${pre}${q}${absolute(spec)}${q}`,
    )
    .replace(
      /(\bimport\s*)(["'])(\.{1,2}\/[^"']+)\2/g,
      (_, pre, q, spec) => `${pre}${q}${absolute(spec)}${q}`,
    )
    .replace(
      /(\bimport\s*\(\s*)(["'])(\.{1,2}\/[^"']+)\2/g,
      (_, pre, q, spec) => `${pre}${q}${absolute(spec)}${q}`,
    );
}

/**
 * The notebook's code cells as one TypeScript module. With `markers`, each cell first tells the
 * runner it is starting (for error locations); without, the module is plain (for type checks).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const nb = await readNotebook(new URL("../tests/fixtures/error.ipynb", import.meta.url));
 * const source = notebookModule(nb, new URL("file:///p/notebooks/"), { markers: false });
 * assert.match(source, /boom in cell 3/);
 * ```
 */
export function notebookModule(nb: Notebook, base: URL, options: { markers: boolean }): string {
  const parts: string[] = [];
  if (options.markers) {
    parts.push(
      `// deno-lint-ignore-file\n// @ts-nocheck generated by tools/runner.ts\n` +
        `const __runner = (globalThis as any)[Symbol.for("oxytocin-audit.runner")];\n`,
    );
  }
  nb.cells.forEach((cell, i) => {
    if (cell.cell_type !== "code") return;
    const code = rewriteRelativeImports(cellSource(cell), base);
    parts.push(
      options.markers ? `__runner.begin(${i});\n${code}\n;` : `// ---- cell ${i + 1}\n${code}\n;`,
    );
  });
  return parts.join("\n");
}

/**
 * Run a notebook headless: execute its code cells in order, record displays and console output
 * per cell, collect the claims of every ledger it creates. Runs are serialised (the display
 * recorder is process-wide); a notebook may run another notebook (the synthesis reads the
 * papers' claims that way), in which case the inner run nests inside the outer one and its
 * claims stay its own.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const run = await runNotebook(new URL("../tests/fixtures/error.ipynb", import.meta.url).pathname);
 * assert.deepEqual(run.error, { cell: 3, name: "RangeError", message: "boom in cell 3" });
 * ```
 */
export function runNotebook(path: string): Promise<NotebookRun> {
  if (depth > 0) return runExclusive(path); // called from inside a running notebook
  const next = queue.then(() => runExclusive(path));
  queue = next.catch(() => undefined);
  return next;
}

const cache = new Map<string, { mtime: number; run: Promise<NotebookRun> }>();

/**
 * Run a notebook once per process: a later call with the same path returns the first run,
 * unless the file changed since. The test suite and the synthesis share runs this way.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const path = new URL("../tests/fixtures/displays.ipynb", import.meta.url).pathname;
 * assert.equal(await runNotebookOnce(path), await runNotebookOnce(path));
 * ```
 */
export async function runNotebookOnce(path: string): Promise<NotebookRun> {
  const absolute = new URL(path, `file://${Deno.cwd()}/`).pathname;
  const mtime = (await Deno.stat(absolute)).mtime?.getTime() ?? 0;
  const hit = cache.get(absolute);
  if (hit && hit.mtime === mtime) return hit.run;
  const run = runNotebook(path);
  cache.set(absolute, { mtime, run });
  return run;
}

async function runExclusive(path: string): Promise<NotebookRun> {
  depth += 1;
  try {
    return await runIsolated(path);
  } finally {
    depth -= 1;
  }
}

async function runIsolated(path: string): Promise<NotebookRun> {
  const started = performance.now();
  const notebookUrl = new URL(path, `file://${Deno.cwd()}/`);
  const nb = await readNotebook(notebookUrl);
  const outputs: Output[][] = nb.cells.map(() => []);
  let current = -1;
  const push = (output: Output) => {
    if (current >= 0) outputs[current].push(output);
  };
  const state = { begin: (i: number) => (current = i) };
  const globals = globalThis as unknown as Record<symbol, unknown>;
  const outerRecorder = currentRecorder();
  const outerRunner = globals[RUNNER];
  const restoreConsole = captureConsole(push);
  const displayIds = new WeakMap<object, string>();
  globals[RUNNER] = state;
  setRecorder({
    display(bundle, { displayId, update }) {
      if (update && displayId) {
        for (const cellOutputs of outputs) {
          for (const out of cellOutputs) {
            if (out.output_type === "display_data" && displayIds.get(out) === displayId) {
              out.data = bundle;
              return;
            }
          }
        }
      }
      const out: Output = { output_type: "display_data", data: bundle, metadata: {} };
      if (displayId) displayIds.set(out, displayId);
      push(out);
    },
  });
  let error: CellError | null = null;
  await Deno.mkdir(SCRATCH, { recursive: true });
  const stem = notebookUrl.pathname.split("/").pop()!.replace(/\.ipynb$/, "");
  const moduleUrl = new URL(`${stem}-${Date.now()}-${counter++}.ts`, SCRATCH);
  try {
    await Deno.writeTextFile(
      moduleUrl,
      notebookModule(nb, new URL(".", notebookUrl), { markers: true }),
    );
    await import(moduleUrl.href);
  } catch (caught) {
    const e = caught instanceof Error ? caught : new Error(String(caught));
    error = { cell: current + 1, name: e.name, message: e.message };
    if (current >= 0) {
      outputs[current].push({
        output_type: "error",
        ename: e.name,
        evalue: e.message,
        traceback: [`${e.name}: ${e.message}`],
      });
    }
  } finally {
    restoreConsole();
    setRecorder(outerRecorder);
    if (outerRunner === undefined) delete globals[RUNNER];
    else globals[RUNNER] = outerRunner;
    await Deno.remove(moduleUrl).catch(() => undefined);
  }
  const { claims, findings } = collectClaims(outputs);
  let count = 0;
  const executed: Notebook = {
    ...nb,
    cells: nb.cells.map((cell, i) =>
      cell.cell_type === "code"
        ? { ...cell, outputs: outputs[i], execution_count: ++count }
        : { ...cell }
    ),
  };
  return {
    path,
    ok: error === null,
    error,
    outputs,
    claims,
    findings,
    ms: performance.now() - started,
    executed,
  };
}

function captureConsole(push: (output: Output) => void): () => void {
  const original = { ...console };
  const stream = (name: "stdout" | "stderr") => (...args: unknown[]) => {
    const text = args.map((a) => typeof a === "string" ? a : Deno.inspect(a, { colors: false }))
      .join(" ");
    push({ output_type: "stream", name, text: `${text}\n` });
  };
  console.log = stream("stdout");
  console.info = stream("stdout");
  console.warn = stream("stderr");
  console.error = stream("stderr");
  return () => Object.assign(console, original);
}

/**
 * The claims a notebook showed: the last claims display (CLAIMS_MIME) of each paper wins, so a
 * re-shown table replaces an earlier one.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(collectClaims([[{ output_type: "stream", name: "stdout", text: "hi" }]]),
 *   { claims: [], findings: [] });
 * ```
 */
export function collectClaims(
  outputs: readonly Output[][],
): { claims: Claim[]; findings: ClaimsPayload["findings"] } {
  const byPaper = new Map<string, ClaimsPayload>();
  for (const cell of outputs) {
    for (const out of cell) {
      if (out.output_type !== "display_data") continue;
      const payload = (out.data as Record<string, unknown>)[CLAIMS_MIME] as
        | ClaimsPayload
        | undefined;
      if (payload) byPaper.set(payload.paper, payload);
    }
  }
  const payloads = [...byPaper.values()];
  return {
    claims: payloads.flatMap((p) => p.claims),
    findings: payloads.flatMap((p) => p.findings),
  };
}
