/* critical_starts.c - where the search for critical points starts: a
 * grid or Halton points over the box, the cells of a fine grid where
 * ∇f changes sign (few starts), and from 4 variables up mixtures of the
 * coordinates of the points found; and the scale of f, by which the
 * search may multiply it first.  critical.c collects and finishes what
 * Newton's method (critical_newton.c) finds from them. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "critical_impl.h"
#include "linalg.h"
#include "xalloc.h"

/* The radical inverse of i in a prime base (for Halton points). */
static double
halton(unsigned i, unsigned base)
{
	double f = 1, r = 0;

	if (base < 2)
		return 0;
	while (i > 0) {
		f /= base;
		r += f * (i % base);
		i /= base;
	}
	return r;
}

/* The starting points for the box: a grid for up to 3 variables (101,
 * 21² or 9³ points), 1000 Halton points above; the centre first.
 * Returns the count; *out (caller frees) holds them. */
int
critical_make_starts(const struct critical_search *s, double **out)
{
	static const unsigned primes[EXPR_MAX_VARS] = {
		2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53,
		59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103, 107, 109, 113,
		127, 131
	};
	int n = s->n, per, count, i, j, rest;
	double *p;

	per = n == 1 ? 101 : (n == 2 ? 21 : (n == 3 ? 9 : 0));
	count = 1;
	if (per > 0)
		for (i = 0; i < n; i++)
			count *= per;
	else	/* fewer in high dimension, where each costs more */
		count = n <= 4 ? 1000 : (n <= 6 ? 600 : 400);
	p = xcalloc((size_t)(count + 1) * n, sizeof *p);
	for (j = 0; j < n; j++)
		p[j] = (s->lo[j] + s->hi[j]) / 2;
	for (i = 0; i < count; i++) {
		rest = i;
		for (j = 0; j < n; j++) {
			double t;
			if (per > 0) {
				t = (double)(rest % per) / (per - 1);
				rest /= per;
			} else
				t = halton((unsigned)i + 1, primes[j]);
			p[(size_t)(i + 1) * n + j] = s->lo[j] +
			    t * (s->hi[j] - s->lo[j]);
		}
	}
	*out = p;
	return count + 1;
}

/* Points a side of the fine grid on which few_starts looks for cells
 * where ∇f may vanish (1 and 2 variables): 4 cells between two of the
 * usual starts. */
#define FINE_1 401
#define FINE_2 81

/* With few starts: Newton from the centre of each cell of a fine grid
 * where every component of ∇f takes both signs (or 0) at the cell's
 * corners, as it does around an isolated critical point, instead of
 * from every point of the coarse grid.  Evaluating ∇f over the grid in
 * blocks costs a few dozen instructions a point, a Newton run tens of
 * thousands.  Cells with a corner where ∇f is not finite are left
 * out. */
static void
search_fine(struct critical_search *s)
{
	int n = s->n, per = n == 1 ? FINE_1 : FINE_2, count, cells, i, j;
	int c, idx, want = n == 1 ? 3 : 15;
	double *xs, *col, x[EXPR_MAX_VARS];
	unsigned char *sign, *pair;

	count = n == 1 ? per : per * per;
	xs = xmalloc(sizeof *xs * (size_t)count * (size_t)n);
	col = xmalloc(sizeof *col * (size_t)count);
	sign = xcalloc((size_t)count, 2);
	pair = sign + count;
	/* the grid's coordinates along each axis, then its points */
	for (j = 0; j < n; j++)
		for (i = 0; i < per; i++)
			col[j * per + i] = s->lo[j] + (double)i / (per - 1) *
			    (s->hi[j] - s->lo[j]);
	if (n == 1)
		memcpy(xs, col, sizeof *xs * (size_t)per);
	else
		for (i = 0; i < count; i++) {
			xs[2 * i] = col[i % per];
			xs[2 * i + 1] = col[per + i / per];
		}
	/* ∇f over the grid a block at a time, kept as signs: bit 2j for
	 * g_j <= 0, 2j + 1 for g_j >= 0, bit 4 where ∇f is not finite */
	for (j = 0; j < n; j++) {
		expr_prog_eval_many(s->pg[j], xs, (size_t)count, col);
		for (i = 0; i < count; i++)
			sign[i] |= !isfinite(col[i]) ? 16 :
			    (col[i] <= 0) << 2 * j | (col[i] >= 0) << (2 * j + 1);
	}
	free(col);
	free(xs);
	/* a cell is a candidate when its corners together have every sign
	 * bit and none is undefined: pairs along x first, then cells */
	for (i = 0; i + 1 < count; i++)
		pair[i] = sign[i] | sign[i + 1];
	cells = n == 1 ? per - 1 : (per - 1) * (per - 1);
	for (c = 0; c < cells && !s->full; c++) {
		int base = n == 1 ? c : c / (per - 1) * per + c % (per - 1);
		int all = n == 1 ? pair[base] : pair[base] | pair[base + per];

		if (all != want)
			continue;
		for (j = 0, idx = base; j < n; j++, idx /= per)
			x[j] = s->lo[j] + (idx % per + 0.5) / (per - 1) *
			    (s->hi[j] - s->lo[j]);
		if (critical_newton(s, x))
			critical_add_point(s, x);
	}
	free(sign);
}

#define MIX_VALUES 12	/* distinct values of a coordinate mixed */
#define MIX_STARTS 400	/* starts made of them */
#define AXIS_POINTS 4	/* found points whose axes are scanned */
#define AXIS_SAMPLES 256	/* samples of a scan */

/* Add v to the nv values of vals unless one is within tol. */
static void
add_value(double *vals, int *nv, double v, double tol)
{
	int k;

	for (k = 0; k < *nv && fabs(vals[k] - v) > tol; k++)
		;
	if (k == *nv && *nv < MIX_VALUES)
		vals[(*nv)++] = v;
}

/* The roots of the component j of ∇f along axis j through x, in the
 * box: sign changes over AXIS_SAMPLES samples, bisected; added to vals
 * (nv of them).  Where f is a sum of parts in one variable each, they
 * are every critical value of coordinate j, also those of no point the
 * starts found (-6/7 of z^7 + z^6 - ... beside an inflection in x). */
static void
scan_axis(const struct critical_search *s, const double *x, int j,
    double *vals, int *nv)
{
	double y[EXPR_MAX_VARS], g[EXPR_MAX_VARS], a, b, m, ga, gm, prev = 0;
	double step = (s->hi[j] - s->lo[j]) / AXIS_SAMPLES;
	int i, it, have = 0;

	memcpy(y, x, sizeof(double) * s->n);
	for (i = 0; i <= AXIS_SAMPLES && !critical_over_budget(s); i++) {
		y[j] = s->lo[j] + i * step;
		if (critical_grad_at(s, y, g) < 0 || !isfinite(g[j])) {
			have = 0;
			continue;
		}
		if (have && (prev < 0) != (g[j] < 0) && prev != 0) {
			a = y[j] - step;
			b = y[j];
			ga = prev;
			for (it = 0; it < 60; it++) {
				m = a + (b - a) / 2;
				y[j] = m;
				if (critical_grad_at(s, y, g) < 0 ||
				    !isfinite(g[j]))
					break;
				gm = g[j];
				if ((gm < 0) == (ga < 0)) {
					a = m;
					ga = gm;
				} else
					b = m;
			}
			add_value(vals, nv, a + (b - a) / 2,
			    critical_same_tol(s));
			y[j] = s->lo[j] + i * step;
			if (critical_grad_at(s, y, g) < 0)
				have = 0;
		}
		prev = g[j];
		have = 1;
	}
}

/* From 3 variables up, where the starts are sparse (a point near a
 * corner of the box of 5 variables can lie in the basin of none of
 * 600; (3, 1.211, 0) of z^6 - 5(x - 3)^2 (x + 1)^3 - (y - 1)(y^2 - 3)^3
 * of none of 1000), more starts made of the coordinates of the points found, mixed:
 * each coordinate one of the values it has at some point found.  Where
 * f is a sum or a product of parts in one variable each, its critical
 * points are exactly such mixtures. */
static void
search_mixed(struct critical_search *s)
{
	double vals[EXPR_MAX_VARS][MIX_VALUES], x[EXPR_MAX_VARS];
	int nv[EXPR_MAX_VARS], i, j, k, total = 1, found = s->npts;
	unsigned long long st = 0x853c49e6748fea9bULL;

	for (j = 0; j < s->n; j++) {
		nv[j] = 0;
		for (i = 0; i < found; i++)
			add_value(vals[j], &nv[j], s->pts[(size_t)i * s->n + j],
			    critical_same_tol(s));
		/* up to 5 variables, the roots along each axis through the
		 * first points found too */
		for (i = 0; i < found && i < AXIS_POINTS && s->n <= 5; i++)
			scan_axis(s, s->pts + (size_t)i * s->n, j, vals[j],
			    &nv[j]);
		if (nv[j] == 0)
			return;
		if (total <= MIX_STARTS)
			total *= nv[j];
	}
	if (total <= 1)
		return;
	for (i = 0; i < MIX_STARTS && i < total && !s->full &&
	    !critical_over_budget(s); i++) {
		/* every mixture in turn while there are few, else random
		 * ones (an LCG: the same every run) */
		for (j = 0, k = i; j < s->n; j++) {
			if (total > MIX_STARTS) {
				st = st * 6364136223846793005ULL +
				    1442695040888963407ULL;
				k = (int)((st >> 33) % (unsigned)nv[j]);
				x[j] = vals[j][k];
			} else {
				x[j] = vals[j][k % nv[j]];
				k /= nv[j];
			}
		}
		if (critical_find_near(s, s->pts, s->npts, x) >= 0)
			continue;
		if (critical_newton(s, x))
			critical_add_point(s, x);
	}
}

/* Near a found point where the Hessian is nearly singular (an
 * eigenvalue below 1e-2 of the largest |H_ij| over the box, but not 0),
 * other critical points may lie closer than the starts are apart: the minima
 * ±0.01 of (x² − 0.0001)² next to its maximum 0.  Newton from a little
 * way off each such point, along each axis both ways, at distances from
 * 1e-2 down to 1e-6 of the box, finds them (1 to 3 variables; the
 * points found so far only, within the work budget). */
static void
search_near(struct critical_search *s)
{
	double h[EXPR_MAX_VARS * EXPR_MAX_VARS], ev[EXPR_MAX_VARS];
	double vec[EXPR_MAX_VARS * EXPR_MAX_VARS], x[EXPR_MAX_VARS];
	double big = 0, small, t;
	int n = s->n, found = s->npts, k, i, j, sgn;

	if (n > 3)
		return;
	for (i = 0; i < n * n; i++)
		big = fmax(big, s->hs[i]);
	/* the points found here too (a cluster of them, as the nine of
	 * x^4 + y^4 - 1e-10 (x^2 + y^2) within 1e-5 of 0), a few rounds */
	for (k = 0; k < s->npts && k < 4 * found + 16 && !s->full; k++) {
		if (critical_hess_at(s, s->pts + (size_t)k * n, h) < 0 ||
		    linalg_sym_eigen(h, n, ev, vec) < 0)
			continue;
		small = INFINITY;
		for (i = 0; i < n; i++)
			small = fmin(small, fabs(ev[i]));
		/* an eigenvalue 0 (to rounding) is a degenerate point or a
		 * curve of them, not two points close together; but with
		 * one variable there are no curves, and a multiple root of
		 * f' hides simple ones next to it (x^5/5 - 1e-8 x^3/3 at
		 * 0, -+1e-4), where Newton sped up for the multiple root
		 * jumps over them */
		if (!(small <= 1e-2 * big) || (n > 1 && !(small > 1e-15 * big)))
			continue;
		for (t = 1e-2; t >= 1e-9; t /= 10)
			for (i = 0; i < n; i++)
				for (sgn = -1; sgn <= 1; sgn += 2) {
					if (critical_over_budget(s))
						return;
					for (j = 0; j < n; j++)
						x[j] = s->pts[(size_t)k * n + j];
					x[i] += sgn * t * s->width;
					if (critical_newton(s, x))
						critical_add_point(s, x);
				}
	}
}

/* Run Newton from every start in the current box, or with few set (and
 * 1 or 2 variables) from the cells where ∇f may vanish (search_fine). */
void
critical_search_box(struct critical_search *s, int few)
{
	double *starts, x[EXPR_MAX_VARS], g[EXPR_MAX_VARS], gmax = 0;
	int count, i;

	s->width = 0;
	for (i = 0; i < s->n; i++)
		s->width = fmax(s->width, s->hi[i] - s->lo[i]);
	count = critical_make_starts(s, &starts);
	for (i = 0; i < count; i++)
		if (critical_grad_at(s, starts + (size_t)i * s->n, g) == 0)
			gmax = fmax(gmax, linalg_norm(g, s->n));
	s->gscale = fmax(1, gmax);
	memset(s->hs, 0, sizeof s->hs);
	critical_sample_scale(s, starts, count);
	if (few && s->n <= 2) {
		memcpy(x, starts, sizeof(double) * s->n);	/* the centre */
		if (critical_newton(s, x))
			critical_add_point(s, x);
		search_fine(s);
		search_near(s);
		free(starts);
		return;
	}
	for (i = 0; i < count && !s->full && !critical_over_budget(s); i++) {
		memcpy(x, starts + (size_t)i * s->n, sizeof(double) * s->n);
		if (critical_newton(s, x))
			critical_add_point(s, x);
	}
	free(starts);
	if (s->n >= 3)
		search_mixed(s);
	search_near(s);
}

/* The power of 2 by which to multiply f so that its values vary by
 * about 1 over the box of o (the default one when it has none): 1 unless
 * the typical change of f from the box's centre (the geometric mean
 * over a grid of its sizes where it is finite and not 0) is beyond
 * 1e±SCALE_EXP.  The critical points of c·f are those of f, of the same
 * kind; at 1e308·xy or 1e-300·(x² + y²) the derivatives of f itself
 * overflow or fall below what Newton's method can tell from 0. */
#define SCALE_EXP 100
#define SCALE_GRID 9
#define SCALE_SPREAD 1000	/* binary orders of magnitude */
double
critical_value_scale(const expr *f, int n, const critical_opts *o)
{
	expr_prog *pf = expr_compile(f, n);
	double x[EXPR_MAX_VARS], lo, hi, f0, v, sum = 0, elo = 0, ehi = 0;
	expr_domain dom;
	int i, k, rest, count = 0, total = 1, dims = n < 3 ? n : 3;
	long e;

	for (i = 0; i < dims; i++)
		total *= SCALE_GRID;
	for (i = 0; i < n; i++)
		x[i] = o != NULL && o->has_box ? (o->lo[i] + o->hi[i]) / 2 :
		    (CRITICAL_DEFAULT_LO + CRITICAL_DEFAULT_HI) / 2;
	if (expr_prog_eval_checked(pf, x, &f0, &dom) < 0 || !isfinite(f0))
		f0 = 0;
	/* a grid over the first three variables (the others at the centre) */
	for (k = 0; k < total; k++) {
		for (i = 0, rest = k; i < dims; i++, rest /= SCALE_GRID) {
			lo = o != NULL && o->has_box ? o->lo[i] :
			    CRITICAL_DEFAULT_LO;
			hi = o != NULL && o->has_box ? o->hi[i] :
			    CRITICAL_DEFAULT_HI;
			x[i] = lo + (hi - lo) * (rest % SCALE_GRID) /
			    (SCALE_GRID - 1);
		}
		if (expr_prog_eval_checked(pf, x, &v, &dom) < 0 ||
		    !isfinite(v) || !isfinite(v - f0) || v == f0)
			continue;
		sum += ilogb(v - f0);
		elo = count == 0 ? ilogb(v - f0) : fmin(elo, ilogb(v - f0));
		ehi = count == 0 ? ilogb(v - f0) : fmax(ehi, ilogb(v - f0));
		count++;
	}
	expr_prog_free(pf);
	/* parts of very different sizes (1e-300·x² + 1e300·y²): scaling
	 * would push the small ones below what a double holds */
	if (count == 0 || ehi - elo > SCALE_SPREAD)
		return 1;
	e = lround(sum / count);
	if (e * 0.30103 < SCALE_EXP && e * 0.30103 > -SCALE_EXP)
		return 1;
	/* 2^1000 at most: 1e-310·x² has only 40 bits left anyway */
	return ldexp(1, e < -1000 ? 1000 : (int)-e);
}

