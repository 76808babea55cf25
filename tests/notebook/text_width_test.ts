import assert from "node:assert/strict";
import { textWidth, wrapText } from "../../lib/notebook/text_width.ts";

// Reference: the advance widths read straight from the TrueType file the PNG renderer uses
// (cmap format 4 subtable of platform 3/1, then hmtx), independently of the table in lib.
async function fontAdvances(file: string): Promise<(code: number) => number> {
  await import("dejavu-fonts-ttf/package.json", { with: { type: "json" } });
  const bytes = await Deno.readFile(new URL(import.meta.resolve(`dejavu-fonts-ttf/ttf/${file}`)));
  const view = new DataView(bytes.buffer);
  const tables = new Map<string, number>();
  for (let i = 0; i < view.getUint16(4); i++) {
    const at = 12 + 16 * i;
    tables.set(String.fromCharCode(...bytes.subarray(at, at + 4)), view.getUint32(at + 8));
  }
  const cmap = tables.get("cmap")!;
  let sub = 0;
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const at = cmap + 4 + 8 * i;
    if (view.getUint16(at) === 3 && view.getUint16(at + 2) === 1) {
      sub = cmap + view.getUint32(at + 4);
    }
  }
  const segments = view.getUint16(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const offsets = deltas + 2 * segments;
  const glyph = (code: number): number => {
    for (let s = 0; s < segments; s++) {
      if (code > view.getUint16(ends + 2 * s)) continue;
      const start = view.getUint16(starts + 2 * s);
      if (code < start) return 0;
      const offset = view.getUint16(offsets + 2 * s);
      const delta = view.getInt16(deltas + 2 * s);
      if (offset === 0) return (code + delta) & 0xffff;
      const g = view.getUint16(offsets + 2 * s + offset + 2 * (code - start));
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
  const metrics = view.getUint16(tables.get("hhea")! + 34);
  const hmtx = tables.get("hmtx")!;
  return (code) => view.getUint16(hmtx + 4 * Math.min(glyph(code), metrics - 1));
}

Deno.test("textWidth: every printable ASCII advance equals the font file's, regular and bold", async () => {
  for (const [file, bold] of [["DejaVuSans.ttf", false], ["DejaVuSans-Bold.ttf", true]] as const) {
    const advance = await fontAdvances(file);
    for (let code = 32; code < 127; code++) {
      const ch = String.fromCharCode(code);
      assert.equal(textWidth(ch, 2048, { bold }), advance(code), `${file} ${JSON.stringify(ch)}`);
    }
  }
});

Deno.test("textWidth: symbols outside ASCII are not underestimated where figures use them", async () => {
  const advance = await fontAdvances("DejaVuSans.ttf");
  for (const ch of "≤≥→←↑−×·–ΣαχéÅ") {
    assert.ok(textWidth(ch, 2048) >= advance(ch.codePointAt(0)!), ch);
  }
});

Deno.test("wrapText: lines fit the width, words stay whole, newlines are kept", () => {
  const text = "every p-value Tabel 2's rank sums allow under each software convention";
  const lines = wrapText(text, 12, 150);
  assert.ok(lines.length > 1);
  assert.equal(lines.join(" "), text);
  for (const line of lines) assert.ok(textWidth(line, 12) <= 150, line);
  assert.deepEqual(wrapText("a\nb", 12, 500), ["a", "b"]);
  assert.deepEqual(wrapText("unbreakable-word", 12, 10), ["unbreakable-word"]);
  assert.throws(() => textWidth(3 as never, 12), /text: expected a string, got number/);
  assert.throws(() => textWidth("a", NaN), /fontSize: expected a positive number/);
  assert.throws(() => wrapText("a", 12, 0), /maxWidth: expected a positive number/);
});
