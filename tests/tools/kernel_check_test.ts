import assert from "node:assert/strict";
import {
  canonicalJson,
  claimsInOutputs,
  JUPYTER_MISSING,
  KERNEL_MISSING,
  kernelRunHint,
  textOutputs,
  withoutExecutionTimes,
} from "../../tools/kernel_check.ts";
import type { Notebook } from "../../tools/runner.ts";
import { CLAIMS_MIME } from "../../lib/notebook/claims_display.ts";

const nb: Notebook = {
  nbformat: 4,
  nbformat_minor: 5,
  metadata: {},
  cells: [
    { cell_type: "markdown", source: "# x", metadata: {} },
    {
      cell_type: "code",
      source: "x",
      metadata: { execution: { "iopub.execute_input": "2026-11-22T05:00:00Z" }, tags: ["a"] },
      outputs: [
        { output_type: "stream", name: "stdout", text: "a" },
        { output_type: "stream", name: "stdout", text: ["b\n"] } as never,
        {
          output_type: "display_data",
          data: {
            "text/plain": ["claims"],
            [CLAIMS_MIME]: { claims: [{ verdict: "match", id: "x" }] },
          },
          metadata: {},
        },
        { output_type: "error", ename: "RangeError", evalue: "bad", traceback: [] },
      ],
    },
  ],
};

Deno.test("kernel check: text outputs merge stream chunks and keep display text and errors", () => {
  assert.deepEqual(textOutputs(nb), [[
    "stdout: ab\n",
    "display_data: claims",
    "error: RangeError: bad",
  ]]);
});

Deno.test("kernel check: claims are read from the claims display, compared with keys sorted", () => {
  assert.deepEqual(claimsInOutputs(nb), [{ verdict: "match", id: "x" }]);
  assert.equal(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }), '{"a":[2,{"c":4,"d":3}],"b":1}');
  assert.equal(
    canonicalJson({ id: "x", verdict: "match" }),
    canonicalJson({ verdict: "match", id: "x" }),
  );
  assert.notEqual(canonicalJson({ id: "x" }), canonicalJson({ id: "y" }));
});

Deno.test("kernel check: execution timestamps are dropped, other metadata kept", () => {
  assert.deepEqual(withoutExecutionTimes(nb).cells[1].metadata, { tags: ["a"] });
  assert.deepEqual(withoutExecutionTimes(nb).cells[0].metadata, {});
});

Deno.test("kernel check: a missing kernelspec or Jupyter gives one line saying what to run", () => {
  // The tail of what `jupyter nbconvert --execute` prints when `deno task kernel` was never run.
  const noKernel = [
    '  File "/usr/lib/python3/dist-packages/jupyter_client/kernelspec.py", line 294',
    "    raise NoSuchKernel(kernel_name)",
    "jupyter_client.kernelspec.NoSuchKernel: No such kernel named deno",
  ].join("\n");
  assert.equal(kernelRunHint(noKernel), KERNEL_MISSING);
  assert.match(KERNEL_MISSING, /run `deno task kernel`/);
  assert.equal(kernelRunHint("Jupyter command `jupyter-nbconvert` not found."), JUPYTER_MISSING);
  assert.equal(kernelRunHint("nbclient.exceptions.CellExecutionError: boom"), null);
});
