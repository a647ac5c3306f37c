/* critical_sturm.h - the real roots of f' for a polynomial f of one
 * variable, counted and pinned down exactly (Sturm's theorem, whole
 * numbers of any size), within a bound of work.  The search of
 * critical.c uses them to list every critical point in the box, and to
 * say so. */
#ifndef NABLA_CRITICAL_STURM_H
#define NABLA_CRITICAL_STURM_H

#include "expr.h"

/* The work bound of one count (32-bit digit operations, a few ms). */
#define CRITICAL_STURM_WORK 40000000ULL

/* The distinct real roots of f' in an interval, in increasing order. */
typedef struct critical_roots {
	int count;		/* how many (each once, whatever its
				   multiplicity) */
	int n;			/* intervals below (n <= count) */
	double *a, *b;		/* root i lies in the open interval
				   (a[i], b[i]), where f' is not 0 at the
				   ends; both are doubles next to each
				   other, or as close as the work let */
	int *k;			/* roots in interval i: 1, or more when
				   doubles cannot part them */
	double *at;		/* the root itself when it is a double
				   exactly (f'(at) = 0 exactly), else NaN */
	int *left, *right;	/* the sign of f' at a[i] and b[i] (-1 or
				   1): the first derivative test */
} critical_roots;

/* Count and isolate the distinct real roots of f' in [lo, hi] (f a
 * polynomial in variable 0 alone, with exact coefficients) within
 * max_work digit operations (0: CRITICAL_STURM_WORK).  Returns 0 and
 * fills r (free with critical_roots_free), or -1 when f is no such
 * polynomial, f' is 0, the interval is empty, or the work ran out (r is
 * then empty). */
int critical_sturm_roots(const expr *f, double lo, double hi,
    unsigned long long max_work, critical_roots *r);

void critical_roots_free(critical_roots *r);

#endif
