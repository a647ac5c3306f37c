/* t_check_edges.c - the checker at the edges (issue 11): test points in
 * the domain of f, tolerances relative to the true value's own size,
 * functions defined nowhere, and mistakes named only when they alone
 * explain the answer.
 *
 * Every true value here is worked out by hand in the comments and
 * computed in the test from that closed form, never taken from nabla. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/check.h"
#include "core/xalloc.h"
#include "tap.h"

/* A prepared function (ASCII texts, default options); f and vars are
 * filled for the caller to free f. */
static check_fn *
prep(const char *text, expr **f, expr_vars *vars)
{
	check_opts	o;
	expr_error	err;

	memset(vars, 0, sizeof *vars);
	if (expr_parse(text, vars, 0, f, NULL, &err) != 0) {
		diag("cannot parse %s: %s", text, err.msg);
		return NULL;
	}
	check_opts_init(&o);
	o.style = EXPR_ASCII;
	o.echo = 1;
	return check_fn_new(*f, vars, &o);
}

/* Check a symbolic gradient (at NULL) or one at a point; r.correct, or
 * -1 on bad input. */
static int
judge(const char *ftext, const double *at, const char *answer,
    check_result *r)
{
	expr_vars	 vars;
	expr		*f;
	check_fn	*c = prep(ftext, &f, &vars);
	check_error	 err;
	int		 rc;

	memset(r, 0, sizeof *r);
	if (c == NULL)
		return -1;
	rc = at != NULL ? check_grad_at(c, at, answer, r, &err) :
	    check_grad(c, answer, r, &err);
	if (rc != 0)
		diag("bad input: %s at %zu", err.e.msg, err.e.pos);
	check_fn_free(c);
	expr_free(f);
	return rc != 0 ? -1 : r->correct;
}

/* Whether any text of r says "nan". */
static int
says_nan(const check_result *r)
{
	int	i;

	for (i = 0; i < r->nparts; i++) {
		if (strstr(r->parts[i].feedback, "nan") != NULL ||
		    (r->parts[i].expected != NULL &&
		    strstr(r->parts[i].expected, "nan") != NULL))
			return 1;
	}
	return 0;
}

/* Whether part i of r lists the mistake id among its candidates. */
static int
lists(const check_result *r, int i, const char *id)
{
	int	k;

	if (i >= r->nparts)
		return 0;
	for (k = 0; k < r->parts[i].nmistakes; k++) {
		if (strcmp(r->parts[i].mistakes[k], id) == 0)
			return 1;
	}
	return 0;
}

/* Test points in the domain of f. */
static void
test_domains(void)
{
	check_result	r;
	double		at[1];
	char		ans[64];

	/* d/dx sqrt(x - 1000) = 1/(2 sqrt(x - 1000)), defined for x > 1000
	 * only: no pool point lies there */
	ok(judge("sqrt(x - 1000)", NULL, "1/(2sqrt(x-1000))", &r) == 1,
	    "sqrt(x - 1000): its own derivative 1/(2sqrt(x-1000)) is right");
	check_result_free(&r);
	/* d/dx sqrt(0.0001 - x^2) = -x/sqrt(0.0001 - x^2) on |x| < 0.01:
	 * 5x is 5x, not that */
	ok(judge("sqrt(0.0001 - x^2)", NULL, "5x", &r) == 0,
	    "sqrt(0.0001 - x^2): 5x is wrong");
	check_result_free(&r);
	ok(judge("sqrt(0.0001 - x^2)", NULL, "-x/sqrt(0.0001 - x^2)", &r) ==
	    1, "sqrt(0.0001 - x^2): -x/sqrt(0.0001 - x^2) is right");
	check_result_free(&r);
	/* ln(x - 10) at 6: ln(-4) has no value */
	at[0] = 6;
	ok(judge("ln(x - 10)", at, "-0.25", &r) == 0 && r.nparts == 1 &&
	    strstr(r.parts[0].feedback, "f is not defined at 6") != NULL &&
	    r.parts[0].expected == NULL && !says_nan(&r),
	    "ln(x - 10) at 6: f is not defined there, not right, no nan");
	diag("%s", r.nparts ? r.parts[0].feedback : "");
	check_result_free(&r);
	/* at 12 it is 1/(12 - 10) = 0.5 */
	at[0] = 12;
	snprintf(ans, sizeof ans, "%.17g", 1.0 / (12 - 10));
	ok(judge("ln(x - 10)", at, ans, &r) == 1,
	    "ln(x - 10) at 12: 1/2 is right");
	check_result_free(&r);
	/* 1/abs(x - 10) equals 1/(x - 10) wherever ln(x - 10) is defined */
	ok(judge("ln(x - 10)", NULL, "1/abs(x - 10)", &r) == 1,
	    "ln(x - 10): 1/abs(x - 10), equal on the whole domain, is right");
	check_result_free(&r);
	/* sqrt(x) + y at (0, 1): df/dx has no value; never "nan" */
	{
		double	p[2] = { 0, 1 };

		ok(judge("sqrt(x) + y", p, "1, 1", &r) == 0 && !says_nan(&r) &&
		    r.nparts == 2 && r.parts[0].expected == NULL,
		    "sqrt(x) + y at (0, 1): df/dx undefined, no nan anywhere");
		check_result_free(&r);
	}
}

/* Descent steps from a point outside the domain of f. */
static void
test_step_domain(void)
{
	expr_vars	 vars;
	expr		*f;
	check_fn	*c = prep("ln(x)", &f, &vars);
	check_result	 r;
	check_error	 err;
	double		 from[1] = { -1 };

	/* ln(-1) has no value, though 1/x has one at -1 */
	ok(c != NULL && check_step(c, from, 0.1, "1", &r, &err) == 0 &&
	    !r.correct && r.nparts == 1 &&
	    strstr(r.parts[0].feedback, "f is not defined at a_0 = -1") !=
	    NULL, "ln(x) from -1: f is not defined at a_0, no step");
	diag("%s", r.nparts ? r.parts[0].feedback : "");
	check_result_free(&r);
	check_fn_free(c);
	expr_free(f);
}

/* Tolerances relative to the true value's size. */
static void
test_tiny(void)
{
	check_result	r;
	double		at[1] = { 1e-12 }, want = 2 * 1e-12;
	char		ans[64], sines[2048];
	size_t		len;
	int		k;

	/* d/dx x^2 at 1e-12 is 2e-12; -5e-12 is wrong, 2e-12 right */
	ok(judge("x^2", at, "-5e-12", &r) == 0,
	    "x^2 at 1e-12: -5e-12 is wrong");
	check_result_free(&r);
	snprintf(ans, sizeof ans, "%.17g", want);
	ok(judge("x^2", at, ans, &r) == 1, "x^2 at 1e-12: 2e-12 is right");
	check_result_free(&r);
	snprintf(ans, sizeof ans, "%.17g", want * 1.01);
	ok(judge("x^2", at, ans, &r) == 0,
	    "x^2 at 1e-12: 2.02e-12 (1%% off) is wrong");
	check_result_free(&r);
	/* and at 1e12: 2e12 right, 2.02e12 wrong */
	at[0] = 1e12;
	ok(judge("x^2", at, "2e12", &r) == 1 &&
	    (check_result_free(&r), judge("x^2", at, "2.02e12", &r) == 0),
	    "x^2 at 1e12: 2e12 right, 2.02e12 wrong");
	check_result_free(&r);
	ok(check_number(-5e-12, 2e-12, 3) == CHECK_WRONG &&
	    check_number(2e-12, 2e-12, 3) == CHECK_RIGHT &&
	    check_number_near(2.0004e-12, 2e-12, 3, 0) == CHECK_ROUNDED &&
	    check_number_near(2.01e-12, 2e-12, 3, 0) == CHECK_WRONG,
	    "check_number: 2e-12 is judged relative to its own size");
	/* grad exp(-5(x^2 + y^2)) = -10 (x, y) exp(-5(x^2 + y^2)): small
	 * but not 0 away from the origin */
	ok(judge("exp(-5(x^2+y^2))", NULL, "0, 0", &r) == 0 &&
	    !r.parts[0].correct && !r.parts[1].correct,
	    "exp(-5(x^2 + y^2)): 0, 0 is wrong");
	check_result_free(&r);
	ok(judge("exp(-5(x^2+y^2))", NULL,
	    "-10x exp(-5(x^2+y^2)), -10y exp(-5x^2-5y^2)", &r) == 1,
	    "exp(-5(x^2 + y^2)): -10x e^..., -10y e^... is right");
	check_result_free(&r);
	/* a product of 60 sines sin(x + k/7): its derivative is small at
	 * every point, never 0 where no factor is */
	len = 0;
	for (k = 1; k <= 60; k++)
		len += snprintf(sines + len, sizeof sines - len, "%ssin(x + %d/7)",
		    k > 1 ? "*" : "", k);
	ok(judge(sines, NULL, "0", &r) == 0,
	    "a product of 60 sines: 0 is wrong");
	check_result_free(&r);
}

/* Functions with no value anywhere. */
static void
test_nowhere(void)
{
	static const char *nowhere[] = { "x^2 + 0/0", "ln(-x^2)",
	    "1/(x - x)", "sqrt(-x^2 - y^2 - 1)" };
	static const char *somewhere[] = { "sqrt(x - 1000)",
	    "sqrt(0.0001 - x^2 - y^2)", "ln(x - 10)", "x^2", "ln(-x)",
	    "sqrt(1e-6 - (x - 50000)^2)" };
	expr_vars	vars;
	char		why[160];
	size_t		i;

	memset(&vars, 0, sizeof vars);
	vars.n = 2;
	strcpy(vars.name[0], "x");
	strcpy(vars.name[1], "y");
	for (i = 0; i < sizeof nowhere / sizeof *nowhere; i++) {
		ok(check_defined_somewhere(nowhere[i], &vars, why,
		    sizeof why) == 0 && why[0] != '\0',
		    "%s is defined nowhere (%s)", nowhere[i], why);
	}
	for (i = 0; i < sizeof somewhere / sizeof *somewhere; i++)
		ok(check_defined_somewhere(somewhere[i], &vars, NULL, 0) == 1,
		    "%s is defined somewhere", somewhere[i]);
}

/* Mistakes named only when they alone explain the answer. */
static void
test_names(void)
{
	check_result	r;
	double		one[3] = { 1, 1, 1 }, p[2] = { 0.4, 0.8 };

	/* grad(3x^2y + zy - x) = (6xy - 1, 3x^2 + z, y) = (5, 4, 1) at
	 * (1, 1, 1); 6 = 5 + yz (kept yz) = 5 + 1 (dropped -x's -1) */
	ok(judge("3x^2y + zy - x", one, "6, 4, 1", &r) == 0 &&
	    r.parts[0].mistake == NULL && r.parts[0].nmistakes == 2 &&
	    lists(&r, 0, MISTAKE_KEPT_CONSTANT_TERMS) &&
	    lists(&r, 0, MISTAKE_DROPPED_TERM) &&
	    strstr(r.parts[0].feedback, "6 is what you get if you") != NULL &&
	    strstr(r.parts[0].feedback, ", or ") != NULL &&
	    r.parts[1].correct && r.parts[2].correct,
	    "6, 4, 1 at (1, 1, 1): kept yz or dropped -x, neither named alone");
	diag("%s", r.nparts ? r.parts[0].feedback : "");
	check_result_free(&r);
	/* as expressions the two differ: 6xy - 1 + yz is only yz kept,
	 * 6xy only -x dropped */
	ok(judge("3x^2y + zy - x", NULL, "6xy - 1 + yz, 3x^2 + z, y", &r) ==
	    0 && r.parts[0].mistake != NULL && r.parts[0].nmistakes == 1 &&
	    strcmp(r.parts[0].mistake, MISTAKE_KEPT_CONSTANT_TERMS) == 0,
	    "6xy - 1 + yz: kept-constant-terms alone");
	check_result_free(&r);
	ok(judge("3x^2y + zy - x", NULL, "6xy, 3x^2 + z, y", &r) == 0 &&
	    r.parts[0].mistake != NULL &&
	    strcmp(r.parts[0].mistake, MISTAKE_DROPPED_TERM) == 0,
	    "6xy: dropped-term alone");
	check_result_free(&r);
	/* d/dx 2e^(2x) = 4e^(2x): 2e^(2x) is both the chain rule
	 * forgotten and the coefficient 2 lost, as functions too */
	ok(judge("2exp(2x) + y", NULL, "2exp(2x), 1", &r) == 0 &&
	    r.parts[0].mistake == NULL && r.parts[0].nmistakes == 2 &&
	    lists(&r, 0, MISTAKE_CHAIN_RULE) &&
	    lists(&r, 0, MISTAKE_POWER_RULE),
	    "2exp(2x) for 4exp(2x): chain-rule or power-rule, neither alone");
	diag("%s", r.nparts ? r.parts[0].feedback : "");
	check_result_free(&r);
	/* 3x^2 for 3x^2 + z: the term yz forgotten */
	ok(judge("3x^2y + zy - x", NULL, "6xy-1, 3x^2, y", &r) == 0 &&
	    r.parts[0].correct && r.parts[1].mistake != NULL &&
	    strcmp(r.parts[1].mistake, MISTAKE_DROPPED_TERM) == 0 &&
	    strstr(r.parts[1].feedback, "dropped the term") != NULL &&
	    strstr(r.parts[1].feedback, "as if it changed") == NULL,
	    "6xy-1, 3x^2, y: dropped-term, not dropped-factor and more");
	diag("%s", r.nparts > 1 ? r.parts[1].feedback : "");
	check_result_free(&r);
	/* grad(x^4/4 + y^4/4) at (0.4, 0.8) = (0.064, 0.512): 0.3 is no
	 * rounding of 0.064, so 0.5 is no "rounded too far" either */
	ok(judge("x^4/4 + y^4/4", p, "0.3, 0.5", &r) == 0 &&
	    r.parts[0].mistake == NULL && r.parts[1].mistake == NULL &&
	    strstr(r.parts[1].feedback, "rounded") == NULL,
	    "0.3, 0.5 for (0.064, 0.512): not rounded too far");
	check_result_free(&r);
	ok(judge("x^4/4 + y^4/4", p, "0.06, 0.5", &r) == 0 &&
	    r.parts[0].mistake != NULL && r.parts[1].mistake != NULL &&
	    strcmp(r.parts[1].mistake, MISTAKE_ROUNDING) == 0,
	    "0.06, 0.5 for (0.064, 0.512): rounded too far");
	check_result_free(&r);
	/* -grad(x^2 + y^2 + x) = (-2x - 1, -2y): one name in both */
	ok(judge("x^2 + y^2 + x", NULL, "-2x - 1, -2y", &r) == 0 &&
	    r.parts[0].mistake != NULL && r.parts[1].mistake != NULL &&
	    strcmp(r.parts[0].mistake, MISTAKE_NEGATED) == 0 &&
	    strcmp(r.parts[1].mistake, MISTAKE_NEGATED) == 0 &&
	    r.parts[1].nmistakes == 1,
	    "-grad f: negated in every component");
	check_result_free(&r);
}

/* A sum of thousands of terms: a wrong answer is judged without the
 * mistake search (no time is measured; it must simply finish). */
static void
test_large(void)
{
	check_result	 r;
	size_t		 cap = 3000 * 24, len = 0;
	char		*f = xmalloc(cap), *a = xmalloc(cap);
	int		 k;

	for (k = 1; k <= 3000; k++)
		len += snprintf(f + len, cap - len, "%sx*y^%d", k > 1 ? "+" :
		    "", k);
	snprintf(a, cap, "1, 1");
	ok(judge(f, NULL, a, &r) == 0 && r.nparts == 2 &&
	    r.parts[0].mistake == NULL,
	    "x*y + x*y^2 + ... + x*y^3000: a wrong answer is wrong");
	check_result_free(&r);
	free(f);
	free(a);
}

/* Whether part 0 of r is right, says want (a piece of its feedback),
 * and names no mistake but rounding (or none at all when none). */
static int
part0(const check_result *r, int correct, const char *want,
    const char *id)
{
	const check_part *p = r->nparts > 0 ? &r->parts[0] : NULL;

	if (p == NULL || p->correct != correct ||
	    strstr(p->feedback, want) == NULL ||
	    (id == NULL ? p->mistake != NULL : p->mistake == NULL ||
	    strcmp(p->mistake, id) != 0)) {
		diag("got: %s [%s]", p ? p->feedback : "(no part)",
		    p && p->mistake ? p->mistake : "-");
		return 0;
	}
	return 1;
}

/* A symbolic answer whose constant part is the true one rounded is
 * told so (symbolic answers are exact), never given a catalogued
 * mistake; numbers only near the truth are "close enough", not "right
 * when rounded". */
static void
test_rounded(void)
{
	static const struct {
		const char *f, *answer, *note;
		int correct;
		const char *mistake;
	} t[] = {
		/* 1/3 = 0.333333333333... (12 figures), 0.333 (3):
		 * rounded, and symbolic answers are exact */
		{ "sin(x) + x/3", "cos(x) + 0.333333333333",
		    "its constant is rounded", 0, "rounding" },
		{ "sin(x) + x/3", "cos(x) + 0.333", "its constant is rounded",
		    0, "rounding" },
		/* 0.3334 is within 5e-4 of 1/3 but not 1/3 rounded */
		{ "sin(x) + x/3", "cos(x) + 0.3334", "1/15000 more", 0, NULL },
		/* 0.34: 2% off, a gap, no mistake of the catalogue */
		{ "sin(x) + x/3", "cos(x) + 0.34", "1/150 more", 0, NULL },
		/* 2/7 = 0.285714285714...; -1/3 rounded, no sign slip */
		{ "x^2 + 2x/7", "2x + 0.285714285714",
		    "its constant is rounded", 0, "rounding" },
		{ "x^3 - x/3", "3x^2 - 0.3333", "its constant is rounded", 0,
		    "rounding" },
		/* π = 3.14159 26535...: 3.14159 is it to 6 figures */
		{ "e^x + pi*x", "e^x + 3.14159", "its constant is rounded", 0,
		    "rounding" },
		/* the true constant is 0: 1000 is no rounding of it */
		{ "1e12x^2", "2e12x + 1000", "1000 more", 0, NULL },
	};
	check_result r;
	size_t i;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		judge(t[i].f, NULL, t[i].answer, &r);
		ok(part0(&r, t[i].correct, t[i].note, t[i].mistake),
		    "%s, answer %s: %s", t[i].f, t[i].answer, t[i].note);
		check_result_free(&r);
	}

	/* d/dx x^2 at 3 is 6: 6.000000001 is 1e-9 off, not 6 rounded */
	judge("x^2", (double[]){ 3 }, "6.000000001", &r);
	ok(part0(&r, 1, "close enough: off by 1e-9 from the exact 6",
	    "rounding") && strcmp(r.parts[0].answer, "6.000000001") == 0,
	    "x^2 at 3, 6.000000001: close enough, echoed as written");
	check_result_free(&r);
	/* at 1/3 it is 2/3 = 0.6666...: 0.667 is it to 3 figures */
	judge("x^2", (double[]){ 1.0 / 3 }, "0.667", &r);
	ok(part0(&r, 1, "right when rounded", "rounding"),
	    "x^2 at 1/3, 0.667: right when rounded");
	check_result_free(&r);
	judge("x^2", (double[]){ 3 }, "6", &r);
	ok(part0(&r, 1, "right", NULL), "x^2 at 3, 6: right");
	check_result_free(&r);
}

/* A step near the truth but not it rounded: the echo keeps the digits. */
static void
test_step_echo(void)
{
	expr_vars	 vars;
	expr		*f;
	check_fn	*c = prep("x^2", &f, &vars);
	check_result	 r;
	check_error	 err;

	memset(&r, 0, sizeof r);
	/* 1e12 - 0.1 · 2e12 = 8e11 exactly; 800000000001 is 1 off */
	ok(c != NULL && check_step(c, (double[]){ 1e12 }, 0.1,
	    "800000000001", &r, &err) == 0 && part0(&r, 1, "close enough",
	    "rounding") && strcmp(r.parts[0].answer, "800000000001") == 0,
	    "step from 1e12: 800000000001 is close enough, echoed as "
	    "written");
	check_result_free(&r);
	memset(&r, 0, sizeof r);
	/* 1 - 0.1 · 2 · 1 / 3... from 1/3: 1/3 - 0.2/3 = 4/15 = 0.2666...:
	 * 0.267 is it to 3 figures */
	ok(c != NULL && check_step(c, (double[]){ 1.0 / 3 }, 0.1, "0.267",
	    &r, &err) == 0 && part0(&r, 1, "right when rounded",
	    "rounding"), "step from 1/3: 0.267 is right when rounded");
	check_result_free(&r);
	check_fn_free(c);
	expr_free(f);
}

/* -∇f: one name in every component, in the text as in the ids. */
static void
test_negated(void)
{
	static const struct {
		const char *f, *answer;
		double at[2];
	} t[] = {
		/* ∇(x² − y) = (2x, −1): (2, −1) at (1, 1) */
		{ "x^2 - y", "-2, 1", { 1, 1 } },
		{ "x^2 - y", "-2x, 1", { NAN, NAN } },
		/* ∇(xy + 3x) = (y + 3, x): (5, 1) at (1, 2) */
		{ "x*y + 3x", "-5, -1", { 1, 2 } },
	};
	check_result r;
	size_t i;
	int k, good;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		judge(t[i].f, isnan(t[i].at[0]) ? NULL : t[i].at, t[i].answer,
		    &r);
		good = r.nparts == 2;
		for (k = 0; k < r.nparts && good; k++)
			good = r.parts[k].nmistakes == 1 &&
			    lists(&r, k, "negated") &&
			    strstr(r.parts[k].feedback, " or ") == NULL &&
			    strstr(r.parts[k].feedback, "sign") != NULL;
		ok(good, "%s, answer %s: negated in every component, one "
		    "name", t[i].f, t[i].answer);
		check_result_free(&r);
	}
}

int
main(void)
{
	test_negated();
	test_rounded();
	test_step_echo();
	test_domains();
	test_step_domain();
	test_tiny();
	test_nowhere();
	test_names();
	test_large();
	return tap_done();
}
