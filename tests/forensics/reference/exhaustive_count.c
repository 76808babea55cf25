/* Exhaustive count of frequency vectors of n values on 1..7 whose mean prints as M/100 and
   sample SD as SD/100 (spss), decided in exact integer arithmetic. */
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  long n = atol(argv[1]), M = atol(argv[2]), SD = atol(argv[3]);
  long count = 0;
  long nn1 = n * (n - 1);
  for (long a = 0; a <= n; a++)
  for (long b = 0; b <= n - a; b++)
  for (long c = 0; c <= n - a - b; c++)
  for (long d = 0; d <= n - a - b - c; d++)
  for (long e = 0; e <= n - a - b - c - d; e++)
  for (long f = 0; f <= n - a - b - c - d - e; f++) {
    long g = n - a - b - c - d - e - f;
    long S = a + 2*b + 3*c + 4*d + 5*e + 6*f + 7*g;
    /* mean S/n in [M - 1/2, M + 1/2) / 100  <=>  (2M - 1) n <= 200 S < (2M + 1) n */
    if (200 * S < (2*M - 1) * n || 200 * S >= (2*M + 1) * n) continue;
    long Q = a + 4*b + 9*c + 16*d + 25*e + 36*f + 49*g;
    long D = n * Q - S * S; /* variance = D / (n (n - 1)) */
    /* sd in [SD - 1/2, SD + 1/2) / 100  <=>  (2SD-1)^2 n(n-1) <= 40000 D < (2SD+1)^2 n(n-1) */
    if (40000 * D < (2*SD - 1) * (2*SD - 1) * nn1 || 40000 * D >= (2*SD + 1) * (2*SD + 1) * nn1) continue;
    count++;
  }
  printf("%ld\n", count);
  return 0;
}
