/* check_round.c - numbers and points as a student wrote them, against
 * the truth: whether a number is the truth correctly rounded, how a
 * point compares coordinate by coordinate (check_number's verdicts),
 * the point in the digits typed, and ∇f at a point.  Shared by the
 * judges of steps, gradients at a point and critical points. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "check_impl.h"
#include "num.h"
#include "sbuf.h"

/* Whether got is want correctly rounded to some number (1 to 17) of
 * significant figures: 0.333 for 1/3 is, 6.000000001 for 6 is not. */
int
check_is_rounding(double got, double want)
{
	char buf[64];
	int k;

	if (!isfinite(got) || !isfinite(want))
		return 0;
	for (k = 1; k <= 17; k++)
		if (num_strtod(num_format(want, k, buf, sizeof buf), NULL) ==
		    got)
			return 1;
	return 0;
}

/* Whether each coordinate of got is the one of want, or want's
 * rounded (check_is_rounding). */
int
check_point_rounds(const check_fn *c, const double *got, const double *want)
{
	int i;

	for (i = 0; i < c->n; i++)
		if (got[i] != want[i] && !check_is_rounding(got[i], want[i]))
			return 0;
	return 1;
}

/* Point x (one coordinate without parentheses) with each coordinate in
 * its shortest exact text, the digits the student wrote (800000000001,
 * not 8e+11): a new string. */
char *
check_fmt_written(const double *x, int n)
{
	sbuf b = SBUF_INIT;
	char buf[64];
	int i;

	if (n > 1)
		sbuf_add(&b, "(");
	for (i = 0; i < n; i++) {
		if (i > 0)
			sbuf_add(&b, ", ");
		sbuf_add(&b, num_format_exact(x[i], buf, sizeof buf));
	}
	if (n > 1)
		sbuf_add(&b, ")");
	return sbuf_take(&b);
}

/* ∇f at x into g; returns 0, or -1 when a component is not defined. */
int
check_gradient_at(const check_fn *c, const double *x, double *g)
{
	int	i;

	for (i = 0; i < c->n; i++) {
		g[i] = check_ev_exact(c->grad[i], x, c->n);
		if (isnan(g[i]))
			return -1;
	}
	return 0;
}

/* How point got compares with want, coordinate by coordinate: the worst
 * verdict (the verdicts are ordered from best to worst, CHECK_WRONG
 * aside). */
enum check_verdict
check_point_compare(const check_fn *c, const double *got,
    const double *want)
{
	enum check_verdict v, worst = CHECK_RIGHT;
	int	i;

	for (i = 0; i < c->n; i++) {
		if (isnan(want[i]))
			return CHECK_WRONG;
		v = check_number(got[i], want[i], c->o.sig);
		if (v == CHECK_WRONG)
			return CHECK_WRONG;
		if (v > worst)
			worst = v;
	}
	return worst;
}

/* The same, with a point rounded too far counted wrong. */
enum check_verdict
check_point_verdict(const check_fn *c, const double *got, const double *want)
{
	enum check_verdict v = check_point_compare(c, got, want);

	return v == CHECK_TOO_ROUNDED ? CHECK_WRONG : v;
}
