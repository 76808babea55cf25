// A freshly cloned notebook opened in JupyterLab is untrusted: its sanitiser drops <svg> and
// <style> from HTML outputs and refuses untrusted image/svg+xml. This opens one committed
// notebook in JupyterLab in Debian's headless Chromium (driven by playwright-core) and checks,
// as a reader would see it, that every figure output shows a picture: an <img> with a PNG
// source and a non-zero natural size. Run by tests/jupyterlab/run.sh, which starts JupyterLab.
//
// Expected figures come from the notebook file itself: every output carrying image/svg+xml or
// an <svg>/<figure> in text/html is a figure, and each must also carry image/png.
import { createRequire } from "node:module";
import { mkdirSync, readFileSync } from "node:fs";
import { basename, resolve } from "node:path";

const require = createRequire(resolve(process.env.PLAYWRIGHT_DIR ?? ".", "x.js"));
const { chromium } = require("playwright-core");

const [notebookPath, labUrl] = process.argv.slice(2);
if (!notebookPath || !labUrl) {
  console.error(
    "usage: node untrusted_figures.mjs NOTEBOOK.ipynb http://127.0.0.1:PORT/lab/tree/NAME",
  );
  process.exit(2);
}
const ARTIFACTS = resolve("reports/ci-artifacts");
mkdirSync(ARTIFACTS, { recursive: true });
const name = basename(notebookPath, ".ipynb");
// The notebook in view (JupyterLab may keep other documents open in hidden tabs).
const NB = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook";

const results = [];
function check(label, ok, detail = "") {
  results.push(ok);
  console.log(`${ok ? "ok  " : "FAIL"}  ${label}${detail ? `: ${detail}` : ""}`);
}

// Figure outputs as stored in the file.
const joined = (v) => (Array.isArray(v) ? v.join("") : typeof v === "string" ? v : "");
const notebook = JSON.parse(readFileSync(notebookPath, "utf8"));
const figures = [];
const outputCount = notebook.cells.reduce((n, cell) => n + (cell.outputs?.length ?? 0), 0);
notebook.cells.forEach((cell, index) => {
  for (const output of cell.outputs ?? []) {
    const data = output.data ?? {};
    const html = joined(data["text/html"]);
    const isFigure = "image/svg+xml" in data || "image/png" in data ||
      /<svg[\s>]|<figure[\s>]/.test(html);
    if (isFigure) figures.push({ cell: cell.id ?? `#${index}`, index, png: "image/png" in data });
  }
});
const withPng = figures.filter((f) => f.png).length;
check(
  `${name}: every figure output carries image/png`,
  withPng === figures.length,
  `${withPng} of ${figures.length}` +
    (withPng < figures.length
      ? `; without PNG in cells ${figures.filter((f) => !f.png).map((f) => f.cell).join(", ")}`
      : ""),
);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.goto(labUrl, { waitUntil: "domcontentloaded", timeout: 120_000 });
  // No kernel is needed to read outputs: decline the kernel dialog if JupyterLab asks.
  const outputs = page.locator(`${NB} .jp-OutputArea-output`);
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const dialog = page.locator(".jp-Dialog");
    if (await dialog.count()) {
      const noKernel = dialog.locator("button", { hasText: /no kernel|cancel/i });
      if (await noKernel.count()) await noKernel.first().click();
      else await page.keyboard.press("Escape");
    }
    // Read outputs only once this notebook is the document in view.
    const current = await page.locator(
      ".jp-MainAreaWidget .lm-TabBar-tab.lm-mod-current, " +
        "#jp-main-dock-panel .lm-TabBar-tab.lm-mod-current",
    ).allTextContents();
    if (current.some((t) => t.includes(basename(notebookPath))) && (await outputs.count()) > 0) {
      break;
    }
    await page.waitForTimeout(500);
  }
  // Let every output render (windowing is switched off by run.sh's settings override).
  await page.waitForTimeout(3000);
  const shown = await page.evaluate(async (nb) => {
    const images = [...document.querySelectorAll(`${nb} .jp-OutputArea-output img`)];
    await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
    return images.map((img) => ({
      png: img.getAttribute("src")?.startsWith("data:image/png;base64,") ?? false,
      width: img.naturalWidth,
      height: img.naturalHeight,
    }));
  }, NB);
  // Trusted, JupyterLab would prefer the SVG of a figure; untrusted, it may only show the PNG.
  const svgShown = await page.evaluate((nb) =>
    document.querySelectorAll(
      `${nb} .jp-RenderedSVG, ${nb} .jp-OutputArea-output img[src^="data:image/svg"]`,
    ).length, NB);
  const pngImages = shown.filter((s) => s.png);
  check(
    `${name}: JupyterLab rendered the notebook's outputs`,
    outputCount === 0 || (await outputs.count()) > 0,
    `${await outputs.count()} rendered, ${outputCount} in the file`,
  );
  check(
    `${name}: opened untrusted (no figure shown from its SVG)`,
    svgShown === 0,
    `${svgShown} SVG renderings`,
  );
  check(
    `${name}: every figure output shows a PNG image`,
    pngImages.length === figures.length && figures.length === withPng,
    `${pngImages.length} PNG images shown for ${figures.length} figure outputs`,
  );
  const empty = pngImages.filter((s) => !(s.width > 0 && s.height > 0));
  check(
    `${name}: every PNG image decodes to a non-zero size`,
    empty.length === 0 && (figures.length === 0 || pngImages.length > 0),
    pngImages.map((s) => `${s.width}x${s.height}`).join(", "),
  );
  // Close what covers the notebook (kernel choice, news toast) before the screenshot.
  const dialogButton = page.locator(".jp-Dialog button", { hasText: /no kernel|cancel/i });
  if (await dialogButton.count()) await dialogButton.first().click().catch(() => undefined);
  const toastNo = page.locator(".Toastify button", { hasText: /^no$/i });
  if (await toastNo.count()) await toastNo.first().click().catch(() => undefined);
  // Show the first figure: its image, or where its image should be.
  const firstImage = page.locator(`${NB} .jp-OutputArea-output img`).first();
  const firstFigureCell = page.locator(`${NB} .jp-Cell`).nth(figures[0]?.index ?? 0);
  await (await firstImage.count() ? firstImage : firstFigureCell.locator(".jp-OutputArea").first())
    .scrollIntoViewIfNeeded().catch(() => undefined);
  await page.waitForTimeout(500);
  const shot = resolve(ARTIFACTS, `jupyterlab-${name}.png`);
  await page.screenshot({ path: shot });
  console.log(`screenshot: ${shot}`);
} finally {
  await browser.close();
}
const failed = results.filter((ok) => !ok).length;
console.log(`jupyterlab: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
