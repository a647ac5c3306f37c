/* t_bounds.c - the work of refusing an input too large to check is
 * bounded, counted in steps of the simplifier, not timed (issue 17).
 *
 * A power tower x^x^...^x of 80 levels is 161 bytes, and its derivative
 * took 105 s to check in one batch line; it grows as n² now (issue 18,
 * t_diff_growth.c) and is admitted.  ln(x + x^2 + ... + x^1000), whose
 * derivative is 1000 fractions over the whole sum, is the function too
 * large here: expr_gradient_fits refuses it within about
 * EXPR_MAX_CHECK_WORK steps, a product of 300 sums before any, and a
 * batch of many lines of such a function spends that work once. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/batch.h"
#include "core/check.h"
#include "core/expr.h"
#include "core/sbuf.h"
#include "core/xalloc.h"
#include "tap.h"

/* text parsed (caller frees), or NULL; text is freed. */
static expr *
parsed(char *text)
{
	expr_vars v;
	expr_error err;
	expr *e = NULL;

	memset(&v, 0, sizeof v);
	if (expr_parse(text, &v, 0, &e, NULL, &err) != 0)
		e = NULL;
	free(text);
	return e;
}

/* x^x^...^x with n x's (caller frees). */
static char *
tower_text(int n)
{
	sbuf s = SBUF_INIT;
	int i;

	for (i = 0; i < n; i++)
		sbuf_addf(&s, "%sx", i > 0 ? "^" : "");
	return sbuf_take(&s);
}

/* ln(x + x^2 + ... + x^n) (caller frees). */
static char *
lnsum_text(int n)
{
	sbuf s = SBUF_INIT;
	int i;

	sbuf_add(&s, "ln(x");
	for (i = 2; i <= n; i++)
		sbuf_addf(&s, " + x^%d", i);
	sbuf_add(&s, ")");
	return sbuf_take(&s);
}

/* (x+1)(x+2)...(x+n) (caller frees). */
static char *
product_text(int n)
{
	sbuf s = SBUF_INIT;
	int i;

	for (i = 1; i <= n; i++)
		sbuf_addf(&s, "(x+%d)", i);
	return sbuf_take(&s);
}

/* Grade one batch line; whether it is malformed with a cause holding
 * want. */
static int
refused(batch_cache *bc, const char *text, const char *want)
{
	batch_line l;
	check_result r;
	char *cause = NULL;
	int rc;

	if (batch_parse_line(text, 1, &l, &cause) != 1) {
		free(cause);
		batch_line_free(&l);
		return 0;
	}
	rc = batch_check(bc, &l, &r, &cause) == -1 && cause != NULL &&
	    strstr(cause, want) != NULL;
	if (!rc)
		diag("cause: %s", cause ? cause : "(none)");
	free(cause);
	check_result_free(&r);
	batch_line_free(&l);
	return rc;
}

int
main(void)
{
	expr *big = parsed(lnsum_text(1000)), *t80 = parsed(tower_text(80));
	expr *p = parsed(product_text(300)), *d;
	expr_error err;
	expr_work w = { 0, 0 };
	batch_cache *bc;
	unsigned long once;
	char *line;
	int i, all;

	ok(big != NULL && t80 != NULL && p != NULL, "the inputs are read");

	/* the refusal is bounded */
	ok(expr_gradient_fits(big, 1, &w, &err) == -1 &&
	    strstr(err.msg, "too large to check") != NULL,
	    "ln(x + ... + x^1000) is too large to check");
	diag("refusing it took %lu steps (%lu comparisons)", w.steps, w.cmps);
	ok(w.steps <= 2 * EXPR_MAX_CHECK_WORK,
	    "refusing it takes at most about EXPR_MAX_CHECK_WORK steps");
	d = expr_diff_checked(t80, 0, &err);
	ok(d != NULL, "a tower of 80 x's is differentiated (33 at most "
	    "before)");
	expr_free(d);
	ok(expr_diff_checked(big, 0, &err) == NULL,
	    "expr_diff_checked refuses ln(x + ... + x^1000) too");
	memset(&w, 0, sizeof w);
	ok(expr_gradient_fits(t80, 1, &w, &err) == 0,
	    "a tower of 80 x's is small enough to check");
	diag("admitting it took %lu steps", w.steps);
	ok(w.steps < EXPR_MAX_SIMPLIFY_WORK / 20, "well within the bound");

	/* a product of 300 sums: refused by its size, before any work */
	memset(&w, 0, sizeof w);
	ok(expr_gradient_fits(p, 1, &w, &err) == -1 && w.steps == 0,
	    "(x+1)...(x+300) is refused before simplifying (0 steps)");

	/* a batch: 50 lines of it cost the work of one */
	line = lnsum_text(1000);
	bc = batch_cache_new(NULL, 0);
	{
		char *l1 = xasprintf("s0\tgrad\t%s\t-\t1", line);
		ok(refused(bc, l1, "too large to check"),
		    "a batch line with it is malformed: too large to check");
		free(l1);
	}
	once = batch_cache_steps(bc);
	all = 1;
	for (i = 1; i < 50; i++) {
		char *li = xasprintf("s%d\tgrad\t%s\t-\t1", i, line);
		all &= refused(bc, li, "too large to check");
		free(li);
	}
	ok(all, "49 more lines of it are malformed too");
	diag("the first line took %lu steps, all 50 %lu", once,
	    batch_cache_steps(bc));
	ok(batch_cache_steps(bc) == once,
	    "the other 49 lines cost no more work");
	ok(refused(bc, "t\tgrad\tx^2\t-\t2x+", "answer"),
	    "the next function is still read");
	batch_cache_free(bc);
	free(line);

	/* reading is bounded too, and the largest sums fit well inside */
	{
		char *t = xmalloc(EXPR_MAX_INPUT + 1);
		expr_vars v;
		expr *e;

		for (i = 0; i < EXPR_MAX_INPUT / 2; i++) {
			t[2 * i] = 'x';
			t[2 * i + 1] = '+';
		}
		t[EXPR_MAX_INPUT - 1] = '\0';	/* x+x+...+x, 65,535 bytes */
		memset(&v, 0, sizeof v);
		ok(expr_parse_raw(t, &v, 0, &e, NULL, &err) == 0,
		    "x + x + ... + x of 65,535 bytes is read");
		memset(&w, 0, sizeof w);
		e = expr_simplify_counted(e, 0, &w);
		diag("simplifying it took %lu steps", w.steps);
		ok(e != NULL && e->kind == EXPR_MUL && e->nargs == 2 &&
		    e->args[0]->kind == EXPR_NUM && e->args[0]->n.p == 32768,
		    "it is 32768x, in %lu steps (35.7 s in eval before)",
		    w.steps);
		ok(w.steps < EXPR_MAX_CHECK_WORK / 10,
		    "well within expr_parse's bound");
		expr_free(e);
		free(t);
	}

	/* critical points need second derivatives: (x+1)...(x+100)·y² has a
	 * small gradient but a Hessian of N³ nodes (3 s and 284 MB for
	 * check critical at (0, 0) before) */
	{
		char *pt = product_text(100), *ft, *l1, *l2;
		expr *f2;

		ft = xasprintf("%s*y^2", pt);
		f2 = parsed(xstrdup(ft));
		ok(f2 != NULL && expr_gradient_fits(f2, 2, NULL, &err) == 0,
		    "(x+1)...(x+100)·y²: its gradient is small enough");
		memset(&w, 0, sizeof w);
		ok(f2 != NULL && expr_hessian_fits(f2, 2, &w, &err) == -1 &&
		    strstr(err.msg, "the second derivatives") != NULL,
		    "its second derivatives are too large to check");
		ok(w.steps <= 2 * EXPR_MAX_CHECK_WORK,
		    "refused within EXPR_MAX_CHECK_WORK steps (%lu)", w.steps);
		bc = batch_cache_new(NULL, 0);
		l1 = xasprintf("a\tcritical\t%s\t-\t0,0", ft);
		l2 = xasprintf("b\tgrad\t%s\t-\t1,", ft);
		ok(refused(bc, l1, "the second derivatives"),
		    "a critical line of it is malformed");
		ok(refused(bc, l2, "answer"),
		    "a grad line of it is graded (its answer read)");
		batch_cache_free(bc);
		free(l1);
		free(l2);
		free(ft);
		free(pt);
		expr_free(f2);
		f2 = parsed(xstrdup("x^3 + y^3 - 3xy"));
		ok(f2 != NULL && expr_hessian_fits(f2, 2, NULL, &err) == 0,
		    "x³ + y³ − 3xy is small enough to check critical points");
		expr_free(f2);
	}
	expr_free(big);
	expr_free(t80);
	expr_free(p);
	return tap_done();
}
