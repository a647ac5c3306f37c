/* explain.c - a derivative worked rule by rule, as on the board. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "expr.h"
#include "sbuf.h"
#include "xalloc.h"

typedef struct explainer {
	const expr_vars *vars;
	enum expr_style st;
	int var;
	char *d;		/* "∂/∂x" in the style */
	sbuf out;
} explainer;

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
	char *se = show(x, e), *sr, *vname;
	expr *r = expr_diff(e, x->var);
	int i;

	sr = show(x, r);
	vname = expr_print_var(x->vars, x->var, x->st);
	line(x, depth);
	if (!expr_has_var(e, x->var)) {
		char *h = held_constant(x, e);
		sbuf_addf(&x->out, "%s (%s) = 0    constant rule: no %s in it%s%s%s\n",
		    x->d, se, vname, *h ? " (" : "", *h ? h : "",
		    *h ? " held constant)" : "");
		free(h);
		goto done;
	}
	switch (e->kind) {
	case EXPR_VAR:
		sbuf_addf(&x->out, "%s (%s) = 1\n", x->d, se);
		break;
	case EXPR_ADD:
		sbuf_addf(&x->out, "%s (%s)    sum rule: term by term\n", x->d, se);
		for (i = 0; i < e->nargs; i++) {
			expr *t = explain(x, e->args[i], depth + 1);
			expr_free(t);
		}
		line(x, depth);
		sbuf_addf(&x->out, "= %s\n", sr);
		break;
	case EXPR_MUL: {
		expr *c = expr_nary(EXPR_MUL, e->nargs), *v = expr_nary(EXPR_MUL, e->nargs);
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
			expr *cs = expr_simplify(c), *vs = expr_simplify(v), *dv;
			char *scs = show(x, cs), *svs = show(x, vs);
			char *h = held_constant(x, cs);
			sbuf_addf(&x->out, "%s (%s) = %s · %s (%s)    constant factor %s%s%s%s\n",
			    x->d, se, scs, x->d, svs, scs, *h ? " (" : "", *h ? h : "",
			    *h ? " held constant)" : "");
			dv = explain(x, vs, depth + 1);
			line(x, depth);
			{
				char *sdv = show(x, dv);
				sbuf_addf(&x->out, "= %s · %s = %s\n", scs,
				    dv->kind == EXPR_ADD ? "(...)" : sdv, sr);
				free(sdv);
			}
			free(scs);
			free(svs);
			free(h);
			expr_free(cs);
			expr_free(vs);
			expr_free(dv);
		} else {
			expr_free(c);
			sbuf_addf(&x->out, "%s (%s)    product rule: (uv)' = u'v + uv'\n",
			    x->d, se);
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
				sbuf_addf(&x->out, "%s (%s) = %s    power rule: bring down %s, lower the power by 1\n",
				    x->d, se, sr, sw);
			} else {
				char *su = show(x, u);
				sbuf_addf(&x->out, "%s (%s)    power rule with the chain rule: %s · (%s)^(%s − 1) · %s (%s)\n",
				    x->d, se, sw, su, sw, x->d, su);
				expr_free(explain(x, u, depth + 1));
				line(x, depth);
				sbuf_addf(&x->out, "= %s\n", sr);
				free(su);
			}
			free(sw);
		} else if (!expr_has_var(u, x->var)) {
			char *su = show(x, u);
			sbuf_addf(&x->out, "%s (%s)    exponential rule: a^u has derivative a^u · ln(a) · u'\n",
			    x->d, se);
			expr_free(explain(x, w, depth + 1));
			line(x, depth);
			sbuf_addf(&x->out, "= %s\n", sr);
			free(su);
		} else {
			sbuf_addf(&x->out, "%s (%s)    write u^w as exp(w · ln u), then the chain rule\n",
			    x->d, se);
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
			sbuf_addf(&x->out, "%s (%s) = %s    the derivative of %s\n",
			    x->d, se, sr, expr_fn_name(e->fn));
		else {
			char *su = show(x, u);
			sbuf_addf(&x->out, "%s (%s) = %s · %s (%s)    chain rule: the derivative of %s, times the inner derivative\n",
			    x->d, se, sdo, x->d, su, expr_fn_name(e->fn));
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
	expr *r;

	memset(&x, 0, sizeof x);
	x.vars = vars;
	x.st = st;
	x.var = var;
	x.d = st == EXPR_UNICODE ? xasprintf("∂/∂%s", name) :
	    st == EXPR_LATEX ? xasprintf("\\frac{\\partial}{\\partial %s}", name) :
	    xasprintf("d/d%s", name);
	r = explain(&x, e, 0);
	expr_free(r);
	free(x.d);
	free(name);
	return sbuf_take(&x.out);
}
