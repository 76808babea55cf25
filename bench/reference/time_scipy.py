"""Times SciPy on the benchmark inputs (bench/inputs.ts), read from stdin as "name v1 v2 ..."
lines. Prints "id milliseconds" lines (">limit" when a call is cut off) for
tools/bench_report.ts. Run: /usr/bin/python3 time_scipy.py < inputs.txt"""
import signal
import statistics
import sys
import time

import numpy as np
from scipy import stats

LIMIT_S = 15  # SciPy < 1.11 takes minutes for an exact 200 x 200 Mann-Whitney


class Cut(Exception):
    pass


def on_alarm(signum, frame):
    raise Cut()


signal.signal(signal.SIGALRM, on_alarm)
inputs = {}
for line in sys.stdin:
    name, *values = line.split()
    inputs[name] = np.array([float(v) for v in values])


def once(f):
    """Wall time of one call in ms, or None when it runs past LIMIT_S."""
    signal.setitimer(signal.ITIMER_REAL, LIMIT_S)
    start = time.perf_counter()
    try:
        f()
    except Cut:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return 1000 * (time.perf_counter() - start)


def show(key, ms):
    print(key, f">{LIMIT_S * 1000}" if ms is None else f"{ms:.6g}")


print("version", stats.__name__, __import__("scipy").__version__, file=sys.stderr)
x, y = inputs["x200u"], inputs["y200u"]
first = once(lambda: stats.mannwhitneyu(x, y, method="exact"))
show("mwu_exact_200_first", first)
if first is not None:
    show("mwu_exact_200_cached",
         statistics.median(once(lambda: stats.mannwhitneyu(x, y, method="exact")) for _ in range(5)))
sw = inputs["sw5000"]
show("shapiro_5000", statistics.median(once(lambda: stats.shapiro(sw)) for _ in range(50)))
d = inputs["after1000"] - inputs["before1000"]
show("wilcoxon_exact_1000", once(lambda: stats.wilcoxon(d, mode="exact")))
