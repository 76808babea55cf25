#!/usr/bin/env python3
"""Reference values for the issue-19 tests (chi-square family, Fisher r x c, Levene and the
independent-samples t, one-way ANOVA, Kruskal-Wallis, correlation, risk estimates, sign test,
Stuart-Maxwell, Hodges-Lehmann, p from a printed statistic), from R and SciPy.

Every value sits beside the exact call that produced it. Deterministic (fixed seed).

    /usr/bin/python3 tests/stats/reference/make_reference_19.py && deno fmt tests/stats/reference/reference_19.json
    # needs scipy, Rscript and R coin (Debian r-cran-coin)

Writes reference_19.json next to this file; the tests read only the JSON.
"""
import itertools
import json
import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import scipy
from scipy import stats
from scipy.stats import contingency

OUT = Path(__file__).with_name("reference_19.json")
rng = np.random.default_rng(19)

r_lines = []
r_targets = {}


def rvec(xs):
    return "c(" + ",".join(repr(float(x)) for x in xs) + ")"


def rmat(t):
    t = np.asarray(t)
    return f"matrix({rvec(t.flatten())}, nrow={t.shape[0]}, byrow=TRUE)"


def r_call(case, key, expr, fields, data=None):
    """Queue an R expression printing a numeric vector into case[fields] (R call kept)."""
    assign = "".join(f"{name} <- {value}; " for name, value in (data or {}).items())
    r_lines.append(f'local({{ {assign}cat("{key}", sprintf("%.17g", {expr}), "\\n") }})')
    r_targets[key] = (case, fields, expr)
    case.setdefault("r", {})
    for f in fields:
        case["r"][f] = None
    case.setdefault("rCall", {})[",".join(fields)] = assign + expr


cases = {k: [] for k in [
    "chiSquare", "fisherRxC", "independentT", "anova", "kruskal", "correlation", "risk",
    "signTest", "stuartMaxwell", "hodgesLehmann1", "hodgesLehmann2", "pFromStatistic",
]}
key = itertools.count()

# --- Chi-square family -----------------------------------------------------------------
tables = [
    [[12, 5], [7, 14]], [[3, 9], [8, 2]], [[20, 10], [15, 25]], [[1, 4], [6, 2]],
    [[10, 12, 8], [4, 9, 15]], [[5, 2, 1], [3, 6, 7], [2, 4, 9]], [[30, 20], [25, 25], [10, 40]],
    [[2, 3], [1, 6], [4, 0]], [[40, 41], [39, 40]],
]
for t in tables:
    t = np.array(t, dtype=float)
    case = {"table": t.astype(int).tolist()}
    chi, p, dof, expected = contingency.chi2_contingency(t, correction=False)
    case["scipy"] = {"pearson": chi, "pearsonP": p, "df": dof, "minExpected": expected.min(),
                     "call": "scipy.stats.contingency.chi2_contingency(table, correction=False)"}
    if dof == 1:
        chi_y, p_y, _, _ = contingency.chi2_contingency(t, correction=True)
        case["scipy"]["yates"] = chi_y
        case["scipy"]["yatesP"] = p_y
        case["scipy"]["yatesCall"] = "scipy.stats.contingency.chi2_contingency(table, correction=True)"
    g, pg, _, _ = contingency.chi2_contingency(t, correction=False, lambda_="log-likelihood")
    case["scipy"]["lr"] = g
    case["scipy"]["lrP"] = pg
    case["scipy"]["lrCall"] = ("scipy.stats.contingency.chi2_contingency(table, correction=False, "
                               "lambda_='log-likelihood')")
    # Linear-by-linear: (N-1) r^2 with row and column scores 1..k, from the expanded data.
    rows, cols = [], []
    for i in range(t.shape[0]):
        for j in range(t.shape[1]):
            rows += [i + 1] * int(t[i, j])
            cols += [j + 1] * int(t[i, j])
    r = stats.pearsonr(rows, cols)[0]
    lbl = (len(rows) - 1) * r * r
    case["scipy"]["linearByLinear"] = lbl
    case["scipy"]["linearByLinearP"] = stats.chi2.sf(lbl, 1)
    case["scipy"]["linearByLinearCall"] = "(N-1) * scipy.stats.pearsonr(rowScores, colScores)[0]**2"
    data = {"t": rmat(t)}
    r_call(case, f"k{next(key)}", "suppressWarnings(with(chisq.test(t, correct=FALSE), "
           "c(statistic, p.value, parameter, min(expected))))",
           ["pearson", "pearsonP", "df", "minExpected"], data)
    if dof == 1:
        r_call(case, f"k{next(key)}", "suppressWarnings(with(chisq.test(t), c(statistic, p.value)))",
               ["yates", "yatesP"], data)
    r_call(case, f"k{next(key)}",
           "{E <- suppressWarnings(chisq.test(t)$expected); G <- 2*sum(ifelse(t > 0, t*log(t/E), 0)); "
           "c(G, pchisq(G, (nrow(t)-1)*(ncol(t)-1), lower.tail=FALSE))}", ["lr", "lrP"], data)
    r_call(case, f"k{next(key)}",
           "{rs <- rep(row(t), t); cs <- rep(col(t), t); M2 <- (sum(t)-1)*cor(rs, cs)^2; "
           "c(M2, pchisq(M2, 1, lower.tail=FALSE))}", ["linearByLinear", "linearByLinearP"], data)
    r_call(case, f"k{next(key)}", "fisher.test(t)$p.value", ["fisherP"], data)
    cases["chiSquare"].append(case)


# --- Fisher r x c: R and a brute-force enumeration written here --------------------------
def fisher_brute(t):
    t = np.array(t, dtype=int)
    rs, cs = t.sum(1), t.sum(0)
    n = t.sum()

    def logp(m):
        return (sum(math.lgamma(x + 1) for x in rs) + sum(math.lgamma(x + 1) for x in cs)
                - math.lgamma(n + 1) - sum(math.lgamma(x + 1) for x in m.flatten()))

    obs = logp(t)
    total = 0.0
    # Fill every cell but the last row and column; those follow from the margins.
    free = [(i, j) for i in range(len(rs) - 1) for j in range(len(cs) - 1)]

    def rec(k, m):
        nonlocal total
        if k == len(free):
            full = m.copy()
            for i in range(len(rs) - 1):
                full[i, -1] = rs[i] - full[i, :-1].sum()
            for j in range(len(cs)):
                full[-1, j] = cs[j] - full[:-1, j].sum()
            if (full < 0).any():
                return
            lp = logp(full)
            if lp <= obs + 1e-7 * abs(obs) + 1e-12 or math.exp(lp) <= math.exp(obs) * (1 + 1e-7):
                total += math.exp(lp)
            return
        i, j = free[k]
        hi = min(rs[i] - m[i, :j].sum(), cs[j] - m[:i, j].sum())
        for v in range(hi + 1):
            m[i, j] = v
            rec(k + 1, m)
        m[i, j] = 0

    rec(0, np.zeros_like(t))
    return total


for t in [[[3, 1, 4], [1, 5, 2]], [[2, 0, 3], [0, 4, 1], [3, 1, 0]], [[5, 2, 1], [3, 6, 7], [2, 4, 9]],
          [[1, 2, 3, 4], [4, 3, 2, 1]], [[0, 3], [2, 1], [4, 0]]]:
    case = {"table": t, "brute": fisher_brute(t),
            "bruteCall": "fisher_brute(table) in make_reference_19.py: every table with these margins"}
    r_call(case, f"k{next(key)}", "fisher.test(t)$p.value", ["p"], {"t": rmat(t)})
    cases["fisherRxC"].append(case)

# --- Independent-samples t with Levene (mean-centred) -------------------------------------
for (nx, ny, sx, sy, shift) in [(8, 10, 1, 1, 0.5), (12, 7, 1, 3, 1.0), (20, 25, 2, 2, -0.3),
                                (5, 6, 4, 1, 2.0), (15, 15, 1.5, 1.5, 0.0)]:
    x = np.round(rng.normal(10 + shift, sx, nx), 1)
    y = np.round(rng.normal(10, sy, ny), 1)
    case = {"x": x.tolist(), "y": y.tolist()}
    lev = stats.levene(x, y, center="mean")
    eq = stats.ttest_ind(x, y, equal_var=True)
    we = stats.ttest_ind(x, y, equal_var=False)
    case["scipy"] = {"leveneF": lev.statistic, "leveneP": lev.pvalue,
                     "leveneCall": "scipy.stats.levene(x, y, center='mean')",
                     "tEqual": eq.statistic, "pEqual": eq.pvalue,
                     "tEqualCall": "scipy.stats.ttest_ind(x, y, equal_var=True)",
                     "tWelch": we.statistic, "pWelch": we.pvalue,
                     "tWelchCall": "scipy.stats.ttest_ind(x, y, equal_var=False)"}
    data = {"x": rvec(x), "y": rvec(y)}
    r_call(case, f"k{next(key)}", "with(t.test(x, y, var.equal=TRUE), c(statistic, parameter, p.value, conf.int))",
           ["tEqual", "dfEqual", "pEqual", "ciEqualLow", "ciEqualHigh"], data)
    r_call(case, f"k{next(key)}", "with(t.test(x, y), c(statistic, parameter, p.value, conf.int))",
           ["tWelch", "dfWelch", "pWelch", "ciWelchLow", "ciWelchHigh"], data)
    r_call(case, f"k{next(key)}",
           "{g <- factor(rep(1:2, c(length(x), length(y)))); v <- c(x, y); "
           "a <- abs(v - ave(v, g)); with(oneway.test(a ~ g, var.equal=TRUE), c(statistic, p.value))}",
           ["leveneF", "leveneP"], data)
    cases["independentT"].append(case)

# --- One-way ANOVA and Kruskal-Wallis -------------------------------------------------------
for sizes, shifts, decimals in [([6, 7, 8], [0, 0.5, 1], 1), ([10, 10, 10, 10], [0, 0, 0.3, 0.8], 0),
                                ([5, 12], [0, 1.2], 1), ([4, 5, 6], [0, 2, 1], 0)]:
    groups = [np.round(rng.normal(20 + s, 2, n), decimals) for n, s in zip(sizes, shifts)]
    g_r = "list(" + ",".join(rvec(g) for g in groups) + ")"
    a = stats.f_oneway(*groups)
    k = stats.kruskal(*groups)
    case = {"groups": [g.tolist() for g in groups],
            "scipy": {"F": a.statistic, "p": a.pvalue, "call": "scipy.stats.f_oneway(*groups)"}}
    r_call(case, f"k{next(key)}",
           "{v <- unlist(gs); g <- factor(rep(seq_along(gs), lengths(gs))); "
           "with(oneway.test(v ~ g, var.equal=TRUE), c(statistic, parameter, p.value))}",
           ["F", "df1", "df2", "p"], {"gs": g_r})
    cases["anova"].append(case)
    case = {"groups": [g.tolist() for g in groups],
            "scipy": {"H": k.statistic, "p": k.pvalue, "call": "scipy.stats.kruskal(*groups)"}}
    r_call(case, f"k{next(key)}", "with(kruskal.test(gs), c(statistic, parameter, p.value))",
           ["H", "df", "p"], {"gs": g_r})
    cases["kruskal"].append(case)

# --- Pearson and Spearman ----------------------------------------------------------------
for n, rho, decimals in [(10, 0.5, 1), (25, -0.3, 0), (40, 0.8, 2), (6, 0.1, 0)]:
    x = rng.normal(0, 1, n)
    y = rho * x + math.sqrt(1 - rho * rho) * rng.normal(0, 1, n)
    x = np.round(x * 3 + 10, decimals)
    y = np.round(y * 3 + 10, decimals)
    pr = stats.pearsonr(x, y)
    sr = stats.spearmanr(x, y)
    case = {"x": x.tolist(), "y": y.tolist(),
            "scipy": {"r": pr[0], "pPearson": pr[1], "pearsonCall": "scipy.stats.pearsonr(x, y)",
                      "rho": sr.correlation, "pSpearman": sr.pvalue,
                      "spearmanCall": "scipy.stats.spearmanr(x, y)"}}
    data = {"x": rvec(x), "y": rvec(y)}
    r_call(case, f"k{next(key)}", "with(cor.test(x, y), c(estimate, statistic, parameter, p.value, conf.int))",
           ["r", "t", "df", "pPearson", "ciLow", "ciHigh"], data)
    r_call(case, f"k{next(key)}",
           "suppressWarnings(with(cor.test(x, y, method='spearman', exact=FALSE), c(estimate, p.value)))",
           ["rho", "pSpearman"], data)
    cases["correlation"].append(case)

# --- Odds ratio and risk ratio (SPSS Risk Estimate) ----------------------------------------
for t in [[[12, 5], [7, 14]], [[30, 10], [20, 25]], [[8, 2], [3, 9]], [[45, 55], [30, 70]]]:
    (a, b), (c, d) = t
    orr = contingency.odds_ratio(t, kind="sample")
    ci = orr.confidence_interval(0.95)
    rr1 = contingency.relative_risk(a, a + b, c, c + d)
    ci1 = rr1.confidence_interval(0.95)
    rr2 = contingency.relative_risk(b, a + b, d, c + d)
    ci2 = rr2.confidence_interval(0.95)
    case = {"table": t, "scipy": {
        "oddsRatio": orr.statistic, "orLow": ci.low, "orHigh": ci.high,
        "orCall": "scipy.stats.contingency.odds_ratio(table, kind='sample').confidence_interval(0.95)",
        "rrColumn1": rr1.relative_risk, "rr1Low": ci1.low, "rr1High": ci1.high,
        "rr1Call": "scipy.stats.contingency.relative_risk(a, a+b, c, c+d).confidence_interval(0.95)",
        "rrColumn2": rr2.relative_risk, "rr2Low": ci2.low, "rr2High": ci2.high,
        "rr2Call": "scipy.stats.contingency.relative_risk(b, a+b, d, c+d).confidence_interval(0.95)"}}
    data = {"a": a, "b": b, "c": c, "d": d}
    r_call(case, f"k{next(key)}",
           "{o <- a*d/(b*c); s <- sqrt(1/a+1/b+1/c+1/d); c(o, exp(log(o) + c(-1,1)*qnorm(0.975)*s))}",
           ["oddsRatio", "orLow", "orHigh"], data)
    r_call(case, f"k{next(key)}",
           "{r <- (a/(a+b))/(c/(c+d)); s <- sqrt(1/a - 1/(a+b) + 1/c - 1/(c+d)); "
           "c(r, exp(log(r) + c(-1,1)*qnorm(0.975)*s))}", ["rrColumn1", "rr1Low", "rr1High"], data)
    r_call(case, f"k{next(key)}",
           "{r <- (b/(a+b))/(d/(c+d)); s <- sqrt(1/b - 1/(a+b) + 1/d - 1/(c+d)); "
           "c(r, exp(log(r) + c(-1,1)*qnorm(0.975)*s))}", ["rrColumn2", "rr2Low", "rr2High"], data)
    cases["risk"].append(case)

# --- Sign test ---------------------------------------------------------------------------
for pos, neg in [(9, 2), (3, 3), (14, 4), (20, 12), (40, 22), (0, 7), (18, 10)]:
    n = pos + neg
    bt = stats.binomtest(pos, n, 0.5)
    case = {"positive": pos, "negative": neg,
            "scipy": {"exactP": bt.pvalue, "call": f"scipy.stats.binomtest({pos}, {n}, 0.5).pvalue"}}
    r_call(case, f"k{next(key)}", f"binom.test({pos}, {n})$p.value", ["exactP"])
    r_call(case, f"k{next(key)}", f"prop.test({pos}, {n}, correct=TRUE)$p.value", ["asymptoticP"])
    cases["signTest"].append(case)


# --- Stuart-Maxwell: R coin::mh_test, and the formula in numpy ---------------------------
def stuart_maxwell_numpy(t):
    t = np.array(t, dtype=float)
    k = t.shape[0]
    d = (t.sum(1) - t.sum(0))[: k - 1]
    s = np.zeros((k - 1, k - 1))
    for i in range(k - 1):
        for j in range(k - 1):
            s[i, j] = (t.sum(1)[i] + t.sum(0)[i] - 2 * t[i, i]) if i == j else -(t[i, j] + t[j, i])
    stat = float(d @ np.linalg.solve(s, d))
    return stat, float(stats.chi2.sf(stat, k - 1))


for t in [[[20, 3, 2], [5, 15, 4], [1, 6, 18]], [[10, 8, 1], [2, 12, 6], [0, 3, 9]],
          [[5, 6], [1, 8]], [[4, 2, 1, 0], [1, 6, 3, 1], [0, 2, 7, 4], [0, 1, 1, 5]]]:
    stat, p = stuart_maxwell_numpy(t)
    case = {"table": t, "numpy": {"statistic": stat, "p": p,
                                  "call": "d @ numpy.linalg.solve(S, d), chi2.sf(., k-1)"}}
    r_call(case, f"k{next(key)}",
           "suppressPackageStartupMessages({library(coin); r <- mh_test(as.table(t)); "
           "c(statistic(r), pvalue(r))})", ["statistic", "p"], {"t": rmat(t)})
    if len(t) == 2:
        r_call(case, f"k{next(key)}", "with(mcnemar.test(t, correct=FALSE), c(statistic, p.value))",
               ["mcnemarStatistic", "mcnemarP"], {"t": rmat(t)})
    cases["stuartMaxwell"].append(case)


# --- Hodges-Lehmann, one-sample / paired and two-sample, as R's wilcox.test prints ---------
def walsh_median(d):
    d = np.asarray(d)
    return float(np.median([(d[i] + d[j]) / 2 for i in range(len(d)) for j in range(i, len(d))]))


for d, label in [(np.round(rng.normal(1, 2, 9), 2), "untied"), (np.round(rng.normal(0.5, 1, 15), 2), "untied"),
                 (np.array([2, 1, 3, 0, 2, 1, -1, 2, 4, 1, 3, 2], float), "ties"),
                 (np.round(rng.normal(2, 3, 30), 1), "ties?"), (np.round(rng.normal(-1, 2, 60), 2), "large"),
                 (np.round(rng.normal(0.7, 2, 150), 0), "large with ties")]:
    case = {"d": d.tolist(), "python": {"estimate": walsh_median(d),
                                        "call": "numpy.median of the Walsh averages (d_i + d_j)/2, i <= j"}}
    data = {"d": rvec(d)}
    for exact, correct, name in [("NULL", "TRUE", "default"), ("FALSE", "TRUE", "asymptoticCorrected"),
                                 ("FALSE", "FALSE", "asymptotic")]:
        r_call(case, f"k{next(key)}",
               f"suppressWarnings(with(wilcox.test(d, conf.int=TRUE, exact={exact}, correct={correct}), "
               "c(estimate, conf.int)))", [f"{name}Estimate", f"{name}Low", f"{name}High"], data)
    cases["hodgesLehmann1"].append(case)

for x, y in [(np.round(rng.normal(12, 2, 8), 1), np.round(rng.normal(10, 2, 9), 1)),
             (np.round(rng.normal(5, 1, 14), 2), np.round(rng.normal(5.5, 1, 11), 2)),
             (np.array([3, 4, 4, 5, 2, 3, 5, 4], float), np.array([2, 3, 3, 1, 2, 4, 2], float)),
             (np.round(rng.normal(0, 1, 55), 2), np.round(rng.normal(0.4, 1, 52), 2)),
             (np.round(rng.normal(10, 3, 120), 0), np.round(rng.normal(11, 3, 110), 0))]:
    diffs = np.subtract.outer(x, y).flatten()
    case = {"x": x.tolist(), "y": y.tolist(),
            "python": {"estimate": float(np.median(diffs)),
                       "call": "numpy.median(numpy.subtract.outer(x, y))"}}
    data = {"x": rvec(x), "y": rvec(y)}
    for exact, correct, name in [("NULL", "TRUE", "default"), ("FALSE", "TRUE", "asymptoticCorrected"),
                                 ("FALSE", "FALSE", "asymptotic")]:
        r_call(case, f"k{next(key)}",
               f"suppressWarnings(with(wilcox.test(x, y, conf.int=TRUE, exact={exact}, correct={correct}), "
               "c(estimate, conf.int)))", [f"{name}Estimate", f"{name}Low", f"{name}High"], data)
    cases["hodgesLehmann2"].append(case)

# --- p from a printed statistic (statcheck's core) ----------------------------------------
for test, value, df1, df2 in [("t", 2.31, 28, None), ("t", -1.2, 9, None), ("t", 5.8, 60, None),
                              ("F", 4.12, 2, 45), ("F", 1.05, 3, 20), ("chi2", 6.63, 1, None),
                              ("chi2", 12.4, 4, None), ("z", -2.57, None, None), ("z", 1.1, None, None),
                              ("r", 0.42, 30, None), ("r", -0.15, 98, None)]:
    case = {"test": test, "value": value, "df1": df1, "df2": df2}
    if test == "t":
        expr, sp = f"2*pt(-abs({value}), {df1})", stats.t.sf(abs(value), df1) * 2
        spc = f"2*scipy.stats.t.sf(abs({value}), {df1})"
    elif test == "F":
        expr, sp = f"pf({value}, {df1}, {df2}, lower.tail=FALSE)", stats.f.sf(value, df1, df2)
        spc = f"scipy.stats.f.sf({value}, {df1}, {df2})"
    elif test == "chi2":
        expr, sp = f"pchisq({value}, {df1}, lower.tail=FALSE)", stats.chi2.sf(value, df1)
        spc = f"scipy.stats.chi2.sf({value}, {df1})"
    elif test == "z":
        expr, sp = f"2*pnorm(-abs({value}))", 2 * stats.norm.sf(abs(value))
        spc = f"2*scipy.stats.norm.sf(abs({value}))"
    else:
        tv = value * math.sqrt(df1 / (1 - value * value))
        expr = f"2*pt(-abs(({value})*sqrt({df1}/(1-({value})^2))), {df1})"
        sp, spc = 2 * stats.t.sf(abs(tv), df1), f"2*scipy.stats.t.sf(abs(r*sqrt(df/(1-r^2))), {df1})"
    case["scipy"] = {"p": sp, "call": spc}
    r_call(case, f"k{next(key)}", expr, ["p"])
    cases["pFromStatistic"].append(case)

# --- Run R once ------------------------------------------------------------------------
out = subprocess.run(["Rscript", "--vanilla", "-"], input="\n".join(r_lines), capture_output=True,
                     text=True)
if out.returncode != 0:
    sys.exit(out.stderr)
seen = set()
for line in out.stdout.splitlines():
    parts = line.split()
    if not parts or parts[0] not in r_targets:
        continue
    k, values = parts[0], [float(v) for v in parts[1:]]
    case, fields, expr = r_targets[k]
    if len(values) != len(fields):
        sys.exit(f"{k}: expected {len(fields)} values from {expr}, got {values}")
    for f, v in zip(fields, values):
        case["r"][f] = v
    seen.add(k)
missing = set(r_targets) - seen
if missing:
    sys.exit(f"R produced no output for {sorted(missing)[:5]}")


def plain(o):
    if isinstance(o, dict):
        return {k: plain(v) for k, v in o.items()}
    if isinstance(o, (list, tuple)):
        return [plain(v) for v in o]
    if isinstance(o, (np.floating, np.integer)):
        return o.item()
    return o


r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                           text=True, check=True).stdout
meta = {"generator": "tests/stats/reference/make_reference_19.py", "r": r_version,
        "scipy": scipy.__version__, "numpy": np.__version__}
OUT.write_text(json.dumps(plain({"meta": meta, **cases}), indent=1) + "\n")
print(f"wrote {OUT}: " + ", ".join(f"{k} {len(v)}" for k, v in cases.items()))
