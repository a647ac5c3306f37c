/* check_critical_zero.c - whether a claimed critical point is one as
 * far as doubles can tell: ∇f 0 within what the point as written and
 * rounding explain, lost in its own rounding error (neither 0 nor not
 * 0 can be told), or a component that only underflows; and whether two
 * claimed points near one found are two critical points, or a claimed
 * point near one found only by the figures asked is one of its own. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "check_impl.h"
#include "critical.h"
#include "critical_impl.h"
#include "num.h"

/* The component of ∇f (not 0 as an expression) that is exactly 0 at
 * x and all around it, a little way off along every axis and the
 * diagonals (1, 1, ...) and (1, -1, ...) both ways (1/cosh(x)² at
 * x = 450: positive, but below the smallest double), or -1: such a
 * point is no critical point (component_underflows of
 * critical_newton.c agrees). */
int
check_crit_underflowed(const check_fn *c, const double *x)
{
	double y[EXPR_MAX_VARS];
	int j, d, sgn, flat, n = c->n;

	if (n > EXPR_MAX_VARS)
		return -1;
	for (j = 0; j < n; j++) {
		if ((c->grad[j]->kind == EXPR_NUM && num_is_zero(
		    c->grad[j]->n)) || check_ev(c->grad[j], x, n) != 0)
			continue;
		flat = 1;
		for (d = 0; d < n + 2 && flat; d++)
			for (sgn = -1; sgn <= 1 && flat; sgn += 2) {
				critical_probe(x, n, d, sgn, y);
				flat = check_ev(c->grad[j], y, n) == 0;
			}
		if (flat)
			return j;
	}
	return -1;
}

/* Half a unit in the last digit of x as written (its shortest
 * decimal): 0.005 for 2.14, 5e-17 for 1.4142135623730951, 0 for 0. */
double
check_crit_half_unit(double x)
{
	char	buf[40], *e;
	int	digits = 0, i, ex;

	if (x == 0 || !isfinite(x))
		return 0;
	num_format_exact(x, buf, sizeof buf);
	e = strpbrk(buf, "eE");
	for (i = 0; buf[i] != '\0' && &buf[i] != e; i++)
		if (buf[i] >= '0' && buf[i] <= '9' && (digits > 0 ||
		    buf[i] != '0'))
			digits++;
	/* trailing zeros of a whole number are not digits written */
	if (e == NULL && strchr(buf, '.') == NULL)
		for (i = (int)strlen(buf) - 1; i > 0 && buf[i] == '0' &&
		    digits > 1; i--)
			digits--;
	ex = (int)floor(log10(fabs(x)));
	return 0.5 * pow(10, ex - digits + 1);
}

/* Whether ∇f at the claimed point x (g there) is 0 as far as can be
 * told: below 1e-9 times the scale (the largest |x_j|, at least 1), and
 * each |g_i| at most Σ_j |H_ij|·δ_j plus 16 times its rounding error,
 * δ_j half a unit in the last digit of x_j as written (0 for 0), at
 * most half a unit in the last of the figures asked.
 * (1e-13, 0) is the minimum of (x - 1e-13)² + y², and ∇f(0, 0) =
 * (-2e-13, 0), computed exactly, is no 0: (0, 0) is not critical,
 * though the absolute 1e-9 alone said so.  Where the Hessian is not to
 * be had, that absolute test alone. */
int
check_crit_grad_zero(const check_fn *c, const double *x, const double *g,
    double scale)
{
	critical_point	p;
	num		xs[EXPR_MAX_VARS], out;
	expr_domain	dom;
	double		d[EXPR_MAX_VARS], e, tol, gmax = 0;
	int		i, j, ok = 1;

	for (i = 0; i < c->n; i++)
		gmax = fmax(gmax, fabs(g[i]));
	if (!(gmax <= 1e-9 * scale))
		return 0;
	if (c->n > EXPR_MAX_VARS ||
	    critical_examine(c->f, c->n, x, &p, NULL) != 0)
		return 1;
	for (j = 0; j < c->n; j++) {
		/* as written, but never more than the figures asked
		 * allow: x^4 at 1e-4 (written to one digit) is no
		 * critical point, though ∇f = 4e-12 there */
		d[j] = fmin(check_crit_half_unit(x[j]), 0.5 * pow(10,
		    1 - c->o.sig) * fabs(x[j]));
		xs[j] = num_snap_typed(x[j]);
	}
	for (i = 0; i < c->n && ok; i++) {
		tol = 0;
		for (j = 0; j < c->n; j++)
			tol += fabs(p.hessian[i * c->n + j]) * d[j];
		memset(&dom, 0, sizeof dom);
		if (!isfinite(tol) || expr_eval_num_err(c->grad[i], xs, &out,
		    &e, &dom) < 0 || !isfinite(e))
			break;		/* the absolute test alone */
		if (fabs(g[i]) > tol + 16 * e)
			ok = 0;
	}
	critical_point_free(&p);
	return ok;
}

/* Whether ∇f at the claimed point x (g there) is lost in rounding:
 * some component is not 0, and each is within 16 times the bound on
 * its rounding error (running error analysis, at x as written). */
int
check_crit_grad_noise(const check_fn *c, const double *x, const double *g)
{
	num		xs[EXPR_MAX_VARS], out;
	expr_domain	dom;
	double		e, t;
	int		i, some = 0;

	if (c->n > EXPR_MAX_VARS)
		return 0;
	for (i = 0; i < c->n; i++)
		xs[i] = num_snap_typed(x[i]);
	for (i = 0; i < c->n; i++) {
		memset(&dom, 0, sizeof dom);
		if (expr_eval_num_err(c->grad[i], xs, &out, &e, &dom) < 0 ||
		    !isfinite(e))
			return 0;
		/* with the numbers of f rounded too (the running bound of
		 * critical.h): (x - 10^6)^2 - 2 at 1000001.414 */
		critical_rounding_error(c->grad[i], x, &t);
		if (isfinite(t))
			e = fmax(e, t);
		if (fabs(g[i]) > 16 * e)
			return 0;
		some |= g[i] != 0;
	}
	return some;
}

/* Whether the claimed points x and y are two critical points: ∇f 0 at
 * each as far as can be told, and they lie farther apart than both
 * their uncertainties as written. */
int
check_crit_distinct(const check_fn *c, const double *x, const double *y)
{
	double	 g[EXPR_MAX_VARS], scale = 1;
	int	 i, apart = 0;

	if (c->n > EXPR_MAX_VARS)
		return 0;
	for (i = 0; i < c->n; i++) {
		if (fabs(x[i] - y[i]) > 2 * (check_crit_half_unit(x[i]) +
		    check_crit_half_unit(y[i])))
			apart = 1;
		scale = fmax(scale, fabs(x[i]));
	}
	if (!apart || check_gradient_at(c, x, g) != 0 ||
	    !(check_crit_grad_zero(c, x, g, scale) ||
	    check_crit_grad_noise(c, x, g)))
		return 0;
	for (i = 0; i < c->n; i++)
		scale = fmax(scale, fabs(y[i]));
	return check_gradient_at(c, y, g) == 0 &&
	    (check_crit_grad_zero(c, y, g, scale) ||
	    check_crit_grad_noise(c, y, g));
}

/* Whether the claimed point x lies apart from the known point k (kp:
 * as found, or NULL) beyond twice the half unit of x as written and
 * k's uncertainty, and is a critical point itself as far as can be
 * told. */
int
check_crit_own_point(const check_fn *c, const double *x, const double *k,
    const critical_point *kp)
{
	double	 g[EXPR_MAX_VARS], scale = 1, u;
	int	 i, apart = 0;

	if (c->n > EXPR_MAX_VARS)
		return 0;
	for (i = 0; i < c->n; i++) {
		u = kp != NULL && !kp->exact && kp->err != NULL ?
		    kp->err[i] : 0;
		if (!(fabs(x[i] - k[i]) <= 2 * (check_crit_half_unit(x[i]) +
		    u)))
			apart = 1;
		scale = fmax(scale, fabs(x[i]));
	}
	return apart && check_gradient_at(c, x, g) == 0 &&
	    (check_crit_grad_zero(c, x, g, scale) ||
	    check_crit_grad_noise(c, x, g));
}

/* The squared distance between x and y (n values). */
double
check_crit_dist2(const double *x, const double *y, int n)
{
	double d = 0;
	int i;

	for (i = 0; i < n; i++)
		d += (x[i] - y[i]) * (x[i] - y[i]);
	return d;
}
