/* t_critical_multiple.c - critical points of high multiplicity on the
 * scale 1e-3, of polynomials multiplied out whose smallest numbers are
 * beyond the exact rationals (issue 11; seeds 29 and 33 of
 * t_critical_gen.sh, which needs SymPy; these do not).  There ∇f and
 * the Hessian are rounding noise for a while around the point, Newton's
 * own distance says nothing, and the search used to drop the point.
 * Every expected answer is worked out by hand in the comments. */
#include "config.h"

#include <math.h>
#include <stdio.h>

#include "critical_fns.h"
#include "tap.h"

/* The critical points of text (variables x, y, z) in the box
 * [-0.01, 0.01] along every axis; bails out on an error. */
static void
find_small(const char *text, int nvars, critical_result *r)
{
	critical_opts o;
	int i;

	critical_opts_init(&o);
	o.has_box = 1;
	for (i = 0; i < nvars; i++) {
		o.lo[i] = -0.01;
		o.hi[i] = 0.01;
	}
	find_opts(text, nvars, &o, r);
}

int
main(void)
{
	critical_result r;
	double w[3], s7 = sqrt(7), s30 = sqrt(30), s3 = sqrt(3);
	int k, i, j, all;

	/* -5(x + 1/200)^8 multiplied out (its constant -5/200^8 =
	 * -1/512000000000000000): f' = -40(x + 1/200)^7 is 0 only at
	 * -1/200, where f'' = -280(x + 1/200)^6 = 0 too; the first
	 * derivative not 0 there is f^(8) = -5·8! < 0, of even order: a
	 * maximum (f = -5(x + 1/200)^8 <= 0 = f(-1/200)) */
	find_small("-5*x^8 - x^7/5 - 7*x^6/2000 - 7*x^5/200000 - 7*x^4/32000000"
	    " - 7*x^3/8000000000 - 7*x^2/3200000000000 - x/320000000000000"
	    " - 1/512000000000000000", 1, &r);
	w[0] = -0.005;
	k = point_at(&r, w);
	ok(r.n == 1 && k == 0,
	    "-5(x + 1/200)^8 expanded: its one critical point -1/200 found");
	ok(k == 0 && r.p[0].kind == CRITICAL_INCONCLUSIVE &&
	    r.p[0].higher == CRITICAL_MAXIMUM,
	    "-5(x + 1/200)^8 expanded: f'' = 0, a maximum by f^(8) < 0");
	critical_result_free(&r);

	/* f = P(x) + Q(y) with P' = (2000x + 1)^4/3200000000000 and
	 * Q' = (250y - 1)^7/3814697265625000 (2(y - 1/250)^8 expanded),
	 * and a constant 1961317/62500000000000000000000: the only
	 * critical point is (-1/2000, 1/250); P' >= 0 on both sides of
	 * -1/2000 (even power), so f rises through it along x: no
	 * extremum, whatever Q does */
	find_small("x^5 + x^4/400 + x^3/400000 + x^2/800000000 + x/3200000000000"
	    " + 2*y^8 - 8*y^7/125 + 14*y^6/15625 - 14*y^5/1953125"
	    " + 7*y^4/195312500 - 7*y^3/61035156250"
	    " + 7*y^2/30517578125000 - y/3814697265625000"
	    " + 1961317/62500000000000000000000", 2, &r);
	w[0] = -0.0005;
	w[1] = 0.004;
	k = point_at(&r, w);
	ok(r.n == 1 && k == 0,
	    "(2000x + 1)^5 and (250y - 1)^8 parts expanded: "
	    "(-1/2000, 1/250) found, alone");
	ok(k == 0 && !extremum(&r.p[0]),
	    "(-1/2000, 1/250): no extremum claimed (f_x >= 0 both sides)");
	critical_result_free(&r);

	/* f = x^3 - x^2/1000 - x/500000 - y^8
	 *     + 2(z^2 - 3/10^6)^3 (z - 1/1000) + 2/10^9 (expanded):
	 * f_x = 3x^2 - x/500 - 1/500000 = 0 at x = (1 ± √7)/3000,
	 * f_xx = 6x - 1/500 = ±√7/500: a minimum in x at (1 + √7)/3000,
	 * a maximum at (1 - √7)/3000; f_y = -8y^7: y = 0, a maximum;
	 * f_z = 2(z^2 - 3/10^6)^2 (7z^2 - 6z/1000 - 3/10^6) = 0 at
	 * z = ±√3/1000 (f_z >= 0 on both sides: no extremum) and at
	 * z = (3 ± √30)/7000 (7z^2 - ... rises through its larger root: a
	 * minimum in z there, a maximum at the smaller).  All 2·1·4 = 8
	 * combinations are critical points, all in the box; with x at its
	 * minimum and y at its maximum none is an extremum, nor with z at
	 * ±√3/1000; (1 - √7)/3000, 0, (3 - √30)/7000 is a maximum along
	 * every axis (a sum of parts: a maximum). */
	find_small("x^3 - x^2/1000 - x/500000 - y^8 + 2*z^7 - z^6/500"
	    " - 9*z^5/500000 + 9*z^4/500000000 + 27*z^3/500000000000"
	    " - 27*z^2/500000000000000 - 27*z/500000000000000000"
	    " + 1000000000027/500000000000000000000", 3, &r);
	all = 1;
	for (i = 0; i < 2; i++)
		for (j = 0; j < 4; j++) {
			w[0] = (1 + (i ? -s7 : s7)) / 3000;
			w[1] = 0;
			w[2] = j < 2 ? (3 + (j ? -s30 : s30)) / 7000 :
			    (j == 2 ? s3 : -s3) / 1000;
			k = point_at(&r, w);
			if (k < 0) {
				printf("# missed (%.10g, 0, %.10g)\n", w[0],
				    w[2]);
				all = 0;
			} else if (extremum(&r.p[k]) && !(i == 1 && j == 1)) {
				printf("# (%.10g, 0, %.10g) said an extremum\n",
				    w[0], w[2]);
				all = 0;
			} else if (i == 1 && j == 1 &&
			    (r.p[k].kind == CRITICAL_MINIMUM ||
			    r.p[k].higher == CRITICAL_MINIMUM)) {
				printf("# the maximum said a minimum\n");
				all = 0;
			}
		}
	ok(r.n == 8 && all, "x^3 - x^2/1000 - ..., -y^8, z^7 ... expanded: "
	    "the 8 points, (1 ± √7)/3000, 0, (3 + √30)/7000 among them; "
	    "no false extremum");
	critical_result_free(&r);
	return tap_done();
}
