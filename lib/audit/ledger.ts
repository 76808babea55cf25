/**
 * The claims ledger. A notebook evaluates each printed number under one or more readings; the
 * ledger, never the notebook, derives the verdict, groups claims into findings, and refuses to
 * finish while a printed number of the paper is left unjudged.
 *
 * @module
 */

import { intervalSpan, type NumericInterval } from "../printed/intervals.ts";
import { numericInterval } from "../_internal/validate.ts";
import {
  assertId,
  assertKind,
  type Claim,
  CLAIM_ROLES,
  type ClaimKind,
  type ClaimRole,
  type Finding,
  NUMERIC_KINDS,
  type PrintedNumber,
  type Reading,
} from "./claim.ts";
import { largestRemainder, printedColumnTotals } from "./column.ts";
import { type JudgedReading, judgeReading, type ReadingInput } from "./reading.ts";
import { fmt, type GroupMember, groupRule, readingsOutcome } from "./verdict.ts";
import { parseReported } from "../printed/reported.ts";

/** A printed number that is not a claim of this paper, and why. */
export interface ExcludedNumber extends PrintedNumber {
  reason: string;
}

/** What a ledger starts from: the paper's printed numbers. */
export interface LedgerOptions {
  /** Rows of printed.csv with status `claim`: each must be judged before the ledger finishes. */
  printed?: readonly PrintedNumber[];
  /** Rows with status `excluded: <reason>`: counted for coverage, never judged. */
  excluded?: readonly ExcludedNumber[];
  role?: ClaimRole;
}

/** What a notebook says when it evaluates a printed number. */
export interface EvaluateInput {
  /** What the number is, in words (defaults to the quote). */
  label?: string;
  /** One reading, or several: hypotheses, pairings, tests, conventions. Simplest first. */
  readings: ReadingInput | readonly ReadingInput[];
  /** The finding this claim belongs to. */
  finding?: string;
  /** For a mismatch: the typesetting slip that explains it ("decimal comma dropped"). */
  slip?: string;
  /** Explanation added after the ledger's own reason. */
  note?: string;
  /** The table or paragraph whose numbers share one rounding rule (defaults to the location). */
  group?: string;
  /**
   * The precision the number really prints at, where a table pads it ("45,80" printed for
   * 45,8: decimals 1). Never more than the printed decimals.
   */
  decimals?: number;
}

/** A printed table as lib/data loads it. */
export interface PrintedTable {
  /** The caption as printed, e.g. "Tabel 3. Pengaruh ..."; its first words are the location. */
  title: string;
  columns: string[];
  rows: Record<string, string>[];
}

interface Entry {
  printed: PrintedNumber;
  label: string;
  group: string;
  finding: string | null;
  slip: string | null;
  note: string;
  state: "readings" | "unverifiable" | "contradiction";
  readings: JudgedReading[];
  range: NumericInterval | null;
  links: Set<string>;
  decimals?: number;
  forcedPrints?: boolean;
}

/**
 * A paper's claims ledger.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const ledger = new Ledger("demo", {
 *   printed: [{ id: "abstrak.p", location: "Abstrak", kind: "p", quote: "p = 0,008",
 *     reported: "0,008" }],
 * });
 * ledger.evaluate("abstrak.p", {
 *   label: "Wilcoxon p",
 *   readings: [
 *     { assumption: "no ties", computed: 0.0078 },
 *     { assumption: "ties at 3 levels", computed: 0.0113 },
 *   ],
 * });
 * assert.equal(ledger.get("abstrak.p").verdict, "consistent");
 * assert.deepEqual(ledger.get("abstrak.p").support, { k: 1, of: 2 });
 * ```
 */
export class Ledger {
  readonly paper: string;
  readonly role: ClaimRole;
  readonly #printed = new Map<string, PrintedNumber>();
  readonly #excluded: ExcludedNumber[];
  readonly #entries = new Map<string, Entry>();
  readonly #findings = new Map<string, Finding>();

  constructor(paper: string, options: LedgerOptions = {}) {
    assertId("paper", paper);
    const { printed = [], excluded = [], role = "paper" } = options;
    if (!CLAIM_ROLES.includes(role)) {
      throw new TypeError(`role: expected "paper", "primer" or "synthesis", got ${String(role)}`);
    }
    this.paper = paper;
    this.role = role;
    for (const row of printed) {
      assertPrinted(row);
      if (this.#printed.has(row.id)) throw new RangeError(`id: "${row.id}" is printed twice`);
      this.#printed.set(row.id, { ...row });
    }
    this.#excluded = excluded.map((row) => ({ ...row }));
  }

  /**
   * The printed number with this id (a claim row of printed.csv).
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * const ledger = new Ledger("demo", {
   *   printed: [{ id: "a.n", location: "Abstrak", kind: "n", quote: "15 ibu", reported: "15" }],
   * });
   * assert.equal(ledger.printed("a.n").reported, "15");
   * ```
   */
  printed(id: string): PrintedNumber {
    const row = this.#printed.get(id);
    if (!row) {
      throw new RangeError(`id: no printed number "${id}" in ${this.paper}'s printed.csv`);
    }
    return row;
  }

  /**
   * A cell of a printed table as a printed number: the location is the table's label ("Tabel
   * 3"), the quote the row's first cell and the column header, the reported string the cell.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * const table = { title: "Tabel 3. Uji Wilcoxon", columns: ["Hari", "p Value"],
   *   rows: [{ Hari: "Hari I", "p Value": "0,001" }] };
   * const cell = new Ledger("demo").cell(table, { id: "t3.day1.p", row: 0, column: "p Value",
   *   kind: "p" });
   * assert.equal(cell.location, "Tabel 3");
   * assert.equal(cell.quote, "Hari I, p Value");
   * ```
   */
  cell(
    table: PrintedTable,
    where: { id: string; row: number; column: string; kind: ClaimKind },
  ): PrintedNumber {
    const { id, row, column, kind } = where;
    assertId("id", id);
    assertKind("kind", kind);
    if (!Number.isInteger(row) || row < 0 || row >= table.rows.length) {
      throw new RangeError(`row: expected 0 to ${table.rows.length - 1}, got ${row} (claim ${id})`);
    }
    if (!table.columns.includes(column)) {
      throw new RangeError(
        `column: expected one of ${table.columns.join(" | ")}, got "${column}" (claim ${id})`,
      );
    }
    const reported = table.rows[row][column];
    const rowLabel = table.rows[row][table.columns[0]];
    const location = /^\s*(Tabel|Table)\s+\d+/i.exec(table.title)?.[0].trim() ?? table.title;
    const existing = this.#printed.get(id);
    const printed = { id, location, kind, quote: `${rowLabel}, ${column}`, reported };
    if (existing && existing.reported !== reported) {
      throw new RangeError(`id: "${id}" already names another printed number`);
    }
    assertPrinted(printed);
    return printed;
  }

  /**
   * Declare a finding: the root cause a group of claims shares.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * const ledger = new Ledger("demo");
   * assert.equal(ledger.finding({ id: "t3-n18", title: "Tabel 3's n = 18 is wrong",
   *   note: "No whole-number sum over 18 mothers prints as 2,07." }), "t3-n18");
   * ```
   */
  finding(finding: Finding): string {
    assertId("finding.id", finding.id);
    for (const field of ["title", "note"] as const) {
      if (typeof finding[field] !== "string" || finding[field].trim() === "") {
        throw new TypeError(`finding.${field}: expected a sentence (finding ${finding.id})`);
      }
    }
    this.#findings.set(finding.id, { ...finding });
    return finding.id;
  }

  /**
   * Evaluate a printed number under one or more readings; the verdict follows verdict.ts.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * const ledger = new Ledger("demo", { printed: [
   *   { id: "t1.pct", location: "Tabel 1", kind: "percent", quote: "20-35 tahun 75,0%",
   *     reported: "75,0%" },
   * ] });
   * assert.equal(ledger.evaluate("t1.pct", { readings: { assumption: "n = 24", computed: 75 } })
   *   .verdict, "match");
   * ```
   */
  evaluate(ref: string | PrintedNumber, input: EvaluateInput): Claim {
    const printed = this.#resolve(ref);
    const list = Array.isArray(input.readings) ? input.readings : [input.readings];
    if (list.length === 0) {
      throw new RangeError(`readings: expected at least one (claim ${printed.id})`);
    }
    const decimals = statedDecimals(printed, input.decimals);
    const readings = list.map((r) => judgeReading(printed.kind, printed.reported, r, decimals));
    this.#put(printed, input, "readings", readings, null).decimals = decimals;
    return this.get(printed.id);
  }

  /**
   * Record a printed number that cannot be checked: what would be needed, and the range the
   * printed summaries allow where one exists.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * const ledger = new Ledger("demo", { printed: [
   *   { id: "k.effective", location: "Kesimpulan", kind: "text", quote: "pijat efektif",
   *     reported: "efektif" },
   * ] });
   * const claim = ledger.unverifiable("k.effective", {
   *   note: "one case; a controlled study would be needed",
   * });
   * assert.equal(claim.verdict, "unverifiable");
   * ```
   */
  unverifiable(
    ref: string | PrintedNumber,
    input: { label?: string; note: string; range?: NumericInterval; finding?: string },
  ): Claim {
    const printed = this.#resolve(ref);
    if (typeof input.note !== "string" || input.note.trim() === "") {
      throw new TypeError(`note: say what would be needed to check claim ${printed.id}`);
    }
    let range: NumericInterval | null = null;
    if (input.range !== undefined) {
      const { lo, hi } = numericInterval(`range of claim ${printed.id}`, input.range);
      range = { lo, hi };
    }
    this.#put(printed, input, "unverifiable", [], range);
    return this.get(printed.id);
  }

  /**
   * Record that two or more printed statements cannot all be true. Each becomes a
   * contradiction linking the others; no value is invented for any of them.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * const ledger = new Ledger("demo", { printed: [
   *   { id: "abstrak.date", location: "Abstrak", kind: "date", quote: "pada Mei 2025",
   *     reported: "Mei 2025" },
   *   { id: "hasil.date", location: "Hasil", kind: "date", quote: "tanggal 25 Januari 2025",
   *     reported: "25 Januari 2025" },
   * ] });
   * ledger.contradiction({ ids: ["abstrak.date", "hasil.date"],
   *   note: "the activity is dated in two different months" });
   * assert.deepEqual(ledger.get("hasil.date").links, ["abstrak.date"]);
   * ```
   */
  contradiction(
    input: { ids: readonly (string | PrintedNumber)[]; note: string; finding?: string },
  ): Claim[] {
    if (!Array.isArray(input.ids) || input.ids.length < 2) {
      throw new RangeError("ids: a contradiction relates at least two printed statements");
    }
    if (typeof input.note !== "string" || input.note.trim() === "") {
      throw new TypeError("note: say why the statements cannot all be true");
    }
    const printed = input.ids.map((ref) => this.#resolve(ref));
    for (const p of printed) {
      const entry = this.#entries.get(p.id);
      if (entry && entry.state !== "contradiction") {
        throw new RangeError(
          `ids: claim ${p.id} is already judged as ${entry.state}; one printed number has one verdict`,
        );
      }
    }
    for (const p of printed) {
      const entry = this.#entries.get(p.id) ??
        this.#put(p, { note: "", finding: input.finding }, "contradiction", [], null);
      entry.note = entry.note ? `${entry.note}; ${input.note}` : input.note;
      if (input.finding !== undefined) entry.finding = this.#findingId(input.finding, p.id);
      for (const other of printed) if (other.id !== p.id) entry.links.add(other.id);
    }
    return printed.map((p) => this.get(p.id));
  }

  /**
   * Evaluate a printed column of percentages. Each entry is one forced value; besides the
   * standard rules, the column may have been forced to total 100 % (largest remainder), which
   * counts as the column's one non-standard rule.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * const rows = ["33,4", "33,3", "33,3"].map((reported, i) => ({
   *   id: `t1.c${i}`, location: "Tabel 1", kind: "percent" as const, quote: `c${i}`, reported,
   * }));
   * const ledger = new Ledger("demo", { printed: rows });
   * ledger.column(rows.map((r) => ({ ref: r.id, computed: 100 / 3, assumption: "n = 3" })));
   * assert.equal(ledger.get("t1.c0").verdict, "rounding");
   * ```
   */
  column(
    entries: readonly {
      ref: string | PrintedNumber;
      computed: number;
      assumption: string;
      label?: string;
    }[],
    options: {
      total?: number;
      group?: string;
      finding?: string;
      note?: string;
      decimals?: number;
    } = {},
  ): Claim[] {
    const { total = 100 } = options;
    if (!Array.isArray(entries) || entries.length < 2) {
      throw new RangeError("entries: expected a column of at least two printed numbers");
    }
    const printed = entries.map((e) => this.#resolve(e.ref));
    const group = options.group ?? `${printed[0].location}: column ${printed[0].id}`;
    const stated = printed.map((p) => statedDecimals(p, options.decimals));
    const decimals = Math.max(
      ...printed.map((p, i) => stated[i] ?? parseReported(p.reported).decimals),
    );
    const forced = printedColumnTotals(printed.map((p) => p.reported), total)
      ? largestRemainder(entries.map((e) => e.computed), decimals, total)
      : null;
    entries.forEach((e, i) => {
      const entry = this.#put(
        printed[i],
        {
          label: e.label,
          finding: options.finding,
          note: options.note,
          group,
          readings: [],
        },
        "readings",
        [
          judgeReading(printed[i].kind, printed[i].reported, {
            assumption: e.assumption,
            computed: e.computed,
          }, stated[i]),
        ],
        null,
      );
      entry.decimals = stated[i];
      const value = parseReported(printed[i].reported).value;
      entry.forcedPrints = forced !== null && Math.abs(forced[i] - value) < 10 ** -(decimals + 3);
    });
    return printed.map((p) => this.get(p.id));
  }

  /** The judged claim with this id (a RangeError naming the id when there is none). */
  get(id: string): Claim {
    const entry = this.#entries.get(id);
    if (!entry) throw new RangeError(`id: no judged claim "${id}" in the ${this.paper} ledger`);
    return this.#derive(entry);
  }

  /** Every judged claim, in the order first recorded. */
  get claims(): Claim[] {
    return [...this.#entries.values()].map((e) => this.#derive(e));
  }

  /** Every finding with the ids of its claims. */
  get findings(): (Finding & { claims: string[] })[] {
    return [...this.#findings.values()].map((f) => ({
      ...f,
      claims: [...this.#entries.values()].filter((e) => e.finding === f.id).map((e) =>
        e.printed.id
      ),
    }));
  }

  /** Every claim row of printed.csv, judged or not, in file order. */
  get printedNumbers(): PrintedNumber[] {
    return [...this.#printed.values()].map((p) => ({ ...p }));
  }

  /** Printed numbers excluded from the audit, with their reasons. */
  get excluded(): ExcludedNumber[] {
    return this.#excluded.map((e) => ({ ...e }));
  }

  /**
   * The excluded printed number with this id: not judged, but its printed value may still
   * enter a reading as data (a count cited from the paper's own introduction, say).
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * const ledger = new Ledger("demo", { excluded: [{ id: "intro.who", location: "Pendahuluan",
   *   kind: "percent", quote: "WHO: 41%", reported: "41%", reason: "cited from WHO" }] });
   * assert.equal(ledger.excludedNumber("intro.who").reported, "41%");
   * assert.throws(() => ledger.excludedNumber("nope"), /id: no excluded number "nope"/);
   * ```
   */
  excludedNumber(id: string): ExcludedNumber {
    const row = this.#excluded.find((e) => e.id === id);
    if (!row) {
      throw new RangeError(`id: no excluded number "${id}" in ${this.paper}'s printed.csv`);
    }
    return { ...row };
  }

  /** Ids of printed claims (printed.csv rows with status `claim`) not judged yet. */
  unjudged(): string[] {
    return [...this.#printed.keys()].filter((id) => !this.#entries.has(id));
  }

  #resolve(ref: string | PrintedNumber): PrintedNumber {
    if (typeof ref === "string") return this.printed(ref);
    assertPrinted(ref);
    const known = this.#printed.get(ref.id);
    if (known && known.reported !== ref.reported) {
      throw new RangeError(`id: "${ref.id}" already names another printed number`);
    }
    return ref;
  }

  #findingId(finding: string | undefined, claimId: string): string | null {
    if (finding === undefined) return null;
    if (!this.#findings.has(finding)) {
      throw new RangeError(
        `finding: "${finding}" is not declared in the ${this.paper} ledger (claim ${claimId}); ` +
          `declare it with ledger.finding({ id, title, note }) first`,
      );
    }
    return finding;
  }

  #put(
    printed: PrintedNumber,
    input: Partial<EvaluateInput>,
    state: Entry["state"],
    readings: JudgedReading[],
    range: NumericInterval | null,
  ): Entry {
    const previous = this.#entries.get(printed.id);
    if (previous && previous.printed.reported !== printed.reported) {
      throw new RangeError(
        `id: "${printed.id}" is already used for "${previous.printed.reported}"`,
      );
    }
    if (input.slip !== undefined && (typeof input.slip !== "string" || input.slip.trim() === "")) {
      throw new TypeError(
        `slip: expected a description of the typesetting slip (claim ${printed.id})`,
      );
    }
    const label = input.label ?? printed.quote;
    if (typeof label !== "string" || label.trim() === "") {
      throw new TypeError(`label: expected what the number is, in words (claim ${printed.id})`);
    }
    // Re-running a notebook cell re-records the same claim: the latest evaluation wins.
    const entry: Entry = {
      printed,
      label,
      group: input.group ?? printed.location,
      finding: this.#findingId(input.finding, printed.id),
      slip: input.slip ?? null,
      note: input.note?.trim() ?? "",
      state,
      readings,
      range,
      links: new Set(),
    };
    this.#entries.set(printed.id, entry);
    return entry;
  }

  #derive(entry: Entry): Claim {
    const { printed } = entry;
    const finding = entry.finding === null ? null : {
      id: entry.finding,
      title: this.#findings.get(entry.finding)!.title,
    };
    const base = {
      paper: this.paper,
      id: printed.id,
      kind: printed.kind,
      label: entry.label,
      location: printed.location,
      quote: printed.quote,
      reported: printed.reported,
      finding,
      links: [...entry.links],
      slip: entry.slip,
      role: this.role,
    };
    const readings: Reading[] = entry.readings.map(({ otherRules: _o, value: _v, ...r }) => r);
    if (entry.state === "contradiction") {
      return {
        ...base,
        verdict: "contradiction",
        computed: null,
        readings,
        support: null,
        note: `contradicts ${[...entry.links].join(", ")}: ${entry.note}`,
      };
    }
    if (entry.state === "unverifiable") {
      const range = entry.range === null
        ? ""
        : `; the printed summaries allow ${fmt(entry.range.lo)} to ${fmt(entry.range.hi)}`;
      return {
        ...base,
        verdict: "unverifiable",
        computed: entry.range,
        readings,
        support: null,
        note: `${entry.note}${range}`,
      };
    }
    const outcome = readingsOutcome(entry.readings);
    const k = outcome.support.k;
    const of = outcome.support.of;
    if (entry.slip !== null && outcome.verdict !== "mismatch") {
      throw new RangeError(
        `slip: claim ${printed.id} is ${outcome.verdict}, and only a mismatch can be a slip`,
      );
    }
    const padded = entry.decimals !== undefined &&
        entry.decimals < parseReported(printed.reported).decimals
      ? ` (judged at ${entry.decimals} decimals: "${printed.reported}" is padded)`
      : "";
    const say = (reason: string) => joinNote(reason + padded, entry.note);
    if (outcome.verdict === "match") {
      const only = entry.readings[0];
      const reason = of === 1
        ? only.rule === "holds"
          ? `"${printed.reported}" holds: ${only.assumption}`
          : `${describe(only)} prints as ${printed.reported} (${only.rule})`
        : `all ${of} readings print as ${printed.reported}`;
      return {
        ...base,
        verdict: "match",
        computed: only.computed,
        readings,
        support: null,
        note: say(reason),
      };
    }
    if (outcome.verdict === "consistent") {
      const w = outcome.witness!;
      return {
        ...base,
        verdict: "consistent",
        computed: w.computed,
        readings,
        support: { k, of },
        note: say(
          `${k} of ${of} readings print as ${printed.reported}; witness: ${w.assumption} ` +
            `(${describe(w)})`,
        ),
      };
    }
    const hull = valueHull(entry.readings);
    if (outcome.roundingCandidates.length > 0) {
      const members = this.#groupMembers(entry.group);
      const rule = groupRule(members);
      const value = entry.readings[0].value!;
      const explains = rule === "forced-100"
        ? entry.forcedPrints === true
        : rule !== null && outcome.roundingCandidates.includes(rule);
      if (explains) {
        const how = rule === "forced-100"
          ? "a column forced to total 100 % (largest remainder)"
          : rule;
        return {
          ...base,
          verdict: "rounding",
          computed: value,
          readings,
          support: null,
          note: say(
            `${fmt(value)} prints as ${printed.reported} only by ${how}, and that one rule ` +
              `prints all ${members.length} numbers of ${entry.group}`,
          ),
        };
      }
      return {
        ...base,
        verdict: "mismatch",
        computed: value,
        readings,
        support: null,
        note: say(
          `${fmt(value)} prints as ${printed.reported} only by ` +
            `${outcome.roundingCandidates.join(" or ")}, but no single rule prints every ` +
            `number of ${entry.group}`,
        ),
      };
    }
    const tried = entry.readings.reduce((n, r) => n + (r.members?.of ?? 1), 0);
    return {
      ...base,
      verdict: "mismatch",
      computed: hull,
      readings,
      support: null,
      note: say(
        of === 1 && tried === 1
          ? isStatement(printed.kind)
            ? `"${printed.reported}" does not hold: ${entry.readings[0].assumption}`
            : `${describe(entry.readings[0])} does not print as ${printed.reported}`
          : `none of ${of} readings (${tried} values tried) prints as ${printed.reported}`,
      ),
    };
  }

  #groupMembers(group: string): GroupMember[] {
    const members: GroupMember[] = [];
    for (const e of this.#entries.values()) {
      if (e.group !== group || e.state !== "readings" || e.readings.length !== 1) continue;
      const value = e.readings[0].value;
      if (value === null || !NUMERIC_KINDS.includes(e.printed.kind)) continue;
      if (parseReported(e.printed.reported).bound !== null) continue;
      members.push({
        reported: e.printed.reported,
        value,
        decimals: e.decimals,
        forcedPrints: e.forcedPrints,
      });
    }
    return members;
  }
}

function isStatement(kind: ClaimKind): boolean {
  return kind === "text" || kind === "date" || kind === "other";
}

function describe(r: JudgedReading): string {
  if (r.members) {
    const c = r.computed as NumericInterval;
    return `${r.members.prints} of ${r.members.of} values (${fmt(c.lo)} to ${fmt(c.hi)})`;
  }
  if (r.value !== null) return fmt(r.value);
  if (r.computed === null || typeof r.computed === "number") return r.assumption;
  return `the range ${fmt(r.computed.lo)} to ${fmt(r.computed.hi)}`;
}

function valueHull(readings: readonly JudgedReading[]): number | NumericInterval | null {
  if (readings.length === 1) return readings[0].computed;
  const ends = readings.flatMap((r) => {
    const c = r.computed;
    if (c === null) return [];
    return typeof c === "number" ? [c] : [c.lo, c.hi];
  });
  return ends.length === 0 ? null : intervalSpan(ends);
}

function assertPrinted(row: PrintedNumber): void {
  if (typeof row !== "object" || row === null) {
    throw new TypeError(`printed: expected { id, location, kind, quote, reported }, got ${row}`);
  }
  assertId("id", row.id);
  assertKind("kind", row.kind);
  for (const field of ["location", "quote", "reported"] as const) {
    if (typeof row[field] !== "string" || row[field].trim() === "") {
      throw new TypeError(`${field}: expected a non-empty string as printed (claim ${row.id})`);
    }
  }
  if (NUMERIC_KINDS.includes(row.kind)) {
    try {
      parseReported(row.reported);
    } catch (error) {
      throw new RangeError(
        `reported: "${row.reported}" of ${row.kind} claim ${row.id} is not a printed number ` +
          `(${(error as Error).message})`,
      );
    }
  }
}

function statedDecimals(printed: PrintedNumber, decimals: number | undefined): number | undefined {
  if (decimals === undefined) return undefined;
  const places = parseReported(printed.reported).decimals;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > places) {
    throw new RangeError(
      `decimals: expected a whole number from 0 to the ${places} printed (a padded table ` +
        `prints fewer real digits), got ${String(decimals)} (claim ${printed.id})`,
    );
  }
  return decimals;
}

function joinNote(reason: string, note: string): string {
  return note !== "" ? `${reason}. ${note}` : reason;
}
