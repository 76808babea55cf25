/**
 * A paper notebook's verdict summary: shown empty at the top, filled when the claims table at
 * the end is shown, so the summary can never disagree with the ledger.
 *
 * @module
 */

import type { Ledger } from "../audit/ledger.ts";
import { claimsDisplay, verdictSummary } from "../audit/summary.ts";
import { show } from "./display.ts";

/**
 * Show the (still empty) verdict summary near the top of a notebook.
 *
 * @example
 * ```ts
 * const ledger = new Ledger("masohi");
 * await showSummaryPlaceholder(ledger);
 * ```
 */
export async function showSummaryPlaceholder(ledger: Ledger): Promise<void> {
  await show(verdictSummary([]), { displayId: summaryId(ledger) });
}

/**
 * Show every claim, fill the summary at the top, and show the summary again here.
 *
 * @example
 * ```ts
 * await showClaims(ledger);
 * ```
 */
export async function showClaims(ledger: Ledger): Promise<void> {
  const claims = ledger.claims;
  await show(verdictSummary(claims), { displayId: summaryId(ledger), update: true });
  await show(claimsDisplay(claims));
  await show(verdictSummary(claims));
}

function summaryId(ledger: Ledger): string {
  return `verdict-summary-${ledger.paper}`;
}
