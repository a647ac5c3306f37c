/* t_functions.c - the functions students write: arcsin arccos arctan
 * (and asin acos atan), sec csc cot, lg, log_b (issue 11, "Reading what
 * students write").
 *
 * Expected values come from the C library and closed forms written out
 * here (d/dx arctan x = 1/(1 + x²), ...), and derivatives are also
 * checked against central differences of the C library's functions, so
 * nothing is compared with nabla's own output. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/expr.h"
#include "tap.h"

/* Parse text; NULL with err filled on failure. */
static expr *
parse(const char *text, expr_vars *v, expr_error *err)
{
	expr *e;

	memset(v, 0, sizeof *v);
	if (expr_parse(text, v, 0, &e, NULL, err) < 0)
		return NULL;
	return e;
}

/* The value of e at x (the variables in order). */
static double
value(const expr *e, int nv, const double *x)
{
	expr_prog *p = expr_compile(e, nv);
	double r = expr_prog_eval(p, x);

	expr_prog_free(p);
	return r;
}

/* Closed forms: f and df/d(var 0) (or d/d var of a two-variable f). */
static double f_atan(const double *x) { return atan(x[0]); }
static double d_atan(const double *x) { return 1 / (1 + x[0] * x[0]); }
static double f_asin(const double *x) { return asin(x[0]); }
static double d_asin(const double *x) { return 1 / sqrt(1 - x[0] * x[0]); }
static double f_acos(const double *x) { return acos(x[0]); }
static double d_acos(const double *x) { return -1 / sqrt(1 - x[0] * x[0]); }
static double f_sec(const double *x) { return 1 / cos(x[0]); }
static double d_sec(const double *x) { return sin(x[0]) / (cos(x[0]) * cos(x[0])); }
static double f_csc(const double *x) { return 1 / sin(x[0]); }
static double d_csc(const double *x) { return -cos(x[0]) / (sin(x[0]) * sin(x[0])); }
static double f_cot(const double *x) { return cos(x[0]) / sin(x[0]); }
static double d_cot(const double *x) { return -1 / (sin(x[0]) * sin(x[0])); }
static double f_lg(const double *x) { return log10(x[0]); }
static double d_lg(const double *x) { return 1 / (x[0] * log(10)); }
static double f_log2(const double *x) { return log2(x[0]); }
static double d_log2(const double *x) { return 1 / (x[0] * log(2)); }
static double f_log3(const double *x) { return log(x[0]) / log(3); }
static double d_log3(const double *x) { return 1 / (x[0] * log(3)); }
static double f_secsq(const double *x) { return 1 / cos(x[0] * x[0]); }
static double d_secsq(const double *x)
{
	return 2 * x[0] * tan(x[0] * x[0]) / cos(x[0] * x[0]);
}
/* two variables (b, x) and (x, y): the first variable's derivative */
static double f_logb(const double *x) { return log(x[1]) / log(x[0]); }
static double d_logb(const double *x)
{
	return -log(x[1]) / (x[0] * log(x[0]) * log(x[0]));
}
static double f_atanxy(const double *x) { return atan(x[0] * x[1]); }
static double d_atanxy(const double *x)
{
	return x[1] / (1 + x[0] * x[0] * x[1] * x[1]);
}

static const struct fcase {
	const char *text;
	int nv;
	double (*f)(const double *), (*d)(const double *);
	double lo, hi;		/* where the first variable is taken */
} cases[] = {
	{ "arctan x", 1, f_atan, d_atan, -3, 3 },
	{ "atan(x)", 1, f_atan, d_atan, -3, 3 },
	{ "arcsin(x)", 1, f_asin, d_asin, -0.9, 0.9 },
	{ "asin x", 1, f_asin, d_asin, -0.9, 0.9 },
	{ "arccos x", 1, f_acos, d_acos, -0.9, 0.9 },
	{ "sec x", 1, f_sec, d_sec, -1.2, 1.2 },
	{ "csc(x)", 1, f_csc, d_csc, 0.3, 2.8 },
	{ "cot x", 1, f_cot, d_cot, 0.3, 2.8 },
	{ "lg x", 1, f_lg, d_lg, 0.2, 9 },
	{ "log_2 x", 1, f_log2, d_log2, 0.2, 9 },
	{ "log₂(x)", 1, f_log2, d_log2, 0.2, 9 },
	{ "log_3(x)", 1, f_log3, d_log3, 0.2, 9 },
	{ "log₃x", 1, f_log3, d_log3, 0.2, 9 },
	{ "sec(x^2)", 1, f_secsq, d_secsq, -1, 1 },
	{ "log_b(x)", 2, f_logb, d_logb, 1.5, 9 },
	{ "arctan(xy)", 2, f_atanxy, d_atanxy, -2, 2 },
};

/* Check one case at 7 points: f and df/d(first variable) against the
 * closed forms, and the closed-form derivative against a central
 * difference of the closed-form f (so a wrong closed form fails too). */
static void
check_case(const struct fcase *c)
{
	expr_vars v;
	expr_error err;
	expr *e = parse(c->text, &v, &err), *d;
	int k, bad = 0;

	if (e == NULL || v.n != c->nv) {
		ok(0, "%s is read as a function of %d variables (%s)", c->text,
		    c->nv, e == NULL ? err.msg : "other count");
		expr_free(e);
		return;
	}
	d = expr_diff(e, 0);
	for (k = 0; k < 7; k++) {
		double x[2], h = 1e-5, fd, xp[2], xm[2];
		x[0] = c->lo + (c->hi - c->lo) * (k + 0.5) / 7;
		x[1] = 1.25 + k / 8.0;
		memcpy(xp, x, sizeof x);
		memcpy(xm, x, sizeof x);
		xp[0] += h;
		xm[0] -= h;
		fd = (c->f(xp) - c->f(xm)) / (2 * h);
		if (fabs(value(e, c->nv, x) - c->f(x)) > 1e-12 * (1 + fabs(c->f(x))) ||
		    fabs(value(d, c->nv, x) - c->d(x)) > 1e-12 * (1 + fabs(c->d(x))) ||
		    fabs(fd - c->d(x)) > 1e-6 * (1 + fabs(fd))) {
			diag("%s at %g: f %.17g (want %.17g), d %.17g (want %.17g, "
			    "difference quotient %.17g)", c->text, x[0],
			    value(e, c->nv, x), c->f(x), value(d, c->nv, x),
			    c->d(x), fd);
			bad++;
		}
	}
	ok(bad == 0, "%s: values and derivative at 7 points", c->text);
	expr_free(d);
	expr_free(e);
}

/* The exact value of text at x (one variable; NULL for none): 1 when
 * exact and equal to p/q. */
static int
exact_is(const char *text, const num *x, long long p, long long q)
{
	expr_vars v;
	expr_error err;
	expr *e = parse(text, &v, &err);
	num r;
	int k;

	if (e == NULL)
		return 0;
	k = expr_eval_num(e, x, &r, NULL);
	expr_free(e);
	if (k != 1 || r.p * q != p * r.q)
		diag("%s: %d, %lld/%lld", text, k, r.p, r.q);
	return k == 1 && r.p * q == p * r.q;
}

/* Whether the derivative of text by its first variable, evaluated
 * exactly at the rational x, is exactly p/q. */
static int
exact_derivative_is(const char *text, num x, long long p, long long q)
{
	expr_vars v;
	expr_error err;
	expr *e = parse(text, &v, &err), *d;
	num r;
	int k;

	if (e == NULL)
		return 0;
	d = expr_diff(e, 0);
	k = expr_eval_num(d, &x, &r, NULL);
	expr_free(d);
	expr_free(e);
	return k == 1 && r.p * q == p * r.q;
}

/* Whether text is refused with a message that contains want. */
static int
refused(const char *text, const char *want)
{
	expr_vars v;
	expr_error err;
	expr *e = parse(text, &v, &err);

	if (e != NULL) {
		char *s = expr_print(e, &v, EXPR_ASCII);
		diag("%s is read as %s", text, s);
		free(s);
		expr_free(e);
		return 0;
	}
	if (strstr(err.msg, want) == NULL && strstr(err.hint, want) == NULL) {
		diag("%s: %s (%s)", text, err.msg, err.hint);
		return 0;
	}
	return 1;
}

/* Print e (parsed from text) in a style; caller frees. */
static char *
printed(const char *text, enum expr_style st, int derivative)
{
	expr_vars v;
	expr_error err;
	expr *e = parse(text, &v, &err), *d;
	char *s;

	if (e == NULL)
		return strdup("(error)");
	if (derivative) {
		d = expr_diff(e, 0);
		expr_free(e);
		e = d;
	}
	s = expr_print(e, &v, st);
	expr_free(e);
	return s;
}

int
main(void)
{
	size_t i;
	int k, bad;
	num x1 = num_int(1), x0 = num_int(0);

	/* reading: one function, never letters a·r·c */
	{
		expr_vars v;
		expr_error err;
		expr *e = parse("arctan(xy)", &v, &err);
		ok(e != NULL && v.n == 2 && strcmp(v.name[0], "x") == 0 &&
		    strcmp(v.name[1], "y") == 0 && e->kind == EXPR_FUNC &&
		    e->fn == FN_ATAN,
		    "arctan(xy) is atan(x·y), a function of x and y only");
		expr_free(e);
	}
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		check_case(&cases[i]);

	/* every spelling of a function before an argument is that function */
	bad = 0;
	for (k = 0; expr_fn_spelling(k) != NULL; k++) {
		char text[64];
		expr_vars v;
		expr_error err;
		expr *e;
		snprintf(text, sizeof text, "%s x", expr_fn_spelling(k));
		memset(&v, 0, sizeof v);
		if (expr_parse_raw(text, &v, 0, &e, NULL, &err) < 0) {
			diag("%s: %s", text, err.msg);
			bad++;
			continue;
		}
		if (v.n != 1 || e->kind != EXPR_FUNC ||
		    (int)e->fn != expr_fn_lookup(expr_fn_spelling(k))) {
			diag("%s is not one function of x", text);
			bad++;
		}
		expr_free(e);
	}
	ok(bad == 0 && k >= FN_COUNT + 5,
	    "each of the %d spellings, as \"NAME x\", is one function of x", k);

	/* the names and their other spellings, as the manual lists them,
	 * looked up by name and as the prefixes of a run of letters */
	{
		static const struct {
			const char *name;
			int fn;
		} sp[] = {
			{ "sin", FN_SIN }, { "cos", FN_COS }, { "tan", FN_TAN },
			{ "asin", FN_ASIN }, { "acos", FN_ACOS },
			{ "atan", FN_ATAN }, { "sinh", FN_SINH },
			{ "cosh", FN_COSH }, { "tanh", FN_TANH },
			{ "exp", FN_EXP }, { "ln", FN_LN },
			{ "log10", FN_LOG10 }, { "log2", FN_LOG2 },
			{ "sqrt", FN_SQRT }, { "abs", FN_ABS },
			{ "sec", FN_SEC }, { "csc", FN_CSC },
			{ "cot", FN_COT }, { "cbrt", FN_CBRT },
			{ "log", FN_LN }, { "lg", FN_LOG10 },
			{ "arcsin", FN_ASIN }, { "arccos", FN_ACOS },
			{ "arctan", FN_ATAN }
		};
		static const char *none[] = { "", "x", "si", "Sin", "cosec",
		    "sinhx", "log1", "arc", "asinh", "exp2", "zeta" };
		int fn[8];
		size_t j;
		unsigned m;

		bad = 0;
		for (j = 0; j < sizeof sp / sizeof sp[0]; j++) {
			m = expr_fn_prefixes(sp[j].name, strlen(sp[j].name), fn);
			if (expr_fn_lookup(sp[j].name) != sp[j].fn ||
			    !(m >> strlen(sp[j].name) & 1) ||
			    fn[strlen(sp[j].name)] != sp[j].fn) {
				diag("%s is not found as itself", sp[j].name);
				bad++;
			}
		}
		for (j = 0; j < sizeof none / sizeof none[0]; j++)
			if (expr_fn_lookup(none[j]) != -1) {
				diag("%s is taken for a function", none[j]);
				bad++;
			}
		ok(bad == 0 && k == (int)(sizeof sp / sizeof sp[0]),
		    "the 24 spellings are looked up as themselves, nothing else is");
		m = expr_fn_prefixes("log10xy", 7, fn);
		ok(m == (1u << 3 | 1u << 5) && fn[3] == FN_LN &&
		    fn[5] == FN_LOG10, "log10xy starts with log and log10");
		m = expr_fn_prefixes("sinhx", 5, fn);
		ok(m == (1u << 3 | 1u << 4) && fn[3] == FN_SIN &&
		    fn[4] == FN_SINH, "sinhx starts with sin and sinh");
		ok(expr_fn_prefixes("sinh", 3, fn) == 1u << 3,
		    "of the 3 bytes sin of sinh, only sin is a function");
		ok(expr_fn_prefixes("arcsin", 6, fn) == 1u << 6 &&
		    expr_fn_prefixes("xsin", 4, fn) == 0 &&
		    expr_fn_prefixes("", 0, fn) == 0,
		    "arcsin is one function; xsin and the empty run start with none");
	}

	/* each Greek name in a run of letters is one variable (pi the
	 * constant): "2thetax" is 2·θ·x, not 2·t·h·e·t·a·x */
	{
		static const char *gr[] = { "alpha", "beta", "gamma",
		    "delta", "epsilon", "zeta", "eta", "theta", "iota",
		    "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi",
		    "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi",
		    "omega" };
		size_t j;

		bad = 0;
		for (j = 0; j < sizeof gr / sizeof gr[0]; j++) {
			char text[32];
			expr_vars v;
			expr_error err;
			expr *e;
			int want = strcmp(gr[j], "pi") == 0 ? 1 : 2;

			snprintf(text, sizeof text, "2%sy", gr[j]);
			memset(&v, 0, sizeof v);
			e = parse(text, &v, &err);
			if (e == NULL || v.n != want ||
			    (want == 2 && strcmp(v.name[0], gr[j]) != 0 &&
			    strcmp(v.name[1], gr[j]) != 0)) {
				diag("%s: %d variables", text, v.n);
				bad++;
			}
			expr_free(e);
		}
		ok(bad == 0, "each of the 24 Greek names in 2NAMEy is one name");
	}

	/* functions nabla does not have are refused, never split */
	ok(refused("asinh x", "asinh"), "asinh x is refused, not asin(h·x)");
	ok(refused("sech x", "sech"), "sech x is refused, not sec(h·x)");
	ok(refused("coth(x)", "coth"), "coth(x) is refused");
	ok(refused("arccot x", "arccot"), "arccot x is refused, not a·r·c·cot");
	ok(refused("2acot(y)", "acot"), "2acot(y) is refused");
	ok(refused("sgn x", "x/abs(x)"), "sgn x is refused with what to write");
	/* a function name in capitals, as at the start of a sentence */
	ok(refused("Arcsin(y)", "did you mean arcsin?"),
	    "Arcsin(y) is refused, not A·r·c·sin(y)");
	ok(refused("Ln x", "did you mean ln?"), "Ln x is refused, not L·n·x");
	ok(refused("x + Sin y", "did you mean sin?"), "Sin y is refused");
	{
		expr_vars v;
		expr_error err;
		expr *e = parse("L g + S", &v, &err);
		ok(e != NULL && v.n == 3, "L g + S: three variables, nothing refused");
		expr_free(e);
	}
	ok(refused("log_1(x)", "base"), "log to base 1 is refused");
	ok(refused("log_0(x)", "base"), "log to base 0 is refused");
	ok(refused("log_ x", "base"), "log_ without a base is refused");

	/* log_b comes with a note that says how it is read */
	{
		expr_vars v;
		expr_notes notes;
		expr_error err;
		expr *e;
		memset(&v, 0, sizeof v);
		ok(expr_parse("log_3(x)", &v, 0, &e, &notes, &err) == 0 &&
		    notes.n == 1 && strstr(notes.note[0].msg, "ln(x)/ln(b)") != NULL,
		    "log_3(x) is read as ln(x)/ln(3), with a note");
		expr_free(e);
	}

	/* exact values, worked by hand */
	ok(exact_is("sec(0)", NULL, 1, 1), "sec(0) = 1 exactly");
	ok(exact_is("sec(pi/3)", NULL, 2, 1), "sec(π/3) = 2 exactly");
	ok(exact_is("csc(pi/6)", NULL, 2, 1), "csc(π/6) = 2 exactly");
	ok(exact_is("cot(pi/4)", NULL, 1, 1), "cot(π/4) = 1 exactly");
	ok(exact_is("cot(pi/2)", NULL, 0, 1), "cot(π/2) = 0 exactly");
	ok(exact_is("lg 1000", NULL, 3, 1), "lg 1000 = 3 exactly");
	ok(exact_is("log_2 8", NULL, 3, 1), "log_2 8 = 3 exactly");
	ok(exact_is("arctan(0) + arcsin(0)", NULL, 0, 1), "arctan 0 + arcsin 0 = 0");
	ok(exact_derivative_is("arctan x", x1, 1, 2),
	    "d/dx arctan x at 1 is 1/(1 + 1) = 1/2 exactly");
	ok(exact_derivative_is("arctan x", num_int(3), 1, 10),
	    "d/dx arctan x at 3 is 1/10 exactly");
	ok(exact_derivative_is("arcsin x", x0, 1, 1),
	    "d/dx arcsin x at 0 is 1 exactly");
	ok(exact_derivative_is("arccos x", x0, -1, 1),
	    "d/dx arccos x at 0 is -1 exactly");
	ok(exact_derivative_is("sec x", x0, 0, 1), "d/dx sec x at 0 is 0");
	{
		expr_vars v;
		expr_error err;
		expr *e = parse("csc x", &v, &err);
		expr_prog *p = expr_compile(e, 1);
		expr_domain dom;
		double x = 0, r;
		memset(&dom, 0, sizeof dom);
		ok(expr_prog_eval_checked(p, &x, &r, &dom) < 0 &&
		    strstr(dom.msg, "sin is 0") != NULL,
		    "csc(0) is a domain error: sin is 0 there");
		expr_prog_free(p);
		expr_free(e);
	}

	/* printing */
	{
		static const struct { const char *in, *want; int st, d; } pr[] = {
			{ "arctan x", "1/(x^2 + 1)", EXPR_ASCII, 1 },
			{ "sec x", "tan(x)*sec(x)", EXPR_ASCII, 1 },
			{ "cot x", "-csc(x)^2", EXPR_ASCII, 1 },
			{ "sec x", "\\sec\\left(x\\right)", EXPR_LATEX, 0 },
			{ "arcsin x", "\\arcsin\\left(x\\right)", EXPR_LATEX, 0 },
			{ "lg x", "\\log_{10}\\left(x\\right)", EXPR_LATEX, 0 },
			{ "cot x", "cot(x)", EXPR_UNICODE, 0 },
		};
		for (i = 0; i < sizeof pr / sizeof pr[0]; i++) {
			char *s = printed(pr[i].in, pr[i].st, pr[i].d);
			is_str(s, pr[i].want, pr[i].in);
			free(s);
		}
	}
	return tap_done();
}
