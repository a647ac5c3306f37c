/* t_critical_slant.c - degenerate critical points whose null direction
 * is slanted (issue 11): f = P(a x + b y + c) + Q(d x + e y + g),
 * expanded, with P' having a multiple root, so that the Hessian's zero
 * eigenvalue lies along no axis and ∇f, evaluated in the expanded form,
 * is rounding noise at the point.  Each point must be found once,
 * exactly, inconclusive by the second derivative test, with what the
 * higher-order test says matching the truth.  The points, eigenvalues
 * and kinds are worked out by hand in the comments (SymPy agrees). */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/critical.h"
#include "core/expr.h"
#include "core/num.h"
#include "tap.h"

/* Parse text (it has both x and y, which the parser sorts so); bails
 * out on a parse error. */
static expr *
parse(const char *text)
{
	expr_vars v = { 0 };
	expr_error err;
	expr *e = NULL;

	if (expr_parse(text, &v, 0, &e, NULL, &err) != 0 || v.n != 2) {
		printf("Bail out! cannot parse %s in x, y\n", text);
		exit(1);
	}
	return e;
}

/* Whether coordinate i of p is exactly a/b. */
static int
exactly(const critical_point *p, int i, long long a, long long b)
{
	num q = num_rat(a, b);

	return p->exact && p->xq[i].exact && p->xq[i].p == q.p &&
	    p->xq[i].q == q.q;
}

int
main(void)
{
	static const struct {
		const char *name, *f;
		long long xa, xb, ya, yb;	/* the point (xa/xb, ya/yb) */
		double eig;			/* the eigenvalue not 0 */
		enum critical_kind higher;	/* by the values around */
	} t[] = {
		/* -(u + 1)^4/6 + (v^2 - 3v)/6, u = x + y, v = x - y: u = -1,
		 * v = 3/2, so (1/4, -5/4); Q'' = 1/3 along (1, -1)/√2 gives
		 * the eigenvalue 2·(1/3) = 2/3; a maximum along u, a minimum
		 * along v: no extremum */
		{ "-(x+y+1)^4/6 + ((x-y)^2 - 3(x-y))/6",
		    "-x^4/6 - 2*x^3*y/3 - 2*x^3/3 - x^2*y^2 - 2*x^2*y - "
		    "5*x^2/6 - 2*x*y^3/3 - 2*x*y^2 - 7*x*y/3 - 7*x/6 - y^4/6 - "
		    "2*y^3/3 - 5*y^2/6 - y/6 - 1/6",
		    1, 4, -5, 4, 2.0 / 3, CRITICAL_SADDLE },
		/* (u - 1)^4 + v^2: (1/2, 1/2), eigenvalue 2·2 = 4, a
		 * minimum along both: a minimum */
		{ "(x+y-1)^4 + (x-y)^2",
		    "x^4 + 4*x^3*y - 4*x^3 + 6*x^2*y^2 - 12*x^2*y + 7*x^2 + "
		    "4*x*y^3 - 12*x*y^2 + 10*x*y - 4*x + y^4 - 4*y^3 + 7*y^2 - "
		    "4*y + 1",
		    1, 2, 1, 2, 4, CRITICAL_MINIMUM },
		/* (2x + y)^3 + (x - y - 3)^2: ∇f = 3a²(2, 1) + 2b(1, -1)
		 * = 0 gives a = b = 0, so (1, -2); eigenvalue 4; a cube
		 * along a: no extremum */
		{ "(2x+y)^3 + (x-y-3)^2",
		    "8*x^3 + 12*x^2*y + x^2 + 6*x*y^2 - 2*x*y - 6*x + y^3 + "
		    "y^2 + 6*y + 9",
		    1, 1, -2, 1, 4, CRITICAL_SADDLE },
		/* (x + y - 1)^6 - (x - 2y)^2: (2/3, 1/3); the Hessian
		 * -2(1, -2)(1, -2)ᵀ has the eigenvalue -2·5 = -10; a
		 * minimum along one line, a maximum along the other */
		{ "(x+y-1)^6 - (x-2y)^2",
		    "x^6 + 6*x^5*y - 6*x^5 + 15*x^4*y^2 - 30*x^4*y + 15*x^4 + "
		    "20*x^3*y^3 - 60*x^3*y^2 + 60*x^3*y - 20*x^3 + 15*x^2*y^4 "
		    "- 60*x^2*y^3 + 90*x^2*y^2 - 60*x^2*y + 14*x^2 + 6*x*y^5 - "
		    "30*x*y^4 + 60*x*y^3 - 60*x*y^2 + 34*x*y - 6*x + y^6 - "
		    "6*y^5 + 15*y^4 - 20*y^3 + 11*y^2 - 6*y + 1",
		    2, 3, 1, 3, -10, CRITICAL_SADDLE },
	};
	size_t i;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		expr *f = parse(t[i].f);
		critical_result r;
		char *cause = NULL;
		const critical_point *p;
		double e;

		if (critical_find(f, 2, NULL, &r, &cause) != 0) {
			printf("Bail out! %s: %s\n", t[i].name, cause);
			exit(1);
		}
		ok(r.n == 1, "%s expanded: one critical point (got %d)",
		    t[i].name, r.n);
		if (r.n == 1) {
			p = &r.p[0];
			ok(exactly(p, 0, t[i].xa, t[i].xb) &&
			    exactly(p, 1, t[i].ya, t[i].yb),
			    "%s: exactly (%lld/%lld, %lld/%lld)", t[i].name,
			    t[i].xa, t[i].xb, t[i].ya, t[i].yb);
			e = fabs(p->eig[0]) > fabs(p->eig[1]) ? p->eig[0] :
			    p->eig[1];
			ok(p->kind == CRITICAL_INCONCLUSIVE &&
			    fmin(fabs(p->eig[0]), fabs(p->eig[1])) == 0 &&
			    fabs(e - t[i].eig) <= 1e-12 * fabs(t[i].eig),
			    "%s: inconclusive, eigenvalues 0 and %g", t[i].name,
			    t[i].eig);
			ok(p->higher == t[i].higher, "%s: %s by the values "
			    "around (got %s)", t[i].name,
			    critical_kind_name(t[i].higher),
			    critical_kind_name(p->higher));
		}
		critical_result_free(&r);
		expr_free(f);
	}
	return tap_done();
}
