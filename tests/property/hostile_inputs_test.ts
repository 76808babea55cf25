/**
 * Hostile inputs, seeded and deterministic: every exported function of lib/stats, lib/forensics
 * and lib/printed is called with garbage (NaN, Infinity, 1e308, 2^53, -1, strings, null,
 * objects, wrong-shaped arrays, bigints, functions) mixed with plausible values. Each call must
 * either return a valid answer (no NaN or undefined anywhere in it, no negative p) or throw an
 * Error whose message starts with an argument name and a colon ("n: expected ..."). An engine
 * error ("Cannot read properties of null", "Invalid array length") or a garbage answer fails.
 *
 * @module
 */
import assert from "node:assert/strict";

const MODULE_DIRS = ["stats", "forensics", "printed"];
const SEED = 20;
const CALLS_PER_FUNCTION = 150;
const ANSWERED_KEPT = 3;

// Mulberry32: the same sequence of cases on every run.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Garbage, then values that look right, so that calls get past the first check sometimes.
const HOSTILE: (() => unknown)[] = [
  () => undefined,
  () => null,
  () => NaN,
  () => Infinity,
  () => -Infinity,
  () => -1,
  () => -0,
  () => 1.5,
  () => 1e308,
  () => 2 ** 53,
  () => 5e-324,
  () => "abc",
  () => "",
  () => "false",
  () => ({}),
  () => ({ n: NaN, mean: 3 }),
  () => [],
  () => [NaN, 1],
  () => [1, "2"],
  () => [Infinity, 2],
  () => [1e308, 2],
  () => [-1, 2],
  () => [[1, 2], [3]],
  () => [[1e308, 2], [0, 1]],
  () => true,
  () => 10n,
  () => () => 1,
  () => new Float64Array([1, NaN]),
];
const PLAUSIBLE: (() => unknown)[] = [
  () => 0,
  () => 1,
  () => 2,
  () => 5,
  () => 12,
  () => 0.05,
  () => 0.5,
  () => 0.95,
  () => -1.96,
  () => [1, 2, 3, 4, 5],
  () => [3, 1, 4, 1, 5, 9, 2, 6],
  () => [2, 2, 3, 3, 3],
  () => [[5, 7], [0, 8]],
  () => [[3, 2, 1], [1, 4, 2], [0, 1, 5]],
  () => [12, 8],
  () => "0,05",
  () => "4,00",
  () => "1,20",
  () => "< 0,05",
  () => ".000",
  () => "13,5%",
  () => "spss",
  () => "two-sided",
  () => "wilcoxon",
  () => ({ method: "exact" }),
  () => ({ strict: "false" }),
  () => ({ alternative: "sideways" }),
  () => ({ n: 10, mean: "3,00", sd: "1,00", min: 1, max: 5 }),
  () => ({ lo: 1, hi: 2 }),
  () => ({ b: 3, c: 7 }),
  () => ["spss"],
];

function pick(rand: () => number): unknown {
  const pool = rand() < 0.5 ? HOSTILE : PLAUSIBLE;
  return pool[Math.floor(rand() * pool.length)]();
}

// A message that names its argument: "name: ...", "rows[2]: ...", "scale.min: ...",
// "lo, hi: ...".
const NAMED = /^[A-Za-z_$][\w$.[\]]*(, [A-Za-z_$][\w$.[\]]*)*: \S/;
const P_KEY = /^(p|pValue|p[A-Z]\w*|\w*P|exactSig|asympSig)$/;

// Where a returned value is garbage: NaN, undefined, or a negative p, with its path.
function garbage(value: unknown, path = "result", depth = 0): string | null {
  if (value === undefined) return `${path} is undefined`;
  if (typeof value === "number" && Number.isNaN(value)) return `${path} is NaN`;
  if (depth > 4 || value === null || typeof value !== "object") return null;
  if (ArrayBuffer.isView(value)) return null;
  const entries = Array.isArray(value)
    ? value.slice(0, 50).map((v, i) => [String(i), v] as const)
    : Object.entries(value).slice(0, 50);
  for (const [key, v] of entries) {
    if (typeof v === "number" && P_KEY.test(key) && v < 0) return `${path}.${key} = ${v} < 0`;
    if (typeof v === "function") continue;
    const inner = garbage(v, `${path}.${key}`, depth + 1);
    if (inner) return inner;
  }
  return null;
}

interface Failure {
  name: string;
  args: string;
  problem: string;
}

function show(args: unknown[]): string {
  return args.map((a) => {
    if (typeof a === "bigint") return `${a}n`;
    if (typeof a === "function") return "() => 1";
    if (typeof a === "number") return Object.is(a, -0) ? "-0" : String(a);
    try {
      return JSON.stringify(a) ?? String(a);
    } catch {
      return String(a);
    }
  }).join(", ");
}

function moduleFiles(): string[] {
  const out: string[] = [];
  for (const dir of MODULE_DIRS) {
    const url = new URL(`../../lib/${dir}/`, import.meta.url);
    for (const entry of Deno.readDirSync(url)) {
      const f = entry.name;
      // _-prefixed modules are private argument helpers: their first argument is an argument
      // name supplied by the library, not by a user.
      if (!f.endsWith(".ts") || f === "mod.ts" || f.startsWith("_")) continue;
      out.push(`${dir}/${f}`);
    }
  }
  return out.sort();
}

// Exported functions of one file, each once (modules re-export each other).
async function exportedFunctions(file: string): Promise<[string, (...a: unknown[]) => unknown][]> {
  const module = await import(new URL(`../../lib/${file}`, import.meta.url).href);
  return Object.entries(module)
    .filter(([name, value]) => typeof value === "function" && !/^[A-Z]/.test(name)) // no classes
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => [`${file}:${name}`, value as (...a: unknown[]) => unknown]);
}

// One call, judged: null when it returned a valid answer or threw a named error.
function judge(name: string, f: (...a: unknown[]) => unknown, args: unknown[]): {
  problem: string | null;
  answered: boolean;
} {
  const started = performance.now();
  let problem: string | null = null;
  let answered = false;
  try {
    const result = f(...args);
    if (result instanceof Promise) return { problem: null, answered: false };
    // Visitors and cache resets answer nothing: undefined is their whole answer.
    const returnsNothing = /^(forEach|clear)/.test(name.split(":")[1]);
    problem = returnsNothing && result === undefined ? null : garbage(result);
    answered = problem === null;
  } catch (error) {
    if (!(error instanceof Error)) problem = `threw a non-Error: ${String(error)}`;
    else if (!NAMED.test(error.message)) {
      problem = `unnamed ${error.name}: ${error.message.slice(0, 120)}`;
    }
  }
  const elapsed = performance.now() - started;
  if (elapsed > 2000) problem = `took ${elapsed.toFixed(0)} ms`;
  return { problem, answered };
}

function drive(
  functions: [string, (...a: unknown[]) => unknown][],
  seed: number,
): { calls: number; failures: Failure[] } {
  const rand = random(seed);
  const failures: Failure[] = [];
  let calls = 0;
  for (const [name, f] of functions) {
    // Phase 1: random argument lists; remember a few that were answered.
    const answered: unknown[][] = [];
    for (let i = 0; i < CALLS_PER_FUNCTION; i++) {
      // Declared parameters, and often one or two more (options with defaults are not counted
      // in f.length).
      const arity = Math.max(1, f.length) + (rand() < 0.5 ? 1 : 0) + (rand() < 0.2 ? 1 : 0);
      const args = Array.from({ length: arity }, () => pick(rand));
      calls++;
      const verdict = judge(name, f, args);
      if (verdict.problem) {
        failures.push({ name, args: show(args).slice(0, 200), problem: verdict.problem });
      } else if (verdict.answered && answered.length < ANSWERED_KEPT) answered.push(args);
    }
    // Phase 2: from each answered call, replace one argument at a time by each hostile value,
    // and append one (a null or garbage options object after valid data).
    for (const base of answered) {
      for (let position = 0; position <= base.length; position++) {
        for (const hostile of HOSTILE) {
          const args = [...base];
          args[position] = hostile();
          calls++;
          const verdict = judge(name, f, args);
          if (verdict.problem) {
            failures.push({ name, args: show(args).slice(0, 200), problem: verdict.problem });
          }
        }
      }
    }
  }
  return { calls, failures };
}

const files = moduleFiles();
let totalCalls = 0;
let totalFunctions = 0;
for (const [index, file] of files.entries()) {
  // A re-exported function is driven again in each file that exports it, with that file's seed.
  const functions = await exportedFunctions(file);
  Deno.test({
    name: `hostile inputs: ${file} (${functions.length} exports)`,
    fn() {
      const { calls, failures } = drive(functions, SEED + index);
      totalCalls += calls;
      totalFunctions += functions.length;
      const first = new Map<string, Failure>();
      for (const f of failures) if (!first.has(f.name)) first.set(f.name, f);
      const report = [...first.values()].map((f) => `${f.name}(${f.args}): ${f.problem}`);
      assert.equal(
        failures.length,
        0,
        `${failures.length} of ${calls} calls failed; first per function:\n${report.join("\n")}`,
      );
    },
  });
}

Deno.test("hostile inputs: the suite covered what it should", () => {
  // Runs after the per-file tests (Deno runs a module's tests in order).
  assert.ok(totalFunctions >= 100, `only ${totalFunctions} exports driven`);
  assert.ok(totalCalls >= totalFunctions * CALLS_PER_FUNCTION, `${totalCalls} calls`);
  console.log(`${totalCalls} hostile calls over ${totalFunctions} exports`);
});
