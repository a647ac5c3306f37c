/* mistake_factors.c - the catalogue's mistakes with the factors of a
 * product: a factor without the variable dropped (y in x²y, y − 1 in
 * (x + 1)²(y − 1), one or all of them, in a term or in every term), and
 * the product rule misapplied (the derivatives of the factors
 * multiplied, or one factor differentiated and the others kept; for a
 * quotient, u'/v' or the denominator not squared).  Part
 * of the catalogue that mistake.c makes; the derivative of such a term
 * printed with those factors kept whole. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "mistake.h"
#include "mistake_impl.h"
#include "nls.h"
#include "sbuf.h"
#include "xalloc.h"

/* Whether factor a of a term can be dropped with respect to var: it
 * has no var but another variable (y, sin y, y − 1). */
int
mistake_is_other_factor(const expr *a, int var)
{
	return !expr_has_var(a, var) && expr_max_var(a) > 0;
}

/* How many factors of the product t mistake_is_other_factor (0 when t
 * is not a product). */
int
mistake_other_factors(const expr *t, int var)
{
	int	j, n = 0;

	if (t->kind != EXPR_MUL)
		return 0;
	for (j = 0; j < t->nargs; j++)
		n += mistake_is_other_factor(t->args[j], var);
	return n;
}

/* A copy of the product t without its factor number skip (-1: without
 * every factor mistake_is_other_factor), not simplified; 1 when nothing
 * is left.  A new tree. */
expr *
mistake_drop_factor(const expr *t, int var, int skip)
{
	expr	*r = expr_int(1);
	int	 j;

	if (t->kind != EXPR_MUL)
		return expr_mul(r, expr_copy(t));
	for (j = 0; j < t->nargs; j++) {
		if (skip >= 0 ? j != skip :
		    !mistake_is_other_factor(t->args[j], var))
			r = expr_mul(r, expr_copy(t->args[j]));
	}
	return r;
}

/* The names of the n factors fs for prose, each once and as printed:
 * "y", "y² and z", "y − 1"; their number into *count.  A new string. */
char *
mistake_factor_names(const expr *const *fs, int n, const expr_vars *vars,
    enum expr_style st, int epow, int *count)
{
	sbuf	 b = SBUF_INIT;
	char	*s;
	int	 i, j, k = 0, total = 0;

	for (i = 0; i < n; i++) {
		for (j = 0; j < i && !expr_equal(fs[j], fs[i]); j++)
			;
		total += j == i;
	}
	for (i = 0; i < n; i++) {
		for (j = 0; j < i && !expr_equal(fs[j], fs[i]); j++)
			;
		if (j < i)
			continue;
		if (k++ > 0)
			sbuf_add(&b, k == total ? _(" and ") : ", ");
		s = mistake_print(fs[i], vars, st, epow);
		sbuf_add(&b, s);
		free(s);
	}
	*count = total;
	return sbuf_take(&b);
}

/* The integer content of the terms of the sum d (2 in 2x + 2, -2 in
 * −2x − 2: the sign of its first term), 1 when there is none. */
static long long
content(const expr *d)
{
	const expr	*c;
	long long	 g = 0, a, b, t;
	int		 k;

	if (d->kind != EXPR_ADD)
		return 1;
	for (k = 0; k < d->nargs; k++) {
		c = d->args[k];
		if (c->kind == EXPR_MUL && c->nargs > 0)
			c = c->args[0];
		if (!expr_is_num(c) || !num_is_integer(c->n) || c->n.q != 1 ||
		    c->n.p == 0 || c->n.p < -1000000000 || c->n.p > 1000000000)
			return 1;
		a = c->n.p < 0 ? -c->n.p : c->n.p;
		for (b = g; b != 0; t = a % b, a = b, b = t)
			;
		g = a;
	}
	c = d->args[0]->kind == EXPR_MUL ? d->args[0]->args[0] : d->args[0];
	return g <= 1 ? 1 : c->n.p < 0 ? -g : g;
}

/* Whether the product t has a factor without var that is a sum (y − 1
 * in (x + 1)²(y − 1)): its derivative is printed with that factor kept
 * whole, not multiplied out. */
static int
sum_factor(const expr *t, int var)
{
	int	j;

	for (j = 0; t->kind == EXPR_MUL && j < t->nargs; j++) {
		if (t->args[j]->kind == EXPR_ADD &&
		    mistake_is_other_factor(t->args[j], var))
			return 1;
	}
	return 0;
}

/* The derivative with respect to var of the product t (dt, simplified)
 * with its factors without var that hold another variable kept whole,
 * the integer content of the rest taken out: 2(x + 1)(y − 1) for
 * (x + 1)²(y − 1), not 2xy + 2y − 2x − 2; 2z(x + y) for (x + y)²z.  A
 * new tree, for printing; NULL when dt says it as well (no such factor
 * is a sum and dt is not multiplied out). */
expr *
mistake_factored_diff(const expr *t, int var, const expr *dt)
{
	expr	*d = mistake_drop_factor(t, var, -1), *dd, *r = NULL;
	num	 c = num_int(1);
	long long g;
	int	 j, pass;

	if (mistake_other_factors(t, var) == 0 || (!sum_factor(t, var) &&
	    dt->kind != EXPR_ADD)) {
		expr_free(d);
		return NULL;
	}
	dd = expr_simplify(expr_diff(d, var));
	expr_free(d);
	if ((g = content(dd)) != 1) {
		c = num_int(g);
		dd = expr_simplify(expr_mul(expr_num(num_rat(1, g)), dd));
	} else if (dd->kind == EXPR_MUL && expr_is_num(dd->args[0])) {
		c = dd->args[0]->n;
		dd = expr_simplify(expr_mul(expr_num(num_div(num_int(1), c)),
		    dd));
	} else if (expr_is_num(dd)) {
		c = dd->n;
		expr_free(dd);
		dd = NULL;
	}
	if (!num_is_one(c))
		r = expr_num(c);
	/* the number, the other factors (z), the rest, the sums (y − 1):
	 * 2z(x + y), 2(x + 1)(y − 1) */
	for (pass = 0; pass < 2; pass++) {
		for (j = 0; j < t->nargs; j++) {
			if (!mistake_is_other_factor(t->args[j], var) ||
			    (t->args[j]->kind == EXPR_ADD) != pass)
				continue;
			r = r == NULL ? expr_copy(t->args[j]) :
			    expr_mul(r, expr_copy(t->args[j]));
		}
		if (pass == 0 && dd != NULL)
			r = r == NULL ? dd : expr_mul(r, dd);
	}
	return r != NULL ? r : expr_int(1);
}

/* The derivative with respect to var of the product t without factor
 * skip (-1: without those mistake_is_other_factor).  A new tree. */
static expr *
diff_dropped(const expr *t, int var, int skip)
{
	expr	*d = mistake_drop_factor(t, var, skip);
	expr	*r = expr_diff(d, var);

	expr_free(d);
	return r;
}

/* The factors fs (n of them) of term T dropped: their texts into the
 * mistake added last ("in x²y you dropped the factor y"). */
static void
dropped_texts(struct mlist *l, struct term *T, const expr *const *fs,
    int n, const char *dn, const char *op, const char *xn)
{
	char	*names, *why;
	int	 cnt;

	names = mistake_factor_names(fs, n, T->vars, T->st, T->epow, &cnt);
	why = xasprintf(_("%s: in %s you dropped the %s %s; %s %s "
	    "with respect to %s and %s"), dn, mistake_term_ts(T),
	    cnt > 1 ? _("factors") : _("factor"), names, names,
	    cnt > 1 ? _("are constants") : _("is a constant"), xn,
	    cnt > 1 ? _("stay as factors") : _("stays as a factor"));
	mistake_set_texts(l, xasprintf("%s: %s (%s) = %s", why, op,
	    mistake_term_ts(T),
	    mistake_term_dts(T)), why, xasprintf(_("dropped the %s %s in %s"),
	    cnt > 1 ? _("factors") : _("factor"), names, mistake_term_ts(T)),
	    NULL);
	free(names);
}

/* The factors of term T without the variable that hold another one
 * (y in 3x²y, sin y in x·sin y, y − 1 in (x + 1)²(y − 1); exp(x + y)
 * has none), nf of them, dropped: all of them, and with two or more
 * each one alone (z dropped from xyz gives y). */
void
mistake_dropped_factors(struct mlist *l, struct term *T, int nf, const char *dn,
    const char *op, const char *xn)
{
	const expr	*t = T->t, **fs;
	int		 j, n = 0;

	fs = xmalloc((t->nargs + 1) * sizeof *fs);
	for (j = 0; j < t->nargs; j++) {
		if (mistake_is_other_factor(t->args[j], T->var))
			fs[n++] = t->args[j];
	}
	mistake_add(l, MISTAKE_DROPPED_FACTOR,
	    l->deltas ? mistake_replace_term(mistake_term_dt(T),
	    diff_dropped(t, T->var, -1)) : NULL, T->k);
	if (mistake_want_text(l))
		dropped_texts(l, T, fs, n, dn, op, xn);
	for (j = 0; nf >= 2 && j < t->nargs; j++) {
		if (!mistake_is_other_factor(t->args[j], T->var))
			continue;
		mistake_add(l, MISTAKE_DROPPED_FACTOR,
		    l->deltas ? mistake_replace_term(
		    mistake_term_dt(T), diff_dropped(t, T->var, j)) : NULL,
		    T->k);
		if (mistake_want_text(l))
			dropped_texts(l, T, (const expr *const *)&t->args[j], 1,
			    dn, op, xn);
	}
	free(fs);
}

/* How many factors of the product t have var in them (0 when t is not
 * a product): two or more, and the product rule applies. */
static int
product_factors(const expr *t, int var)
{
	int	j, n = 0;

	if (t->kind != EXPR_MUL)
		return 0;
	for (j = 0; j < t->nargs; j++)
		n += expr_has_var(t->args[j], var) != 0;
	return n;
}

/* The derivative of the product t as if only factor j changed: that
 * factor differentiated, the others kept.  A new tree. */
static expr *
one_factor(const expr *t, int j, int var)
{
	expr	*w = expr_int(1);
	int	 i;

	for (i = 0; i < t->nargs; i++)
		w = expr_mul(w, i == j ? expr_diff(t->args[i], var) :
		    expr_copy(t->args[i]));
	return w;
}

/* The number of the factor 1/v (v with var) of the product t when t
 * is a quotient u/v of two factors with var (x/(x + 1), sin(x)/x);
 * else -1. */
static int
quotient_at(const expr *t, int var)
{
	const expr	*a;
	int		 j, at = -1;

	if (product_factors(t, var) != 2)
		return -1;
	for (j = 0; j < t->nargs; j++) {
		a = t->args[j];
		if (a->kind == EXPR_POW && expr_is_num(a->args[1]) &&
		    num_is_minus_one(a->args[1]->n) &&
		    expr_has_var(a->args[0], var))
			at = j;
	}
	return at;
}

/* The quotient rule as a formula in style st (not translated). */
static const char *
quotient_rule(enum expr_style st)
{
	return st == EXPR_ASCII ? "(u/v)' = (u'v - uv')/v^2" :
	    "(u/v)' = (u'v − uv')/v²";
}

/* The texts of one_factor's mistake for factor j of term T, into the
 * mistake added last: of a quotient, the numerator or the denominator
 * differentiated alone. */
static void
one_factor_texts(struct mlist *l, struct term *T, int j, const char *dn,
    const char *op)
{
	int	 q = quotient_at(T->t, T->var);
	char	*fs, *why, *brief;

	fs = mistake_print(q == j ? T->t->args[j]->args[0] : T->t->args[j],
	    T->vars, T->st, T->epow);
	if (q >= 0 && q == j) {
		why = xasprintf(_("%s: in %s you differentiated only the "
		    "denominator %s and kept the numerator; the quotient rule "
		    "is %s"), dn, mistake_term_ts(T), fs,
		    quotient_rule(T->st));
		brief = xasprintf(_("differentiated only the denominator of "
		    "%s"), mistake_term_ts(T));
	} else if (q >= 0) {
		why = xasprintf(_("%s: in %s you differentiated only the "
		    "numerator and kept the denominator as if it were a "
		    "constant; the quotient rule is %s"), dn,
		    mistake_term_ts(T), quotient_rule(T->st));
		brief = xasprintf(_("differentiated only the numerator of %s"),
		    mistake_term_ts(T));
	} else {
		why = xasprintf(_("%s: in %s you differentiated only the "
		    "factor %s and kept the others; the product rule "
		    "differentiates each factor in turn and adds the results: "
		    "(uv)' = u'v + uv'"), dn, mistake_term_ts(T), fs);
		brief = xasprintf(_("differentiated only the factor %s of %s"),
		    fs, mistake_term_ts(T));
	}
	mistake_set_texts(l, xasprintf(_("%s, so %s (%s) = %s"), why, op,
	    mistake_term_ts(T), mistake_term_dts(T)), why, brief, NULL);
	free(fs);
}

/* The quotient rule misapplied in term T, a quotient u/v of factors
 * with the variable (factor q is 1/v): u'/v' (sin(x)/x answered
 * cos x), or (u'v − uv')/v with the denominator not squared. */
static void
quotient_mistakes(struct mlist *l, struct term *T, int q, const char *dn,
    const char *op)
{
	const expr	*v = T->t->args[q]->args[0];
	expr		*u = NULL, *du = NULL, *dv = NULL, *w;
	char		*why;
	int		 k;

	if (l->deltas) {
		u = mistake_drop_factor(T->t, T->var, q);
		du = expr_diff(u, T->var);
		dv = expr_diff(v, T->var);
	}
	for (k = 0; k < 2; k++) {
		w = NULL;
		if (l->deltas && k == 0)
			w = expr_div(expr_copy(du), expr_copy(dv));
		else if (l->deltas)
			w = expr_div(expr_sub(expr_mul(expr_copy(du),
			    expr_copy(v)), expr_mul(expr_copy(u),
			    expr_copy(dv))), expr_copy(v));
		mistake_add(l, MISTAKE_PRODUCT_RULE, l->deltas ?
		    mistake_replace_term(mistake_term_dt(T), w) : NULL, T->k);
		if (!mistake_want_text(l))
			continue;
		why = k == 0 ? xasprintf(_("%s: in %s you divided the "
		    "derivative of the numerator by the derivative of the "
		    "denominator; the quotient rule is %s"), dn,
		    mistake_term_ts(T), quotient_rule(T->st)) :
		    xasprintf(_("%s: in %s you did not square the denominator; "
		    "the quotient rule is %s"), dn, mistake_term_ts(T),
		    quotient_rule(T->st));
		mistake_set_texts(l, xasprintf(_("%s, so %s (%s) = %s"), why,
		    op, mistake_term_ts(T), mistake_term_dts(T)), why,
		    k == 0 ? xasprintf(_("divided the derivatives in %s"),
		    mistake_term_ts(T)) : xasprintf(_("did not square the "
		    "denominator of %s"), mistake_term_ts(T)), NULL);
	}
	expr_free(u);
	expr_free(du);
	expr_free(dv);
}

/* The texts of the factors without var dropped in every term of f
 * (nterms terms), into the mistake added last. */
static void
whole_dropped_texts(struct mlist *l, const expr *const *terms, int nterms,
    int var, const expr_vars *vars, enum expr_style st, const char *dn,
    const char *xn)
{
	const expr	**fs;
	char		*names;
	int		 k, j, n = 0, cnt, cap = 0;

	for (k = 0; k < nterms; k++)
		cap += terms[k]->kind == EXPR_MUL ? terms[k]->nargs : 0;
	fs = xmalloc((cap + 1) * sizeof *fs);
	for (k = 0; k < nterms; k++) {
		if (!expr_has_var(terms[k], var) ||
		    terms[k]->kind != EXPR_MUL)
			continue;
		for (j = 0; j < terms[k]->nargs; j++) {
			if (mistake_is_other_factor(terms[k]->args[j], var))
				fs[n++] = terms[k]->args[j];
		}
	}
	names = mistake_factor_names(fs, n, vars, st, l->epow, &cnt);
	mistake_set_texts(l,
	    xasprintf(_("%s: you dropped the %s %s; %s %s with "
	    "respect to %s and %s"), dn, cnt > 1 ? _("factors") :
	    _("factor"), names, names, cnt > 1 ? _("are constants") :
	    _("is a constant"), xn, cnt > 1 ? _("stay as factors") :
	    _("stays as a factor")), NULL, xasprintf(_("dropped the %s %s"),
	    cnt > 1 ? _("factors") : _("factor"), names), NULL);
	free(names);
	free(fs);
}

/* The product rule misapplied in term T, a product of two or more
 * factors with the variable: the derivatives of the factors multiplied
 * (x·sin x answered cos x), or one factor differentiated and the others
 * kept (x·sin x answered sin x). */
void
mistake_product_rule(struct mlist *l, struct term *T, const char *dn,
    const char *op)
{
	const expr	*t = T->t;
	expr		*w;
	char		*why;
	int		 j, var = T->var, k = T->k;

	if (product_factors(t, var) < 2)
		return;
	/* (uv)' taken as u'v': x·sin x gives cos x */
	w = NULL;
	if (l->deltas) {
		w = expr_int(1);
		for (j = 0; j < t->nargs; j++)
			w = expr_mul(w, expr_has_var(t->args[j], var) ?
			    expr_diff(t->args[j], var) :
			    expr_copy(t->args[j]));
		w = mistake_replace_term(mistake_term_dt(T), w);
	}
	mistake_add(l, MISTAKE_PRODUCT_RULE, w, k);
	if (mistake_want_text(l)) {
		why = xasprintf(_("%s: in %s you multiplied the "
		    "derivatives of the factors; the product rule adds "
		    "instead: (uv)' = u'v + uv'"), dn, mistake_term_ts(T));
		mistake_set_texts(l, xasprintf(_("%s, so %s (%s) = %s"), why,
		    op,
		    mistake_term_ts(T), mistake_term_dts(T)), why,
		    xasprintf(_("multiplied the derivatives of the "
		    "factors of %s"), mistake_term_ts(T)), NULL);
	}
	/* one factor differentiated, the others kept: x·sin x
	 * gives sin x (u'v without uv') */
	for (j = 0; j < t->nargs; j++) {
		if (!expr_has_var(t->args[j], var))
			continue;
		mistake_add(l, MISTAKE_PRODUCT_RULE,
		    l->deltas ? mistake_replace_term(
		    mistake_term_dt(T), one_factor(t, j, var)) : NULL, k);
		if (mistake_want_text(l))
			one_factor_texts(l, T, j, dn, op);
	}
	if ((j = quotient_at(t, var)) >= 0)
		quotient_mistakes(l, T, j, dn, op);
}

/* The factors without the variable dropped in every term of f (the
 * nterms terms, two or more of them with the variable), when any term
 * has one: y dropped from x²y + xy gives 2x + 1. */
void
mistake_whole_dropped(struct mlist *l, const expr *const *terms,
    int nterms, int var, const expr *right, const expr_vars *vars,
    enum expr_style st, const char *dn, const char *xn)
{
	expr	*w;
	int	 k, nfac;

	for (k = 0, nfac = 0; k < nterms; k++) {
		if (expr_has_var(terms[k], var))
			nfac += mistake_other_factors(terms[k], var);
	}
	if (nfac == 0)
		return;
	/* the factors without the variable dropped in every term */
	w = NULL;
	if (l->deltas) {
		w = expr_int(0);
		for (k = 0; k < nterms; k++) {
			if (expr_has_var(terms[k], var))
				w = expr_add(w, diff_dropped(terms[k],
				    var, -1));
		}
		w = mistake_delta_of(w, right);
	}
	mistake_add(l, MISTAKE_DROPPED_FACTOR, w, -1);
	if (mistake_want_text(l))
		whole_dropped_texts(l, terms, nterms, var, vars, st, dn,
		    xn);
}
