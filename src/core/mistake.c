/* mistake.c - what each catalogued mistake makes of a partial derivative.
 *
 * Every wrong version is computed with the engine, never guessed from
 * text: a transformed differentiation for the power and chain rules,
 * substitution for dropped factors, sums of partials for variables not
 * held constant.  Most mistakes are made in one term of f, so each is
 * computed per term (the right derivative with that one term's
 * derivative replaced) and for the whole function. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "mistake.h"
#include "nls.h"
#include "xalloc.h"

/* A growing list of mistakes. */
struct mlist {
	mistake *m;
	int n, cap;
};

/* Whether e is the bare variable var. */
static int
is_var(const expr *e, int var)
{
	return e->kind == EXPR_VAR && e->var == var;
}

/* The derivative of a function of one argument with respect to that
 * argument, evaluated at u (a new tree; u is copied). */
static expr *
outer_diff(enum expr_fn fn, const expr *u, enum mistake_rule rule)
{
	/* sqrt(u) is u^(1/2): the power rule mistakes apply */
	if (fn == FN_SQRT && rule == MISTAKE_RULE_POW_KEPT)
		return expr_mul(expr_num(num_rat(1, 2)),
		    expr_func(FN_SQRT, expr_copy(u)));
	if (fn == FN_SQRT && rule == MISTAKE_RULE_POW_NO_FACTOR)
		return expr_pow(expr_copy(u), expr_num(num_rat(-1, 2)));
	return expr_diff_outer(fn, u);
}

/* The derivative of e with respect to var under rule, not simplified. */
static expr *
md(const expr *e, int var, enum mistake_rule rule)
{
	expr	*sum, *prod, *u, *v, *inner;
	int	 i, j;

	if (!expr_has_var(e, var))
		return expr_int(0);
	switch (e->kind) {
	case EXPR_VAR:
		return expr_int(1);
	case EXPR_ADD:
		sum = expr_int(0);
		for (i = 0; i < e->nargs; i++) {
			if (expr_has_var(e->args[i], var))
				sum = expr_add(sum, md(e->args[i], var, rule));
		}
		return sum;
	case EXPR_MUL:
		/* the product rule */
		sum = expr_int(0);
		for (i = 0; i < e->nargs; i++) {
			if (!expr_has_var(e->args[i], var))
				continue;
			prod = md(e->args[i], var, rule);
			for (j = 0; j < e->nargs; j++) {
				if (j != i)
					prod = expr_mul(prod,
					    expr_copy(e->args[j]));
			}
			sum = expr_add(sum, prod);
		}
		return sum;
	case EXPR_POW:
		u = e->args[0];
		v = e->args[1];
		if (!expr_has_var(v, var)) {
			/* the power rule, right or wrong */
			if (rule == MISTAKE_RULE_NO_CHAIN && !is_var(u, var))
				inner = expr_int(1);
			else
				inner = md(u, var, rule);
			switch (rule) {
			case MISTAKE_RULE_POW_KEPT:
				return expr_mul(expr_mul(expr_copy(v),
				    expr_copy(e)), inner);
			case MISTAKE_RULE_POW_NO_FACTOR:
				return expr_mul(expr_pow(expr_copy(u),
				    expr_sub(expr_copy(v), expr_int(1))),
				    inner);
			default:
				return expr_mul(expr_mul(expr_copy(v),
				    expr_pow(expr_copy(u), expr_sub(
				    expr_copy(v), expr_int(1)))), inner);
			}
		}
		if (!expr_has_var(u, var)) {
			/* a^v = a^v ln a v' */
			if (rule == MISTAKE_RULE_NO_CHAIN && !is_var(v, var))
				inner = expr_int(1);
			else
				inner = md(v, var, rule);
			return expr_mul(expr_mul(expr_copy(e),
			    expr_func(FN_LN, expr_copy(u))), inner);
		}
		/* u^v = u^v (v' ln u + v u'/u) */
		return expr_mul(expr_copy(e), expr_add(
		    expr_mul(md(v, var, rule), expr_func(FN_LN, expr_copy(u))),
		    expr_mul(expr_mul(expr_copy(v), md(u, var, rule)),
		    expr_pow(expr_copy(u), expr_int(-1)))));
	case EXPR_FUNC:
		u = e->args[0];
		if (rule == MISTAKE_RULE_NO_CHAIN && !is_var(u, var))
			inner = expr_int(1);
		else
			inner = md(u, var, rule);
		return expr_mul(outer_diff(e->fn, u, rule), inner);
	default:
		return expr_int(0);
	}
}

/* The derivative of e with respect to var under a rule, simplified. */
expr *
mistake_diff(const expr *e, int var, enum mistake_rule rule)
{
	return expr_simplify(md(e, var, rule));
}

/* A copy of e with the variables other than keep replaced by value, not
 * simplified. */
static expr *
subst(const expr *e, int keep, long long value)
{
	expr	*r;
	int	 i;

	switch (e->kind) {
	case EXPR_NUM:
		return expr_num(e->n);
	case EXPR_CONST:
		return expr_const(e->c);
	case EXPR_VAR:
		return e->var == keep ? expr_var(e->var) : expr_int(value);
	case EXPR_ADD:
	case EXPR_MUL:
		r = expr_nary(e->kind, e->nargs);
		for (i = 0; i < e->nargs; i++)
			r->args[i] = subst(e->args[i], keep, value);
		return r;
	case EXPR_POW:
		return expr_pow(subst(e->args[0], keep, value),
		    subst(e->args[1], keep, value));
	case EXPR_FUNC:
		return expr_func(e->fn, subst(e->args[0], keep, value));
	}
	return expr_int(0);
}

/* A copy of e with every other variable set to value, simplified. */
expr *
mistake_fix_others(const expr *e, int keep, long long value)
{
	return expr_simplify(subst(e, keep, value));
}

/* The name of a partial derivative for prose, with the declared name
 * of the function (∂L/∂w) or f. */
char *
mistake_dname(const expr_vars *vars, int var, enum expr_style st)
{
	char	*v = expr_print_var(vars, var, st), *r;
	/* a declared name: L(w, b) = ... has the partials ∂L/∂w */
	const char *f = expr_fname(vars);

	if (st == EXPR_ASCII)
		r = xasprintf("d%s/d%s", f, v);
	else
		r = xasprintf("∂%s/∂%s", f, v);
	free(v);
	return r;
}

/* The operator "∂/∂x" (or "d/dx") for prose; a new string. */
static char *
dop(const expr_vars *vars, int var, enum expr_style st)
{
	char	*v = expr_print_var(vars, var, st), *r;

	if (st == EXPR_ASCII)
		r = xasprintf("d/d%s", v);
	else
		r = xasprintf("∂/∂%s", v);
	free(v);
	return r;
}

/* The power rule in words for prose. */
static const char *
power_rule(enum expr_style st)
{
	if (st == EXPR_ASCII)
		return _("the derivative of x^n is n*x^(n-1)");
	return _("the derivative of xⁿ is n·xⁿ⁻¹");
}

/* "y", "y and z", "x, y and z": the variables of e other than var, in
 * order; the count goes to *count.  A new string. */
static char *
other_names(const expr *e, int var, const expr_vars *vars,
    enum expr_style st, int *count)
{
	char	*r = xstrdup(""), *t, *v;
	int	 i, k = 0, total = 0;

	for (i = 0; i < vars->n; i++) {
		if (i != var && expr_has_var(e, i))
			total++;
	}
	for (i = 0; i < vars->n; i++) {
		if (i == var || !expr_has_var(e, i))
			continue;
		v = expr_print_var(vars, i, st);
		k++;
		t = xasprintf("%s%s%s", r,
		    k == 1 ? "" : (k == total ? _(" and ") : ", "), v);
		free(v);
		free(r);
		r = t;
	}
	*count = total;
	return r;
}

/* Add a mistake to the list; takes ownership of delta and both texts.
 * hidden NULL: explain shows no answer and serves as both. */
static void
add(struct mlist *l, const char *id, expr *delta, char *explain,
    char *hidden, int term)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 16;
		l->m = xrealloc(l->m, l->cap * sizeof *l->m);
	}
	l->m[l->n].id = id;
	l->m[l->n].delta = delta;
	l->m[l->n].explain = explain;
	l->m[l->n].explain_hidden = hidden != NULL ? hidden : xstrdup(explain);
	l->m[l->n].term = term;
	l->m[l->n].brief = NULL;
	l->m[l->n].brief_hidden = NULL;
	l->n++;
}

/* Give the mistake added last its brief texts (takes both; hidden NULL:
 * brief serves as both). */
static void
set_brief(struct mlist *l, char *brief, char *hidden)
{
	l->m[l->n - 1].brief = brief;
	l->m[l->n - 1].brief_hidden = hidden != NULL ? hidden : xstrdup(brief);
}

/* wrong - dt: what replacing one term's derivative dt by a wrong one
 * adds to the right answer (takes wrong).  Not simplified: the checker
 * only evaluates it, and simplifying every candidate would cost more
 * than everything else a check does. */
static expr *
replace_term(const expr *dt, expr *wrong)
{
	return expr_sub(wrong, expr_copy(dt));
}

/* answer - right, not simplified (takes answer). */
static expr *
delta_of(expr *answer, const expr *right)
{
	return expr_sub(answer, expr_copy(right));
}

/* The answer a mistake gives: right + delta, simplified. */
expr *
mistake_answer(const mistake *m, const expr *right)
{
	return expr_simplify(expr_add(expr_copy(right),
	    expr_copy(m->delta)));
}

/* The numeric coefficient of a product term (its NUM factor), or NULL. */
static const expr *
coefficient(const expr *t)
{
	int	i;

	if (t->kind != EXPR_MUL)
		return NULL;
	for (i = 0; i < t->nargs; i++) {
		if (t->args[i]->kind == EXPR_NUM)
			return t->args[i];
	}
	return NULL;
}

/* The term t with its numeric coefficient replaced by its sign. */
static expr *
drop_coefficient(const expr *t)
{
	expr	*r = expr_int(1);
	int	 i;

	for (i = 0; i < t->nargs; i++) {
		if (t->args[i]->kind == EXPR_NUM)
			r = expr_mul(r, expr_int(num_is_negative(t->args[i]->n)
			    ? -1 : 1));
		else
			r = expr_mul(r, expr_copy(t->args[i]));
	}
	return expr_simplify(r);
}

/* Whether e has a power u^n (n free of var, u with var), or a square
 * root of something with var: where the power rule applies. */
static int
has_power(const expr *e, int var)
{
	int	i;

	if ((e->kind == EXPR_POW && expr_has_var(e->args[0], var) &&
	    !expr_has_var(e->args[1], var)) || (e->kind == EXPR_FUNC &&
	    e->fn == FN_SQRT && expr_has_var(e->args[0], var)))
		return 1;
	for (i = 0; i < e->nargs; i++) {
		if (has_power(e->args[i], var))
			return 1;
	}
	return 0;
}

/* Whether e has a function or power of something with var other than
 * var itself: where the chain rule applies. */
static int
has_chain(const expr *e, int var)
{
	int	i;

	if (e->kind == EXPR_FUNC && expr_has_var(e->args[0], var) &&
	    !is_var(e->args[0], var))
		return 1;
	if (e->kind == EXPR_POW && ((expr_has_var(e->args[0], var) &&
	    !is_var(e->args[0], var)) || (expr_has_var(e->args[1], var) &&
	    !is_var(e->args[1], var))))
		return 1;
	for (i = 0; i < e->nargs; i++) {
		if (has_chain(e->args[i], var))
			return 1;
	}
	return 0;
}

/* The mistakes made in one term t (index k) of f. */
static void
term_mistakes(struct mlist *l, const expr *t, int k, int var,
    const expr_vars *vars, enum expr_style st,
    const char *dn, const char *op, const char *xn)
{
	expr	*dt, *w, *c;
	char	*ts, *dts, *others, *cs, *why;
	int	 nothers, j;

	ts = expr_print(t, vars, st);
	others = other_names(t, var, vars, st, &nothers);
	if (!expr_has_var(t, var)) {
		if (expr_is_num(t) || t->kind == EXPR_CONST)
			add(l, MISTAKE_KEPT_CONSTANT_TERMS, expr_copy(t),
			    xasprintf(_("%s: you kept the constant %s, but the "
			    "derivative of a constant is 0"), dn, ts), NULL, k);
		else
			add(l, MISTAKE_KEPT_CONSTANT_TERMS, expr_copy(t),
			    xasprintf(_("%s: you kept the term %s, but it has no "
			    "%s in it, so its derivative with respect to %s "
			    "is 0"), dn, ts, xn, xn), NULL, k);
		set_brief(l, xasprintf(_("kept %s"), ts), NULL);
		if (nothers > 0) {
			/* zy differentiated "with respect to x" as y + z */
			w = expr_int(0);
			for (j = 0; j < vars->n; j++) {
				if (expr_has_var(t, j))
					w = expr_add(w, expr_diff(t, j));
			}
			add(l, MISTAKE_OTHER_VARS, replace_term(
			    (c = expr_int(0)), w), xasprintf(_("%s: %s has no %s "
			    "in it, so its derivative with respect to %s is 0; "
			    "you differentiated %s as if %s changed with %s"),
			    dn, ts, xn, xn, others, nothers > 1 ? _("they") : _("it"),
			    xn), NULL, k);
			set_brief(l, xasprintf(_("differentiated %s as if %s "
			    "changed with %s"), ts, others, xn), NULL);
			expr_free(c);
		}
		free(ts);
		free(others);
		return;
	}

	dt = expr_diff(t, var);
	dts = expr_print(dt, vars, st);

	if (nothers > 0) {
		w = subst(dt, var, 1);
		why = xasprintf(_("%s: in %s you dropped the %s %s; %s %s with "
		    "respect to %s and %s"), dn, ts,
		    nothers > 1 ? _("factors") : _("factor"), others, others,
		    nothers > 1 ? _("are constants") : _("is a constant"), xn,
		    nothers > 1 ? _("stay as factors") : _("stays as a factor"));
		add(l, MISTAKE_DROPPED_FACTOR, replace_term(dt, w),
		    xasprintf("%s: %s (%s) = %s", why, op, ts, dts), why, k);
		set_brief(l, xasprintf(_("dropped the %s %s in %s"), nothers > 1 ?
		    _("factors") : _("factor"), others, ts), NULL);
	}

	if (has_power(t, var)) {
		w = md(t, var, MISTAKE_RULE_POW_KEPT);
		why = xasprintf(_("%s: in %s the power rule lowers the exponent "
		    "by one (%s)"), dn, ts, power_rule(st));
		add(l, MISTAKE_POWER_RULE, replace_term(dt, w),
		    xasprintf(_("%s, so %s (%s) = %s"), why, op, ts, dts), why,
		    k);
		set_brief(l, xasprintf(_("kept the exponent in %s"), ts), NULL);
		w = md(t, var, MISTAKE_RULE_POW_NO_FACTOR);
		why = xasprintf(_("%s: in %s the exponent also comes down as a "
		    "factor (%s)"), dn, ts, power_rule(st));
		add(l, MISTAKE_POWER_RULE, replace_term(dt, w),
		    xasprintf(_("%s, so %s (%s) = %s"), why, op, ts, dts), why,
		    k);
		set_brief(l, xasprintf(_("left the exponent of %s out of the front"), ts),
		    NULL);
	}
	if ((c = (expr *)coefficient(t)) != NULL && !num_is_one(c->n) &&
	    !num_is_minus_one(c->n)) {
		cs = expr_print(c, vars, st);
		w = drop_coefficient(t);
		why = xasprintf(_("%s: in %s you lost the coefficient %s; a "
		    "constant factor stays in the derivative"), dn, ts, cs);
		add(l, MISTAKE_POWER_RULE, replace_term(dt,
		    expr_diff(w, var)), xasprintf("%s: %s (%s) = %s", why, op,
		    ts, dts), why, k);
		set_brief(l, xasprintf(_("lost the coefficient %s of %s"), cs, ts),
		    NULL);
		expr_free(w);
		free(cs);
	}

	if (has_chain(t, var)) {
		w = md(t, var, MISTAKE_RULE_NO_CHAIN);
		why = xasprintf(_("%s: in %s you forgot the chain rule: multiply "
		    "by the derivative of the inside"), dn, ts);
		add(l, MISTAKE_CHAIN_RULE, replace_term(dt, w),
		    xasprintf(_("%s, so %s (%s) = %s"), why, op, ts, dts), why,
		    k);
		set_brief(l, xasprintf(_("forgot the chain rule in %s"), ts),
		    NULL);
	}

	if (nothers > 0) {
		w = expr_int(0);
		for (j = 0; j < vars->n; j++) {
			if (expr_has_var(t, j))
				w = expr_add(w, j == var ? expr_copy(dt) :
				    expr_diff(t, j));
		}
		why = xasprintf(_("%s: in %s you also differentiated %s, as if "
		    "%s changed with %s; hold %s constant"), dn, ts, others,
		    nothers > 1 ? _("they") : _("it"), xn, others);
		add(l, MISTAKE_OTHER_VARS, replace_term(dt, w),
		    xasprintf("%s: %s (%s) = %s", why, op, ts, dts), why, k);
		set_brief(l, xasprintf(_("also differentiated %s in %s"), others, ts),
		    NULL);
	}
	/* the term forgotten altogether */
	why = xasprintf(_("%s: you dropped the term %s: differentiate every "
	    "term of f that has %s in it"), dn, ts, xn);
	add(l, MISTAKE_DROPPED_TERM, replace_term(dt, expr_int(0)),
	    xasprintf("%s; %s (%s) = %s", why, op, ts, dts), why, k);
	set_brief(l, xasprintf(_("dropped the derivative %s of %s"), dts, ts),
	    xasprintf(_("dropped the term %s"), ts));
	expr_free(dt);
	free(dts);
	free(ts);
	free(others);
}

/* The wrong versions of ∂f/∂x_var, most specific first. */
mistake *
mistake_partial(const expr *f, int var, const expr *right,
    const expr_vars *vars, enum expr_style st, int *n)
{
	return mistake_partial_grad(f, var, right, NULL, vars, st, n);
}

/* mistake_partial, with the whole gradient when grad is not NULL (so
 * it is not worked out again). */
mistake *
mistake_partial_grad(const expr *f, int var, const expr *right,
    const expr *const *grad, const expr_vars *vars, enum expr_style st,
    int *n)
{
	struct mlist	 l = { NULL, 0, 0 };
	const expr	*const *terms;
	const expr	*one[1];
	expr		*w, *neg;
	char		*dn, *op, *xn, *ts, *ns, *tv, *others, *list, *tmp;
	int		 nterms, k, j, nconst, nothers, nvar, nv;

	dn = mistake_dname(vars, var, st);
	op = dop(vars, var, st);
	xn = expr_print_var(vars, var, st);
	if (f->kind == EXPR_ADD) {
		terms = (const expr *const *)f->args;
		nterms = f->nargs;
	} else {
		one[0] = f;
		terms = one;
		nterms = 1;
	}

	/* one term at a time */
	for (k = 0; k < nterms; k++)
		term_mistakes(&l, terms[k], k, var, vars, st, dn, op, xn);

	/* every term without the variable kept */
	nconst = 0;
	w = expr_int(0);
	list = xstrdup("");
	for (k = 0; k < nterms; k++) {
		if (expr_has_var(terms[k], var))
			continue;
		nconst++;
		w = expr_add(w, expr_copy(terms[k]));
		ts = expr_print(terms[k], vars, st);
		tmp = xasprintf("%s%s%s", list, nconst == 1 ? "" : ", ", ts);
		free(ts);
		free(list);
		list = tmp;
	}
	if (nconst > 1) {
		add(&l, MISTAKE_KEPT_CONSTANT_TERMS, w,
		    xasprintf(_("%s: you kept the terms %s, but they have no %s "
		    "in them, so their derivatives with respect to %s are 0"),
		    dn, list, xn, xn), NULL, -1);
		set_brief(&l, xasprintf(_("kept %s"), list), NULL);
	} else
		expr_free(w);
	free(list);

	/* a sign slipped in one term of the answer; with several terms,
	 * every sign turned is a mistake of its own */
	if (right->kind == EXPR_ADD) {
		ts = expr_print(right, vars, st);
		add(&l, MISTAKE_NEGATED, expr_mul(expr_int(-2),
		    expr_copy(right)), xasprintf(_("%s: your answer is %s1 times "
		    "the right one: every term has the wrong sign; the right "
		    "answer is %s"), dn, st == EXPR_ASCII ? "-" : "\u2212", ts),
		    xasprintf(_("%s: your answer is %s1 times the right one: "
		    "every term has the wrong sign; follow the minus signs of "
		    "f through the derivative"), dn, st == EXPR_ASCII ? "-" :
		    "\u2212"), -1);
		set_brief(&l, xstrdup(_("turned every sign")), NULL);
		free(ts);
		for (k = 0; k < right->nargs; k++) {
			ts = expr_print(right->args[k], vars, st);
			neg = expr_simplify(expr_neg(expr_copy(right->args[k])));
			ns = expr_print(neg, vars, st);
			/* hidden: the term by its variables, since the term
			 * itself with its sign turned is the answer */
			tv = other_names(right->args[k], -1, vars, st, &nv);
			add(&l, MISTAKE_SIGN_SLIP, expr_mul(expr_int(-2),
			    expr_copy(right->args[k])),
			    xasprintf(_("%s: a sign "
			    "slipped: you have %s where the right answer has %s"),
			    dn, ns, ts), xasprintf(_("%s: a sign slipped in one "
			    "term: check the sign of your %s%s; follow the "
			    "minus signs of f through the derivative"), dn,
			    nv > 0 ? _("term in ") : _("constant term"), tv), -1);
			set_brief(&l, xasprintf(_("turned the sign of %s"), ts),
			    xasprintf(_("turned the sign of your %s%s"), nv > 0 ?
			    _("term in ") : _("constant term"), tv));
			expr_free(neg);
			free(tv);
			free(ts);
			free(ns);
		}
	} else if (!expr_is_num(right) || !num_is_zero(right->n)) {
		add(&l, MISTAKE_SIGN_SLIP, expr_mul(expr_int(-2),
		    expr_copy(right)), xasprintf(_("%s: a sign slipped: your "
		    "answer is the right one times -1"), dn), xasprintf(_("%s: a "
		    "sign slipped: your answer has the wrong sign; follow the "
		    "minus signs of f through the derivative"), dn), -1);
		set_brief(&l, xstrdup(_("turned the sign")), NULL);
	}

	/* the same mistakes made in every term; when only one term has the
	 * variable these are the ones above */
	for (k = 0, nvar = 0; k < nterms; k++) {
		if (expr_has_var(terms[k], var))
			nvar++;
	}
	others = other_names(f, var, vars, st, &nothers);
	if (nvar > 1 && nothers > 0) {
		add(&l, MISTAKE_DROPPED_FACTOR, delta_of(subst(right, var, 1),
		    right), xasprintf(_("%s: you dropped the %s "
		    "%s; %s %s with respect to %s and %s"), dn,
		    nothers > 1 ? _("factors") : _("factor"), others, others,
		    nothers > 1 ? _("are constants") : _("is a constant"), xn,
		    nothers > 1 ? _("stay as factors") : _("stays as a factor")),
		    NULL, -1);
		set_brief(&l, xasprintf(_("dropped the %s %s"), nothers > 1 ?
		    _("factors") : _("factor"), others), NULL);
	}
	if (nvar > 1 && has_power(f, var)) {
		add(&l, MISTAKE_POWER_RULE, delta_of(md(f, var,
		    MISTAKE_RULE_POW_KEPT), right), xasprintf(_("%s: the power "
		    "rule lowers the exponent by one: %s"), dn, power_rule(st)),
		    NULL, -1);
		set_brief(&l, xstrdup(_("kept the exponents")), NULL);
		add(&l, MISTAKE_POWER_RULE, delta_of(md(f, var,
		    MISTAKE_RULE_POW_NO_FACTOR), right), xasprintf(_("%s: the "
		    "exponent also comes down as a factor: %s"), dn,
		    power_rule(st)), NULL, -1);
		set_brief(&l, xstrdup(_("left the exponents out of the front")),
		    NULL);
	}
	if (nvar > 1 && has_chain(f, var)) {
		add(&l, MISTAKE_CHAIN_RULE, delta_of(md(f, var,
		    MISTAKE_RULE_NO_CHAIN), right), xasprintf(_("%s: you forgot "
		    "the chain rule: multiply each outer derivative by the "
		    "derivative of what is inside"), dn), NULL, -1);
		set_brief(&l, xstrdup(_("forgot the chain rule")), NULL);
	}
	if (nothers > 0 && nterms > 1) {
		w = expr_int(0);
		for (j = 0; j < vars->n; j++) {
			if (expr_has_var(f, j))
				w = expr_add(w, grad != NULL ?
				    expr_copy(grad[j]) : expr_diff(f, j));
		}
		add(&l, MISTAKE_OTHER_VARS, delta_of(w, right), xasprintf(_("%s: "
		    "you differentiated with respect to every variable and "
		    "added the results; for %s hold %s constant, as if %s"),
		    dn, dn, others, nothers > 1 ? _("they were numbers") :
		    _("it were a number")), NULL, -1);
		set_brief(&l, xstrdup(_("differentiated with respect to every variable")),
		    NULL);
	}
	free(others);
	free(dn);
	free(op);
	free(xn);
	*n = l.n;
	return l.m;
}

/* Free what one mistake holds (not m itself). */
void
mistake_free_one(mistake *m)
{
	expr_free(m->delta);
	free(m->explain);
	free(m->explain_hidden);
	free(m->brief);
	free(m->brief_hidden);
}

/* Free n mistakes and the array. */
void
mistake_free_list(mistake *m, int n)
{
	int	i;

	for (i = 0; i < n; i++)
		mistake_free_one(&m[i]);
	free(m);
}
