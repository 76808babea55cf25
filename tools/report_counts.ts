/**
 * What the report counts for one paper (or the primer, or the synthesis): its findings, then
 * its distinct printed numbers by verdict, each (paper, id) once, and whether its notebook
 * failed. Pure, so the HTML report and the terminal table count the same way.
 *
 * @module
 */

import type { AuditRecord } from "./audit_record.ts";
import { type PaperTally, type Tallied, tallyClaims } from "../lib/audit/summary.ts";
import { VERDICTS } from "../lib/audit/claim.ts";

/** The verdicts a printed number can carry ("failed" belongs to notebooks, not numbers). */
export const NUMBER_VERDICTS = VERDICTS;

/** One paper's tally (lib/audit's), plus the failure records of its notebook(s). */
export interface Tally extends PaperTally {
  failures: AuditRecord[];
}

/**
 * Tally records per paper, in first-seen order: the printed numbers as lib/audit tallies claims
 * (each (paper, id) once), and failure records kept apart.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const base = { kind: "p", location: "Tabel 3", quote: null, reported: "0,008", computed: 0.008,
 *   readings: [], support: null, links: [], slip: null, note: "", role: "paper" } as const;
 * const [t] = tallyRecords([
 *   { ...base, paper: "a", id: "x", verdict: "mismatch", finding: { id: "f1", title: "n wrong" } },
 *   { ...base, paper: "a", id: "y", verdict: "mismatch", finding: { id: "f1", title: "n wrong" } },
 *   { ...base, paper: "a", id: "y", verdict: "mismatch", finding: { id: "f1", title: "n wrong" } },
 *   { ...base, paper: "a", id: "notebook", kind: "notebook", verdict: "failed", finding: null },
 * ]);
 * assert.equal(t.total, 2);
 * assert.equal(t.counts.mismatch, 2);
 * assert.equal(t.failures.length, 1);
 * assert.deepEqual(t.findings.map((f) => [f.title, f.claims]), [["n wrong", 2]]);
 * ```
 */
export function tallyRecords(records: readonly AuditRecord[]): Tally[] {
  const numbers = records.filter((r): r is AuditRecord & Tallied => r.verdict !== "failed");
  const counted = new Map(tallyClaims(numbers).map((t) => [t.paper, t]));
  const tallies = new Map<string, Tally>();
  for (const r of records) {
    if (tallies.has(r.paper)) continue;
    const empty = {
      paper: r.paper,
      role: r.role,
      findings: [],
      total: 0,
      counts: Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Tally["counts"],
    };
    tallies.set(r.paper, { ...(counted.get(r.paper) ?? empty), failures: [] });
  }
  for (const r of records) if (r.verdict === "failed") tallies.get(r.paper)!.failures.push(r);
  return [...tallies.values()];
}

/**
 * The sum of several tallies' counts (the papers' totals: pass only the papers' tallies).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const t = (n: number) => ({ paper: "p", role: "paper" as const, findings: [], total: n,
 *   failures: [], counts: { match: n, consistent: 0, rounding: 0, mismatch: 0,
 *   contradiction: 0, unverifiable: 0 } });
 * assert.equal(sumTallies([t(2), t(3)]).counts.match, 5);
 * ```
 */
export function sumTallies(
  tallies: readonly Tally[],
): { findings: number; total: number; counts: Tally["counts"]; failures: number } {
  const counts = Object.fromEntries(NUMBER_VERDICTS.map((v) => [v, 0])) as Tally["counts"];
  let findings = 0, total = 0, failures = 0;
  for (const t of tallies) {
    findings += t.findings.length;
    total += t.total;
    failures += t.failures.length;
    for (const v of NUMBER_VERDICTS) counts[v] += t.counts[v];
  }
  return { findings, total, counts, failures };
}

/**
 * A fixed-width terminal table: per paper, findings and distinct printed numbers by verdict, a
 * line of the papers' totals, then the primer and the synthesis apart (never in the totals).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = { paper: "a", id: "x", kind: "n", location: "Abstrak", quote: null, reported: "24",
 *   verdict: "match", computed: 24, readings: [], support: null, finding: null, links: [],
 *   slip: null, note: "", role: "paper" } as const;
 * assert.match(tallyTable([r]), /^a +0 +1( +0){5} +1$/m);
 * ```
 */
export function tallyTable(records: readonly AuditRecord[]): string {
  const tallies = tallyRecords(records);
  const header = ["paper", "findings", ...NUMBER_VERDICTS, "numbers"];
  const line = (
    t: { paper: string; findings: number; total: number; counts: Tally["counts"] },
  ) => [
    t.paper,
    String(t.findings),
    ...NUMBER_VERDICTS.map((v) => String(t.counts[v])),
    String(t.total),
  ];
  const papers = tallies.filter((t) => t.role === "paper");
  const others = tallies.filter((t) => t.role !== "paper");
  const rows = [
    ...papers.map((t) => line({ ...t, findings: t.findings.length })),
    line({ paper: "all papers", ...sumTallies(papers) }),
    ...others.map((t) =>
      line({ ...t, paper: `${t.paper} (${t.role})`, findings: t.findings.length })
    ),
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const format = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  const failed = tallies.flatMap((t) => t.failures).map((f) =>
    `FAILED ${f.paper}: ${f.location}: ${f.note}`
  );
  return [
    format(header),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...rows.map(format),
    ...failed,
  ].join("\n");
}
