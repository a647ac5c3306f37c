/* t_simplify.c - the simplifier's growable arrays never overflow.
 *
 * simplify_mul and simplify_add collect factors and terms into arrays
 * that grow.  A power (u v)^n that comes apart while like factors are
 * collected used to grow the array for its own factors only, so the
 * factors after it were written past the end (issue 17:
 * nabla grad '||s||y^|||||x|||s|xa||a|' aborted).  Each case here is
 * simplified and its value compared with the value of the input as
 * typed, and, where the shape is known by hand, the number of factors
 * or terms is counted. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/expr.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "tap.h"

/* Parse text raw and simplified; whether both exist and agree at a
 * point where every variable i is 0.5 + i/8 (all positive, so that no
 * |u| or power is in question).  *simp gets the simplified tree (caller
 * frees) and *nv the number of variables. */
static int
agrees(const char *text, expr **simp, int *nv)
{
	expr_vars v, v2;
	expr_error err;
	expr *raw;
	double x[EXPR_MAX_VARS], a, b;
	expr_prog *pr, *ps;
	int i;

	*simp = NULL;
	v.n = 0;
	if (expr_parse_raw(text, &v, EXPR_PARSE_KEEP_ORDER, &raw, NULL,
	    &err) < 0) {
		diag("%s: %s", text, err.msg);
		return 0;
	}
	v2 = v;
	if (expr_parse(text, &v2, EXPR_PARSE_NO_NEW_VARS, simp, NULL,
	    &err) < 0) {
		diag("%s: %s", text, err.msg);
		expr_free(raw);
		return 0;
	}
	for (i = 0; i < v.n; i++)
		x[i] = 0.5 + i / 8.0;
	pr = expr_compile(raw, v.n);
	ps = expr_compile(*simp, v.n);
	a = expr_prog_eval(pr, x);
	b = expr_prog_eval(ps, x);
	expr_prog_free(pr);
	expr_prog_free(ps);
	expr_free(raw);
	*nv = v.n;
	if (!(fabs(a - b) <= 1e-9 * (1 + fabs(a)))) {
		diag("%s: typed %.17g, simplified %.17g", text, a, b);
		return 0;
	}
	return 1;
}

/* The product of n variables x1 ... xn in a string builder. */
static void
product(sbuf *s, int from, int n)
{
	int i;

	for (i = from; i < from + n; i++)
		sbuf_addf(s, "%sx%d", i > from ? "*" : "", i);
}

int
main(void)
{
	expr *e;
	int nv, m, k;

	/* the reproducer of issue 17 */
	ok(agrees("||s||y^|||||x|||s|xa||a|", &e, &nv),
	    "the product of issue 17 simplifies to the value typed");
	expr_free(e);

	/* (x1 ... xm)^y (x1 ... xm)^(2 - y) collects to (x1 ... xm)^2, which
	 * comes apart into m squares; k plain factors follow it.  Before the
	 * fix, m = 20 and k = 10 wrote 6 factors past the end. */
	for (m = 2; m <= 20; m += 6)
		for (k = 0; k <= 10; k += 5) {
			sbuf s = SBUF_INIT;
			char *text;
			sbuf_add(&s, "(");
			product(&s, 1, m);
			sbuf_add(&s, ")^y*(");
			product(&s, 1, m);
			sbuf_add(&s, ")^(2-y)");
			if (k > 0) {
				sbuf_add(&s, "*");
				product(&s, m + 1, k);
			}
			text = sbuf_take(&s);
			ok(agrees(text, &e, &nv) && e->kind == EXPR_MUL &&
			    e->nargs == m + k,
			    "a power of %d factors comes apart before %d more: "
			    "%d factors", m, k, m + k);
			expr_free(e);
			free(text);
		}

	/* the same inside a sum and with a coefficient: 3 (u v)^y (u v)^(2-y)
	 * w + 2 */
	ok(agrees("3(a b c d e1 f g h)^y (a b c d e1 f g h)^(2-y) p q r s t u v w + 2",
	    &e, &nv) && e->kind == EXPR_ADD && e->nargs == 2,
	    "with a coefficient, inside a sum");
	expr_free(e);

	/* sums: nested sums flatten into more terms than the outer sum
	 * had, and like terms and numbers are collected */
	{
		sbuf s = SBUF_INIT;
		char *text;
		int i;
		for (i = 1; i <= 30; i++)
			sbuf_addf(&s, "%s(x%d + %d + (x%d + 1))", i > 1 ? " + " : "",
			    i, i, i);
		text = sbuf_take(&s);
		/* 2 x1 + ... + 2 x30 + (1 + ... + 30) + 30: 31 terms */
		ok(agrees(text, &e, &nv) && e->kind == EXPR_ADD &&
		    e->nargs == 31, "30 nested sums flatten into 31 terms");
		expr_free(e);
		free(text);
	}
	/* a product of nested products, each with numbers */
	{
		sbuf s = SBUF_INIT;
		char *text;
		int i;
		for (i = 1; i <= 30; i++)
			sbuf_addf(&s, "%s(2 x%d (3 x%d))", i > 1 ? " " : "", i, i);
		text = sbuf_take(&s);
		/* 6^30 is beyond an exact 64-bit rational: compare values */
		ok(agrees(text, &e, &nv), "30 nested products with numbers");
		expr_free(e);
		free(text);
	}
	return tap_done();
}
