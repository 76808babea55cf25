/**
 * Runs the test files of one folder under tests/ in a single worker.
 *
 * `deno test` starts a worker per collected file, and each worker loads the library afresh:
 * about 0.1 s per file here, which over seventy small files was a third of the suite's time.
 * So `deno test` collects only the top-level `tests/*_test.ts` files (deno.json's
 * `test.include`), and each folder's entry imports that folder's test files with this
 * function. A single file still runs alone: `deno test --allow-read tests/stats/wilcoxon_test.ts`.
 * Type checking of the imported files is `deno task check`'s (`deno check tests/`).
 *
 * @module
 */

/**
 * Import every `*_test.ts` file directly in `tests/<folder>/`, in name order, so their
 * `Deno.test` registrations run in the calling worker.
 *
 * @example
 * ```ts ignore
 * await importFolderTests("stats"); // registers every test under tests/stats/
 * ```
 */
export async function importFolderTests(folder: string): Promise<string[]> {
  const dir = new URL(`./${folder}/`, import.meta.url);
  const names: string[] = [];
  for await (const entry of Deno.readDir(dir)) {
    if (entry.isFile && entry.name.endsWith("_test.ts")) names.push(entry.name);
  }
  names.sort();
  if (names.length === 0) throw new Error(`tests/${folder}/: expected test files, found none`);
  for (const name of names) await import(new URL(name, dir).href);
  return names;
}
