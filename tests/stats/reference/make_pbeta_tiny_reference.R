# Reference values for the incomplete beta at tiny shape parameters (mass piled at an end).
# Run: Rscript tests/stats/reference/make_pbeta_tiny_reference.R > tests/stats/reference/pbeta_tiny_reference.csv
cat("x,a,b,lower,upper\n")
for (a in c(1e-8, 1e-5, 1e-3, 0.05, 0.2)) for (b in c(1e-6, 0.2, 3, 1e4, 1e7))
  for (x in c(1e-300, 1e-10, 1e-3, 0.3, 0.7, 0.999, 1 - 1e-9)) {
    for (ab in list(c(a, b), c(b, a))) {
      lo <- pbeta(x, ab[1], ab[2]); up <- pbeta(x, ab[1], ab[2], lower.tail = FALSE)
      cat(sprintf("%.17g,%.17g,%.17g,%.17g,%.17g\n", x, ab[1], ab[2], lo, up))
    }
  }
