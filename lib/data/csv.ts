/**
 * A small RFC 4180 CSV reader that keeps every cell as the string in the file, because the
 * data here are numbers as printed ("13,5", "0,008") and a comma decimal must survive.
 *
 * @module
 */

/** A parsed CSV: its header and its rows as records of strings. */
export interface CsvTable {
  columns: string[];
  rows: Record<string, string>[];
}

/**
 * Parse CSV text with a header row. Quoted fields may hold commas, quotes ("") and newlines.
 * Every row must have as many fields as the header; `source` names the file in errors.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(parseCsv('Umur,n,%\n"< 20 tahun",1,"5,0"\n').rows[0]["%"], "5,0");
 * ```
 */
export function parseCsv(text: string, source = "csv"): CsvTable {
  if (typeof text !== "string") throw new TypeError(`text: expected CSV text for ${source}`);
  const records = splitRecords(text.replace(/^\uFEFF/, ""), source);
  if (records.length === 0) throw new RangeError(`${source}: expected a header row, found none`);
  const [columns, ...body] = records;
  const seen = new Set<string>();
  for (const [j, name] of columns.entries()) {
    if (name.trim() === "") throw new RangeError(`${source}: header column ${j + 1} is empty`);
    if (seen.has(name)) throw new RangeError(`${source}: header column "${name}" appears twice`);
    seen.add(name);
  }
  const rows = body.map((fields, i) => {
    if (fields.length !== columns.length) {
      throw new RangeError(
        `${source}: row ${i + 2} has ${fields.length} fields, expected ${columns.length} (${
          columns.join(", ")
        })`,
      );
    }
    return Object.fromEntries(columns.map((c, j) => [c, fields[j]]));
  });
  return { columns, rows };
}

function splitRecords(text: string, source: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    // A blank line (one empty field) is not a record.
    if (!(fields.length === 1 && fields[0] === "")) records.push(fields);
    fields = [];
    field = "";
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i += 1;
      continue;
    }
    if (ch === '"') {
      if (field !== "") throw new RangeError(`${source}: a quote inside an unquoted field`);
      quoted = true;
    } else if (ch === ",") {
      fields.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i += 1;
      endRecord();
    } else {
      field += ch;
    }
    i += 1;
  }
  if (quoted) throw new RangeError(`${source}: a quoted field is never closed`);
  if (field !== "" || fields.length > 0) endRecord();
  return records;
}
