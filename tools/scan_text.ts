/**
 * What `deno task scan` does to a paper's plain text, without any I/O: split it into
 * paragraphs and sentences (keeping line numbers), find every printed number, recognise the
 * printed results lib/ can check (a test statistic with its df and p; "n (x%)" with its n; a
 * mean with its SD and n; an odds ratio with its CI and p), check each, and list every number
 * no check used as unchecked, with the reason, so that nothing printed is silently dropped.
 *
 * Indonesian and English; comma or dot decimals; SPSS's ".000"; "p", "p value", "p-value",
 * "nilai p", "ρ" (often typeset for p), "Sig.", "Asymp. Sig.".
 *
 * @module
 */
import { checkPrintedP, type StatisticKind } from "../lib/stats/statcheck.ts";
import { checkPercentPair, denominatorsThatPrint } from "../lib/forensics/percent_pairs.ts";
import { checkOddsRatioCI } from "../lib/forensics/odds_ratio_ci.ts";
import { grim } from "../lib/forensics/grim.ts";
import { grimmer } from "../lib/forensics/grimmer.ts";
import { chiSquareTest } from "../lib/stats/chi_square.ts";
import { printsAs, STANDARD_RULES } from "../lib/printed/reported.ts";

/** Where a sentence sits in the text. */
export interface TextLocation {
  /** 1-based line of the sentence's first character. */
  readonly line: number;
  /** 1-based paragraph (blocks separated by blank lines). */
  readonly paragraph: number;
  /** 1-based sentence within its paragraph. */
  readonly sentence: number;
}

/** A check's outcome. */
export type ScanVerdict = "consistent" | "inconsistent" | "unverifiable";

/** One printed result, checked. */
export interface ScanFinding {
  readonly location: TextLocation;
  readonly kind: "test" | "percent" | "percent-set" | "mean-sd" | "odds-ratio";
  /** The printed text the check read, as printed. */
  readonly quote: string;
  /** Which lib function judged it. */
  readonly check: string;
  readonly verdict: ScanVerdict;
  readonly note: string;
}

/** A printed number no check used. */
export interface UncheckedNumber {
  readonly location: TextLocation;
  readonly number: string;
  /** A few words either side, as printed. */
  readonly context: string;
  readonly reason: string;
}

/** A sample size the text states. */
export interface StatedN {
  readonly n: number;
  readonly quote: string;
  readonly location: TextLocation;
}

/** Everything the scan found. */
export interface ScanResult {
  readonly paragraphs: number;
  readonly sentences: number;
  /** Every printed number found. */
  readonly numbers: number;
  /** The sample size used where a sentence or paragraph states none (null: none found). */
  readonly statedN: StatedN | null;
  readonly findings: ScanFinding[];
  readonly unchecked: UncheckedNumber[];
  /** Every printed number as a row of data/<slug>/printed.csv, to start a new paper's file. */
  readonly printed: PrintedRow[];
}

/** One printed number in printed.csv's shape (id, location, kind, quote, reported, status). */
export interface PrintedRow {
  readonly id: string;
  readonly location: string;
  /** A first guess from the words around the number; review before use. */
  readonly kind:
    | "n"
    | "count"
    | "percent"
    | "mean"
    | "sd"
    | "ci"
    | "statistic"
    | "p"
    | "date"
    | "other";
  readonly quote: string;
  /** The number exactly as printed, with its "%" or its bound ("< 0,05"). */
  readonly reported: string;
  readonly status: "claim";
  /** Whether the scan checked it (false: listed as unchecked). */
  readonly checked: boolean;
}

/** Options for {@link scanText}. */
export interface ScanOptions {
  /** The study's n, when the text does not state it (or states it ambiguously). */
  readonly n?: number;
  /**
   * Granularity of the measurements behind printed means (1: whole units, the default;
   * 0.5: halves; 0.1: one decimal), for GRIM and GRIMMER.
   */
  readonly granularity?: number;
}

interface Sentence {
  readonly text: string;
  readonly offset: number;
  readonly location: TextLocation;
}

// A printed number: comma or dot decimals, or SPSS's leading-dot ".000"; not part of a word.
const NUM = String.raw`[-−]?(?:\d+(?:[.,]\d+)?|[.,]\d+)`;
// Not part of a word: "χ2" and "X2" name a statistic, they print no number.
const NUMBER_RE = new RegExp(String.raw`(?<![\p{L}\p{N}_.,])${NUM}(?![\d])`, "gu");
const P_RE = new RegExp(
  String
    .raw`(?:\bp(?:[- ]?value)?|\bnilai\s+p|ρ|(?:\bAsymp\.?\s*)?\bSig\.?(?:\s*\(2-tailed\))?|\bsignifikansi)` +
    String.raw`\s*(<=|>=|≤|≥|=|<|>|:)?\s*(${NUM})`,
  "iu",
);
const ABBREVIATIONS = new Set([
  "sig",
  "asymp",
  "vs",
  "al",
  "dkk",
  "no",
  "tab",
  "fig",
  "dr",
  "std",
  "e.g",
  "i.e",
  "s.d",
  "p",
]);

/** Split text into paragraphs and sentences with their offsets and line numbers. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const paragraphRe = /\S[\s\S]*?(?=\n[ \t]*\n|$)/g;
  let paragraph = 0;
  for (const p of text.matchAll(paragraphRe)) {
    paragraph++;
    const body = p[0];
    const base = p.index!;
    let start = 0;
    let sentence = 0;
    const push = (end: number) => {
      const raw = body.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed !== "") {
        sentence++;
        const offset = base + start + lead;
        sentences.push({
          text: trimmed,
          offset,
          location: { line: lineOf(offset), paragraph, sentence },
        });
      }
    };
    // A sentence ends at . ! ? followed by space and a capital letter (or the paragraph's end),
    // unless the word before the stop is an abbreviation (Sig., dkk., vs.).
    for (const m of body.matchAll(/[.!?](?=\s+["“(]?[A-ZÀ-Þ])/g)) {
      const before = body.slice(start, m.index!).match(/([\p{L}.]+)$/u)?.[1]?.toLowerCase() ?? "";
      if (ABBREVIATIONS.has(before) || /^\p{L}$/u.test(before)) continue;
      push(m.index! + 1);
      start = m.index! + 1;
    }
    push(body.length);
  }
  return sentences;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

interface Recognised {
  readonly finding: ScanFinding;
  readonly span: Span;
}

function printedP(sentence: string, from: number): { text: string; span: Span } | null {
  const rest = sentence.slice(from, from + 90);
  const m = P_RE.exec(rest);
  if (!m) return null;
  const relation = m[1] === undefined || m[1] === ":" || m[1] === "=" ? "" : m[1];
  return {
    text: `${relation === "" ? "" : relation + " "}${m[2]}`,
    span: { start: from + m.index, end: from + m.index + m[0].length },
  };
}

const STATISTIC_PATTERNS: {
  test: StatisticKind;
  re: RegExp;
  read: (m: RegExpExecArray) => { statistic: string; df1?: number; df2?: number };
  /** No df printed: try the df a stated n implies (paired n − 1, independent n − 2). */
  dfFromN?: boolean;
}[] = [
  {
    test: "F",
    re: new RegExp(String.raw`\bF\s*\(\s*(\d+)\s*[,;]\s*(\d+)\s*\)\s*[=:]\s*(${NUM})`, "g"),
    read: (m) => ({ statistic: m[3], df1: Number(m[1]), df2: Number(m[2]) }),
  },
  {
    test: "chi2",
    re: new RegExp(
      String
        .raw`(?:χ\s*[²2]|\bX\s*[²2]|\bchi[- ]?squared?|\b(?:chi|kai)[- ]?kuadrat)\s*(?:hitung\s*)?` +
        String.raw`\(\s*(\d+)(?:\s*[,;]\s*N\s*=\s*\d+)?\s*\)\s*[=:]\s*(${NUM})`,
      "giu",
    ),
    read: (m) => ({ statistic: m[2], df1: Number(m[1]) }),
  },
  {
    test: "chi2",
    re: new RegExp(
      String
        .raw`(?:χ\s*[²2]|\bX\s*[²2]|\bchi[- ]?squared?|\b(?:chi|kai)[- ]?kuadrat)\s*(?:hitung|value)?\s*[=:]\s*(${NUM})` +
        String.raw`\s*[,;]?\s*(?:\(\s*)?\b(?:df|dk|db)\s*[=:]\s*(\d+)\)?`,
      "giu",
    ),
    read: (m) => ({ statistic: m[1], df1: Number(m[2]) }),
  },
  {
    test: "t",
    re: new RegExp(String.raw`\bt\s*\(\s*(\d+(?:[.,]\d+)?)\s*\)\s*[=:]\s*(${NUM})`, "g"),
    read: (m) => ({ statistic: m[2], df1: Number(m[1].replace(",", ".")) }),
  },
  {
    test: "t",
    re: new RegExp(
      String
        .raw`\bt\s*(?:hitung|value)?\s*[=:]\s*(${NUM})\s*[,;]?\s*(?:\(\s*)?\b(?:df|dk|db)\s*[=:]\s*(\d+)\)?`,
      "giu",
    ),
    read: (m) => ({ statistic: m[1], df1: Number(m[2]) }),
  },
  {
    test: "t",
    re: new RegExp(String.raw`\bt\s*(?:hitung|value)?\s*[=:]\s*(${NUM})`, "giu"),
    read: (m) => ({ statistic: m[1] }),
    dfFromN: true,
  },
  {
    test: "r",
    re: new RegExp(String.raw`\br\s*\(\s*(\d+)\s*\)\s*[=:]\s*(${NUM})`, "g"),
    read: (m) => ({ statistic: m[2], df1: Number(m[1]) }),
  },
  {
    test: "z",
    re: new RegExp(String.raw`\b[zZ]\s*(?:hitung|value)?\s*[=:]\s*(${NUM})`, "g"),
    read: (m) => ({ statistic: m[1] }),
  },
];

/** 1 when the sentence says the test was one-tailed ("one-tailed", "satu arah"), else 2. */
function tailsOf(s: Sentence): 1 | 2 {
  return /\b(?:one|1)[- ]?(?:tailed|sided)\b|\bsatu\s+(?:arah|sisi)\b/iu.test(s.text) ? 1 : 2;
}

function overlaps(a: Span, spans: readonly Span[]): boolean {
  return spans.some((b) => a.start < b.end && b.start < a.end);
}

function findTests(
  s: Sentence,
  taken: Span[],
  n: { n: number; source: string } | null,
): Recognised[] {
  const out: Recognised[] = [];
  for (const pattern of STATISTIC_PATTERNS) {
    pattern.re.lastIndex = 0;
    for (const m of s.text.matchAll(pattern.re)) {
      const span = { start: m.index!, end: m.index! + m[0].length };
      if (overlaps(span, taken)) continue;
      const read = pattern.read(m as RegExpExecArray);
      const p = printedP(s.text, span.end);
      const whole = p ? { start: span.start, end: p.span.end } : span;
      taken.push(whole);
      const quote = s.text.slice(whole.start, whole.end);
      const found = (verdict: ScanVerdict, note: string) =>
        out.push({
          span: whole,
          finding: {
            location: s.location,
            kind: "test",
            quote,
            check: "checkPrintedP",
            verdict,
            note,
          },
        });
      if (p === null) {
        found(
          "unverifiable",
          "a statistic printed without its p: nothing to compare the recomputed p with",
        );
        continue;
      }
      if (pattern.dfFromN) {
        out.push({ span: whole, finding: withoutDf(s, quote, read.statistic, p.text, n) });
        continue;
      }
      try {
        const r = checkPrintedP({ test: pattern.test, ...read, p: p.text, tails: tailsOf(s) });
        found(r.consistent ? "consistent" : "inconsistent", r.note);
      } catch (error) {
        found("unverifiable", `cannot check: ${(error as Error).message}`);
      }
    }
  }
  return out;
}

/** A t printed without df: judged under the df a stated n allows (n − 1 paired, n − 2 two groups). */
function withoutDf(
  s: Sentence,
  quote: string,
  statistic: string,
  p: string,
  n: { n: number; source: string } | null,
): ScanFinding {
  const base = { location: s.location, kind: "test" as const, quote, check: "checkPrintedP" };
  if (n === null || n.n < 4) {
    return {
      ...base,
      verdict: "unverifiable",
      note: "a t without its df, and no n stated to infer one (pass --n)",
    };
  }
  try {
    const readings = [n.n - 1, n.n - 2].map((df) => ({
      df,
      r: checkPrintedP({ test: "t", statistic, df1: df, p, tails: tailsOf(s) }),
    }));
    const ok = readings.filter((x) => x.r.consistent).map((x) => x.df);
    const verdict = ok.length === readings.length
      ? "consistent"
      : ok.length === 0
      ? "inconsistent"
      : "unverifiable";
    return {
      ...base,
      verdict,
      note: `no df printed; with n = ${n.n} (${n.source}) ` +
        readings.map((x) =>
          `df ${x.df} (${x.df === n.n - 1 ? "paired" : "two groups"}) gives p ` +
          `${x.r.pRange.lo.toPrecision(3)} to ${x.r.pRange.hi.toPrecision(3)}`
        ).join(", ") +
        (verdict === "consistent"
          ? `: "${p}" fits both`
          : verdict === "inconsistent"
          ? `: "${p}" fits neither`
          : `: "${p}" fits df ${ok.join(", ")} only`),
    };
  } catch (error) {
    return { ...base, verdict: "unverifiable", note: `cannot check: ${(error as Error).message}` };
  }
}

const OR_RE = new RegExp(
  String.raw`\b(?:a?OR|POR|odds\s+ratio)\s*[=:]?\s*(${NUM})\s*[;,]?\s*\(?\s*` +
    String.raw`(?:95\s*%\s*(?:CI|confidence interval|IK)|(?:CI|IK)\s*95\s*%)\s*[:=]?\s*\(?\s*` +
    String.raw`(${NUM})\s*(?:-|–|—|to|sampai|s\.?d\.?|;|,)\s*(${NUM})\s*\)?`,
  "giu",
);

function findOddsRatios(s: Sentence, taken: Span[]): Recognised[] {
  const out: Recognised[] = [];
  for (const m of s.text.matchAll(OR_RE)) {
    const span = { start: m.index!, end: m.index! + m[0].length };
    if (overlaps(span, taken)) continue;
    const p = printedP(s.text, span.end);
    const whole = p ? { start: span.start, end: p.span.end } : span;
    taken.push(whole);
    const quote = s.text.slice(whole.start, whole.end);
    let finding: ScanFinding;
    try {
      const r = checkOddsRatioCI({ or: m[1], lower: m[2], upper: m[3], p: p?.text });
      const ok = r.midpointConsistent && r.pConsistent !== false &&
        r.significanceAgrees !== false;
      finding = {
        location: s.location,
        kind: "odds-ratio",
        quote,
        check: "checkOddsRatioCI",
        verdict: ok ? "consistent" : "inconsistent",
        note: r.note,
      };
    } catch (error) {
      finding = {
        location: s.location,
        kind: "odds-ratio",
        quote,
        check: "checkOddsRatioCI",
        verdict: "unverifiable",
        note: `cannot check: ${(error as Error).message}`,
      };
    }
    out.push({ span: whole, finding });
  }
  return out;
}

// "n = 30", "N=30", "of 20 mothers", "dari 20 ibu", "30 respondents", "sampel sebanyak 30".
const N_PATTERNS: RegExp[] = [
  /\b[nN]\s*=\s*(\d+)/,
  /\b(?:sampel|sample|subjek|subjects?)\s+(?:size\s+)?(?:of|sebanyak|berjumlah|adalah|was|were|sejumlah)?\s*(\d+)/iu,
  // ... but not "25 orang (78,1%)": a count with its share is not the n.
  /\b(\d+)\s+(?:respondents?|responden|participants?|partisipan|subjects?|subjek|ibu|mothers|women|wanita|orang|pasien|patients)\b(?!\s*\(\s*[\d.,]+\s*%)/iu,
];

// The third pattern, anchored: does a stated n ("30 respondents") start at this number?
const N_AT_START = new RegExp(`^${N_PATTERNS[2].source.replace(/^\\b/, "")}`, "iu");

function statedNIn(text: string): { n: number; quote: string } | null {
  for (const re of N_PATTERNS) {
    const m = re.exec(text);
    if (m) return { n: Number(m[1]), quote: m[0] };
  }
  return null;
}

const N_PATTERNS_GLOBAL = N_PATTERNS.map((re) => new RegExp(re.source, re.flags + "g"));

/**
 * The n a sentence states nearest to a printed result (groups in one sentence often carry
 * their own "(n = 15)"), or the fallback when the sentence states none.
 */
function nearestN(
  s: Sentence,
  at: Span,
  fallback: { n: number; source: string } | null,
): { n: number; source: string; at?: number } | null {
  let best: { n: number; quote: string; distance: number; at: number } | null = null;
  for (const re of N_PATTERNS_GLOBAL) {
    for (const m of s.text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (start >= at.start && end <= at.end) continue; // the result's own numbers
      const distance = end <= at.start ? at.start - end : start >= at.end ? start - at.end : 0;
      if (best === null || distance < best.distance) {
        best = { n: Number(m[1]), quote: m[0], distance, at: s.offset + start };
      }
    }
  }
  return best ? { n: best.n, source: `"${best.quote}" in this sentence`, at: best.at } : fallback;
}

const PAIR_RE = new RegExp(
  String.raw`(?<![\w.,])(\d+)\s*(?:[\p{L}]+\s+){0,2}\(\s*(${NUM})\s*%\s*\)`,
  "gu",
);

interface Pair {
  readonly sentence: Sentence;
  readonly count: number;
  readonly percent: string;
  readonly span: Span;
  /** The n it is read against; `at` (offset of the words stating it) when its sentence states it. */
  readonly n: { n: number; source: string; at?: number } | null;
}

function findPairs(
  s: Sentence,
  taken: Span[],
  fallbackN: { n: number; source: string } | null,
): Pair[] {
  const out: Pair[] = [];
  for (const m of s.text.matchAll(PAIR_RE)) {
    const span = { start: m.index!, end: m.index! + m[0].length };
    if (overlaps(span, taken)) continue;
    taken.push(span);
    const n = nearestN(s, span, fallbackN);
    out.push({ sentence: s, count: Number(m[1]), percent: `${m[2]}%`, span, n });
  }
  return out;
}

const MEAN_SD_RES: RegExp[] = [
  // "3125,5 gram (SD = 245,3)", "4,5 (SD 1,1)"
  new RegExp(
    String.raw`(?<![\w.,])(${NUM})\s*(?:[\p{L}]+\s*)?\(\s*(?:SD|SB|s\.d\.)\s*[=:]?\s*(${NUM})\s*\)`,
    "gu",
  ),
  new RegExp(String.raw`(?<![\w.,])(${NUM})\s*±\s*(${NUM})`, "gu"),
  new RegExp(
    String
      .raw`\b(?:mean|rata-rata|rerata|nilai rata-rata|M)\s*(?:=|:|sebesar|of|adalah)?\s*(${NUM})\s*[,;(]?\s*` +
      String
        .raw`(?:SD|s\.d\.|SB|standar deviasi|standard deviation|simpangan baku)\s*(?:=|:|sebesar|of)?\s*(${NUM})\)?`,
    "giu",
  ),
];

function findMeans(
  s: Sentence,
  taken: Span[],
  fallbackN: { n: number; source: string } | null,
  items: number,
): Recognised[] {
  const out: Recognised[] = [];
  for (const re of MEAN_SD_RES) {
    for (const m of s.text.matchAll(re)) {
      const span = { start: m.index!, end: m.index! + m[0].length };
      if (overlaps(span, taken)) continue;
      const n = nearestN(s, span, fallbackN);
      taken.push(span);
      const quote = m[0];
      const base = { location: s.location, kind: "mean-sd" as const, quote, check: "grimmer" };
      if (n === null) {
        out.push({
          span,
          finding: {
            ...base,
            verdict: "unverifiable",
            note: "no n stated for this mean (pass --n to check it with GRIM and GRIMMER)",
          },
        });
        continue;
      }
      try {
        const mean = m[1].replace("−", "-");
        const sd = m[2];
        const grimPasses = grim(mean, n.n, { items, rounding: ["spss", "printf"] });
        // A verdict needs one witness sample, not all of them (grimmerDetails finds every pair's).
        const grimmerPasses = n.n >= 2
          ? grimmer(mean, sd, n.n, { items, rounding: ["spss", "printf"] })
          : null;
        const ok = grimPasses && (grimmerPasses ?? true);
        const unit = items === 1 ? "whole-unit" : `1/${items}-unit`;
        out.push({
          span,
          finding: {
            ...base,
            verdict: ok ? "consistent" : "inconsistent",
            note: `n = ${n.n} (${n.source}); assuming ${unit} data: GRIM ${
              grimPasses ? "passes" : "fails"
            }, GRIMMER ${
              grimmerPasses === null ? "not applicable" : grimmerPasses ? "passes" : "fails"
            } (a measurement in finer units is not tested)`,
          },
        });
      } catch (error) {
        out.push({
          span,
          finding: {
            ...base,
            verdict: "unverifiable",
            note: `cannot check: ${(error as Error).message}`,
          },
        });
      }
    }
  }
  return out;
}

function context(text: string, start: number, end: number): string {
  let from = Math.max(0, start - 30);
  let to = Math.min(text.length, end + 30);
  // Whole words only: move the ends out of any word they cut.
  while (from > 0 && /\S/.test(text[from - 1])) from--;
  while (to < text.length && /\S/.test(text[to])) to++;
  return text.slice(from, to).replace(/\s+/g, " ").trim();
}

function uncheckedReason(sentence: string, start: number): string {
  const before = sentence.slice(Math.max(0, start - 25), start);
  const after = sentence.slice(start, start + 12);
  if (/(?:\bp(?:[- ]?value)?|nilai\s+p|ρ|Sig\.?)\s*(?:<=|>=|≤|≥|=|<|>|:)?\s*$/iu.test(before)) {
    return "a p without the statistic and df it came from (a table would let it be recomputed)";
  }
  if (/^\S*\s*%/.test(after)) return "a percentage without its count";
  if (/(?:α|alpha|alfa|taraf signifikansi|significance level)\s*(?:=|:)?\s*$/iu.test(before)) {
    return "the significance level";
  }
  if (/\b[nN]\s*=\s*$/.test(before) || N_AT_START.test(sentence.slice(start, start + 40))) {
    return "a stated sample size (the n the checks use)";
  }
  if (/\b(?:19|20)\d\d$/.test(after.match(/^[\d]+/)?.[0] ?? "")) return "a year or date";
  return "no check applies to this number";
}

/** A p printed without its statistic, waiting for a reading. */
interface OrphanP {
  readonly sentence: Sentence;
  readonly start: number;
  /** As printed, with its bound ("< 0,05"). */
  readonly reported: string;
  /** Its row in `printed`. */
  readonly row: number;
}

const TABLE_TEST_RE =
  /\b(?:chi|kai)[- ]?(?:square|squared|kuadrat)\b|χ\s*[²2]|\bX\s*[²2]|\bfisher/iu;

/**
 * A chi-square or Fisher p printed without its statistic, in a paragraph that printed two
 * groups' shares "a (x%)" each with its own group n (stated in its sentence): the reading is
 * the 2×2 table [[a, n1 − a], [c, n2 − c]], judged under Pearson, Yates and Fisher.
 */
function pFromGroupShares(orphan: OrphanP, pairs: readonly Pair[] | undefined): ScanFinding | null {
  if (!TABLE_TEST_RE.test(orphan.sentence.text)) return null;
  const before = (pairs ?? []).filter((p) =>
    p.sentence.offset < orphan.sentence.offset ||
    (p.sentence === orphan.sentence && p.span.end <= orphan.start)
  );
  // Each share needs its own group's n, stated in its sentence (not a total both share).
  const grouped = before.filter((p) => p.n?.at !== undefined);
  if (before.length !== 2 || grouped.length !== 2 || grouped[0].n!.at === grouped[1].n!.at) {
    return null;
  }
  const [g1, g2] = grouped;
  if (g1.count > g1.n!.n || g2.count > g2.n!.n) return null;
  const table = [[g1.count, g1.n!.n - g1.count], [g2.count, g2.n!.n - g2.count]];
  if (table[0][0] + table[1][0] === 0 || table[0][1] + table[1][1] === 0) return null;
  const r = chiSquareTest(table);
  const readings: [string, number][] = [
    ["Pearson", r.pearson.p],
    ["Yates", r.continuityCorrection!.p],
    ["Fisher", r.fisher!.p],
  ];
  const prints = readings.filter(([, p]) =>
    STANDARD_RULES.some((rule) => printsAs(p, orphan.reported, rule))
  );
  const quote = [g1, g2].map((g) => g.sentence.text.slice(g.span.start, g.span.end)).join("; ") +
    ` … p = ${orphan.reported}`;
  const fmt = (p: number) => (p < 0.001 ? p.toPrecision(2) : p.toFixed(4));
  return {
    location: orphan.sentence.location,
    kind: "test",
    quote,
    check: "chiSquareTest",
    verdict: prints.length > 0 ? "consistent" : "inconsistent",
    note: `reading: the groups of ${g1.count} of ${g1.n!.n} and ${g2.count} of ${g2.n!.n} as the ` +
      `rows of [[${table[0]}], [${table[1]}]]: ` +
      readings.map(([name, p]) => `${name} p ${fmt(p)}`).join(", ") +
      (prints.length > 0
        ? `; "${orphan.reported}" is ${prints.map(([name]) => name).join(" and ")}`
        : `; "${orphan.reported}" is none of them`) +
      (r.expectedCountRuleMet ? "" : ` (${r.footnote})`),
  };
}

/**
 * Scan a paper's plain text: every printed result lib/ can check, checked; every other
 * printed number listed as unchecked.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const r = scanText("The groups differed, t(28) = 2,31, p = 0,028.");
 * assert.equal(r.findings[0].verdict, "consistent");
 * assert.equal(r.unchecked.length, 0);
 * ```
 */
export function scanText(text: string, options: ScanOptions = {}): ScanResult {
  if (typeof text !== "string") {
    throw new TypeError(`text: expected the paper's plain text as a string, got ${typeof text}`);
  }
  const granularity = options.granularity ?? 1;
  const items = Math.round(1 / granularity);
  if (!(granularity > 0) || Math.abs(items * granularity - 1) > 1e-9) {
    throw new RangeError(
      `granularity: expected 1, 0.5, 0.1 or another 1/k, got ${options.granularity}`,
    );
  }
  if (options.n !== undefined && !(Number.isInteger(options.n) && options.n >= 1)) {
    throw new RangeError(`n: expected a whole number of at least 1, got ${options.n}`);
  }
  // Text exported on Windows or with a byte-order mark: same lines, plain "\n".
  const sentences = splitSentences(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
  let statedN: StatedN | null = null;
  if (options.n !== undefined) {
    statedN = {
      n: options.n,
      quote: `--n ${options.n}`,
      location: { line: 0, paragraph: 0, sentence: 0 },
    };
  } else {
    for (const s of sentences) {
      const found = statedNIn(s.text);
      if (found) {
        statedN = { ...found, location: s.location };
        break;
      }
    }
  }
  const documentN = statedN === null ? null : {
    n: statedN.n,
    source: options.n !== undefined
      ? "given with --n"
      : `"${statedN.quote}" at line ${statedN.location.line}`,
  };
  const findings: ScanFinding[] = [];
  const unchecked: UncheckedNumber[] = [];
  const printed: PrintedRow[] = [];
  let numbers = 0;
  const paragraphPairs = new Map<number, Pair[]>();
  const orphans: OrphanP[] = [];
  const uncheckedRows: number[] = []; // printed row of each unchecked entry
  for (const s of sentences) {
    const taken: Span[] = [];
    const paragraphN = statedNIn(
      sentences.filter((t) => t.location.paragraph === s.location.paragraph).map((t) => t.text)
        .join(" "),
    );
    const fallback = paragraphN
      ? { n: paragraphN.n, source: `"${paragraphN.quote}" in this paragraph` }
      : documentN;
    const local = statedNIn(s.text);
    const sentenceN = local
      ? { n: local.n, source: `"${local.quote}" in this sentence` }
      : fallback;
    const recognised = [...findOddsRatios(s, taken), ...findTests(s, taken, sentenceN)];
    const pairs = findPairs(s, taken, fallback);
    recognised.push(...findMeans(s, taken, fallback, items));
    for (const pair of pairs) {
      const quote = s.text.slice(pair.span.start, pair.span.end);
      const base = {
        location: s.location,
        kind: "percent" as const,
        quote,
        check: "checkPercentPair",
      };
      if (pair.n === null) {
        recognised.push({
          span: pair.span,
          finding: {
            ...base,
            verdict: "unverifiable",
            note: "no n stated: see the paragraph's denominators",
          },
        });
      } else if (pair.count > pair.n.n) {
        recognised.push({
          span: pair.span,
          finding: {
            ...base,
            verdict: "unverifiable",
            note: `the count exceeds n = ${pair.n.n} (${pair.n.source}): a different denominator`,
          },
        });
      } else {
        try {
          const r = checkPercentPair(pair.count, pair.percent, pair.n.n);
          recognised.push({
            span: pair.span,
            finding: {
              ...base,
              verdict: r.consistent ? "consistent" : "inconsistent",
              note:
                `${pair.count}/${pair.n.n} = ${r.computed.toFixed(3)}% (n from ${pair.n.source})` +
                (r.consistent
                  ? ` prints as ${pair.percent} (${r.rules.join(", ")})`
                  : `; ${pair.percent} needs a count of ${
                    r.countsThatPrint.length ? r.countsThatPrint.join(" or ") : "none"
                  } out of ${pair.n.n}`),
            },
          });
        } catch (error) {
          recognised.push({
            span: pair.span,
            finding: {
              ...base,
              verdict: "unverifiable",
              note: `cannot check: ${(error as Error).message}`,
            },
          });
        }
      }
    }
    const list = paragraphPairs.get(s.location.paragraph) ?? [];
    list.push(...pairs);
    paragraphPairs.set(s.location.paragraph, list);
    recognised.sort((a, b) => a.span.start - b.span.start);
    findings.push(...recognised.map((r) => r.finding));
    const spans = recognised.map((r) => r.span);
    let index = 0;
    for (const m of s.text.matchAll(NUMBER_RE)) {
      numbers++;
      index++;
      const start = m.index!;
      const end = start + m[0].length;
      const checked = spans.some((sp) => start >= sp.start && end <= sp.end);
      const guess = printedKind(s.text, start, end);
      printed.push({
        id: `p${s.location.paragraph}.s${s.location.sentence}.${index}`,
        location: `line ${s.location.line}`,
        kind: guess.kind,
        quote: context(s.text, start, end),
        reported: guess.reported,
        status: "claim",
        checked,
      });
      if (checked) continue;
      const reason = uncheckedReason(s.text, start);
      if (guess.kind === "p") {
        orphans.push({ sentence: s, start, reported: guess.reported, row: printed.length - 1 });
      }
      unchecked.push({
        location: s.location,
        number: m[0],
        context: context(s.text, start, end),
        reason,
      });
      uncheckedRows.push(printed.length - 1);
    }
  }
  // A chi-square or Fisher p printed without its statistic, after two groups' "n (x%)".
  const checkedRows = new Set<number>();
  for (const orphan of orphans) {
    const finding = pFromGroupShares(
      orphan,
      paragraphPairs.get(orphan.sentence.location.paragraph),
    );
    if (finding === null) continue;
    findings.push(finding);
    checkedRows.add(orphan.row);
  }
  if (checkedRows.size > 0) {
    printed.forEach((r, i) => {
      if (checkedRows.has(i)) printed[i] = { ...r, checked: true };
    });
    const still = unchecked.filter((_, i) => !checkedRows.has(uncheckedRows[i]));
    unchecked.splice(0, unchecked.length, ...still);
  }
  // Paragraph level: which denominators make every "n (x%)" of the paragraph print. Pairs
  // read against different n's (groups with their own n) are searched separately.
  const sameN: Pair[][] = [];
  for (const [, all] of paragraphPairs) {
    const byN = new Map<number | null, Pair[]>();
    for (const pair of all) {
      byN.set(pair.n?.n ?? null, [...(byN.get(pair.n?.n ?? null) ?? []), pair]);
    }
    sameN.push(...byN.values());
  }
  for (const pairs of sameN) {
    if (pairs.length < 2) continue;
    const largest = Math.max(...pairs.map((p) => p.count));
    const max = Math.max(largest * 4, 200);
    const search = denominatorsThatPrint(
      pairs.map((p) => ({ count: p.count, percent: p.percent })),
      { lo: Math.max(1, largest), hi: max },
    );
    const used = pairs[0].n?.n ?? null;
    const found = search.denominators;
    const searched = `${search.searched.lo} to ${search.searched.hi}`;
    const listed = found.length > 12
      ? `${found.slice(0, 12).join(", ")}, ... (${found.length} in all)`
      : found.join(", ");
    findings.push({
      location: pairs[0].sentence.location,
      kind: "percent-set",
      quote: pairs.map((p) => p.sentence.text.slice(p.span.start, p.span.end)).join("; "),
      check: "denominatorsThatPrint",
      verdict: found.length === 0
        ? "inconsistent"
        : used !== null && !found.includes(used)
        ? "inconsistent"
        : "consistent",
      note: found.length === 0
        ? `no single n from ${searched} makes all ${pairs.length} ` +
          "percentages print under one rounding rule"
        : `every percentage prints with n = ${listed} (searched ${searched})` +
          (used === null
            ? ""
            : found.includes(used)
            ? `, including n = ${used}`
            : `, but not with n = ${used}`),
    });
  }
  return {
    paragraphs: new Set(sentences.map((s) => s.location.paragraph)).size,
    sentences: sentences.length,
    numbers,
    statedN,
    findings,
    unchecked,
    printed,
  };
}

/** A first guess at a number's kind from the words around it, and its printed string. */
function printedKind(
  sentence: string,
  start: number,
  end: number,
): { kind: PrintedRow["kind"]; reported: string } {
  const number = sentence.slice(start, end);
  const before = sentence.slice(Math.max(0, start - 30), start);
  const after = sentence.slice(end, end + 30);
  const pMatch = before.match(
    /(?:\bp(?:[- ]?value)?|nilai\s+p|ρ|Sig\.?(?:\s*\(2-tailed\))?)\s*(<=|>=|≤|≥|<|>|=|:)?\s*$/iu,
  );
  if (pMatch) {
    const bound = pMatch[1] && !["=", ":"].includes(pMatch[1]) ? `${pMatch[1]} ` : "";
    return { kind: "p", reported: bound + number };
  }
  if (/^\s*%/.test(after)) {
    return { kind: "percent", reported: `${number}%` };
  }
  if (/^\s*(?:[\p{L}]+\s+){0,2}\(\s*[-−]?[\d.,]+\s*%\s*\)/u.test(after)) {
    return { kind: "count", reported: number };
  }
  if (
    /±\s*$/.test(before) ||
    /\b(?:SD|SB|s\.d\.|standar deviasi|standard deviation|simpangan baku)\s*[=:]?\s*$/iu.test(
      before,
    )
  ) {
    return { kind: "sd", reported: number };
  }
  if (/^\s*±/.test(after) || /\b(?:mean|rata-rata|rerata|M)\s*[=:]?\s*$/iu.test(before)) {
    return { kind: "mean", reported: number };
  }
  if (
    /(?:CI|IK)\s*(?:95\s*%)?\s*[:=]?\s*\(?\s*$/iu.test(before) ||
    /(?:-|–|to|sampai)\s*$/.test(before) && /(?:CI|IK)/.test(before)
  ) {
    return { kind: "ci", reported: number };
  }
  if (
    /(?:\b[tFrzZ]|χ\s*[²2]|\bX\s*[²2]|\bOR|\bodds ratio)\s*(?:\([^)]*\))?\s*(?:hitung|value)?\s*[=:]\s*$/u
      .test(before)
  ) {
    return { kind: "statistic", reported: number };
  }
  if (/\b[nN]\s*=\s*$/.test(before) || N_AT_START.test(sentence.slice(start, start + 40))) {
    return { kind: "n", reported: number };
  }
  if (/^(?:19|20)\d\d$/.test(number)) return { kind: "date", reported: number };
  return { kind: "other", reported: number };
}
