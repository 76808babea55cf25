/**
 * The import graph points one way: printed <- stats <- forensics <- audit <- data <- notebook,
 * and tools/ above all; lib/_internal/ may be imported from anywhere in lib/. This check fails
 * on an import from a lower layer into a higher one (a back-import), on lib/ importing tools/,
 * and on a cycle between layer folders.
 *
 * Run: `deno run --allow-read=. tools/check_layers.ts`
 *
 * @module
 */

/** The layers of lib/, lowest first. */
export const LAYERS = ["printed", "stats", "forensics", "audit", "data", "notebook"] as const;

/** One import that breaks the layering. */
export interface LayerViolation {
  file: string;
  imports: string;
  why: string;
}

/**
 * The layer of a path relative to the project root: a lib/ folder's index in LAYERS, "internal"
 * for lib/_internal, "top" for lib/mod.ts and tools/, null for anything else.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(layerOf("lib/stats/wilcoxon.ts"), 1);
 * assert.equal(layerOf("lib/_internal/validate.ts"), "internal");
 * assert.equal(layerOf("tools/runner.ts"), "top");
 * ```
 */
export function layerOf(path: string): number | "internal" | "top" | null {
  if (path.startsWith("tools/") || path === "lib/mod.ts") return "top";
  const m = /^lib\/([^/]+)\//.exec(path);
  if (!m) return null;
  if (m[1] === "_internal") return "internal";
  const index = (LAYERS as readonly string[]).indexOf(m[1]);
  return index >= 0 ? index : null;
}

/**
 * The violations among `edges` (importer -> imported, both relative to the project root).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(layerViolations([["lib/stats/a.ts", "lib/printed/b.ts"]]), []);
 * assert.equal(layerViolations([["lib/printed/b.ts", "lib/audit/c.ts"]]).length, 1);
 * assert.equal(layerViolations([["lib/audit/c.ts", "tools/runner.ts"]]).length, 1);
 * ```
 */
export function layerViolations(edges: readonly [string, string][]): LayerViolation[] {
  const violations: LayerViolation[] = [];
  for (const [file, imported] of edges) {
    const from = layerOf(file);
    const to = layerOf(imported);
    if (from === null || to === null || from === "top") continue;
    if (to === "top") {
      violations.push({
        file,
        imports: imported,
        why: "lib/ must not import tools/ or lib/mod.ts",
      });
    } else if (from === "internal" && to !== "internal") {
      violations.push({ file, imports: imported, why: "lib/_internal imports only itself" });
    } else if (typeof from === "number" && typeof to === "number" && to > from) {
      violations.push({
        file,
        imports: imported,
        why: `${LAYERS[from]} is below ${LAYERS[to]} (${LAYERS.join(" <- ")})`,
      });
    }
  }
  return violations;
}

/**
 * Every relative import edge among the .ts files under `dirs`, read from the sources.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const edges = await importEdges(new URL("../", import.meta.url), ["lib"]);
 * assert.ok(edges.some(([from]) => from.startsWith("lib/stats/")));
 * ```
 */
export async function importEdges(root: URL, dirs: readonly string[]): Promise<[string, string][]> {
  const edges: [string, string][] = [];
  const pattern = /(?:^|\n)\s*(?:import|export)[^"';]*?from\s*["'](\.{1,2}\/[^"']+)["']/g;
  async function walk(dir: string) {
    for await (const entry of Deno.readDir(new URL(dir, root))) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory) await walk(path);
      else if (entry.name.endsWith(".ts")) {
        const text = await Deno.readTextFile(new URL(path, root));
        for (const m of text.matchAll(pattern)) {
          const target = new URL(m[1], new URL(path, root)).href.slice(root.href.length);
          edges.push([path, target]);
        }
      }
    }
  }
  for (const dir of dirs) await walk(dir);
  return edges;
}

if (import.meta.main) {
  const root = new URL("../", import.meta.url);
  const edges = await importEdges(root, ["lib", "tools"]);
  const violations = layerViolations(edges);
  for (const v of violations) console.error(`${v.file} imports ${v.imports}: ${v.why}`);
  if (violations.length > 0) {
    console.error(`${violations.length} imports break the layering`);
    Deno.exit(1);
  }
  console.log(
    `layers: ${edges.length} imports, none points down the stack (${LAYERS.join(" <- ")})`,
  );
}
