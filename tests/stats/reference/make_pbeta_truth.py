"""60-digit values of the regularized incomplete beta, independent of R and of lib/.

Where R's pbeta itself is off by more than 1e-12 (a, b both in the millions, far tails), the
test compares against these. Method: the classical continued fraction (Numerical Recipes'
betacf, written out at mpmath precision) on its convergent side, the other tail as
I_{1-x}(b, a) with 1 - x exact, and the front factor from mpmath's loggamma.

Run: /usr/bin/python3 tests/stats/reference/make_pbeta_truth.py < rows.csv > pbeta_truth.csv
(input rows "x,a,b"; needs python3-mpmath from Debian).
"""
import sys

import mpmath as mp

mp.mp.dps = 60


def ibeta(x, a, b):
    if x > (a + 1) / (a + b + 2):
        return 1 - ibeta(1 - x, b, a)
    front = mp.exp(a * mp.log(x) + b * mp.log(1 - x)
                   - (mp.loggamma(a) + mp.loggamma(b) - mp.loggamma(a + b)))
    tiny = mp.mpf("1e-400")
    f, c, d = mp.mpf(1), mp.mpf(1), mp.mpf(0)
    m = 0
    while True:
        for odd in (False, True):
            if m == 0 and not odd:
                num = mp.mpf(1)
            elif not odd:
                num = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            else:
                num = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 + num * d
            d = tiny if abs(d) < tiny else d
            c = 1 + num / c
            c = tiny if abs(c) < tiny else c
            d = 1 / d
            f *= c * d
        if abs(c * d - 1) < mp.mpf("1e-45"):
            return front * (f - 1) / a
        m += 1


print("x,a,b,lower,upper")
for line in sys.stdin:
    x, a, b = (mp.mpf(float(v)) for v in line.strip().split(","))
    print(f"{line.strip()},{mp.nstr(ibeta(x, a, b), 20)},{mp.nstr(ibeta(1 - x, b, a), 20)}")
