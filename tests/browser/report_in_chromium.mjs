// The report in a real browser: run by tests/browser/run.sh (CI), with Debian's Chromium.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(resolve(process.env.PLAYWRIGHT_DIR ?? ".", "x.js"));
const { chromium } = require("playwright-core");

const reportPath = resolve("reports/index.html");
const audit = JSON.parse(readFileSync("reports/audit.json", "utf8"));
const results = [];
function check(name, ok, detail = "") {
  results.push({ name, ok });
  console.log(`${ok ? "ok  " : "FAIL"}  ${name}${detail ? `: ${detail}` : ""}`);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const consoleErrors = [];
  page.on("console", (msg) => msg.type() === "error" && consoleErrors.push(msg.text()));
  page.on("pageerror", (err) => consoleErrors.push(String(err)));
  const requests = [];
  page.on("request", (req) => !req.url().startsWith("file:") && requests.push(req.url()));
  await page.goto(pathToFileURL(reportPath).href, { waitUntil: "load" });

  const rows = await page.$$eval(
    "#claims-table tbody tr",
    (trs) => trs.map((tr) => ({ id: tr.id, verdict: tr.dataset.verdict, hidden: tr.hidden })),
  );
  const expected = audit.map((c) => ({ id: `claim-${c.paper}-${c.id}`, verdict: c.verdict }));
  check(
    "claim rows equal reports/audit.json (ids, order, verdicts)",
    JSON.stringify(rows.map(({ id, verdict }) => ({ id, verdict }))) === JSON.stringify(expected),
    `${rows.length} rows, ${audit.length} claims`,
  );
  check("the audit is not empty", audit.length > 0, `${audit.length} claims`);

  const sizes = await page.$$eval(".report-figure svg", (svgs) =>
    svgs.map((svg) => {
      const box = svg.getBoundingClientRect();
      return [box.width, box.height];
    }));
  check("figures are present", sizes.length > 0, `${sizes.length} figures`);
  check(
    "every figure's SVG has a non-zero size",
    sizes.every(([w, h]) => w > 0 && h > 0),
    JSON.stringify(sizes.filter(([w, h]) => !(w > 0 && h > 0))),
  );

  const visible = () =>
    page.$$eval("#claims-table tbody tr", (trs) => trs.filter((tr) => !tr.hidden).length);
  for (const verdict of ["match", "mismatch", "unverifiable"]) {
    await page.selectOption("#filter-verdict", verdict);
    const want = audit.filter((c) => c.verdict === verdict).length;
    const got = await visible();
    check(
      `the verdict filter "${verdict}" shows exactly those claims`,
      got === want,
      `${got} of ${want}`,
    );
  }
  await page.selectOption("#filter-verdict", "");
  check("clearing the filter shows every claim", (await visible()) === audit.length);

  const paper = audit[0].paper;
  await page.selectOption("#filter-paper", paper);
  check(
    `the paper filter "${paper}" shows that paper's claims`,
    (await visible()) === audit.filter((c) => c.paper === paper).length,
  );
  await page.selectOption("#filter-paper", "");

  const target = audit.find((c) => c.label.length > 8) ?? audit[0];
  await page.fill("#filter-search", target.label);
  const shown = await page.$$eval(
    "#claims-table tbody tr",
    (trs) =>
      trs.filter((tr) => !tr.hidden).map((tr) => ({
        id: tr.id,
        text: tr.textContent.toLowerCase(),
      })),
  );
  check(
    "search shows the claim searched for, and only rows containing the words",
    shown.some((r) => r.id === `claim-${target.paper}-${target.id}`) &&
      shown.every((r) => r.text.includes(target.label.toLowerCase())),
    `"${target.label}": ${shown.length} rows`,
  );
  await page.fill("#filter-search", "no claim says this zzqx");
  check("a search that matches nothing hides every row", (await visible()) === 0);
  await page.fill("#filter-search", "");

  await page.evaluate(() => globalThis.scrollTo(0, 0));
  await page.screenshot({ path: "reports/report.png", fullPage: false });
  check("no console errors", consoleErrors.length === 0, consoleErrors.join(" | "));
  check("no network requests", requests.length === 0, requests.join(" "));
} finally {
  await browser.close();
}
const failed = results.filter((r) => !r.ok).length;
console.log(`browser: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
