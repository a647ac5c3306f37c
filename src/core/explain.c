/* explain.c - a derivative worked rule by rule, as on the board. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "expr.h"
#include "nls.h"
#include "sbuf.h"
#include "xalloc.h"

typedef struct explainer {
	const expr_vars *vars;
	enum expr_style st;
	int var;
	char *d;		/* "∂/∂x" in the style */
	const char *mul;	/* " · ", " * " or " \cdot " */
	const char *minus;	/* "−" in Unicode, "-" otherwise */
	sbuf out;
	size_t work;		/* nodes of the derivatives worked so far */
	int over;		/* past EXPLAIN_MAX_NODES or EXPLAIN_MAX_TEXT */
} explainer;

/* The most nodes the derivatives of all the parts may have together,
 * and the longest text: each line repeats the parts inside it, so
 * sin(sin(...(x)...)) 255 deep wrote 15 MB and held 337 MB. */
#define EXPLAIN_MAX_NODES 200000
#define EXPLAIN_MAX_TEXT (1 << 20)

/* The factors of a product as (numerator, denominator): a quotient u/v
 * is a product whose last factor is v^(-1) with the variable in v.
 * Returns v (a pointer into e) and sets *u to a new tree for the rest
 * (caller frees), or returns NULL when e is not such a quotient. */
static const expr *
quotient_parts(const explainer *x, const expr *e, expr **u)
{
	const expr *last, *v;
	int i, n;

	if (e->kind == EXPR_POW)
		last = e;
	else if (e->kind == EXPR_MUL)
		last = e->args[e->nargs - 1];
	else
		return NULL;
	if (last->kind != EXPR_POW || last->args[1]->kind != EXPR_NUM ||
	    !num_is_minus_one(last->args[1]->n) ||
	    !expr_has_var(last->args[0], x->var))
		return NULL;
	v = last->args[0];
	n = e->kind == EXPR_MUL ? e->nargs - 1 : 0;
	/* a constant over v is the reciprocal: the chain rule explains it */
	for (i = 0; i < n; i++)
		if (expr_has_var(e->args[i], x->var))
			break;
	if (i == n)
		return NULL;
	if (n == 1)
		*u = expr_copy(e->args[0]);
	else {
		*u = expr_nary(EXPR_MUL, n);
		for (i = 0; i < n; i++)
			(*u)->args[i] = expr_copy(e->args[i]);
	}
	return v;
}

/* Tidy a tree as typed for showing its steps, in place: factors 1 (of
 * 1/x, read as 1·x^(-1)) go, and a product left with one factor becomes
 * that factor.  Consumes e and returns the result. */
static expr *
tidy(expr *e)
{
	int i, j;

	for (i = 0; i < e->nargs; i++)
		e->args[i] = tidy(e->args[i]);
	if (e->kind != EXPR_MUL)
		return e;
	for (i = j = 0; i < e->nargs; i++)
		if (e->args[i]->kind == EXPR_NUM && num_is_one(e->args[i]->n) &&
		    e->nargs > 1 && !(j == 0 && i == e->nargs - 1))
			expr_free(e->args[i]);
		else
			e->args[j++] = e->args[i];
	e->nargs = j;
	if (j == 1) {
		expr *r = e->args[0];
		e->nargs = 0;
		expr_free(e);
		return r;
	}
	return e;
}

/* The name of the product rule for n factors. */
static const char *
product_rule(int n)
{
	if (n == 2)
		return _("product rule: (uv)' = u'v + uv'");
	if (n == 3)
		return _("product rule: (uvw)' = u'vw + uv'w + uvw'");
	return _("product rule: differentiate one factor at a time, keep the others");
}

/* Print e in the explainer's style (caller frees). */
static char *
show(explainer *x, const expr *e)
{
	return expr_print(e, x->vars, x->st);
}

/* Indent a new line. */
static void
line(explainer *x, int depth)
{
	int i;

	for (i = 0; i < depth; i++)
		sbuf_add(&x->out, "  ");
}

/* The names of the variables other than var that occur in e. */
static char *
held_constant(explainer *x, const expr *e)
{
	sbuf b = SBUF_INIT;
	int i, n = 0;

	for (i = 0; x->vars && i < x->vars->n; i++) {
		char *name;
		if (i == x->var || !expr_has_var(e, i))
			continue;
		name = expr_print_var(x->vars, i, x->st);
		sbuf_addf(&b, "%s%s", n++ ? ", " : "", name);
		free(name);
	}
	return sbuf_take(&b);
}

/* Explain d(e) at a depth; returns the derivative (caller frees). */
static expr *
explain(explainer *x, const expr *e, int depth)
{
	char *se, *sr, *vname;
	expr *r;
	int i;

	if (x->over)
		return expr_int(0);
	r = expr_diff(e, x->var);
	x->work += expr_size(r);
	if (x->work > EXPLAIN_MAX_NODES || x->out.len > EXPLAIN_MAX_TEXT) {
		x->over = 1;
		return r;
	}
	se = show(x, e);
	sr = show(x, r);
	vname = expr_print_var(x->vars, x->var, x->st);
	line(x, depth);
	if (!expr_has_var(e, x->var)) {
		char *h = held_constant(x, e);
		sbuf_addf(&x->out, _("%s (%s) = 0    constant rule: no %s in it%s%s%s\n"),
		    x->d, se, vname, *h ? " (" : "", *h ? h : "",
		    *h ? _(" held constant)") : "");
		free(h);
		goto done;
	}
	switch (e->kind) {
	case EXPR_VAR:
		sbuf_addf(&x->out, "%s (%s) = 1\n", x->d, se);
		break;
	case EXPR_ADD:
		sbuf_addf(&x->out, _("%s (%s)    sum rule: term by term\n"), x->d, se);
		for (i = 0; i < e->nargs; i++) {
			expr *t = explain(x, e->args[i], depth + 1);
			expr_free(t);
		}
		line(x, depth);
		sbuf_addf(&x->out, "= %s\n", sr);
		break;
	case EXPR_MUL: {
		expr *c = expr_nary(EXPR_MUL, e->nargs), *v = expr_nary(EXPR_MUL, e->nargs);
		expr *qu = NULL;
		const expr *qv;
		int nc = 0, nv = 0;
		for (i = 0; i < e->nargs; i++) {
			if (expr_has_var(e->args[i], x->var))
				v->args[nv++] = expr_copy(e->args[i]);
			else
				c->args[nc++] = expr_copy(e->args[i]);
		}
		c->nargs = nc;
		v->nargs = nv;
		if (nc > 0) {
			/* constant multiple */
			/* the rest as typed: (x+1)/(x-1) is a quotient, not
			 * x/(x-1) + 1/(x-1) */
			expr *cs = expr_simplify(c), *vs, *dv;
			if (nv == 1) {
				vs = v->args[0];
				v->nargs = 0;
				expr_free(v);
			} else
				vs = v;
			char *scs = show(x, cs), *svs = show(x, vs);
			char *h = held_constant(x, cs);
			sbuf_addf(&x->out, _("%s (%s) = %s%s%s (%s)    constant factor %s%s%s%s\n"),
			    x->d, se, scs, x->mul, x->d, svs, scs, *h ? " (" : "",
			    *h ? h : "", *h ? _(" held constant)") : "");
			dv = explain(x, vs, depth + 1);
			line(x, depth);
			{
				char *sdv = show(x, dv);
				int par = dv->kind == EXPR_ADD;
				sbuf_addf(&x->out, "= %s%s%s%s%s = %s\n", scs, x->mul,
				    par ? "(" : "", sdv, par ? ")" : "", sr);
				free(sdv);
			}
			free(scs);
			free(svs);
			free(h);
			expr_free(cs);
			expr_free(vs);
			expr_free(dv);
		} else if ((qv = quotient_parts(x, e, &qu)) != NULL) {
			expr_free(c);
			expr_free(v);
			sbuf_addf(&x->out, _("%s (%s)    quotient rule: (u/v)' = (u'v %s uv')/%s\n"),
			    x->d, se, x->minus, x->st == EXPR_UNICODE ? "v²" : "v^2");
			{
				/* = (u'v − uv')/v², its numerator worked out */
				expr *du = explain(x, qu, depth + 1);
				expr *dv = explain(x, qv, depth + 1);
				expr *nu = expr_simplify(expr_sub(
				    expr_mul(du, expr_copy(qv)),
				    expr_mul(expr_copy(qu), dv)));
				expr *q = expr_nary(EXPR_MUL, 2);
				char *sq;
				q->args[0] = nu;
				q->args[1] = expr_pow(expr_copy(qv), expr_int(-2));
				sq = show(x, q);
				line(x, depth);
				if (strcmp(sq, sr) != 0)
					sbuf_addf(&x->out, "= %s\n", sq);
				line(x, depth);
				sbuf_addf(&x->out, "= %s\n", sr);
				free(sq);
				expr_free(q);
			}
			expr_free(qu);
		} else {
			expr_free(c);
			sbuf_addf(&x->out, "%s (%s)    %s\n", x->d, se,
			    product_rule(v->nargs));
			for (i = 0; i < v->nargs; i++)
				expr_free(explain(x, v->args[i], depth + 1));
			expr_free(v);
			line(x, depth);
			sbuf_addf(&x->out, "= %s\n", sr);
		}
		break;
	}
	case EXPR_POW: {
		const expr *u = e->args[0], *w = e->args[1];
		if (!expr_has_var(w, x->var)) {
			char *sw = show(x, w);
			if (u->kind == EXPR_VAR) {
				sbuf_addf(&x->out, _("%s (%s) = %s    power rule: bring down %s, lower the power by 1\n"),
				    x->d, se, sr, sw);
			} else {
				char *su = show(x, u);
				sbuf_addf(&x->out, x->st == EXPR_LATEX ?
				    _("%s (%s)    power rule with the chain rule: %s%s\\left(%s\\right)^{%s %s 1}%s%s (%s)\n") :
				    _("%s (%s)    power rule with the chain rule: %s%s(%s)^(%s %s 1)%s%s (%s)\n"),
				    x->d, se, sw, x->mul, su, sw, x->minus, x->mul,
				    x->d, su);
				expr_free(explain(x, u, depth + 1));
				line(x, depth);
				sbuf_addf(&x->out, "= %s\n", sr);
				free(su);
			}
			free(sw);
		} else if (!expr_has_var(u, x->var)) {
			char *su = show(x, u);
			sbuf_addf(&x->out, _("%s (%s)    exponential rule: a^u has derivative a^u%sln(a)%su'\n"),
			    x->d, se, x->mul, x->mul);
			expr_free(explain(x, w, depth + 1));
			line(x, depth);
			sbuf_addf(&x->out, "= %s\n", sr);
			free(su);
		} else {
			sbuf_addf(&x->out, _("%s (%s)    write u^w as exp(w%sln u), then the chain rule\n"),
			    x->d, se, x->mul);
			line(x, depth);
			sbuf_addf(&x->out, "= %s\n", sr);
		}
		break;
	}
	case EXPR_FUNC: {
		const expr *u = e->args[0];
		expr *at_u = expr_simplify(expr_diff_outer(e->fn, u));
		char *sdo = show(x, at_u);
		if (u->kind == EXPR_VAR)
			sbuf_addf(&x->out, _("%s (%s) = %s    the derivative of %s\n"),
			    x->d, se, sr, expr_fn_name(e->fn));
		else {
			char *su = show(x, u);
			sbuf_addf(&x->out, _("%s (%s) = %s%s%s (%s)    chain rule: the derivative of %s, times the inner derivative\n"),
			    x->d, se, sdo, x->mul, x->d, su, expr_fn_name(e->fn));
			expr_free(explain(x, u, depth + 1));
			line(x, depth);
			sbuf_addf(&x->out, "= %s\n", sr);
			free(su);
		}
		free(sdo);
		expr_free(at_u);
		break;
	}
	default:
		sbuf_addf(&x->out, "%s (%s) = %s\n", x->d, se, sr);
		break;
	}
done:
	free(se);
	free(sr);
	free(vname);
	return r;
}

/* The derivative worked rule by rule. */
char *
expr_explain_diff(const expr *e, int var, const expr_vars *vars,
    enum expr_style st)
{
	explainer x;
	char *name = expr_print_var(vars, var, st);
	expr *r, *t;

	memset(&x, 0, sizeof x);
	x.vars = vars;
	x.st = st;
	x.var = var;
	x.d = st == EXPR_UNICODE ? xasprintf("∂/∂%s", name) :
	    st == EXPR_LATEX ? xasprintf("\\frac{\\partial}{\\partial %s}", name) :
	    xasprintf("d/d%s", name);
	x.mul = st == EXPR_UNICODE ? " · " : st == EXPR_LATEX ? " \\cdot " :
	    " * ";
	x.minus = st == EXPR_UNICODE ? "−" : "-";
	t = tidy(expr_copy(e));
	r = explain(&x, t, 0);
	expr_free(r);
	expr_free(t);
	free(x.d);
	free(name);
	if (x.over) {
		free(sbuf_take(&x.out));
		return xasprintf(_("the worked steps are too long to show (more "
		    "than %d terms in the derivatives of the parts, or %d "
		    "bytes)\n"), EXPLAIN_MAX_NODES, EXPLAIN_MAX_TEXT);
	}
	return sbuf_take(&x.out);
}
