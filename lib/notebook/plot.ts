/**
 * Observable Plot in notebooks and headless runs: supplies a linkedom `document` (Plot needs
 * one and Deno has none), a consistent style, and standalone SVG that any viewer can open.
 *
 * linkedom has no canvas, so continuous colour legends and the raster mark fail here; use
 * ordinal or swatch legends.
 *
 * @module
 */

import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { type Displayable, JUPYTER_DISPLAY, type MimeBundle } from "./display.ts";

export { Plot };

/** The project's figure style: the same font, size and background everywhere. */
export const FIGURE_STYLE = {
  fontFamily: "system-ui, -apple-system, 'Segoe UI', sans-serif",
  fontSize: "12px",
  background: "white",
  overflow: "visible",
} as const;

/** Colours for verdicts and before/after, used by every figure and the report. */
export const PALETTE = {
  before: "#8c6bb1",
  after: "#2b8cbe",
  match: "#1a9850",
  rounding: "#91cf60",
  mismatch: "#d73027",
  unverifiable: "#878787",
  highlight: "#fdae61",
} as const;

/** A rendered figure: standalone markup that displays as SVG (or HTML when it has a legend). */
export interface Figure extends Displayable {
  /** Standalone markup: an `<svg>` with xmlns, or a `<figure>` holding one. */
  readonly markup: string;
  /** A short description, also the plain-text fallback. */
  readonly title: string;
}

/**
 * Render an Observable Plot specification with the project's document and style.
 *
 * @example
 * ```ts
 * const fig = plot({ title: "Umur", marks: [Plot.barY([{ x: "a", y: 1 }], { x: "x", y: "y" })] });
 * await show(fig);
 * ```
 */
export function plot(options: Plot.PlotOptions & { title?: string }): Figure {
  if (options === null || typeof options !== "object") {
    throw new TypeError("options: expected an Observable Plot options object");
  }
  const { document } = parseHTML("<!DOCTYPE html><html><body></body></html>") as unknown as {
    document: Plot.PlotOptions["document"];
  };
  const { title = "figure", ...rest } = options;
  const node = Plot.plot({
    width: 640,
    height: 320,
    ...rest,
    style: { ...FIGURE_STYLE, ...(typeof rest.style === "object" ? rest.style : {}) },
    document,
  }) as unknown as { outerHTML: string };
  const markup = addNamespaces(node.outerHTML);
  return {
    markup,
    title,
    [JUPYTER_DISPLAY]: (): MimeBundle =>
      markup.startsWith("<svg")
        ? { "image/svg+xml": markup, "text/plain": `[figure: ${title}]` }
        : { "text/html": markup, "text/plain": `[figure: ${title}]` },
  };
}

// Standalone SVG files need the namespace that an HTML document supplies implicitly.
function addNamespaces(markup: string): string {
  return markup.replace(/<svg(?![^>]*xmlns=)/g, '<svg xmlns="http://www.w3.org/2000/svg"');
}
