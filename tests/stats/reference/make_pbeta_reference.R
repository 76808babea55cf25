# Reference values for the incomplete beta at shape parameters up to 1e9 (issue 20).
# Run: Rscript tests/stats/reference/make_pbeta_reference.R > tests/stats/reference/pbeta_reference.csv
# Each row: x, a, b, pbeta(x, a, b), pbeta(x, a, b, lower.tail = FALSE), both with 17 digits.
set.seed(20)
shapes <- c(0.5, 1, 3, 17.5, 150, 2e3, 2.5e4, 3e5, 4e6, 5e7, 1e9)
cat("x,a,b,lower,upper\n")
for (a in shapes) for (b in shapes) {
  m <- a / (a + b); s <- sqrt(a * b / ((a + b)^2 * (a + b + 1)))
  # points around the mean (where the continued fraction is slowest) and into both tails
  z <- c(-30, -8, -3, -1, -0.1, 0, 0.2, 1, 3, 8, 30)
  xs <- m + z * s
  xs <- xs[xs > 0 & xs < 1]
  xs <- unique(c(xs, runif(2)))
  for (x in xs) {
    lo <- pbeta(x, a, b); up <- pbeta(x, a, b, lower.tail = FALSE)
    if (lo > 1e-300 || up > 1e-300) cat(sprintf("%.17g,%.17g,%.17g,%.17g,%.17g\n", x, a, b, lo, up))
  }
}
