// Renders the fixture audit (tests/fixtures/report/) into reports/browser-fixture/index.html, so
// the browser check can test the report's behaviour without running a notebook.
import { assertAuditRecords } from "../../tools/audit_record.ts";
import { type NotebookEntry, type PaperMeta, renderReport } from "../../tools/html_report.ts";

const fixtures = new URL("../fixtures/report/", import.meta.url);
const out = new URL("../../reports/browser-fixture/", import.meta.url);
const read = async (name: string) => JSON.parse(await Deno.readTextFile(new URL(name, fixtures)));

const claims = await read("audit.json");
assertAuditRecords(claims);
const papers: PaperMeta[] = await read("papers.json");
const notebooks: NotebookEntry[] = await read("notebooks.json");
await Deno.mkdir(out, { recursive: true });
await Deno.writeTextFile(new URL("index.html", out), renderReport({ claims, papers, notebooks }));
await Deno.writeTextFile(new URL("audit.json", out), JSON.stringify(claims, null, 1) + "\n");
console.log(`wrote ${new URL("index.html", out).pathname} (${claims.length} fixture records)`);
