/* t_expr.c - the expression engine: every syntax decision, every error
 * kind, printing in three styles, derivatives worked by hand. */
#include "config.h"

#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/expr.h"
#include "tap.h"

/* Parse text, print it in a style; "ERROR: msg" on failure. */
static char *
show(const char *text, enum expr_style st)
{
	expr_vars v;
	expr *e;
	expr_error err;
	char *s;

	v.n = 0;
	if (expr_parse(text, &v, 0, &e, NULL, &err) < 0) {
		s = malloc(strlen(err.msg) + 8);
		sprintf(s, "ERROR: %s", err.msg);
		return s;
	}
	s = expr_print(e, &v, st);
	expr_free(e);
	return s;
}

/* The reading of an input, with every multiplication shown. */
static char *
reading(const char *text)
{
	expr_vars v;
	expr *e;
	expr_error err;
	char *s;

	v.n = 0;
	if (expr_parse_raw(text, &v, 0, &e, NULL, &err) < 0)
		return strdup(err.msg);
	s = expr_print_reading(e, &v, EXPR_UNICODE);
	expr_free(e);
	return s;
}

/* Exact value of a constant text: 1 and p/q in *p, *q when it is an
 * exact rational, 0 when only a double, -1 on a domain error (message
 * in msg). */
static int
exact_value(const char *text, long long *p, long long *q, char *msg,
    size_t n)
{
	expr_vars v;
	expr *e;
	expr_error err;
	expr_domain dom;
	num out;
	int r;

	v.n = 0;
	memset(&dom, 0, sizeof dom);
	if (expr_parse(text, &v, EXPR_PARSE_NO_NEW_VARS, &e, NULL, &err) < 0)
		return -2;
	r = expr_eval_num(e, NULL, &out, &dom);
	expr_free(e);
	if (r == 1) {
		*p = out.p;
		*q = out.q;
	}
	snprintf(msg, n, "%s", dom.msg);
	return r;
}

/* sin, cos and tan at rational multiples of pi, by hand: exact where the
 * value is rational, a domain error at the poles of tan. */
static void
test_trig_at_pi(void)
{
	static const struct {
		const char *text;
		long long p, q;
	} t[] = {
		{ "sin(pi/6)", 1, 2 }, { "sin(5pi/6)", 1, 2 },
		{ "sin(-pi/6)", -1, 2 }, { "sin(7pi/6)", -1, 2 },
		{ "cos(pi/3)", 1, 2 }, { "cos(2pi/3)", -1, 2 },
		{ "tan(pi/4)", 1, 1 }, { "tan(3pi/4)", -1, 1 },
		{ "sin(pi)", 0, 1 }, { "cos(pi)", -1, 1 }, { "cos(pi/2)", 0, 1 },
		{ "sin(pi/2)", 1, 1 }, { "sin(3pi/2)", -1, 1 },
		{ "tan(pi)", 0, 1 }, { "sin(100pi)", 0, 1 },
		{ "-sin(pi) + cos(pi/2)", 0, 1 },
	};
	char msg[160], name[200];
	long long p = 0, q = 0;
	size_t i;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		snprintf(name, sizeof name, "%s is exactly %lld/%lld", t[i].text,
		    t[i].p, t[i].q);
		ok(exact_value(t[i].text, &p, &q, msg, sizeof msg) == 1 &&
		    p == t[i].p && q == t[i].q, "%s", name);
	}
	ok(exact_value("sin(pi/3)", &p, &q, msg, sizeof msg) == 0,
	    "sin(pi/3) = sqrt(3)/2 is not rational, so only a double");
	ok(exact_value("cos(pi/6)", &p, &q, msg, sizeof msg) == 0,
	    "cos(pi/6) is only a double");
	ok(exact_value("sin(1)", &p, &q, msg, sizeof msg) == 0,
	    "sin(1) is only a double");
	ok(exact_value("sin(pi + 1e-9)", &p, &q, msg, sizeof msg) == 0,
	    "sin(pi + 1e-9) is not taken for sin(pi)");
	ok(exact_value("tan(pi/2)", &p, &q, msg, sizeof msg) == -1 &&
	    strcmp(msg, "tan is undefined at π/2 (cos is 0 there)") == 0,
	    "tan(pi/2) is a domain error (%s)", msg);
	ok(exact_value("tan(-3pi/2)", &p, &q, msg, sizeof msg) == -1 &&
	    strstr(msg, "-3π/2") != NULL, "tan(-3pi/2) is a domain error");
}

/* Check a printed form. */
static void
check_print(const char *text, enum expr_style st, const char *want)
{
	char *got = show(text, st);
	char name[200];

	snprintf(name, sizeof name, "%s prints as %s", text, want);
	is_str(got, want, name);
	free(got);
}

/* Value of text at a point (NAN on error). */
static double
value(const char *text, const double *x)
{
	expr_vars v;
	expr *e;
	expr_error err;
	expr_prog *p;
	double r;

	v.n = 0;
	if (expr_parse(text, &v, 0, &e, NULL, &err) < 0)
		return NAN;
	p = expr_compile(e, v.n);
	r = expr_prog_eval(p, x);
	expr_prog_free(p);
	expr_free(e);
	return r;
}

/* The derivative of text by its variable number var, printed. */
static void
check_diff(const char *text, int var, const char *want)
{
	expr_vars v;
	expr *e, *d;
	expr_error err;
	char *s, name[200];

	v.n = 0;
	if (expr_parse(text, &v, 0, &e, NULL, &err) < 0) {
		ok(0, "parse %s: %s", text, err.msg);
		return;
	}
	d = expr_diff(e, var);
	s = expr_print(d, &v, EXPR_UNICODE);
	snprintf(name, sizeof name, "d/d%s %s = %s", v.name[var], text, want);
	is_str(s, want, name);
	free(s);
	expr_free(d);
	expr_free(e);
}

/* Check that text fails with a message containing want at byte pos. */
static void
check_error(const char *text, const char *want, size_t pos, const char *hint)
{
	expr_vars v;
	expr *e;
	expr_error err;
	int rc;

	v.n = 0;
	rc = expr_parse(text, &v, 0, &e, NULL, &err);
	if (!ok(rc < 0 && strstr(err.msg, want) != NULL && err.pos == pos,
	    "'%s' is an error: %s at %zu", text, want, pos))
		diag("got rc %d, \"%s\" at %zu", rc, rc < 0 ? err.msg : "", err.pos);
	if (rc == 0)
		expr_free(e);
	else if (hint != NULL && !ok(strstr(err.hint, hint) != NULL,
	    "'%s' hints %s", text, hint))
		diag("hint was \"%s\"", err.hint);
}

/* Audit finding 4 and 5: rewrites that hold over the reals only. */
static void
test_real_rewrites(void)
{
	double x0[1] = { 0 };

	/* d/dx x|x| = |x| + x²/|x| = 2|x|, defined at 0 */
	check_diff("x*abs(x)", 0, "2|x|");
	ok(value("2*abs(x)", x0) == 0, "and 2|x| is 0 at 0");
	check_diff("sqrt(x^4)", 0, "2x");
	check_print("sqrt(x^4)", EXPR_UNICODE, "x²");
	check_print("sqrt(x^2)", EXPR_UNICODE, "|x|");
	check_print("x^2/abs(x)", EXPR_UNICODE, "|x|");
	/* letters run together before "(" would read as a function's
	 * name (xyz(x + z) is refused): a dot keeps them a product */
	check_print("5*x*y*z*(x+z)^2", EXPR_UNICODE, "5xyz·(x + z)²");
	check_print("x*y*(x+z)^3", EXPR_UNICODE, "xy·(x + z)³");
	check_print("x*(x+z)^3", EXPR_UNICODE, "x(x + z)³");
	check_print("5*x*y*z*(x+z)^2", EXPR_ASCII, "5*x*y*z*(x + z)^2");
	check_print("x/abs(x)", EXPR_UNICODE, "x/|x|");
	check_diff("abs(x)^3", 0, "3x·|x|");
	/* wrong at x = -1, so kept */
	check_print("sqrt(x)^2", EXPR_UNICODE, "(√x)²");
	check_print("sqrt(x)^2", EXPR_ASCII, "sqrt(x)^2");
	check_print("x^(1/2)*x^(1/2)", EXPR_UNICODE, "√x·√x");
	check_print("(x^3)^(2/3)", EXPR_ASCII, "(x^3)^(2/3)");
	/* ... unless the base is known to be non-negative */
	check_print("sqrt(x^2+1)^2", EXPR_UNICODE, "x² + 1");
	check_print("sqrt(exp(x))^2", EXPR_ASCII, "exp(x)");
}

/* Audit finding 3: Greek letters in declarations and in a given list of
 * variables. */
static void
test_greek_declared(void)
{
	expr_vars v;
	expr *e;
	expr_error err;
	int rc;

	v.n = 0;
	rc = expr_parse("f(θ0) = θ0", &v, 0, &e, NULL, &err);
	ok(rc == 0 && v.n == 1 && strcmp(v.name[0], "theta0") == 0,
	    "f(θ0) = θ0 has the one variable theta0");
	if (rc == 0)
		expr_free(e);
	v.n = 0;
	rc = expr_parse("f(θ₁, x) = θ₁ x", &v, 0, &e, NULL, &err);
	ok(rc == 0 && v.n == 2 && strcmp(v.name[0], "theta1") == 0 &&
	    strcmp(v.name[1], "x") == 0, "f(θ₁, x) declares theta1, x");
	if (rc == 0)
		expr_free(e);
	v.n = 2;
	strcpy(v.name[0], "θ");
	strcpy(v.name[1], "x");
	rc = expr_parse("θ^2 + x", &v, EXPR_PARSE_NO_NEW_VARS, &e, NULL, &err);
	ok(rc == 0 && v.n == 2 && strcmp(v.name[0], "theta") == 0 &&
	    e != NULL && expr_max_var(e) == 2,
	    "a given variable θ is the theta of the input");
	if (rc == 0)
		expr_free(e);
}

/* Audit finding 2: the reading echoes numbers as typed. */
static void
test_reading_numbers(void)
{
	char buf[80], *r;
	num n;
	size_t used;

	r = reading("0.1x^2 + 0.3y");
	is_str(r, "0.1·x² + 0.3·y", "0.1 reads as 0.1, not 0.10000000000000001");
	free(r);
	r = reading("1/2x");
	is_str(r, "(1/2)·x", "a typed fraction reads as a fraction");
	free(r);
	r = reading("x^(3/2)");
	is_str(r, "x^(3/2)", "x^(3/2) reads as typed, not x^(1.5)");
	free(r);
	r = reading("0.5x + 1/3 y");
	is_str(r, "0.5·x + (1/3)·y", "a typed decimal stays a decimal");
	free(r);
	num_parse("0.000123", &used, &n);
	is_str(num_format_decimal(n, buf, sizeof buf), "0.000123",
	    "0.000123 exactly");
	is_str(num_format_decimal(num_rat(-17, 8), buf, sizeof buf), "-2.125",
	    "-17/8 is -2.125");
	ok(num_format_decimal(num_rat(1, 3), buf, sizeof buf) == NULL,
	    "1/3 has no finite decimal");
}

/* Audit finding 1: a letter run that ends in a function name. */
static void
test_runs_before_functions(void)
{
	check_print("2xsin(x)", EXPR_ASCII, "2*x*sin(x)");
	check_print("xcos(y)", EXPR_ASCII, "x*cos(y)");
	check_print("ysin(x)", EXPR_ASCII, "y*sin(x)");
	check_print("tsin(t)", EXPR_ASCII, "t*sin(t)");
	check_print("xexp(y)", EXPR_ASCII, "x*exp(y)");
	check_print("xln(y)", EXPR_ASCII, "x*ln(y)");
	check_print("xsqrt(y)", EXPR_ASCII, "x*sqrt(y)");
	check_print("xasin(x)", EXPR_ASCII, "x*asin(x)");
	/* a run holding a Greek name or pi before "(" is a product: the
	 * Unicode printer writes 9xθ(x² + 1), which must read back */
	check_print("xθ(x+1)", EXPR_ASCII, "theta*x^2 + theta*x");
	check_print("thetax(x+1)", EXPR_ASCII, "theta*x^2 + theta*x");
	check_print("pix(x+1)", EXPR_ASCII, "pi*x^2 + pi*x");
	check_error("foo(x)", "unknown function \"foo\"", 0, NULL);
	/* real unknown names keep their suggestion */
	check_error("sine(x)", "unknown function \"sine\"", 0, "did you mean");
	check_error("cosin(x)", "unknown function \"cosin\"", 0, NULL);
}

/* x to the power -2^63, an exact whole number as num can hold it by
 * hand: read as 1/x^(2^63) without overflow (its negation does not fit
 * a long long; 2^63 = 9.223372036854776·10¹⁸ to 16 digits). */
static void
test_superscript_min(void)
{
	num n = { 1, LLONG_MIN, 1, -9223372036854775808.0 };
	expr_vars v;
	expr *e;
	char *s;

	memset(&v, 0, sizeof v);
	v.n = 1;
	v.name[0][0] = 'x';
	e = expr_pow(expr_var(0), expr_num(n));
	s = expr_print(e, &v, EXPR_UNICODE);
	ok(strcmp(s, "1/x^(9.223372036854776·10¹⁸)") == 0 ||
	    strcmp(s, "x⁻⁹²²³³⁷²⁰³⁶⁸⁵⁴⁷⁷⁵⁸⁰⁸") == 0, "x^(-2^63) printed "
	    "as 1/x^(2^63) (got %s)", s);
	free(s);
	expr_free(e);
}

int
main(void)
{
	double x3[3] = { 1, 1, 1 }, x2[2] = { 2, 3 }, x1[1] = { 2 };
	char *s;
	expr_vars v;
	expr *e;
	expr_error err;
	expr_notes notes;
	int i;

	/* the seed example */
	check_print("3x^2y + zy - x", EXPR_UNICODE, "3x²y + yz − x");
	check_diff("3x^2y + zy - x", 0, "6xy − 1");
	check_diff("3x^2y + zy - x", 1, "3x² + z");
	check_diff("3x^2y + zy - x", 2, "y");
	is_num(value("6xy - 1", x3), 5, 0, "6xy - 1 at (1,1,1) is 5");

	/* implicit multiplication and its reading */
	s = reading("3x^2y + zy - x");
	is_str(s, "3·x²·y + z·y − x", "3x^2y + zy - x is read as 3·x²·y + z·y − x");
	free(s);
	is_num(value("(x+1)(x-1)", x1), 3, 0, "(x+1)(x-1) multiplies");
	is_num(value("2sin(x)", x1), 2 * sin(2), 1e-15, "2sin(x) is 2·sin(x)");
	is_num(value("2x^2", x1), 8, 0, "2x^2 is 2·(x^2), not (2x)^2");
	/* powers */
	is_num(value("2^3^2", x1), 512, 0, "^ is right-associative: 2^3^2 = 512");
	is_num(value("2**3", x1), 8, 0, "** is a power");
	is_num(value("-x^2", x1), -4, 0, "-x^2 is -(x^2)");
	is_num(value("x^-1", x1), 0.5, 0, "x^-1 takes a signed exponent");
	/* 1/2x = (1/2)x, with a note */
	is_num(value("1/2x", x1), 1, 0, "1/2x is (1/2)·x");
	v.n = 0;
	ok(expr_parse("1/2x", &v, 0, &e, &notes, &err) == 0 && notes.n == 1 &&
	    strstr(notes.note[0].msg, "(1/2)·x") != NULL,
	    "1/2x comes with a note about the reading");
	expr_free(e);
	v.n = 0;
	ok(expr_parse("x/2", &v, 0, &e, &notes, &err) == 0 && notes.n == 0,
	    "x/2 has no note");
	expr_free(e);
	/* e, pi, log */
	is_num(value("e^x", x1), exp(2), 1e-15, "e^x is exp(x)");
	is_num(value("log(x)", x1), log(2), 1e-15, "log is the natural logarithm");
	is_num(value("log10(x) + log2(x)", x1), log10(2) + 1, 1e-15, "log10 and log2");
	is_num(value("pi x", x1), 2 * M_PI, 1e-15, "pi is a constant");
	check_print("ex", EXPR_UNICODE, "ex");
	/* functions without parentheses */
	is_num(value("sin x", x1), sin(2), 1e-15, "sin x applies sin to x");
	is_num(value("sinx", x1), sin(2), 1e-15, "sinx is sin(x)");
	is_num(value("sin 2x", x1), sin(4), 1e-15, "sin 2x is sin(2x)");
	is_num(value("sin x cos x", x1), sin(2) * cos(2), 1e-15,
	    "sin x cos x is sin(x)·cos(x)");
	is_num(value("sin^2(x)", x1), sin(2) * sin(2), 1e-15, "sin^2(x) is sin(x)^2");
	is_num(value("sin²x", x1), sin(2) * sin(2), 1e-15, "sin²x is sin(x)^2");
	is_num(value("|x - 5|", x1), 3, 0, "|u| is abs(u)");
	is_num(value("sqrt(x+2) + abs(-x)", x1), 4, 0, "sqrt and abs");
	is_num(value("asin(x/4)+acos(x/4)+atan(x)", x1),
	    asin(.5) + acos(.5) + atan(2), 1e-15, "inverse trigonometry");
	is_num(value("sinh(x)+cosh(x)+tanh(x)+tan(x)", x1),
	    sinh(2) + cosh(2) + tanh(2) + tan(2), 1e-14, "hyperbolic functions");
	/* Unicode input */
	is_num(value("3x²y + zy − x", x3), 3, 0, "Unicode ² and − are read");
	is_num(value("x·y×x³", x2), 2 * 3 * 8, 0, "· × ³ are read");
	is_num(value("√x", x1), sqrt(2), 1e-15, "√ is sqrt");
	is_num(value("x⁻¹", x1), 0.5, 0, "superscript minus");
	check_print("θ^2 + η", EXPR_UNICODE, "θ² + η");
	check_print("θ^2 + η", EXPR_ASCII, "theta^2 + eta");
	check_print("theta^2 + eta", EXPR_LATEX, "\\theta^{2} + \\eta");
	/* Greek names and indexed variables */
	v.n = 0;
	ok(expr_parse("x10 + x2 + x1 + x_3", &v, 0, &e, NULL, &err) == 0 &&
	    v.n == 4 && strcmp(v.name[0], "x1") == 0 &&
	    strcmp(v.name[1], "x2") == 0 && strcmp(v.name[2], "x3") == 0 &&
	    strcmp(v.name[3], "x10") == 0,
	    "indexed variables in natural order: x1 x2 x3 x10 (x_3 is x3)");
	expr_free(e);
	check_print("theta0 + theta1 x", EXPR_UNICODE, "θ₁x + θ₀");
	check_print("x_1 x_2", EXPR_LATEX, "x_{1}x_{2}");
	v.n = 0;
	ok(expr_parse("betax", &v, 0, &e, NULL, &err) == 0 && v.n == 2 &&
	    strcmp(v.name[0], "beta") == 0 && strcmp(v.name[1], "x") == 0,
	    "betax is beta·x");
	expr_free(e);
	/* declarations fix the order */
	v.n = 0;
	ok(expr_parse("f(z, y, x) = x + 2y + 3z", &v, 0, &e, NULL, &err) == 0 &&
	    v.n == 3 && strcmp(v.name[0], "z") == 0 && strcmp(v.name[2], "x") == 0,
	    "f(z, y, x) = ... declares the order z, y, x");
	expr_free(e);
	v.n = 0;
	ok(expr_parse("f(x, y, w) = x + y", &v, 0, &e, NULL, &err) == 0 &&
	    v.n == 3, "a declared variable counts even when unused");
	expr_free(e);
	v.n = 0;
	ok(expr_parse("f(rate, w) = rate*w^2", &v, 0, &e, NULL, &err) == 0 &&
	    v.n == 2 && strcmp(v.name[0], "rate") == 0,
	    "declared multi-letter variables are names, not products");
	expr_free(e);

	/* canonical form and exact numbers */
	check_print("0.1 + 0.2", EXPR_ASCII, "3/10");
	check_print("0.1x + 0.2x", EXPR_ASCII, "3*x/10");
	check_print("x + x + y - y", EXPR_ASCII, "2*x");
	check_print("x*x^2*x", EXPR_UNICODE, "x⁴");
	check_print("0*sin(x) + x", EXPR_ASCII, "x");
	check_print("y^2 + x^2 + x*y + 1 + x", EXPR_UNICODE, "x² + xy + y² + x + 1");
	check_print("2(x + 1)", EXPR_UNICODE, "2x + 2");
	check_print("x/(2y)", EXPR_UNICODE, "x/(2y)");
	check_print("x/(2y)", EXPR_ASCII, "x/(2*y)");
	check_print("x/(2y)", EXPR_LATEX, "\\frac{x}{2y}");
	check_print("sqrt(x)", EXPR_UNICODE, "√x");
	check_print("1/sqrt(x+1)", EXPR_ASCII, "1/sqrt(x + 1)");
	check_print("sin(x)/x", EXPR_LATEX, "\\frac{\\sin\\left(x\\right)}{x}");
	check_print("2^x", EXPR_ASCII, "2^x");
	check_print("(x+1)^2", EXPR_UNICODE, "(x + 1)²");
	check_print("-(x - y)", EXPR_ASCII, "y - x");

	/* derivatives worked by hand */
	check_diff("x^2y + 3y^2", 0, "2xy");
	check_diff("x^2y + 3y^2", 1, "x² + 6y");
	check_diff("sin(x^2)", 0, "2x·cos(x²)");
	check_diff("exp(x*y)", 1, "x·exp(xy)");
	check_diff("ln(x)", 0, "1/x");
	check_diff("sqrt(x)", 0, "1/(2√x)");
	check_diff("x^3 + y^3 - 3x y", 0, "3x² − 3y");
	check_diff("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", 0,
	    "4x³ + 4xy + 2y² − 42x − 14");
	check_diff("1/x", 0, "−1/x²");
	check_diff("2^x", 0, "2^x·ln(2)");
	check_diff("5", 0, "0");
	/* no 0·... or .../... leftovers that are NaN where f' exists */
	v.n = 0;
	expr_parse("x^2 + y", &v, 0, &e, NULL, &err);
	{
		expr *d = expr_diff(e, 1);
		ok(d->kind == EXPR_NUM && num_is_one(d->n),
		    "d/dy (x^2 + y) is exactly the number 1");
		expr_free(d);
	}
	expr_free(e);

	/* errors: kind, position, hint */
	check_error("In(x)", "unknown function \"In\"", 0, "ln");
	check_error("x + Sin(y)", "unknown function \"Sin\"", 4, "sin");
	check_error("alpah + 1", "unknown name \"alpah\"", 0, "alpha");
	check_error("foo(x)", "unknown function", 0, NULL);
	check_error("(x + 1", "unbalanced parenthesis", 0, NULL);
	check_error("x + 1)", "unbalanced parenthesis", 5, NULL);
	check_error("3x^2 +", "missing operand after '+'", 5, NULL);
	check_error("* x", "missing operand before '*'", 0, NULL);
	check_error("", "empty", 0, NULL);
	check_error("2 3", "a number right after a number", 2, NULL);
	check_error("x @ y", "unexpected character '@'", 2, NULL);
	check_error("0,5 x", "unexpected ','", 1, "0.5");
	check_error("sin", "sin needs an argument", 0, "sin(x)");
	check_error("x = 2", "unexpected '='", 2, NULL);
	check_error("x\xff", "invalid UTF-8", 1, NULL);
	check_error("sin(x, y)", "sin takes one argument", 5, NULL);
	/* declarations whose variables or body cannot be read */
	check_error("f()=1", "a declaration needs the names of its variables",
	    1, "f(x, y) = x^2 + y^2");
	check_error("f(x,)=x", "a declaration needs the names", 1, NULL);
	check_error("f(1) = x", "a declaration needs the names", 1, NULL);
	check_error("f(x)=", "nothing after '='", 4, "write the function");
	check_error("f(x, y) =  ", "nothing after '='", 8, NULL);
	/* empty parentheses after a function, and log with a base */
	check_error("sin()", "sin needs an argument", 3, "sin(x)");
	check_error("ysin()", "sin needs an argument", 4, "sin(x)");
	check_error("cos^2()", "cos needs an argument", 5, "cos(x)");
	check_error("log()", "log needs an argument", 3, "log(x)");
	check_error("log(x, 2)", "log takes one argument", 5, "ln(x)/ln(b)");
	check_error("ln(x, 2)", "ln takes one argument", 4, "log2(x)");
	/* unknown variables when the variables are fixed */
	v.n = 2;
	strcpy(v.name[0], "x");
	strcpy(v.name[1], "y");
	ok(expr_parse("x + w", &v, EXPR_PARSE_NO_NEW_VARS, &e, NULL, &err) < 0 &&
	    strstr(err.msg, "unknown variable \"w\"") != NULL && err.pos == 4 &&
	    strstr(err.hint, "x, y") != NULL,
	    "a new variable is an error when the variables are fixed");

	/* limits are errors, not crashes */
	{
		size_t n = EXPR_MAX_INPUT + 10;
		char *big = malloc(n + 1);
		memset(big, 'x', n);
		for (i = 1; i < (int)n; i += 2)
			big[i] = '+';
		big[n] = '\0';
		check_error(big, "longer than 65536 bytes", EXPR_MAX_INPUT, NULL);
		/* deep nesting: 300 parentheses */
		memset(big, 0, n);
		for (i = 0; i < 300; i++)
			big[i] = '(';
		big[300] = 'x';
		for (i = 0; i < 300; i++)
			big[301 + i] = ')';
		v.n = 0;
		ok(expr_parse(big, &v, 0, &e, NULL, &err) < 0 &&
		    strstr(err.msg, "nested more than 256") != NULL,
		    "300 nested parentheses are a clear error");
		/* 200 are fine */
		memset(big, 0, n);
		for (i = 0; i < 200; i++)
			big[i] = '(';
		big[200] = 'x';
		for (i = 0; i < 200; i++)
			big[201 + i] = ')';
		v.n = 0;
		ok(expr_parse(big, &v, 0, &e, NULL, &err) == 0 &&
		    e->kind == EXPR_VAR, "200 nested parentheses are read");
		expr_free(e);
		/* a long chain of unary minus */
		memset(big, 0, n);
		memset(big, '-', 1000);
		big[1000] = 'x';
		v.n = 0;
		ok(expr_parse(big, &v, 0, &e, NULL, &err) < 0 &&
		    strstr(err.msg, "nested") != NULL,
		    "1000 minus signs in a row are a clear error");
		/* 33 variables */
		memset(big, 0, n);
		for (i = 0; i < 33; i++)
			sprintf(big + strlen(big), "%sx%d", i ? "+" : "", i + 1);
		v.n = 0;
		ok(expr_parse(big, &v, 0, &e, NULL, &err) < 0 &&
		    strstr(err.msg, "too many variables") != NULL,
		    "33 variables are a clear error");
		free(big);
	}

	/* domain errors are reported, not silent NaN */
	{
		expr_prog *p;
		expr_domain dom;
		double out, pt[1] = { -2 };
		v.n = 0;
		expr_parse("ln(x)", &v, 0, &e, NULL, &err);
		p = expr_compile(e, 1);
		ok(expr_prog_eval_checked(p, pt, &out, &dom) < 0 &&
		    strstr(dom.msg, "ln(-2) is undefined") != NULL,
		    "ln of a negative number is a reported domain error");
		expr_prog_free(p);
		expr_free(e);
		v.n = 0;
		expr_parse("1/(x+2)", &v, 0, &e, NULL, &err);
		p = expr_compile(e, 1);
		ok(expr_prog_eval_checked(p, pt, &out, &dom) < 0 &&
		    strstr(dom.msg, "division by zero") != NULL,
		    "division by zero is a reported domain error");
		pt[0] = 1;
		ok(expr_prog_eval_checked(p, pt, &out, &dom) == 0 &&
		    fabs(out - 1.0 / 3) < 1e-15, "and away from the pole it is fine");
		expr_prog_free(p);
		expr_free(e);
	}

	/* exact evaluation */
	{
		num pt[2] = { num_rat(1, 10), num_rat(2, 10) }, out;
		v.n = 0;
		expr_parse("x + y", &v, 0, &e, NULL, &err);
		ok(expr_eval_num(e, pt, &out, NULL) == 1 && out.p == 3 &&
		    out.q == 10, "1/10 + 2/10 is exactly 3/10");
		expr_free(e);
	}
	test_trig_at_pi();
	test_runs_before_functions();
	test_reading_numbers();
	test_greek_declared();
	test_real_rewrites();
	test_superscript_min();
	return tap_done();
}
