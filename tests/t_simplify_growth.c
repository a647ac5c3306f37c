/* t_simplify_growth.c - collecting like terms and factors grows like
 * n log n, not n².
 *
 * Issue 18: like terms were collected pairwise, each new term compared
 * with every one kept so far (a sum of 10,000 monomials took 5.2G
 * instructions to read).  The simplifier now sorts them; expr_work
 * counts the comparisons it makes.  Each case is built for n and 8n
 * terms and the counts compared: pairwise collection gives a ratio of
 * 64, n log n about 10.  The collected result is checked against the
 * answer worked by hand (every term twice, so each coefficient is
 * known). */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "core/expr.h"
#include "core/xalloc.h"
#include "tap.h"

/* A shuffled order of 0..n-1 from a fixed linear congruential seed. */
static int *
shuffled(int n, unsigned long seed)
{
	int *p = xmalloc((size_t)n * sizeof *p), i;

	for (i = 0; i < n; i++)
		p[i] = i;
	for (i = n - 1; i > 0; i--) {
		int j, t;
		seed = seed * 6364136223846793005UL + 1442695040888963407UL;
		j = (int)((seed >> 33) % (unsigned long)(i + 1));
		t = p[i];
		p[i] = p[j];
		p[j] = t;
	}
	return p;
}

/* The sum over k = 1..n of k·x^k + x^k, terms in a shuffled order: it
 * collects into (k + 1)·x^k.  Returns whether the result is exactly
 * that, highest power first; *cmps gets the comparisons counted. */
static int
sum_case(int n, unsigned long seed, unsigned long *cmps)
{
	expr *e = expr_nary(EXPR_ADD, 2 * n), *r;
	int *p = shuffled(2 * n, seed), i, good = 1;
	expr_work w = { 0, 0 };

	for (i = 0; i < 2 * n; i++) {
		int k = p[i] / 2 + 1;
		expr *t = expr_pow(expr_var(0), expr_int(k));
		e->args[i] = p[i] % 2 ? t : expr_mul(expr_int(k), t);
	}
	free(p);
	r = expr_simplify_counted(e, 0, &w);
	*cmps = w.cmps;
	if (r == NULL || r->kind != EXPR_ADD || r->nargs != n) {
		expr_free(r);
		return 0;
	}
	for (i = 0; i < n && good; i++) {
		const expr *t = r->args[i], *pw;
		long long k = n - i;	/* highest power first */
		if (k == 1) {
			/* 2x: a product of 2 and x */
			good = t->kind == EXPR_MUL && t->nargs == 2 &&
			    t->args[0]->kind == EXPR_NUM &&
			    t->args[0]->n.exact && t->args[0]->n.p == 2 &&
			    t->args[0]->n.q == 1 && t->args[1]->kind == EXPR_VAR;
			continue;
		}
		good = t->kind == EXPR_MUL && t->nargs == 2 &&
		    t->args[0]->kind == EXPR_NUM && t->args[0]->n.exact &&
		    t->args[0]->n.p == k + 1 && t->args[0]->n.q == 1;
		if (!good)
			break;
		pw = t->args[1];
		good = pw->kind == EXPR_POW && pw->args[0]->kind == EXPR_VAR &&
		    pw->args[1]->kind == EXPR_NUM && pw->args[1]->n.exact &&
		    pw->args[1]->n.p == k && pw->args[1]->n.q == 1;
	}
	expr_free(r);
	return good;
}

/* The product over k = 1..n of sin(x + k), each factor twice, in a
 * shuffled order: it collects into the product of sin(x + k)².
 * Returns whether the result has n factors, each a square, and the
 * same value as the input at x = 0.3; *cmps gets the comparisons. */
static int
product_case(int n, unsigned long seed, unsigned long *cmps)
{
	expr *e = expr_nary(EXPR_MUL, 2 * n), *r;
	int *p = shuffled(2 * n, seed), i, good;
	expr_work w = { 0, 0 };
	double x = 0.3, want = 0;

	for (i = 0; i < 2 * n; i++) {
		int k = p[i] / 2 + 1;
		e->args[i] = expr_func(FN_SIN, expr_add(expr_var(0),
		    expr_int(k)));
	}
	free(p);
	/* the log of the absolute value: the product itself underflows */
	for (i = 1; i <= n; i++)
		want += 2 * log(fabs(sin(x + i)));
	r = expr_simplify_counted(e, 0, &w);
	*cmps = w.cmps;
	good = r != NULL && r->kind == EXPR_MUL && r->nargs == n;
	for (i = 0; good && i < n; i++) {
		const expr *f = r->args[i];
		good = f->kind == EXPR_POW && f->args[1]->kind == EXPR_NUM &&
		    f->args[1]->n.exact && f->args[1]->n.p == 2 &&
		    f->args[1]->n.q == 1 && f->args[0]->kind == EXPR_FUNC;
		if (good) {
			expr_prog *pr = expr_compile(f->args[0], 1);
			want -= 2 * log(fabs(expr_prog_eval(pr, &x)));
			expr_prog_free(pr);
		}
	}
	expr_free(r);
	return good && fabs(want) < 1e-6 * n;
}

int
main(void)
{
	unsigned long seed = 20261206UL, c1, c8;
	double ratio;

	diag("seed %lu (fixed)", seed);
	ok(sum_case(1000, seed, &c1), "a sum of 2000 terms collects into 1000");
	ok(sum_case(8000, seed, &c8), "a sum of 16000 terms collects into 8000");
	ratio = (double)c8 / (double)c1;
	diag("sum: %lu comparisons for n = 1000, %lu for n = 8000, "
	    "ratio %.2f (n log n: about 10.4, pairwise: 64)", c1, c8, ratio);
	ok(ratio < 16, "like terms: comparisons grow like n log n (ratio %.2f)",
	    ratio);
	ok(c8 < 4UL * 16000 * 14, "like terms: at most 4 n log2 n comparisons");

	ok(product_case(1000, seed, &c1),
	    "a product of 2000 factors collects into 1000 squares");
	ok(product_case(8000, seed, &c8),
	    "a product of 16000 factors collects into 8000 squares");
	ratio = (double)c8 / (double)c1;
	diag("product: %lu comparisons for n = 1000, %lu for n = 8000, "
	    "ratio %.2f", c1, c8, ratio);
	ok(ratio < 16, "like factors: comparisons grow like n log n "
	    "(ratio %.2f)", ratio);
	return tap_done();
}
