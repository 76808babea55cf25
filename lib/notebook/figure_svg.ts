/**
 * One standalone SVG per figure: title, subtitle, legend swatches, the chart and a caption,
 * all drawn inside the SVG with presentation attributes only (no `<style>`, no classes), so it
 * survives sanitisers and rasterises the same everywhere.
 *
 * @module
 */

import { escapeHtml } from "./display.ts";
import { FIGURE_FONT_FAMILY } from "./rasterize.ts";
import { textWidth, wrapText } from "./text_width.ts";

/** Font stack written into figures: the rasteriser's font first, similar metrics after it. */
export const FIGURE_FONTS = `${FIGURE_FONT_FAMILY}, Verdana, sans-serif`;

/** One legend entry: a label and its colour. */
export interface LegendItem {
  readonly label: string;
  readonly color: string;
}

/** What a composed figure holds; `chart` is an `<svg>` with its own width and height. */
export interface FigureParts {
  readonly title: string;
  readonly subtitle?: string;
  readonly caption?: string;
  readonly legend?: readonly LegendItem[];
  readonly chart: { readonly markup: string; readonly width: number; readonly height: number };
}

const PAD = 10;
const TITLE_SIZE = 15;
const SUBTITLE_SIZE = 12;
const LEGEND_SIZE = 12;
const CAPTION_SIZE = 11;
const SWATCH = 12;
const MUTED = "#555555";

/**
 * Compose the parts into one standalone SVG, as wide as the chart; text wraps to that width.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const chart = { markup: '<svg width="100" height="50"></svg>', width: 100, height: 50 };
 * const svg = composeFigure({ title: "Umur", legend: [{ label: "a", color: "red" }], chart });
 * assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="100"/);
 * assert.match(svg, /font-weight="bold"[^>]*>Umur<\/text>/);
 * assert.doesNotMatch(svg, /<style/);
 * ```
 */
export function composeFigure(parts: FigureParts): string {
  const { title, subtitle, caption, legend = [], chart } = parts;
  if (typeof title !== "string" || title.trim() === "") {
    throw new TypeError(`title: expected a non-empty string, got ${JSON.stringify(title)}`);
  }
  if (!(chart?.width > 0) || !(chart?.height > 0) || !/^<svg[\s>]/.test(chart.markup)) {
    throw new TypeError("chart: expected { markup: '<svg ...>', width > 0, height > 0 }");
  }
  const width = chart.width;
  const textWidthAvailable = Math.max(width - 2 * PAD, 40);
  const body: string[] = [];
  let y = PAD;

  const paragraph = (text: string, size: number, attributes: string, bold = false) => {
    for (const line of wrapText(text, size, textWidthAvailable, { bold })) {
      y += size * 1.25;
      body.push(
        `<text x="${PAD}" y="${fixed(y - size * 0.25)}" font-size="${size}"${attributes}>` +
          `${escapeHtml(line)}</text>`,
      );
    }
  };

  paragraph(title, TITLE_SIZE, ' font-weight="bold"', true);
  if (subtitle) paragraph(subtitle, SUBTITLE_SIZE, ` fill="${MUTED}"`);
  if (legend.length > 0) {
    y += 6;
    body.push(
      ...legendRows(legend, textWidthAvailable).map((row) => {
        const out = row.map(({ item, x }) =>
          `<rect x="${fixed(PAD + x)}" y="${fixed(y)}" width="${SWATCH}" height="${SWATCH}" ` +
          `fill="${escapeHtml(item.color)}" stroke="#999999" stroke-width="0.5"/>` +
          `<text x="${fixed(PAD + x + SWATCH + 5)}" y="${fixed(y + SWATCH - 2)}" ` +
          `font-size="${LEGEND_SIZE}">${escapeHtml(item.label)}</text>`
        ).join("");
        y += SWATCH + 6;
        return out;
      }),
    );
  }
  y += 6;
  const chartY = y;
  y += chart.height;
  if (caption) {
    y += 4;
    paragraph(caption, CAPTION_SIZE, ` fill="${MUTED}"`);
  }
  const height = Math.ceil(y + PAD);
  const inner = chart.markup.replace(/^<svg/, `<svg x="0" y="${fixed(chartY)}"`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" font-family="${FIGURE_FONTS}" font-size="12" ` +
    `color="black" role="img" aria-label="${escapeHtml(title)}">` +
    `<title>${escapeHtml(title)}</title>` +
    `<rect width="${width}" height="${height}" fill="white"/>` +
    body.join("") + inner + `</svg>`;
}

// Swatches flow left to right and wrap to a new row at the figure's width.
function legendRows(
  legend: readonly LegendItem[],
  maxWidth: number,
): { item: LegendItem; x: number }[][] {
  const rows: { item: LegendItem; x: number }[][] = [[]];
  let x = 0;
  for (const item of legend) {
    const w = SWATCH + 5 + textWidth(item.label, LEGEND_SIZE) + 16;
    if (x > 0 && x + w - 16 > maxWidth) {
      rows.push([]);
      x = 0;
    }
    rows[rows.length - 1].push({ item, x });
    x += w;
  }
  return rows;
}

function fixed(value: number): string {
  return String(Math.round(value * 100) / 100);
}
