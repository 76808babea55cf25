/**
 * Are the committed notebooks formatted as `deno fmt` formats them? Deno 2.9.6's
 * `deno fmt --check` reports a notebook it has not seen before as unformatted even when
 * `deno fmt` would leave every byte as it is, so this check formats a copy of each notebook
 * under reports/ and compares bytes instead. `deno task check` runs it; `deno fmt notebooks/`
 * fixes what it reports.
 *
 * Run: `deno run --allow-read=. --allow-write=reports --allow-run=deno tools/check_notebook_format.ts`
 *
 * @module
 */

import { listNotebooks } from "./notebooks.ts";

/**
 * The notebooks whose bytes differ from what `deno fmt` makes of them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.ok(Array.isArray(await unformattedNotebooks([])));
 * ```
 */
export async function unformattedNotebooks(paths: readonly string[]): Promise<string[]> {
  const root = new URL("../", import.meta.url);
  const scratch = new URL(`reports/.fmt-check/${crypto.randomUUID()}/`, root);
  await Deno.mkdir(scratch, { recursive: true });
  try {
    // deno fmt reads the project's options (line width) from the deno.json beside the copies.
    await Deno.copyFile(new URL("deno.json", root), new URL("deno.json", scratch));
    const copies = [];
    for (const path of paths) {
      const copy = new URL(path.split("/").pop()!, scratch);
      await Deno.copyFile(path, copy);
      copies.push({ path, copy });
    }
    if (copies.length === 0) return [];
    const result = await new Deno.Command("deno", {
      args: ["fmt", "--quiet", ...copies.map((c) => c.copy.pathname)],
      cwd: scratch.pathname,
      stdout: "piped",
      stderr: "piped",
    }).output();
    if (!result.success) {
      throw new Error(`deno fmt failed: ${new TextDecoder().decode(result.stderr)}`);
    }
    const differ: string[] = [];
    for (const { path, copy } of copies) {
      const [a, b] = await Promise.all([Deno.readFile(path), Deno.readFile(copy)]);
      if (a.length !== b.length || a.some((byte, i) => byte !== b[i])) differ.push(path);
    }
    return differ;
  } finally {
    await Deno.remove(scratch, { recursive: true });
  }
}

if (import.meta.main) {
  const notebooks = await listNotebooks();
  const differ = await unformattedNotebooks(notebooks);
  for (const path of differ) console.error(`not formatted: ${path} (run deno fmt notebooks/)`);
  if (differ.length > 0) Deno.exit(1);
  console.log(`notebook format: ${notebooks.length} notebooks as deno fmt writes them`);
}
