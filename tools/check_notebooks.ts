/**
 * Type-check every notebook: each notebook's code cells become one module (as the headless
 * runner builds it) under reports/.check/, and `deno check` runs on them. `deno check` cannot
 * read .ipynb files itself.
 *
 * @module
 */

import { listNotebooks } from "./notebooks.ts";
import { notebookModule, readNotebook } from "./runner.ts";

if (import.meta.main) {
  const root = new URL("../", import.meta.url);
  const out = new URL("reports/.check/", root);
  await Deno.mkdir(out, { recursive: true });
  const modules: string[] = [];
  for (const path of await listNotebooks()) {
    const nb = await readNotebook(path);
    const name = path.split("/").pop()!.replace(/\.ipynb$/, ".ts");
    const target = new URL(name, out);
    const base = new URL(".", `file://${path}`);
    await Deno.writeTextFile(
      target,
      notebookModule(nb, base, { markers: false }) + "\nexport {};\n",
    );
    modules.push(target.pathname);
  }
  if (modules.length === 0) {
    console.log("no notebooks to check");
    Deno.exit(0);
  }
  // By name, so the task can grant --allow-run=deno (Deno.execPath() is the resolved binary).
  const result = await new Deno.Command("deno", {
    args: ["check", ...modules],
    cwd: root.pathname,
  }).spawn().status;
  if (!result.success) {
    console.error(
      "notebook type check failed (the module for notebooks/X.ipynb is reports/.check/X.ts)",
    );
    Deno.exit(1);
  }
  console.log(`type-checked ${modules.length} notebooks`);
}
