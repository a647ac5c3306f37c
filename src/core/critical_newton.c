/* critical_newton.c - one critical point: reach it with Newton's method
 * (faster at multiple roots), say how far off it may still be, snap it
 * to exact rationals when ∇f vanishes exactly there, and keep only the
 * digits that are certain. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "critical_impl.h"
#include "linalg.h"

#define NEWTON_ITERS 300	/* iterations per start */
#define SNAP_MAXDEN 1000	/* denominators tried for non-polynomials */
#define SNAP_MAXDEN_POLY 1000000 /* for polynomials (checked exactly) */
#define SNAP_TOL 1e-9		/* relative distance allowed when snapping */
#define SNAP_TOL_TIGHT 1e-13	/* second try for polynomials */
#define MAX_MULT 16		/* largest multiplicity Newton assumes */
#define EPS 2.220446049250313e-16
#define UNDERFLOW 1e-290	/* values this small come from underflow */

/* ∇f at x into g; 0 or -1. */
int
critical_grad_at(const struct critical_search *s, const double *x, double *g)
{
	expr_domain dom;
	int i;

	*s->work += s->gsize;
	for (i = 0; i < s->n; i++) {
		if (expr_prog_eval_checked(s->pg[i], x, &g[i], &dom) < 0 ||
		    !isfinite(g[i]))
			return -1;
	}
	return 0;
}

/* linalg_sym_eigen of the n*n matrix h, its work (about 8n³ steps of
 * the Jacobi sweeps, more than the Hessian's evaluation from 8
 * variables up) counted in s. */
static int
eigen_counted(const struct critical_search *s, double *h, double *lam,
    double *v)
{
	*s->work += 8ULL * (unsigned long long)s->n * s->n * s->n;
	return linalg_sym_eigen(h, s->n, lam, v);
}

/* Whether the work budget is used up. */
int
critical_over_budget(const struct critical_search *s)
{
	return s->budget > 0 && *s->work > s->budget;
}

/* The Hessian at x into h (n*n); 0 or -1. */
int
critical_hess_at(const struct critical_search *s, const double *x, double *h)
{
	expr_domain dom;
	int i, j, n = s->n;

	*s->work += s->hsize;
	for (i = 0; i < n; i++)
		for (j = i; j < n; j++) {
			if (expr_prog_eval_checked(s->ph[i * n + j], x,
			    &h[i * n + j], &dom) < 0 || !isfinite(h[i * n + j]))
				return -1;
			h[j * n + i] = h[i * n + j];
		}
	return 0;
}

/* Record the largest |H_ij| over the points. */
void
critical_sample_scale(struct critical_search *s, const double *pts,
    int count)
{
	double h[EXPR_MAX_VARS * EXPR_MAX_VARS];
	int i, k, n = s->n;

	for (k = 0; k < count; k++) {
		if (critical_hess_at(s, pts + (size_t)k * n, h) < 0)
			continue;
		for (i = 0; i < n * n; i++)
			s->hs[i] = fmax(s->hs[i], fabs(h[i]));
	}
}

/* The damped Newton step at x, in the eigenbasis of the Hessian H:
 * dx = -Σ c_k λ_k / (λ_k² + μ) v_k with c = Vᵀ∇f (plain Newton when
 * μ = 0; a zero eigenvalue contributes nothing).  *hsq receives the
 * largest λ².  Returns 0, or -1 when H is not defined at x. */
static int
step_at(const struct critical_search *s, const double *x, const double *g,
    double mu, double *dx, double *hsq)
{
	double h[EXPR_MAX_VARS * EXPR_MAX_VARS], lam[EXPR_MAX_VARS];
	double v[EXPR_MAX_VARS * EXPR_MAX_VARS], c, d;
	int i, k, n = s->n;

	if (critical_hess_at(s, x, h) < 0 || eigen_counted(s, h, lam, v) < 0)
		return -1;
	*hsq = 0;
	for (i = 0; i < n; i++)
		dx[i] = 0;
	for (k = 0; k < n; k++) {
		*hsq = fmax(*hsq, lam[k] * lam[k]);
		if (lam[k] == 0)
			continue;
		c = 0;
		for (i = 0; i < n; i++)
			c += v[i * n + k] * g[i];
		d = mu == 0 ? c / lam[k] : c * lam[k] / (lam[k] * lam[k] + mu);
		for (i = 0; i < n; i++)
			dx[i] -= d * v[i * n + k];
	}
	for (i = 0; i < n; i++)
		if (!isfinite(dx[i]))
			return -1;
	return 0;
}

/* Whether ∇f is 0 (to underflow) all around x, a little way off along
 * every axis: where exp underflows (e^x at x = -800), not a critical
 * point. */
static int
flat_around(const struct critical_search *s, const double *x)
{
	double y[EXPR_MAX_VARS], g[EXPR_MAX_VARS], h;
	int i, j, sgn;

	for (i = 0; i < s->n; i++)
		for (sgn = -1; sgn <= 1; sgn += 2) {
			memcpy(y, x, sizeof(double) * s->n);
			h = 1e-2 * (1 + fabs(x[i]));
			y[i] += sgn * h;
			if (critical_grad_at(s, y, g) < 0)
				return 0;
			for (j = 0; j < s->n; j++)
				if (fabs(g[j]) >= UNDERFLOW)
					return 0;
		}
	return 1;
}

/* Point y a little way (1e-2·(1 + |xᵢ|)) from x, both ways (sgn ±1),
 * along direction d: axis d for d < n, the diagonal (1, 1, ...) for
 * d = n, (1, -1, 1, ...) for d = n + 1. */
void
critical_probe(const double *x, int n, int d, int sgn, double *y)
{
	int i;

	for (i = 0; i < n; i++)
		y[i] = x[i] + (d == i || d == n || (d == n + 1 && i % 2 == 0) ?
		    sgn : d == n + 1 ? -sgn : 0) * 1e-2 * (1 + fabs(x[i]));
}

/* Whether a component of ∇f that is not 0 as an expression is exactly
 * 0 at x and all around it, a little way off along every axis and the
 * diagonals (1, 1, ...) and (1, -1, ...), both ways: 1 − tanh²x far
 * out, or e^(−x)/(e^(−x) + 1)² at x = −500, are 0 in doubles there but
 * nowhere 0 (a true zero of a component that is not identically 0 is
 * left in some of these directions: atan(b)atan(c) at the origin along
 * the diagonal, 1e-300·x along its axis). */
static int
component_underflows(const struct critical_search *s, const double *x)
{
	double y[EXPR_MAX_VARS], g[EXPR_MAX_VARS];
	int j, d, sgn, flat, n = s->n;

	if (critical_grad_at(s, x, g) < 0)
		return 0;
	for (j = 0; j < n; j++) {
		if (g[j] != 0 || (s->grad[j]->kind == EXPR_NUM &&
		    num_is_zero(s->grad[j]->n)))
			continue;
		flat = 1;
		for (d = 0; d < n + 2 && flat; d++)
			for (sgn = -1; sgn <= 1 && flat; sgn += 2) {
				critical_probe(x, n, d, sgn, y);
				if (critical_grad_at(s, y, g) < 0 ||
				    g[j] != 0)
					flat = 0;
			}
		if (flat)
			return 1;
	}
	return 0;
}

/* Whether ∇f stays 0 (to underflow) a little way off x along a
 * direction in which the Hessian is 0 (or it is not defined at x):
 * where exp underflows (x^2 + e^y at y = -800), as on a line of
 * critical points.  The search does not count such points outside its
 * box. */
static int
flat_along_null(const struct critical_search *s, const double *x)
{
	double h[EXPR_MAX_VARS * EXPR_MAX_VARS], lam[EXPR_MAX_VARS];
	double v[EXPR_MAX_VARS * EXPR_MAX_VARS], y[EXPR_MAX_VARS];
	double g[EXPR_MAX_VARS], t = 1e-2 * (1 + linalg_norm(x, s->n));
	int i, k, sgn, n = s->n, flat;

	if (critical_hess_at(s, x, h) < 0 || eigen_counted(s, h, lam, v) < 0)
		return 1;
	for (k = 0; k < n; k++) {
		if (fabs(lam[k]) >= UNDERFLOW)
			continue;
		flat = 1;
		for (sgn = -1; sgn <= 1 && flat; sgn += 2) {
			for (i = 0; i < n; i++)
				y[i] = x[i] + sgn * t * v[i * n + k];
			if (critical_grad_at(s, y, g) < 0)
				continue;
			for (i = 0; i < n; i++)
				if (fabs(g[i]) >= UNDERFLOW)
					flat = 0;
		}
		if (flat)
			return 1;
	}
	return 0;
}

/* Whether x lies outside the box of s. */
static int
outside_box(const struct critical_search *s, const double *x)
{
	int i;

	for (i = 0; i < s->n; i++)
		if (x[i] < s->lo[i] || x[i] > s->hi[i])
			return 1;
	return 0;
}

/* Newton's estimate of the distance to the critical point from x, where
 * ∇f is g: the length of H⁻¹∇f, with only exactly zero parts skipped (a
 * tiny λ with an equally tiny slope, e^x again, means far away). */
static double
newton_distance(const struct critical_search *s, const double *x,
    const double *g)
{
	double h[EXPR_MAX_VARS * EXPR_MAX_VARS], lam[EXPR_MAX_VARS];
	double v[EXPR_MAX_VARS * EXPR_MAX_VARS], d[EXPR_MAX_VARS], c;
	int i, k, n = s->n;

	if (critical_hess_at(s, x, h) < 0 || eigen_counted(s, h, lam, v) < 0)
		return INFINITY;
	for (k = 0; k < n; k++) {
		c = 0;
		for (i = 0; i < n; i++)
			c += v[i * n + k] * g[i];
		d[k] = c == 0 ? 0 : (lam[k] == 0 ? INFINITY : c / lam[k]);
	}
	return linalg_norm(d, n);
}


/* Whether ∇f at x (g, its norm gn) is 0 as far as rounding can tell:
 * below 1e-13 of its typical size, and each component within a few
 * times the bound on its own rounding error there.  A component
 * computed with no cancellation is known to full precision, however
 * small (2xy = -1e-15 at (1e-5, -5e-11) for x²y + y²: not a critical
 * point, but the side of a flat valley down to (0, 0)). */
static int
at_rounding_level(const struct critical_search *s, const double *x,
    const double *g, double gn)
{
	double t;
	int i;

	if (gn > 1e-13 * s->gscale)
		return 0;
	for (i = 0; i < s->n; i++) {
		critical_rounding_error(s->grad[i], x, &t);
		if (isfinite(t) && fabs(g[i]) > 16 * t + 1e-300)
			return 0;
	}
	return 1;
}

/* The noise of each component of ∇f at x into nu: its size at x and,
 * when around is 1, a hair away along each axis (a few ulps of that
 * coordinate, 8n more evaluations), and at least twice the bound on
 * its rounding error there. */
static void
noise_levels(const struct critical_search *s, const double *x, int around,
    double *nu)
{
	double y[EXPR_MAX_VARS], g[EXPR_MAX_VARS], t;
	int i, j, n = s->n;

	for (i = 0; i < n; i++)
		nu[i] = 0;
	for (j = 0; j <= (around ? 8 * n : 0); j++) {
		memcpy(y, x, sizeof(double) * n);
		if (j > 0) {
			t = (double)((j - 1) / (2 * n) + 1) * 4 * EPS *
			    fmax(fabs(y[(j - 1) % n]), 1e-307);
			y[(j - 1) % n] += ((j - 1) / n) % 2 ? t : -t;
		}
		if (critical_grad_at(s, y, g) == 0)
			for (i = 0; i < n; i++)
				nu[i] = fmax(nu[i], fabs(g[i]));
	}
	for (i = 0; i < n; i++) {
		critical_rounding_error(s->grad[i], x, &t);
		if (isfinite(t))
			nu[i] = fmax(nu[i], 2 * t);
	}
}

/* Whether ∇f at x ± r·v (v the column of an eigenvector, stride n)
 * is clear of the noise nu in some component on both sides (or not
 * defined there). */
static int
clear_at(const struct critical_search *s, const double *x, const double *v,
    const double *nu, double r)
{
	double y[EXPR_MAX_VARS], g[EXPR_MAX_VARS];
	int i, sgn, n = s->n;

	for (sgn = -1; sgn <= 1; sgn += 2) {
		for (i = 0; i < n; i++)
			y[i] = x[i] + sgn * r * v[i * n];
		if (critical_grad_at(s, y, g) < 0)
			continue;
		for (i = 0; i < n; i++)
			if (fabs(g[i]) > 16 * nu[i])
				break;
		if (i == n)
			return 0;
	}
	return 1;
}

/* Whether the rounding noise of ∇f around x, where ∇f is 0 as far as
 * rounding can tell, is a small ball around a critical point and not a
 * flat tail: where the Hessian is nearly singular (an eigenvalue below
 * 1e-6 of its largest entry over the box), along every eigenvector of
 * the Hessian at x, ∇f comes out of its noise on both sides within
 * 1/100 of the box's width (beyond that the point is rough,
 * critical_kind).  1 to 3 variables, as search_near: from 4 up, where
 * points near curves of them abound (sums of sin of products of 8
 * variables), the work of finishing them all passed the lesson's
 * bound.  At a root of high
 * multiplicity of a function that is not a polynomial with exact
 * coefficients (-5(x + 1/200)^8 multiplied out, its constant
 * 1/512000000000000000 beyond the exact numbers: ∇f is noise within
 * 7e-5 of -1/200) the Hessian is noise there too and Newton's distance
 * says nothing; on 1 - tanh²x from x = 18 on, ∇f stays in its noise
 * going out. */
static int
noise_ball(const struct critical_search *s, const double *x)
{
	double h[EXPR_MAX_VARS * EXPR_MAX_VARS], lam[EXPR_MAX_VARS];
	double v[EXPR_MAX_VARS * EXPR_MAX_VARS], nu[EXPR_MAX_VARS];
	double r, lim = 1e-2 * s->width, big = 0, small = INFINITY;
	int k, n = s->n;

	if (n > 3 || !(lim > 0) || critical_over_budget(s) ||
	    critical_hess_at(s, x, h) < 0 || eigen_counted(s, h, lam, v) < 0)
		return 0;
	/* only where the Hessian is nearly singular, on the scale of its
	 * entries over the box: elsewhere Newton's distance tells */
	for (k = 0; k < n * n; k++)
		big = fmax(big, s->hs[k]);
	for (k = 0; k < n; k++)
		small = fmin(small, fabs(lam[k]));
	if (!(small <= 1e-6 * big))
		return 0;
	noise_levels(s, x, 0, nu);
	for (k = 0; k < n; k++) {
		for (r = 1e-6 * lim; !clear_at(s, x, v + k, nu, r);
		    r = fmin(4 * r, lim))
			if (r == lim || critical_over_budget(s))
				return 0;
	}
	return 1;
}

/* Damped Newton from x, in place.  When plain steps shrink by a steady
 * ratio r, the root has multiplicity m = 1/(1 - r) along the step, and
 * m times the step goes there at once.  Its bounds are relative to the
 * point and to the box: the "1" of 1 + |x| is the box's width when that
 * is below 1 (a step of 1e-15 is no convergence in [-1e-8, 1e-8]). */
int
critical_newton(const struct critical_search *s, double *x)
{
	double g[EXPR_MAX_VARS], gt[EXPR_MAX_VARS], xt[EXPR_MAX_VARS];
	double dx[EXPR_MAX_VARS];
	double gn, gnt, mu = 0, hsq = 0, far, xn, sn, prev = 0, rprev = 0, r;
	double last = 0, unit, d;
	int n = s->n, it, i, m, ok, walk = 0;

	far = 1e6 * (1 + s->width);
	unit = fmin(1, s->width);
	if (critical_grad_at(s, x, g) < 0)
		return 0;
	gn = linalg_norm(g, n);
	for (it = 0; it < NEWTON_ITERS && gn > 0; it++) {
		if (critical_over_budget(s))
			return 0;
		if (step_at(s, x, g, mu, dx, &hsq) < 0)
			return 0;
		sn = linalg_norm(dx, n);
		if (sn == 0)
			break;
		/* outside the box with steps that do not shrink, 20 times
		 * running: walking off to infinity down a flat tail (e^x
		 * from any start), not converging (a root of multiplicity m
		 * shrinks the steps by 1 - 1/m) */
		walk = mu == 0 && last > 0 && sn > 0.98 * last &&
		    outside_box(s, x) ? walk + 1 : 0;
		last = sn;
		if (walk >= 20)
			return 0;
		m = 1;
		if (mu == 0 && prev > 0) {
			r = sn / prev;
			if (r > 0.3 && r < 0.97 && rprev > 0 &&
			    fabs(r - rprev) < 0.05)
				m = (int)fmin(MAX_MULT, lround(1 / (1 - r)));
		}
		ok = 0;
		if (m > 1) {
			for (i = 0; i < n; i++)
				xt[i] = x[i] + m * dx[i];
			if (critical_grad_at(s, xt, gt) == 0 &&
			    (gnt = linalg_norm(gt, n)) < gn) {
				ok = 1;
				prev = rprev = 0;	/* no longer geometric */
			}
		}
		if (!ok) {
			m = 1;
			for (i = 0; i < n; i++)
				xt[i] = x[i] + dx[i];
			if (critical_grad_at(s, xt, gt) == 0 &&
			    (gnt = linalg_norm(gt, n)) < gn) {
				ok = 1;
				if (mu == 0) {
					rprev = prev > 0 ? sn / prev : 0;
					prev = sn;
				} else
					prev = rprev = 0;
			}
		}
		if (!ok) {
			/* rejected: at rounding level, or damp harder */
			if (at_rounding_level(s, x, g, gn))
				break;
			mu = mu > 0 ? mu * 4 : 1e-6 * hsq + 1e-30;
			prev = rprev = 0;
			if (mu > 1e30 * (hsq + 1))
				break;
			continue;
		}
		memcpy(x, xt, sizeof(double) * n);
		memcpy(g, gt, sizeof(double) * n);
		gn = gnt;
		xn = linalg_norm(x, n);
		if (xn > far)
			return 0;
		if (mu == 0 && m * sn <= 1e-15 * (unit + xn))
			break;
		mu /= 3;
		if (mu < 1e-20 * hsq)
			mu = 0;
	}
	if (gn == 0)
		return !flat_around(s, x) && !component_underflows(s, x) &&
		    !(outside_box(s, x) && flat_along_null(s, x));
	if (gn > 1e-6 * s->gscale)
		return 0;
	/* A small ∇f alone is not enough (e^x at x = -40): the distance to
	 * the critical point must be small too, on the scale of the box
	 * (at a multiple root evaluated with rounding noise, Newton stops
	 * some way off, and the exact check or the merging finishes).  For
	 * a polynomial, ∇f 0 as far as rounding can tell is enough: at a
	 * point degenerate along a slanted direction (-(x + y + 1)⁴/6 +
	 * ((x - y)² - 3(x - y))/6 expanded, at (1/4, -5/4)) the rounding
	 * noise of ∇f over a Hessian eigenvalue that is noise too says
	 * nothing about the distance, and the exact check follows.  (Not
	 * for others: 1 - tanh²x is at rounding level from x = 18 on; for
	 * them the noise must be a small ball, noise_ball.) */
	if (s->poly && at_rounding_level(s, x, g, gn))
		return 1;
	d = newton_distance(s, x, g);
	if (d <= 1e-4 * (unit + s->width) &&
	    d <= 1e-4 * (unit + linalg_norm(x, n)))
		return 1;
	return at_rounding_level(s, x, g, gn) && noise_ball(s, x);
}

/* A few more Newton steps at a found point, kept when ∇f is no larger. */
void
critical_polish(const struct critical_search *s, double *x)
{
	double y[EXPR_MAX_VARS], g0[EXPR_MAX_VARS], g1[EXPR_MAX_VARS];

	memcpy(y, x, sizeof(double) * s->n);
	if (!critical_newton(s, y) || critical_grad_at(s, x, g0) < 0 ||
	    critical_grad_at(s, y, g1) < 0 ||
	    linalg_norm(g1, s->n) > linalg_norm(g0, s->n))
		return;
	memcpy(x, y, sizeof(double) * s->n);
}

/* The value of e at x, and into *err a first-order bound on the
 * rounding error of computing it (running error analysis: each
 * operation adds the errors of its operands, scaled by its sensitivity
 * to them, and one rounding of its result); consts 0: the numbers
 * of e taken as they are in doubles (a function a hair away from e,
 * the same at every point), so that only the arithmetic rounds. */
static double
rounding_error(const expr *e, const double *x, double *err, int consts)
{
	double v, a, ea, b, eb, h, d;
	int i;

	switch (e->kind) {
	case EXPR_NUM:
		*err = !consts || (e->n.exact && e->n.q == 1) ? 0 :
		    EPS * fabs(e->n.v);
		return e->n.v;
	case EXPR_CONST:
		v = e->c == EXPR_PI ? M_PI : M_E;
		*err = consts ? EPS * v : 0;
		return v;
	case EXPR_VAR:
		*err = 0;
		return x[e->var];
	case EXPR_ADD:
	case EXPR_MUL:
		v = e->kind == EXPR_ADD ? 0 : 1;
		*err = 0;
		for (i = 0; i < e->nargs; i++) {
			a = rounding_error(e->args[i], x, &ea, consts);
			if (e->kind == EXPR_ADD) {
				v += a;
				*err += ea;
			} else {
				*err = *err * fabs(a) + ea * fabs(v);
				v *= a;
			}
			/* the first operand is taken, not rounded (counted
			 * in the bound with the numbers, as it always was) */
			if (i > 0 || consts)
				*err += EPS * fabs(v);
		}
		return v;
	case EXPR_POW:
		a = rounding_error(e->args[0], x, &ea, consts);
		b = rounding_error(e->args[1], x, &eb, consts);
		if (e->args[1]->kind == EXPR_NUM && e->args[1]->n.exact &&
		    e->args[1]->n.q > 1 && (e->args[1]->n.q & 1)) {
			/* an odd root, real for a < 0 (as the evaluators) */
			v = expr_root_pow(a, e->args[1]->n.p, b);
			*err = (ea > 0 ? fabs(b) * pow(fabs(a), b - 1) * ea :
			    0) + 2 * EPS * fabs(v);
			return v;
		}
		v = pow(a, b);
		*err = (ea > 0 ? fabs(b * pow(a, b - 1)) * ea : 0) +
		    (eb > 0 && a > 0 ? fabs(v * log(a)) * eb : 0) +
		    2 * EPS * fabs(v);
		return v;
	case EXPR_FUNC:
		a = rounding_error(e->args[0], x, &ea, consts);
		v = expr_fn_apply(e->fn, a);
		h = 1e-7 * (1 + fabs(a));
		d = (expr_fn_apply(e->fn, a + h) - expr_fn_apply(e->fn, a - h)) /
		    (2 * h);
		*err = (ea > 0 ? fabs(d) * ea : 0) + 4 * EPS * fabs(v);
		return v;
	}
	*err = INFINITY;
	return NAN;
}

/* The bound with the rounding of the numbers of e. */
double
critical_rounding_error(const expr *e, const double *x, double *err)
{
	return rounding_error(e, x, err, 1);
}

/* The bound of the arithmetic alone. */
double
critical_rounding_error_ops(const expr *e, const double *x, double *err)
{
	return rounding_error(e, x, err, 0);
}

/* The uncertainty of each coordinate of x. */
void
critical_uncertainty(const struct critical_search *s, const double *x,
    double *err)
{
	double h[EXPR_MAX_VARS * EXPR_MAX_VARS], lam[EXPR_MAX_VARS];
	double v[EXPR_MAX_VARS * EXPR_MAX_VARS];
	double ext[EXPR_MAX_VARS], nu[EXPR_MAX_VARS];
	double base, r, small;
	int i, k, n = s->n;

	base = 1;
	small = 0;
	for (i = 0; i < n; i++) {
		base = fmax(base, fabs(x[i]));
		small = fmax(small, fabs(x[i]));
	}
	/* a point near 0 is known to the ulps of its own coordinates, not
	 * of 1: (1e-13, 0) for (x - 1e-13)^2 + y^2 is no "0" */
	small = fmax(small, 1e-307);
	noise_levels(s, x, 1, nu);
	if (critical_hess_at(s, x, h) < 0 ||
	    eigen_counted(s, h, lam, v) < 0) {
		for (i = 0; i < n; i++)
			err[i] = 1e-6 * base;
		return;
	}
	/* how far ∇f stays indistinguishable from 0 along each
	 * eigenvector: the first r of 8 ulps (of the point's own size)
	 * times a power of 2 where it is clear, found by steps of 2^10
	 * first (the start is 1e-307 at the origin) */
	for (k = 0; k < n; k++) {
		for (r = 8 * EPS * small; r < 1e-2 * base &&
		    !clear_at(s, x, v + k, nu, r); r *= 1024)
			;
		if (r > 8 * EPS * small)
			for (r /= 512; r < 1e-2 * base &&
			    !clear_at(s, x, v + k, nu, r); r *= 2)
				;
		ext[k] = r;
	}
	for (i = 0; i < n; i++) {
		err[i] = 2 * EPS * fabs(x[i]);
		for (k = 0; k < n; k++)
			err[i] = fmax(err[i], fabs(v[i * n + k]) * ext[k]);
	}
}

/* Try to snap x to rationals with denominators up to maxden, coordinate
 * i within tol[i] of x: for polynomials ∇f must vanish exactly there,
 * otherwise it must be no larger.  Returns 1 and fills xs and xq. */
static int
snap_try(const struct critical_search *s, const double *x, long long maxden,
    const double *tol, double *xs, num *xq)
{
	num gv[EXPR_MAX_VARS], xv[EXPR_MAX_VARS];
	double g0[EXPR_MAX_VARS], g1[EXPR_MAX_VARS];
	expr_domain dom;
	int i;

	for (i = 0; i < s->n; i++) {
		if (!critical_rational(x[i], maxden, tol[i], &xq[i]))
			return 0;
		xs[i] = xq[i].v;
		xv[i] = xq[i];
	}
	if (s->poly) {
		for (i = 0; i < s->n; i++) {
			memset(&dom, 0, sizeof dom);
			/* exactly 0: a value that left exact arithmetic
			 * (64-bit overflow) and came out 0 in doubles
			 * proves nothing */
			if (expr_eval_num(s->grad[i], xv, &gv[i], &dom) != 1 ||
			    !gv[i].exact || gv[i].p != 0)
				return 0;
		}
		return 1;
	}
	if (critical_grad_at(s, x, g0) < 0 || critical_grad_at(s, xs, g1) < 0 ||
	    linalg_norm(g1, s->n) > linalg_norm(g0, s->n))
		return 0;
	for (i = 0; i < s->n; i++)
		xq[i] = num_inexact(xs[i]);	/* f itself is not exact */
	return 1;
}

/* Snap x to exact rationals: for polynomials within the uncertainty err,
 * then within 1e-9 and 1e-13 (relative), denominators up to
 * SNAP_MAXDEN_POLY, kept only when ∇f is exactly 0 there; for other
 * functions small denominators within 1e-9 where ∇f is no larger. */
int
critical_snap(const struct critical_search *s, double *x, const double *err,
    num *xq)
{
	double xs[EXPR_MAX_VARS], tol[EXPR_MAX_VARS];
	int i, ok = 0;

	if (s->poly && err != NULL) {
		for (i = 0; i < s->n; i++)
			tol[i] = 2 * err[i];
		ok = snap_try(s, x, SNAP_MAXDEN_POLY, tol, xs, xq);
	}
	for (i = 0; i < s->n; i++)
		tol[i] = SNAP_TOL * (1 + fabs(x[i]));
	if (!ok)
		ok = snap_try(s, x, s->poly ? SNAP_MAXDEN_POLY : SNAP_MAXDEN,
		    tol, xs, xq);
	for (i = 0; i < s->n; i++)
		tol[i] = SNAP_TOL_TIGHT * (1 + fabs(x[i]));
	if (!ok && s->poly)
		ok = snap_try(s, x, SNAP_MAXDEN_POLY, tol, xs, xq);
	if (ok)
		memcpy(x, xs, sizeof(double) * s->n);
	return ok;
}

/* The certain significant digits of v, within err: 0 when not even
 * the first is certain (*rounded then 0 when v is within err of 0,
 * else v to 1 digit, which is not certain: 9e-09 for 1e-08 within
 * 2.6e-09 used to be given as a digit). */
int
critical_certain_digits(double v, double err, double *rounded)
{
	char a[40], b[40], c[40];
	int d;

	*rounded = v;
	if (!(err > 0) || !isfinite(v))
		return 10;
	if (fabs(v) <= err) {
		*rounded = 0;	/* zero, as far as can be told */
		return 0;
	}
	for (d = 10; d >= 1; d--) {
		num_format(v - err, d, a, sizeof a);
		num_format(v + err, d, b, sizeof b);
		if (strcmp(a, b) == 0) {
			num_format(v, d, c, sizeof c);
			*rounded = num_strtod(c, NULL);
			return d;
		}
	}
	num_format(v, 1, c, sizeof c);
	*rounded = num_strtod(c, NULL);
	return 0;
}

/* A coordinate with its certain digits. */
char *
critical_coord_text(const critical_point *p, int i, char *buf, size_t n)
{
	double r = p->x[i];
	int d = 10;

	if (!p->exact && p->err != NULL && p->err[i] > 0)
		d = critical_certain_digits(p->x[i], p->err[i], &r);
	if (d == 0 && fabs(p->x[i]) > p->err[i] && n > 1) {
		/* not even the first digit certain, but not 0: about */
		buf[0] = '~';
		num_format(r, 1, buf + 1, n - 1);
		return buf;
	}
	if (d == 0)
		r = 0;		/* 0 within the uncertainty */
	return num_format(r, d == 0 ? 1 : d, buf, n);
}
