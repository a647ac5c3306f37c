/* descent_quad.c - what the Hessian says about descent on a quadratic:
 * its eigenvalues, the stable and best step sizes, the error factor. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "critical.h"
#include "descent.h"
#include "linalg.h"
#include "num.h"

/* Whether the quadratic f (Hessian eigenvalues eig, eigenvectors as the
 * columns of vec, 0 below tol) with a positive semidefinite Hessian H
 * has a minimum: ∇f = Hx + b is 0 somewhere exactly when b = ∇f(0) has
 * no part along the eigenvectors of eigenvalue 0 (x^2 + y has none:
 * ∇f = (2x, 1)). */
static int
has_minimum(const expr *f, int nvars, const double *eig, const double *vec,
    double tol)
{
	expr **g = expr_gradient(f, nvars);
	num zero[EXPR_MAX_VARS], v;
	double b[EXPR_MAX_VARS], c, bn;
	int i, k, ok = 1;

	for (i = 0; i < nvars; i++)
		zero[i] = num_int(0);
	for (i = 0; i < nvars; i++) {
		if (expr_eval_num(g[i], zero, &v, NULL) < 0)
			ok = 0;
		b[i] = v.v;
	}
	expr_free_array(g, nvars);
	if (!ok)
		return 0;
	bn = linalg_norm(b, nvars);
	for (k = 0; k < nvars; k++) {
		if (fabs(eig[k]) > tol)
			continue;
		c = 0;
		for (i = 0; i < nvars; i++)
			c += vec[i * nvars + k] * b[i];
		if (fabs(c) > 1e-12 * (bn + fabs(eig[nvars - 1])))
			return 0;
	}
	return 1;
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
	if (q->lmin > tol)
		q->definite = 1;
	else if (q->lmin >= -tol && q->lmax > tol &&
	    has_minimum(f, nvars, q->eig, vec, tol))
		q->definite = 0;
	else
		q->definite = -1;
	q->gamma_max = q->lmax > tol ? 2 / q->lmax : NAN;
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
	double m = 0, v, tol;
	int i;

	tol = CRITICAL_ZERO_TOL * fmax(fabs(q->lmin), fabs(q->lmax));
	for (i = 0; i < q->n; i++) {
		if (fabs(q->eig[i]) <= tol)
			continue;
		v = fabs(1 - gamma * q->eig[i]);
		if (v > m)
			m = v;
	}
	return m;
}
