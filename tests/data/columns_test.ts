import assert from "node:assert/strict";
import { validateColumns } from "../../lib/data/columns.ts";
import { loadTable, parsePaper } from "../../lib/data/load.ts";
import { jsonErrorOffset } from "../../lib/data/json_error_place.ts";
import { parseCsv } from "../../lib/data/csv.ts";

const source = "data/x/table2.csv";
const table = parseCsv(
  'Tes,n,%,Median\nPre,21,"87,50","2,00"\nPost,3,"12,50",\nTotal,24,100,-\n',
  source,
);
const types = { Tes: "label", n: "count", "%": "percent", Median: "decimal" } as const;

Deno.test("validateColumns: a table that fits its declared types passes (blanks and - allowed)", () => {
  assert.equal(validateColumns(table, types, source), table);
});

Deno.test("validateColumns: a bad cell is named by file, row, column and value", () => {
  const bad = (csv: string) => parseCsv(csv, source);
  assert.throws(
    () => validateColumns(bad("Tes,n\nPre,21\nPost,2l\n"), { n: "count" }, source),
    /^RangeError: data\/x\/table2.csv: row 3, column "n": expected a count \(a whole number\), got "2l"$/,
  );
  assert.throws(
    () => validateColumns(bad('Tes,%\nPre,"112,5"\n'), { "%": "percent" }, source),
    /row 2, column "%": expected a percentage from 0 to 100, got "112,5"/,
  );
  assert.throws(
    () => validateColumns(bad("Tes,Median\nPre,n/a\n"), { Median: "decimal" }, source),
    /row 2, column "Median": expected a printed number such as "0,338", got "n\/a"/,
  );
  // A count printed with decimals is not a count.
  assert.throws(
    () => validateColumns(bad('Tes,n\nPre,"21,0"\n'), { n: "count" }, source),
    /column "n": expected a count/,
  );
});

Deno.test("validateColumns: a renamed header is named, not an undefined later", () => {
  const renamed = parseCsv("Tes,Jumlah\nPre,21\n", source);
  assert.throws(
    () => validateColumns(renamed, { n: "count" }, source),
    /^RangeError: data\/x\/table2.csv: expected a column "n" \(declared count\), got columns "Tes", "Jumlah"$/,
  );
  assert.throws(
    () => validateColumns(table, { n: "number" as never }, source),
    /^RangeError: columns:/,
  );
});

Deno.test("parsePaper: a broken paper.json names the file, line and column", () => {
  const cases: [string, string][] = [
    ['{\n  "slug": "x",\n  "title": }', "line 3, column 12"],
    ['{\n  "slug": "x",\n}', "line 3, column 1"], // trailing comma
    ['{\n  "slug": "x"\n  "title": "t"\n}', "line 3, column 3"], // missing comma
    ['{ "slug": "x", "title": "unterminated }', "line 1, column 40"],
  ];
  for (const [text, place] of cases) {
    assert.throws(
      () => parsePaper(text, "x"),
      (e: unknown) =>
        e instanceof SyntaxError &&
        e.message.startsWith(`data/x/paper.json: expected JSON, got an error at ${place}`),
      place,
    );
  }
  assert.throws(() => parsePaper("[]", "x"), /^TypeError: data\/x\/paper.json: expected an object/);
  assert.throws(
    () => parsePaper('{"slug": "x"}', "x"),
    /^TypeError: data\/x\/paper.json: "title" must be a non-empty string/,
  );
});

Deno.test("jsonErrorOffset agrees with JSON.parse on what is valid", () => {
  const texts = ['{"a": [1, 2.5e3, -0, true, null, "\\u00e9\\n"]}', "[]", '""', " 1 ", "{}"];
  for (const t of texts) {
    JSON.parse(t);
    assert.equal(jsonErrorOffset(t), -1, t);
  }
  for (const t of ["{", "[1,]", '{"a" 1}', "01", "tru", '"a', "1 2", '{"a":1,}']) {
    assert.throws(() => JSON.parse(t));
    assert.ok(jsonErrorOffset(t) >= 0, t);
  }
});

Deno.test("loadTable checks declared column types on the real data", async () => {
  const t2 = await loadTable("masohi", "table2", {
    columns: {
      n: "count",
      "%": "percent",
      Median: "decimal",
      Min: "count",
      Max: "count",
      "Std. Deviation": "decimal",
    },
  });
  assert.ok(t2.rows.length > 0);
  await assert.rejects(
    () => loadTable("masohi", "table2", { columns: { Jumlah: "count" } }),
    /^RangeError: data\/masohi\/table2.csv: expected a column "Jumlah"/,
  );
  await assert.rejects(
    () => loadTable("masohi", "table2", { columns: { "Kelancaran ASI": "count" } }),
    /^RangeError: data\/masohi\/table2.csv: row 2, column "Kelancaran ASI": expected a count/,
  );
});
