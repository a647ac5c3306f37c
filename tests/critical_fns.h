/* critical_fns.h - what the critical-point tests share (critical_fns.c). */
#ifndef NABLA_TESTS_CRITICAL_FNS_H
#define NABLA_TESTS_CRITICAL_FNS_H

#include "core/critical.h"
#include "core/expr.h"

/* text parsed in the variables x, y, z (the first nvars of them); bails
 * out on a parse error.  Caller frees. */
expr	*parse(const char *text, int nvars);
/* The critical points of text (variables as parse) into r with the
 * options o (NULL: the defaults); bails out on an error.  r is the
 * caller's to free. */
void	 find_opts(const char *text, int nvars, const critical_opts *o,
	    critical_result *r);
/* find_opts with the default options. */
void	 find(const char *text, int nvars, critical_result *r);
/* Whether coordinate i of p is exactly the rational a/b. */
int	 exactly(const critical_point *p, int i, long long a, long long b);
/* Whether the digits shown for coordinate i of p are right for the true
 * value t: t rounded to p->digits[i] significant digits (10 at most) is
 * what p->x[i] rounds to (0 digits: x is 0 and t is within the
 * uncertainty). */
int	 digits_right(const critical_point *p, int i, double t);
/* The index of the point of r within its uncertainty (and a hair) of
 * want, or -1. */
int	 point_at(const critical_result *r, const double *want);
/* Whether the point's kinds (by the second derivative test or by the
 * higher-order one) claim an extremum. */
int	 extremum(const critical_point *p);

#endif
