/**
 * Summaries of claims: counts by verdict per paper, as a terminal table and as a displayable
 * that also carries the claims as JSON (so a kernel run and a headless run can be compared).
 *
 * @module
 */

import type { Claim } from "./claim.ts";
import { type Verdict, VERDICTS } from "./verdict.ts";
import { type Displayable, escapeHtml, JUPYTER_DISPLAY } from "../notebook/display.ts";

/** The MIME type under which a claims display carries the claims themselves. */
export const CLAIMS_MIME = "application/vnd.oxytocin-audit.claims+json";

/** Verdict counts for one paper. */
export interface PaperSummary {
  paper: string;
  total: number;
  counts: Record<Verdict, number>;
}

/**
 * Count claims by verdict for each paper, papers in first-seen order.
 *
 * @example
 * ```ts
 * summarize(claims)[0]; // { paper: "masohi", total: 40, counts: { match: 30, ... } }
 * ```
 */
export function summarize(claims: readonly Claim[]): PaperSummary[] {
  const byPaper = new Map<string, PaperSummary>();
  for (const claim of claims) {
    let summary = byPaper.get(claim.paper);
    if (!summary) {
      const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
      summary = { paper: claim.paper, total: 0, counts };
      byPaper.set(claim.paper, summary);
    }
    summary.total += 1;
    summary.counts[claim.verdict] += 1;
  }
  return [...byPaper.values()];
}

/**
 * A fixed-width table of verdict counts per paper, for the terminal.
 *
 * @example
 * ```ts
 * console.log(verdictTable(claims));
 * ```
 */
export function verdictTable(claims: readonly Claim[]): string {
  const rows = summarize(claims).map((s) => [
    s.paper,
    ...VERDICTS.map((v) => String(s.counts[v])),
    String(s.total),
  ]);
  const header = ["paper", ...VERDICTS, "total"];
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j].length)));
  const line = (r: string[]) =>
    r.map((v, j) => (j === 0 ? v.padEnd(widths[j]) : v.padStart(widths[j]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/**
 * A displayable of every claim (HTML table, aligned text and the claims as JSON).
 *
 * @example
 * ```ts
 * await show(claimsDisplay(ledger.claims));
 * ```
 */
export function claimsDisplay(claims: readonly Claim[]): Displayable {
  return {
    [JUPYTER_DISPLAY]: () => ({
      "text/html": claimsHtml(claims),
      "text/plain": claimsText(claims),
      [CLAIMS_MIME]: { claims: claims.map((c) => ({ ...c })) },
    }),
  };
}

/**
 * A displayable one-line-per-verdict summary, e.g. for the top of a paper notebook.
 *
 * @example
 * ```ts
 * await show(verdictSummary(ledger.claims), { displayId: "summary" });
 * ```
 */
export function verdictSummary(claims: readonly Claim[]): Displayable {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const claim of claims) counts[claim.verdict] += 1;
  const parts = VERDICTS.map((v) => `${counts[v]} ${v}`);
  const text = claims.length === 0
    ? "Verdicts: (filled in when the claims table at the end has run)"
    : `Verdicts on ${claims.length} claims: ${parts.join(", ")}`;
  const badges = VERDICTS.map((v) => `<span class="verdict ${v}">${counts[v]} ${v}</span>`)
    .join(" ");
  return {
    [JUPYTER_DISPLAY]: () => ({
      "text/html": claims.length === 0 ? `<p>${escapeHtml(text)}</p>` : `<p>${badges}</p>`,
      "text/plain": text,
    }),
  };
}

function claimsText(claims: readonly Claim[]): string {
  return claims.map((c) =>
    `${
      c.verdict.padEnd(12)
    } ${c.id}  [${c.location}] ${c.label}: reported ${c.reported}, computed ${
      c.computed === null ? "—" : String(Number(c.computed.toPrecision(6)))
    }`
  ).join("\n");
}

function claimsHtml(claims: readonly Claim[]): string {
  const head = ["id", "location", "label", "reported", "computed", "verdict", "note"]
    .map((h) => `<th>${h}</th>`).join("");
  const rows = claims.map((c) =>
    `<tr class="${c.verdict}"><td><code>${escapeHtml(c.id)}</code></td><td>${
      escapeHtml(c.location)
    }</td><td>${escapeHtml(c.label)}</td><td>${escapeHtml(c.reported)}</td><td>${
      c.computed === null ? "—" : escapeHtml(String(Number(c.computed.toPrecision(6))))
    }</td><td><b>${c.verdict}</b></td><td>${escapeHtml(c.note)}</td></tr>`
  ).join("");
  return `<table class="claims"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}
