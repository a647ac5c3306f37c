/* critical_values.c - what the values of f around a point show: its
 * kind when the second derivative test cannot tell (larger all around,
 * smaller, or both, at radii on the scale of the point and the box,
 * with a walk along the sphere for narrow wedges; a change below
 * rounding is no plateau), and whether the point is inside the domain
 * of f. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "critical_impl.h"
#include "linalg.h"

/* A pseudo-random number in [-1, 1) from the state *st. */
static double
rnd(unsigned long long *st)
{
	*st = *st * 6364136223846793005ULL + 1442695040888963407ULL;
	return (double)(*st >> 11) / 4503599627370496.0 - 1;
}

/* A bound on the rounding error of f at y: what the running error
 * analysis gives (terms that cancel, as in an expanded (x + y - 1)^4
 * near its zero, leave far more than the size of f), 0 when unknown. */
static double
f_noise(const struct critical_search *s, const double *y)
{
	double t;

	critical_rounding_error(s->f, y, &t);
	return isfinite(t) ? t : 0;
}

/* Whether f at y (fy) differs from f0 (f at x, rounding error e0)
 * beyond rounding: 1 above, -1 below, 0 within rounding. */
static int
above_below(const struct critical_search *s, double f0, double e0,
    const double *y, double fy)
{
	double nu = 64 * 2.220446049250313e-16 * fmax(fabs(f0), fabs(fy));

	nu = fmax(nu, e0 + f_noise(s, y));
	return fy - f0 > nu ? 1 : f0 - fy > nu ? -1 : 0;
}

/* Walk along the sphere |y - x| = r from the direction u (unit, n
 * values, changed) the way f falls (sgn 1) or rises (sgn -1), by
 * rotating u towards minus (plus) the tangential part of ∇f.  Returns
 * 1 when it reaches a y where f is below (above) f0 beyond rounding:
 * the wedge between y = x² and y = 3x² where (y - x²)(y - 3x²) < 0,
 * which no fixed set of directions is sure to meet at every radius. */
static int
sphere_walk(const struct critical_search *s, expr_prog *pf, const double *x,
    double f0, double r, double *u, int sgn)
{
	double y[EXPR_MAX_VARS], g[EXPR_MAX_VARS], d[EXPR_MAX_VARS];
	double ut[EXPR_MAX_VARS], fy, ft, dot, len, th, e0 = f_noise(s, x);
	expr_domain dom;
	int i, it, n = s->n;

	for (i = 0; i < n; i++)
		y[i] = x[i] + r * u[i];
	if (expr_prog_eval_checked(pf, y, &fy, &dom) < 0 || !isfinite(fy))
		return 0;
	for (it = 0; it < 30; it++) {
		if (above_below(s, f0, e0, y, fy) == -sgn)
			return 1;
		if (critical_grad_at(s, y, g) < 0)
			return 0;
		for (dot = 0, i = 0; i < n; i++)
			dot += g[i] * u[i];
		for (i = 0; i < n; i++)
			d[i] = -sgn * (g[i] - dot * u[i]);
		if ((len = linalg_norm(d, n)) == 0 || !isfinite(len))
			return 0;
		for (i = 0; i < n; i++)
			d[i] /= len;
		for (th = 0.5; th > 1e-9; th /= 2) {
			for (i = 0; i < n; i++) {
				ut[i] = cos(th) * u[i] + sin(th) * d[i];
				y[i] = x[i] + r * ut[i];
			}
			if (expr_prog_eval_checked(pf, y, &ft, &dom) == 0 &&
			    isfinite(ft) && sgn * (ft - fy) < 0)
				break;
		}
		if (th <= 1e-9)
			return 0;
		memcpy(u, ut, sizeof(double) * n);
		fy = ft;
	}
	return above_below(s, f0, e0, y, fy) == -sgn;
}

/* Whether f is flat at y along u as far as rounding tells: the slope
 * ∇f(y)·u within 16 times the rounding bounds of ∇f there (or ∇f not
 * defined at y).  f(y) = f(x) in doubles alone says nothing when the
 * change is below an ulp of f(x). */
static int
flat_along(const struct critical_search *s, const double *y,
    const double *u)
{
	double g[EXPR_MAX_VARS], d = 0, b = 0, t;
	int i;

	if (critical_grad_at(s, y, g) < 0)
		return 1;
	for (i = 0; i < s->n; i++) {
		critical_rounding_error(s->grad[i], y, &t);
		if (!isfinite(t))
			return 1;
		d += g[i] * u[i];
		b += t * fabs(u[i]);
	}
	return fabs(d) <= 16 * b;
}

/* The values of f around x at radius rho times the largest of 1 and
 * the |x_i|, but at most the box's width: along the
 * axes, the eigenvectors v for zero eigenvalues, and 24 fixed
 * pseudo-random directions.  Returns MINIMUM (all larger), MAXIMUM (all
 * smaller), SADDLE (both) or INCONCLUSIVE. */
static enum critical_kind
values_around(const struct critical_search *s, expr_prog *pf,
    const double *x, double f0, const double *v, const double *eig,
    double rho, int *flat)
{
	double y[EXPR_MAX_VARS], u[EXPR_MAX_VARS], fy, nu, base = 1;
	double lowu[EXPR_MAX_VARS], highu[EXPR_MAX_VARS], low = INFINITY;
	double high = -INFINITY, e0 = f_noise(s, x), ny;
	unsigned long long st = 0x9e3779b97f4a7c15ULL;
	expr_domain dom;
	int i, k, dir, up = 0, down = 0, same = 0, equal = 0, n = s->n;
	int ndir = 2 * n + 2 * n + 24;

	*flat = 0;
	for (i = 0; i < n; i++)
		base = fmax(base, fabs(x[i]));
	/* no farther than the box is wide: at 10^6 a radius of 10^-3 |x|
	 * passes over the other critical points, and in a box of width
	 * 10^-7 so does 10^-3 */
	base = fmin(base, s->width);
	for (dir = 0; dir < ndir; dir++) {
		for (i = 0; i < n; i++)
			u[i] = 0;
		if (dir < 2 * n)
			u[dir / 2] = dir % 2 ? -1 : 1;
		else if (dir < 4 * n) {
			k = (dir - 2 * n) / 2;
			if (eig[k] != 0)
				continue;
			for (i = 0; i < n; i++)
				u[i] = (dir % 2 ? -1 : 1) * v[i * n + k];
		} else {
			for (i = 0; i < n; i++)
				u[i] = rnd(&st);
			double len = linalg_norm(u, n);
			if (len == 0)
				continue;
			for (i = 0; i < n; i++)
				u[i] /= len;
		}
		for (i = 0; i < n; i++)
			y[i] = x[i] + rho * base * u[i];
		if (expr_prog_eval_checked(pf, y, &fy, &dom) < 0 ||
		    !isfinite(fy))
			return CRITICAL_INCONCLUSIVE;
		if (fy < low) {
			low = fy;
			memcpy(lowu, u, sizeof(double) * n);
		}
		if (fy > high) {
			high = fy;
			memcpy(highu, u, sizeof(double) * n);
		}
		ny = f_noise(s, y);
		nu = 64 * 2.220446049250313e-16 * fmax(fabs(f0), fabs(fy));
		nu = fmax(nu, e0 + ny);
		if (fy - f0 > nu)
			up++;
		else if (f0 - fy > nu)
			down++;
		else if (fy == f0 && flat_along(s, y, u))
			equal++;	/* a plateau or a valley floor (a
					   change below an ulp of f0 is no
					   plateau: -10^-16 + x^5) */
		else
			same++;		/* within rounding: unknown */
	}
	if (up > 0 && down > 0)
		return CRITICAL_SADDLE;
	if (same > 0 || up + down == 0)
		return CRITICAL_INCONCLUSIVE;
	/* f is above f0 (below) in every direction tried: walk along the
	 * sphere from the lowest (highest) of them, where a narrow wedge
	 * of smaller (larger) values would be */
	if (down == 0 && sphere_walk(s, pf, x, f0, rho * base, lowu, 1))
		return CRITICAL_SADDLE;
	if (up == 0 && sphere_walk(s, pf, x, f0, rho * base, highu, -1))
		return CRITICAL_SADDLE;
	/* f exactly equal in some directions and larger in the others: a
	 * minimum in the textbook's sense f(x) <= f(y) nearby (not a strict
	 * one), as on the floor of the valley (x - y)^2 */
	*flat = equal > 0;
	return up > 0 ? CRITICAL_MINIMUM : CRITICAL_MAXIMUM;
}

/* What the values of f around x show: the two smallest radii (of 1e-3,
 * 1e-2, 1e-1) at which f differs from f(x) beyond rounding in every
 * direction tried must agree.  v and eig: the Hessian's eigenvectors
 * and eigenvalues (zero ones add their directions; NaN ones none). */
enum critical_kind
critical_values_kind(const struct critical_search *s, const double *x,
    const double *v, const double *eig)
{
	enum critical_kind a = CRITICAL_INCONCLUSIVE, b = CRITICAL_INCONCLUSIVE;
	enum critical_kind c;
	expr_domain dom;
	expr_prog *pf;
	double f0, rho;
	int flat, flats = 0;

	pf = expr_compile(s->f, s->n);
	if (expr_prog_eval_checked(pf, x, &f0, &dom) == 0 && isfinite(f0))
		for (rho = 1e-3; rho < 0.5; rho *= 10) {
			c = values_around(s, pf, x, f0, v, eig, rho, &flat);
			if (c == CRITICAL_INCONCLUSIVE)
				continue;
			flats += flat;
			if (a == CRITICAL_INCONCLUSIVE)
				a = c;
			else if (b == CRITICAL_INCONCLUSIVE)
				b = c;
			else if (c != a)
				b = c;
			/* a verdict that takes equal values for a plateau
			 * must hold at every radius: an expanded (x - 1)^8
			 * looks flat at 10^-3 and 10^-2, and curves up at
			 * 10^-1 */
			if (b != CRITICAL_INCONCLUSIVE && (flats == 0 ||
			    b != a))
				break;
		}
	expr_prog_free(pf);
	return a == b ? a : CRITICAL_INCONCLUSIVE;
}

/* Whether f is defined all around x (0: x is an interior point of its
 * domain), only on some sides (1: x is on the edge of the domain), or
 * nowhere close by (2: the domain is thin there, a point or a curve,
 * as for sqrt(x) + sqrt(-x) at 0 or sqrt(x - y) + sqrt(y - x) on
 * x = y: defined in none of the random directions).  f is tried a
 * short way off along each axis and along 24 pseudo-random
 * directions. */
int
critical_domain_around(const expr *f, int n, const double *x)
{
	double y[EXPR_MAX_VARS], u[EXPR_MAX_VARS], fy, len, h;
	unsigned long long st = 0x2545f4914f6cdd1dULL;
	expr_domain dom;
	expr_prog *pf = expr_compile(f, n);
	int i, dir, in = 0, out = 0, in_rand = 0;

	for (dir = 0; dir < 2 * n + 24; dir++) {
		for (i = 0; i < n; i++)
			u[i] = dir < 2 * n ? (i == dir / 2 ? (dir % 2 ? -1 : 1) :
			    0) : rnd(&st);
		if ((len = linalg_norm(u, n)) == 0)
			continue;
		for (i = 0; i < n; i++) {
			h = 1e-6 * (1 + fabs(x[i]));
			y[i] = x[i] + h * u[i] / len;
		}
		if (expr_prog_eval_checked(pf, y, &fy, &dom) == 0 &&
		    isfinite(fy)) {
			in++;
			in_rand += dir >= 2 * n;
		} else
			out++;
	}
	expr_prog_free(pf);
	/* a random direction leaves a curve (sqrt(-y²) + x on y = 0 is
	 * defined along the x axis) */
	return out == 0 ? 0 : in_rand > 0 ? 1 : 2;
}
