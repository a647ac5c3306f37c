/* t_num.c - core/num's one home for numbers and points: snapping doubles
 * to rationals (typed input and computed values, two rules), formatting
 * a point, reading a number or a point, one exact descent step.
 *
 * Expected values are worked by hand (continued fractions of short
 * decimals, a - γ·g in fractions). */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/num.h"
#include "tap.h"

/* Whether q is exactly p/d. */
static int
is_rat(num q, long long p, long long d)
{
	return q.exact && q.p == p && q.q == d;
}

int
main(void)
{
	num	 q, a[2], g[2], out[2], pt[3];
	double	 x[3];
	char	*s, err[200], pbuf[40];

	/* the shortest text of a whole number has no exponent: 10 reads
	 * back from "10" (it was "1e+01", shown as "at the point
	 * (1e+01, 0.1)" in lesson 17); 1e20 keeps its exponent, written
	 * as typed (1e20, not 1e+20) */
	{
		char b[64];
		ok(strcmp(num_format_exact(10, b, sizeof b), "10") == 0,
		    "num_format_exact(10) is 10 (got %s)", b);
		ok(strcmp(num_format_exact(200, b, sizeof b), "200") == 0,
		    "num_format_exact(200) is 200 (got %s)", b);
		ok(strcmp(num_format_exact(-3000, b, sizeof b), "-3000") == 0,
		    "num_format_exact(-3000) is -3000 (got %s)", b);
		ok(strcmp(num_format_exact(0.1, b, sizeof b), "0.1") == 0,
		    "num_format_exact(0.1) is 0.1 (got %s)", b);
		ok(strcmp(num_format_exact(1e20, b, sizeof b), "1e20") == 0,
		    "num_format_exact(1e20) is 1e20 (got %s)", b);
	}

	/* an inexact num stays inexact, whole or not */
	q = num_inexact(3.0);
	ok(!q.exact && q.v == 3.0, "inexact: 3.0 stays inexact, value 3");
	q = num_inexact(0.5);
	ok(!q.exact && q.v == 0.5, "inexact: 0.5 stays inexact, value 0.5");
	ok(num_real(3.0).exact, "num_real makes 3.0 exact (the difference)");

	/* whole-number sums and products: exact while they fit in 64 bits
	 * (2^62 + 2^62 = 2^63 does not: it becomes an inexact double) */
	q = num_add(num_int(4000000000LL), num_int(-7));
	ok(is_rat(q, 3999999993LL, 1), "whole: 4000000000 - 7 exactly");
	q = num_mul(num_int(-3037000499LL), num_int(3037000499LL));
	ok(is_rat(q, -9223372030926249001LL, 1),
	    "whole: -3037000499 * 3037000499 exactly");
	q = num_add(num_int(1LL << 62), num_int(1LL << 62));
	ok(!q.exact && q.v == 9223372036854775808.0,
	    "whole: 2^62 + 2^62 is 2^63, inexact");
	q = num_mul(num_int(-(1LL << 62)), num_int(2));
	ok(!q.exact && q.v == -9223372036854775808.0,
	    "whole: -2^62 * 2 is -2^63, inexact (not a 64-bit rational)");

	/* the continued-fraction search */
	ok(num_rational_near(0.1, 1000000, 0, &q) && is_rat(q, 1, 10),
	    "rational: 0.1 is 1/10");
	ok(num_rational_near(-2.5, 1000000, 0, &q) && is_rat(q, -5, 2),
	    "rational: -2.5 is -5/2");
	ok(!num_rational_near(0.123456789, 1000, 0, &q) && !q.exact &&
	    q.v == 0.123456789, "rational: none with denominator <= 1000, "
	    "v kept inexact");
	ok(num_rational_near(M_PI, 1000, 1e-6, &q) && is_rat(q, 355, 113),
	    "rational: pi within 1e-6 is 355/113");
	ok(!num_rational_near(NAN, 1000, 0, &q), "rational: NaN has none");

	/* typed numbers: exactly the rational whose nearest double it is */
	ok(is_rat(num_snap_typed(0.1), 1, 10), "typed 0.1 is 1/10");
	ok(is_rat(num_snap_typed(0.4), 2, 5), "typed 0.4 is 2/5");
	ok(is_rat(num_snap_typed(1.0 / 7), 1, 7), "typed 1/7 is 1/7");
	ok(is_rat(num_snap_typed(0.123456), 1929, 15625),
	    "typed 0.123456 is 123456/1000000 = 1929/15625");
	ok(!num_snap_typed(1.0 / 3 + 5e-13).exact,
	    "typed: 1/3 + 5e-13 is no short fraction (no tolerance)");
	ok(!num_snap_typed(M_PI).exact, "typed pi stays a double");
	ok(is_rat(num_snap_typed(7), 7, 1), "typed 7 is 7");

	/* computed values: a simple fraction within the noise */
	ok(is_rat(num_snap_computed(2.0 / 3 + 1e-15), 2, 3),
	    "computed 2/3 with noise is 2/3");
	ok(is_rat(num_snap_computed(1.0 / 3 + 5e-13), 1, 3),
	    "computed 1/3 + 5e-13 is 1/3: the tolerance is 1e-12 absolute "
	    "below 1 (nabla descent's copy used 1e-12 relative, 3.3e-13 "
	    "here, and missed it; the lessons' copy did not)");
	ok(is_rat(num_snap_computed(0.001 + 5e-13), 1, 1000),
	    "computed 0.001 + 5e-13 is 1/1000 (the relative rule missed it "
	    "too)");
	ok(is_rat(num_snap_computed(3e-13), 0, 1),
	    "computed 3e-13 is noise around 0");
	ok(is_rat(num_snap_computed(1000.5 + 5e-10), 2001, 2),
	    "computed 1000.5 + 5e-10 is 2001/2: relative above 1");
	ok(!num_snap_computed(1000.5 + 5e-8).exact,
	    "computed 1000.5 + 5e-8 is not 2001/2");
	ok(!num_snap_computed(1.0 / 1001).exact,
	    "computed 1/1001: the denominator is over 1000");
	ok(!num_snap_computed(INFINITY).exact, "computed inf stays inf");

	/* a point */
	x[0] = 0.4;
	x[1] = 1 - 0.1 * 6;
	x[2] = -2;
	s = num_format_point(x, 2, 10, 0);
	is_str(s, "(0.4, 0.4)", "point (0.4, 1 - 0.1*6) with 10 figures");
	free(s);
	s = num_format_point(x + 2, 1, 10, 1);
	is_str(s, "-2", "one coordinate, bare");
	free(s);
	s = num_format_point(x + 2, 1, 10, 0);
	is_str(s, "(-2)", "one coordinate in parentheses");
	free(s);
	x[0] = 1.0 / 3;
	s = num_format_point(x, 3, 3, 0);
	is_str(s, "(0.333, 0.4, -2)", "three coordinates, 3 figures");
	free(s);
	is_str(num_format_point_buf(x, 2, 3, pbuf, sizeof pbuf),
	    "(0.333, 0.4)", "a point into a buffer");
	is_str(num_format_point_buf(x + 2, 1, 3, pbuf, sizeof pbuf), "-2",
	    "one coordinate into a buffer, bare");
	is_str(num_format_point_buf(x, 2, 3, pbuf, 7), "(0.333",
	    "a point cut short to the buffer");

	/* reading numbers and points */
	ok(num_read_number(" 1/4", &q, err, sizeof err) == 0 &&
	    is_rat(q, 1, 4), "read 1/4 exactly");
	ok(num_read_number("-pi/2", &q, err, sizeof err) == 0 &&
	    fabs(q.v + 1.5707963267948966) < 1e-15, "read -pi/2");
	ok(num_read_number("", &q, err, sizeof err) == -1 &&
	    strcmp(err, "a number is missing") == 0, "read nothing: missing");
	ok(num_read_number("x", &q, err, sizeof err) == -1 &&
	    strstr(err, "is not a number") != NULL, "read x: not a number");
	ok(num_read_point("(1, 0.5)", pt, 3, err, sizeof err) == 2 &&
	    is_rat(pt[0], 1, 1) && is_rat(pt[1], 1, 2),
	    "read (1, 0.5) as 1 and 1/2");
	ok(num_read_point(" 1/3, sqrt(4) ,0.1 ", pt, 3, err, sizeof err) ==
	    3 && is_rat(pt[0], 1, 3) && is_rat(pt[1], 2, 1) &&
	    is_rat(pt[2], 1, 10), "read 1/3, sqrt(4), 0.1 without parentheses");
	ok(num_read_point("(1), (2)", pt, 3, err, sizeof err) == 2 &&
	    is_rat(pt[0], 1, 1) && is_rat(pt[1], 2, 1),
	    "read (1), (2): the parentheses are not around the whole");
	ok(num_read_point("1, 2, 3", pt, 2, err, sizeof err) == -1 &&
	    strstr(err, "at most 2") != NULL, "three coordinates, at most 2");
	ok(num_read_point("1, y", pt, 3, err, sizeof err) == -1 &&
	    strncmp(err, "coordinate 2:", 13) == 0, "1, y: coordinate 2 named");
	ok(num_read_point(" ", pt, 3, err, sizeof err) == -1 &&
	    strcmp(err, "a point is missing") == 0, "blank: a point is missing");
	s = num_strip_parens("  (1, (2))  ");
	is_str(s, "1, (2)", "strip the outer pair and the spaces");
	free(s);

	/* one exact descent step: (1/2, 1) - 1/10·(1, 2) = (2/5, 4/5) */
	a[0] = num_rat(1, 2);
	a[1] = num_int(1);
	g[0] = num_int(1);
	g[1] = num_int(2);
	ok(num_descent_step(a, num_rat(1, 10), g, 2, out) == 0 &&
	    is_rat(out[0], 2, 5) && is_rat(out[1], 4, 5),
	    "step (1/2, 1) - 1/10 (1, 2) = (2/5, 4/5) exactly");
	a[0] = num_real(1e308);
	a[1] = num_int(3);
	g[0] = num_real(-1e308);
	g[1] = num_int(1);
	ok(num_descent_step(a, num_int(10), g, 2, out) == -1 &&
	    isinf(out[0].v) && is_rat(out[1], -7, 1),
	    "a step beyond the doubles: -1, every coordinate still filled");

	/* a typed number too long for 64 bits is exact only when its
	 * double is exactly it (issue 11): 1.0000000000000000001 is 1 +
	 * 10^-19, which strtod rounds to 1; 10000000000000000000e-19 and
	 * 4000000000000000000000e-21 are exactly 1 and 4 */
	{
		static const struct {
			const char *s;
			int exact;
			long long p;
		} lit[] = {
			{ "1.0000000000000000001", 0, 0 },
			{ "1.00000000000000001", 0, 0 },
			{ "2.00000000000000000000", 1, 2 },
			{ "10000000000000000000e-19", 1, 1 },
			{ "4000000000000000000000e-21", 1, 4 },
			{ "0.00000000000000000001e20", 1, 1 },
			{ "3000000000000000000001e-21", 0, 0 },
			{ "0.000000000000000000000000", 1, 0 },
		};
		size_t used, i;
		num v;

		for (i = 0; i < sizeof lit / sizeof lit[0]; i++) {
			ok(num_parse(lit[i].s, &used, &v) == 0 &&
			    used == strlen(lit[i].s) && (lit[i].exact ?
			    is_rat(v, lit[i].p, 1) : !v.exact),
			    "%s is %s", lit[i].s, lit[i].exact ? "exact" :
			    "inexact (not the double it rounds to)");
		}
	}
	/* 1e22 (= 2^22·5^22) is a double exactly; 1e23 is not */
	{
		size_t used;
		num v;

		ok(num_parse("1e22", &used, &v) == 0 &&
		    num_is_exact_double(v) && v.v == 1e22,
		    "1e22: the double is the number");
		ok(num_parse("1e23", &used, &v) == 0 &&
		    !num_is_exact_double(v) && !v.exact,
		    "1e23: inexact (the double is 99999999999999991611392)");
		ok(num_parse("10000000000000000000001", &used, &v) == 0 &&
		    !num_is_exact_double(v),
		    "10^22 + 1: inexact (its double is 10^22)");
		ok(num_is_exact_double(num_shortest_exact(1e22)) &&
		    !num_is_exact_double(num_shortest_exact(1e23)) &&
		    num_shortest_exact(3.0).exact,
		    "shortest decimals: 1e22 exact, 1e23 not, 3 a whole num");
	}
	return tap_done();
}
