/* diff.c - symbolic partial derivatives. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "expr.h"
#include "nls.h"
#include "xalloc.h"

static expr *diff_raw(const expr *e, int var);

/* f'(u) for a function f, as a new tree in u (not yet multiplied by u'). */
expr *
expr_diff_outer(enum expr_fn fn, const expr *u)
{
	expr *c = expr_copy(u);

	switch (fn) {
	case FN_SIN:
		return expr_func(FN_COS, c);
	case FN_COS:
		return expr_neg(expr_func(FN_SIN, c));
	case FN_TAN:
		return expr_pow(expr_func(FN_COS, c), expr_int(-2));
	case FN_ASIN:
		return expr_pow(expr_sub(expr_int(1), expr_pow(c, expr_int(2))),
		    expr_num(num_rat(-1, 2)));
	case FN_ACOS:
		return expr_neg(expr_pow(expr_sub(expr_int(1),
		    expr_pow(c, expr_int(2))), expr_num(num_rat(-1, 2))));
	case FN_ATAN:
		return expr_pow(expr_add(expr_int(1), expr_pow(c, expr_int(2))),
		    expr_int(-1));
	case FN_SINH:
		return expr_func(FN_COSH, c);
	case FN_COSH:
		return expr_func(FN_SINH, c);
	case FN_TANH:
		return expr_pow(expr_func(FN_COSH, c), expr_int(-2));
	case FN_EXP:
		return expr_func(FN_EXP, c);
	case FN_LN:
		return expr_pow(c, expr_int(-1));
	case FN_LOG10:
		return expr_pow(expr_mul(c, expr_func(FN_LN, expr_int(10))),
		    expr_int(-1));
	case FN_LOG2:
		return expr_pow(expr_mul(c, expr_func(FN_LN, expr_int(2))),
		    expr_int(-1));
	case FN_SQRT:
		return expr_mul(expr_num(num_rat(1, 2)),
		    expr_pow(c, expr_num(num_rat(-1, 2))));
	case FN_ABS:
		return expr_mul(c, expr_pow(expr_func(FN_ABS, expr_copy(u)),
		    expr_int(-1)));
	case FN_SEC:
		/* sec' = sec tan */
		return expr_mul(expr_func(FN_SEC, c), expr_func(FN_TAN,
		    expr_copy(u)));
	case FN_CSC:
		/* csc' = -csc cot */
		return expr_neg(expr_mul(expr_func(FN_CSC, c),
		    expr_func(FN_COT, expr_copy(u))));
	case FN_COT:
		/* cot' = -csc² */
		return expr_neg(expr_pow(expr_func(FN_CSC, c), expr_int(2)));
	case FN_CBRT:
		/* the real cube root: cbrt' = 1/(3 cbrt²), none at 0 */
		return expr_mul(expr_num(num_rat(1, 3)),
		    expr_pow(expr_func(FN_CBRT, c), expr_int(-2)));
	default:
		expr_free(c);
		return expr_int(0);
	}
}

/* The derivative before simplification. */
static expr *
diff_raw(const expr *e, int var)
{
	expr *r;
	int i, j;

	if (!expr_has_var(e, var))
		return expr_int(0);
	switch (e->kind) {
	case EXPR_VAR:
		return expr_int(1);
	case EXPR_ADD:
		r = expr_nary(EXPR_ADD, e->nargs);
		for (i = 0; i < e->nargs; i++)
			r->args[i] = diff_raw(e->args[i], var);
		return r;
	case EXPR_MUL:
		r = expr_nary(EXPR_ADD, e->nargs);
		for (i = 0; i < e->nargs; i++) {
			expr *t;
			if (!expr_has_var(e->args[i], var)) {
				r->args[i] = expr_int(0);
				continue;
			}
			t = expr_nary(EXPR_MUL, e->nargs);
			for (j = 0; j < e->nargs; j++)
				t->args[j] = j == i ? diff_raw(e->args[j], var) :
				    expr_copy(e->args[j]);
			r->args[i] = t;
		}
		return r;
	case EXPR_POW: {
		const expr *u = e->args[0], *w = e->args[1];
		if (!expr_has_var(w, var))
			/* power rule: w u^(w-1) u' */
			return expr_mul(expr_mul(expr_copy(w),
			    expr_pow(expr_copy(u), expr_sub(expr_copy(w),
			    expr_int(1)))), diff_raw(u, var));
		if (!expr_has_var(u, var))
			/* exponential: u^w ln(u) w' */
			return expr_mul(expr_mul(expr_copy(e),
			    expr_func(FN_LN, expr_copy(u))), diff_raw(w, var));
		/* u^w (w' ln u + w u'/u) */
		return expr_mul(expr_copy(e), expr_add(
		    expr_mul(diff_raw(w, var), expr_func(FN_LN, expr_copy(u))),
		    expr_mul(expr_mul(expr_copy(w), diff_raw(u, var)),
		    expr_pow(expr_copy(u), expr_int(-1)))));
	}
	case EXPR_FUNC:
		return expr_mul(expr_diff_outer(e->fn, e->args[0]),
		    diff_raw(e->args[0], var));
	default:
		return expr_int(0);
	}
}

/* The partial derivative, simplified. */
expr *
expr_diff(const expr *e, int var)
{
	return expr_simplify(diff_raw(e, var));
}

/* Add to a count without passing a cap. */
static size_t
cost_add(size_t a, size_t b, size_t cap)
{
	return a > cap || b > cap || a + b > cap ? cap + 1 : a + b;
}

/* The number of nodes diff_raw would build for e, or more than cap. */
static size_t
diff_cost(const expr *e, int var, size_t cap)
{
	size_t c = 1, se, su, sw;
	int i;

	if (!expr_has_var(e, var))
		return 1;
	switch (e->kind) {
	case EXPR_ADD:
		for (i = 0; i < e->nargs && c <= cap; i++)
			c = cost_add(c, diff_cost(e->args[i], var, cap), cap);
		return c;
	case EXPR_MUL:
		se = expr_size(e);
		for (i = 0; i < e->nargs && c <= cap; i++) {
			if (!expr_has_var(e->args[i], var)) {
				c = cost_add(c, 1, cap);
				continue;
			}
			c = cost_add(c, se - expr_size(e->args[i]), cap);
			c = cost_add(c, diff_cost(e->args[i], var, cap), cap);
		}
		return c;
	case EXPR_POW:
		se = expr_size(e);
		su = expr_size(e->args[0]);
		sw = expr_size(e->args[1]);
		c = cost_add(se + 2 * su + 2 * sw + 12,
		    diff_cost(e->args[0], var, cap), cap);
		return cost_add(c, diff_cost(e->args[1], var, cap), cap);
	case EXPR_FUNC:
		return cost_add(3 * expr_size(e->args[0]) + 8,
		    diff_cost(e->args[0], var, cap), cap);
	default:
		return 1;
	}
}

/* Fill *err: the derivative is too large, with why. */
static void
diff_too_large(expr_error *err, const char *why, const char *hint)
{
	memset(err, 0, sizeof *err);
	snprintf(err->msg, sizeof err->msg,
	    _("the derivative is too large to simplify (%s)"), why);
	snprintf(err->hint, sizeof err->hint, "%s", hint);
}

/* Whether e holds a number that is not finite (see expr.h). */
int
expr_has_infinite(const expr *e)
{
	int i;

	if (e->kind == EXPR_NUM && !isfinite(e->n.v))
		return 1;
	for (i = 0; i < e->nargs; i++)
		if (expr_has_infinite(e->args[i]))
			return 1;
	return 0;
}

/* The partial derivative, simplified, within EXPR_MAX_DIFF_NODES nodes
 * and budget steps of work (0: EXPR_MAX_SIMPLIFY_WORK), the work added
 * to *work (may be NULL); NULL with *err past either. */
expr *
expr_diff_bounded(const expr *e, int var, unsigned long budget,
    expr_work *work, expr_error *err)
{
	char why[96];
	expr *d;

	if (budget == 0)
		budget = EXPR_MAX_SIMPLIFY_WORK;
	if (diff_cost(e, var, EXPR_MAX_DIFF_NODES) > EXPR_MAX_DIFF_NODES) {
		snprintf(why, sizeof why, _("more than %d terms"),
		    EXPR_MAX_DIFF_NODES);
		diff_too_large(err, why,
		    _("expand or shorten the function, or split it into parts"));
		return NULL;
	}
	d = expr_simplify_counted(diff_raw(e, var), budget, work);
	if (d == NULL) {
		snprintf(why, sizeof why, _("more than %lu steps of work"), budget);
		diff_too_large(err, why,
		    _("shorten the function, or split it into parts"));
	} else if (expr_has_infinite(d)) {
		/* f = 1e308 x^2 is read, but 2e308 x is not a number: it
		 * was printed as "inf x" */
		expr_free(d);
		d = NULL;
		memset(err, 0, sizeof *err);
		err->pos = EXPR_NO_POS;
		snprintf(err->msg, sizeof err->msg, "%s", _("a constant of the "
		    "derivative is too large (it overflows when computed)"));
		snprintf(err->hint, sizeof err->hint, "%s", _("numbers go up to "
		    "about 1.8e308, and so do products of them"));
	}
	return d;
}

/* The partial derivative, simplified, within the default bounds. */
expr *
expr_diff_checked(const expr *e, int var, expr_error *err)
{
	return expr_diff_bounded(e, var, EXPR_MAX_SIMPLIFY_WORK, NULL, err);
}

/* The gradient within the bounds of expr_diff_bounded per component and
 * budget steps in all (0: EXPR_MAX_CHECK_WORK), the work added to *work
 * (may be NULL): nvars new trees, or NULL with *err. */
expr **
expr_gradient_bounded(const expr *e, int nvars, unsigned long budget,
    expr_work *work, expr_error *err)
{
	expr **g = xcalloc((size_t)nvars + 1, sizeof *g);
	unsigned long left = budget != 0 ? budget : EXPR_MAX_CHECK_WORK;
	int i;

	for (i = 0; i < nvars; i++) {
		expr_work w = { 0, 0 };
		unsigned long b = left < EXPR_MAX_SIMPLIFY_WORK ? left :
		    EXPR_MAX_SIMPLIFY_WORK;

		if (b == 0)
			b = 1;	/* 0 would be the default */
		g[i] = expr_diff_bounded(e, i, b, &w, err);
		if (work != NULL) {
			work->steps += w.steps;
			work->cmps += w.cmps;
		}
		if (g[i] == NULL) {
			if (b < EXPR_MAX_SIMPLIFY_WORK &&
			    diff_cost(e, i, EXPR_MAX_DIFF_NODES) <=
			    EXPR_MAX_DIFF_NODES) {
				char why[96];
				snprintf(why, sizeof why, _("more than %lu steps "
				    "of work for all of them"), budget != 0 ?
				    budget : EXPR_MAX_CHECK_WORK);
				diff_too_large(err, why, _("shorten the function, "
				    "or split it into parts"));
			}
			expr_free_array(g, i);
			return NULL;
		}
		left -= w.steps < left ? w.steps : left;
	}
	return g;
}

/* The gradient of e within the bounds of expr_gradient_bounded (nvars
 * new trees, the caller's), or NULL with *err saying that the function
 * is too large to check. */
expr **
expr_gradient_fitting(const expr *e, int nvars, expr_work *work,
    expr_error *err)
{
	expr **g = expr_gradient_bounded(e, nvars, 0, work, err);
	char why[sizeof err->msg - 24];

	if (g != NULL)
		return g;
	snprintf(why, sizeof why, "%.200s", err->msg);
	snprintf(err->msg, sizeof err->msg, _("too large to check: %s"), why);
	return NULL;
}

/* Whether the gradient of e fits the bounds of expr_gradient_bounded:
 * 0, or -1 with *err saying that the function is too large to check. */
int
expr_gradient_fits(const expr *e, int nvars, expr_work *work,
    expr_error *err)
{
	expr **g = expr_gradient_fitting(e, nvars, work, err);

	if (g == NULL)
		return -1;
	expr_free_array(g, nvars);
	return 0;
}

/* Whether the gradient and the second derivatives of e fit the bounds
 * of expr_gradient_bounded, EXPR_MAX_CHECK_WORK steps for all of them
 * together: 0, or -1 with *err saying that the function is too large to
 * check. */
int
expr_hessian_fits(const expr *e, int nvars, expr_work *work,
    expr_error *err)
{
	expr_work w = { 0, 0 };
	expr **g = expr_gradient_bounded(e, nvars, 0, &w, err);
	char why[200];
	int i, j, rc = 0;

	for (i = 0; g != NULL && rc == 0 && i < nvars; i++)
		for (j = i; rc == 0 && j < nvars; j++) {
			unsigned long left = w.steps < EXPR_MAX_CHECK_WORK ?
			    EXPR_MAX_CHECK_WORK - w.steps : 1;
			expr *d = expr_diff_bounded(g[i], j, left <
			    EXPR_MAX_SIMPLIFY_WORK ? left :
			    EXPR_MAX_SIMPLIFY_WORK, &w, err);
			if (d == NULL)
				rc = -1;
			expr_free(d);
		}
	if (g != NULL)
		expr_free_array(g, nvars);
	if (work != NULL) {
		work->steps += w.steps;
		work->cmps += w.cmps;
	}
	if (g != NULL && rc == 0)
		return 0;
	snprintf(why, sizeof why, "%.190s", err->msg);
	snprintf(err->msg, sizeof err->msg, _("too large to check: %s%s"),
	    g != NULL ? _("the second derivatives: ") : "", why);
	return -1;
}
