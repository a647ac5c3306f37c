/* check_equal.c - whether a symbolic answer is a component of the
 * gradient, beyond equal values at the test points (check.c): a
 * difference that is tiny next to the values still makes it wrong when
 * it shows exactly (both exact rationals at a point of the domain), as
 * a constant beyond rounding across the points, or near a zero of the
 * component, where the component is small (2e12·x + 1000 for the
 * derivative of 1e12·x²).  check_grad.c asks it. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "check.h"
#include "check_impl.h"

#define SMALL_STARTS 2	/* test points from which differs_where_small
			   looks for a zero of the component */
#define SECANT_STEPS 40
#define HALVINGS 60	/* of a step that left the domain */

/* Test point p of c moved to the nearest point with dyadic coordinates
 * (denominator 8, else 2^20, for a thin domain) where f and component i
 * are defined, into q (exact); 0, or -1 when there is none. */
static int
dyadic_point(const check_fn *c, int i, int p, num *q)
{
	static const long long dens[] = { 8, 1LL << 20 };
	const double *x = c->pts + p * c->n;
	double y[EXPR_MAX_VARS];
	size_t k;
	int j;

	for (k = 0; k < sizeof dens / sizeof dens[0]; k++) {
		for (j = 0; j < c->n; j++) {
			if (!(fabs(x[j]) < 1e12))
				return -1;
			q[j] = num_rat(llround(x[j] * dens[k]), dens[k]);
			y[j] = q[j].v;
		}
		if (!isnan(check_ev(c->f, y, c->n)) &&
		    !isnan(check_ev(c->grad[i], y, c->n)))
			return 0;
	}
	return -1;
}

/* Whether answer a and component i, both exact rationals at a point of
 * the domain of f near a test point (the test point itself when its
 * coordinates are whole, else dyadic_point's), differ there: then they
 * differ, however small the difference (2e12·x + 1000 against 2e12·x).
 * vals: a's values at the test points. */
static int
differs_exactly(const check_fn *c, int i, const expr *a, const double *vals)
{
	num q[EXPR_MAX_VARS], va, vg;
	int p, k;

	if (c->n > EXPR_MAX_VARS)
		return 0;
	for (p = 0; p < c->npts; p++) {
		if (isnan(c->gv[i * NPTS + p]) || isnan(vals[p]))
			continue;
		for (k = 0; k < 2; k++) {
			if (k == 0)
				memcpy(q, c->ptn + p * c->n, c->n * sizeof *q);
			else if (dyadic_point(c, i, p, q) < 0)
				continue;
			if (expr_eval_num(a, q, &va, NULL) == 1 &&
			    expr_eval_num(c->grad[i], q, &vg, NULL) == 1 &&
			    !num_equal(va, vg))
				return 1;
		}
	}
	return 0;
}

/* Component i at x with x_j moved by t; NaN where it has no value. */
static double
moved(const check_fn *c, int i, const double *x, int j, double t)
{
	double y[EXPR_MAX_VARS];

	memcpy(y, x, c->n * sizeof *y);
	y[j] += t;
	return check_ev(c->grad[i], y, c->n);
}

/* Whether answer a differs from component i at a point where that
 * component is small (near one of its zeros, found by the secant method
 * along each axis from the test points where it is smallest) beyond the
 * rounding of either there (their first-order error bounds): an answer
 * off by a constant tiny next to the values at the test points
 * (1e12·cos x + 1000 for 1e12·cos x) shows there. */
static int
differs_where_small(const check_fn *c, int i, const expr *a)
{
	double x[EXPR_MAX_VARS], g0, t0, t1, h0, h1, t2, h2, best, tb, ea, eg;
	num q[EXPR_MAX_VARS], va, vg;
	int used[SMALL_STARTS] = { 0 }, s, p, j, k, m, pick;

	if (c->n > EXPR_MAX_VARS)
		return 0;
	for (s = 0; s < SMALL_STARTS; s++) {
		/* the test point where |component i| is smallest, not 0 */
		pick = -1;
		for (p = 0; p < c->npts; p++) {
			g0 = fabs(c->gv[i * NPTS + p]);
			for (k = 0; k < s && used[k] != p; k++)
				;
			if (k == s && g0 > 0 && (pick < 0 || g0 <
			    fabs(c->gv[i * NPTS + pick])))
				pick = p;
		}
		if (pick < 0)
			return 0;
		used[s] = pick;
		g0 = c->gv[i * NPTS + pick];
		for (j = 0; j < c->n && j < 3; j++) {
			memcpy(x, c->pts + pick * c->n, c->n * sizeof *x);
			t0 = 0;
			h0 = g0;
			best = fabs(h0);
			tb = 0;
			/* a first step that stays in the domain (a thin one
			 * 1e-3 wide around 40000) */
			t1 = 1e-3 * (1 + fabs(x[j]));
			for (k = 0; k < HALVINGS && isnan(h1 = moved(c, i, x,
			    j, t1)); k++)
				t1 /= 2;
			for (k = 0; k < SECANT_STEPS && !isnan(h1) && h1 != h0;
			    k++) {
				if (fabs(h1) < best) {
					best = fabs(h1);
					tb = t1;
				}
				if (best <= 1e-12 * fabs(g0))
					break;
				t2 = t1 - h1 * (t1 - t0) / (h1 - h0);
				if (!isfinite(t2) || fabs(t2) > 1e6 * (1 +
				    fabs(x[j])))
					break;
				/* back toward t1 while outside the domain */
				for (m = 0; m < HALVINGS && isnan(h2 = moved(c,
				    i, x, j, t2)); m++)
					t2 = (t1 + t2) / 2;
				t0 = t1;
				h0 = h1;
				t1 = t2;
				h1 = h2;
			}
			if (!isnan(h1) && fabs(h1) < best) {
				best = fabs(h1);
				tb = t1;
			}
			if (!(best <= 1e-3 * fabs(g0)))
				continue;
			x[j] += tb;
			if (isnan(check_ev(c->f, x, c->n)))
				continue;
			for (k = 0; k < c->n; k++)
				q[k] = num_real(x[k]);
			if (expr_eval_num_err(a, q, &va, &ea, NULL) < 0 ||
			    expr_eval_num_err(c->grad[i], q, &vg, &eg,
			    NULL) < 0 || !isfinite(va.v) || !isfinite(vg.v))
				continue;
			if (fabs(va.v - vg.v) > SYM_TOL * fmax(fabs(va.v),
			    fabs(vg.v)) + NOISE_FACTOR * (ea + eg))
				return 1;
		}
	}
	return 0;
}

/* Whether answer a is component i plus one constant K beyond rounding:
 * at the test points moved to exact dyadic ones (dyadic_point), the
 * same K (within 1e-3 of it) beyond the rounding of either value there
 * (their first-order error bounds, small when the point is exact); K
 * into *kp, the range of the component's values into *lo, *hi. */
static int
constant_gap(const check_fn *c, int i, const expr *a, double *kp,
    double *lo, double *hi)
{
	double k = NAN, ea, eg, d;
	num q[EXPR_MAX_VARS], va, vg;
	int p, used = 0;

	*lo = INFINITY;
	*hi = -INFINITY;
	if (c->n > EXPR_MAX_VARS)
		return 0;
	for (p = 0; p < c->npts; p++) {
		if (isnan(c->gv[i * NPTS + p]) || dyadic_point(c, i, p, q) < 0)
			continue;
		if (expr_eval_num_err(a, q, &va, &ea, NULL) < 0 ||
		    expr_eval_num_err(c->grad[i], q, &vg, &eg, NULL) < 0 ||
		    !isfinite(va.v) || !isfinite(vg.v))
			return 0;
		d = va.v - vg.v;
		if (used++ == 0)
			k = d;
		if (!(fabs(d - k) <= 1e-3 * fabs(k)) ||
		    !(fabs(d) > NOISE_FACTOR * (ea + eg)))
			return 0;
		*lo = fmin(*lo, vg.v);
		*hi = fmax(*hi, vg.v);
	}
	*kp = k;
	return used >= 3;
}

/* Whether answer a is component i plus a constant K that is not 0
 * (constant_gap), where component i is not itself a constant.  Next to
 * a derivative that varies, K is large where the derivative is small,
 * wherever that is (for A/u, far off), however tiny it is next to the
 * values at the points; next to a constant one (π against 3.1415926535)
 * it is judged relative to its size, as before. */
static int
differs_by_constant(const check_fn *c, int i, const expr *a)
{
	double k, lo, hi;
	int p;

	if (!constant_gap(c, i, a, &k, &lo, &hi))
		return 0;
	if (hi - lo > SYM_TOL * fmax(fabs(lo), fabs(hi)))
		return 1;
	/* the same at these points (they differ in another variable), but
	 * not a constant */
	for (p = 0; p < c->n; p++)
		if (expr_has_var(c->grad[i], p))
			return 1;
	return 0;
}

/* The constant part of e (the sum of its terms without a variable, 0
 * when it has none) as a double; NaN when it has no value. */
static double
constant_part(const check_fn *c, const expr *e)
{
	double s = 0, x[EXPR_MAX_VARS] = { 0 };
	int j, t, n = e->kind == EXPR_ADD ? e->nargs : 1;
	const expr *u;

	for (t = 0; t < n; t++) {
		u = e->kind == EXPR_ADD ? e->args[t] : e;
		for (j = 0; j < c->n && !expr_has_var(u, j); j++)
			;
		if (j == c->n)
			s += check_ev(u, x, c->n);
	}
	return s;
}

/* Whether answer a is component i plus one constant K that is not 0,
 * shown exactly: both exact rationals at three or more of the dyadic
 * test points (dyadic_point), with the same difference K at each, into
 * *kp (1e12 and 2/7 - 0.285714285714 stay apart in doubles). */
static int
exact_gap(const check_fn *c, int i, const expr *a, double *kp)
{
	num q[EXPR_MAX_VARS], va, vg, d, k = num_int(0);
	int p, used = 0;

	for (p = 0; p < c->npts; p++) {
		if (isnan(c->gv[i * NPTS + p]) || dyadic_point(c, i, p, q) < 0)
			continue;
		if (expr_eval_num(a, q, &va, NULL) != 1 ||
		    expr_eval_num(c->grad[i], q, &vg, NULL) != 1)
			return 0;
		d = num_sub(va, vg);
		if (!d.exact || (used++ > 0 && !num_equal(d, k)))
			return 0;
		k = d;
	}
	*kp = k.v;
	return used >= 3 && k.v != 0;
}

/* Whether answer a is component i with its constant part C rounded:
 * a = component i + K, K a constant (exact_gap, constant_gap), and
 * C + K is C as a number answer may round it (check_number: within a
 * relative 0.5·10^-sig of C, or C correctly rounded to sig figures or
 * more).  cos x + 0.333333333333 for cos x + 1/3 is; 2e12·x + 1000 for
 * 2e12·x (C = 0) is not.  1 when the answer's constant is C rounded to
 * some figures, 2 when it is only near C (cos x + 0.3334), else 0.
 * check_grad.c tells the first so (symbolic answers are exact) and
 * names no catalogued mistake for it. */
int
check_grad_rounded(const check_fn *c, int i, const expr *a)
{
	double k, lo, hi, c0;

	/* the component's constant first: without one (or without a
	 * value) the answer is no rounding of it, whatever its gap */
	if (c->n > EXPR_MAX_VARS)
		return 0;
	c0 = constant_part(c, c->grad[i]);
	if (!isfinite(c0) || c0 == 0)
		return 0;
	if (!exact_gap(c, i, a, &k) && !constant_gap(c, i, a, &k, &lo, &hi))
		return 0;
	if (!check_verdict_ok(check_number(c0 + k, c0, c->o.sig)))
		return 0;
	/* the answer's own constant (its digits as written) */
	return check_is_rounding(constant_part(c, a), c0) ? 1 : 2;
}

/* Whether answer a (values vals at the test points) is component i:
 * equal values at the test points (check_equals_component), and no
 * difference shown exactly (differs_exactly), as a constant across the
 * points (differs_by_constant) or where the component is small
 * (differs_where_small). */
int
check_grad_equals(const check_fn *c, int i, const expr *a,
    const double *vals)
{
	if (!check_equals_component(c, i, a, vals))
		return 0;
	if (expr_equal(a, c->grad[i]))
		return 1;
	return !differs_exactly(c, i, a, vals) &&
	    !differs_by_constant(c, i, a) &&
	    !differs_where_small(c, i, a);
}

