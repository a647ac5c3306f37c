/* mistake.c - what each catalogued mistake makes of a partial derivative.
 *
 * Every wrong version is computed with the engine, never guessed from
 * text: a transformed differentiation for the power and chain rules,
 * factors left out for dropped factors (mistake_factors.c, with the
 * product rule), sums of partials for variables not held constant.
 * Most mistakes are made in one term of f, so each is computed per term
 * (the right derivative with that one term's derivative replaced) and
 * for the whole function.  The terms are f's, or f's as the student
 * typed it when simplifying multiplied out a product (mistake_typed.c). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "mistake.h"
#include "mistake_impl.h"
#include "nls.h"
#include "sbuf.h"
#include "xalloc.h"

/* The name of a partial derivative for prose, with the declared name
 * of the function (∂L/∂w) or f. */
char *
mistake_dname(const expr_vars *vars, int var, enum expr_style st)
{
	char	*v = expr_print_var(vars, var, st);
	/* a declared name: L(w, b) = ... has the partials ∂L/∂w */
	const char *f = expr_fname(vars);
	sbuf	 b = SBUF_INIT;

	/* put together, not formatted: made for every function graded */
	sbuf_add(&b, st == EXPR_ASCII ? "d" : "∂");
	sbuf_add(&b, f);
	sbuf_add(&b, st == EXPR_ASCII ? "/d" : "/∂");
	sbuf_add(&b, v);
	free(v);
	return sbuf_take(&b);
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

/* Add a mistake to the list, its texts not yet made; takes delta (NULL
 * when the list makes no deltas). */
void
mistake_add(struct mlist *l, const char *id, expr *delta, int term)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 16;
		l->m = xrealloc(l->m, l->cap * sizeof *l->m);
	}
	memset(&l->m[l->n], 0, sizeof l->m[l->n]);
	l->m[l->n].id = id;
	l->m[l->n].delta = delta;
	l->m[l->n].term = term;
	l->n++;
}

/* Whether the mistake added last wants its texts. */
int
mistake_want_text(const struct mlist *l)
{
	int	j;

	if (l->texts)
		return 1;
	for (j = 0; j < l->nwant; j++) {
		if (l->want[j] == l->n - 1)
			return 1;
	}
	return 0;
}

/* Whether any mistake still to come may want texts. */
static int
any_text(const struct mlist *l)
{
	return l->texts || l->nwant > 0;
}

/* Give the mistake added last its texts (takes all four; hidden NULL:
 * explain serves as both, bhidden NULL: brief does). */
void
mistake_set_texts(struct mlist *l, char *explain, char *hidden, char *brief,
    char *bhidden)
{
	mistake	*m = &l->m[l->n - 1];

	m->explain = explain;
	m->explain_hidden = hidden != NULL ? hidden : xstrdup(explain);
	m->brief = brief;
	m->brief_hidden = bhidden != NULL ? bhidden : xstrdup(brief);
}

/* wrong - dt: what replacing one term's derivative dt by a wrong one
 * adds to the right answer (takes wrong).  Not simplified: the checker
 * only evaluates it, and simplifying every candidate would cost more
 * than everything else a check does. */
expr *
mistake_replace_term(const expr *dt, expr *wrong)
{
	return expr_sub(wrong, expr_copy(dt));
}

/* answer - right, not simplified (takes answer). */
expr *
mistake_delta_of(expr *answer, const expr *right)
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


/* The derivative of the term (kept in T). */
const expr *
mistake_term_dt(struct term *T)
{
	if (T->dt == NULL)
		T->dt = expr_diff(T->t, T->var);
	return T->dt;
}

/* The term printed (kept in T). */
const char *
mistake_term_ts(struct term *T)
{
	if (T->ts == NULL)
		T->ts = mistake_print(T->t, T->vars, T->st, T->epow);
	return T->ts;
}

/* The term's derivative printed (kept in T): 2(x + 1)(y − 1) for
 * (x + 1)²(y − 1), its factors without the variable kept whole (when
 * one is a sum, or the derivative would be multiplied out). */
const char *
mistake_term_dts(struct term *T)
{
	expr	*d;

	if (T->dts != NULL)
		return T->dts;
	if ((d = mistake_factored_diff(T->t, T->var, mistake_term_dt(T))) ==
	    NULL) {
		T->dts = mistake_print(mistake_term_dt(T), T->vars, T->st,
		    T->epow);
		return T->dts;
	}
	T->dts = mistake_print(d, T->vars, T->st, T->epow);
	expr_free(d);
	return T->dts;
}

/* The term's other variables, "y and z" (kept in T). */
static const char *
term_others(struct term *T)
{
	int	n;

	if (T->others == NULL)
		T->others = other_names(T->t, T->var, T->vars, T->st, &n);
	return T->others;
}

/* The delta of term T differentiated as if its other variables changed
 * with the variable too: the sum of its partials in every variable in
 * it (y + z for zy "with respect to x") in place of its derivative.
 * Caller frees. */
static expr *
others_delta(struct term *T)
{
	expr	*w = expr_int(0);
	int	 j;

	for (j = 0; j < T->vars->n; j++) {
		if (expr_has_var(T->t, j))
			w = expr_add(w, j == T->var ?
			    expr_copy(mistake_term_dt(T)) :
			    expr_diff(T->t, j));
	}
	return mistake_replace_term(mistake_term_dt(T), w);
}

/* The constant of term T differentiated as if it were the variable:
 * π·x² answered 2πx + x², ln 2 answered 1/2. */
static void
const_mistake(struct mlist *l, struct term *T, const char *dn,
    const char *op)
{
	char	*cs, *why;

	if (!mistake_has_const(T->t, T->var))
		return;
	mistake_add(l, MISTAKE_CONSTANT_DIFF,
	    l->deltas ? mistake_replace_term(mistake_term_dt(T),
	    mistake_const_md(T->t, T->var)) : NULL, T->k);
	if (!mistake_want_text(l))
		return;
	cs = mistake_print(mistake_first_const(T->t, T->var), T->vars, T->st,
	    T->epow);
	why = expr_has_var(T->t, T->var) ? xasprintf(_("%s: in %s you "
	    "differentiated the constant %s as if it were a variable; a "
	    "constant does not change, so its derivative is 0"), dn,
	    mistake_term_ts(T), cs) : xasprintf(_("%s: you differentiated the "
	    "constant %s as if it were a variable; a constant does not "
	    "change, so its derivative is 0"), dn, cs);
	mistake_set_texts(l, xasprintf("%s: %s (%s) = %s", why, op,
	    mistake_term_ts(T),
	    mistake_term_dts(T)), why,
	    xasprintf(_("differentiated the constant %s"),
	    cs), NULL);
	free(cs);
}

/* The mistakes made in one term t (index k) of f: their deltas when l
 * makes deltas, their texts where l wants them (dn, op and xn are then
 * the derivative's name, operator and variable). */
static void
term_mistakes(struct mlist *l, const expr *t, int k, int var,
    const expr_vars *vars, enum expr_style st,
    const char *dn, const char *op, const char *xn)
{
	struct term	 T;
	expr		*w, *c;
	char		*cs, *why;
	int		 nothers = 0, j;

	memset(&T, 0, sizeof T);
	T.t = t;
	T.k = k;
	T.var = var;
	T.vars = vars;
	T.st = st;
	T.epow = l->epow;
	for (j = 0; j < vars->n; j++) {
		if (j != var && expr_has_var(t, j))
			nothers++;
	}
	if (!expr_has_var(t, var)) {
		mistake_add(l, MISTAKE_KEPT_CONSTANT_TERMS,
		    l->deltas ? expr_copy(t) :
		    NULL, k);
		if (mistake_want_text(l))
			mistake_set_texts(l,
			    expr_is_num(t) || t->kind == EXPR_CONST ?
			    xasprintf(_("%s: you kept the constant %s, but the "
			    "derivative of a constant is 0"), dn,
			    mistake_term_ts(&T)) :
			    xasprintf(_("%s: you kept the term %s, but it has no "
			    "%s in it, so its derivative with respect to %s "
			    "is 0"), dn, mistake_term_ts(&T), xn, xn), NULL,
			    xasprintf(_("kept %s"), mistake_term_ts(&T)), NULL);
		if (nothers > 0) {
			/* zy differentiated "with respect to x" as y + z */
			mistake_add(l, MISTAKE_OTHER_VARS, l->deltas ?
			    others_delta(&T) : NULL, k);
			if (mistake_want_text(l))
				mistake_set_texts(l,
				    xasprintf(_("%s: %s has no %s "
				    "in it, so its derivative with respect to %s "
				    "is 0; you differentiated %s as if %s changed "
				    "with %s"), dn, mistake_term_ts(&T), xn, xn,
				    term_others(&T), nothers > 1 ? _("they") :
				    _("it"), xn), NULL,
				    xasprintf(_("differentiated "
				    "%s as if %s changed with %s"),
				    mistake_term_ts(&T),
				    term_others(&T), xn), NULL);
		}
		const_mistake(l, &T, dn, op);
		goto done;
	}

	if (nothers > 0 && (j = mistake_other_factors(t, var)) > 0)
		mistake_dropped_factors(l, &T, j, dn, op, xn);

	if (mistake_has_power(t, var)) {
		mistake_add(l, MISTAKE_POWER_RULE,
		    l->deltas ? mistake_replace_term(
		    mistake_term_dt(&T), mistake_md(t, var,
		    MISTAKE_RULE_POW_KEPT)) : NULL, k);
		if (mistake_want_text(l)) {
			why = xasprintf(_("%s: in %s the power rule lowers the "
			    "exponent by one (%s)"), dn, mistake_term_ts(&T),
			    power_rule(st));
			mistake_set_texts(l,
			    xasprintf(_("%s, so %s (%s) = %s"), why, op,
			    mistake_term_ts(&T), mistake_term_dts(&T)), why,
			    xasprintf(_("kept the exponent in %s"),
			    mistake_term_ts(&T)),
			    NULL);
		}
		mistake_add(l, MISTAKE_POWER_RULE,
		    l->deltas ? mistake_replace_term(
		    mistake_term_dt(&T), mistake_md(t, var,
		    MISTAKE_RULE_POW_NO_FACTOR)) :
		    NULL, k);
		if (mistake_want_text(l)) {
			why = xasprintf(_("%s: in %s the exponent also comes "
			    "down as a factor (%s)"), dn, mistake_term_ts(&T),
			    power_rule(st));
			mistake_set_texts(l,
			    xasprintf(_("%s, so %s (%s) = %s"), why, op,
			    mistake_term_ts(&T), mistake_term_dts(&T)), why,
			    xasprintf(_("left the exponent out of the front "
			    "in %s"), mistake_term_ts(&T)), NULL);
		}
	}
	if (mistake_has_exp(t, var)) {
		/* 2ˣ answered x·2^(x−1) */
		mistake_add(l, MISTAKE_POWER_RULE, l->deltas ?
		    mistake_replace_term(mistake_term_dt(&T), mistake_md(t, var,
		    MISTAKE_RULE_EXP_AS_POW)) : NULL, k);
		if (mistake_want_text(l)) {
			why = xasprintf(_("%s: in %s you used the power rule on "
			    "an exponential, but the variable is in the "
			    "exponent: %s"), dn, mistake_term_ts(&T),
			    st == EXPR_ASCII ? _("the derivative of a^x is "
			    "a^x*ln(a), and of e^x it is e^x") : _("the "
			    "derivative of aˣ is aˣ·ln a, and of eˣ it is eˣ"));
			mistake_set_texts(l, xasprintf(_("%s, so %s (%s) = %s"),
			    why, op, mistake_term_ts(&T), mistake_term_dts(&T)),
			    why, xasprintf(_("used the power rule on the "
			    "exponential in %s"), mistake_term_ts(&T)), NULL);
		}
	}
	if ((c = (expr *)mistake_coefficient(t)) != NULL && !num_is_one(c->n) &&
	    !num_is_minus_one(c->n)) {
		w = NULL;
		if (l->deltas) {
			expr *dc = mistake_drop_coefficient(t);

			w = mistake_replace_term(mistake_term_dt(&T),
			    expr_diff(dc, var));
			expr_free(dc);
		}
		mistake_add(l, MISTAKE_POWER_RULE, w, k);
		if (mistake_want_text(l)) {
			/* the sign stays (−3x read as −x): 3 was lost */
			expr *ac = expr_num(num_is_negative(c->n) ?
			    num_neg(c->n) : c->n);

			cs = mistake_print(ac, vars, st, l->epow);
			expr_free(ac);
			why = xasprintf(_("%s: in %s you lost the coefficient %s; "
			    "a constant factor stays in the derivative"), dn,
			    mistake_term_ts(&T), cs);
			mistake_set_texts(l, xasprintf("%s: %s (%s) = %s",
			    why, op,
			    mistake_term_ts(&T), mistake_term_dts(&T)), why,
			    xasprintf(_("lost the coefficient %s of %s"), cs,
			    mistake_term_ts(&T)), NULL);
			free(cs);
		}
	}

	if (mistake_has_chain(t, var)) {
		mistake_add(l, MISTAKE_CHAIN_RULE,
		    l->deltas ? mistake_replace_term(
		    mistake_term_dt(&T), mistake_md(t, var,
		    MISTAKE_RULE_NO_CHAIN)) : NULL, k);
		if (mistake_want_text(l)) {
			why = xasprintf(_("%s: in %s you forgot the chain rule: "
			    "multiply by the derivative of the inside"), dn,
			    mistake_term_ts(&T));
			mistake_set_texts(l,
			    xasprintf(_("%s, so %s (%s) = %s"), why, op,
			    mistake_term_ts(&T), mistake_term_dts(&T)), why,
			    xasprintf(_("forgot the chain rule in %s"),
			    mistake_term_ts(&T)), NULL);
		}
	}


	mistake_product_rule(l, &T, dn, op);

	if (nothers > 0) {
		mistake_add(l, MISTAKE_OTHER_VARS, l->deltas ?
		    others_delta(&T) : NULL, k);
		if (mistake_want_text(l)) {
			why = xasprintf(_("%s: in %s you also differentiated %s, "
			    "as if %s changed with %s; hold %s constant"), dn,
			    mistake_term_ts(&T), term_others(&T), nothers > 1 ?
			    _("they") : _("it"), xn, term_others(&T));
			mistake_set_texts(l, xasprintf("%s: %s (%s) = %s",
			    why, op,
			    mistake_term_ts(&T), mistake_term_dts(&T)), why,
			    xasprintf(_("also differentiated %s in %s"),
			    term_others(&T), mistake_term_ts(&T)), NULL);
		}
	}
	const_mistake(l, &T, dn, op);
	/* the term forgotten altogether */
	mistake_add(l, MISTAKE_DROPPED_TERM,
	    l->deltas ? mistake_replace_term(mistake_term_dt(&T),
	    expr_int(0)) : NULL, k);
	if (mistake_want_text(l)) {
		why = xasprintf(_("%s: you dropped the term %s: differentiate "
		    "every term of %s that has %s in it"), dn,
		    mistake_term_ts(&T), expr_fname(vars), xn);
		mistake_set_texts(l, xasprintf("%s; %s (%s) = %s", why, op,
		    mistake_term_ts(&T),
		    mistake_term_dts(&T)), why,
		    xasprintf(_("dropped the derivative %s "
		    "of %s"), mistake_term_dts(&T), mistake_term_ts(&T)),
		    xasprintf(_("dropped the term %s"), mistake_term_ts(&T)));
	}
done:
	expr_free(T.dt);
	free(T.dts);
	free(T.ts);
	free(T.others);
}

/* The wrong versions of ∂f/∂x_var, most specific first. */
mistake *
mistake_partial(const expr *f, int var, const expr *right,
    const expr_vars *vars, enum expr_style st, int *n)
{
	return mistake_partial_grad(f, var, right, NULL, vars, st, n);
}

/* Make the catalogue into l: what each mistake adds (when l makes
 * deltas) and its texts (where l wants them); grad is the whole
 * gradient or NULL. */
static void
catalogue(struct mlist *l, const expr *f, const expr *typed, int var,
    const expr *right, const expr *const *grad, const expr_vars *vars,
    enum expr_style st)
{
	const expr	*const *terms;
	const expr	*one[1];
	expr		*w, *neg, **tterms;
	char		*dn = NULL, *op = NULL, *xn = NULL, *ts, *ns, *tv;
	char		*others, *list, *tmp;
	int		 nterms, k, j, nconst, nothers, nvar, nv, ntt;

	if (any_text(l)) {
		dn = mistake_dname(vars, var, st);
		op = dop(vars, var, st);
		xn = expr_print_var(vars, var, st);
	}
	l->epow = mistake_typed_epow(typed);
	/* a product typed with factors that are sums is one term, as
	 * typed, though simplifying multiplied it out */
	tterms = mistake_typed_terms(typed, &ntt);
	if (tterms != NULL) {
		terms = (const expr *const *)tterms;
		nterms = ntt;
	} else if (f->kind == EXPR_ADD) {
		terms = (const expr *const *)f->args;
		nterms = f->nargs;
	} else {
		one[0] = f;
		terms = one;
		nterms = 1;
	}

	/* one term at a time */
	for (k = 0; k < nterms; k++)
		term_mistakes(l, terms[k], k, var, vars, st, dn, op, xn);

	/* every term without the variable kept */
	for (k = 0, nconst = 0; k < nterms; k++)
		nconst += !expr_has_var(terms[k], var);
	if (nconst > 1) {
		w = NULL;
		if (l->deltas) {
			w = expr_int(0);
			for (k = 0; k < nterms; k++) {
				if (!expr_has_var(terms[k], var))
					w = expr_add(w, expr_copy(terms[k]));
			}
		}
		mistake_add(l, MISTAKE_KEPT_CONSTANT_TERMS, w, -1);
		if (mistake_want_text(l)) {
			list = xstrdup("");
			for (k = 0, j = 0; k < nterms; k++) {
				if (expr_has_var(terms[k], var))
					continue;
				ts = mistake_print(terms[k], vars, st, l->epow);
				tmp = xasprintf("%s%s%s", list, j++ == 0 ? "" :
				    ", ", ts);
				free(ts);
				free(list);
				list = tmp;
			}
			mistake_set_texts(l,
			    xasprintf(_("%s: you kept the terms %s, but "
			    "they have no %s in them, so their derivatives with "
			    "respect to %s are 0"), dn, list, xn, xn), NULL,
			    xasprintf(_("kept %s"), list), NULL);
			free(list);
		}
	}

	/* a sign slipped in one term of the answer; with several terms,
	 * every sign turned is a mistake of its own */
	if (right->kind == EXPR_ADD) {
		mistake_add(l, MISTAKE_NEGATED,
		    l->deltas ? expr_mul(expr_int(-2),
		    expr_copy(right)) : NULL, -1);
		if (mistake_want_text(l)) {
			ts = mistake_print(right, vars, st, l->epow);
			mistake_set_texts(l,
			    xasprintf(_("%s: your answer is %s1 times "
			    "the right one: every term has the wrong sign; the "
			    "right answer is %s"), dn, st == EXPR_ASCII ? "-" :
			    "\u2212", ts), xasprintf(_("%s: your answer is %s1 "
			    "times the right one: every term has the wrong "
			    "sign; follow the minus signs of %s through the "
			    "derivative"), dn, st == EXPR_ASCII ? "-" :
			    "\u2212", expr_fname(vars)),
			    xstrdup(_("turned every sign")), NULL);
			free(ts);
		}
		for (k = 0; k < right->nargs; k++) {
			mistake_add(l, MISTAKE_SIGN_SLIP, l->deltas ?
			    expr_mul(expr_int(-2), expr_copy(right->args[k])) :
			    NULL, -1);
			if (!mistake_want_text(l))
				continue;
			ts = mistake_print(right->args[k], vars, st, l->epow);
			neg = expr_simplify(expr_neg(expr_copy(right->args[k])));
			ns = mistake_print(neg, vars, st, l->epow);
			/* hidden: the term by its variables, since the term
			 * itself with its sign turned is the answer */
			tv = other_names(right->args[k], -1, vars, st, &nv);
			mistake_set_texts(l, xasprintf(_("%s: a sign "
			    "slipped: you have %s where the right answer has %s"),
			    dn, ns, ts),
			    xasprintf(_("%s: a sign slipped in one "
			    "term: check the sign of your %s%s; follow the "
			    "minus signs of %s through the derivative"), dn,
			    nv > 0 ? _("term in ") : _("constant term"), tv,
			    expr_fname(vars)),
			    xasprintf(_("turned the sign of %s"), ts),
			    xasprintf(_("turned the sign of your %s%s"),
			    nv > 0 ?
			    _("term in ") : _("constant term"), tv));
			expr_free(neg);
			free(tv);
			free(ts);
			free(ns);
		}
	} else if (!expr_is_num(right) || !num_is_zero(right->n)) {
		mistake_add(l, MISTAKE_SIGN_SLIP,
		    l->deltas ? expr_mul(expr_int(-2),
		    expr_copy(right)) : NULL, -1);
		if (mistake_want_text(l))
			mistake_set_texts(l,
			    xasprintf(_("%s: a sign slipped: your "
			    "answer is the right one times %s1"), dn,
			    st == EXPR_ASCII ? "-" : "\u2212"),
			    xasprintf(_("%s: a sign slipped: your answer has the "
			    "wrong sign; follow the minus signs of %s through "
			    "the derivative"), dn, expr_fname(vars)),
			    xstrdup(_("turned the sign")),
			    NULL);
	}

	/* the same mistakes made in every term; when only one term has the
	 * variable these are the ones above */
	for (k = 0, nvar = 0; k < nterms; k++) {
		if (expr_has_var(terms[k], var))
			nvar++;
	}
	for (j = 0, nothers = 0; j < vars->n; j++) {
		if (j != var && expr_has_var(f, j))
			nothers++;
	}
	others = NULL;
	if (any_text(l))
		others = other_names(f, var, vars, st, &nothers);
	if (nvar > 1)
		mistake_whole_dropped(l, terms, nterms, var, right, vars, st,
		    dn, xn);
	if (nvar > 1 && mistake_has_power(f, var)) {
		mistake_add(l, MISTAKE_POWER_RULE,
		    l->deltas ? mistake_delta_of(mistake_md(f, var,
		    MISTAKE_RULE_POW_KEPT), right) : NULL, -1);
		if (mistake_want_text(l))
			mistake_set_texts(l,
			    xasprintf(_("%s: the power rule lowers the "
			    "exponent by one: %s"), dn, power_rule(st)), NULL,
			    xstrdup(_("kept the exponents")), NULL);
		mistake_add(l, MISTAKE_POWER_RULE,
		    l->deltas ? mistake_delta_of(mistake_md(f, var,
		    MISTAKE_RULE_POW_NO_FACTOR), right) : NULL, -1);
		if (mistake_want_text(l))
			mistake_set_texts(l,
			    xasprintf(_("%s: the exponent also comes "
			    "down as a factor: %s"), dn, power_rule(st)), NULL,
			    xstrdup(_("left the exponents out of the front")),
			    NULL);
	}
	if (nvar > 1 && mistake_has_chain(f, var)) {
		mistake_add(l, MISTAKE_CHAIN_RULE,
		    l->deltas ? mistake_delta_of(mistake_md(f, var,
		    MISTAKE_RULE_NO_CHAIN), right) : NULL, -1);
		if (mistake_want_text(l))
			mistake_set_texts(l,
			    xasprintf(_("%s: you forgot the chain rule: "
			    "multiply each outer derivative by the derivative "
			    "of what is inside"), dn), NULL,
			    xstrdup(_("forgot the chain rule")), NULL);
	}
	if (nothers > 0 && nterms > 1) {
		w = NULL;
		if (l->deltas) {
			w = expr_int(0);
			for (j = 0; j < vars->n; j++) {
				if (expr_has_var(f, j))
					w = expr_add(w, grad != NULL ?
					    expr_copy(grad[j]) :
					    expr_diff(f, j));
			}
			w = mistake_delta_of(w, right);
		}
		mistake_add(l, MISTAKE_OTHER_VARS, w, -1);
		if (mistake_want_text(l))
			mistake_set_texts(l,
			    xasprintf(_("%s: you differentiated with "
			    "respect to every variable and added the results; "
			    "for %s hold %s constant, as if %s"), dn, dn,
			    others, nothers > 1 ? _("they were numbers") :
			    _("it were a number")), NULL,
			    xstrdup(_("differentiated with respect to every "
			    "variable")), NULL);
	}
	free(others);
	free(dn);
	free(op);
	free(xn);
	for (k = 0; k < ntt; k++)
		expr_free(tterms[k]);
	free(tterms);
}

/* mistake_partial, with the whole gradient when grad is not NULL (so
 * it is not worked out again). */
mistake *
mistake_partial_grad(const expr *f, int var, const expr *right,
    const expr *const *grad, const expr_vars *vars, enum expr_style st,
    int *n)
{
	struct mlist	 l = { NULL, 0, 0, 1, 1, NULL, 0, 0 };

	catalogue(&l, f, NULL, var, right, grad, vars, st);
	*n = l.n;
	return l.m;
}

/* The catalogue's deltas without texts (explain and the others NULL):
 * what a checker evaluates for every mistake before it knows which one
 * it will name. */
mistake *
mistake_partial_deltas(const expr *f, int var, const expr *right,
    const expr *const *grad, const expr_vars *vars, int *n)
{
	return mistake_partial_deltas_typed(f, NULL, var, right, grad, vars,
	    n);
}

/* mistake_partial_deltas with f as typed (typed, may be NULL). */
mistake *
mistake_partial_deltas_typed(const expr *f, const expr *typed, int var,
    const expr *right, const expr *const *grad, const expr_vars *vars,
    int *n)
{
	struct mlist	 l = { NULL, 0, 0, 1, 0, NULL, 0, 0 };

	catalogue(&l, f, typed, var, right, grad, vars, EXPR_ASCII);
	*n = l.n;
	return l.m;
}

/* Give dst[j] the texts of mistake number index[j] of the catalogue of
 * ∂f/∂x_var (as mistake_partial numbers them), for the k that have
 * none yet. */
void
mistake_partial_texts(const expr *f, int var, const expr *right,
    const expr_vars *vars, enum expr_style st, mistake *const *dst,
    const int *index, int k)
{
	mistake_partial_texts_typed(f, NULL, var, right, vars, st, dst, index,
	    k);
}

/* mistake_partial_texts with f as typed (typed, may be NULL). */
void
mistake_partial_texts_typed(const expr *f, const expr *typed, int var,
    const expr *right, const expr_vars *vars, enum expr_style st,
    mistake *const *dst, const int *index, int k)
{
	struct mlist	 l = { NULL, 0, 0, 0, 0, NULL, 0, 0 };
	int		*want = xmalloc((k + 1) * sizeof *want);
	int		 j, nw = 0;

	for (j = 0; j < k; j++) {
		if (dst[j]->explain == NULL)
			want[nw++] = index[j];
	}
	l.want = want;
	l.nwant = nw;
	if (nw > 0)
		catalogue(&l, f, typed, var, right, NULL, vars, st);
	for (j = 0; j < k; j++) {
		mistake *m = dst[j];

		if (m->explain != NULL || index[j] < 0 || index[j] >= l.n ||
		    l.m[index[j]].explain == NULL)
			continue;
		m->explain = l.m[index[j]].explain;
		m->explain_hidden = l.m[index[j]].explain_hidden;
		m->brief = l.m[index[j]].brief;
		m->brief_hidden = l.m[index[j]].brief_hidden;
		memset(&l.m[index[j]], 0, sizeof l.m[index[j]]);
	}
	mistake_free_list(l.m, l.n);
	free(want);
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
