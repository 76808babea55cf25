#!/usr/bin/env python3
"""Regenerates reference.json for tests/stats from two independent engines.

Every case records its inputs, the exact R / SciPy call that produced each reference
value, and the value itself (17 significant digits). Deterministic: fixed seeds.

    python3 tests/stats/reference/make_reference.py   # needs numpy, scipy, Rscript

Tests read only the JSON, so running them needs nothing but Deno.
"""
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import scipy
from scipy import stats

OUT = Path(__file__).with_name("reference.json")
rng = np.random.default_rng(20240611)
ALTS = ["two-sided", "less", "greater"]
R_ALT = {"two-sided": "two.sided", "less": "less", "greater": "greater"}

r_lines = []  # R statements; each prints "key v1 v2 ..."
r_targets = {}  # key -> (case dict, field names)


def rvec(xs):
    return "c(" + ",".join(repr(float(x)) for x in xs) + ")"


def r_call(case, key, expr, fields, data=None):
    """Queue an R expression returning a numeric vector; results land in case[fields].

    `data` maps R variable names (before, after, x, y) to vectors; they are assigned before
    the expression runs, so the recorded call reads exactly as it was evaluated.
    """
    assign = "".join(f"{name} <- {rvec(v)}; " for name, v in (data or {}).items())
    r_lines.append(f'local({{ {assign}cat("{key}", sprintf("%.17g", {expr}), "\\n") }})')
    r_targets[key] = (case, fields, expr)


def paired_data(kind, n):
    if kind == "likert":  # 5-level scale, many ties and zeros
        before = rng.integers(1, 6, n)
        after = np.clip(before + rng.integers(-1, 3, n), 1, 5)
        return before.astype(float), after.astype(float)
    if kind == "likert3":
        before = rng.integers(1, 4, n)
        after = np.clip(before + rng.integers(0, 2, n), 1, 3)
        return before.astype(float), after.astype(float)
    if kind == "continuous":
        before = np.round(rng.normal(50, 10, n), 2)
        after = np.round(before + rng.normal(1, 5, n), 2)
        return before, after
    raise ValueError(kind)


cases = {k: [] for k in [
    "wilcoxon", "mannWhitney", "pairedT", "twoSampleT", "shapiro", "mcnemar", "fisher",
    "proportionCI", "normal", "studentT", "chiSquare", "binomial", "psignrank", "pwilcox",
]}

# --- Wilcoxon signed rank ------------------------------------------------------------
wid = 0
for kind in ["likert", "likert3", "continuous"]:
    for n in [2, 3, 5, 8, 12, 20, 35, 60, 150]:
        for rep in range(3 if n <= 35 else 1):
            before, after = paired_data(kind, n)
            d = after - before
            if np.all(d == 0):
                continue
            case = {"before": before.tolist(), "after": after.tolist(), "scipy": [], "r": []}
            for zm in ["wilcox", "pratt", "zsplit"]:
                if zm == "pratt" and np.all(d == 0):
                    continue
                for corr in [False, True]:
                    for alt in ALTS:
                        res = stats.wilcoxon(after, before, zero_method=zm, correction=corr,
                                             alternative=alt, method="asymptotic")
                        case["scipy"].append({
                            "call": f"scipy.stats.wilcoxon(after, before, zero_method='{zm}', "
                                    f"correction={corr}, alternative='{alt}', method='asymptotic')",
                            "zeroMethod": zm, "correction": corr, "alternative": alt,
                            "method": "asymptotic", "statistic": float(res.statistic),
                            "p": float(res.pvalue), "z": float(res.zstatistic)})
            nz = d[d != 0]
            untied = len(np.unique(np.abs(nz))) == len(nz) and len(nz) == len(d)
            if untied and len(d) <= 50:
                for alt in ALTS:
                    res = stats.wilcoxon(after, before, alternative=alt, method="exact")
                    case["scipy"].append({
                        "call": f"scipy.stats.wilcoxon(after, before, alternative='{alt}', "
                                "method='exact')",
                        "zeroMethod": "wilcox", "correction": False, "alternative": alt,
                        "method": "exact", "statistic": float(res.statistic),
                        "p": float(res.pvalue)})
            for corr in [False, True]:
                for alt in ALTS:
                    entry = {"correction": corr, "alternative": alt, "method": "asymptotic"}
                    expr = ("with(wilcox.test(after, before, paired=TRUE, "
                            f"correct={'TRUE' if corr else 'FALSE'}, exact=FALSE, "
                            f"alternative='{R_ALT[alt]}'), c(statistic, p.value))")
                    entry["call"] = expr
                    case["r"].append(entry)
                    r_call(entry, f"w{wid}", expr, ["statistic", "p"], {"after": after, "before": before})
                    wid += 1
            if untied and len(d) <= 50:
                for alt in ALTS:
                    entry = {"correction": False, "alternative": alt, "method": "exact"}
                    expr = ("with(wilcox.test(after, before, paired=TRUE, "
                            f"exact=TRUE, alternative='{R_ALT[alt]}'), c(statistic, p.value))")
                    entry["call"] = expr
                    case["r"].append(entry)
                    r_call(entry, f"w{wid}", expr, ["statistic", "p"], {"after": after, "before": before})
                    wid += 1
            cases["wilcoxon"].append(case)

# --- Mann-Whitney ----------------------------------------------------------------------
mid = 0
for kind in ["likert", "continuous", "untied"]:
    for n1, n2 in [(1, 2), (2, 3), (4, 4), (5, 8), (10, 7), (15, 15), (30, 25), (80, 120)]:
        for rep in range(2):
            if kind == "likert":
                x = rng.integers(1, 6, n1).astype(float)
                y = rng.integers(2, 6, n2).astype(float)
            elif kind == "continuous":
                x = np.round(rng.normal(0, 1, n1), 1)
                y = np.round(rng.normal(0.5, 1, n2), 1)
            else:
                pool = rng.permutation(n1 + n2) + 1.0
                x, y = pool[:n1], pool[n1:] + 0.25 * rng.integers(0, 2, n2) * 0
            if len(np.unique(np.concatenate([x, y]))) == 1:
                continue
            case = {"x": x.tolist(), "y": y.tolist(), "scipy": [], "r": []}
            untied = len(np.unique(np.concatenate([x, y]))) == n1 + n2
            for cont in [False, True]:
                for alt in ALTS:
                    res = stats.mannwhitneyu(x, y, use_continuity=cont, alternative=alt,
                                             method="asymptotic")
                    case["scipy"].append({
                        "call": f"scipy.stats.mannwhitneyu(x, y, use_continuity={cont}, "
                                f"alternative='{alt}', method='asymptotic')",
                        "useContinuity": cont, "alternative": alt, "method": "asymptotic",
                        "statistic": float(res.statistic), "p": float(res.pvalue)})
                    entry = {"useContinuity": cont, "alternative": alt, "method": "asymptotic"}
                    expr = ("with(wilcox.test(x, y, correct="
                            f"{'TRUE' if cont else 'FALSE'}, exact=FALSE, "
                            f"alternative='{R_ALT[alt]}'), c(statistic, p.value))")
                    entry["call"] = expr
                    case["r"].append(entry)
                    r_call(entry, f"m{mid}", expr, ["statistic", "p"], {"x": x, "y": y})
                    mid += 1
            if untied and n1 + n2 <= 60:
                for alt in ALTS:
                    res = stats.mannwhitneyu(x, y, alternative=alt, method="exact")
                    case["scipy"].append({
                        "call": f"scipy.stats.mannwhitneyu(x, y, alternative='{alt}', "
                                "method='exact')",
                        "useContinuity": False, "alternative": alt, "method": "exact",
                        "statistic": float(res.statistic), "p": float(res.pvalue)})
                    entry = {"useContinuity": False, "alternative": alt, "method": "exact"}
                    expr = ("with(wilcox.test(x, y, exact=TRUE, "
                            f"alternative='{R_ALT[alt]}'), c(statistic, p.value))")
                    entry["call"] = expr
                    case["r"].append(entry)
                    r_call(entry, f"m{mid}", expr, ["statistic", "p"], {"x": x, "y": y})
                    mid += 1
            cases["mannWhitney"].append(case)

# --- t tests ---------------------------------------------------------------------------
for i, n in enumerate([2, 3, 5, 10, 30, 100, 1000]):
    for conf in [0.9, 0.95, 0.99]:
        before, after = paired_data("continuous", n)
        if np.std(after - before) == 0:
            continue
        for alt in ALTS:
            case = {"before": before.tolist(), "after": after.tolist(), "confidence": conf,
                    "alternative": alt}
            expr = ("with(t.test(after, before, paired=TRUE, "
                    f"conf.level={conf}, alternative='{R_ALT[alt]}'), "
                    "c(statistic, parameter, p.value, estimate, "
                    f"t.test(after, before, paired=TRUE, conf.level={conf})"
                    "$conf.int))")
            case["call"] = expr
            r_call(case, f"pt{i}_{conf}_{alt}", expr, ["t", "df", "p", "meanDifference",
                                                        "ciLow", "ciHigh"], {"after": after, "before": before})
            res = stats.ttest_rel(after, before, alternative=alt)
            case["scipyCall"] = f"scipy.stats.ttest_rel(after, before, alternative='{alt}')"
            case["scipyP"] = float(res.pvalue)
            cases["pairedT"].append(case)
for i, (n1, n2) in enumerate([(2, 3), (5, 5), (8, 20), (40, 33)]):
    x = np.round(rng.normal(10, 2, n1), 3)
    y = np.round(rng.normal(11, 4, n2), 3)
    for equal in [False, True]:
        for alt in ALTS:
            case = {"x": x.tolist(), "y": y.tolist(), "varEqual": equal, "alternative": alt,
                    "confidence": 0.95}
            ve = "TRUE" if equal else "FALSE"
            expr = (f"with(t.test(x, y, var.equal={ve}, "
                    f"alternative='{R_ALT[alt]}'), c(statistic, parameter, p.value, "
                    f"t.test(x, y, var.equal={ve})$conf.int))")
            case["call"] = expr
            r_call(case, f"tt{i}_{equal}_{alt}", expr, ["t", "df", "p", "ciLow", "ciHigh"], {"x": x, "y": y})
            cases["twoSampleT"].append(case)

# --- Shapiro-Wilk ----------------------------------------------------------------------
for i, n in enumerate([3, 3, 4, 5, 6, 7, 11, 12, 20, 50, 100, 500, 2000, 5000]):
    for kind in ["normal", "skewed", "likert"]:
        if kind == "normal":
            x = np.round(rng.normal(0, 1, n), 4)
        elif kind == "skewed":
            x = np.round(rng.exponential(1, n), 4)
        else:
            x = rng.integers(1, 6, n).astype(float)
        if len(np.unique(x)) == 1:
            continue
        case = {"x": x.tolist()}
        expr = "with(shapiro.test(x), c(statistic, p.value))"
        case["call"] = expr
        r_call(case, f"sw{i}_{kind}", expr, ["w", "p"], {"x": x})
        res = stats.shapiro(x)
        case["scipyCall"] = "scipy.stats.shapiro(x)"
        case["scipyW"] = float(res.statistic)
        case["scipyP"] = float(res.pvalue)
        cases["shapiro"].append(case)

# --- McNemar ----------------------------------------------------------------------------
for b, c in [(0, 1), (1, 0), (1, 9), (3, 3), (5, 12), (0, 7), (20, 35), (60, 41), (150, 180),
             (2, 2), (10, 11), (400, 470)]:
    case = {"b": b, "c": c}
    case["exactCall"] = f"binom.test({b}, {b + c})$p.value"
    r_call(case, f"mcx{b}_{c}", case["exactCall"], ["exactP"])
    for corr in [False, True]:
        call = (f"with(mcnemar.test(matrix(c(7, {c}, {b}, 9), 2), "
                f"correct={'TRUE' if corr else 'FALSE'}), c(statistic, p.value))")
        case["corrected" if corr else "uncorrected"] = {"call": call}
        r_call(case["corrected" if corr else "uncorrected"], f"mc{b}_{c}_{corr}", call,
               ["statistic", "p"])
    cases["mcnemar"].append(case)

# --- Fisher exact -----------------------------------------------------------------------
for a, b, c, d in [(3, 1, 1, 3), (0, 5, 5, 0), (10, 2, 3, 15), (1, 1, 1, 1), (0, 0, 3, 4),
                   (12, 5, 9, 7), (30, 20, 25, 40), (2, 8, 0, 9), (7, 0, 0, 7)]:
    for alt in ALTS:
        case = {"table": [[a, b], [c, d]], "alternative": alt}
        call = (f"fisher.test(matrix(c({a}, {c}, {b}, {d}), 2), "
                f"alternative='{R_ALT[alt]}')$p.value")
        case["call"] = call
        r_call(case, f"f{a}_{b}_{c}_{d}_{alt}", call, ["p"])
        cases["fisher"].append(case)

# --- Proportion CIs ---------------------------------------------------------------------
for k, n in [(0, 5), (1, 5), (5, 5), (7, 20), (13, 40), (50, 120), (199, 200)]:
    for conf in [0.9, 0.95, 0.99]:
        case = {"k": k, "n": n, "confidence": conf}
        case["wilsonCall"] = f"prop.test({k}, {n}, correct=FALSE, conf.level={conf})$conf.int"
        case["clopperCall"] = f"binom.test({k}, {n}, conf.level={conf})$conf.int"
        r_call(case, f"pw{k}_{n}_{conf}", case["wilsonCall"], ["wilsonLow", "wilsonHigh"])
        r_call(case, f"pc{k}_{n}_{conf}", case["clopperCall"], ["clopperLow", "clopperHigh"])
        cases["proportionCI"].append(case)

# --- Distribution functions -------------------------------------------------------------
for z in [-38, -37, -20, -10, -5.7, -3, -1.96, -0.5, 0, 0.3, 0.66, 0.7, 1.5, 5.6, 8, 10, 37]:
    case = {"z": z, "call": f"pnorm({z}, lower.tail=FALSE)"}
    r_call(case, f"nsf{z}", case["call"], ["sf"])
    cases["normal"].append(case)
for p in [1e-300, 1e-20, 1e-8, 0.001, 0.025, 0.3, 0.5, 0.8, 0.975, 0.999999]:
    case = {"p": p, "call": f"qnorm({p!r})"}
    r_call(case, f"nq{p}", case["call"], ["quantile"])
    cases["normal"].append(case)
for df in [1, 1.5, 2, 3, 5, 9, 29, 100, 1000]:
    for t in [-40, -4, -2, -0.5, 0.1, 1, 2.5, 7, 50]:
        case = {"t": t, "df": df,
                "call": f"c(pt({t}, {df}), pt({t}, {df}, lower.tail=FALSE))"}
        r_call(case, f"tc{df}_{t}", case["call"], ["cdf", "sf"])
        cases["studentT"].append(case)
    for p in [0.0005, 0.025, 0.05, 0.1, 0.6, 0.95, 0.975, 0.995]:
        case = {"p": p, "df": df, "call": f"qt({p}, {df})"}
        r_call(case, f"tq{df}_{p}", case["call"], ["quantile"])
        cases["studentT"].append(case)
for df in [1, 2, 3, 4, 7, 10, 25]:
    for x in [0.01, 0.5, 1, 3.84, 10, 40, 200]:
        case = {"x": x, "df": df, "call": f"pchisq({x}, {df}, lower.tail=FALSE)"}
        r_call(case, f"cs{df}_{x}", case["call"], ["sf"])
        cases["chiSquare"].append(case)
for n, p in [(1, 0.5), (10, 0.5), (25, 0.3), (100, 0.5), (500, 0.02), (1000, 0.5)]:
    for k in sorted({0, 1, n // 10, n // 3, n // 2, n - 1, n}):
        case = {"k": k, "n": n, "prob": p, "call": f"pbinom({k}, {n}, {p})"}
        r_call(case, f"b{n}_{p}_{k}", case["call"], ["cdf"])
        cases["binomial"].append(case)
for n in [1, 2, 5, 10, 20, 50]:
    top = n * (n + 1) // 2
    for q in sorted({0, 1, top // 4, top // 3, top // 2, top - 1}):
        case = {"q": q, "n": n, "call": f"psignrank({q}, {n})"}
        r_call(case, f"sr{n}_{q}", case["call"], ["cdf"])
        cases["psignrank"].append(case)
for m, n in [(1, 1), (2, 5), (4, 5), (10, 10), (7, 30), (25, 25)]:
    for q in sorted({0, 1, m * n // 4, m * n // 2, m * n - 1}):
        case = {"q": q, "m": m, "n": n, "call": f"pwilcox({q}, {m}, {n})"}
        r_call(case, f"pw{m}_{n}_{q}", case["call"], ["cdf"])
        cases["pwilcox"].append(case)

# --- Run R once ---------------------------------------------------------------------------
script = "\n".join(r_lines)
out = subprocess.run(["Rscript", "--vanilla", "-"], input=script, capture_output=True,
                     text=True, check=True).stdout
seen = set()
for line in out.splitlines():
    parts = line.split()
    if not parts:
        continue
    key, values = parts[0], [float(v) for v in parts[1:]]
    case, fields, expr = r_targets[key]
    if len(values) != len(fields):
        sys.exit(f"{key}: expected {len(fields)} values from {expr}, got {values}")
    for f, v in zip(fields, values):
        case[f] = v
    seen.add(key)
missing = set(r_targets) - seen
if missing:
    sys.exit(f"R produced no output for {sorted(missing)[:5]}")

r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                           text=True, check=True).stdout
meta = {"generator": "tests/stats/reference/make_reference.py", "r": r_version,
        "scipy": scipy.__version__, "numpy": np.__version__}
OUT.write_text(json.dumps({"meta": meta, **cases}, indent=None, separators=(",", ":")) + "\n")
print(f"wrote {OUT} ({sum(len(v) for v in cases.values())} cases)")
