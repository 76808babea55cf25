import assert from "node:assert/strict";
import {
  chiSquareLogSf,
  chiSquareSf,
  normalLogCdf,
  normalLogSf,
  normalQuantile,
  normalSf,
  studentTLogSf,
  studentTQuantile,
  studentTSf,
} from "../../lib/stats/distributions.ts";
import { assertClose } from "./helpers.ts";

Deno.test("normalLogSf agrees with R's pnorm(log.p = TRUE) out to z = 1e5", () => {
  // Rscript -e 'z <- c(-5, -0.5, 0, 0.5, 1, 5, 10, 38, 40, 100, 1e3, 1e5);
  //   cat(sprintf("%.17g", pnorm(z, lower.tail = FALSE, log.p = TRUE)))'
  const z = [-5, -0.5, 0, 0.5, 1, 5, 10, 38, 40, 100, 1e3, 1e5];
  const r = [
    -2.8665161296376358e-07,
    -0.36894641528865652,
    -0.69314718055994529,
    -1.1759117615936185,
    -1.8410216450092636,
    -15.064998393988725,
    -53.23128515051247,
    -726.5572160188201,
    -804.6084420137538,
    -5005.5242086942053,
    -500007.82669481216,
    -5000000012.4318638,
  ];
  z.forEach((zi, i) => assertClose(normalLogSf(zi), r[i], `z = ${zi}`, 1e-13));
  z.forEach((zi, i) => assertClose(normalLogCdf(-zi), r[i], `-z = ${-zi}`, 1e-13));
});

Deno.test("studentTLogSf agrees with R's pt(log.p = TRUE), df from 1 to 1e6, t to 1e200", () => {
  // Rscript -e 't <- c(-3, 0.5, 2, 10, 1e10, 1e200); for (df in c(1, 3, 10, 1e6))
  //   cat(sprintf("%.17g", pt(t, df, lower.tail = FALSE, log.p = TRUE)), "\n")'
  const t = [-3, 0.5, 2, 10, 1e10, 1e200];
  const r: Record<number, number[]> = {
    1: [
      -0.10804899566097342,
      -1.0429418980620317,
      -1.9133603645040105,
      -3.4506339556469658,
      -24.170580815789855,
      -461.66174848465857,
    ],
    3: [
      -0.029258323485362996,
      -1.1217049359318676,
      -2.6640861743156115,
      -6.8455323781935009,
      -68.979829350776782,
      -1381.4533323573828,
    ],
    10: [
      -0.0066941836454523593,
      -1.1585317250333982,
      -3.3051415512324529,
      -14.045204783423536,
      -220.8407737330823,
      -4595.7524504217699,
    ],
    1e6: [
      -0.0013508432487595694,
      -1.1759115833002598,
      -3.7831784006579827,
      -53.228735551124927,
      -16118103.477652386,
      -453609271.14652115,
    ],
  };
  for (const [df, values] of Object.entries(r)) {
    t.forEach((ti, i) =>
      assertClose(studentTLogSf(ti, Number(df)), values[i], `t=${ti} df=${df}`, 1e-12)
    );
  }
});

Deno.test("chiSquareLogSf agrees with R's pchisq(log.p = TRUE)", () => {
  // Rscript -e 'x <- c(0.5, 3, 50, 1450, 1e4); for (df in c(1, 2, 5, 40))
  //   cat(sprintf("%.17g", pchisq(x, df, lower.tail = FALSE, log.p = TRUE)), "\n")'
  const x = [0.5, 3, 50, 1450, 1e4];
  const r: Record<number, number[]> = {
    1: [
      -0.73501112983708439,
      -2.485732790986078,
      -27.200889545537436,
      -728.86613924048947,
      -5004.8310615136461,
    ],
    2: [-0.25, -1.5, -25, -725, -5000],
    5: [
      -0.0079078918874270245,
      -0.35669517860255529,
      -20.396990168586616,
      -715.40335713708953,
      -4987.5085930983514,
    ],
    40: [
      -2.946458104491845e-31,
      -3.2834341966136307e-16,
      -2.0130934032453776,
      -639.17610433571065,
      -4877.5094070774485,
    ],
  };
  for (const [df, values] of Object.entries(r)) {
    x.forEach((xi, i) =>
      assertClose(chiSquareLogSf(xi, Number(df)), values[i], `x=${xi} df=${df}`, 1e-12)
    );
  }
});

Deno.test("tails below 2.2e-308 are subnormal numbers, not 0", () => {
  // /usr/bin/python3 -c "import mpmath as mp; mp.mp.dps = 40; print(mp.ncdf(-38))"
  // -> 2.8854283600687843084e-316 (R prints 0: its pnorm flushes below DBL_MIN)
  assertClose(normalSf(38), 2.8854283600687843e-316, "normalSf(38)", 1e-7); // 8 digits survive
  // Rscript -e 'print(pchisq(1450, 1, lower.tail = FALSE), digits = 17)' -> 2.8671978227380684e-317
  assertClose(chiSquareSf(1450, 1), 2.8671978227380684e-317, "chiSquareSf(1450, 1)", 1e-6);
  // Rscript -e 'print(pt(1e160, 2, lower.tail = FALSE), digits = 17)' -> 4.9999443359134150e-321
  assertClose(studentTSf(1e160, 2), 4.999944335913415e-321, "studentTSf(1e160, 2)", 1e-3);
});

Deno.test("quantiles for p below 1e-300", () => {
  // qt(p, 1) = -cot(pi p) exactly; -1 / (pi 1e-300) = -3.1830988618379067e+299.
  // Rscript -e 'print(qt(1e-300, 1), digits = 17)' -> -3.1830988618379070e+299
  assertClose(studentTQuantile(1e-300, 1), -3.183098861837907e299, "qt(1e-300, 1)", 1e-14);
  // For df = 2, P(T > t) = (1 - t / sqrt(2 + t^2)) / 2 ~ 1 / (2 t^2): t = sqrt(1 / 2e-300).
  // Rscript -e 'print(qt(1e-300, 2), digits = 17)' -> -7.0710678118654748e+149
  assertClose(studentTQuantile(1e-300, 2), -7.0710678118654748e149, "qt(1e-300, 2)", 1e-14);
  // Rscript -e 'print(qnorm(c(1e-300, 1e-310)), digits = 17)'
  // -> -37.047096299361201 -37.663060331949517
  assertClose(normalQuantile(1e-300), -37.047096299361201, "qnorm(1e-300)", 1e-14);
  assertClose(normalQuantile(1e-310), -37.663060331949517, "qnorm(1e-310)", 1e-14);
  // The answer beyond the largest double is -Infinity (R: qt(1e-310, 1) is -Inf too).
  assert.equal(studentTQuantile(1e-310, 1), -Infinity);
  // Round trip through the log tail: P(T > -q) = p for p = 1e-300 at df = 3.
  const q = studentTQuantile(1e-300, 3);
  // (exp of a log near -690 carries ~690 ulps: 1e-13 relative)
  assertClose(Math.exp(studentTLogSf(-q, 3)), 1e-300, "round trip df = 3", 1e-12);
});
