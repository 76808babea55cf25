import assert from "node:assert/strict";
import { forEachJointTable } from "../../lib/forensics/joint_tables.ts";
import {
  pairingAssignments,
  totalPairingAssignments,
} from "../../lib/forensics/pairing_assignments.ts";

/** Brute force: every assignment of after-levels to people with fixed before-levels. */
function bruteForce(rows: number[], cols: number[]): Map<string, number> {
  const before = rows.flatMap((m, i) => new Array<number>(m).fill(i));
  const n = before.length;
  const k = cols.length;
  const counts = new Map<string, number>();
  const after = new Array<number>(n).fill(0);
  const left = [...cols];
  const walk = (p: number) => {
    if (p === n) {
      const t = rows.map(() => new Array<number>(k).fill(0));
      before.forEach((b, i) => t[b][after[i]]++);
      const key = JSON.stringify(t);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      return;
    }
    for (let j = 0; j < k; j++) {
      if (left[j] === 0) continue;
      left[j]--;
      after[p] = j;
      walk(p + 1);
      left[j]++;
    }
  };
  walk(0);
  return counts;
}

Deno.test("pairingAssignments: equals brute-force enumeration of individuals", () => {
  for (
    const [rows, cols] of [
      [[6, 9], [13, 2]],
      [[2, 3, 4], [5, 3, 1]],
      [[3, 0, 2], [1, 2, 2]],
    ]
  ) {
    const brute = bruteForce(rows, cols);
    let sum = 0;
    forEachJointTable(rows, cols, (t) => {
      const w = pairingAssignments(t);
      assert.equal(w, brute.get(JSON.stringify(t)) ?? 0, JSON.stringify(t));
      sum += w;
    });
    assert.equal(sum, totalPairingAssignments(rows, cols));
    assert.equal(sum, [...brute.values()].reduce((a, b) => a + b, 0));
  }
});

Deno.test("pairingAssignments: known values", () => {
  // R: choose(6, 1) * choose(9, 1) = 54
  assert.equal(pairingAssignments([[5, 1], [8, 1]]), 54);
  // R: choose(15, 2) = 105
  assert.equal(totalPairingAssignments([6, 9], [13, 2]), 105);
  // R: factorial(15) / (factorial(10) * factorial(4) * factorial(1)) = 15015
  assert.equal(totalPairingAssignments([2, 5, 8], [10, 4, 1]), 15015);
});

Deno.test("pairingAssignments: errors name the argument", () => {
  assert.throws(() => pairingAssignments([[1, -1], [0, 1]]), /table\[0\]/);
  assert.throws(() => totalPairingAssignments([2, 2], [3, 2]), /colMargins/);
  assert.throws(() => totalPairingAssignments([100, 100], [100, 100]), /MAX_SAFE_INTEGER/);
});
