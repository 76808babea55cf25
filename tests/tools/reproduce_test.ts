import assert from "node:assert/strict";
import { listPapers } from "../../lib/data/load.ts";
import { listNotebooks } from "../../tools/notebooks.ts";
import {
  main,
  parseReproduceArgs,
  reproduce,
  resolveNotebooks,
  USAGE,
} from "../../tools/reproduce.ts";

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
const outDir = new URL("../../reports/.test-reproduce/", import.meta.url);

Deno.test("reproduce: progress lines, audit.json with a failed record, executed copies, the report", async () => {
  const lines: string[] = [];
  const { runs, records } = await reproduce({
    notebooks: [fixture("report_claims.ipynb"), fixture("error.ipynb")],
    log: (line) => lines.push(line),
    outDir,
  });
  assert.deepEqual(runs.map((r) => r.ok), [true, false]);
  assert.match(lines[0], /^ok {4}report_claims\.ipynb +\d+\.\d s {2}2 claims$/);
  assert.match(lines[1], /^FAIL {2}error\.ipynb +\d+\.\d s {2}cell 3: RangeError: boom in cell 3$/);
  const audit = JSON.parse(await Deno.readTextFile(new URL("audit.json", outDir)));
  assert.deepEqual(audit, records);
  assert.deepEqual(audit.map((c: { id: string }) => c.id), ["x.p", "x.n", "notebook"]);
  assert.deepEqual(audit[2], {
    paper: "error",
    id: "notebook",
    kind: "notebook",
    location: "error.ipynb, cell 3",
    quote: null,
    reported: null,
    verdict: "failed",
    computed: null,
    readings: [],
    support: null,
    finding: null,
    links: [],
    slip: null,
    note: "RangeError: boom in cell 3",
    role: "primer",
  });
  const page = await Deno.readTextFile(new URL("index.html", outDir));
  assert.match(page, /id="claim-fixture-x\.p"/);
  assert.match(page, /class="card primer failed" id="paper-error"/);
  assert.match(page, /error\.ipynb, cell 3<\/b>: <code>RangeError: boom in cell 3/);
  assert.match(
    await Deno.readTextFile(new URL("error.html", outDir)),
    /RangeError: boom in cell 3/,
  );
  await Deno.remove(outDir, { recursive: true });
});

Deno.test("reproduce: --help prints usage and runs nothing; unknown flags exit 2 with usage", async () => {
  const calls: unknown[] = [];
  const fake = (options: unknown = {}) => {
    calls.push(options);
    return Promise.resolve({ runs: [], records: [] });
  };
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s) };
  assert.equal(await main(["--help"], io, fake), 0);
  assert.equal(out.join("\n"), USAGE);
  assert.equal(await main(["-h", "masohi"], io, fake), 0);
  assert.equal(await main(["--jsno"], io, fake), 2);
  assert.match(err.at(-1)!, /^reproduce: unknown option "--jsno"\n\nUsage: deno task reproduce/);
  assert.equal(await main(["nope"], io, fake), 2);
  assert.match(err.at(-1)!, /no notebook "nope"; available: 00-methods, 01-paringin-selatan/);
  assert.equal(calls.length, 0);
});

Deno.test("reproduce: named notebooks only, in the order given; --json prints the records", async () => {
  const calls: { notebooks?: string[] }[] = [];
  const record = { paper: "masohi", id: "a", verdict: "match" };
  const fake = (options: { notebooks?: string[] } = {}) => {
    calls.push(options);
    return Promise.resolve({ runs: [], records: [record] as never[] });
  };
  const out: string[] = [];
  const io = { out: (s: string) => out.push(s), err: () => {} };
  assert.equal(await main(["--json", "masohi", "03-masohi.ipynb", "00-methods"], io, fake), 0);
  assert.deepEqual(
    calls[0].notebooks!.map((p) => p.split("/").pop()),
    ["03-masohi.ipynb", "03-masohi.ipynb", "00-methods.ipynb"],
  );
  assert.deepEqual(JSON.parse(out.join("\n")), [record]);
  assert.equal(await main([], io, fake), 0);
  assert.equal(calls[1].notebooks, undefined); // no names: every notebook
});

Deno.test("reproduce: argument parsing and name resolution", () => {
  assert.deepEqual(parseReproduceArgs([]), { help: false, json: false, notebooks: [] });
  assert.throws(() => parseReproduceArgs(["-x"]), /unknown option "-x"/);
  const available = ["/r/notebooks/01-paringin-selatan.ipynb", "/r/notebooks/03-masohi.ipynb"];
  assert.deepEqual(resolveNotebooks(["notebooks/03-masohi.ipynb"], available), [available[1]]);
  assert.deepEqual(resolveNotebooks(["paringin-selatan"], available), [available[0]]);
  assert.deepEqual(resolveNotebooks(["/tmp/x.ipynb"], available, () => true), ["/tmp/x.ipynb"]);
  assert.throws(
    () => resolveNotebooks(["/tmp/x.ipynb"], available),
    /no notebook "\/tmp\/x\.ipynb"/,
  );
});

Deno.test("reproduce: the notebooks folder holds the primer, one notebook per paper, the synthesis", async () => {
  const names = (await listNotebooks()).map((p) => p.split("/").pop()!);
  const slugs = await listPapers();
  assert.equal(names[0], "00-methods.ipynb");
  assert.match(names.at(-1)!, /^\d+-synthesis\.ipynb$/);
  const papers = names.slice(1, -1).map((n) => n.replace(/^\d+-/, "").replace(/\.ipynb$/, ""));
  assert.deepEqual([...papers].sort(), [...slugs].sort());
  assert.equal(slugs.length, 5);
});
