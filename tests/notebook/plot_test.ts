import assert from "node:assert/strict";
import { displayBundle } from "../../lib/notebook/display.ts";
import { Plot, plot } from "../../lib/notebook/plot.ts";
import { pngSize } from "../../lib/notebook/rasterize.ts";

const bars = [{ x: "a", y: 1 }, { x: "b", y: 3 }];

Deno.test("plot: one SVG with title, subtitle, legend and caption inside, and no CSS", () => {
  const fig = plot({
    title: "Umur ibu",
    subtitle: "Tabel 1 as printed",
    caption: "n = 20",
    color: { domain: ["a", "b"], range: ["#ff0000", "#0000ff"], legend: true },
    marks: [Plot.barY(bars, { x: "x", y: "y", fill: "x" })],
  });
  assert.match(fig.markup, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.equal(fig.markup.match(/<svg/g)!.length, 2, "the chart is nested in the figure");
  assert.doesNotMatch(fig.markup, /<style|class=|style=|<figure|<div|<h2/);
  for (const text of ["Umur ibu", "Tabel 1 as printed", "n = 20"]) {
    assert.match(fig.markup, new RegExp(`<text[^>]*>${text}</text>`));
  }
  // Legend swatches carry the scale's colours next to their labels.
  assert.match(fig.markup, /<rect[^>]*fill="#ff0000"[^>]*\/><text[^>]*>a<\/text>/);
  assert.match(fig.markup, /<rect[^>]*fill="#0000ff"[^>]*\/><text[^>]*>b<\/text>/);
  assert.equal(
    fig.description,
    'Figure: Umur ibu\nTabel 1 as printed\nx: x; y: y\ncolour: "a", "b"\nmarks: bar (2)\nn = 20',
  );
});

Deno.test("plot: the display bundle has PNG, SVG and text; the PNG is the SVG's size", async () => {
  const fig = plot({ title: "bars", marks: [Plot.barY(bars, { x: "x", y: "y" })] });
  const bundle = await displayBundle(fig);
  assert.deepEqual(Object.keys(bundle).sort(), ["image/png", "image/svg+xml", "text/plain"]);
  const png = Uint8Array.from(atob(String(bundle["image/png"])), (c) => c.charCodeAt(0));
  const [, width, height] = /^<svg[^>]* width="(\d+)" height="(\d+)"/.exec(fig.markup)!;
  assert.deepEqual(pngSize(png), { width: Number(width), height: Number(height) });
});

Deno.test("plot: the same figure gives the same PNG bytes every time", async () => {
  const make = () =>
    plot({
      title: "Null distribution",
      color: { legend: true },
      marks: [Plot.dot(bars, { x: "x", y: "y", fill: "x", r: 5 }), Plot.ruleY([0])],
    });
  const [first, second] = [await make().png(), await make().png()];
  assert.ok(first.length > 1000);
  assert.deepEqual(first, second);
});

Deno.test("plot: long tick labels widen the figure instead of being cut off", () => {
  const label = "Lancar: McNemar, continuity-corrected";
  const options = {
    title: "labels",
    marginLeft: 40,
    marks: [Plot.dot([{ x: 1, y: label }], { x: "x", y: "y" })],
  };
  const chartViewBox = (markup: string) =>
    /<svg x="0"[^>]* viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(markup)!.slice(1)
      .map(Number);
  const [x0, , width] = chartViewBox(plot(options).markup);
  // 12 px DejaVu Sans: the label is about 250 px wide and ends 9 px left of the frame at x = 40.
  assert.ok(x0 < -200, `left edge moved to ${x0}`);
  assert.ok(width >= 640 - x0, `width ${width} keeps the whole chart`);
  assert.deepEqual(chartViewBox(plot({ ...options, fitLabels: false }).markup).slice(0, 3), [
    0,
    0,
    640,
  ]);
});

Deno.test("plot: an x label that would overlap the tick labels is moved below them", () => {
  const fig = plot({
    title: "x label",
    x: { label: "correlation r between before and after scores" },
    marks: [Plot.dot([{ x: -1, y: 1 }, { x: 1, y: 2 }], { x: "x", y: "y" })],
  });
  const tick = /aria-label="x-axis tick label"[^>]*>[\s\S]*?translate\([\d.]+,([\d.]+)\)/
    .exec(fig.markup)!;
  const labelGroup = /<g transform="translate\([-\d.]+,([\d.]+)\)"[^>]*aria-label="x-axis label"/
    .exec(fig.markup)!;
  const labelText = /aria-label="x-axis label"><text transform="translate\([\d.]+,([\d.]+)\)/
    .exec(fig.markup)!;
  // Tick labels hang 9 px below the axis and are 12 px tall; the label's top must be below them.
  const tickBottom = Number(tick[1]) + 9 + 12;
  const labelTop = Number(labelGroup[1]) + Number(labelText[1]) - 0.8 * 12;
  assert.ok(labelTop >= tickBottom, `label top ${labelTop} vs tick bottom ${tickBottom}`);
});

Deno.test("plot: bad options are refused with the option's name", () => {
  const marks = [Plot.barY(bars, { x: "x", y: "y" })];
  assert.throws(() => plot(undefined as never), /options: expected an Observable Plot options/);
  assert.throws(() => plot({ marks } as never), /options.title: expected a non-empty string/);
  assert.throws(() => plot({ title: " ", marks }), /options.title: expected a non-empty string/);
  assert.throws(
    () => plot({ title: "t", subtitle: 3 as never, marks }),
    /options.subtitle: expected a string, got number/,
  );
  assert.throws(() => plot({ title: "t", style: "color: red", marks } as never), /options.style/);
  assert.throws(
    () => plot({ title: "t", symbol: { legend: true }, marks }),
    /options.symbol.legend: only colour legends/,
  );
  assert.throws(
    () =>
      plot({
        title: "t",
        color: { type: "linear", legend: true },
        marks: [Plot.dot([{ x: 1, c: 2 }], { x: "x", fill: "c" })],
      }),
    /options.color.legend: only ordinal colour legends are drawn, got a linear scale/,
  );
});
