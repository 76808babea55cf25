/**
 * Counting what an audit found, per paper: findings first, then the printed numbers by verdict
 * (each printed number once). The primer's and the synthesis' own numbers are counted apart.
 *
 * @module
 */

import { type Claim, type ClaimRole, type Interval, type Verdict, VERDICTS } from "./claim.ts";
import { fmt } from "./verdict.ts";

/** One paper's tally. */
export interface PaperTally {
  paper: string;
  role: ClaimRole;
  /** Distinct findings its claims belong to, with their titles. */
  findings: { id: string; title: string; claims: number }[];
  /** Printed numbers judged. */
  total: number;
  counts: Record<Verdict, number>;
}

/**
 * Tally claims per paper, papers in first-seen order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const claim = { paper: "demo", role: "paper", verdict: "match", finding: null } as const;
 * const [tally] = tallyClaims([claim as never]);
 * assert.equal(tally.counts.match, 1);
 * assert.equal(tally.findings.length, 0);
 * ```
 */
export function tallyClaims(claims: readonly Claim[]): PaperTally[] {
  const byPaper = new Map<string, PaperTally>();
  for (const claim of claims) {
    let tally = byPaper.get(claim.paper);
    if (!tally) {
      const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
      tally = { paper: claim.paper, role: claim.role, findings: [], total: 0, counts };
      byPaper.set(claim.paper, tally);
    }
    tally.total += 1;
    tally.counts[claim.verdict] += 1;
    if (claim.finding !== null) {
      const known = tally.findings.find((f) => f.id === claim.finding!.id);
      if (known) known.claims += 1;
      else tally.findings.push({ ...claim.finding, claims: 1 });
    }
  }
  return [...byPaper.values()];
}

/**
 * A fixed-width table for the terminal: per paper, findings and printed numbers by verdict;
 * papers first, then the primer and the synthesis, which are never added to the papers.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.match(verdictTable([]), /^paper/);
 * ```
 */
export function verdictTable(claims: readonly Claim[]): string {
  const tallies = tallyClaims(claims);
  const ordered = [
    ...tallies.filter((t) => t.role === "paper"),
    ...tallies.filter((t) => t.role !== "paper"),
  ];
  const rows = ordered.map((t) => [
    t.role === "paper" ? t.paper : `${t.paper} (${t.role}, not a paper)`,
    String(t.findings.length),
    ...VERDICTS.map((v) => String(t.counts[v])),
    String(t.total),
  ]);
  const header = ["paper", "findings", ...VERDICTS, "numbers"];
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j].length)));
  const line = (r: string[]) =>
    r.map((v, j) => (j === 0 ? v.padEnd(widths[j]) : v.padStart(widths[j]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/**
 * A claim's computed value for a table cell: a number to six significant digits, a range, or
 * a dash.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(formatComputed({ lo: 0.004, hi: 0.0121 }), "0.004 to 0.0121");
 * assert.equal(formatComputed(null), "—");
 * ```
 */
export function formatComputed(computed: number | Interval | null): string {
  if (computed === null) return "—";
  if (typeof computed === "number") return fmt(computed);
  return `${fmt(computed.lo)} to ${fmt(computed.hi)}`;
}
