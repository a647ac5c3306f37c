/* bench_collect.c - collecting like terms as a sum grows (issue 18).
 *
 * A sum of n monomials x^1 + ... + x^n, each twice in a shuffled order,
 * is simplified for n from 1000 to 16000: the time (best of 5), the
 * comparisons the simplifier counts (expr_work), and comparisons per
 * n log2 n, which stays flat when collection is O(n log n).  Run with
 * `make bench` or bench/bench_collect; under callgrind for instruction
 * counts (doc/BENCHMARKS.md). */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "core/expr.h"

/* Seconds on a monotonic clock. */
static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* The sum of 2n terms k·x^k and x^k (k = 1..n) in a shuffled order
 * (fixed seed); the caller frees it. */
static expr *
build(int n)
{
	expr *e = expr_nary(EXPR_ADD, 2 * n);
	int *p = malloc((size_t)(2 * n) * sizeof *p), i;
	unsigned long s = 12345;

	if (p == NULL)
		abort();
	for (i = 0; i < 2 * n; i++)
		p[i] = i;
	for (i = 2 * n - 1; i > 0; i--) {
		int j, t;
		s = s * 6364136223846793005UL + 1442695040888963407UL;
		j = (int)((s >> 33) % (unsigned long)(i + 1));
		t = p[i];
		p[i] = p[j];
		p[j] = t;
	}
	for (i = 0; i < 2 * n; i++) {
		int k = p[i] / 2 + 1;
		expr *t = expr_pow(expr_var(0), expr_int(k));
		e->args[i] = p[i] % 2 ? t : expr_mul(expr_int(k), t);
	}
	free(p);
	return e;
}

int
main(int argc, char **argv)
{
	int n, r, once = argc > 1;

	(void)argv;

	printf("%8s %10s %12s %14s\n", "terms", "ms", "comparisons",
	    "per n log2 n");
	for (n = 1000; n <= 16000; n *= 2) {
		double best = 1e9;
		expr_work w = { 0, 0 };
		for (r = 0; r < (once ? 1 : 5); r++) {
			expr *e = build(n);
			double t0 = now();
			w.steps = w.cmps = 0;
			expr_free(expr_simplify_counted(e, 0, &w));
			if (now() - t0 < best)
				best = now() - t0;
		}
		printf("%8d %10.2f %12lu %14.2f\n", 2 * n, best * 1e3, w.cmps,
		    (double)w.cmps / (2.0 * n * log2(2.0 * n)));
	}
	return 0;
}
