/* mistake_rules.c - differentiation as a student may get it wrong.
 *
 * The wrong rules the catalogue (mistake.c) applies: the power rule
 * with the exponent kept or not brought down, the chain rule without
 * the inner derivative, constants differentiated as if they were the
 * variable, every variable but one set to a number, and the tests of
 * where such rules apply.  Every wrong version is computed
 * with the engine, never guessed from text. */
#include "config.h"

#include <stdlib.h>

#include "mistake.h"
#include "mistake_impl.h"

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

/* One term of the product rule for the product e: the derivative d of
 * factor i (taken) times the other factors. */
static expr *
product_term(const expr *e, int i, expr *d)
{
	int	j;

	for (j = 0; j < e->nargs; j++) {
		if (j != i)
			d = expr_mul(d, expr_copy(e->args[j]));
	}
	return d;
}

/* The derivative of e with respect to var under rule, not simplified. */
expr *
mistake_md(const expr *e, int var, enum mistake_rule rule)
{
	expr	*sum, *u, *v, *inner;
	int	 i;

	if (!expr_has_var(e, var))
		return expr_int(0);
	switch (e->kind) {
	case EXPR_VAR:
		return expr_int(1);
	case EXPR_ADD:
		sum = expr_int(0);
		for (i = 0; i < e->nargs; i++) {
			if (expr_has_var(e->args[i], var))
				sum = expr_add(sum, mistake_md(e->args[i], var, rule));
		}
		return sum;
	case EXPR_MUL:
		/* the product rule */
		sum = expr_int(0);
		for (i = 0; i < e->nargs; i++) {
			if (expr_has_var(e->args[i], var))
				sum = expr_add(sum, product_term(e, i,
				    mistake_md(e->args[i], var, rule)));
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
				inner = mistake_md(u, var, rule);
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
				inner = mistake_md(v, var, rule);
			if (rule == MISTAKE_RULE_EXP_AS_POW)	/* v·a^(v-1) */
				return expr_mul(expr_mul(expr_copy(v),
				    expr_pow(expr_copy(u), expr_sub(
				    expr_copy(v), expr_int(1)))), inner);
			return expr_mul(expr_mul(expr_copy(e),
			    expr_func(FN_LN, expr_copy(u))), inner);
		}
		/* u^v = u^v (v' ln u + v u'/u) */
		return expr_mul(expr_copy(e), expr_add(
		    expr_mul(mistake_md(v, var, rule), expr_func(FN_LN, expr_copy(u))),
		    expr_mul(expr_mul(expr_copy(v), mistake_md(u, var, rule)),
		    expr_pow(expr_copy(u), expr_int(-1)))));
	case EXPR_FUNC:
		u = e->args[0];
		if (rule == MISTAKE_RULE_NO_CHAIN && !is_var(u, var))
			inner = expr_int(1);
		else
			inner = mistake_md(u, var, rule);
		if (e->fn == FN_EXP && rule == MISTAKE_RULE_EXP_AS_POW)
			/* e^u taken for a power: u·e^(u-1) */
			return expr_mul(expr_mul(expr_copy(u), expr_func(FN_EXP,
			    expr_sub(expr_copy(u), expr_int(1)))), inner);
		return expr_mul(outer_diff(e->fn, u, rule), inner);
	default:
		return expr_int(0);
	}
}

/* The derivative of e with respect to var under a rule, simplified. */
expr *
mistake_diff(const expr *e, int var, enum mistake_rule rule)
{
	return expr_simplify(mistake_md(e, var, rule));
}

/* A copy of e with the variables other than keep replaced by value, not
 * simplified. */
expr *
mistake_subst(const expr *e, int keep, long long value)
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
			r->args[i] = mistake_subst(e->args[i], keep, value);
		return r;
	case EXPR_POW:
		return expr_pow(mistake_subst(e->args[0], keep, value),
		    mistake_subst(e->args[1], keep, value));
	case EXPR_FUNC:
		return expr_func(e->fn, mistake_subst(e->args[0], keep, value));
	}
	return expr_int(0);
}

/* A copy of e with every other variable set to value, simplified. */
expr *
mistake_fix_others(const expr *e, int keep, long long value)
{
	return expr_simplify(mistake_subst(e, keep, value));
}

/* The numeric coefficient of a product term (its NUM factor), or NULL. */
const expr *
mistake_coefficient(const expr *t)
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
expr *
mistake_drop_coefficient(const expr *t)
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
int
mistake_has_power(const expr *e, int var)
{
	int	i;

	if ((e->kind == EXPR_POW && expr_has_var(e->args[0], var) &&
	    !expr_has_var(e->args[1], var)) || (e->kind == EXPR_FUNC &&
	    e->fn == FN_SQRT && expr_has_var(e->args[0], var)))
		return 1;
	for (i = 0; i < e->nargs; i++) {
		if (mistake_has_power(e->args[i], var))
			return 1;
	}
	return 0;
}

/* Whether e has an exponential with var in its exponent (2ˣ, e^(2x)):
 * where the power rule may be misapplied to it. */
int
mistake_has_exp(const expr *e, int var)
{
	int	i;

	if ((e->kind == EXPR_POW && !expr_has_var(e->args[0], var) &&
	    expr_has_var(e->args[1], var)) || (e->kind == EXPR_FUNC &&
	    e->fn == FN_EXP && expr_has_var(e->args[0], var)))
		return 1;
	for (i = 0; i < e->nargs; i++) {
		if (mistake_has_exp(e->args[i], var))
			return 1;
	}
	return 0;
}

/* Whether e has a function or power of something with var other than
 * var itself: where the chain rule applies. */
int
mistake_has_chain(const expr *e, int var)
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
		if (mistake_has_chain(e->args[i], var))
			return 1;
	}
	return 0;
}


/* Whether e holds a constant a student may take for a variable: π or e
 * (exp of something without var is e to a power), or a number inside a
 * function or power of numbers (the 2 of ln 2, √2, 3²). */
int
mistake_has_const(const expr *e, int var)
{
	int	i;

	if (e->kind == EXPR_CONST)
		return 1;
	if (e->kind == EXPR_FUNC && !expr_has_var(e->args[0], var) &&
	    (e->fn == FN_EXP || e->args[0]->kind == EXPR_NUM))
		return 1;
	if (e->kind == EXPR_POW && e->args[0]->kind == EXPR_NUM &&
	    !expr_has_var(e->args[1], var))
		return 1;
	for (i = 0; i < e->nargs; i++) {
		if (mistake_has_const(e->args[i], var))
			return 1;
	}
	return 0;
}

/* The derivative of e with respect to var with the constants of
 * mistake_has_const differentiated as if they were the variable
 * (derivative 1): π·x² gives 2πx + x², ln 2 gives 1/2, e² gives 2e.
 * A new tree, not simplified. */
expr *
mistake_const_md(const expr *e, int var)
{
	expr	*sum, *du, *dv;
	int	 i;

	if (!expr_has_var(e, var) && !mistake_has_const(e, var))
		return expr_int(0);
	switch (e->kind) {
	case EXPR_CONST:
		return expr_int(1);
	case EXPR_VAR:
		return expr_int(e->var == var);
	case EXPR_ADD:
		sum = expr_int(0);
		for (i = 0; i < e->nargs; i++)
			sum = expr_add(sum, mistake_const_md(e->args[i], var));
		return sum;
	case EXPR_MUL:
		sum = expr_int(0);
		for (i = 0; i < e->nargs; i++)
			sum = expr_add(sum, product_term(e, i,
			    mistake_const_md(e->args[i], var)));
		return sum;
	case EXPR_POW:
		du = e->args[0]->kind == EXPR_NUM && !expr_has_var(e->args[1],
		    var) ? expr_int(1) : mistake_const_md(e->args[0], var);
		if (!expr_has_var(e->args[1], var) &&
		    !mistake_has_const(e->args[1], var))
			return expr_mul(expr_mul(expr_copy(e->args[1]),
			    expr_pow(expr_copy(e->args[0]), expr_sub(
			    expr_copy(e->args[1]), expr_int(1)))), du);
		dv = mistake_const_md(e->args[1], var);
		return expr_mul(expr_copy(e), expr_add(expr_mul(dv,
		    expr_func(FN_LN, expr_copy(e->args[0]))),
		    expr_mul(expr_mul(expr_copy(e->args[1]), du),
		    expr_pow(expr_copy(e->args[0]), expr_int(-1)))));
	case EXPR_FUNC:
		if (e->fn == FN_EXP && !expr_has_var(e->args[0], var))
			/* e^u with e the variable: u·e^(u−1) */
			return expr_mul(expr_copy(e->args[0]), expr_func(FN_EXP,
			    expr_sub(expr_copy(e->args[0]), expr_int(1))));
		du = e->args[0]->kind == EXPR_NUM ? expr_int(1) :
		    mistake_const_md(e->args[0], var);
		return expr_mul(expr_diff_outer(e->fn, e->args[0]), du);
	default:
		return expr_int(0);
	}
}

/* The first constant of mistake_has_const in e (π, e², ln 2), or NULL:
 * what a text names. */
const expr *
mistake_first_const(const expr *e, int var)
{
	const expr	*c;
	int		 i;

	if (e->kind == EXPR_CONST || (e->kind == EXPR_FUNC &&
	    !expr_has_var(e->args[0], var) && (e->fn == FN_EXP ||
	    e->args[0]->kind == EXPR_NUM)) || (e->kind == EXPR_POW &&
	    e->args[0]->kind == EXPR_NUM && !expr_has_var(e->args[1], var)))
		return e;
	for (i = 0; i < e->nargs; i++) {
		if ((c = mistake_first_const(e->args[i], var)) != NULL)
			return c;
	}
	return NULL;
}
