/* t_read_notes.c - the notes on powers a student rarely means as read
 * (core/parse_notes): e^2x is e^2·x, x^1/2 is x/2, each with a note;
 * the conventional readings (3x^2y, x^2 y, e^x(x+1), sin^2x, ...) stay
 * silent.
 *
 * Every value is worked by hand here with libm at the point x = 0.7,
 * y = 1.3: the whole input as nabla reads it, the part the note quotes
 * ("read as (e^2)*x") and the form its hint gives ("e^(2*x)"),
 * so a note that claimed a reading nabla does not make, or a hint that
 * wrote something else than the other reading, would fail. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/expr.h"
#include "tap.h"

#define X 0.7
#define Y 1.3

/* The value of text at (X, Y), read with x and y as variables 0 and 1;
 * NAN when it cannot be read.  The notes go to notes when not NULL. */
static double
value_at(const char *text, expr_notes *notes)
{
	expr_vars v;
	expr *e;
	expr_error err;
	expr_prog *p;
	double pt[EXPR_MAX_VARS] = { X, Y }, r;

	memset(&v, 0, sizeof v);
	v.n = 2;
	strcpy(v.name[0], "x");
	strcpy(v.name[1], "y");
	if (expr_parse(text, &v, 0, &e, notes, &err) < 0)
		return NAN;
	if (v.n > 2) {
		/* a declared f(e, x): its own two variables */
		expr_free(e);
		return NAN;
	}
	p = expr_compile(e, v.n);
	r = expr_prog_eval(p, pt);
	expr_prog_free(p);
	expr_free(e);
	return r;
}

/* The text in s after the marker up to the end or to stop (a new
 * string), or NULL when the marker is not there. */
static char *
after(const char *s, const char *marker, const char *stop)
{
	const char *a = strstr(s, marker), *b;

	if (a == NULL)
		return NULL;
	a += strlen(marker);
	b = stop != NULL ? strstr(a, stop) : NULL;
	if (b == NULL)
		b = a + strlen(a);
	return strndup(a, (size_t)(b - a));
}

struct noted {
	const char *in;
	double whole;		/* the input as read, by hand */
	const char *read_as;	/* what the note says it is read as */
	double read;		/* that part, by hand */
	const char *meant;	/* the form the hint writes */
	double other;		/* that form, by hand */
	size_t pos, len;	/* where the caret goes */
};

/* Each input gets one note, at its place, quoting its true reading and
 * a hint for the other one. */
static void
test_noted(void)
{
	const double e = exp(1);
	struct noted c[] = {
		/* an exponent 1 or -1 and '/' a number after it */
		{ "x^1/2", X / 2, "(x^1)/2", X / 2, "x^(1/2)", sqrt(X), 0, 5 },
		{ "x^-1/2", 1 / (2 * X), "(1/x)/2", 1 / (2 * X),
		    "x^(-1/2)", 1 / sqrt(X), 0, 6 },
		{ "x^+1/3", X / 3, "(x^1)/3", X / 3, "x^(1/3)", cbrt(X),
		    0, 6 },
		{ "2x^1/2", X, "(x^1)/2", X / 2, "x^(1/2)", sqrt(X), 1, 5 },
		{ "2^1/3 + x", 2.0 / 3 + X, "(2^1)/3", 2.0 / 3, "2^(1/3)",
		    cbrt(2), 0, 5 },
		{ "(x+1)^1/2", (X + 1) / 2, "((x + 1)^1)/2", (X + 1) / 2,
		    "(x + 1)^(1/2)", sqrt(X + 1), 0, 9 },
		/* e or a number, any exponent, '/' a number */
		{ "e^x/2", exp(X) / 2, "(e^x)/2", exp(X) / 2, "e^(x/2)",
		    exp(X / 2), 0, 5 },
		{ "2^y/3", pow(2, Y) / 3, "(2^y)/3", pow(2, Y) / 3,
		    "2^(y/3)", pow(2, Y / 3), 0, 5 },
		/* e or a number, and a letter right after the exponent */
		{ "e^2x", e * e * X, "(e^2)*x", e * e * X, "e^(2*x)",
		    exp(2 * X), 0, 4 },
		{ "e^xy", exp(X) * Y, "(e^x)*y", exp(X) * Y, "e^(x*y)",
		    exp(X * Y), 0, 4 },
		{ "2^xy", pow(2, X) * Y, "(2^x)*y", pow(2, X) * Y,
		    "2^(x*y)", pow(2, X * Y), 0, 4 },
		{ "e^-2x", X / (e * e), "(1/e^2)*x", X / (e * e),
		    "e^(-2*x)", exp(-2 * X), 0, 5 },
		{ "e^(x)y", exp(X) * Y, "(e^x)*y", exp(X) * Y, "e^(x*y)",
		    exp(X * Y), 0, 6 },
		{ "10^2x", 100 * X, "(10^2)*x", 100 * X, "10^(2*x)",
		    pow(10, 2 * X), 0, 5 },
		{ "e^0.5x", sqrt(e) * X, "(sqrt(e))*x", sqrt(e) * X,
		    "e^(0.5*x)", exp(X / 2), 0, 6 },
		{ "e^2xy", e * e * X * Y, "(e^2)*x*y", e * e * X * Y,
		    "e^(2*x*y)", exp(2 * X * Y), 0, 5 },
		{ "e^2x^2", e * e * X * X, "(e^2)*x^2", e * e * X * X,
		    "e^(2*x^2)", exp(2 * X * X), 0, 6 },
		{ "e^x^2y", exp(X * X) * Y, "(e^(x^2))*y", exp(X * X) * Y,
		    "e^(x^2*y)", exp(X * X * Y), 0, 6 },
		{ "e^2pi", e * e * M_PI, "(e^2)*pi", e * e * M_PI,
		    "e^(2*pi)", exp(2 * M_PI), 0, 5 },
		{ "e^(x+1)y", exp(X + 1) * Y, "(e^(x + 1))*y",
		    exp(X + 1) * Y, "e^((x + 1)*y)", exp((X + 1) * Y), 0, 8 },
		{ "y + 3e^2x", Y + 3 * e * e * X, "(e^2)*x", e * e * X,
		    "e^(2*x)", exp(2 * X), 5, 4 },
		{ "sin 2^xy", sin(pow(2, X) * Y), "(2^x)*y", pow(2, X) * Y,
		    "2^(x*y)", pow(2, X * Y), 4, 4 },
		{ "e^(2^xy)", exp(pow(2, X) * Y), "(2^x)*y", pow(2, X) * Y,
		    "2^(x*y)", pow(2, X * Y), 3, 4 },
		/* a power that is an exponent: the note is the outer one's */
		{ "2^e^2x", pow(2, e * e) * X, "(2^(e^2))*x",
		    pow(2, e * e) * X, "2^(e^2*x)", pow(2, e * e * X), 0, 6 },
	};
	size_t i;

	for (i = 0; i < sizeof c / sizeof c[0]; i++) {
		expr_notes notes;
		char *r, *h;
		double got = value_at(c[i].in, &notes);

		is_num(got, c[i].whole, 1e-12 * fabs(c[i].whole),
		    c[i].in);
		if (!ok(notes.n == 1, "%s: one note", c[i].in))
			continue;
		ok(notes.note[0].pos == c[i].pos && notes.note[0].len ==
		    c[i].len, "%s: the note is at %zu, %zu bytes (got %zu, "
		    "%zu)", c[i].in, c[i].pos, c[i].len, notes.note[0].pos,
		    notes.note[0].len);
		r = after(notes.note[0].msg, "read as ", NULL);
		h = after(notes.note[0].hint, " write ", NULL);
		is_str(r, c[i].read_as, "the note quotes the reading");
		is_str(h, c[i].meant, "the hint writes the other reading");
		if (r != NULL)
			is_num(value_at(r, NULL), c[i].read, 1e-12 *
			    fabs(c[i].read), "what the note quotes has the "
			    "value worked by hand");
		if (h != NULL)
			is_num(value_at(h, NULL), c[i].other, 1e-12 *
			    fabs(c[i].other), "what the hint writes has the "
			    "value worked by hand");
		free(r);
		free(h);
	}
}

struct silent {
	const char *in;
	double whole;		/* the input as read, by hand */
	const char *why;
};

/* Conventional readings get no note. */
static void
test_silent(void)
{
	const double e = exp(1);
	struct silent c[] = {
		{ "3x^2y", 3 * X * X * Y, "the lecture's 3x^2y is 3·x²·y" },
		{ "x^2 y", X * X * Y, "x^2 y" },
		{ "x^2y^3", X * X * Y * Y * Y, "x^2y^3" },
		{ "(x+1)^2y", (X + 1) * (X + 1) * Y, "a group's power" },
		{ "x^-2y", Y / (X * X), "x^-2y: a variable's power" },
		{ "x^0.5y", sqrt(X) * Y, "x^0.5y: a variable's power" },
		{ "e^x y", exp(X) * Y, "a space ends the exponent" },
		{ "e^2 x", e * e * X, "a space ends the exponent" },
		{ "e^2*x", e * e * X, "an explicit *" },
		{ "e^(2x)", exp(2 * X), "e^(2x)" },
		{ "e^x(x+1)", exp(X) * (X + 1), "a group after the exponent" },
		{ "e^-x(1-x)", exp(-X) * (1 - X), "a group after e^-x" },
		{ "e^xsin(y)", exp(X) * sin(Y), "a function after the exponent" },
		{ "2^xe^y", pow(2, X) * exp(Y), "a new power of e after it" },
		{ "e²x", e * e * X, "a superscript exponent is closed" },
		{ "e^x^2", exp(X * X), "e^x^2 is e^(x^2)" },
		{ "x^2/2", X * X / 2, "x^2/2: the exponent is not 1" },
		{ "x^3/2", X * X * X / 2, "x^3/2 (the reading is echoed)" },
		{ "e^(x)/2", exp(X) / 2, "a closed exponent before /" },
		{ "x^(1)/2", X / 2, "a closed exponent before /" },
		{ "e^x /2", exp(X) / 2, "a space before /" },
		{ "e^x/y", exp(X) / Y, "a letter after /" },
		{ "e^2/2", exp(2) / 2, "e^2/2: a number exponent of e" },
		{ "2^2/3 + x", 4.0 / 3 + X, "2^2/3: a number exponent" },
		{ "x^(1/2)", sqrt(X), "x^(1/2)" },
		{ "sin^2x", sin(X) * sin(X), "sin^2x is sin(x)^2" },
		{ "sin x^2", sin(X * X), "sin x^2 is sin(x^2)" },
		{ "sqrt x+1", sqrt(X) + 1, "sqrt x+1 is sqrt(x) + 1" },
		{ "ln x/2", log(X) / 2, "ln x/2 is ln(x)/2" },
		{ "sin x cos x", sin(X) * cos(X), "sin x cos x" },
		{ "sin xy", sin(X * Y), "sin xy is sin(xy)" },
		{ "sin 2x y", sin(2 * X * Y), "sin 2x y is sin(2xy)" },
		{ "pi^2x", M_PI * M_PI * X, "pi^2x is pi²·x" },
		{ "xy^2", X * Y * Y, "xy^2" },
		{ "-x^2", -X * X, "-x^2" },
	};
	size_t i;

	for (i = 0; i < sizeof c / sizeof c[0]; i++) {
		expr_notes notes;
		double got = value_at(c[i].in, &notes);

		is_num(got, c[i].whole, 1e-12 * fabs(c[i].whole), c[i].in);
		ok(notes.n == 0, "%s: no note (%s)%s%s", c[i].in, c[i].why,
		    notes.n ? ": " : "", notes.n ? notes.note[0].msg : "");
	}
}

/* A variable named e is a variable: f(e, x) = e^2x is e²·x. */
static void
test_declared_e(void)
{
	expr_vars v;
	expr_notes notes;
	expr_error err;
	expr *e;
	expr_prog *p;
	double pt[2] = { X, Y };

	memset(&v, 0, sizeof v);
	ok(expr_parse("f(e, x) = e^2x", &v, 0, &e, &notes, &err) == 0,
	    "f(e, x) = e^2x is read");
	ok(notes.n == 0, "a declared e is a variable: no note");
	p = expr_compile(e, v.n);
	is_num(expr_prog_eval(p, pt), X * X * Y, 1e-15,
	    "f(e, x) = e^2x is e²·x");
	expr_prog_free(p);
	expr_free(e);
}

/* 1/x y is (1/x)·y: the note of 1/2x, not one of these. */
static void
test_division(void)
{
	expr_notes notes;

	is_num(value_at("1/x y", &notes), Y / X, 1e-12, "1/x y is (1/x)·y");
	ok(notes.n == 1 && strstr(notes.note[0].msg, "(1/2)·x") != NULL,
	    "1/x y: the one note is 1/2x's");
}

/* The note of 1/2x quotes the product of the input in its hint: the
 * form "write Q if ..." whose Q is the division by the whole product,
 * worked by hand, and the note at the '/'. */
static void
test_division_hint(void)
{
	static const struct {
		const char *in, *q;
		double other;	/* the value of q, by hand */
	} c[] = {
		{ "1/2x", "1/(2x)", 1 / (2 * X) },
		{ "1/x y", "1/(x y)", 1 / (X * Y) },
		{ "3/4xy", "3/(4xy)", 3 / (4 * X * Y) },
		{ "x^2/2y + 1", "x^2/(2y)", X * X / (2 * Y) },
		{ "-1/2x y", "-1/(2x y)", -1 / (2 * X * Y) },
		{ "2 x/3y*x", "x/(3y)", X / (3 * Y) },
		{ "(x+1)/2 x y", "(x+1)/(2 x y)", (X + 1) / (2 * X * Y) },
	};
	size_t i;

	for (i = 0; i < sizeof c / sizeof c[0]; i++) {
		expr_notes notes;
		char *q;

		value_at(c[i].in, &notes);
		if (!ok(notes.n == 1, "%s: one note", c[i].in))
			continue;
		ok(notes.note[0].pos == (size_t)(strchr(c[i].in, '/') -
		    c[i].in), "%s: the note starts at the '/'", c[i].in);
		q = after(notes.note[0].hint, "write ", " if you meant");
		ok(q != NULL && strcmp(q, c[i].q) == 0, "%s: the hint says "
		    "write %s (%s)", c[i].in, c[i].q, notes.note[0].hint);
		if (q != NULL)
			is_num(value_at(q, NULL), c[i].other, 1e-12 *
			    fabs(c[i].other), q);
		free(q);
	}
}

/* No notes asked for, none made, and the reading is the same. */
static void
test_no_notes(void)
{
	is_num(value_at("e^2x", NULL), exp(2) * X, 1e-12,
	    "e^2x without notes is read the same");
	is_num(value_at("1/e^2x", NULL), X / exp(2), 1e-12,
	    "1/e^2x is (1/e^2)·x");
}

int
main(void)
{
	test_noted();
	test_silent();
	test_declared_e();
	test_division();
	test_division_hint();
	test_no_notes();
	return tap_done();
}
