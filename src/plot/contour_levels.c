/* contour_levels.c - the numbers of a contour map: the range it shows
 * (plot_map_range: critical points, the descent path, a round-looking
 * box) and the levels its contours are drawn at (plot_map_levels:
 * given, or geometric around the minimum from quantiles of the samples,
 * with the saddle's value among them). */
#include "config.h"

#include <math.h>
#include <string.h>

#include "plot/contour.h"
#include "plot/contour_priv.h"

#define MAP_LOW_SHARE 0.15	/* share of the map the lowest geometric
				   level may hold before it moves down */
#define MAP_LOW_Q 0.05		/* ... to about this quantile of f */
#define MAP_RUNAWAY 20.0	/* how far a runaway path stretches the range */
#define MAP_MARGIN 2.0		/* half the width at least of a range chosen
				   from critical points alone */

/* Grow the box b = {x0, x1, y0, y1} to hold (x, y). */
static void
map_box_add(double b[4], int *empty, double x, double y)
{
	if (!isfinite(x) || !isfinite(y))
		return;
	if (*empty) {
		b[0] = b[1] = x;
		b[2] = b[3] = y;
		*empty = 0;
		return;
	}
	if (x < b[0])
		b[0] = x;
	if (x > b[1])
		b[1] = x;
	if (y < b[2])
		b[2] = y;
	if (y > b[3])
		b[3] = y;
}

/* The larger side of box b. */
static double
map_box_extent(const double b[4])
{
	double w = b[1] - b[0], h = b[3] - b[2];

	return w > h ? w : h;
}

/* The automatic range for an aw×ah area. */
void
plot_map_range(const plot_map_spec *m, int aw, int ah, double r[4])
{
	double b[4] = { 0, 0, 0, 0 }, cx, cy, ext, pad, u, hw, hh;
	int i, empty = 1;

	/* The start and the critical points always count; the other
	 * iterates only while they do not stretch the box too far. */
	for (i = 0; i < m->ncrit; i++)
		map_box_add(b, &empty, m->crit[i].x[0], m->crit[i].x[1]);
	if (m->npath > 0)
		map_box_add(b, &empty, m->path[0], m->path[1]);
	ext = empty ? 0 : map_box_extent(b);
	for (i = 1; i < m->npath; i++) {
		double x = m->path[2 * i], y = m->path[2 * i + 1], t[4];
		int e = empty;

		memcpy(t, b, sizeof t);
		map_box_add(t, &e, x, y);
		if (e || map_box_extent(t) > MAP_RUNAWAY * (ext > 1 ? ext : 1))
			continue;
		memcpy(b, t, sizeof t);
		empty = 0;
	}
	if (m->have_x) {
		b[0] = m->x0;
		b[1] = m->x1;
	}
	if (m->have_y) {
		b[2] = m->y0;
		b[3] = m->y1;
	}
	if (empty && !m->have_x)
		b[0] = -1, b[1] = 1;
	if (empty && !m->have_y)
		b[2] = -1, b[3] = 1;
	cx = (b[0] + b[1]) / 2;
	cy = (b[2] + b[3]) / 2;
	ext = m->have_x ? b[1] - b[0] : m->have_y ? b[3] - b[2] :
	    map_box_extent(b);
	if (!(ext > 1e-9 * (1 + fabs(cx) + fabs(cy))))
		ext = 1;
	/* Screen units: a column is 1 wide, a row 2 tall. */
	if (m->have_x && m->have_y) {
		u = 0;
		hw = (b[1] - b[0]) / 2;
		hh = (b[3] - b[2]) / 2;
		if (m->aspect) {
			/* The shorter range widens to the cells' shape. */
			u = fmax(2 * hw / aw, 2 * hh / (2.0 * ah));
			hw = u * aw / 2;
			hh = u * ah;
		}
	} else if (m->have_x) {
		u = (b[1] - b[0]) / aw;
		hw = (b[1] - b[0]) / 2;
		hh = u * ah;
	} else if (m->have_y) {
		u = (b[3] - b[2]) / (2.0 * ah);
		hh = (b[3] - b[2]) / 2;
		hw = u * aw / 2;
	} else {
		/* Without a path the critical points are all there is to
		 * see: a margin of 2 around them at least. */
		pad = 0.2 * ext;
		if (m->npath == 0 && m->ncrit > 0)
			pad = fmax(0.25 * ext, MAP_MARGIN -
			    map_box_extent(b) / 2);
		hw = (b[1] - b[0]) / 2 + pad;
		hh = (b[3] - b[2]) / 2 + pad;
		u = 2 * hw / aw;
		if (2 * hh / (2.0 * ah) > u)
			u = 2 * hh / (2.0 * ah);
		hw = u * aw / 2;
		hh = u * ah;
	}
	r[0] = cx - hw;
	r[1] = cx + hw;
	r[2] = cy - hh;
	r[3] = cy + hh;
}

/* Swap two doubles. */
static void
map_swap(double *a, double *b)
{
	double t = *a;

	*a = *b;
	*b = t;
}

/* The k-th smallest of v[0..n-1] (v is reordered). */
static double
map_select(double *v, int n, int k)
{
	int lo = 0, hi = n - 1;

	while (lo < hi) {
		double p = v[(lo + hi) / 2];
		int i = lo, j = hi;

		while (i <= j) {
			while (v[i] < p)
				i++;
			while (v[j] > p)
				j--;
			if (i <= j) {
				map_swap(&v[i], &v[j]);
				i++;
				j--;
			}
		}
		if (k <= j)
			hi = j;
		else if (k >= i)
			lo = i;
		else
			break;
	}
	return v[k];
}

/* The largest of 1, 2, 5 times a power of ten not above v (v > 0). */
static double
map_nice_floor(double v)
{
	double mag = pow(10, floor(log10(v))), n = v / mag;

	return (n >= 5 ? 5 : n >= 2 ? 2 : 1) * mag;
}

/* Insert level v into the sorted levels unless one lies within tol. */
static void
map_add_level(plot_map_info *info, double v, double tol)
{
	int i, j;

	if (!isfinite(v) || info->nlevels >= PLOT_MAX_LEVELS)
		return;
	for (i = 0; i < info->nlevels; i++)
		if (fabs(info->levels[i] - v) <= tol)
			return;
	for (i = 0; i < info->nlevels && info->levels[i] < v; i++)
		;
	for (j = info->nlevels; j > i; j--)
		info->levels[j] = info->levels[j - 1];
	info->levels[i] = v;
	info->nlevels++;
}

/* Remove level i. */
static void
map_remove_level(plot_map_info *info, int i)
{
	for (; i + 1 < info->nlevels; i++)
		info->levels[i] = info->levels[i + 1];
	info->nlevels--;
}

/* Whether critical point k of the map is of kind, inside the frame, with
 * a finite value of f there (then in *v). */
static int
map_crit_value(const plot_map_spec *m, const plot_frame *fr, int k,
    int kind, double *v)
{
	int col, row;

	if ((int)m->crit[k].kind != kind || !plot_frame_cell(fr,
	    m->crit[k].x[0], m->crit[k].x[1], &col, &row))
		return 0;
	*v = m->fn.f(m->fn.ctx, m->crit[k].x);
	return isfinite(*v);
}

/* f at the saddle in range nearest the centre of the map, or NaN when
 * there is none. */
static double
map_saddle_value(const plot_map_spec *m, const plot_frame *fr)
{
	double cx = (fr->xmin + fr->xmax) / 2, cy = (fr->ymin + fr->ymax) / 2;
	double best = INFINITY, fs = NAN;
	int k;

	for (k = 0; k < m->ncrit; k++) {
		double d, v;

		if (!map_crit_value(m, fr, k, PLOT_SADDLE, &v))
			continue;
		d = hypot((m->crit[k].x[0] - cx) / (fr->xmax - fr->xmin),
		    (m->crit[k].x[1] - cy) / (fr->ymax - fr->ymin));
		if (d < best) {
			best = d;
			fs = v;
		}
	}
	return fs;
}

/* v rounded to two significant digits (v > 0). */
static double
map_round2(double v)
{
	double mag = pow(10, floor(log10(v)) - 1);

	return round(v / mag) * mag;
}

/* Add want geometric levels from base + top down to info: each half
 * the height of the one above, unless the lowest would hold more than
 * its share of the samples q (MAP_LOW_SHARE, or twice what it holds
 * of a round bowl, about 0.9 times its height over top): then a narrow valley such as
 * Rosenbrock's lies under it, and the levels run from top down to a
 * nice height near the MAP_LOW_Q quantile, the ones between rounded to
 * two significant digits.  Returns the lowest height. */
static double
map_geometric(plot_map_info *info, double *q, int nq, double base,
    double top, int want)
{
	double low = ldexp(top, -(want - 1)), limit = 1.8 * low / top;
	double ratio = 2;
	int i, below = 0;

	if (limit < MAP_LOW_SHARE)
		limit = MAP_LOW_SHARE;
	for (i = 0; i < nq; i++)
		if (q[i] - base < low)
			below++;
	if (want > 1 && below > limit * nq) {
		double ql = map_select(q, nq, (int)(MAP_LOW_Q * (nq - 1))) -
		    base;

		if (ql > 0 && ql < low) {
			low = map_nice_floor(ql);
			ratio = pow(top / low, 1.0 / (want - 1));
		}
	}
	for (i = 0; i < want; i++) {
		double h = i == 0 ? top : i == want - 1 ? low :
		    ratio == 2 ? ldexp(top, -i) :
		    map_round2(top * pow(ratio, -i));

		map_add_level(info, base + h, 0);
	}
	return low;
}

/* The lowest value of f at a minimum marked inside the frame, or
 * infinity when there is none. */
double
plot_map_crit_base(const plot_map_spec *m, const plot_frame *fr)
{
	double cbase = INFINITY, fx;
	int k;

	for (k = 0; k < m->ncrit; k++)
		if (map_crit_value(m, fr, k, PLOT_MINIMUM, &fx) && fx < cbase)
			cbase = fx;
	return cbase;
}

/* Choose the levels from what the samples showed (s; sw×sh samples). */
void
plot_map_levels(const plot_map_spec *m, plot_map_stats *s, int sw, int sh,
    plot_map_info *info)
{
	const plot_frame *fr = &info->frame;
	/* cppcheck-suppress ctuuninitvar ; s->q is only an address here, and
	 * given levels (s->nq = 0) read no sample */
	double base, cbase, *q = s->q, tol;
	int nq = s->nq, interior = 0, want, k;

	info->nlevels = 0;
	info->geometric = 0;
	if (m->levels != NULL) {
		for (k = 0; k < m->nlevels && k < PLOT_MAX_LEVELS; k++)
			map_add_level(info, m->levels[k], 0);
		return;
	}
	/* No finite sample in the subsample: no levels. */
	if (nq == 0)
		return;
	/* The levels are geometric around the lowest minimum marked in
	 * range, or else around the lowest sample when it is not on the
	 * border (f may fall lower elsewhere, as x³ + y³ - 3xy does). */
	cbase = s->cbase;
	if (isfinite(cbase)) {
		base = cbase;
		interior = 1;
	} else {
		base = s->fmin;
		interior = s->imin > 0 && s->jmin > 0 && s->imin < sw - 1 &&
		    s->jmin < sh - 1;
	}
	want = m->nlevels > 0 ? m->nlevels : fr->ah / 4 + 2;
	if (want < 4 && m->nlevels <= 0)
		want = 4;
	if (want > 10 && m->nlevels <= 0)
		want = 10;
	if (want > PLOT_MAX_LEVELS)
		want = PLOT_MAX_LEVELS;
	if (interior) {
		double top = map_select(q, nq, (int)(0.9 * (nq - 1))) - base;

		if (!(top > 0))
			return;
		top = map_nice_floor(top);
		tol = map_geometric(info, q, nq, base, top, want) / 4;
		info->geometric = isfinite(cbase) ? 1 : 2;
	} else {
		double lo = map_select(q, nq, (int)(0.05 * (nq - 1)));
		double hi = map_select(q, nq, (int)(0.95 * (nq - 1)));
		double fs = map_saddle_value(m, fr);

		if (!(hi > lo))
			return;
		if (isfinite(fs) && lo < fs && fs < hi) {
			/* Around a saddle with f on both sides of its
			 * value: that value is a level, the others evenly
			 * spaced from it both ways (at least one on each
			 * side), as far as f reaches. */
			double d = (hi - lo) / (want - 1);

			if (fs - lo < d)
				d = fs - lo;
			if (hi - fs < d)
				d = hi - fs;

			for (k = -(int)floor((fs - lo) / d + 1e-9);
			    fs + k * d <= hi + 1e-9 * d; k++)
				map_add_level(info, fs + k * d, 0);
			return;
		}
		for (k = 0; k < want; k++)
			map_add_level(info, lo + (hi - lo) * (k + 0.5) / want,
			    0);
		tol = (hi - lo) / want / 4;
	}
	/* A level through each saddle shows the crossing curves: it
	 * replaces a geometric level within a factor √2 of it (measured
	 * from the base), or joins the others. */
	for (k = 0; k < m->ncrit; k++) {
		int j;
		double fs;

		if (!map_crit_value(m, fr, k, PLOT_SADDLE, &fs))
			continue;
		if (info->geometric && fs > base) {
			for (j = 0; j < info->nlevels; j++) {
				double r = (fs - base) /
				    (info->levels[j] - base);

				if (r > 0.7071 && r < 1.4143)
					break;
			}
			if (j < info->nlevels) {
				map_remove_level(info, j);
				map_add_level(info, fs, 0);
				continue;
			}
		}
		map_add_level(info, fs, tol);
	}
}
