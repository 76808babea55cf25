/**
 * SVG to PNG in-process, with resvg's WebAssembly build and the DejaVu fonts, both from npm.
 * Nothing is fetched at run time and no system font is read, so the same SVG gives the same
 * PNG bytes on every machine (the fonts are pinned with the package).
 *
 * resvg and the fonts load on the first call only: importing this module costs nothing.
 *
 * @module
 */

/** The font family figures are drawn in; the PNG renderer has exactly this family. */
export const FIGURE_FONT_FAMILY = "DejaVu Sans";

interface Renderer {
  render(svg: string, zoom: number): Uint8Array;
}

let renderer: Promise<Renderer> | undefined;

/**
 * Rasterise standalone SVG markup (with xmlns) to PNG bytes. `scale` multiplies the SVG's
 * own width and height (1 gives one pixel per SVG unit).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2">' +
 *   '<rect width="4" height="2" fill="red"/></svg>';
 * const png = await rasterize(svg);
 * assert.deepEqual([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join(""), "PNG");
 * assert.equal(pngSize(png).width, 4);
 * ```
 */
export async function rasterize(
  svg: string,
  options: { scale?: number } = {},
): Promise<Uint8Array> {
  if (typeof svg !== "string" || !/^\s*<svg[\s>]/.test(svg)) {
    throw new TypeError(`svg: expected standalone <svg> markup, got ${describe(svg)}`);
  }
  if (!/<svg[^>]*\sxmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(svg)) {
    throw new TypeError("svg: expected the SVG namespace (xmlns) on the root <svg>");
  }
  const scale = options.scale ?? 1;
  if (typeof scale !== "number" || !Number.isFinite(scale) || scale <= 0 || scale > 8) {
    throw new RangeError(`scale: expected a number in (0, 8], got ${String(scale)}`);
  }
  renderer ??= loadRenderer();
  return (await renderer).render(svg, scale);
}

/**
 * Width and height of a PNG from its header.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="3" height="5"></svg>';
 * assert.deepEqual(pngSize(await rasterize(svg, { scale: 2 })), { width: 6, height: 10 });
 * ```
 */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  if (!(png instanceof Uint8Array) || png.length < 24 || signature.some((b, i) => png[i] !== b)) {
    throw new TypeError("png: expected PNG bytes (signature and IHDR)");
  }
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Base64 text of bytes, as Jupyter stores image/png.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(base64(new Uint8Array([104, 105])), "aGk=");
 * ```
 */
export function base64(bytes: Uint8Array): string {
  if (!(bytes instanceof Uint8Array)) throw new TypeError("bytes: expected a Uint8Array");
  // btoa takes a binary string; build it in chunks so large images do not overflow the stack.
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

async function loadRenderer(): Promise<Renderer> {
  const { initWasm, Resvg } = await import("@resvg/resvg-wasm");
  // Importing the font package's manifest puts it in the module graph, so its files resolve.
  await import("dejavu-fonts-ttf/package.json", { with: { type: "json" } });
  const wasmUrl = import.meta.resolve("@resvg/resvg-wasm/index_bg.wasm");
  await initWasm(Deno.readFile(new URL(wasmUrl)));
  const fontBuffers = await Promise.all(
    ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((file) =>
      Deno.readFile(new URL(import.meta.resolve(`dejavu-fonts-ttf/ttf/${file}`)))
    ),
  );
  const font = {
    fontBuffers,
    loadSystemFonts: false,
    defaultFontFamily: FIGURE_FONT_FAMILY,
    sansSerifFamily: FIGURE_FONT_FAMILY,
    serifFamily: FIGURE_FONT_FAMILY,
    monospaceFamily: FIGURE_FONT_FAMILY,
  };
  return {
    render(svg, zoom) {
      const resvg = new Resvg(svg, { font, fitTo: { mode: "zoom", value: zoom } });
      try {
        const image = resvg.render();
        try {
          return image.asPng();
        } finally {
          image.free();
        }
      } finally {
        resvg.free();
      }
    },
  };
}

function describe(value: unknown): string {
  if (typeof value !== "string") return typeof value;
  return JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value);
}
