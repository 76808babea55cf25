// The report in a real browser: run by tests/browser/run.sh (CI), with Debian's Chromium.
// Part 1 drives a report rendered from the fixture audit (tests/fixtures/report/), so every
// behaviour is tested without running a notebook: deep links, multi-word search, filters in the
// URL, a failed notebook, downloads, labels, contrast and keyboard use. Part 2 checks the real
// reports/index.html against reports/audit.json. Screenshots of the first screen at desktop and
// phone widths go to reports/ci-artifacts/.
import { createRequire } from "node:module";
import { mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(resolve(process.env.PLAYWRIGHT_DIR ?? ".", "x.js"));
const { chromium } = require("playwright-core");

const FIXTURE_REPORT = resolve("reports/browser-fixture/index.html");
const REAL_REPORT = resolve("reports/index.html");
const ARTIFACTS = resolve("reports/ci-artifacts");
const DESKTOP = { width: 1400, height: 1000 };
const PHONE = { width: 390, height: 844 };
mkdirSync(ARTIFACTS, { recursive: true });

const results = [];
function check(name, ok, detail = "") {
  results.push({ name, ok });
  console.log(`${ok ? "ok  " : "FAIL"}  ${name}${detail ? `: ${detail}` : ""}`);
}

// The search rule written out independently of the page's script: every word (lower case, with
// at least one letter or digit, dashes unified) occurs in one of the record's fields.
const norm = (s) => s.toLowerCase().replace(/[\u2212\u2013\u2014]/g, "-");
function expectedMatches(records, query) {
  const words = norm(query).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return records.filter((r) => {
    const text = norm(
      [
        r.paper,
        r.id,
        r.kind,
        r.label ?? "",
        r.location,
        r.quote ?? "",
        r.reported ?? "",
        r.note,
        r.finding?.title ?? "",
        r.slip ?? "",
        r.verdict,
      ].join(" \u0001 "),
    );
    return words.every((w) => text.includes(w));
  }).map((r) => `claim-${r.paper}-${r.id}`);
}

// WCAG 2 relative luminance and contrast ratio of two CSS rgb() colours.
function luminance(rgb) {
  const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
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

async function open(path, viewport, suffix = "") {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  const errors = [];
  const requests = [];
  page.on("console", (msg) => msg.type() === "error" && errors.push(msg.text()));
  page.on("pageerror", (err) => errors.push(String(err)));
  page.on("request", (req) => !/^(file|blob|data):/.test(req.url()) && requests.push(req.url()));
  await page.goto(pathToFileURL(path).href + suffix, { waitUntil: "load" });
  return { page, errors, requests };
}
// Per paper card: are its findings count, its numbers by verdict and its first finding's title
// on the first screen (no scrolling)?
const firstScreen = (page) =>
  page.$$eval("#summary .card", (cards) =>
    cards.map((card) => {
      const below = (el) => !el || el.getBoundingClientRect().bottom <= innerHeight;
      return {
        id: card.id,
        ok: below(card.querySelector(".numbers")) &&
          below(card.querySelector("ol.findings li")),
      };
    }));
const shownIds = (page) =>
  page.$$eval("tr.claim", (trs) => trs.filter((tr) => !tr.hidden).map((tr) => tr.id));

try {
  // ---------------------------------------------------------------- part 1: the fixture report
  const fixture = JSON.parse(readFileSync("reports/browser-fixture/audit.json", "utf8"));
  const all = fixture.map((r) => `claim-${r.paper}-${r.id}`);
  const { page, errors, requests } = await open(FIXTURE_REPORT, DESKTOP);

  // Deep links land with the whole row below the sticky bar, highlighted, verdict readable.
  for (const [viewport, label] of [[DESKTOP, "desktop"], [PHONE, "phone"]]) {
    for (
      const id of ["claim-alpha-design.vs.table", "claim-alpha-t2.mean", "claim-methods-ex3.p"]
    ) {
      const { page: p } = await open(FIXTURE_REPORT, viewport, `#${id}`);
      const box = await p.evaluate((id) => {
        const row = document.getElementById(id);
        const bar = document.getElementById("filters");
        const r = row.getBoundingClientRect();
        const sticky = getComputedStyle(bar).position === "sticky";
        const barBottom = sticky ? bar.getBoundingClientRect().bottom : 0;
        const badge = row.querySelector(".verdict").getBoundingClientRect();
        const hit = document.elementFromPoint(
          badge.x + badge.width / 2,
          badge.y + badge.height / 2,
        );
        return {
          top: r.top,
          bottom: r.bottom,
          barBottom,
          height: innerHeight,
          highlighted: row.classList.contains("highlight"),
          badgeOnTop: row.querySelector(".verdict").contains(hit),
        };
      }, id);
      // On a phone a row can be taller than the screen: its top and its verdict must show.
      const whole = label === "phone" || box.bottom <= box.height;
      check(
        `deep link ${id} (${label}): the row ${
          label === "phone" ? "starts" : "is fully visible"
        } below the bar, highlighted, its verdict on screen and on top`,
        box.top >= box.barBottom && whole && box.highlighted && box.badgeOnTop,
        JSON.stringify(box),
      );
      await p.close();
    }
  }

  const cards = await firstScreen(page);
  check(
    "first screen (desktop): every paper's findings, first finding and numbers by verdict",
    cards.length === 3 && cards.every((c) => c.ok),
    JSON.stringify(cards),
  );

  // Search: every word, in any order, across label, location, quote, reported value and note.
  for (
    const query of ["alpha wilcoxon p", "p wilcoxon alpha", "Z = -3,317", "tabel n 18", "zzqx"]
  ) {
    await page.fill("#filter-search", query);
    const got = await shownIds(page);
    const want = expectedMatches(fixture, query);
    check(
      `search "${query}" shows exactly the rows holding every word`,
      JSON.stringify(got) === JSON.stringify(want),
      `${got.length} shown, ${want.length} expected`,
    );
  }
  check(
    'search "Z = -3,317" finds the Wilcoxon Z row',
    expectedMatches(fixture, "Z = -3,317").includes("claim-alpha-t3.day1.z"),
  );
  await page.fill("#filter-search", "");

  // Filters and search live in the URL and come back on load.
  await page.selectOption("#filter-paper", "alpha");
  await page.selectOption("#filter-verdict", "mismatch");
  await page.fill("#filter-search", "tabel");
  const url = await page.evaluate(() => location.href);
  check("the URL carries the filters", /\?paper=alpha&verdict=mismatch&q=tabel$/.test(url), url);
  const { page: restored } = await open(
    FIXTURE_REPORT,
    DESKTOP,
    "?paper=alpha&verdict=mismatch&q=tabel",
  );
  const state = await restored.evaluate(() =>
    ["filter-paper", "filter-verdict", "filter-kind", "filter-search"].map((id) =>
      document.getElementById(id).value
    )
  );
  const wantRestored = expectedMatches(fixture, "tabel").filter((id) =>
    fixture.some((r) =>
      `claim-${r.paper}-${r.id}` === id && r.paper === "alpha" && r.verdict === "mismatch"
    )
  );
  check(
    "a URL with filters restores the controls and the rows they select",
    JSON.stringify(state) === JSON.stringify(["alpha", "mismatch", "", "tabel"]) &&
      JSON.stringify(await shownIds(restored)) === JSON.stringify(wantRestored),
    `${JSON.stringify(state)}, ${wantRestored.length} rows`,
  );
  await restored.reload();
  check(
    "a reload keeps the filtered view",
    JSON.stringify(await shownIds(restored)) === JSON.stringify(wantRestored),
  );
  await restored.close();

  // Downloads of the shown rows (Blob URLs, no network).
  const jsonDownload = page.waitForEvent("download");
  await page.click("#download-json");
  const jsonFile = await (await jsonDownload).path();
  const downloaded = JSON.parse(readFileSync(jsonFile, "utf8"));
  const shownNow = await shownIds(page);
  check(
    "download audit.json holds exactly the shown rows, as audit.json records",
    JSON.stringify(downloaded.map((r) => `claim-${r.paper}-${r.id}`)) ===
        JSON.stringify(shownNow) &&
      JSON.stringify(downloaded) ===
        JSON.stringify(fixture.filter((r) => shownNow.includes(`claim-${r.paper}-${r.id}`))),
    `${downloaded.length} records`,
  );
  const csvDownload = page.waitForEvent("download");
  await page.click("#download-csv");
  const csv = readFileSync(await (await csvDownload).path(), "utf8").trim().split("\r\n");
  check(
    "download CSV has a header and one line per shown row",
    csv[0].startsWith("paper,id,kind,label,location,quote,reported,verdict") &&
      csv.length === shownNow.length + 1,
    `${csv.length} lines`,
  );
  await page.click("#filter-clear");
  check(
    "Clear shows every row and empties the query string",
    (await shownIds(page)).length === all.length &&
      (await page.evaluate(() => location.search)) === "",
  );

  // A failed notebook is a red FAILED card with notebook, cell and error.
  const failedCard = await page.$eval("#paper-beta", (card) => ({
    cls: card.className,
    text: card.innerText,
    border: getComputedStyle(card).borderTopColor,
  }));
  check(
    "a failed notebook is a red FAILED card naming the notebook, the cell and the error",
    /\bfailed\b/.test(failedCard.cls) && /FAILED/.test(failedCard.text) &&
      /02-beta\.ipynb, cell 7/.test(failedCard.text) &&
      /RangeError: data\/beta/.test(failedCard.text) &&
      !/no claims/i.test(failedCard.text) && luminance(failedCard.border) < 0.1 &&
      /rgb\((\d+)/.exec(failedCard.border)[1] > 100,
    JSON.stringify(failedCard.border),
  );
  check(
    "the primer and the synthesis are listed apart from the papers",
    await page.evaluate(() =>
      !document.querySelector("#summary #paper-methods") &&
      !document.querySelector("#claims-table #claim-methods-ex1\\.p") &&
      !!document.querySelector("#worked-table #claim-methods-ex1\\.p")
    ),
  );

  // Accessibility: every control labelled, badges readable, filters usable from the keyboard.
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll("input, select, button, textarea, a[href]")].filter((el) => {
      const named = (el.labels && el.labels.length > 0 && el.labels[0].textContent.trim()) ||
        el.getAttribute("aria-label") || el.getAttribute("aria-labelledby") ||
        (el.tagName !== "INPUT" && el.tagName !== "SELECT" && el.textContent.trim());
      return !named;
    }).map((el) => el.outerHTML.slice(0, 80))
  );
  check(
    "every control and link has a label or text",
    unlabelled.length === 0,
    unlabelled.join(" | "),
  );
  const badges = await page.evaluate(() => {
    const out = {};
    for (const el of document.querySelectorAll(".verdict")) {
      const v = [...el.classList].find((c) => c !== "verdict");
      const s = getComputedStyle(el);
      out[v] = [s.color, s.backgroundColor];
    }
    return out;
  });
  const ratios = Object.entries(badges).map(([v, [fg, bg]]) => [v, contrast(fg, bg)]);
  check(
    "every verdict badge has a contrast of at least 4.5:1 (WCAG AA)",
    ratios.length === 7 && ratios.every(([, r]) => r >= 4.5),
    ratios.map(([v, r]) => `${v} ${r.toFixed(2)}`).join(", "),
  );
  await page.goto(pathToFileURL(FIXTURE_REPORT).href);
  await page.focus("#filter-paper");
  const order = ["filter-paper"];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press("Tab");
    order.push(await page.evaluate(() => document.activeElement.id));
  }
  check(
    "Tab moves through the filters in order",
    JSON.stringify(order) ===
      JSON.stringify([
        "filter-paper",
        "filter-verdict",
        "filter-kind",
        "filter-search",
        "filter-clear",
        "download-json",
        "download-csv",
      ]),
    order.join(" > "),
  );
  await page.focus("#filter-verdict");
  await page.keyboard.press("ArrowDown"); // "all" -> "match"
  await page.keyboard.press("ArrowDown"); // -> "consistent"
  const byKeyboard = await shownIds(page);
  const consistent = fixture.filter((r) => r.verdict === "consistent").map((r) =>
    `claim-${r.paper}-${r.id}`
  );
  check(
    "the verdict filter works from the keyboard (arrow keys) and lands in the URL",
    JSON.stringify(byKeyboard) === JSON.stringify(consistent) &&
      (await page.evaluate(() => location.search)) === "?verdict=consistent",
    `${byKeyboard.length} rows`,
  );
  await page.focus("#filter-search");
  await page.keyboard.type("wilcoxon");
  await page.focus("#filter-clear");
  await page.keyboard.press("Enter");
  check("Clear works from the keyboard", (await shownIds(page)).length === all.length);

  for (const [viewport, name] of [[DESKTOP, "desktop"], [PHONE, "phone"]]) {
    const { page: p } = await open(FIXTURE_REPORT, viewport);
    await p.screenshot({ path: `${ARTIFACTS}/fixture-report-${name}.png` });
    await p.close();
  }
  check("fixture report: no console errors", errors.length === 0, errors.join(" | "));
  check("fixture report: no network requests", requests.length === 0, requests.join(" "));
  await page.close();

  // ---------------------------------------------------------------- part 2: the real report
  let audit = null;
  try {
    audit = JSON.parse(readFileSync("reports/audit.json", "utf8"));
  } catch {
    check("reports/audit.json exists (run deno task reproduce first)", false);
  }
  if (audit) {
    const real = await open(REAL_REPORT, DESKTOP);
    const rows = await real.page.$$eval(
      "tr.claim",
      (trs) => trs.map((tr) => ({ id: tr.id, verdict: tr.dataset.verdict })),
    );
    const byTable = (role) =>
      audit.filter((c) => (role === "paper") === (c.role === "paper"))
        .map((c) => ({ id: `claim-${c.paper}-${c.id}`, verdict: c.verdict }));
    check(
      "real report: rows equal reports/audit.json (ids, verdicts; papers first, then worked numbers)",
      JSON.stringify(rows) === JSON.stringify([...byTable("paper"), ...byTable("worked")]),
      `${rows.length} rows, ${audit.length} records`,
    );
    const realCards = await firstScreen(real.page);
    check(
      "real report, first screen (desktop): every paper's findings and numbers by verdict",
      realCards.length > 0 && realCards.every((c) => c.ok),
      JSON.stringify(realCards.filter((c) => !c.ok)),
    );
    check("real report: the audit is not empty", audit.length > 0, `${audit.length} records`);
    const failed = audit.filter((c) => c.verdict === "failed");
    for (const f of failed) {
      const text = await real.page.$eval(`#paper-${f.paper}`, (card) => card.innerText);
      check(
        `real report: ${f.location} is shown as FAILED`,
        /FAILED/.test(text) && text.includes(f.location),
      );
    }
    const sizes = await real.page.$$eval(".report-figure svg", (svgs) =>
      svgs.map((svg) => {
        const box = svg.getBoundingClientRect();
        return [box.width, box.height];
      }));
    check(
      "real report: every figure's SVG has a non-zero size",
      sizes.every(([w, h]) => w > 0 && h > 0),
      `${sizes.length} figures`,
    );
    // Every claim's link, followed from inside the page (hashchange), lands fully visible.
    const hidden = [];
    for (const c of audit) {
      const id = `claim-${c.paper}-${c.id}`;
      const box = await real.page.evaluate((id) => {
        location.hash = `#${id}`;
        const r = document.getElementById(id).getBoundingClientRect();
        const bar = document.getElementById("filters").getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, bar: bar.bottom, height: innerHeight };
      }, id);
      if (!(box.top >= box.bar && box.bottom <= box.height)) hidden.push(id);
    }
    check(
      "real report: every claim's link lands with its row fully visible below the bar (desktop)",
      hidden.length === 0,
      `${audit.length - hidden.length} of ${audit.length}${
        hidden.length ? `; not: ${hidden.slice(0, 5)}` : ""
      }`,
    );
    // On a phone a row is a card that may be taller than the screen: its start and its verdict
    // must be on screen.
    const phone = await open(REAL_REPORT, PHONE);
    const offPhone = [];
    for (const c of audit) {
      const id = `claim-${c.paper}-${c.id}`;
      const box = await phone.page.evaluate((id) => {
        location.hash = `#${id}`;
        const row = document.getElementById(id);
        const badge = row.querySelector(".verdict").getBoundingClientRect();
        return { top: row.getBoundingClientRect().top, badge: badge.bottom, height: innerHeight };
      }, id);
      if (!(box.top >= 0 && box.badge <= box.height)) offPhone.push(id);
    }
    check(
      "real report: every claim's link on a phone shows the row's start and its verdict",
      offPhone.length === 0,
      `${audit.length - offPhone.length} of ${audit.length}${
        offPhone.length ? `; not: ${offPhone.slice(0, 5)}` : ""
      }`,
    );
    await phone.page.close();
    for (const [viewport, name] of [[DESKTOP, "desktop"], [PHONE, "phone"]]) {
      const { page: p } = await open(REAL_REPORT, viewport);
      await p.screenshot({ path: `${ARTIFACTS}/report-${name}.png` });
      await p.close();
    }
    check("real report: no console errors", real.errors.length === 0, real.errors.join(" | "));
    check("real report: no network requests", real.requests.length === 0, real.requests.join(" "));
  }
} finally {
  await browser.close();
}
const failedChecks = results.filter((r) => !r.ok).length;
console.log(`screenshots: ${ARTIFACTS}/{fixture-report,report}-{desktop,phone}.png`);
console.log(`browser: ${results.length - failedChecks} passed, ${failedChecks} failed`);
process.exit(failedChecks === 0 ? 0 : 1);
