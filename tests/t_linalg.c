/* t_linalg.c - tests for the small dense linear algebra. */
#include "config.h"

#include <math.h>
#include <stdint.h>

#include "core/linalg.h"
#include "tap.h"

static uint64_t rng_state = 88172645463325252ULL;

/* A pseudo-random double in [-1, 1) (xorshift64). */
static double
rnd(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (double)(rng_state >> 11) / 9007199254740992.0 * 2 - 1;
}

/* Check eigenvalues and eigenvectors of a random symmetric n×n matrix:
 * sorted, A v = λ v, V orthonormal, sum = trace, product = det. */
static void
check_random_sym(int n)
{
	double a[LINALG_MAX_N * LINALG_MAX_N] = { 0 };
	double v[LINALG_MAX_N * LINALG_MAX_N];
	double ev[LINALG_MAX_N], col[LINALG_MAX_N], av[LINALG_MAX_N];
	double worst = 0, orth = 0, trace = 0, sum = 0, prod = 1, d, r;
	int i, j, k, sorted = 1;

	for (i = 0; i < n; i++)
		for (j = 0; j <= i; j++)
			a[i * n + j] = a[j * n + i] = rnd() * 10;
	ok(linalg_sym_eigen(a, n, ev, v) == 0, "random %dx%d: eigen ok", n, n);
	for (k = 0; k < n; k++) {
		if (k > 0 && ev[k] < ev[k - 1])
			sorted = 0;
		for (i = 0; i < n; i++)
			col[i] = v[i * n + k];
		linalg_matvec(a, col, av, n);
		for (i = 0; i < n; i++) {
			r = fabs(av[i] - ev[k] * col[i]);
			if (r > worst)
				worst = r;
		}
		for (j = 0; j < n; j++) {
			d = 0;
			for (i = 0; i < n; i++)
				d += v[i * n + k] * v[i * n + j];
			d -= j == k;
			if (fabs(d) > orth)
				orth = fabs(d);
		}
		sum += ev[k];
		prod *= ev[k];
		trace += a[k * n + k];
	}
	ok(sorted, "random %dx%d: eigenvalues ascending", n, n);
	ok(worst < 1e-9, "random %dx%d: A v = lambda v (residual %g)", n, n,
	    worst);
	ok(orth < 1e-12, "random %dx%d: eigenvectors orthonormal (%g)", n, n,
	    orth);
	is_num(sum, trace, 1e-10, "random: sum of eigenvalues = trace");
	is_num(prod, linalg_det(a, n), 1e-8, "random: product = det");
}

/* Solve a random n×n system and check the residual. */
static void
check_random_solve(int n)
{
	double a[LINALG_MAX_N * LINALG_MAX_N] = { 0 }, b[LINALG_MAX_N];
	double x[LINALG_MAX_N], xt[LINALG_MAX_N] = { 0 }, ax[LINALG_MAX_N];
	double err = 0;
	int i, j;

	for (i = 0; i < n; i++) {
		xt[i] = rnd() * 5;
		for (j = 0; j < n; j++)
			a[i * n + j] = rnd() + (i == j ? 3 : 0);
	}
	linalg_matvec(a, xt, b, n);
	ok(linalg_solve(a, b, x, n) == 0, "random %dx%d: solve ok", n, n);
	linalg_matvec(a, x, ax, n);
	for (i = 0; i < n; i++)
		if (fabs(x[i] - xt[i]) > err)
			err = fabs(x[i] - xt[i]);
	ok(err < 1e-10, "random %dx%d: solution recovered (%g)", n, n, err);
}

int
main(void)
{
	double v34[2] = { 3, 4 }, big[2] = { 1e200, 1e200 };
	double tiny[2] = { 3e-200, 4e-200 }, bad[2] = { 1, NAN };
	double diag[4] = { 6, 0, 0, 2 };
	double himm[4] = { 74, 20, 20, 34 };
	double rosen[4] = { 802, -400, -400, 200 };
	double tri[9] = { 2, -1, 0, -1, 2, -1, 0, -1, 2 };
	double sing[4] = { 1, 2, 2, 4 };
	double sys[9] = { 2, 1, -1, -3, -1, 2, -2, 1, 2 };
	double rhs[3] = { 8, -11, -3 };
	double m12[4] = { 1, 2, 3, 4 };
	double perm[9] = { 0, 1, 0, 1, 0, 0, 0, 0, 1 };
	double zero1[1] = { 0 };
	double ev[3], vec[9], x[3];
	int n;

	rng_state = tap_seed(rng_state);
	is_num(linalg_norm(v34, 2), 5, 1e-15, "norm (3,4) = 5");
	is_num(linalg_norm(big, 2), sqrt(2) * 1e200, 1e-15,
	    "norm without overflow");
	is_num(linalg_norm(tiny, 2) / 1e-200, 5, 1e-15,
	    "norm without underflow");
	ok(isnan(linalg_norm(bad, 2)), "norm of a NaN is NaN");
	is_num(linalg_dot(v34, v34, 2), 25, 0, "dot");

	ok(linalg_sym_eigen(diag, 2, ev, vec) == 0, "diag: eigen ok");
	is_num(ev[0], 2, 1e-15, "diag(6,2): smallest eigenvalue 2");
	is_num(ev[1], 6, 1e-15, "diag(6,2): largest eigenvalue 6");
	is_num(fabs(vec[1 * 2 + 0]), 1, 1e-15, "eigenvector of 2 is e2");
	is_num(fabs(vec[0 * 2 + 1]), 1, 1e-15, "eigenvector of 6 is e1");

	/* Himmelblau's Hessian at (3, 2): 54 ± 20√2 (PEDAGOGY lesson 14). */
	linalg_sym_eigen(himm, 2, ev, NULL);
	is_num(ev[0], 54 - 20 * sqrt(2), 1e-13, "Himmelblau (3,2): 25.72");
	is_num(ev[1], 54 + 20 * sqrt(2), 1e-13, "Himmelblau (3,2): 82.28");

	/* Rosenbrock at (1,1): trace 1002, det 400. */
	linalg_sym_eigen(rosen, 2, ev, NULL);
	is_num(ev[0], 501 - sqrt(250601), 1e-10, "Rosenbrock: small eigenvalue");
	is_num(ev[1], 501 + sqrt(250601), 1e-13, "Rosenbrock: large eigenvalue");
	is_num(ev[1] / ev[0], 2508, 1e-3, "Rosenbrock: condition about 2508");

	linalg_sym_eigen(tri, 3, ev, vec);
	is_num(ev[0], 2 - sqrt(2), 1e-14, "tridiagonal: 2 - sqrt 2");
	is_num(ev[1], 2, 1e-14, "tridiagonal: 2");
	is_num(ev[2], 2 + sqrt(2), 1e-14, "tridiagonal: 2 + sqrt 2");
	/* The eigenvector of 2 is (1, 0, -1)/√2 up to sign. */
	is_num(fabs(vec[0 * 3 + 1]), 1 / sqrt(2), 1e-14, "tridiagonal: v(2)_1");
	is_num(fabs(vec[1 * 3 + 1]), 0, 1e-14, "tridiagonal: v(2)_2");

	ok(linalg_sym_eigen(bad, 1, ev, NULL) == 0, "1x1 eigen");
	ok(linalg_sym_eigen(diag, 0, ev, NULL) == -1, "n = 0 rejected");
	ok(linalg_sym_eigen(diag, 33, ev, NULL) == -1, "n = 33 rejected");
	{
		double nanm[4] = { 1, NAN, NAN, 1 };
		ok(linalg_sym_eigen(nanm, 2, ev, NULL) == -1 && isnan(ev[0]),
		    "NaN entries rejected");
	}

	/* 2x + y - z = 8, -3x - y + 2z = -11, -2x + y + 2z = -3: (2, 3, -1). */
	ok(linalg_solve(sys, rhs, x, 3) == 0, "solve 3x3 ok");
	is_num(x[0], 2, 1e-14, "solve: x = 2");
	is_num(x[1], 3, 1e-14, "solve: y = 3");
	is_num(x[2], -1, 1e-14, "solve: z = -1");
	ok(linalg_solve(sing, rhs, x, 2) == -1, "singular system: -1");
	ok(linalg_solve(zero1, rhs, x, 1) == -1, "zero 1x1: -1");
	{
		double b2[2] = { 5, 6 };
		ok(linalg_solve(m12, b2, b2, 2) == 0, "solve in place");
		/* x + 2y = 5, 3x + 4y = 6: x = -4, y = 4.5 */
		is_num(b2[0], -4, 1e-14, "in place: x = -4");
		is_num(b2[1], 4.5, 1e-14, "in place: y = 4.5");
	}

	is_num(linalg_det(m12, 2), -2, 1e-15, "det [[1,2],[3,4]] = -2");
	is_num(linalg_det(perm, 3), -1, 0, "det of a swap = -1");
	is_num(linalg_det(sing, 2), 0, 0, "det of a singular matrix = 0");
	is_num(linalg_det(sys, 3), -1, 1e-14, "det of the 3x3 system = -1");
	is_num(linalg_det(tri, 3), 4, 1e-14, "det tridiagonal = 4");

	for (n = 1; n <= LINALG_MAX_N; n *= 2)
		check_random_sym(n);
	check_random_sym(LINALG_MAX_N - 1);
	for (n = 1; n <= LINALG_MAX_N; n *= 2)
		check_random_solve(n);
	return tap_done();
}
