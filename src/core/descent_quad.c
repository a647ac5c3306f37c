/* descent_quad.c - what the Hessian says about descent on a quadratic:
 * its eigenvalues, the stable and best step sizes, the error factor. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "critical.h"
#include "descent.h"
#include "linalg.h"
#include "num.h"

/* The exact inertia of the symmetric matrix h (n*n exact nums) by
 * symmetric elimination (a congruence, so the signs of the pivots are
 * those of the eigenvalues, Sylvester's law): the number of zero
 * eigenvalues in *nzero, 1 in *neg when one is negative, and in *solv
 * whether h x = b has a solution (b exact, n of them).  Returns 0, or
 * -1 when a number left 64 bits (nothing is then known). */
static int
exact_inertia(const num *h, const num *b, int n, int *nzero, int *neg,
    int *solv)
{
	num a[EXPR_MAX_VARS * EXPR_MAX_VARS], r[EXPR_MAX_VARS], t, l;
	int i, j, k, p;

	*nzero = 0;
	*neg = 0;
	*solv = 1;
	memcpy(a, h, sizeof(num) * n * n);
	memcpy(r, b, sizeof(num) * n);
	for (k = 0; k < n; k++) {
		for (p = k; p < n && num_is_zero(a[p * n + p]); p++)
			;
		if (p == n) {
			/* every diagonal entry left is 0; an entry a_ij
			 * off it makes row and column i plus j a pivot
			 * 2a_ij (a congruence too) */
			for (i = k; i < n; i++)
				for (j = k; j < n; j++)
					if (i != j && !num_is_zero(a[i * n + j]))
						goto combine;
			/* none: these eigenvalues are 0, and b must be 0
			 * there too */
			for (i = k; i < n; i++)
				if (!num_is_zero(r[i]))
					*solv = 0;
			*nzero = n - k;
			return 0;
		combine:
			for (p = 0; p < n; p++)
				a[i * n + p] = num_add(a[i * n + p],
				    a[j * n + p]);
			for (p = 0; p < n; p++)
				a[p * n + i] = num_add(a[p * n + i],
				    a[p * n + j]);
			r[i] = num_add(r[i], r[j]);
			if (!a[i * n + i].exact || !r[i].exact)
				return -1;
			p = i;
		}
		/* swap p and k, rows and columns */
		for (j = 0; j < n; j++) {
			t = a[p * n + j];
			a[p * n + j] = a[k * n + j];
			a[k * n + j] = t;
		}
		for (i = 0; i < n; i++) {
			t = a[i * n + p];
			a[i * n + p] = a[i * n + k];
			a[i * n + k] = t;
		}
		t = r[p];
		r[p] = r[k];
		r[k] = t;
		if (num_is_negative(a[k * n + k]))
			*neg = 1;
		for (i = k + 1; i < n; i++) {
			l = num_div(a[i * n + k], a[k * n + k]);
			for (j = k; j < n; j++)
				a[i * n + j] = num_sub(a[i * n + j],
				    num_mul(l, a[k * n + j]));
			r[i] = num_sub(r[i], num_mul(l, r[k]));
			for (j = k; j < n; j++)
				if (!a[i * n + j].exact)
					return -1;
			if (!l.exact || !r[i].exact)
				return -1;
		}
	}
	return 0;
}

/* Decide q->definite and q->nzero exactly from the exact Hessian hq and
 * f's gradient at 0 (the linear part b): ∇f = Hx + b is 0 somewhere
 * exactly when Hx = -b has a solution.  Returns 0, or -1 when a
 * number is not exact (then nothing is decided). */
static int
decide_exactly(const expr *f, int nvars, const num *hq, descent_quad *q)
{
	expr **g;
	num zero[EXPR_MAX_VARS], b[EXPR_MAX_VARS];
	int i, ok = 1, nz, neg, solv;

	for (i = 0; i < nvars * nvars; i++)
		if (!hq[i].exact)
			return -1;
	g = expr_gradient(f, nvars);
	for (i = 0; i < nvars; i++)
		zero[i] = num_int(0);
	for (i = 0; i < nvars; i++) {
		if (expr_eval_num(g[i], zero, &b[i], NULL) < 0 ||
		    !b[i].exact)
			ok = 0;
		else
			b[i] = num_neg(b[i]);
	}
	expr_free_array(g, nvars);
	if (!ok || exact_inertia(hq, b, nvars, &nz, &neg, &solv) != 0)
		return -1;
	q->nzero = nz;
	q->critical = solv;
	/* a constant (nz == nvars, ∇f = 0 everywhere) is its own valley
	 * of minima: every point is one */
	q->definite = neg ? -1 : nz == 0 ? 1 : solv ? 0 : -1;
	return 0;
}

/* Whether eigenvalue i of q counts as 0: one of the q->nzero smallest
 * in size. */
static int
zero_eigen(const descent_quad *q, int i)
{
	int j, below = 0;

	for (j = 0; j < q->n; j++)
		if (fabs(q->eig[j]) < fabs(q->eig[i]) ||
		    (j < i && fabs(q->eig[j]) == fabs(q->eig[i])))
			below++;
	return below < q->nzero;
}

/* A size below which |λ| counts as 0 for q (between the q->nzero
 * smallest eigenvalues in size and the others). */
double
descent_quad_zero_tol(const descent_quad *q)
{
	double z = 0, nzmin = INFINITY;
	int i;

	for (i = 0; i < q->n; i++) {
		if (zero_eigen(q, i))
			z = fmax(z, fabs(q->eig[i]));
		else
			nzmin = fmin(nzmin, fabs(q->eig[i]));
	}
	return isinf(nzmin) ? z : (z + nzmin) / 2;
}

/* Whether f is a quadratic (constant Hessian); fill q. */
int
descent_quadratic(const expr *f, int nvars, descent_quad *q)
{
	expr **h;
	double hm[EXPR_MAX_VARS * EXPR_MAX_VARS], tol;
	double vec[EXPR_MAX_VARS * EXPR_MAX_VARS];
	num hq[EXPR_MAX_VARS * EXPR_MAX_VARS];
	int i, quad = 1;

	memset(q, 0, sizeof *q);
	q->critical = -1;
	if (nvars < 1 || nvars > EXPR_MAX_VARS || !expr_is_polynomial(f))
		return 0;
	h = critical_hessian(f, nvars);
	for (i = 0; i < nvars * nvars; i++) {
		if (!expr_is_num(h[i])) {
			quad = 0;
			break;
		}
		hm[i] = h[i]->n.v;
		hq[i] = h[i]->n;
	}
	expr_free_array(h, nvars * nvars);
	if (!quad)
		return 0;
	q->n = nvars;
	linalg_sym_eigen(hm, nvars, q->eig, vec);
	critical_snap_eigen(hq, nvars, q->eig);
	q->lmin = q->eig[0];
	q->lmax = q->eig[nvars - 1];
	tol = CRITICAL_ZERO_TOL * fmax(fabs(q->lmin), fabs(q->lmax));
	if (decide_exactly(f, nvars, hq, q) == 0) {
		/* 2e-12 is no zero eigenvalue, exactly; the zero ones are
		 * shown as 0 */
		for (i = 0; i < nvars; i++)
			if (zero_eigen(q, i))
				q->eig[i] = 0;
		q->lmin = q->eig[0];
		q->lmax = q->eig[nvars - 1];
	} else if (q->lmin > tol)
		q->definite = 1;
	else if (q->lmin < -tol)
		q->definite = -1;
	else
		/* an inexact Hessian with an eigenvalue within rounding of
		 * 0: whether f has a minimum cannot be told, so nothing is
		 * claimed */
		return 0;
	if (q->nzero == 0 && q->definite != 1)
		for (i = 0; i < nvars; i++)
			q->nzero += fabs(q->eig[i]) <= tol;
	q->gamma_max = q->lmax > 0 && !zero_eigen(q, nvars - 1) ?
	    2 / q->lmax : NAN;
	if (q->definite == 1) {
		q->gamma_best = 2 / (q->lmin + q->lmax);
		q->rate_best = (q->lmax - q->lmin) / (q->lmax + q->lmin);
	} else {
		q->gamma_best = NAN;
		q->rate_best = NAN;
	}
	return 1;
}

/* max |1 - γλ| over the nonzero eigenvalues: along a zero eigenvalue f
 * is flat, nothing there has to shrink. */
double
descent_quad_factor(const descent_quad *q, double gamma)
{
	double m = 0, v;
	int i;

	for (i = 0; i < q->n; i++) {
		if (zero_eigen(q, i))
			continue;
		v = fabs(1 - gamma * q->eig[i]);
		if (v > m)
			m = v;
	}
	return m;
}
