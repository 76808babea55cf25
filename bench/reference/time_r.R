# Times R on the benchmark inputs (bench/inputs.ts), read from stdin as "name v1 v2 ..." lines.
# Prints "id milliseconds" lines for tools/bench_report.ts. Run: Rscript time_r.R < inputs.txt
con <- file("stdin")
lines <- readLines(con)
close(con)
inputs <- list()
for (line in lines) {
  parts <- strsplit(line, " ")[[1]]
  inputs[[parts[1]]] <- as.numeric(parts[-1])
}
# Median wall time in ms of `reps` batches of `each` calls.
timed <- function(f, reps = 5, each = 1) {
  times <- replicate(reps, {
    start <- proc.time()[["elapsed"]]
    for (i in seq_len(each)) f()
    (proc.time()[["elapsed"]] - start) / each
  })
  1000 * median(times)
}
d <- inputs$after1000 - inputs$before1000
v <- sum(rank(abs(d))[d > 0])
# wilcox.test(..., exact = TRUE) makes this one call for a two-sided p.
cat("psignrank_1000", timed(function() psignrank(v, 1000)), "\n")
u <- sum(rank(c(inputs$x200u, inputs$y200u))[1:200]) - 200 * 201 / 2
cat("pwilcox_200", timed(function() pwilcox(u, 200, 200), reps = 1), "\n")
x <- inputs$sw5000
cat("shapiro_5000", timed(function() shapiro.test(x), reps = 5, each = 100), "\n")
