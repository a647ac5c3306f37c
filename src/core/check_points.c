/* check_points.c - where the checker looks: test points in the domain.
 *
 * Symbolic answers are compared with the right one at NPTS test points.
 * They come from a fixed pool (small integers and fractions of both
 * signs at several scales) and, when too few of those lie in the domain
 * of f (sqrt(x - 1000), sqrt(0.0001 - x²)), from a search of the domain:
 * wide probes of every size from 1e-6 to 1e8, then a walk along each
 * coordinate to the edges of the domain and samples between them.  The
 * same search decides whether a function is defined anywhere at all. */
#include "config.h"

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "check_impl.h"
#include "critical.h"
#include "num.h"
#include "xalloc.h"

#define WALK_MAX_SIZE 2000	/* nodes of f past which the search for
				   its domain does not walk */

/* Fill pts with test point j of the pool: mixed integers and
 * non-integers, positive and of both signs, at several scales, with
 * distinct coordinates. */
void
check_pool_point(uint64_t *s, int j, int n, double *x)
{
	static const double scales[] = { 1.0, 0.3, 4.0, 0.08, 20.0 };
	double	scale = scales[(j / 16) % 5];
	int	kind = j % 4, i, k, tries;

	for (i = 0; i < n; i++) {
		for (tries = 0; tries < 20; tries++) {
			switch (kind) {
			case 0:	/* positive integers */
				x[i] = 2 + (double)(check_rng_next(s) % (n + 4));
				break;
			case 1:	/* positive, not whole */
				x[i] = 0.15 + 2.7 * check_rng_unit(s);
				break;
			case 2:	/* either sign, not whole */
				x[i] = -2.9 + 5.8 * check_rng_unit(s);
				break;
			default: /* integers of either sign */
				x[i] = 2 + (double)(check_rng_next(s) % (n + 4));
				if (check_rng_next(s) & 1)
					x[i] = -x[i];
				break;
			}
			if (kind == 0 || kind == 3)
				x[i] = j < 16 ? x[i] : round(x[i] * scale);
			else
				x[i] *= scale;
			for (k = 0; k < i; k++) {
				if (x[k] == x[i])
					break;
			}
			if (k == i && x[i] != 0)
				break;
		}
	}
}

/* Every coordinate moved (noise_with's vars). */
#define ALL_VARS 0xffffffffu

/* Which variables tree e of c has (bit j for variable j, j < 32). */
static uint32_t
term_vars(const check_fn *c, const expr *e)
{
	uint32_t	m = 0;
	int		j;

	for (j = 0; j < c->n && j < 32; j++) {
		if (expr_has_var(e, j))
			m |= (uint32_t)1 << j;
	}
	return m;
}

/* Which variables component i has (bit j for variable j; with all 32
 * present that is ALL_VARS, which moves every one: right too). */
static uint32_t
component_vars(const check_fn *c, int i)
{
	return term_vars(c, c->grad[i]);
}

/* The terms of a sum valued at a test point (component_at), for
 * noise_with: their values as doubles (NaN where a term has none), and
 * as expr_eval_num_sum left them, with the variables each has (bit j
 * for variable j) when tm is not NULL. */
struct terms_at {
	const double		*tv;
	const num		*tn;
	const signed char	*ts;
	const uint32_t		*tm;
};

/* The value of sum e at ys, which is the test point of t with
 * coordinate j moved: the terms without variable j are the ones valued
 * at the point (the same value, bit for bit, as check_ev_nums). */
static double
moved_sum(const expr *e, const num *ys, const struct terms_at *t, int j)
{
	unsigned char	 fr0[64], *fresh = fr0;
	num		 out;
	int		 i, k;

	if (e->nargs > 64)
		fresh = xmalloc(e->nargs);
	for (i = 0; i < e->nargs; i++)
		fresh[i] = (t->tm[i] >> j) & 1;
	k = expr_eval_num_sum_known(e, ys, t->tn, t->ts, fresh, &out);
	if (fresh != fr0)
		free(fresh);
	return k < 0 || !isfinite(out.v) ? NAN : out.v;
}

/* check_noise_at with the values of the terms of component i at the
 * point in t when not NULL, else valued here; vars says which
 * variables the component has.  Where want is the component as
 * check_ev values it at the point, a coordinate it does not have, or
 * one that is 0, gives want again, exactly: no need to value it there.
 * vars ALL_VARS moves every coordinate (want valued some other way, as
 * check_grad_at's exact one). */
static double
noise_with(const check_fn *c, int i, const double *at, double want,
    const struct terms_at *t, uint32_t vars)
{
	const expr	*e = c->grad[i];
	const double	*tv = t != NULL ? t->tv : NULL;
	num		 ys[EXPR_MAX_VARS];
	double		 v, noise = 0, tj;
	int		 j;

	if (isnan(want) || c->n > EXPR_MAX_VARS)
		return 0;
	for (j = 0; j < c->n; j++)
		ys[j] = num_real(at[j]);	/* as check_ev reads a point */
	for (j = 0; j < c->n; j++) {
		if (vars != ALL_VARS && (!(vars & ((uint32_t)1 << j)) ||
		    at[j] == 0))
			continue;
		ys[j] = num_real(at[j] + 4 * DBL_EPSILON * fabs(at[j]));
		if (t != NULL && t->tm != NULL && e->kind == EXPR_ADD)
			v = moved_sum(e, ys, t, j);
		else
			v = check_ev_nums(e, ys, NULL);
		if (!isnan(v))
			noise = fmax(noise, fabs(v - want));
		ys[j] = num_real(at[j]);
	}
	if (e->kind == EXPR_ADD) {
		for (j = 0; j < e->nargs; j++) {
			tj = tv != NULL ? tv[j] : check_ev(e->args[j], at, c->n);
			if (!isnan(tj))
				noise = fmax(noise, 4 * DBL_EPSILON * fabs(tj));
		}
	}
	return noise;
}

/* How far the value want of component i at the point at may be off
 * from the truth, from the scale of the inputs: what a change of each
 * coordinate in its last bits does to it, and the rounding of the sum's
 * terms (tiny beside want where nothing cancels). */
double
check_noise_at(const check_fn *c, int i, const double *at, double want)
{
	return noise_with(c, i, at, want, NULL, ALL_VARS);
}

/* Component i of the gradient at the point xs (read as check_ev reads
 * a point), and when tv is not NULL and it is a sum, its terms' values
 * into tv (NaN where a term has none) and as expr_eval_num_sum leaves
 * them into tn and ts; returns how many went there. */
static int
component_at(const check_fn *c, int i, const num *xs, double *val,
    double *tv, num *tn, signed char *ts)
{
	const expr	*e = c->grad[i];
	num		 out;
	int		 j, k;

	if (tv == NULL || e->kind != EXPR_ADD) {
		*val = check_ev_nums(e, xs, NULL);
		return 0;
	}
	k = expr_eval_num_sum(e, xs, &out, tn, ts);
	*val = k < 0 || !isfinite(out.v) ? NAN : out.v;
	for (j = 0; j < e->nargs; j++)
		tv[j] = ts[j] < 0 || !isfinite(tn[j].v) ? NAN : tn[j].v;
	return e->nargs;
}

/* How good x is as a test point, its gradient values into val (n):
 * 2 where f and every component are defined and each component is 0 as
 * an expression or of a size far from underflow and overflow (so that
 * comparing relative to it means something), 1 where f and every
 * component are defined, 0 where f or some component is, -1 nowhere. */
static int
point_level(const check_fn *c, const double *x, double *val)
{
	num	xs[EXPR_MAX_VARS];
	int	i, j, all = 1, any = 0, sized = 1, fdef;

	for (j = 0; j < c->n && j < EXPR_MAX_VARS; j++)
		xs[j] = num_real(x[j]);	/* as check_ev reads a point */
	fdef = !isnan(check_ev_nums(c->f, xs, NULL));
	for (i = 0; i < c->n; i++) {
		component_at(c, i, xs, &val[i], NULL, NULL, NULL);
		if (isnan(val[i])) {
			all = 0;
			continue;
		}
		any = 1;
		if (!(expr_is_num(c->grad[i]) && num_is_zero(c->grad[i]->n)) &&
		    !(fabs(val[i]) > 1e-150 && fabs(val[i]) < 1e150))
			sized = 0;
	}
	if (c->n == 0)
		return fdef ? 2 : -1;
	if (fdef && all)
		return sized ? 2 : 1;
	return any || fdef ? 0 : -1;
}

/* A probe far and wide: each coordinate of either sign with a size from
 * 1e-6 to 1e8 (uniform in its logarithm). */
static void
wide_point(uint64_t *s, int n, double *x)
{
	int	i;

	for (i = 0; i < n; i++) {
		x[i] = pow(10, -6 + 14 * check_rng_unit(s));
		if (check_rng_next(s) & 1)
			x[i] = -x[i];
	}
}

/* Collect into sc (up to cap, *ns so far) the sizes of the numbers in
 * e that are far from 1 (1e-100 in sqrt(1e-100 - x^2), 1e300 in
 * ln(x - 1e300)): where a domain the wide probes miss may lie. */
static void
collect_scales(const expr *e, double *sc, int *ns, int cap)
{
	double	v;
	int	i;

	if (e->kind == EXPR_NUM && *ns < cap) {
		v = fabs(e->n.v);
		if (isfinite(v) && v > 0 && (v < 1e-3 || v > 1e3))
			sc[(*ns)++] = v;
	}
	for (i = 0; i < e->nargs; i++)
		collect_scales(e->args[i], sc, ns, cap);
}

/* A probe at the size m: each coordinate of either sign within a factor
 * of 2 of m (when all is 0, only one coordinate; the others as
 * wide_point makes them). */
static void
scaled_point(uint64_t *s, int n, double m, int all, double *x)
{
	int	i, one = (int)(check_rng_next(s) % (uint64_t)n);

	wide_point(s, n, x);
	for (i = 0; i < n; i++) {
		if (!all && i != one)
			continue;
		x[i] = m * (0.5 + 1.5 * check_rng_unit(s));
		if (check_rng_next(s) & 1)
			x[i] = -x[i];
	}
}

/* From x (where def holds), how far along coordinate i in direction dir
 * def keeps holding: the last distance found (capped at 8 times the size
 * of x_i, or 8), by doubling then halving the gap. */
static double
reach(const void *ctx, int (*def)(const void *, const double *), int n,
    const double *x, int i, double dir)
{
	double	y[EXPR_MAX_VARS], size = fmax(fabs(x[i]), 1e-6);
	double	lo = 0, hi = size * 1e-9, cap = 8 * fmax(fabs(x[i]), 1);
	int	k;

	memcpy(y, x, n * sizeof *y);
	/* a domain thinner than the first step (sqrt(1e-100 - x^2) from
	 * 0): shrink the step by 1000 until it stays inside */
	for (;;) {
		y[i] = x[i] + dir * hi;
		if (def(ctx, y) || hi < 1e-300)
			break;
		hi *= 1e-3;
	}
	if (hi < 1e-300)
		return 0;
	if (hi < size * 1e-9) {
		lo = hi;
		hi *= 1e3;
		goto bisect;
	}
	for (;;) {
		y[i] = x[i] + dir * hi;
		if (!def(ctx, y))
			break;
		lo = hi;
		if (hi >= cap)
			return cap;
		hi = fmin(2 * hi, cap);
	}
bisect:
	for (k = 0; k < 40; k++) {
		double	mid = 0.5 * (lo + hi);

		y[i] = x[i] + dir * mid;
		if (def(ctx, y))
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/* How far x is outside the domain of e, summed over the conditions
 * its functions set: the argument of sqrt, ln and log at least 0, the
 * base of a power with a fractional exponent too (but for odd roots such
 * as x^(1/3)), asin and acos within
 * [-1, 1].  0 inside (or where nothing is known). */
static double
violation(const expr *e, const double *x, int n)
{
	double	v = 0, g;
	int	i;

	for (i = 0; i < e->nargs; i++)
		v += violation(e->args[i], x, n);
	if (e->kind == EXPR_FUNC && (e->fn == FN_SQRT || e->fn == FN_LN ||
	    e->fn == FN_LOG10 || e->fn == FN_LOG2 || e->fn == FN_ASIN ||
	    e->fn == FN_ACOS)) {
		g = check_ev(e->args[0], x, n);
		if (isnan(g))
			return v;
		if (e->fn == FN_ASIN || e->fn == FN_ACOS)
			v += fmax(0, fabs(g) - 1);
		else
			v += fmax(0, -g);
	} else if (e->kind == EXPR_POW && e->args[1]->kind == EXPR_NUM &&
	    !num_is_integer(e->args[1]->n) &&
	    !(e->args[1]->n.exact && (e->args[1]->n.q & 1))) {
		/* an odd root (1/3, 2/3) has negative bases too */
		g = check_ev(e->args[0], x, n);
		if (!isnan(g))
			v += fmax(0, -g);
	}
	return v;
}

/* Whether every condition of the functions in e holds at x with room
 * to spare (the argument of sqrt above 0, of asin and acos inside
 * (-1, 1), the base of a fractional power above 0): then e is defined
 * around x, not only at x.  sqrt(-(x - 3)^2) holds only with equality. */
static int
interior(const expr *e, const double *x, int n)
{
	double	g;
	int	i;

	for (i = 0; i < e->nargs; i++)
		if (!interior(e->args[i], x, n))
			return 0;
	if (e->kind == EXPR_FUNC && (e->fn == FN_SQRT || e->fn == FN_LN ||
	    e->fn == FN_LOG10 || e->fn == FN_LOG2 || e->fn == FN_ASIN ||
	    e->fn == FN_ACOS)) {
		g = check_ev(e->args[0], x, n);
		if (e->fn == FN_ASIN || e->fn == FN_ACOS)
			return !(fabs(g) >= 1);
		return !(g <= 0);
	}
	if (e->kind == EXPR_POW && e->args[1]->kind == EXPR_NUM &&
	    !num_is_integer(e->args[1]->n))
		return check_ev(e->args[0], x, n) != 0;	/* odd roots of
							   negatives are fine */
	return 1;
}

/* From x, move toward the domain of e (where def holds) by a pattern
 * search on violation(): steps along each coordinate, doubled after a
 * success, halved when none helps.  Returns 1 with x inside, else 0. */
static int
walk_in(const void *ctx, int (*def)(const void *, const double *),
    const expr *e, int n, double *x)
{
	double	h[EXPR_MAX_VARS], y[EXPR_MAX_VARS], vx, vy;
	int	i, it, dir, moved;

	for (i = 0; i < n; i++)
		h[i] = 0.5 * fmax(fabs(x[i]), 1);
	vx = violation(e, x, n);
	for (it = 0; it < 400; it++) {
		if (vx == 0)
			return def(ctx, x);
		moved = 0;
		for (i = 0; i < n; i++) {
			for (dir = -1; dir <= 1; dir += 2) {
				memcpy(y, x, n * sizeof *y);
				y[i] += dir * h[i];
				vy = violation(e, y, n);
				if (vy < vx) {
					memcpy(x, y, n * sizeof *y);
					vx = vy;
					h[i] *= 2;
					moved = 1;
					break;
				}
			}
		}
		if (!moved) {
			for (i = 0; i < n; i++) {
				h[i] *= 0.5;
				if (h[i] < 1e-15 * fmax(fabs(x[i]), 1e-300))
					return 0;
			}
		}
	}
	return 0;
}

/* Search the domain of def: probe widely (nprobe points), and when none
 * lies in it, walk toward it guided by the conditions in shape (may be
 * NULL); then from the first seeds found, walk each coordinate to the
 * edges of the domain and
 * sample the box between them.  Each point where def holds goes to add
 * (with ctx); stops early when add returns nonzero.  Seeded by *s. */
static void
domain_search(const void *ctx, int (*def)(const void *, const double *),
    int (*add)(void *, const double *), void *actx, int n, uint64_t *s,
    int nprobe, const expr *shape)
{
	double	seeds[4][EXPR_MAX_VARS], lo[EXPR_MAX_VARS], hi[EXPR_MAX_VARS];
	double	x[EXPR_MAX_VARS];
	int	nseeds = 0, j, i, q;

	if (n < 1 || n > EXPR_MAX_VARS)
		return;
	for (j = 0; j < nprobe && nseeds < 4; j++) {
		wide_point(s, n, x);
		if (def(ctx, x)) {
			memcpy(seeds[nseeds++], x, n * sizeof *x);
			if (add(actx, x))
				return;
		}
	}
	/* none found: walk toward the domain from a few probes (a thin
	 * interval far from 0 is rarely hit) */
	if (shape != NULL && expr_size(shape) > WALK_MAX_SIZE)
		shape = NULL;	/* too large to walk with: probes only */
	/* and probe at the sizes the numbers in f suggest (√c, c, ∛c, c²,
	 * 1/c, 1/√c: asin(1e20 x) lives within 1e-20 of 0) */
	if (nseeds == 0 && shape != NULL) {
		static const double pw[] = { 0.5, 1, 1.0 / 3, 2, -1, -0.5 };
		double	sc[8], m;
		int	ns = 0, a, b;

		collect_scales(shape, sc, &ns, 8);
		for (a = 0; a < ns && nseeds == 0; a++)
			for (b = 0; b < 6 && nseeds == 0; b++) {
				m = pow(sc[a], pw[b]);
				if (!(m > 1e-300 && m < 1e305))
					continue;
				for (j = 0; j < 24 && nseeds == 0; j++) {
					scaled_point(s, n, m, j % 2 == 0, x);
					if (def(ctx, x)) {
						memcpy(seeds[nseeds++], x,
						    n * sizeof *x);
						if (add(actx, x))
							return;
					}
				}
			}
	}
	for (j = 0; j < 6 && nseeds == 0 && shape != NULL; j++) {
		wide_point(s, n, x);
		if (walk_in(ctx, def, shape, n, x)) {
			memcpy(seeds[nseeds++], x, n * sizeof *x);
			if (add(actx, x))
				return;
		}
	}
	for (q = 0; q < nseeds; q++) {
		for (i = 0; i < n; i++) {
			lo[i] = seeds[q][i] - reach(ctx, def, n, seeds[q], i, -1);
			hi[i] = seeds[q][i] + reach(ctx, def, n, seeds[q], i, 1);
		}
		for (j = 0; j < 48; j++) {
			for (i = 0; i < n; i++)
				x[i] = lo[i] + (hi[i] - lo[i]) *
				    (0.03 + 0.94 * check_rng_unit(s));
			if (def(ctx, x) && add(actx, x))
				return;
		}
	}
}

/* Candidate test points with their levels and gradient values. */
struct cands {
	const check_fn	*c;
	int		 m, cap;
	double		*x;	/* m × n */
	double		*val;	/* m × n */
	int		*lev;
	int		 best;	/* how many at level 2 */
};

/* Add x to the candidates; nonzero when there are enough at level 2. */
static int
cands_add(void *ctx, const double *x)
{
	struct cands	*k = ctx;
	int		 n = k->c->n, i, j;

	/* the same point twice tests nothing new (the pool rounds small
	 * scales to 0 more than once) */
	for (j = 0; j < k->m; j++) {
		for (i = 0; i < n && k->x[j * n + i] == x[i]; i++)
			;
		if (i == n)
			return 0;
	}
	if (k->m == k->cap) {
		k->cap = k->cap ? 2 * k->cap : 16;
		k->x = xrealloc(k->x, (k->cap * n + 1) * sizeof *k->x);
		k->val = xrealloc(k->val, (k->cap * n + 1) * sizeof *k->val);
		k->lev = xrealloc(k->lev, k->cap * sizeof *k->lev);
	}
	memcpy(k->x + k->m * n, x, n * sizeof *x);
	k->lev[k->m] = point_level(k->c, x, k->val + k->m * n);
	if (k->lev[k->m] == 2)
		k->best++;
	k->m++;
	return k->best >= NPTS;
}

/* Whether f and its whole gradient are defined at x (for the domain
 * search). */
static int
fn_defined(const void *ctx, const double *x)
{
	const check_fn	*c = ctx;
	double		 val[EXPR_MAX_VARS];

	return point_level(c, x, val) >= 1;
}

/* Collect into u (up to 4) the arguments of exp in e that contain a
 * variable. */
static void
collect_exp_args(const expr *e, const expr **u, int *nu)
{
	int	i;

	if (e->kind == EXPR_FUNC && e->fn == FN_EXP && *nu < 4 &&
	    expr_size(e->args[0]) > 1)
		u[(*nu)++] = e->args[0];
	for (i = 0; i < e->nargs; i++)
		collect_exp_args(e->args[i], u, nu);
}

/* Where a bump exp(u) of f is not negligible (exp(-(x - 4000)^2), or
 * exp(-10^6 (x - 0.5)^2), is 0 in floating point at every usual test
 * point, so any answer of 0 would agree there): the maximum of u, found
 * by Newton from a few pool points, and points around it at distances
 * from 10^-5 to 10^-2 times its size, each coordinate moved (so that no
 * component is 0 by symmetry).  Candidates go to k. */
static void
bump_points(check_fn *c, struct cands *k, uint64_t *s)
{
	const expr	*u[4];
	double		 x[EXPR_MAX_VARS], y[EXPR_MAX_VARS], r;
	int		 nu = 0, q, j, i, t, m, n = c->n;

	collect_exp_args(c->f, u, &nu);
	for (q = 0; q < nu; q++)
		for (j = 0; j < 2; j++) {
			check_pool_point(s, j, n, x);
			if (!critical_newton_from(u[q], n, x))
				continue;
			for (t = 0, r = 1e-5; t < 4; t++, r *= 10)
				for (m = 0; m < 4; m++) {
					for (i = 0; i < n; i++)
						y[i] = x[i] + r * (1 + fabs(x[i])) *
						    (check_rng_unit(s) < 0.5 ? -1 : 1) *
						    (0.5 + check_rng_unit(s));
					if (cands_add(k, y))
						return;
				}
			break;
		}
}

/* Choose the test points: the pool's first (mixed small integers and
 * fractions), and when too few of them lie in the domain of f, points
 * found by searching it (a domain may be a thin interval far from 0).
 * Best first: where f and the whole gradient are defined and of a usable
 * size, then where they are defined, then where some component is. */
void
check_choose_points(check_fn *c)
{
	uint64_t	 s = c->o.seed;
	struct cands	 k = { c, 0, 0, NULL, NULL, NULL, 0 };
	double		 x[EXPR_MAX_VARS + 1];
	int		 j, i, lev, n = c->n;

	c->pts = xcalloc(NPTS * (n + 1), sizeof *c->pts);
	c->gv = xmalloc((n + 1) * NPTS * sizeof *c->gv);
	c->gn = xcalloc((n + 1) * NPTS, sizeof *c->gn);
	c->gnh = xcalloc(n + 1, sizeof *c->gnh);
	c->npts = 0;
	if (n <= EXPR_MAX_VARS) {
		for (j = 0; j < POOL && k.best < NPTS; j++) {
			check_pool_point(&s, j, n, x);
			cands_add(&k, x);
		}
		if (k.best < NPTS)
			domain_search(c, fn_defined, cands_add, &k, n, &s, 384,
			    c->f);
		if (k.best < NPTS)
			bump_points(c, &k, &s);
	}
	/* the noise at each is worked out when first asked for
	 * (check_noise_point) */
	for (lev = 2; lev >= 0 && c->npts < NPTS; lev--) {
		for (j = 0; j < k.m && c->npts < NPTS; j++) {
			if (k.lev[j] != lev)
				continue;
			memcpy(c->pts + c->npts * n, k.x + j * n,
			    n * sizeof *x);
			for (i = 0; i < n; i++)
				c->gv[i * NPTS + c->npts] = k.val[j * n + i];
			c->npts++;
		}
	}
	/* unused slots: undefined everywhere */
	for (i = 0; i < n; i++) {
		for (j = c->npts; j < NPTS; j++)
			c->gv[i * NPTS + j] = NAN;
	}
	/* the points as exact numbers, once for every tree checked */
	c->ptn = xcalloc(NPTS * (n + 1), sizeof *c->ptn);
	for (j = 0; j < c->npts * n; j++)
		c->ptn[j] = num_real(c->pts[j]);
	free(k.x);
	free(k.val);
	free(k.lev);
}

/* How far component i at test point p may be off (see check_impl.h):
 * noise_with at the point, with the values of the terms of a sum worked
 * out there by component_at: the same bits as when every point's noise
 * was worked out while the points were chosen. */
double
check_noise_point(const check_fn *c, int i, int p)
{
	const expr	*e = c->grad[i];
	struct terms_at	 t;
	double		 tv0[16], *tv = tv0, *g = &c->gn[i * NPTS + p], val;
	num		 tn0[16], *tn = tn0;
	signed char	 ts0[16], *ts = ts0;
	uint32_t	 tm0[16], *tm = tm0;
	int		 j, m;

	if (p < 0 || p >= c->npts || (c->gnh[i] >> p) & 1)
		return *g;
	c->gnh[i] |= (unsigned char)(1u << p);
	if (e->kind != EXPR_ADD) {
		*g = noise_with(c, i, c->pts + p * c->n, c->gv[i * NPTS + p],
		    NULL, component_vars(c, i));
		return *g;
	}
	m = e->nargs;
	if (m > 16) {
		tv = xmalloc(m * sizeof *tv);
		tn = xmalloc(m * sizeof *tn);
		ts = xmalloc(m * sizeof *ts);
		tm = xmalloc(m * sizeof *tm);
	}
	component_at(c, i, c->ptn + p * c->n, &val, tv, tn, ts);
	for (j = 0; j < m; j++)
		tm[j] = term_vars(c, e->args[j]);
	t.tv = tv;
	t.tn = tn;
	t.ts = ts;
	t.tm = tm;
	*g = noise_with(c, i, c->pts + p * c->n, c->gv[i * NPTS + p], &t,
	    component_vars(c, i));
	if (m > 16) {
		free(tv);
		free(tn);
		free(ts);
		free(tm);
	}
	return *g;
}

/* An expression probed for a value (check_defined_somewhere). */
struct probe {
	const expr	*e;
	int		 n;
	int		 found;
	int		 open;		/* found a point with room around it */
	double		 at[EXPR_MAX_VARS];	/* the first found */
};

/* Whether the probed expression has a value at x. */
static int
expr_defined(const void *ctx, const double *x)
{
	const struct probe *p = ctx;

	return !isnan(check_ev(p->e, x, p->n));
}

/* Note that a point was found; stop the search when it has room around
 * it (interior). */
static int
probe_found(void *ctx, const double *x)
{
	struct probe	*p = ctx;

	if (!p->found)
		memcpy(p->at, x, p->n * sizeof *x);
	p->found = 1;
	if (interior(p->e, x, p->n))
		p->open = 1;
	return p->open;
}

/* Whether the function typed as text has a value somewhere: 1 around
 * some point, 0 nowhere, 2 only at points with no room around them
 * (sqrt(-(x - 3)^2) at 3 alone: then why gets such a point), -1 when
 * it cannot be read. */
int
check_defined_somewhere(const char *text, const expr_vars *vars0,
    char *why, size_t whylen)
{
	expr_vars	 vars = *vars0;
	expr		*raw;
	expr_error	 err;
	int		 found;

	if (why != NULL && whylen > 0)
		why[0] = '\0';
	if (expr_parse_raw(text, &vars, EXPR_PARSE_KEEP_ORDER, &raw, NULL,
	    &err) < 0)
		return -1;
	found = check_defined_somewhere_expr(raw, vars.n, why, whylen);
	expr_free(raw);
	return found;
}

/* Whether the tree raw (as written, in nvars variables) has a value
 * somewhere, as check_defined_somewhere says (2: only at isolated
 * points).  raw stays the caller's. */
int
check_defined_somewhere_expr(const expr *raw, int nvars, char *why,
    size_t whylen)
{
	expr_domain	 dom;
	struct probe	 p;
	double		 x[EXPR_MAX_VARS + 1];
	uint64_t	 s = 20240601UL;
	int		 j;

	if (why != NULL && whylen > 0)
		why[0] = '\0';
	p.e = raw;
	p.n = nvars > expr_max_var(raw) ? nvars : expr_max_var(raw);
	p.found = p.open = 0;
	if (p.n > EXPR_MAX_VARS)
		return 1;	/* too many to sample: assume so */
	for (j = 0; j < POOL && !p.open; j++) {
		check_pool_point(&s, j, p.n, x);
		if (expr_defined(&p, x))
			probe_found(&p, x);
	}
	if (!p.open)
		domain_search(&p, expr_defined, probe_found, &p, p.n, &s, 384,
		    raw);
	if (p.found && !p.open) {
		if (why != NULL && whylen > 0) {
			char *pt = num_format_point(p.at, p.n, 10, 1);

			snprintf(why, whylen, "%s", pt);
			free(pt);
		}
		return 2;
	}
	if (!p.found && why != NULL && whylen > 0) {
		for (j = 0; j < p.n; j++)
			x[j] = 2 + j;
		if (isnan(check_ev_why(raw, x, p.n, &dom)))
			snprintf(why, whylen, "%s", dom.msg);
	}
	return p.found;
}
