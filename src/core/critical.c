/* critical.c - critical points: where ∇f = 0, and what kind they are.
 * This file holds the search over a box (collecting and merging what
 * Newton's method finds, the result) and examining one point;
 * critical_starts.c says where Newton starts, critical_newton.c reaches
 * and pins down one root, critical_kind.c classifies it,
 * critical_kinks.c finds the points where ∇f does not exist. */
#include "config.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "critical_impl.h"
#include "linalg.h"
#include "nls.h"
#include "xalloc.h"

#define INPUT_MAXDEN 1000000	/* denominators of typed coordinates */
#define MAX_OUTSIDE 256		/* points outside the box remembered */

/* The symbolic Hessian, row by row; the caller frees the n*n trees. */
expr **
critical_hessian(const expr *f, int nvars)
{
	expr **g = expr_gradient(f, nvars);
	expr **h = xcalloc((size_t)nvars * nvars, sizeof *h);
	int i, j;

	for (i = 0; i < nvars; i++)
		for (j = i; j < nvars; j++) {
			h[i * nvars + j] = expr_diff(g[i], j);
			if (j != i)
				h[j * nvars + i] = expr_copy(h[i * nvars + j]);
		}
	expr_free_array(g, nvars);
	return h;
}

static int kink_at(const struct critical_search *s, const double *x,
    const num *xq, critical_point *p);

/* Examine f at one point. */
int
critical_examine(const expr *f, int nvars, const double *x,
    critical_point *p, expr_domain *dom)
{
	return critical_examine_in(f, nvars, x, NULL, p, dom);
}

/* Examine f at one point, on the scale of the box of o (when it has
 * one). */
int
critical_examine_in(const expr *f, int nvars, const double *x,
    const critical_opts *o, critical_point *p, expr_domain *dom)
{
	struct critical_search s;
	num xq[EXPR_MAX_VARS];
	expr_domain d;
	double *starts;
	int i, rc, exact, count;

	memset(p, 0, sizeof *p);
	if (dom == NULL)
		dom = &d;
	memset(dom, 0, sizeof *dom);
	if (nvars < 1 || nvars > EXPR_MAX_VARS) {
		dom->failed = 1;
		snprintf(dom->msg, sizeof dom->msg, _("too many variables"));
		return -1;
	}
	if (critical_search_init(&s, f, nvars, NULL) < 0) {
		dom->failed = 1;
		snprintf(dom->msg, sizeof dom->msg, _("the derivatives are "
		    "too large"));
		return -1;
	}
	exact = s.poly;
	for (i = 0; i < nvars; i++)
		if (!critical_rational(x[i], INPUT_MAXDEN, 0, &xq[i]))
			exact = 0;
	/* the size of the Hessian over the default box, grown to hold the
	 * point with a margin: the scale for "zero eigenvalue" */
	for (i = 0; i < nvars; i++) {
		s.lo[i] = fmin(CRITICAL_DEFAULT_LO, x[i] - 1);
		s.hi[i] = fmax(CRITICAL_DEFAULT_HI, x[i] + 1);
	}
	/* a box asked (of a check): its own scale, grown to hold x; the
	 * values around a point of (x^2 - 2·10^-16)^3 are looked at
	 * within 10^-7, not 10^-3 */
	if (o != NULL && o->has_box) {
		s.width = 0;
		for (i = 0; i < nvars; i++) {
			s.lo[i] = fmin(o->lo[i], x[i]);
			s.hi[i] = fmax(o->hi[i], x[i]);
			s.width = fmax(s.width, s.hi[i] - s.lo[i]);
		}
	}
	count = critical_make_starts(&s, &starts);
	critical_sample_scale(&s, starts, count);
	free(starts);
	rc = critical_fill(&s, x, exact ? xq : NULL, NULL, p, dom);
	/* f defined but not its gradient (or ∇f = 0 without a Hessian):
	 * a critical point too */
	if (rc < 0 && kink_at(&s, x, exact ? xq : NULL, p) == 0)
		rc = 0;
	critical_search_free(&s);
	return rc;
}

/* critical_fill_kink at x (exact at xq when not NULL), known without an
 * uncertainty: 0 and p filled, or -1. */
static int
kink_at(const struct critical_search *s, const double *x, const num *xq,
    critical_point *p)
{
	critical_point q;
	double err[EXPR_MAX_VARS];
	num qx[EXPR_MAX_VARS];
	int digits[EXPR_MAX_VARS], i;

	memset(&q, 0, sizeof q);
	q.nvars = s->n;
	q.x = (double *)x;
	q.xq = qx;
	q.exact = xq != NULL;
	q.err = err;
	q.digits = digits;
	for (i = 0; i < s->n; i++) {
		qx[i] = xq != NULL ? xq[i] : num_inexact(x[i]);
		err[i] = 0;
		digits[i] = xq != NULL ? 17 : 10;
	}
	return critical_fill_kink(s, &q, p);
}


/* Whether the row p places its point only roughly. */
int
critical_point_rough(const critical_point *p)
{
	return p != NULL && !p->exact && p->rough > 0;
}

/* Release a point's arrays. */
void
critical_point_free(critical_point *p)
{
	free(p->x);
	free(p->xq);
	free(p->err);
	free(p->digits);
	free(p->hessian);
	free(p->eig);
	memset(p, 0, sizeof *p);
}

/* Default search options. */
void
critical_opts_init(critical_opts *o)
{
	memset(o, 0, sizeof *o);
	o->max_points = CRITICAL_MAX_POINTS;
	o->exact = 1;
	o->max_work = CRITICAL_MAX_WORK;
}

/* Whether x lies in the box (up to rounding). */
int
critical_in_box(const struct critical_search *s, const double *x)
{
	int i;
	double m;

	for (i = 0; i < s->n; i++) {
		m = 1e-9 * (s->hi[i] - s->lo[i]);
		if (x[i] < s->lo[i] - m || x[i] > s->hi[i] + m)
			return 0;
	}
	return 1;
}

/* The distance below which two points count as one. */
double
critical_same_tol(const struct critical_search *s)
{
	return 1e-6 * fmax(1, s->width);
}

/* Index of a point in list (count points) within the duplicate distance
 * of x, or -1. */
int
critical_find_near(const struct critical_search *s, const double *list, int count,
    const double *x)
{
	double d[EXPR_MAX_VARS];
	int i, j;

	for (i = 0; i < count; i++) {
		for (j = 0; j < s->n; j++)
			d[j] = list[(size_t)i * s->n + j] - x[j];
		if (linalg_norm(d, s->n) <= critical_same_tol(s))
			return i;
	}
	return -1;
}

/* Whether ∇f at x is 0 as far as rounding can tell, component by
 * component (within 16 times the bound on its rounding error): 1, 0
 * when some component is surely not 0, -1 when ∇f is not defined. */
static int
grad_noise(const struct critical_search *s, const double *x)
{
	double g[EXPR_MAX_VARS], t;
	int i;

	if (critical_grad_at(s, x, g) < 0)
		return -1;
	for (i = 0; i < s->n; i++) {
		critical_rounding_error(s->grad[i], x, &t);
		if (!isfinite(t))
			return -1;
		if (fabs(g[i]) > 16 * t + 1e-300)
			return 0;
	}
	return 1;
}

/* Whether x and the known point y, closer than critical_same_tol, are
 * two critical points all the same: ∇f is 0 to rounding at both, and
 * surely not 0 half way between (x^3/3 - 1e-12 x at -+1e-6: f'(0) =
 * -1e-12, computed exactly).  Near a root of high multiplicity, where
 * Newton stops at different places within the rounding noise, ∇f half
 * way is noise too, and the two are one. */
static int
two_close(const struct critical_search *s, const double *x, const double *y)
{
	double m[EXPR_MAX_VARS];
	int i;

	for (i = 0; i < s->n; i++)
		m[i] = x[i] + (y[i] - x[i]) / 2;
	return grad_noise(s, x) == 1 && grad_noise(s, y) == 1 &&
	    grad_noise(s, m) == 0;
}

/* Whether x is a twin of a known point y close by (within 1e-3 of the
 * box's width): ∇f is 0 to rounding at both and half way between, so
 * both lie in the noise around one point of high multiplicity (the
 * expanded degree-10 polynomial whose ∇f vanishes to third order in
 * two directions at (√2 - √3, √2 + √3)/2 filled the list of 64 with
 * such twins, said "there were more than 64" and missed a point). */
static int
noise_twin(const struct critical_search *s, const double *x)
{
	double d[EXPR_MAX_VARS], m[EXPR_MAX_VARS];
	const double *y;
	int i, j, k;

	if (grad_noise(s, x) != 1)
		return 0;
	for (i = 0; i < s->npts; i++) {
		y = s->pts + (size_t)i * s->n;
		for (j = 0; j < s->n; j++)
			d[j] = y[j] - x[j];
		if (linalg_norm(d, s->n) > 1e-3 * fmax(1, s->width) ||
		    grad_noise(s, y) != 1)
			continue;
		/* noise all along the way, not only half way (where a third
		 * point can be: x^4 - 1e-8 x^2 at 0, between -+7.1e-5) */
		for (k = 1; k < 8; k++) {
			for (j = 0; j < s->n; j++)
				m[j] = x[j] + d[j] * k / 8;
			if (grad_noise(s, m) != 1)
				break;
		}
		if (k == 8)
			return 1;
	}
	return 0;
}

/* Whether x is one of the points found (within critical_same_tol, and
 * not two close ones). */
static int
known_point(const struct critical_search *s, const double *x)
{
	double d[EXPR_MAX_VARS];
	const double *y;
	int i, j;

	for (i = 0; i < s->npts; i++) {
		y = s->pts + (size_t)i * s->n;
		for (j = 0; j < s->n; j++)
			d[j] = y[j] - x[j];
		if (linalg_norm(d, s->n) <= critical_same_tol(s) &&
		    !two_close(s, x, y))
			return 1;
	}
	return noise_twin(s, x);
}

/* Remember a critical point found from some start. */
void
critical_add_point(struct critical_search *s, const double *x)
{
	/* (a curve left out is left out outside the box too) */
	if (s->skip_curve != NULL && critical_on_skipped_curve(s, x))
		return;
	if (!critical_in_box(s, x)) {
		if (s->nouts < MAX_OUTSIDE &&
		    critical_find_near(s, s->outs, s->nouts, x) < 0) {
			memcpy(s->outs + (size_t)s->nouts * s->n, x,
			    sizeof(double) * s->n);
			s->nouts++;
		}
		return;
	}
	if (known_point(s, x) || (s->nskip > 0 &&
	    critical_on_skipped_line(s, x)))
		return;
	if (s->npts >= s->max) {
		s->full = 1;
		return;
	}
	if (s->npts == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 16;
		s->pts = xrealloc(s->pts, sizeof(double) * s->cap * s->n);
	}
	memcpy(s->pts + (size_t)s->npts * s->n, x, sizeof(double) * s->n);
	s->npts++;
}

/* Coordinate i of p rounded to its certain digits. */
static double
shown(const critical_point *p, int i)
{
	double r = p->x[i];

	if (!p->exact && p->err[i] > 0)
		critical_certain_digits(p->x[i], p->err[i], &r);
	return r;
}

/* Order points by their coordinates as shown. */
static int
cmp_points(const void *a, const void *b)
{
	const critical_point *p = a, *q = b;
	int i;

	for (i = 0; i < p->nvars; i++) {
		if (shown(p, i) < shown(q, i))
			return -1;
		if (shown(p, i) > shown(q, i))
			return 1;
	}
	return 0;
}

/* Order whole points (qsort elements of n doubles) by their first
 * coordinate. */
static int
cmp_coords(const void *a, const void *b)
{
	const double *p = a, *q = b;

	if (p[0] != q[0])
		return p[0] < q[0] ? -1 : 1;
	return 0;
}

/* Release the search state. */
void
critical_search_free(struct critical_search *s)
{
	int i, n = s->n;

	expr_free_array(s->grad, n);
	expr_free_array(s->hess, n * n);
	for (i = 0; i < n; i++)
		expr_prog_free(s->pg[i]);
	for (i = 0; i < n * n; i++)
		expr_prog_free(s->ph[i]);
	free(s->pg);
	free(s->ph);
	free(s->pts);
	free(s->outs);
	free(s->edges);
	for (i = 0; i < s->nlines; i++)
		expr_free(s->lines[i].u);
	free(s->lines);
	for (i = 0; i < s->nkinks; i++)
		critical_point_free(&s->kinks[i]);
	free(s->kinks);
}

/* The gradient and the Hessian of f (n variables) into *grad and *hess,
 * each derivative within the limits of expr_diff_checked; -1 with
 * *cause set (when not NULL) when one is too large. */
static int
derivatives_checked(const expr *f, int n, expr ***grad, expr ***hess,
    char **cause)
{
	expr_error err;
	int i, j;

	*hess = NULL;
	if ((*grad = expr_gradient_checked(f, n, &err)) == NULL) {
		if (cause != NULL)
			*cause = xstrdup(err.msg);
		return -1;
	}
	*hess = xcalloc((size_t)n * n, sizeof **hess);
	for (i = 0; i < n; i++)
		for (j = i; j < n; j++) {
			expr *d = expr_diff_checked((*grad)[i], j, &err);
			if (d == NULL) {
				if (cause != NULL)
					*cause = xasprintf(_("the Hessian: %s"),
					    err.msg);
				expr_free_array(*grad, n);
				expr_free_array(*hess, n * n);
				*grad = *hess = NULL;
				return -1;
			}
			(*hess)[i * n + j] = d;
			if (j != i)
				(*hess)[j * n + i] = expr_copy(d);
		}
	return 0;
}

/* The work of evaluating e once: a step per node, COST_CALL more for a
 * function or a power that is not a small whole one (library calls
 * cost tens of simple operations). */
#define COST_CALL 16
static unsigned long long
eval_cost(const expr *e)
{
	unsigned long long c = 1;
	int i;

	if (e->kind == EXPR_FUNC && e->fn != FN_ABS)
		c += COST_CALL;
	else if (e->kind == EXPR_POW && !(expr_is_num(e->args[1]) &&
	    e->args[1]->n.exact && fabs(e->args[1]->n.v) <= 8 &&
	    e->args[1]->n.v == floor(e->args[1]->n.v)))
		c += COST_CALL;
	for (i = 0; i < e->nargs; i++)
		c += eval_cost(e->args[i]);
	return c;
}

/* Set up the search state for f. */
int
critical_search_init(struct critical_search *s, const expr *f, int n,
    char **cause)
{
	int i;

	memset(s, 0, sizeof *s);
	s->f = f;
	s->n = n;
	s->poly = expr_is_polynomial(f);
	if (derivatives_checked(f, n, &s->grad, &s->hess, cause) < 0)
		return -1;
	s->pg = xcalloc((size_t)n, sizeof *s->pg);
	s->ph = xcalloc((size_t)n * n, sizeof *s->ph);
	for (i = 0; i < n; i++)
		s->pg[i] = expr_compile(s->grad[i], n);
	for (i = 0; i < n * n; i++)
		s->ph[i] = expr_compile(s->hess[i], n);
	s->work = &s->work_store;
	for (i = 0; i < n; i++)
		s->gsize += eval_cost(s->grad[i]);
	for (i = 0; i < n * n; i++)
		if (i / n <= i % n)
			s->hsize += eval_cost(s->hess[i]);
	s->width = CRITICAL_DEFAULT_HI - CRITICAL_DEFAULT_LO;
	s->gscale = 1;
	return 0;
}

/* Whether the found points p and q are one: equal when both are exact,
 * else every coordinate within their uncertainties (or a hair). */
int
critical_same_point(const critical_point *p, const critical_point *q)
{
	int i;

	for (i = 0; i < p->nvars; i++) {
		if (p->exact && q->exact) {
			if (!num_equal(p->xq[i], q->xq[i]))
				return 0;
		} else if (fabs(p->x[i] - q->x[i]) > p->err[i] + q->err[i] +
		    1e-12 * (1 + fabs(p->x[i])))
			return 0;
	}
	return 1;
}

/* Pin down the point x found by the search (polish, uncertainty, exact
 * snap) and add it to r unless it is one already there (an exact one
 * replaces an inexact twin). */
static void
add_found(const struct critical_search *s, const critical_opts *o,
    double *x, critical_result *r)
{
	double err[EXPR_MAX_VARS];
	num xq[EXPR_MAX_VARS];
	expr_domain dom;
	critical_point p;
	int j, snapped;

	critical_polish(s, x);
	critical_uncertainty(s, x, err);
	snapped = o->exact && critical_snap(s, x, err, xq);
	if (critical_fill(s, x, snapped && s->poly ? xq : NULL, err, &p,
	    &dom) < 0 && kink_at(s, x, NULL, &p) < 0)
		return;
	for (j = 0; j < r->n; j++)
		if (critical_same_point(&r->p[j], &p)) {
			if (p.exact && !r->p[j].exact) {
				critical_point_free(&r->p[j]);
				r->p[j] = p;
			} else
				critical_point_free(&p);
			return;
		}
	r->p[r->n++] = p;
}


/* Whether p and q are shown alike: every coordinate the same text at
 * its certain digits (critical_coord_text). */
static int
shown_alike(const critical_point *p, const critical_point *q)
{
	char a[48], b[48];
	int i;

	for (i = 0; i < p->nvars; i++)
		if (strcmp(critical_coord_text(p, i, a, sizeof a),
		    critical_coord_text(q, i, b, sizeof b)) != 0)
			return 0;
	return 1;
}

/* Keep one of the points of r (sorted) that are shown alike: samples of
 * a curve of critical points known to few digits along it (sin(x + y)²
 * at (-5, -3) twice) are one row.  An exact one is kept before an
 * inexact one. */
static void
merge_shown_alike(critical_result *r)
{
	double dist;
	int i, j, k = 0, m, cluster, differ;

	for (i = 0; i < r->n; i++) {
		for (j = k - 1; j >= 0 && shown(&r->p[j], 0) == shown(&r->p[i],
		    0); j--)
			if (shown_alike(&r->p[j], &r->p[i]))
				break;
		if (j < 0 || shown(&r->p[j], 0) != shown(&r->p[i], 0)) {
			r->p[k++] = r->p[i];
			continue;
		}
		cluster = (r->p[j].cluster > 0 ? r->p[j].cluster : 1) +
		    (r->p[i].cluster > 0 ? r->p[i].cluster : 1);
		differ = r->p[j].kind != r->p[i].kind ||
		    r->p[j].why == CRITICAL_WHY_CLUSTER ||
		    r->p[i].why == CRITICAL_WHY_CLUSTER;
		for (dist = 0, m = 0; m < r->nvars; m++)
			dist = fmax(dist, fabs(r->p[i].x[m] - r->p[j].x[m]) +
			    r->p[i].err[m] + r->p[j].err[m]);
		if (r->p[i].exact && !r->p[j].exact) {
			critical_point_free(&r->p[j]);
			r->p[j] = r->p[i];
		} else
			critical_point_free(&r->p[i]);
		/* several points of a curve are one sample of it; isolated
		 * ones closer together than the digits shown are a cluster,
		 * of no one kind when theirs differ; but an exact point is
		 * what its row shows, with its own kind, and another point
		 * of a different kind lies close by */
		if (r->curve)
			continue;
		r->p[j].cluster = cluster;
		if (differ && r->p[j].exact)
			r->p[j].nearby = fmax(r->p[j].nearby, dist);
		else if (differ) {
			r->p[j].kind = r->p[j].higher = CRITICAL_INCONCLUSIVE;
			r->p[j].why = CRITICAL_WHY_CLUSTER;
		}
	}
	r->n = k;
}

/* Find the critical points of f in a box: of c·f when the values of f
 * are far from 1 in size (value_scale). */
int
critical_find(const expr *f, int nvars, const critical_opts *o,
    critical_result *r, char **cause)
{
	double c;
	expr *g;
	int rc, i;

	if (cause != NULL)
		*cause = NULL;
	if (critical_find_free(f, nvars, o, r))
		return 0;	/* lines (planes) along the free axes */
	if (nvars < 1 || nvars > EXPR_MAX_VARS ||
	    (c = critical_value_scale(f, nvars, o)) == 1)
		return critical_find_in_box(f, nvars, o, r, cause, 1);
	g = expr_simplify(expr_mul(expr_num(num_real(c)), expr_copy(f)));
	rc = critical_find_in_box(g, nvars, o, r, cause, 1);
	expr_free(g);
	r->scale = c;
	for (i = 0; rc == 0 && i < r->n; i++)
		critical_unscale(&r->p[i], c);
	return rc;
}

/* The half-widths of the boxes searched again inside a wide box. */
static const double inner_half[] = { 5, 500, 50000 };

/* In a box much wider than the default one the starts lie too far apart
 * to see points near its middle: the two critical points ±1 of
 * x³ − 3x + y² were missed in the box ±1e10.  Search again in boxes of
 * half-width 5, 500 and 50,000 around the point of the box nearest to
 * 0 (those at least 20 times narrower than the box in some variable),
 * within the same work budget.  Points Newton carried out of such a box
 * are not counted as outside the real one. */
static void
search_inner(struct critical_search *s, int few)
{
	double lo[EXPR_MAX_VARS], hi[EXPR_MAX_VARS], width = s->width, c;
	int k, i, n = s->n, narrower, nouts = s->nouts;

	memcpy(lo, s->lo, sizeof lo);
	memcpy(hi, s->hi, sizeof hi);
	for (k = 0; k < (int)(sizeof inner_half / sizeof inner_half[0]) &&
	    !s->full && !critical_over_budget(s); k++) {
		for (i = 0, narrower = 0; i < n; i++) {
			c = fmin(fmax(0, lo[i]), hi[i]);
			s->lo[i] = fmax(lo[i], c - inner_half[k]);
			s->hi[i] = fmin(hi[i], c + inner_half[k]);
			if (s->hi[i] - s->lo[i] <= (hi[i] - lo[i]) / 20)
				narrower = 1;
		}
		if (narrower)
			critical_search_box(s, few);
	}
	memcpy(s->lo, lo, sizeof lo);
	memcpy(s->hi, hi, sizeof hi);
	s->width = width;
	s->nouts = nouts;
}

/* critical_find, looking also for points where ∇f does not exist when
 * kinks is 1. */
int
critical_find_in_box(const expr *f, int nvars, const critical_opts *o,
    critical_result *r, char **cause, int kinks)
{
	struct critical_search s;
	critical_opts def;
	static const double widen[] = { 50, 500 };
	int i, j, n = nvars, everywhere = 1, round;

	memset(r, 0, sizeof *r);
	r->scale = 1;
	if (cause != NULL)
		*cause = NULL;
	if (o == NULL) {
		critical_opts_init(&def);
		o = &def;
	}
	if (n < 1 || n > EXPR_MAX_VARS) {
		if (cause != NULL)
			*cause = xasprintf(_("critical points need 1 to %d "
			    "variables, not %d"), EXPR_MAX_VARS, n);
		return -1;
	}
	if (critical_search_init(&s, f, n, cause) < 0)
		return -1;
	for (i = 0; i < n; i++) {
		s.lo[i] = o->has_box ? o->lo[i] : CRITICAL_DEFAULT_LO;
		s.hi[i] = o->has_box ? o->hi[i] : CRITICAL_DEFAULT_HI;
		if (!isfinite(s.lo[i]) || !isfinite(s.hi[i]) ||
		    !(s.lo[i] < s.hi[i])) {
			if (cause != NULL)
				*cause = xasprintf(_("the box must have a lower "
				    "end below the upper end for every "
				    "variable (variable %d)"), i + 1);
			critical_search_free(&s);
			return -1;
		}
		if (!(expr_is_num(s.grad[i]) && num_is_zero(s.grad[i]->n)))
			everywhere = 0;
	}
	s.max = o->max_points > 0 ? o->max_points : CRITICAL_MAX_POINTS;
	s.budget = o->max_work;
	s.skip = o->skip;
	s.nskip = o->nskip;
	s.skip_curve = o->skip_curve;
	s.outs = xcalloc((size_t)MAX_OUTSIDE * n, sizeof *s.outs);

	r->nvars = n;
	if (everywhere) {
		r->everywhere = 1;
		memcpy(r->lo, s.lo, sizeof r->lo);
		memcpy(r->hi, s.hi, sizeof r->hi);
		critical_search_free(&s);
		return 0;
	}

	critical_search_box(&s, o->few_starts);
	if (o->has_box)
		search_inner(&s, o->few_starts);
	if (kinks)
		critical_find_kinks(&s, o);
	r->over_budget = critical_over_budget(&s);
	/* Each wider box has a budget of its own; one that runs out of it
	 * before finding anything was not searched, and the result is the
	 * box before it. */
	for (round = 0; s.npts == 0 && s.nkinks == 0 && s.nlines == 0 &&
	    !o->has_box &&
	    !(s.nedge > 0 && s.edge_thin) &&
	    round < 2 && !critical_over_budget(&s); round++) {
		double plo[EXPR_MAX_VARS], phi[EXPR_MAX_VARS];

		memcpy(plo, s.lo, sizeof plo);
		memcpy(phi, s.hi, sizeof phi);
		if (s.budget > 0)
			s.budget = *s.work + o->max_work;
		for (i = 0; i < n; i++) {
			s.lo[i] = -widen[round];
			s.hi[i] = widen[round];
		}
		s.nouts = 0;
		critical_search_box(&s, o->few_starts);
		if (kinks)
			critical_find_kinks(&s, o);
		if (critical_over_budget(&s) && s.npts == 0 && s.nkinks == 0) {
			memcpy(s.lo, plo, sizeof plo);
			memcpy(s.hi, phi, sizeof phi);
			break;
		}
		r->widened = 1;
	}
	memcpy(r->lo, s.lo, sizeof r->lo);
	memcpy(r->hi, s.hi, sizeof r->hi);
	r->truncated = s.full;	/* (set again below if kinks overflow) */

	/* Polish, snap, examine; merge points that are one. */
	r->p = xcalloc((size_t)s.npts + s.nkinks + 1, sizeof *r->p);
	for (i = 0; i < s.npts; i++)
		add_found(&s, o, s.pts + (size_t)i * n, r);
	/* then the points where ∇f does not exist */
	for (i = 0; i < s.nkinks; i++) {
		for (j = 0; j < r->n; j++)
			if (critical_same_point(&r->p[j], &s.kinks[i]))
				break;
		if (j < r->n)
			continue;
		if (r->n >= s.max) {
			r->truncated = 1;
			break;
		}
		r->p[r->n++] = s.kinks[i];
		memset(&s.kinks[i], 0, sizeof s.kinks[i]);
	}
	if (s.kink_curve || s.nlines > 0)
		r->curve = 1;
	r->nondiff_curve = s.kink_curve;
	/* the lines of them said in words */
	r->lines = s.lines;
	r->nlines = s.nlines;
	s.lines = NULL;
	s.nlines = 0;
	/* the points not inside the domain: how many, the first three */
	r->edge = s.nedge;
	r->edge_thin = s.edge_thin;
	r->edge_curve = s.edge_curve;
	if (s.nedge > 0) {
		qsort(s.edges, (size_t)s.nedge, sizeof *s.edges * n, cmp_coords);
		r->edge_x = xmalloc(sizeof *r->edge_x * (size_t)n *
		    (size_t)(s.nedge < 3 ? s.nedge : 3));
		memcpy(r->edge_x, s.edges, sizeof *r->edge_x * (size_t)n *
		    (size_t)(s.nedge < 3 ? s.nedge : 3));
	}
	/* points next to the found ones that Newton took for them */
	critical_find_clusters(&s, r);
	qsort(r->p, (size_t)r->n, sizeof *r->p, cmp_points);
	critical_count_roots(&s, r);
	/* any point with a zero eigenvalue may lie on a curve, a saddle
	 * too (atan(a)·atan(b)·atan(c) vanishes with its gradient wherever
	 * two of a, b, c are 0); a point of the curve left out
	 * (o->skip_curve) counts not */
	for (i = 0; i < r->n && !r->zero_curve; i++)
		if ((r->p[i].kind == CRITICAL_INCONCLUSIVE || r->p[i].zero > 0)
		    && !r->p[i].nondiff &&
		    !critical_on_skipped_point(&s, &r->p[i]) &&
		    critical_not_isolated(&s, &r->p[i]))
			r->curve = r->zero_curve = 1;

	merge_shown_alike(r);
	if (r->zero_curve && kinks)
		critical_name_zero_lines(&s, r);
	critical_name_curve(&s, r);
	r->outside = s.nouts;
	r->work = s.work_store;
	critical_search_free(&s);
	if (r->truncated && r->nzlines > 0 && o->nskip < 8)
		critical_find_off_lines(f, nvars, o, r, kinks);
	else if (r->truncated && r->curve_eq != NULL && r->nzlines == 0 &&
	    o->skip_curve == NULL && o->nskip == 0)
		critical_find_off_curve(f, nvars, o, r, kinks);
	return 0;
}

/* Newton on ∇f = 0 from x, with a budget of its own. */
int
critical_newton_from(const expr *f, int nvars, double *x)
{
	struct critical_search s;
	int rc;

	if (nvars < 1 || nvars > EXPR_MAX_VARS ||
	    critical_search_init(&s, f, nvars, NULL) < 0)
		return 0;
	s.budget = CRITICAL_MAX_WORK / 100;
	rc = critical_newton(&s, x);
	critical_search_free(&s);
	return rc;
}

/* Release a result. */
void
critical_result_free(critical_result *r)
{
	int i;

	for (i = 0; i < r->n; i++)
		critical_point_free(&r->p[i]);
	free(r->p);
	free(r->edge_x);
	for (i = 0; i < r->nlines; i++)
		expr_free(r->lines[i].u);
	free(r->lines);
	free(r->zlines);
	r->zlines = NULL;
	if (r->curve_eq != NULL)
		expr_free(r->curve_eq);
	r->curve_eq = NULL;
	r->nzlines = 0;
	r->p = NULL;
	r->edge_x = NULL;
	r->lines = NULL;
	r->nlines = 0;
	r->n = 0;
}
