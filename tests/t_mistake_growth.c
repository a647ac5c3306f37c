/* t_mistake_growth.c - the checker's mistake search grows linearly in
 * the number of terms of f, not as its square.
 *
 * Issue 18: the search for the catalogued mistakes that explain a wrong
 * component was pairwise over the catalogue.  It now keys the mistakes
 * by what each adds at one test point and tries a bounded number of
 * partners for each; the checker counts the mistake values it works out
 * and the pairs it tries (struct comp's work, check_impl.h).  f is a sum
 * of n terms (k + 1)·x²·cos(y + k), answered with a slip worked by hand
 * in one term (the exponent of x² not brought down: (j + 1)·x·cos(y + j)
 * for 2(j + 1)·x·cos(y + j)), and with that slip and a term dropped,
 * which only a pair of mistakes explains.  Each is checked for n and 8n
 * terms: a linear search counts about 8 times the work, a pairwise one
 * 64 times; the catalogue's deltas grow in size by 8 too.  The verdicts
 * are the ones the slips were made to get. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/check_impl.h"
#include "core/xalloc.h"
#include "tap.h"

/* f with n terms, as text (a new string). */
static char *
f_text(int n)
{
	char	*s = xmalloc((size_t)n * 40 + 1);
	size_t	 at = 0;
	int	 k;

	for (k = 1; k <= n; k++)
		at += (size_t)sprintf(s + at, "%s%d*x^2*cos(y+%d)",
		    k > 1 ? " + " : "", k + 1, k);
	return s;
}

/* The gradient of f with n terms, with the slip in term j (0: none)
 * and term drop left out (0: none), as text (a new string). */
static char *
answer_text(int n, int j, int drop)
{
	char	*s = xmalloc((size_t)n * 80 + 8);
	size_t	 at = 0;
	int	 k, first = 1;

	for (k = 1; k <= n; k++) {
		if (k == drop)
			continue;
		if (k == j)	/* d(x²)/dx written as x */
			at += (size_t)sprintf(s + at, "%s%d*x*cos(y+%d)",
			    first ? "" : " + ", k + 1, k);
		else
			at += (size_t)sprintf(s + at, "%s%d*x*cos(y+%d)",
			    first ? "" : " + ", 2 * (k + 1), k);
		first = 0;
	}
	at += (size_t)sprintf(s + at, ", ");
	for (k = 1; k <= n; k++)
		at += (size_t)sprintf(s + at, " - %d*x^2*sin(y+%d)", k + 1, k);
	return s;
}

/* Check the answer with the slip in term j (and term drop dropped) to
 * f with n terms: whether the verdict is the one wanted (∂f/∂x wrong by
 * a power-rule slip, alone or with a dropped term; ∂f/∂y right); the
 * work of the search into *work, the nodes of the catalogue's deltas
 * into *nodes. */
static int
case_run(int n, int j, int drop, unsigned long *work, unsigned long *nodes)
{
	char		*ft = f_text(n), *at = answer_text(n, j, drop);
	expr_vars	 vars;
	expr_error	 err;
	check_error	 cerr;
	check_result	 r;
	check_fn	*c;
	expr		*f;
	int		 good = 0, a;

	*work = *nodes = 0;
	memset(&vars, 0, sizeof vars);
	if (expr_parse(ft, &vars, 0, &f, NULL, &err) != 0) {
		diag("parse f: %s", err.msg);
		goto out;
	}
	c = check_fn_new(f, &vars, NULL);
	if (check_grad(c, at, &r, &cerr) != 0) {
		diag("check: %s", cerr.e.msg);
		goto free_c;
	}
	if (r.nparts == 2 && !r.parts[0].correct && r.parts[1].correct) {
		const check_part *p = &r.parts[0];
		if (drop == 0)
			good = p->mistake != NULL &&
			    strcmp(p->mistake, MISTAKE_POWER_RULE) == 0;
		else	/* the pair: both listed, none named alone */
			good = p->mistake == NULL && p->nmistakes == 2 &&
			    (strcmp(p->mistakes[0], MISTAKE_POWER_RULE) == 0 ||
			    strcmp(p->mistakes[1], MISTAKE_POWER_RULE) == 0) &&
			    (strcmp(p->mistakes[0], MISTAKE_DROPPED_TERM) == 0 ||
			    strcmp(p->mistakes[1], MISTAKE_DROPPED_TERM) == 0) &&
			    strstr(p->feedback, "dropped the term") != NULL &&
			    strstr(p->feedback, "comes down") != NULL;
	}
	if (!good)
		diag("feedback: %s", r.nparts > 0 ? r.parts[0].feedback : "-");
	*work = c->comps[0].work;
	for (a = 0; a < c->comps[0].n; a++)
		*nodes += (unsigned long)expr_size(c->comps[0].m[a].delta);
	check_result_free(&r);
free_c:
	check_fn_free(c);
	expr_free(f);
out:
	free(ft);
	free(at);
	return good;
}

int
main(void)
{
	const int	n = 40;
	unsigned long	w1, w8, s1, s8;
	int		g1, g8;

	/* one slip: named without a pair */
	g1 = case_run(n, n / 2, 0, &w1, &s1);
	g8 = case_run(8 * n, 8 * n / 2, 0, &w8, &s8);
	ok(g1 && g8, "one slip in %d and %d terms: power-rule", n, 8 * n);
	diag("one slip: work %lu, %lu (x%.1f); delta nodes %lu, %lu (x%.1f)",
	    w1, w8, (double)w8 / (double)w1, s1, s8, (double)s8 / (double)s1);
	ok(w1 > 0 && w8 < 16 * w1, "one slip: the search grows linearly");
	ok(s1 > 0 && s8 < 16 * s1, "one slip: the catalogue grows linearly");

	/* a slip and a dropped term: only a pair explains it */
	g1 = case_run(n, n / 2, n / 4, &w1, &s1);
	g8 = case_run(8 * n, 8 * n / 2, 8 * n / 4, &w8, &s8);
	ok(g1 && g8, "a slip and a dropped term in %d and %d terms: the pair "
	    "named", n, 8 * n);
	diag("pair: work %lu, %lu (x%.1f); delta nodes %lu, %lu (x%.1f)",
	    w1, w8, (double)w8 / (double)w1, s1, s8, (double)s8 / (double)s1);
	ok(w1 > 0 && w8 < 16 * w1, "pair: the search grows linearly");
	ok(s1 > 0 && s8 < 16 * s1, "pair: the catalogue grows linearly");
	return tap_done();
}
