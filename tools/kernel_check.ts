/**
 * The real-kernel check: execute every notebook in the Deno Jupyter kernel (through
 * `jupyter nbconvert`), then fail when a committed notebook's text outputs differ from the fresh
 * run, when a cell errors, or when the kernel's claims differ from the headless runner's.
 *
 * `--write` stores the fresh outputs into the committed notebooks instead (for authors), but only
 * when two kernel runs agree, so an incomplete run is never committed.
 * Needs Jupyter (Debian: jupyter-nbconvert, python3-nbclient) and the Deno kernelspec
 * (`deno task kernel`); CI installs both.
 *
 * @module
 */

import { CLAIMS_MIME } from "../lib/notebook/claims_display.ts";
import type { Claim } from "../lib/audit/claim.ts";
import { listNotebooks } from "./notebooks.ts";
import { type Notebook, type Output, readNotebook, runNotebook } from "./runner.ts";

/**
 * The comparable text of a notebook's outputs: per code cell, each output reduced to its text
 * (stream text, text/plain, error name and message). SVG and HTML are left out on purpose.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const nb = { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{ cell_type: "code" as const,
 *   source: "", outputs: [{ output_type: "stream" as const, name: "stdout" as const, text: "2\n" }] }] };
 * assert.deepEqual(textOutputs(nb), [["stdout: 2\n"]]);
 * ```
 */
export function textOutputs(nb: Notebook): string[][] {
  return nb.cells.filter((c) => c.cell_type === "code").map((cell) =>
    mergeStreams(cell.outputs ?? []).map((out) => {
      switch (out.output_type) {
        case "stream":
          return `${out.name}: ${joinText(out.text)}`;
        case "error":
          return `error: ${out.ename}: ${out.evalue}`;
        default:
          return `${out.output_type}: ${
            joinText((out as { data: Record<string, unknown> }).data["text/plain"] ?? "")
          }`;
      }
    })
  );
}

/**
 * The claims a notebook's outputs carry (from the claims display at its end).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const nb = { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [] };
 * assert.deepEqual(claimsInOutputs(nb), []);
 * ```
 */
export function claimsInOutputs(nb: Notebook): Claim[] {
  const claims: Claim[] = [];
  for (const cell of nb.cells) {
    for (const out of cell.outputs ?? []) {
      const data = (out as { data?: Record<string, unknown> }).data;
      const payload = data?.[CLAIMS_MIME] as { claims?: Claim[] } | undefined;
      if (payload?.claims) claims.push(...payload.claims);
    }
  }
  return claims;
}

/**
 * JSON with object keys sorted, so that the same claims compare equal whatever key order
 * Jupyter wrote them in.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }), '{"a":[2,{"c":4,"d":3}],"b":1}');
 * ```
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(
    value,
    (_key, v) =>
      v !== null && typeof v === "object" && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v,
  );
}

/**
 * The notebook without the per-cell execution timestamps nbclient records, so that committed
 * notebooks change only when their content does.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const fresh = { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{ cell_type: "code" as const,
 *   source: "", metadata: { execution: { "iopub.status.idle": "2026-01-01" } } }] };
 * assert.deepEqual(withoutExecutionTimes(fresh).cells[0].metadata, {});
 * ```
 */
export function withoutExecutionTimes(nb: Notebook): Notebook {
  return {
    ...nb,
    cells: nb.cells.map((cell) => {
      const { execution: _execution, ...metadata } = (cell.metadata ?? {}) as Record<
        string,
        unknown
      >;
      return { ...cell, metadata };
    }),
  };
}

function joinText(text: unknown): string {
  return Array.isArray(text) ? text.join("") : String(text);
}

// Jupyter splits and merges stream chunks differently from run to run; compare whole streams.
function mergeStreams(outputs: Output[]): Output[] {
  const merged: Output[] = [];
  for (const out of outputs) {
    const last = merged.at(-1);
    if (out.output_type === "stream" && last?.output_type === "stream" && last.name === out.name) {
      merged[merged.length - 1] = { ...last, text: joinText(last.text) + joinText(out.text) };
    } else {
      merged.push(out);
    }
  }
  return merged;
}

function outputDiffs(reference: Notebook, fresh: Notebook, label: string): string[] {
  const before = textOutputs(reference);
  const after = textOutputs(fresh);
  const diffs: string[] = [];
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    if (JSON.stringify(before[i]) !== JSON.stringify(after[i])) {
      diffs.push(
        `  code cell ${i + 1}:\n    ${label}: ${JSON.stringify(before[i])?.slice(0, 400)}\n` +
          `    fresh:     ${JSON.stringify(after[i])?.slice(0, 400)}`,
      );
    }
  }
  return diffs;
}

/** What to do when the Deno kernelspec is missing: one line instead of a Python traceback. */
export const KERNEL_MISSING =
  "the Deno Jupyter kernel is not installed: run `deno task kernel` (deno jupyter --install) once, " +
  "then try again";

/** What to do when Jupyter itself is missing. */
export const JUPYTER_MISSING =
  "Jupyter is not installed: on Debian or Ubuntu, `apt-get install jupyter-nbconvert " +
  "python3-nbclient`; then `deno task kernel` once";

/**
 * The hint for a failed `jupyter nbconvert --execute`, from its stderr: the kernelspec missing
 * (NoSuchKernel) or nbconvert missing; null for any other failure.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const stderr = "jupyter_client.kernelspec.NoSuchKernel: No such kernel named deno\n";
 * assert.equal(kernelRunHint(stderr), KERNEL_MISSING);
 * assert.equal(kernelRunHint("Jupyter command `jupyter-nbconvert` not found."), JUPYTER_MISSING);
 * assert.equal(kernelRunHint("CellExecutionError: boom"), null);
 * ```
 */
export function kernelRunHint(stderr: string): string | null {
  if (/NoSuchKernel|No such kernel named deno/.test(stderr)) return KERNEL_MISSING;
  if (/jupyter-nbconvert` not found|No module named '?nbconvert/.test(stderr)) {
    return JUPYTER_MISSING;
  }
  return null;
}

/** A setup problem (no Jupyter, no kernelspec): the same for every notebook, so stop at once. */
class SetupError extends Error {
  override name = "SetupError";
}

async function executeInKernel(path: string, outDir: string): Promise<Notebook> {
  const name = path.split("/").pop()!;
  const dir = path.slice(0, path.length - name.length);
  const command = new Deno.Command("jupyter", {
    args: [
      "nbconvert",
      "--to",
      "notebook",
      "--execute",
      "--ExecutePreprocessor.timeout=600",
      "--output-dir",
      outDir,
      name,
    ],
    cwd: dir,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  });
  let result: Deno.CommandOutput;
  try {
    result = await command.output();
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) throw new SetupError(JUPYTER_MISSING);
    throw error;
  }
  if (!result.success) {
    const stderr = new TextDecoder().decode(result.stderr);
    const hint = kernelRunHint(stderr);
    if (hint) throw new SetupError(hint);
    throw new Error(`${name}: the kernel run failed\n${stderr.split("\n").slice(-25).join("\n")}`);
  }
  return await readNotebook(`${outDir}/${name}`);
}

if (import.meta.main) {
  const write = Deno.args.includes("--write");
  const only = Deno.args.filter((a) => !a.startsWith("--"));
  const paths = only.length > 0 ? only.map((p) => `${Deno.cwd()}/${p}`) : await listNotebooks();
  // Scratch space under reports/, so the task needs write access to notebooks/ and reports/ only.
  const scratch = new URL("../reports/", import.meta.url).pathname;
  await Deno.mkdir(scratch, { recursive: true });
  const outDir = await Deno.makeTempDir({ dir: scratch, prefix: ".kernel-run-" });
  const problems: string[] = [];
  for (const path of paths) {
    const name = path.split("/").pop()!;
    const started = performance.now();
    const problemsBefore = problems.length;
    let fresh: Notebook;
    try {
      fresh = await executeInKernel(path, outDir);
    } catch (error) {
      if (error instanceof SetupError) {
        console.error(`execute: ${error.message}`);
        Deno.exit(1);
      }
      problems.push((error as Error).message);
      console.log(`FAIL  ${name}: kernel run failed`);
      continue;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const errors = textOutputs(fresh).flat().filter((t) => t.startsWith("error: "));
    if (errors.length > 0) problems.push(`${name}: ${errors.join("; ")}`);
    const reference = write
      ? await executeInKernel(path, `${outDir}/again`)
      : await readNotebook(path);
    let diffs = outputDiffs(reference, fresh, write ? "first run" : "committed");
    if (diffs.length > 0 && !write) {
      // The Deno kernel can still drop a display under nbclient (it reports idle before the
      // display has left); a second run tells such a transport glitch from a real change.
      fresh = await executeInKernel(path, `${outDir}/retry`);
      diffs = outputDiffs(reference, fresh, "committed");
      if (diffs.length === 0) console.log(`note  ${name}: matched on a second kernel run`);
    }
    if (diffs.length > 0) {
      problems.push(
        write
          ? `${name}: two kernel runs gave different outputs; nothing written\n${diffs.join("\n")}`
          : `${name}: committed outputs differ from a fresh kernel run\n${diffs.join("\n")}`,
      );
    } else if (write) {
      await Deno.writeTextFile(path, JSON.stringify(withoutExecutionTimes(fresh), null, 1) + "\n");
      console.log(`wrote ${name} (two kernel runs agree)`);
    }
    const headless = await runNotebook(path);
    const kernelClaims = canonicalJson(claimsInOutputs(fresh));
    const headlessClaims = canonicalJson(headless.claims);
    if (!headless.ok) problems.push(`${name}: headless run failed in cell ${headless.error?.cell}`);
    if (kernelClaims !== headlessClaims) {
      problems.push(`${name}: the kernel's claims differ from the headless runner's`);
    }
    console.log(
      `${problems.length === problemsBefore ? "ok  " : "FAIL"}  ${name.padEnd(30)} ${
        seconds.padStart(5)
      } s  ${claimsInOutputs(fresh).length} claims, same both ways: ${
        kernelClaims === headlessClaims
      }`,
    );
  }
  await Deno.remove(outDir, { recursive: true });
  if (problems.length > 0) {
    console.error(`\n${problems.join("\n\n")}`);
    Deno.exit(1);
  }
  console.log(`\n${paths.length} passed, 0 failed: notebooks in the real Deno kernel`);
}
