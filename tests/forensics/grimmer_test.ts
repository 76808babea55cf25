import assert from "node:assert/strict";
import { grimmer, grimmerDetails } from "../../lib/forensics/grimmer.ts";
import { reconstructCount } from "../../lib/forensics/reconstruct.ts";
import { printsAs, roundTo } from "../../lib/printed/reported.ts";

// Published examples: rsprite2's GRIMMER tests as quoted in scrutiny's test-grimmer.R
// (grimmer_scalar(5.21, 1.6, 28) TRUE; grimmer_scalar(3.44, 2.47, 18) FALSE).
Deno.test("grimmer: published examples", () => {
  assert.equal(grimmer("5.21", "1.60", 28), true);
  assert.equal(grimmer("3.44", "2.47", 18), false);
  const details = grimmerDetails("3.44", "2.47", 18);
  assert.equal(details.grimConsistent, true); // 62/18 = 3.444: GRIM passes, the SD fails
  assert.deepEqual(details.pairs, []);
});

Deno.test("grimmer: every pair listed prints as reported and has the parity of its sum", () => {
  const { pairs } = grimmerDetails("5,21", "1,60", 28);
  assert.ok(pairs.length > 0);
  for (const p of pairs) {
    assert.equal(p.sum, 146);
    assert.equal((p.sumOfSquares - p.sum) % 2, 0);
    assert.ok(printsAs(p.sum / 28, "5,21", "spss"));
    const variance = (p.sumOfSquares - (p.sum * p.sum) / 28) / 27;
    assert.ok(printsAs(Math.sqrt(variance), "1,60", "spss"));
  }
});

Deno.test("grimmer: parity rules out a sum of squares the SD alone allows", () => {
  // n = 3, mean 1,00 (sum 3): SD 1,00 needs Q = 3 + 2 = 5, parity of 5 = parity of 3: 0,1,2 ok.
  assert.equal(grimmer("1,00", "1,00", 3), true);
  // SD sqrt(3/2) = 1,22 needs Q = 6, whose parity differs from the sum 3: impossible.
  assert.equal(grimmer("1,00", "1,22", 3), false);
  // A bounded scale caps the sum of squares: SD 1,73 needs Q = 9 (0, 0, 3), impossible on 0-2.
  assert.equal(grimmer("1,00", "1,73", 3), true);
  assert.equal(grimmer("1,00", "1,73", 3, { scale: { lo: 0, hi: 2 } }), false);
});

Deno.test("grimmer: never rejects a real sample (brute force over all samples on 1-5)", () => {
  let checked = 0;
  for (const n of [2, 3, 5, 8, 11]) {
    const f = [0, 0, 0, 0, 0];
    const walk = (i: number, left: number) => {
      if (i === 4) {
        f[4] = left;
        let s = 0;
        let q = 0;
        f.forEach((c, j) => {
          s += c * (j + 1);
          q += c * (j + 1) ** 2;
        });
        const mean = (s / n).toFixed(2);
        const sd = Math.sqrt(Math.max(0, (q - (s * s) / n) / (n - 1))).toFixed(2);
        assert.ok(grimmer(mean, sd, n), `${mean} ${sd} n=${n}`);
        assert.ok(grimmer(mean, sd, n, { scale: { lo: 1, hi: 5 } }));
        checked++;
        return;
      }
      for (let c = 0; c <= left; c++) {
        f[i] = c;
        walk(i + 1, left - c);
      }
    };
    walk(0, n);
  }
  assert.ok(checked > 1000);
});

Deno.test("grimmer: with a scale it is implied by reconstruct (necessary condition)", () => {
  for (let m = 100; m <= 300; m += 7) {
    for (let s = 40; s <= 160; s += 9) {
      const mean = (m / 100).toFixed(2);
      const sd = (s / 100).toFixed(2);
      const exists = reconstructCount({ n: 9, mean, sd, scale: { lo: 1, hi: 4 }, limit: 1 }) > 0;
      if (exists) assert.ok(grimmer(mean, sd, 9, { scale: { lo: 1, hi: 4 } }), `${mean} ${sd}`);
    }
  }
});

Deno.test("grimmer: items and bad input", () => {
  // Two items per person, 4 people: totals 2, 4, 6, 8 -> mean 2,50, SD 1,29.
  assert.equal(grimmer("2,50", "1,29", 4, { items: 2 }), true);
  assert.equal(grimmer("2,50", "1,30", 4, { items: 2 }), false);
  assert.throws(() => grimmer(5.21 as unknown as string, "1,60", 28), /mean/);
  assert.throws(
    () => grimmer("5,21", 1.6 as unknown as string, 28),
    (e: unknown) => e instanceof TypeError && /sd/.test(e.message),
  );
  assert.throws(() => grimmer("5,21", "1,60", 1), /\bn\b/);
  assert.throws(() => grimmer("5,21", "-1,60", 28), /sd/);
  assert.throws(() => grimmer("5,21", "1,60", 28, { scale: { lo: 3, hi: 3 } }), /scale/);
});

Deno.test("grimmer: never calls an impossible sample consistent (brute force, n <= 5 on 0-6)", () => {
  // Every multiset of n values on 0..6, printed as (mean to 2 decimals, SD to 1 decimal):
  const possible = new Set<string>();
  const candidates = new Set<string>();
  for (const n of [2, 3, 4, 5]) {
    const walk = (start: number, left: number, values: number[]) => {
      if (left === 0) {
        const s = values.reduce((a, b) => a + b, 0);
        const q = values.reduce((a, b) => a + b * b, 0);
        const mean = (s / n).toFixed(2);
        const sd = Math.sqrt(Math.max(0, (q - (s * s) / n) / (n - 1)));
        possible.add(`${n}|${mean}|${roundTo(sd, 1, "spss").toFixed(1)}`);
        // Neighbouring SDs: most are impossible, some parity-feasible ones are the trap.
        for (const dsd of [-0.2, -0.1, 0.1, 0.2]) {
          const other = roundTo(sd, 1, "spss") + dsd;
          if (other >= 0) candidates.add(`${n}|${mean}|${other.toFixed(1)}`);
        }
        return;
      }
      for (let v = start; v <= 6; v++) walk(v, left - 1, [...values, v]);
    };
    walk(0, n, []);
  }
  for (const key of possible) candidates.add(key);
  let impossibleSeen = 0;
  for (const key of candidates) {
    const [n, mean, sd] = key.split("|");
    const expected = possible.has(key);
    assert.equal(grimmer(mean, sd, Number(n), { scale: { lo: 0, hi: 6 } }), expected, key);
    if (!expected) impossibleSeen++;
  }
  assert.ok(impossibleSeen > 100);
});

Deno.test("grimmer: the issue-20 example and witnesses that reproduce the print", () => {
  // n = 2, mean 6,00 (sum 12), SD 2,0: Q = 76 has the parity of 12 and exceeds the minimum,
  // yet (a - b)^2 = 2 * 76 - 144 = 8 is not a square, so no two whole numbers fit.
  assert.equal(grimmer("6,00", "2,0", 2), false);
  const details = grimmerDetails("6,00", "2,0", 2);
  assert.equal(details.grimConsistent, true);
  assert.deepEqual(details.pairs, []);
  // Each witness has exactly the pair's sum and sum of squares.
  for (const p of grimmerDetails("5,21", "1,60", 28).pairs) {
    const w = p.witness!;
    assert.equal(w.reduce((t, [, c]) => t + c, 0), 28);
    assert.equal(w.reduce((t, [v, c]) => t + v * c, 0), p.sum);
    assert.equal(w.reduce((t, [v, c]) => t + v * v * c, 0), p.sumOfSquares);
  }
});

Deno.test("grimmer: large n is quick or a named budget error; granularity in halves", () => {
  assert.equal(grimmer("3,51", "1,20", 100000), true);
  assert.throws(() => grimmerDetails("3,51", "1,20", 100000), /^RangeError: budget: expected/);
  // Halves: 3 values in steps of 0.5 with mean 1,50 and SD 0,50: 1, 1.5, 2.
  assert.equal(grimmer("1,50", "0,50", 3, { granularity: 0.5 }), true);
  assert.equal(grimmer("1,50", "0,50", 3), false); // whole numbers: 1, 1, 2 has SD 0,58
  assert.throws(() => grimmer("1,50", "0,50", 3, { granularity: 0.3 }), /^RangeError: granularity/);
});
