/* critical_zlines.c - straight lines on which ∇f is exactly 0.
 *
 * When the search met a curve of critical points of a polynomial f of
 * two variables, its exact samples are tried two at a time for a line
 * a·x + b·y + c = 0 through them.  Such a line is proven to be all
 * critical points when each component of ∇f (a polynomial of degree d,
 * so of degree at most d along the line) is exactly 0 at d + 1 distinct
 * exact points of it.  Then the samples on it leave the list and the
 * line is said in words (r->zlines).  Circles likewise: one through
 * three exact samples is proven when ∇f is exactly 0 at 2d + 1 exact
 * points of it (a curve of degree d meets an irreducible conic in at
 * most 2d points unless it holds it: Bézout), found as the second
 * points where lines of whole slopes through a sample meet it.  Lines
 * and circles that are not proven stay samples, and so do other
 * curves. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "critical_impl.h"
#include "xalloc.h"

#define MAX_DEGREE 40	/* a larger ∇f is not tried */

/* The total degree of the polynomial e, or -1 when it is none (or
 * above MAX_DEGREE). */
static int
degree(const expr *e)
{
	int i, d, t;

	switch (e->kind) {
	case EXPR_NUM:
	case EXPR_CONST:
		return 0;
	case EXPR_VAR:
		return 1;
	case EXPR_ADD:
	case EXPR_MUL:
		for (d = 0, i = 0; i < e->nargs; i++) {
			if ((t = degree(e->args[i])) < 0)
				return -1;
			d = e->kind == EXPR_ADD ? (t > d ? t : d) : d + t;
		}
		return d <= MAX_DEGREE ? d : -1;
	case EXPR_POW:
		if (e->args[1]->kind != EXPR_NUM || !e->args[1]->n.exact ||
		    e->args[1]->n.q != 1 || e->args[1]->n.p < 0 ||
		    e->args[1]->n.p > MAX_DEGREE ||
		    (t = degree(e->args[0])) < 0)
			return -1;
		d = t * (int)e->args[1]->n.p;
		return d <= MAX_DEGREE ? d : -1;
	default:
		return -1;
	}
}

/* Whether e >= 0 wherever it is defined by its form alone: a number
 * >= 0, an even whole power, a sum or product of such. */
static int
nonnegative(const expr *e)
{
	int i;

	switch (e->kind) {
	case EXPR_NUM:
		return !num_is_negative(e->n);
	case EXPR_POW:
		return e->args[1]->kind == EXPR_NUM && e->args[1]->n.exact &&
		    e->args[1]->n.q == 1 && e->args[1]->n.p % 2 == 0;
	case EXPR_ADD:
	case EXPR_MUL:
		for (i = 0; i < e->nargs; i++)
			if (!nonnegative(e->args[i]))
				return 0;
		return 1;
	default:
		return 0;
	}
}

/* Whether ∇f of s is exactly 0 at d + 1 points p0 + t (p1 - p0),
 * t = 0, 1, ..., d, with d the largest degree of its components: then
 * on the whole line through p0 and p1. */
static int
proven(const struct critical_search *s, const num *p0, const num *p1)
{
	num x[2], t, g;
	int i, k, d = 0, di;

	for (i = 0; i < 2; i++) {
		if ((di = degree(s->grad[i])) < 0)
			return 0;
		d = di > d ? di : d;
	}
	for (k = 0; k <= d; k++) {
		t = num_int(k);
		for (i = 0; i < 2; i++) {
			x[i] = num_add(p0[i], num_mul(t, num_sub(p1[i], p0[i])));
			if (!x[i].exact)
				return 0;
		}
		for (i = 0; i < 2; i++)
			if (expr_eval_num(s->grad[i], x, &g, NULL) < 0 ||
			    !g.exact || !num_is_zero(g))
				return 0;
	}
	return 1;
}

/* Whether the point p lies on the line l: exactly when p is exact,
 * otherwise within its uncertainty and rounding. */
static int
on_line(const critical_zero_line *l, const critical_point *p)
{
	num v;
	double tol;

	if (l->circle) {
		num dx, dy;

		if (p->exact) {
			dx = num_sub(p->xq[0], l->cx);
			dy = num_sub(p->xq[1], l->cy);
			v = num_sub(num_add(num_mul(dx, dx), num_mul(dy, dy)),
			    l->r2);
			if (v.exact)
				return num_is_zero(v);
		}
		dx = num_real(p->x[0] - l->cx.v);
		dy = num_real(p->x[1] - l->cy.v);
		tol = 2 * sqrt(l->r2.v) * (p->err[0] + p->err[1]) + 1e-9 *
		    (1 + l->r2.v + fabs(p->x[0]) + fabs(p->x[1]));
		return fabs(dx.v * dx.v + dy.v * dy.v - l->r2.v) <= tol;
	}
	if (p->exact) {
		v = num_add(num_add(num_mul(l->a, p->xq[0]), num_mul(l->b,
		    p->xq[1])), l->c);
		if (v.exact)
			return num_is_zero(v);
	}
	v = num_add(num_add(num_mul(l->a, num_real(p->x[0])), num_mul(l->b,
	    num_real(p->x[1]))), l->c);
	tol = fabs(l->a.v) * p->err[0] + fabs(l->b.v) * p->err[1] +
	    1e-9 * (1 + fabs(p->x[0]) + fabs(p->x[1])) *
	    (fabs(l->a.v) + fabs(l->b.v) + fabs(l->c.v));
	return fabs(v.v) <= tol;
}

/* The line through the exact points p and q into l (normalised: the
 * first nonzero of a, b is 1).  Returns 0 when the arithmetic left the
 * exact rationals. */
static int
line_through(const num *p, const num *q, critical_zero_line *l)
{
	num lead;

	memset(l, 0, sizeof *l);
	l->a = num_sub(q[1], p[1]);
	l->b = num_sub(p[0], q[0]);
	if (!l->a.exact || !l->b.exact || (num_is_zero(l->a) &&
	    num_is_zero(l->b)))
		return 0;
	lead = num_is_zero(l->a) ? l->b : l->a;
	l->a = num_div(l->a, lead);
	l->b = num_div(l->b, lead);
	l->c = num_neg(num_add(num_mul(l->a, p[0]), num_mul(l->b, p[1])));
	l->var = num_is_zero(l->b) ? 0 : num_is_zero(l->a) ? 1 : -1;
	return l->a.exact && l->b.exact && l->c.exact;
}

/* The circle through the exact points p, q, w into l: 0 when they
 * are on a line or the arithmetic left the exact rationals.  With
 * x² + y² + D x + E y + F = 0 through them, by Cramer's rule. */
static int
circle_through(const num *p, const num *q, const num *w,
    critical_zero_line *l)
{
	num a1, b1, c1, a2, b2, c2, det, D, E, s0, s1, s2;

	/* subtracting the equation at p: a·D + b·E = c */
	s0 = num_add(num_mul(p[0], p[0]), num_mul(p[1], p[1]));
	s1 = num_add(num_mul(q[0], q[0]), num_mul(q[1], q[1]));
	s2 = num_add(num_mul(w[0], w[0]), num_mul(w[1], w[1]));
	a1 = num_sub(q[0], p[0]);
	b1 = num_sub(q[1], p[1]);
	c1 = num_sub(s0, s1);
	a2 = num_sub(w[0], p[0]);
	b2 = num_sub(w[1], p[1]);
	c2 = num_sub(s0, s2);
	det = num_sub(num_mul(a1, b2), num_mul(a2, b1));
	if (!det.exact || num_is_zero(det))
		return 0;
	D = num_div(num_sub(num_mul(c1, b2), num_mul(c2, b1)), det);
	E = num_div(num_sub(num_mul(a1, c2), num_mul(a2, c1)), det);
	memset(l, 0, sizeof *l);
	l->circle = 1;
	l->var = -1;
	l->a = l->b = l->c = num_int(0);
	l->cx = num_div(D, num_int(-2));
	l->cy = num_div(E, num_int(-2));
	l->r2 = num_add(num_mul(num_sub(p[0], l->cx), num_sub(p[0], l->cx)),
	    num_mul(num_sub(p[1], l->cy), num_sub(p[1], l->cy)));
	return l->cx.exact && l->cy.exact && l->r2.exact &&
	    !num_is_negative(l->r2) && !num_is_zero(l->r2);
}

/* Whether ∇f of s is exactly 0 at 2d + 1 exact points of the circle l
 * (d the largest degree of its components) besides p0 on it: then on
 * the whole circle. */
static int
proven_circle(const struct critical_search *s, const critical_zero_line *l,
    const num *p0)
{
	num x[2], t, g, m;
	int i, k, d = 0, di, found = 0;

	for (i = 0; i < 2; i++) {
		if ((di = degree(s->grad[i])) < 0)
			return 0;
		d = di > d ? di : d;
	}
	/* the line through p0 of slope m meets the circle again at
	 * p0 + t (1, m), t = -2((x0 - cx) + m (y0 - cy)) / (1 + m²) */
	for (k = 0; found < 2 * d + 1 && k < 2 * d + 3; k++) {
		m = num_int(k);
		t = num_div(num_mul(num_int(-2), num_add(num_sub(p0[0], l->cx),
		    num_mul(m, num_sub(p0[1], l->cy)))), num_add(num_int(1),
		    num_mul(m, m)));
		if (!t.exact)
			return 0;
		if (num_is_zero(t))
			continue;	/* tangent there */
		x[0] = num_add(p0[0], t);
		x[1] = num_add(p0[1], num_mul(m, t));
		if (!x[0].exact || !x[1].exact)
			return 0;
		for (i = 0; i < 2; i++)
			if (expr_eval_num(s->grad[i], x, &g, NULL) < 0 ||
			    !g.exact || !num_is_zero(g))
				return 0;
		found++;
	}
	return found == 2 * d + 1;
}

/* Whether p is a sample a line may be drawn through: exact, with a
 * zero eigenvalue. */
static int
usable(const critical_point *p)
{
	return p->exact && !p->nondiff && p->zero > 0;
}

/* Take the proven line or circle l, through the sample p0 of r, into
 * r->zlines, dropping the samples on it from the list. */
static void
take(const struct critical_search *s, critical_result *r,
    critical_zero_line *l, const critical_point *p0)
{
	int k, m;

	l->f = p0->fq;
	l->higher = p0->higher;
	for (m = 0, k = 0; k < r->n; k++) {
		if (!on_line(l, &r->p[k])) {
			r->p[m++] = r->p[k];
			continue;
		}
		if (r->p[k].higher != l->higher)
			l->higher = CRITICAL_INCONCLUSIVE;
		if (r->p[k].x != p0->x)	/* p0 is the caller's */
			critical_point_free(&r->p[k]);
	}
	r->n = m;
	l->min_proven = l->f.exact && num_is_zero(l->f) && nonnegative(s->f);
	if (l->min_proven)
		l->higher = CRITICAL_MINIMUM;
	r->zlines = xrealloc(r->zlines, sizeof *r->zlines *
	    (size_t)(r->nzlines + 1));
	r->zlines[r->nzlines++] = *l;
}

/* How many points of r lie on l. */
static int
count_on(const critical_result *r, const critical_zero_line *l)
{
	int k, on = 0;

	for (k = 0; k < r->n; k++)
		on += on_line(l, &r->p[k]);
	return on;
}

/* A proven circle through three of the first CIRCLE_TRIES usable
 * samples of r (and a fourth on it) taken into r->zlines: 1, or 0. */
#define CIRCLE_TRIES 12
static int
find_circle(const struct critical_search *s, critical_result *r)
{
	critical_zero_line l;
	critical_point p0;
	int u[CIRCLE_TRIES], nu = 0, i, j, k;

	for (i = 0; i < r->n && nu < CIRCLE_TRIES; i++)
		if (usable(&r->p[i]))
			u[nu++] = i;
	for (i = 0; i < nu; i++)
		for (j = i + 1; j < nu; j++)
			for (k = j + 1; k < nu; k++) {
				if (!circle_through(r->p[u[i]].xq,
				    r->p[u[j]].xq, r->p[u[k]].xq, &l) ||
				    count_on(r, &l) < 4 ||
				    !proven_circle(s, &l, r->p[u[i]].xq))
					continue;
				p0 = r->p[u[i]];
				take(s, r, &l, &p0);
				critical_point_free(&p0);
				return 1;
			}
	return 0;
}

/* Replace the samples in r of proven lines (and circles) of critical
 * points by r->zlines. */
void
critical_name_zero_lines(const struct critical_search *s,
    critical_result *r)
{
	critical_zero_line l;
	critical_point p0;
	int i, j, zero;

	if (s->n != 2 || !s->poly)
		return;
	for (i = 0; i < r->n; i++) {
		if (!usable(&r->p[i]))
			continue;
		for (j = i + 1; j < r->n; j++) {
			if (!usable(&r->p[j]) ||
			    !line_through(r->p[i].xq, r->p[j].xq, &l))
				continue;
			/* three samples on it at least */
			if (count_on(r, &l) < 3 ||
			    !proven(s, r->p[i].xq, r->p[j].xq))
				continue;
			p0 = r->p[i];
			take(s, r, &l, &p0);
			critical_point_free(&p0);
			i = -1;		/* the list changed: again */
			break;
		}
	}
	while (find_circle(s, r))
		;
	/* the sentence about samples stays while one is left */
	for (zero = 0, i = 0; i < r->n; i++)
		if (r->p[i].zero > 0 && !r->p[i].nondiff)
			zero = 1;
	if (r->nzlines > 0)
		r->zero_curve = zero;
}

/* The equations of the line (plane) l along the axes f does not
 * depend on: "x = 1, y = 0", one for each other variable.  A new
 * string (caller frees). */
static char *
free_line_text(const critical_zero_line *l, const expr_vars *vars,
    enum expr_style st)
{
	char	*out = xstrdup(""), *name, *t;
	int	 i;

	for (i = 0; i < vars->n && i < EXPR_MAX_VARS; i++) {
		if (l->free_vars & (1UL << i))
			continue;
		name = expr_print_var(vars, i, st);
		t = xasprintf("%s%s%s = %s", out, *out ? ", " : "", name,
		    l->at[i]);
		free(name);
		free(out);
		out = t;
	}
	return out;
}

/* The equation of l in the variables vars ("x = 0", "x + 2y − 1 = 0").
 * A new string (caller frees). */
char *
critical_zero_line_text(const critical_zero_line *l, const expr_vars *vars,
    enum expr_style st)
{
	expr *lhs, *rhs;

	if (l->free_vars != 0)
		return free_line_text(l, vars, st);
	if (l->circle) {
		lhs = expr_add(expr_pow(num_is_zero(l->cx) ? expr_var(0) :
		    expr_sub(expr_var(0), expr_num(l->cx)), expr_num(num_int(2))),
		    expr_pow(num_is_zero(l->cy) ? expr_var(1) :
		    expr_sub(expr_var(1), expr_num(l->cy)),
		    expr_num(num_int(2))));
		rhs = expr_num(l->r2);
	} else if (l->var >= 0) {
		lhs = expr_var(l->var);
		rhs = expr_num(num_neg(l->c));
	} else {
		lhs = expr_simplify(expr_add(expr_add(expr_mul(expr_num(l->a),
		    expr_var(0)), expr_mul(expr_num(l->b), expr_var(1))),
		    expr_num(l->c)));
		rhs = expr_num(num_int(0));
	}
	return critical_equation_text(lhs, rhs, vars, st);
}

/* "lhs = rhs" in the variables vars, lhs and rhs freed.  A new string
 * (caller frees). */
char *
critical_equation_text(expr *lhs, expr *rhs, const expr_vars *vars,
    enum expr_style st)
{
	char *a, *b, *out;

	a = expr_print(lhs, vars, st);
	b = expr_print(rhs, vars, st);
	out = xasprintf("%s = %s", a, b);
	free(a);
	free(b);
	expr_free(lhs);
	expr_free(rhs);
	return out;
}

/* Whether x lies on one of the lines (circles) s leaves out: within a
 * millionth of the box's width of it (Newton comes to a line of
 * degenerate critical points slowly; see critical_find_off_lines). */
int
critical_on_skipped_line(const struct critical_search *s, const double *x)
{
	const critical_zero_line *l;
	double tol = 1e-6 * (1 + s->width), d, dx, dy, r;
	int i;

	if (s->n != 2)
		return 0;
	for (i = 0; i < s->nskip; i++) {
		l = &s->skip[i];
		if (l->circle) {
			dx = x[0] - l->cx.v;
			dy = x[1] - l->cy.v;
			r = sqrt(l->r2.v);
			d = fabs(sqrt(dx * dx + dy * dy) - r);
		} else
			d = fabs(l->a.v * x[0] + l->b.v * x[1] + l->c.v) /
			    hypot(l->a.v, l->b.v);
		if (d <= tol)
			return 1;
	}
	return 0;
}

/* When the samples of the lines (circles) named in r filled its list,
 * the points off them were never looked for: ((x-1)^2 + (y+2)^2 - 4)^2
 * listed 64 points of its circle and not the maximum at its centre.
 * Search f again in r's box with the points of those lines left out;
 * what that finds replaces r's list (and its count is honest), the
 * lines are kept (and those the second search names, which may search
 * again: at most 8 rounds).  The work of every search is r's. */
void
critical_find_off_lines(const expr *f, int nvars, const critical_opts *o,
    critical_result *r, int kinks)
{
	critical_opts	 o2 = *o;
	critical_result	 r2;
	critical_zero_line *zl, *all;
	int		 i;

	/* the lines left out before (a search within this one) and r's */
	all = xmalloc(sizeof *all * (size_t)(o->nskip + r->nzlines));
	if (o->nskip > 0)
		memcpy(all, o->skip, sizeof *all * (size_t)o->nskip);
	memcpy(all + o->nskip, r->zlines, sizeof *all * (size_t)r->nzlines);
	o2.skip = all;
	o2.nskip = o->nskip + r->nzlines;
	o2.has_box = 1;
	for (i = 0; i < nvars; i++) {
		o2.lo[i] = r->lo[i];
		o2.hi[i] = r->hi[i];
	}
	i = critical_find_in_box(f, nvars, &o2, &r2, NULL, kinks);
	free(all);
	if (i < 0)
		return;
	zl = xmalloc(sizeof *zl * (size_t)(r->nzlines + r2.nzlines));
	memcpy(zl, r->zlines, sizeof *zl * (size_t)r->nzlines);
	if (r2.nzlines > 0)
		memcpy(zl + r->nzlines, r2.zlines, sizeof *zl *
		    (size_t)r2.nzlines);
	free(r2.zlines);
	r2.zlines = zl;
	r2.nzlines += r->nzlines;
	r2.work += r->work;
	r2.curve = 1;
	r2.widened = r->widened;
	critical_result_free(r);
	*r = r2;
}
