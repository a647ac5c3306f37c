/* critical_curve.c - whether a critical point found lies on a curve
 * or surface of critical points: Newton started a little way off along
 * a null direction of its Hessian stays there (where ∇f is 0 to
 * rounding) instead of coming back, beyond the point's own uncertainty
 * and not on another point found. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "critical_impl.h"
#include "linalg.h"

/* Whether each component of ∇f at x (g) is within 16 times the bound
 * on its rounding error there: 0 as far as the arithmetic tells.  (A
 * norm below 10^-8 alone says nothing when f itself is that small.) */
static int
grad_rounding_level(const struct critical_search *s, const double *x,
    const double *g)
{
	double t;
	int i;

	for (i = 0; i < s->n; i++) {
		critical_rounding_error(s->grad[i], x, &t);
		if (isfinite(t) && fabs(g[i]) > 16 * t + 1e-300)
			return 0;
	}
	return 1;
}

/* Whether x is within r of a critical point found other than p: Newton
 * started off p that lands there shows another point, not a curve. */
static int
near_found(const struct critical_search *s, const critical_point *p,
    const double *x, double r)
{
	double d[EXPR_MAX_VARS], e[EXPR_MAX_VARS];
	int i, j, n = s->n;

	for (j = 0; j < s->npts; j++) {
		for (i = 0; i < n; i++) {
			d[i] = x[i] - s->pts[(size_t)j * n + i];
			e[i] = p->x[i] - s->pts[(size_t)j * n + i];
		}
		if (linalg_norm(d, n) < r && linalg_norm(e, n) >= r)
			return 1;
	}
	return 0;
}

/* Whether the critical point p (with a singular Hessian) lies on a
 * curve or surface of critical points: Newton started a little way off
 * along a null direction of the Hessian stays there instead of coming
 * back. */
int
critical_not_isolated(const struct critical_search *s, const critical_point *p)
{
	double ev[EXPR_MAX_VARS], vec[EXPR_MAX_VARS * EXPR_MAX_VARS];
	double x[EXPR_MAX_VARS], d[EXPR_MAX_VARS], g[EXPR_MAX_VARS], eps;
	int i, k, n = s->n;

	if (linalg_sym_eigen(p->hessian, n, ev, vec) < 0)
		return 0;
	/* a thousandth of the box, however small the box (in a box of
	 * width 0.02 a step of 10^-3 reaches the next critical point), and
	 * 4 times the point's own uncertainty: Newton that stops within
	 * it (the rounding noise around a root of high multiplicity of an
	 * expanded ∇f, -(z + 4)^8 multiplied out) shows no curve */
	if (s->poly && n == 1)
		return 0;	/* f' of a polynomial vanishes on no interval
				   unless f is constant */
	/* (the uncertainty of an exact point too, up to 3 variables: the
	 * noise of ∇f around the exact -4 of -(z + 4)^8 expanded is no
	 * less than around an inexact one) */
	for (i = 0; i < n; i++)
		d[i] = 0;
	if (p->exact && n <= 3) {
		critical_uncertainty(s, p->x, d);
		/* (not when it is as wide as the box: along a line of
		 * critical points ∇f is 0, so that is no noise) */
		if (!(4 * linalg_norm(d, n) <= 0.1 * s->width))
			for (i = 0; i < n; i++)
				d[i] = 0;
	}
	for (i = 0; i < n; i++)
		d[i] = fmax(d[i], p->exact ? 0 : p->err[i]);
	eps = fmax(1e-3 * s->width, 4 * linalg_norm(d, n));
	if (!(eps <= 0.1 * s->width))
		return 0;
	for (k = 0; k < n; k++) {
		if (p->eig[k] != 0)	/* same order: both ascending */
			continue;
		for (i = 0; i < n; i++)
			x[i] = p->x[i] + eps * vec[i * n + k];
		/* Newton refuses a point where f is flat along a direction
		 * (as on a curve of critical points): then ∇f tiny close by
		 * is enough */
		if (!critical_newton(s, x) && (critical_grad_at(s, x, g) < 0 ||
		    linalg_norm(g, n) > 1e-8 * s->gscale ||
		    !grad_rounding_level(s, x, g)))
			continue;
		/* Newton that stops where ∇f is not 0 to rounding says
		 * nothing (its bounds are absolute: in a box of width
		 * 2·10^-7 a step of 10^-10 is "small"; from 2e-5 off
		 * -(x + 3/2000)^8 it stopped 1.5e-5 off) */
		if (critical_grad_at(s, x, g) < 0 ||
		    !grad_rounding_level(s, x, g))
			continue;
		for (i = 0; i < n; i++)
			d[i] = x[i] - p->x[i];
		if (linalg_norm(d, n) > eps / 2 && linalg_norm(d, n) < 10 * eps
		    && !near_found(s, p, x, eps / 2))
			return 1;
	}
	return 0;
}
