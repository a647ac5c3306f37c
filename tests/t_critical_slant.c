/* t_critical_slant.c - degenerate critical points whose null direction
 * is slanted (issue 11): f = P(a x + b y + c) + Q(d x + e y + g),
 * expanded, with P' having a multiple root, so that the Hessian's zero
 * eigenvalue lies along no axis and ∇f, evaluated in the expanded form,
 * is rounding noise at the point.  Each point must be found once,
 * exactly, inconclusive by the second derivative test, with what the
 * higher-order test says matching the truth; and where the point is
 * degenerate in both directions, its twins in the rounding noise must
 * neither fill the list nor show a wrong digit.  The points,
 * eigenvalues and kinds are worked out by hand in the comments (SymPy
 * agrees). */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "critical_fns.h"
#include "tap.h"

/* Points of high multiplicity in two slanted directions at once: f =
 * P(x + y) + Q(x - y) with P'(u) = -(u - 2)(2u - 3)^3/2 and Q'(v) =
 * 2(v - 2)^3(v^2 - 5)^3/3, expanded (degree 10).  ∇f = 0 where u is 2
 * or 3/2 and v is 2 or ±√5: six points (x, y) = ((u + v)/2, (u - v)/2).
 * Newton stops anywhere in the rounding noise around the ones of
 * multiplicity 3 in both directions; those twins once filled the list
 * of 64, which then said "there were more than 64" with five points
 * shown, (-0.118, 2.118) missing. */
static void
test_twins(void)
{
	static const char *const f =
	    "x^10/30 - x^9*y/3 - 2*x^9/9 + 3*x^8*y^2/2 + 2*x^8*y - x^"
	    "8/8 - 4*x^7*y^3 - 8*x^7*y^2 + x^7*y + 82*x^7/21 + 7*x^6*"
	    "y^4 + 56*x^6*y^3/3 - 7*x^6*y^2/2 - 82*x^6*y/3 - 35*x^6/6"
	    " - 42*x^5*y^5/5 - 28*x^5*y^4 + 7*x^5*y^3 + 82*x^5*y^2 + "
	    "35*x^5*y - 112*x^5/5 + 7*x^4*y^6 + 28*x^4*y^5 - 35*x^4*y"
	    "^4/4 - 410*x^4*y^3/3 - 175*x^4*y^2/2 + 108*x^4*y + 407*x"
	    "^4/6 - 4*x^3*y^7 - 56*x^3*y^6/3 + 7*x^3*y^5 + 410*x^3*y^"
	    "4/3 + 350*x^3*y^3/3 - 224*x^3*y^2 - 736*x^3*y/3 + 37*x^3"
	    "/6 + 3*x^2*y^8/2 + 8*x^2*y^7 - 7*x^2*y^6/2 - 82*x^2*y^5 "
	    "- 175*x^2*y^4/2 + 216*x^2*y^3 + 407*x^2*y^2 - 163*x^2*y/"
	    "2 - 1865*x^2/8 - x*y^9/3 - 2*x*y^8 + x*y^7 + 82*x*y^6/3 "
	    "+ 35*x*y^5 - 112*x*y^4 - 736*x*y^3/3 + 37*x*y^2/2 + 2135"
	    "*x*y/4 + 1919*x/6 + y^10/30 + 2*y^9/9 - y^8/8 - 82*y^7/2"
	    "1 - 35*y^6/6 + 108*y^5/5 + 407*y^4/6 - 163*y^3/6 - 1865*"
	    "y^2/8 - 2081*y/6";
	const double r5 = sqrt(5), u[2] = { 2, 1.5 };
	const double v[3] = { 2, r5, -r5 };
	expr *e = parse(f, 2);
	critical_result r;
	char *cause = NULL;
	int i, j, k, hits, right = 1, once = 1;

	if (critical_find(e, 2, NULL, &r, &cause) != 0) {
		printf("Bail out! twins: %s\n", cause);
		exit(1);
	}
	ok(r.n == 6 && !r.truncated, "twins: six points, the list not full "
	    "(got %d%s)", r.n, r.truncated ? ", truncated" : "");
	for (i = 0; i < 2; i++)
		for (j = 0; j < 3; j++) {
			double x = (u[i] + v[j]) / 2, y = (u[i] - v[j]) / 2;

			for (k = 0, hits = 0; k < r.n; k++) {
				const critical_point *p = &r.p[k];

				if (fabs(p->x[0] - x) > 0.1 ||
				    fabs(p->x[1] - y) > 0.1)
					continue;
				hits++;
				if (!digits_right(p, 0, x) ||
				    !digits_right(p, 1, y))
					right = 0;
			}
			if (hits != 1) {
				diag("(%g, %g) found %d times", x, y, hits);
				once = 0;
			}
		}
	ok(once, "twins: each of the six found once");
	ok(right, "twins: every digit shown is right");
	critical_result_free(&r);
	expr_free(e);
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
		expr *f = parse(t[i].f, 2);
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
	test_twins();
	return tap_done();
}
