/**
 * Counting what an audit found, per paper: findings first, then the printed numbers by verdict
 * (each printed number once). The primer's and the synthesis' own numbers are counted apart.
 *
 * @module
 */

import type { NumericInterval } from "../printed/intervals.ts";
import { type Claim, type ClaimRole, type Verdict, VERDICTS } from "./claim.ts";
import { fmt } from "./verdict.ts";

/** One paper's tally. */
export interface PaperTally {
  paper: string;
  role: ClaimRole;
  /** Distinct findings its claims belong to, in first-seen order, with the first claim of each. */
  findings: { id: string; title: string; claims: number; firstClaim: string }[];
  /** Distinct printed numbers judged. */
  total: number;
  counts: Record<Verdict, number>;
}

/** The fields of a claim a tally reads (a claim, or a record of audit.json). */
export type Tallied = Pick<Claim, "paper" | "id" | "role" | "verdict" | "finding">;

/**
 * Tally claims per paper, papers in first-seen order. A claim repeated with the same paper and
 * id is one printed number and is counted once.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const base = { paper: "demo", role: "paper", finding: { id: "f", title: "n wrong" } } as const;
 * const [tally] = tallyClaims([
 *   { ...base, id: "a", verdict: "mismatch" },
 *   { ...base, id: "b", verdict: "mismatch" },
 *   { ...base, id: "b", verdict: "mismatch" },
 * ]);
 * assert.equal(tally.total, 2);
 * assert.equal(tally.counts.mismatch, 2);
 * assert.deepEqual(tally.findings, [{ id: "f", title: "n wrong", claims: 2, firstClaim: "a" }]);
 * ```
 */
export function tallyClaims(claims: readonly Tallied[]): PaperTally[] {
  const byPaper = new Map<string, PaperTally>();
  const seen = new Set<string>();
  for (const claim of claims) {
    let tally = byPaper.get(claim.paper);
    if (!tally) {
      const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
      tally = { paper: claim.paper, role: claim.role, findings: [], total: 0, counts };
      byPaper.set(claim.paper, tally);
    }
    // JSON keys cannot collide the way a joined string could ("a-b" + "c" vs "a" + "b-c").
    const key = JSON.stringify([claim.paper, claim.id]);
    if (seen.has(key)) continue;
    seen.add(key);
    tally.total += 1;
    tally.counts[claim.verdict] += 1;
    if (claim.finding !== null) {
      const known = tally.findings.find((f) => f.id === claim.finding!.id);
      if (known) known.claims += 1;
      else tally.findings.push({ ...claim.finding, claims: 1, firstClaim: claim.id });
    }
  }
  return [...byPaper.values()];
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
export function formatComputed(computed: number | NumericInterval | null): string {
  if (computed === null) return "—";
  if (typeof computed === "number") return fmt(computed);
  return `${fmt(computed.lo)} to ${fmt(computed.hi)}`;
}
