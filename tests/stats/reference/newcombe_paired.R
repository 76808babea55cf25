# Newcombe (1998) method 10 as implemented by K. Rufibach, biostatUZH::confIntPairedProportion
# (R-Forge ebuzh, pkg/biostatUZH/R/confIntPairedProportion.R), with its wilson() helper; an
# independent implementation used as the reference for lib/stats/paired_proportion_ci.ts.
wilson <- function(x, n, conf.level) { z <- qnorm(1-(1-conf.level)/2); p <- x/n; c((2*x+z^2 - z*sqrt(z^2+4*x*(1-p)))/(2*(n+z^2)), p, (2*x+z^2 + z*sqrt(z^2+4*x*(1-p)))/(2*(n+z^2))) }
confIntPairedProportion <- function(x, conf.level = 0.95){
    r <- x[1, 1]; s <- x[1, 2]; t <- x[2, 1]; u <- x[2, 2]; n <- r + s + t + u
    p1 <- (r + s) / n; p2 <- (r + t) / n; D <- p1 - p2
    ci1 <- wilson(x = r + s, n = n, conf.level = conf.level); ci2 <- wilson(x = r + t, n = n, conf.level = conf.level)
    l1 <- ci1[1]; u1 <- ci1[3]; l2 <- ci2[1]; u2 <- ci2[3]
    phi <- 0
    if (max(r + s, t + u, r + t, s + u) > 0){ A <- (r + s) * (t + u) * (r + t) * (s + u); B <- r * u - s * t; C <- 0
        if (B > n / 2){C <- B - n / 2}; if (B < 0){C <- B}; phi <- C / sqrt(A) }
    c(D - sqrt((p1 - l1) ^ 2 - 2 * phi * (p1 - l1) * (u2 - p2) + (u2 - p2) ^ 2), D + sqrt((p2 - l2) ^ 2 - 2 * phi * (p2 - l2) * (u1 - p1) + (u1 - p1) ^ 2))
}
# Rscript tests/stats/reference/newcombe_paired.R prints -rev(CI) (after - before) for each table
for (m in list(c(6,0,7,2), c(1,5,12,2), c(0,6,13,0), c(12,2,9,13))) { x <- matrix(m, 2, byrow=TRUE); ci <- confIntPairedProportion(x); cat(sprintf("%.10f %.10f\n", -ci[2], -ci[1])) }
