/**
 * The claims ledger: a notebook records every number it checks here, and the ledger, never the
 * notebook, decides the verdict from what was printed and what was computed.
 *
 * @module
 */

import { assertClaimFields, type Claim, type ClaimKind } from "./claim.ts";
import { largestRemainder, printedColumnTotals } from "./column.ts";
import { judge, type Verdict, VERDICTS } from "./verdict.ts";
import { parseReported } from "../printed/reported.ts";

/** What a notebook says about one checked number. */
export interface ClaimInput {
  id: string;
  kind: ClaimKind;
  label: string;
  /** Where the paper prints it ("Tabel 2", "Abstrak", ...). */
  location: string;
  /** The string exactly as printed. */
  reported: string;
  /** The value lib/ computed, in the units printed (percent as 13.5 for "13,5%"). */
  computed: number;
  /** The table's real printed precision where values are padded (45,80 printed for 45,8). */
  decimals?: number;
  /** Explanation added after the ledger's own reason. */
  note?: string;
}

/** A claim that cannot be checked: what was printed and what would be needed. */
export interface UnverifiableInput {
  id: string;
  kind: ClaimKind;
  label: string;
  location: string;
  /** As printed; may be words ("efektif") since nothing numeric is compared. */
  reported: string;
  /** Required: what is missing and what would be needed to check it. */
  note: string;
}

/** A printed column of percentages (or shares) whose printed total is `total`. */
export interface ColumnInput {
  /** Shared id prefix is not assumed; every entry keeps its own id. */
  entries: ClaimInput[];
  /** What the printed column totals to (100 for percentages). */
  total?: number;
}

const REGISTRY = Symbol.for("oxytocin-audit.ledgers");

/** Every ledger created in this process, so the headless runner can collect claims. */
export function registeredLedgers(): Ledger[] {
  const global = globalThis as unknown as Record<symbol, Ledger[] | undefined>;
  return (global[REGISTRY] ??= []);
}

/**
 * A paper's claims ledger.
 *
 * @example
 * ```ts
 * const ledger = new Ledger("masohi");
 * ledger.check({
 *   id: "t3.day1.p", kind: "p", label: "Wilcoxon p, day I", location: "Tabel 3",
 *   reported: "0,001", computed: 0.000910,
 * }).verdict; // "match"
 * ```
 */
export class Ledger {
  readonly paper: string;
  readonly #claims = new Map<string, Claim>();

  constructor(paper: string) {
    assertClaimFields({ paper, id: "ledger", kind: "other", label: "ledger" });
    this.paper = paper;
    registeredLedgers().push(this);
  }

  /** Every claim in the order first recorded. */
  get claims(): Claim[] {
    return [...this.#claims.values()];
  }

  /**
   * Record a computed number against the printed one; the verdict follows the rules in
   * verdict.ts.
   *
   * @example
   * ```ts
   * new Ledger("demo").check({
   *   id: "t1.age.pct", kind: "percent", label: "20-35 years", location: "Tabel 1",
   *   reported: "75.0", computed: 75,
   * });
   * ```
   */
  check(input: ClaimInput): Claim {
    const { id, kind, label, location, reported, computed, decimals, note } = input;
    assertClaimFields({ paper: this.paper, id, kind, label });
    assertLocation(id, location);
    if (typeof reported !== "string") {
      throw new TypeError(`reported: expected the printed string for claim ${id}, got ${reported}`);
    }
    if (typeof computed !== "number" || !Number.isFinite(computed)) {
      throw new RangeError(
        `computed: expected a finite number for claim ${id}, got ${String(computed)}`,
      );
    }
    const judgement = judge(reported, computed, decimals);
    return this.#record({
      paper: this.paper,
      id,
      kind,
      label,
      location,
      reported,
      computed,
      verdict: judgement.verdict,
      note: joinNote(judgement.reason, note),
    });
  }

  /**
   * Record a claim that cannot be checked, with what would be needed.
   *
   * @example
   * ```ts
   * new Ledger("demo").unverifiable({
   *   id: "abstract.effective", kind: "other", label: "massage is effective",
   *   location: "Kesimpulan", reported: "efektif",
   *   note: "one case; a controlled study of about 30 mothers per arm would be needed",
   * });
   * ```
   */
  unverifiable(input: UnverifiableInput): Claim {
    const { id, kind, label, location, reported, note } = input;
    assertClaimFields({ paper: this.paper, id, kind, label });
    assertLocation(id, location);
    if (typeof reported !== "string" || reported.trim() === "") {
      throw new TypeError(`reported: expected the printed text for claim ${id}`);
    }
    if (typeof note !== "string" || note.trim() === "") {
      throw new TypeError(
        `note: an unverifiable claim must say what would be needed to check it (claim ${id})`,
      );
    }
    return this.#record({
      paper: this.paper,
      id,
      kind,
      label,
      location,
      reported,
      computed: null,
      verdict: "unverifiable",
      note,
    });
  }

  /**
   * Record a printed column (e.g. one characteristic's percentages in Table 1). Each entry is
   * judged on its own first; an entry that fails only because the printed column was forced to
   * total 100 % (largest remainder reproduces it) becomes `rounding`, with a note saying so.
   *
   * @example
   * ```ts
   * new Ledger("demo").checkColumn({
   *   entries: ["a", "b", "c"].map((x, i) => ({
   *     id: `t.${x}`, kind: "percent" as const, label: x, location: "Tabel 1",
   *     reported: ["33,4", "33,3", "33,3"][i], computed: 100 / 3,
   *   })),
   * }); // the first is "rounding" (forced total), the others "match"
   * ```
   */
  checkColumn(input: ColumnInput): Claim[] {
    const { entries, total = 100 } = input;
    if (!Array.isArray(entries) || entries.length < 2) {
      throw new RangeError("entries: expected a column of at least two claims");
    }
    const reported = entries.map((e) => e.reported);
    // A padded column ("4,20" for 4,2) is judged at the precision its entries state.
    const decimals = Math.max(
      ...entries.map((e) => e.decimals ?? parseReported(e.reported).decimals),
    );
    const forced = printedColumnTotals(reported, total)
      ? largestRemainder(entries.map((e) => e.computed), decimals, total)
      : null;
    return entries.map((entry, i) => {
      const claim = this.check(entry);
      if (claim.verdict === "match" || forced === null) return claim;
      const printed = parseReported(entry.reported).value;
      if (Math.abs(forced[i] - printed) < 10 ** -(decimals + 3)) {
        return this.#record({
          ...claim,
          verdict: "rounding",
          note: joinNote(
            `${claim.note}; the printed column totals ${total} and largest-remainder rounding ` +
              `(a column forced to total ${total} %) gives ${entry.reported}`,
            undefined,
          ),
        });
      }
      return claim;
    });
  }

  /** The claim with this id (throws a RangeError naming the id when there is none). */
  get(id: string): Claim {
    const claim = this.#claims.get(id);
    if (!claim) throw new RangeError(`id: no claim "${id}" in the ${this.paper} ledger`);
    return claim;
  }

  /**
   * How many claims have each verdict.
   *
   * @example
   * ```ts
   * new Ledger("demo").counts(); // { match: 0, rounding: 0, mismatch: 0, unverifiable: 0 }
   * ```
   */
  counts(): Record<Verdict, number> {
    const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
    for (const claim of this.#claims.values()) counts[claim.verdict] += 1;
    return counts;
  }

  #record(claim: Claim): Claim {
    const previous = this.#claims.get(claim.id);
    // Re-running a notebook cell re-records the same claim; a different label is a clash.
    if (previous && previous.label !== claim.label) {
      throw new RangeError(
        `id: "${claim.id}" is already used in the ${this.paper} ledger for "${previous.label}"`,
      );
    }
    this.#claims.set(claim.id, Object.freeze({ ...claim }));
    return this.#claims.get(claim.id)!;
  }
}

function assertLocation(id: string, location: string): void {
  if (typeof location !== "string" || location.trim() === "") {
    throw new TypeError(`location: expected where the paper prints claim ${id} (e.g. "Tabel 2")`);
  }
}

function joinNote(reason: string, note: string | undefined): string {
  return note && note.trim() !== "" ? `${reason}. ${note.trim()}` : reason;
}
