import assert from "node:assert/strict";
import { scanText, splitSentences } from "../../tools/scan_text.ts";
import {
  parseScanArgs,
  printedCsv,
  renderScan,
  runScan,
  type ScanIO,
  UsageError,
} from "../../tools/scan.ts";
import { parsePrinted } from "../../lib/data/printed.ts";

// Every text here is written for these tests (no third-party text in the repository).
const ENGLISH = `Oxytocin massage and milk volume: a quasi-experiment

Thirty mothers took part (n = 30). Of these, 18 (60,0%) were primiparous and 12 (40,0%) multiparous.

Parity was associated with adequate milk, χ2(1) = 6,63, p = 0,010. Milk volume after the massage was 45,8 ± 12,3 ml.`;

const INDONESIAN =
  `Penelitian ini menggunakan sampel sebanyak 32 ibu nifas. Sebanyak 25 orang (78,1%) berumur 20-35 tahun dan 7 orang (21,9%) berumur lebih dari 35 tahun.

Hasil uji t diperoleh t = 2,10; df = 31; p = 0,004. Uji Wilcoxon menunjukkan Z = -3,317 dengan Asymp. Sig. (2-tailed) = .000. Uji Mann-Whitney: Z = -2,57, p-value .010. Hasil uji chi square diperoleh p value = 0,002. Ibu yang dipijat lebih berpeluang (OR = 6,10; 95% CI 1,20-19,13; p = 0,026). Data dikumpulkan pada tahun 2023.`;

function memoryIO(files: Record<string, string>, writable = true) {
  const out = { stdout: "", stderr: "", written: {} as Record<string, string> };
  const io: ScanIO = {
    readTextFile: (path) =>
      path in files
        ? Promise.resolve(files[path])
        : Promise.reject(new Deno.errors.NotFound(`no file ${path}`)),
    writeTextFile: (path, text) => {
      out.written[path] = text;
      return Promise.resolve();
    },
    canWrite: () => Promise.resolve(writable),
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
  };
  return { io, out };
}

Deno.test("an abstract with a chi-square p, n (x%) counts and a mean with SD: a verdict for each", () => {
  const r = scanText(ENGLISH);
  const kinds = r.findings.map((f) => `${f.kind}:${f.verdict}`);
  assert.deepEqual(kinds, [
    "percent:consistent", // 18/30 = 60.0 %
    "percent:consistent", // 12/30 = 40.0 %
    "test:consistent", // R: pchisq(6.63, 1, lower.tail = FALSE) = 0.01003
    "mean-sd:consistent", // GRIM/GRIMMER at n = 30
    "percent-set:consistent",
  ]);
  assert.equal(r.statedN?.n, 30);
  assert.equal(r.findings[2].quote, "χ2(1) = 6,63, p = 0,010");
  assert.deepEqual(r.findings[2].location, { line: 5, paragraph: 3, sentence: 1 });
  // The stated n itself is listed, not dropped, and says why it has no check of its own.
  assert.deepEqual(r.unchecked.map((u) => [u.number, u.reason]), [
    ["30", "a stated sample size (the n the checks use)"],
  ]);
});

Deno.test("Indonesian text: comma decimals, .000, Sig., p value, p-value; inconsistencies found", () => {
  const r = scanText(INDONESIAN);
  const byQuote = Object.fromEntries(r.findings.map((f) => [f.quote, f]));
  assert.equal(byQuote["25 orang (78,1%)"].verdict, "consistent"); // 25/32 = 78.125 %
  assert.equal(byQuote["7 orang (21,9%)"].verdict, "consistent"); // 7/32 = 21.875 %
  // t(31) = 2,10 gives p ≈ 0.044 (R: 2*pt(-2.1, 31) = 0.04394), not 0,004
  assert.equal(byQuote["t = 2,10; df = 31; p = 0,004"].verdict, "inconsistent");
  // z = -3,317: p = 0.00091 (R: 2*pnorm(-3.317)) prints .001, not .000
  const wilcoxon = r.findings.find((f) => f.quote.startsWith("Z = -3,317"))!;
  assert.equal(wilcoxon.verdict, "inconsistent");
  // z = -2,57: p = 0.0102 prints .010
  assert.equal(r.findings.find((f) => f.quote.startsWith("Z = -2,57"))!.verdict, "consistent");
  // √(1.20 · 19.13) = 4.79, not 6,10
  const or = r.findings.find((f) => f.kind === "odds-ratio")!;
  assert.equal(or.verdict, "inconsistent");
  assert.match(or.note, /cannot be its midpoint/);
  // A p without its statistic, the age range and the year: listed with their reasons.
  const reasons = Object.fromEntries(r.unchecked.map((u) => [u.number, u.reason]));
  assert.match(reasons["0,002"], /p without the statistic/);
  assert.equal(reasons["2023"], "a year or date");
  assert.ok("20" in reasons && "35" in reasons);
});

Deno.test("no printed number is dropped: each is inside a check or listed as unchecked", () => {
  for (const text of [ENGLISH, INDONESIAN]) {
    const r = scanText(text);
    const inQuotes = r.findings.filter((f) => f.kind !== "percent-set")
      .reduce(
        (s, f) =>
          s +
          (f.quote.match(/(?<![\p{L}\p{N}_.,])[-−]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?!\d)/gu) ?? [])
            .length,
        0,
      );
    assert.equal(inQuotes + r.unchecked.length, r.numbers, text.slice(0, 20));
    assert.equal(r.printed.length, r.numbers);
    assert.equal(r.printed.filter((p) => !p.checked).length, r.unchecked.length);
  }
});

Deno.test("F with two df, r with df, a mean with SD printed in words", () => {
  const r = scanText(
    "Scores differed, F(2, 45) = 4,12, p = 0,023. They correlated, r(30) = .42, p = .017. " +
      "Rata-rata 4,50 (SD 1,15), n = 20.",
  );
  assert.deepEqual(r.findings.map((f) => f.verdict), ["consistent", "consistent", "consistent"]);
  assert.equal(r.findings[2].kind, "mean-sd");
  // GRIMMER: SD 1,20 at n = 20 needs Σx² in [432.13, 432.59], but Σx² must be even (Σx = 90).
  assert.equal(scanText("Rata-rata 4,50 (SD 1,20), n = 20.").findings[0].verdict, "inconsistent");
});

Deno.test("GRIM with a stated granularity: halves make 2,25 possible at n = 2", () => {
  const text = "The mean score was 2,25 ± 0,35 (n = 2).";
  assert.equal(scanText(text).findings[0].verdict, "inconsistent"); // 4.5/2 needs half units
  assert.equal(scanText(text, { granularity: 0.5 }).findings[0].verdict, "consistent");
});

Deno.test("a statistic without p, and a percentage pair without any n", () => {
  const r = scanText("The test gave t(12) = 1,50. Twelve mothers, 5 (41,7%) and 7 (58,3%).");
  assert.equal(r.findings[0].verdict, "unverifiable");
  assert.match(r.findings[0].note, /without its p/);
  const set = r.findings.find((f) => f.kind === "percent-set")!;
  assert.equal(set.verdict, "consistent");
  assert.match(set.note, /n = 12\b/);
});

Deno.test("splitSentences keeps Sig. and decimals inside sentences and tracks lines", () => {
  const s = splitSentences(
    "First line.\nAsymp. Sig. (2-tailed) = .000 here. Next one p = 0.5.\n\nNew paragraph.",
  );
  assert.deepEqual(s.map((x) => [x.location.line, x.location.paragraph, x.location.sentence]), [
    [1, 1, 1],
    [2, 1, 2],
    [2, 1, 3],
    [4, 2, 1],
  ]);
  assert.equal(s[1].text, "Asymp. Sig. (2-tailed) = .000 here.");
});

Deno.test("runScan: table, JSON, --out with and without permission", async () => {
  const { io, out } = memoryIO({ "a.txt": ENGLISH });
  assert.equal(await runScan(["a.txt"], io), 0);
  assert.match(out.stdout, /χ2\(1\) = 6,63, p = 0,010\s+consistent/);
  assert.match(out.stdout, /line 5 \(¶3 s1\)/);
  const json = memoryIO({ "a.txt": ENGLISH });
  assert.equal(await runScan(["a.txt", "--json"], json.io), 0);
  assert.equal(JSON.parse(json.out.stdout).findings.length, 5);
  const written = memoryIO({ "a.txt": ENGLISH });
  assert.equal(await runScan(["a.txt", "--out", "r.json"], written.io), 0);
  assert.equal(JSON.parse(written.out.written["r.json"]).file, "a.txt");
  const refused = memoryIO({ "a.txt": ENGLISH }, false);
  assert.equal(await runScan(["a.txt", "--out", "r.json"], refused.io), 1);
  assert.match(refused.out.stderr, /--allow-write=r\.json/);
  assert.deepEqual(refused.out.written, {});
});

Deno.test("runScan: unreadable file, empty file, no numbers, binary, usage errors", async () => {
  // A real read of a path that does not exist (the test task has --allow-read).
  let err = "";
  const real: ScanIO = {
    readTextFile: (p) => Deno.readTextFile(p),
    writeTextFile: () => Promise.reject(new Error("unused")),
    canWrite: () => Promise.resolve(false),
    stdout: () => {},
    stderr: (t) => void (err += t),
  };
  assert.equal(await runScan(["tests/tools/no-such-paper.txt"], real), 1);
  assert.equal(err, 'scan: cannot read "tests/tools/no-such-paper.txt": no such file\n');
  err = "";
  assert.equal(await runScan(["tests/tools"], real), 1);
  assert.match(err, /cannot read "tests\/tools"/);
  const empty = memoryIO({ "e.txt": "" });
  assert.equal(await runScan(["e.txt"], empty.io), 0);
  assert.match(empty.out.stderr, /no printed numbers to check \(the file is empty\)/);
  const words = memoryIO({ "w.txt": "A paper without a single figure." });
  assert.equal(await runScan(["w.txt", "--json"], words.io), 0);
  assert.equal(JSON.parse(words.out.stdout).numbers, 0);
  const binary = memoryIO({ "b.txt": "PDF\u0000\u0001" });
  assert.equal(await runScan(["b.txt"], binary.io), 1);
  assert.match(binary.out.stderr, /not plain text/);
  const usage = memoryIO({});
  assert.equal(await runScan([], usage.io), 2);
  assert.equal(await runScan(["a", "b"], usage.io), 2);
  assert.equal(await runScan(["a", "--n", "x"], usage.io), 2);
  assert.equal(await runScan(["a", "--granularity", "2"], usage.io), 2);
  assert.equal(await runScan(["a", "--frobnicate"], usage.io), 2);
  assert.match(usage.out.stderr, /unknown option --frobnicate/);
  assert.equal(await runScan(["--help"], usage.io), 0);
  assert.match(usage.out.stdout, /^Usage: deno task scan/);
  assert.throws(() => parseScanArgs(["--out"]), UsageError);
  assert.deepEqual(parseScanArgs(["p.txt", "--n", "30", "--granularity", "0,5"]), {
    file: "p.txt",
    json: false,
    csv: false,
    out: null,
    n: 30,
    granularity: 0.5,
  });
});

Deno.test("scanText rejects bad options by name; renderScan says when no n is stated", () => {
  assert.throws(() => scanText("x", { granularity: 0.3 }), /^RangeError: granularity/);
  assert.throws(() => scanText("x", { n: 0 }), /^RangeError: n:/);
  assert.throws(() => scanText(5 as never), /^TypeError: text/);
  assert.match(renderScan(scanText("A score of 4,5 ± 1,1.")), /No sample size stated/);
  assert.equal(scanText("A score of 4,5 ± 1,1.").findings[0].verdict, "unverifiable");
  assert.equal(scanText("A score of 4,5 ± 1,1.", { n: 10 }).findings[0].verdict, "consistent");
});

Deno.test("a t without df is judged under the df a stated n allows; α is the significance level", () => {
  const text = "Jumlah responden 30 orang. Berat bayi 3125,5 gram (SD = 245,3); uji t diperoleh " +
    "t = -8,45 dan p = 0,000 (α = 0,05).";
  const r = scanText(text);
  const t = r.findings.find((f) => f.kind === "test")!;
  // R: 2*pt(-8.45, 29) = 2.6e-9 and 2*pt(-8.45, 28) = 3.5e-9: both print 0,000
  assert.equal(t.verdict, "consistent");
  assert.match(t.note, /df 29 \(paired\).*df 28 \(two groups\)/);
  assert.equal(r.findings.find((f) => f.kind === "mean-sd")!.quote, "3125,5 gram (SD = 245,3)");
  assert.equal(r.unchecked.find((u) => u.number === "0,05")!.reason, "the significance level");
  // R: 2*pt(-2.05, 29) = 0.0495, 2*pt(-2.05, 28) = 0.0499: "0,060" fits neither; without n, no df
  const edge = scanText("n = 30. t = 2,05, p = 0,060.").findings[0];
  assert.equal(edge.verdict, "inconsistent");
  assert.equal(scanText("t = 2,05, p = 0,050.").findings[0].verdict, "unverifiable");
});

Deno.test("--csv: every printed number as a printed.csv row the project's loader accepts", async () => {
  for (const text of [ENGLISH, INDONESIAN]) {
    const csv = printedCsv(scanText(text));
    const parsed = parsePrinted(csv, "scan output");
    assert.equal(parsed.claims.length, scanText(text).numbers);
  }
  const kinds = Object.fromEntries(scanText(ENGLISH).printed.map((p) => [p.reported, p.kind]));
  assert.equal(kinds["60,0%"], "percent");
  assert.equal(kinds["18"], "count");
  assert.equal(kinds["6,63"], "statistic");
  assert.equal(kinds["0,010"], "p");
  assert.equal(kinds["45,8"], "mean");
  assert.equal(kinds["12,3"], "sd");
  assert.equal(kinds["30"], "n");
  const { io, out } = memoryIO({ "a.txt": ENGLISH });
  assert.equal(await runScan(["a.txt", "--csv"], io), 0);
  assert.match(out.stdout, /^id,location,kind,quote,reported,status\n/);
  assert.equal(await runScan(["a.txt", "--csv", "--json"], io), 2);
});

Deno.test("each group's own n, and a test the sentence calls one-tailed", () => {
  const r = scanText(
    "In the massage group (n = 15), 12 (80,0%) improved; in the control group (n = 20), 5 (25,0%) did.",
  );
  assert.deepEqual(r.findings.filter((f) => f.kind === "percent").map((f) => f.verdict), [
    "consistent", // 12/15
    "consistent", // 5/20
  ]);
  // Shares of groups with different n's are not searched for one common denominator.
  assert.equal(r.findings.some((f) => f.verdict === "inconsistent"), false);
  // t(20) = 1,80: two-sided p = 0.087 (R: 2*pt(-1.8, 20)), one-tailed 0.0435
  assert.equal(scanText("t(20) = 1,80, p = 0,043.").findings[0].verdict, "inconsistent");
  assert.equal(
    scanText("A one-tailed test gave t(20) = 1,80, p = 0,043.").findings[0].verdict,
    "consistent",
  );
});

Deno.test("Windows line ends and a byte-order mark change nothing", () => {
  const windows = "\uFEFF" + ENGLISH.replaceAll("\n", "\r\n");
  assert.deepEqual(scanText(windows), scanText(ENGLISH));
});

Deno.test("a chi-square p without its statistic, read as the 2×2 of two groups' shares", () => {
  const text = "Di kelompok intervensi (n = 15), 12 ibu (80,0%) produksi ASI cukup, sedangkan di " +
    "kelompok kontrol (n = 20) hanya 5 ibu (25,0%). Hasil uji chi square diperoleh p value = 0,002.";
  const r = scanText(text);
  const test = r.findings.find((f) => f.kind === "test")!;
  // R: t <- matrix(c(12, 3, 5, 15), 2, byrow = TRUE); chisq.test(t, correct = FALSE)$p.value
  // = 0.001273945, chisq.test(t)$p.value = 0.003975730, fisher.test(t)$p.value = 0.002045605
  assert.equal(test.verdict, "consistent");
  assert.match(test.note, /\[\[12,3\], \[5,15\]\].*"0,002" is Fisher$/);
  assert.equal(r.unchecked.some((u) => u.number === "0,002"), false);
  assert.equal(r.printed.find((p) => p.reported === "0,002")!.checked, true);
  // The same shares with p = 0,010: no reading gives it.
  const wrong = scanText(text.replace("0,002", "0,010"));
  assert.equal(wrong.findings.find((f) => f.kind === "test")!.verdict, "inconsistent");
  // Without each group's own n (only a total), no reading is attempted: the p stays unchecked.
  const total = scanText("Of 35 mothers, 12 (80,0%) and 5 (25,0%). Chi-square p = 0,002.");
  assert.equal(total.findings.some((f) => f.kind === "test"), false);
  assert.ok(total.unchecked.some((u) => u.number === "0,002"));
});
