/* critical_curve.c - whether a critical point found lies on a curve
 * or surface of critical points: Newton started a little way off along
 * a null direction of its Hessian stays there (where ∇f is 0 to
 * rounding) instead of coming back, beyond the point's own uncertainty
 * and not on another point found; and, when f has a repeated factor
 * p^k (k >= 2) on whose zeros those points lie, the equation p = 0 of
 * the curve: ∇f = p^(k-1)·(k·q·∇p + p·∇q) for f = p^k·q is 0 at every
 * point of it. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "critical_impl.h"
#include "linalg.h"
#include "xalloc.h"

/* Whether each component of ∇f at x (g) is within 16 times the bound
 * on its rounding error there: 0 as far as the arithmetic tells.  (A
 * norm below 10^-8 alone says nothing when f itself is that small.) */
static int
grad_rounding_level(const struct critical_search *s, const double *x,
    const double *g)
{
	double t;
	int i;

	for (i = 0; i < s->n; i++) {
		critical_rounding_error(s->grad[i], x, &t);
		if (isfinite(t) && fabs(g[i]) > 16 * t + 1e-300)
			return 0;
	}
	return 1;
}

/* Whether x is within r of a critical point found other than p: Newton
 * started off p that lands there shows another point, not a curve. */
static int
near_found(const struct critical_search *s, const critical_point *p,
    const double *x, double r)
{
	double d[EXPR_MAX_VARS], e[EXPR_MAX_VARS];
	int i, j, n = s->n;

	for (j = 0; j < s->npts; j++) {
		for (i = 0; i < n; i++) {
			d[i] = x[i] - s->pts[(size_t)j * n + i];
			e[i] = p->x[i] - s->pts[(size_t)j * n + i];
		}
		if (linalg_norm(d, n) < r && linalg_norm(e, n) >= r)
			return 1;
	}
	return 0;
}

/* Whether the critical point p (with a singular Hessian) lies on a
 * curve or surface of critical points: Newton started a little way off
 * along a null direction of the Hessian stays there instead of coming
 * back. */
int
critical_not_isolated(const struct critical_search *s, const critical_point *p)
{
	double ev[EXPR_MAX_VARS], vec[EXPR_MAX_VARS * EXPR_MAX_VARS];
	double x[EXPR_MAX_VARS], d[EXPR_MAX_VARS], g[EXPR_MAX_VARS], eps;
	int i, k, n = s->n;

	if (linalg_sym_eigen(p->hessian, n, ev, vec) < 0)
		return 0;
	/* a thousandth of the box, however small the box (in a box of
	 * width 0.02 a step of 10^-3 reaches the next critical point), and
	 * 4 times the point's own uncertainty: Newton that stops within
	 * it (the rounding noise around a root of high multiplicity of an
	 * expanded ∇f, -(z + 4)^8 multiplied out) shows no curve */
	if (s->poly && n == 1)
		return 0;	/* f' of a polynomial vanishes on no interval
				   unless f is constant */
	/* (the uncertainty of an exact point too, up to 3 variables: the
	 * noise of ∇f around the exact -4 of -(z + 4)^8 expanded is no
	 * less than around an inexact one) */
	for (i = 0; i < n; i++)
		d[i] = 0;
	if (p->exact && n <= 3) {
		critical_uncertainty(s, p->x, d);
		/* (not when it is as wide as the box: along a line of
		 * critical points ∇f is 0, so that is no noise) */
		if (!(4 * linalg_norm(d, n) <= 0.1 * s->width))
			for (i = 0; i < n; i++)
				d[i] = 0;
	}
	for (i = 0; i < n; i++)
		d[i] = fmax(d[i], p->exact ? 0 : p->err[i]);
	eps = fmax(1e-3 * s->width, 4 * linalg_norm(d, n));
	if (!(eps <= 0.1 * s->width))
		return 0;
	for (k = 0; k < n; k++) {
		if (p->eig[k] != 0)	/* same order: both ascending */
			continue;
		for (i = 0; i < n; i++)
			x[i] = p->x[i] + eps * vec[i * n + k];
		/* Newton refuses a point where f is flat along a direction
		 * (as on a curve of critical points): then ∇f tiny close by
		 * is enough */
		if (!critical_newton(s, x) && (critical_grad_at(s, x, g) < 0 ||
		    linalg_norm(g, n) > 1e-8 * s->gscale ||
		    !grad_rounding_level(s, x, g)))
			continue;
		/* Newton that stops where ∇f is not 0 to rounding says
		 * nothing (its bounds are absolute: in a box of width
		 * 2·10^-7 a step of 10^-10 is "small"; from 2e-5 off
		 * -(x + 3/2000)^8 it stopped 1.5e-5 off) */
		if (critical_grad_at(s, x, g) < 0 ||
		    !grad_rounding_level(s, x, g))
			continue;
		for (i = 0; i < n; i++)
			d[i] = x[i] - p->x[i];
		if (linalg_norm(d, n) > eps / 2 && linalg_norm(d, n) < 10 * eps
		    && !near_found(s, p, x, eps / 2))
			return 1;
	}
	return 0;
}

/* Whether the found point q lies on p = 0 as far as its rounding and
 * its own uncertainty tell (p's slope, by differences a small step h
 * away, times how far q may be off); *steep is set when p is not flat
 * there (it changes beyond rounding over the step along some
 * coordinate): then p = 0 is a curve or surface through q. */
static int
on_factor(const expr *p, const critical_point *q, int n, int *steep)
{
	double y[EXPR_MAX_VARS], v, e, a, ea, b, eb, h, slack;
	int i;

	v = critical_rounding_error(p, q->x, &e);
	if (!isfinite(v) || !isfinite(e))
		return 0;
	slack = 16 * e + 1e-300;
	for (i = 0; i < n; i++) {
		memcpy(y, q->x, sizeof *y * (size_t)n);
		h = 1e-4 * (1 + fabs(q->x[i]));
		y[i] = q->x[i] + h;
		a = critical_rounding_error(p, y, &ea);
		y[i] = q->x[i] - h;
		b = critical_rounding_error(p, y, &eb);
		if (!isfinite(a) || !isfinite(b))
			return 0;
		if (fabs(a - b) > 1e3 * (ea + eb + e) + 1e-300)
			*steep = 1;
		if (!q->exact && q->err != NULL)
			slack += 4 * fabs(a - b) / (2 * h) * q->err[i];
	}
	return fabs(v) <= slack;
}

/* The base of e when e is a whole power p^k, k >= 2, of a p holding a
 * variable (and k into *k); NULL otherwise. */
static const expr *
repeated(const expr *e, int n, int *k)
{
	int i;

	if (e->kind != EXPR_POW || e->args[1]->kind != EXPR_NUM ||
	    !e->args[1]->n.exact || e->args[1]->n.q != 1 ||
	    e->args[1]->n.p < 2 || e->args[1]->n.p > 1000)
		return NULL;
	for (i = 0; i < n; i++)
		if (expr_has_var(e->args[0], i)) {
			*k = (int)e->args[1]->n.p;
			return e->args[0];
		}
	return NULL;
}

/* How often e holds the factor p: k when e is p^k, or a product with
 * the factor p^k (p itself: k = 1); 0 when it has none. */
static int
factor_power(const expr *e, const expr *p)
{
	int i, k;

	if (expr_equal(e, p))
		return 1;
	if (e->kind == EXPR_POW && e->args[1]->kind == EXPR_NUM &&
	    e->args[1]->n.exact && e->args[1]->n.q == 1 &&
	    e->args[1]->n.p >= 1 && e->args[1]->n.p <= 1000 &&
	    expr_equal(e->args[0], p))
		return (int)e->args[1]->n.p;
	if (e->kind == EXPR_MUL)
		for (i = 0; i < e->nargs; i++)
			if ((k = factor_power(e->args[i], p)) > 0)
				return k;
	return 0;
}

/* The repeated factors p^k (k >= 2) of f as written: f itself, the
 * factors of a product, or, for a sum (a product multiplied out over
 * its other factor: x(x² − y)² + 3(x² − y)²), the repeated factors of
 * its first term that every term has (k the least power); at most max
 * of them into cand and kk.  Returns how many. */
static int
repeated_factors(const expr *f, int n, const expr **cand, int *kk, int max)
{
	const expr *t, *p;
	int nc = 0, i, j, k, m;

	if ((p = repeated(f, n, &k)) != NULL) {
		cand[0] = p;
		kk[0] = k;
		return 1;
	}
	t = f->kind == EXPR_ADD ? f->args[0] : f;
	if (t->kind == EXPR_POW && (p = repeated(t, n, &k)) != NULL) {
		cand[nc] = p;
		kk[nc++] = k;
	} else if (t->kind == EXPR_MUL)
		for (i = 0; i < t->nargs && nc < max; i++)
			if ((p = repeated(t->args[i], n, &k)) != NULL) {
				cand[nc] = p;
				kk[nc++] = k;
			}
	if (f->kind != EXPR_ADD)
		return nc;
	for (j = 0; j < nc; j++)
		for (i = 1; i < f->nargs; i++) {
			m = factor_power(f->args[i], cand[j]);
			if (m < kk[j])
				kk[j] = m;
		}
	for (i = j = 0; j < nc; j++)
		if (kk[j] >= 2) {
			cand[i] = cand[j];
			kk[i++] = kk[j];
		}
	return i;
}

/* When r holds samples of a curve of critical points (r->zero_curve)
 * and f is p^k·q (k >= 2, as written: a power, a product with such a
 * factor, or a sum whose every term has it) with every sample that
 * lies on a curve (a zero eigenvalue, and not isolated when off p = 0:
 * (y − x³)²(y + 1) has the isolated degenerate point (0, -2/3), which
 * leaves y = x³ the only curve) on p = 0, and p not flat at one of
 * them: r->curve_eq gets a copy of p and r->curve_pow k.  A point off
 * p = 0 on a curve of its own, (y − x²)²(x² + y − 2)², names none. */
void
critical_name_curve(const struct critical_search *s, critical_result *r)
{
	const expr *cand[8];
	int kk[8], nc, i, j, on, steep;

	if (!r->zero_curve || r->curve_eq != NULL)
		return;
	nc = repeated_factors(s->f, s->n, cand, kk, 8);
	for (j = 0; j < nc; j++) {
		for (on = 1, steep = 0, i = 0; i < r->n && on; i++)
			if (r->p[i].zero > 0 && !r->p[i].nondiff &&
			    !on_factor(cand[j], &r->p[i], s->n, &steep))
				on = !critical_not_isolated(s, &r->p[i]);
		if (on && steep) {
			r->curve_eq = expr_copy(cand[j]);
			r->curve_pow = kk[j];
			return;
		}
	}
}

/* The equation of the curve (surface) p = 0 in words: solved for a
 * variable v when p is c·v plus terms without v for a number c ("y =
 * x²", the last such variable), else with p's number moved to the
 * right ("xy = 1"), else "p = 0".  A new string (caller frees). */
char *
critical_curve_text(const expr *p, int n, const expr_vars *vars,
    enum expr_style st)
{
	expr *lhs = NULL, *rhs = NULL, *d;
	int v, i;

	for (v = n - 1; v >= 0 && lhs == NULL; v--) {
		if (!expr_has_var(p, v))
			continue;
		d = expr_diff(p, v);
		if (d != NULL && expr_is_num(d) && !num_is_zero(d->n)) {
			rhs = expr_simplify(expr_sub(expr_var(v),
			    expr_div(expr_copy(p), expr_copy(d))));
			if (rhs != NULL && !expr_has_var(rhs, v))
				lhs = expr_var(v);
			else if (rhs != NULL) {
				expr_free(rhs);
				rhs = NULL;
			}
		}
		if (d != NULL)
			expr_free(d);
	}
	if (lhs == NULL && p->kind == EXPR_ADD)
		for (i = 0; i < p->nargs; i++)
			if (expr_is_num(p->args[i]) &&
			    !num_is_zero(p->args[i]->n)) {
				rhs = expr_num(num_neg(p->args[i]->n));
				lhs = expr_simplify(expr_sub(expr_copy(p),
				    expr_copy(p->args[i])));
				break;
			}
	if (lhs == NULL) {
		lhs = expr_copy(p);
		rhs = expr_num(num_int(0));
	}
	return critical_equation_text(lhs, rhs, vars, st);
}

/* Whether x lies on the curve (surface) p = 0 that s leaves out
 * (s->skip_curve): p is 0 to rounding there, or x is within 10^-4 of
 * the box's width of it by |p| over the length of ∇p (by differences).
 * Newton comes to such a curve of degenerate critical points slowly:
 * it stops about 10^-5 off y = x² for (x² − y)^4·(y + 5). */
int
critical_on_skipped_curve(const struct critical_search *s, const double *x)
{
	double y[EXPR_MAX_VARS], v, e, a, b, ea, eb, h, g2 = 0;
	int i;

	v = critical_rounding_error(s->skip_curve, x, &e);
	if (!isfinite(v) || !isfinite(e))
		return 0;
	if (fabs(v) <= 16 * e)
		return 1;
	for (i = 0; i < s->n; i++) {
		memcpy(y, x, sizeof *y * (size_t)s->n);
		h = 1e-6 * (1 + fabs(x[i]));
		y[i] = x[i] + h;
		a = critical_rounding_error(s->skip_curve, y, &ea);
		y[i] = x[i] - h;
		b = critical_rounding_error(s->skip_curve, y, &eb);
		if (!isfinite(a) || !isfinite(b))
			return 0;
		g2 += (a - b) / (2 * h) * ((a - b) / (2 * h));
	}
	return fabs(v) <= 1e-4 * (1 + s->width) * sqrt(g2);
}

/* Whether the found point q lies on the curve (surface) p = 0 that s
 * leaves out (s->skip_curve) as far as its own uncertainty tells: a
 * point of it that Newton stopped further off than the search leaves
 * out ((x + y²)² at (0, 0)). */
int
critical_on_skipped_point(const struct critical_search *s,
    const critical_point *q)
{
	int steep = 0;

	return s->skip_curve != NULL && on_factor(s->skip_curve, q, s->n,
	    &steep);
}

/* When the samples of the curve r names (r->curve_eq) filled its list,
 * the points off it were never looked for: (x² − y)^4·(y + 5) listed
 * 64 points of y = x² and not the saddle at (0, -4).  Search f again in
 * r's box with the points of the curve left out; r's list becomes what
 * that finds, then the first CRITICAL_CURVE_SAMPLES samples of the
 * curve (their number in r->curve_capped).  The work of both searches is r's.
 * When that search meets another curve of critical points (not a line
 * it names), r stays as it was and names no curve. */
void
critical_find_off_curve(const expr *f, int nvars, const critical_opts *o,
    critical_result *r, int kinks)
{
	critical_opts	 o2 = *o;
	critical_result	 r2;
	critical_point	*p;
	int		 i, k, n, steep;

	o2.skip_curve = r->curve_eq;
	o2.has_box = 1;
	for (i = 0; i < nvars; i++) {
		o2.lo[i] = r->lo[i];
		o2.hi[i] = r->hi[i];
	}
	if (critical_find_in_box(f, nvars, &o2, &r2, NULL, kinks) < 0)
		return;
	/* a point off the curve on a curve of its own (not said as a
	 * line): the curve named is not the only one, so none is named
	 * ((y − x²)² times the square of a circle too small for the
	 * first search to meet) */
	if (r2.zero_curve) {
		critical_result_free(&r2);
		expr_free(r->curve_eq);
		r->curve_eq = NULL;
		r->curve_pow = 0;
		return;
	}
	/* the points off the curve first, then its first samples */
	p = xcalloc((size_t)r2.n + CRITICAL_CURVE_SAMPLES + 1, sizeof *p);
	for (i = 0, n = 0; i < r2.n; i++)
		/* (a point of the curve Newton stopped further off than the
		 * search leaves out is a sample too: (x + y²)² at (0, 0)) */
		if (r2.p[i].zero > 0 && !r2.p[i].nondiff &&
		    on_factor(r->curve_eq, &r2.p[i], nvars, &steep))
			critical_point_free(&r2.p[i]);
		else
			p[n++] = r2.p[i];
	for (i = 0, k = 0; i < r->n && k < CRITICAL_CURVE_SAMPLES; i++)
		if (r->p[i].zero > 0 && !r->p[i].nondiff &&
		    on_factor(r->curve_eq, &r->p[i], nvars, &steep)) {
			p[n++] = r->p[i];
			memset(&r->p[i], 0, sizeof r->p[i]);
			k++;
		}
	free(r2.p);
	r2.p = p;
	r2.n = n;
	if (r2.curve_eq != NULL)
		expr_free(r2.curve_eq);
	r2.curve_eq = r->curve_eq;
	r->curve_eq = NULL;
	r2.curve_pow = r->curve_pow;
	r2.curve_capped = k;
	r2.curve = r2.zero_curve = 1;
	r2.work += r->work;
	r2.widened = r->widened;
	if (r->outside > r2.outside)
		r2.outside = r->outside;
	critical_result_free(r);
	*r = r2;
}
