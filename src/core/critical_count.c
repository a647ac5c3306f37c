/* critical_count.c - every critical point of a polynomial of one
 * variable in the box, known for certain: the roots of f' counted and
 * pinned down exactly (critical_sturm.c) replace what Newton's method
 * found where they differ.  A point Newton found exactly stays; each
 * other root becomes a row at the doubles next to it (Newton's method
 * misses some of (x - 1)(x - 1.000001)(x + 2) squared, or finds two as
 * one); a row of Newton's that holds no root goes.  The sign of f' on
 * either side of each root (the first derivative test, a proof) then
 * decides the kinds the second derivative test leaves open, and
 * corrects a kind that rounding made. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "critical_impl.h"
#include "critical_sturm.h"
#include "xalloc.h"

/* The index of an exact point of r in [a, b], or -1 (rows already
 * taken have no coordinates). */
static int
exact_in(const critical_result *r, double a, double b)
{
	int i;

	for (i = 0; i < r->n; i++)
		if (r->p[i].x != NULL && r->p[i].exact && !r->p[i].nondiff &&
		    r->p[i].x[0] >= a &&
		    r->p[i].x[0] <= b)
			return i;
	return -1;
}

/* Whether some row of r holds [a, b] within its uncertainty. */
static int
newton_saw(const critical_result *r, double a, double b)
{
	int i;
	double x, e;

	for (i = 0; i < r->n; i++) {
		if (r->p[i].x == NULL)	/* taken already */
			continue;
		x = r->p[i].x[0];
		e = r->p[i].err[0] + 1e-12 * (1 + fabs(x));
		if (x + e >= a && x - e <= b)
			return 1;
	}
	return 0;
}

/* The kind the signs of f' on either side show. */
static enum critical_kind
slope_kind(int left, int right)
{
	if (left < 0 && right > 0)
		return CRITICAL_MINIMUM;
	if (left > 0 && right < 0)
		return CRITICAL_MAXIMUM;
	return CRITICAL_SADDLE;	/* no extremum */
}

/* The row for the root(s) in (a, b): at x, within err; the kind of a
 * single root by the signs of f' around it.  0, or -1 when f has no
 * value there. */
static int
fill_root(const struct critical_search *s, const critical_roots *rt, int j,
    critical_point *p)
{
	double x, x0, err;
	num xq[1];
	expr_domain dom;
	enum critical_kind k;
	int snapped;

	x = !isnan(rt->at[j]) ? rt->at[j] : rt->a[j] + (rt->b[j] -
	    rt->a[j]) / 2;
	err = fmax(x - rt->a[j], rt->b[j] - x);
	x0 = x;
	/* exact only at the root itself: a snap may find a rational with
	 * ∇f = 0 farther off (1 for 1 + 10^-9) */
	snapped = critical_snap(s, &x, &err, xq);
	if (snapped && !(x >= rt->a[j] && x <= rt->b[j])) {
		x = x0;
		snapped = 0;
	}
	if (critical_fill(s, &x, snapped ? xq : NULL, &err, p, &dom) < 0)
		return -1;
	if (rt->k[j] > 1) {
		/* several roots closer together than doubles part them */
		p->cluster = rt->k[j];
		p->kind = p->higher = CRITICAL_INCONCLUSIVE;
		p->why = CRITICAL_WHY_CLUSTER;
		return 0;
	}
	k = slope_kind(rt->left[j], rt->right[j]);
	if (p->kind == k)
		return 0;
	/* the second derivative test left it open, or rounding made a
	 * kind the signs of f' around it deny */
	p->kind = CRITICAL_INCONCLUSIVE;
	p->higher = k;
	/* the higher-order test proves only at an exact point; at a
	 * double next to the root f'' is 0 only within rounding (2e-18
	 * at the minimum 1 + 10^-9 of (x - 1)^2 (x - 1 - 10^-9)^2) */
	if (p->why != CRITICAL_WHY_ORDER || !p->exact)
		p->why = CRITICAL_WHY_SLOPE;
	return 0;
}

/* Replace the points of r (f a polynomial of one variable, searched
 * by s) by the roots of f' in the box, when they can be counted within
 * the work bound; sets r->counted and r->count. */
void
critical_count_roots(const struct critical_search *s, critical_result *r)
{
	critical_roots rt;
	critical_point *np;
	double m;
	int j, i, nn = 0;

	if (s->n != 1 || !s->poly || s->nkinks > 0 || s->nlines > 0)
		return;
	memset(&rt, 0, sizeof rt);
	m = 1e-9 * (s->hi[0] - s->lo[0]);	/* as critical_in_box */
	if (critical_sturm_roots(s->f, s->lo[0] - m, s->hi[0] + m, 0, &rt) < 0)
		return;
	if (rt.n > s->max) {
		critical_roots_free(&rt);
		return;
	}
	np = xcalloc((size_t)rt.n + 1, sizeof *np);
	for (j = 0; j < rt.n; j++) {
		i = rt.k[j] == 1 ? exact_in(r, rt.a[j], rt.b[j]) : -1;
		if (i >= 0) {
			np[nn] = r->p[i];
			memset(&r->p[i], 0, sizeof r->p[i]);
			if (np[nn].kind == CRITICAL_INCONCLUSIVE &&
			    np[nn].why != CRITICAL_WHY_ORDER) {
				np[nn].higher = slope_kind(rt.left[j],
				    rt.right[j]);
				np[nn].why = CRITICAL_WHY_SLOPE;
			}
			nn++;
			continue;
		}
		if (!newton_saw(r, rt.a[j], rt.b[j]))
			r->added += rt.k[j];
		if (fill_root(s, &rt, j, &np[nn]) < 0) {
			/* cannot be: f is a polynomial */
			for (i = 0; i < nn; i++)
				critical_point_free(&np[i]);
			free(np);
			critical_roots_free(&rt);
			r->added = 0;
			return;
		}
		nn++;
	}
	for (i = 0; i < r->n; i++)
		critical_point_free(&r->p[i]);
	free(r->p);
	r->p = np;
	r->n = nn;
	/* known all: none hides near another, none beyond the list */
	for (i = 0; i < nn; i++)
		r->p[i].near = r->p[i].rough = 0;
	r->truncated = 0;
	r->counted = 1;
	r->count = rt.count;
	critical_roots_free(&rt);
}
