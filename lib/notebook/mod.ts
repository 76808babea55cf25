/**
 * What a notebook cell calls: show, tables, figures and the claims table.
 *
 * @module
 */

// Showing things in a cell (kernel or headless)
export {
  type Displayable,
  escapeHtml,
  html,
  inKernel,
  JUPYTER_DISPLAY,
  md,
  show,
  toBundle,
} from "./display.ts";
// Tables (danfojs loaded only on first use of frame)
export { type Cell, danfo, frame, printedFrame, table, withDisplay } from "./table.ts";
// Figures (Observable Plot; PNG, SVG and a text description)
export { type Figure, type FigureOptions, PALETTE, Plot, plot } from "./plot.ts";
// The claims table and the verdict summary
export {
  claimsDisplay,
  printedCoverage,
  showClaims,
  showSummaryPlaceholder,
  verdictSummary,
} from "./claims_display.ts";
