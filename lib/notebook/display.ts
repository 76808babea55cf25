/**
 * The display bridge: one `show()` that renders Markdown, HTML, tables, danfojs DataFrames and
 * Observable Plot figures in the Deno Jupyter kernel, and records the same MIME bundles when a
 * notebook runs headless (lib/notebook/runner.ts), so both ways produce the same outputs.
 *
 * Objects describe themselves through `Symbol.for("Jupyter.display")`, the protocol the Deno
 * kernel understands, which keeps library code testable outside Jupyter.
 *
 * @module
 */

/** A Jupyter MIME bundle: MIME type to content. */
export type MimeBundle = Record<string, unknown>;

/** The protocol symbol the Deno kernel calls to render an object. */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for("Jupyter.display") as never;

/** Anything that can render itself as a MIME bundle (figures rasterise asynchronously). */
export interface Displayable {
  [JUPYTER_DISPLAY](): MimeBundle | Promise<MimeBundle>;
}

/** Where headless displays go: installed by the runner, absent in the kernel. */
export interface DisplayRecorder {
  display(bundle: MimeBundle, options: { displayId?: string; update?: boolean }): void;
}

const RECORDER = Symbol.for("oxytocin-audit.recorder");
const KERNEL_FLUSH_MS = 30;

/**
 * Install (or with `undefined`, remove) the recorder that receives displays when headless.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const before = currentRecorder();
 * const seen: MimeBundle[] = [];
 * setRecorder({ display: (bundle) => void seen.push(bundle) });
 * await show(md("# Hello"));
 * setRecorder(before);
 * assert.deepEqual(seen, [{ "text/markdown": "# Hello", "text/plain": "# Hello" }]);
 * ```
 */
export function setRecorder(recorder: DisplayRecorder | undefined): void {
  (globalThis as unknown as Record<symbol, unknown>)[RECORDER] = recorder;
}

/**
 * The recorder now installed, if any (the runner saves it to run a notebook inside a notebook).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const before = currentRecorder(); // the runner's when headless, else undefined
 * const recorder = { display() {} };
 * setRecorder(recorder);
 * assert.equal(currentRecorder(), recorder);
 * setRecorder(before);
 * ```
 */
export function currentRecorder(): DisplayRecorder | undefined {
  return (globalThis as unknown as Record<symbol, DisplayRecorder | undefined>)[RECORDER];
}

/**
 * Whether code runs inside the Deno Jupyter kernel. Reading `Deno.jupyter` elsewhere throws,
 * so the check is guarded.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(inKernel(), false); // under `deno run` and `deno test`
 * ```
 */
export function inKernel(): boolean {
  try {
    return typeof Deno.jupyter?.display === "function";
  } catch {
    return false;
  }
}

/**
 * Markdown to display.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(toBundle(md("**p = 0,008** as printed")), {
 *   "text/markdown": "**p = 0,008** as printed",
 *   "text/plain": "**p = 0,008** as printed",
 * });
 * ```
 */
export function md(text: string): Displayable {
  assertText("text", text);
  return { [JUPYTER_DISPLAY]: () => ({ "text/markdown": text, "text/plain": text }) };
}

/**
 * Raw HTML to display, with a plain-text fallback.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(toBundle(html("<b>match</b> at <i>n = 24</i>")), {
 *   "text/html": "<b>match</b> at <i>n = 24</i>",
 *   "text/plain": "match at n = 24",
 * });
 * ```
 */
export function html(markup: string, plain: string = stripTags(markup)): Displayable {
  assertText("markup", markup);
  return { [JUPYTER_DISPLAY]: () => ({ "text/html": markup, "text/plain": plain }) };
}

/**
 * Turn any value into a MIME bundle, synchronously: displayables describe themselves; DOM nodes
 * become SVG or HTML; anything else becomes text. Figures and `frame(...)` display
 * asynchronously: use {@linkcode displayBundle} for those.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(toBundle("plain words"), { "text/plain": "plain words" });
 * ```
 */
export function toBundle(value: unknown): MimeBundle {
  if (value instanceof Promise) {
    throw new TypeError("value: a promise (frame(...)?); use `await displayBundle(value)`");
  }
  if (value !== null && typeof value === "object") {
    const describe = (value as Partial<Displayable>)[JUPYTER_DISPLAY];
    if (typeof describe === "function") {
      const bundle = describe.call(value);
      if (bundle instanceof Promise) {
        throw new TypeError(
          "value: displays asynchronously (a figure?); use `await displayBundle(value)`",
        );
      }
      return bundle;
    }
    const outer = (value as { outerHTML?: unknown }).outerHTML;
    if (typeof outer === "string") {
      return outer.startsWith("<svg")
        ? { "image/svg+xml": outer, "text/plain": "[figure]" }
        : { "text/html": outer, "text/plain": "[figure]" };
    }
  }
  if (typeof value === "string") return { "text/plain": value };
  return { "text/plain": Deno.inspect(value, { colors: false, depth: 4 }) };
}

/**
 * The MIME bundle of any value, awaiting what displays asynchronously: a promise of a
 * displayable (`frame(...)`) and displayables whose bundle is a promise (figures, whose PNG is
 * rasterised on demand).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(await displayBundle(Promise.resolve(md("*x*"))), {
 *   "text/markdown": "*x*",
 *   "text/plain": "*x*",
 * });
 * ```
 */
export async function displayBundle(value: unknown): Promise<MimeBundle> {
  const resolved = await value;
  const describe = resolved !== null && typeof resolved === "object"
    ? (resolved as Partial<Displayable>)[JUPYTER_DISPLAY]
    : undefined;
  return typeof describe === "function" ? await describe.call(resolved) : toBundle(resolved);
}

/**
 * Display a value: in the kernel through `Deno.jupyter.display`, headless through the runner's
 * recorder, and in a plain script as text on stdout. `displayId` with `update` replaces an
 * earlier display (used for a verdict summary shown at the top and filled at the end).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // Headless, the runner's recorder receives the bundle and the display options.
 * const before = currentRecorder();
 * const seen: unknown[] = [];
 * setRecorder({ display: (bundle, options) => void seen.push([bundle, options]) });
 * await show("Tabel 2", { displayId: "t2" });
 * setRecorder(before);
 * assert.deepEqual(seen, [[{ "text/plain": "Tabel 2" }, { displayId: "t2" }]]);
 * ```
 */
export async function show(
  value: unknown,
  options: { displayId?: string; update?: boolean } = {},
): Promise<void> {
  const bundle = await displayBundle(value);
  const recorder = currentRecorder();
  if (recorder) {
    recorder.display(bundle, options);
  } else if (inKernel()) {
    await Deno.jupyter.display(bundle, {
      raw: true,
      display_id: options.displayId,
      update: options.update,
    });
    // The kernel can report the cell idle before this display has left on the IOPub channel,
    // and nbclient then drops it (about one run in three here). A short pause lets it go first.
    await new Promise((resolve) => setTimeout(resolve, KERNEL_FLUSH_MS));
  } else {
    console.log(String(bundle["text/plain"] ?? ""));
  }
}

/**
 * Escape text for HTML.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(escapeHtml('a < b & "c"'), "a &lt; b &amp; &quot;c&quot;");
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

function stripTags(markup: string): string {
  return markup.replace(/<[^>]*>/g, "").replace(/\s+/g, " ").trim();
}

function assertText(name: string, text: unknown): void {
  if (typeof text !== "string") {
    throw new TypeError(`${name}: expected a string, got ${typeof text}`);
  }
}
