import assert from "node:assert/strict";
import { parseCsv } from "../../lib/data/csv.ts";
import { listPapers, loadPaper, loadTable, loadText } from "../../lib/data/load.ts";

Deno.test("csv: quoted comma decimals, quotes and newlines survive as strings", () => {
  const t = parseCsv('Umur,n,%\n"< 20 tahun",1,"5,0"\n"say ""hi""","2","line\nbreak"\n\n');
  assert.deepEqual(t.columns, ["Umur", "n", "%"]);
  assert.deepEqual(t.rows, [
    { Umur: "< 20 tahun", n: "1", "%": "5,0" },
    { Umur: 'say "hi"', n: "2", "%": "line\nbreak" },
  ]);
  assert.deepEqual(parseCsv("a,b\r\n1,2\r\n").rows, [{ a: "1", b: "2" }]);
});

Deno.test("csv: malformed files are refused with the file and row named", () => {
  assert.throws(
    () => parseCsv("a,b\n1,2,3\n", "data/x/t.csv"),
    /data\/x\/t.csv: row 2 has 3 fields, expected 2/,
  );
  assert.throws(() => parseCsv("a,a\n1,2\n"), /header column "a" appears twice/);
  assert.throws(() => parseCsv("a,\n1,2\n"), /header column 2 is empty/);
  assert.throws(() => parseCsv('a\n"open\n'), /never closed/);
  assert.throws(() => parseCsv(""), /expected a header row/);
});

Deno.test("data: every paper folder loads and validates, with its tables", async () => {
  const slugs = await listPapers();
  for (const slug of slugs) {
    const paper = await loadPaper(slug);
    assert.equal(paper.slug, slug);
    assert.ok(paper.statedN.length > 0, `${slug} states at least one n`);
    for (const name of Object.keys(paper.tables)) {
      const table = await loadTable(slug, name);
      assert.ok(table.rows.length > 0, `${slug}/${name} has rows`);
      for (const row of table.rows) {
        for (const value of Object.values(row)) assert.equal(typeof value, "string");
      }
    }
  }
});

Deno.test("data: bad slugs and names are clear errors", async () => {
  await assert.rejects(loadPaper("Not A Slug"), /slug: expected a paper slug/);
  await assert.rejects(loadPaper("no-such-paper"), /slug: no file no-such-paper\/paper.json/);
  assert.throws(() => loadText("masohi", "../x"), /file: expected a file name inside data\/masohi/);
});
