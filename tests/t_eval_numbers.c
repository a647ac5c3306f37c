/* t_eval_numbers.c - numbers never wrong without a word (issue 11):
 * sin, cos, tan, sec, csc, cot are exact only at exact rational
 * multiples of π, cancellation is caught, 0^0 has no value.
 *
 * Expected values come from the C library (on the very double nabla
 * was given), from long double, and from identities worked here
 * (sin(2kπ + b) = sin b, (x + 1) - x = 1, sqrt(x+1) - sqrt(x) =
 * 1/(sqrt(x+1) + sqrt(x))), never from nabla's own output. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/expr.h"
#include "tap.h"

/* Parse text (simplified, or as typed when raw); the variables are
 * sorted, so x comes before y.  Aborts the test on a parse error. */
static expr *
parse(const char *text, expr_vars *v, int raw)
{
	expr *e;
	expr_error err;
	int r;

	memset(v, 0, sizeof *v);
	r = raw ? expr_parse_raw(text, v, 0, &e, NULL, &err) :
	    expr_parse(text, v, 0, &e, NULL, &err);
	if (r < 0) {
		diag("%s does not parse: %s", text, err.msg);
		exit(1);
	}
	return e;
}

/* The value of text (as typed) at the point written as at, through
 * expr_value_at with the simplified form beside it: 0, or -1 with the
 * domain message in msg. */
static int
value_at(const char *text, const char *at, expr_value *out, char *msg,
    size_t n)
{
	expr_vars v, v2;
	expr *raw = parse(text, &v, 1), *s = parse(text, &v2, 0);
	num x[EXPR_MAX_VARS];
	expr_domain dom;
	int r;

	if (at != NULL && num_read_point(at, x, EXPR_MAX_VARS, NULL, 0) < 0) {
		diag("%s is not a point", at);
		exit(1);
	}
	memset(&dom, 0, sizeof dom);
	r = expr_value_at(raw, s, at ? x : NULL, out, &dom);
	if (msg != NULL)
		snprintf(msg, n, "%s", dom.msg);
	expr_free(raw);
	expr_free(s);
	return r;
}

/* Relative difference of a from b. */
static double
rel(double a, double b)
{
	return b == 0 ? fabs(a) : fabs(a - b) / fabs(b);
}

/* The value of a one-variable text at the double x (an inexact num,
 * so nothing about it is known but the double), by the tree and by the
 * compiled program. */
static void
at_double(const char *text, double x, double *tree, double *prog)
{
	expr_vars v;
	expr *e = parse(text, &v, 0);
	num xn = num_real(x), o;
	expr_prog *p = expr_compile(e, 1);

	if (xn.exact) {
		xn.exact = 0;
		xn.p = 0;
		xn.q = 1;
	}
	*tree = expr_eval_num(e, &xn, &o, NULL) >= 0 ? o.v : NAN;
	*prog = expr_prog_eval(p, &x);
	expr_prog_free(p);
	expr_free(e);
}

/* Near multiples of π: the value is libm's at that very double, never
 * a table value it is close to. */
static void
test_near_pi(void)
{
	static const char *fns[] = { "sin(x)", "cos(x)", "tan(x)" };
	static const double off[] = { 1e-15, 1e-13, 1e-10, 1e-7 };
	expr_value v = { 0 };
	int k, i, j, bad = 0, tried = 0;
	long double b = 1e-9L;

	k = value_at("sin(x)/x", "1e-12", &v, NULL, 0);
	ok(k == 0 && rel(v.v, 1) <= 1e-15, "sin(x)/x at 1e-12 is 1 (got %.17g)",
	    v.v);
	{
		double t, p, x = 1e-12;
		at_double("sin(x)/x", x, &t, &p);
		ok(rel(t, 1) <= 1e-15 && rel(p, 1) <= 1e-15,
		    "sin(x)/x at the double 1e-12 is 1, tree and program");
	}
	/* sin(100000π + b) = sin(b): 100000π is 50000 whole turns */
	ok(value_at("sin(100000pi + 1e-9)", NULL, &v, NULL, 0) == 0 &&
	    rel(v.v, (double)sinl(b)) <= 1e-12,
	    "sin(100000pi + 1e-9) is sin(1e-9) = %.17Lg (got %.17g)", sinl(b),
	    v.v);
	ok(value_at("sin(x + 100000pi)", "1e-9", &v, NULL, 0) == 0 &&
	    rel(v.v, (double)sinl(b)) <= 1e-12,
	    "sin(x + 100000pi) at 1e-9 is sin(1e-9)");
	/* cos(100001π + b) = -cos(b) */
	ok(value_at("cos(100001pi + 1e-9)", NULL, &v, NULL, 0) == 0 &&
	    rel(v.v, -(double)cosl(b)) <= 1e-15,
	    "cos(100001pi + 1e-9) is -cos(1e-9)");
	/* sin(2(x + π)) = sin(2x) */
	ok(value_at("sin(2(x + pi))", "1e-9", &v, NULL, 0) == 0 &&
	    rel(v.v, (double)sinl(2 * b)) <= 1e-12,
	    "sin(2(x + pi)) at 1e-9 is sin(2e-9)");
	/* tan(π/2 + b) = -cot(b) */
	ok(value_at("tan(pi/2 + 1e-9)", NULL, &v, NULL, 0) == 0 &&
	    rel(v.v, (double)(-cosl(b) / sinl(b))) <= 1e-12,
	    "tan(pi/2 + 1e-9) is -cot(1e-9), not a domain error");
	/* sin(π(1 + 10^-k)) = -sin(π·10^-k), and the rational 1 + 10^-k
	 * is exact (denominators up to 10^18 < 2^60): the whole turn is
	 * taken off exactly, not from the double 3.1415926535897967 */
	{
		static const char *const sp[] = { "sin(pi*(1+1e-15))",
			"sin(pi*(1+1e-17))", "sin(pi*(1+1e-18))" };
		static const char *const cp[] = { "cos(pi*(1/2+1e-15))",
			"cos(pi*(1/2+1e-17))", "cos(pi*(1/2+1e-18))" };
		static const long double e[] = { 1e-15L, 1e-17L, 1e-18L };
		const long double pil = 3.141592653589793238462643383279503L;

		for (i = 0; i < 3; i++) {
			/* sin(t) = t(1 - t^2/6 ...), t = π·10^-k */
			long double t = pil * e[i];
			ok(value_at(sp[i], NULL, &v, NULL, 0) == 0 &&
			    rel(v.v, (double)-t) <= 1e-14,
			    "%s is -sin(pi e) = %.17Lg", sp[i], -t);
			/* cos(π/2 + t) = -sin t */
			ok(value_at(cp[i], NULL, &v, NULL, 0) == 0 &&
			    rel(v.v, (double)-t) <= 1e-14,
			    "%s is -sin(pi e)", cp[i]);
		}
	}
	/* at doubles near kπ/12 the value is the C library's at that
	 * double, on the tree as in the program */
	for (k = -30; k <= 30; k++)
		for (i = 0; i < 3; i++)
			for (j = 0; j < 4; j++) {
				double x = k * M_PI / 12 + off[j], t, p, want;
				want = i == 0 ? sin(x) : i == 1 ? cos(x) : tan(x);
				at_double(fns[i], x, &t, &p);
				tried++;
				if (!(rel(t, want) <= 4e-16 || fabs(t - want) <= 1e-300) ||
				    !(rel(p, want) <= 4e-16 || fabs(p - want) <= 1e-300)) {
					if (bad++ < 3)
						diag("%s at %.17g: %.17g, libm %.17g",
						    fns[i], x, t, want);
				}
			}
	ok(bad == 0, "%d of %d values near multiples of pi/12 differ from libm",
	    bad, tried);
	{
		double t, p;
		at_double("sin(x)", M_PI, &t, &p);
		ok(t == sin(M_PI) && t != 0,
		    "sin at the double nearest pi is libm's %.3g, not 0", t);
	}
}

/* Exact values at exact multiples of π, and the domain errors. */
static void
test_exact_pi(void)
{
	static const struct { const char *f, *at; long long p, q; } t[] = {
		{ "sin(x)", "pi", 0, 1 }, { "cos(x)", "pi/3", 1, 2 },
		{ "tan(x)", "pi/4", 1, 1 }, { "sin(x)", "pi/6", 1, 2 },
		{ "sin(x)", "-7pi/6", 1, 2 }, { "cos(x)", "2pi/3", -1, 2 },
		{ "tan(x)", "3pi/4", -1, 1 }, { "sec(x)", "pi/3", 2, 1 },
		{ "csc(x)", "5pi/6", 2, 1 }, { "cot(x)", "pi/2", 0, 1 },
		{ "cot(x)", "pi/4", 1, 1 }, { "sin(x)", "1000001pi/2", 1, 1 },
		{ "cos(x)", "100000pi", 1, 1 }, { "sin(x + y)", "pi/3, -pi/6", 1, 2 },
		{ "cos(2x)", "pi/6", 1, 2 }, { "sin(x/3)", "pi/2", 1, 2 },
	};
	expr_value v = { 0 };
	char msg[160] = "";
	size_t i;

	for (i = 0; i < sizeof t / sizeof t[0]; i++)
		ok(value_at(t[i].f, t[i].at, &v, NULL, 0) == 0 && v.exact &&
		    v.n.p == t[i].p && v.n.q == t[i].q,
		    "%s at %s is exactly %lld/%lld", t[i].f, t[i].at, t[i].p,
		    t[i].q);
	{
		/* sin(999π/1000) = cos(499π/1000) = sin(π/1000) */
		double want = (double)sinl(acosl(-1) / 1000);
		ok(value_at("sin(x)", "999pi/1000", &v, NULL, 0) == 0 &&
		    rel(v.v, want) <= 4e-16,
		    "sin(999pi/1000) is sin(pi/1000) to the last digit");
		ok(value_at("cos(x)", "499pi/1000", &v, NULL, 0) == 0 &&
		    rel(v.v, want) <= 4e-16,
		    "cos(499pi/1000) is sin(pi/1000) to the last digit");
	}
	ok(value_at("sin(x)", "pi/4", &v, NULL, 0) == 0 && !v.exact &&
	    rel(v.v, sqrt(0.5)) <= 2e-16, "sin(pi/4) is sqrt(2)/2, a double");
	ok(value_at("tan(x)", "pi/2", &v, msg, sizeof msg) < 0 &&
	    strstr(msg, "tan is undefined at π/2") != NULL,
	    "tan(pi/2) is a domain error (%s)", msg);
	ok(value_at("tan(x)", "-3pi/2", &v, msg, sizeof msg) < 0 &&
	    strstr(msg, "-3π/2") != NULL, "tan(-3pi/2) is a domain error");
	ok(value_at("csc(x)", "pi", &v, msg, sizeof msg) < 0 &&
	    strstr(msg, "csc is undefined at π") != NULL,
	    "csc(pi) is a domain error (%s)", msg);
	ok(value_at("cot(x)", "0", &v, msg, sizeof msg) < 0,
	    "cot(0) is a domain error");
	ok(value_at("sec(x)", "-pi/2", &v, msg, sizeof msg) < 0,
	    "sec(-pi/2) is a domain error");
	/* a double that is pi to 15 digits is not pi */
	ok(value_at("sin(x)", "3.14159265358979", &v, NULL, 0) == 0 &&
	    !v.exact && rel(v.v, sin(3.14159265358979)) <= 1e-15,
	    "sin(3.14159265358979) is libm's, not 0");
	ok(value_at("tan(x)", "1.5707963267949", &v, NULL, 0) == 0 &&
	    rel(v.v, tan(1.5707963267949)) <= 1e-12,
	    "tan(1.5707963267949) is a value, not a domain error");
}

/* The tags of exact multiples of π in num. */
static void
test_num_pi(void)
{
	num r, a = num_pi_times(num_rat(1, 6));

	ok(num_pi_coeff(a, &r) && r.p == 1 && r.q == 6, "π/6 is 1/6 of π");
	ok(!num_pi_coeff(num_real(M_PI), &r), "the double M_PI is not π");
	ok(num_pi_coeff(num_add(a, a), &r) && r.p == 1 && r.q == 3,
	    "π/6 + π/6 is π/3");
	ok(num_pi_coeff(num_mul(num_int(3), a), &r) && r.p == 1 && r.q == 2,
	    "3·π/6 is π/2");
	ok(num_pi_coeff(num_neg(a), &r) && r.p == -1 && r.q == 6, "-(π/6)");
	r = num_div(a, num_pi_times(num_int(1)));
	ok(r.exact && r.p == 1 && r.q == 6, "(π/6)/π is exactly 1/6");
	ok(!num_pi_coeff(num_add(a, num_int(1)), &r), "π/6 + 1 is no multiple");
	ok(!num_pi_coeff(num_mul(a, a), &r), "(π/6)² is no multiple");
	/* arithmetic that left the rationals is never exact by accident */
	r = num_sub(num_add(num_real(1e300), num_int(1)), num_real(1e300));
	ok(!r.exact && r.v == 0, "(1e300 + 1) - 1e300 in doubles is an inexact 0");
	r = num_mul(num_real(0.1 * 3), num_int(10));
	ok(!r.exact, "a double times 10 is not exact because it looks whole");
}

/* The value agrees with truth in every digit it claims. */
static int
honest(const expr_value *v, double truth)
{
	if (v->digits == 0)
		return v->note[0] != '\0';
	if (v->digits < 10 && v->note[0] == '\0')
		return 0;
	return rel(v->v, truth) <= 5 * pow(10, -v->digits);
}

/* Cancellation: the simplified form is used, or the loss is said. */
static void
test_cancellation(void)
{
	static const struct { const char *f, *at; double truth; } t[] = {
		{ "(x+1)-x", "1e16", 1 },
		{ "(x+1)-x", "1e300", 1 },
		{ "(x+1)-x", "1e16*sqrt(2)", 1 },
		{ "(x+1)^2 - x^2 - 2x", "1e9", 1 },
		{ "(x+1)^2 - x^2 - 2x", "1e9 + 0.1", 1 },
		{ "(x+1)^2 - x^2 - 2x", "sqrt(2)*1e9", 1 },
		{ "(x + y) - x - y", "1e20, 1", 0 },
		{ "x*y/y - x + 1", "1e18*sqrt(3), 7", 1 },
		{ "(x^2 - 1)/(x - 1) - x", "1 + 1e-9", 1 },
		{ "exp(x) - 1", "1e-10", 1.00000000005e-10 },
		{ "(1 - cos(x))/x^2", "1e-8", 0.5 },
		{ "sqrt(x + 1) - sqrt(x)", "1e12", 0 },
		{ "ln(x) - ln(x)", "pi", 0 },
		{ "x - (x - 1e-3)", "1e14*sqrt(2)", 1e-3 },
		/* the simplified form folds this to 0 in doubles */
		{ "(1e300 + 1) - 1e300", NULL, 1 },
		{ "x + 1e300 + 1 - 1e300", "2", 3 },
	};
	expr_value v = { 0 };
	char msg[160] = "";
	size_t i;

	/* sqrt(x + 1) - sqrt(x) = 1/(sqrt(x + 1) + sqrt(x)) */
	double sq = 1 / (sqrt(1e12 + 1) + sqrt(1e12));
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		double truth = strcmp(t[i].f, "sqrt(x + 1) - sqrt(x)") == 0 ?
		    sq : t[i].truth;
		int r = value_at(t[i].f, t[i].at, &v, msg, sizeof msg);
		ok(r == 0 && honest(&v, truth),
		    "%s at %s: %.10g (%d digits%s%s), truth %.10g", t[i].f,
		    t[i].at ? t[i].at : "no point", v.v, v.digits, v.note[0] ? "; " : "", v.note,
		    truth);
	}
	ok(value_at("(x+1)-x", "1e16", &v, NULL, 0) == 0 && v.exact &&
	    v.v == 1, "(x+1)-x at 1e16 is exactly 1");
	ok(value_at("(x+1)-x", "1e300", &v, NULL, 0) == 0 && v.exact &&
	    v.v == 1 && v.simplified && v.note[0] != '\0',
	    "(x+1)-x at 1e300: 1 from the simplified form, with a note");
	ok(value_at("(x+1)^2 - x^2 - 2x", "1e9", &v, NULL, 0) == 0 &&
	    v.exact && v.v == 1, "(x+1)^2 - x^2 - 2x at 1e9 is exactly 1");
	ok(value_at("x^2 + 1", "3", &v, NULL, 0) == 0 && v.exact &&
	    v.v == 10 && v.note[0] == '\0', "x^2 + 1 at 3 is 10, no note");
	ok(value_at("sin(x)", "1", &v, NULL, 0) == 0 && v.digits >= 15 &&
	    v.note[0] == '\0', "sin(1): every digit certain, no note");
}

/* 0^0 has no value, on every path. */
static void
test_zero_zero(void)
{
	expr_value v = { 0 };
	char msg[160] = "";
	expr_vars vars;
	expr *e;
	expr_prog *p;
	expr_domain dom;
	double x[2] = { 0, 0 }, r, xs[4] = { 0, 0, 0.5, 0 }, out[4];

	ok(value_at("0^0", NULL, &v, msg, sizeof msg) < 0 &&
	    strstr(msg, "0^0 is undefined") != NULL, "0^0 is undefined (%s)",
	    msg);
	ok(value_at("x^x", "0", &v, msg, sizeof msg) < 0 &&
	    strstr(msg, "0^0") != NULL, "x^x at 0 is undefined");
	ok(value_at("x^0", "0", &v, msg, sizeof msg) < 0 &&
	    strstr(msg, "0^0") != NULL, "x^0 at 0 is undefined as typed");
	ok(value_at("x^y", "0, 0", &v, msg, sizeof msg) < 0,
	    "x^y at (0, 0) is undefined");
	ok(value_at("0^(-1)", NULL, &v, msg, sizeof msg) < 0 &&
	    strstr(msg, "division by zero") != NULL, "0^(-1) is a division by zero");
	ok(value_at("x^x", "1/2", &v, NULL, 0) == 0 &&
	    rel(v.v, sqrt(0.5)) <= 2e-16, "x^x at 1/2 is sqrt(1/2)");
	ok(value_at("x^0", "2", &v, NULL, 0) == 0 && v.exact && v.v == 1,
	    "x^0 at 2 is 1");
	e = parse("x^0", &vars, 0);
	ok(e->kind == EXPR_NUM && num_is_one(e->n), "x^0 simplifies to 1");
	expr_free(e);
	e = parse("0^0", &vars, 0);
	ok(!(e->kind == EXPR_NUM), "0^0 is not folded to 1");
	expr_free(e);
	/* the compiled program */
	e = parse("x^y", &vars, 0);
	p = expr_compile(e, 2);
	memset(&dom, 0, sizeof dom);
	ok(expr_prog_eval_checked(p, x, &r, &dom) < 0 &&
	    strstr(dom.msg, "0^0") != NULL, "compiled x^y at (0, 0): undefined");
	ok(isnan(expr_prog_eval(p, x)), "compiled x^y at (0, 0) is NaN");
	expr_prog_eval_many(p, xs, 2, out);
	ok(isnan(out[0]) && out[1] == 1, "block evaluation: NaN at (0, 0), 1 at (0.5, 0)");
	expr_prog_free(p);
	expr_free(e);
	e = parse("x^x", &vars, 1);
	p = expr_compile(e, 1);
	ok(isnan(expr_prog_eval(p, x)), "compiled x^x at 0 is NaN");
	expr_prog_free(p);
	expr_free(e);
	e = parse("x^0", &vars, 1);
	p = expr_compile(e, 1);
	memset(&dom, 0, sizeof dom);
	ok(expr_prog_eval_checked(p, x, &r, &dom) < 0,
	    "compiled x^0 as typed at 0: undefined");
	expr_prog_free(p);
	expr_free(e);
}

int
main(void)
{
	test_near_pi();
	test_exact_pi();
	test_num_pi();
	test_cancellation();
	test_zero_zero();
	return tap_done();
}
