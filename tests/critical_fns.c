/* critical_fns.c - what the critical-point tests share
 * (t_critical_degen.c, t_critical_multiple.c, t_critical_scale.c,
 * t_critical_slant.c): a function in x, y, z parsed, its critical
 * points found or the test bailed out, and looks at a point: exact
 * coordinates, the digits shown, where it is, what kind it claims. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/num.h"
#include "critical_fns.h"
#include "expr_fns.h"

/* text parsed in x, y, z (the first nvars), or the test bails out. */
expr *
parse(const char *text, int nvars)
{
	static const char *const vars[] = { "", "x", "x,y", "x,y,z" };
	expr_vars v;

	return parse_in(text, &v, vars[nvars]);
}

/* The critical points of text with options o (NULL: the defaults). */
void
find_opts(const char *text, int nvars, const critical_opts *o,
    critical_result *r)
{
	expr *f = parse(text, nvars);
	char *cause = NULL;

	if (critical_find(f, nvars, o, r, &cause) != 0) {
		printf("Bail out! critical_find %s: %s\n", text, cause);
		exit(1);
	}
	expr_free(f);
}

/* The critical points of text with the default options. */
void
find(const char *text, int nvars, critical_result *r)
{
	find_opts(text, nvars, NULL, r);
}

/* Whether coordinate i of p is exactly the rational a/b. */
int
exactly(const critical_point *p, int i, long long a, long long b)
{
	num q = num_rat(a, b);

	return p->exact && p->xq[i].exact && p->xq[i].p == q.p &&
	    p->xq[i].q == q.q && p->x[i] == q.v;
}

/* Whether the digits shown for coordinate i of p are right for t. */
int
digits_right(const critical_point *p, int i, double t)
{
	char a[40], b[40];
	int d = p->digits[i] > 10 ? 10 : p->digits[i];

	if (d == 0)
		return p->x[i] == 0 && fabs(t) <= p->err[i];
	num_format(t, d, a, sizeof a);
	num_format(p->x[i], d, b, sizeof b);
	return strcmp(a, b) == 0;
}

/* The index of the point of r within its uncertainty of want, or -1. */
int
point_at(const critical_result *r, const double *want)
{
	int i, k;

	for (k = 0; k < r->n; k++) {
		for (i = 0; i < r->nvars; i++)
			if (!(fabs(r->p[k].x[i] - want[i]) <= r->p[k].err[i] +
			    1e-12 * (1e-3 + fabs(want[i]))))
				break;
		if (i == r->nvars)
			return k;
	}
	return -1;
}

/* Whether the point's kinds claim an extremum. */
int
extremum(const critical_point *p)
{
	return p->kind == CRITICAL_MINIMUM || p->kind == CRITICAL_MAXIMUM ||
	    p->higher == CRITICAL_MINIMUM || p->higher == CRITICAL_MAXIMUM;
}
