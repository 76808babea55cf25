/**
 * Runs every benchmark (`deno bench --json bench/`), times R and SciPy on the same inputs when
 * they are installed, and prints each goal of bench/targets.ts with the measured time, the
 * ratio to R and SciPy and pass or fail; exits 1 when a goal fails.
 *
 * Deno's JSON gives no median, so the 75th percentile stands in for it: the median is at most
 * that, so a goal that passes on p75 passes on the median too.
 *
 * Run: deno run --allow-read --allow-run --allow-env tools/bench_report.ts [--no-reference]
 *
 * @module
 */
import { inputLines } from "../bench/inputs.ts";
import {
  BENCH_WALL_SECONDS,
  type BenchTarget,
  type ReferenceEngine,
  TARGETS,
} from "../bench/targets.ts";

/** One bench's measured times in ms. */
export interface Measured {
  readonly p75: number;
  readonly avg: number;
  readonly runs: number;
}

/** A reference engine's timing: ms, or a lower bound when the call was cut off. */
export interface ReferenceTime {
  readonly ms: number;
  readonly cutOff: boolean;
}

/** A goal's outcome. */
export interface Verdict {
  readonly target: BenchTarget;
  readonly measured: Measured | null;
  readonly reference: ReferenceTime | null;
  readonly limitMs: number;
  readonly basis: string;
  readonly pass: boolean;
}

/**
 * Reads `deno bench --json` output into times in ms by bench name.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const json = { benches: [{ name: "a", results: [{ ok: { p75: 2e6, avg: 1e6, n: 9 } }] }] };
 * assert.deepEqual(parseBenchJson(JSON.stringify(json)).get("a"), { p75: 2, avg: 1, runs: 9 });
 * ```
 */
export function parseBenchJson(text: string): Map<string, Measured> {
  const data = JSON.parse(text) as {
    benches: { name: string; results: { ok?: { p75: number; avg: number; n: number } }[] }[];
  };
  const times = new Map<string, Measured>();
  for (const bench of data.benches) {
    const ok = bench.results[0]?.ok;
    if (ok) times.set(bench.name, { p75: ok.p75 / 1e6, avg: ok.avg / 1e6, runs: ok.n });
  }
  return times;
}

/**
 * Reads the "id milliseconds" lines of the reference scripts (">15000" when cut off).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const times = parseReferenceLines("a 78 \nb >15000\n");
 * assert.deepEqual(times.get("b"), { ms: 15000, cutOff: true });
 * assert.equal(times.get("a")?.ms, 78);
 * ```
 */
export function parseReferenceLines(text: string): Map<string, ReferenceTime> {
  const times = new Map<string, ReferenceTime>();
  for (const line of text.split("\n")) {
    const [id, value] = line.trim().split(/\s+/);
    if (!id || !value) continue;
    const cutOff = value.startsWith(">");
    const ms = Number(cutOff ? value.slice(1) : value);
    if (Number.isFinite(ms)) times.set(id, { ms, cutOff });
  }
  return times;
}

/**
 * Judges one goal: against the reference engine when it was timed (a cut-off engine call
 * counts as at least its limit), otherwise against the absolute ceiling.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const target = { bench: "b", goal: "g", maxMs: 10, reference: { engine: "R" as const, factor: 1.5 } };
 * const verdict = judge(target, { p75: 12, avg: 11, runs: 5 }, { ms: 10, cutOff: false });
 * assert.equal(verdict.limitMs, 15);
 * assert.equal(verdict.pass, true);
 * assert.equal(judge(target, { p75: 12, avg: 11, runs: 5 }, null).pass, false);
 * ```
 */
export function judge(
  target: BenchTarget,
  measured: Measured | null,
  reference: ReferenceTime | null,
): Verdict {
  const relative = target.reference && reference;
  const limitMs = relative ? target.reference!.factor * reference.ms : target.maxMs;
  const basis = relative
    ? `${target.reference!.factor}x ${target.reference!.engine}${
      reference.cutOff ? " (cut off)" : ""
    }`
    : "absolute";
  const pass = measured !== null && measured.p75 <= limitMs;
  return { target, measured, reference, limitMs, basis, pass };
}

async function run(
  command: string,
  args: string[],
  stdin?: string,
): Promise<{ ok: boolean; stdout: string; stderr: string } | null> {
  try {
    const child = new Deno.Command(command, {
      args,
      stdin: stdin === undefined ? "null" : "piped",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
    if (stdin !== undefined) {
      const writer = child.stdin.getWriter();
      await writer.write(new TextEncoder().encode(stdin));
      await writer.close();
    }
    const out = await child.output();
    const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    return { ok: out.success, stdout: decode(out.stdout), stderr: decode(out.stderr) };
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return null; // engine not installed
    throw error;
  }
}

/** Times one engine, or says why it could not. */
async function timeEngine(
  engine: ReferenceEngine,
  inputs: string,
): Promise<{ times: Map<string, ReferenceTime>; note: string }> {
  const script = new URL(
    engine === "R" ? "../bench/reference/time_r.R" : "../bench/reference/time_scipy.py",
    import.meta.url,
  ).pathname;
  // Debian's python3 has SciPy; a pyenv python3 earlier on PATH may not.
  const commands = engine === "R" ? ["Rscript"] : ["/usr/bin/python3", "python3"];
  for (const command of commands) {
    const result = await run(command, [script], inputs);
    if (result === null) continue;
    if (!result.ok) {
      if (engine === "SciPy" && /No module named/.test(result.stderr)) continue;
      return { times: new Map(), note: `${engine} failed: ${result.stderr.trim().slice(0, 200)}` };
    }
    const version = result.stderr.match(/version \S+ (\S+)/)?.[1];
    return {
      times: parseReferenceLines(result.stdout),
      note: `${engine} ${version ?? ""} via ${command}`.replace(/\s+/g, " "),
    };
  }
  return { times: new Map(), note: `${engine} not installed: absolute goals apply` };
}

function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(1) : value.toFixed(3);
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

async function main(): Promise<number> {
  const root = new URL("../", import.meta.url).pathname;
  const started = performance.now();
  const bench = await run(Deno.execPath(), ["bench", "--allow-read", "--json", `${root}bench/`]);
  const wallSeconds = (performance.now() - started) / 1000;
  if (bench === null || !bench.ok) {
    console.error(`deno bench failed:\n${bench?.stderr ?? "deno not found"}`);
    return 1;
  }
  const measured = parseBenchJson(bench.stdout);
  const inputs = inputLines();
  const skip = Deno.args.includes("--no-reference");
  const engines = new Map<ReferenceEngine, Map<string, ReferenceTime>>();
  const notes: string[] = [];
  for (const engine of ["R", "SciPy"] as const) {
    if (skip) continue;
    const { times, note } = await timeEngine(engine, inputs);
    engines.set(engine, times);
    notes.push(note);
  }
  const timeOf = (target: BenchTarget, engine: ReferenceEngine) => {
    const id = target.compare?.[engine];
    return id === undefined ? null : engines.get(engine)?.get(id) ?? null;
  };
  const verdicts = TARGETS.map((target) =>
    judge(
      target,
      measured.get(target.bench) ?? null,
      target.reference ? timeOf(target, target.reference.engine) : null,
    )
  );
  const rows = verdicts.map((v) => {
    const cells = (engine: ReferenceEngine) => {
      const ref = timeOf(v.target, engine);
      if (!ref) return ["-", "-"];
      const time = `${ref.cutOff ? ">" : ""}${ms(ref.ms)}`;
      if (!v.measured) return [time, "-"];
      const ratio = (v.measured.p75 / ref.ms).toPrecision(2);
      return [time, ref.cutOff ? `<${ratio}` : ratio];
    };
    return [
      v.pass ? "PASS" : "FAIL",
      v.target.bench,
      v.measured ? ms(v.measured.p75) : "missing",
      v.measured ? ms(v.measured.avg) : "-",
      ...cells("R"),
      ...cells("SciPy"),
      `<= ${ms(v.limitMs)} (${v.basis})`,
      v.target.goal,
    ];
  });
  const header = [
    "",
    "bench",
    "median<= (p75 ms)",
    "avg ms",
    "R ms",
    "x R",
    "SciPy ms",
    "x SciPy",
    "limit ms",
    "goal",
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => pad(c, i === cells.length - 1 ? 0 : widths[i])).join("  ");
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  const wallPass = wallSeconds <= BENCH_WALL_SECONDS;
  console.log(
    `${wallPass ? "PASS" : "FAIL"}  deno bench bench/ took ${wallSeconds.toFixed(1)} s ` +
      `(goal <= ${BENCH_WALL_SECONDS} s)`,
  );
  console.log("note: median<= is Deno's p75 (its JSON has no median), an upper bound of it");
  for (const note of notes) console.log(`note: ${note}`);
  const failed = verdicts.filter((v) => !v.pass).length + (wallPass ? 0 : 1);
  console.log(failed === 0 ? "every goal met" : `${failed} goal(s) not met`);
  return failed === 0 ? 0 : 1;
}

if (import.meta.main) Deno.exit(await main());
