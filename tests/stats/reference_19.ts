/**
 * The issue-19 reference fixture, written by tests/stats/reference/make_reference_19.py from
 * R and SciPy (each value stored beside the call that produced it).
 *
 * @module
 */
import type { Json } from "./helpers.ts";

/** reference_19.json, parsed. */
export const reference19: Json = JSON.parse(
  await Deno.readTextFile(new URL("./reference/reference_19.json", import.meta.url)),
);
