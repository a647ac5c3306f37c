/* mistake_typed.c - the catalogue's view of f as the student typed it.
 *
 * Simplifying multiplies a product out ((x + 1)²(y − 1) becomes
 * y(x + 1)² − (x + 1)²), but a student who drops the factor y − 1
 * dropped it from the product typed: the catalogue (mistake.c) takes
 * its terms from the typed form when simplifying multiplied one out.
 * And the texts print e^x as typed where the student wrote e^ and
 * never exp. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "mistake.h"
#include "mistake_impl.h"
#include "xalloc.h"

/* Whether the tree as typed writes e^ and never exp: then the texts
 * print e^(2x), not exp(2x). */
static int
has_epow(const expr *e, int *exp_fn)
{
	int	j, r = 0;

	if (e->kind == EXPR_FUNC && e->fn == FN_EXP)
		*exp_fn = 1;
	if (e->kind == EXPR_POW && e->args[0]->kind == EXPR_CONST &&
	    e->args[0]->c == EXPR_E)
		r = 1;
	for (j = 0; j < e->nargs; j++)
		r |= has_epow(e->args[j], exp_fn);
	return r;
}

/* Whether f was typed with e^ and not exp (typed may be NULL). */
int
mistake_typed_epow(const expr *typed)
{
	int	exp_fn = 0;

	return typed != NULL && has_epow(typed, &exp_fn) && !exp_fn;
}

/* A copy of e with every exp(u) written e^u (not simplified: simplifying
 * makes it exp(u) again).  A new tree. */
static expr *
to_epow(const expr *e)
{
	expr	*r;
	int	 j;

	if (e->kind == EXPR_FUNC && e->fn == FN_EXP)
		return expr_pow(expr_const(EXPR_E), to_epow(e->args[0]));
	if (e->kind == EXPR_FUNC)
		return expr_func(e->fn, to_epow(e->args[0]));
	if (e->kind == EXPR_POW)
		return expr_pow(to_epow(e->args[0]), to_epow(e->args[1]));
	if (e->kind != EXPR_ADD && e->kind != EXPR_MUL)
		return expr_copy(e);
	r = expr_nary(e->kind, e->nargs);
	for (j = 0; j < e->nargs; j++)
		r->args[j] = to_epow(e->args[j]);
	return r;
}

/* e printed in style st, with exp(u) as e^u when epow.  A new string. */
char *
mistake_print(const expr *e, const expr_vars *vars, enum expr_style st,
    int epow)
{
	expr	*c;
	char	*s;

	if (!epow)
		return expr_print(e, vars, st);
	c = to_epow(e);
	s = expr_print(c, vars, st);
	expr_free(c);
	return s;
}

/* e printed as the catalogue prints for f typed as typed (see
 * mistake.h).  A new string. */
char *
mistake_print_typed(const expr *e, const expr *typed,
    const expr_vars *vars, enum expr_style st)
{
	return mistake_print(e, vars, st, mistake_typed_epow(typed));
}

/* Whether f as typed says more to the catalogue than f (see
 * mistake.h). */
int
mistake_typed_says(const expr *typed)
{
	expr	**terms;
	int	  n, k;

	if (typed == NULL)
		return 0;
	if (mistake_typed_epow(typed))
		return 1;
	if ((terms = mistake_typed_terms(typed, &n)) == NULL)
		return 0;
	for (k = 0; k < n; k++)
		expr_free(terms[k]);
	free(terms);
	return 1;
}

/* ∂f/∂x_var said of f as typed, for printing (see mistake.h). */
expr *
mistake_typed_derivative(const expr *typed, int var)
{
	expr	**terms, *sum = NULL, *d, *dt;
	int	  n, k;

	if ((terms = mistake_typed_terms(typed, &n)) == NULL)
		return NULL;
	for (k = 0; k < n; k++) {
		d = NULL;
		if (expr_has_var(terms[k], var)) {
			dt = expr_diff(terms[k], var);
			if ((d = mistake_factored_diff(terms[k], var, dt)) ==
			    NULL)
				d = dt;
			else
				expr_free(dt);
		}
		if (d != NULL && !(expr_is_num(d) && num_is_zero(d->n)))
			sum = sum == NULL ? d : expr_add(sum, d);
		else
			expr_free(d);
		expr_free(terms[k]);
	}
	free(terms);
	return sum != NULL ? sum : expr_int(0);
}

/* Append the factors of e to the product p (a MUL node being built
 * with room enough): nested products spliced, numbers multiplied into
 * *coef. */
static void
splice(expr **p, int *np, const expr *e, num *coef)
{
	int	j;

	if (e->kind == EXPR_MUL) {
		for (j = 0; j < e->nargs; j++)
			splice(p, np, e->args[j], coef);
	} else if (expr_is_num(e))
		*coef = num_mul(*coef, e->n);
	else
		p[(*np)++] = expr_copy(e);
}

/* How many factors e has, nested products counted through. */
static int
count_factors(const expr *e)
{
	int	j, n = 0;

	if (e->kind != EXPR_MUL)
		return 1;
	for (j = 0; j < e->nargs; j++)
		n += count_factors(e->args[j]);
	return n;
}

/* The typed term t as one product of its factors, each simplified on
 * its own, the numbers multiplied into one coefficient first; NULL when
 * fewer than two factors are not numbers.  A new tree. */
static expr *
typed_product(const expr *t)
{
	expr	**fs, *s, *r;
	num	 coef = num_int(1);
	int	 nf = count_factors(t), j, n = 0, i;
	expr	**raw = xmalloc((nf + 1) * sizeof *raw);

	/* the raw factors, nested products spliced */
	splice(raw, &n, t, &coef);
	fs = xmalloc((2 * nf + 8) * sizeof *fs);
	nf = n;
	n = 0;
	for (j = 0; j < nf; j++) {
		s = expr_simplify(raw[j]);
		if (s->kind == EXPR_MUL) {
			for (i = 0; i < s->nargs; i++) {
				if (expr_is_num(s->args[i]))
					coef = num_mul(coef, s->args[i]->n);
				else
					fs[n++] = expr_copy(s->args[i]);
			}
			expr_free(s);
		} else if (expr_is_num(s)) {
			coef = num_mul(coef, s->n);
			expr_free(s);
		} else
			fs[n++] = s;
	}
	free(raw);
	if (n < 2 || num_is_zero(coef)) {
		for (j = 0; j < n; j++)
			expr_free(fs[j]);
		free(fs);
		return NULL;
	}
	r = expr_nary(EXPR_MUL, n + !num_is_one(coef));
	i = 0;
	if (!num_is_one(coef))
		r->args[i++] = expr_num(coef);
	for (j = 0; j < n; j++)
		r->args[i++] = fs[j];
	free(fs);
	return r;
}

/* Whether the products p and s have the same factors in another order
 * ((x + y)²z and z(x + y)²). */
static int
reordered(const expr *p, const expr *s)
{
	unsigned char	*used;
	int		 i, j, same = 1, ok = 1;

	if (p->nargs != s->nargs)
		return 0;
	used = xcalloc(s->nargs + 1, 1);
	for (i = 0; i < p->nargs && ok; i++) {
		same &= expr_equal(p->args[i], s->args[i]);
		for (j = 0; j < s->nargs && (used[j] ||
		    !expr_equal(p->args[i], s->args[j])); j++)
			;
		if (j == s->nargs)
			ok = 0;
		else
			used[j] = 1;
	}
	free(used);
	return ok && !same;
}

/* The terms of f for the catalogue as the student typed them, when
 * simplifying f (as typed) multiplied out a product of factors
 * ((x + 1)²(y − 1)) or put its factors in another order ((x + y)²z):
 * every typed term simplified on its own, and each such product kept a
 * product of its factors in the order typed.  NULL when there is no
 * such product (the terms of f serve), else a new array of new trees,
 * their number in *n (free each and the array). */
expr **
mistake_typed_terms(const expr *typed, int *n)
{
	const expr	*const *tt;
	const expr	*one[1];
	expr		**r, *s, *p;
	int		 nt, k, j, cap, m = 0, multiplied = 0;

	*n = 0;
	if (typed == NULL)
		return NULL;
	if (typed->kind == EXPR_ADD) {
		tt = (const expr *const *)typed->args;
		nt = typed->nargs;
	} else {
		one[0] = typed;
		tt = one;
		nt = 1;
	}
	cap = 2 * nt + 8;
	r = xmalloc(cap * sizeof *r);
	for (k = 0; k < nt; k++) {
		s = expr_simplify(expr_copy(tt[k]));
		p = NULL;
		if (tt[k]->kind == EXPR_MUL && (s->kind == EXPR_ADD ||
		    s->kind == EXPR_MUL))
			p = typed_product(tt[k]);
		if (p != NULL && s->kind == EXPR_MUL && !reordered(p, s)) {
			/* the same factors in the same order, or not the
			 * same factors (x·x·y is x²y): simplified */
			expr_free(p);
			p = NULL;
		}
		if (p != NULL) {
			expr_free(s);
			multiplied = 1;
			s = p;
		}
		if (s->kind == EXPR_NUM && num_is_zero(s->n)) {
			expr_free(s);
			continue;
		}
		if (m + (s->kind == EXPR_ADD ? s->nargs : 1) >= cap) {
			cap = 2 * cap + (s->kind == EXPR_ADD ? s->nargs : 1);
			r = xrealloc(r, cap * sizeof *r);
		}
		if (s->kind == EXPR_ADD) {
			for (j = 0; j < s->nargs; j++)
				r[m++] = expr_copy(s->args[j]);
			expr_free(s);
		} else
			r[m++] = s;
	}
	if (!multiplied || m == 0) {
		for (j = 0; j < m; j++)
			expr_free(r[j]);
		free(r);
		return NULL;
	}
	*n = m;
	return r;
}
