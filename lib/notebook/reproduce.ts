/**
 * `deno task reproduce`: run every notebook headless, print progress and a table of claims by
 * verdict per paper, write reports/audit.json and an executed copy of each notebook under
 * reports/. Exits non-zero when any notebook fails. With `--json`, the audit goes to stdout and
 * progress to stderr.
 *
 * @module
 */

import type { Claim } from "../audit/claim.ts";
import { verdictTable } from "../audit/summary.ts";
import { type NotebookRun, runNotebook } from "./runner.ts";

const ROOT = new URL("../../", import.meta.url);
const NOTEBOOKS = new URL("notebooks/", ROOT);
const REPORTS = new URL("reports/", ROOT);

/**
 * The notebooks under notebooks/, in file-name order.
 *
 * @example
 * ```ts
 * await listNotebooks(); // ["notebooks/00-methods.ipynb", ...]
 * ```
 */
export async function listNotebooks(dir: URL = NOTEBOOKS): Promise<string[]> {
  const names: string[] = [];
  for await (const entry of Deno.readDir(dir)) {
    if (entry.isFile && entry.name.endsWith(".ipynb")) names.push(entry.name);
  }
  return names.sort().map((name) => new URL(name, dir).pathname);
}

/**
 * Run every notebook and write the reports; resolves to the runs.
 *
 * @example
 * ```ts
 * const runs = await reproduce({ log: console.error });
 * ```
 */
export async function reproduce(
  options: { log?: (line: string) => void; notebooks?: string[] } = {},
): Promise<NotebookRun[]> {
  const log = options.log ?? console.log;
  const paths = options.notebooks ?? await listNotebooks();
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
        : `FAIL  ${name.padEnd(30)} ${seconds} s  cell ${run.error!.cell}: ${run.error!.name}: ${
          run.error!.message
        }`,
    );
    await Deno.writeTextFile(new URL(name, REPORTS), JSON.stringify(run.executed, null, 1) + "\n");
  }
  const claims: Claim[] = runs.flatMap((r) => r.claims);
  await Deno.writeTextFile(new URL("audit.json", REPORTS), JSON.stringify(claims, null, 2) + "\n");
  return runs;
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
    console.log("wrote reports/audit.json and an executed copy of each notebook under reports/");
  }
  const failed = runs.filter((r) => !r.ok);
  if (failed.length > 0) {
    console.error(`${failed.length} notebook(s) failed`);
    Deno.exit(1);
  }
}
