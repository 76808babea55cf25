/**
 * Where a JSON text first goes wrong, as line and column: the engine's own message does not
 * always say ("Unexpected token '}', ... is not valid JSON"), and a broken paper.json should
 * send its editor to the place.
 *
 * @module
 */

/**
 * The offset of the first character at which `text` stops being valid JSON, or -1 when it is
 * valid. A small recursive-descent scanner (values, objects, arrays, strings, numbers,
 * literals); it only locates errors, JSON.parse still does the parsing.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(jsonErrorOffset('{"a": }'), 6);
 * assert.equal(jsonErrorOffset('{"a": 1}'), -1);
 * ```
 */
export function jsonErrorOffset(text: string): number {
  if (typeof text !== "string") throw new TypeError(`text: expected a string, got ${typeof text}`);
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const space = () => {
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = () => {
    if (text[i] !== '"') fail();
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === "\\") {
        i++;
        if (text[i] === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? "")) fail();
      } else if (text.charCodeAt(i) < 0x20) fail();
      i++;
    }
    if (text[i] !== '"') fail();
    i++;
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail();
    i += match![0].length;
  };
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === "{") {
      i++;
      space();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        space();
        string();
        space();
        if (text[i] !== ":") fail();
        i++;
        value();
        space();
        if (text[i] === ",") i++;
        else if (text[i] === "}") {
          i++;
          return;
        } else fail();
      }
    }
    if (ch === "[") {
      i++;
      space();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[i] === ",") i++;
        else if (text[i] === "]") {
          i++;
          return;
        } else fail();
      }
    }
    if (ch === '"') return string();
    if (ch === "t") return literal("true");
    if (ch === "f") return literal("false");
    if (ch === "n") return literal("null");
    number();
  };
  try {
    value();
    space();
    return i < text.length ? i : -1;
  } catch (offset) {
    if (typeof offset === "number") return offset;
    throw offset;
  }
}

/**
 * "line L, column C" (both from 1) of an offset in a text.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(lineAndColumn("ab\ncd", 4), "line 2, column 2");
 * ```
 */
export function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, Math.max(0, offset)).split("\n");
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}
