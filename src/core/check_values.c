/* check_values.c - the checker's numbers: values of an expression at a
 * point (exactly where the point is short rationals and the expression
 * a polynomial), whether two values agree relative to their own size and
 * within the rounding noise of the truth, and check_number's verdict on
 * a student's number (right, rounded, rounded too far, wrong).  check.c
 * prepares the test points these values are taken at. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "check_impl.h"
#include "nls.h"
#include "num.h"

/* The value of e at the point xs (as check_ev_why reads a point), or
 * NaN where e is not defined, the reason in *dom (may be NULL). */
double
check_ev_nums(const expr *e, const num *xs, expr_domain *dom)
{
	num	out;
	int	k;

	if (dom != NULL)
		memset(dom, 0, sizeof *dom);
	k = expr_eval_num(e, xs, &out, dom);
	if (k >= 0 && isinf(out.v) && dom != NULL) {
		/* a value, too large for a double (1e200·1e200) */
		dom->failed = 1;
		dom->overflow = 1;
		snprintf(dom->msg, sizeof dom->msg, "%s", _("the value is too "
		    "large to represent (overflow)"));
	}
	if (k < 0 || !isfinite(out.v))
		return NAN;
	return out.v;
}

/* The value of e at x (doubles; whole numbers are passed exactly), or
 * NaN where e is not defined or not finite, with why in dom (when not
 * NULL). */
double
check_ev_why(const expr *e, const double *x, int n, expr_domain *dom)
{
	num	xs[EXPR_MAX_VARS];
	int	i;

	for (i = 0; i < n; i++)
		xs[i] = num_real(x[i]);	/* whole numbers exactly */
	return check_ev_nums(e, xs, dom);
}

/* The value of e at x, or NaN where e is not defined. */
double
check_ev(const expr *e, const double *x, int n)
{
	return check_ev_why(e, x, n, NULL);
}

/* The value of e at x, computed exactly where x holds short rationals
 * and e is a polynomial (so 1 - 0.1·6 is 0.4, not 0.3999999999999999);
 * NaN where e is not defined. */
double
check_ev_exact(const expr *e, const double *x, int n)
{
	num	xs[EXPR_MAX_VARS], out;
	int	i;

	for (i = 0; i < n; i++)
		xs[i] = num_snap_typed(x[i]);
	if (expr_eval_num(e, xs, &out, NULL) < 0 || !isfinite(out.v))
		return NAN;
	return out.v;
}

/* Whether two values agree as exact answers (both undefined counts),
 * relative to their own size, or within floor (an absolute size below
 * which differences are noise; 0 for none). */
int
check_same_floor(double a, double b, double floor)
{
	if (isnan(a) || isnan(b))
		return isnan(a) && isnan(b);
	return fabs(a - b) <= SYM_TOL * fmax(fabs(a), fabs(b)) + floor;
}

/* Whether two values agree as exact answers, relative to their size. */
int
check_same(double a, double b)
{
	return check_same_floor(a, b, 0);
}

/* Whether a and b agree at every point where ref is defined, relative
 * to their own size at each point (no absolute floor: tiny values are
 * compared as carefully as large ones), give or take NOISE_FACTOR times
 * noise[p], the rounding error of ref there (noise may be NULL); -1
 * when ref is defined nowhere. */
int
check_agree(const double *ref, const double *a, const double *b,
    const double *noise, int npts)
{
	int	p, used = 0;

	for (p = 0; p < npts; p++) {
		if (isnan(ref[p]))
			continue;
		if (!check_same_floor(a[p], b[p], noise != NULL ?
		    NOISE_FACTOR * noise[p] : 0))
			return 0;
		used++;
	}
	return used > 0 ? 1 : -1;
}

/* check_same_floor(a, b, NOISE_FACTOR times the noise of component i at
 * test point p): where a and b agree without it (or a value is NaN)
 * no noise can change that, since it is never negative nor NaN. */
int
check_same_noise(const check_fn *c, int i, int p, double a, double b)
{
	if (isnan(a) || isnan(b) || check_same_floor(a, b, 0))
		return check_same_floor(a, b, 0);
	return check_same_floor(a, b, NOISE_FACTOR * check_noise_point(c, i,
	    p));
}

/* check_agree(the values of component i, a, b, its noise), the noise
 * at a point worked out only where it is needed. */
int
check_agree_comp(const check_fn *c, int i, const double *a,
    const double *b)
{
	const double	*ref = c->gv + i * NPTS;
	int		 p, used = 0;

	for (p = 0; p < NPTS; p++) {
		if (isnan(ref[p]))
			continue;
		if (!check_same_noise(c, i, p, a[p], b[p]))
			return 0;
		used++;
	}
	return used > 0 ? 1 : -1;
}

/* x rounded to sig significant figures. */
static double
round_sig(double x, int sig)
{
	double	p;

	if (x == 0 || !isfinite(x))
		return x;
	p = pow(10, sig - 1 - (int)floor(log10(fabs(x))));
	return round(x * p) / p;
}

/* How a student's number compares with the truth, want being known to
 * within noise (see check.h). */
enum check_verdict
check_number_near(double got, double want, int sig, double noise)
{
	double	err, r;
	int	k;

	if (isnan(got) || isnan(want) || isinf(got) || isinf(want))
		return CHECK_WRONG;
	if (sig < 1)
		sig = CHECK_DEFAULT_SIG;
	if (!(noise >= 0) || isinf(noise))
		noise = 0;
	err = fabs(got - want);
	/* relative to want's own size, never an absolute floor */
	if (err <= REL_TOL * fabs(want) + noise)
		return CHECK_RIGHT;
	/* within a relative 0.5·10^-sig (5e-4 for 3 figures) of want */
	if (err <= 0.5 * pow(10, -sig) * fabs(want) * (1 + 1e-9) + noise)
		return CHECK_ROUNDED;
	/* or want correctly rounded to sig figures or more (trailing zeros
	 * may be left out: 1 stands for 1.00) */
	for (k = sig; k <= 17; k++) {
		r = round_sig(want, k);
		if (fabs(got - r) <= REL_TOL * fabs(r) + noise)
			return CHECK_ROUNDED;
	}
	for (k = 1; k < sig; k++) {
		r = round_sig(want, k);
		if (fabs(got - r) <= REL_TOL * fabs(r) + noise)
			return CHECK_TOO_ROUNDED;
	}
	for (k = 0; k <= 2; k++) {
		r = round(want * pow(10, k)) / pow(10, k);
		if (fabs(got - r) <= REL_TOL * fabs(r) + noise &&
		    err <= 0.5 * fabs(want))
			return CHECK_TOO_ROUNDED;
	}
	return CHECK_WRONG;
}

/* How a student's number compares with a truth computed from inputs of
 * about unit size (see check.h). */
enum check_verdict
check_number(double got, double want, int sig)
{
	return check_number_near(got, want, sig, UNIT_NOISE);
}

/* Whether v accepts the number. */
int
check_verdict_ok(enum check_verdict v)
{
	return v == CHECK_RIGHT || v == CHECK_ROUNDED;
}
