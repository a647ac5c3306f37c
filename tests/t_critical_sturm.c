/* t_critical_sturm.c - the exact count of the roots of f' (Sturm's
 * theorem, critical_sturm.c) for polynomials whose critical points are
 * known by construction: repeated roots, roots closer together than
 * Newton's method tells apart, none in the box, many, one on its edge.
 * Every expected root is worked out in the comments, never taken from
 * nabla. */
#include "config.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/critical_sturm.h"
#include "core/expr.h"
#include "tap.h"

/* Parse text in x; bails out on an error. */
static expr *
parse(const char *text)
{
	expr_vars v;
	expr_error err;
	expr *e = NULL;

	memset(&v, 0, sizeof v);
	snprintf(v.name[0], sizeof v.name[0], "x");
	v.n = 1;
	if (expr_parse(text, &v, 0, &e, NULL, &err) != 0) {
		printf("Bail out! cannot parse %s: %s\n", text, err.msg);
		exit(1);
	}
	return e;
}

/* Whether r is well formed: intervals in order, apart, their counts
 * summing to r->count, f' of one sign at each end. */
static int
well_formed(const critical_roots *r)
{
	int i, sum = 0;

	for (i = 0; i < r->n; i++) {
		if (!(r->a[i] < r->b[i]) || r->k[i] < 1 ||
		    (i > 0 && r->a[i] < r->b[i - 1]) ||
		    (r->left[i] != 1 && r->left[i] != -1) ||
		    (r->right[i] != 1 && r->right[i] != -1))
			return 0;
		sum += r->k[i];
	}
	return sum == r->count;
}

/* The interval of r holding x (within a few ulps: x is the root
 * computed in doubles), or -1. */
static int
holding(const critical_roots *r, double x)
{
	double u = 2 * DBL_EPSILON * fmax(fabs(x), DBL_MIN);
	int i;

	for (i = 0; i < r->n; i++)
		if (r->a[i] - u <= x && x <= r->b[i] + u)
			return i;
	return -1;
}

/* Check that f (text) has exactly the critical points want (n of them,
 * each a simple interval) in [lo, hi]; kinds[i]: 1 minimum, -1 maximum,
 * 0 no extremum (the signs of f' on either side). */
static void
expect(const char *text, double lo, double hi, const double *want,
    const int *kinds, int n)
{
	critical_roots r;
	expr *e = parse(text);
	int i, j, rc = critical_sturm_roots(e, lo, hi, 0, &r);

	if (!ok(rc == 0 && r.count == n && r.n == n && well_formed(&r),
	    "%s in [%g, %g]: %d critical points (got rc %d, %d in %d "
	    "intervals)", text, lo, hi, n, rc, r.count, r.n)) {
		critical_roots_free(&r);
		expr_free(e);
		return;
	}
	for (i = 0; i < n; i++) {
		j = holding(&r, want[i]);
		ok(j == i && r.k[j] == 1 && r.b[j] - r.a[j] <= 8 * DBL_EPSILON *
		    fmax(fabs(want[i]), 1e-300), "%s: root %.17g pinned down "
		    "to doubles (interval %d)", text, want[i], j);
		if (j >= 0 && kinds != NULL) {
			int got = r.left[j] < 0 && r.right[j] > 0 ? 1 :
			    r.left[j] > 0 && r.right[j] < 0 ? -1 : 0;
			ok(got == kinds[i], "%s: first derivative test at %g "
			    "gives %d", text, want[i], kinds[i]);
		}
	}
	critical_roots_free(&r);
	expr_free(e);
}

int
main(void)
{
	static const double w1[] = { -1, 1 };
	static const int k1[] = { -1, 1 };
	static const double w2[] = { 1 };
	static const int k2[] = { 1 };
	static const double w3[] = { 0 };
	static const int k3[] = { 0 };
	double w5[5], w17[17];
	int k17[17], i;
	double s;
	critical_roots r;
	expr *e;

	/* f' = x^2 - 1: a maximum at -1, a minimum at 1 */
	expect("x^3/3 - x", -5, 5, w1, k1, 2);
	/* f' = 6(x - 1)^5: one root, of multiplicity 5, a minimum; the
	 * same multiplied out */
	expect("(x-1)^6", -5, 5, w2, k2, 1);
	expect("x^6 - 6x^5 + 15x^4 - 20x^3 + 15x^2 - 6x + 1", -5, 5, w2, k2,
	    1);
	/* f' = 3x^2: one root, no extremum (f' > 0 on both sides) */
	expect("x^3", -5, 5, w3, k3, 1);
	/* f' = 3x^2 + 1 > 0: none; f' = 2(x - 10): none in the box */
	expect("x^3 + x", -5, 5, NULL, NULL, 0);
	expect("(x-10)^2", -5, 5, NULL, NULL, 0);
	/* f' = 2(x - 5): its root on the edge of the box counts */
	expect("(x-5)^2", -5, 5, (const double[]){ 5 }, k2, 1);
	/* f = g^2, g = (x - 1)(x - 1.000001)(x + 2): f' = 2 g g' vanishes
	 * at the three roots of g (minima, f = 0) and at the two of g'
	 * (maxima, by Rolle one in (-2, 1), one in (1, 1.000001)).  g =
	 * (x^2 - 2.000001x + 1.000001)(x + 2) = x^3 - 0.000001x^2 -
	 * 3.000001x + 2.000002, so g' = 3x^2 - 0.000002x - 3.000001: its
	 * roots by the quadratic formula (the negative one as 2c/(-b + s),
	 * which keeps its digits) */
	{
		double a = 3, b = -0.000002, c = -3.000001;

		s = sqrt(b * b - 4 * a * c);
		w5[0] = -2;
		w5[1] = 2 * c / (-b + s);
		w5[2] = 1;
		w5[3] = (-b + s) / (2 * a);
		w5[4] = 1.000001;
	}
	{
		static const int k5[] = { 1, -1, 1, -1, 1 };

		expect("((x-1)(x-1.000001)(x+2))^2", -5, 5, w5, k5, 5);
	}
	/* g = (x + 4)(x + 3)...(x - 4): f = g^2 has minima at the nine
	 * integers and, by Rolle, one maximum between each two: 17; the
	 * maxima are where g' = 0, found here by bisection of g'/g =
	 * sum 1/(x - j), which falls from +inf to -inf between j and j + 1 */
	for (i = 0; i < 9; i++) {
		w17[2 * i] = i - 4;
		k17[2 * i] = 1;
	}
	for (i = 0; i < 8; i++) {
		double lo = i - 4, hi = i - 3, m = 0, t;
		int it, j;

		for (it = 0; it < 200; it++) {
			m = lo + (hi - lo) / 2;
			if (m <= lo || m >= hi)
				break;
			for (t = 0, j = -4; j <= 4; j++)
				t += 1 / (m - j);
			if (t > 0)
				lo = m;
			else
				hi = m;
		}
		w17[2 * i + 1] = m;
		k17[2 * i + 1] = -1;
	}
	expect("((x+4)(x+3)(x+2)(x+1)x(x-1)(x-2)(x-3)(x-4))^2", -5, 5, w17,
	    k17, 17);
	/* roots 1e-15 apart at 8, closer than doubles (1 ulp there is
	 * 1.8e-15): f = (x - 8)^2 (x - 8 - 10^-15)^2 has three critical
	 * points there (two minima, a maximum between); they are counted,
	 * not parted */
	e = parse("(x - 8)^2 (x - 8 - 1/1000000000000000)^2");
	ok(critical_sturm_roots(e, -10, 10, 0, &r) == 0 && r.count == 3 &&
	    well_formed(&r) && r.n < 3, "three roots within an ulp: counted "
	    "(%d), in %d intervals", r.count, r.n);
	critical_roots_free(&r);
	expr_free(e);
	/* 1e-15 apart at 1/3 (about 18 ulps): parted, the maximum half
	 * way between */
	{
		static const int k3b[] = { 1, -1, 1 };
		double t = 1.0 / 3, u = 1e-15;
		double w3b[3];

		w3b[0] = t;
		w3b[1] = t + u / 2;
		w3b[2] = t + u;
		expect("(x - 1/3)^2 (x - 1/3 - 1/1000000000000000)^2", -5, 5,
		    w3b, k3b, 3);
	}
	/* not a polynomial, or in two variables: no count */
	e = parse("sin(x)");
	ok(critical_sturm_roots(e, -5, 5, 0, &r) == -1 && r.n == 0,
	    "sin x: no count");
	expr_free(e);
	/* a work bound that runs out says so, and keeps nothing */
	e = parse("((x+4)(x+3)(x+2)(x+1)x(x-1)(x-2)(x-3)(x-4))^2");
	ok(critical_sturm_roots(e, -5, 5, 1000, &r) == -1 && r.n == 0 &&
	    r.count == 0, "a small work bound: no count");
	expr_free(e);
	/* a huge degree: no count, quickly */
	e = parse("(x^2 + 1)^100000 + x");
	ok(critical_sturm_roots(e, -5, 5, 0, &r) == -1, "degree 200000: "
	    "no count");
	expr_free(e);
	return tap_done();
}
