/**
 * Text width in the figure font (DejaVu Sans), so titles, legends and captions drawn inside a
 * figure's SVG can be wrapped before they reach its edge. There is no text measurement without a
 * browser; the advance widths below were read from the font files the PNG renderer uses.
 *
 * @module
 */

// Advance widths of U+0020..U+007E in DejaVu Sans 2.37 (dejavu-fonts-ttf), 1/2048 em.
const REGULAR = [
  651,
  821,
  942,
  1716,
  1303,
  1946,
  1597,
  563,
  799,
  799,
  1024,
  1716,
  651,
  739,
  651,
  690,
  1303,
  1303,
  1303,
  1303,
  1303,
  1303,
  1303,
  1303,
  1303,
  1303,
  690,
  690,
  1716,
  1716,
  1716,
  1087,
  2048,
  1401,
  1405,
  1430,
  1577,
  1294,
  1178,
  1587,
  1540,
  604,
  604,
  1343,
  1141,
  1767,
  1532,
  1612,
  1235,
  1612,
  1423,
  1300,
  1251,
  1499,
  1401,
  2025,
  1403,
  1251,
  1403,
  799,
  690,
  799,
  1716,
  1024,
  1024,
  1255,
  1300,
  1126,
  1300,
  1260,
  721,
  1300,
  1298,
  569,
  569,
  1186,
  569,
  1995,
  1298,
  1253,
  1300,
  1300,
  842,
  1067,
  803,
  1298,
  1212,
  1675,
  1212,
  1212,
  1075,
  1303,
  690,
  1303,
  1716,
];
// The same for DejaVu Sans Bold.
const BOLD = [
  713,
  934,
  1067,
  1716,
  1425,
  2052,
  1786,
  627,
  936,
  936,
  1071,
  1716,
  778,
  850,
  778,
  748,
  1425,
  1425,
  1425,
  1425,
  1425,
  1425,
  1425,
  1425,
  1425,
  1425,
  819,
  819,
  1716,
  1716,
  1716,
  1188,
  2048,
  1585,
  1561,
  1503,
  1700,
  1399,
  1399,
  1681,
  1714,
  762,
  762,
  1587,
  1305,
  2038,
  1714,
  1741,
  1501,
  1741,
  1577,
  1475,
  1397,
  1663,
  1585,
  2259,
  1579,
  1483,
  1485,
  936,
  748,
  936,
  1716,
  1024,
  1024,
  1382,
  1466,
  1214,
  1466,
  1389,
  891,
  1466,
  1458,
  702,
  702,
  1362,
  702,
  2134,
  1458,
  1407,
  1466,
  1466,
  1010,
  1219,
  979,
  1458,
  1335,
  1892,
  1321,
  1335,
  1192,
  1458,
  748,
  1458,
  1716,
];
// Outside ASCII (≤ → × Σ ...), DejaVu's widths mostly lie between 1024 and 2048: take the
// mathematical operators' width, a little wide for letters, so wrapping errs on the safe side.
const OTHER = 1716;
const UNITS_PER_EM = 2048;

/**
 * Width in pixels of `text` set in DejaVu Sans at `fontSize` pixels (no kerning).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(textWidth("0", 12), 12 * 1303 / 2048);
 * assert.ok(textWidth("Tabel 2", 12, { bold: true }) > textWidth("Tabel 2", 12));
 * ```
 */
export function textWidth(
  text: string,
  fontSize: number,
  options: { bold?: boolean } = {},
): number {
  if (typeof text !== "string") throw new TypeError(`text: expected a string, got ${typeof text}`);
  if (!(fontSize > 0) || !Number.isFinite(fontSize)) {
    throw new RangeError(`fontSize: expected a positive number, got ${String(fontSize)}`);
  }
  const widths = options.bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    units += code >= 32 && code < 127 ? widths[code - 32] : OTHER;
  }
  return (units * fontSize) / UNITS_PER_EM;
}

/**
 * Break `text` into lines no wider than `maxWidth` pixels, at spaces (a single word longer than
 * the line stays whole).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(wrapText("a b c", 12, 20), ["a b", "c"]);
 * ```
 */
export function wrapText(
  text: string,
  fontSize: number,
  maxWidth: number,
  options: { bold?: boolean } = {},
): string[] {
  if (!(maxWidth > 0)) {
    throw new RangeError(`maxWidth: expected a positive number, got ${maxWidth}`);
  }
  const lines: string[] = [];
  for (const paragraph of String(text).split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      const candidate = line === "" ? word : `${line} ${word}`;
      if (line !== "" && textWidth(candidate, fontSize, options) > maxWidth) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    lines.push(line);
  }
  return lines;
}
