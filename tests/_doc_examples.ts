/**
 * Docs that cannot lie: every `@example` of every module under lib/ runs as a test and asserts its
 * result. The examples are the ones `deno test --doc lib/` runs (and `deno task check` type-checks
 * with `deno check --doc`), but each worker runs many of them, so lib's modules load once per
 * worker instead of once per example. Each example becomes a module under reports/: its imports
 * stay at the top, the file's own exports are imported for it (as `deno test --doc` does), and its
 * body runs as a test.
 *
 * tests/doc_examples_test.ts runs the examples of the computational layers; tests/notebook_test.ts
 * runs lib/notebook's, in the worker that has already loaded danfojs, Plot and the rasterizer.
 *
 * @module
 */

/** The project root. */
export const root = new URL("../", import.meta.url);
const scratch = new URL(`reports/.doc-examples/${crypto.randomUUID()}/`, root);

interface Example {
  file: string;
  line: number;
  code: string;
}

/** Every .ts file under a folder of lib/, as paths from the project root. */
export async function libFiles(dir: URL, rel: string): Promise<string[]> {
  const files: string[] = [];
  for await (const e of Deno.readDir(dir)) {
    if (e.isDirectory) {
      files.push(...await libFiles(new URL(`${e.name}/`, dir), `${rel}${e.name}/`));
    } else if (e.name.endsWith(".ts")) files.push(`${rel}${e.name}`);
  }
  return files.sort();
}

/** The ```ts blocks inside JSDoc comments, with the line each starts on. */
function examplesOf(file: string, text: string): Example[] {
  const out: Example[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*```(ts|typescript)\s*$/.test(lines[i])) continue;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*\*\s*```\s*$/.test(lines[j]); j++) {
      body.push(lines[j].replace(/^\s*\* ?/, ""));
    }
    out.push({ file, line: i + 1, code: body.join("\n") });
    i = j;
  }
  return out;
}

function exportedNames(text: string): string[] {
  const names = new Set<string>();
  const re =
    /^export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|class)\s+([A-Za-z_$][\w$]*)/gm;
  for (const m of text.matchAll(re)) names.add(m[1]);
  // `export { a, b as c }` and `export { a } from "./x.ts"`: values only, under their outer name.
  for (const m of text.matchAll(/^export\s*\{([^}]*)\}/gm)) {
    for (const part of m[1].split(",")) {
      const item = part.trim();
      if (item === "" || item.startsWith("type ")) continue;
      names.add(item.split(/\s+as\s+/).pop()!.trim());
    }
  }
  return [...names];
}

/**
 * Register one test per `@example` of the lib/ files `select` accepts.
 *
 * @example
 * ```ts ignore
 * await registerDocExamples((file) => file.startsWith("lib/notebook/"));
 * ```
 */
export async function registerDocExamples(select: (file: string) => boolean): Promise<void> {
  const files = (await libFiles(new URL("lib/", root), "lib/")).filter(select);
  const examples: { example: Example; module: URL }[] = [];
  await Deno.mkdir(scratch, { recursive: true });
  for (const file of files) {
    const text = await Deno.readTextFile(new URL(file, root));
    const names = exportedNames(text);
    for (const example of examplesOf(file, text)) {
      const imports: string[] = [];
      const body: string[] = [];
      const source = new URL(file, root);
      for (const line of example.code.split("\n")) {
        const m = /^import\s.*from\s+["']([^"']+)["'];?\s*$/.exec(line);
        if (m) {
          const spec = m[1].startsWith(".") ? new URL(m[1], source).href : m[1];
          imports.push(line.replace(m[1], spec));
        } else body.push(line);
      }
      const declared = new Set(imports.flatMap((l) => [...l.matchAll(/[\w$]+/g)].map((m) => m[0])));
      const own = names.filter((n) => !declared.has(n));
      const module = new URL(`${examples.length}.ts`, scratch);
      await Deno.writeTextFile(
        module,
        [
          "// deno-lint-ignore-file",
          own.length > 0 ? `import { ${own.join(", ")} } from "${source.href}";` : "",
          ...imports,
          "export async function run() {",
          ...body,
          "}",
        ].join("\n"),
      );
      examples.push({ example, module });
    }
  }

  for (const { example, module } of examples) {
    Deno.test(`example ${example.file}:${example.line}`, async () => {
      const { run } = await import(module.href);
      await run();
    });
  }
}

globalThis.addEventListener("unload", () => {
  try {
    Deno.removeSync(scratch, { recursive: true });
  } catch {
    // Already gone.
  }
});
