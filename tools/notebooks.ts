/**
 * Where the notebooks are: the one list the runner, the reproduce task, the kernel check and the
 * synthesis notebook share.
 *
 * Kept apart from reproduce.ts on purpose: a notebook that imports lib/mod.ts must not import
 * the module `deno task reproduce` runs as main (its top-level await would wait on itself).
 *
 * @module
 */

const NOTEBOOKS = new URL("../notebooks/", import.meta.url);

/**
 * The notebooks under notebooks/, in file-name order, as absolute paths.
 *
 * @example
 * ```ts
 * await listNotebooks(); // ["/…/notebooks/00-methods.ipynb", …]
 * ```
 */
export async function listNotebooks(dir: URL = NOTEBOOKS): Promise<string[]> {
  const names: string[] = [];
  for await (const entry of Deno.readDir(dir)) {
    if (entry.isFile && entry.name.endsWith(".ipynb")) names.push(entry.name);
  }
  return names.sort().map((name) => new URL(name, dir).pathname);
}
