import assert from "node:assert/strict";

// The heavy display packages (danfojs brings TensorFlow.js) must not load with lib's
// computational modules. This follows every static import from each entry point through lib/
// and fails if a module reached imports one of them without `import type`.
const HEAVY = ["danfojs", "@observablehq/plot", "linkedom", "@resvg/resvg-wasm"];
const ENTRIES = [
  "lib/stats/mod.ts",
  "lib/forensics/mod.ts",
  "lib/printed/reported.ts",
  "lib/printed/intervals.ts",
  "lib/audit/ledger.ts",
  "lib/audit/summary.ts",
  "lib/notebook/display.ts",
];
const root = new URL("../../", import.meta.url);

function staticImports(source: string): string[] {
  const specifiers: string[] = [];
  const pattern =
    /^\s*(import|export)\s+(type\s+)?[^;]*?from\s+["']([^"']+)["']|^\s*import\s+["']([^"']+)["']/gm;
  for (const m of source.matchAll(pattern)) {
    if (m[2]) continue; // type-only: erased before run time
    specifiers.push(m[3] ?? m[4]);
  }
  return specifiers;
}

function heavyReached(entry: string): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  const visit = (url: URL) => {
    if (seen.has(url.href)) return;
    seen.add(url.href);
    for (const specifier of staticImports(Deno.readTextFileSync(url))) {
      if (specifier.startsWith(".")) visit(new URL(specifier, url));
      else if (HEAVY.includes(specifier)) found.push(`${url.pathname} imports ${specifier}`);
    }
  };
  visit(new URL(entry, root));
  return found;
}

Deno.test("imports: lib's computational modules load no display package", () => {
  for (const entry of ENTRIES) assert.deepEqual(heavyReached(entry), [], entry);
});

Deno.test("imports: danfojs is loaded only lazily, by lib/notebook/table.ts", () => {
  const table = Deno.readTextFileSync(new URL("lib/notebook/table.ts", root));
  assert.match(table, /import type \* as Danfo from "danfojs"/);
  assert.match(table, /import\("danfojs"\)/);
  assert.deepEqual(heavyReached("lib/notebook/table.ts"), []);
  assert.deepEqual(heavyReached("lib/mod.ts").filter((f) => f.includes("danfojs")), []);
});

Deno.test("imports: the walk does find a static import (the check can fail)", () => {
  assert.deepEqual(staticImports('import * as Plot from "@observablehq/plot";'), [
    "@observablehq/plot",
  ]);
  assert.deepEqual(staticImports('import type * as D from "danfojs";'), []);
  assert.ok(heavyReached("lib/notebook/plot.ts").some((f) => f.endsWith("imports linkedom")));
});
