# Clopper-Pearson limits at n >= 1e5 (issue 20: 27 of 225 were wrong before the new beta).
# The limits are binom.test(k, n, conf.level = conf)$conf.int, written out as binom.test
# computes them (qbeta), because binom.test's own p-value sums are slow at n = 1e9.
# Run: Rscript tests/stats/reference/make_clopper_pearson_reference.R > tests/stats/reference/clopper_pearson_reference.csv
set.seed(708)
cat("k,n,confidence,lower,upper\n")
ns <- c(1e5, 2e5, 5e5, 1e6, 3e6, 1e7, 3e7, 1e8, 1e9)
for (n in ns) for (i in 1:25) {
  k <- if (i <= 3) c(0, 1, n)[i] else round(runif(1) * n)
  conf <- c(0.8, 0.9, 0.95, 0.99)[(i %% 4) + 1]
  alpha <- 1 - conf
  lower <- if (k == 0) 0 else qbeta(alpha / 2, k, n - k + 1)
  upper <- if (k == n) 1 else qbeta(1 - alpha / 2, k + 1, n - k)
  cat(sprintf("%.0f,%.0f,%.2f,%.17g,%.17g\n", k, n, conf, lower, upper))
}
