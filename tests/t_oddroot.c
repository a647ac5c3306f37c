/* t_oddroot.c - real odd roots (issue 11, textbook agreement): a power
 * with an exact constant exponent p/q in lowest terms and q odd is
 * sign(x)^p·|x|^(p/q), defined for negative x as in Stewart's and
 * Thomas's calculus texts: (-8)^(1/3) = -2, (-8)^(2/3) = 4.  Even q,
 * inexact exponents (0.333 = 333/1000) and variable exponents keep no
 * value for a negative base.  cbrt(u) is the real cube root.
 *
 * Expected values are worked by hand in the comments or come from the C
 * library's cbrt (an implementation independent of nabla's, which uses
 * pow of |x|); derivatives are also checked against central differences
 * of those closed forms, never against nabla's own output. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/expr.h"
#include "tap.h"

/* Parse text (simplified, or as typed when raw); NULL on failure. */
static expr *
parse(const char *text, int raw)
{
	expr_vars v;
	expr_error err;
	expr *e;

	memset(&v, 0, sizeof v);
	if ((raw ? expr_parse_raw(text, &v, 0, &e, NULL, &err) :
	    expr_parse(text, &v, 0, &e, NULL, &err)) < 0)
		return NULL;
	return e;
}

/* Whether a and b agree to a few units in the last place. */
static int
close_to(double a, double b)
{
	return fabs(a - b) <= 8e-16 * fmax(1, fabs(b));
}

/* f at (x, y) by the exact evaluator on the tree as typed and
 * simplified, and by the compiled program (one point and a block):
 * none (has 0), or exactly p/q (has 1; the compiled value close to it).
 * Returns whether all agree; the last message in why. */
static int
value_at(const char *f, double x, double y, int has, long long p,
    long long q, double *v, char *why)
{
	num xs[2], out;
	double pt[2] = { x, y }, pts[6] = { x, y, x, y, x, y }, many[3];
	double want = (double)p / (double)q;
	expr_domain dom;
	int raw, k, good = 1;

	for (k = 0; k < 2; k++)		/* -0.125 is -1/8 exactly */
		num_rational_near(pt[k], 1000, 0, &xs[k]);
	for (raw = 0; raw <= 1 && good; raw++) {
		expr *e = parse(f, raw);
		expr_prog *pr;
		if (e == NULL)
			return 0;
		memset(&dom, 0, sizeof dom);
		k = expr_eval_num(e, xs, &out, &dom);
		good = has ? k == 1 && out.p == p && out.q == q :
		    k < 0 && dom.failed;
		pr = expr_compile(e, 2);
		memset(&dom, 0, sizeof dom);
		k = expr_prog_eval_checked(pr, pt, v, &dom);
		expr_prog_eval_many(pr, pts, 3, many);
		good = good && (has ? k == 0 && close_to(*v, want) &&
		    close_to(many[2], want) : k < 0 && !isfinite(many[2]));
		snprintf(why, 160, "%s", dom.msg);
		expr_prog_free(pr);
		expr_free(e);
	}
	return good;
}

/* f at (x, y) is exactly p/q. */
static void
exact_at(const char *f, double x, double y, long long p, long long q)
{
	double v = NAN;
	char why[160];
	int good = value_at(f, x, y, 1, p, q, &v, why);

	ok(good, "%s at (%g, %g) is %lld/%lld exactly (exact evaluator), "
	    "%.17g compiled", f, x, y, p, q, v);
}

/* f of x alone at x is close to want, by both evaluators (the compiled
 * one as pow of doubles: p/q rounded, its error grows with p/q ln|x|). */
static void
near_at(const char *f, double x, double want)
{
	expr *e = parse(f, 0);
	expr_prog *pr = expr_compile(e, 1);
	num n = num_real(x), out;
	double v = expr_prog_eval(pr, &x);
	int k = expr_eval_num(e, &n, &out, NULL);

	ok(k >= 0 && fabs(out.v - want) <= 1e-14 * fabs(want) &&
	    fabs(v - want) <= 1e-12 * fabs(want), "%s at %g is %.17g "
	    "(%.17g compiled, want %.17g)", f, x, out.v, v, want);
	expr_prog_free(pr);
	expr_free(e);
}

/* f has no value at (x, y) in either evaluator. */
static void
none_at(const char *f, double x, double y)
{
	double v;
	char why[160] = "";

	ok(value_at(f, x, y, 0, 0, 1, &v, why), "%s has no value at (%g, "
	    "%g) (%s)", f, x, y, why);
}

/* Closed forms with the C library's real cube root. */
static double c1(double x) { return cbrt(x); }
static double c2(double x) { return cbrt(x) * cbrt(x); }
static double cm1(double x) { return 1 / cbrt(x); }
/* x^(3/5)(4 - x): the real fifth root, sign(x)|x|^(1/5), cubed */
static double
s35(double x)
{
	double r = copysign(pow(fabs(x), 0.2), x);

	return r * r * r * (4 - x);
}
/* its derivative, (12/5)x^(-2/5) - (8/5)x^(3/5) (Stewart 4.1: 0 where
 * 12 = 8x, x = 3/2; none at 0) */
static double
d35(double x)
{
	double r = copysign(pow(fabs(x), 0.2), x);

	return 12.0 / 5 / (r * r) - 8.0 / 5 * r * r * r;
}

/* f (text) agrees with the closed form g at the points xs, by the exact
 * evaluator and by the compiled program (one point and a block). */
static void
agrees(const char *f, double (*g)(double), const char *gname)
{
	static const double xs[] = { -27, -8, -2, -1, -0.3, -1e-6, 0.7, 2,
		5, 1e6 };
	double got[10], many[10];
	expr *e = parse(f, 0);
	expr_prog *pr;
	int i, good = e != NULL;
	num out, x;

	if (e == NULL) {
		ok(0, "%s parses", f);
		return;
	}
	pr = expr_compile(e, 1);
	expr_prog_eval_many(pr, xs, 10, many);
	for (i = 0; i < 10; i++) {
		double want = g(xs[i]);
		x = num_real(xs[i]);
		got[i] = expr_prog_eval(pr, &xs[i]);
		good = good && expr_eval_num(e, &x, &out, NULL) >= 0 &&
		    fabs(out.v - want) <= 1e-14 * fmax(1, fabs(want)) &&
		    fabs(got[i] - want) <= 1e-14 * fmax(1, fabs(want)) &&
		    fabs(many[i] - want) <= 1e-14 * fmax(1, fabs(want));
		if (!good) {
			diag("%s at %g: %.17g, %.17g compiled, want %.17g", f,
			    xs[i], out.v, got[i], want);
			break;
		}
	}
	ok(good, "%s is %s at negative and positive x", f, gname);
	expr_prog_free(pr);
	expr_free(e);
}

/* The identity. */
static double ident(double x) { return x; }

/* d/dx of f at x is exactly p/q by the exact evaluator. */
static void
derivative_at(const char *f, long long x, long long p, long long q)
{
	expr *e = parse(f, 0), *d = e != NULL ? expr_diff(e, 0) : NULL;
	num at = num_int(x), out;
	int k = d != NULL ? expr_eval_num(d, &at, &out, NULL) : -1;

	ok(k == 1 && out.p == p && out.q == q, "d/dx %s at %lld is %lld/%lld "
	    "exactly", f, x, p, q);
	expr_free(d);
	expr_free(e);
}

/* d/dx of f at x against a central difference of the closed form g
 * (relative 1e-6), by the compiled derivative. */
static void
slope(const char *f, double (*g)(double), double x)
{
	expr *e = parse(f, 0), *d;
	expr_prog *pr;
	double h = 1e-5 * fmax(1, fabs(x)), fd, v = NAN;

	d = e != NULL ? expr_diff(e, 0) : NULL;
	fd = (g(x + h) - g(x - h)) / (2 * h);
	if (d != NULL) {
		pr = expr_compile(d, 1);
		v = expr_prog_eval(pr, &x);
		expr_prog_free(pr);
	}
	ok(d != NULL && fabs(v - fd) <= 1e-6 * fmax(1, fabs(fd)),
	    "d/dx %s at %g is %.10g (central difference %.10g)", f, x, v, fd);
	expr_free(d);
	expr_free(e);
}

int
main(void)
{
	expr *e, *d;
	num out, x;
	int k;

	/* (-8)^(1/3) = -2 since (-2)³ = -8; (-8)^(2/3) = (-2)² = 4;
	 * (-8)^(-1/3) = -1/2; (-32)^(3/5) = (-2)³ = -8; (-1/8)^(-2/3) =
	 * (-1/2)^(-2) = 4; 27^(1/3) = 3; cbrt(-27) = -3 */
	exact_at("x^(1/3)", -8, 0, -2, 1);
	exact_at("x^(2/3)", -8, 0, 4, 1);
	exact_at("x^(-1/3)", -8, 0, -1, 2);
	exact_at("x^(3/5)", -32, 0, -8, 1);
	exact_at("x^(-2/3)", -0.125, 0, 4, 1);
	exact_at("x^(1/3)", 27, 0, 3, 1);
	exact_at("x^(2/6)", -8, 0, -2, 1);	/* 2/6 is 1/3 */
	exact_at("x^((1)/(3))", -8, 0, -2, 1);	/* a division of integers */
	/* x^(1/3)^3 is x^(1/27), and (-2)^27 = -134217728 */
	exact_at("x^(1/3)^3", -134217728, 0, -2, 1);
	/* (-1)^(61/3) = ((-1)^(1/3))^61 = -1; (-1)^(62/3) = 1 */
	exact_at("x^(61/3)", -1, 0, -1, 1);
	exact_at("x^(62/3)", -1, 0, 1, 1);
	/* past the exact powers: (-8)^(65/3) = (-2)^65 = -2^65,
	 * (-8)^(200/3) = 2^200 */
	near_at("x^(65/3)", -8, -ldexp(1, 65));
	near_at("x^(200/3)", -8, ldexp(1, 200));
	exact_at("x^(-(1/3)^3)", -134217728, 0, -1, 2);
	exact_at("cbrt(x)", -27, 0, -3, 1);
	exact_at("cbrt(x)^2", -27, 0, 9, 1);
	exact_at("(-8)^(1/3) + x", 0, 0, -2, 1);
	/* (-32)^(3/5)·(4 - (-32)) = -8·36 = -288 (Stewart 4.1's f) */
	exact_at("x^(3/5)*(4-x)", -32, 0, -288, 1);
	exact_at("x^(1/3)*y", -8, 3, -6, 1);
	/* no value: even roots, inexact exponents, variable exponents, 0
	 * to a negative power */
	none_at("x^(1/2)", -8, 0);
	none_at("x^(1/4)", -16, 0);
	none_at("x^(3/4)", -16, 0);
	none_at("x^0.333", -8, 0);		/* 333/1000: q even */
	none_at("x^0.3333333333333333", -8, 0);	/* not a fraction of 3 */
	none_at("x^y", -8, 1.0 / 3);
	none_at("x^(-1/3)", 0, 0);
	none_at("cbrt(x)^(-1)", 0, 0);
	none_at("sqrt(x^(1/3))", -8, 0);	/* √(-2) */
	none_at("x^(1/2)^3", -8, 0);		/* x^(1/8): q even */

	/* values against the C library's cbrt */
	agrees("x^(1/3)", c1, "cbrt(x)");
	agrees("cbrt(x)", c1, "cbrt(x)");
	agrees("x^(2/3)", c2, "cbrt(x)^2");
	agrees("x^(-1/3)", cm1, "1/cbrt(x)");
	agrees("x^(3/5)*(4-x)", s35, "sign(x)|x|^(3/5)(4 - x)");
	agrees("x^(1/3)*x^(2/3)", ident, "x");
	agrees("(x^3)^(1/3)", ident, "x");
	agrees("(x^2)^(1/3)", c2, "cbrt(x)^2");

	/* derivatives: d/dx x^(1/3) = (1/3)x^(-2/3), at -8 (1/3)(1/4) =
	 * 1/12; d/dx x^(2/3) = (2/3)x^(-1/3), at -8 (2/3)(-1/2) = -1/3;
	 * d/dx cbrt(x) = 1/(3 cbrt(x)^2), at -1 1/3; none at 0 */
	derivative_at("x^(1/3)", -8, 1, 12);
	derivative_at("x^(2/3)", -8, -1, 3);
	derivative_at("cbrt(x)", -1, 1, 3);
	derivative_at("cbrt(x)", -8, 1, 12);
	e = parse("x^(1/3)", 0);
	d = expr_diff(e, 0);
	x = num_int(0);
	k = expr_eval_num(d, &x, &out, NULL);
	ok(k < 0, "d/dx x^(1/3) has no value at 0 (vertical tangent)");
	expr_free(d);
	expr_free(e);
	slope("x^(2/3)", c2, -3);
	slope("x^(1/3)", c1, -0.5);
	slope("x^(-1/3)", cm1, -2);
	slope("x^(3/5)*(4-x)", s35, -2);
	slope("x^(3/5)*(4-x)", s35, -0.5);
	slope("x^(3/5)*(4-x)", s35, 3);
	slope("x^(3/5)*(4-x)", s35, 1.5);
	/* Stewart 4.1: f'(3/2) = 0: (12/5)(3/2)^(-2/5) = (8/5)(3/2)^(3/5)
	 * as 12 = 8·(3/2) */
	ok(fabs(d35(1.5)) < 1e-14, "f'(3/2) = 0 for f = x^(3/5)(4 - x) "
	    "(closed form %.3g)", d35(1.5));
	return tap_done();
}
