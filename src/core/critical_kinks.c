/* critical_kinks.c - the points where f is defined and ∇f is not (the
 * cone sqrt(x^2 + y^2) at (0, 0), |x| + y^2 on the line x = 0): critical
 * points by the textbook definition.  They are the zeros of an argument
 * u of abs, sqrt, cbrt or a fractional power, found as the critical
 * points of u^2 with u = 0.  When u is linear and vanishes on a whole
 * line (plane) of them, the line is said in words and only the points
 * where f restricted to it has a critical point are listed: at the
 * others f changes along the line, so they are no extrema. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "critical_impl.h"
#include "linalg.h"
#include "xalloc.h"

#define MAX_SINGULAR 8		/* arguments of abs, sqrt... looked at */

/* Whether e contains a variable. */
static int
has_var(const expr *e)
{
	int i;

	if (e->kind == EXPR_VAR)
		return 1;
	for (i = 0; i < e->nargs; i++)
		if (has_var(e->args[i]))
			return 1;
	return 0;
}

/* Collect into u (up to MAX_SINGULAR, no repeats) the subexpressions of
 * e at whose zeros ∇f may not exist while f does: the arguments of abs,
 * sqrt and cbrt, and the bases of powers with a constant exponent strictly
 * between 0 and 1. */
static void
collect_singular(const expr *e, const expr **u, int *nu)
{
	const expr *a = NULL;
	int i;

	if (e->kind == EXPR_FUNC && (e->fn == FN_ABS || e->fn == FN_SQRT ||
	    e->fn == FN_CBRT))
		a = e->args[0];
	else if (e->kind == EXPR_POW && expr_is_num(e->args[1]) &&
	    e->args[1]->n.v > 0 && e->args[1]->n.v < 1)
		a = e->args[0];
	if (a != NULL && has_var(a) && *nu < MAX_SINGULAR) {
		for (i = 0; i < *nu; i++)
			if (expr_equal(u[i], a))
				break;
		if (i == *nu)
			u[(*nu)++] = a;
	}
	for (i = 0; i < e->nargs; i++)
		collect_singular(e->args[i], u, nu);
}

/* Remember a point x where f is defined and ∇f is not, but which is
 * not inside the domain of f (thin: no point of the domain close by;
 * curve: found on a curve of them), unless it is one already known. */
static void
add_edge(struct critical_search *s, const double *x, int thin, int curve)
{
	if (!critical_in_box(s, x) || critical_find_near(s, s->edges, s->nedge, x) >= 0)
		return;
	if (s->nedge == 0)
		s->edge_thin = 1;
	s->edge_thin = s->edge_thin && thin;
	s->edge_curve = s->edge_curve || curve;
	s->edges = xrealloc(s->edges, sizeof *s->edges * (size_t)s->n *
	    (size_t)(s->nedge + 1));
	memcpy(s->edges + (size_t)s->nedge * s->n, x, sizeof *x * s->n);
	s->nedge++;
}

/* Whether u is linear in the n variables, u = a·x + c with exact
 * rationals: fills a (n values) and *c.  Returns 1 or 0. */
static int
linear_form(const expr *u, int n, num *a, num *c)
{
	num zero[EXPR_MAX_VARS];
	expr_domain dom;
	expr *d;
	int i, ok = expr_is_polynomial(u);

	for (i = 0; ok && i < n; i++) {
		d = expr_simplify(expr_diff(u, i));
		ok = expr_is_num(d) && d->n.exact;
		if (ok)
			a[i] = d->n;
		expr_free(d);
	}
	for (i = 0; i < n; i++)
		zero[i] = num_int(0);
	memset(&dom, 0, sizeof dom);
	return ok && expr_eval_num(u, zero, c, &dom) == 1;
}

/* A copy of e with variable k replaced by repl (a tree in the
 * variables after k has been removed) and the variables above k moved
 * down by one; a new tree. */
static expr *
subst_var(const expr *e, int k, const expr *repl)
{
	expr *r;
	int i;

	switch (e->kind) {
	case EXPR_NUM:
		r = expr_num(e->n);
		r->frac = e->frac;
		return r;
	case EXPR_CONST:
		return expr_const(e->c);
	case EXPR_VAR:
		return e->var == k ? expr_copy(repl) :
		    expr_var(e->var > k ? e->var - 1 : e->var);
	case EXPR_FUNC:
		return expr_func(e->fn, subst_var(e->args[0], k, repl));
	case EXPR_POW:
		return expr_pow(subst_var(e->args[0], k, repl),
		    subst_var(e->args[1], k, repl));
	case EXPR_ADD:
	case EXPR_MUL:
		r = subst_var(e->args[0], k, repl);
		for (i = 1; i < e->nargs; i++)
			r = e->kind == EXPR_ADD ? expr_add(r,
			    subst_var(e->args[i], k, repl)) : expr_mul(r,
			    subst_var(e->args[i], k, repl));
		return r;
	}
	return expr_int(0);
}

/* Append p to the kinks of s unless it is one of them (p is taken). */
static void
add_kink(struct critical_search *s, critical_point *p)
{
	int j;

	for (j = 0; j < s->nkinks; j++)
		if (critical_same_point(&s->kinks[j], p))
			break;
	if (j < s->nkinks || s->nkinks >= s->max) {
		if (j == s->nkinks)
			s->full = 1;
		critical_point_free(p);
		return;
	}
	s->kinks = xrealloc(s->kinks, sizeof *s->kinks *
	    (size_t)(s->nkinks + 1));
	s->kinks[s->nkinks++] = *p;
}

/* The critical points of f restricted to the hyperplane a·x + c = 0
 * (variable k solved for: x_k = -(c + Σ a_i x_i) / a_k), as points of
 * f where ∇f does not exist, into s->kinks.  Returns 0, or -1 when the
 * restriction has no list of them (a curve, or f constant along the
 * line: then the line is left to the samples). */
static int
line_points(struct critical_search *s, const critical_opts *o,
    const num *a, num c, int *complete)
{
	critical_opts go = *o;
	critical_result gr;
	critical_point q, p;
	expr *repl, *g;
	double x[EXPR_MAX_VARS], err[EXPR_MAX_VARS], t, rd;
	num xq[EXPR_MAX_VARS], v;
	int digits[EXPR_MAX_VARS], n = s->n, k = -1, i, j, m, rc, exact;

	for (i = 0; i < n; i++)
		if (!num_is_zero(a[i]) && (k < 0 || fabs(a[i].v) > fabs(a[k].v)))
			k = i;
	if (k < 0)
		return -1;
	/* x_k = -(c + Σ a_i x_i) / a_k in the variables without k */
	repl = expr_num(num_neg(num_div(c, a[k])));
	for (i = 0; i < n; i++)
		if (i != k && !num_is_zero(a[i]))
			repl = expr_add(repl, expr_mul(expr_num(num_neg(num_div(
			    a[i], a[k]))), expr_var(i > k ? i - 1 : i)));
	g = expr_simplify(subst_var(s->f, k, repl));
	expr_free(repl);
	go.has_box = 1;
	for (i = 0, m = 0; i < n; i++)
		if (i != k) {
			go.lo[m] = s->lo[i];
			go.hi[m++] = s->hi[i];
		}
	go.max_work = s->budget > 0 ? s->budget - *s->work + 1 : 0;
	rc = critical_find_in_box(g, n - 1, &go, &gr, NULL, 1);
	expr_free(g);
	if (rc < 0)
		return -1;
	*s->work += gr.work;
	if (gr.everywhere || gr.curve || gr.truncated) {
		critical_result_free(&gr);
		return -1;
	}
	*complete = !gr.over_budget;
	for (j = 0; j < gr.n; j++) {
		const critical_point *r = &gr.p[j];

		exact = r->exact;
		v = num_neg(c);
		t = 0;
		for (i = 0, m = 0; i < n; i++) {
			if (i == k)
				continue;
			x[i] = r->x[m];
			xq[i] = exact ? r->xq[m] : num_inexact(r->x[m]);
			err[i] = r->err[m];
			digits[i] = r->digits[m];
			v = num_sub(v, num_mul(a[i], xq[i]));
			t += fabs(a[i].v / a[k].v) * r->err[m];
			m++;
		}
		xq[k] = num_div(v, a[k]);
		x[k] = xq[k].v;
		err[k] = t;
		exact = exact && xq[k].exact;
		digits[k] = exact ? 17 : 10;
		if (!exact && t > 0)
			digits[k] = critical_certain_digits(x[k], t, &rd);
		if (!critical_in_box(s, x))
			continue;
		memset(&q, 0, sizeof q);
		q.nvars = n;
		q.x = x;
		q.xq = xq;
		q.exact = exact;
		q.err = err;
		q.digits = digits;
		if (critical_fill_kink(s, &q, &p) == 0)
			add_kink(s, &p);
	}
	critical_result_free(&gr);
	return 0;
}

/* Whether ur (the critical points of u^2) samples a line u = 0 all of
 * whose points are critical points of f where ∇f does not exist (none
 * on the edge of the domain, none where ∇f exists). */
static int
all_kinks(const struct critical_search *s, const critical_result *ur,
    expr_prog *pu)
{
	critical_point p;
	expr_domain dom;
	double uv;
	int k, rc, ok = 1, seen = 0;

	for (k = 0; k < ur->n && ok; k++) {
		if (expr_prog_eval_checked(pu, ur->p[k].x, &uv, &dom) < 0 ||
		    !(fabs(uv) <= 1e-8 * (1 + linalg_norm(ur->p[k].x, s->n))))
			continue;
		rc = critical_fill_kink(s, &ur->p[k], &p);
		ok = rc == 0 && p.nondiff;
		seen++;
		if (rc == 0)
			critical_point_free(&p);
	}
	return ok && seen > 1;
}

/* Find the points where ∇f does not exist. */
void
critical_find_kinks(struct critical_search *s, const critical_opts *o)
{
	const expr *u[MAX_SINGULAR];
	critical_opts uo = *o;
	critical_result ur;
	critical_point p;
	expr_prog *pu;
	expr_domain dom;
	expr *phi;
	num a[EXPR_MAX_VARS], c;
	double uv;
	int nu = 0, i, k, rc, complete, var;

	collect_singular(s->f, u, &nu);
	uo.has_box = 1;
	memcpy(uo.lo, s->lo, sizeof uo.lo);
	memcpy(uo.hi, s->hi, sizeof uo.hi);
	for (i = 0; i < nu && !critical_over_budget(s); i++) {
		phi = expr_mul(expr_copy(u[i]), expr_copy(u[i]));
		pu = expr_compile(u[i], s->n);
		/* the search of u² spends from the budget of s */
		uo.max_work = s->budget > 0 ? s->budget - *s->work + 1 : 0;
		if (critical_find_in_box(phi, s->n, &uo, &ur, NULL, 0) == 0) {
			*s->work += ur.work;
			/* a line (plane) u = 0 of them: said in words, with
			 * the points where f along it has a critical point */
			k = 0;
			if (s->n >= 2 && (ur.curve || ur.truncated) &&
			    linear_form(u[i], s->n, a, &c) &&
			    all_kinks(s, &ur, pu) &&
			    line_points(s, o, a, c, &complete) == 0) {
				s->lines = xrealloc(s->lines, sizeof *s->lines *
				    (size_t)(s->nlines + 1));
				for (var = -1, k = 0; k < s->n; k++)
					if (!num_is_zero(a[k]))
						var = var == -1 ? k : -2;
				s->lines[s->nlines].u = expr_copy(u[i]);
				s->lines[s->nlines].var = var < 0 ? -1 : var;
				s->lines[s->nlines].at = var >= 0 ?
				    num_neg(num_div(c, a[var])) : num_int(0);
				s->lines[s->nlines].complete = complete;
				s->nlines++;
				k = ur.n;	/* its samples are not listed */
			}
			for (; k < ur.n; k++) {
				if (expr_prog_eval_checked(pu, ur.p[k].x, &uv,
				    &dom) < 0 || !(fabs(uv) <= 1e-8 *
				    (1 + linalg_norm(ur.p[k].x, s->n))))
					continue;
				rc = critical_fill_kink(s, &ur.p[k], &p);
				if (rc == CRITICAL_EDGE || rc == CRITICAL_THIN)
					add_edge(s, ur.p[k].x, rc == CRITICAL_THIN,
					    ur.curve || ur.truncated);
				if (rc < 0)
					continue;
				/* a curve of points where ∇f does not exist (not
				 * one where only the Hessian does not: there
				 * ∇f = 0 picks single points) */
				if ((ur.curve || ur.truncated) && p.nondiff)
					s->kink_curve = 1;
				add_kink(s, &p);
			}
			critical_result_free(&ur);
		}
		expr_prog_free(pu);
		expr_free(phi);
	}
}
