"""Independent reference values for tests/papers/paringin-selatan_test.ts.

Run with Debian's Python (it has SciPy): /usr/bin/python3 tests/papers/paringin-selatan_reference.py

Written apart from lib/: patterns are enumerated from the pooled category counts first (lib's
reverse search enumerates each group's split), p-values come from the textbook formulas and
from SciPy, and the exact conditional p of R >= 4.6 from a dynamic programme over tie groups,
checked against a brute-force pass over all C(20, 10) splits for two patterns.
"""
import itertools
import json
import math
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

import numpy as np
from scipy import stats


def prints_0008(p):
    d = Decimal(repr(p))
    return any(d.quantize(Decimal("0.001"), rounding=r) == Decimal("0.008")
               for r in (ROUND_HALF_UP, ROUND_HALF_EVEN))


def compositions(total, parts, minimum):
    if parts == 1:
        if total >= minimum:
            yield (total,)
        return
    for first in range(minimum, total - minimum * (parts - 1) + 1):
        for rest in compositions(total - first, parts - 1, minimum):
            yield (first,) + rest


def splits(pooled, size):
    """Every group-1 split g with 0 <= g[l] <= pooled[l] and sum(g) = size."""
    def go(i, left):
        if i == len(pooled):
            if left == 0:
                yield ()
            return
        for g in range(0, min(pooled[i], left) + 1):
            for rest in go(i + 1, left - g):
                yield (g,) + rest
    return go(0, size)


def midranks(pooled):
    out, below = [], 0
    for t in pooled:
        out.append(below + (t + 1) / 2)
        below += t
    return out


def exact_conditional(pooled, g1):
    """Two-sided exact p conditional on the tie groups: min(1, 2 min tail), R >= 4.6."""
    n1 = sum(g1)
    mids2 = [int(round(2 * r)) for r in midranks(pooled)]  # doubled mid-ranks are integers
    top = sum(t * r for t, r in zip(pooled, mids2))
    dp = np.zeros((n1 + 1, top + 1))
    dp[0, 0] = 1.0
    for t, r in zip(pooled, mids2):
        new = np.zeros_like(dp)
        for j in range(0, min(t, n1) + 1):
            shifted = np.zeros_like(dp)
            shifted[j:, j * r:] = dp[: n1 + 1 - j, : top + 1 - j * r]
            new += math.comb(t, j) * shifted
        dp = new
    dist = dp[n1] / dp[n1].sum()
    w = sum(g * r for g, r in zip(g1, mids2))
    return min(1.0, 2 * min(dist[: w + 1].sum(), dist[w:].sum()))


def brute_exact(pooled, g1):
    values = [r for t, r in zip(pooled, midranks(pooled)) for _ in range(t)]
    w = sum(g * r for g, r in zip(g1, midranks(pooled)))
    lo = hi = total = 0
    for idx in itertools.combinations(range(len(values)), sum(g1)):
        s = sum(values[i] for i in idx)
        total += 1
        lo += s <= w + 1e-9
        hi += s >= w - 1e-9
    return min(1.0, 2 * min(lo, hi) / total)


def two_group():
    n1 = n2 = 10
    out = {}
    for k in range(2, 6):
        rows = []
        for pooled in compositions(n1 + n2, k, 1):
            mids = midranks(pooled)
            for g1 in splits(pooled, n1):
                if abs(sum(g * r for g, r in zip(g1, mids)) - 75) > 1e-9:
                    continue
                g2 = tuple(t - g for t, g in zip(pooled, g1))
                x = [lvl for lvl, c in enumerate(g1) for _ in range(c)]
                y = [lvl for lvl, c in enumerate(g2) for _ in range(c)]
                spss = stats.mannwhitneyu(x, y, use_continuity=False, method="asymptotic").pvalue
                r45 = stats.mannwhitneyu(x, y, use_continuity=True, method="asymptotic").pvalue
                r46 = exact_conditional(pooled, g1)
                rows.append((g1, g2, spss, r45, r46))
        out[k] = {
            "patterns": len(rows),
            "print": {c: sum(prints_0008(r[i]) for r in rows)
                      for c, i in (("spss", 2), ("r45", 3), ("r46", 4))},
            "range": {c: [min(r[i] for r in rows), max(r[i] for r in rows)]
                      for c, i in (("spss", 2), ("r45", 3), ("r46", 4))},
        }
    return out


def signed_reading():
    ps = []
    for k in range(2, 5):
        for pooled in compositions(20, k, 1):
            mids = midranks(pooled)
            for neg in splits(pooled, 10):
                if abs(sum(g * r for g, r in zip(neg, mids)) - 75) > 1e-9:
                    continue
                ties = sum(t ** 3 - t for t in pooled)
                sd = math.sqrt(20 * 21 * 41 / 24 - ties / 48)
                ps.append(2 * stats.norm.sf(abs(75 - 105) / sd))
    return {"patterns": len(ps), "min": min(ps), "max": max(ps)}


def paired_binary():
    out = {"spss": [], "r45": [], "exact": []}
    for imp in range(13):
        for wor in range(9):
            m = imp + wor
            if m == 0:
                continue
            r = (m + 1) / 2
            v = imp * r
            sd = math.sqrt(m * (m + 1) * (2 * m + 1) / 24 - (m ** 3 - m) / 48)
            z = v - m * (m + 1) / 4
            spss = 2 * stats.norm.sf(abs(z) / sd)
            r45 = 2 * stats.norm.sf((abs(z) - 0.5) / sd) if z != 0 else 1.0
            exact = stats.binomtest(imp, m, 0.5).pvalue
            for key, p in (("spss", spss), ("r45", r45), ("exact", exact)):
                if prints_0008(p):
                    out[key].append([imp, wor])
    return out


if __name__ == "__main__":
    print(json.dumps({
        "twoGroup": two_group(),
        "signed": signed_reading(),
        "paired": paired_binary(),
        "exactBinary": exact_conditional((8, 12), (7, 3)),
        "bruteBinary": brute_exact((8, 12), (7, 3)),
        "exactFourLevel": exact_conditional((2, 1, 9, 8), (0, 1, 9, 0)),
        "bruteFourLevel": brute_exact((2, 1, 9, 8), (0, 1, 9, 0)),
        "scipyUntied": stats.mannwhitneyu(list(range(3, 13)), [1, 2] + list(range(13, 21))).pvalue,
    }, indent=1))
