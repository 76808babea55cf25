/**
 * Observable Plot figures that every viewer shows: each figure displays as image/png
 * (rasterised in-process), image/svg+xml and a text/plain description. Title, subtitle, legend
 * and caption are drawn inside one SVG with attributes only (no `<style>`, no classes), so a
 * sanitiser (JupyterLab for an untrusted notebook, GitHub) has nothing to strip.
 *
 * Plot needs a `document` and Deno has none: linkedom supplies one. linkedom has no canvas, so
 * continuous colour legends and the raster mark fail here; legends are drawn as swatches.
 *
 * @module
 */

import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { type Displayable, JUPYTER_DISPLAY, type MimeBundle } from "./display.ts";
import { composeFigure, FIGURE_FONTS, type LegendItem } from "./figure_svg.ts";
import { base64, rasterize } from "./rasterize.ts";
import { textWidth } from "./text_width.ts";

export { Plot };

/** The project's figure style: the same font, size and background everywhere. */
export const FIGURE_STYLE = {
  fontFamily: FIGURE_FONTS,
  fontSize: 12,
  background: "white",
} as const;

/** Colours for verdicts and before/after, used by every figure and the report. */
export const PALETTE = {
  before: "#8c6bb1",
  after: "#2b8cbe",
  match: "#1a9850",
  consistent: "#91cf60",
  rounding: "#fee08b",
  mismatch: "#d73027",
  contradiction: "#762a83",
  unverifiable: "#878787",
  highlight: "#fdae61",
} as const;

/** Options for {@linkcode plot}: Observable Plot's, with title, subtitle and caption as text. */
export type FigureOptions =
  & Omit<Plot.PlotOptions, "title" | "subtitle" | "caption" | "document" | "style" | "figure">
  & {
    /** Drawn bold at the top of the figure; also the first line of the text description. */
    title: string;
    /** One or two sentences under the title: what to look at. */
    subtitle?: string;
    /** Drawn under the chart in small type. */
    caption?: string;
    /**
     * Widen the figure where axis labels would be cut off at its edges, and move an x-axis label
     * below its tick labels when they would overlap (default true).
     */
    fitLabels?: boolean;
  };

/** A rendered figure: one standalone SVG, its description, and its PNG on demand. */
export interface Figure extends Displayable {
  /** Standalone `<svg>` (with xmlns) holding title, legend, chart and caption. */
  readonly markup: string;
  /** The title as drawn. */
  readonly title: string;
  /** What the figure shows, in words: the text/plain output. */
  readonly description: string;
  /** The PNG bytes (rasterised on first use, then kept). */
  png(): Promise<Uint8Array>;
}

/**
 * Render an Observable Plot specification as a figure with its title, legend and PNG.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { JUPYTER_DISPLAY } from "./display.ts";
 * const fig = plot({
 *   title: "Umur",
 *   color: { legend: true },
 *   marks: [Plot.barY([{ x: "a", y: 1 }], { x: "x", y: "y", fill: "x" })],
 * });
 * assert.match(fig.description, /^Figure: Umur\n/);
 * assert.doesNotMatch(fig.markup, /<style|class=/);
 * const bundle = await fig[JUPYTER_DISPLAY]();
 * assert.deepEqual(Object.keys(bundle).sort(), ["image/png", "image/svg+xml", "text/plain"]);
 * ```
 */
export function plot(options: FigureOptions): Figure {
  if (options === null || typeof options !== "object") {
    throw new TypeError(`options: expected an Observable Plot options object, got ${options}`);
  }
  const { title, subtitle, caption, fitLabels = true, ...rest } = options;
  if (typeof title !== "string" || title.trim() === "") {
    throw new TypeError(`options.title: expected a non-empty string, got ${JSON.stringify(title)}`);
  }
  for (const [name, value] of [["subtitle", subtitle], ["caption", caption]] as const) {
    if (value !== undefined && typeof value !== "string") {
      throw new TypeError(`options.${name}: expected a string, got ${typeof value}`);
    }
  }
  for (const name of ["style", "document", "figure"]) {
    if (name in rest) {
      throw new TypeError(
        `options.${name}: not accepted; figures carry no CSS and use lib's document`,
      );
    }
  }
  const legendWanted = legendRequested(rest);
  const chart = renderChart(withoutLegends(rest), fitLabels);
  const legend = legendWanted ? swatches(chart.color) : [];
  const markup = composeFigure({
    title,
    subtitle,
    caption,
    legend,
    chart: { markup: chart.markup, width: chart.width, height: chart.height },
  });
  const description = describeFigure(title, subtitle, caption, legend, chart.summary);
  let png: Promise<Uint8Array> | undefined;
  const figure: Figure = {
    markup,
    title,
    description,
    png: () => (png ??= rasterize(markup)),
    [JUPYTER_DISPLAY]: async (): Promise<MimeBundle> => ({
      "image/png": base64(await figure.png()),
      "image/svg+xml": markup,
      "text/plain": description,
    }),
  };
  return figure;
}

type Scale = { type?: string; domain?: unknown[]; apply?: (v: unknown) => unknown };
type Element = {
  outerHTML: string;
  textContent: string | null;
  children: ArrayLike<Element>;
  parentElement: Element | null;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  querySelectorAll(selector: string): ArrayLike<Element>;
  remove(): void;
  scale?(name: string): Scale | undefined;
};

interface Chart {
  markup: string;
  width: number;
  height: number;
  color: Scale | undefined;
  summary: { x?: string; y?: string; marks: string[] };
}

function renderChart(options: Plot.PlotOptions, fitLabels: boolean): Chart {
  const { document } = parseHTML("<!DOCTYPE html><html><body></body></html>") as unknown as {
    document: Plot.PlotOptions["document"];
  };
  const node = Plot.plot({ width: 640, height: 320, ...options, document }) as unknown as Element;
  if (node.getAttribute("viewBox") === null) {
    throw new TypeError(
      "options: expected a plot that renders one <svg> (legends are drawn by lib)",
    );
  }
  const color = node.scale?.("color");
  stripCss(node);
  let [x0, y0, width, height] = node.getAttribute("viewBox")!.split(/[ ,]+/).map(Number);
  if (fitLabels) {
    const fit = fitAxisLabels(node, width, height);
    x0 -= fit.left;
    y0 -= fit.top;
    width += fit.left + fit.right;
    height += fit.top + fit.bottom;
  }
  node.setAttribute("viewBox", `${x0} ${y0} ${width} ${height}`);
  node.setAttribute("width", String(width));
  node.setAttribute("height", String(height));
  return { markup: node.outerHTML, width, height, color, summary: summarise(node) };
}

// Plot writes a <style> block, a class and inline CSS: replace them by attributes.
function stripCss(node: Element): void {
  for (const style of Array.from(node.querySelectorAll("style"))) style.remove();
  node.removeAttribute("class");
  node.removeAttribute("style");
  node.setAttribute("font-family", FIGURE_STYLE.fontFamily);
  node.setAttribute("font-size", String(FIGURE_STYLE.fontSize));
  node.setAttribute("overflow", "hidden");
  for (const element of Array.from(node.querySelectorAll("[fill],[stroke]"))) {
    for (const attribute of ["fill", "stroke"]) {
      // Plot's tip mark paints with this CSS variable; without CSS it must be a colour.
      if (element.getAttribute(attribute) === "var(--plot-background)") {
        element.setAttribute(attribute, FIGURE_STYLE.background);
      }
    }
  }
}

// Extra room (pixels) so that axis text fits, and the x label moved below its tick labels.
function fitAxisLabels(
  node: Element,
  width: number,
  height: number,
): { left: number; right: number; top: number; bottom: number } {
  const size = FIGURE_STYLE.fontSize;
  let minX = 0;
  let maxX = width;
  let tickBottom = -Infinity;
  let tickTop = Infinity;
  for (const text of Array.from(node.querySelectorAll('g[aria-label$="-axis tick label"] text'))) {
    const box = textBox(text, node, size);
    minX = Math.min(minX, box.left);
    maxX = Math.max(maxX, box.right);
    if (box.axis.startsWith("x-axis") && box.y > height / 2) {
      tickBottom = Math.max(tickBottom, box.y + size);
    }
    if (box.axis.startsWith("y-axis")) tickTop = Math.min(tickTop, box.y - 0.5 * size);
  }
  let bottom = 0;
  let top = 0;
  let minY = 0;
  let maxY = height;
  for (const group of Array.from(node.querySelectorAll('g[aria-label$="-axis label"]'))) {
    for (const text of Array.from(group.querySelectorAll("text"))) {
      const box = textBox(text, node, size);
      minX = Math.min(minX, box.left);
      maxX = Math.max(maxX, box.right);
      minY = Math.min(minY, box.top);
      maxY = Math.max(maxY, box.bottom);
      const [gx, gy] = translation(group.getAttribute("transform"));
      const textTop = box.y - 0.8 * size;
      const flat = !box.turned;
      if (flat && box.axis === "x-axis label" && box.y > height / 2 && textTop < tickBottom + 3) {
        // Move the label down below the tick labels and make room for it.
        const shift = Math.ceil(tickBottom + 3 - textTop);
        group.setAttribute("transform", `translate(${gx},${gy + shift})`);
        bottom = Math.max(bottom, box.y + shift + 0.3 * size - height);
      }
      // Plot hangs the y label from the top (y = 0.71em): its foot must clear the top tick label.
      const foot = box.y + size;
      if (flat && box.axis === "y-axis label" && box.y < height / 2 && foot > tickTop - 2) {
        const shift = Math.ceil(foot - tickTop + 2);
        group.setAttribute("transform", `translate(${gx},${gy - shift})`);
        top = Math.max(top, shift - box.y);
      }
    }
  }
  return {
    left: Math.ceil(Math.max(0, 2 - minX)),
    right: Math.ceil(Math.max(0, maxX - width + 2)),
    top: Math.ceil(Math.max(0, top, 2 - minY)),
    bottom: Math.ceil(Math.max(0, bottom, maxY - height + 2)),
  };
}

// Where a text sits in the chart: translations summed up to the root, the nearest text-anchor,
// its horizontal and vertical extent (a label turned by 90 degrees runs along y), and the axis
// group it belongs to.
function textBox(text: Element, root: Element, size: number) {
  let x = 0;
  let y = 0;
  let anchor: string | null = null;
  let axis = "";
  for (let e: Element | null = text; e && e !== root; e = e.parentElement) {
    const [dx, dy] = translation(e.getAttribute("transform"));
    x += dx;
    y += dy;
    anchor ??= e.getAttribute("text-anchor");
    const label = e.getAttribute("aria-label") ?? "";
    if (axis === "" && label.includes("-axis")) axis = label;
  }
  const width = textWidth(text.textContent ?? "", Number(text.getAttribute("font-size") ?? size));
  const along = anchor ?? root.getAttribute("text-anchor") ?? "middle";
  if (/rotate\(\s*-90\s*\)/.test(text.getAttribute("transform") ?? "")) {
    // Turned by -90 degrees the text reads upwards: "start" at the bottom, "end" at the top.
    const [low, high] = extent(-y, width, along);
    return {
      left: x - 0.3 * size,
      right: x + size,
      top: -high,
      bottom: -low,
      y,
      axis,
      turned: true,
    };
  }
  const [left, right] = extent(x, width, along);
  return { left, right, top: y - size, bottom: y + 0.3 * size, y, axis, turned: false };
}

function translation(transform: string | null): [number, number] {
  const match = /translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)\s*\)/.exec(transform ?? "");
  return match ? [Number(match[1]), Number(match[2])] : [0, 0];
}

function extent(x: number, width: number, anchor: string): [number, number] {
  if (anchor === "start") return [x, x + width];
  if (anchor === "end") return [x - width, x];
  return [x - width / 2, x + width / 2];
}

const LEGEND_SCALES = ["color", "symbol", "opacity", "r", "length"] as const;

function legendRequested(options: Plot.PlotOptions): boolean {
  for (const name of LEGEND_SCALES) {
    const scale = (options as Record<string, unknown>)[name] as { legend?: unknown } | undefined;
    if (scale?.legend === undefined || scale.legend === false) continue;
    if (name !== "color") {
      throw new TypeError(`options.${name}.legend: only colour legends are drawn in figures`);
    }
    if (scale.legend !== true && scale.legend !== "swatches") {
      throw new TypeError(
        `options.color.legend: expected true or "swatches", got ${JSON.stringify(scale.legend)}`,
      );
    }
    return true;
  }
  return false;
}

function withoutLegends(options: Plot.PlotOptions): Plot.PlotOptions {
  const color = options.color;
  return color && typeof color === "object"
    ? { ...options, color: { ...color, legend: false } }
    : options;
}

function swatches(color: Scale | undefined): LegendItem[] {
  if (!color || !color.apply || !Array.isArray(color.domain)) {
    throw new TypeError("options.color.legend: the plot has no colour scale to show");
  }
  if (color.type !== "ordinal" && color.type !== "categorical") {
    throw new TypeError(
      `options.color.legend: only ordinal colour legends are drawn, got a ${color.type} scale`,
    );
  }
  return color.domain.map((value) => ({
    label: String(value),
    color: String(color.apply!(value)),
  }));
}

function summarise(node: Element): Chart["summary"] {
  const axisLabel = (axis: string) => {
    const text = node.querySelectorAll(`g[aria-label="${axis}-axis label"] text`)[0]?.textContent;
    return text ? text.replace(/[↑↓←→]/g, "").trim() : undefined;
  };
  // Count drawn shapes per mark; a mark drawn in several facets appears once, summed.
  const counts = new Map<string, number>();
  const isMark = (e: Element) => {
    const name = e.getAttribute("aria-label");
    return name !== null && !/axis|grid|facet/.test(name);
  };
  for (const group of Array.from(node.querySelectorAll("g[aria-label]"))) {
    if (!isMark(group)) continue;
    let nested = false;
    for (let e = group.parentElement; e && e !== node; e = e.parentElement) nested ||= isMark(e);
    if (nested) continue;
    const name = group.getAttribute("aria-label")!;
    const shapes = group.querySelectorAll("path,circle,rect,line,text,polygon,polyline,image");
    counts.set(name, (counts.get(name) ?? 0) + shapes.length);
  }
  return {
    x: axisLabel("x") ?? axisLabel("fx"),
    y: axisLabel("y") ?? axisLabel("fy"),
    marks: [...counts].map(([name, n]) => `${name} (${n})`),
  };
}

function describeFigure(
  title: string,
  subtitle: string | undefined,
  caption: string | undefined,
  legend: readonly LegendItem[],
  summary: Chart["summary"],
): string {
  const axes = [summary.x && `x: ${summary.x}`, summary.y && `y: ${summary.y}`].filter(Boolean);
  return [
    `Figure: ${title}`,
    subtitle,
    axes.length > 0 ? axes.join("; ") : undefined,
    legend.length > 0
      ? `colour: ${legend.map((l) => JSON.stringify(l.label)).join(", ")}`
      : undefined,
    summary.marks.length > 0 ? `marks: ${summary.marks.join(", ")}` : undefined,
    caption,
  ].filter((line): line is string => typeof line === "string" && line !== "").join("\n");
}
