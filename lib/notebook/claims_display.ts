/**
 * A notebook's claims on screen: the verdict summary shown empty near the top and filled when
 * the claims table at the end is shown (so it can never disagree with the ledger), and the
 * claims table itself, which also carries the claims as JSON for the runner and the report.
 *
 * @module
 */

import type { Claim } from "../audit/claim.ts";
import { VERDICTS } from "../audit/claim.ts";
import type { Ledger } from "../audit/ledger.ts";
import { formatComputed, tallyClaims } from "../audit/summary.ts";
import { type Displayable, escapeHtml, JUPYTER_DISPLAY, show } from "./display.ts";
import { table } from "./table.ts";

/** The MIME type under which a claims display carries the claims themselves. */
export const CLAIMS_MIME = "application/vnd.oxytocin-audit.claims+json";

/** What a claims display carries under CLAIMS_MIME. */
export interface ClaimsPayload {
  paper: string;
  claims: Claim[];
  findings: { id: string; title: string; note: string; claims: string[] }[];
  excluded: { id: string; reported: string; reason: string }[];
}

/**
 * A displayable of every claim: findings first, then an HTML table, aligned text, and the
 * claims as JSON under CLAIMS_MIME.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Ledger } from "../audit/ledger.ts";
 * import { toBundle } from "./display.ts";
 * const bundle = await toBundle(claimsDisplay(new Ledger("demo")));
 * assert.deepEqual((bundle[CLAIMS_MIME] as ClaimsPayload).claims, []);
 * ```
 */
export function claimsDisplay(ledger: Ledger): Displayable {
  const claims = ledger.claims;
  const payload: ClaimsPayload = {
    paper: ledger.paper,
    claims,
    findings: ledger.findings,
    excluded: ledger.excluded.map((e) => ({ id: e.id, reported: e.reported, reason: e.reason })),
  };
  return {
    [JUPYTER_DISPLAY]: () => ({
      "text/html": findingsHtml(payload) + claimsHtml(claims),
      "text/plain": findingsText(payload) + "\n\n" + claimsText(claims),
      [CLAIMS_MIME]: payload,
    }),
  };
}

/**
 * A displayable summary: findings and printed numbers by verdict.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { toBundle } from "./display.ts";
 * assert.match(String((await toBundle(verdictSummary([])))["text/plain"]), /filled in/);
 * ```
 */
export function verdictSummary(claims: readonly Claim[]): Displayable {
  const [tally] = tallyClaims(claims);
  const text = tally === undefined
    ? "Verdicts: (filled in when the claims table at the end has run)"
    : `${tally.findings.length} findings; ${tally.total} printed numbers: ` +
      VERDICTS.map((v) => `${tally.counts[v]} ${v}`).join(", ");
  const badges = tally === undefined
    ? `<p>${escapeHtml(text)}</p>`
    : `<p><b>${tally.findings.length} findings</b>; ${tally.total} printed numbers: ${
      VERDICTS.map((v) => `<span class="verdict ${v}">${tally.counts[v]} ${v}</span>`).join(" ")
    }</p>`;
  return { [JUPYTER_DISPLAY]: () => ({ "text/html": badges, "text/plain": text }) };
}

/**
 * Show the (still empty) verdict summary near the top of a notebook.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Ledger } from "../audit/ledger.ts";
 * import { currentRecorder, setRecorder } from "./display.ts";
 * const before = currentRecorder();
 * const seen: unknown[] = [];
 * setRecorder({ display: (bundle, options) => void seen.push([bundle["text/plain"], options]) });
 * await showSummaryPlaceholder(new Ledger("demo"));
 * setRecorder(before);
 * assert.deepEqual(seen, [[
 *   "Verdicts: (filled in when the claims table at the end has run)",
 *   { displayId: "verdict-summary-demo" },
 * ]]);
 * ```
 */
export async function showSummaryPlaceholder(ledger: Ledger): Promise<void> {
  await show(verdictSummary([]), { displayId: summaryId(ledger) });
}

/**
 * Show every claim and fill the summary at the top. Throws, naming them, while any printed
 * number of the paper is left unjudged.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Ledger } from "../audit/ledger.ts";
 * const ledger = new Ledger("demo", {
 *   printed: [
 *     { id: "abstrak.p", location: "Abstrak", kind: "p", quote: "p = 0,008", reported: "0,008" },
 *   ],
 * });
 * const unjudged = /^RangeError: demo: 1 printed numbers are not judged yet: abstrak\.p$/;
 * await assert.rejects(showClaims(ledger), unjudged);
 * ```
 */
export async function showClaims(ledger: Ledger): Promise<void> {
  const unjudged = ledger.unjudged();
  if (unjudged.length > 0) {
    throw new RangeError(
      `${ledger.paper}: ${unjudged.length} printed numbers are not judged yet: ${
        unjudged.join(", ")
      }`,
    );
  }
  const claims = ledger.claims;
  await show(verdictSummary(claims), { displayId: summaryId(ledger), update: true });
  await show(claimsDisplay(ledger));
}

/**
 * How printed.csv covers the paper: claims to judge and numbers excluded, per part of the paper
 * (a location's words before its first comma or parenthesis), then every excluded number with
 * its reason.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Ledger } from "../audit/ledger.ts";
 * import { toBundle } from "./display.ts";
 * const ledger = new Ledger("demo", {
 *   printed: [{ id: "a.n", location: "Abstrak", kind: "n", quote: "15 ibu", reported: "15" }],
 *   excluded: [{ id: "i.who", location: "Pendahuluan, paragraf 1", kind: "percent",
 *     quote: "WHO: 41%", reported: "41%", reason: "cited from WHO" }],
 * });
 * const [parts] = printedCoverage(ledger).map((d) => toBundle(d));
 * assert.match(String(parts["text/plain"]), /printed.csv: 1 claims, 1 excluded/);
 * assert.match(String(parts["text/plain"]), /Pendahuluan\s+0\s+1/);
 * ```
 */
export function printedCoverage(ledger: Ledger): Displayable[] {
  const part = (location: string) => location.split(/[,(]/)[0].trim();
  const claims = ledger.printedNumbers;
  const excluded = ledger.excluded;
  const parts = [...new Set([...claims, ...excluded].map((r) => part(r.location)))];
  return [
    table(
      parts.map((p) => ({
        part: p,
        claims: claims.filter((r) => part(r.location) === p).length,
        excluded: excluded.filter((r) => part(r.location) === p).length,
      })),
      { caption: `printed.csv: ${claims.length} claims, ${excluded.length} excluded` },
    ),
    table(
      excluded.map((e) => ({ id: e.id, printed: e.reported, reason: e.reason })),
      { caption: "Printed numbers excluded from the audit, and why" },
    ),
  ];
}

function summaryId(ledger: Ledger): string {
  return `verdict-summary-${ledger.paper}`;
}

function findingsText(p: ClaimsPayload): string {
  const lines = p.findings.map((f) => `- ${f.title} (${f.claims.join(", ")})`);
  return [`Findings (${p.findings.length}):`, ...lines].join("\n") +
    (p.excluded.length > 0 ? `\nExcluded printed numbers: ${p.excluded.length}` : "");
}

function findingsHtml(p: ClaimsPayload): string {
  const items = p.findings.map((f) =>
    `<li><b>${escapeHtml(f.title)}</b> ${escapeHtml(f.note)} <small>(${
      f.claims.map(escapeHtml).join(", ")
    })</small></li>`
  ).join("");
  const excluded = p.excluded.length > 0
    ? `<p>Excluded printed numbers: ${p.excluded.length} (${
      p.excluded.map((e) => `${escapeHtml(e.reported)}: ${escapeHtml(e.reason)}`).join("; ")
    })</p>`
    : "";
  return `<h4>Findings (${p.findings.length})</h4><ul>${items}</ul>${excluded}`;
}

function claimsText(claims: readonly Claim[]): string {
  return claims.map((c) =>
    `${c.verdict.padEnd(13)} ${c.id}  [${c.location}] ${c.label}: reported ${c.reported}, ` +
    `computed ${formatComputed(c.computed)}${
      c.support ? ` (${c.support.k} of ${c.support.of})` : ""
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
      escapeHtml(formatComputed(c.computed))
    }</td><td><b>${c.verdict}</b>${c.support ? ` ${c.support.k}/${c.support.of}` : ""}</td><td>${
      escapeHtml(c.note)
    }</td></tr>`
  ).join("");
  return `<table class="claims"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}
