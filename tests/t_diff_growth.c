/* t_diff_growth.c - the derivative of a power tower grows like n², in
 * the size of its text and in the simplifier's work, not like n³ and n⁴.
 *
 * Issue 18: with T_1 = x and T_n = x^T_(n-1), the derivative is
 * T_n' = T_n·(T_(n-1)' ln(x) + T_(n-1)/x), O(n²) when T_(n-1)' stays a
 * factor.  The simplifier spread T_n over the sum, so T_n' became n
 * terms whose exponents were sums of towers (n³ of text, 53.8 KB at 34
 * levels), and simplified each level of nested products twice (n⁴ of
 * work; 34 levels were past EXPR_MAX_SIMPLIFY_WORK).  Each case is
 * measured at n and 2n: n² gives a ratio of about 4, n³ 8.  The
 * derivatives are checked against the recurrence above evaluated in
 * doubles and against central differences, at x from 1.1 to 1.5.  Last,
 * products of two sums nested d deep: their work grows as d, not 2^d. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/expr.h"
#include "core/sbuf.h"
#include "tap.h"

/* x^x^...^x with n x's, read (caller frees). */
static expr *
tower(int n, expr_vars *v)
{
	sbuf s = SBUF_INIT;
	expr_error err;
	expr *e = NULL;
	char *t;
	int i;

	for (i = 0; i < n; i++)
		sbuf_addf(&s, "%sx", i > 0 ? "^" : "");
	t = sbuf_take(&s);
	memset(v, 0, sizeof *v);
	if (expr_parse(t, v, 0, &e, NULL, &err) != 0)
		e = NULL;
	free(t);
	return e;
}

/* The size of a derivative and the work of making it. */
typedef struct growth {
	size_t bytes;		/* its text, in ASCII */
	unsigned long steps;	/* the simplifier's work */
} growth;

/* The derivative of the tower of n within the default bound, measured
 * into *g; the derivative (caller frees), or NULL. */
static expr *
tower_diff(int n, growth *g)
{
	expr_vars v;
	expr_error err;
	expr_work w = { 0, 0 };
	expr *t = tower(n, &v), *d = NULL;
	char *s;

	memset(g, 0, sizeof *g);
	if (t == NULL)
		return NULL;
	d = expr_diff_bounded(t, 0, 0, &w, &err);
	expr_free(t);
	if (d == NULL) {
		diag("tower of %d: %s", n, err.msg);
		return NULL;
	}
	s = expr_print(d, &v, EXPR_ASCII);
	g->bytes = strlen(s);
	g->steps = w.steps;
	free(s);
	return d;
}

/* T_n(x) and T_n'(x) by the recurrence, in doubles: *dt gets T_n'. */
static double
tower_by_hand(int n, double x, double *dt)
{
	double t = x, d = 1;
	int k;

	for (k = 2; k <= n; k++) {
		double tn = pow(x, t);
		d = tn * (d * log(x) + t / x);
		t = tn;
	}
	*dt = d;
	return t;
}

/* Whether the derivative d of the tower of n agrees at x = 1.1, ...,
 * 1.5 with the recurrence (to 1e-12) and with central differences of
 * the tower itself (to 1e-6), where the tower is finite there (at 1.5,
 * above e^(1/e), it grows without bound); *checked counts the points. */
static int
tower_diff_right(int n, const expr *d, int *checked)
{
	expr_vars v;
	expr *t = tower(n, &v);
	expr_prog *pt, *pd;
	int k, good = 1;

	if (t == NULL)
		return 0;
	pt = expr_compile(t, 1);
	pd = expr_compile(d, 1);
	for (k = 1; k <= 5; k++) {
		double x = 1 + k / 10.0, want, h = 1e-6, fd, got, val;
		double xp = x + h, xm = x - h;

		val = tower_by_hand(n, x, &want);
		if (!isfinite(want) || !isfinite(val) || fabs(want) > 1e100)
			continue;
		got = expr_prog_eval(pd, &x);
		fd = (expr_prog_eval(pt, &xp) - expr_prog_eval(pt, &xm)) /
		    (2 * h);
		if (!(fabs(got - want) <= 1e-12 * fabs(want)) ||
		    !(fabs(fd - want) <= 1e-6 * fabs(want))) {
			diag("tower of %d at %g: %.17g, by hand %.17g, "
			    "differences %.17g", n, x, got, want, fd);
			good = 0;
		}
		++*checked;
	}
	expr_prog_free(pt);
	expr_prog_free(pd);
	expr_free(t);
	return good;
}

/* (x+1)(y + (x+1)(y + ... (x+1)(y + y)...)) nested d deep, simplified:
 * returns whether it keeps its value at (0.3, 0.7); *steps gets the
 * work.  Each level is a product of two sums, which stays a product:
 * the simplifier visited what was below each level twice (2^d). */
static int
nested_case(int d, unsigned long *steps)
{
	sbuf s = SBUF_INIT;
	expr_vars v;
	expr_error err;
	expr_work w = { 0, 0 };
	expr *raw = NULL, *e;
	expr_prog *pr, *ps;
	double x[2] = { 0.3, 0.7 }, a, b;
	char *t;
	int i;

	for (i = 0; i < d; i++)
		sbuf_add(&s, "(x+1)*(y+");
	sbuf_add(&s, "y");
	for (i = 0; i < d; i++)
		sbuf_add(&s, ")");
	t = sbuf_take(&s);
	memset(&v, 0, sizeof v);
	*steps = 0;
	if (expr_parse_raw(t, &v, 0, &raw, NULL, &err) != 0) {
		free(t);
		return 0;
	}
	free(t);
	pr = expr_compile(raw, 2);
	e = expr_simplify_counted(raw, 4000000000UL, &w);
	*steps = w.steps;
	ps = expr_compile(e, 2);
	a = expr_prog_eval(pr, x);
	b = expr_prog_eval(ps, x);
	expr_prog_free(pr);
	expr_prog_free(ps);
	expr_free(e);
	return fabs(a - b) <= 1e-12 * fabs(a);
}

int
main(void)
{
	static const int ns[] = { 2, 3, 5, 10, 20, 40, 80, 160 };
	growth g[sizeof ns / sizeof ns[0]];
	size_t i;
	int checked = 0, right = 1, all = 1;

	for (i = 0; i < sizeof ns / sizeof ns[0]; i++) {
		expr *d = tower_diff(ns[i], &g[i]);

		all &= d != NULL;
		if (d != NULL)
			right &= tower_diff_right(ns[i], d, &checked);
		diag("tower of %3d: derivative %7zu bytes, %7lu steps",
		    ns[i], g[i].bytes, g[i].steps);
		expr_free(d);
	}
	ok(all, "towers of up to 160 levels are differentiated within "
	    "EXPR_MAX_SIMPLIFY_WORK (33 before)");
	ok(right && checked >= 30, "the derivatives agree with "
	    "T_n' = T_n (T_(n-1)' ln x + T_(n-1)/x) and with central "
	    "differences (%d points)", checked);
	/* n = 40, 80, 160: the ratios at n and 2n */
	for (i = 5; i + 1 < sizeof ns / sizeof ns[0]; i++) {
		double rb = (double)g[i + 1].bytes / (double)g[i].bytes;
		double rs = (double)g[i + 1].steps / (double)g[i].steps;

		ok(rb > 3 && rb < 5, "text at %d levels / at %d: %.2f "
		    "(n²: 4, n³: 8)", ns[i + 1], ns[i], rb);
		ok(rs > 2.5 && rs < 5, "work at %d levels / at %d: %.2f "
		    "(n²: 4, n⁴: 16)", ns[i + 1], ns[i], rs);
	}
	{
		unsigned long s40, s80;
		int good = nested_case(40, &s40) & nested_case(80, &s80);

		ok(good, "products of two sums nested 40 and 80 deep keep "
		    "their value");
		ok(s80 < 3 * s40, "and simplify in linear work: %lu steps "
		    "at 80 deep, %lu at 40 (it doubled with each level "
		    "before)", s80, s40);
	}
	return tap_done();
}
