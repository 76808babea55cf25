/**
 * The report's own script, inlined into reports/index.html: filters and search kept in the URL
 * (query string) and restored on load, multi-word search, deep links that land below the sticky
 * filter bar and highlight their row, and downloads of the shown rows as JSON or CSV (Blob URLs,
 * no network). Browser code in a string, since it runs in the page; the search rule is the same
 * functions Deno tests, inlined by their source text, so the page cannot drift from them.
 *
 * @module
 */

/**
 * The words of a search query as the report matches them: lower case, dashes unified, tokens
 * without a letter or digit (a lone "=") dropped. The page runs this very function.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(searchTokens("  Z = −3,317 Masohi "), ["z", "-3,317", "masohi"]);
 * ```
 */
export function searchTokens(query: string): string[] {
  return normalize(query).split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t));
}

/**
 * Whether every word of the query occurs in the text, in any order (the page's search rule).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(matchesAllWords("masohi t3 wilcoxon p 0,0001", "p wilcoxon masohi"), true);
 * assert.equal(matchesAllWords("masohi t3 wilcoxon", "masohi mcnemar"), false);
 * ```
 */
export function matchesAllWords(text: string, query: string): boolean {
  const haystack = normalize(text);
  return searchTokens(query).every((t) => haystack.includes(t));
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[\u2212\u2013\u2014]/g, "-");
}

/** The script itself, with the three functions above inlined from their source. */
export const REPORT_SCRIPT = `
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("audit-data").textContent);
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.claim"));
  var bar = document.getElementById("filters");
  var controls = {
    paper: document.getElementById("filter-paper"),
    verdict: document.getElementById("filter-verdict"),
    kind: document.getElementById("filter-kind"),
    q: document.getElementById("filter-search")
  };
  var keys = ["paper", "verdict", "kind", "q"];
  var count = document.getElementById("visible-count");

  ${normalize.toString()}
  ${searchTokens.toString()}
  ${matchesAllWords.toString()}

  function setControl(el, value) {
    if (el.tagName === "SELECT") {
      var ok = Array.prototype.some.call(el.options, function (o) { return o.value === value; });
      el.value = ok ? value : "";
    } else {
      el.value = value;
    }
  }
  function readUrl() {
    var params = new URLSearchParams(location.search);
    keys.forEach(function (k) { setControl(controls[k], params.get(k) || ""); });
  }
  function writeUrl() {
    var params = new URLSearchParams();
    keys.forEach(function (k) { if (controls[k].value) params.set(k, controls[k].value); });
    var qs = params.toString();
    try {
      history.replaceState(null, "", (qs ? "?" + qs : location.pathname) + location.hash);
    } catch (e) { /* some browsers refuse replaceState on file:// URLs; filters still work */ }
  }

  function apply() {
    var query = controls.q.value;
    var shown = 0;
    rows.forEach(function (row) {
      var ok = (!controls.paper.value || row.dataset.paper === controls.paper.value) &&
        (!controls.verdict.value || row.dataset.verdict === controls.verdict.value) &&
        (!controls.kind.value || row.dataset.kind === controls.kind.value) &&
        matchesAllWords(row.dataset.search, query);
      row.hidden = !ok;
      if (ok) shown += 1;
    });
    count.textContent = shown + " of " + rows.length + " shown";
  }
  function changed() { apply(); writeUrl(); }

  function barHeight() {
    var sticky = getComputedStyle(bar).position === "sticky";
    document.documentElement.style.setProperty("--bar-height", (sticky ? bar.offsetHeight : 0) + "px");
  }
  function goToHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (id.indexOf("claim-") !== 0) return;
    var row = document.getElementById(id);
    if (!row) return;
    if (row.hidden) { keys.forEach(function (k) { setControl(controls[k], ""); }); changed(); }
    rows.forEach(function (r) { r.classList.remove("highlight"); });
    row.classList.add("highlight");
    barHeight();
    row.scrollIntoView({ block: "start" });
  }

  function shownRecords() {
    return rows.filter(function (r) { return !r.hidden; })
      .map(function (r) { return data[Number(r.dataset.index)]; });
  }
  function csvCell(v) {
    if (v === null || v === undefined) return "";
    var s = typeof v === "object" ? JSON.stringify(v) : String(v);
    return /[",\\n\\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  var columns = ["paper", "id", "kind", "label", "location", "quote", "reported", "verdict", "computed",
    "support", "finding", "links", "slip", "note", "role"];
  function toCsv(records) {
    var lines = [columns.join(",")];
    records.forEach(function (r) {
      lines.push(columns.map(function (c) {
        var v = r[c];
        if (c === "finding" && v) v = v.title;
        if (c === "support" && v) v = v.k + " of " + v.of;
        if (c === "links") v = (v || []).join(" ");
        if (c === "computed" && v && typeof v === "object") v = "[" + v.lo + ", " + v.hi + "]";
        return csvCell(v);
      }).join(","));
    });
    return lines.join("\\r\\n") + "\\r\\n";
  }
  var lastUrl = {};
  function offer(link, type, build) {
    link.addEventListener("click", function () {
      if (lastUrl[link.id]) URL.revokeObjectURL(lastUrl[link.id]);
      lastUrl[link.id] = URL.createObjectURL(new Blob([build(shownRecords())], { type: type }));
      link.href = lastUrl[link.id];
    });
  }
  offer(document.getElementById("download-json"), "application/json", function (r) {
    return JSON.stringify(r, null, 2) + "\\n";
  });
  offer(document.getElementById("download-csv"), "text/csv", toCsv);

  ["paper", "verdict", "kind"].forEach(function (k) { controls[k].addEventListener("change", changed); });
  controls.q.addEventListener("input", changed);
  document.getElementById("filter-clear").addEventListener("click", function () {
    keys.forEach(function (k) { setControl(controls[k], ""); });
    changed();
  });
  // A verdict count on a card filters in place instead of reloading the page.
  Array.prototype.forEach.call(document.querySelectorAll("a.verdict[data-verdict]"), function (a) {
    a.addEventListener("click", function (event) {
      event.preventDefault();
      keys.forEach(function (k) { setControl(controls[k], ""); });
      setControl(controls.paper, a.dataset.paper);
      setControl(controls.verdict, a.dataset.verdict);
      changed();
      document.getElementById("claims").scrollIntoView({ block: "start" });
    });
  });
  window.addEventListener("hashchange", goToHash);
  window.addEventListener("resize", barHeight);
  readUrl();
  apply();
  barHeight();
  goToHash();
})();
`;
