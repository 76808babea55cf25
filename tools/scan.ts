/**
 * `deno task scan <file.txt>`: read a paper's plain text, check every printed result lib/ can
 * check (test statistics with their p, "n (x%)" with their n, means with SD and n, odds ratios
 * with their CI), print a verdict table with each sentence's location and list every other
 * printed number as unchecked. `--json` prints the result as JSON; `--out <path>` writes it
 * there. Needs no network; reads only the file it is given, writes only `--out`.
 *
 * @module
 */
import { type ScanResult, scanText, type TextLocation } from "./scan_text.ts";

/** What `deno task scan --help` prints. */
export const USAGE =
  `Usage: deno task scan <file.txt> [--json] [--out <path>] [--n <n>] [--granularity <g>]

Reads a paper's plain text (Indonesian or English; comma or dot decimals) and checks each
printed result it recognises: a test statistic with its df and p (t, F, r, chi-square, z),
"n (x%)" against the stated n (and the denominators that make a paragraph's percentages
print), a mean with its SD and n (GRIM, GRIMMER), an odds ratio against its CI and p, and a
chi-square or Fisher p printed without its statistic after two groups' "n (x%)" with their own
n (as that 2×2 table). Every other number is listed as unchecked, with the reason.

  --json            print the result as JSON instead of the table
  --csv             print every printed number as rows of data/<slug>/printed.csv (a start:
                    review each kind, id and quote before committing it)
  --out <path>      also write the JSON to <path> (asks for write permission to <path> only)
  --n <n>           the study's n, when the text does not state it
  --granularity <g> unit of the measurements behind means: 1 (default), 0.5, 0.1
  -h, --help        print this help and exit

Exit status: 0 when the scan ran (whatever the verdicts), 1 when the file cannot be read,
2 for a usage error.`;

/** Parsed command line. */
export interface ScanArgs {
  readonly file: string;
  readonly json: boolean;
  readonly csv: boolean;
  readonly out: string | null;
  readonly n?: number;
  readonly granularity?: number;
}

/** A command-line mistake (exit status 2). */
export class UsageError extends Error {
  override name = "UsageError";
}

/**
 * Parse the command line.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(parseScanArgs(["paper.txt", "--json"]), {
 *   file: "paper.txt",
 *   json: true,
 *   csv: false,
 *   out: null,
 * });
 * ```
 */
export function parseScanArgs(args: readonly string[]): ScanArgs | "help" {
  let file: string | null = null;
  let json = false;
  let csv = false;
  let out: string | null = null;
  let n: number | undefined;
  let granularity: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${a}: expected a value`);
      return v;
    };
    if (a === "-h" || a === "--help") return "help";
    else if (a === "--json") json = true;
    else if (a === "--csv") csv = true;
    else if (a === "--out") out = value();
    else if (a === "--n") {
      const v = value();
      n = Number(v);
      if (!Number.isInteger(n) || n < 1) {
        throw new UsageError(`--n: expected a whole number, got ${v}`);
      }
    } else if (a === "--granularity") {
      const v = value();
      granularity = Number(v.replace(",", "."));
      if (!(granularity > 0 && granularity <= 1)) {
        throw new UsageError(`--granularity: expected 1, 0.5 or 0.1, got ${v}`);
      }
    } else if (a.startsWith("-")) throw new UsageError(`unknown option ${a}`);
    else if (file === null) file = a;
    else throw new UsageError(`expected one file, got ${file} and ${a}`);
  }
  if (file === null) throw new UsageError("expected the path of a plain-text file to scan");
  if (json && csv) throw new UsageError("--json and --csv: choose one output");
  return {
    file,
    json,
    csv,
    out,
    ...(n === undefined ? {} : { n }),
    ...(granularity === undefined ? {} : { granularity }),
  };
}

function where(l: TextLocation): string {
  return `line ${l.line} (¶${l.paragraph} s${l.sentence})`;
}

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length <= width ? flat : flat.slice(0, width - 1) + "…";
}

/**
 * The verdict table and the unchecked list as plain text.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scanText } from "./scan_text.ts";
 * assert.match(renderScan(scanText("t(28) = 2,31, p = 0,028.")), /consistent/);
 * ```
 */
export function renderScan(result: ScanResult): string {
  const lines: string[] = [];
  const rows = result.findings.map((f) => [
    where(f.location),
    f.kind,
    clip(f.quote, 40),
    f.verdict,
    f.note,
  ]);
  const header = ["where", "kind", "as printed", "verdict", "note"];
  const widths = header.map((h, i) =>
    i === 4 ? 0 : Math.max(h.length, ...rows.map((r) => r[i].length))
  );
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 4 ? c : c.padEnd(widths[i]))).join("  ").trimEnd();
  lines.push(
    `${result.numbers} printed numbers in ${result.sentences} sentences (${result.paragraphs} ` +
      `paragraphs); ${result.findings.length} checks; ${result.unchecked.length} numbers unchecked.`,
  );
  lines.push(
    result.statedN === null
      ? "No sample size stated in the text (use --n to give one)."
      : `Sample size used where a sentence or paragraph states none: n = ${result.statedN.n} ` +
        `(${
          result.statedN.location.line > 0 ? where(result.statedN.location) + ": " : ""
        }"${result.statedN.quote}").`,
  );
  if (rows.length > 0) {
    lines.push("", line(header), line(widths.map((w, i) => "-".repeat(i === 4 ? 4 : w))));
    for (const r of rows) lines.push(line(r));
    const counts = ["consistent", "inconsistent", "unverifiable"].map((v) =>
      `${result.findings.filter((f) => f.verdict === v).length} ${v}`
    );
    lines.push("", `Verdicts: ${counts.join(", ")}.`);
  }
  if (result.unchecked.length > 0) {
    lines.push("", "Unchecked numbers (no check applies; none is dropped):");
    for (const u of result.unchecked) {
      lines.push(`  ${where(u.location)}  ${u.number}  "${clip(u.context, 60)}"  ${u.reason}`);
    }
  }
  return lines.join("\n") + "\n";
}

/**
 * Every printed number as printed.csv text (header and one row each).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scanText } from "./scan_text.ts";
 * assert.equal(
 *   printedCsv(scanText("Of 20 mothers, 15 (75,0%) improved.")),
 *   "id,location,kind,quote,reported,status\n" +
 *     'p1.s1.1,line 1,n,"Of 20 mothers, 15 (75,0%) improved.",20,claim\n' +
 *     'p1.s1.2,line 1,count,"Of 20 mothers, 15 (75,0%) improved.",15,claim\n' +
 *     'p1.s1.3,line 1,percent,"Of 20 mothers, 15 (75,0%) improved.","75,0%",claim\n',
 * );
 * ```
 */
export function printedCsv(result: ScanResult): string {
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const rows = result.printed.map((r) =>
    [r.id, r.location, r.kind, r.quote, r.reported, r.status].map(cell).join(",")
  );
  return ["id,location,kind,quote,reported,status", ...rows].join("\n") + "\n";
}

/** What {@link runScan} may touch: injected so the tests need no files or permissions. */
export interface ScanIO {
  readTextFile(path: string): Promise<string>;
  writeTextFile(path: string, text: string): Promise<void>;
  /** Ask for permission to write one path; resolves false when refused. */
  canWrite(path: string): Promise<boolean>;
  stdout(text: string): void;
  stderr(text: string): void;
}

const DENO_IO: ScanIO = {
  readTextFile: (path) => Deno.readTextFile(path),
  writeTextFile: (path, text) => Deno.writeTextFile(path, text),
  async canWrite(path) {
    const query = { name: "write", path } as const;
    const status = await Deno.permissions.query(query);
    if (status.state === "granted") return true;
    if (status.state === "prompt" && Deno.stdin.isTerminal()) {
      return (await Deno.permissions.request(query)).state === "granted";
    }
    return false;
  },
  stdout: (text) => void Deno.stdout.writeSync(new TextEncoder().encode(text)),
  stderr: (text) => void Deno.stderr.writeSync(new TextEncoder().encode(text)),
};

/**
 * Run the scan command; returns the exit status.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * let out = "";
 * const io = {
 *   readTextFile: () => Promise.resolve("Mean 4,5 ± 1,2 (n = 20)."),
 *   writeTextFile: () => Promise.resolve(),
 *   canWrite: () => Promise.resolve(false),
 *   stdout: (t: string) => void (out += t),
 *   stderr: () => {},
 * };
 * assert.equal(await runScan(["abstract.txt"], io), 0);
 * assert.match(out, /mean-sd/);
 * ```
 */
export async function runScan(args: readonly string[], io: ScanIO = DENO_IO): Promise<number> {
  let parsed: ScanArgs | "help";
  try {
    parsed = parseScanArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`scan: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (parsed === "help") {
    io.stdout(USAGE + "\n");
    return 0;
  }
  let text: string;
  try {
    text = await io.readTextFile(parsed.file);
  } catch (error) {
    const reason = error instanceof Deno.errors.NotFound
      ? "no such file"
      : error instanceof Deno.errors.NotCapable || error instanceof Deno.errors.PermissionDenied
      ? "permission denied (the task may read files only with --allow-read)"
      : error instanceof Deno.errors.IsADirectory
      ? "it is a directory, not a text file"
      : (error as Error).message;
    io.stderr(`scan: cannot read "${parsed.file}": ${reason}\n`);
    return 1;
  }
  if (text.includes("\u0000")) {
    io.stderr(
      `scan: "${parsed.file}" is not plain text (it contains NUL bytes); export the ` +
        "paper as .txt first\n",
    );
    return 1;
  }
  const result = scanText(text, { n: parsed.n, granularity: parsed.granularity });
  const json = JSON.stringify({ file: parsed.file, ...result }, null, 2) + "\n";
  if (result.numbers === 0) {
    io.stderr(
      `scan: "${parsed.file}" has no printed numbers to check` +
        (text.trim() === "" ? " (the file is empty)" : "") + "\n",
    );
  }
  if (parsed.out !== null) {
    if (!(await io.canWrite(parsed.out))) {
      io.stderr(
        `scan: --out needs permission to write "${parsed.out}"; run\n` +
          `  deno run --allow-read --allow-write=${parsed.out} tools/scan.ts ${args.join(" ")}\n`,
      );
      return 1;
    }
    await io.writeTextFile(parsed.out, json);
  }
  if (parsed.json) io.stdout(json);
  else if (parsed.csv) io.stdout(printedCsv(result));
  else if (result.numbers > 0) io.stdout(renderScan(result));
  return 0;
}

if (import.meta.main) Deno.exit(await runScan(Deno.args));
